// Silent login at launch: WeChat `uni.login()` code, or on H5 a random device id kept in storage (DEV provider).
import { InsuredLoginDoc } from '../api/documents'
import { EXPIRES_KEY, onAuthNeeded, request, TOKEN_KEY, waitFor } from './api'

const DEVICE_KEY = 'zl.device'

export function deviceId(): string {
  let id = uni.getStorageSync(DEVICE_KEY) as string
  if (!id) {
    id = `h5-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
    uni.setStorageSync(DEVICE_KEY, id)
  }
  return id
}

function wechatCode(): Promise<string> {
  return new Promise((resolve, reject) => uni.login({ success: (r) => resolve(r.code), fail: reject }))
}

export async function login(): Promise<string | null> {
  const h5 = process.env.UNI_PLATFORM === 'h5'
  const code = h5 ? deviceId() : await wechatCode()
  const data = await request(InsuredLoginDoc, { input: { provider: h5 ? 'DEV' : 'WECHAT', code } }, { auth: false })
  const session = data.insuredLogin.session
  if (!session) throw new Error(data.insuredLogin.userErrors[0]?.message ?? '登录失败')
  uni.setStorageSync(TOKEN_KEY, session.token)
  uni.setStorageSync(EXPIRES_KEY, session.expiresAt)
  return session.token
}

/** Logs in unless a valid token is kept; requests wait for the login in flight, and log in again once when the
 * token has expired or the server no longer takes it. */
export function startSession(): Promise<unknown> {
  onAuthNeeded(login)
  const expires = Date.parse(uni.getStorageSync(EXPIRES_KEY) || '')
  const valid = !Number.isFinite(expires) || expires - Date.now() > 60_000
  if (uni.getStorageSync(TOKEN_KEY) && valid) return Promise.resolve()
  return waitFor(login()).catch(() => null)
}
