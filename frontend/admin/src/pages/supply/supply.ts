/** Labels and pure transforms of the supply pages (stocking, warnings, stock reports); unit-tested in supply.spec.ts. */
import type { StockReportRowInput } from '@/gql/graphql'
import type { UserError } from '@/api/errors'

export const SUBTYPE_LABEL: Record<string, string> = {
  HOSPITAL: '定点医疗机构', PHARMACY: '定点零售药店', WHOLESALER: '批发企业', DISTRIBUTOR: '配送企业', COUNTY: '区县（覆盖不足）',
}
export const SUBTYPES = ['WHOLESALER', 'DISTRIBUTOR', 'HOSPITAL', 'PHARMACY'] as const
export const OWNERSHIP_LABEL: Record<string, string> = { PUBLIC: '公立', PRIVATE: '民营' }
export const LEVEL_LABEL: Record<string, string> = { RED: '红色', ORANGE: '橙色', YELLOW: '黄色' }
export const LEVELS = ['RED', 'ORANGE', 'YELLOW'] as const
export const LEVEL_COLOR: Record<string, string> = { RED: '#f56c6c', ORANGE: '#e6a23c', YELLOW: '#d4b106' }
export const METRIC_LABEL: Record<string, string> = { DAYS_OF_STOCK: '可供天数', LOW_COVERAGE: '区县配备机构数' }
export const METRIC_UNIT: Record<string, string> = { DAYS_OF_STOCK: '天', LOW_COVERAGE: '家' }
export const WARNING_STATE_LABEL: Record<string, string> = { IDENTIFIED: '已识别', ALERTED: '已告警', IN_INQUIRY: '问询中', CLOSED: '已解除' }
export const WARNING_STATES = ['IDENTIFIED', 'ALERTED', 'IN_INQUIRY', 'CLOSED'] as const
/** Open warnings: not yet cleared. */
export const OPEN_STATES = ['IDENTIFIED', 'ALERTED', 'IN_INQUIRY'] as const
export const HOSPITAL_LEVELS: [string, string][] = [
  ['01', '三级特等'], ['02', '三甲'], ['03', '三乙'], ['04', '三丙'], ['05', '二甲'], ['06', '二乙'], ['07', '二丙'],
  ['08', '一甲'], ['09', '一乙'], ['10', '一丙'], ['11', '无等级'],
]

export const GROUP_BY_LABEL: Record<string, string> = {
  PREFECTURE: '按市州', COUNTY: '按区县', SUBTYPE: '按类型', OWNERSHIP: '公立/民营', HOSPITAL_LEVEL: '按医院等级',
}

/** A decimal from the API ("21854.000") as people write it: no trailing zeros, thousands separators. */
export function formatQty(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  if (!Number.isFinite(n)) return String(value)
  return n.toLocaleString('zh-CN', { maximumFractionDigits: 3 })
}

export interface StockingGroupRow {
  key: string
  label: string
  organisations: number
  stockingOrganisations: number
  stockedCodes: number
  stockedVarieties: number
  catalogCodes: number
  catalogVarieties: number
}

/** Groups in chart order: biggest first, the "not applicable" group (NONE) last. */
export function sortGroups<T extends StockingGroupRow>(groups: readonly T[]): T[] {
  return [...groups].sort((a, b) => {
    if ((a.key === 'NONE') !== (b.key === 'NONE')) return a.key === 'NONE' ? 1 : -1
    return b.stockedVarieties - a.stockedVarieties || b.stockedCodes - a.stockedCodes || a.key.localeCompare(b.key)
  })
}

const FONT = { fontFamily: 'Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif' }

/** A grouped bar chart of stocked varieties/codes (all and in the catalog) per group. */
export function stockingChartOption(groups: readonly StockingGroupRow[]) {
  const rows = sortGroups(groups)
  const series = (name: string, pick: (g: StockingGroupRow) => number) => ({ name, type: 'bar', data: rows.map(pick), barMaxWidth: 18 })
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((g) => g.label), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [
      series('配备品种', (g) => g.stockedVarieties),
      series('目录内品种', (g) => g.catalogVarieties),
      series('配备编码', (g) => g.stockedCodes),
      series('目录内编码', (g) => g.catalogCodes),
    ],
  }
}

/** A rate in percent with one decimal, or — when the base is 0. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '—'
}

// ---------------------------------------------------------------------------------------------------------------
// Stock report (SUP-04): an editable table of rows → the mutation input, and the server's per-row errors back.

export interface StockRow {
  drugCode: string
  businessDate: string
  receivedQty: string
  soldQty: string
  onHandQty: string
  inTransitQty: string
}

export function emptyRow(date = todayInBeijing()): StockRow {
  return { drugCode: '', businessDate: date, receivedQty: '0', soldQty: '0', onHandQty: '', inTransitQty: '' }
}

export function isBlank(r: StockRow): boolean {
  return !r.drugCode.trim() && !r.onHandQty.trim() && !r.inTransitQty.trim()
    && ['', '0'].includes(r.receivedQty.trim()) && ['', '0'].includes(r.soldQty.trim())
}

/** Today's date in Beijing time (YYYY-MM-DD), the calendar the API checks business dates against. */
export function todayInBeijing(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now)
}

