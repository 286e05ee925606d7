// Display rules shared by the pages (platform-free; unit-tested).

export function formatDistance(meters: number | null | undefined): string {
  if (meters == null || !Number.isFinite(meters) || meters < 0) return ''
  if (meters < 1000) return `${Math.max(1, Math.round(meters))}m`
  if (meters < 10_000) return `${(meters / 1000).toFixed(1)}km`
  return `${Math.round(meters / 1000)}km`
}

export function reimbursementLabel(cls: string | null | undefined): string {
  return cls === 'A' ? '甲类' : cls === 'B' ? '乙类' : '非医保目录'
}

export function drugTypeLabel(t: string | null | undefined): string {
  return t === 'X' ? '西药' : t === 'Z' ? '中成药' : ''
}

export function windowCaption(purchaseDays: number, settlementDays: number): string {
  return purchaseDays === settlementDays
    ? `采购、结算标识统计近 ${purchaseDays} 天数据`
    : `采购、结算标识统计近 ${purchaseDays} 天/近 ${settlementDays} 天数据`
}

/** The line under a package insert: demo inserts are synthetic text and must not pass for an insert's wording. */
export function insertCaption(synthetic: boolean): string {
  return synthetic
    ? '演示数据（合成文本），非说明书原文，用药请遵医嘱或咨询药师。'
    : '以上摘自药品说明书，用药请遵医嘱或咨询药师。'
}

export function purchaseText(yes: boolean, days: number): string {
  return `近${days}天${yes ? '有' : '无'}采购`
}

export function settlementText(yes: boolean, days: number): string {
  return `近${days}天${yes ? '有' : '无'}医保结算`
}

export const PROBLEM_TYPES = [
  { value: 'NOT_IN_STOCK', label: '没有在店内买到药品' },
  { value: 'LOCATION_INACCURATE', label: '定位距离不准确' },
  { value: 'NAVIGATION', label: '导航问题' },
  { value: 'SERVICE', label: '服务问题' },
  { value: 'OTHER', label: '其他' },
] as const

export function problemTypeLabel(v: string): string {
  return PROBLEM_TYPES.find((p) => p.value === v)?.label ?? v
}

const STATE_LABELS: Record<string, string> = {
  SUBMITTED: '已提交', IN_HANDLING: '处理中', HANDLED: '已处理', ANALYSED: '已分析',
}
export function stateLabel(v: string): string { return STATE_LABELS[v] ?? v }

export function kindLabel(kind: string): string {
  return kind === 'PHARMACY' ? '定点药店' : kind === 'HOSPITAL' ? '定点医疗机构' : kind
}

export function ownershipLabel(o: string | null | undefined): string {
  return o === 'PUBLIC' ? '公立' : o === 'PRIVATE' ? '民营' : ''
}

export const TRACE_CODE = /^\d{20}$/

/** H5 hand-off to the map app (AMap marker URI) with WGS84 coordinates. */
export function amapMarkerUrl(lon: number, lat: number, name: string): string {
  return `https://uri.amap.com/marker?position=${lon},${lat}&name=${encodeURIComponent(name)}&coordinate=wgs84&callnative=1`
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/** Page query values: WeChat hands them over still URI-encoded, H5 already decoded. */
export function param(query: Record<string, string | undefined> | undefined, key: string): string {
  const v = query?.[key]
  if (!v) return ''
  try { return decodeURIComponent(v) } catch { return v }
}

export function newClientKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
}

export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): ((...a: A) => void) & { cancel(): void } {
  let t: ReturnType<typeof setTimeout> | undefined
  const d = (...a: A) => { if (t) clearTimeout(t); t = setTimeout(() => fn(...a), ms) }
  d.cancel = () => { if (t) clearTimeout(t); t = undefined }
  return d
}
