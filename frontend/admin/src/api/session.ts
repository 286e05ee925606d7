import type { Client } from '@urql/core'
import { computed, reactive } from 'vue'
import type { MeQuery as MeQueryType } from '@/gql/graphql'
import { describeError, isUnauthenticated } from './errors'
import { MeQuery } from './session.graphql'
import { tokenStore } from './client'

export type Viewer = MeQueryType['me']

/** The signed-in official: token and `me` (role, posts, scopes, area). */
export const session = reactive({
  token: tokenStore.get() as string | null,
  me: null as Viewer | null,
  /** Why `me` could not be loaded (network or server), shown by the layout with a retry button. */
  loadError: '',
  /** True while `me` is loading in the router guard or the login page, which handle a failure themselves. */
  loadingMe: false,
})

export const scopes = computed(() => new Set(session.me?.scopes ?? []))

export function hasScope(scope: string | undefined): boolean {
  return !scope || scopes.value.has(scope)
}

export function signIn(token: string, expiresAt?: string | null): void {
  tokenStore.set(token, expiresAt)
  session.token = token
  session.me = null
  session.loadError = ''
}

export function signOut(): void {
  tokenStore.clear()
  session.token = null
  session.me = null
}

/** Loads `me` once per sign-in. Returns null and an error message when it fails. */
export async function loadMe(client: Client): Promise<{ me: Viewer | null; error?: string; unauthenticated?: boolean }> {
  if (session.me) return { me: session.me }
  session.loadingMe = true
  const result = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise().finally(() => {
    session.loadingMe = false
  })
  if (result.error) {
    session.loadError = describeError(result.error)
    return { me: null, error: describeError(result.error), unauthenticated: isUnauthenticated(result.error) }
  }
  session.me = result.data?.me ?? null
  session.loadError = session.me ? '' : '无法读取当前用户信息'
  return { me: session.me }
}
