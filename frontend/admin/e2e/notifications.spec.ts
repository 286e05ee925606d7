import type { Page } from '@playwright/test'
import { Api, expect, login, logout, shot, test } from './helpers.ts'

// SUP-01: a notification on the home page opens what it is about, and opening it marks it read.

const NOTES = `query { notifications(first: 50, offset: 0, unreadOnly: false) { nodes { id title entityType entityId read } } }`
type Note = { id: string; title: string; entityType: string | null; entityId: string | null; read: boolean }

async function notes(api: Api, user: string): Promise<Note[]> {
  return (await api.gql(user, NOTES)).notifications.nodes
}

/** The home page's entry of this notification (the page shows the newest ten). */
async function entry(page: Page, api: Api, user: string, n: Note) {
  const all = await notes(api, user)
  const i = all.findIndex((x) => x.id === n.id)
  expect(i, 'the notification is among the newest ten').toBeGreaterThanOrEqual(0)
  expect(i).toBeLessThan(10)
  const li = page.locator('[data-test=notification]').nth(i)
  await expect(li).toContainText(n.title)
  return li
}

test('an alerted warning: the institution opens it from its notification in 告警通知', async ({ page, request }) => {
  const api = new Api(request)
  const org = (await api.gql('xj_hospital', '{ me { organisation { id name } } }')).me.organisation
  // A warning of xj_hospital the bureau can still alert, outside the red rule (supply.spec alerts the red ones).
  const open = (await api.gql('xj_admin', `query($f: WarningFilter) { supplyWarnings(first: 100, filter: $f) {
      nodes { id availableActions drug { code genericName } rule { name } } } }`,
  { f: { organisationId: org.id, states: ['IDENTIFIED'] } })).supplyWarnings.nodes
  const w = open.filter((n: { availableActions: string[]; rule: { name: string } }) => n.availableActions.includes('alert')
    && n.rule.name !== '可供天数严重不足').at(-1)
  expect(w, 'an identified warning of xj_hospital in the demo data').toBeTruthy()
  const opinion = `请核实库存（通知端到端测试 ${Date.now().toString(36)}）`
  const alerted = await api.gql('xj_admin', `mutation($i: WarningAlertInput!) { warningAlert(input: $i) {
      warnings { id state } userErrors { code message } } }`, { i: { ids: [w.id], opinion } })
  expect(alerted.warningAlert.userErrors).toEqual([])
  const n = (await notes(api, 'xj_hospital')).find((x) => x.entityType === 'SupplyWarning' && x.entityId === w.id && !x.read)
  expect(n, 'the alert notified the hospital').toBeTruthy()

  await login(page, 'xj_hospital')
  await expect(page).toHaveURL(/\/home$/)
  const li = await entry(page, api, 'xj_hospital', n!)
  await expect(li).toHaveAttribute('data-read', 'false')
  await expect(li.locator('[data-test=notification-open]')).toHaveText('查看告警')
  await shot(page, '74-home-warning-notification')
  await li.locator('[data-test=notification-open]').click()

  await expect(page).toHaveURL(/\/supply\/alerts\?warning=/)
  expect(new URL(page.url()).searchParams.get('warning')).toBe(w.id)
  const detail = page.locator('[data-test=warning-detail]')
  await expect(detail).toHaveAttribute('data-warning-id', w.id)
  await expect(detail.locator('[data-test=warning-detail-drug]')).toHaveText(w.drug.code)
  await expect(detail.locator('[data-test=warning-detail-rule]')).toHaveText(w.rule.name)
  await expect(detail.locator('[data-test=warning-detail-state]')).toHaveText('已告警')
  await expect(detail.locator('[data-test=warning-detail-timeline]')).toContainText(opinion)
  await shot(page, '75-alert-opened-from-notification')
  expect((await notes(api, 'xj_hospital')).find((x) => x.id === n!.id)?.read).toBe(true)

  // 查看全部 leaves the one alert for the whole list, which holds it too.
  await detail.locator('[data-test=warning-detail-close]').click()
  await expect(page).toHaveURL(/\/supply\/alerts$/)
  await expect(page.locator('[data-test=warning-detail]')).toHaveCount(0)
  await expect(page.locator('[data-test=alerts-table]')).toContainText(w.drug.code)
  // A warning that is not this entity's alert is not shown as one.
  await page.goto(`supply/alerts?warning=${encodeURIComponent(open.find((x: { id: string }) => x.id !== w.id)?.id ?? 'U3VwcGx5V2FybmluZzow')}`)
  await expect(page.locator('[data-test=warning-missing]')).toBeVisible()
  await expect(page.locator('[data-test=warning-detail]')).toHaveCount(0)

  // Officials (supply:read) open the same warning in 预警数据.
  await logout(page)
  await login(page, 'xj_admin', `/supply/warnings?warning=${encodeURIComponent(w.id)}`)
  const official = page.locator('[data-test=warning-detail]')
  await expect(official).toHaveAttribute('data-warning-id', w.id)
  await expect(official).toContainText(org.name)
  await expect(official.locator('[data-test=warning-detail-timeline]')).toContainText(opinion)
  await expect(page.locator('[data-test=warnings-table]')).toBeVisible()
  await shot(page, '76-official-warning-detail')
})

test('an inquiry notification opens its task and is marked read', async ({ page, request }) => {
  const api = new Api(request)
  const n = (await notes(api, 'wlmq_official')).find((x) => x.entityType === 'InquiryTask' && !x.read)
  expect(n, 'an unread inquiry notification of wlmq_official in the demo data').toBeTruthy()
  await login(page, 'wlmq_official', '/home')
  const li = await entry(page, api, 'wlmq_official', n!)
  await expect(li).toHaveAttribute('data-read', 'false')
  await li.locator('[data-test=notification-title]').click()
  await expect(page).toHaveURL(/\/inquiries\/[^/?]+$/)
  expect(decodeURIComponent(page.url().split('/inquiries/')[1])).toBe(n!.entityId)
  await expect(page.locator('[data-test=task-title]')).toBeVisible()
  expect((await notes(api, 'wlmq_official')).find((x) => x.id === n!.id)?.read).toBe(true)
})
