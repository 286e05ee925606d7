import { graphql } from '@/gql'

/** A variety (generic-name level) with its tags: the drug's page and the variety picker. */
export const VarietyFragment = graphql(`
  fragment VarietyFields on Variety { id genericName initials codePrefix drugCount tags { value tag { id name } } }
`)

/** The package-insert section of a drug's archive (DRUG-21), read and saved. */
export const PackageInsertFragment = graphql(`
  fragment PackageInsertFields on PackageInsert { dosage frequency method indications shelfLifeMonths synthetic updatedAt }
`)

export const DrugsQuery = graphql(`
  query Drugs($first: Int!, $offset: Int, $filter: DrugFilter, $sort: DrugSort!) {
    drugs(first: $first, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      nodes {
        id
        code
        type
        genericName
        tradeName
        registeredName
        registeredForm
        spec
        genericInitials
        classCode
        formCode
        updatedAt
        drugClass { code name }
        dosageForm { code name }
        manufacturer { name }
        tags { value inherited tag { id name valueType } }
        latestCatalog { versionNo reimbursementClass }
      }
    }
  }
`)

export const DrugFilterOptionsQuery = graphql(`
  query DrugFilterOptions {
    dosageForms { code name groupName }
    drugClasses { code name kind }
    tags { id code name valueType allowedValues appliesTo }
  }
`)

export const DrugExportMutation = graphql(`
  mutation DrugExport($input: DrugExportInput!) {
    drugExport(input: $input) {
      file { ...DownloadFileFields }
      userErrors { ...DrugUserErrorFields }
    }
  }
`)

export const DrugDetailQuery = graphql(`
  query DrugDetail($id: ID!) {
    drug(id: $id) {
      id
      code
      type
      classCode
      genericName
      tradeName
      registeredName
      registeredForm
      formCode
      spec
      packaging
      packagingMaterial
      minPackQty
      minPrepUnit
      minPackUnit
      approvalNo
      standardCode
      marketStatus
      licenseHolder
      genericInitials
      synthetic
      updatedAt
      variety { ...VarietyFields }
      manufacturer { code name creditCode province address synthetic }
      dosageForm { code name groupName }
      drugClass { code name kind }
      tags { value inherited tag { id code name valueType allowedValues appliesTo editable } }
      catalogEntries {
        ...CatalogEntryFields
        version { id versionNo name state stateLabel }
      }
      archive {
        sections { key title available requirement }
        basicInfo { code name packaging registeredForm minPackUnit minPrepUnit minPackQty spec }
        catalog { versionNo nationalCode reimbursementClass catalogNo insuranceName restriction publishedAt version { id } }
        packageInsert { ...PackageInsertFields }
      }
    }
  }
`)

export const DrugPackageInsertUpdateMutation = graphql(`
  mutation DrugPackageInsertUpdate($input: DrugPackageInsertUpdateInput!) {
    drugPackageInsertUpdate(input: $input) {
      drug { id packageInsert { ...PackageInsertFields } }
      userErrors { ...DrugUserErrorFields }
    }
  }
`)

export const DrugCodeCheckQuery = graphql(`
  query DrugCodeCheck($code: String!) {
    drugCodeCheck(code: $code) {
      code
      valid
      problems { code message segment }
      drug { ...DrugSummary }
    }
  }
`)

export const VarietySearchQuery = graphql(`
  query VarietySearch($search: String, $first: Int!) {
    varieties(search: $search, first: $first) {
      totalCount
      nodes { ...VarietyFields }
    }
  }
`)

/** The 药品标识码 registry (PUB-19 / DRUG-27): 标识码 → drug, by 标识码, optionally those starting with a prefix. */
export const TraceProductsQuery = graphql(`
  query TraceProducts($first: Int!, $offset: Int, $prefix: String) {
    traceProducts(first: $first, offset: $offset, prefix: $prefix) {
      totalCount
      nodes {
        prefix
        packNote
        drug { ...DrugSummary registeredForm packaging }
      }
    }
  }
`)

/** One drug's 药品标识码 (the 追溯信息 section of its file). */
export const DrugTraceProductsQuery = graphql(`
  query DrugTraceProducts($id: ID!) {
    drug(id: $id) {
      id
      traceProducts { prefix packNote }
    }
  }
`)
