import { Bell, ChatDotSquare } from '@element-plus/icons-vue'
import type { RouteRecordRaw } from 'vue-router'
import type { MenuItem } from '@/menu'

/**
 * Menu entries and routes of the supply pages (SUP-01 home, SUP-18…24 inquiries, DRUG-14…18 报盘, SUP-06/09, Excel 进销存),
 * kept here so src/menu.ts and src/router.ts only spread them in. /home comes first among them: institution and
 * enterprise staff (no catalog:read) land on it.
 */
export const SUPPLY_MENU: MenuItem[] = [
  { path: '/home', title: '药品云首页', scope: 'notifications:read', icon: Bell },
  { path: '/inquiries', title: '问询任务', scope: 'inquiries:read', icon: ChatDotSquare },
]

export const SUPPLY_ROUTES: RouteRecordRaw[] = [
  { path: 'home', name: 'supply-home', component: () => import('@/pages/home/HomePage.vue'), meta: { scope: 'notifications:read', title: '药品云首页' } },
  { path: 'inquiries', name: 'inquiries', component: () => import('@/pages/inquiry/InquiryListPage.vue'), meta: { scope: 'inquiries:read', title: '问询任务' } },
  { path: 'inquiries/:id', name: 'inquiry', component: () => import('@/pages/inquiry/InquiryDetailPage.vue'), meta: { scope: 'inquiries:read', title: '问询任务详情' }, props: true },
]
