import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core'
import type { CombinedError, Operation } from '@urql/core'
import { isUnauthenticated } from './errors'

export const TOKEN_KEY = 'zhilian.admin.token'
export const EXPIRES_KEY = 'zhilian.admin.expiresAt'

export const tokenStore = {
  get(): string | null {
    try {
      return localStorage.getItem(TOKEN_KEY)
    } catch {
      return null
    }
  },
  set(token: string, expiresAt?: string | null): void {
    localStorage.setItem(TOKEN_KEY, token)
    if (expiresAt) localStorage.setItem(EXPIRES_KEY, expiresAt)
    else localStorage.removeItem(EXPIRES_KEY)
  },
  expiresAt(): number | null {
    try {
      const v = localStorage.getItem(EXPIRES_KEY)
      const t = v ? Date.parse(v) : NaN
      return Number.isFinite(t) ? t : null
    } catch {
      return null
    }
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY)
    localStorage.removeItem(EXPIRES_KEY)
  },
}

export interface ApiClientOptions {
  url?: string
  /** Called once per failed operation whose top-level error says the session is missing, invalid or expired. */
  onUnauthenticated?: (error: CombinedError, operation: Operation) => void
  fetch?: typeof fetch
}

/**
 * The urql client: bearer token from localStorage on every request; top-level `UNAUTHENTICATED` clears the
 * token and hands over to `onUnauthenticated` (the router sends the official to the login page and back).
 * Queries go as GET (urql's default; the API accepts GET), mutations and uploads as POST/multipart.
 */
export function createApiClient(options: ApiClientOptions = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    fetch: options.fetch,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => {
      const token = tokenStore.get()
      return token ? { headers: { Authorization: `Bearer ${token}` } } : {}
    },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (isUnauthenticated(error)) {
            tokenStore.clear()
            options.onUnauthenticated?.(error, operation)
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  })
}
