/**
 * The two kinds of national file import (both background jobs of the same type, CatalogImport): a catalog file makes a
 * catalog version (DRUG-01), the NHSA 药品分类与代码 总表 keeps drug-code master data current (DRUG-07). Unit-tested in
 * imports.spec.ts.
 */
import type { ImportKind } from '@/gql/graphql'

export const IMPORT_KIND_LABEL: Record<string, string> = {
  CATALOG: '医保目录文件', MASTER_DATA: '药品分类与代码总表', TRACE_PRODUCTS: '药品标识码文件',
}

/** The upload page of each kind (the menu entry its job pages belong to). */
export const IMPORT_PAGE: Record<ImportKind, { path: string; title: string }> = {
  CATALOG: { path: '/catalog/import', title: '目录文件导入' },
  MASTER_DATA: { path: '/catalog/master-data-import', title: '药品编码总表导入' },
  // 药品标识码 files (PUB-19) are uploaded through the API (traceProductImportStart); their jobs belong with the
  // drug master data until the SPA has an upload page of its own.
  TRACE_PRODUCTS: { path: '/catalog/master-data-import', title: '药品编码总表导入' },
}

/** A job's page: catalog imports under /catalog/imports, master-data imports under /catalog/master-data-imports. */
export function importJobPath(job: { id: string; kind: ImportKind }): string {
  const id = encodeURIComponent(job.id)
  return job.kind === 'MASTER_DATA' ? `/catalog/master-data-imports/${id}` : `/catalog/imports/${id}`
}

/** The columns of the 总表 the server reads (domain/catalog/importer.py); the first two are required. */
export const MASTER_DATA_COLUMNS: readonly { title: string; required: boolean; note?: string }[] = [
  { title: '药品代码', required: true, note: '23 位医保药品代码' },
  { title: '注册名称', required: true },
  { title: '商品名称', required: false },
  { title: '注册剂型', required: false },
  { title: '注册规格', required: false },
  { title: '包装', required: false },
  { title: '包装材质', required: false },
  { title: '最小包装数量', required: false, note: '正整数' },
  { title: '最小制剂单位', required: false },
  { title: '最小包装单位', required: false },
  { title: '药品企业', required: false, note: '主数据中没有的新代码必填' },
  { title: '上市许可持有人', required: false },
  { title: '批准文号', required: false },
  { title: '药品本位码', required: false, note: '14 位数字' },
  { title: '市场状态', required: false },
]

/** An empty 总表 (.csv, UTF-8 with BOM so that Excel opens it as Chinese text): the header row only. */
export function masterDataTemplateCsv(): string {
  return '\uFEFF' + MASTER_DATA_COLUMNS.map((c) => c.title).join(',') + '\r\n'
}
