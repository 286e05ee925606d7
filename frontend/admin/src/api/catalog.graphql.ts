import { graphql } from '@/gql'

export const CatalogVersionsQuery = graphql(`
  query CatalogVersions($first: Int!, $offset: Int, $state: CatalogState, $search: String) {
    catalogVersions(first: $first, offset: $offset, state: $state, search: $search) {
      totalCount
      nodes {
        id
        versionNo
        name
        state
        stateLabel
        source
        entryCount
        createdAt
        updatedAt
        publishedAt
        availableActions
        ownerDivision { name }
        createdBy { displayName }
      }
    }
  }
`)

export const CatalogVersionQuery = graphql(`
  query CatalogVersion($id: ID!) {
    catalogVersion(id: $id) {
      id
      versionNo
      name
      description
      state
      stateLabel
      source
      entryCount
      createdAt
      updatedAt
      finalisedAt
      publishedAt
      availableActions
      ownerDivisionCode
      ownerDivision { name }
      createdBy { username displayName }
      sourceVersion { id versionNo name }
      importJob { id fileName state importedRows }
      timeline { action label fromState toState at opinion actor { username displayName } }
    }
  }
`)

export const CatalogEntriesQuery = graphql(`
  query CatalogEntries($versionId: ID!, $first: Int!, $offset: Int, $search: String, $reimbursementClass: ReimbursementClass) {
    catalogEntries(versionId: $versionId, first: $first, offset: $offset, search: $search, reimbursementClass: $reimbursementClass) {
      totalCount
      nodes {
        id
        drugCode
        catalogNo
        reimbursementClass
        insuranceName
        insuranceForm
        restriction
        remark
        updatedAt
        drug { id genericName spec manufacturer { name } }
      }
    }
  }
`)


export const CatalogVersionCreateMutation = graphql(`
  mutation CatalogVersionCreate($input: CatalogVersionCreateInput!) {
    catalogVersionCreate(input: $input) {
      catalogVersion { id versionNo }
      userErrors { code message field }
    }
  }
`)

export const CatalogVersionReuseMutation = graphql(`
  mutation CatalogVersionReuse($input: CatalogVersionReuseInput!) {
    catalogVersionReuse(input: $input) {
      catalogVersion { id versionNo }
      userErrors { code message field }
    }
  }
`)

export const CatalogVersionUpdateMutation = graphql(`
  mutation CatalogVersionUpdate($input: CatalogVersionUpdateInput!) {
    catalogVersionUpdate(input: $input) {
      catalogVersion { id name description updatedAt }
      userErrors { code message field }
    }
  }
`)

export const CatalogVersionDeleteMutation = graphql(`
  mutation CatalogVersionDelete($input: CatalogVersionIdInput!) {
    catalogVersionDelete(input: $input) {
      deletedId
      userErrors { code message field }
    }
  }
`)

export const CatalogVersionSubmitMutation = graphql(`
  mutation CatalogVersionSubmit($input: CatalogVersionTransitionInput!) {
    catalogVersionSubmit(input: $input) {
      catalogVersion { id state stateLabel availableActions updatedAt }
      userErrors { code message field }
    }
  }
`)

export const CatalogVersionWithdrawMutation = graphql(`
  mutation CatalogVersionWithdraw($input: CatalogVersionTransitionInput!) {
    catalogVersionWithdraw(input: $input) {
      catalogVersion { id state stateLabel availableActions updatedAt }
      userErrors { code message field }
    }
  }
`)

export const CatalogVersionApproveMutation = graphql(`
  mutation CatalogVersionApprove($input: CatalogVersionTransitionInput!) {
    catalogVersionApprove(input: $input) {
      catalogVersion { id state stateLabel availableActions updatedAt }
      userErrors { code message field }
    }
  }
`)

export const CatalogVersionRejectMutation = graphql(`
  mutation CatalogVersionReject($input: CatalogVersionTransitionInput!) {
    catalogVersionReject(input: $input) {
      catalogVersion { id state stateLabel availableActions updatedAt }
      userErrors { code message field }
    }
  }
`)

export const CatalogVersionCancelFinalisationMutation = graphql(`
  mutation CatalogVersionCancelFinalisation($input: CatalogVersionTransitionInput!) {
    catalogVersionCancelFinalisation(input: $input) {
      catalogVersion { id state stateLabel availableActions updatedAt }
      userErrors { code message field }
    }
  }
`)

export const CatalogVersionPublishMutation = graphql(`
  mutation CatalogVersionPublish($input: CatalogVersionTransitionInput!) {
    catalogVersionPublish(input: $input) {
      catalogVersion { id state stateLabel availableActions updatedAt }
      userErrors { code message field }
    }
  }
`)

export const CatalogEntryAddMutation = graphql(`
  mutation CatalogEntryAdd($input: CatalogEntryAddInput!) {
    catalogEntryAdd(input: $input) {
      catalogEntry { id }
      catalogVersion { id entryCount }
      userErrors { code message field }
    }
  }
`)

export const CatalogEntryUpdateMutation = graphql(`
  mutation CatalogEntryUpdate($input: CatalogEntryUpdateInput!) {
    catalogEntryUpdate(input: $input) {
      catalogEntry { id catalogNo reimbursementClass insuranceName insuranceForm restriction remark updatedAt }
      userErrors { code message field }
    }
  }
`)

export const CatalogEntryDeleteMutation = graphql(`
  mutation CatalogEntryDelete($input: CatalogEntryDeleteInput!) {
    catalogEntryDelete(input: $input) {
      catalogVersion { id entryCount }
      userErrors { code message field }
    }
  }
`)

export const CatalogImportStartMutation = graphql(`
  mutation CatalogImportStart($input: CatalogImportStartInput!) {
    catalogImportStart(input: $input) {
      catalogImport { id state }
      userErrors { code message field }
    }
  }
`)

export const CatalogImportRetryMutation = graphql(`
  mutation CatalogImportRetry($input: CatalogImportRetryInput!) {
    catalogImportRetry(input: $input) {
      catalogImport { id state }
      userErrors { code message field }
    }
  }
`)

export const CatalogImportQuery = graphql(`
  query CatalogImport($id: ID!) {
    catalogImport(id: $id) {
      id
      fileName
      fileFormat
      fileSize
      onErrors
      state
      versionNo
      totalRows
      processedRows
      validRows
      errorRows
      importedRows
      newDrugCodes
      failureCode
      failureMessage
      createdAt
      startedAt
      finishedAt
      progress
      version { id versionNo name state stateLabel entryCount }
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
      nodes {
        id
        fileName
        state
        versionNo
        onErrors
        totalRows
        errorRows
        importedRows
        progress
        createdAt
        version { id versionNo }
      }
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
