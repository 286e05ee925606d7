import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'

const documents: Record<string, string> = JSON.parse(readFileSync('src/gql/persisted-documents.json', 'utf8'))

/** Runs one of the app's persisted documents (by operation name) straight against the API, as the app would. */
export async function gql<T = any>(request: APIRequestContext, operation: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const id = Object.keys(documents).find((k) => new RegExp(`^(query|mutation) ${operation}\\b`).test(documents[k]))
  if (!id) throw new Error(`no persisted document ${operation}`)
  const res = await request.post('/graphql', {
    data: { documentId: id, variables },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  })
  const body = await res.json()
  if (body.errors?.length) throw new Error(`${operation}: ${body.errors[0].message}`)
  return body.data as T
}

/** Opens a page of the hash router, e.g. open(page, 'pages/trace/index'); fails on any page error. */
export async function open(page: Page, path: string) {
  await page.goto(`#/${path}`)
}

export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  return errors
}

export async function shot(page: Page, name: string) {
  mkdirSync('test-results/screenshots', { recursive: true })
  await page.waitForTimeout(300)
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, animations: 'disabled' })
}

/** "850m" / "1.2km" / "13km" → metres. */
export function meters(text: string): number {
  const m = text.trim().match(/^([\d.]+)(m|km)$/)
  if (!m) throw new Error(`not a distance: ${text}`)
  return Number(m[1]) * (m[2] === 'km' ? 1000 : 1)
}

export async function expectAscending(texts: string[]) {
  const values = texts.map(meters)
  expect(values.length).toBeGreaterThan(1)
  for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1])
}

/** uni's <input> is a wrapper: type into its inner input element. */
export function input(page: Page, test: string) {
  return page.locator(`[data-test="${test}"] input, [data-test="${test}"] textarea`).first()
}

/** A bureau account's token (officials send their own documents: no allow-list for them). */
export async function staffToken(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/graphql', {
    data: { query: 'mutation($u: String!, $p: String!) { userLogin(input: {username: $u, password: $p}) { token } }',
            variables: { u: username, p: 'Demo@2026' } },
  })
  const body = await res.json()
  if (!body.data?.userLogin?.token) throw new Error(`login ${username}: ${JSON.stringify(body)}`)
  return body.data.userLogin.token
}

/** Runs a document as a bureau account (what the officials' SPA does), e.g. to change data a page then shows. */
export async function staffGql<T = any>(request: APIRequestContext, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables }, headers: { Authorization: `Bearer ${token}` } })
  const body = await res.json()
  if (body.errors?.length) throw new Error(body.errors[0].message)
  return body.data as T
}
