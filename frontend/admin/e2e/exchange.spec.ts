import type { Page } from '@playwright/test'
import { xlsx } from './files.ts'
import { Api, expect, login, shot, test } from './helpers.ts'

// Exchange pages against the real API: a wholesaler's 报盘 with a bad row (DRUG-15/16/18), the offers institutions see
// (SUP-06), delivery statistics and order lines (SUP-09), and the Excel 进销存 upload with Excel line numbers.

const OFFER_HEADER = ['药品代码', '药品名称', '库存数量', '最新采购价格（元）', '最新采购日期', '库存日期', '挂网状态', '挂网ID', '最新挂网价格（元）', '挂网类别']
const STOCK_HEADER = ['药品代码', '业务日期', '进货数量', '销售数量', '库存数量', '在途数量']
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())

async function codes(api: Api, n: number, offset: number): Promise<string[]> {
  const r = await api.gql('xj_admin', `query($n: Int!, $o: Int!) { drugs(first: $n, offset: $o, sort: CODE_ASC) { nodes { code } } }`, { n, o: offset })
  return r.drugs.nodes.map((d: { code: string }) => d.code)
}

/** The "共 N 条" total of the page's pager. */
async function pagerTotal(page: Page): Promise<string> {
  return (await page.locator('[data-test=pager] .el-pagination__total').first().innerText()).replace(/\s/g, '')
}

test('wholesaler 报盘: downloads, upload with a bad row, per-row reason, export, re-upload of the fixed row', async ({ page, request }) => {
  const api = new Api(request)
  const [a, b, c] = await codes(api, 3, 300)
  const day = today()
  const rows = [
    [a, '', 120, 8.5, day, day, '已挂网', 'GW-E2E-1', 9.2],
    [b, '', 40, 12.3, day, day, '', '', null],
    [c, '', -3, 6, day, day, '', '', null], // line 4: negative stock
  ]

  await login(page, 'xj_wholesaler')
  await expect(page).toHaveURL(/\/home$/)
  await page.locator('[data-test=menu-exchange-wholesale]').click()
  await expect(page).toHaveURL(/\/exchange\/wholesale$/)
  for (const [button, name] of [['download-template', /\.xlsx$/], ['download-drug-table', /\.xlsx$/]] as const) {
    const download = page.waitForEvent('download')
    await page.locator(`[data-test=${button}]`).click()
    expect((await download).suggestedFilename()).toMatch(name)
  }
  // Not the template: refused at once with the server's reason.
  await page.locator('[data-test=xlsx-upload] input[type=file]').setInputFiles({ name: '乱填.xlsx', mimeType: 'application/octet-stream', buffer: xlsx([['名称', '数量'], ['x', 1]]) })
  await page.locator('[data-test=start-upload]').click()
  await expect(page.locator('.el-form-item__error, [data-test=user-error]').first()).toContainText('表头')

  await page.locator('[data-test=xlsx-upload] input[type=file]').setInputFiles({ name: 'E2E报盘.xlsx', mimeType: 'application/octet-stream', buffer: xlsx([OFFER_HEADER, ...rows], '药品上传') })
  await shot(page, '49-wholesale-upload-form')
  await page.locator('[data-test=start-upload]').click()
  await expect(page).toHaveURL(/\/exchange\/wholesale\/[^/]+$/)
  const uploadId = decodeURIComponent(page.url().split('/exchange/wholesale/')[1])
  await expect(page.locator('[data-test=upload-state]')).toHaveAttribute('data-state', 'FAILED', { timeout: 45_000 })
  await expect(page.locator('[data-test=upload-summary]')).toContainText('共 3 行 · 成功 2 行 · 失败 1 行')
  await page.locator('[data-test=row-status]').getByText('失败').click()
  const bad = page.locator('[data-test=data-table] tbody tr')
  await expect(bad).toHaveCount(1)
  await expect(bad.first()).toContainText('4')
  await expect(bad.first().locator('[data-test=row-problem]')).toContainText('不能为负数')
  await shot(page, '50-wholesale-row-results')
  const r = await api.gql('xj_wholesaler', 'query($id: ID!) { wholesaleUploadRows(uploadId: $id, status: FAILED) { nodes { rowNo problems { message } } } }', { id: uploadId })
  expect(r.wholesaleUploadRows.nodes).toEqual([{ rowNo: 4, problems: [{ message: expect.stringContaining('不能为负数') }] }])

  for (const button of ['export-all', 'export-failed']) {
    const download = page.waitForEvent('download')
    await page.locator(`[data-test=${button}]`).click()
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)
  }

  // Re-upload only the corrected row (as an exported failed-rows file would be).
  await page.locator('[data-test=resubmit-form] input[type=file]').setInputFiles({ name: 'E2E报盘-修正.xlsx', mimeType: 'application/octet-stream', buffer: xlsx([OFFER_HEADER, [c, '', 3, 6, day, day, '', '', null]]) })
  await page.locator('[data-test=resubmit]').click()
  await expect(page.locator('[data-test=upload-state]')).toHaveAttribute('data-state', 'SUCCEEDED', { timeout: 45_000 })
  await expect(page.locator('[data-test=upload-summary]')).toContainText('第 2 次上传 · 共 1 行 · 成功 1 行 · 失败 0 行 · 历次累计入库 3 行')
  await shot(page, '51-wholesale-resubmitted')

  // The offers are visible to institutions (SUP-06), with the uploaded stock.
  await login(page, 'xj_hospital', '/exchange/offers')
  await page.locator('input[data-test=offer-code]').fill(c)
  await page.locator('[data-test=search]').click()
  await expect(page.locator('[data-test=data-table] tbody tr').first()).toContainText(c)
  const offers = await api.gql('xj_hospital', 'query($c: String) { wholesaleOffers(filter: {drugCode: $c, inStock: true}) { totalCount } }', { c })
  expect(await pagerTotal(page)).toBe(`共${offers.wholesaleOffers.totalCount}条`)
  await shot(page, '52-offers-for-institutions')
})

