import { Api, dialog, expect, login, shot, test } from './helpers.ts'

// PUB-19 / DRUG-27: a catalog maintainer loads the traceability platform's 药品标识码 file; the job registers new 标识码
// and rewrites changed ones, the registry finds them by prefix, and the drug's 追溯信息 section lists them.

const HEADER = ['药品标识码', '药品代码', '药品本位码', '包装说明']

function csv(rows: string[][], header = HEADER): Buffer {
  const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')
  return Buffer.from('\uFEFF' + [header, ...rows].map(line).join('\n') + '\n', 'utf8')
}

const COUNT = 'query($p: String) { traceProducts(prefix: $p, first: 1) { totalCount } }'

/** A random 6-digit stem no 标识码 starts with yet (the demo data's begin with 8; other tests use their own). */
async function freeStem(api: Api): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const stem = '5' + String(Math.floor(Math.random() * 100000)).padStart(5, '0')
    if ((await api.gql('xj_admin', COUNT, { p: stem })).traceProducts.totalCount === 0) return stem
  }
  throw new Error('no free 标识码 stem found')
}

test('a maintainer loads a 药品标识码 file: a row error, then the valid rows; the registry and the drug show them', async ({ page, request }) => {
  const api = new Api(request)
  const drug = (await api.gql('xj_admin', '{ drugs(first: 1, offset: 1234, sort: CODE_ASC) { nodes { id code genericName } } }')).drugs.nodes[0] as
    { id: string; code: string; genericName: string }
  expect(drug, 'a demo drug').toBeTruthy()
  const stem = await freeStem(api)
  const [first, second] = [`${stem}1`, `${stem}2`]
  const stamp = Date.now().toString(36).slice(-4).toUpperCase()
  const note = `10片/盒（${stamp}）`
  const file = csv([
    [first, drug.code, '', note],
    [second, drug.code, '', ''],
    [stem, drug.code, '', ''], // 6 digits: not a 标识码
  ])

  await login(page, 'xj_admin', '/catalog/trace-import')
  await expect(page.locator('[data-test=menu-catalog-trace-import]')).toHaveClass(/is-active/)
  await expect(page.locator('[data-test=trace-import-title]')).toContainText('药品标识码')
  await expect(page.locator('[data-test=template]')).toHaveAttribute('download', '药品标识码-模板.csv')
  // The server checks the columns before queueing; its userError is shown at the file field.
  await page.locator('.el-upload input[type=file]').setInputFiles({ name: '缺列标识码.csv', mimeType: 'text/csv', buffer: csv([[first, '名称']], ['药品标识码', '名称']) })
  await page.locator('button[data-test=start-import]').click()
  await expect(page.locator('.el-form-item__error')).toContainText('药品代码')
  await expect(page).toHaveURL(/\/catalog\/trace-import$/)
  await shot(page, '90-trace-import-missing-column')

  await page.locator('.el-upload input[type=file]').setInputFiles({ name: `药品标识码${stamp}.csv`, mimeType: 'text/csv', buffer: file })
  await page.locator('button[data-test=start-import]').click()
  await expect(page).toHaveURL(/\/catalog\/trace-imports\//)
  await expect(page.locator('[data-test=menu-catalog-trace-import]')).toHaveClass(/is-active/)
  await expect(page.locator('[data-test=import-title]')).toHaveText(`标识码导入任务：药品标识码${stamp}.csv`)
  await expect(page.locator('[data-test=import-kind]')).toHaveText('药品标识码文件')
  await expect(page.locator('[data-test=import-kind]')).toHaveAttribute('data-kind', 'TRACE_PRODUCTS')
  // The whole file is refused by default; the row report names the bad 标识码.
  await expect(page.locator('[data-test=import-state]')).toHaveAttribute('data-state', 'FAILED', { timeout: 45_000 })
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('正确 2 行 · 错误 1 行')
  const errorRow = page.locator('[data-test=data-table] tbody tr').first()
  await expect(errorRow).toContainText('药品标识码')
  await expect(errorRow).toContainText('7 位数字')
  await expect(errorRow).toContainText(stem)
  expect((await api.gql('xj_admin', COUNT, { p: stem })).traceProducts.totalCount).toBe(0)
  await shot(page, '91-trace-import-refused')

  await page.locator('[data-test=retry-valid] button').click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=import-state]')).toHaveAttribute('data-state', 'SUCCEEDED', { timeout: 45_000 })
  await expect(page).toHaveURL(/\/catalog\/trace-imports\//)
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('已导入 2 行 · 新增标识码 2 个 · 变更标识码 0 个')
  await expect(page.locator('[data-test=import-success] [data-test=import-new-codes]')).toHaveText('2')
  await expect(page.locator('[data-test=import-success] [data-test=import-updated-codes]')).toHaveText('0')
  await expect(page.locator('[data-test=import-version-link]')).toHaveCount(0) // no catalog version
  await shot(page, '92-trace-import-succeeded')
  const jobId = decodeURIComponent(page.url().split('/catalog/trace-imports/')[1])
  const job = (await api.gql('xj_admin', 'query($id: ID!) { catalogImport(id: $id) { kind newDrugCodes updatedDrugCodes version { id } } }', { id: jobId })).catalogImport
  expect(job).toEqual({ kind: 'TRACE_PRODUCTS', newDrugCodes: 2, updatedDrugCodes: 0, version: null })

  // The registry finds both by their common prefix; each row leads to the drug.
  await page.locator('[data-test=import-registry-link]').click()
  await expect(page).toHaveURL(/\/drugs\/trace-products$/)
  await expect(page.locator('[data-test=menu-drugs-trace-products]')).toHaveClass(/is-active/)
  await page.locator('input[data-test=trace-prefix]').fill(stem)
  await page.locator('[data-test=trace-search]').click()
  await expect(page).toHaveURL(new RegExp(`prefix=${stem}`))
  await expect(page.locator('[data-test=pager]')).toContainText('共 2 条')
  await expect(page.locator('[data-test=trace-prefix-cell]')).toHaveText([first, second])
  await expect(page.locator('[data-test=trace-pack-note]')).toHaveText([note, '—'])
  await expect(page.locator('[data-test=trace-drug-link]')).toHaveText([drug.code, drug.code])
  // A whole pack code searches by its first 7 digits.
  await page.locator('input[data-test=trace-prefix]').fill(`${first}2026120800001`)
  await page.locator('[data-test=trace-search]').click()
  await expect(page.locator('[data-test=trace-note]')).toContainText(first)
  await expect(page.locator('[data-test=pager]')).toContainText('共 1 条')
  await expect(page.locator('[data-test=trace-prefix-cell]')).toHaveText([first])
  await shot(page, '93-trace-registry')
  await page.locator('[data-test=trace-drug-link]').click()
  await expect(page).toHaveURL(new RegExp(`/drugs/${encodeURIComponent(drug.id)}$`))
  await expect(page.locator('[data-test=drug-detail-code]')).toHaveText(drug.code)
  await page.locator('#tab-TRACEABILITY').click()
  const section = page.locator('[data-test=section-traceability]')
  await expect(section.locator('[data-test=trace-prefix-cell]', { hasText: new RegExp(`^${stem}`) })).toHaveText([first, second])
  await expect(section.locator('tr', { hasText: first }).locator('[data-test=trace-pack-note]')).toHaveText(note)
  await expect(section.locator('[data-test=trace-count]')).toHaveText(/^\d+$/)
  await shot(page, '94-drug-trace-products')

  // A second file gives the first 标识码 another pack: one changed, none new; the list says so in 标识码.
  const changed = `3板×10片/盒（${stamp}）`
  await page.goto('catalog/trace-import')
  await page.locator('.el-upload input[type=file]').setInputFiles({ name: `标识码变更${stamp}.csv`, mimeType: 'text/csv', buffer: csv([[first, drug.code, '', changed]]) })
  await page.locator('button[data-test=start-import]').click()
  await expect(page).toHaveURL(/\/catalog\/trace-imports\//)
  await expect(page.locator('[data-test=import-state]')).toHaveAttribute('data-state', 'SUCCEEDED', { timeout: 45_000 })
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('新增标识码 0 个 · 变更标识码 1 个')
  await page.locator('[data-test=import-back]').click()
  await expect(page).toHaveURL(/\/catalog\/trace-import$/)
  const listed = page.locator('[data-test=import-jobs] tbody tr', { hasText: `标识码变更${stamp}.csv` }).first()
  await expect(listed.locator('[data-test=import-kind]')).toHaveAttribute('data-kind', 'TRACE_PRODUCTS')
  await expect(listed.locator('[data-test=import-kind]')).toHaveText('药品标识码文件')
  await expect(listed.locator('[data-test=import-new-codes]')).toHaveText('0')
  await expect(listed.locator('[data-test=import-updated-codes]')).toHaveText('1')
  await expect(listed.locator('.unit')).toHaveText(['标识码', '标识码'])
  await expect(listed).toContainText('不涉及')
  await listed.locator('[data-test=import-job-link]').click()
  await expect(page).toHaveURL(/\/catalog\/trace-imports\//)
  await expect(page.locator('[data-test=import-title]')).toHaveText(`标识码导入任务：标识码变更${stamp}.csv`)
  const held = (await api.gql('xj_admin', 'query($p: String) { traceProducts(prefix: $p) { nodes { prefix packNote drug { code } } } }', { p: stem })).traceProducts.nodes
  expect(held).toEqual([{ prefix: first, packNote: changed, drug: { code: drug.code } }, { prefix: second, packNote: null, drug: { code: drug.code } }])
})

test('a 药品标识码 job reached by the catalog path moves to its own page', async ({ page, request }) => {
  const api = new Api(request)
  const stamp = Date.now().toString(36).slice(-5).toUpperCase()
  // One bad row only (a 标识码 with a letter): the job fails, nothing is registered.
  const r = await api.gql('xj_admin', `mutation($i: TraceProductImportStartInput!) { traceProductImportStart(input: $i) {
    catalogImport { id } userErrors { code message } } }`, { i: { fileName: `标识码${stamp}.csv`, fileBase64: csv([['86A0001', '', '86901234567890', '']]).toString('base64') } })
  expect(r.traceProductImportStart.userErrors).toEqual([])
  const id = r.traceProductImportStart.catalogImport.id as string
  await expect.poll(async () => (await api.gql('xj_admin', 'query($id: ID!) { catalogImport(id: $id) { state } }', { id })).catalogImport.state,
    { timeout: 45_000 }).toBe('FAILED')

  // A notification names only the job, and opens /catalog/imports/<id>.
  await login(page, 'xj_admin', `/catalog/imports/${encodeURIComponent(id)}`)
  await expect(page).toHaveURL(/\/catalog\/trace-imports\//)
  await expect(page.locator('[data-test=import-kind]')).toHaveAttribute('data-kind', 'TRACE_PRODUCTS')
  await expect(page.locator('[data-test=import-title]')).toHaveText(`标识码导入任务：标识码${stamp}.csv`)
  await expect(page.locator('[data-test=import-back]')).toContainText('药品标识码导入')
  await expect(page.locator('[data-test=menu-catalog-trace-import]')).toHaveClass(/is-active/)
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('新增标识码 0 个 · 变更标识码 0 个')
  await expect(page.locator('[data-test=data-table] tbody tr').first()).toContainText('86A0001')
})
