import type { Client } from '@urql/core'
import { SupplyTrendQuery } from '@/api/analysis.graphql'
import { session } from '@/api/session'
import { todayInBeijing } from '@/pages/supply/supply'
import { addDays, asPoints, defaultWindow, latestDataDay } from './analysis'

export interface DateWindow { from: string; to: string }

const cache = new Map<string, Promise<DateWindow>>()

/**
 * The analysis pages' default period, once per signed-in user: the last 30 days, or the 30 days up to the latest
 * supply data in the user's area when the last 30 days have none (one weekly trend query over the past year).
 */
export function analysisWindow(client: Client): Promise<DateWindow> {
  const key = session.me?.username ?? ''
  let hit = cache.get(key)
  if (!hit) {
    hit = (async () => {
      const today = todayInBeijing()
      const r = await client.query(SupplyTrendQuery, { granularity: 'WEEK', from: addDays(today, -365), to: today }).toPromise()
      if (r.error) cache.delete(key)
      return defaultWindow(today, r.data ? latestDataDay(asPoints(r.data.supplyTrend.points), 'WEEK', today) : null)
    })()
    cache.set(key, hit)
  }
  return hit
}

/** Reads YYYY-MM-DD from a route query value; anything else is ignored. */
export function queryDate(v: unknown): string | null {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null
}
