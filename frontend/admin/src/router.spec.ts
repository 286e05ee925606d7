import type { Client } from '@urql/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { signIn, signOut } from '@/api/session'
import { createAppRouter } from './router'

function clientWith(result: { data?: unknown; error?: unknown }): Client {
  return { query: vi.fn(() => ({ toPromise: async () => result })) } as unknown as Client
}
const me = (scopes: string[]) => ({
  data: {
    me: {
      username: 'u', displayName: '测试', role: 'REGION_OFFICIAL', roleLabel: '自治区（省）医保局工作人员', posts: [], postLabels: [],
      scopes, divisionCode: '650000', areaPath: ['新疆维吾尔自治区'], organisation: null, division: null,
    },
  },
})

afterEach(() => signOut())

describe('router guards', () => {
  it('sends a visitor without a session to the login page with the route to come back to', async () => {
    const router = createAppRouter(clientWith(me([])))
    await router.push('/catalog?state=DRAFT')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/catalog?state=DRAFT')
  })

  it('lands a signed-in official on the first page their scopes allow', async () => {
    signIn('t')
    const router = createAppRouter(clientWith(me(['drugs:read', 'tags:write'])))
    await router.push('/')
    expect(router.currentRoute.value.path).toBe('/drugs')
  })

  it('refuses a page whose scope the official does not hold', async () => {
    signIn('t')
    const router = createAppRouter(clientWith(me(['drugs:read', 'catalog:read'])))
    await router.push('/audit')
    expect(router.currentRoute.value.name).toBe('forbidden')
    await router.push('/catalog')
    expect(router.currentRoute.value.name).toBe('catalog')
  })

  it('lands institution and enterprise staff (no catalog:read) on the supply home page', async () => {
    signIn('t')
    const router = createAppRouter(clientWith(me(['inquiries:read', 'inquiries:feedback', 'notifications:read', 'offers:read', 'organisations:read', 'stock:report'])))
    await router.push('/')
    expect(router.currentRoute.value.path).toBe('/home')
    await router.push('/supply/stocking')
    expect(router.currentRoute.value.name).toBe('forbidden')
    await router.push('/supply/stock-report')
    expect(router.currentRoute.value.name).toBe('stock-report')
  })

  it('keeps supply officials on the dashboard and lets them open the supply pages', async () => {
    signIn('t')
    const router = createAppRouter(clientWith(me(['catalog:read', 'drugs:read', 'organisations:read', 'supply:read', 'notifications:read', 'inquiries:read'])))
    await router.push('/')
    expect(router.currentRoute.value.path).toBe('/dashboard')
    await router.push('/supply/warnings')
    expect(router.currentRoute.value.name).toBe('supply-warnings')
    await router.push('/supply/stock-report')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('shows the "no functions" page to an official without any menu scope', async () => {
    signIn('t')
    const router = createAppRouter(clientWith(me(['divisions:read'])))
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('no-functions')
  })

  it('goes to the login page when the API rejects the stored token', async () => {
    signIn('expired')
    const { CombinedError } = await import('@urql/core')
    const error = new CombinedError({ graphQLErrors: [{ message: '令牌已过期', extensions: { code: 'UNAUTHENTICATED' } }] })
    const router = createAppRouter(clientWith({ error }))
    await router.push('/tags')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/tags')
  })
})
