/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 坐标系：WGS84（GPS、H5 定位）或 GCJ02（国内地图、微信定位） */
export type Datum =
  | 'GCJ02'
  | 'WGS84';

/** 药品类型：X 西药，Z 中成药 */
export type DrugType =
  | 'X'
  | 'Z';

/** 公众服务业务错误码 */
export type EngagementErrorCode =
  | 'ALREADY_RATED_TODAY'
  | 'COORDINATES_OUT_OF_RANGE'
  | 'FORBIDDEN'
  | 'ILLEGAL_TRANSITION'
  | 'INVALID_FORMAT'
  | 'INVALID_PHONE'
  | 'INVALID_VALUE'
  | 'NOT_AN_INSTITUTION'
  | 'NOT_FOUND'
  | 'OPINION_REQUIRED'
  | 'OUT_OF_AREA'
  | 'OUT_OF_RANGE'
  | 'RANGE_INVALID'
  | 'RANGE_TOO_LONG'
  | 'REQUIRED'
  | 'SEPARATION_OF_DUTIES'
  | 'STARS_OUT_OF_RANGE'
  | 'TOO_MANY_VALUES'
  | 'UNKNOWN_DIVISION'
  | 'UNKNOWN_DRUG'
  | 'UNKNOWN_INSTITUTION'
  | 'UNKNOWN_TRANSITION'
  | 'VALIDATION_FAILED'
  | 'VALUE_TOO_LONG'
  | 'WRONG_LEVEL';

/** 一个位置及其坐标系 */
export type GeoPointInput = {
  /** 坐标系：H5 定位为 WGS84，微信 wx.getLocation(type: gcj02) 为 GCJ02 */
  datum?: Datum;
  /** 纬度 */
  lat: number;
  /** 经度 */
  lon: number;
};

/** 参保人身份来源：WECHAT 微信小程序登录；DEV 开发与演示环境的设备标识 */
export type IdentityProvider =
  | 'DEV'
  | 'WECHAT';

/** 反馈定点医药机构的问题（PUB-20） */
export type InstitutionProblemReportInput = {
  /** 客户端生成的幂等键（1～64 位字母数字）：同一参保人重复提交同一键只保留第一次 */
  clientKey?: string | null | undefined;
  /** 问题描述（最多 500 字；问题类型为“其他”时必填），按纯文本保存和显示 */
  description?: string | null | undefined;
  /** 相关药品编码（23 位，可选） */
  drugCode?: string | null | undefined;
  /** 机构编码（H/P + 11 位） */
  institutionCode: string;
  /** 问题类型 */
  problemType: PublicProblemType;
};

/** 评价定点医药机构（PUB-23） */
export type InstitutionRateInput = {
  /** 幂等键：同一参保人重复提交同一键只保留第一次 */
  clientKey?: string | null | undefined;
  /** 评价内容（最多 300 字） */
  comment?: string | null | undefined;
  /** 机构编码 */
  institutionCode: string;
  /** 评分 1～5 星 */
  stars: number;
};

/** 参保人登录 */
export type InsuredLoginInput = {
  /** 微信小程序 wx.login 返回的 code，或设备标识（DEV） */
  code: string;
  /** 身份来源：WECHAT 微信小程序；DEV 开发与演示环境的设备标识 */
  provider: IdentityProvider;
};

/** 医疗机构性质：PUBLIC 公立，PRIVATE 民营 */
export type Ownership =
  | 'PRIVATE'
  | 'PUBLIC';

/** 公众端错误码 */
export type PublicErrorCode =
  | 'BAD_COORDINATES'
  | 'BAD_PAGE'
  | 'CODE_EMPTY'
  | 'CODE_TOO_LONG'
  | 'INVALID_CODE'
  | 'LOGIN_REQUIRED'
  | 'PROVIDER_DISABLED'
  | 'PROVIDER_RATE_LIMITED'
  | 'PROVIDER_UNAVAILABLE'
  | 'VALIDATION_FAILED';

/** 反馈状态：SUBMITTED 待受理，IN_HANDLING 处理中，HANDLED 已办结 */
export type PublicFeedbackState =
  | 'HANDLED'
  | 'IN_HANDLING'
  | 'SUBMITTED';

