import type { Client } from '@urql/core'
import { createRouter, createWebHistory } from 'vue-router'
import type { Router } from 'vue-router'
import { hasScope, loadMe, session } from '@/api/session'
import { homeFor } from '@/navigation'
import AppLayout from '@/pages/layout/AppLayout.vue'
import LoginPage from '@/pages/login/LoginPage.vue'
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
          { path: 'drugs/:id', name: 'drug', component: () => import('@/pages/drugs/DrugDetailPage.vue'), meta: { scope: 'drugs:read', title: '一药一档' }, props: true },
          { path: 'catalog', name: 'catalog', component: () => import('@/pages/catalog/CatalogVersionsPage.vue'), meta: { scope: 'catalog:read', title: '医保药品目录' } },
          { path: 'catalog/import', name: 'catalog-import', component: () => import('@/pages/catalog/CatalogImportPage.vue'), meta: { scope: 'catalog:write', title: '目录文件导入' } },
          { path: 'catalog/imports/:id', name: 'catalog-import-job', component: () => import('@/pages/catalog/CatalogImportJobPage.vue'), meta: { scope: 'catalog:write', title: '导入任务' }, props: true },
          { path: 'catalog/:id', name: 'catalog-version', component: () => import('@/pages/catalog/CatalogVersionPage.vue'), meta: { scope: 'catalog:read', title: '目录版本' }, props: true },
          { path: 'tags', name: 'tags', component: () => import('@/pages/tags/TagsPage.vue'), meta: { scope: 'drugs:read', title: '业务标签' } },
          { path: 'audit', name: 'audit', component: () => import('@/pages/audit/AuditLogPage.vue'), meta: { scope: 'audit:read', title: '审计日志' } },
          ...SUPPLY_ROUTES,
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
