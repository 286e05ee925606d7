import { graphql } from '@/gql'

// Selections that documents of several domains repeat, each written once. Fragment masking is off (codegen.ts), so a
// spread's fields are typed on the document's own result and pages read them as plain fields.

// userErrors: `code` is a different enum per domain, so each error type has its own fragment (a fragment on the
// UserError interface could not select `code` for all of them: fields of one name must have one enum type).
export const AuthUserErrorFields = graphql(`fragment AuthUserErrorFields on AuthUserError { code message field }`)
export const CatalogUserErrorFields = graphql(`fragment CatalogUserErrorFields on CatalogUserError { code message field }`)
export const DrugUserErrorFields = graphql(`fragment DrugUserErrorFields on DrugUserError { code message field }`)
export const EngagementUserErrorFields = graphql(`fragment EngagementUserErrorFields on EngagementUserError { code message field }`)
export const ExchangeUserErrorFields = graphql(`fragment ExchangeUserErrorFields on ExchangeUserError { code message field }`)
export const InquiryUserErrorFields = graphql(`fragment InquiryUserErrorFields on InquiryUserError { code message field }`)
export const SupplyUserErrorFields = graphql(`fragment SupplyUserErrorFields on SupplyUserError { code message field }`)
export const StockReportUserErrorFields = graphql(`fragment StockReportUserErrorFields on StockReportUserError { code message field }`)
export const TagUserErrorFields = graphql(`fragment TagUserErrorFields on TagUserError { code message field }`)

/** A drug code as lists name it. */
export const DrugRefFragment = graphql(`
  fragment DrugRef on Drug { id code genericName spec }
`)

/** A drug code with its registered name and manufacturer (pickers, analysis rows). */
export const DrugSummaryFragment = graphql(`
  fragment DrugSummary on Drug { ...DrugRef registeredName manufacturer { name } }
`)

/** A generated file to download (exports, templates). */
export const DownloadFileFragment = graphql(`
  fragment DownloadFileFields on DownloadFile { fileName url rowCount size expiresAt }
`)

/** One step of a workflow timeline, read from the audit trail. */
export const WorkflowEventFragment = graphql(`
  fragment WorkflowEventFields on WorkflowEvent { action label fromState toState at opinion actor { username displayName } }
`)
