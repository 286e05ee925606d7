import { readFileSync } from 'node:fs'
import { Api, choose, expect, login, shot, test } from './helpers.ts'

test('drug search by pinyin initials, column sorting and paging match the server', async ({ page, request }) => {
  const api = new Api(request)
  const expected = await api.gql('xj_admin', '{ drugs(first: 1, filter: {search: "amxl"}) { totalCount } }')
  const total = expected.drugs.totalCount as number
  expect(total).toBeGreaterThan(0)

  await login(page, 'xj_admin', '/drugs')
  await page.locator('input[data-test=search]').fill('amxl')
  await page.locator('button[data-test=do-search]').click()
  await expect(page).toHaveURL(/q=amxl/)
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${total} 条`)
  const names = page.locator('[data-test=drug-name]')
  await expect(names.first()).toContainText('阿莫西林')
  for (const n of await names.allTextContents()) expect(n).toMatch(/^阿莫西林/)
  for (const i of await page.locator('[data-test=drug-initials]').allTextContents()) expect(i).toMatch(/^amxl/)
  await shot(page, '02-drugs-search-amxl')

  // Sort by code, descending: the server's order, reflected in the URL (reloadable).
  const codes = page.locator('[data-test=drug-code]')
  await page.locator('th', { hasText: '药品代码' }).click() // ascending is already the default → descending
  await expect(page).toHaveURL(/sort=CODE_DESC/)
  await expect(async () => {
    const got = await codes.allTextContents()
    expect(got.length).toBe(Math.min(total, 20))
    expect([...got].sort().reverse()).toEqual(got)
  }).toPass()
  await page.reload()
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${total} 条`)
  await expect(page.locator('th.descending', { hasText: '药品代码' })).toBeVisible()

  // Paging over the whole master data: page 2 shows the next 20 codes in order.
  await page.goto('drugs')
  await expect(codes).toHaveCount(20)
  const firstPage = await codes.allTextContents()
  await page.locator('[data-test=pager] .el-pager li', { hasText: /^2$/ }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(codes.first()).not.toHaveText(firstPage[0])
  const secondPage = await codes.allTextContents()
  expect(secondPage[0] > firstPage[19]).toBe(true)
})

test('filter by tag and export the filtered list to Excel', async ({ page, request }) => {
  const api = new Api(request)
  const tags = await api.gql('xj_admin', '{ tags { id name } }')
  const tag = (tags.tags as { id: string; name: string }[]).find((t) => t.name === '谈判药品')!
  expect(tag).toBeTruthy()
  const expected = await api.gql('xj_admin', 'query($t: ID) { drugs(first: 1, filter: {tagId: $t}) { totalCount } }', { t: tag.id })
  const total = expected.drugs.totalCount as number
  expect(total).toBeGreaterThan(0)

  await login(page, 'xj_admin', '/drugs')
  await choose(page, page.locator('[data-test=tag-filter]'), '谈判药品')
  await page.locator('button[data-test=do-search]').click()
  await expect(page).toHaveURL(/tag=/)
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${total} 条`)
  const rows = page.locator('[data-test=data-table] tbody tr')
  await expect(rows.first()).toContainText('谈判药品')
  for (const row of (await rows.all()).slice(0, 5)) await expect(row.locator('[data-test=drug-tag]', { hasText: '谈判药品' })).toHaveCount(1)
  await shot(page, '03-drugs-tag-filter')

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-test=export]').click()])
  expect(download.suggestedFilename()).toMatch(/^药品主数据.*\.xlsx$/)
  const path = await download.path()
  const bytes = readFileSync(path)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK') // an .xlsx is a zip file
  await expect(page.locator('.el-message--success', { hasText: `已导出 ${total} 条药品` })).toBeVisible()
})

test('one drug, one file: basic information, package insert editing and tags', async ({ page, request }) => {
  const api = new Api(request)
  const found = await api.gql('xj_admin', '{ drugs(first: 1, filter: {search: "amxl"}) { nodes { id code genericName } } }')
  const drug = found.drugs.nodes[0] as { id: string; code: string; genericName: string }

  await login(page, 'xj_admin', '/drugs?q=amxl')
  await page.locator('[data-test=drug-code]', { hasText: drug.code }).click()
  await expect(page.locator('[data-test=drug-detail-code]')).toHaveText(drug.code)
  await expect(page.getByRole('tab', { name: '药品基本信息' })).toHaveAttribute('aria-selected', 'true')
  // DRUG-22…27 come from supply data now (analysis.spec.ts checks their figures): enabled tabs, none "暂未提供".
  await expect(page.getByRole('tab', { name: '生产经营信息' })).not.toHaveClass(/is-disabled/)
  await expect(page.getByRole('tab', { name: /暂未提供/ })).toHaveCount(0)
  await shot(page, '13-drug-archive-basic')

  await page.getByRole('tab', { name: '药品说明书信息' }).click()
  await page.locator('[data-test=edit-insert]').click()
  const method = `口服，餐后服用（端到端 ${Date.now() % 100000}）`
  await page.locator('.el-form-item', { hasText: '使用方法' }).locator('input').fill(method)
  await page.locator('[data-test=save-insert]').click()
  await expect(page.locator('[data-test=package-insert]')).toContainText(method)
  const saved = await api.gql('xj_admin', 'query($id: ID!) { drug(id: $id) { packageInsert { method } } }', { id: drug.id })
  expect(saved.drug.packageInsert.method).toBe(method)

  await page.getByRole('tab', { name: '业务标签' }).click()
  await expect(page.locator('[data-test=drug-tags]')).toContainText('谈判药品')
  await shot(page, '14-drug-archive-tags')
})