/** 公众端机构类型 */
export type PublicInstitutionKind =
  | 'HOSPITAL'
  | 'PHARMACY';

/** 机构列表排序 */
export type PublicInstitutionSort =
  | 'DISTANCE'
  | 'NAME';

/** 问题类型：NOT_IN_STOCK 没有在店内买到药品，LOCATION_INACCURATE 定位距离不准确，NAVIGATION 导航问题，SERVICE 服务问题，OTHER 其他（须填写描述） */
export type PublicProblemType =
  | 'LOCATION_INACCURATE'
  | 'NAVIGATION'
  | 'NOT_IN_STOCK'
  | 'OTHER'
  | 'SERVICE';

/** 一次公众端访问（PUB-27） */
export type PublicVisitRecordInput = {
  /** 访问者位置（用户允许定位时）；用于按地区统计 */
  at?: GeoPointInput | null | undefined;
  /** 访问的页面（1～64 个字符） */
  page: string;
};

/** 登记购药需求（PUB-25） */
export type PurchaseNeedRegisterInput = {
  /** 幂等键：同一参保人重复提交同一键只保留第一次 */
  clientKey?: string | null | undefined;
  /** 联系电话（手机或座机），对医保局工作人员脱敏显示 */
  contactPhone?: string | null | undefined;
  /** 所在地区（区划代码） */
  divisionCode?: string | null | undefined;
  /** 药品编码（已知时） */
  drugCode?: string | null | undefined;
  /** 药品名称（必填，最多 100 字） */
  drugName: string;
  /** 生产企业 */
  manufacturer?: string | null | undefined;
  /** 备注（最多 500 字） */
  note?: string | null | undefined;
  /** 需要数量（最小包装单位） */
  quantity?: string | null | undefined;
  /** 规格 */
  spec?: string | null | undefined;
};

/** 购药需求状态：SUBMITTED 待分析，ANALYSED 已分析 */
export type PurchaseNeedState =
  | 'ANALYSED'
  | 'SUBMITTED';

/** 医保甲乙类：A 甲类，B 乙类 */
export type ReimbursementClass =
  | 'A'
  | 'B';

/** 扫码追溯（PUB-19） */
export type TraceCodeScanInput = {
  /** 扫描或输入的 20 位药品追溯码（空格和连字符会被忽略） */
  code: string;
};

/** 扫码结果：FOUND 已识别药品，INVALID_FORMAT 不是追溯码，UNKNOWN_CODE 未查到 */
export type TraceScanResult =
  | 'FOUND'
  | 'INVALID_FORMAT'
  | 'UNKNOWN_CODE';

export type InsuredLoginMutationVariables = Exact<{
  input: InsuredLoginInput;
}>;


export type InsuredLoginMutation = { insuredLogin: { session: { token: string, expiresAt: string, displayName: string } | null, userErrors: Array<{ code: PublicErrorCode, message: string }> } };

export type PublicVisitRecordMutationVariables = Exact<{
  input: PublicVisitRecordInput;
}>;


export type PublicVisitRecordMutation = { publicVisitRecord: { recorded: boolean, userErrors: Array<{ code: PublicErrorCode, message: string }> } };

export type PublicNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicNoticeQuery = { publicNotice: { dataCalibre: string, riskReminder: string, updatedAt: string | null } };

export type PublicDrugCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicDrugCategoriesQuery = { publicDrugCategories: Array<{ code: string, name: string, drugType: DrugType, drugCount: number }> };

export type PublicDrugSuggestionsQueryVariables = Exact<{
  prefix: string;
}>;


export type PublicDrugSuggestionsQuery = { publicDrugSuggestions: Array<{ text: string, kind: string, initials: string }> };

export type PublicDrugsQueryVariables = Exact<{
  keyword?: string | null | undefined;
  categoryCode?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicDrugsQuery = { publicDrugs: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, genericName: string, tradeName: string | null, spec: string | null, dosageForm: string | null, manufacturer: string, drugType: DrugType, reimbursementClass: ReimbursementClass | null }> } };

export type PublicDrugQueryVariables = Exact<{
  code: string;
}>;


