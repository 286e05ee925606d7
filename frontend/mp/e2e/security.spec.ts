import { expect, test } from '@playwright/test'

// The H5 build under the strict Content-Security-Policy (api/headers.py): no inline script, and the home page runs
// without a CSP violation. OWASP API8:2023 Security Misconfiguration.
test('the H5 build is served under the strict CSP with no inline script and runs without a violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()) })
  const res = await page.goto('./')
  expect(res?.headers()['content-security-policy'] ?? '').toContain("script-src 'self'")
  expect(await page.locator('script:not([src])').count()).toBe(0)
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
})
