/** Labels and helpers of the public-engagement pages (PUB-20…27). */
export const PROBLEM_TYPES = [
  { value: 'NOT_IN_STOCK', label: '没有在店内买到药品' },
  { value: 'LOCATION_INACCURATE', label: '定位距离不准确' },
  { value: 'NAVIGATION', label: '导航问题' },
  { value: 'SERVICE', label: '服务问题' },
  { value: 'OTHER', label: '其他' },
] as const

export const FEEDBACK_STATES = [
  { value: 'SUBMITTED', label: '待受理' },
  { value: 'IN_HANDLING', label: '处理中' },
  { value: 'HANDLED', label: '已办结' },
] as const

export const STATE_TAG: Record<string, 'danger' | 'warning' | 'success' | 'info'> = {
  SUBMITTED: 'danger', IN_HANDLING: 'warning', HANDLED: 'success', ANALYSED: 'success',
}

/** An ISO date `days` before today (local). */
export function daysAgo(days: number, today = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - days)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}
