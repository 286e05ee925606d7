/** Labels and pure transforms of the supply analysis pages (SUP-39…45) and the drug file sections (DRUG-22…26). */
import type { CatalogStockingStatus, FocusListKind, StabilityRating, SupplyRankBy, TrendGranularity } from '@/gql/graphql'
import { formatQty } from '@/pages/supply/supply'

export { formatQty }

const FONT = { fontFamily: 'Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif' }
const DAY_MS = 86_400_000

/** A 0…1 rate from the API ("0.0287") in percent with one decimal, or — when there is no base. */
export function rate(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  return Number.isFinite(n) ? `${(n * 100).toFixed(1)}%` : '—'
}

/** Days of stock: one decimal, or "无销量" when the period had no sales (the API sends null). */
export function days(value: string | null | undefined): string {
  if (value === null || value === undefined) return '无销量'
  const n = Number(value)
  return Number.isFinite(n) ? n.toLocaleString('zh-CN', { maximumFractionDigits: 1 }) : String(value)
}

export function money(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  return Number.isFinite(n) ? `¥${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : String(value)
}

/** A sales amount: only sales reported with an amount count, so 0 means "not reported" and shows —. */
export function amount(value: string | null | undefined): string {
  return value === null || value === undefined || Number(value) === 0 ? '—' : money(value)
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: YYYY-MM-DD strings in Beijing time (what the API takes and returns).

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  return new Date(d.getTime() + n * DAY_MS).toISOString().slice(0, 10)
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1
}

export const MAX_DAYS: Record<TrendGranularity, number> = { DAY: 93, WEEK: 366, MONTH: 731 }
export const GRANULARITY_LABEL: Record<TrendGranularity, string> = { DAY: '按日', WEEK: '按周', MONTH: '按月' }

/** The start of the bucket that holds `iso`: the day, the Monday of its ISO week, or the 1st of its month. */
export function bucketStart(iso: string, g: TrendGranularity): string {
  if (g === 'DAY') return iso
  if (g === 'MONTH') return `${iso.slice(0, 7)}-01`
  const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7 // Monday = 0
  return addDays(iso, -weekday)
}

function nextBucket(iso: string, g: TrendGranularity): string {
  if (g === 'DAY') return addDays(iso, 1)
  if (g === 'WEEK') return addDays(iso, 7)
  const [y, m] = iso.split('-').map(Number)
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

/**
 * The default analysis window: the 30 days ending today, unless the latest supply data is older than that (demo
 * data ends at a fixed date, and a quiet area may have stopped reporting); then the 30 days ending at the latest
 * data. `latest` is the last day with supply data (null: none at all).
 */
export function defaultWindow(today: string, latest: string | null, length = 30): { from: string; to: string } {
  const to = latest && latest < addDays(today, -(length - 1)) ? latest : today
  return { from: addDays(to, -(length - 1)), to }
}

export interface TrendPointRow {
  start: string
  suppliedCodes: number
  suppliedVarieties: number
  institutionReceived: string
  enterpriseSupplied: string
  institutionSold: string
}

/** The API's points with their Date scalar (typed unknown by codegen) as YYYY-MM-DD strings. */
export function asPoints(points: readonly (Omit<TrendPointRow, 'start'> & { start: unknown })[]): TrendPointRow[] {
  return points.map((p) => ({ ...p, start: String(p.start) }))
}

/** The last day that has any supply in the (weekly or daily) points, capped at `today`; null when none does. */
export function latestDataDay(points: readonly TrendPointRow[], g: TrendGranularity, today: string): string | null {
  const hit = [...points].reverse().find((p) => p.suppliedCodes > 0 || Number(p.institutionReceived) > 0
    || Number(p.enterpriseSupplied) > 0 || Number(p.institutionSold) > 0)
  if (!hit) return null
  const end = g === 'DAY' ? hit.start : addDays(nextBucket(hit.start, g), -1)
  return end > today ? today : end
}

/** Every bucket from `start` to `end`, with the API's points and zeros for buckets without supply. */
export function fillTrend(start: string, end: string, g: TrendGranularity, points: readonly TrendPointRow[]): TrendPointRow[] {
  const byStart = new Map(points.map((p) => [p.start, p]))
  const out: TrendPointRow[] = []
  for (let b = bucketStart(start, g); b <= end && out.length < 1000; b = nextBucket(b, g)) {
    out.push(byStart.get(b) ?? { start: b, suppliedCodes: 0, suppliedVarieties: 0, institutionReceived: '0', enterpriseSupplied: '0', institutionSold: '0' })
  }
  return out
}

export function bucketLabel(start: string, g: TrendGranularity): string {
  if (g === 'MONTH') return start.slice(0, 7)
  if (g === 'WEEK') return `${start.slice(5)}起`
  return start.slice(5)
}

/** SUP-40: supplied varieties/codes (left axis) and quantities (right axis) per bucket. */
export function trendChartOption(points: readonly TrendPointRow[], g: TrendGranularity) {
  const line = (name: string, data: number[], yAxisIndex: number, extra: Record<string, unknown> = {}) =>
    ({ name, type: 'line', data, yAxisIndex, smooth: false, showSymbol: points.length <= 45, ...extra })
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => bucketLabel(p.start, g)) },
    yAxis: [
      { type: 'value', name: '品种/编码数', minInterval: 1 },
      { type: 'value', name: '数量', splitLine: { show: false } },
    ],
    series: [
      line('有供应品种数', points.map((p) => p.suppliedVarieties), 0, { lineStyle: { width: 3 } }),
      line('有供应编码数', points.map((p) => p.suppliedCodes), 0),
      line('机构进货量', points.map((p) => Number(p.institutionReceived)), 1, { lineStyle: { type: 'dashed' } }),
      line('企业供应量', points.map((p) => Number(p.enterpriseSupplied)), 1, { lineStyle: { type: 'dashed' } }),
      line('机构销售量', points.map((p) => Number(p.institutionSold)), 1, { lineStyle: { type: 'dashed' } }),
    ],
  }
}

// ---------------------------------------------------------------------------------------------------------------
// SUP-39 coverage

export interface CoverageRow {
  key: string
  label: string
  enterpriseCodes: number
  enterpriseVarieties: number
  institutionCodes: number
  institutionVarieties: number
  coveredCodes: number
  coveredVarieties: number
}

export type CoverageUnit = 'CODES' | 'VARIETIES'

/** Per-prefecture bars (enterprise / institution / either) of covered catalog codes or varieties, plus the catalog size. */
export function coverageChartOption(rows: readonly CoverageRow[], unit: CoverageUnit, catalogSize: number) {
  const pick = (r: CoverageRow, side: 'enterprise' | 'institution' | 'covered') =>
    unit === 'CODES' ? r[`${side}Codes`] : r[`${side}Varieties`]
  const bar = (name: string, side: 'enterprise' | 'institution' | 'covered') =>
    ({ name, type: 'bar', barMaxWidth: 16, data: rows.map((r) => pick(r, side)) })
  const unitLabel = unit === 'CODES' ? '编码' : '品种'
  return {
    textStyle: FONT,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => (catalogSize > 0 ? `${v}（${((v / catalogSize) * 100).toFixed(1)}%）` : String(v)),
    },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: `目录${unitLabel}数`, minInterval: 1 },
    series: [
      bar(`批发/配送企业覆盖${unitLabel}`, 'enterprise'),
      bar(`定点医药机构覆盖${unitLabel}`, 'institution'),
      bar(`任一方覆盖${unitLabel}`, 'covered'),
    ],
  }
}

export const COVERAGE_SIDE_LABEL: Record<string, string> = {
  ENTERPRISES: '无批发/配送企业库存', INSTITUTIONS: '无定点医药机构库存', BOTH: '两方都没有库存',
}

// ---------------------------------------------------------------------------------------------------------------
// SUP-41 and the drug file: figures by prefecture

export interface FiguresRow {
  key: string
  label: string
  institutionReceived: string
  institutionSold: string
  enterpriseSupplied: string
  institutionOnHand: string
  hospitalSold?: string
  pharmacySold?: string
}

/** Bars per prefecture: institution purchases, enterprise supply and institution sales (or hospital/pharmacy sales). */
export function breakdownChartOption(rows: readonly FiguresRow[], mode: 'SUPPLY' | 'SALES' = 'SUPPLY') {
  const bar = (name: string, pick: (r: FiguresRow) => string | undefined, stack?: string) =>
    ({ name, type: 'bar', barMaxWidth: 16, stack, data: rows.map((r) => Number(pick(r) ?? 0)) })
  const series = mode === 'SALES'
    ? [bar('医疗机构销售量', (r) => r.hospitalSold, 'sold'), bar('零售药店销售量', (r) => r.pharmacySold, 'sold')]
    : [bar('企业供应量', (r) => r.enterpriseSupplied), bar('机构进货量', (r) => r.institutionReceived),
        bar('机构销售量', (r) => r.institutionSold), bar('机构当前库存', (r) => r.institutionOnHand)]
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: '数量' },
    series,
  }
}

/** Drops all-zero prefectures (a prefecture without any figure adds nothing to a chart), keeping the order. */
export function withFigures<T extends FiguresRow>(rows: readonly T[]): T[] {
  return rows.filter((r) => [r.institutionReceived, r.institutionSold, r.enterpriseSupplied, r.institutionOnHand, r.hospitalSold, r.pharmacySold]
    .some((v) => Number(v ?? 0) !== 0))
}

export const RANK_BY_LABEL: Record<SupplyRankBy, string> = {
  INSTITUTION_RECEIVED: '机构进货量', ENTERPRISE_SUPPLIED: '企业供应量', INSTITUTION_SOLD: '机构销售量', SALE_RECORDS: '销售记录数',
}

// ---------------------------------------------------------------------------------------------------------------
// SUP-42…45 focus lists

export interface FocusKindMeta {
  kind: FocusListKind
  slug: string
  title: string
  requirement: string
  intro: string
  reachLabel: string
}

export const FOCUS_KINDS: FocusKindMeta[] = [
  { kind: 'SELECTED', slug: 'selected', title: '中选药品供应分析', requirement: 'SUP-42', intro: '集中带量采购中选产品的供应动态监测', reachLabel: '配备中选药品的机构' },
  { kind: 'SHORTAGE', slug: 'shortage', title: '短缺药供应分析', requirement: 'SUP-43', intro: '短缺药品清单及其供应动态监测', reachLabel: '配备短缺药品的机构' },
  { kind: 'HIGH_FREQUENCY', slug: 'high-frequency', title: '高频药供应分析', requirement: 'SUP-44', intro: '高频使用药品的供应稳定性重点监测', reachLabel: '配备高频药的机构' },
  { kind: 'RARE_DISEASE', slug: 'rare-disease', title: '罕见病药品供应分析', requirement: 'SUP-45', intro: '目录内罕见病用药的重点监测，评估罕见病患者的诊治需求', reachLabel: '可诊治（有药）的机构' },
]
export const LIST_NAME: Record<FocusListKind, string> = {
  SELECTED: '中选药品清单', SHORTAGE: '短缺药品清单', HIGH_FREQUENCY: '高频药清单', RARE_DISEASE: '罕见病药品清单',
}

export function focusMeta(slugOrKind: string): FocusKindMeta | undefined {
  return FOCUS_KINDS.find((k) => k.slug === slugOrKind || k.kind === slugOrKind)
}

/** Codes typed or pasted for focusListAdd/Remove: split on whitespace, commas and 、；, upper-cased, de-duplicated. */
export function parseCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))]
}

/** SUP-45/42…44 reach: bars of institutions and stocking institutions per prefecture (the total row left out). */
export function reachChartOption(rows: readonly { key: string; label: string; institutions: number; stockingInstitutions: number }[], stockingLabel: string) {
  const prefs = rows.filter((r) => r.key !== '*')
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: prefs.map((r) => r.label), axisLabel: { interval: 0, rotate: prefs.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: '机构数', minInterval: 1 },
    series: [
      { name: '定点医药机构', type: 'bar', barMaxWidth: 16, data: prefs.map((r) => r.institutions) },
      { name: stockingLabel, type: 'bar', barMaxWidth: 16, data: prefs.map((r) => r.stockingInstitutions) },
    ],
  }
}

// ---------------------------------------------------------------------------------------------------------------
// DRUG-06 stocking status from three sources

/** Short names of the overall statuses (the API's statusLabel is the long one), in the API's order. */
export const STOCKING_STATUS_SHORT: Record<CatalogStockingStatus, string> = {
  STOCKED: '已配备', DELIVERED_AND_SETTLED: '有配送和结算', ONLY_DELIVERED: '仅有配送', ONLY_SETTLED: '仅有结算', NONE: '未配备',
}
export const STOCKING_STATUS_TAG: Record<CatalogStockingStatus, 'success' | 'warning' | 'danger' | 'info'> = {
  STOCKED: 'success', DELIVERED_AND_SETTLED: 'warning', ONLY_DELIVERED: 'warning', ONLY_SETTLED: 'warning', NONE: 'danger',
}

export interface EvidenceRow {
  evidenced: boolean
  institutions: number
  quantity: string
  lastDate?: unknown
  prefectures: readonly { name: string }[]
}

/** One source's evidence in a cell: "3 家 · 乌鲁木齐市、喀什地区", or — when the source shows nothing. */
export function evidenceText(e: EvidenceRow): string {
  if (!e.evidenced) return '—'
  const where = e.prefectures.map((p) => p.name).join('、')
  return where ? `${e.institutions} 家 · ${where}` : `${e.institutions} 家`
}

// ---------------------------------------------------------------------------------------------------------------
// SUP-44 supply stability

export const RATING_TAG: Record<StabilityRating, 'success' | 'warning' | 'danger' | 'info'> = {
  STABLE: 'success', FLUCTUATING: 'warning', UNSTABLE: 'danger', NO_DATA: 'info',
}

export interface StabilityPointRow { day: unknown; onHand: string; supplied: string; stockingInstitutions: number }

/** A 0…1 coefficient of variation with 2 decimals, or — when the mean is 0 (the API sends null). */
export function coefficient(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  return Number.isFinite(n) ? n.toFixed(2) : '—'
}

/** One member's days: on-hand (line, left axis), supply (bars, right axis); days with nobody holding it marked. */
export function stabilityChartOption(points: readonly StabilityPointRow[]) {
  const days = points.map((p) => String(p.day).slice(5))
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: days },
    yAxis: [{ type: 'value', name: '库存' }, { type: 'value', name: '供应量', splitLine: { show: false } }],
    series: [
      { name: '机构库存合计', type: 'line', data: points.map((p) => Number(p.onHand)), showSymbol: points.length <= 45, lineStyle: { width: 3 } },
      { name: '机构进货量（供应）', type: 'bar', yAxisIndex: 1, barMaxWidth: 10, data: points.map((p) => Number(p.supplied)) },
      { name: '有库存机构数', type: 'line', data: points.map((p) => p.stockingInstitutions), showSymbol: false, lineStyle: { type: 'dashed' } },
    ],
  }
}

/** Members side by side: the coefficients of variation of daily on-hand and supply, and the stock-out days. */
export function variationChartOption(rows: readonly { name: string; onHandCv: string | null; supplyCv: string | null; stockOutDays: number }[]) {
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 } },
    yAxis: [{ type: 'value', name: '变异系数' }, { type: 'value', name: '断供天数', minInterval: 1, splitLine: { show: false } }],
    series: [
      { name: '日库存变异系数', type: 'bar', barMaxWidth: 16, data: rows.map((r) => (r.onHandCv === null ? 0 : Number(r.onHandCv))) },
      { name: '日供应量变异系数', type: 'bar', barMaxWidth: 16, data: rows.map((r) => (r.supplyCv === null ? 0 : Number(r.supplyCv))) },
      { name: '断供天数', type: 'line', yAxisIndex: 1, data: rows.map((r) => r.stockOutDays) },
    ],
  }
}

// ---------------------------------------------------------------------------------------------------------------
// SUP-45 rare-disease treatment needs

export interface NeedRow { key: string; label: string; needs: number; unmetNeeds: number; settlements: number; stockingInstitutions: number }

/** Prefectures with any figure: needs (and the unmet ones), settlements and institutions holding the drugs. */
export function needsChartOption(rows: readonly NeedRow[]) {
  const shown = rows.filter((r) => r.key !== '*' && (r.needs || r.settlements || r.stockingInstitutions))
  const bar = (name: string, pick: (r: NeedRow) => number) => ({ name, type: 'bar', barMaxWidth: 16, data: shown.map(pick) })
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: shown.map((r) => r.label), axisLabel: { interval: 0, rotate: shown.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: '数量', minInterval: 1 },
    series: [
      bar('购药需求登记', (r) => r.needs),
      bar('未满足需求', (r) => r.unmetNeeds),
      bar('医保结算笔数（诊治）', (r) => r.settlements),
      bar('有药机构', (r) => r.stockingInstitutions),
    ],
  }
}
