// Structural check of the WeChat package (dist/build/mp-weixin): it cannot be run here (WeChat DevTools is not
// available), so check what DevTools and the WeChat review would need, and that requests go to the https API.
// Run after `uni build -p mp-weixin`; MP_API_BASE names the base it was built with.
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const OUT = new URL('../dist/build/mp-weixin/', import.meta.url).pathname
const API_BASE = (process.env.MP_API_BASE || 'https://api.zhilian.example.cn').replace(/\/+$/, '')
const appJson = () => JSON.parse(readFileSync(join(OUT, 'app.json'), 'utf8'))

function files(dir, ext) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : []
  })
}

// one suite, so that the JUnit report counts the tests (scripts/test_summary.py reads <testsuite>)
describe('WeChat package dist/build/mp-weixin', () => {
  test('the package has app.js, app.json, app.wxss and project.config.json', () => {
    for (const f of ['app.js', 'app.json', 'app.wxss', 'project.config.json']) assert.ok(existsSync(join(OUT, f)), f)
  })

  test('every page in app.json has its .js, .json and .wxml', () => {
    const pages = appJson().pages
    assert.ok(pages.length >= 9, `only ${pages.length} pages`)
    for (const page of pages) {
      for (const ext of ['.js', '.json', '.wxml']) assert.ok(existsSync(join(OUT, page + ext)), page + ext)
      const wxml = readFileSync(join(OUT, page + '.wxml'), 'utf8')
      assert.ok(wxml.trim().length > 0, `${page}.wxml is empty`)
    }
  })

  test('app.json asks for the location permission with a reason, and declares getLocation', () => {
    const app = appJson()
    assert.ok(app.permission?.['scope.userLocation']?.desc, 'permission.scope.userLocation.desc')
    assert.ok(app.requiredPrivateInfos?.includes('getLocation'), 'requiredPrivateInfos getLocation')
  })

  test('the pages are compiled to static WXML (map with markers, taps, lists)', () => {
    const detail = readFileSync(join(OUT, 'pages/drugs/detail.wxml'), 'utf8')
    assert.match(readFileSync(join(OUT, 'components/MapPanel.wxml'), 'utf8'), /<map[^>]*markers=/)
    assert.match(detail, /wx:for=/)
    assert.match(detail, /bindtap=/)
    assert.ok(existsSync(join(OUT, 'static/marker.png')), 'marker icon')
  })

  test('requests go to the configured https API base, and no relative /graphql URL remains', () => {
    const js = files(OUT, '.js').map((f) => [f, readFileSync(f, 'utf8')])
    const withBase = js.filter(([, s]) => s.includes(JSON.stringify(API_BASE)) || s.includes(`${API_BASE}/graphql`))
    assert.ok(withBase.length > 0, `${API_BASE} not found in the bundle`)
    assert.ok(API_BASE.startsWith('https://'), 'the WeChat build needs an https API base')
    for (const [f, s] of js) assert.doesNotMatch(s, /["'`]\/graphql/, `relative /graphql in ${f}`)
  })

  test('the H5-only branches are gone from the WeChat bundle (no DEV login, no AMap link)', () => {
    const all = files(OUT, '.js').map((f) => readFileSync(f, 'utf8')).join('\n')
    assert.doesNotMatch(all, /uri\.amap\.com/)
    assert.doesNotMatch(all, /"DEV"/)
    assert.match(all, /openLocation/)
    assert.match(all, /"WECHAT"/)
  })
})
