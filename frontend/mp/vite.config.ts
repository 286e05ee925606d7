import { defineConfig } from 'vite'
import uni from '@dcloudio/vite-plugin-uni'

// One source, two builds: `uni build` (h5, served by the API at /mp/, same-origin /graphql) and
// `uni build -p mp-weixin` (requests go to VITE_API_BASE + /graphql, an https domain that must also be listed
// under 开发管理 → 服务器域名 → request 合法域名 in the WeChat console). The default is set here, before Vite reads
// the environment, so the bundle carries the literal URL.
process.env.VITE_API_BASE ||= 'https://api.zhilian.example.cn'

export default defineConfig({
  plugins: [uni()],
})
