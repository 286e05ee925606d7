import { describe, expect, it, vi } from 'vitest'
import {
  amapMarkerUrl, debounce, formatDistance, insertCaption, param, problemTypeLabel, purchaseText, reimbursementLabel,
  settlementText, stateLabel, TRACE_CODE, windowCaption,
} from './format'

describe('formatDistance', () => {
  it('shows metres under 1 km, one decimal under 10 km, whole km beyond', () => {
    expect(formatDistance(0)).toBe('1m')
    expect(formatDistance(86.4)).toBe('86m')
    expect(formatDistance(999)).toBe('999m')
    expect(formatDistance(1000)).toBe('1.0km')
    expect(formatDistance(1234)).toBe('1.2km')
    expect(formatDistance(9_949)).toBe('9.9km')
    expect(formatDistance(12_600)).toBe('13km')
  })
  it('shows nothing without a distance', () => {
    expect(formatDistance(null)).toBe('')
    expect(formatDistance(undefined)).toBe('')
    expect(formatDistance(-5)).toBe('')
    expect(formatDistance(Number.NaN)).toBe('')
  })
})

describe('labels', () => {
  it('names the reimbursement class, or says the drug is outside the catalog', () => {
    expect(reimbursementLabel('A')).toBe('甲类')
    expect(reimbursementLabel('B')).toBe('乙类')
    expect(reimbursementLabel(null)).toBe('非医保目录')
  })
  it('states the windows of the purchase and settlement flags', () => {
    expect(windowCaption(30, 90)).toBe('采购、结算标识统计近 30 天/近 90 天数据')
    expect(windowCaption(30, 30)).toBe('采购、结算标识统计近 30 天数据')
    expect(purchaseText(true, 30)).toBe('近30天有采购')
    expect(purchaseText(false, 30)).toBe('近30天无采购')
    expect(settlementText(true, 90)).toBe('近90天有医保结算')
    expect(settlementText(false, 7)).toBe('近7天无医保结算')
  })
  it('names problem types and states in Chinese, passing unknown values through', () => {
    expect(problemTypeLabel('NOT_IN_STOCK')).toBe('没有在店内买到药品')
    expect(problemTypeLabel('LOCATION_INACCURATE')).toBe('定位距离不准确')
    expect(stateLabel('SUBMITTED')).toBe('已提交')
    expect(stateLabel('HANDLED')).toBe('已处理')
    expect(stateLabel('NEW_STATE')).toBe('NEW_STATE')
  })
})

describe('insertCaption', () => {
  it('calls a synthetic insert demo text, never an excerpt of the insert', () => {
    expect(insertCaption(true)).toContain('演示数据（合成文本），非说明书原文')
    expect(insertCaption(true)).not.toContain('摘自')
    expect(insertCaption(false)).toContain('以上摘自药品说明书')
    expect(insertCaption(false)).not.toContain('合成')
  })
})

describe('amapMarkerUrl', () => {
  it('puts lon,lat in that order, the WGS84 datum and the encoded name', () => {
    expect(amapMarkerUrl(87.6123, 43.8012, '天山区 大药房&1')).toBe(
      'https://uri.amap.com/marker?position=87.6123,43.8012&name=%E5%A4%A9%E5%B1%B1%E5%8C%BA%20%E5%A4%A7%E8%8D%AF%E6%88%BF%261&coordinate=wgs84&callnative=1')
  })
})

describe('param and trace codes', () => {
  it('decodes WeChat query values once and keeps undecodable ones', () => {
    expect(param({ keyword: '%E9%98%BF%E8%8E%AB' }, 'keyword')).toBe('阿莫')
    expect(param({ keyword: '阿莫' }, 'keyword')).toBe('阿莫')
    expect(param({ keyword: '100%' }, 'keyword')).toBe('100%')
    expect(param(undefined, 'keyword')).toBe('')
  })
  it('accepts exactly 20 digits as a trace code', () => {
    expect(TRACE_CODE.test('81234567890123456789')).toBe(true)
    expect(TRACE_CODE.test('8123456789012345678')).toBe(false)
    expect(TRACE_CODE.test('8123456789012345678a')).toBe(false)
  })
})

describe('debounce', () => {
  it('calls once with the last arguments after the quiet period, and cancel drops the pending call', () => {
    vi.useFakeTimers()
    const fn = vi.fn()
    const d = debounce(fn, 250)
    d('a'); d('am'); d('amx')
    vi.advanceTimersByTime(249)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledTimes(1)
    expect(fn).toHaveBeenCalledWith('amx')
    d('amxl'); d.cancel()
    vi.advanceTimersByTime(1000)
    expect(fn).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
  })
})
