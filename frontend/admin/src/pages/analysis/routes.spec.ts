import type { Client } from '@urql/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { signIn, signOut } from '@/api/session'
import { visibleMenu } from '@/menu'
import { createAppRouter } from '@/router'
import { FOCUS_KINDS } from './analysis'

const client = (scopes: string[]) => ({
  query: vi.fn(() => ({
    toPromise: async () => ({
      data: {
        me: {
          username: 'u', displayName: '测试', role: 'PREFECTURE_OFFICIAL', roleLabel: '', posts: [], postLabels: [], scopes,
          divisionCode: '650100', areaPath: ['新疆维吾尔自治区', '乌鲁木齐市'], organisation: null, division: null,
        },
      },
    }),
  })),
}) as unknown as Client

afterEach(() => signOut())

describe('analysis routes and menu', () => {
  it('opens the analysis pages with supply:read and refuses them without it', async () => {
    signIn('t')
    const router = createAppRouter(client(['drugs:read', 'supply:read']))
    await router.push('/analysis/coverage')
    expect(router.currentRoute.value.name).toBe('analysis-coverage')
    await router.push('/analysis/rare-disease')
    expect(router.currentRoute.value.name).toBe('analysis-focus')
    expect(router.currentRoute.value.params.kind).toBe('rare-disease')
    await router.push('/analysis/unknown-list')
    expect(router.currentRoute.value.name).toBe('not-found')

    signOut()
    signIn('t')
    const other = createAppRouter(client(['drugs:read']))
    await other.push('/analysis/trend')
    expect(other.currentRoute.value.name).toBe('forbidden')
  }, 30_000) // each push loads (and on a cold run transforms) the lazy page modules: seconds on a loaded machine

  it('lists one menu entry per analysis page, each a route slug of a focus list or a fixed page', () => {
    const paths = visibleMenu(new Set(['supply:read'])).map((m) => m.path).filter((p) => p.startsWith('/analysis/'))
    expect(paths).toEqual(['/analysis/coverage', '/analysis/trend', '/analysis/drug', ...FOCUS_KINDS.map((k) => `/analysis/${k.slug}`)])
    expect(visibleMenu(new Set(['drugs:read'])).some((m) => m.path.startsWith('/analysis/'))).toBe(false)
  })
})
