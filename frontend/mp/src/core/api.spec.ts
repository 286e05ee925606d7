import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// A fake `uni`: storage in a Map, requests answered by a queue of responses (or a function of the request).
function fakeUni(answers: Array<unknown | ((req: any) => unknown)>) {
  const store = new Map<string, unknown>()
  const requests: any[] = []
  const uni = {
    requests,
    store,
    getStorageSync: (k: string) => store.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => { store.set(k, v) },
    removeStorageSync: (k: string) => { store.delete(k) },
    showToast: vi.fn(),
    login: vi.fn((o: any) => o.success({ code: 'wx-code-1' })),
    request: vi.fn((req: any) => {
      requests.push(req)
      const next = answers.shift()
      if (next === 'NETWORK') return req.fail({ errMsg: 'request:fail' })
      const data = typeof next === 'function' ? (next as (r: any) => unknown)(req) : next
      req.success({ statusCode: 200, data })
    }),
  }
  vi.stubGlobal('uni', uni)
  return uni
}

const Doc = { __meta__: { hash: 'sha256:abc' } } as { __meta__: { hash: string }; __apiType?: (v: { x: number }) => { ok: boolean } }

describe('request', () => {
  beforeEach(() => vi.resetModules())
  afterEach(() => vi.unstubAllGlobals())

  it('posts only the document id and variables, with the token, to the WeChat endpoint', async () => {
    const uni = fakeUni([{ data: { ok: true } }])
    uni.store.set('zl.token', 'tok-1')
    const { request } = await import('./api')
    await expect(request(Doc, { x: 1 })).resolves.toEqual({ ok: true })
    const req = uni.requests[0]
    expect(req.url).toBe('https://api.zhilian.example.cn/graphql')
    expect(req.method).toBe('POST')
    expect(req.data).toEqual({ documentId: 'sha256:abc', variables: { x: 1 } })
    expect(req.data.query).toBeUndefined()
    expect(req.header.Authorization).toBe('Bearer tok-1')
  })

  it('refuses a document without a persisted hash instead of sending text', async () => {
    const uni = fakeUni([])
    const { request } = await import('./api')
    await expect(request({} as typeof Doc, { x: 1 })).rejects.toMatchObject({ code: 'NO_DOCUMENT_ID' })
    expect(uni.requests).toHaveLength(0)
  })

  it('surfaces errors[0].message and its code', async () => {
    fakeUni([{ data: null, errors: [{ message: '坐标超出范围', extensions: { code: 'BAD_COORDINATES' } }, { message: 'second' }] }])
    const { request, ApiError } = await import('./api')
    const err = await request(Doc, { x: 1 }).catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.message).toBe('坐标超出范围')
    expect(err.code).toBe('BAD_COORDINATES')
  })

  it('shows the rate-limit toast for RATE_LIMITED', async () => {
    const uni = fakeUni([{ errors: [{ message: 'too many', extensions: { code: 'RATE_LIMITED' } }] }])
    const { request } = await import('./api')
    await expect(request(Doc, { x: 1 })).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    expect(uni.showToast).toHaveBeenCalledWith({ title: '请求过于频繁，请稍后再试', icon: 'none' })
  })

  it('reports a network failure in Chinese', async () => {
    fakeUni(['NETWORK'])
    const { request } = await import('./api')
    await expect(request(Doc, { x: 1 })).rejects.toMatchObject({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' })
  })

  it('logs in again once on TOKEN_EXPIRED and retries with the new token', async () => {
    const uni = fakeUni([
      { errors: [{ message: '登录已过期', extensions: { code: 'TOKEN_EXPIRED' } }] },
      { data: { insuredLogin: { session: { token: 'tok-2', expiresAt: 'x', displayName: '参保人' }, userErrors: [] } } },
      { data: { ok: true } },
    ])
    uni.store.set('zl.token', 'tok-old')
    const { request } = await import('./api')
    const { startSession } = await import('./session')
    await startSession() // token kept: no login now, only the handler is registered
    expect(uni.requests).toHaveLength(0)
    await expect(request(Doc, { x: 2 })).resolves.toEqual({ ok: true })
    expect(uni.requests).toHaveLength(3)
    expect(uni.requests[1].data.variables).toEqual({ input: { provider: 'WECHAT', code: 'wx-code-1' } })
    expect(uni.requests[1].header.Authorization).toBeUndefined()
    expect(uni.requests[2].header.Authorization).toBe('Bearer tok-2')
    expect(uni.store.get('zl.token')).toBe('tok-2')
  })

  it('does not loop when the server still answers UNAUTHENTICATED after the new login', async () => {
    const unauth = { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] }
    const uni = fakeUni([
      unauth,
      { data: { insuredLogin: { session: { token: 'tok-3', expiresAt: 'x', displayName: '参保人' }, userErrors: [] } } },
      unauth,
    ])
    uni.store.set('zl.token', 'tok-old')
    const { request } = await import('./api')
    const { startSession } = await import('./session')
    await startSession()
    await expect(request(Doc, { x: 3 })).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' })
    expect(uni.requests).toHaveLength(3)
  })

  it('logs in again once when a mutation answers the LOGIN_REQUIRED user error', async () => {
    const uni = fakeUni([
      { data: { traceCodeScan: { scan: null, userErrors: [{ code: 'LOGIN_REQUIRED', message: '请先登录后再扫码追溯' }] } } },
      { data: { insuredLogin: { session: { token: 'tok-5', expiresAt: '2099-01-01T00:00:00Z', displayName: '参保人' }, userErrors: [] } } },
      { data: { traceCodeScan: { scan: { id: '1' }, userErrors: [] } } },
    ])
    uni.store.set('zl.token', 'tok-old')
    const { request } = await import('./api')
    const { startSession } = await import('./session')
    await startSession()
    await expect(request(Doc, { x: 5 })).resolves.toEqual({ traceCodeScan: { scan: { id: '1' }, userErrors: [] } })
    expect(uni.requests[2].header.Authorization).toBe('Bearer tok-5')
    expect(uni.store.get('zl.tokenExpires')).toBe('2099-01-01T00:00:00Z')
  })

  it('logs in before the request when the kept token has expired', async () => {
    const uni = fakeUni([
      { data: { insuredLogin: { session: { token: 'tok-6', expiresAt: '2099-01-01T00:00:00Z', displayName: '参保人' }, userErrors: [] } } },
      { data: { ok: true } },
    ])
    uni.store.set('zl.token', 'tok-old')
    uni.store.set('zl.tokenExpires', '2020-01-01T00:00:00Z')
    const { request } = await import('./api')
    const { onAuthNeeded } = await import('./api')
    const { login } = await import('./session')
    onAuthNeeded(login)
    await expect(request(Doc, { x: 6 })).resolves.toEqual({ ok: true })
    expect(uni.requests).toHaveLength(2)
    expect(uni.requests[0].data.variables).toEqual({ input: { provider: 'WECHAT', code: 'wx-code-1' } })
    expect(uni.requests[1].header.Authorization).toBe('Bearer tok-6')
  })

  it('on H5 logs in with the DEV provider and a device id kept in storage, against same-origin /graphql', async () => {
    vi.stubEnv('UNI_PLATFORM', 'h5')
    try {
      const uni = fakeUni([
        { data: { insuredLogin: { session: { token: 'tok-h5', expiresAt: 'x', displayName: '参保人' }, userErrors: [] } } },
      ])
      const { startSession, deviceId } = await import('./session')
      await startSession()
      const id = deviceId()
      expect(id).toMatch(/^h5-/)
      expect(deviceId()).toBe(id)
      expect(uni.requests[0].url).toBe('/graphql')
      expect(uni.requests[0].data.variables).toEqual({ input: { provider: 'DEV', code: id } })
      expect(uni.login).not.toHaveBeenCalled()
      expect(uni.store.get('zl.token')).toBe('tok-h5')
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('makes requests wait for the login in flight at launch', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => { release = r })
    const uni = fakeUni([
      { data: { insuredLogin: { session: { token: 'tok-4', expiresAt: 'x', displayName: '参保人' }, userErrors: [] } } },
      { data: { ok: true } },
    ])
    uni.login = vi.fn((o: any) => gate.then(() => o.success({ code: 'wx-code-2' })))
    const { request } = await import('./api')
    const { startSession } = await import('./session')
    const session = startSession()
    const pending = request(Doc, { x: 4 })
    await Promise.resolve()
    expect(uni.requests).toHaveLength(0)
    release()
    await session
    await expect(pending).resolves.toEqual({ ok: true })
    expect(uni.requests[1].header.Authorization).toBe('Bearer tok-4')
  })
})
