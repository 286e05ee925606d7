import { Api, expect, login, shot, test } from './helpers.ts'
import type { Page } from '@playwright/test'

// The analyses that read every source, against the real API and demo data: DRUG-06 stocking status (stock
// reports, deliveries, settlements), DRUG-24 settled sales in the drug file, SUP-44 supply stability and SUP-45
// treatment needs. Every number checked on screen is the API's for the same user, period and area.

const qty = (v: string | number) => Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 3 })
const SHORT: Record<string, string> = { STOCKED: '已配备', DELIVERED_AND_SETTLED: '有配送和结算', ONLY_DELIVERED: '仅有配送', ONLY_SETTLED: '仅有结算', NONE: '未配备' }

async function shownRange(page: Page, scope = page.locator('body')): Promise<[string, string]> {
  const inputs = scope.locator('[data-test=date-range] input')
  await expect(inputs.first()).toHaveValue(/\d{4}-\d{2}-\d{2}/)
  return [await inputs.nth(0).inputValue(), await inputs.nth(1).inputValue()]
}

test('catalog stocking status (DRUG-06): counts per status, the status filter and each source\'s evidence', async ({ page, request }) => {
  const api = new Api(request)
  const c = (await api.gql('xj_admin', '{ supplyCoverage { catalogCodes total { stockingStatus { status codes } } } }')).supplyCoverage
  const counts = Object.fromEntries(c.total.stockingStatus.map((s: { status: string; codes: number }) => [s.status, s.codes]))
  expect(Object.values(counts).reduce((a: number, b) => a + (b as number), 0)).toBe(c.catalogCodes)
  for (const s of ['STOCKED', 'DELIVERED_AND_SETTLED', 'ONLY_DELIVERED', 'ONLY_SETTLED']) expect(counts[s], `demo data has ${s}`).toBeGreaterThan(0)
  const list = async (status: string) => (await api.gql('xj_admin', `query($s: [CatalogStockingStatus!]) { catalogDrugStocking(first: 1, status: $s) {
    totalCount nodes { drug { code } status statusLabel
      stockReports { institutions prefectures { name } } deliveries { institutions start end prefectures { name } }
      settlements { institutions start end prefectures { name } } } } }`, { s: [status] })).catalogDrugStocking

  await login(page, 'xj_admin', '/analysis/coverage')
  for (const [s, n] of Object.entries(counts)) await expect(page.locator(`[data-test=status-count-${s}]`)).toHaveText(String(n))
  await page.locator('[data-test=uncovered-by]').getByText('全部目录药品').click()
  await expect(page.locator('[data-test=catalog-stocking] [data-test=pager]')).toContainText(`共 ${c.catalogCodes} 条`)

  for (const status of ['ONLY_DELIVERED', 'DELIVERED_AND_SETTLED', 'ONLY_SETTLED']) {
    const l = await list(status)
    await page.locator(`[data-test=status-${status}]`).click()
    await expect(page.locator('[data-test=catalog-stocking] [data-test=pager]')).toContainText(`共 ${l.totalCount} 条`)
    const first = page.locator('[data-test=catalog-stocking] tbody tr').first()
    await expect(first.locator('[data-test=stocking-code]')).toHaveText(l.nodes[0].drug.code)
    await expect(first.locator('[data-test=status-tag]')).toHaveText(SHORT[status])
    const n = l.nodes[0]
    const ev = (e: { institutions: number; prefectures: { name: string }[] }) =>
      e.institutions ? `${e.institutions} 家 · ${e.prefectures.map((p) => p.name).join('、')}` : '—'
    await expect(first.locator('[data-test=ev-stock]')).toHaveText('—')
    await expect(first.locator('[data-test=ev-delivery]')).toHaveText(ev(n.deliveries))
    await expect(first.locator('[data-test=ev-settlement]')).toHaveText(ev(n.settlements))
    await expect(page.locator('[data-test=source-windows]')).toHaveText(
      `配送窗口 ${n.deliveries.start} 至 ${n.deliveries.end}；结算窗口 ${n.settlements.start} 至 ${n.settlements.end}`)
    if (status === 'DELIVERED_AND_SETTLED') {
      await first.scrollIntoViewIfNeeded()
      await shot(page, '74-analysis-stocking-status-sources')
    }
  }

  // A prefecture official: the counts of their prefecture.
  await page.locator('[data-test=logout]').click()
  const k = (await api.gql('kashi_official', '{ supplyCoverage { total { stockingStatus { status codes } } } }')).supplyCoverage
  await login(page, 'kashi_official', '/analysis/coverage')
  for (const s of k.total.stockingStatus) await expect(page.locator(`[data-test=status-count-${s.status}]`)).toHaveText(String(s.codes))
})

