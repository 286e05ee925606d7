import type { Client } from '@urql/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from './client'
import { startSessionRefresh } from './refresh'
import { session, signIn, signOut } from './session'

function fakeClient() {
  const mutation = vi.fn(() => ({
    toPromise: async () => ({ data: { sessionRefresh: { token: 'new-token', expiresAt: '2030-01-01T00:00:00Z', userErrors: [] } } }),
  }))
  return { client: { mutation } as unknown as Client, mutation }
}

describe('session refresh', () => {
  let stop: () => void = () => {}
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    stop()
    vi.useRealTimers()
    signOut()
  })

  it('renews a token that is about to expire while the official is working', async () => {
    signIn('old-token', new Date(Date.now() + 5 * 60_000).toISOString())
    const { client, mutation } = fakeClient()
    stop = startSessionRefresh(client)
    window.dispatchEvent(new Event('keydown'))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(mutation).toHaveBeenCalledTimes(1)
    expect(tokenStore.get()).toBe('new-token')
    expect(session.token).toBe('new-token')
  })

  it('leaves a token with plenty of time alone', async () => {
    signIn('old-token', new Date(Date.now() + 50 * 60_000).toISOString())
    const { client, mutation } = fakeClient()
    stop = startSessionRefresh(client)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(mutation).not.toHaveBeenCalled()
  })

  it('lets an idle session expire', async () => {
    signIn('old-token', new Date(Date.now() + 30 * 60_000).toISOString())
    const { client, mutation } = fakeClient()
    stop = startSessionRefresh(client)
    await vi.advanceTimersByTimeAsync(25 * 60_000) // no activity for 25 minutes, now 5 minutes left
    expect(mutation).not.toHaveBeenCalled()
    expect(tokenStore.get()).toBe('old-token')
  })
})
