import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { DrugFilter, DrugSort, DrugType } from '@/gql/graphql'

/** The drug list's state as it lives in the URL (so a filtered page can be reloaded, bookmarked and shared). */
export interface DrugListState {
  search: string
  name: string
  pinyin: string
  codePrefix: string
  classCode: string
  formCode: string
  type: '' | DrugType
  tagId: string
  tagValue: string
  sort: DrugSort
  page: number
  size: number
}

const SORTS: DrugSort[] = ['CODE_ASC', 'CODE_DESC', 'NAME_ASC', 'NAME_DESC', 'UPDATED_DESC']

function str(v: LocationQuery[string]): string {
  return typeof v === 'string' ? v : ''
}

function int(v: LocationQuery[string], fallback: number, max: number): number {
  const n = Number.parseInt(str(v), 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback
}

export function parseDrugQuery(q: LocationQuery): DrugListState {
  const sort = str(q.sort) as DrugSort
  const type = str(q.type)
  return {
    search: str(q.q),
    name: str(q.name),
    pinyin: str(q.pinyin),
    codePrefix: str(q.code),
    classCode: str(q.cls),
    formCode: str(q.form),
    type: type === 'X' || type === 'Z' ? type : '',
    tagId: str(q.tag),
    tagValue: str(q.tagValue),
    sort: SORTS.includes(sort) ? sort : 'CODE_ASC',
    page: int(q.page, 1, 100000),
    size: int(q.size, 20, 100),
  }
}

export function toDrugQuery(s: DrugListState): LocationQueryRaw {
  const q: Record<string, string> = {}
  const put = (k: string, v: string | number, dflt: string | number = '') => {
    if (v !== dflt && v !== '') q[k] = String(v)
  }
  put('q', s.search.trim())
  put('name', s.name.trim())
  put('pinyin', s.pinyin.trim())
  put('code', s.codePrefix.trim())
  put('cls', s.classCode)
  put('form', s.formCode)
  put('type', s.type)
  put('tag', s.tagId)
  if (s.tagId) put('tagValue', s.tagValue)
  put('sort', s.sort, 'CODE_ASC')
  put('page', s.page, 1)
  put('size', s.size, 20)
  return q
}

/** The API filter for a list state (empty fields are left out). */
export function toDrugFilter(s: DrugListState): DrugFilter {
  const f: DrugFilter = {}
  if (s.search.trim()) f.search = s.search.trim()
  if (s.name.trim()) f.name = s.name.trim()
  if (s.pinyin.trim()) f.pinyin = s.pinyin.trim().toLowerCase()
  if (s.codePrefix.trim()) f.codePrefix = s.codePrefix.trim().toUpperCase()
  if (s.classCode) f.classCode = s.classCode
  if (s.formCode) f.formCode = s.formCode
  if (s.type) f.type = s.type
  if (s.tagId) {
    f.tagId = s.tagId
    if (s.tagValue) f.tagValue = s.tagValue
  }
  return f
}

/** Maps an Element Plus column sort to the API's stable sort orders. */
export function sortFor(prop: string | null, order: 'ascending' | 'descending' | null): DrugSort {
  if (!order || !prop) return 'CODE_ASC'
  if (prop === 'code') return order === 'ascending' ? 'CODE_ASC' : 'CODE_DESC'
  if (prop === 'genericName') return order === 'ascending' ? 'NAME_ASC' : 'NAME_DESC'
  if (prop === 'updatedAt') return 'UPDATED_DESC'
  return 'CODE_ASC'
}

export function columnSortFor(sort: DrugSort): { prop: string; order: 'ascending' | 'descending' } {
  switch (sort) {
    case 'CODE_DESC': return { prop: 'code', order: 'descending' }
    case 'NAME_ASC': return { prop: 'genericName', order: 'ascending' }
    case 'NAME_DESC': return { prop: 'genericName', order: 'descending' }
    case 'UPDATED_DESC': return { prop: 'updatedAt', order: 'descending' }
    default: return { prop: 'code', order: 'ascending' }
  }
}
