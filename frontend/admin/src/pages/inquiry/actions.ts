import type { Client } from '@urql/core'
import type { MutationOutcome } from '@/api/errors'
import {
  InquiryAllocateMutation,
  InquiryApproveMutation,
  InquiryArchiveMutation,
  InquiryDispatchMutation,
  InquiryRejectMutation,
} from '@/api/inquiry.graphql'
import { mutate } from '@/api/mutate'
import type { InquiryAction } from '@/gql/graphql'
import { labelItemErrors } from './inquiry'

type Row = { id: string; title: string }

/** Runs one workflow step on tasks (single or batch); per-item errors name their task. */
export async function runStep(client: Client, action: InquiryAction, rows: readonly Row[], opinion: string): Promise<MutationOutcome<unknown>> {
  const input = { ids: rows.map((r) => r.id), opinion: opinion || null }
  let out: MutationOutcome<unknown>
  switch (action) {
    case 'ALLOCATE': out = await mutate(client, InquiryAllocateMutation, { input }); break
    case 'APPROVE': out = await mutate(client, InquiryApproveMutation, { input }); break
    case 'REJECT': out = await mutate(client, InquiryRejectMutation, { input }); break
    case 'ARCHIVE': out = await mutate(client, InquiryArchiveMutation, { input }); break
    default: return { userErrors: [], error: `不支持的操作：${action}` }
  }
  return { ...out, userErrors: labelItemErrors(out.userErrors, rows) }
}

export async function runDispatch(
  client: Client, rows: readonly Row[], opts: { opinion: string; dueDate: string | null; respondentId: string | null },
): Promise<MutationOutcome<unknown>> {
  const out = await mutate(client, InquiryDispatchMutation, {
    input: { ids: rows.map((r) => r.id), opinion: opts.opinion || null, dueDate: opts.dueDate || null, respondentId: opts.respondentId || null },
  })
  return { ...out, userErrors: labelItemErrors(out.userErrors, rows) }
}