test('delivery statistics equal the API; drill down to a distributor\'s orders; a distributor sees its own', async ({ page, request }) => {
  const api = new Api(request)
  const stats = await api.gql('xj_admin', `{ distributorDeliveryStats(first: 20) { totalCount nodes { distributor { id name } orders lines deliveryRate onTimeRate } } }`)
  await login(page, 'xj_admin', '/exchange/deliveries')
  await expect(page.locator('[data-test=data-table] tbody tr')).toHaveCount(stats.distributorDeliveryStats.nodes.length)
  expect(await pagerTotal(page)).toBe(`共${stats.distributorDeliveryStats.totalCount}条`)
  const pct = (v: string | null) => (v == null ? '—' : `${(Number(v) * 100).toFixed(1)}%`)
  for (const n of stats.distributorDeliveryStats.nodes) {
    const tr = page.locator('[data-test=data-table] tbody tr', { hasText: n.distributor.name })
    await expect(tr.locator('[data-test=delivery-rate]')).toHaveText(pct(n.deliveryRate))
    await expect(tr.locator('[data-test=on-time-rate]')).toHaveText(pct(n.onTimeRate))
    await expect(tr.locator('td').nth(1)).toHaveText(String(n.orders))
    await expect(tr.locator('td').nth(2)).toHaveText(String(n.lines))
  }
  await shot(page, '53-delivery-stats')
  const busiest = stats.distributorDeliveryStats.nodes.find((n: { lines: number }) => n.lines > 0)
  await page.locator('[data-test=data-table] tbody tr', { hasText: busiest.distributor.name }).locator('[data-test=distributor-link]').click()
  await expect(page).toHaveURL(/\/exchange\/delivery-orders\?distributorId=/)
  await expect(page.locator('[data-test=distributor-name]')).toHaveText(busiest.distributor.name)
  expect(await pagerTotal(page)).toBe(`共${busiest.lines}条`)
  await shot(page, '54-delivery-orders-drilldown')

  const own = await api.gql('xj_distributor', '{ deliveryOrders(first: 1) { totalCount } }')
  await login(page, 'xj_distributor')
  await page.locator('[data-test=menu-exchange-delivery-orders]').click()
  await expect(page.locator('[data-test=data-table] tbody tr').first()).toBeVisible()
  expect(await pagerTotal(page)).toBe(`共${own.deliveryOrders.totalCount}条`)
})

