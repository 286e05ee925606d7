/**
 * The three kinds of national file import (all background jobs of the same type, CatalogImport): a catalog file makes
 * a catalog version (DRUG-01), the NHSA 药品分类与代码 总表 keeps drug-code master data current (DRUG-07), and the
 * traceability platform's 药品标识码 file says which drug a pack's trace code names (PUB-19 / DRUG-27). Each kind has
 * its own upload page (menu entry) and job route. Unit-tested in imports.spec.ts.
 */
import type { ImportKind } from '@/gql/graphql'

export const IMPORT_KIND_LABEL: Record<ImportKind, string> = {
  CATALOG: '医保目录文件',
  MASTER_DATA: '药品分类与代码总表',
  TRACE_PRODUCTS: '药品标识码文件',
}

/** The colour of each kind's tag (job page and list of recent imports). */
export const IMPORT_KIND_TAG: Record<ImportKind, 'primary' | 'warning' | 'success'> = {
  CATALOG: 'primary',
  MASTER_DATA: 'warning',
  TRACE_PRODUCTS: 'success',
}

/** The upload page of each kind (the menu entry its job pages belong to). */
export const IMPORT_PAGE: Record<ImportKind, { path: string; title: string }> = {
  CATALOG: { path: '/catalog/import', title: '目录文件导入' },
  MASTER_DATA: { path: '/catalog/master-data-import', title: '药品编码总表导入' },
  TRACE_PRODUCTS: { path: '/catalog/trace-import', title: '药品标识码导入' },
}

/** Each kind's job route: its name, where its job pages live, and the job page's title. */
export const IMPORT_JOB: Record<ImportKind, { name: string; base: string; title: string }> = {
  CATALOG: { name: 'catalog-import-job', base: '/catalog/imports', title: '目录导入任务' },
  MASTER_DATA: { name: 'master-data-import-job', base: '/catalog/master-data-imports', title: '总表导入任务' },
  TRACE_PRODUCTS: { name: 'trace-import-job', base: '/catalog/trace-imports', title: '标识码导入任务' },
}

/** A job's page, under its kind's own path. */
export function importJobPath(job: { id: string; kind: ImportKind }): string {
  return `${IMPORT_JOB[job.kind].base}/${encodeURIComponent(job.id)}`
}

/**
 * What a job's two counts (newDrugCodes, updatedDrugCodes) mean for each kind, in full (job page) and as the short
 * noun the list of recent imports puts after the figure. A catalog import only creates drug codes: no second count.
 */
export const IMPORT_COUNTS: Record<ImportKind, { created: string; updated: string | null; noun: string; unit: string }> = {
  CATALOG: { created: '新建药品主数据', updated: null, noun: '编码', unit: '条' },
  MASTER_DATA: { created: '新增药品编码', updated: '更新药品编码', noun: '编码', unit: '条' },
  TRACE_PRODUCTS: { created: '新增标识码', updated: '变更标识码', noun: '标识码', unit: '个' },
}

export interface ImportColumn {
  title: string
  required: boolean
  note?: string
}

/** The columns of the 总表 the server reads (domain/catalog/importer.py); the first two are required. */
export const MASTER_DATA_COLUMNS: readonly ImportColumn[] = [
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

/**
 * The columns of the 药品标识码 file the server reads (domain/drugs/trace_products.py): the 标识码 and the drug it names,
 * by 药品代码 or, failing that, by 药品本位码 (at least one of the two columns must be present).
 */
export const TRACE_COLUMNS: readonly ImportColumn[] = [
  { title: '药品标识码', required: true, note: '7 位数字：药品追溯码的前 7 位，每个标识码在文件中只能出现一次' },
  { title: '药品代码', required: false, note: '23 位医保药品代码；须是药品主数据中已有的代码。与药品本位码至少填写一项' },
  { title: '药品本位码', required: false, note: '14 位数字；未填药品代码时据此找到药品' },
  { title: '包装说明', required: false, note: '如「10片/盒」，不超过 64 个字符' },
]

/** An empty file of these columns (.csv, UTF-8 with BOM so that Excel opens it as Chinese text): the header row only. */
export function templateCsv(columns: readonly ImportColumn[]): string {
  return '\uFEFF' + columns.map((c) => c.title).join(',') + '\r\n'
}

/** An empty 总表 (.csv): the header row only. */
export function masterDataTemplateCsv(): string {
  return templateCsv(MASTER_DATA_COLUMNS)
}

/** An empty 药品标识码 file (.csv): the header row only. */
export function traceTemplateCsv(): string {
  return templateCsv(TRACE_COLUMNS)
}