export type PublicDrugQuery = { publicDrug: { code: string, genericName: string, tradeName: string | null, spec: string | null, dosageForm: string | null, packaging: string | null, minPackUnit: string | null, approvalNo: string | null, manufacturer: string, drugType: DrugType, categoryName: string | null, reimbursementClass: ReimbursementClass | null, insert: { indications: string | null, dosage: string | null, frequency: string | null, method: string | null, shelfLifeMonths: number | null, synthetic: boolean } | null } | null };

export type PublicDrugOutletsQueryVariables = Exact<{
  code: string;
  near?: GeoPointInput | null | undefined;
  kind?: PublicInstitutionKind | null | undefined;
  datum: Datum;
}>;


export type PublicDrugOutletsQuery = { publicDrugOutlets: { purchaseWindowDays: number, settlementWindowDays: number, total: number, outlets: Array<{ distanceMeters: number | null, recentlyPurchased: boolean, recentlySettled: boolean, institution: { code: string, name: string, kind: PublicInstitutionKind, divisionName: string, address: string | null, location: { lat: number, lon: number, datum: Datum } | null } }> } | null };

export type PublicDivisionsQueryVariables = Exact<{
  parentCode?: string | null | undefined;
}>;


export type PublicDivisionsQuery = { publicDivisions: Array<{ code: string, name: string, level: string }> };

export type PublicDivisionAtQueryVariables = Exact<{
  at: GeoPointInput;
}>;


export type PublicDivisionAtQuery = { publicDivisionAt: { code: string, name: string, level: string } | null };

export type PublicInstitutionsQueryVariables = Exact<{
  kind: PublicInstitutionKind;
  near?: GeoPointInput | null | undefined;
  divisionCode?: string | null | undefined;
  name?: string | null | undefined;
  ownership?: Ownership | null | undefined;
  sort: PublicInstitutionSort;
  after?: string | null | undefined;
  datum: Datum;
}>;


export type PublicInstitutionsQuery = { publicInstitutions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, kind: PublicInstitutionKind, ownership: Ownership | null, hospitalLevel: string | null, divisionName: string, address: string | null, distanceMeters: number | null, ratingAverage: string | null, ratingCount: number, location: { lat: number, lon: number, datum: Datum } | null }> } };

export type PublicInstitutionQueryVariables = Exact<{
  code: string;
  near?: GeoPointInput | null | undefined;
  datum: Datum;
}>;


export type PublicInstitutionQuery = { publicInstitution: { code: string, name: string, kind: PublicInstitutionKind, ownership: Ownership | null, hospitalLevel: string | null, divisionCode: string, divisionName: string, address: string | null, phone: string | null, businessHours: string | null, intro: string | null, distanceMeters: number | null, ratingAverage: string | null, ratingCount: number, location: { lat: number, lon: number, datum: Datum } | null } | null };

export type PublicInstitutionDrugsQueryVariables = Exact<{
  code: string;
  keyword?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicInstitutionDrugsQuery = { publicInstitution: { code: string, onSaleDrugs: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, genericName: string, tradeName: string | null, spec: string | null, manufacturer: string, reimbursementClass: ReimbursementClass | null }> } } | null };

export type TraceCodeScanMutationVariables = Exact<{
  input: TraceCodeScanInput;
}>;


export type TraceCodeScanMutation = { traceCodeScan: { scan: { id: string, code: string, result: TraceScanResult, message: string, scannedAt: string, drug: { code: string, genericName: string, tradeName: string | null, spec: string | null, manufacturer: string, reimbursementClass: ReimbursementClass | null } | null } | null, userErrors: Array<{ code: PublicErrorCode, message: string }> } };

export type InstitutionProblemReportMutationVariables = Exact<{
  input: InstitutionProblemReportInput;
}>;


