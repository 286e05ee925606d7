/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Datum =
  | 'GCJ02'
  | 'WGS84';

/** 药品类型：X 西药，Z 中成药 */
export type DrugType =
  | 'X'
  | 'Z';

export type GeoPointInput = {
  datum?: Datum;
  lat: number;
  lon: number;
};

export type IdentityProvider =
  | 'DEV'
  | 'WECHAT';

/** 医疗机构性质：PUBLIC 公立，PRIVATE 民营 */
export type Ownership =
  | 'PRIVATE'
  | 'PUBLIC';

export type PublicFeedbackState =
  | 'HANDLED'
  | 'IN_HANDLING'
  | 'SUBMITTED';

export type PublicInstitutionKind =
  | 'HOSPITAL'
  | 'PHARMACY';

export type PublicInstitutionSort =
  | 'DISTANCE'
  | 'NAME';

export type PublicProblemType =
  | 'LOCATION_INACCURATE'
  | 'NAVIGATION'
  | 'NOT_IN_STOCK'
  | 'OTHER'
  | 'SERVICE';

export type PurchaseNeedState =
  | 'ANALYSED'
  | 'SUBMITTED';

export type RateInstitutionInput = {
  clientKey?: string | null | undefined;
  comment?: string | null | undefined;
  institutionCode: string;
  stars: number;
};

export type RegisterPurchaseNeedInput = {
  clientKey?: string | null | undefined;
  contactPhone?: string | null | undefined;
  divisionCode?: string | null | undefined;
  drugCode?: string | null | undefined;
  drugName: string;
  manufacturer?: string | null | undefined;
  note?: string | null | undefined;
  quantity?: number | null | undefined;
  spec?: string | null | undefined;
};

/** 医保甲乙类：A 甲类，B 乙类 */
export type ReimbursementClass =
  | 'A'
  | 'B';

export type ReportInstitutionProblemInput = {
  clientKey?: string | null | undefined;
  description: string;
  drugCode?: string | null | undefined;
  institutionCode: string;
  problemType: PublicProblemType;
};

export type TraceScanResult =
  | 'FOUND'
  | 'INVALID_FORMAT'
  | 'UNKNOWN_CODE';

export type InsuredLoginMutationVariables = Exact<{
  provider: IdentityProvider;
  code: string;
}>;


export type InsuredLoginMutation = { insuredLogin: { session: { token: string, expiresAt: string, displayName: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type RecordPublicVisitMutationVariables = Exact<{
  at?: GeoPointInput | null | undefined;
  page: string;
}>;


export type RecordPublicVisitMutation = { recordPublicVisit: boolean };

export type PublicHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicHomeQuery = { publicNotice: { dataCalibre: string, riskReminder: string, updatedAt: string | null }, publicDrugCategories: Array<{ code: string, name: string, drugType: DrugType, drugCount: number }> };

export type PublicDrugSuggestionsQueryVariables = Exact<{
  prefix: string;
}>;


export type PublicDrugSuggestionsQuery = { publicDrugSuggestions: Array<{ text: string, kind: string, initials: string }> };

export type PublicDrugsQueryVariables = Exact<{
  keyword?: string | null | undefined;
  categoryCode?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicDrugsQuery = { publicDrugs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, genericName: string, tradeName: string | null, spec: string | null, dosageForm: string | null, manufacturer: string, drugType: DrugType, reimbursementClass: ReimbursementClass | null }> } };

export type PublicDrugQueryVariables = Exact<{
  code: string;
}>;


export type PublicDrugQuery = { publicDrug: { code: string, genericName: string, tradeName: string | null, spec: string | null, dosageForm: string | null, packaging: string | null, minPackUnit: string | null, approvalNo: string | null, manufacturer: string, drugType: DrugType, categoryName: string | null, reimbursementClass: ReimbursementClass | null, insert: { indications: string | null, dosage: string | null, frequency: string | null, method: string | null, shelfLifeMonths: number | null } | null } | null };

export type PublicDrugOutletsQueryVariables = Exact<{
  code: string;
  near?: GeoPointInput | null | undefined;
  kind?: PublicInstitutionKind | null | undefined;
  datum: Datum;
}>;


export type PublicDrugOutletsQuery = { publicDrugOutlets: { purchaseWindowDays: number, settlementWindowDays: number, total: number, outlets: Array<{ distanceMeters: number | null, recentlyPurchased: boolean, recentlySettled: boolean, institution: { code: string, name: string, kind: PublicInstitutionKind, divisionName: string, address: string | null, location: { lat: number, lon: number, datum: Datum } | null } }> } | null };

export type PublicInstitutionsQueryVariables = Exact<{
  kind: PublicInstitutionKind;
  near?: GeoPointInput | null | undefined;
  divisionCode?: string | null | undefined;
  name?: string | null | undefined;
  ownership?: Ownership | null | undefined;
  sort?: PublicInstitutionSort | null | undefined;
  after?: string | null | undefined;
  datum: Datum;
}>;


export type PublicInstitutionsQuery = { publicInstitutions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, kind: PublicInstitutionKind, ownership: Ownership | null, hospitalLevel: string | null, divisionName: string, address: string | null, distanceMeters: number | null, ratingAverage: number | null, ratingCount: number, location: { lat: number, lon: number, datum: Datum } | null }> } };