test('drug file sales (DRUG-24) show insurance-settled sales beside the stock reports, each labelled', async ({ page, request }) => {
  const api = new Api(request)
  const top = (await api.gql('xj_admin', '{ drugSupplyRanking(first: 1, by: SALE_RECORDS) { nodes { drug { id code } } } }')).drugSupplyRanking.nodes[0].drug
  await login(page, 'xj_admin', `/drugs/${top.id}`)
  await page.locator('#tab-SALES').click()
  const sales = page.locator('[data-test=section-sales]')
  const [from, to] = await shownRange(page, sales)
  const f = (await api.gql('xj_admin', `query($id: ID!, $f: Date, $t: Date) { drug(id: $id) { supplyFile {
    settledSales(from: $f, to: $t) { sourceLabel total { hospitalQuantity pharmacyQuantity settlements } byPrefecture { key settlements } }
    settledSalesByInstitution(from: $f, to: $t) { totalCount nodes { quantity } }
    sameGenericSales(from: $f, to: $t) { drug { code } settledQuantity } } } }`, { id: top.id, f: from, t: to })).drug.supplyFile
  expect(f.settledSales.total.settlements, 'demo settlements in the default period').toBeGreaterThan(0)
  await expect(sales.locator('[data-test=sales-source]')).toHaveText('来源：进销存报告')
  await expect(sales.locator('[data-test=settled-source]')).toHaveText(`来源：${f.settledSales.sourceLabel}`)
  await expect(sales.locator('[data-test="settled-hqty-*"]')).toHaveText(qty(f.settledSales.total.hospitalQuantity))
  await expect(sales.locator('[data-test="settled-pqty-*"]')).toHaveText(qty(f.settledSales.total.pharmacyQuantity))
  await expect(sales.locator('[data-test="settled-count-*"]')).toHaveText(String(f.settledSales.total.settlements))
  for (const p of f.settledSales.byPrefecture) await expect(sales.locator(`[data-test=settled-count-${p.key}]`)).toHaveText(String(p.settlements))
  await expect(sales.locator('[data-test=settled-institutions] [data-test=pager]')).toContainText(`共 ${f.settledSalesByInstitution.totalCount} 条`)
  await expect(sales.locator('[data-test=settled-org-qty]').first()).toHaveText(qty(f.settledSalesByInstitution.nodes[0].quantity))
  await expect(sales.locator('[data-test=peer-settled]')).toHaveText(f.sameGenericSales.map((p: { settledQuantity: string }) => qty(p.settledQuantity)))
  await sales.locator('[data-test=settled-table]').scrollIntoViewIfNeeded()
  await shot(page, '75-drug-file-settled-sales')
})

test('high-frequency supply stability (SUP-44): ratings, variation and each member\'s daily series', async ({ page, request }) => {
  const api = new Api(request)
  await login(page, 'xj_admin', '/analysis/high-frequency')
  const card = page.locator('[data-test=stability]')
  const [from, to] = await shownRange(page)
  const s = (await api.gql('xj_admin', `query($f: Date, $t: Date) { highFrequencyStability(from: $f, to: $t, first: 20) { rule members {
    totalCount nodes { rating ratingLabel stockOutDays zeroStockInstitutionDays onHandCv supplyCv series { onHand } member { drug { genericName spec } variety { genericName } } } } } }`,
  { f: from, t: to })).highFrequencyStability
  expect(s.members.totalCount).toBeGreaterThan(0)
  await expect(card.locator('[data-test=stability-rule]')).toContainText(s.rule.slice(0, 20))
  await expect(card.locator('[data-test=stability-members] [data-test=pager]')).toContainText(`共 ${s.members.totalCount} 条`)
  const cv = (v: string | null) => (v === null ? '—' : Number(v).toFixed(2))
  await expect(card.locator('[data-test=stability-rating]')).toHaveText(s.members.nodes.map((n: { ratingLabel: string }) => n.ratingLabel))
  await expect(card.locator('[data-test=stability-stockout]')).toHaveText(s.members.nodes.map((n: { stockOutDays: number }) => String(n.stockOutDays)))
  await expect(card.locator('[data-test=stability-zero]')).toHaveText(s.members.nodes.map((n: { zeroStockInstitutionDays: number }) => String(n.zeroStockInstitutionDays)))
  await expect(card.locator('[data-test=stability-cv]')).toHaveText(s.members.nodes.map((n: { onHandCv: string | null }) => cv(n.onHandCv)))
  await expect(card.locator('[data-test=stability-supply-cv]')).toHaveText(s.members.nodes.map((n: { supplyCv: string | null }) => cv(n.supplyCv)))
  await expect(card.locator('[data-test=variation-chart] canvas')).toBeVisible()
  await expect(card.locator('[data-test=series-chart] canvas')).toBeVisible()
  const names = card.locator('[data-test=stability-name]')
  if (s.members.nodes.length > 1) {
    await names.nth(1).click()
    await expect(card.locator('[data-test=series-name]')).toHaveText(await names.nth(1).innerText())
  }
  await card.scrollIntoViewIfNeeded()
  await shot(page, '76-analysis-high-frequency-stability')

  // 喀什地区 only: the same members, the figures of that prefecture.
  await page.locator('[data-test=logout]').click()
  await login(page, 'kashi_official', '/analysis/high-frequency')
  const [kf, kt] = await shownRange(page)
  const k = (await api.gql('kashi_official', 'query($f: Date, $t: Date) { highFrequencyStability(from: $f, to: $t, first: 20) { members { nodes { ratingLabel stockOutDays } } } }', { f: kf, t: kt })).highFrequencyStability
  await expect(page.locator('[data-test=stability-rating]')).toHaveText(k.members.nodes.map((n: { ratingLabel: string }) => n.ratingLabel))
  await expect(page.locator('[data-test=stability-stockout]')).toHaveText(k.members.nodes.map((n: { stockOutDays: number }) => String(n.stockOutDays)))
})

