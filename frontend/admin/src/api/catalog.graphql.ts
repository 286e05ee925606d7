import { graphql } from '@/gql'

export const CatalogVersionStateFragment = graphql(`
  fragment CatalogVersionState on CatalogVersion { id state stateLabel availableActions updatedAt }
`)

/** A catalog version as the list and the version page show it. */
export const CatalogVersionFragment = graphql(`
  fragment CatalogVersionFields on CatalogVersion {
    ...CatalogVersionState
    versionNo
    name
    source
    entryCount
    createdAt
    publishedAt
    ownerDivision { name }
    createdBy { displayName }
  }
`)

/** A catalog entry's own fields (the entry list, the entry dialog, the drug's page). */
export const CatalogEntryFragment = graphql(`
  fragment CatalogEntryFields on CatalogEntry {
    id catalogNo reimbursementClass insuranceName insuranceForm restriction remark updatedAt
  }
`)

/** An import job (a catalog file, the NHSA 总表 or a 药品标识码 file) as the job page and the list of recent imports show it. */
export const CatalogImportFragment = graphql(`
  fragment CatalogImportFields on CatalogImport {
    id
    kind
    fileName
    onErrors
    state
    versionNo
    totalRows
    errorRows
    importedRows
    newDrugCodes
    updatedDrugCodes
    progress
    createdAt
    version { id versionNo }
  }
`)

export const CatalogVersionsQuery = graphql(`
  query CatalogVersions($first: Int!, $offset: Int, $state: CatalogState, $search: String) {
    catalogVersions(first: $first, offset: $offset, state: $state, search: $search) {
      totalCount
      nodes { ...CatalogVersionFields }
    }
  }
`)

export const CatalogVersionQuery = graphql(`
  query CatalogVersion($id: ID!) {
    catalogVersion(id: $id) {
      ...CatalogVersionFields
      description
      finalisedAt
      ownerDivisionCode
      createdBy { username }
      sourceVersion { id versionNo name }
      importJob { id fileName state importedRows }
      timeline { ...WorkflowEventFields }
    }
  }
`)

export const CatalogEntriesQuery = graphql(`
  query CatalogEntries($versionId: ID!, $first: Int!, $offset: Int, $search: String, $reimbursementClass: ReimbursementClass) {
    catalogEntries(versionId: $versionId, first: $first, offset: $offset, search: $search, reimbursementClass: $reimbursementClass) {
      totalCount
      nodes {
        ...CatalogEntryFields
        drugCode
        drug { ...DrugSummary }
      }
    }
  }
`)

