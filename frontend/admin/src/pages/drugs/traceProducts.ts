/**
 * The 药品标识码 registry (PUB-19 / DRUG-27): its URL state and what a prefix search accepts. A 标识码 is the first 7
 * digits of a pack's 20-digit 药品追溯码; the API takes up to 7 digits as a prefix and refuses anything else, so the
 * page checks the input first (and takes the 标识码 of a whole trace code pasted or scanned into the box).
 * Unit-tested in traceProducts.spec.ts.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

export const TRACE_REGISTRY_PATH = '/drugs/trace-products'

export interface TraceListState {
  prefix: string
  page: number
  size: number
}

/** What a typed prefix searches for: the digits to send, or why it cannot be sent. */
export type PrefixInput =
  | { ok: true; prefix: string; fromTraceCode: boolean }
  | { ok: false; message: string }

export function readPrefix(input: string): PrefixInput {
  const text = input.replace(/\s+/g, '')
  if (!/^\d*$/.test(text)) return { ok: false, message: '药品标识码只含数字：请输入标识码的前几位（最多 7 位），或整个 20 位追溯码' }
  if (text.length <= 7) return { ok: true, prefix: text, fromTraceCode: false }
  if (text.length === 20) return { ok: true, prefix: text.slice(0, 7), fromTraceCode: true }
  return { ok: false, message: `药品标识码为 7 位数字（追溯码为 20 位），输入的是 ${text.length} 位` }
}

function str(v: LocationQuery[string]): string {
  return typeof v === 'string' ? v : ''
}

function int(v: LocationQuery[string], fallback: number, max: number): number {
  const n = Number.parseInt(str(v), 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback
}

/** The list state in the URL; a prefix the API would refuse is dropped. */
export function parseTraceQuery(q: LocationQuery): TraceListState {
  const read = readPrefix(str(q.prefix))
  return { prefix: read.ok ? read.prefix : '', page: int(q.page, 1, 100000), size: int(q.size, 20, 100) }
}

export function toTraceQuery(s: TraceListState): LocationQueryRaw {
  const q: Record<string, string> = {}
  if (s.prefix) q.prefix = s.prefix
  if (s.page !== 1) q.page = String(s.page)
  if (s.size !== 20) q.size = String(s.size)
  return q
}

/** The query's variables: an empty prefix lists the whole registry. */
export function traceVariables(s: TraceListState): { first: number; offset: number; prefix: string | null } {
  return { first: s.size, offset: (s.page - 1) * s.size, prefix: s.prefix || null }
}
