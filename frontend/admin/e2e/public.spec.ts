import type { Page } from '@playwright/test'
import { expect, login, shot, test } from './helpers.ts'

// Public engagement in the officials' SPA: a prefecture handles the public's feedback (PUB-21), the region sets the
// notice bar (PUB-26), and an institution reads the feedback about itself by problem type (PUB-22).
test.describe.configure({ mode: 'serial' })

async function prompt(page: Page, text: string | null): Promise<void> {
  const box = page.locator('.el-message-box')
  await expect(box).toBeVisible()
  if (text !== null) await box.locator('textarea').fill(text)
  await box.locator('.el-message-box__btns .el-button--primary').click()
}

test('a prefecture official takes feedback in hand and resolves it with a note', async ({ page }) => {
  await login(page, 'wlmq_official', '/public/feedback')
  const table = page.locator('[data-test=feedback-table]')
  await expect(table.locator('tbody tr').first()).toBeVisible()
  await page.locator('[data-test=filter-state]').click()
  await page.locator('.el-select-dropdown__item', { hasText: '待受理' }).click()
  await page.locator('[data-test=search]').click()
  await expect(table.locator('[data-test=feedback-state]').first()).toHaveText('待受理')
  await expect(table.locator('[data-test=feedback-state]', { hasText: '处理中' })).toHaveCount(0)
  await shot(page, '90-public-feedback-list')

  await table.locator('[data-test=feedback-link]').first().click()
  const detail = page.locator('[data-test=feedback-detail]')
  await expect(detail.locator('[data-test=detail-state]')).toHaveText('待受理')
  await expect(detail.locator('[data-test=action-resolve]')).toHaveCount(0)
  await detail.locator('[data-test=action-start]').click()
  await prompt(page, '已受理，联系药店核实库存')
  await expect(detail.locator('[data-test=detail-state]')).toHaveText('处理中')

  // 办结 needs a note: the dialog refuses an empty one
  await detail.locator('[data-test=action-resolve]').click()
  await prompt(page, null)
  await expect(page.locator('.el-message-box__errormsg')).toHaveText('办结必须填写处理意见')
  await prompt(page, '药店已补货并更正库存报送')
  await expect(detail.locator('[data-test=detail-state]')).toHaveText('已办结')
  await expect(detail.locator('[data-test=detail-note]')).toHaveText('药店已补货并更正库存报送')
  const timeline = detail.locator('[data-test=timeline] .el-timeline-item')
  await expect(timeline).toHaveCount(3)
  await expect(timeline.nth(1)).toContainText('受理')
  await expect(timeline.nth(2)).toContainText('办结')
  await expect(timeline.nth(2)).toContainText('张伟（演示）')
  await expect(detail.locator('[data-test=feedback-actions] button')).toHaveCount(0)
  await shot(page, '91-public-feedback-detail')
})

test('the region sets the notice bar and sees it in the preview', async ({ page }) => {
  await login(page, 'xj_admin', '/public/notice')
  const calibre = page.locator('textarea[data-test=notice-calibre]')
  await expect(calibre).not.toHaveValue('')
  const stamp = `E2E 口径 ${Date.now()}`
  await calibre.fill(stamp)
  await page.locator('textarea[data-test=notice-risk]').fill('E2E 风险提醒：请遵医嘱用药')
  await expect(page.locator('[data-test=notice-preview]')).toContainText(stamp)
  await page.locator('[data-test=notice-save]').click()
  await expect(page.locator('.el-message--success')).toContainText('公告已保存')
  await page.reload()
  await expect(page.locator('textarea[data-test=notice-calibre]')).toHaveValue(stamp)
  await expect(page.locator('[data-test=notice-source]')).toContainText('650000')
  await shot(page, '92-public-notice')

  // a division below the region without a notice of its own inherits the region's wording
  await page.locator('[data-test=notice-division]').fill('653100')
  await expect(page.locator('textarea[data-test=notice-calibre]')).toHaveValue(stamp)   // inherited from the region
})

test('an institution reads the feedback about itself by problem type, without actions', async ({ page }) => {
  await login(page, 'xj_pharmacy', '/public/feedback')
  await expect(page.locator('.el-menu')).toContainText('群众评价')
  await expect(page.locator('.el-menu')).toContainText('机构公开信息')
  await expect(page.locator('.el-menu')).not.toContainText('公告设置')
  const table = page.locator('[data-test=feedback-table]')
  await expect(table.locator('tbody tr').first()).toBeVisible()
  await expect(page.locator('[data-test=feedback-actions]')).toHaveCount(0)
  const chip = page.locator('[data-test=type-NOT_IN_STOCK]')
  const n = Number((await chip.locator('b').textContent()) ?? '0')
  await chip.click()
  await expect(page.locator('[data-test=pager]')).toContainText(`共 ${n} 条`)
  await shot(page, '93-institution-feedback')
  if (n > 0) {
    await table.locator('[data-test=feedback-link]').first().click()
    await expect(page.locator('[data-test=feedback-detail]')).toContainText('没有在店内买到药品')
    await expect(page.locator('[data-test=feedback-detail] [data-test=feedback-actions] button')).toHaveCount(0)
  }
})

test('purchase needs show masked phones; the 个人信息查阅 post reveals one with a reason', async ({ page }) => {
  await login(page, 'wlmq_official', '/public/needs')
  const phone = page.locator('[data-test=need-phone]').first()
  await expect(phone).toHaveText(/^1\d{2}\*{4}\d{4}$/)
  await page.locator('[data-test=need-reveal]').first().click()
  const box = page.locator('.el-message-box')
  await box.locator('.el-message-box__btns .el-button--primary').click()
  await expect(box).toContainText('请填写查看原因')                       // no reason, no number
  await box.locator('input').fill('电话回访需求人')
  await box.locator('.el-message-box__btns .el-button--primary').click()
  await expect(phone).toHaveText(/^1\d{10}$/)
  await shot(page, '94-purchase-need-phone-revealed')
})
