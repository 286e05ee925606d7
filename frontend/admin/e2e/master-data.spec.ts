import { Api, dialog, expect, login, shot, test } from './helpers.ts'

// DRUG-07: a catalog maintainer uploads the NHSA 药品分类与代码 总表; the job creates new drug codes and updates the
// changed attributes of held ones, and is never taken for a catalog import.

const HEADER = ['药品代码', '注册名称', '商品名称', '注册剂型', '注册规格', '包装', '最小包装数量', '最小制剂单位', '最小包装单位',
  '药品企业', '批准文号', '药品本位码', '市场状态']

function csv(rows: (string | number)[][], header = HEADER): Buffer {
  const line = (cells: (string | number)[]) => cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')
  return Buffer.from('\uFEFF' + [header, ...rows].map(line).join('\n') + '\n', 'utf8')
}

type Drug = { id: string; code: string; registeredName: string; spec: string | null; manufacturer: { name: string } | null }

/** A code master data does not hold yet: the drug's variety and form, a spec/pack and enterprise of our own. */
async function newCode(api: Api, base: string): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const code = base.slice(0, 14) + '98' + String(Math.floor(Math.random() * 100)).padStart(2, '0') + String(Math.floor(Math.random() * 100000)).padStart(5, '0')
    if (!(await api.gql('xj_admin', 'query($c: String) { drug(code: $c) { id } }', { c: code })).drug) return code
  }
  throw new Error('no free drug code found')
}

