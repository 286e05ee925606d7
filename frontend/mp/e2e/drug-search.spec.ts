import { expect, test } from '@playwright/test'
import { expectAscending, gql, input, open, shot, watchErrors } from './helpers'

// PUB-26, 01…08, 12/13: search with suggestions → drug detail → outlets nearest first with the two windows →
// nearest pharmacy → navigation link with the institution's WGS84 coordinates.
test('search, pick a suggestion, see the nearest outlets and navigate to the nearest pharmacy', async ({ page, request }) => {
  const errors = watchErrors(page)
  await open(page, 'pages/index/index')
  await expect(page.locator('[data-test="category"]').first()).toBeVisible()
  await shot(page, '01-home')

  // pinyin initials find 阿莫西林 (amxl)
  await input(page, 'search-input').fill('amxl')
  const suggestion = page.locator('[data-test="suggestions"] .suggestion', { hasText: '阿莫西林' }).first()
  await expect(suggestion).toBeVisible()
  await shot(page, '02-suggestions')
  await suggestion.click()

  await expect(page.locator('[data-test="result-count"]')).toContainText('已显示')
  const first = page.locator('[data-test="drug-list"] .drug-item').first()
  await expect(first).toContainText('阿莫西林')
  await shot(page, '03-drug-list')

  // open a result that has outlets near the user (the first one the API says has outlets)
  const { publicDrugs } = await gql(request, 'PublicDrugs', { keyword: '阿莫西林' })
  let code = ''
  for (const d of publicDrugs.nodes) {
    const o = await gql(request, 'PublicDrugOutlets', { code: d.code, near: { lat: 43.8, lon: 87.6, datum: 'WGS84' }, kind: 'PHARMACY', datum: 'WGS84' })
    if (o.publicDrugOutlets?.outlets.length > 1) { code = d.code; break }
  }
  expect(code, 'a 阿莫西林 code on sale at two or more pharmacies in the demo data').not.toBe('')
  await open(page, `pages/drugs/detail?code=${code}`)
  await expect(page.locator('[data-test="drug-name"]')).toContainText('阿莫西林')
  await expect(page.locator('[data-test="reimbursement"]')).toHaveText(/甲类|乙类|非医保目录/)
  await expect(page.locator('[data-test="insert"]')).toContainText('说明书')
  // the demo data's inserts are synthetic text: labelled as such, never "摘自药品说明书" (insert.spec.ts: a real one)
  expect((await gql(request, 'PublicDrug', { code })).publicDrug.insert.synthetic).toBe(true)
  await expect(page.locator('[data-test="insert-caption"]')).toContainText('演示数据（合成文本），非说明书原文')
  await expect(page.locator('[data-test="insert"]')).not.toContainText('摘自药品说明书')

  const outlets = page.locator('[data-test="outlet"]')
  await expect(outlets.first()).toBeVisible()
  const caption = page.locator('[data-test="window-caption"]')
  const { publicDrugOutlets: all } = await gql(request, 'PublicDrugOutlets', { code, near: { lat: 43.8, lon: 87.6, datum: 'WGS84' }, datum: 'WGS84' })
  await expect(caption).toContainText(`近 ${all.purchaseWindowDays} 天`)
  await expect(caption).toContainText(`${all.settlementWindowDays} 天`)
  await expect(outlets.first().locator('[data-test="flag-purchase"]')).toHaveText(new RegExp(`^近${all.purchaseWindowDays}天[有无]采购$`))
  await expect(outlets.first().locator('[data-test="flag-settlement"]')).toHaveText(new RegExp(`^近${all.settlementWindowDays}天[有无]医保结算$`))
  await expectAscending(await outlets.locator('[data-test="distance"]').allInnerTexts())
  await shot(page, '04-drug-detail')
  await page.locator('[data-test="outlets"]').scrollIntoViewIfNeeded()
  await shot(page, '05-drug-outlets')

  // only pharmacies, then the map
  await page.locator('[data-test="kind-pharmacy"]').click()
  await expect(outlets.first()).toContainText('定点药店')
  const pharmacyTexts = await outlets.allInnerTexts()
  expect(pharmacyTexts.every((t) => t.includes('定点药店'))).toBe(true)
  await page.locator('[data-test="view-map"]').click()
  await expect(page.locator('[data-test="map-sketch"] [data-test="map-marker"]').first()).toBeVisible()
  await shot(page, '06-drug-outlets-map')
  await page.locator('[data-test="view-list"]').click()

  // the nearest pharmacy
  const nearestName = (await outlets.first().locator('.name').innerText()).trim()
  await outlets.first().click()
  await expect(page.locator('[data-test="institution-name"]')).toHaveText(nearestName)
  const instCode = new URL(page.url().replace('#', '')).searchParams.get('code')!
  const { publicInstitution } = await gql(request, 'PublicInstitution', { code: instCode, datum: 'WGS84' })
  const { lat, lon, datum } = publicInstitution.location
  expect(datum).toBe('WGS84')
  const nav = page.locator('a[data-test="navigate"]')
  await expect(nav).toBeVisible()
  const href = await nav.getAttribute('href')
  const url = new URL(href!)
  expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker')
  expect(url.searchParams.get('position')).toBe(`${lon},${lat}`)
  expect(url.searchParams.get('coordinate')).toBe('wgs84')
  expect(url.searchParams.get('name')).toBe(nearestName)
  expect(Math.abs(lat - 43.8)).toBeLessThan(1)
  expect(Math.abs(lon - 87.6)).toBeLessThan(1)
  await expect(page.locator('[data-test="on-sale"] .drug-item').first()).toBeVisible()
  await shot(page, '07-institution')
  expect(errors).toEqual([])
})
