// The user's position, with the datum it is in: H5 geolocation gives WGS84; WeChat is asked for GCJ02 (the datum
// its map and openLocation use). Every `near`/`at` argument carries the datum, so the server can convert.
export type Datum = 'WGS84' | 'GCJ02'
export interface Point { lat: number; lon: number; datum: Datum }

export function datumFor(platform: string | undefined): Datum {
  return platform === 'h5' ? 'WGS84' : 'GCJ02'
}

export const DATUM: Datum = datumFor(process.env.UNI_PLATFORM)

let cached: { point: Point | null; at: number } | null = null
const FRESH_MS = 120_000

/** Resolves to null when location is refused or unavailable (the caller then sorts by name and says so). */
export function getLocation(force = false): Promise<Point | null> {
  if (!force && cached && Date.now() - cached.at < FRESH_MS) return Promise.resolve(cached.point)
  const datum = DATUM
  return new Promise((resolve) => {
    const done = (point: Point | null) => { cached = { point, at: Date.now() }; resolve(point) }
    uni.getLocation({
      type: datum === 'WGS84' ? 'wgs84' : 'gcj02',
      success: (r) => done({ lat: r.latitude, lon: r.longitude, datum }),
      fail: () => done(null),
    })
  })
}

export function resetLocationCache() { cached = null }
