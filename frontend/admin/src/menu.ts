import { DataAnalysis, Document, Files, FirstAidKit, PriceTag, Upload } from '@element-plus/icons-vue'
import type { Component } from 'vue'
import { SUPPLY_MENU } from './supply'

export interface MenuItem {
  path: string
  title: string
  scope: string
  icon: Component
}

/** The side menu; an item is shown only when `me.scopes` holds its scope. */
export const MENU: MenuItem[] = [
  { path: '/dashboard', title: '工作台', scope: 'catalog:read', icon: DataAnalysis },
  { path: '/drugs', title: '药品主数据', scope: 'drugs:read', icon: FirstAidKit },
  { path: '/catalog', title: '医保药品目录', scope: 'catalog:read', icon: Files },
  { path: '/catalog/import', title: '目录文件导入', scope: 'catalog:write', icon: Upload },
  { path: '/tags', title: '业务标签', scope: 'drugs:read', icon: PriceTag },
  { path: '/audit', title: '审计日志', scope: 'audit:read', icon: Document },
  ...SUPPLY_MENU,
]

export function visibleMenu(scopes: ReadonlySet<string>): MenuItem[] {
  return MENU.filter((m) => scopes.has(m.scope))
}
