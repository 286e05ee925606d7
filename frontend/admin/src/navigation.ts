import type { RouteLocationRaw } from 'vue-router'
import { scopes } from '@/api/session'
import { visibleMenu } from '@/menu'

/** Where a signed-in official lands: the first menu entry their scopes allow. */
export function homeFor(): RouteLocationRaw {
  const first = visibleMenu(scopes.value)[0]
  return first ? first.path : { name: 'no-functions' }
}

/** A safe in-app redirect target (only paths of this SPA). */
export function safeRedirect(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login')
    ? value
    : null
}
