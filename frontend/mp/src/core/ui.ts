// Small uni helpers used by the pages.
import { ApiError } from './api'

export function errorMessage(e: unknown): string {
  if (e instanceof ApiError || e instanceof Error) return e.message
  return '操作失败，请稍后再试'
}

export function showError(e: unknown) {
  if (e instanceof ApiError && e.code === 'RATE_LIMITED') return // the request helper has said so already
  uni.showToast({ title: errorMessage(e), icon: 'none', duration: 2500 })
}

export function go(url: string, query: Record<string, string | number | null | undefined> = {}) {
  const qs = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
  uni.navigateTo({ url: qs ? `${url}?${qs}` : url })
}