test('rare-disease treatment needs (SUP-45): needs against supply per prefecture, unmet needs called out', async ({ page, request }) => {
  const api = new Api(request)
  await login(page, 'xj_admin', '/analysis/rare-disease')
  const card = page.locator('[data-test=treatment-needs]')
  const [from, to] = await shownRange(page)
  const n = (await api.gql('xj_admin', `query($f: Date, $t: Date) { rareDiseaseNeeds(from: $f, to: $t, first: 20) {
    total { needs needPersons unmetNeeds settlements stockingInstitutions }
    byPrefecture { key label needs unmetNeeds settlements stockingInstitutions unmetPlaces { name } }
    members { totalCount nodes { total { needs } } } } }`, { f: from, t: to })).rareDiseaseNeeds
  expect(n.total.needs, 'demo needs for rare-disease drugs').toBeGreaterThan(0)
  expect(n.total.unmetNeeds, 'demo needs where nobody holds the drug').toBeGreaterThan(0)
  await expect(card.locator('[data-test=needs-total]')).toHaveText(String(n.total.needs))
  await expect(card.locator('[data-test=needs-unmet]')).toHaveText(String(n.total.unmetNeeds))
  await expect(card.locator('[data-test=needs-settlements]')).toHaveText(String(n.total.settlements))
  await expect(card.locator('[data-test=needs-stocking]')).toHaveText(String(n.total.stockingInstitutions))
  for (const p of n.byPrefecture) {
    await expect(card.locator(`[data-test=needs-count-${p.key}]`)).toHaveText(String(p.needs))
    await expect(card.locator(`[data-test=needs-unmet-${p.key}]`)).toHaveText(String(p.unmetNeeds))
    await expect(card.locator(`[data-test=needs-stocking-${p.key}]`)).toHaveText(String(p.stockingInstitutions))
  }
  const unmet = n.byPrefecture.filter((p: { unmetNeeds: number }) => p.unmetNeeds > 0)
  await expect(card.locator('[data-test^=unmet-6]')).toHaveCount(unmet.length)
  for (const p of unmet) await expect(card.locator(`[data-test=unmet-${p.key}]`)).toContainText(p.unmetPlaces.map((d: { name: string }) => d.name).join('、'))
  await expect(card.locator('[data-test=needs-chart] canvas')).toBeVisible()
  await expect(card.locator('[data-test=needs-member-count]')).toHaveText(n.members.nodes.map((m: { total: { needs: number } }) => String(m.total.needs)))
  await card.scrollIntoViewIfNeeded()
  await shot(page, '77-analysis-rare-disease-needs')

  await page.locator('[data-test=logout]').click()
  await login(page, 'kashi_official', '/analysis/rare-disease')
  const [kf, kt] = await shownRange(page)
  const k = (await api.gql('kashi_official', 'query($f: Date, $t: Date) { rareDiseaseNeeds(from: $f, to: $t) { total { needs } byPrefecture { key } } }', { f: kf, t: kt })).rareDiseaseNeeds
  expect(k.byPrefecture.map((p: { key: string }) => p.key)).toEqual(['653100'])
  await expect(page.locator('[data-test=needs-total]')).toHaveText(String(k.total.needs))
  await expect(page.locator('[data-test^=needs-label-]')).toHaveText(['合计', '喀什地区'])
})
