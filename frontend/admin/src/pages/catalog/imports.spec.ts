import type { Client } from '@urql/core'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportKind } from '@/gql/graphql'
import { visibleMenu } from '@/menu'
import { createAppRouter } from '@/router'
import { anyPathRouter, fakeUrql } from '@/testSupport'
import ImportJobsTable from './ImportJobsTable.vue'
import {
  IMPORT_COUNTS, IMPORT_JOB, IMPORT_KIND_LABEL, IMPORT_PAGE, MASTER_DATA_COLUMNS, TRACE_COLUMNS, importJobPath, masterDataTemplateCsv,
  traceTemplateCsv,
} from './imports'

// DRUG-07, PUB-19 / DRUG-27: a catalog import, a 总表 (master-data) import and a 药品标识码 import are three kinds of
// the same job; each has its own page, menu entry and job route.
const router = createAppRouter({} as Client)
const KINDS: ImportKind[] = ['CATALOG', 'MASTER_DATA', 'TRACE_PRODUCTS']

afterEach(() => {
  document.body.innerHTML = ''
})

describe('import kinds', () => {
  it('names the three kinds differently', () => {
    expect(IMPORT_KIND_LABEL.CATALOG).toBe('医保目录文件')
    expect(IMPORT_KIND_LABEL.MASTER_DATA).toBe('药品分类与代码总表')
    expect(IMPORT_KIND_LABEL.TRACE_PRODUCTS).toBe('药品标识码文件')
    expect(new Set(KINDS.map((k) => IMPORT_KIND_LABEL[k])).size).toBe(3)
    expect(new Set(KINDS.map((k) => IMPORT_JOB[k].title)).size).toBe(3)
  })

  it('opens each kind\'s job under its own upload page, which highlights that page\'s menu entry', () => {
    const catalog = router.resolve(importJobPath({ id: 'Q2F0YWxvZ0ltcG9ydDox', kind: 'CATALOG' }))
    expect(catalog.name).toBe('catalog-import-job')
    expect(catalog.meta.menu).toBe(IMPORT_PAGE.CATALOG.path)
    const master = router.resolve(importJobPath({ id: 'Q2F0YWxvZ0ltcG9ydDoy', kind: 'MASTER_DATA' }))
    expect(master.name).toBe('master-data-import-job')
    expect(master.params.id).toBe('Q2F0YWxvZ0ltcG9ydDoy')
    expect(master.meta.menu).toBe(IMPORT_PAGE.MASTER_DATA.path)
    const trace = router.resolve(importJobPath({ id: 'Q2F0YWxvZ0ltcG9ydDoz', kind: 'TRACE_PRODUCTS' }))
    expect(trace.path).toBe('/catalog/trace-imports/Q2F0YWxvZ0ltcG9ydDoz')
    expect(trace.name).toBe('trace-import-job')
    expect(trace.params.id).toBe('Q2F0YWxvZ0ltcG9ydDoz')
    expect(trace.meta).toMatchObject({ menu: IMPORT_PAGE.TRACE_PRODUCTS.path, scope: 'catalog:write', title: IMPORT_JOB.TRACE_PRODUCTS.title })
    for (const kind of KINDS) expect(router.resolve(importJobPath({ id: 'x', kind })).name).toBe(IMPORT_JOB[kind].name)
    expect(router.resolve(IMPORT_PAGE.MASTER_DATA.path).name).toBe('master-data-import')
    expect(router.resolve(IMPORT_PAGE.CATALOG.path).name).toBe('catalog-import')
    expect(router.resolve(IMPORT_PAGE.TRACE_PRODUCTS.path)).toMatchObject({ name: 'trace-import', meta: { scope: 'catalog:write', title: '药品标识码导入' } })
    expect(importJobPath({ id: 'a/b==', kind: 'MASTER_DATA' })).toBe('/catalog/master-data-imports/a%2Fb%3D%3D')
    expect(importJobPath({ id: 'a/b==', kind: 'TRACE_PRODUCTS' })).toBe('/catalog/trace-imports/a%2Fb%3D%3D')
  })

  it('puts every upload page in the menu for catalog maintainers only', () => {
    const maintainer = visibleMenu(new Set(['drugs:read', 'catalog:read', 'catalog:write'])).map((m) => m.path)
    for (const kind of KINDS) expect(maintainer).toContain(IMPORT_PAGE[kind].path)
    expect(visibleMenu(new Set(['drugs:read', 'catalog:read'])).map((m) => m.path)).not.toContain(IMPORT_PAGE.TRACE_PRODUCTS.path)
  })

  it('says what each kind\'s two counts are of', () => {
    expect(IMPORT_COUNTS.TRACE_PRODUCTS).toEqual({ created: '新增标识码', updated: '变更标识码', noun: '标识码', unit: '个' })
    expect(IMPORT_COUNTS.MASTER_DATA.updated).toBe('更新药品编码')
    expect(IMPORT_COUNTS.CATALOG.updated).toBeNull()
  })

  it('offers a 总表 template with the header row the server reads, the two required columns first', () => {
    const csv = masterDataTemplateCsv()
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const header = csv.slice(1).trimEnd().split(',')
    expect(header.slice(0, 2)).toEqual(['药品代码', '注册名称'])
    expect(header).toEqual(MASTER_DATA_COLUMNS.map((c) => c.title))
    expect(MASTER_DATA_COLUMNS.filter((c) => c.required).map((c) => c.title)).toEqual(['药品代码', '注册名称'])
    expect(header).toEqual(expect.arrayContaining(['商品名称', '注册剂型', '注册规格', '包装', '包装材质', '最小包装数量', '最小制剂单位',
      '最小包装单位', '药品企业', '上市许可持有人', '批准文号', '药品本位码', '市场状态']))
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('offers a 药品标识码 template with the column names the server reads (domain/drugs/trace_products.py)', () => {
    const csv = traceTemplateCsv()
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.slice(1).trimEnd().split(',')).toEqual(['药品标识码', '药品代码', '药品本位码', '包装说明'])
    // Only the 标识码 column is required by itself: the drug is named by 药品代码 or, failing that, 药品本位码.
    expect(TRACE_COLUMNS.filter((c) => c.required).map((c) => c.title)).toEqual(['药品标识码'])
    expect(TRACE_COLUMNS[0].note).toContain('7 位数字')
  })
})

describe('the list of recent imports', () => {
  const job = (kind: ImportKind, n: number, extra: Record<string, unknown> = {}) => ({
    id: `job-${kind}`, kind, fileName: `${kind}.csv`, onErrors: 'REJECT_FILE', state: 'SUCCEEDED', versionNo: null, totalRows: 5,
    errorRows: 0, importedRows: 5, newDrugCodes: n, updatedDrugCodes: n + 1, progress: 1, createdAt: '2026-12-08T02:00:00+00:00',
    version: null, ...extra,
  })

  it('shows each kind with its own label, job link and what its counts are of', async () => {
    const urql = fakeUrql({
      CatalogImports: () => ({
        catalogImports: {
          totalCount: 3,
          nodes: [job('TRACE_PRODUCTS', 2), job('MASTER_DATA', 4), job('CATALOG', 6, { versionNo: 'V9', version: { id: 'v9', versionNo: 'V9' } })],
        },
      }),
    })
    const w = mount(ImportJobsTable, { global: { plugins: [[ElementPlus, { locale: zhCn }], anyPathRouter()] as never, provide: urql.provide } })
    await flushPromises()
    expect(urql.calls).toEqual([{ name: 'CatalogImports', variables: { first: 10, offset: 0 } }])
    const rows = w.findAll('tbody tr')
    expect(rows).toHaveLength(3)
    const [trace, master, catalog] = rows
    expect(trace.find('[data-test=import-kind]').text()).toBe('药品标识码文件')
    expect(trace.find('[data-test=import-job-link]').attributes('href')).toBe('/catalog/trace-imports/job-TRACE_PRODUCTS')
    expect(trace.find('[data-test=import-new-codes]').text()).toBe('2')
    expect(trace.find('[data-test=import-updated-codes]').text()).toBe('3')
    expect(trace.findAll('.unit').map((u) => u.text())).toEqual(['标识码', '标识码'])
    expect(trace.text()).toContain('不涉及')
    expect(master.find('[data-test=import-job-link]').attributes('href')).toBe('/catalog/master-data-imports/job-MASTER_DATA')
    expect(master.findAll('.unit').map((u) => u.text())).toEqual(['编码', '编码'])
    expect(catalog.find('[data-test=import-updated-codes]').exists()).toBe(false)
    expect(catalog.text()).toContain('V9')
    expect(w.text()).toContain('药品标识码文件')
  })
})
