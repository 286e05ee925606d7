import urql from '@urql/vue'
import ElementPlus, { ElMessage } from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import { createApp } from 'vue'
import App from './App.vue'
import { createApiClient } from './api/client'
import { startSessionRefresh } from './api/refresh'
import { session, signOut } from './api/session'
import { createAppRouter } from './router'
import './style.css'

let router: ReturnType<typeof createAppRouter>
const client = createApiClient({
  onUnauthenticated(error) {
    signOut()
    const current = router.currentRoute.value
    // While the session loads, the router guard (or the login page) redirects with the route being opened.
    if (session.loadingMe || current.name === 'login') return
    ElMessage.warning(error.graphQLErrors[0]?.message || '登录已失效，请重新登录')
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  },
})
router = createAppRouter(client)
startSessionRefresh(client)

const app = createApp(App)
// A bug in a page must not leave a blank screen without explanation.
app.config.errorHandler = (err) => {
  console.error(err)
  ElMessage.error('页面出现错误，请刷新后重试；如反复出现请联系系统管理员')
}
router.onError((err) => {
  console.error(err)
  ElMessage.error('页面加载失败，请检查网络后刷新重试')
})
app.use(ElementPlus, { locale: zhCn }).use(urql, client).use(router).mount('#app')