export type InstitutionProblemReportMutation = { institutionProblemReport: { feedback: { id: string, state: PublicFeedbackState, problemType: PublicProblemType, description: string | null, createdAt: string, institutionName: string | null, handlingNote: string | null } | null, userErrors: Array<{ code: EngagementErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseNeedRegisterMutationVariables = Exact<{
  input: PurchaseNeedRegisterInput;
}>;


export type PurchaseNeedRegisterMutation = { purchaseNeedRegister: { need: { id: string, state: PurchaseNeedState, drugName: string, createdAt: string, analysisNote: string | null } | null, userErrors: Array<{ code: EngagementErrorCode, message: string, field: Array<string> | null }> } };

export type InstitutionRateMutationVariables = Exact<{
  input: InstitutionRateInput;
}>;


export type InstitutionRateMutation = { institutionRate: { evaluation: { id: string, stars: number, comment: string | null, createdAt: string } | null, userErrors: Array<{ code: EngagementErrorCode, message: string, field: Array<string> | null }> } };

export type MyPublicFeedbackQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyPublicFeedbackQuery = { myPublicFeedback: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, state: PublicFeedbackState, problemType: PublicProblemType, description: string | null, createdAt: string, institutionName: string | null, handlingNote: string | null }> } };

export type MyPurchaseNeedsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyPurchaseNeedsQuery = { myPurchaseNeeds: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, state: PurchaseNeedState, drugName: string, createdAt: string, analysisNote: string | null }> } };

