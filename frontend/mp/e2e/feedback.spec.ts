import { expect, test } from '@playwright/test'
import { input, open, shot, watchErrors } from './helpers'

// PUB-20 (+ 我的): feedback about an institution appears in 我的 as 已提交; markup in it stays text.
test('problem feedback is submitted, shown as plain text, and listed in 我的 as 已提交', async ({ page }) => {
  const errors = watchErrors(page)
  await open(page, 'pages/institutions/list?kind=PHARMACY')
  await page.locator('[data-test="institution"]').first().click()
  const name = (await page.locator('[data-test="institution-name"]').innerText()).trim()
  await page.locator('[data-test="feedback"]').click()
  await expect(page.locator('[data-test="feedback-institution"]')).toHaveText(name)

  // nothing chosen: the form says what is missing
  await page.locator('[data-test="feedback-submit"]').click()
  await expect(page.locator('[data-test="feedback-error"]').first()).toHaveText('请选择问题类型')

  const marker = `E2E-${Date.now()}`
  const text = `${marker} 店里说没货 <script>window.__xss = 1</script><img src=x onerror="window.__xss=2">`
  await page.locator('[data-test="type-NOT_IN_STOCK"]').click()
  await input(page, 'feedback-description').fill(text)
  await shot(page, '20-feedback-form')
  await page.locator('[data-test="feedback-submit"]').click()
  const done = page.locator('[data-test="feedback-done"]')
  await expect(done).toContainText('反馈已提交')
  await expect(done).toContainText('<script>window.__xss = 1</script>')
  await shot(page, '21-feedback-done')

  await page.locator('[data-test="to-me"]').click()
  const item = page.locator('[data-test="feedback-item"]', { hasText: marker })
  await expect(item).toBeVisible()
  await expect(item.locator('[data-test="feedback-state"]')).toHaveText('已提交')
  await expect(item).toContainText(name)
  await expect(item).toContainText('没有在店内买到药品')
  await expect(item.locator('[data-test="feedback-description"]')).toHaveText(text)
  await expect(page.locator('[data-test="my-feedback"] script')).toHaveCount(0)
  await expect(page.locator('[data-test="my-feedback"] img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  await shot(page, '22-my-feedback')
  expect(errors).toEqual([])
})

test('a rating of 1–5 stars is accepted', async ({ page }) => {
  await open(page, 'pages/institutions/list?kind=PHARMACY')
  await page.locator('[data-test="institution"]').first().click()
  const before = (await page.locator('[data-test="rating"]').first().textContent()) ?? ''
  const count = Number(/（(\d+) 条评价）/.exec(before)?.[1] ?? 0)
  await page.locator('[data-test="rate"]').click()
  await page.locator('[data-test="rating-submit"]').click()
  await expect(page.locator('[data-test="rating-error"]')).toHaveText('请选择 1–5 星')
  await page.locator('[data-test="star-4"]').click()
  await input(page, 'rating-comment').fill('药师讲解很耐心')
  await page.locator('[data-test="rating-submit"]').click()
  await expect(page.getByText('评价已提交，感谢您的反馈')).toBeVisible()
  // the institution's count includes the new evaluation
  await expect(page.locator('[data-test="rating"]').first()).toContainText(`（${count + 1} 条评价）`)
  await shot(page, '23-rated')
})
