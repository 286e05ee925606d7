import { expect, test } from '@playwright/test'
import { input, open, shot, watchErrors } from './helpers'

// PUB-03/25: a search that finds nothing explains why and leads to 登记购药需求 with the keyword.
test('an empty search leads to a purchase-need registration that 我的 lists', async ({ page }) => {
  const errors = watchErrors(page)
  const keyword = `罕见药${Date.now() % 100000}`
  await open(page, 'pages/index/index')
  await input(page, 'search-input').fill(keyword)
  await page.locator('[data-test="search-button"]').click()
  const empty = page.locator('[data-test="empty-result"]')
  await expect(empty).toContainText(`未找到与“${keyword}”相关的医保药品`)
  await expect(empty).toContainText('暂未在本地挂网供应')
  await shot(page, '30-empty-search')
  await page.locator('[data-test="register-need"]').click()

  await expect(input(page, 'need-drug-name')).toHaveValue(keyword)
  await input(page, 'need-spec').fill('10mg×30片')
  await input(page, 'need-quantity').fill('2')
  await input(page, 'need-note').fill('长期服用，希望天山区药店能供应')
  // 所在地区 comes from the position (乌鲁木齐), and can be changed by hand
  const area = page.locator('[data-test="need-area"]')
  await expect(area).toContainText('（按定位）')
  await area.click()
  await page.locator('[data-test="need-prefecture"]', { hasText: '乌鲁木齐市' }).click()
  await page.locator('[data-test="need-county"]', { hasText: '天山区' }).click()
  await expect(area).toContainText('天山区')
  await expect(area).not.toContainText('（按定位）')
  await shot(page, '31-need-form')
  await page.locator('[data-test="need-submit"]').click()
  await expect(page.locator('[data-test="need-done"]')).toContainText('购药需求已登记')
  await expect(page.locator('[data-test="need-done"]')).toContainText('已提交')

  await page.getByText('查看我的购药需求').click()
  const item = page.locator('[data-test="need-item"]', { hasText: keyword })
  await expect(item).toBeVisible()
  await expect(item).toContainText('已提交')
  await shot(page, '32-my-needs')
  expect(errors).toEqual([])
})
