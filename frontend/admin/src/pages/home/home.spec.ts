import type { Client } from '@urql/core'
import { describe, expect, it } from 'vitest'
import { createAppRouter } from '@/router'
import { notificationLink, notificationTarget } from './home'

// SUP-01: a notification opens its subject. Every entityType the API writes on a notification maps to the page that
// shows that object, for a user whose scopes open that page; anything else stays plain text.
const router = createAppRouter({} as Client)
const id = 'U3VwcGx5V2FybmluZzo0Mg==' // a global ID: base64, so it may hold characters a path must escape
const note = (entityType: string | null, entityId: string | null = id) => ({ entityType, entityId })

const REGION_OFFICIAL = new Set(['catalog:read', 'catalog:write', 'supply:read', 'organisations:read', 'inquiries:read', 'notifications:read'])
const HOSPITAL = new Set(['organisations:read', 'stock:report', 'inquiries:read', 'notifications:read'])
const WHOLESALER = new Set(['organisations:read', 'stock:report', 'wholesale:offer', 'inquiries:read', 'notifications:read'])

/** The named route a link opens, and whether the user's scopes pass that route's guard. */
function opens(link: string | null, scopes: ReadonlySet<string>) {
  expect(link, 'a link').not.toBeNull()
  const r = router.resolve(link!)
  return { name: r.name, query: r.query, params: r.params, allowed: scopes.has(r.meta.scope as string) }
}

describe('notification → page', () => {
  it('an inquiry task opens the task', () => {
    expect(opens(notificationLink(note('InquiryTask'), HOSPITAL), HOSPITAL)).toEqual({ name: 'inquiry', query: {}, params: { id }, allowed: true })
  })

  it('a warning opens 预警数据 on that warning for officials', () => {
    expect(opens(notificationLink(note('SupplyWarning'), REGION_OFFICIAL), REGION_OFFICIAL))
      .toEqual({ name: 'supply-warnings', query: { warning: id }, params: {}, allowed: true })
  })

  it('a warning opens 告警通知 on that alert for the institution or enterprise it was raised against', () => {
    expect(opens(notificationLink(note('SupplyWarning'), HOSPITAL), HOSPITAL))
      .toEqual({ name: 'supply-alerts', query: { warning: id }, params: {}, allowed: true })
  })

  it('a catalog version opens the version page', () => {
    expect(opens(notificationLink(note('CatalogVersion'), REGION_OFFICIAL), REGION_OFFICIAL))
      .toEqual({ name: 'catalog-version', query: {}, params: { id }, allowed: true })
  })

  it('a 报盘 upload opens its result page', () => {
    expect(opens(notificationLink(note('WholesaleUpload'), WHOLESALER), WHOLESALER))
      .toEqual({ name: 'wholesale-upload', query: {}, params: { id }, allowed: true })
  })

  it('a catalog import opens the import job page', () => {
    expect(opens(notificationLink(note('CatalogImport'), REGION_OFFICIAL), REGION_OFFICIAL))
      .toEqual({ name: 'catalog-import-job', query: {}, params: { id }, allowed: true })
  })

  it('escapes the global ID in the path', () => {
    expect(notificationLink(note('CatalogImport', 'a/b=?'), REGION_OFFICIAL)).toBe('/catalog/imports/a%2Fb%3D%3F')
  })

  it('names the action after the subject', () => {
    expect(notificationTarget(note('InquiryTask'), HOSPITAL)?.label).toBe('查看任务')
    expect(notificationTarget(note('SupplyWarning'), HOSPITAL)?.label).toBe('查看告警')
    expect(notificationTarget(note('SupplyWarning'), REGION_OFFICIAL)?.label).toBe('查看预警')
    expect(notificationTarget(note('WholesaleUpload'), WHOLESALER)?.label).toBe('查看报盘结果')
  })

  it('stays plain text for an unknown type, a missing object or a page the user may not open', () => {
    expect(notificationTarget(note('PublicFeedback'), REGION_OFFICIAL)).toBeNull()
    expect(notificationTarget(note(null), REGION_OFFICIAL)).toBeNull()
    expect(notificationTarget(note('InquiryTask', null), REGION_OFFICIAL)).toBeNull()
    expect(notificationTarget(note('InquiryTask', ''), REGION_OFFICIAL)).toBeNull()
    expect(notificationTarget(note('toString'), REGION_OFFICIAL)).toBeNull()
    expect(notificationTarget(note('CatalogImport'), HOSPITAL)).toBeNull()
    expect(notificationTarget(note('WholesaleUpload'), HOSPITAL)).toBeNull()
    expect(notificationTarget(note('SupplyWarning'), new Set(['notifications:read', 'organisations:read']))).toBeNull()
  })
})
