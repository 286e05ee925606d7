/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

// Served by the API at /admin/ (same origin as /graphql); in `npm run dev` the API is proxied.
const api = process.env.ZHILIAN_API ?? 'http://127.0.0.1:8000'

export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/graphql': api, '/files': api } },
  build: {
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender') || id.includes('vue-echarts')) return 'charts'
          if (id.includes('node_modules/element-plus') || id.includes('@element-plus')) return 'element-plus'
          return undefined
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    css: false,
    // Router and component tests compile lazily imported pages (ECharts, Element Plus) on first use: about 3–4 s
    // alone here, and past Vitest's default 5 s when the 2-core machine is busy (routes.spec.ts timed out so).
    testTimeout: 20_000,
  },
})
