/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation InsuredLogin($input: InsuredLoginInput!) {\n    insuredLogin(input: $input) {\n      session { token expiresAt displayName }\n      userErrors { code message }\n    }\n  }\n": typeof types.InsuredLoginDocument,
    "\n  mutation PublicVisitRecord($input: PublicVisitRecordInput!) {\n    publicVisitRecord(input: $input) {\n      recorded\n      userErrors { code message }\n    }\n  }\n": typeof types.PublicVisitRecordDocument,
    "\n  query PublicNotice {\n    publicNotice { dataCalibre riskReminder updatedAt }\n  }\n": typeof types.PublicNoticeDocument,
    "\n  query PublicDrugCategories {\n    publicDrugCategories { code name drugType drugCount }\n  }\n": typeof types.PublicDrugCategoriesDocument,
    "\n  query PublicDrugSuggestions($prefix: String!) {\n    publicDrugSuggestions(prefix: $prefix, first: 8) { text kind initials }\n  }\n": typeof types.PublicDrugSuggestionsDocument,
    "\n  query PublicDrugs($keyword: String, $categoryCode: String, $after: String) {\n    publicDrugs(keyword: $keyword, categoryCode: $categoryCode, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { code genericName tradeName spec dosageForm manufacturer drugType reimbursementClass }\n    }\n  }\n": typeof types.PublicDrugsDocument,
    "\n  query PublicDrug($code: String!) {\n    publicDrug(code: $code) {\n      code genericName tradeName spec dosageForm packaging minPackUnit approvalNo manufacturer drugType\n      categoryName reimbursementClass\n      insert { indications dosage frequency method shelfLifeMonths synthetic }\n    }\n  }\n": typeof types.PublicDrugDocument,
    "\n  query PublicDrugOutlets($code: String!, $near: GeoPointInput, $kind: PublicInstitutionKind, $datum: Datum!) {\n    publicDrugOutlets(code: $code, near: $near, kind: $kind, first: 50) {\n      purchaseWindowDays\n      settlementWindowDays\n      total\n      outlets {\n        distanceMeters\n        recentlyPurchased\n        recentlySettled\n        institution {\n          code name kind divisionName address\n          location(datum: $datum) { lat lon datum }\n        }\n      }\n    }\n  }\n": typeof types.PublicDrugOutletsDocument,
    "\n  query PublicDivisions($parentCode: String) {\n    publicDivisions(parentCode: $parentCode) { code name level }\n  }\n": typeof types.PublicDivisionsDocument,
    "\n  query PublicDivisionAt($at: GeoPointInput!) {\n    publicDivisionAt(at: $at) { code name level }\n  }\n": typeof types.PublicDivisionAtDocument,
    "\n  query PublicInstitutions(\n    $kind: PublicInstitutionKind!, $near: GeoPointInput, $divisionCode: String, $name: String,\n    $ownership: Ownership, $sort: PublicInstitutionSort!, $after: String, $datum: Datum!\n  ) {\n    publicInstitutions(kind: $kind, near: $near, divisionCode: $divisionCode, name: $name, ownership: $ownership,\n                       sort: $sort, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        code name kind ownership hospitalLevel divisionName address distanceMeters ratingAverage ratingCount\n        location(datum: $datum) { lat lon datum }\n      }\n    }\n  }\n": typeof types.PublicInstitutionsDocument,
    "\n  query PublicInstitution($code: String!, $near: GeoPointInput, $datum: Datum!) {\n    publicInstitution(code: $code, near: $near) {\n      code name kind ownership hospitalLevel divisionCode divisionName address phone businessHours intro\n      distanceMeters ratingAverage ratingCount\n      location(datum: $datum) { lat lon datum }\n    }\n  }\n": typeof types.PublicInstitutionDocument,
    "\n  query PublicInstitutionDrugs($code: String!, $keyword: String, $after: String) {\n    publicInstitution(code: $code) {\n      code\n      onSaleDrugs(keyword: $keyword, first: 20, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        nodes { code genericName tradeName spec manufacturer reimbursementClass }\n      }\n    }\n  }\n": typeof types.PublicInstitutionDrugsDocument,
    "\n  mutation TraceCodeScan($input: TraceCodeScanInput!) {\n    traceCodeScan(input: $input) {\n      scan {\n        id code result message scannedAt\n        drug { code genericName tradeName spec manufacturer reimbursementClass }\n      }\n      userErrors { code message }\n    }\n  }\n": typeof types.TraceCodeScanDocument,
    "\n  mutation InstitutionProblemReport($input: InstitutionProblemReportInput!) {\n    institutionProblemReport(input: $input) {\n      feedback { id state problemType description createdAt institutionName handlingNote }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InstitutionProblemReportDocument,
    "\n  mutation PurchaseNeedRegister($input: PurchaseNeedRegisterInput!) {\n    purchaseNeedRegister(input: $input) {\n      need { id state drugName createdAt analysisNote }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PurchaseNeedRegisterDocument,
    "\n  mutation InstitutionRate($input: InstitutionRateInput!) {\n    institutionRate(input: $input) {\n      evaluation { id stars comment createdAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InstitutionRateDocument,
    "\n  query MyPublicFeedback($after: String) {\n    myPublicFeedback(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id state problemType description createdAt institutionName handlingNote }\n    }\n  }\n": typeof types.MyPublicFeedbackDocument,
    "\n  query MyPurchaseNeeds($after: String) {\n    myPurchaseNeeds(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id state drugName createdAt analysisNote }\n    }\n  }\n": typeof types.MyPurchaseNeedsDocument,
    "\n  query MyTraceScans($after: String) {\n    myTraceScans(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code result message scannedAt drug { code genericName spec } }\n    }\n  }\n": typeof types.MyTraceScansDocument,
};
const documents: Documents = {
    "\n  mutation InsuredLogin($input: InsuredLoginInput!) {\n    insuredLogin(input: $input) {\n      session { token expiresAt displayName }\n      userErrors { code message }\n    }\n  }\n": types.InsuredLoginDocument,
    "\n  mutation PublicVisitRecord($input: PublicVisitRecordInput!) {\n    publicVisitRecord(input: $input) {\n      recorded\n      userErrors { code message }\n    }\n  }\n": types.PublicVisitRecordDocument,
    "\n  query PublicNotice {\n    publicNotice { dataCalibre riskReminder updatedAt }\n  }\n": types.PublicNoticeDocument,
    "\n  query PublicDrugCategories {\n    publicDrugCategories { code name drugType drugCount }\n  }\n": types.PublicDrugCategoriesDocument,
    "\n  query PublicDrugSuggestions($prefix: String!) {\n    publicDrugSuggestions(prefix: $prefix, first: 8) { text kind initials }\n  }\n": types.PublicDrugSuggestionsDocument,
    "\n  query PublicDrugs($keyword: String, $categoryCode: String, $after: String) {\n    publicDrugs(keyword: $keyword, categoryCode: $categoryCode, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { code genericName tradeName spec dosageForm manufacturer drugType reimbursementClass }\n    }\n  }\n": types.PublicDrugsDocument,
    "\n  query PublicDrug($code: String!) {\n    publicDrug(code: $code) {\n      code genericName tradeName spec dosageForm packaging minPackUnit approvalNo manufacturer drugType\n      categoryName reimbursementClass\n      insert { indications dosage frequency method shelfLifeMonths synthetic }\n    }\n  }\n": types.PublicDrugDocument,
    "\n  query PublicDrugOutlets($code: String!, $near: GeoPointInput, $kind: PublicInstitutionKind, $datum: Datum!) {\n    publicDrugOutlets(code: $code, near: $near, kind: $kind, first: 50) {\n      purchaseWindowDays\n      settlementWindowDays\n      total\n      outlets {\n        distanceMeters\n        recentlyPurchased\n        recentlySettled\n        institution {\n          code name kind divisionName address\n          location(datum: $datum) { lat lon datum }\n        }\n      }\n    }\n  }\n": types.PublicDrugOutletsDocument,
    "\n  query PublicDivisions($parentCode: String) {\n    publicDivisions(parentCode: $parentCode) { code name level }\n  }\n": types.PublicDivisionsDocument,
    "\n  query PublicDivisionAt($at: GeoPointInput!) {\n    publicDivisionAt(at: $at) { code name level }\n  }\n": types.PublicDivisionAtDocument,
    "\n  query PublicInstitutions(\n    $kind: PublicInstitutionKind!, $near: GeoPointInput, $divisionCode: String, $name: String,\n    $ownership: Ownership, $sort: PublicInstitutionSort!, $after: String, $datum: Datum!\n  ) {\n    publicInstitutions(kind: $kind, near: $near, divisionCode: $divisionCode, name: $name, ownership: $ownership,\n                       sort: $sort, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        code name kind ownership hospitalLevel divisionName address distanceMeters ratingAverage ratingCount\n        location(datum: $datum) { lat lon datum }\n      }\n    }\n  }\n": types.PublicInstitutionsDocument,
    "\n  query PublicInstitution($code: String!, $near: GeoPointInput, $datum: Datum!) {\n    publicInstitution(code: $code, near: $near) {\n      code name kind ownership hospitalLevel divisionCode divisionName address phone businessHours intro\n      distanceMeters ratingAverage ratingCount\n      location(datum: $datum) { lat lon datum }\n    }\n  }\n": types.PublicInstitutionDocument,
    "\n  query PublicInstitutionDrugs($code: String!, $keyword: String, $after: String) {\n    publicInstitution(code: $code) {\n      code\n      onSaleDrugs(keyword: $keyword, first: 20, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        nodes { code genericName tradeName spec manufacturer reimbursementClass }\n      }\n    }\n  }\n": types.PublicInstitutionDrugsDocument,
    "\n  mutation TraceCodeScan($input: TraceCodeScanInput!) {\n    traceCodeScan(input: $input) {\n      scan {\n        id code result message scannedAt\n        drug { code genericName tradeName spec manufacturer reimbursementClass }\n      }\n      userErrors { code message }\n    }\n  }\n": types.TraceCodeScanDocument,
    "\n  mutation InstitutionProblemReport($input: InstitutionProblemReportInput!) {\n    institutionProblemReport(input: $input) {\n      feedback { id state problemType description createdAt institutionName handlingNote }\n      userErrors { code message field }\n    }\n  }\n": types.InstitutionProblemReportDocument,
    "\n  mutation PurchaseNeedRegister($input: PurchaseNeedRegisterInput!) {\n    purchaseNeedRegister(input: $input) {\n      need { id state drugName createdAt analysisNote }\n      userErrors { code message field }\n    }\n  }\n": types.PurchaseNeedRegisterDocument,
    "\n  mutation InstitutionRate($input: InstitutionRateInput!) {\n    institutionRate(input: $input) {\n      evaluation { id stars comment createdAt }\n      userErrors { code message field }\n    }\n  }\n": types.InstitutionRateDocument,
    "\n  query MyPublicFeedback($after: String) {\n    myPublicFeedback(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id state problemType description createdAt institutionName handlingNote }\n    }\n  }\n": types.MyPublicFeedbackDocument,
    "\n  query MyPurchaseNeeds($after: String) {\n    myPurchaseNeeds(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id state drugName createdAt analysisNote }\n    }\n  }\n": types.MyPurchaseNeedsDocument,
    "\n  query MyTraceScans($after: String) {\n    myTraceScans(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code result message scannedAt drug { code genericName spec } }\n    }\n  }\n": types.MyTraceScansDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsuredLogin($input: InsuredLoginInput!) {\n    insuredLogin(input: $input) {\n      session { token expiresAt displayName }\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql').InsuredLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicVisitRecord($input: PublicVisitRecordInput!) {\n    publicVisitRecord(input: $input) {\n      recorded\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql').PublicVisitRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNotice {\n    publicNotice { dataCalibre riskReminder updatedAt }\n  }\n"): typeof import('./graphql').PublicNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDrugCategories {\n    publicDrugCategories { code name drugType drugCount }\n  }\n"): typeof import('./graphql').PublicDrugCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDrugSuggestions($prefix: String!) {\n    publicDrugSuggestions(prefix: $prefix, first: 8) { text kind initials }\n  }\n"): typeof import('./graphql').PublicDrugSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDrugs($keyword: String, $categoryCode: String, $after: String) {\n    publicDrugs(keyword: $keyword, categoryCode: $categoryCode, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { code genericName tradeName spec dosageForm manufacturer drugType reimbursementClass }\n    }\n  }\n"): typeof import('./graphql').PublicDrugsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDrug($code: String!) {\n    publicDrug(code: $code) {\n      code genericName tradeName spec dosageForm packaging minPackUnit approvalNo manufacturer drugType\n      categoryName reimbursementClass\n      insert { indications dosage frequency method shelfLifeMonths synthetic }\n    }\n  }\n"): typeof import('./graphql').PublicDrugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDrugOutlets($code: String!, $near: GeoPointInput, $kind: PublicInstitutionKind, $datum: Datum!) {\n    publicDrugOutlets(code: $code, near: $near, kind: $kind, first: 50) {\n      purchaseWindowDays\n      settlementWindowDays\n      total\n      outlets {\n        distanceMeters\n        recentlyPurchased\n        recentlySettled\n        institution {\n          code name kind divisionName address\n          location(datum: $datum) { lat lon datum }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicDrugOutletsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDivisions($parentCode: String) {\n    publicDivisions(parentCode: $parentCode) { code name level }\n  }\n"): typeof import('./graphql').PublicDivisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDivisionAt($at: GeoPointInput!) {\n    publicDivisionAt(at: $at) { code name level }\n  }\n"): typeof import('./graphql').PublicDivisionAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicInstitutions(\n    $kind: PublicInstitutionKind!, $near: GeoPointInput, $divisionCode: String, $name: String,\n    $ownership: Ownership, $sort: PublicInstitutionSort!, $after: String, $datum: Datum!\n  ) {\n    publicInstitutions(kind: $kind, near: $near, divisionCode: $divisionCode, name: $name, ownership: $ownership,\n                       sort: $sort, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        code name kind ownership hospitalLevel divisionName address distanceMeters ratingAverage ratingCount\n        location(datum: $datum) { lat lon datum }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicInstitutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicInstitution($code: String!, $near: GeoPointInput, $datum: Datum!) {\n    publicInstitution(code: $code, near: $near) {\n      code name kind ownership hospitalLevel divisionCode divisionName address phone businessHours intro\n      distanceMeters ratingAverage ratingCount\n      location(datum: $datum) { lat lon datum }\n    }\n  }\n"): typeof import('./graphql').PublicInstitutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicInstitutionDrugs($code: String!, $keyword: String, $after: String) {\n    publicInstitution(code: $code) {\n      code\n      onSaleDrugs(keyword: $keyword, first: 20, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        nodes { code genericName tradeName spec manufacturer reimbursementClass }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicInstitutionDrugsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TraceCodeScan($input: TraceCodeScanInput!) {\n    traceCodeScan(input: $input) {\n      scan {\n        id code result message scannedAt\n        drug { code genericName tradeName spec manufacturer reimbursementClass }\n      }\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql').TraceCodeScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionProblemReport($input: InstitutionProblemReportInput!) {\n    institutionProblemReport(input: $input) {\n      feedback { id state problemType description createdAt institutionName handlingNote }\n      userErrors { code message field }\n    }\n  }\n"): typeof import('./graphql').InstitutionProblemReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchaseNeedRegister($input: PurchaseNeedRegisterInput!) {\n    purchaseNeedRegister(input: $input) {\n      need { id state drugName createdAt analysisNote }\n      userErrors { code message field }\n    }\n  }\n"): typeof import('./graphql').PurchaseNeedRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionRate($input: InstitutionRateInput!) {\n    institutionRate(input: $input) {\n      evaluation { id stars comment createdAt }\n      userErrors { code message field }\n    }\n  }\n"): typeof import('./graphql').InstitutionRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPublicFeedback($after: String) {\n    myPublicFeedback(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id state problemType description createdAt institutionName handlingNote }\n    }\n  }\n"): typeof import('./graphql').MyPublicFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPurchaseNeeds($after: String) {\n    myPurchaseNeeds(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id state drugName createdAt analysisNote }\n    }\n  }\n"): typeof import('./graphql').MyPurchaseNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTraceScans($after: String) {\n    myTraceScans(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code result message scannedAt drug { code genericName spec } }\n    }\n  }\n"): typeof import('./graphql').MyTraceScansDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
