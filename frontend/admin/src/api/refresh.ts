import type { Client } from '@urql/core'
import { tokenStore } from './client'
import { mutate } from './mutate'
import { SessionRefreshMutation } from './session.graphql'
import { session } from './session'

const RENEW_BEFORE_MS = 10 * 60_000
const ACTIVE_WITHIN_MS = 15 * 60_000

/**
 * Keeps an official who is working signed in: shortly before the token expires, and only if they used the page
 * recently, the token is exchanged for a new one (`sessionRefresh`). An idle session simply expires.
 */
export function startSessionRefresh(client: Client, now: () => number = Date.now): () => void {
  let lastActivity = now()
  let busy = false
  const touch = () => {
    lastActivity = now()
  }
  window.addEventListener('pointerdown', touch, { passive: true })
  window.addEventListener('keydown', touch, { passive: true })

  async function tick(): Promise<void> {
    const expires = tokenStore.expiresAt()
    if (busy || !session.token || expires == null) return
    const left = expires - now()
    if (left <= 0 || left > RENEW_BEFORE_MS || now() - lastActivity > ACTIVE_WITHIN_MS) return
    busy = true
    try {
      const out = await mutate(client, SessionRefreshMutation, {})
      if (out.payload?.token && !out.userErrors.length) {
        tokenStore.set(out.payload.token, out.payload.expiresAt)
        session.token = out.payload.token
      }
    } finally {
      busy = false
    }
  }

  const timer = window.setInterval(() => void tick(), 60_000)
  return () => {
    window.clearInterval(timer)
    window.removeEventListener('pointerdown', touch)
    window.removeEventListener('keydown', touch)
  }
}
