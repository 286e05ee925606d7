import type { Client } from '@urql/core'
import { describe, expect, it } from 'vitest'
import { createAppRouter } from '@/router'
import { IMPORT_KIND_LABEL, IMPORT_PAGE, MASTER_DATA_COLUMNS, importJobPath, masterDataTemplateCsv } from './imports'

// DRUG-07: a catalog import and a 总表 (master-data) import are two kinds of the same job; each has its own page.
const router = createAppRouter({} as Client)

describe('import kinds', () => {
  it('names the two kinds differently', () => {
    expect(IMPORT_KIND_LABEL.CATALOG).toBe('医保目录文件')
    expect(IMPORT_KIND_LABEL.MASTER_DATA).toBe('药品分类与代码总表')
  })

  it('opens each kind\'s job under its own upload page, which highlights that page\'s menu entry', () => {
    const catalog = router.resolve(importJobPath({ id: 'Q2F0YWxvZ0ltcG9ydDox', kind: 'CATALOG' }))
    expect(catalog.name).toBe('catalog-import-job')
    expect(catalog.meta.menu).toBe(IMPORT_PAGE.CATALOG.path)
    const master = router.resolve(importJobPath({ id: 'Q2F0YWxvZ0ltcG9ydDoy', kind: 'MASTER_DATA' }))
    expect(master.name).toBe('master-data-import-job')
    expect(master.params.id).toBe('Q2F0YWxvZ0ltcG9ydDoy')
    expect(master.meta.menu).toBe(IMPORT_PAGE.MASTER_DATA.path)
    expect(router.resolve(IMPORT_PAGE.MASTER_DATA.path).name).toBe('master-data-import')
    expect(router.resolve(IMPORT_PAGE.CATALOG.path).name).toBe('catalog-import')
    expect(importJobPath({ id: 'a/b==', kind: 'MASTER_DATA' })).toBe('/catalog/master-data-imports/a%2Fb%3D%3D')
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
})
