import type { UserError } from '@/api/errors'
import type { InquiryAction, InquiryState } from '@/gql/graphql'

/** Which level of the four-level inquiry workflow the signed-in user works at (SUP-18). */
export type InquiryLevel = 'region' | 'prefecture' | 'entity'

export function levelOf(role: string | null | undefined): InquiryLevel {
  if (role === 'REGION_OFFICIAL') return 'region'
  if (role === 'PREFECTURE_OFFICIAL' || role === 'COUNTY_OFFICIAL') return 'prefecture'
  return 'entity'
}

export interface InquiryTab {
  key: string
  label: string
  /** null = every state the caller sees */
  states: InquiryState[] | null
  hint?: string
}

const AFTER_ALLOCATION: InquiryState[] = ['PENDING_DISPATCH', 'PENDING_FEEDBACK', 'PENDING_REVIEW', 'CLOSED', 'ARCHIVED']

/**
 * The list tabs in each level's own wording (SUP-19 自治区: 待分配/已分配; SUP-20/22/24 市州: 待下发/已下发/待审核/已审核/已归档;
 * SUP-21 机构: 待反馈/待审核/已办结), plus 全部.
 */
export function tabsFor(level: InquiryLevel): InquiryTab[] {
  const all: InquiryTab = { key: 'all', label: '全部', states: null }
  switch (level) {
    case 'region':
      return [
        { key: 'allocate', label: '待分配', states: ['PENDING_ALLOCATION'] },
        { key: 'allocated', label: '已分配', states: AFTER_ALLOCATION, hint: '已分配给市州，含后续各环节' },
        all,
      ]
    case 'prefecture':
      return [
        { key: 'dispatch', label: '待下发', states: ['PENDING_DISPATCH'] },
        { key: 'dispatched', label: '已下发', states: ['PENDING_FEEDBACK'], hint: '已下发，等待供应主体反馈' },
        { key: 'review', label: '待审核', states: ['PENDING_REVIEW'] },
        { key: 'reviewed', label: '已审核', states: ['CLOSED'], hint: '审核通过（已办结），待归档' },
        { key: 'archived', label: '已归档', states: ['ARCHIVED'] },
        all,
      ]
    default:
      return [
        { key: 'feedback', label: '待反馈', states: ['PENDING_FEEDBACK'] },
        { key: 'review', label: '待审核', states: ['PENDING_REVIEW'], hint: '已反馈，等待市州医保局审核' },
        { key: 'closed', label: '已办结', states: ['CLOSED', 'ARCHIVED'] },
        all,
      ]
  }
}

/** The tab to open for a state (e.g. a to-do on the home page); the first tab when none lists it. */
export function tabForState(level: InquiryLevel, state: InquiryState): InquiryTab {
  const tabs = tabsFor(level)
  return tabs.find((t) => t.states?.includes(state)) ?? tabs[0]
}

/** The number shown on a tab: the sum of the server's per-state counts for the tab's states. */
export function tabCount(tab: InquiryTab, counts: readonly { state: InquiryState; count: number }[]): number {
  return counts.filter((c) => !tab.states || tab.states.includes(c.state)).reduce((n, c) => n + c.count, 0)
}

export interface ActionSpec {
  action: InquiryAction
  label: string
  scope: string
  type: 'primary' | 'success' | 'warning' | 'danger'
  /** The server requires an opinion (退回). */
  opinionRequired: boolean
  opinionPlaceholder: string
  message: (n: number) => string
}

/** The batch/single workflow steps run from the list and detail pages (feedback has its own form). */
export const STEP_ACTIONS: ActionSpec[] = [
  {
    action: 'ALLOCATE', label: '分配', scope: 'inquiries:manage', type: 'primary', opinionRequired: false, opinionPlaceholder: '分配说明（可选）',
    message: (n) => `将 ${n} 个问询任务分配给预警所在市州医保局，由其下发给供应主体。`,
  },
  {
    action: 'DISPATCH', label: '下发', scope: 'inquiries:manage', type: 'primary', opinionRequired: false, opinionPlaceholder: '下发说明（可选）',
    message: (n) => `将 ${n} 个问询任务下发给供应主体反馈。`,
  },
  {
    action: 'APPROVE', label: '审核通过', scope: 'inquiries:review', type: 'success', opinionRequired: false, opinionPlaceholder: '审核意见（可选）',
    message: (n) => `审核通过 ${n} 个问询任务的反馈，任务办结。`,
  },
  {
    action: 'REJECT', label: '退回', scope: 'inquiries:review', type: 'danger', opinionRequired: true, opinionPlaceholder: '退回意见（必填）：请说明需要补充或更正的内容',
    message: (n) => `退回 ${n} 个问询任务的反馈，供应主体需重新反馈。`,
  },
  {
    action: 'ARCHIVE', label: '归档', scope: 'inquiries:review', type: 'warning', opinionRequired: false, opinionPlaceholder: '归档说明（可选）',
    message: (n) => `归档 ${n} 个已办结的问询任务。`,
  },
]

/** An action is offered for a selection only when the server allows it on every selected task. */
export function allowedForAll(rows: readonly { availableActions: readonly InquiryAction[] }[], action: InquiryAction): boolean {
  return rows.length > 0 && rows.every((r) => r.availableActions.includes(action))
}

/**
 * Batch mutations are all-or-nothing with per-item errors at field ["ids", "<index>"]: name the task in the message
 * so the official sees which one blocked the batch.
 */
export function labelItemErrors(errors: readonly UserError[], rows: readonly { title: string }[], key = 'ids'): UserError[] {
  return errors.map((e) => {
    const f = e.field ?? []
    if (f.length >= 2 && f[0] === key) {
      const row = rows[Number(f[1])]
      if (row) return { ...e, message: `「${row.title}」：${e.message.replace(/^第\s*\d+\s*条[：:]\s*/, '')}` }
    }
    return e
  })
}

/** The county whose supply entities can answer tasks without an organisation (区县覆盖预警); null when mixed or none. */
export function respondentCounty(rows: readonly { organisation: unknown; divisionCode: string }[]): { needed: boolean; county: string | null; mixed: boolean } {
  const counties = [...new Set(rows.filter((r) => !r.organisation).map((r) => r.divisionCode))]
  return { needed: counties.length > 0, county: counties.length === 1 ? counties[0] : null, mixed: counties.length > 1 }
}

export const LEVEL_LABEL: Record<string, string> = { RED: '红色', ORANGE: '橙色', YELLOW: '黄色' }
export const LEVEL_TAG: Record<string, 'danger' | 'warning' | 'primary'> = { RED: 'danger', ORANGE: 'warning', YELLOW: 'primary' }
export const WARNING_STATE_LABEL: Record<string, string> = { IDENTIFIED: '已识别', ALERTED: '已告警', IN_INQUIRY: '问询中', CLOSED: '已解除' }
export const STATE_TAG: Record<string, 'info' | 'warning' | 'primary' | 'success' | 'danger'> = {
  PENDING_ALLOCATION: 'warning', PENDING_DISPATCH: 'warning', PENDING_FEEDBACK: 'primary', PENDING_REVIEW: 'danger', CLOSED: 'success', ARCHIVED: 'info',
}
