import { expect, test } from '@playwright/test'
import { gql, open, shot } from './helpers'

// PUB-26: the notice bar shows the bureau's data calibre and risk reminder as configured.
test('the notice bar shows the configured data calibre and risk reminder', async ({ page, request }) => {
  const { publicNotice } = await gql(request, 'PublicNotice')
  await open(page, 'pages/index/index')
  const notice = page.locator('[data-test="notice"]')
  await expect(notice).toContainText(publicNotice.dataCalibre)
  await expect(notice).toContainText(publicNotice.riskReminder)
  await shot(page, '00-notice')
})

// PUB-02: a category opens the list of its drugs.
test('a category lists its drugs', async ({ page, request }) => {
  const { publicDrugCategories } = await gql(request, 'PublicDrugCategories')
  expect(publicDrugCategories.length).toBeGreaterThan(0)
  await open(page, 'pages/index/index')
  const first = page.locator('[data-test="category"]').first()
  await expect(first).toContainText(publicDrugCategories.find((c: { drugType: string }) => c.drugType === 'X')?.name ?? publicDrugCategories[0].name)
  await first.click()
  await expect(page.locator('[data-test="drug-list"] .drug-item').first()).toBeVisible()
  await shot(page, '08-category-list')
})
