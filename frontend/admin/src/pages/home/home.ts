import type { InquiryState } from '@/gql/graphql'
import { levelOf, tabForState } from '@/pages/inquiry/inquiry'

/** Where a to-do on the home page leads: the inquiry list on the tab that holds the to-do's state. */
export function todoLink(role: string | null | undefined, state: InquiryState): string {
  return `/inquiries?tab=${tabForState(levelOf(role), state).key}`
}

/** Where a notification leads (its task), or null when the SPA has no page for its object. */
export function notificationLink(n: { entityType?: string | null; entityId?: string | null }): string | null {
  if (n.entityType === 'InquiryTask' && n.entityId) return `/inquiries/${encodeURIComponent(n.entityId)}`
  return null
}

export const LEVEL_COLOURS: Record<string, string> = { RED: '#f56c6c', ORANGE: '#e6a23c', YELLOW: '#f2d024' }
