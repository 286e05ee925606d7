import { tokenStore } from './client'

/**
 * Downloads a file that needs the session (e.g. inquiry evidence `/files/evidence/{id}`): fetch with the bearer token,
 * then save the blob. Returns an error message, or null on success.
 */
export async function downloadWithToken(url: string, fileName: string, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  const token = tokenStore.get()
  let response: Response
  try {
    response = await fetchImpl(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
  } catch {
    return '无法连接到服务器，请检查网络后重试'
  }
  if (!response.ok) {
    let message = `下载失败（HTTP ${response.status}）`
    try {
      const body = await response.json()
      if (body && typeof body.message === 'string') message = body.message
    } catch { /* not JSON */ }
    return message
  }
  const blob = await response.blob()
  const href = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = href
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
  return null
}
