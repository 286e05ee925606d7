import { expect, test } from '@playwright/test'
import { expectAscending, gql, input, open, shot, watchErrors } from './helpers'

// PUB-09…11, 14…16: nearby pharmacies nearest first, map toggle; hospitals by ownership; no location → by name.
test('nearby pharmacies: nearest first, by name, map and back', async ({ page }) => {
  const errors = watchErrors(page)
  await open(page, 'pages/index/index')
  await page.locator('[data-test="entry-pharmacies"]').click()
  const items = page.locator('[data-test="institution"]')
  await expect(items.first()).toBeVisible()
  await expect(page.locator('[data-test="result-count"]')).toContainText('定点零售药店')
  await expectAscending(await items.locator('[data-test="distance"]').allInnerTexts())
  await expect(page.locator('[data-test="no-location"]')).toHaveCount(0)
  await shot(page, '10-nearby-pharmacies')

  await page.locator('[data-test="view-map"]').click()
  const markers = page.locator('[data-test="map-sketch"] [data-test="map-marker"]')
  await expect(markers.first()).toBeVisible()
  expect(await markers.count()).toBeGreaterThan(1)
  await shot(page, '11-nearby-map')
  const firstName = (await items.first().locator('.name').innerText()).replace(/^\d+\.\s*/, '').trim()
  await page.locator('[data-test="map-sketch"] [data-test="map-marker"][data-n="1"]').click()
  await expect(page.locator('[data-test="institution-name"]')).toHaveText(firstName)
  await page.goBack()

  await page.locator('[data-test="view-list"]').click()
  await page.locator('[data-test="sort-name"]').click()
  await expect(items.first()).toBeVisible()
  const names = (await items.locator('.name').allInnerTexts()).map((n) => n.trim())
  expect(names.length).toBeGreaterThan(1)

  // part of the name (the server NFKC-normalises the query but not the stored names, so the full-width
  // parentheses of "（演示）" would not match: reported to the backend)
  const part = firstName.replace(/（.*$/, '')
  await input(page, 'name-filter').fill(part)
  await input(page, 'name-filter').press('Enter')
  await expect.poll(async () => {
    const names = await items.locator('.name').allInnerTexts()
    return names.length > 0 && names.every((n) => n.includes(part)) && names.some((n) => n.trim() === firstName)
  }).toBe(true)
  expect(errors).toEqual([])
})

test('nearby pharmacies filter by area: prefecture, then county', async ({ page, request }) => {
  await open(page, 'pages/institutions/list?kind=PHARMACY')
  const items = page.locator('[data-test="institution"]')
  await expect(items.first()).toBeVisible()
  await page.locator('[data-test="area"]').click()
  await page.locator('[data-test="prefecture"]', { hasText: '乌鲁木齐市' }).click()
  const { publicDivisions } = await gql(request, 'PublicDivisions', { parentCode: '650100' })
  const tianshan = publicDivisions.find((d: { code: string }) => d.code === '650102')
  expect(tianshan?.name).toBe('天山区')
  await page.locator('[data-test="county"]', { hasText: '天山区' }).click()
  await expect(page.locator('[data-test="area"]')).toContainText('天山区')
  await expect.poll(async () => {
    const texts = await items.allInnerTexts()
    return texts.length > 0 && texts.every((t) => t.includes('天山区'))
  }).toBe(true)
  await shot(page, '14-area-tianshan')
})

test('nearby hospitals filter by ownership', async ({ page }) => {
  await open(page, 'pages/institutions/list?kind=HOSPITAL')
  const items = page.locator('[data-test="institution"]')
  await expect(items.first()).toBeVisible()
  await page.locator('[data-test="ownership-public"]').click()
  await expect.poll(async () => {
    const texts = await items.allInnerTexts()
    return texts.length > 0 && texts.every((t) => t.includes('公立') && !t.includes('民营'))
  }).toBe(true)
  await shot(page, '12-nearby-hospitals-public')
})

test.describe('without location permission', () => {
  test.use({ permissions: [] })
  test('the list is sorted by name and says why', async ({ page }) => {
    await open(page, 'pages/institutions/list?kind=PHARMACY')
    await expect(page.locator('[data-test="no-location"]')).toHaveText('未获取定位，按名称排序')
    const items = page.locator('[data-test="institution"]')
    await expect(items.first()).toBeVisible()
    await expect(items.locator('[data-test="distance"]')).toHaveCount(0)
    await shot(page, '13-no-location')
  })
})
