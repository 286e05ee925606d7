import { Api, dialog, expect, login, shot, test } from './helpers.ts'
import type { Page } from '@playwright/test'

// 药品供应专题分析 (SUP-39…45) and the drug file's supply tabs (DRUG-22…27) against the real API and demo data:
// every number checked on screen is the API's for the same user, period and area.

const qty = (v: string | number) => Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 3 })
const pct = (v: string | null) => (v === null ? '—' : `${(Number(v) * 100).toFixed(1)}%`)

/** The from/to of the page's date range picker (the default period the SPA chose). */
async function shownRange(page: Page, scope = page.locator('body')): Promise<[string, string]> {
  const inputs = scope.locator('[data-test=date-range] input')
  await expect(inputs.first()).toHaveValue(/\d{4}-\d{2}-\d{2}/)
  return [await inputs.nth(0).inputValue(), await inputs.nth(1).inputValue()]
}

test('coverage analysis (SUP-39) shows the API figures and the uncovered catalog drugs by side', async ({ page, request }) => {
  const api = new Api(request)
  const c = (await api.gql('xj_admin', `{ supplyCoverage { catalogCodes catalogVarieties
    total { coveredCodes enterpriseCodes institutionCodes enterpriseCodeRate institutionCodeRate }
    byPrefecture { key label coveredCodes enterpriseCodes institutionCodes } } }`)).supplyCoverage
  const uncovered = async (side: string) => (await api.gql('xj_admin', `query($s: CoverageSide) { catalogDrugStocking(first: 1, uncoveredBy: $s) { totalCount } }`, { s: side })).catalogDrugStocking.totalCount as number

  await login(page, 'xj_admin', '/analysis/coverage')
  await expect(page.locator('[data-test=catalog-codes]')).toHaveText(String(c.catalogCodes))
  await expect(page.locator('[data-test=catalog-varieties]')).toHaveText(String(c.catalogVarieties))
  await expect(page.locator('[data-test=total-covered-codes]')).toHaveText(String(c.total.coveredCodes))
  await expect(page.locator('[data-test=total-enterprise-codes]')).toHaveText(String(c.total.enterpriseCodes))
  await expect(page.locator('[data-test=total-institution-codes]')).toHaveText(String(c.total.institutionCodes))
  await expect(page.locator('[data-test=total-enterprise-rate]')).toHaveText(pct(c.total.enterpriseCodeRate))
  expect(c.byPrefecture.length).toBeGreaterThan(3)
  for (const p of c.byPrefecture) {
    await expect(page.locator(`[data-test=cov-label-${p.key}]`)).toHaveText(p.label)
    await expect(page.locator(`[data-test=cov-covered-${p.key}]`)).toHaveText(String(p.coveredCodes))
    await expect(page.locator(`[data-test=cov-enterprise-${p.key}]`)).toHaveText(String(p.enterpriseCodes))
  }
  await expect(page.locator('[data-test=coverage-chart] canvas')).toBeVisible()
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${await uncovered('ENTERPRISES')} 条`)
  await shot(page, '60-analysis-coverage-region')

  await page.locator('[data-test=uncovered-by]').getByText('无定点医药机构库存').click()
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${await uncovered('INSTITUTIONS')} 条`)
  await page.locator('[data-test=uncovered-by]').getByText('两方都没有库存').click()
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${await uncovered('BOTH')} 条`)
  await page.locator('[data-test=coverage-unit]').getByText('按品种').click()
  await expect(page.locator('[data-test=coverage-chart] canvas')).toBeVisible()

  // A prefecture official sees only their prefecture.
  await page.locator('[data-test=logout]').click()
  const k = (await api.gql('kashi_official', '{ supplyCoverage { total { coveredCodes } byPrefecture { key } } }')).supplyCoverage
  expect(k.byPrefecture.map((p: { key: string }) => p.key)).toEqual(['653100'])
  await login(page, 'kashi_official', '/analysis/coverage')
  await expect(page.locator('[data-test=total-covered-codes]')).toHaveText(String(k.total.coveredCodes))
  await expect(page.locator('[data-test^=cov-label-]')).toHaveCount(1)
  await expect(page.locator('[data-test=cov-label-653100]')).toHaveText('喀什地区')
})

test('supply trend (SUP-40) charts the default period and shows the server\'s coded range errors', async ({ page, request }) => {
  const api = new Api(request)
  await login(page, 'xj_admin', '/analysis/trend')
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/)
  const url = new URL(page.url())
  const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!]
  const trend = (await api.gql('xj_admin', 'query($f: Date, $t: Date) { supplyTrend(from: $f, to: $t) { start end points { suppliedCodes institutionSold enterpriseSupplied } } }', { f: from, t: to })).supplyTrend
  expect(trend.points.some((p: { suppliedCodes: number }) => p.suppliedCodes > 0), 'the default period has demo data').toBe(true)
  await expect(page.locator('[data-test=trend-window]')).toHaveText(`${trend.start} 至 ${trend.end}`)
  await expect(page.locator('[data-test=trend-chart] canvas')).toBeVisible()
  const sum = (k: string) => trend.points.reduce((n: number, p: Record<string, string>) => n + Number(p[k]), 0)
  await expect(page.locator('[data-test=trend-sold]')).toHaveText(qty(sum('institutionSold')))
  await expect(page.locator('[data-test=trend-supplied]')).toHaveText(qty(sum('enterpriseSupplied')))
  expect(await shownRange(page)).toEqual([from, to])
  await shot(page, '61-analysis-trend-daily')

  // Weekly over the same period, through the form.
  await page.locator('[data-test=granularity]').getByText('按周').click()
  await page.locator('[data-test=trend-search]').click()
  await expect(page).toHaveURL(/granularity=WEEK/)
  await expect(page.locator('[data-test=trend-chart] canvas')).toBeVisible()
  const weekly = (await api.gql('xj_admin', 'query($f: Date, $t: Date) { supplyTrend(from: $f, to: $t, granularity: WEEK) { points { start } } }', { f: from, t: to })).supplyTrend
  await expect(page.locator('[data-test=trend-table] tbody tr').first()).toContainText(weekly.points[0].start)

  // More than 93 days by day: the server's RANGE_TOO_LONG, with its message; a future end: FUTURE_DATE.
  await page.goto(`analysis/trend?from=2026-01-01&to=${to}&granularity=DAY`)
  await expect(page.locator('[data-test=trend-error-reason]')).toHaveText('RANGE_TOO_LONG')
  await expect(page.locator('[data-test=trend-error-message]')).toContainText('日期范围最多 93 天')
  await expect(page.locator('[data-test=trend-hint]')).toBeVisible()
  await expect(page.locator('[data-test=trend-chart]')).toHaveCount(0)
  await shot(page, '62-analysis-trend-range-error')
  await page.goto('analysis/trend?from=2099-01-01&to=2099-01-02&granularity=DAY')
  await expect(page.locator('[data-test=trend-error-reason]')).toHaveText('FUTURE_DATE')
  await page.goto(`analysis/trend?from=${to}&to=${from}&granularity=DAY`)
  await expect(page.locator('[data-test=trend-error-reason]')).toHaveText('INVALID_RANGE')
})

test('per-drug supply analysis (SUP-41): pick a demo drug, breakdown, suppliers, institutions and ranking', async ({ page, request }) => {
  const api = new Api(request)
  await login(page, 'xj_admin', '/analysis/drug')
  const [from, to] = await shownRange(page)
  const ranking = (await api.gql('xj_admin', 'query($f: Date, $t: Date) { drugSupplyRanking(first: 3, from: $f, to: $t) { totalCount nodes { value drug { code genericName } } } }', { f: from, t: to })).drugSupplyRanking
  await expect(page.locator('[data-test=ranking] [data-test=pager]')).toContainText(`共 ${ranking.totalCount} 条`)
  await expect(page.locator('[data-test=rank-code]').first()).toHaveText(ranking.nodes[0].drug.code)
  await expect(page.locator('[data-test=rank-value]').first()).toHaveText(qty(ranking.nodes[0].value))

  const code = ranking.nodes[1].drug.code as string
  const a = (await api.gql('xj_admin', `query($c: String, $f: Date, $t: Date) { drugSupplyAnalysis(code: $c, from: $f, to: $t) {
    breakdown { total { enterpriseSupplied institutionReceived institutionSold institutionOnHand stockingInstitutions }
      byPrefecture { key institutionReceived } }
    suppliers { totalCount } institutions { totalCount } } }`, { c: code, f: from, t: to })).drugSupplyAnalysis
  await page.locator('[data-test=drug-picker]').click()
  await page.keyboard.type(code.slice(0, 12))
  await page.locator('[data-test=drug-option]', { hasText: code }).click()
  await page.locator('[data-test=analysis-search]').click()
  await expect(page).toHaveURL(new RegExp(`code=${code}`))
  await expect(page.locator('[data-test=analysis-code]')).toHaveText(code)
  const t = a.breakdown.total
  await expect(page.locator('[data-test=total-supplied]')).toHaveText(qty(t.enterpriseSupplied))
  await expect(page.locator('[data-test=total-received]')).toHaveText(qty(t.institutionReceived))
  await expect(page.locator('[data-test=total-sold]')).toHaveText(qty(t.institutionSold))
  await expect(page.locator('[data-test=total-onhand]')).toHaveText(qty(t.institutionOnHand))
  await expect(page.locator('[data-test=total-stocking]')).toHaveText(String(t.stockingInstitutions))
  for (const p of a.breakdown.byPrefecture) await expect(page.locator(`[data-test=pref-received-${p.key}]`)).toHaveText(qty(p.institutionReceived))
  await expect(page.locator('[data-test=breakdown-chart] canvas')).toBeVisible()
  await expect(page.locator('[data-test=suppliers] [data-test=pager]')).toContainText(`共 ${a.suppliers.totalCount} 条`)
  await expect(page.locator('[data-test=institutions] [data-test=pager]')).toContainText(`共 ${a.institutions.totalCount} 条`)
  await shot(page, '63-analysis-drug')

  // "分析" on the ranking's first row analyses that drug.
  await page.locator('[data-test=rank-analyse]').first().click()
  await expect(page.locator('[data-test=analysis-code]')).toHaveText(ranking.nodes[0].drug.code)
})

test('shortage list (SUP-43): xj_admin adds and removes a member with userErrors shown; wlmq_official reads only', async ({ page, request }) => {
  const api = new Api(request)
  const members = async () => (await api.gql('xj_admin', '{ focusListMembers(kind: SHORTAGE, first: 100) { totalCount nodes { drug { code } } } }')).focusListMembers
  const before = await members()
  const listed = new Set(before.nodes.map((n: { drug: { code: string } | null }) => n.drug?.code))
  const candidates = (await api.gql('xj_admin', '{ drugSupplyRanking(first: 20) { nodes { drug { code } } } }')).drugSupplyRanking.nodes
  const code = candidates.map((n: { drug: { code: string } }) => n.drug.code).find((c: string) => !listed.has(c)) as string

  await login(page, 'xj_admin', '/analysis/shortage')
  await expect(page.locator('[data-test=focus-title]')).toHaveText('短缺药供应分析')
  await expect(page.locator('[data-test=list-name]')).toHaveText('短缺药品清单')
  await expect(page.locator('[data-test=member-count]')).toHaveText(String(before.totalCount))
  await expect(page.locator('[data-test=members] [data-test=member-code]')).toHaveCount(before.totalCount)
  await expect(page.locator('[data-test=reach-chart] canvas')).toBeVisible()

  // An unknown code: the server's userError, nothing added.
  await page.locator('input[data-test=add-codes]').fill('XX0000000000000000000000')
  await page.locator('[data-test=add-submit]').click()
  await expect(page.locator('[data-test=user-error]')).toContainText('不在药品主数据中')
  await expect(page.locator('[data-test=user-error]')).toContainText('DRUG_NOT_FOUND')
  await page.locator('[data-test=add-form]').scrollIntoViewIfNeeded()
  await shot(page, '64-analysis-shortage-add-error')

  await page.locator('input[data-test=add-codes]').fill(code.toLowerCase())
  await page.locator('input[data-test=add-note]').fill('端到端测试')
  await page.locator('[data-test=add-submit]').click()
  await expect(page.locator('[data-test=user-error]')).toHaveCount(0)
  await expect(page.locator('[data-test=member-count]')).toHaveText(String(before.totalCount + 1))
  expect((await members()).totalCount).toBe(before.totalCount + 1)
  const row = page.locator('[data-test=members] tbody tr', { hasText: code })
  await expect(row).toContainText('端到端测试')
  await row.scrollIntoViewIfNeeded()
  await shot(page, '65-analysis-shortage-added')

  await row.locator('[data-test=member-remove] button').click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=member-count]')).toHaveText(String(before.totalCount))
  await expect(page.locator('[data-test=members] tbody tr', { hasText: code })).toHaveCount(0)
  expect((await members()).totalCount).toBe(before.totalCount)

  // A prefecture official sees the region's list read-only, with their own area's figures.
  await page.locator('[data-test=logout]').click()
  await login(page, 'wlmq_official', '/analysis/shortage')
  await expect(page.locator('[data-test=read-only]')).toBeVisible()
  await expect(page.locator('[data-test=member-count]')).toHaveText(String(before.totalCount))
  await expect(page.locator('[data-test=add-form]')).toHaveCount(0)
  await expect(page.locator('[data-test=member-remove]')).toHaveCount(0)
  const reach = (await api.gql('wlmq_official', '{ focusListAnalysis(kind: SHORTAGE) { reach { key stockingInstitutions } } }')).focusListAnalysis.reach
  expect(reach.map((r: { key: string }) => r.key)).toEqual(['*', '650100'])
  await expect(page.locator('[data-test=reach-stocking-650100]')).toHaveText(String(reach[1].stockingInstitutions))
  await shot(page, '66-analysis-shortage-prefecture-readonly')
})

test('selected, high-frequency and rare-disease pages (SUP-42/44/45) show the API figures', async ({ page, request }) => {
  const api = new Api(request)
  await login(page, 'xj_admin', '/analysis/selected')
  const selected = (await api.gql('xj_admin', '{ focusListMembers(kind: SELECTED) { totalCount } }')).focusListMembers.totalCount
  await expect(page.locator('[data-test=member-count]')).toHaveText(String(selected))

  await page.locator('[data-test="menu-analysis-high-frequency"]').click()
  await expect(page.locator('[data-test=focus-title]')).toHaveText('高频药供应分析')
  const [from, to] = await shownRange(page)
  const sugg = (await api.gql('xj_admin', 'query($f: Date, $t: Date) { highFrequencySuggestions(from: $f, to: $t, first: 20) { listed drug { code } } }', { f: from, t: to })).highFrequencySuggestions
  await expect(page.locator('[data-test=suggestion-code]')).toHaveCount(sugg.length)
  await expect(page.locator('[data-test=suggestion-code]').first()).toHaveText(sugg[0].drug.code)
  await expect(page.locator('[data-test=suggestion-add]')).toHaveCount(sugg.filter((s: { listed: boolean }) => !s.listed).length)
  await page.locator('[data-test=suggestions]').scrollIntoViewIfNeeded()
  await shot(page, '67-analysis-high-frequency-suggestions')

  await page.locator('[data-test="menu-analysis-rare-disease"]').click()
  await expect(page.locator('[data-test=focus-title]')).toHaveText('罕见病药品供应分析')
  const rare = (await api.gql('xj_admin', '{ focusListAnalysis(kind: RARE_DISEASE) { reach { key label stockingInstitutions } members { totalCount } } }')).focusListAnalysis
  await expect(page.locator('[data-test=member-count]')).toHaveText(String(rare.members.totalCount))
  for (const r of rare.reach) await expect(page.locator(`[data-test="reach-stocking-${r.key}"]`)).toHaveText(String(r.stockingInstitutions))
  await expect(page.locator('[data-test=reach-table]')).toContainText('可诊治（有药）的机构')
  await expect(page.locator('[data-test=member-name]').first()).toContainText('（品种）')
  await shot(page, '68-analysis-rare-disease')
})

const FILE = `query($id: ID!, $f: Date, $t: Date) { drug(id: $id) {
  operationFile { trade { wholesalers stockQty } wholesalers { totalCount } distribution { totalCount } orders { totalCount } }
  supplyFile {
    sales(from: $f, to: $t) { total { institutionSold hospitalSold } byPrefecture { key institutionSold } }
    salesByInstitution(from: $f, to: $t) { totalCount }
    sameGenericSales(from: $f, to: $t) { drug { code } }
    supply(from: $f, to: $t) { total { institutionOnHand stockingInstitutions } byPrefecture { key institutionOnHand } }
    supplyByInstitution(from: $f, to: $t) { totalCount }
    disclosure { total { institutions hospitals pharmacies } byPrefecture { key institutions } }
  } } }`

test('drug file tabs (DRUG-22…27) show the API figures, and a prefecture official only their area', async ({ page, request }) => {
  const api = new Api(request)
  const top = (await api.gql('xj_admin', '{ drugSupplyRanking(first: 1, by: SALE_RECORDS) { nodes { drug { id code } } } }')).drugSupplyRanking.nodes[0].drug
  await login(page, 'xj_admin', `/drugs/${top.id}`)
  await expect(page.locator('[data-test=drug-detail-code]')).toHaveText(top.code)

  await page.locator('#tab-PRODUCTION').click()
  const pane = page.locator('[data-test=section-production]')
  await expect(pane.locator('[data-test=trade-wholesalers]')).toBeVisible()
  let f = (await api.gql('xj_admin', FILE, { id: top.id })).drug
  await expect(pane.locator('[data-test=trade-wholesalers]')).toHaveText(String(f.operationFile.trade.wholesalers))
  await expect(pane.locator('[data-test=trade-stock]')).toHaveText(qty(f.operationFile.trade.stockQty))
  await expect(pane.locator('[data-test=pager]')).toContainText(`共 ${f.operationFile.wholesalers.totalCount} 条`)
  await shot(page, '69-drug-file-production')

  await page.locator('#tab-PROCUREMENT').click()
  await expect(page.locator('[data-test=section-procurement] [data-test=distribution] [data-test=pager]')).toContainText(`共 ${f.operationFile.distribution.totalCount} 条`)
  await expect(page.locator('[data-test=section-procurement] [data-test=orders] [data-test=pager]')).toContainText(`共 ${f.operationFile.orders.totalCount} 条`)

  await page.locator('#tab-SALES').click()
  const sales = page.locator('[data-test=section-sales]')
  const [from, to] = await shownRange(page, sales)
  f = (await api.gql('xj_admin', FILE, { id: top.id, f: from, t: to })).drug
  await expect(sales.locator('[data-test="sales-sold-*"]')).toHaveText(qty(f.supplyFile.sales.total.institutionSold))
  await expect(sales.locator('[data-test="sales-hsold-*"]')).toHaveText(qty(f.supplyFile.sales.total.hospitalSold))
  for (const p of f.supplyFile.sales.byPrefecture) await expect(sales.locator(`[data-test=sales-sold-${p.key}]`)).toHaveText(qty(p.institutionSold))
  await expect(sales.locator('[data-test=sales-chart] canvas')).toBeVisible()
  await expect(sales.locator('[data-test=sales-institutions] [data-test=pager]')).toContainText(`共 ${f.supplyFile.salesByInstitution.totalCount} 条`)
  await expect(sales.locator('[data-test=same-generic] tbody tr')).toHaveCount(f.supplyFile.sameGenericSales.length)
  await shot(page, '70-drug-file-sales')

  await page.locator('#tab-SUPPLY').click()
  const supply = page.locator('[data-test=section-supply]')
  await expect(supply.locator('[data-test="supply-onhand-*"]')).toHaveText(qty(f.supplyFile.supply.total.institutionOnHand))
  await expect(supply.locator('[data-test="supply-stocking-*"]')).toHaveText(String(f.supplyFile.supply.total.stockingInstitutions))
  await expect(supply.locator('[data-test=supply-institutions] [data-test=pager]')).toContainText(`共 ${f.supplyFile.supplyByInstitution.totalCount} 条`)
  await shot(page, '71-drug-file-supply')

  await page.locator('#tab-DISCLOSURE').click()
  const disc = page.locator('[data-test=section-disclosure]')
  await expect(disc.locator('[data-test=disclosure-total]')).toHaveText(String(f.supplyFile.disclosure.total.institutions))
  await expect(disc.locator('[data-test=disclosure-hospitals]')).toHaveText(String(f.supplyFile.disclosure.total.hospitals))
  for (const p of f.supplyFile.disclosure.byPrefecture) await expect(disc.locator(`[data-test=disc-institutions-${p.key}]`)).toHaveText(String(p.institutions))
  await expect(disc.locator('[data-test=disclosure-query-count]')).toHaveText(/^\d+$/)
  await shot(page, '72-drug-file-disclosure')

  await page.locator('#tab-TRACEABILITY').click()
  await expect(page.locator('[data-test=section-traceability] [data-test=trace-count]')).toHaveText(/^\d+$/)

  // kashi_official: the same drug's figures for 喀什地区 only.
  await page.locator('[data-test=logout]').click()
  await login(page, 'kashi_official', `/drugs/${top.id}`)
  await page.locator('#tab-SUPPLY').click()
  const kSupply = page.locator('[data-test=section-supply]')
  const [kf, kt] = await shownRange(page, kSupply)
  const k = (await api.gql('kashi_official', FILE, { id: top.id, f: kf, t: kt })).drug
  expect(k.supplyFile.supply.byPrefecture.map((p: { key: string }) => p.key)).toEqual(['653100'])
  await expect(kSupply.locator('[data-test="supply-onhand-*"]')).toHaveText(qty(k.supplyFile.supply.total.institutionOnHand))
  await expect(kSupply.locator('[data-test^=supply-label-]')).toHaveText(['合计', '喀什地区'])
  await expect(kSupply.locator('[data-test=supply-institutions] [data-test=pager]')).toContainText(`共 ${k.supplyFile.supplyByInstitution.totalCount} 条`)
  expect(k.supplyFile.supplyByInstitution.totalCount).toBeLessThan(f.supplyFile.supplyByInstitution.totalCount)
  await shot(page, '73-drug-file-supply-prefecture')
  await page.locator('#tab-DISCLOSURE').click()
  await expect(page.locator('[data-test=disclosure-total]')).toHaveText(String(k.supplyFile.disclosure.total.institutions))
  await expect(page.locator('[data-test^=disc-label-]')).toHaveText(['合计', '喀什地区'])
})
