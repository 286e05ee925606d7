import type { Client } from '@urql/core'
import { triggerDownload } from '@/api/download'
import type { MutationOutcome, UserError } from '@/api/errors'
import { mutate } from '@/api/mutate'
import type { TypedDocumentNode } from '@urql/core'

/** Upload checks before sending (the server checks the template header and every row again). */
export const XLSX_MAX_BYTES = 20 * 1024 * 1024
export function xlsxProblem(file: { name: string; size: number } | null): string | null {
  if (!file) return '请选择填好的 Excel 模板（.xlsx）'
  if (!file.name.toLowerCase().endsWith('.xlsx')) return '请使用下载的 Excel 模板（.xlsx）填写后上传'
  if (file.size === 0) return '文件为空'
  if (file.size > XLSX_MAX_BYTES) return '文件超过 20 MB'
  return null
}

type FilePayload = { file: { fileName: string; url: string } | null; userErrors: UserError[] }

/** Runs a mutation that generates a file (template, drug table, results) and starts the download. */
export async function downloadGenerated<TData extends Record<string, FilePayload>, TVars extends Record<string, unknown>>(
  client: Client, document: TypedDocumentNode<TData, TVars>, variables: TVars,
): Promise<MutationOutcome<unknown>> {
  const out = await mutate(client, document, variables)
  const file = (out.payload as FilePayload | undefined)?.file
  if (file && !out.error && !out.userErrors.length) triggerDownload(file.url, file.fileName)
  return out
}

export const UPLOAD_STATE_LABEL: Record<string, string> = { UPLOADED: '已上传待校验', VALIDATING: '校验中', SUCCEEDED: '全部成功', FAILED: '失败' }
export const UPLOAD_STATE_TAG: Record<string, 'info' | 'warning' | 'success' | 'danger'> = { UPLOADED: 'info', VALIDATING: 'warning', SUCCEEDED: 'success', FAILED: 'danger' }
export const isValidating = (state: string | null | undefined) => state === 'UPLOADED' || state === 'VALIDATING'

export const DELIVERY_STATUS_LABEL: Record<string, string> = { PENDING: '待配送', IN_TRANSIT: '配送中', DELIVERED: '已送达', CANCELLED: '已取消' }
export const LISTING_LABEL: Record<string, string> = { LISTED: '已挂网', UNLISTED: '未挂网', WITHDRAWN: '已撤网' }

/** A server ratio (Decimal string, 0…1) as a percentage with one decimal; '—' when there is none. */
export function percent(ratio: string | null | undefined): string {
  if (ratio == null || ratio === '') return '—'
  const v = Number(ratio)
  return Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—'
}

/** A quantity without trailing zeros ("1108.000" → "1108", "2.500" → "2.5"). */
export function qty(value: string | null | undefined): string {
  if (value == null || value === '') return '—'
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value
}

/** Per-row errors of an Excel upload, sorted by file line (row errors first by line, then file-level errors). */
export function byLine<T extends { line?: number | null; row?: number | null }>(errors: readonly T[]): T[] {
  return [...errors].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER))
}
