// PUB-27: one visit per app launch, with the position when the user allows it.
import { PublicVisitRecordDoc } from '../api/documents'
import { request } from './api'
import { getLocation } from './location'

let recorded = false

export async function recordVisitOnce(page: string): Promise<void> {
  if (recorded) return
  recorded = true
  const at = await getLocation()
  try {
    await request(PublicVisitRecordDoc, { input: { at, page } })
  } catch {
    // a visit that cannot be recorded must not disturb the user
  }
}