test('a maintainer uploads the 总表: a row error, then the valid rows update one drug and create another', async ({ page, request }) => {
  const api = new Api(request)
  const drug = (await api.gql('xj_admin', `{ drugs(first: 1, offset: 1777, sort: CODE_ASC) { nodes { id code registeredName spec
    manufacturer { name } } } }`)).drugs.nodes[0] as Drug
  expect(drug, 'a demo drug').toBeTruthy()
  const stamp = Date.now().toString(36).slice(-4).toUpperCase()
  const spec = `0.${Date.now() % 1000}g（总表${stamp}）`
  expect(spec).not.toBe(drug.spec)
  const created = await newCode(api, drug.code)
  let missing = await newCode(api, drug.code)
  while (missing === created) missing = await newCode(api, drug.code)
  const file = csv([
    [drug.code, drug.registeredName, '', '', spec, '', '', '', '', drug.manufacturer?.name ?? '', '', '', ''],
    [created, drug.registeredName, `总表新商品${stamp}`, '片剂', '0.25g', '24片/盒', 24, '片', '盒', `总表端到端制药${stamp}`, '', '', '上市'],
    [missing, drug.registeredName, '', '', '0.5g', '', '', '', '', '', '', '', ''], // new to master data without 药品企业
  ])

  await login(page, 'xj_admin', '/catalog/master-data-import')
  await expect(page.locator('[data-test=menu-catalog-master-data-import]')).toHaveClass(/is-active/)
  await expect(page.locator('[data-test=master-data-import-title]')).toContainText('药品分类与代码总表')
  // The server checks the columns before queueing; its userError is shown at the file field.
  await page.locator('.el-upload input[type=file]').setInputFiles({ name: '缺列总表.csv', mimeType: 'text/csv', buffer: csv([[drug.code, '0.1g']], ['药品代码', '注册规格']) })
  await page.locator('button[data-test=start-import]').click()
  await expect(page.locator('.el-form-item__error')).toContainText('注册名称')
  await expect(page).toHaveURL(/\/catalog\/master-data-import$/)
  await shot(page, '77-master-data-missing-column')

  await page.locator('.el-upload input[type=file]').setInputFiles({ name: `药品分类与代码总表${stamp}.csv`, mimeType: 'text/csv', buffer: file })
  await page.locator('button[data-test=start-import]').click()
  await expect(page).toHaveURL(/\/catalog\/master-data-imports\//)
  await expect(page.locator('[data-test=menu-catalog-master-data-import]')).toHaveClass(/is-active/)
  await expect(page.locator('[data-test=import-title]')).toHaveText(`总表导入任务：药品分类与代码总表${stamp}.csv`)
  await expect(page.locator('[data-test=import-kind]')).toHaveText('药品分类与代码总表')
  // The whole file is refused by default; the row report names the new code without an enterprise.
  await expect(page.locator('[data-test=import-state]')).toHaveAttribute('data-state', 'FAILED', { timeout: 45_000 })
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('正确 2 行 · 错误 1 行')
  const errorRow = page.locator('[data-test=data-table] tbody tr').first()
  await expect(errorRow).toContainText('药品企业')
  await expect(errorRow).toContainText(missing)
  expect((await api.gql('xj_admin', 'query($c: String) { drug(code: $c) { spec } }', { c: drug.code })).drug.spec).toBe(drug.spec)

  await page.locator('[data-test=retry-valid] button').click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=import-state]')).toHaveAttribute('data-state', 'SUCCEEDED', { timeout: 45_000 })
  await expect(page).toHaveURL(/\/catalog\/master-data-imports\//)
  await expect(page.locator('[data-test=import-kind]')).toHaveText('药品分类与代码总表')
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('已导入 2 行 · 新增药品编码 1 条 · 更新药品编码 1 条')
  await expect(page.locator('[data-test=import-success] [data-test=import-new-codes]')).toHaveText('1')
  await expect(page.locator('[data-test=import-success] [data-test=import-updated-codes]')).toHaveText('1')
  await expect(page.locator('[data-test=import-version-link]')).toHaveCount(0) // a 总表 makes no catalog version
  await shot(page, '78-master-data-import-succeeded')
  const jobId = decodeURIComponent(page.url().split('/catalog/master-data-imports/')[1])
  const job = (await api.gql('xj_admin', 'query($id: ID!) { catalogImport(id: $id) { kind newDrugCodes updatedDrugCodes version { id } } }', { id: jobId })).catalogImport
  expect(job).toEqual({ kind: 'MASTER_DATA', newDrugCodes: 1, updatedDrugCodes: 1, version: null })

  // The list of recent imports says which kind each job is, with its counts.
  await page.locator('[data-test=import-back]').click()
  await expect(page).toHaveURL(/\/catalog\/master-data-import$/)
  const listed = page.locator('[data-test=import-jobs] tbody tr', { hasText: `药品分类与代码总表${stamp}.csv` }).first()
  await expect(listed.locator('[data-test=import-kind]')).toHaveAttribute('data-kind', 'MASTER_DATA')
  await expect(listed.locator('[data-test=state-tag]')).toHaveAttribute('data-state', 'SUCCEEDED')
  await expect(listed.locator('[data-test=import-new-codes]')).toHaveText('1')
  await expect(listed.locator('[data-test=import-updated-codes]')).toHaveText('1')
  await expect(listed).toContainText('不涉及')

  // The drug's own page shows the new specification; the new code is master data now.
  await page.goto(`drugs/${encodeURIComponent(drug.id)}`)
  await expect(page.locator('[data-test=drug-detail-code]')).toHaveText(drug.code)
  await expect(page.locator('[data-test=drug-spec]')).toHaveText(spec)
  await shot(page, '79-drug-spec-from-master-data')
  const made = (await api.gql('xj_admin', 'query($c: String) { drug(code: $c) { registeredName spec tradeName manufacturer { name } } }', { c: created })).drug
  expect(made).toEqual({ registeredName: drug.registeredName, spec: '0.25g', tradeName: `总表新商品${stamp}`, manufacturer: { name: `总表端到端制药${stamp}` } })
  expect((await api.gql('xj_admin', 'query($c: String) { drug(code: $c) { id } }', { c: missing })).drug).toBeNull()
})

/** Starts an import through the API and waits for the worker to finish it. */
async function failedImport(api: Api, mutation: 'catalogImportStart' | 'masterDataImportStart', file: Buffer, extra: Record<string, unknown>) {
  const type = mutation === 'catalogImportStart' ? 'CatalogImportStartInput' : 'MasterDataImportStartInput'
  const r = await api.gql('xj_admin', `mutation($i: ${type}!) { ${mutation}(input: $i) { catalogImport { id } userErrors { code message } } }`,
    { i: { fileBase64: file.toString('base64'), ...extra } })
  expect(r[mutation].userErrors).toEqual([])
  const id = r[mutation].catalogImport.id as string
  await expect.poll(async () => (await api.gql('xj_admin', 'query($id: ID!) { catalogImport(id: $id) { state } }', { id })).catalogImport.state,
    { timeout: 45_000 }).toBe('FAILED')
  return id
}

test('catalog and 总表 jobs are told apart on their pages, in the menu and in the list', async ({ page, request }) => {
  const api = new Api(request)
  const stamp = Date.now().toString(36).slice(-5).toUpperCase()
  // Two jobs whose only row is bad (a 22-character code): both fail, so nothing is created or changed.
  const bad = ['XJ01CAA040A00101010269', '阿莫西林片']
  const catalogId = await failedImport(api, 'catalogImportStart',
    csv([[...bad, '示例制药', '阿莫西林', '甲']], ['药品代码', '注册名称', '药品企业', '医保药品名称', '甲乙类']),
    { fileName: `目录${stamp}.csv`, versionNo: `E2E-K${stamp}`, name: `E2E-K${stamp}` })
  const masterId = await failedImport(api, 'masterDataImportStart', csv([[...bad, '示例制药']], ['药品代码', '注册名称', '药品企业']),
    { fileName: `总表${stamp}.csv` })

  await login(page, 'xj_admin', `/catalog/imports/${encodeURIComponent(catalogId)}`)
  await expect(page.locator('[data-test=import-kind]')).toHaveAttribute('data-kind', 'CATALOG')
  await expect(page.locator('[data-test=import-kind]')).toHaveText('医保目录文件')
  await expect(page.locator('[data-test=import-title]')).toHaveText(`目录导入任务：目录${stamp}.csv`)
  await expect(page.locator('[data-test=import-back]')).toContainText('目录文件导入')
  await expect(page.locator('[data-test=menu-catalog-import]')).toHaveClass(/is-active/)
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('新建药品主数据 0 条')
  await expect(page.locator('[data-test=import-progress-text]')).not.toContainText('更新药品编码')
  await expect(page).toHaveURL(/\/catalog\/imports\//)

  // A 总表 job reached by the catalog path (a notification names only the job) moves to its own page.
  await page.goto(`catalog/imports/${encodeURIComponent(masterId)}`)
  await expect(page).toHaveURL(/\/catalog\/master-data-imports\//)
  await expect(page.locator('[data-test=import-kind]')).toHaveAttribute('data-kind', 'MASTER_DATA')
  await expect(page.locator('[data-test=import-title]')).toHaveText(`总表导入任务：总表${stamp}.csv`)
  await expect(page.locator('[data-test=import-back]')).toContainText('药品编码总表导入')
  await expect(page.locator('[data-test=menu-catalog-master-data-import]')).toHaveClass(/is-active/)
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('新增药品编码 0 条 · 更新药品编码 0 条')
  await expect(page.locator('[data-test=retry-valid]')).toBeVisible()

  // The catalog import page lists both, each with its kind; only the catalog job has a version column value.
  await page.goto('catalog/import')
  const rows = page.locator('[data-test=import-jobs] tbody tr')
  await expect(rows.filter({ hasText: `目录${stamp}.csv` }).locator('[data-test=import-kind]')).toHaveAttribute('data-kind', 'CATALOG')
  await expect(rows.filter({ hasText: `目录${stamp}.csv` })).toContainText(`E2E-K${stamp}`)
  await expect(rows.filter({ hasText: `总表${stamp}.csv` }).locator('[data-test=import-kind]')).toHaveAttribute('data-kind', 'MASTER_DATA')
  await expect(rows.filter({ hasText: `总表${stamp}.csv` })).toContainText('不涉及')
  await rows.filter({ hasText: `总表${stamp}.csv` }).locator('[data-test=import-job-link]').click()
  await expect(page).toHaveURL(/\/catalog\/master-data-imports\//)
})
