import { expect, login, test } from './helpers.ts'

// The SPA keeps its token in localStorage, defensible only because no script but our own bundle runs on the origin
// (README, Security): the built page must carry the strict Content-Security-Policy and no inline script, and a
// signed-in session must run without a single CSP violation. OWASP API8:2023 Security Misconfiguration.
test('the built SPA is served under the strict CSP with no inline script and runs without a violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()) })
  const res = await page.goto('./')
  const csp = res?.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-eval')
  expect(res?.headers()['x-frame-options']).toBe('DENY')
  expect(res?.headers()['x-content-type-options']).toBe('nosniff')
  expect(await page.locator('script:not([src])').count()).toBe(0)
  await login(page, 'xj_admin', '/dashboard')
  await expect(page.locator('[data-test=activity]')).toBeVisible()
  expect(violations).toEqual([])
})