export const CatalogVersionCreateMutation = graphql(`
  mutation CatalogVersionCreate($input: CatalogVersionCreateInput!) {
    catalogVersionCreate(input: $input) {
      catalogVersion { id versionNo }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogVersionReuseMutation = graphql(`
  mutation CatalogVersionReuse($input: CatalogVersionReuseInput!) {
    catalogVersionReuse(input: $input) {
      catalogVersion { id versionNo }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogVersionUpdateMutation = graphql(`
  mutation CatalogVersionUpdate($input: CatalogVersionUpdateInput!) {
    catalogVersionUpdate(input: $input) {
      catalogVersion { id name description updatedAt }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogVersionDeleteMutation = graphql(`
  mutation CatalogVersionDelete($input: CatalogVersionIdInput!) {
    catalogVersionDelete(input: $input) {
      deletedId
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogVersionSubmitMutation = graphql(`
  mutation CatalogVersionSubmit($input: CatalogVersionTransitionInput!) {
    catalogVersionSubmit(input: $input) {
      catalogVersion { ...CatalogVersionState }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogVersionWithdrawMutation = graphql(`
  mutation CatalogVersionWithdraw($input: CatalogVersionTransitionInput!) {
    catalogVersionWithdraw(input: $input) {
      catalogVersion { ...CatalogVersionState }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogVersionApproveMutation = graphql(`
  mutation CatalogVersionApprove($input: CatalogVersionTransitionInput!) {
    catalogVersionApprove(input: $input) {
      catalogVersion { ...CatalogVersionState }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogVersionRejectMutation = graphql(`
  mutation CatalogVersionReject($input: CatalogVersionTransitionInput!) {
    catalogVersionReject(input: $input) {
      catalogVersion { ...CatalogVersionState }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogVersionCancelFinalisationMutation = graphql(`
  mutation CatalogVersionCancelFinalisation($input: CatalogVersionTransitionInput!) {
    catalogVersionCancelFinalisation(input: $input) {
      catalogVersion { ...CatalogVersionState }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogVersionPublishMutation = graphql(`
  mutation CatalogVersionPublish($input: CatalogVersionTransitionInput!) {
    catalogVersionPublish(input: $input) {
      catalogVersion { ...CatalogVersionState }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogEntryAddMutation = graphql(`
  mutation CatalogEntryAdd($input: CatalogEntryAddInput!) {
    catalogEntryAdd(input: $input) {
      catalogEntry { id }
      catalogVersion { id entryCount }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogEntryUpdateMutation = graphql(`
  mutation CatalogEntryUpdate($input: CatalogEntryUpdateInput!) {
    catalogEntryUpdate(input: $input) {
      catalogEntry { ...CatalogEntryFields }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogEntryDeleteMutation = graphql(`
  mutation CatalogEntryDelete($input: CatalogEntryDeleteInput!) {
    catalogEntryDelete(input: $input) {
      catalogVersion { id entryCount }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogImportStartMutation = graphql(`
  mutation CatalogImportStart($input: CatalogImportStartInput!) {
    catalogImportStart(input: $input) {
      catalogImport { id kind state }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

/** Uploads the NHSA 药品分类与代码 总表 (DRUG-07): new codes are created, changed attributes of held codes updated. */
export const MasterDataImportStartMutation = graphql(`
  mutation MasterDataImportStart($input: MasterDataImportStartInput!) {
    masterDataImportStart(input: $input) {
      catalogImport { id kind state }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

/** Uploads the traceability platform's 药品标识码 file (PUB-19 / DRUG-27): 标识码 → drug, new ones added, changed ones
 * rewritten. */
export const TraceProductImportStartMutation = graphql(`
  mutation TraceProductImportStart($input: TraceProductImportStartInput!) {
    traceProductImportStart(input: $input) {
      catalogImport { id kind state }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogImportRetryMutation = graphql(`
  mutation CatalogImportRetry($input: CatalogImportRetryInput!) {
    catalogImportRetry(input: $input) {
      catalogImport { id kind state }
      userErrors { ...CatalogUserErrorFields }
    }
  }
`)

export const CatalogImportQuery = graphql(`
  query CatalogImport($id: ID!) {
    catalogImport(id: $id) {
      ...CatalogImportFields
      fileFormat
      fileSize
      processedRows
      validRows
      failureCode
      failureMessage
      startedAt
      finishedAt
      version { name state stateLabel entryCount }
    }
  }
`)

export const CatalogImportErrorsQuery = graphql(`
  query CatalogImportErrors($importId: ID!, $first: Int!, $offset: Int) {
    catalogImportErrors(importId: $importId, first: $first, offset: $offset) {
      totalCount
      nodes { rowNo column code message value }
    }
  }
`)

export const CatalogImportsQuery = graphql(`
  query CatalogImports($first: Int!, $offset: Int) {
    catalogImports(first: $first, offset: $offset) {
      totalCount
      nodes { ...CatalogImportFields }
    }
  }
`)

export const DraftVersionsQuery = graphql(`
  query DraftVersions {
    catalogVersions(first: 100, state: DRAFT) {
      nodes { id versionNo name availableActions }
    }
  }
`)

export const CatalogVersionCountsQuery = graphql(`
  query CatalogVersionCounts {
    catalogVersionCounts { state label count }
  }
`)
