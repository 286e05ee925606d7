/** The drug file's (一药一档, DRUG-19) tabs: which sections a user sees, and labels of the supply-data sections. */

/** Sections read from supply and public-side data (Drug.operationFile / supplyFile / publicDisclosure / traceScans):
 * they need supply:read. */
export const SUPPLY_SECTIONS = ['PRODUCTION', 'PROCUREMENT', 'SALES', 'SUPPLY', 'DISCLOSURE', 'TRACEABILITY'] as const
/** Sections whose figures would come from a public app not yet live (none since PUB-19/27 landed). */
export const PUBLIC_PENDING_SECTIONS: readonly string[] = []

export interface Section { key: string; title: string; available: boolean; requirement: string }
export interface ShownSection extends Section {
  /** Shown as a tab that explains the data comes with the public app, instead of a disabled tab. */
  pendingPublic: boolean
}

/** The archive's sections for this user: supply sections hidden without supply:read; public-app sections kept with a note. */
export function visibleSections(sections: readonly Section[], canReadSupply: boolean): ShownSection[] {
  return sections
    .filter((s) => canReadSupply || !(SUPPLY_SECTIONS as readonly string[]).includes(s.key))
    .map((s) => {
      const pendingPublic = PUBLIC_PENDING_SECTIONS.includes(s.key)
      return { ...s, pendingPublic, available: s.available || pendingPublic }
    })
}

export function isFileSection(key: string): boolean {
  return (SUPPLY_SECTIONS as readonly string[]).includes(key) || PUBLIC_PENDING_SECTIONS.includes(key)
}

export const LISTING_STATUS_LABEL: Record<string, string> = { LISTED: '已挂网', UNLISTED: '未挂网', WITHDRAWN: '已撤网' }
export const DELIVERY_STATUS_LABEL: Record<string, string> = { PENDING: '待配送', IN_TRANSIT: '配送中', DELIVERED: '已送达', CANCELLED: '已取消' }
export const DELIVERY_STATUS_TYPE: Record<string, 'info' | 'warning' | 'success' | 'danger'> = {
  PENDING: 'info', IN_TRANSIT: 'warning', DELIVERED: 'success', CANCELLED: 'danger',
}
