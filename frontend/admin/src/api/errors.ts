import type { CombinedError } from '@urql/core'

/** A business error from a mutation payload (`userErrors { code message field }`). */
export interface UserError {
  code: string
  message: string
  field?: readonly string[] | null
}

/** The outcome of a mutation as the UI needs it: the payload, the rule violations, or a readable failure. */
export interface MutationOutcome<T = unknown> {
  payload?: T
  userErrors: UserError[]
  /** A readable message when the request itself failed (network, server, permission). */
  error?: string
}

export function errorCode(error: CombinedError | null | undefined): string | undefined {
  const e = error?.graphQLErrors.find((g) => typeof g.extensions?.code === 'string')
  return e?.extensions?.code as string | undefined
}

export function isUnauthenticated(error: CombinedError | null | undefined): boolean {
  return !!error?.graphQLErrors.some((g) => g.extensions?.code === 'UNAUTHENTICATED')
}

/** Turns any request failure into one sentence an official can act on (server messages are already Chinese). */
export function describeError(error: CombinedError | null | undefined): string {
  if (!error) return ''
  if (error.networkError) {
    const response = error.response as Response | undefined
    if (response && typeof response.status === 'number' && response.status >= 500) {
      return `服务器暂时无法处理请求（HTTP ${response.status}），请稍后重试`
    }
    if (response && typeof response.status === 'number' && response.status >= 400) {
      return `请求被服务器拒绝（HTTP ${response.status}）`
    }
    return '无法连接到服务器，请检查网络后重试'
  }
  const first = error.graphQLErrors[0]
  if (!first) return '请求失败，请重试'
  switch (first.extensions?.code) {
    case 'UNAUTHENTICATED':
      return first.message || '登录已失效，请重新登录'
    case 'FORBIDDEN':
      return first.message || '您没有访问此数据的权限'
    case 'BAD_USER_INPUT':
      return first.message || '请求参数有误'
    default:
      return first.message || '服务器内部错误，请稍后重试'
  }
}

/** Errors that belong to one form field (server field paths are camelCase; the last segment names the input). */
export function fieldError(errors: readonly UserError[] | undefined, field: string): string | undefined {
  const hits = (errors ?? []).filter((e) => e.field && e.field[e.field.length - 1] === field)
  return hits.length ? hits.map((e) => e.message).join('；') : undefined
}

/** Errors not attached to any of the given form fields: shown as a list above the form or in the dialog. */
export function generalErrors(errors: readonly UserError[] | undefined, fields: readonly string[] = []): UserError[] {
  return (errors ?? []).filter((e) => !e.field || !e.field.length || !fields.includes(e.field[e.field.length - 1]))
}
