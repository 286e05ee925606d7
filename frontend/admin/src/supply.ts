import { Bell, ChatDotSquare, DocumentAdd, Goods, Tickets, Upload, Van } from '@element-plus/icons-vue'
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
  { path: '/exchange/wholesale', title: '报盘', scope: 'wholesale:offer', icon: DocumentAdd },
  { path: '/exchange/offers', title: '药品流通信息', scope: 'offers:read', icon: Goods },
  { path: '/exchange/deliveries', title: '配送情况统计', scope: 'supply:read', icon: Van },
  { path: '/exchange/delivery-orders', title: '药品配送明细', scope: 'delivery:report', icon: Tickets },
  { path: '/exchange/stock-upload', title: '进销存上传', scope: 'stock:report', icon: Upload },
  { path: '/exchange/delivery-upload', title: '配送订单上传', scope: 'delivery:report', icon: Upload },
]

export const SUPPLY_ROUTES: RouteRecordRaw[] = [
  { path: 'home', name: 'supply-home', component: () => import('@/pages/home/HomePage.vue'), meta: { scope: 'notifications:read', title: '药品云首页' } },
  { path: 'inquiries', name: 'inquiries', component: () => import('@/pages/inquiry/InquiryListPage.vue'), meta: { scope: 'inquiries:read', title: '问询任务' } },
  { path: 'exchange/wholesale', name: 'wholesale', component: () => import('@/pages/exchange/WholesalePage.vue'), meta: { scope: 'wholesale:offer', title: '报盘' } },
  { path: 'exchange/wholesale/:id', name: 'wholesale-upload', component: () => import('@/pages/exchange/WholesaleUploadPage.vue'), meta: { scope: 'wholesale:offer', title: '报盘结果' }, props: true },
  { path: 'exchange/offers', name: 'offers', component: () => import('@/pages/exchange/OffersPage.vue'), meta: { scope: 'offers:read', title: '药品流通信息' } },
  { path: 'exchange/deliveries', name: 'deliveries', component: () => import('@/pages/exchange/DeliveryStatsPage.vue'), meta: { scope: 'supply:read', title: '配送情况统计' } },
  { path: 'exchange/delivery-orders', name: 'delivery-orders', component: () => import('@/pages/exchange/DeliveryOrdersPage.vue'), meta: { scope: 'organisations:read', title: '药品配送明细' } },
  { path: 'exchange/stock-upload', name: 'stock-upload', component: () => import('@/pages/exchange/StockUploadPage.vue'), meta: { scope: 'stock:report', title: '进销存上传' } },
  { path: 'exchange/delivery-upload', name: 'delivery-upload', component: () => import('@/pages/exchange/DeliveryUploadPage.vue'), meta: { scope: 'delivery:report', title: '配送订单上传' } },
  { path: 'inquiries/:id', name: 'inquiry', component: () => import('@/pages/inquiry/InquiryDetailPage.vue'), meta: { scope: 'inquiries:read', title: '问询任务详情' }, props: true },
]
