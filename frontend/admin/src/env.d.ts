/// <reference types="vite/client" />
import 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** The scope (from `me.scopes`) a page needs; the server enforces it, the UI hides what the official cannot use. */
    scope?: string
    title?: string
    /** The menu entry to highlight when the path alone does not say (an import job belongs to its upload page). */
    menu?: string
  }
}
