import { Api, dialog, expect, login, shot, test } from './helpers.ts'
import type { Page } from '@playwright/test'

// Supply pages (SUP-02/04/05/07…17) against the real API and demo data: the numbers on screen are the API's.

interface Group { key: string; label: string; organisations: number; stockedVarieties: number; stockedCodes: number; catalogVarieties: number }
const SUMMARY = `query($g: StockingGroupBy!, $f: OrganisationFilter) { stockingSummary(groupBy: $g, filter: $f) {
  groups { key label organisations stockingOrganisations stockedCodes stockedVarieties catalogCodes catalogVarieties } } }`

async function expectGroups(page: Page, groups: Group[]) {
  for (const g of groups) {
    await expect(page.locator(`[data-test=group-label-${g.key}]`)).toHaveText(g.label)
    await expect(page.locator(`[data-test=group-orgs-${g.key}]`)).toHaveText(String(g.organisations))
    await expect(page.locator(`[data-test=group-varieties-${g.key}]`)).toHaveText(`${g.stockedVarieties}（${g.catalogVarieties}）`)
  }
}

test('a region official sees stocking statistics equal to the API and drills into one organisation', async ({ page, request }) => {
  const api = new Api(request)
  const total = (await api.gql('xj_admin', SUMMARY, { g: 'TOTAL' })).stockingSummary.groups[0]
  const byPrefecture = (await api.gql('xj_admin', SUMMARY, { g: 'PREFECTURE' })).stockingSummary.groups as Group[]
  expect(byPrefecture.length).toBeGreaterThan(3)

  await login(page, 'xj_admin', '/supply/stocking')
  await expect(page.locator('[data-test=total-organisations]')).toHaveText(String(total.organisations))
  await expect(page.locator('[data-test=total-varieties]')).toHaveText(String(total.stockedVarieties))
  await expect(page.locator('[data-test=total-codes]')).toHaveText(String(total.stockedCodes))
  await expectGroups(page, byPrefecture)
  await expect(page.locator('[data-test=stocking-chart] canvas')).toBeVisible()
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${total.organisations} 条`)
  await shot(page, '20-supply-stocking-region')

  // Group by type, then only wholesalers (SUP-07): the statistics and the entity list follow the filter.
  await page.locator('[data-test=group-by]').getByText('公立/民营').click()
  await expectGroups(page, (await api.gql('xj_admin', SUMMARY, { g: 'OWNERSHIP' })).stockingSummary.groups)
  await page.locator('[data-test=filter-subtypes]').getByText('批发企业').click()
  await page.locator('[data-test=search]').click()
  const wholesalers = (await api.gql('xj_admin', SUMMARY, { g: 'TOTAL', f: { subtypes: ['WHOLESALER'] } })).stockingSummary.groups[0]
  await expect(page.locator('[data-test=total-organisations]')).toHaveText(String(wholesalers.organisations))
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${wholesalers.organisations} 条`)

  // Drill into the first wholesaler: its varieties and drug codes, paged, with the API's totals (SUP-08).
  const first = (await api.gql('xj_admin', `{ stockingOrganisations(first: 1, filter: { subtypes: [WHOLESALER] }) {
    nodes { stockedVarieties stockedCodes organisation { id name } } } }`)).stockingOrganisations.nodes[0]
  await page.locator('[data-test=org-link]', { hasText: first.organisation.name }).click()
  await expect(page).toHaveURL(new RegExp(`/supply/organisations/${first.organisation.id}$`))
  await expect(page.locator('[data-test=org-name]')).toHaveText(first.organisation.name)
  await expect(page.locator('[data-test=varieties-table] [data-test=pager]')).toContainText(`共 ${first.stockedVarieties} 条`)
  await page.locator('[data-test=stock-tab]').getByText('药品编码配备明细').click()
  await expect(page.locator('[data-test=codes-table] [data-test=pager]')).toContainText(`共 ${first.stockedCodes} 条`)
  if (first.stockedCodes > 10) {
    await page.locator('[data-test=codes-table] .el-pager li.number', { hasText: '2' }).click()
    await expect(page.locator('[data-test=codes-table] .el-pager li.is-active')).toHaveText('2')
  }
  await page.locator('[data-test=org-info]').scrollIntoViewIfNeeded()
  await shot(page, '21-supply-organisation-drill-down')

  // Supply status of one stocked code (SUP-05, DRUG-06), opened from the drill-down.
  const code = (await page.locator('[data-test=stocked-code]').first().textContent())!.trim()
  const status = (await api.gql('xj_admin', `query($c: String!) { drugSupplyStatus(code: $c) { stockingInstitutions daysOfStock } }`, { c: code })).drugSupplyStatus
  await page.getByRole('link', { name: '供应状态' }).first().click()
  await expect(page).toHaveURL(/\/supply\/status\?code=/)
  await expect(page.locator('[data-test=status-drug]')).toContainText(code)
  await expect(page.locator('[data-test=stat-stocking]')).toContainText(String(status.stockingInstitutions))
  const open = (await api.gql('xj_admin', `query($c: String!) { supplyWarningCounts(groupBy: LEVEL, filter: { drugCode: $c, states: [IDENTIFIED, ALERTED, IN_INQUIRY] }) { count } }`, { c: code })).supplyWarningCounts
  await expect(page.locator('[data-test=status-warning-total]')).toHaveText(String(open.reduce((n: number, w: { count: number }) => n + w.count, 0)))
  await shot(page, '22-supply-status')

  // Back on the drill-down: the entity's own warnings open in the warnings page, narrowed to it.
  await page.goBack()
  await page.locator('[data-test=org-warnings]').click()
  await expect(page.locator('[data-test=filter-organisation]')).toContainText(first.organisation.name)
  const mine = (await api.gql('xj_admin', 'query($f: WarningFilter) { supplyWarnings(first: 1, filter: $f) { totalCount } }',
    { f: { organisationId: first.organisation.id, states: ['IDENTIFIED', 'ALERTED', 'IN_INQUIRY'] } })).supplyWarnings.totalCount
  await expect(page.locator('[data-test=warnings-table] [data-test=pager]')).toContainText(`共 ${mine} 条`)
})

