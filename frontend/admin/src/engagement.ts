import { ChatLineSquare, DataBoard, Notification, OfficeBuilding, ShoppingCart, Star } from '@element-plus/icons-vue'
import type { RouteRecordRaw } from 'vue-router'
import type { MenuItem } from '@/menu'

/**
 * Menu entries and routes of the public-engagement pages (PUB-20…27): officials handle feedback, analyse purchase
 * needs, set the notice and watch usage; institution staff read their feedback and evaluations and keep their public
 * information. Spread into src/menu.ts and src/router.ts like the supply pages.
 */
export const ENGAGEMENT_MENU: MenuItem[] = [
  { path: '/public/feedback', title: '群众反馈', scope: 'public_feedback:read', icon: ChatLineSquare },
  { path: '/public/evaluations', title: '群众评价', scope: 'institution_public:write', icon: Star },
  { path: '/public/info', title: '机构公开信息', scope: 'institution_public:write', icon: OfficeBuilding },
  { path: '/public/needs', title: '购药需求', scope: 'public_usage:read', icon: ShoppingCart },
  { path: '/public/usage', title: '公众端使用情况', scope: 'public_usage:read', icon: DataBoard },
  { path: '/public/notice', title: '公告设置', scope: 'public_notice:write', icon: Notification },
]

export const ENGAGEMENT_ROUTES: RouteRecordRaw[] = [
  { path: 'public/feedback', name: 'public-feedback', component: () => import('@/pages/public/FeedbackListPage.vue'), meta: { scope: 'public_feedback:read', title: '群众反馈' } },
  { path: 'public/feedback/:id', name: 'public-feedback-item', component: () => import('@/pages/public/FeedbackDetailPage.vue'), meta: { scope: 'public_feedback:read', title: '反馈详情' }, props: true },
  { path: 'public/evaluations', name: 'public-evaluations', component: () => import('@/pages/public/EvaluationsPage.vue'), meta: { scope: 'institution_public:write', title: '群众评价' } },
  { path: 'public/info', name: 'public-info', component: () => import('@/pages/public/PublicInfoPage.vue'), meta: { scope: 'institution_public:write', title: '机构公开信息' } },
  { path: 'public/needs', name: 'public-needs', component: () => import('@/pages/public/PurchaseNeedsPage.vue'), meta: { scope: 'public_usage:read', title: '购药需求' } },
  { path: 'public/usage', name: 'public-usage', component: () => import('@/pages/public/UsagePage.vue'), meta: { scope: 'public_usage:read', title: '公众端使用情况' } },
  { path: 'public/notice', name: 'public-notice', component: () => import('@/pages/public/NoticePage.vue'), meta: { scope: 'public_notice:write', title: '公告设置' } },
]
