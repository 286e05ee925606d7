import { expect, login, shot, test } from './helpers.ts'

test('a deep link without a session goes to the login page and back after signing in', async ({ page }) => {
  await page.goto('catalog?state=PUBLISHED')
  await expect(page).toHaveURL(/\/login\?/)
  expect(new URL(page.url()).searchParams.get('redirect')).toBe('/catalog?state=PUBLISHED')
  await shot(page, '01-login')
  await page.locator('input[data-test=username]').fill('xj_admin')
  await page.locator('input[data-test=password]').fill('wrong-password')
  await page.locator('button[data-test=login]').click()
  await expect(page.locator('[data-test=user-errors]')).toContainText('用户名或密码')
  await page.locator('input[data-test=password]').fill('Demo@2026')
  await page.locator('button[data-test=login]').click()
  await expect(page).toHaveURL(/\/catalog\?state=PUBLISHED$/)
  await expect(page.locator('[data-test=area]')).toContainText('新疆维吾尔自治区')
})

test('an invalid or expired token sends the official to the login page with the current route', async ({ page }) => {
  await login(page, 'xj_admin', '/drugs')
  await page.evaluate(() => localStorage.setItem('zhilian.admin.token', 'expired.or.garbage'))
  await page.goto('tags')
  // The stored session is kept until the API rejects it; then the SPA asks to sign in again and comes back.
  await page.reload()
  await expect(page).toHaveURL(/\/login\?/)
  expect(new URL(page.url()).searchParams.get('redirect')).toBe('/tags')
  await login(page, 'xj_admin')
  await page.goto('tags')
  await expect(page.locator('[data-test=tags-table]')).toContainText('谈判药品')
})

test('the menu fits the official: posts and scopes from `me`', async ({ page }) => {
  await login(page, 'xj_reviewer')
  await expect(page.locator('[data-test=menu]')).toContainText('审计日志')
  await expect(page.locator('[data-test=menu-catalog-import]')).toHaveCount(0)
  await page.locator('[data-test=logout]').click()

  await login(page, 'xj_viewer')
  await expect(page.locator('[data-test=menu]')).toContainText('药品主数据')
  await expect(page.locator('[data-test=menu-audit]')).toHaveCount(0)
  await page.goto('audit')
  await expect(page.getByText('无权访问')).toBeVisible()
  await page.locator('[data-test=logout]').click()

  // A county bureau has no catalog or master-data functions at all: only its area's public services (PUB-21/25/27).
  await login(page, 'tianshan_official')
  await expect(page.locator('[data-test=area]')).toContainText('新疆维吾尔自治区 / 乌鲁木齐市 / 天山区')
  await expect(page.locator('[data-test=menu] li')).toHaveText(['群众反馈', '购药需求', '公众端使用情况'])
  await expect(page.locator('[data-test=menu]')).not.toContainText('药品主数据')
})

test('a network failure shows a readable message and a retry button, not a blank page', async ({ page }) => {
  await login(page, 'xj_admin', '/tags')
  await page.route('**/graphql**', (route) => route.abort('connectionrefused'))
  await page.locator('[data-test=menu-drugs]').click()
  await expect(page.locator('[data-test=query-error-message]').first()).toHaveText('无法连接到服务器，请检查网络后重试')
  await shot(page, '15-network-error-retry')
  await page.unroute('**/graphql**')
  // Each failed panel has its own retry button; retrying brings the data back.
  await expect(async () => {
    const buttons = page.locator('button[data-test=retry]')
    if (await buttons.count()) await buttons.first().click({ timeout: 1000 })
    await expect(page.locator('[data-test=query-error]')).toHaveCount(0, { timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  await expect(page.locator('[data-test=drug-code]').first()).toBeVisible()

  // A full page load while the API is unreachable: the layout explains and retries loading the session.
  await page.route('**/graphql**', (route) => route.abort('connectionrefused'))
  await page.goto('drugs?q=amxl')
  await expect(page.locator('[data-test=query-error-message]')).toHaveText('无法连接到服务器，请检查网络后重试')
  await page.unroute('**/graphql**')
  await page.locator('button[data-test=retry]').click()
  await expect(page.locator('[data-test=drug-name]').first()).toContainText('阿莫西林')
})
