import type { Client } from '@urql/core'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { visibleMenu } from '@/menu'
import { createAppRouter } from '@/router'
import { anyPathRouter, fakeUrql } from '@/testSupport'
import TraceSection from './file/TraceSection.vue'
import TraceProductsPage from './TraceProductsPage.vue'
import { TRACE_REGISTRY_PATH, parseTraceQuery, readPrefix, toTraceQuery, traceVariables } from './traceProducts'

// PUB-19 / DRUG-27: the 药品标识码 registry page and the drug file's list of its own 标识码.
const plugins = (router = anyPathRouter()) => [[ElementPlus, { locale: zhCn }], router] as never

afterEach(() => {
  document.body.innerHTML = ''
})

describe('药品标识码 prefix search', () => {
  it('accepts up to 7 digits, and the 标识码 of a whole 20-digit trace code', () => {
    expect(readPrefix(' 860 12 ')).toEqual({ ok: true, prefix: '86012', fromTraceCode: false })
    expect(readPrefix('')).toEqual({ ok: true, prefix: '', fromTraceCode: false })
    expect(readPrefix('8601234')).toEqual({ ok: true, prefix: '8601234', fromTraceCode: false })
    expect(readPrefix('86012345678901234567')).toEqual({ ok: true, prefix: '8601234', fromTraceCode: true })
  })

  it('refuses what the API would refuse, saying why', () => {
    const letters = readPrefix('86a')
    expect(letters.ok).toBe(false)
    expect(!letters.ok && letters.message).toContain('只含数字')
    const long = readPrefix('86012345')
    expect(!long.ok && long.message).toContain('8 位')
  })

  it('keeps the list state in the URL, dropping a prefix the API would refuse', () => {
    const s = parseTraceQuery({ prefix: '8601', page: '3', size: '50' })
    expect(s).toEqual({ prefix: '8601', page: 3, size: 50 })
    expect(parseTraceQuery(toTraceQuery(s) as never)).toEqual(s)
    expect(parseTraceQuery({ prefix: 'x1', page: '-1', size: '500' })).toEqual({ prefix: '', page: 1, size: 100 })
    expect(toTraceQuery(parseTraceQuery({}))).toEqual({})
    expect(traceVariables({ prefix: '', page: 2, size: 20 })).toEqual({ first: 20, offset: 20, prefix: null })
    expect(traceVariables({ prefix: '86', page: 1, size: 50 })).toEqual({ first: 50, offset: 0, prefix: '86' })
  })

  it('is a page of its own (not a drug id) in the menu for drug master-data readers', () => {
    const route = createAppRouter({} as Client).resolve(TRACE_REGISTRY_PATH)
    expect(route).toMatchObject({ name: 'trace-products', meta: { scope: 'drugs:read', title: '药品标识码' } })
    const menu = visibleMenu(new Set(['drugs:read'])).map((m) => m.path)
    expect(menu.indexOf(TRACE_REGISTRY_PATH)).toBe(menu.indexOf('/drugs') + 1)
    expect(visibleMenu(new Set(['organisations:read'])).map((m) => m.path)).not.toContain(TRACE_REGISTRY_PATH)
  })
})

const drug = { id: 'RHJ1Zzox', code: 'XJ01CAA040A001010100001', genericName: '阿莫西林', spec: '0.25g', registeredName: '阿莫西林胶囊',
  manufacturer: { name: '示例制药' }, registeredForm: '胶囊剂', packaging: '24粒/盒' }

