import type { Client } from '@urql/core'
import {
  CatalogVersionApproveMutation,
  CatalogVersionCancelFinalisationMutation,
  CatalogVersionDeleteMutation,
  CatalogVersionPublishMutation,
  CatalogVersionRejectMutation,
  CatalogVersionSubmitMutation,
  CatalogVersionWithdrawMutation,
} from '@/api/catalog.graphql'
import { mutate } from '@/api/mutate'
import type { CatalogAction } from '@/gql/graphql'

/** One workflow button: which server action enables it, which scope the mutation needs, how it is presented. */
export interface WorkflowButton {
  action: CatalogAction
  label: string
  scope: string
  type: 'primary' | 'success' | 'warning' | 'danger'
  opinion: boolean
  opinionPlaceholder?: string
  successMessage: string
  message: (versionLabel: string) => string
  run: (client: Client, id: string, opinion: string) => ReturnType<typeof mutate>
}

const opinionOrNull = (o: string) => (o ? o : null)

export const WORKFLOW: WorkflowButton[] = [
  {
    action: 'SUBMIT', successMessage: '已提交审核', label: '提交审核', scope: 'catalog:write', type: 'primary', opinion: true, opinionPlaceholder: '提交说明（可选）',
    message: (v) => `将「${v}」提交审核。提交后不能再修改条目，直到审核驳回或撤回。`,
    run: (c, id, o) => mutate(c, CatalogVersionSubmitMutation, { input: { id, opinion: opinionOrNull(o) } }),
  },
  {
    action: 'WITHDRAW', successMessage: '已撤回，版本退回草稿', label: '撤回', scope: 'catalog:write', type: 'warning', opinion: true, opinionPlaceholder: '撤回原因（可选）',
    message: (v) => `撤回「${v}」的审核申请，版本退回草稿。`,
    run: (c, id, o) => mutate(c, CatalogVersionWithdrawMutation, { input: { id, opinion: opinionOrNull(o) } }),
  },
  {
    action: 'APPROVE', successMessage: '审核通过，版本已定稿', label: '审核通过', scope: 'catalog:review', type: 'success', opinion: true, opinionPlaceholder: '审核意见',
    message: (v) => `审核通过「${v}」并定稿。`,
    run: (c, id, o) => mutate(c, CatalogVersionApproveMutation, { input: { id, opinion: opinionOrNull(o) } }),
  },
  {
    action: 'REJECT', successMessage: '已驳回，版本退回草稿', label: '驳回', scope: 'catalog:review', type: 'danger', opinion: true, opinionPlaceholder: '驳回意见',
    message: (v) => `驳回「${v}」，版本退回草稿。`,
    run: (c, id, o) => mutate(c, CatalogVersionRejectMutation, { input: { id, opinion: opinionOrNull(o) } }),
  },
  {
    action: 'CANCEL_FINALISATION', successMessage: '已取消定稿，版本退回草稿', label: '取消定稿', scope: 'catalog:publish', type: 'warning', opinion: true, opinionPlaceholder: '取消定稿的原因',
    message: (v) => `取消「${v}」的定稿，版本退回草稿。`,
    run: (c, id, o) => mutate(c, CatalogVersionCancelFinalisationMutation, { input: { id, opinion: opinionOrNull(o) } }),
  },
  {
    action: 'PUBLISH', successMessage: '已发布', label: '发布', scope: 'catalog:publish', type: 'success', opinion: true, opinionPlaceholder: '发布说明（可选）',
    message: (v) => `对外发布「${v}」。发布后下级医保局即可查看和使用该目录。`,
    run: (c, id, o) => mutate(c, CatalogVersionPublishMutation, { input: { id, opinion: opinionOrNull(o) } }),
  },
  {
    action: 'DELETE', successMessage: '草稿版本已删除', label: '删除', scope: 'catalog:write', type: 'danger', opinion: false,
    message: (v) => `删除草稿版本「${v}」及其全部条目。此操作不可恢复。`,
    run: (c, id) => mutate(c, CatalogVersionDeleteMutation, { input: { id } }),
  },
]
