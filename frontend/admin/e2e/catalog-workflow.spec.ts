import { Api, dialog, expect, login, logout, shot, test } from './helpers.ts'

// A region official imports a national catalog file, corrects the import, and takes the version through
// submit → (illegal actions refused by the server) → approve → publish; a prefecture official then sees it.
test.describe.configure({ mode: 'serial' })

const versionNo = `E2E-${Date.now().toString(36).toUpperCase()}`
const versionName = `${versionNo} 端到端测试目录`
let versionId = ''

const HEADER = ['药品代码', '注册名称', '商品名称', '注册剂型', '注册规格', '最小包装数量', '最小制剂单位', '最小包装单位',
  '药品企业', '批准文号', '医保药品名称', '医保剂型', '甲乙类', '编号', '备注']

function csvLine(cells: (string | number)[]): string {
  return cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')
}

test('a region maintainer imports a catalog file, reviews the row errors and imports the valid rows', async ({ page, request }) => {
  const api = new Api(request)
  // Real 23-character codes from the master data (demo data), so every good row passes the server's checks.
  const drugs = await api.gql('xj_admin', `{ drugs(first: 6, offset: 120, sort: CODE_ASC) { nodes { code genericName registeredName
    manufacturer { name } } } }`)
  const good = drugs.drugs.nodes.slice(0, 5) as { code: string; genericName: string; registeredName: string; manufacturer: { name: string } | null }[]
  const extra = drugs.drugs.nodes[5] as { code: string; genericName: string }
  expect(good).toHaveLength(5)
  const rows = good.map((d, i) => [d.code, d.registeredName, '', '片剂', '0.5g', 24, '片', '盒', d.manufacturer?.name ?? '示例制药',
    '国药准字H90000000', d.genericName, '口服常释剂型', i % 2 ? '乙' : '甲', `E2E${i + 1}`, ''])
  rows.push(['XJ01CAA040A00101010269', '阿莫西林片', '', '片剂', '0.5g', 24, '片', '盒', '示例制药', '国药准字H90000000', '阿莫西林',
    '口服常释剂型', '甲', 'E2E9', '']) // 22 characters: a row error
  const csv = '\uFEFF' + [HEADER, ...rows].map(csvLine).join('\n') + '\n'

  await login(page, 'xj_admin', '/catalog/import')
  await expect(page).toHaveURL(/\/catalog\/import$/)
  await page.locator('.el-upload input[type=file]').setInputFiles({ name: `${versionNo}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
  await page.locator('input[data-test=import-version-no]').fill(versionNo)
  await page.locator('input[data-test=import-version-name]').fill(versionName)
  await shot(page, '04-catalog-import-form')
  await page.locator('button[data-test=start-import]').click()

  // The whole file is rejected by default; the per-row report names the bad row.
  await expect(page).toHaveURL(/\/catalog\/imports\//)
  await expect(page.locator('[data-test=import-state]')).toHaveAttribute('data-state', 'FAILED', { timeout: 45_000 })
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('正确 5 行 · 错误 1 行')
  const errorRow = page.locator('[data-test=data-table] tbody tr').first()
  await expect(errorRow).toContainText('7')
  await expect(errorRow).toContainText('INVALID_DRUG_CODE')
  await shot(page, '05-catalog-import-row-errors')

  // Retry with "import only the valid rows".
  await page.locator('[data-test=retry-valid] button').click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=import-state]')).toHaveAttribute('data-state', 'SUCCEEDED', { timeout: 45_000 })
  await expect(page.locator('[data-test=import-progress]')).toContainText('100%')
  await expect(page.locator('[data-test=import-progress-text]')).toContainText('已导入 5 行')
  await shot(page, '06-catalog-import-succeeded')
  await page.locator('[data-test=import-version-link]').click()
  await expect(page.locator('[data-test=version-title]')).toContainText(versionName)
  await expect(page.locator('[data-test=entry-count]')).toHaveText('5')
  versionId = decodeURIComponent(page.url().split('/catalog/')[1])

  // Edit the draft: the code is checked by the server's drugCodeCheck before the entry is added.
  await page.locator('[data-test=add-entry]').click()
  const entryDialog = page.locator('[data-test=entry-dialog]')
  await page.locator('input[data-test=entry-code]').fill('XJ01CAA040A00101010269')
  await page.locator('input[data-test=entry-code]').blur()
  await expect(entryDialog.locator('.el-form-item__error')).toContainText('23')
  await page.locator('input[data-test=entry-code]').fill(extra.code)
  await page.locator('input[data-test=entry-code]').blur()
  await expect(page.locator('[data-test=entry-found]')).toContainText(extra.genericName)
  await entryDialog.getByText('乙类', { exact: true }).click()
  await page.locator('[data-test=entry-save]').click()
  await expect(page.locator('[data-test=entry-count]')).toHaveText('6')
  // Adding the same code again is refused by the server (userError shown in the dialog).
  await page.locator('[data-test=add-entry]').click()
  await page.locator('input[data-test=entry-code]').fill(extra.code)
  await page.locator('[data-test=entry-save]').click()
  await expect(entryDialog.locator('[data-test=user-error], .el-form-item__error').first()).toBeVisible()
  await shot(page, '07-catalog-entry-duplicate')
  await entryDialog.getByRole('button', { name: '取消' }).click()

  // Reviewer-only actions are not offered to the maintainer; approve is not even shown (no review post).
  await expect(page.locator('[data-action=APPROVE]')).toHaveCount(0)
  await expect(page.locator('[data-action=PUBLISH] button')).toBeDisabled()
  await page.locator('[data-action=SUBMIT] button').click()
  await dialog(page).locator('textarea[data-test=opinion]').fill('请审核：2026 年目录（端到端测试）')
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=state-tag]').first()).toHaveAttribute('data-state', 'SUBMITTED')
  await expect(page.locator('[data-action=SUBMIT] button')).toBeDisabled()
  await expect(page.locator('[data-action=WITHDRAW] button')).toBeEnabled()
  await shot(page, '08-catalog-version-submitted')
})

test('illegal actions are refused by the server and its message is shown in the dialog', async ({ page, request }) => {
  const api = new Api(request)
  await login(page, 'xj_reviewer', `/catalog/${versionId}`)
  await expect(page.locator('[data-test=version-title]')).toContainText(versionName)
  await expect(page.locator('[data-action=APPROVE] button')).toBeEnabled()
  await expect(page.locator('[data-action=SUBMIT]')).toHaveCount(0)

  // Reject without an opinion: the server's OPINION_REQUIRED appears under the opinion field; nothing changes.
  await page.locator('[data-action=REJECT] button').click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(dialog(page).locator('.el-form-item__error')).toContainText('必须填写意见')
  await shot(page, '09-reject-needs-opinion')
  await dialog(page).getByRole('button', { name: '取消' }).click()

  // The maintainer withdraws meanwhile; approving the now-stale page is an illegal transition.
  await api.gql('xj_admin', 'mutation($id: ID!) { catalogVersionWithdraw(input: {id: $id, opinion: "补充材料"}) { userErrors { code } } }', { id: versionId })
  await page.locator('[data-action=APPROVE] button').click()
  await dialog(page).locator('textarea[data-test=opinion]').fill('同意')
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(dialog(page).locator('[data-test=user-error]')).toContainText('不能执行「审核通过」')
  await expect(dialog(page).locator('[data-test=user-error]')).toContainText('ILLEGAL_TRANSITION')
  await shot(page, '10-approve-illegal-transition')
  await dialog(page).getByRole('button', { name: '取消' }).click()

  // After a reload the page reflects the server: nothing to review now.
  await page.reload()
  await expect(page.locator('[data-test=state-tag]').first()).toHaveAttribute('data-state', 'DRAFT')
  await expect(page.locator('[data-action=APPROVE] button')).toBeDisabled()
  await expect(page.locator('[data-action=REJECT] button')).toBeDisabled()
})

test('the maintainer resubmits, a different reviewer approves and the publisher publishes', async ({ page }) => {
  await login(page, 'xj_admin', `/catalog/${versionId}`)
  await page.locator('[data-action=SUBMIT] button').click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=state-tag]').first()).toHaveAttribute('data-state', 'SUBMITTED')
  await logout(page)

  await login(page, 'xj_reviewer', `/catalog/${versionId}`)
  await page.locator('[data-action=APPROVE] button').click()
  await dialog(page).locator('textarea[data-test=opinion]').fill('核对无误，同意定稿')
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=state-tag]').first()).toHaveAttribute('data-state', 'FINALISED')
  await logout(page)

  await login(page, 'xj_admin', `/catalog/${versionId}`)
  await expect(page.locator('[data-action=SUBMIT] button')).toBeDisabled()
  await page.locator('[data-action=PUBLISH] button').click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=state-tag]').first()).toHaveAttribute('data-state', 'PUBLISHED')
  await expect(page.locator('[data-action=DELETE] button')).toBeDisabled()

  // The timeline is the server's audit trail: who, when, opinion.
  await page.getByRole('tab', { name: '流转记录' }).click()
  const items = page.locator('[data-test=timeline-item]')
  await expect(items).toHaveCount(6)
  await expect(items.nth(0)).toContainText('对外发布')
  await expect(items.nth(1)).toContainText('审核通过')
  await expect(items.nth(1)).toContainText('王芳（演示）')
  await expect(items.nth(1)).toContainText('意见：核对无误，同意定稿')
  await expect(items.nth(3)).toContainText('撤回')
  await expect(items.nth(3)).toContainText('补充材料')
  await expect(items.nth(5)).toContainText('创建')
  await shot(page, '11-catalog-version-timeline')
})

test('a prefecture official sees the published catalog but no drafts and no workflow actions', async ({ page, request }) => {
  const api = new Api(request)
  const draft = await api.gql('xj_admin', '{ catalogVersions(state: DRAFT, first: 1) { nodes { id versionNo } } }')
  const draftVersion = draft.catalogVersions.nodes[0] as { id: string; versionNo: string }
  expect(draftVersion).toBeTruthy()

  await login(page, 'wlmq_official', '/catalog')
  await expect(page.locator('[data-test=area]')).toContainText('新疆维吾尔自治区 / 乌鲁木齐市')
  await expect(page.locator('[data-test=menu-catalog-import]')).toHaveCount(0)
  await expect(page.locator('[data-test=create-version]')).toHaveCount(0)
  const table = page.locator('[data-test=data-table]')
  await expect(table).toContainText(versionNo)
  await expect(table).not.toContainText(draftVersion.versionNo)
  for (const state of await table.locator('[data-test=state-tag]').all()) await expect(state).toHaveAttribute('data-state', 'PUBLISHED')
  await expect(page.locator('[data-test=state-filter]')).toContainText('草稿（0）')
  await shot(page, '12-prefecture-catalog-list')

  await page.locator('[data-test=version-link]', { hasText: versionNo }).click()
  await expect(page.locator('[data-test=version-title]')).toContainText(versionName)
  await expect(page.locator('[data-test=entry-count]')).toHaveText('6')
  await expect(page.locator('[data-test=version-actions] button')).toHaveCount(0)

  // A draft's direct link shows "not found" (the server returns null outside the caller's visibility).
  await page.goto(`catalog/${draftVersion.id}`)
  await expect(page.getByText('目录版本不存在')).toBeVisible()
})

test('one person holding both posts cannot approve the version they submitted', async ({ page, request }) => {
  // xj_chief is both maintainer and reviewer: the server's separation of duties (reviewer ≠ submitter) decides.
  const api = new Api(request)
  const reuse = await api.gql('xj_chief', `mutation($src: ID!, $no: String!) { catalogVersionReuse(input: {sourceVersionId: $src,
    versionNo: $no, name: $no}) { catalogVersion { id } userErrors { code message } } }`, { src: versionId, no: `${versionNo}-SOD` })
  expect(reuse.catalogVersionReuse.userErrors).toEqual([])
  const id = reuse.catalogVersionReuse.catalogVersion.id as string
  const submit = await api.gql('xj_chief', 'mutation($id: ID!) { catalogVersionSubmit(input: {id: $id}) { userErrors { code } } }', { id })
  expect(submit.catalogVersionSubmit.userErrors).toEqual([])

  await login(page, 'xj_chief', `/catalog/${encodeURIComponent(id)}`)
  await expect(page.locator('[data-test=state-tag]').first()).toHaveAttribute('data-state', 'SUBMITTED')
  // The API's allowed actions already leave out review for the submitter, so the buttons are disabled …
  await expect(page.locator('[data-action=APPROVE] button')).toBeDisabled()
  await expect(page.locator('[data-action=REJECT] button')).toBeDisabled()
  await expect(page.locator('[data-action=WITHDRAW] button')).toBeEnabled()
  await shot(page, '19-separation-of-duties')
  // … and the server refuses the transition itself, whatever a client sends.
  const approve = await api.gql('xj_chief', `mutation($id: ID!) { catalogVersionApprove(input: {id: $id, opinion: "同意"}) {
    userErrors { code } catalogVersion { state } } }`, { id })
  expect(approve.catalogVersionApprove.userErrors.map((e: { code: string }) => e.code)).toEqual(['SEPARATION_OF_DUTIES'])
  await page.reload()
  await expect(page.locator('[data-test=state-tag]').first()).toHaveAttribute('data-state', 'SUBMITTED')
})