describe('the registry page', () => {
  it('lists the registry, searches by prefix and pages on the server, each row linking to its drug', async () => {
    const urql = fakeUrql({
      TraceProducts: (v) => ({
        traceProducts: {
          totalCount: v.prefix ? 1 : 45,
          nodes: [{ prefix: v.prefix ? '8601234' : '8000001', packNote: '10片/盒', drug }],
        },
      }),
    })
    const router = anyPathRouter()
    await router.push(TRACE_REGISTRY_PATH)
    const w = mount(TraceProductsPage, { global: { plugins: plugins(router), provide: urql.provide } })
    await flushPromises()
    expect(urql.calls.at(-1)).toEqual({ name: 'TraceProducts', variables: { first: 20, offset: 0, prefix: null } })
    expect(w.find('[data-test=pager]').text()).toContain('共 45 条')
    const link = w.find('[data-test=trace-drug-link]')
    expect(link.text()).toBe(drug.code)
    expect(link.attributes('href')).toBe(`/drugs/${drug.id}`)
    expect(w.find('tbody tr').text()).toContain('胶囊剂 / 0.25g / 24粒/盒')

    // Letters are refused at the field and never sent.
    await w.find('input[data-test=trace-prefix]').setValue('86a')
    await w.find('form').trigger('submit')
    await flushPromises()
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() => expect(w.find('.el-form-item__error').text()).toContain('只含数字'))
    expect(urql.calls.map((c) => c.variables.prefix)).not.toContain('86a')

    // A whole trace code searches by its 标识码, which the URL keeps.
    await w.find('input[data-test=trace-prefix]').setValue('86012345678901234567')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ prefix: '8601234' })
    expect(urql.calls.at(-1)?.variables).toEqual({ first: 20, offset: 0, prefix: '8601234' })
    expect(w.find('[data-test=trace-note]').text()).toContain('8601234')
    await vi.waitFor(() => expect(w.find('.el-form-item__error').exists()).toBe(false))
    expect(w.find('[data-test=trace-prefix-cell]').text()).toBe('8601234')
  })

  it('says when no 标识码 starts with the prefix', async () => {
    const urql = fakeUrql({ TraceProducts: () => ({ traceProducts: { totalCount: 0, nodes: [] } }) })
    const router = anyPathRouter()
    await router.push(`${TRACE_REGISTRY_PATH}?prefix=5550&page=2`)
    const w = mount(TraceProductsPage, { global: { plugins: plugins(router), provide: urql.provide } })
    await flushPromises()
    expect(urql.calls.at(-1)?.variables).toEqual({ first: 20, offset: 20, prefix: '5550' })
    expect((w.find('input[data-test=trace-prefix]').element as HTMLInputElement).value).toBe('5550')
    expect(w.text()).toContain('没有以 5550 开头的药品标识码')
  })
})

describe('the drug file\'s 追溯信息 section', () => {
  const scans = { drug: { id: drug.id, publicDisclosure: null, traceScans: null } }

  it('lists the drug\'s 标识码, each linking to the registry', async () => {
    const urql = fakeUrql({
      DrugTraceProducts: () => ({ drug: { id: drug.id, traceProducts: [{ prefix: '8601234', packNote: '10片/盒' }, { prefix: '8601235', packNote: null }] } }),
      DrugPublicSections: () => scans,
    })
    const w = mount(TraceSection, { props: { drugId: drug.id }, global: { plugins: plugins(), provide: urql.provide } })
    await flushPromises()
    expect(urql.calls.find((c) => c.name === 'DrugTraceProducts')?.variables).toEqual({ id: drug.id })
    expect(w.find('[data-test=trace-product-count]').text()).toBe('2')
    const cells = w.findAll('[data-test=trace-prefix-cell]')
    expect(cells.map((c) => c.text())).toEqual(['8601234', '8601235'])
    expect(cells[0].attributes('href')).toBe(`${TRACE_REGISTRY_PATH}?prefix=8601234`)
    expect(w.findAll('[data-test=trace-pack-note]').map((c) => c.text())).toEqual(['10片/盒', '—'])
  })

  it('says a drug without 标识码 cannot be recognised by a scan', async () => {
    const urql = fakeUrql({ DrugTraceProducts: () => ({ drug: { id: drug.id, traceProducts: [] } }), DrugPublicSections: () => scans })
    const w = mount(TraceSection, { props: { drugId: drug.id }, global: { plugins: plugins(), provide: urql.provide } })
    await flushPromises()
    expect(w.find('[data-test=trace-product-count]').text()).toBe('0')
    expect(w.find('[data-test=trace-products]').text()).toContain('尚未登记药品标识码')
  })
})