test('a prefecture official sees only their prefecture', async ({ page, request }) => {
  const api = new Api(request)
  const byCounty = (await api.gql('kashi_official', SUMMARY, { g: 'COUNTY' })).stockingSummary.groups as Group[]
  expect(byCounty.length).toBeGreaterThan(0)
  for (const g of byCounty) expect(g.key.startsWith('6531')).toBe(true)
  const orgs = (await api.gql('kashi_official', '{ stockingOrganisations(first: 100) { totalCount nodes { organisation { divisionCode } } } }')).stockingOrganisations

  await login(page, 'kashi_official', '/supply/stocking')
  await expect(page.locator('[data-test=group-by]')).not.toContainText('按市州')
  await expectGroups(page, byCounty)
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${orgs.totalCount} 条`)
  for (const o of orgs.nodes) expect(o.organisation.divisionCode.startsWith('6531')).toBe(true)
  await shot(page, '23-supply-stocking-prefecture')

  // Warning rules are read-only without the rule-maintenance post; the rule's formula is shown.
  await page.locator('[data-test=menu-supply-rules]').click()
  await expect(page.locator('[data-test=rule-formula]').first()).toContainText('可供天数')
  await expect(page.locator('[data-test=create-rule]')).toHaveCount(0)
  await expect(page.locator('[data-test=rule-edit]')).toHaveCount(0)
  // Warnings can be read but not alerted without the warning-handling post.
  await page.locator('[data-test=menu-supply-warnings]').click()
  await expect(page.locator('[data-test=warnings-table] [data-test=pager]')).toContainText('共')
  await expect(page.locator('span[data-test=alert]')).toHaveCount(0)
})

const WARNINGS = `query($f: WarningFilter) { supplyWarnings(first: 2, filter: $f) { totalCount nodes { id state } } }`
const OPEN = ['IDENTIFIED', 'ALERTED', 'IN_INQUIRY']

test('warnings by rule and by supply entity; alert two warnings with an opinion', async ({ page, request }) => {
  const api = new Api(request)
  const byRule = (await api.gql('xj_admin', '{ supplyWarningCounts(groupBy: RULE, filter: { states: [IDENTIFIED, ALERTED, IN_INQUIRY] }) { key label count } }')).supplyWarningCounts
  const red = byRule.find((r: { label: string }) => r.label === '可供天数严重不足')
  expect(red, 'demo data has red warnings').toBeTruthy()

  await login(page, 'xj_admin', '/supply/warnings')
  for (const r of byRule) await expect(page.locator(`[data-test=group-count-${r.key}]`)).toHaveText(String(r.count))
  await page.locator(`[data-test=group-${red.key}]`).click()
  await expect(page.locator('[data-test=warnings-table] [data-test=pager]')).toContainText(`共 ${red.count} 条`)
  for (const rule of await page.locator('[data-test=warning-rule]').allTextContents()) expect(rule).toBe('可供天数严重不足')

  // Pick the two newest identified ones: they are the first rows of the list.
  const before = (await api.gql('xj_admin', WARNINGS, { f: { ruleId: red.key, states: OPEN } })).supplyWarnings.nodes
  expect(before.map((w: { state: string }) => w.state)).toEqual(['IDENTIFIED', 'IDENTIFIED'])
  const rows = page.locator('[data-test=warnings-table] .el-table__body tr')
  await rows.nth(0).locator('.el-checkbox').click()
  await rows.nth(1).locator('.el-checkbox').click()
  await expect(page.locator('[data-test=selected-count]')).toHaveText('2')
  await page.locator('span[data-test=alert] button').click()
  await dialog(page).locator('textarea[data-test=opinion]').fill('库存不足 3 天，请尽快补货（端到端测试）')
  await shot(page, '24-supply-warning-alert-dialog')
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('.el-message--success', { hasText: '已发起告警' })).toBeVisible()
  await expect(rows.nth(0).locator('[data-test=state-tag]')).toHaveText('已告警')
  await expect(rows.nth(1).locator('[data-test=state-tag]')).toHaveText('已告警')
  for (const w of before) {
    const n = (await api.gql('xj_admin', 'query($id: ID!) { node(id: $id) { ... on SupplyWarning { state timeline { opinion } } } }', { id: w.id })).node
    expect(n.state).toBe('ALERTED')
    expect(n.timeline.map((e: { opinion: string | null }) => e.opinion)).toContain('库存不足 3 天，请尽快补货（端到端测试）')
  }
  await expect(page.locator('[data-test=state-count-ALERTED]')).toContainText('2')
  await shot(page, '25-supply-warnings-by-rule')

  // 加入问询 (SUP-15 → SUP-18): the first alerted warning becomes an inquiry task waiting for allocation.
  await rows.nth(0).locator('.el-checkbox').click()
  await page.locator('span[data-test=inquire] button').click()
  await dialog(page).locator('textarea[data-test=opinion]').fill('请核实（端到端测试）')
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('.el-message--success', { hasText: '已加入问询' })).toBeVisible()
  await expect(rows.nth(0).locator('[data-test=state-tag]')).toHaveText('问询中')
  const tasks = (await api.gql('xj_admin', '{ inquiryTasks(first: 50, filter: { states: [PENDING_ALLOCATION] }) { nodes { warning { id } } } }')).inquiryTasks.nodes
  expect(tasks.map((t: { warning: { id: string } }) => t.warning.id)).toContain(before[0].id)

  // By supply-entity type (SUP-16): the hospital group lists only hospitals' warnings.
  await page.locator('[data-test=warning-tabs]').getByText('按供应主体类型').click()
  const bySubtype = (await api.gql('xj_admin', '{ supplyWarningCounts(groupBy: SUBTYPE, filter: { states: [IDENTIFIED, ALERTED, IN_INQUIRY] }) { key count } }')).supplyWarningCounts
  const hospitals = bySubtype.find((r: { key: string }) => r.key === 'HOSPITAL')
  await expect(page.locator('[data-test=group-count-HOSPITAL]')).toHaveText(String(hospitals.count))
  await page.locator('[data-test=group-HOSPITAL]').click()
  await expect(page.locator('[data-test=warnings-table] [data-test=pager]')).toContainText(`共 ${hospitals.count} 条`)
  await shot(page, '26-supply-warnings-by-entity')
  // County coverage warnings (no supply entity) are a group of their own.
  const county = bySubtype.find((r: { key: string }) => r.key === 'COUNTY')
  if (county) {
    await page.locator('[data-test=group-COUNTY]').click()
    await expect(page.locator('[data-test=warnings-table] [data-test=pager]')).toContainText(`共 ${county.count} 条`)
  }
})

test('warning rule: create, change (a bad threshold shows at the field), disable and delete', async ({ page }) => {
  const name = `端到端规则${Date.now().toString(36).slice(-5)}`
  await login(page, 'wlmq_official', '/supply/rules')
  // Region rules are shown but cannot be changed by a prefecture.
  await expect(page.locator('[data-test=rules-table]')).toContainText('可供天数严重不足')
  await page.locator('[data-test=create-rule]').click()
  await page.locator('input[data-test=rule-name]').fill(name)
  await dialog(page).getByText('红色').click()
  await dialog(page).locator('[data-test=rule-targets]').getByText('定点零售药店').click() // leaves only hospitals
  await page.locator('input[data-test=rule-threshold]').fill('2')
  await expect(page.locator('[data-test=rule-preview]')).toContainText('可供天数 < 2 天')
  await page.locator('[data-test=rule-save]').click()
  await expect(dialog(page)).toHaveCount(0)
  const row = page.locator('[data-test=rules-table] .el-table__body tr', { hasText: name })
  await expect(row.locator('[data-test=rule-formula]')).toContainText('< 2 天')
  await expect(row.locator('[data-test=rule-row-state]')).toHaveText('已启用')

  await row.locator('[data-test=rule-edit]').click()
  await page.locator('input[data-test=rule-threshold]').fill('-1')
  await page.locator('[data-test=rule-save]').click()
  await expect(dialog(page).locator('.el-form-item__error')).toContainText('阈值')
  await shot(page, '27-supply-rule-field-error')
  await page.locator('input[data-test=rule-threshold]').fill('5')
  await page.locator('[data-test=rule-save]').click()
  await expect(dialog(page)).toHaveCount(0)
  await expect(row.locator('[data-test=rule-row-threshold]')).toHaveText('5')
  await expect(row.locator('[data-test=rule-formula]')).toContainText('< 5 天')

  await row.locator('span[data-test=rule-toggle] button').click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(row.locator('[data-test=rule-row-state]')).toHaveText('已停用')
  await shot(page, '28-supply-rules')
  await row.locator('span[data-test=rule-delete] button').click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=rules-table]')).not.toContainText(name)
})

test('institution staff see only their own organisation and report stock: a bad row is shown and nothing is saved', async ({ page, request }) => {
  const api = new Api(request)
  const me = (await api.gql('xj_hospital', '{ me { organisation { id name } } }')).me.organisation
  const stocked = (await api.gql('xj_hospital', `query($id: ID!) { stockedDrugs(organisationId: $id, first: 2) { totalCount nodes { onHand asOf drug { code } } } }`, { id: me.id })).stockedDrugs
  const [a, b] = stocked.nodes.map((n: { drug: { code: string } }) => n.drug.code)

  await login(page, 'xj_hospital')
  await expect(page).toHaveURL(/\/home$/) // staff land on the supply home page (SUP-01)
  await page.locator('[data-test=menu-supply-my-organisation]').click()
  await expect(page).toHaveURL(/\/supply\/my-organisation$/)
  await expect(page.locator('[data-test=org-name]')).toHaveText(me.name)
  await expect(page.locator('[data-test=menu]')).not.toContainText('药品主数据')
  await expect(page.locator('[data-test=menu]')).not.toContainText('药品配备情况')
  await expect(page.locator('[data-test=org-edit]')).toHaveCount(0) // basic information is maintained by the bureau
  await shot(page, '29-supply-institution-home')
  await page.locator('[data-test=menu-supply-my-stock]').click()
  await expect(page.locator('[data-test=varieties-table] [data-test=pager]')).toContainText('共')
  await page.locator('[data-test=stock-tab]').getByText('药品编码配备明细').click()
  await expect(page.locator('[data-test=codes-table] [data-test=pager]')).toContainText(`共 ${stocked.totalCount} 条`)
  // Another organisation is not visible, and the officials' statistics are refused.
  const other = (await api.gql('xj_admin', '{ stockingOrganisations(first: 1, filter: { subtypes: [WHOLESALER] }) { nodes { organisation { id } } } }')).stockingOrganisations.nodes[0].organisation.id
  await page.goto(`supply/organisations/${other}`)
  await expect(page.locator('[data-test=org-missing]')).toBeVisible()
  await page.goto('supply/stocking')
  await expect(page.getByText('无权访问')).toBeVisible()

  await page.goto('supply/stock-report')
  const key = (await page.locator('[data-test=batch-key]').textContent())!.trim()
  await page.locator('input[data-test=row-0-drugCode]').fill(a)
  await page.locator('input[data-test=row-0-receivedQty]').fill('10')
  await page.locator('input[data-test=row-0-soldQty]').fill('4')
  await page.locator('input[data-test=row-0-onHandQty]').fill('321')
  await page.locator('[data-test=add-row]').click()
  await page.locator('input[data-test=row-1-drugCode]').fill('XA01BAD')
  await page.locator('input[data-test=row-1-onHandQty]').fill('-5')
  await page.locator('[data-test=report-submit]').click()
  await expect(page.locator('[data-test=row-1-error]').first()).toContainText('第 2 行')
  await expect(page.locator('[data-test=row-error-summary]')).toContainText('1 行有错误')
  await expect(page.locator('[data-test=row-0-error]')).toHaveCount(0)
  await shot(page, '30-supply-stock-report-row-errors')
  const unchanged = (await api.gql('xj_hospital', `query($id: ID!) { stockedDrugs(organisationId: $id, first: 2) { nodes { onHand asOf drug { code } } } }`, { id: me.id })).stockedDrugs.nodes
  expect(unchanged).toEqual(stocked.nodes)

  // Fix the row and send again: the batch key is kept, the batch is imported once.
  await page.locator('input[data-test=row-1-drugCode]').fill(b)
  await page.locator('input[data-test=row-1-onHandQty]').fill('7')
  await page.locator('[data-test=report-submit]').click()
  await expect(page.locator('[data-test=report-result]')).toContainText('导入成功：2 行')
  await expect(page.locator('[data-test=batch-key]')).toHaveText(key)
  await shot(page, '31-supply-stock-report-done')
  const now = (await api.gql('xj_hospital', `query($id: ID!) { stockedDrugs(organisationId: $id, first: 100) { nodes { onHand drug { code } } } }`, { id: me.id })).stockedDrugs.nodes
  expect(Number(now.find((n: { drug: { code: string } }) => n.drug.code === a).onHand)).toBe(321)
  await page.locator('[data-test=new-batch]').click()
  await expect(page.locator('[data-test=batch-key]')).not.toHaveText(key)
})

test('enterprise staff edit their basic information; a bad credit code is shown at the field', async ({ page, request }) => {
  const api = new Api(request)
  const org = (await api.gql('xj_wholesaler', '{ me { organisation { creditCode contactPhone } } }')).me.organisation
  await login(page, 'xj_wholesaler', '/supply/my-organisation')
  await expect(page).toHaveURL(/\/supply\/my-organisation$/)
  await page.locator('[data-test=org-edit]').click()
  const credit = page.locator('input[data-test=org-form-credit]')
  await credit.fill('91650100123456789X')
  await credit.blur()
  await expect(page.locator('[data-test=org-form] .el-form-item__error')).toContainText('校验')
  await page.locator('[data-test=org-save]').click()
  await expect(page.locator('[data-test=org-form] .el-form-item__error')).toContainText('统一社会信用代码')
  await shot(page, '32-supply-enterprise-credit-code-error')
  await credit.fill(org.creditCode)
  await credit.blur()
  await expect(page.locator('[data-test=credit-ok]')).toBeVisible()
  const phone = org.contactPhone === '0991-6000001' ? '0991-6000002' : '0991-6000001'
  await page.locator('input[data-test=org-form-phone]').fill(phone)
  await page.locator('[data-test=org-save]').click()
  await expect(page.locator('.el-message--success', { hasText: '基本信息已保存' })).toBeVisible()
  await expect(page.locator('[data-test=org-phone]')).toHaveText(phone)
  await shot(page, '33-supply-enterprise-basic-info')
})

test('the dashboard shows open warnings by level for supply officials', async ({ page, request }) => {
  const api = new Api(request)
  const open = (await api.gql('xj_admin', '{ supplyWarningCounts(groupBy: LEVEL, filter: { states: [IDENTIFIED, ALERTED, IN_INQUIRY] }) { key count } }')).supplyWarningCounts
  await login(page, 'xj_admin', '/dashboard')
  for (const l of open) await expect(page.locator(`[data-test=open-warnings-${l.key}]`)).toHaveText(String(l.count))
  await expect(page.locator('[data-test=open-warnings]')).toHaveText(String(open.reduce((n: number, l: { count: number }) => n + l.count, 0)))
})
