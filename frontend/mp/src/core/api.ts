// The request helper: POST {documentId, variables} (never the query text: the server only runs the persisted
// documents of src/gql/persisted-documents.json for anonymous and insured callers) with the insured person's token.
import { ENDPOINT } from './endpoint'

export interface PersistedDocument<R, V> { __apiType?: (v: V) => R; __meta__?: Record<string, any> }
interface GqlResponse<R> { data?: R | null; errors?: { message: string; extensions?: { code?: string } }[] }

export class ApiError extends Error {
  constructor(message: string, public code?: string) { super(message) }
}

export const TOKEN_KEY = 'zl.token'
export const EXPIRES_KEY = 'zl.tokenExpires'
const AUTH_CODES = ['TOKEN_EXPIRED', 'UNAUTHENTICATED']
let relogin: (() => Promise<unknown>) | null = null
let pending: Promise<unknown> | null = null
/** session.ts registers how to log in again, and the login in flight (requests wait for it). */
export function onAuthNeeded(fn: () => Promise<unknown>) { relogin = fn }
export function waitFor(p: Promise<unknown>) {
  const mine: Promise<unknown> = p.catch(() => null).finally(() => { if (pending === mine) pending = null })
  pending = mine
  return p
}

function send<R>(documentId: string, variables: unknown, auth: boolean): Promise<GqlResponse<R>> {
  const token = auth ? uni.getStorageSync(TOKEN_KEY) : ''
  return new Promise((resolve, reject) => uni.request({
    url: ENDPOINT, method: 'POST', data: { documentId, variables: variables ?? {} },
    header: { 'content-type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    success: (res) => (res.data && typeof res.data === 'object' ? resolve(res.data as GqlResponse<R>)
      : reject(new ApiError(`服务暂不可用（${res.statusCode}）`, 'HTTP'))),
    fail: () => reject(new ApiError('网络连接失败，请检查网络后重试', 'NETWORK')),
  }))
}

/** An expired token makes the server treat the caller as anonymous: public queries still work, but the insured
 * person's own fields answer UNAUTHENTICATED and mutations a LOGIN_REQUIRED user error. */
function tokenExpired(): boolean {
  const expires = Date.parse(uni.getStorageSync(EXPIRES_KEY) || '')
  return !!uni.getStorageSync(TOKEN_KEY) && Number.isFinite(expires) && expires - Date.now() < 60_000
}

function loginRequired(data: unknown): boolean {
  return !!data && typeof data === 'object' && Object.values(data).some((v) =>
    (v as { userErrors?: { code?: string }[] } | null)?.userErrors?.some((u) => u.code === 'LOGIN_REQUIRED'))
}

export async function request<R, V>(doc: PersistedDocument<R, V>, variables?: V, opts: { auth?: boolean } = {}): Promise<R> {
  const id = doc.__meta__?.hash as string | undefined
  if (!id) throw new ApiError('文档缺少持久化标识（请重新运行 codegen）', 'NO_DOCUMENT_ID')
  const auth = opts.auth !== false
  if (auth && !pending && relogin && tokenExpired()) waitFor(relogin())
  if (auth && pending) await pending
  let res = await send<R>(id, variables, auth)
  let code = res.errors?.[0]?.extensions?.code
  if (auth && relogin && ((code && AUTH_CODES.includes(code)) || loginRequired(res.data))) {
    uni.removeStorageSync(TOKEN_KEY)
    await waitFor(relogin())
    res = await send<R>(id, variables, auth)
    code = res.errors?.[0]?.extensions?.code
  }
  if (res.errors?.length) {
    if (code === 'RATE_LIMITED') uni.showToast({ title: '请求过于频繁，请稍后再试', icon: 'none' })
    throw new ApiError(res.errors[0].message, code)
  }
  return res.data as R
}