export type MyTraceScansQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyTraceScansQuery = { myTraceScans: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, result: TraceScanResult, message: string, scannedAt: string, drug: { code: string, genericName: string, spec: string | null } | null }> } };

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
    mutation InsuredLogin($input: InsuredLoginInput!) {
  insuredLogin(input: $input) {
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
    `, {"hash":"sha256:36c5ae84dc1813a11e9ec9fcf80fbfe8ddc878ccadc8e41a55817507d5b43d8b"}) as unknown as TypedDocumentString<InsuredLoginMutation, InsuredLoginMutationVariables>;
export const PublicVisitRecordDocument = new TypedDocumentString(`
    mutation PublicVisitRecord($input: PublicVisitRecordInput!) {
  publicVisitRecord(input: $input) {
    recorded
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:a1fe2b668f426a84dbf96447087bcb2259dbc10b1a1dbfec740338982b2554be"}) as unknown as TypedDocumentString<PublicVisitRecordMutation, PublicVisitRecordMutationVariables>;
export const PublicNoticeDocument = new TypedDocumentString(`
    query PublicNotice {
  publicNotice {
    dataCalibre
    riskReminder
    updatedAt
  }
}
    `, {"hash":"sha256:4bfd2a2fb959ac261ea834b364b61940ec76ecd7416aca4bf2e5e54d2e1c25c6"}) as unknown as TypedDocumentString<PublicNoticeQuery, PublicNoticeQueryVariables>;
export const PublicDrugCategoriesDocument = new TypedDocumentString(`
    query PublicDrugCategories {
  publicDrugCategories {
    code
    name
    drugType
    drugCount
  }
}
    `, {"hash":"sha256:5aea6998ed4441772e4e5cd97620778bed3c6d291a24a365ab5ce6feecf3cccc"}) as unknown as TypedDocumentString<PublicDrugCategoriesQuery, PublicDrugCategoriesQueryVariables>;
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
    `, {"hash":"sha256:ef4305f07c191bb39ecc90690661da4d1ef062197e05e6c94d7b141183f15111"}) as unknown as TypedDocumentString<PublicDrugsQuery, PublicDrugsQueryVariables>;
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
      synthetic
    }
  }
}
    `, {"hash":"sha256:24da3405a6c9a2c1581daa197a7eb274cbd64ce7764defb7ba25280ad699ac5a"}) as unknown as TypedDocumentString<PublicDrugQuery, PublicDrugQueryVariables>;
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
export const PublicDivisionsDocument = new TypedDocumentString(`
    query PublicDivisions($parentCode: String) {
  publicDivisions(parentCode: $parentCode) {
    code
    name
    level
  }
}
    `, {"hash":"sha256:ac093484cb2243ad2b02d45c91db1cb112e7dd74285f2e60ddd65b253ff38485"}) as unknown as TypedDocumentString<PublicDivisionsQuery, PublicDivisionsQueryVariables>;
export const PublicDivisionAtDocument = new TypedDocumentString(`
    query PublicDivisionAt($at: GeoPointInput!) {
  publicDivisionAt(at: $at) {
    code
    name
    level
  }
}
    `, {"hash":"sha256:10878caffce949b61eff646924e8ac4e31164dfd031f1063b38fce25645e2467"}) as unknown as TypedDocumentString<PublicDivisionAtQuery, PublicDivisionAtQueryVariables>;
export const PublicInstitutionsDocument = new TypedDocumentString(`
    query PublicInstitutions($kind: PublicInstitutionKind!, $near: GeoPointInput, $divisionCode: String, $name: String, $ownership: Ownership, $sort: PublicInstitutionSort!, $after: String, $datum: Datum!) {
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
    `, {"hash":"sha256:bd23d6838e1b03691deb6b998814e71585f27abd0de2f7ab9d6776bc30b525b9"}) as unknown as TypedDocumentString<PublicInstitutionsQuery, PublicInstitutionsQueryVariables>;
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
    `, {"hash":"sha256:07cd0d43f3bfe2b2e6cce8a9d147a53fe05076a3e868eb4f65b3ecfb6effba7c"}) as unknown as TypedDocumentString<PublicInstitutionDrugsQuery, PublicInstitutionDrugsQueryVariables>;
export const TraceCodeScanDocument = new TypedDocumentString(`
    mutation TraceCodeScan($input: TraceCodeScanInput!) {
  traceCodeScan(input: $input) {
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
    `, {"hash":"sha256:0565bdbdffcf0b0ef323821268a9fd28e0da47618e651f2d4561cf1a1a965f5c"}) as unknown as TypedDocumentString<TraceCodeScanMutation, TraceCodeScanMutationVariables>;
export const InstitutionProblemReportDocument = new TypedDocumentString(`
    mutation InstitutionProblemReport($input: InstitutionProblemReportInput!) {
  institutionProblemReport(input: $input) {
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
    `, {"hash":"sha256:9878f567c122cb7061b6e1e94afc89ba2c89ecd66c8e3ab270d097a06937a86c"}) as unknown as TypedDocumentString<InstitutionProblemReportMutation, InstitutionProblemReportMutationVariables>;
export const PurchaseNeedRegisterDocument = new TypedDocumentString(`
    mutation PurchaseNeedRegister($input: PurchaseNeedRegisterInput!) {
  purchaseNeedRegister(input: $input) {
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
    `, {"hash":"sha256:9d243e3bc54b4946c69ae7c609b1cad4fef7c0c89682b5f54b0300120a0ad230"}) as unknown as TypedDocumentString<PurchaseNeedRegisterMutation, PurchaseNeedRegisterMutationVariables>;
export const InstitutionRateDocument = new TypedDocumentString(`
    mutation InstitutionRate($input: InstitutionRateInput!) {
  institutionRate(input: $input) {
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
    `, {"hash":"sha256:31075c73a5adcc583b7f5e20df2b66d5f91952e12ae2f6e71c436d0a12564f3a"}) as unknown as TypedDocumentString<InstitutionRateMutation, InstitutionRateMutationVariables>;
export const MyPublicFeedbackDocument = new TypedDocumentString(`
    query MyPublicFeedback($after: String) {
  myPublicFeedback(first: 20, after: $after) {
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
    `, {"hash":"sha256:98a46d0cfc4c959627cd7e4182706fdc642ce630a827703fdd72f50aacd88f44"}) as unknown as TypedDocumentString<MyPublicFeedbackQuery, MyPublicFeedbackQueryVariables>;
export const MyPurchaseNeedsDocument = new TypedDocumentString(`
    query MyPurchaseNeeds($after: String) {
  myPurchaseNeeds(first: 20, after: $after) {
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
    `, {"hash":"sha256:e8aef9c8a36f7aa9b4bb871285f33c7dbc6491ab7466579983c11ee5f4836578"}) as unknown as TypedDocumentString<MyPurchaseNeedsQuery, MyPurchaseNeedsQueryVariables>;
export const MyTraceScansDocument = new TypedDocumentString(`
    query MyTraceScans($after: String) {
  myTraceScans(first: 20, after: $after) {
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
    `, {"hash":"sha256:6b4314bb58ab5b46d8b1a30a30a931ff0c049fd8c883dce32a8b038a22f9b3f2"}) as unknown as TypedDocumentString<MyTraceScansQuery, MyTraceScansQueryVariables>;