import { CombinedError } from '@urql/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApiClient, tokenStore } from './client'
import { describeError, fieldError, generalErrors, isUnauthenticated } from './errors'
import { mutate } from './mutate'
import { MeQuery } from './session.graphql'
import { CatalogVersionRejectMutation } from './catalog.graphql'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

afterEach(() => localStorage.clear())

describe('api client', () => {
  it('sends the stored token as a bearer header and queries with GET', async () => {
    tokenStore.set('tok-123')
    const fetch = vi.fn(async () => jsonResponse({ data: { me: null } }))
    const client = createApiClient({ url: 'http://api.test/graphql', fetch })
    await client.query(MeQuery, {}).toPromise()
    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(init.method).toBe('GET')
    expect(url).toContain('http://api.test/graphql?query=')
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer tok-123')
  })

  it('sends no authorization header when signed out', async () => {
    const fetch = vi.fn(async () => jsonResponse({ data: { me: null } }))
    await createApiClient({ url: 'http://api.test/graphql', fetch }).query(MeQuery, {}).toPromise()
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1]
    expect(new Headers(init.headers).has('authorization')).toBe(false)
  })

  it('maps a top-level UNAUTHENTICATED error to clearing the token and calling the handler', async () => {
    tokenStore.set('expired')
    const fetch = vi.fn(async () =>
      jsonResponse({
        data: null,
        errors: [{ message: '令牌已过期，请重新登录', path: ['me'], extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } }],
      }),
    )
    const onUnauthenticated = vi.fn()
    const result = await createApiClient({ url: 'http://api.test/graphql', fetch, onUnauthenticated }).query(MeQuery, {}).toPromise()
    expect(isUnauthenticated(result.error)).toBe(true)
    expect(tokenStore.get()).toBeNull()
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
    expect(onUnauthenticated.mock.calls[0][0].graphQLErrors[0].message).toBe('令牌已过期，请重新登录')
  })

  it('does not sign out on FORBIDDEN', async () => {
    tokenStore.set('ok')
    const fetch = vi.fn(async () =>
      jsonResponse({ data: null, errors: [{ message: '您没有访问此数据的权限', extensions: { code: 'FORBIDDEN', scope: 'audit:read' } }] }),
    )
    const onUnauthenticated = vi.fn()
    const result = await createApiClient({ url: 'http://api.test/graphql', fetch, onUnauthenticated }).query(MeQuery, {}).toPromise()
    expect(onUnauthenticated).not.toHaveBeenCalled()
    expect(tokenStore.get()).toBe('ok')
    expect(describeError(result.error)).toBe('您没有访问此数据的权限')
  })
})

describe('describeError', () => {
  it('explains a network failure', () => {
    expect(describeError(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe('无法连接到服务器，请检查网络后重试')
  })
  it('explains a server error with its HTTP status', () => {
    const e = new CombinedError({ networkError: new Error('Bad Gateway'), response: { status: 502 } })
    expect(describeError(e)).toBe('服务器暂时无法处理请求（HTTP 502），请稍后重试')
  })
  it('is empty without an error', () => {
    expect(describeError(null)).toBe('')
  })
})

describe('userErrors helpers', () => {
  const errors = [
    { code: 'OPINION_REQUIRED', message: '「审核驳回」必须填写意见', field: ['opinion'] },
    { code: 'ILLEGAL_TRANSITION', message: '当前状态为「草稿」，不能执行「审核通过」', field: null },
    { code: 'DUPLICATE_VERSION', message: '版本号已存在', field: ['input', 'versionNo'] },
  ]
  it('attaches errors to the field named by the last path segment', () => {
    expect(fieldError(errors, 'opinion')).toBe('「审核驳回」必须填写意见')
    expect(fieldError(errors, 'versionNo')).toBe('版本号已存在')
    expect(fieldError(errors, 'name')).toBeUndefined()
  })
  it('keeps the rest as general errors', () => {
    expect(generalErrors(errors, ['opinion', 'versionNo']).map((e) => e.code)).toEqual(['ILLEGAL_TRANSITION'])
    expect(generalErrors(errors).length).toBe(3)
  })
})

describe('mutate', () => {
  it('returns the payload and its userErrors', async () => {
    const fetch = vi.fn(async () =>
      jsonResponse({
        data: { catalogVersionReject: { catalogVersion: null, userErrors: [{ code: 'OPINION_REQUIRED', message: '必须填写意见', field: ['opinion'] }] } },
      }),
    )
    const client = createApiClient({ url: 'http://api.test/graphql', fetch })
    const out = await mutate(client, CatalogVersionRejectMutation, { input: { id: 'v1' } })
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1]
    expect(init.method).toBe('POST')
    expect(out.error).toBeUndefined()
    expect(out.userErrors).toEqual([{ code: 'OPINION_REQUIRED', message: '必须填写意见', field: ['opinion'] }])
  })

  it('turns a failed request into a readable error instead of throwing', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    const out = await mutate(createApiClient({ url: 'http://api.test/graphql', fetch }), CatalogVersionRejectMutation, { input: { id: 'v1' } })
    expect(out.userErrors).toEqual([])
    expect(out.error).toBe('无法连接到服务器，请检查网络后重试')
  })
})
