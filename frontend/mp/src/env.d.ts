/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<{}, {}, any>
  export default component
}

// Replaced at build time by uni (`'h5'` or `'mp-weixin'`): use it instead of `#ifdef` in TypeScript, so that
// codegen and vue-tsc can parse the code and the dead branch is still removed from the bundle.
declare const process: { env: { UNI_PLATFORM?: string; NODE_ENV?: string } }

interface ImportMetaEnv {
  readonly VITE_API_BASE?: string
}
