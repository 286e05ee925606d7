import type { InquiryState } from '@/gql/graphql'
import { levelOf, tabForState } from '@/pages/inquiry/inquiry'

/** Where a to-do on the home page leads: the inquiry list on the tab that holds the to-do's state. */
export function todoLink(role: string | null | undefined, state: InquiryState): string {
  return `/inquiries?tab=${tabForState(levelOf(role), state).key}`
}

/** A page that shows a notification's subject, and the scope it needs. */
interface Target {
  scope: string
  label: string
  to: (id: string) => string
}

// What each entityType the API writes on a notification opens, in order of preference: the first target whose scope
// the user holds. A warning is shown to officials in 预警数据 and to the supply entity it was raised against in 告警通知.
const TARGETS = new Map<string, Target[]>(Object.entries({
  InquiryTask: [{ scope: 'inquiries:read', label: '查看任务', to: (id) => `/inquiries/${id}` }],
  SupplyWarning: [
    { scope: 'supply:read', label: '查看预警', to: (id) => `/supply/warnings?warning=${id}` },
    { scope: 'stock:report', label: '查看告警', to: (id) => `/supply/alerts?warning=${id}` },
  ],
  CatalogVersion: [{ scope: 'catalog:read', label: '查看目录版本', to: (id) => `/catalog/${id}` }],
  WholesaleUpload: [{ scope: 'wholesale:offer', label: '查看报盘结果', to: (id) => `/exchange/wholesale/${id}` }],
  CatalogImport: [{ scope: 'catalog:write', label: '查看导入任务', to: (id) => `/catalog/imports/${id}` }],
} satisfies Record<string, Target[]>))

export interface NotificationTarget {
  to: string
  label: string
}

/**
 * The page a notification opens (its subject) and the button's wording, or null when its entityType is unknown, it
 * names no object, or the user may not open that page: then it stays plain text.
 */
export function notificationTarget(
  n: { entityType?: string | null; entityId?: string | null },
  scopes: ReadonlySet<string>,
): NotificationTarget | null {
  if (!n.entityType || !n.entityId) return null
  const t = (TARGETS.get(n.entityType) ?? []).find((c) => scopes.has(c.scope))
  return t ? { to: t.to(encodeURIComponent(n.entityId)), label: t.label } : null
}

/** The path of notificationTarget, or null. */
export function notificationLink(
  n: { entityType?: string | null; entityId?: string | null },
  scopes: ReadonlySet<string>,
): string | null {
  return notificationTarget(n, scopes)?.to ?? null
}

export const LEVEL_COLOURS: Record<string, string> = { RED: '#f56c6c', ORANGE: '#e6a23c', YELLOW: '#f2d024' }
