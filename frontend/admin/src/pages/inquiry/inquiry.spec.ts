import { describe, expect, it } from 'vitest'
import { evidenceProblem, evidenceProblems, serverFileErrors } from './evidence'
import { allowedForAll, labelItemErrors, levelOf, respondentCounty, tabCount, tabForState, tabsFor } from './inquiry'
import { notificationLink, todoLink } from '@/pages/home/home'

describe('inquiry tabs per level', () => {
  it('uses each level\'s own wording', () => {
    expect(tabsFor('region').map((t) => t.label)).toEqual(['待分配', '已分配', '全部'])
    expect(tabsFor('prefecture').map((t) => t.label)).toEqual(['待下发', '已下发', '待审核', '已审核', '已归档', '全部'])
    expect(tabsFor('entity').map((t) => t.label)).toEqual(['待反馈', '待审核', '已办结', '全部'])
  })

  it('derives the level from the role', () => {
    expect(levelOf('REGION_OFFICIAL')).toBe('region')
    expect(levelOf('PREFECTURE_OFFICIAL')).toBe('prefecture')
    expect(levelOf('INSTITUTION_STAFF')).toBe('entity')
    expect(levelOf('ENTERPRISE_STAFF')).toBe('entity')
  })

  it('the prefecture tabs split the states it sees without overlap', () => {
    const states = tabsFor('prefecture').filter((t) => t.states).flatMap((t) => t.states!)
    expect(new Set(states).size).toBe(states.length)
    expect(states.sort()).toEqual(['ARCHIVED', 'CLOSED', 'PENDING_DISPATCH', 'PENDING_FEEDBACK', 'PENDING_REVIEW'])
  })

  it('maps a to-do state to the tab that lists it', () => {
    expect(tabForState('region', 'PENDING_ALLOCATION').key).toBe('allocate')
    expect(tabForState('region', 'PENDING_DISPATCH').key).toBe('allocated')
    expect(tabForState('prefecture', 'PENDING_REVIEW').key).toBe('review')
    expect(tabForState('prefecture', 'CLOSED').key).toBe('reviewed')
    expect(tabForState('entity', 'ARCHIVED').key).toBe('closed')
    expect(todoLink('PREFECTURE_OFFICIAL', 'PENDING_DISPATCH')).toBe('/inquiries?tab=dispatch')
    expect(todoLink('INSTITUTION_STAFF', 'PENDING_FEEDBACK')).toBe('/inquiries?tab=feedback')
  })

  it('counts a tab as the sum of its states', () => {
    const counts = [
      { state: 'PENDING_FEEDBACK' as const, count: 2 },
      { state: 'PENDING_REVIEW' as const, count: 1 },
      { state: 'CLOSED' as const, count: 4 },
      { state: 'ARCHIVED' as const, count: 3 },
    ]
    const [feedback, review, closed, all] = tabsFor('entity')
    expect([feedback, review, closed, all].map((t) => tabCount(t, counts))).toEqual([2, 1, 7, 10])
  })
})

describe('batch actions', () => {
  it('offers an action only when the server allows it on every selected task', () => {
    expect(allowedForAll([], 'ALLOCATE')).toBe(false)
    expect(allowedForAll([{ availableActions: ['ALLOCATE'] }, { availableActions: ['ALLOCATE'] }], 'ALLOCATE')).toBe(true)
    expect(allowedForAll([{ availableActions: ['ALLOCATE'] }, { availableActions: [] }], 'ALLOCATE')).toBe(false)
  })

  it('names the task of each per-item error (field ["ids", "<index>"])', () => {
    const rows = [{ title: '任务甲' }, { title: '任务乙' }]
    const out = labelItemErrors([
      { code: 'OPINION_REQUIRED', message: '第2条：「退回」必须填写意见', field: ['ids', '1'] },
      { code: 'REQUIRED', message: '请填写意见', field: ['opinion'] },
    ], rows)
    expect(out[0].message).toBe('「任务乙」：「退回」必须填写意见')
    expect(out[1].message).toBe('请填写意见')
  })

  it('needs a respondent only for tasks without an organisation, from one county', () => {
    expect(respondentCounty([{ organisation: { id: 'o' }, divisionCode: '650102' }])).toEqual({ needed: false, county: null, mixed: false })
    expect(respondentCounty([{ organisation: null, divisionCode: '650102' }, { organisation: null, divisionCode: '650102' }]))
      .toEqual({ needed: true, county: '650102', mixed: false })
    expect(respondentCounty([{ organisation: null, divisionCode: '650102' }, { organisation: null, divisionCode: '650103' }]))
      .toEqual({ needed: true, county: null, mixed: true })
  })
})

describe('evidence files', () => {
  it('accepts the allowed types up to 10 MB', () => {
    expect(evidenceProblem({ name: '截图.PNG', size: 100 })).toBeNull()
    expect(evidenceProblem({ name: '凭证.pdf', size: 10 * 1024 * 1024 })).toBeNull()
    expect(evidenceProblem({ name: '说明.txt', size: 100 })).toContain('文件类型不支持')
    expect(evidenceProblem({ name: '空.jpg', size: 0 })).toBe('文件为空')
    expect(evidenceProblem({ name: '大.xlsx', size: 10 * 1024 * 1024 + 1 })).toBe('文件超过 10 MB')
  })

  it('refuses more than 10 files', () => {
    const files = Array.from({ length: 11 }, (_, i) => ({ name: `${i}.png`, size: 1 }))
    expect(evidenceProblems(files).general).toContain('最多上传 10 个')
    expect(evidenceProblems(files.slice(0, 10)).general).toBeNull()
  })

  it('picks the server errors of one file', () => {
    const errors = [{ field: ['files', '1'], message: '文件内容不是允许的类型' }, { field: ['feedback'], message: '请填写反馈内容' }]
    expect(serverFileErrors(errors, 1)).toBe('文件内容不是允许的类型')
    expect(serverFileErrors(errors, 0)).toBeNull()
  })
})

describe('notifications', () => {
  // The other entity types (warnings now included) are covered in src/pages/home/home.spec.ts.
  it('link to their inquiry task', () => {
    expect(notificationLink({ entityType: 'InquiryTask', entityId: 'SW5xdWlyeVRhc2s6MQ' }, new Set(['inquiries:read']))).toBe('/inquiries/SW5xdWlyeVRhc2s6MQ')
  })
})
