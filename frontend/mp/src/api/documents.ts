// Every GraphQL document the mini-program sends. Codegen turns them into typed strings and the persisted-documents
// allow-list (src/gql/persisted-documents.json); the app sends only their sha256 hash.
import { graphql } from '../gql'

export const InsuredLoginDoc = graphql(`
  mutation InsuredLogin($input: InsuredLoginInput!) {
    insuredLogin(input: $input) {
      session { token expiresAt displayName }
      userErrors { code message }
    }
  }
`)

export const PublicVisitRecordDoc = graphql(`
  mutation PublicVisitRecord($input: PublicVisitRecordInput!) {
    publicVisitRecord(input: $input) {
      recorded
      userErrors { code message }
    }
  }
`)

export const NoticeDoc = graphql(`
  query PublicNotice {
    publicNotice { dataCalibre riskReminder updatedAt }
  }
`)

export const CategoriesDoc = graphql(`
  query PublicDrugCategories {
    publicDrugCategories { code name drugType drugCount }
  }
`)

export const SuggestionsDoc = graphql(`
  query PublicDrugSuggestions($prefix: String!) {
    publicDrugSuggestions(prefix: $prefix, first: 8) { text kind initials }
  }
`)

export const DrugsDoc = graphql(`
  query PublicDrugs($keyword: String, $categoryCode: String, $after: String) {
    publicDrugs(keyword: $keyword, categoryCode: $categoryCode, first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { code genericName tradeName spec dosageForm manufacturer drugType reimbursementClass }
    }
  }
`)

export const DrugDoc = graphql(`
  query PublicDrug($code: String!) {
    publicDrug(code: $code) {
      code genericName tradeName spec dosageForm packaging minPackUnit approvalNo manufacturer drugType
      categoryName reimbursementClass
      insert { indications dosage frequency method shelfLifeMonths synthetic }
    }
  }
`)

export const DrugOutletsDoc = graphql(`
  query PublicDrugOutlets($code: String!, $near: GeoPointInput, $kind: PublicInstitutionKind, $datum: Datum!) {
    publicDrugOutlets(code: $code, near: $near, kind: $kind, first: 50) {
      purchaseWindowDays
      settlementWindowDays
      total
      outlets {
        distanceMeters
        recentlyPurchased
        recentlySettled
        institution {
          code name kind divisionName address
          location(datum: $datum) { lat lon datum }
        }
      }
    }
  }
`)

export const DivisionsDoc = graphql(`
  query PublicDivisions($parentCode: String) {
    publicDivisions(parentCode: $parentCode) { code name level }
  }
`)

export const DivisionAtDoc = graphql(`
  query PublicDivisionAt($at: GeoPointInput!) {
    publicDivisionAt(at: $at) { code name level }
  }
`)

export const InstitutionsDoc = graphql(`
  query PublicInstitutions(
    $kind: PublicInstitutionKind!, $near: GeoPointInput, $divisionCode: String, $name: String,
    $ownership: Ownership, $sort: PublicInstitutionSort!, $after: String, $datum: Datum!
  ) {
    publicInstitutions(kind: $kind, near: $near, divisionCode: $divisionCode, name: $name, ownership: $ownership,
                       sort: $sort, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        code name kind ownership hospitalLevel divisionName address distanceMeters ratingAverage ratingCount
        location(datum: $datum) { lat lon datum }
      }
    }
  }
`)

export const InstitutionDoc = graphql(`
  query PublicInstitution($code: String!, $near: GeoPointInput, $datum: Datum!) {
    publicInstitution(code: $code, near: $near) {
      code name kind ownership hospitalLevel divisionCode divisionName address phone businessHours intro
      distanceMeters ratingAverage ratingCount
      location(datum: $datum) { lat lon datum }
    }
  }
`)

export const OnSaleDrugsDoc = graphql(`
  query PublicInstitutionDrugs($code: String!, $keyword: String, $after: String) {
    publicInstitution(code: $code) {
      code
      onSaleDrugs(keyword: $keyword, first: 20, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { code genericName tradeName spec manufacturer reimbursementClass }
      }
    }
  }
`)

export const TraceCodeScanDoc = graphql(`
  mutation TraceCodeScan($input: TraceCodeScanInput!) {
    traceCodeScan(input: $input) {
      scan {
        id code result message scannedAt
        drug { code genericName tradeName spec manufacturer reimbursementClass }
      }
      userErrors { code message }
    }
  }
`)

export const InstitutionProblemReportDoc = graphql(`
  mutation InstitutionProblemReport($input: InstitutionProblemReportInput!) {
    institutionProblemReport(input: $input) {
      feedback { id state problemType description createdAt institutionName handlingNote }
      userErrors { code message field }
    }
  }
`)

export const PurchaseNeedRegisterDoc = graphql(`
  mutation PurchaseNeedRegister($input: PurchaseNeedRegisterInput!) {
    purchaseNeedRegister(input: $input) {
      need { id state drugName createdAt analysisNote }
      userErrors { code message field }
    }
  }
`)

export const InstitutionRateDoc = graphql(`
  mutation InstitutionRate($input: InstitutionRateInput!) {
    institutionRate(input: $input) {
      evaluation { id stars comment createdAt }
      userErrors { code message field }
    }
  }
`)

export const MyFeedbackDoc = graphql(`
  query MyPublicFeedback($after: String) {
    myPublicFeedback(first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id state problemType description createdAt institutionName handlingNote }
    }
  }
`)

export const MyNeedsDoc = graphql(`
  query MyPurchaseNeeds($after: String) {
    myPurchaseNeeds(first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id state drugName createdAt analysisNote }
    }
  }
`)

export const MyScansDoc = graphql(`
  query MyTraceScans($after: String) {
    myTraceScans(first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id code result message scannedAt drug { code genericName spec } }
    }
  }
`)
