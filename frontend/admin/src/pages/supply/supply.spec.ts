import { describe, expect, it } from 'vitest'
import {
  alertable, inquirable, emptyRow, formatQty, mapRowErrors, newBatchKey, normaliseDate, parsePastedRows, percent, sortGroups,
  stockingChartOption, todayInBeijing, toReportRows,
} from './supply'

const g = (key: string, label: string, stockedVarieties: number, stockedCodes = stockedVarieties) => ({
  key, label, organisations: 3, stockingOrganisations: 2, stockedCodes, stockedVarieties, catalogCodes: 1, catalogVarieties: 1,
})

describe('stocking transforms', () => {
  it('orders groups by stocked varieties and puts "not applicable" last', () => {
    const rows = sortGroups([g('NONE', '不适用', 90), g('650100', '乌鲁木齐市', 10), g('653100', '喀什地区', 40)])
    expect(rows.map((r) => r.key)).toEqual(['653100', '650100', 'NONE'])
  })

  it('builds one bar series per measure with the group labels on the axis', () => {
    const o = stockingChartOption([g('PUBLIC', '公立', 5, 7), g('PRIVATE', '民营', 9, 12)])
    expect(o.xAxis.data).toEqual(['民营', '公立'])
    expect(o.series.map((s) => s.name)).toEqual(['配备品种', '目录内品种', '配备编码', '目录内编码'])
    expect(o.series[2].data).toEqual([12, 7])
  })

  it('formats API decimals and rates', () => {
    expect(formatQty('21854.000')).toBe('21,854')
    expect(formatQty('0.500')).toBe('0.5')
    expect(formatQty(null)).toBe('—')
    expect(percent(1, 4)).toBe('25.0%')
    expect(percent(1, 0)).toBe('—')
  })
})

describe('stock report rows', () => {
  it('leaves blank rows out and remembers which table row each input row came from', () => {
    const rows = [
      { ...emptyRow('2026-11-01'), drugCode: ' xa01abd075a002010190026 ', onHandQty: '1,200', receivedQty: '', inTransitQty: '5' },
      emptyRow('2026-11-01'),
      { ...emptyRow('2026-11-02'), drugCode: 'BAD', onHandQty: '-1' },
    ]
    const { rows: input, index } = toReportRows(rows, false)
    expect(index).toEqual([0, 2])
    expect(input[0]).toEqual({
      drugCode: 'XA01ABD075A002010190026', businessDate: '2026-11-01', receivedQty: '0', soldQty: '0', onHandQty: '1200', inTransitQty: null,
    })
    expect(toReportRows(rows, true).rows[0].inTransitQty).toBe('5')
  })

  it('maps the server row numbers back onto table rows and fields', () => {
    const m = mapRowErrors([
      { code: 'INVALID_DRUG_CODE', message: '第 1 行：药品代码格式错误', field: ['rows', '0', 'drugCode'], row: 0 },
      { code: 'NEGATIVE_QUANTITY', message: '第 2 行：库存数量不能为负数', field: ['rows', '1', 'onHandQty'], row: null },
      { code: 'DUPLICATE_ROW', message: '第 2 行重复', field: null, row: 1 },
      { code: 'BATCH_KEY_REUSED', message: '批次号已用于另一批数据', field: ['batchKey'], row: null },
    ], [0, 2])
    expect(m.byRow.get(0)).toEqual({ drugCode: ['第 1 行：药品代码格式错误'] })
    expect(m.byRow.get(2)).toEqual({ onHandQty: ['第 2 行：库存数量不能为负数'], _row: ['第 2 行重复'] })
    expect(m.general.map((e) => e.code)).toEqual(['BATCH_KEY_REUSED'])
  })

  it('parses rows pasted from a spreadsheet, skipping the header', () => {
    const text = '药品代码\t业务日期\t进货\t销售\t库存\nXA01ABD075A002010190026\t2026/11/3\t10\t2\t50\nZB03AAM8001F02010190051,,1,1,9,4\n'
    const rows = parsePastedRows(text, '2026-11-30')
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({ drugCode: 'XA01ABD075A002010190026', businessDate: '2026-11-03', receivedQty: '10', soldQty: '2', onHandQty: '50' })
    expect(rows[1]).toMatchObject({ businessDate: '2026-11-30', onHandQty: '9', inTransitQty: '4' })
  })

  it('normalises dates and knows Beijing\'s calendar day', () => {
    expect(normaliseDate('20261103')).toBe('2026-11-03')
    expect(normaliseDate('2026年11月3日')).toBe('2026-11-03')
    expect(normaliseDate('yesterday')).toBe('yesterday')
    expect(todayInBeijing(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01')
  })

  it('makes batch keys that differ per batch and fit the server limit', () => {
    const a = newBatchKey(new Date('2026-11-30T08:00:00Z'), () => 0)
    expect(a).toBe('web-20261130080000-00000000')
    expect(newBatchKey()).not.toBe(newBatchKey())
    expect(a.length).toBeLessThanOrEqual(64)
  })
})

describe('warnings', () => {
  it('alerts only the selected warnings the server allows', () => {
    expect(alertable([
      { id: 'a', availableActions: ['alert'] },
      { id: 'b', availableActions: [] },
    ])).toEqual(['a'])
  })

  it('adds to an inquiry only what the server offers to add', () => {
    expect(inquirable([
      { id: 'a', availableActions: ['alert', 'inquire'] },
      { id: 'b', availableActions: ['inquire'] },
      { id: 'c', availableActions: [] },
    ])).toEqual(['a', 'b'])
  })
})
