import { describe, expect, it } from 'vitest'
import { byLine, isValidating, percent, qty, xlsxProblem } from './exchange'

describe('exchange helpers', () => {
  it('checks the file before uploading', () => {
    expect(xlsxProblem(null)).toContain('请选择')
    expect(xlsxProblem({ name: '报盘.XLSX', size: 10 })).toBeNull()
    expect(xlsxProblem({ name: '报盘.xls', size: 10 })).toContain('.xlsx')
    expect(xlsxProblem({ name: '报盘.csv', size: 10 })).toContain('.xlsx')
    expect(xlsxProblem({ name: '空.xlsx', size: 0 })).toBe('文件为空')
    expect(xlsxProblem({ name: '大.xlsx', size: 21 * 1024 * 1024 })).toContain('20 MB')
  })

  it('polls only while the upload is being validated', () => {
    expect(isValidating('UPLOADED')).toBe(true)
    expect(isValidating('VALIDATING')).toBe(true)
    expect(isValidating('FAILED')).toBe(false)
    expect(isValidating('SUCCEEDED')).toBe(false)
  })

  it('formats server ratios and quantities', () => {
    expect(percent('0.8087')).toBe('80.9%')
    expect(percent('1')).toBe('100.0%')
    expect(percent(null)).toBe('—')
    expect(qty('1108.000')).toBe('1108')
    expect(qty('2.500')).toBe('2.5')
    expect(qty('0')).toBe('0')
  })

  it('sorts row errors by Excel line, file errors last', () => {
    const sorted = byLine([{ line: 5, m: 'c' }, { line: null, m: 'file' }, { line: 3, m: 'a' }])
    expect(sorted.map((e) => e.m)).toEqual(['a', 'c', 'file'])
  })
})