test('Excel 进销存 upload: errors with Excel line numbers, nothing imported; the corrected file imports', async ({ page, request }) => {
  const api = new Api(request)
  const [a, b] = await codes(api, 2, 400)
  const day = today()
  await login(page, 'xj_pharmacy', '/exchange/stock-upload')
  const download = page.waitForEvent('download')
  await page.locator('[data-test=download-template]').click()
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)

  const bad = [STOCK_HEADER, [a, day, 10, 2, 30, null], [b, day, 5, -1, 12, null]]
  await page.locator('[data-test=xlsx-upload] input[type=file]').setInputFiles({ name: '进销存.xlsx', mimeType: 'application/octet-stream', buffer: xlsx(bad, '进销存') })
  await page.locator('[data-test=start-upload]').click()
  const errors = page.locator('[data-test=row-errors] tbody tr')
  await expect(errors.first()).toBeVisible()
  await expect(errors.first().locator('td').first()).toHaveText('3')
  await shot(page, '55-stock-upload-row-errors')

  const good = [STOCK_HEADER, [a, day, 10, 2, 30, null], [b, day, 5, 1, 12, null]]
  await page.locator('[data-test=xlsx-upload] input[type=file]').setInputFiles({ name: '进销存-修正.xlsx', mimeType: 'application/octet-stream', buffer: xlsx(good, '进销存') })
  await page.locator('[data-test=start-upload]').click()
  await expect(page.locator('[data-test=upload-success]')).toContainText('2 行')
  await expect(page.locator('[data-test=row-errors]')).toHaveCount(0)
})

test('Excel delivery upload by a distributor (SUP-09): a row error by Excel line, then the corrected file imports', async ({ page, request }) => {
  const api = new Api(request)
  const [a, b] = await codes(api, 2, 410)
  const hospital = (await api.gql('xj_hospital', '{ me { organisation { code } } }')).me.organisation.code as string
  const day = today()
  const header = ['订单号', '订购机构代码', '药品代码', '订购数量', '已配送数量', '配送状态', '下单日期', '要求送达日期', '实际送达日期']
  const order = `E2E-${Date.now()}`
  await login(page, 'xj_distributor', '/exchange/delivery-upload')
  const download = page.waitForEvent('download')
  await page.locator('[data-test=download-template]').click()
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)

  const bad = [header, [order, hospital, a, 10, 12, '已送达', day, null, day], [order, hospital, b, 5, 0, '配送中', day, null, null]]
  await page.locator('[data-test=xlsx-upload] input[type=file]').setInputFiles({ name: '配送.xlsx', mimeType: 'application/octet-stream', buffer: xlsx(bad, '配送订单') })
  await page.locator('[data-test=start-upload]').click()
  const errors = page.locator('[data-test=row-errors] tbody tr')
  await expect(errors.first().locator('td').first()).toHaveText('2')
  await expect(errors.first()).toContainText('OVER_DELIVERED')

  const good = [header, [order, hospital, a, 10, 10, '已送达', day, null, day], [order, hospital, b, 5, 0, '配送中', day, null, null]]
  await page.locator('[data-test=xlsx-upload] input[type=file]').setInputFiles({ name: '配送-修正.xlsx', mimeType: 'application/octet-stream', buffer: xlsx(good, '配送订单') })
  await page.locator('[data-test=start-upload]').click()
  await expect(page.locator('[data-test=upload-success]')).toContainText('2 行')
  await shot(page, '56-delivery-upload-done')
  const lines = await api.gql('xj_distributor', 'query($n: String) { deliveryOrders(first: 10, filter: { orderNo: $n }) { totalCount } }', { n: order })
  expect(lines.deliveryOrders.totalCount).toBe(2)
})