export type PublicInstitutionQueryVariables = Exact<{
  code: string;
  near?: GeoPointInput | null | undefined;
  datum: Datum;
}>;


export type PublicInstitutionQuery = { publicInstitution: { code: string, name: string, kind: PublicInstitutionKind, ownership: Ownership | null, hospitalLevel: string | null, divisionCode: string, divisionName: string, address: string | null, phone: string | null, businessHours: string | null, intro: string | null, distanceMeters: number | null, ratingAverage: number | null, ratingCount: number, location: { lat: number, lon: number, datum: Datum } | null } | null };

export type PublicInstitutionDrugsQueryVariables = Exact<{
  code: string;
  keyword?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicInstitutionDrugsQuery = { publicInstitution: { code: string, onSaleDrugs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, genericName: string, tradeName: string | null, spec: string | null, manufacturer: string, reimbursementClass: ReimbursementClass | null }> } } | null };

export type ScanTraceCodeMutationVariables = Exact<{
  code: string;
}>;


export type ScanTraceCodeMutation = { scanTraceCode: { scan: { id: string, code: string, result: TraceScanResult, message: string, scannedAt: string, drug: { code: string, genericName: string, tradeName: string | null, spec: string | null, manufacturer: string, reimbursementClass: ReimbursementClass | null } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type ReportInstitutionProblemMutationVariables = Exact<{
  input: ReportInstitutionProblemInput;
}>;


export type ReportInstitutionProblemMutation = { reportInstitutionProblem: { feedback: { id: string, state: PublicFeedbackState, problemType: PublicProblemType, description: string, createdAt: string, institutionName: string, handlingNote: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RegisterPurchaseNeedMutationVariables = Exact<{
  input: RegisterPurchaseNeedInput;
}>;


export type RegisterPurchaseNeedMutation = { registerPurchaseNeed: { need: { id: string, state: PurchaseNeedState, drugName: string, createdAt: string, analysisNote: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RateInstitutionMutationVariables = Exact<{
  input: RateInstitutionInput;
}>;


export type RateInstitutionMutation = { rateInstitution: { evaluation: { id: string, stars: number, comment: string | null, createdAt: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type MyPublicFeedbackQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyPublicFeedbackQuery = { myPublicFeedback: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, state: PublicFeedbackState, problemType: PublicProblemType, description: string, createdAt: string, institutionName: string, handlingNote: string | null }> } };

export type MyPurchaseNeedsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyPurchaseNeedsQuery = { myPurchaseNeeds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, state: PurchaseNeedState, drugName: string, createdAt: string, analysisNote: string | null }> } };

export type MyTraceScansQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyTraceScansQuery = { myTraceScans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, result: TraceScanResult, message: string, scannedAt: string, drug: { code: string, genericName: string, spec: string | null } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const InsuredLoginDocument = new TypedDocumentString(`
    mutation InsuredLogin($provider: IdentityProvider!, $code: String!) {
  insuredLogin(provider: $provider, code: $code) {
    session {
      token
      expiresAt
      displayName
    }
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:dc853cb9173ab083579d07dd65da80486ef9b30b0323dd5f32145f1ef03a404b"}) as unknown as TypedDocumentString<InsuredLoginMutation, InsuredLoginMutationVariables>;
export const RecordPublicVisitDocument = new TypedDocumentString(`
    mutation RecordPublicVisit($at: GeoPointInput, $page: String!) {
  recordPublicVisit(at: $at, page: $page)
}
    `, {"hash":"sha256:d2dda2b226ac9ed76973579925c3e23bb1bd53066c7f8dbbf4ad7d2ac1fef1b6"}) as unknown as TypedDocumentString<RecordPublicVisitMutation, RecordPublicVisitMutationVariables>;
export const PublicHomeDocument = new TypedDocumentString(`
    query PublicHome {
  publicNotice {
    dataCalibre
    riskReminder
    updatedAt
  }
  publicDrugCategories {
    code
    name
    drugType
    drugCount
  }
}
    `, {"hash":"sha256:40de550b5b9e9f9a7ff9c0f836c79d404cefcc359fe4ca6ec5740ba1723255a2"}) as unknown as TypedDocumentString<PublicHomeQuery, PublicHomeQueryVariables>;
export const PublicDrugSuggestionsDocument = new TypedDocumentString(`
    query PublicDrugSuggestions($prefix: String!) {
  publicDrugSuggestions(prefix: $prefix, first: 8) {
    text
    kind
    initials
  }
}
    `, {"hash":"sha256:c0763ed6d20daee0b0f95e38f546cedd81f2a278b6071b3925378b356d736289"}) as unknown as TypedDocumentString<PublicDrugSuggestionsQuery, PublicDrugSuggestionsQueryVariables>;
export const PublicDrugsDocument = new TypedDocumentString(`
    query PublicDrugs($keyword: String, $categoryCode: String, $after: String) {
  publicDrugs(
    keyword: $keyword
    categoryCode: $categoryCode
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      code
      genericName
      tradeName
      spec
      dosageForm
      manufacturer
      drugType
      reimbursementClass
    }
  }
}
    `, {"hash":"sha256:31aaec29056bdab16acde0655d53dba6c4bbd6c26ce129ced147507bc1bc6b78"}) as unknown as TypedDocumentString<PublicDrugsQuery, PublicDrugsQueryVariables>;
export const PublicDrugDocument = new TypedDocumentString(`
    query PublicDrug($code: String!) {
  publicDrug(code: $code) {
    code
    genericName
    tradeName
    spec
    dosageForm
    packaging
    minPackUnit
    approvalNo
    manufacturer
    drugType
    categoryName
    reimbursementClass
    insert {
      indications
      dosage
      frequency
      method
      shelfLifeMonths
    }
  }
}
    `, {"hash":"sha256:d7122dd3c60d28ab113d373e81f47d60f0316a516319f9eb6d19fdad8634c53c"}) as unknown as TypedDocumentString<PublicDrugQuery, PublicDrugQueryVariables>;
export const PublicDrugOutletsDocument = new TypedDocumentString(`
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
        code
        name
        kind
        divisionName
        address
        location(datum: $datum) {
          lat
          lon
          datum
        }
      }
    }
  }
}
    `, {"hash":"sha256:bc27768872cff09a049bba6fa62131dfd68fa8abae79fe34c6c97ac85f2d6a90"}) as unknown as TypedDocumentString<PublicDrugOutletsQuery, PublicDrugOutletsQueryVariables>;
export const PublicInstitutionsDocument = new TypedDocumentString(`
    query PublicInstitutions($kind: PublicInstitutionKind!, $near: GeoPointInput, $divisionCode: String, $name: String, $ownership: Ownership, $sort: PublicInstitutionSort, $after: String, $datum: Datum!) {
  publicInstitutions(
    kind: $kind
    near: $near
    divisionCode: $divisionCode
    name: $name
    ownership: $ownership
    sort: $sort
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      code
      name
      kind
      ownership
      hospitalLevel
      divisionName
      address
      distanceMeters
      ratingAverage
      ratingCount
      location(datum: $datum) {
        lat
        lon
        datum
      }
    }
  }
}
    `, {"hash":"sha256:3b0f29e21316f035b53334efd1029bf52796ebbb2c5619be275e23f91e7ab52c"}) as unknown as TypedDocumentString<PublicInstitutionsQuery, PublicInstitutionsQueryVariables>;
export const PublicInstitutionDocument = new TypedDocumentString(`
    query PublicInstitution($code: String!, $near: GeoPointInput, $datum: Datum!) {
  publicInstitution(code: $code, near: $near) {
    code
    name
    kind
    ownership
    hospitalLevel
    divisionCode
    divisionName
    address
    phone
    businessHours
    intro
    distanceMeters
    ratingAverage
    ratingCount
    location(datum: $datum) {
      lat
      lon
      datum
    }
  }
}
    `, {"hash":"sha256:145c82189e38656876402ad60a7128b8acc2ba22955b83888d81c29800c6f209"}) as unknown as TypedDocumentString<PublicInstitutionQuery, PublicInstitutionQueryVariables>;
export const PublicInstitutionDrugsDocument = new TypedDocumentString(`
    query PublicInstitutionDrugs($code: String!, $keyword: String, $after: String) {
  publicInstitution(code: $code) {
    code
    onSaleDrugs(keyword: $keyword, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        genericName
        tradeName
        spec
        manufacturer
        reimbursementClass
      }
    }
  }
}
    `, {"hash":"sha256:538bf9d8f98985cfa7149d460882296f94f85e9c2dc9964b6af0bf477a611315"}) as unknown as TypedDocumentString<PublicInstitutionDrugsQuery, PublicInstitutionDrugsQueryVariables>;
export const ScanTraceCodeDocument = new TypedDocumentString(`
    mutation ScanTraceCode($code: String!) {
  scanTraceCode(code: $code) {
    scan {
      id
      code
      result
      message
      scannedAt
      drug {
        code
        genericName
        tradeName
        spec
        manufacturer
        reimbursementClass
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:a19268a9c04cabfd318529c080942cd0f6b8285b0fa58f050f307b14c314cba8"}) as unknown as TypedDocumentString<ScanTraceCodeMutation, ScanTraceCodeMutationVariables>;
export const ReportInstitutionProblemDocument = new TypedDocumentString(`
    mutation ReportInstitutionProblem($input: ReportInstitutionProblemInput!) {
  reportInstitutionProblem(input: $input) {
    feedback {
      id
      state
      problemType
      description
      createdAt
      institutionName
      handlingNote
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:2ba4299ce1f879b63d3bdfccb2a833f9af3115fd80f29bff276bba61b7b0dc12"}) as unknown as TypedDocumentString<ReportInstitutionProblemMutation, ReportInstitutionProblemMutationVariables>;
export const RegisterPurchaseNeedDocument = new TypedDocumentString(`
    mutation RegisterPurchaseNeed($input: RegisterPurchaseNeedInput!) {
  registerPurchaseNeed(input: $input) {
    need {
      id
      state
      drugName
      createdAt
      analysisNote
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:7ee8d1fcdaa2de58ff6db78c444a910f5b1ee77abd513ac694dfd5e6a23aea4d"}) as unknown as TypedDocumentString<RegisterPurchaseNeedMutation, RegisterPurchaseNeedMutationVariables>;
export const RateInstitutionDocument = new TypedDocumentString(`
    mutation RateInstitution($input: RateInstitutionInput!) {
  rateInstitution(input: $input) {
    evaluation {
      id
      stars
      comment
      createdAt
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:d53321ff7787a1a68fee4a579b7530b30a79488a7f2a01d04eddfec8c27e3b3c"}) as unknown as TypedDocumentString<RateInstitutionMutation, RateInstitutionMutationVariables>;
export const MyPublicFeedbackDocument = new TypedDocumentString(`
    query MyPublicFeedback($after: String) {
  myPublicFeedback(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      state
      problemType
      description
      createdAt
      institutionName
      handlingNote
    }
  }
}
    `, {"hash":"sha256:f9487b857877a8c61619f234973c3fbd09c941ca2940025e86a3a4fbc9f7b886"}) as unknown as TypedDocumentString<MyPublicFeedbackQuery, MyPublicFeedbackQueryVariables>;
export const MyPurchaseNeedsDocument = new TypedDocumentString(`
    query MyPurchaseNeeds($after: String) {
  myPurchaseNeeds(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      state
      drugName
      createdAt
      analysisNote
    }
  }
}
    `, {"hash":"sha256:78aa7ea313c4791622c84692f9e33b9143e6dddba2a7fc1b79e2a4caebd9a9a8"}) as unknown as TypedDocumentString<MyPurchaseNeedsQuery, MyPurchaseNeedsQueryVariables>;
export const MyTraceScansDocument = new TypedDocumentString(`
    query MyTraceScans($after: String) {
  myTraceScans(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      result
      message
      scannedAt
      drug {
        code
        genericName
        spec
      }
    }
  }
}
    `, {"hash":"sha256:359c8607f1613683b8df697a983f1a0c34fefc3dec1113fcdecaa6bfdf0a4653"}) as unknown as TypedDocumentString<MyTraceScansQuery, MyTraceScansQueryVariables>;