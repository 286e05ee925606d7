// Silent login at launch: WeChat `uni.login()` code, or on H5 a random device id kept in storage (DEV provider).
import { InsuredLoginDoc } from '../api/documents'
import { onAuthNeeded, request, TOKEN_KEY, waitFor } from './api'

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
  const data = await request(InsuredLoginDoc, { provider: h5 ? 'DEV' : 'WECHAT', code }, { auth: false })
  const token = data.insuredLogin.session?.token ?? null
  if (token) uni.setStorageSync(TOKEN_KEY, token)
  return token
}

/** Logs in unless a token is kept; later requests wait for it, and log in again once when it has expired. */
export function startSession(): Promise<unknown> {
  onAuthNeeded(login)
  if (uni.getStorageSync(TOKEN_KEY)) return Promise.resolve()
  return waitFor(login()).catch(() => null)
}
