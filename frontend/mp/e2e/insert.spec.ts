import { expect, test } from '@playwright/test'
import { gql, open, shot, staffGql, staffToken, watchErrors } from './helpers'

// PUB-04 / DRUG-21: the demo data's package inserts are synthetic text, and the detail page says so instead of
// "以上摘自药品说明书"; an insert the bureau has written (drugPackageInsertUpdate) is quoted as the insert.
test('a synthetic insert is labelled demo text; an insert written by the bureau is quoted as the insert', async ({ page, request }) => {
  const errors = watchErrors(page)
  const { publicDrugs } = await gql(request, 'PublicDrugs', { keyword: '片' })
  const drug = publicDrugs.nodes.find((d: { genericName: string }) => !d.genericName.includes('阿莫西林'))
  expect(drug, 'a tablet other than the one the search test opens').toBeTruthy()
  expect((await gql(request, 'PublicDrug', { code: drug.code })).publicDrug.insert.synthetic).toBe(true)

  await open(page, `pages/drugs/detail?code=${drug.code}`)
  const card = page.locator('[data-test="insert"]')
  const caption = page.locator('[data-test="insert-caption"]')
  await expect(caption).toContainText('演示数据（合成文本），非说明书原文')
  await expect(card).not.toContainText('摘自药品说明书')
  await card.scrollIntoViewIfNeeded()
  await shot(page, '50-insert-synthetic')

  // a region official writes the whole insert: it is real text from now on
  const token = await staffToken(request, 'xj_admin')
  const { drug: found } = await staffGql(request, token, 'query($c: String) { drug(code: $c) { id } }', { c: drug.code })
  const insert = { indications: 'E2E 说明书原文：用于测试', dosage: '一次 1 片', frequency: '一日 3 次', method: '口服',
    shelfLifeMonths: 36 }
  const saved = await staffGql(request, token, 'mutation($i: DrugPackageInsertUpdateInput!) { drugPackageInsertUpdate(input: $i) '
    + '{ userErrors { code message } } }', { i: { drugId: found.id, ...insert } })
  expect(saved.drugPackageInsertUpdate.userErrors).toEqual([])
  expect((await gql(request, 'PublicDrug', { code: drug.code })).publicDrug.insert.synthetic).toBe(false)

  await page.reload()
  await expect(card).toContainText('E2E 说明书原文：用于测试')
  await expect(card).not.toContainText('示例')
  await expect(caption).toContainText('以上摘自药品说明书')
  await expect(caption).not.toContainText('合成')
  await card.scrollIntoViewIfNeeded()
  await shot(page, '51-insert-real')
  expect(errors).toEqual([])
})
