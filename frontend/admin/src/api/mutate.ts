import type { AnyVariables, Client, TypedDocumentNode } from '@urql/core'
import { describeError } from './errors'
import type { MutationOutcome, UserError } from './errors'

type PayloadOf<T> = T[keyof T]

/**
 * Runs a mutation whose single root field returns `{ ...; userErrors }` and returns the payload, its userErrors,
 * or a readable error when the request failed. Never throws.
 */
export async function mutate<TData extends Record<string, unknown>, TVars extends AnyVariables>(
  client: Client,
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): Promise<MutationOutcome<NonNullable<PayloadOf<TData>>>> {
  let result
  try {
    result = await client.mutation(document, variables).toPromise()
  } catch {
    return { userErrors: [], error: '无法连接到服务器，请检查网络后重试' }
  }
  if (result.error) return { userErrors: [], error: describeError(result.error) }
  const data = result.data as TData | undefined
  const payload = data ? (Object.values(data)[0] as NonNullable<PayloadOf<TData>> | null) : null
  if (!payload) return { userErrors: [], error: '服务器没有返回结果，请重试' }
  const userErrors = ((payload as { userErrors?: UserError[] }).userErrors ?? []).map((e) => ({
    code: e.code,
    message: e.message,
    field: e.field ?? null,
  }))
  return { payload, userErrors }
}
