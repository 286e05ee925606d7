import { afterEach, describe, expect, it, vi } from 'vitest'
import { datumFor } from './location'

describe('datumFor', () => {
  it('uses WGS84 on H5 (browser geolocation) and GCJ02 in WeChat', () => {
    expect(datumFor('h5')).toBe('WGS84')
    expect(datumFor('mp-weixin')).toBe('GCJ02')
  })
})

describe('getLocation', () => {
  afterEach(() => { vi.unstubAllGlobals(); vi.resetModules() })

  it('asks uni for the platform datum and returns the point with it (here: not H5, so gcj02)', async () => {
    const getLocation = vi.fn((o: any) => o.success({ latitude: 43.8, longitude: 87.6 }))
    vi.stubGlobal('uni', { getLocation })
    const mod = await import('./location')
    expect(await mod.getLocation()).toEqual({ lat: 43.8, lon: 87.6, datum: 'GCJ02' })
    expect(getLocation.mock.calls[0][0].type).toBe('gcj02')
    await mod.getLocation()
    expect(getLocation).toHaveBeenCalledTimes(1) // cached for a while
  })

  it('resolves to null when the user refuses', async () => {
    vi.stubGlobal('uni', { getLocation: (o: any) => o.fail({ errMsg: 'getLocation:fail auth deny' }) })
    const mod = await import('./location')
    expect(await mod.getLocation(true)).toBeNull()
  })
})
