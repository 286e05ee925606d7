import { describe, expect, it } from 'vitest'
import {
  addDays, amount, breakdownChartOption, bucketStart, coefficient, coverageChartOption, days, daysBetween, defaultWindow, evidenceText,
  fillTrend, focusMeta, latestDataDay, money, needsChartOption, parseCodes, rate, reachChartOption, stabilityChartOption,
  trendChartOption, variationChartOption, withFigures,
} from './analysis'

const pt = (start: string, codes: number, sold = '0') => ({
  start, suppliedCodes: codes, suppliedVarieties: codes, institutionReceived: '0', enterpriseSupplied: '0', institutionSold: sold,
})

describe('dates and windows', () => {
  it('adds days and counts inclusive ranges across months', () => {
    expect(addDays('2026-11-27', -29)).toBe('2026-10-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(daysBetween('2026-10-29', '2026-11-27')).toBe(30)
  })

  it('finds bucket starts: Monday of the week, 1st of the month', () => {
    expect(bucketStart('2026-11-27', 'DAY')).toBe('2026-11-27')
    expect(bucketStart('2026-11-27', 'WEEK')).toBe('2026-11-23') // a Friday → Monday
    expect(bucketStart('2026-11-23', 'WEEK')).toBe('2026-11-23')
    expect(bucketStart('2026-11-27', 'MONTH')).toBe('2026-11-01')
  })

  it('defaults to the last 30 days, or to the 30 days up to the latest data when that is older', () => {
    expect(defaultWindow('2026-11-30', '2026-11-27')).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(defaultWindow('2027-03-01', '2026-11-27')).toEqual({ from: '2026-10-29', to: '2026-11-27' })
    expect(defaultWindow('2027-03-01', null)).toEqual({ from: '2027-01-31', to: '2027-03-01' })
  })

  it('takes the last day with supply from weekly points, capped at today', () => {
    const weeks = [pt('2026-11-09', 3), pt('2026-11-16', 2), pt('2026-11-23', 0)]
    expect(latestDataDay(weeks, 'WEEK', '2027-01-01')).toBe('2026-11-22')
    expect(latestDataDay([pt('2026-11-23', 1)], 'WEEK', '2026-11-25')).toBe('2026-11-25')
    expect(latestDataDay([pt('2026-11-23', 0)], 'WEEK', '2026-11-25')).toBeNull()
    expect(latestDataDay([pt('2026-11-20', 0, '5')], 'DAY', '2026-11-25')).toBe('2026-11-20')
  })
})

describe('trend', () => {
  it('fills days without supply with zeros, in order', () => {
    const filled = fillTrend('2026-11-01', '2026-11-04', 'DAY', [pt('2026-11-02', 5), pt('2026-11-04', 7)])
    expect(filled.map((p) => p.start)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'])
    expect(filled.map((p) => p.suppliedCodes)).toEqual([0, 5, 0, 7])
  })

  it('fills weeks and months from the bucket holding the start', () => {
    expect(fillTrend('2026-11-04', '2026-11-20', 'WEEK', []).map((p) => p.start)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16'])
    expect(fillTrend('2026-10-15', '2027-01-02', 'MONTH', []).map((p) => p.start)).toEqual(['2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01'])
  })

  it('plots counts on the left axis and quantities on the right', () => {
    const o = trendChartOption([pt('2026-11-01', 4, '12.500'), pt('2026-11-02', 6)], 'DAY')
    expect(o.xAxis.data).toEqual(['11-01', '11-02'])
    expect(o.series.map((s) => [s.name, s.yAxisIndex])).toEqual([
      ['有供应品种数', 0], ['有供应编码数', 0], ['机构进货量', 1], ['企业供应量', 1], ['机构销售量', 1],
    ])
    expect(o.series[4].data).toEqual([12.5, 0])
    expect(trendChartOption([pt('2026-11-01', 1)], 'MONTH').xAxis.data).toEqual(['2026-11'])
  })
})

describe('coverage, breakdown and reach charts', () => {
  const cov = (key: string, e: number, i: number, c: number) => ({
    key, label: key, enterpriseCodes: e, enterpriseVarieties: e - 1, institutionCodes: i, institutionVarieties: i - 1, coveredCodes: c, coveredVarieties: c - 1,
  })
  it('switches the coverage bars between codes and varieties', () => {
    const rows = [cov('乌鲁木齐市', 39, 40, 40), cov('哈密市', 1, 22, 22)]
    const codes = coverageChartOption(rows, 'CODES', 1396)
    expect(codes.series.map((s) => s.data)).toEqual([[39, 1], [40, 22], [40, 22]])
    expect(codes.tooltip.valueFormatter(40)).toBe('40（2.9%）')
    const varieties = coverageChartOption(rows, 'VARIETIES', 414)
    expect(varieties.series[0].name).toBe('批发/配送企业覆盖品种')
    expect(varieties.series[0].data).toEqual([38, 0])
  })

  const fig = (label: string, received: string, sold = '0') => ({
    key: label, label, institutionReceived: received, institutionSold: sold, enterpriseSupplied: '0', institutionOnHand: '0', hospitalSold: sold, pharmacySold: '1',
  })
  it('drops prefectures without figures and stacks hospital and pharmacy sales', () => {
    const rows = [fig('A', '5'), { ...fig('B', '0'), pharmacySold: '0' }, fig('C', '0', '3')]
    expect(withFigures(rows).map((r) => r.label)).toEqual(['A', 'C'])
    const sales = breakdownChartOption(withFigures(rows), 'SALES')
    expect(sales.series.map((s) => [s.name, s.stack, s.data])).toEqual([['医疗机构销售量', 'sold', [0, 3]], ['零售药店销售量', 'sold', [1, 1]]])
    expect(breakdownChartOption(rows).series.map((s) => s.name)).toEqual(['企业供应量', '机构进货量', '机构销售量', '机构当前库存'])
  })

  it('plots reach per prefecture without the total row', () => {
    const o = reachChartOption([
      { key: '*', label: '合计', institutions: 11, stockingInstitutions: 9 },
      { key: '653100', label: '喀什地区', institutions: 11, stockingInstitutions: 9 },
    ], '可诊治（有药）的机构')
    expect(o.xAxis.data).toEqual(['喀什地区'])
    expect(o.series[1]).toMatchObject({ name: '可诊治（有药）的机构', data: [9] })
  })
})

describe('formatting and input', () => {
  it('formats rates, days of stock and money', () => {
    expect(rate('0.0287')).toBe('2.9%')
    expect(rate(null)).toBe('—')
    expect(days(null)).toBe('无销量')
    expect(days('12.345')).toBe('12.3')
    expect(money('1234.5')).toBe('¥1,234.50')
    expect(money(null)).toBe('—')
    expect(amount('0.00')).toBe('—')
    expect(amount('12')).toBe('¥12.00')
  })

  it('parses pasted drug codes', () => {
    expect(parseCodes(' xl01cdd823b004010190002, XJ05AFB803A003010190028\nXJ05AFB803A003010190028、 ')).toEqual([
      'XL01CDD823B004010190002', 'XJ05AFB803A003010190028',
    ])
    expect(parseCodes('  ')).toEqual([])
  })

  it('maps route slugs and kinds to the focus pages', () => {
    expect(focusMeta('rare-disease')?.kind).toBe('RARE_DISEASE')
    expect(focusMeta('SHORTAGE')?.requirement).toBe('SUP-43')
    expect(focusMeta('nope')).toBeUndefined()
  })
})

describe('sources, stability and treatment needs (DRUG-06, SUP-44/45)', () => {
  it('writes a source\'s evidence as institutions and prefectures, or — when it shows nothing', () => {
    const e = { evidenced: true, institutions: 3, quantity: '12', prefectures: [{ name: '乌鲁木齐市' }, { name: '喀什地区' }] }
    expect(evidenceText(e)).toBe('3 家 · 乌鲁木齐市、喀什地区')
    expect(evidenceText({ ...e, prefectures: [] })).toBe('3 家')
    expect(evidenceText({ ...e, evidenced: false, institutions: 0 })).toBe('—')
  })

  it('formats coefficients of variation, none without a mean', () => {
    expect(coefficient('0.4472')).toBe('0.45')
    expect(coefficient(null)).toBe('—')
  })

  it('plots a member\'s days: on-hand, supply on the right axis, institutions holding it', () => {
    const o = stabilityChartOption([
      { day: '2024-05-01', onHand: '2', supplied: '0', stockingInstitutions: 1 },
      { day: '2024-05-02', onHand: '10.000', supplied: '8', stockingInstitutions: 1 },
    ])
    expect(o.xAxis.data).toEqual(['05-01', '05-02'])
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['机构库存合计', [2, 10]], ['机构进货量（供应）', [0, 8]], ['有库存机构数', [1, 1]]])
    expect(o.series[1].yAxisIndex).toBe(1)
  })

  it('compares members\' variation, a missing CV as 0', () => {
    const o = variationChartOption([{ name: 'A', onHandCv: '0.4472', supplyCv: null, stockOutDays: 2 }])
    expect(o.series.map((s) => s.data)).toEqual([[0.4472], [0], [2]])
  })

  it('charts needs per prefecture, leaving out the total and empty prefectures', () => {
    const row = (key: string, needs: number, unmetNeeds = 0, settlements = 0, stockingInstitutions = 0) =>
      ({ key, label: key, needs, unmetNeeds, settlements, stockingInstitutions })
    const o = needsChartOption([row('*', 4, 2, 3, 1), row('650100', 2, 2, 1), row('652800', 0), row('653100', 2, 0, 2, 1)])
    expect(o.xAxis.data).toEqual(['650100', '653100'])
    expect(o.series.map((s) => s.data)).toEqual([[2, 2], [2, 0], [1, 2], [0, 1]])
  })
})
