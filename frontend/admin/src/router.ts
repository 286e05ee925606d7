import type { Client } from '@urql/core'
import { createRouter, createWebHistory } from 'vue-router'
import type { Router } from 'vue-router'
import { hasScope, loadMe, session } from '@/api/session'
import { homeFor } from '@/navigation'
import AppLayout from '@/pages/layout/AppLayout.vue'
import LoginPage from '@/pages/login/LoginPage.vue'
import { ENGAGEMENT_ROUTES } from '@/engagement'
import { SUPPLY_ROUTES } from '@/supply'

export function createAppRouter(client: Client): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      { path: '/login', name: 'login', component: LoginPage, meta: { public: true, title: '登录' } },
      {
        path: '/',
        component: AppLayout,
        children: [
          { path: '', name: 'home', component: { render: () => null } },
          { path: 'dashboard', name: 'dashboard', component: () => import('@/pages/dashboard/DashboardPage.vue'), meta: { scope: 'catalog:read', title: '工作台' } },
          { path: 'drugs', name: 'drugs', component: () => import('@/pages/drugs/DrugListPage.vue'), meta: { scope: 'drugs:read', title: '药品主数据' } },
          { path: 'drugs/trace-products', name: 'trace-products', component: () => import('@/pages/drugs/TraceProductsPage.vue'), meta: { scope: 'drugs:read', title: '药品标识码' } },
          { path: 'drugs/:id', name: 'drug', component: () => import('@/pages/drugs/DrugDetailPage.vue'), meta: { scope: 'drugs:read', title: '一药一档' }, props: true },
          { path: 'catalog', name: 'catalog', component: () => import('@/pages/catalog/CatalogVersionsPage.vue'), meta: { scope: 'catalog:read', title: '医保药品目录' } },
          { path: 'catalog/import', name: 'catalog-import', component: () => import('@/pages/catalog/CatalogImportPage.vue'), meta: { scope: 'catalog:write', title: '目录文件导入' } },
          { path: 'catalog/imports/:id', name: 'catalog-import-job', component: () => import('@/pages/catalog/CatalogImportJobPage.vue'), meta: { scope: 'catalog:write', title: '目录导入任务', menu: '/catalog/import' }, props: true },
          { path: 'catalog/master-data-import', name: 'master-data-import', component: () => import('@/pages/catalog/MasterDataImportPage.vue'), meta: { scope: 'catalog:write', title: '药品编码总表导入' } },
          { path: 'catalog/master-data-imports/:id', name: 'master-data-import-job', component: () => import('@/pages/catalog/CatalogImportJobPage.vue'), meta: { scope: 'catalog:write', title: '总表导入任务', menu: '/catalog/master-data-import' }, props: true },
          { path: 'catalog/trace-import', name: 'trace-import', component: () => import('@/pages/catalog/TraceProductImportPage.vue'), meta: { scope: 'catalog:write', title: '药品标识码导入' } },
          { path: 'catalog/trace-imports/:id', name: 'trace-import-job', component: () => import('@/pages/catalog/CatalogImportJobPage.vue'), meta: { scope: 'catalog:write', title: '标识码导入任务', menu: '/catalog/trace-import' }, props: true },
          { path: 'catalog/:id', name: 'catalog-version', component: () => import('@/pages/catalog/CatalogVersionPage.vue'), meta: { scope: 'catalog:read', title: '目录版本' }, props: true },
          { path: 'tags', name: 'tags', component: () => import('@/pages/tags/TagsPage.vue'), meta: { scope: 'drugs:read', title: '业务标签' } },
          { path: 'supply/stocking', name: 'supply-stocking', component: () => import('@/pages/supply/StockingPage.vue'), meta: { scope: 'supply:read', title: '药品配备情况' } },
          { path: 'supply/organisations/:id', name: 'supply-organisation', component: () => import('@/pages/supply/OrganisationStockPage.vue'), meta: { scope: 'organisations:read', title: '供应主体配备明细' }, props: true },
          { path: 'supply/status', name: 'supply-status', component: () => import('@/pages/supply/SupplyStatusPage.vue'), meta: { scope: 'supply:read', title: '药品供应状态' } },
          { path: 'supply/warnings', name: 'supply-warnings', component: () => import('@/pages/supply/WarningsPage.vue'), meta: { scope: 'supply:read', title: '预警数据' } },
          { path: 'supply/rules', name: 'supply-rules', component: () => import('@/pages/supply/WarningRulesPage.vue'), meta: { scope: 'supply:read', title: '预警规则' } },
          { path: 'analysis/coverage', name: 'analysis-coverage', component: () => import('@/pages/analysis/CoveragePage.vue'), meta: { scope: 'supply:read', title: '药品供应覆盖分析' } },
          { path: 'analysis/trend', name: 'analysis-trend', component: () => import('@/pages/analysis/TrendPage.vue'), meta: { scope: 'supply:read', title: '药品供应情况走势' } },
          { path: 'analysis/drug', name: 'analysis-drug', component: () => import('@/pages/analysis/DrugAnalysisPage.vue'), meta: { scope: 'supply:read', title: '药品供应情况分析' } },
          { path: 'analysis/:kind(selected|shortage|high-frequency|rare-disease)', name: 'analysis-focus', component: () => import('@/pages/analysis/FocusListPage.vue'), meta: { scope: 'supply:read', title: '重点药品供应分析' }, props: true },
          { path: 'supply/my-organisation', name: 'my-organisation', component: () => import('@/pages/supply/MyOrganisationPage.vue'), meta: { scope: 'organisations:read', title: '本单位信息' } },
          { path: 'supply/my-stock', name: 'my-stock', component: () => import('@/pages/supply/OrganisationStockPage.vue'), meta: { scope: 'organisations:read', title: '本单位配备药品' } },
          { path: 'supply/stock-report', name: 'stock-report', component: () => import('@/pages/supply/StockReportPage.vue'), meta: { scope: 'stock:report', title: '库存报告' } },
          { path: 'supply/alerts', name: 'supply-alerts', component: () => import('@/pages/supply/AlertsPage.vue'), meta: { scope: 'organisations:read', title: '告警通知' } },
          { path: 'audit', name: 'audit', component: () => import('@/pages/audit/AuditLogPage.vue'), meta: { scope: 'audit:read', title: '审计日志' } },
          ...SUPPLY_ROUTES,
          ...ENGAGEMENT_ROUTES,
          { path: 'forbidden', name: 'forbidden', component: () => import('@/pages/errors/ForbiddenPage.vue'), meta: { title: '无权访问' } },
          { path: 'no-functions', name: 'no-functions', component: () => import('@/pages/errors/NoFunctionsPage.vue'), meta: { title: '暂无功能' } },
          { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/errors/NotFoundPage.vue'), meta: { title: '页面不存在' } },
        ],
      },
    ],
  })

  router.beforeEach(async (to) => {
    if (to.meta.public) return true
    if (!session.token) return { name: 'login', query: { redirect: to.fullPath } }
    if (!session.me) {
      const r = await loadMe(client)
      if (r.unauthenticated || !session.token) return { name: 'login', query: { redirect: to.fullPath } }
      if (!r.me) return true // the layout shows the error with a retry button
    }
    if (to.name === 'home') return homeFor()
    if (!hasScope(to.meta.scope)) return { name: 'forbidden', query: { from: to.fullPath } }
    return true
  })
  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · 智联医保` : '智联医保'
  })
  return router
}
