import {
  Bell, Box, DataAnalysis, DataLine, Document, EditPen, Files, Finished, FirstAidKit, Histogram, OfficeBuilding, PriceTag, Setting, Stamp, Tickets,
  Upload, Warning,
} from '@element-plus/icons-vue'
import { Aim, Medal, Odometer, PieChart, Search, TrendCharts, WarnTriangleFilled } from '@element-plus/icons-vue'
import type { Component } from 'vue'
import { ENGAGEMENT_MENU } from './engagement'
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
  // The supply home page (SUP-01) comes first for institution and enterprise staff, who have no 工作台.
  ...SUPPLY_MENU,
  { path: '/drugs', title: '药品主数据', scope: 'drugs:read', icon: FirstAidKit },
  // PUB-19 / DRUG-27: 药品标识码 (the first 7 digits of a pack's trace code) → drug, what a public scan is read by.
  { path: '/drugs/trace-products', title: '药品标识码', scope: 'drugs:read', icon: Tickets },
  { path: '/catalog', title: '医保药品目录', scope: 'catalog:read', icon: Files },
  { path: '/catalog/import', title: '目录文件导入', scope: 'catalog:write', icon: Upload },
  // DRUG-07: the NHSA 药品分类与代码 总表 updates drug-code master data (no catalog version).
  { path: '/catalog/master-data-import', title: '药品编码总表导入', scope: 'catalog:write', icon: Finished },
  // PUB-19 / DRUG-27: the traceability platform's 药品标识码 file fills the registry above.
  { path: '/catalog/trace-import', title: '药品标识码导入', scope: 'catalog:write', icon: Stamp },
  { path: '/tags', title: '业务标签', scope: 'drugs:read', icon: PriceTag },
  // Supply (SUP-05/07…17) for region and prefecture officials.
  { path: '/supply/stocking', title: '药品配备情况', scope: 'supply:read', icon: Histogram },
  { path: '/supply/status', title: '药品供应状态', scope: 'supply:read', icon: DataLine },
  { path: '/supply/warnings', title: '预警数据', scope: 'supply:read', icon: Warning },
  { path: '/supply/rules', title: '预警规则', scope: 'supply:read', icon: Setting },
  // 药品供应专题分析 (SUP-39…45) for region and prefecture officials.
  { path: '/analysis/coverage', title: '供应覆盖分析', scope: 'supply:read', icon: PieChart },
  { path: '/analysis/trend', title: '供应情况走势', scope: 'supply:read', icon: TrendCharts },
  { path: '/analysis/drug', title: '药品供应分析', scope: 'supply:read', icon: Search },
  { path: '/analysis/selected', title: '中选药品供应', scope: 'supply:read', icon: Medal },
  { path: '/analysis/shortage', title: '短缺药供应', scope: 'supply:read', icon: WarnTriangleFilled },
  { path: '/analysis/high-frequency', title: '高频药供应', scope: 'supply:read', icon: Odometer },
  { path: '/analysis/rare-disease', title: '罕见病药品供应', scope: 'supply:read', icon: Aim },
  // Institution and enterprise staff (stock:report is held only by them): their own unit (SUP-02/04/08/11/13/17).
  { path: '/supply/my-organisation', title: '本单位信息', scope: 'stock:report', icon: OfficeBuilding },
  { path: '/supply/my-stock', title: '本单位配备药品', scope: 'stock:report', icon: Box },
  { path: '/supply/stock-report', title: '库存报告', scope: 'stock:report', icon: EditPen },
  { path: '/supply/alerts', title: '告警通知', scope: 'stock:report', icon: Bell },
  // Public engagement (PUB-20…27).
  ...ENGAGEMENT_MENU,
  { path: '/audit', title: '审计日志', scope: 'audit:read', icon: Document },
]

export function visibleMenu(scopes: ReadonlySet<string>): MenuItem[] {
  return MENU.filter((m) => scopes.has(m.scope))
}