/**
 * Builds the mutation rows from the table: blank rows are left out; `index[k]` is the table row of input row k,
 * so the server's `row` numbers map back onto the table. Quantities are sent as typed (the server validates).
 */
export function toReportRows(rows: readonly StockRow[], withInTransit: boolean): { rows: StockReportRowInput[]; index: number[] } {
  const out: StockReportRowInput[] = []
  const index: number[] = []
  rows.forEach((r, i) => {
    if (isBlank(r)) return
    const clean = (v: string) => v.trim().replace(/,/g, '')
    out.push({
      drugCode: r.drugCode.trim().toUpperCase(),
      businessDate: r.businessDate,
      receivedQty: clean(r.receivedQty) || '0',
      soldQty: clean(r.soldQty) || '0',
      onHandQty: clean(r.onHandQty),
      inTransitQty: withInTransit && clean(r.inTransitQty) ? clean(r.inTransitQty) : null,
    })
    index.push(i)
  })
  return { rows: out, index }
}

export interface RowErrorMap {
  /** table row → field (drugCode, businessDate, …) → messages */
  byRow: Map<number, Record<string, string[]>>
  /** errors not attached to a row (batch key, empty batch) */
  general: UserError[]
}

/** Maps the server's per-row errors (`row` = input index, `field` = ["rows", "k", "onHandQty"]) onto table rows. */
export function mapRowErrors(errors: readonly (UserError & { row?: number | null })[], index: readonly number[]): RowErrorMap {
  const byRow = new Map<number, Record<string, string[]>>()
  const general: UserError[] = []
  for (const e of errors) {
    let k = e.row ?? null
    if (k === null && e.field && e.field[0] === 'rows' && /^\d+$/.test(e.field[1] ?? '')) k = Number(e.field[1])
    const tableRow = k !== null ? index[k] : undefined
    if (tableRow === undefined) {
      general.push(e)
      continue
    }
    const field = e.field && e.field.length > 2 ? e.field[e.field.length - 1] : '_row'
    const entry = byRow.get(tableRow) ?? {}
    ;(entry[field] ??= []).push(e.message)
    byRow.set(tableRow, entry)
  }
  return { byRow, general }
}

const COLUMNS: (keyof StockRow)[] = ['drugCode', 'businessDate', 'receivedQty', 'soldQty', 'onHandQty', 'inTransitQty']

/**
 * Parses rows pasted from a spreadsheet (tab- or comma-separated): 药品代码, 业务日期, 进货, 销售, 库存[, 在途].
 * A header line (first cell not a code-like value) is skipped; a missing date becomes `defaultDate`.
 */
export function parsePastedRows(text: string, defaultDate = todayInBeijing()): StockRow[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean)
  const rows: StockRow[] = []
  for (const line of lines) {
    const cells = line.split(line.includes('\t') ? '\t' : ',').map((c) => c.trim())
    if (!/^[A-Za-z0-9]/.test(cells[0] ?? '') || /药品|代码|code/i.test(cells[0])) continue
    const row = emptyRow(defaultDate)
    COLUMNS.forEach((col, i) => {
      const v = cells[i]
      if (v !== undefined && v !== '') row[col] = col === 'businessDate' ? normaliseDate(v) : v
    })
    rows.push(row)
  }
  return rows
}

/** 2026/11/3 or 20261103 → 2026-11-03; anything else is kept for the server to reject. */
export function normaliseDate(v: string): string {
  const m = v.match(/^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/)
  if (!m) return v
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
}

/** A batch key for idempotent re-sending: made once per batch on the client and kept on every retry. */
export function newBatchKey(now: Date = new Date(), random: () => number = Math.random): string {
  const stamp = now.toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
  const rand = Array.from({ length: 8 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('')
  return `web-${stamp}-${rand}`
}

/** Ids of the selected warnings the server allows to alert now (`availableActions` contains "alert"). */
export function alertable<T extends { id: string; availableActions: readonly string[] }>(rows: readonly T[]): string[] {
  return rows.filter((r) => r.availableActions.includes('alert')).map((r) => r.id)
}

/** The selected warnings that may be added to an inquiry (SUP-15/16 加入问询). */
export function inquirable<T extends { id: string; availableActions: readonly string[] }>(rows: readonly T[]): string[] {
  return rows.filter((r) => r.availableActions.includes('inquire')).map((r) => r.id)
}
