import { describe, expect, it } from 'vitest'
import { isFileSection, visibleSections } from './sections'

const ALL = [
  ['BASIC', true, 'DRUG-20'], ['PACKAGE_INSERT', true, 'DRUG-21'], ['PRODUCTION', true, 'DRUG-22'], ['PROCUREMENT', true, 'DRUG-23'],
  ['SALES', true, 'DRUG-24'], ['SUPPLY', true, 'DRUG-25'], ['DISCLOSURE', true, 'DRUG-26'], ['TRACEABILITY', true, 'DRUG-27'],
].map(([key, available, requirement]) => ({ key: key as string, title: key as string, available: available as boolean, requirement: requirement as string }))

describe('drug file sections', () => {
  it('shows every section to supply readers, traceability with the public app scan figures', () => {
    const shown = visibleSections(ALL, true)
    expect(shown.map((s) => s.key)).toEqual(ALL.map((s) => s.key))
    const trace = shown.find((s) => s.key === 'TRACEABILITY')!
    expect(trace).toMatchObject({ available: true, pendingPublic: false })
    expect(shown.find((s) => s.key === 'SALES')!.pendingPublic).toBe(false)
  })

  it('hides the supply-data sections without supply:read', () => {
    expect(visibleSections(ALL, false).map((s) => s.key)).toEqual(['BASIC', 'PACKAGE_INSERT'])
  })

  it('keeps a section the server marks unavailable disabled', () => {
    const shown = visibleSections([{ key: 'NEW', title: '新栏目', available: false, requirement: 'DRUG-99' }], true)
    expect(shown[0]).toMatchObject({ available: false, pendingPublic: false })
    expect(isFileSection('SUPPLY')).toBe(true)
    expect(isFileSection('BASIC')).toBe(false)
  })
})
