import { Api, choose, dialog, expect, login, shot, test } from './helpers.ts'

test('dashboard charts show the server statistics', async ({ page, request }) => {
  const api = new Api(request)
  const data = await api.gql('xj_admin', '{ catalogVersionCounts { state count } }')
  await login(page, 'xj_admin', '/dashboard')
  for (const c of data.catalogVersionCounts as { state: string; count: number }[]) {
    await expect(page.locator(`[data-test=count-${c.state}]`)).toHaveText(String(c.count))
  }
  await expect(page.locator('[data-test=stats-totals]')).toContainText('种药品')
  for (const chart of ['chart-class', 'chart-groups', 'chart-states']) await expect(page.locator(`[data-test=${chart}] canvas`)).toBeVisible()
  await expect(page.locator('[data-test=activity]')).toBeVisible()
  await shot(page, '16-dashboard')
})

test('define a tag, set it on a drug code, filter by it and delete it', async ({ page, request }) => {
  const api = new Api(request)
  const code = (await api.gql('xj_admin', '{ drugs(first: 1, offset: 321) { nodes { code } } }')).drugs.nodes[0].code as string
  const tagCode = `E2E_${Date.now().toString(36).toUpperCase()}`
  const tagName = `端到端标签${tagCode.slice(-4)}`

  await login(page, 'xj_admin', '/tags')
  await page.locator('[data-test=create-tag]').click()
  await page.locator('input[data-test=tag-code]').fill('1bad code')
  await page.locator('input[data-test=tag-name]').fill(tagName)
  await dialog(page).getByText('枚举').click()
  await dialog(page).getByText('药品编码', { exact: true }).click()
  await page.locator('[data-test=tag-save]').click()
  // The server's INVALID_FORMAT (or ALLOWED_VALUES_REQUIRED) userErrors appear in the dialog, which stays open.
  await expect(dialog(page).locator('.el-form-item__error, [data-test=user-error]').first()).toBeVisible()
  await page.locator('input[data-test=tag-code]').fill(tagCode)
  const values = dialog(page).locator('.el-input-tag input')
  await values.fill('一级')
  await values.press('Enter')
  await values.fill('二级')
  await values.press('Enter')
  await page.locator('[data-test=tag-save]').click()
  await expect(dialog(page)).toHaveCount(0)
  const tagRow = page.locator('[data-test=tags-table] tr', { hasText: tagName })
  await expect(tagRow).toContainText('一级')
  await expect(tagRow).toContainText('二级')

  await choose(page, page.locator('[data-test=assign-tag]'), tagName)
  await page.locator('input[data-test=assign-code]').fill(code)
  await page.locator('input[data-test=assign-code]').press('Enter')
  await choose(page, page.locator('[data-test=tag-value-input]'), '二级')
  await page.locator('button[data-test=assign]').click()
  await expect(page.locator('.el-message--success', { hasText: '标签已设置' })).toBeVisible()
  await expect(page.locator('[data-test=tag-value-input]')).toContainText('二级')
  await shot(page, '17-tags')

  await page.locator('[data-test=tags-table] tr', { hasText: tagName }).locator('[data-test=tag-drugs]').click()
  await expect(page).toHaveURL(/\/drugs\?tag=/)
  await expect(page.locator('[data-test=pager]')).toContainText('共 1 条')
  await expect(page.locator('[data-test=drug-code]')).toHaveText(code)
  await expect(page.locator('[data-test=drug-tag]', { hasText: tagName })).toContainText('二级')

  await page.goto('tags')
  await page.locator('[data-test=tags-table] tr', { hasText: tagName }).getByRole('button', { name: '删除' }).click()
  await dialog(page).locator('[data-test=confirm]').click()
  await expect(page.locator('[data-test=tags-table]')).not.toContainText(tagName)
})

test('audit log lists catalog workflow actions in the official\'s area', async ({ page }) => {
  await login(page, 'xj_admin', '/audit')
  await page.locator('input[data-test=audit-action]').fill('catalog_version')
  await page.getByRole('button', { name: '查询' }).click()
  const actions = page.locator('[data-test=audit-row-action]')
  await expect(actions.first()).toContainText('catalog_version')
  for (const a of await actions.allTextContents()) expect(a.startsWith('catalog_version')).toBe(true)
  await shot(page, '18-audit-log')
})
