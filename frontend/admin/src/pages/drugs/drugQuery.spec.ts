import { describe, expect, it } from 'vitest'
import { columnSortFor, parseDrugQuery, sortFor, toDrugFilter, toDrugQuery } from './drugQuery'

describe('drug list URL state', () => {
  it('round-trips through the URL query', () => {
    const s = parseDrugQuery({ q: 'amxl', tag: 'VGFnOjg', tagValue: 'true', sort: 'NAME_DESC', page: '3', size: '50', type: 'X' })
    expect(s).toMatchObject({ search: 'amxl', tagId: 'VGFnOjg', tagValue: 'true', sort: 'NAME_DESC', page: 3, size: 50, type: 'X' })
    expect(parseDrugQuery(toDrugQuery(s) as never)).toEqual(s)
  })

  it('falls back to safe defaults and caps the page size at the API limit', () => {
    const s = parseDrugQuery({ sort: 'DROP TABLE', page: '-2', size: '1000', type: 'Q' })
    expect(s).toMatchObject({ sort: 'CODE_ASC', page: 1, size: 100, type: '' })
    expect(toDrugQuery(parseDrugQuery({}))).toEqual({})
  })

  it('builds the API filter from the non-empty fields only', () => {
    const s = parseDrugQuery({ q: ' amxl ', pinyin: 'AMXL', code: 'xj01', tagValue: 'ignored-without-tag' })
    expect(toDrugFilter(s)).toEqual({ search: 'amxl', pinyin: 'amxl', codePrefix: 'XJ01' })
    expect(toDrugFilter(parseDrugQuery({ tag: 't1', tagValue: '限制使用级' }))).toEqual({ tagId: 't1', tagValue: '限制使用级' })
  })

  it('maps column sorting to the API sort orders and back', () => {
    expect(sortFor('code', 'descending')).toBe('CODE_DESC')
    expect(sortFor('genericName', 'ascending')).toBe('NAME_ASC')
    expect(sortFor('updatedAt', 'descending')).toBe('UPDATED_DESC')
    expect(sortFor('genericName', null)).toBe('CODE_ASC')
    for (const sort of ['CODE_ASC', 'CODE_DESC', 'NAME_ASC', 'NAME_DESC', 'UPDATED_DESC'] as const) {
      const c = columnSortFor(sort)
      expect(sortFor(c.prop, c.order)).toBe(sort)
    }
  })
})
