import { expect, test as base } from '@playwright/test'
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PASSWORD = 'Demo@2026'

/** Every test also fails on an uncaught exception in the page (a bug that would otherwise go unnoticed). */
export const test = base.extend<{ noPageErrors: void }>({
  noPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.stack ?? e.message))
      await use()
      expect(errors, 'uncaught errors in the page').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results', 'screenshots')

/** Signs in through the login page and waits until the SPA has left it. */
export async function login(page: Page, username: string, path = ''): Promise<void> {
  await page.goto(path ? `login?redirect=${encodeURIComponent(path)}` : 'login')
  await page.locator('input[data-test=username]').fill(username)
  await page.locator('input[data-test=password]').fill(PASSWORD)
  await page.locator('button[data-test=login]').click()
  await expect(page).not.toHaveURL(/\/login/)
  await expect(page.locator('[data-test=user-name]')).toBeVisible()
}

export async function logout(page: Page): Promise<void> {
  await page.locator('[data-test=logout]').click()
  await expect(page).toHaveURL(/\/login/)
}

/** Writes a screenshot of the page to test-results/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled', fullPage: false })
}

/** A small GraphQL client for test set-up and cross-checks (same API the SPA uses). */
export class Api {
  private tokens = new Map<string, string>()
  private request: APIRequestContext
  constructor(request: APIRequestContext) {
    this.request = request
  }

  async token(username: string): Promise<string> {
    const cached = this.tokens.get(username)
    if (cached) return cached
    const r = await this.request.post('/graphql', {
      data: { query: 'mutation($u: String!, $p: String!) { userLogin(input: {username: $u, password: $p}) { token userErrors { message } } }', variables: { u: username, p: PASSWORD } },
    })
    const token = (await r.json()).data.userLogin.token as string
    expect(token, `login as ${username}`).toBeTruthy()
    this.tokens.set(username, token)
    return token
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async gql<T = any>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.request.post('/graphql', {
      data: { query, variables },
      headers: { authorization: `Bearer ${await this.token(username)}` },
    })
    const body = await r.json()
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
    return body.data as T
  }
}

/** Opens an Element Plus select and picks the option with this text. */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: option }).first().click()
}

/** The confirm dialog that is open now. */
export function dialog(page: Page): Locator {
  return page.locator('.el-dialog:visible')
}
