import { expect, test } from '@playwright/test'
import { input, open, shot, watchErrors } from './helpers'

// PUB-19: H5 has no camera here: the code is typed. An unknown code shows the server's reason; so does a bad format.
test('a trace scan of an unknown code shows the reason, and 我的 lists the scan', async ({ page }) => {
  const errors = watchErrors(page)
  await open(page, 'pages/index/index')
  await page.locator('[data-test="entry-trace"]').click()
  await expect(page.locator('[data-test="scan"]')).toHaveCount(0) // no camera scan on H5
  const code = `9${String(Date.now()).padStart(19, '0')}`.slice(0, 20)
  await input(page, 'trace-input').fill(code)
  await page.locator('[data-test="trace-submit"]').click()
  const result = page.locator('[data-test="trace-result"]')
  await expect(result).toContainText('未查到该追溯码')
  // the reason is the server's own message for this code
  const reason = (await page.locator('[data-test="trace-reason"]').innerText()).trim()
  expect(reason.length).toBeGreaterThan(4)
  await shot(page, '40-trace-unknown')

  await page.locator('[data-test="trace-again"]').click()
  await input(page, 'trace-input').fill('12345')
  await page.locator('[data-test="trace-submit"]').click()
  await expect(result).toContainText('追溯码格式不正确')
  await expect(page.locator('[data-test="trace-reason"]')).not.toHaveText('')
  await shot(page, '41-trace-invalid')

  await open(page, 'pages/me/index?tab=scans')
  await page.locator('[data-test="tab-scans"]').click()
  await expect(page.locator('[data-test="scan-item"]', { hasText: code })).toContainText(reason)
  expect(errors).toEqual([])
})
