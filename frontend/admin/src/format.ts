/** Display helpers (dates in Beijing time as the API sends them; sizes; reimbursement classes). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—'
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }).formatToParts(d)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`
}

export function formatSize(bytes: number | null | undefined): string {
  if (bytes == null) return '—'
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export const CLASS_LABEL: Record<string, string> = { A: '甲类', B: '乙类' }
export const DRUG_TYPE_LABEL: Record<string, string> = { X: '西药', Z: '中成药' }
export const TAG_TARGET_LABEL: Record<string, string> = { VARIETY: '品种', DRUG_CODE: '药品编码', BOTH: '品种和药品编码' }
export const TAG_TYPE_LABEL: Record<string, string> = { BOOLEAN: '是/否', ENUM: '枚举', TEXT: '文本', NUMBER: '数值' }
export const IMPORT_POLICY_LABEL: Record<string, string> = { REJECT_FILE: '有错误行时整个文件不导入', IMPORT_VALID_ROWS: '仅导入正确的行' }
export const IMPORT_STATE_LABEL: Record<string, string> = { QUEUED: '排队中', RUNNING: '处理中', SUCCEEDED: '成功', FAILED: '失败' }
export const SOURCE_LABEL: Record<string, string> = { IMPORT: '文件导入', REUSE: '复用', MANUAL: '手工新建' }

export function tagValueText(valueType: string, value: string): string {
  if (valueType === 'BOOLEAN') return value === 'true' ? '是' : value === 'false' ? '否' : value
  return value
}
