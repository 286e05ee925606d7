/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 分析购药需求（PUB-25） */
export type AnalysePurchaseNeedInput = {
  /** 购药需求 */
  id: string | number;
  /** 分析意见（必填） */
  note: string;
};

/** 审计记录筛选 */
export type AuditFilter = {
  /** 操作或操作前缀，如 catalog_version 或 catalog_version.submit */
  action?: string | null | undefined;
  /** 操作人用户名 */
  actorUsername?: string | null | undefined;
  /** 对象主键 */
  entityId?: string | null | undefined;
  /** 对象类型，如 CatalogVersion */
  entityType?: string | null | undefined;
  /** 起始时间（含） */
  since?: string | null | undefined;
  /** 截止时间（不含） */
  until?: string | null | undefined;
};

/** 登录错误码 */
export type AuthErrorCode =
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_LOCKED'
  | 'INVALID_CREDENTIALS'
  | 'MISSING_CREDENTIALS'
  | 'SESSION_INVALID'
  | 'VALIDATION_FAILED';

/** 目录版本上的操作（工作流转换及编辑） */
export type CatalogAction =
  | 'APPROVE'
  | 'CANCEL_FINALISATION'
  | 'DELETE'
  | 'EDIT'
  | 'PUBLISH'
  | 'REJECT'
  | 'SUBMIT'
  | 'WITHDRAW';

/** 向草稿版本添加目录药品 */
export type CatalogEntryAddInput = {
  /** 目录编号 */
  catalogNo?: string | null | undefined;
  /** 23 位药品代码（须已在药品主数据中） */
  drugCode: string;
  /** 医保剂型（默认为注册剂型） */
  insuranceForm?: string | null | undefined;
  /** 医保药品名称（默认为通用名） */
  insuranceName?: string | null | undefined;
  /** 甲乙类 */
  reimbursementClass: ReimbursementClass;
  /** 备注 */
  remark?: string | null | undefined;
  /** 医保支付限制 */
  restriction?: string | null | undefined;
  /** 版本 */
  versionId: string | number;
};

/** 删除草稿版本中的目录条目 */
export type CatalogEntryDeleteInput = {
  /** 条目 */
  id: string | number;
};

/** 修改草稿版本中的目录条目（只传要改的字段） */
export type CatalogEntryUpdateInput = {
  /** 目录编号 */
  catalogNo?: string | null | undefined;
  /** 条目 */
  id: string | number;
  /** 医保剂型 */
  insuranceForm?: string | null | undefined;
  /** 医保药品名称 */
  insuranceName?: string | null | undefined;
  /** 甲乙类 */
  reimbursementClass?: ReimbursementClass | null | undefined;
  /** 备注 */
  remark?: string | null | undefined;
  /** 医保支付限制 */
  restriction?: string | null | undefined;
};

/** 目录业务错误码 */
export type CatalogErrorCode =
  | 'DRUG_NOT_FOUND'
  | 'DUPLICATE_ENTRY'
  | 'DUPLICATE_VERSION'
  | 'EMPTY_FILE'
  | 'EMPTY_VERSION'
  | 'FILE_TOO_LARGE'
  | 'FORBIDDEN'
  | 'ILLEGAL_TRANSITION'
  | 'IMPORT_NOT_RETRYABLE'
  | 'INVALID_DRUG_CODE'
  | 'INVALID_FORMAT'
  | 'INVALID_VALUE'
  | 'MISSING_COLUMN'
  | 'NOTHING_TO_CHANGE'
  | 'NOT_EDITABLE'
  | 'NOT_FOUND'
  | 'NOT_OWNER'
  | 'OPINION_REQUIRED'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'SEPARATION_OF_DUTIES'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_VALUES'
  | 'UNKNOWN_TRANSITION'
  | 'UNREADABLE_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'VALIDATION_FAILED'
  | 'VALUE_TOO_LONG';

/** 重新执行失败的导入 */
export type CatalogImportRetryInput = {
  /** 导入任务 */
  importId: string | number;
  /** 错误行处理方式，通常选 IMPORT_VALID_ROWS */
  onErrors?: ImportErrorPolicy;
};

/** 从国家目录文件创建目录版本（或导入到已有草稿） */
export type CatalogImportStartInput = {
  /** 新版本说明 */
  description?: string | null | undefined;
  /** 文件（multipart 上传，.xlsx 或 .csv） */
  file?: File | null | undefined;
  /** 文件内容的 Base64 编码（不便使用 multipart 的客户端，如 GraphiQL） */
  fileBase64?: string | null | undefined;
  /** 文件名，如 2025年国家医保药品目录.xlsx */
  fileName: string;
  /** 新版本名称（新建版本时必填） */
  name?: string | null | undefined;
  /** 有错误行时的处理方式 */
  onErrors?: ImportErrorPolicy;
  /** 导入到这个草稿版本（不新建版本） */
  targetVersionId?: string | number | null | undefined;
  /** 新版本的版本号（新建版本时必填） */
  versionNo?: string | null | undefined;
};

/** 目录版本状态：DRAFT 草稿，SUBMITTED 待审核，FINALISED 已定稿，PUBLISHED 已发布 */
export type CatalogState =
  | 'DRAFT'
  | 'FINALISED'
  | 'PUBLISHED'
  | 'SUBMITTED';

/** 新建空白目录版本 */
export type CatalogVersionCreateInput = {
  /** 说明 */
  description?: string | null | undefined;
  /** 名称 */
  name: string;
  /** 版本号 */
  versionNo: string;
};

/** 指定一个目录版本 */
export type CatalogVersionIdInput = {
  /** 版本 */
  id: string | number;
};

/** 复用已有版本创建新版本（复制全部条目） */
export type CatalogVersionReuseInput = {
  /** 说明 */
  description?: string | null | undefined;
  /** 新版本名称 */
  name: string;
  /** 被复用的版本 */
  sourceVersionId: string | number;
  /** 新版本号 */
  versionNo: string;
};

/** 目录版本工作流操作 */
export type CatalogVersionTransitionInput = {
  /** 版本 */
  id: string | number;
  /** 意见（驳回、取消定稿时必填） */
  opinion?: string | null | undefined;
};

/** 修改草稿版本的名称或说明 */
export type CatalogVersionUpdateInput = {
  /** 说明 */
  description?: string | null | undefined;
  /** 版本 */
  id: string | number;
  /** 名称 */
  name?: string | null | undefined;
};

/** 坐标系：WGS84（GPS、H5 定位）或 GCJ02（国测局坐标，微信、高德、腾讯地图） */
export type CoordinateDatum =
  | 'GCJ02'
  | 'WGS84';

/** 未覆盖的一方：ENTERPRISES 辖区内无批发/配送企业有库存，INSTITUTIONS 无定点医药机构有库存，BOTH 两者都没有 */
export type CoverageSide =
  | 'BOTH'
  | 'ENTERPRISES'
  | 'INSTITUTIONS';

/** 配送明细筛选（SUP-09） */
export type DeliveryOrderFilter = {
  /** 配送企业 */
  distributorId?: string | number | null | undefined;
  /** 配送企业所在区划（含下级） */
  divisionCode?: string | null | undefined;
  /** 药品代码 */
  drugCode?: string | null | undefined;
  /** 订货机构 */
  institutionId?: string | number | null | undefined;
  /** 订单日期起 */
  orderFrom?: unknown;
  /** 订单号 */
  orderNo?: string | null | undefined;
  /** 订单日期止 */
  orderTo?: unknown;
  /** 配送状态 */
  statuses?: Array<DeliveryStatus> | null | undefined;
};

/** 配送状态：PENDING 待配送，IN_TRANSIT 配送中，DELIVERED 已送达，CANCELLED 已取消 */
export type DeliveryStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'IN_TRANSIT'
  | 'PENDING';

/** 行政区划级别 */
export type DivisionLevel =
  | 'COUNTY'
  | 'PREFECTURE'
  | 'PROVINCE';

/** 药品主数据业务错误码 */
export type DrugErrorCode =
  | 'EXPORT_TOO_LARGE'
  | 'FORBIDDEN'
  | 'INVALID_DRUG_CODE'
  | 'INVALID_FORMAT'
  | 'INVALID_VALUE'
  | 'NOTHING_TO_CHANGE'
  | 'NOT_FOUND'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'TOO_MANY_VALUES'
  | 'VALIDATION_FAILED'
  | 'VALUE_TOO_LONG';

/** 导出当前筛选条件下的药品主数据（Excel） */
export type DrugExportInput = {
  /** 与 drugs 查询相同的筛选条件 */
  filter?: DrugFilter | null | undefined;
  /** 排序 */
  sort?: DrugSort;
};

/** 药品筛选条件（可组合） */
export type DrugFilter = {
  /** 分类码前缀，如 J01 或 J01CA */
  classCode?: string | null | undefined;
  /** 药品代码前缀 */
  codePrefix?: string | null | undefined;
  /** 剂型代码 */
  formCode?: string | null | undefined;
  /** 生产企业 */
  manufacturerId?: string | number | null | undefined;
  /** 通用名 / 商品名 / 注册名称包含 */
  name?: string | null | undefined;
  /** 拼音首字母前缀 */
  pinyin?: string | null | undefined;
  /** 智能搜索：中文名称片段、拼音首字母（如 amxl）或代码前缀（如 XJ01CA） */
  search?: string | null | undefined;
  /** 带有此标签（含继承自品种的） */
  tagId?: string | number | null | undefined;
  /** 与 tagId 一起使用：标签取值 */
  tagValue?: string | null | undefined;
  /** 西药或中成药 */
  type?: DrugType | null | undefined;
  /** 品种 */
  varietyId?: string | number | null | undefined;
};

/** 维护药品说明书信息（只传要改的字段） */
export type DrugPackageInsertUpdateInput = {
  /** 用量 */
  dosage?: string | null | undefined;
  /** 药品 */
  drugId: string | number;
  /** 使用频次 */
  frequency?: string | null | undefined;
  /** 功能主治 / 适应症 */
  indications?: string | null | undefined;
  /** 使用方法 */
  method?: string | null | undefined;
  /** 有效期（月） */
  shelfLifeMonths?: number | null | undefined;
};

/** 药品列表排序（均为稳定排序） */
export type DrugSort =
  | 'CODE_ASC'
  | 'CODE_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC'
  | 'UPDATED_DESC';

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

/** 一个佐证材料（Base64，供不便使用 multipart 的客户端） */
export type EvidenceFileInput = {
  /** 文件内容的 Base64 编码 */
  contentBase64: string;
  /** 文件名 */
  fileName: string;
};

/** 数据交换（报盘、批量接口、配送、Excel 库存上传）错误码 */
export type ExchangeErrorCode =
  | 'BATCH_KEY_REUSED'
  | 'DATE_ORDER'
  | 'DELIVERY_DATE_REQUIRED'
  | 'DRUG_NOT_FOUND'
  | 'DUPLICATE_CREDIT_CODE'
  | 'DUPLICATE_IN_FILE'
  | 'DUPLICATE_ROW'
  | 'EMPTY_BATCH'
  | 'EMPTY_FILE'
  | 'ENTERPRISE_NOT_FOUND'
  | 'ENTERPRISE_REQUIRED'
  | 'FILE_TOO_LARGE'
  | 'FORBIDDEN'
  | 'FUTURE_DATE'
  | 'INSTITUTION_NOT_FOUND'
  | 'INVALID_CREDIT_CODE'
  | 'INVALID_DATE'
  | 'INVALID_DRUG_CODE'
  | 'INVALID_FORMAT'
  | 'INVALID_INSTITUTION_CODE'
  | 'INVALID_NUMBER'
  | 'INVALID_VALUE'
  | 'IN_TRANSIT_NOT_ALLOWED'
  | 'MISSING_VALUE'
  | 'NEGATIVE_QUANTITY'
  | 'NEGATIVE_VALUE'
  | 'NOT_DISTRIBUTOR'
  | 'NOT_FOUND'
  | 'NOT_SUPPLY_ENTITY'
  | 'NOT_TEMPLATE'
  | 'NOT_WHOLESALER'
  | 'OUT_OF_AREA'
  | 'OUT_OF_RANGE'
  | 'OVER_DELIVERED'
  | 'REQUIRED'
  | 'TOO_MANY_DECIMALS'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_VALUES'
  | 'UNKNOWN_DIVISION'
  | 'UNREADABLE_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'UPLOAD_NOT_RETRYABLE'
  | 'VALIDATION_FAILED'
  | 'VALUE_TOO_LONG';

/** 向重点监测清单加入或移出成员（按药品代码或品种，合计最多 100 个） */
export type FocusListChangeInput = {
  /** 23 位医保药品代码（最多 100 个） */
  drugCodes?: Array<string> | null | undefined;
  /** 清单类型 */
  kind: FocusListKind;
  /** 备注（仅加入时使用，最多 200 字） */
  note?: string | null | undefined;
  /** 品种 ID（加入品种即包含其全部药品编码；最多 100 个） */
  varietyIds?: Array<string | number> | null | undefined;
};

/** 重点监测清单类型：SELECTED 中选药品，SHORTAGE 短缺药品，HIGH_FREQUENCY 高频药品，RARE_DISEASE 罕见病药品 */
export type FocusListKind =
  | 'HIGH_FREQUENCY'
  | 'RARE_DISEASE'
  | 'SELECTED'
  | 'SHORTAGE';

/** 处理群众反馈（PUB-21） */
export type HandlePublicFeedbackInput = {
  /** START 受理，RESOLVE 办结 */
  action: PublicFeedbackAction;
  /** 反馈 */
  id: string | number;
  /** 处理意见（办结时必填，将告知反馈人） */
  note?: string | null | undefined;
};

/** 文件有错误行时：REJECT_FILE 整个文件不导入；IMPORT_VALID_ROWS 仅导入正确的行 */
export type ImportErrorPolicy =
  | 'IMPORT_VALID_ROWS'
  | 'REJECT_FILE';

/** 导入任务状态：QUEUED 排队中，RUNNING 处理中，SUCCEEDED 成功，FAILED 失败 */
export type ImportState =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** 问询任务上的操作 */
export type InquiryAction =
  | 'ALLOCATE'
  | 'APPROVE'
  | 'ARCHIVE'
  | 'DISPATCH'
  | 'FEEDBACK'
  | 'REJECT';

/** 将预警加入问询（SUP-15/16） */
export type InquiryCreateInput = {
  /** 问询说明 */
  opinion?: string | null | undefined;
  /** 预警（每条生成一个问询任务，最多 100 条） */
  warningIds: Array<string | number>;
};

/** 下发问询任务（SUP-20） */
export type InquiryDispatchInput = {
  /** 反馈期限（不早于今天） */
  dueDate?: unknown;
  /** 问询任务（单个或批量，最多 100 条） */
  ids: Array<string | number>;
  /** 下发说明 */
  opinion?: string | null | undefined;
  /** 反馈单位：区县覆盖预警没有具体供应主体时必填，须在预警所在区县 */
  respondentId?: string | number | null | undefined;
};

/** 问询业务错误码 */
export type InquiryErrorCode =
  | 'ALREADY_IN_INQUIRY'
  | 'DUE_DATE_IN_PAST'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'FORBIDDEN'
  | 'ILLEGAL_TRANSITION'
  | 'INVALID_FORMAT'
  | 'INVALID_VALUE'
  | 'NOT_ADDRESSEE'
  | 'NOT_FOUND'
  | 'NOT_HANDLING_BUREAU'
  | 'OPINION_REQUIRED'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'RESPONDENT_OUT_OF_AREA'
  | 'RESPONDENT_REQUIRED'
  | 'SEPARATION_OF_DUTIES'
  | 'TOO_MANY_FILES'
  | 'TOO_MANY_VALUES'
  | 'UNKNOWN_TRANSITION'
  | 'VALIDATION_FAILED'
  | 'VALUE_TOO_LONG'
  | 'WARNING_CLOSED'
  | 'WRONG_LEVEL';

/** 反馈问询任务（SUP-21）：反馈内容与佐证材料 */
export type InquiryFeedbackInput = {
  /** 反馈内容（必填，最多 4000 字） */
  feedback: string;
  /** 佐证材料（multipart 上传；PDF、PNG、JPG、docx、xlsx，每个 ≤ 10 MB，最多 10 个） */
  files?: Array<File> | null | undefined;
  /** 佐证材料（Base64 方式，与 files 二选一或合用） */
  filesBase64?: Array<EvidenceFileInput> | null | undefined;
  /** 问询任务 */
  id: string | number;
};

/** 问询任务筛选 */
export type InquiryFilter = {
  /** 预警所在区划（含下级） */
  divisionCode?: string | null | undefined;
  /** 药品编码（23 位） */
  drugCode?: string | null | undefined;
  /** 反馈单位 */
  organisationId?: string | number | null | undefined;
  /** 只看已过反馈期限仍未反馈的 */
  overdue?: boolean | null | undefined;
  /** 预警规则 */
  ruleId?: string | number | null | undefined;
  /** 状态（多选） */
  states?: Array<InquiryState> | null | undefined;
};

/** 问询任务状态：PENDING_ALLOCATION 待分配（自治区），PENDING_DISPATCH 待下发（市州，=已分配），PENDING_FEEDBACK 待反馈（供应主体，=已下发），PENDING_REVIEW 待审核（市州），CLOSED 已办结（审核通过），ARCHIVED 已归档 */
export type InquiryState =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'PENDING_ALLOCATION'
  | 'PENDING_DISPATCH'
  | 'PENDING_FEEDBACK'
  | 'PENDING_REVIEW';

/** 对一批问询任务执行同一操作（全部成功或全部不执行） */
export type InquiryStepInput = {
  /** 问询任务（最多 100 条） */
  ids: Array<string | number>;
  /** 意见（退回时必填） */
  opinion?: string | null | undefined;
};

/** 挂网状态：LISTED 已挂网，UNLISTED 未挂网，WITHDRAWN 已撤网 */
export type ListingStatus =
  | 'LISTED'
  | 'UNLISTED'
  | 'WITHDRAWN';

/** 坐标 */
export type LocationInput = {
  /** 坐标系；GCJ02 将换算为 WGS84 保存 */
  datum?: CoordinateDatum;
  /** 纬度 */
  lat: number;
  /** 经度 */
  lon: number;
};

/** 用户名和密码 */
export type LoginInput = {
  /** 密码 */
  password: string;
  /** 用户名 */
  username: string;
};

/** 标记通知已读 */
export type NotificationsMarkReadInput = {
  /** 通知；不传表示全部标记已读 */
  ids?: Array<string | number> | null | undefined;
};

/** 组织类型：医保局/定点医药机构/医药企业/合作方 */
export type OrgKind =
  | 'BUREAU'
  | 'ENTERPRISE'
  | 'INSTITUTION'
  | 'PARTNER';

/** 供应主体类型：HOSPITAL 定点医疗机构，PHARMACY 定点零售药店，WHOLESALER 批发企业，DISTRIBUTOR 配送企业 */
export type OrgSubtype =
  | 'DISTRIBUTOR'
  | 'HOSPITAL'
  | 'PHARMACY'
  | 'WHOLESALER';

/** 供应主体筛选条件（可组合） */
export type OrganisationFilter = {
  /** 所在区划（含下级），须在本人辖区内 */
  divisionCode?: string | null | undefined;
  /** 医院等级代码 hosp_lv，如 02（三甲） */
  hospitalLevel?: string | null | undefined;
  /** 名称包含，或编码前缀 */
  name?: string | null | undefined;
  /** 公立/民营（医疗机构） */
  ownership?: Ownership | null | undefined;
  /** 供应主体类型 */
  subtypes?: Array<OrgSubtype> | null | undefined;
};

/** 修改本单位基本信息（SUP-02）；未提供的字段不变 */
export type OrganisationUpdateInput = {
  /** 地址 */
  address?: string | null | undefined;
  /** 联系人 */
  contactName?: string | null | undefined;
  /** 联系电话 */
  contactPhone?: string | null | undefined;
  /** 统一社会信用代码（18 位，含校验位） */
  creditCode?: string | null | undefined;
  /** 本单位的 ID */
  id: string | number;
  /** 名称 */
  name?: string | null | undefined;
};

/** 医疗机构性质：PUBLIC 公立，PRIVATE 民营 */
export type Ownership =
  | 'PRIVATE'
  | 'PUBLIC';

/** 岗位：在角色之上授予的职责，决定可执行的操作 */
export type Post =
  | 'AUDITOR'
  | 'CATALOG_MAINTAINER'
  | 'CATALOG_PUBLISHER'
  | 'CATALOG_REVIEWER'
  | 'EXCHANGE_INTERFACE'
  | 'INQUIRY_HANDLER'
  | 'INQUIRY_REVIEWER'
  | 'PERSONAL_DATA_VIEWER'
  | 'PUBLIC_SERVICE_HANDLER'
  | 'PUBLIC_SERVICE_INTERFACE'
  | 'SETTLEMENT_INTERFACE'
  | 'WARNING_HANDLER'
  | 'WARNING_RULE_MAINTAINER';

/** 群众反馈的处理操作 */
export type PublicFeedbackAction =
  | 'RESOLVE'
  | 'START';

/** 群众反馈筛选 */
export type PublicFeedbackFilter = {
  /** 机构所在区划（含下级） */
  divisionCode?: string | null | undefined;
  /** 提交日期起（含，北京时间） */
  from?: unknown;
  /** 机构编码 */
  institutionCode?: string | null | undefined;
  /** 问题类型 */
  problemType?: PublicProblemType | null | undefined;
  /** 状态 */
  state?: PublicFeedbackState | null | undefined;
  /** 提交日期止（含，北京时间） */
  to?: unknown;
};

/** 群众反馈的统计维度 */
export type PublicFeedbackGroupBy =
  | 'DIVISION'
  | 'PROBLEM_TYPE'
  | 'STATE';

/** 反馈状态：SUBMITTED 待受理，IN_HANDLING 处理中，HANDLED 已办结 */
export type PublicFeedbackState =
  | 'HANDLED'
  | 'IN_HANDLING'
  | 'SUBMITTED';

/** 问题类型：NOT_IN_STOCK 没有在店内买到药品，LOCATION_INACCURATE 定位距离不准确，NAVIGATION 导航问题，SERVICE 服务问题，OTHER 其他（须填写描述） */
export type PublicProblemType =
  | 'LOCATION_INACCURATE'
  | 'NAVIGATION'
  | 'NOT_IN_STOCK'
  | 'OTHER'
  | 'SERVICE';

/** 购药需求筛选 */
export type PurchaseNeedFilter = {
  /** 所在地区（含下级） */
  divisionCode?: string | null | undefined;
  /** 药品名称包含 */
  drugName?: string | null | undefined;
  /** 登记日期起（含） */
  from?: unknown;
  /** 状态 */
  state?: PurchaseNeedState | null | undefined;
  /** 登记日期止（含） */
  to?: unknown;
};

/** 购药需求的统计维度（IND-33） */
export type PurchaseNeedGroupBy =
  | 'DIVISION'
  | 'DRUG_NAME'
  | 'MONTH';

/** 购药需求状态：SUBMITTED 待分析，ANALYSED 已分析 */
export type PurchaseNeedState =
  | 'ANALYSED'
  | 'SUBMITTED';

/** 医保甲乙类：A 甲类，B 乙类 */
export type ReimbursementClass =
  | 'A'
  | 'B';

/** 查看购药需求登记人的联系电话（个人信息查阅，记入审计） */
export type RevealNeedContactInput = {
  /** 购药需求 */
  id: string | number;
  /** 查看原因（必填，最多 100 字，记入审计） */
  reason: string;
};

/** 用户角色（参与者类型） */
export type Role =
  | 'COUNTY_OFFICIAL'
  | 'ENTERPRISE_STAFF'
  | 'INSTITUTION_STAFF'
  | 'INSURED_PERSON'
  | 'PARTNER'
  | 'PHYSICIAN'
  | 'PREFECTURE_OFFICIAL'
  | 'REGION_OFFICIAL';

/** 设置公众端公告提示栏（PUB-26） */
export type SetPublicNoticeInput = {
  /** 数据口径说明（最多 300 字） */
  dataCalibre: string;
  /** 区划（本辖区或下级） */
  divisionCode: string;
  /** 风险提醒文字（最多 300 字） */
  riskReminder: string;
};

/** 库存报告批次（SUP-04）：任一行有错则整批不导入；同一批次号重发返回首次结果 */
export type StockReportInput = {
  /** 批次号：由报告方生成，同一单位内唯一（用于重发去重） */
  batchKey: string;
  /** 明细行（最多 500 行） */
  rows: Array<StockReportRowInput>;
};

/** 一行进销存数据：某药品编码某业务日期的进货、销售和日终库存 */
export type StockReportRowInput = {
  /** 业务日期（北京时间），不能晚于今天 */
  businessDate: unknown;
  /** 23 位国家医保药品代码，须在药品主数据中 */
  drugCode: string;
  /** 在途数量（仅配送企业，≥ 0） */
  inTransitQty?: string | null | undefined;
  /** 日终库存数量（≥ 0） */
  onHandQty: string;
  /** 当日进货数量（最小包装单位，≥ 0） */
  receivedQty: string;
  /** 当日销售金额（元，≥ 0，最多 2 位小数；有销售数量时可填） */
  salesAmount?: string | null | undefined;
  /** 当日销售数量（≥ 0） */
  soldQty: string;
};

/** 上传填好的进销存模板：与 stockReport 相同的校验和导入（任一行有错则整批不导入） */
export type StockReportUploadInput = {
  /** 批次号；不填时按文件内容生成（重传同一文件不会重复导入） */
  batchKey?: string | null | undefined;
  /** 文件（multipart 上传，.xlsx） */
  file?: File | null | undefined;
  /** 文件内容的 Base64 编码 */
  fileBase64?: string | null | undefined;
  /** 文件名 */
  fileName: string;
};

/** 配备统计分组：TOTAL 全辖区合计，PREFECTURE 按市州，COUNTY 按区县，SUBTYPE 按供应主体类型，OWNERSHIP 按公立/民营，HOSPITAL_LEVEL 按医院等级 */
export type StockingGroupBy =
  | 'COUNTY'
  | 'HOSPITAL_LEVEL'
  | 'OWNERSHIP'
  | 'PREFECTURE'
  | 'SUBTYPE'
  | 'TOTAL';

/** 供应业务错误码 */
export type SupplyErrorCode =
  | 'BATCH_KEY_REUSED'
  | 'DRUG_NOT_FOUND'
  | 'DUPLICATE_CREDIT_CODE'
  | 'DUPLICATE_ROW'
  | 'DUPLICATE_RULE_NAME'
  | 'EMPTY_BATCH'
  | 'FORBIDDEN'
  | 'FUTURE_DATE'
  | 'ILLEGAL_TRANSITION'
  | 'INVALID_CREDIT_CODE'
  | 'INVALID_DRUG_CODE'
  | 'INVALID_FORMAT'
  | 'INVALID_INSTITUTION_CODE'
  | 'INVALID_VALUE'
  | 'IN_TRANSIT_NOT_ALLOWED'
  | 'NEGATIVE_QUANTITY'
  | 'NOTHING_TO_CHANGE'
  | 'NOT_FOUND'
  | 'NOT_OWNER'
  | 'NOT_SUPPLY_ENTITY'
  | 'OPINION_REQUIRED'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'SEPARATION_OF_DUTIES'
  | 'TOO_MANY_VALUES'
  | 'UNKNOWN_DIVISION'
  | 'UNKNOWN_TRANSITION'
  | 'VALIDATION_FAILED'
  | 'VALUE_TOO_LONG';

/** 排名依据：INSTITUTION_RECEIVED 机构进货量，ENTERPRISE_SUPPLIED 企业供应（销售）量，INSTITUTION_SOLD 机构销售量，SALE_RECORDS 机构销售记录数（机构×日） */
export type SupplyRankBy =
  | 'ENTERPRISE_SUPPLIED'
  | 'INSTITUTION_RECEIVED'
  | 'INSTITUTION_SOLD'
  | 'SALE_RECORDS';

/** 为品种或药品编码设置标签值 */
export type TagAssignInput = {
  /** 标签 */
  tagId: string | number;
  /** 品种（Variety）或药品（Drug）的 ID */
  targetId: string | number;
  /** 取值：布尔型 true/false，枚举型为可选值之一 */
  value?: string;
};

/** 定义业务标签 */
export type TagCreateInput = {
  /** 枚举型的可选值（最多 100 个） */
  allowedValues?: Array<string> | null | undefined;
  /** 适用对象 */
  appliesTo: TagTarget;
  /** 标签编码：字母开头，字母数字下划线 */
  code: string;
  /** 说明 */
  description?: string | null | undefined;
  /** 名称 */
  name: string;
  /** 值类型 */
  valueType: TagValueType;
};

/** 删除业务标签（同时删除其全部取值） */
export type TagDeleteInput = {
  /** 标签 */
  id: string | number;
};

/** 标签业务错误码 */
export type TagErrorCode =
  | 'ALLOWED_VALUES_REQUIRED'
  | 'DUPLICATE_TAG'
  | 'FORBIDDEN'
  | 'INVALID_FORMAT'
  | 'INVALID_TAG_VALUE'
  | 'INVALID_VALUE'
  | 'NOT_FOUND'
  | 'NOT_OWNER'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'TAG_VALUE_IN_USE'
  | 'TARGET_NOT_FOUND'
  | 'TOO_MANY_VALUES'
  | 'VALIDATION_FAILED'
  | 'VALUE_TOO_LONG'
  | 'WRONG_TARGET';

/** 标签适用对象：品种、药品编码或两者 */
export type TagTarget =
  | 'BOTH'
  | 'DRUG_CODE'
  | 'VARIETY';

/** 移除品种或药品编码上的标签 */
export type TagUnassignInput = {
  /** 标签 */
  tagId: string | number;
  /** 品种（Variety）或药品（Drug）的 ID */
  targetId: string | number;
};

/** 修改业务标签 */
export type TagUpdateInput = {
  /** 枚举型的可选值（不能删除仍在使用的值） */
  allowedValues?: Array<string> | null | undefined;
  /** 说明 */
  description?: string | null | undefined;
  /** 标签 */
  id: string | number;
  /** 名称 */
  name?: string | null | undefined;
};

/** 标签值类型 */
export type TagValueType =
  | 'BOOLEAN'
  | 'ENUM'
  | 'NUMBER'
  | 'TEXT';

/** 走势粒度：DAY 按日，WEEK 按周（周一起），MONTH 按月（北京时间业务日期） */
export type TrendGranularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** 维护本机构的公众端公开信息（PUB-24）；未传的字段不变 */
export type UpdateInstitutionPublicInfoInput = {
  /** 营业时间，如 08:00-22:00 */
  businessHours?: string | null | undefined;
  /** 机构简介（最多 500 字） */
  intro?: string | null | undefined;
  /** 位置坐标；null 清除 */
  location?: LocationInput | null | undefined;
  /** 是否在公众端展示 */
  publicListed?: boolean | null | undefined;
  /** 对外联系电话 */
  publicPhone?: string | null | undefined;
};

/** 对选中的预警发起告警（可批量，最多 100 条） */
export type WarningAlertInput = {
  /** 预警 */
  ids: Array<string | number>;
  /** 告警说明 */
  opinion?: string | null | undefined;
};

/** 预警数据筛选条件 */
export type WarningFilter = {
  /** true 只看区县级覆盖不足预警（没有供应主体），false 只看供应主体的预警 */
  countyLevel?: boolean | null | undefined;
  /** 所在区划（含下级） */
  divisionCode?: string | null | undefined;
  /** 药品代码 */
  drugCode?: string | null | undefined;
  /** 等级 */
  levels?: Array<WarningRuleLevel> | null | undefined;
  /** 供应主体 */
  organisationId?: string | number | null | undefined;
  /** 规则（SUP-15 按规则查询） */
  ruleId?: string | number | null | undefined;
  /** 状态 */
  states?: Array<WarningState> | null | undefined;
  /** 供应主体类型（SUP-16 按供应主体查询） */
  subtypes?: Array<OrgSubtype> | null | undefined;
};

/** 预警计数分组：RULE 按规则，SUBTYPE 按供应主体类型（区县级预警为 COUNTY），STATE 按状态，LEVEL 按等级，ORGANISATION 按供应主体，COUNTY 按区县 */
export type WarningGroupBy =
  | 'COUNTY'
  | 'LEVEL'
  | 'ORGANISATION'
  | 'RULE'
  | 'STATE'
  | 'SUBTYPE';

/** 新建预警规则（SUP-14） */
export type WarningRuleCreateInput = {
  /** 补充说明 */
  description?: string | null | undefined;
  /** 是否立即启用 */
  enabled?: boolean;
  /** 规则等级 */
  level: WarningRuleLevel;
  /** 指标 */
  metric: WarningRuleMetric;
  /** 规则名称（本级医保局内唯一） */
  name: string;
  /** 适用的供应主体类型 */
  targetSubtypes: Array<OrgSubtype>;
  /** 阈值（> 0）：可供天数或配备机构数 */
  threshold: string;
  /** 统计天数 N（1–365） */
  windowDays?: number;
};

/** 指定一条预警规则 */
export type WarningRuleIdInput = {
  /** 规则 */
  id: string | number;
};

/** 预警等级：RED 红色，ORANGE 橙色，YELLOW 黄色 */
export type WarningRuleLevel =
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

/** 预警指标：DAYS_OF_STOCK 可供天数（库存 ÷ 近 N 天日均销量），LOW_COVERAGE 目录药品在区县内配备机构数不足 */
export type WarningRuleMetric =
  | 'DAYS_OF_STOCK'
  | 'LOW_COVERAGE';

/** 修改预警规则；未提供的字段不变（指标不可修改，请新建规则） */
export type WarningRuleUpdateInput = {
  /** 补充说明（空字符串清除） */
  description?: string | null | undefined;
  /** 规则 */
  id: string | number;
  /** 规则等级 */
  level?: WarningRuleLevel | null | undefined;
  /** 规则名称 */
  name?: string | null | undefined;
  /** 适用的供应主体类型 */
  targetSubtypes?: Array<OrgSubtype> | null | undefined;
  /** 阈值 */
  threshold?: string | null | undefined;
  /** 统计天数 N */
  windowDays?: number | null | undefined;
};

/** 预警状态：IDENTIFIED 已识别，ALERTED 已告警，IN_INQUIRY 问询中，CLOSED 已解除 */
export type WarningState =
  | 'ALERTED'
  | 'CLOSED'
  | 'IDENTIFIED'
  | 'IN_INQUIRY';

/** 批发企业报盘数据筛选（SUP-06） */
export type WholesaleOfferFilter = {
  /** 批发企业所在区划（含下级） */
  divisionCode?: string | null | undefined;
  /** 药品代码或其前缀 */
  drugCode?: string | null | undefined;
  /** 只看有库存的 */
  inStock?: boolean;
  /** 药品名称（通用名、商品名或注册名称）包含 */
  name?: string | null | undefined;
  /** 批发企业 */
  wholesalerId?: string | number | null | undefined;
};

/** 导出报盘结果 */
export type WholesaleUploadExportInput = {
  /** 只导出失败的行（便于修正后重传） */
  onlyFailed?: boolean;
  /** 报盘 */
  uploadId: string | number;
};

/** 重传失败报盘中修正后的行（DRUG-16）：可直接上传导出的失败行文件 */
export type WholesaleUploadResubmitInput = {
  /** 文件（multipart 上传，.xlsx） */
  file?: File | null | undefined;
  /** 文件内容的 Base64 编码 */
  fileBase64?: string | null | undefined;
  /** 文件名 */
  fileName: string;
  /** 失败的报盘 */
  uploadId: string | number;
};

/** 行结果：SUCCEEDED 已入库，FAILED 失败 */
export type WholesaleUploadRowStatus =
  | 'FAILED'
  | 'SUCCEEDED';

/** 上传填好的药品上传模板（报盘，DRUG-15） */
export type WholesaleUploadStartInput = {
  /** 文件（multipart 上传，.xlsx） */
  file?: File | null | undefined;
  /** 文件内容的 Base64 编码（不便使用 multipart 的客户端） */
  fileBase64?: string | null | undefined;
  /** 文件名 */
  fileName: string;
};

/** 报盘状态：UPLOADED 已上传待校验，VALIDATING 校验中，SUCCEEDED 全部成功，FAILED 失败（文件错误，或有行校验失败：失败的行未入库，其余行已入库） */
export type WholesaleUploadState =
  | 'FAILED'
  | 'SUCCEEDED'
  | 'UPLOADED'
  | 'VALIDATING';

export type SupplyCoverageQueryVariables = Exact<{
  divisionCode?: string | null | undefined;
}>;


export type SupplyCoverageQuery = { supplyCoverage: { catalogVersionNo: string | null, catalogCodes: number, catalogVarieties: number, total: { key: string, label: string, enterpriseCodes: number, enterpriseVarieties: number, institutionCodes: number, institutionVarieties: number, coveredCodes: number, coveredVarieties: number, enterpriseCodeRate: string | null, enterpriseVarietyRate: string | null, institutionCodeRate: string | null, institutionVarietyRate: string | null }, byPrefecture: Array<{ key: string, label: string, enterpriseCodes: number, enterpriseVarieties: number, institutionCodes: number, institutionVarieties: number, coveredCodes: number, coveredVarieties: number, enterpriseCodeRate: string | null, enterpriseVarietyRate: string | null, institutionCodeRate: string | null, institutionVarietyRate: string | null }> } };

export type CoverageFiguresFieldsFragment = { key: string, label: string, enterpriseCodes: number, enterpriseVarieties: number, institutionCodes: number, institutionVarieties: number, coveredCodes: number, coveredVarieties: number, enterpriseCodeRate: string | null, enterpriseVarietyRate: string | null, institutionCodeRate: string | null, institutionVarietyRate: string | null };

export type CatalogDrugStockingQueryVariables = Exact<{
  first: number;
  offset?: number | null | undefined;
  uncoveredBy?: CoverageSide | null | undefined;
  divisionCode?: string | null | undefined;
  windowDays?: number;
}>;


export type CatalogDrugStockingQuery = { catalogDrugStocking: { totalCount: number, nodes: Array<{ drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null }, figures: { stockingInstitutions: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, averageDailySales: string, daysOfStock: string | null, openWarnings: number } }> } | null };

export type SupplyTrendQueryVariables = Exact<{
  from?: unknown;
  to?: unknown;
  granularity: TrendGranularity;
  divisionCode?: string | null | undefined;
}>;


export type SupplyTrendQuery = { supplyTrend: { start: unknown, end: unknown, granularity: TrendGranularity, points: Array<{ start: unknown, suppliedCodes: number, suppliedVarieties: number, institutionReceived: string, enterpriseSupplied: string, institutionSold: string }> } };

export type SupplyFiguresFieldsFragment = { key: string, label: string, hospitalReceived: string, hospitalSold: string, hospitalSaleRecords: number, pharmacyReceived: string, pharmacySold: string, pharmacySaleRecords: number, hospitalSalesAmount: string, pharmacySalesAmount: string, institutionReceived: string, institutionSold: string, enterpriseReceived: string, enterpriseSupplied: string, stockingInstitutions: number, stockingHospitals: number, stockingPharmacies: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, inTransit: string, averageDailySales: string, daysOfStock: string | null, openWarnings: number, asOf: unknown };

export type DrugSupplyAnalysisQueryVariables = Exact<{
  code?: string | null | undefined;
  varietyId?: string | number | null | undefined;
  from?: unknown;
  to?: unknown;
  divisionCode?: string | null | undefined;
  supFirst: number;
  supOffset?: number | null | undefined;
  instFirst: number;
  instOffset?: number | null | undefined;
}>;


export type DrugSupplyAnalysisQuery = { drugSupplyAnalysis: { drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null } | null, variety: { id: string, genericName: string, codePrefix: string, drugCount: number } | null, breakdown: { start: unknown, end: unknown, days: number, total: { key: string, label: string, hospitalReceived: string, hospitalSold: string, hospitalSaleRecords: number, pharmacyReceived: string, pharmacySold: string, pharmacySaleRecords: number, hospitalSalesAmount: string, pharmacySalesAmount: string, institutionReceived: string, institutionSold: string, enterpriseReceived: string, enterpriseSupplied: string, stockingInstitutions: number, stockingHospitals: number, stockingPharmacies: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, inTransit: string, averageDailySales: string, daysOfStock: string | null, openWarnings: number, asOf: unknown }, byPrefecture: Array<{ key: string, label: string, hospitalReceived: string, hospitalSold: string, hospitalSaleRecords: number, pharmacyReceived: string, pharmacySold: string, pharmacySaleRecords: number, hospitalSalesAmount: string, pharmacySalesAmount: string, institutionReceived: string, institutionSold: string, enterpriseReceived: string, enterpriseSupplied: string, stockingInstitutions: number, stockingHospitals: number, stockingPharmacies: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, inTransit: string, averageDailySales: string, daysOfStock: string | null, openWarnings: number, asOf: unknown }> }, suppliers: { totalCount: number, nodes: Array<{ received: string, sold: string, saleRecords: number, salesAmount: string, onHand: string, asOf: unknown, organisation: { id: string, code: string, name: string, subtypeName: string | null, division: { code: string, name: string } | null } }> }, institutions: { totalCount: number, nodes: Array<{ received: string, sold: string, saleRecords: number, salesAmount: string, onHand: string, asOf: unknown, organisation: { id: string, code: string, name: string, subtypeName: string | null, division: { code: string, name: string } | null } }> } } | null };

export type OrganisationSupplyFieldsFragment = { received: string, sold: string, saleRecords: number, salesAmount: string, onHand: string, asOf: unknown, organisation: { id: string, code: string, name: string, subtypeName: string | null, division: { code: string, name: string } | null } };

export type DrugSupplyRankingQueryVariables = Exact<{
  by: SupplyRankBy;
  from?: unknown;
  to?: unknown;
  divisionCode?: string | null | undefined;
  first: number;
  offset?: number | null | undefined;
}>;


export type DrugSupplyRankingQuery = { drugSupplyRanking: { totalCount: number, nodes: Array<{ value: string, drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null } }> } };

export type AnalysisDrugPickQueryVariables = Exact<{
  search: string;
}>;


export type AnalysisDrugPickQuery = { drugs: { nodes: Array<{ id: string, code: string, genericName: string, registeredName: string, spec: string | null, variety: { id: string, genericName: string, drugCount: number } | null, manufacturer: { name: string } | null }> } | null };

export type FocusListAnalysisQueryVariables = Exact<{
  kind: FocusListKind;
  from?: unknown;
  to?: unknown;
  divisionCode?: string | null | undefined;
  first: number;
  offset?: number | null | undefined;
}>;


export type FocusListAnalysisQuery = { focusListAnalysis: { kind: FocusListKind, label: string, start: unknown, end: unknown, reach: Array<{ key: string, label: string, institutions: number, stockingInstitutions: number }>, members: { totalCount: number, nodes: Array<{ member: { id: string, kind: FocusListKind, ownerDivisionCode: string, note: string | null, addedAt: string, drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null } | null, variety: { id: string, genericName: string, codePrefix: string, drugCount: number } | null }, total: { key: string, label: string, hospitalReceived: string, hospitalSold: string, hospitalSaleRecords: number, pharmacyReceived: string, pharmacySold: string, pharmacySaleRecords: number, hospitalSalesAmount: string, pharmacySalesAmount: string, institutionReceived: string, institutionSold: string, enterpriseReceived: string, enterpriseSupplied: string, stockingInstitutions: number, stockingHospitals: number, stockingPharmacies: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, inTransit: string, averageDailySales: string, daysOfStock: string | null, openWarnings: number, asOf: unknown }, byPrefecture: Array<{ key: string, label: string, stockingInstitutions: number, institutionOnHand: string, daysOfStock: string | null, openWarnings: number }> }> } } };

export type FocusMemberFieldsFragment = { id: string, kind: FocusListKind, ownerDivisionCode: string, note: string | null, addedAt: string, drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null } | null, variety: { id: string, genericName: string, codePrefix: string, drugCount: number } | null };

export type FocusListMembersQueryVariables = Exact<{
  kind: FocusListKind;
  first: number;
  offset?: number | null | undefined;
}>;


export type FocusListMembersQuery = { focusListMembers: { totalCount: number, nodes: Array<{ id: string, kind: FocusListKind, ownerDivisionCode: string, note: string | null, addedAt: string, drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null } | null, variety: { id: string, genericName: string, codePrefix: string, drugCount: number } | null }> } };

export type HighFrequencySuggestionsQueryVariables = Exact<{
  from?: unknown;
  to?: unknown;
  first: number;
}>;


export type HighFrequencySuggestionsQuery = { highFrequencySuggestions: Array<{ saleRecords: number, sold: string, listed: boolean, drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null } }> };

export type FocusListAddMutationVariables = Exact<{
  input: FocusListChangeInput;
}>;


export type FocusListAddMutation = { focusListAdd: { unchanged: number, changed: Array<{ id: string }>, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null }> } };

export type FocusListRemoveMutationVariables = Exact<{
  input: FocusListChangeInput;
}>;


export type FocusListRemoveMutation = { focusListRemove: { unchanged: number, changed: Array<{ id: string }>, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null }> } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  offset?: number | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, at: string, actorRole: string | null, action: string, entityType: string, entityId: string, entityLabel: string | null, divisionCode: string | null, before: unknown, after: unknown, opinion: string | null, actor: { username: string, displayName: string } }> } | null };

export type CatalogVersionsQueryVariables = Exact<{
  first: number;
  offset?: number | null | undefined;
  state?: CatalogState | null | undefined;
  search?: string | null | undefined;
}>;


export type CatalogVersionsQuery = { catalogVersions: { totalCount: number, nodes: Array<{ id: string, versionNo: string, name: string, state: CatalogState, stateLabel: string, source: string, entryCount: number, createdAt: string, updatedAt: string, publishedAt: string | null, availableActions: Array<CatalogAction>, ownerDivision: { name: string } | null, createdBy: { displayName: string } | null }> } | null };

export type CatalogVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogVersionQuery = { catalogVersion: { id: string, versionNo: string, name: string, description: string | null, state: CatalogState, stateLabel: string, source: string, entryCount: number, createdAt: string, updatedAt: string, finalisedAt: string | null, publishedAt: string | null, availableActions: Array<CatalogAction>, ownerDivisionCode: string, ownerDivision: { name: string } | null, createdBy: { username: string, displayName: string } | null, sourceVersion: { id: string, versionNo: string, name: string } | null, importJob: { id: string, fileName: string, state: ImportState, importedRows: number } | null, timeline: Array<{ action: string, label: string, fromState: string | null, toState: string | null, at: string, opinion: string | null, actor: { username: string, displayName: string } }> } | null };

export type CatalogEntriesQueryVariables = Exact<{
  versionId: string | number;
  first: number;
  offset?: number | null | undefined;
  search?: string | null | undefined;
  reimbursementClass?: ReimbursementClass | null | undefined;
}>;


export type CatalogEntriesQuery = { catalogEntries: { totalCount: number, nodes: Array<{ id: string, drugCode: string, catalogNo: string | null, reimbursementClass: ReimbursementClass, insuranceName: string, insuranceForm: string | null, restriction: string | null, remark: string | null, updatedAt: string, drug: { id: string, genericName: string, spec: string | null, manufacturer: { name: string } | null } | null }> } | null };

export type CatalogVersionCreateMutationVariables = Exact<{
  input: CatalogVersionCreateInput;
}>;


export type CatalogVersionCreateMutation = { catalogVersionCreate: { catalogVersion: { id: string, versionNo: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogVersionReuseMutationVariables = Exact<{
  input: CatalogVersionReuseInput;
}>;


export type CatalogVersionReuseMutation = { catalogVersionReuse: { catalogVersion: { id: string, versionNo: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogVersionUpdateMutationVariables = Exact<{
  input: CatalogVersionUpdateInput;
}>;


export type CatalogVersionUpdateMutation = { catalogVersionUpdate: { catalogVersion: { id: string, name: string, description: string | null, updatedAt: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogVersionDeleteMutationVariables = Exact<{
  input: CatalogVersionIdInput;
}>;


export type CatalogVersionDeleteMutation = { catalogVersionDelete: { deletedId: string | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogVersionSubmitMutationVariables = Exact<{
  input: CatalogVersionTransitionInput;
}>;


export type CatalogVersionSubmitMutation = { catalogVersionSubmit: { catalogVersion: { id: string, state: CatalogState, stateLabel: string, availableActions: Array<CatalogAction>, updatedAt: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogVersionWithdrawMutationVariables = Exact<{
  input: CatalogVersionTransitionInput;
}>;


export type CatalogVersionWithdrawMutation = { catalogVersionWithdraw: { catalogVersion: { id: string, state: CatalogState, stateLabel: string, availableActions: Array<CatalogAction>, updatedAt: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogVersionApproveMutationVariables = Exact<{
  input: CatalogVersionTransitionInput;
}>;


export type CatalogVersionApproveMutation = { catalogVersionApprove: { catalogVersion: { id: string, state: CatalogState, stateLabel: string, availableActions: Array<CatalogAction>, updatedAt: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogVersionRejectMutationVariables = Exact<{
  input: CatalogVersionTransitionInput;
}>;


export type CatalogVersionRejectMutation = { catalogVersionReject: { catalogVersion: { id: string, state: CatalogState, stateLabel: string, availableActions: Array<CatalogAction>, updatedAt: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogVersionCancelFinalisationMutationVariables = Exact<{
  input: CatalogVersionTransitionInput;
}>;


export type CatalogVersionCancelFinalisationMutation = { catalogVersionCancelFinalisation: { catalogVersion: { id: string, state: CatalogState, stateLabel: string, availableActions: Array<CatalogAction>, updatedAt: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogVersionPublishMutationVariables = Exact<{
  input: CatalogVersionTransitionInput;
}>;


export type CatalogVersionPublishMutation = { catalogVersionPublish: { catalogVersion: { id: string, state: CatalogState, stateLabel: string, availableActions: Array<CatalogAction>, updatedAt: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogEntryAddMutationVariables = Exact<{
  input: CatalogEntryAddInput;
}>;


export type CatalogEntryAddMutation = { catalogEntryAdd: { catalogEntry: { id: string } | null, catalogVersion: { id: string, entryCount: number } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogEntryUpdateMutationVariables = Exact<{
  input: CatalogEntryUpdateInput;
}>;


export type CatalogEntryUpdateMutation = { catalogEntryUpdate: { catalogEntry: { id: string, catalogNo: string | null, reimbursementClass: ReimbursementClass, insuranceName: string, insuranceForm: string | null, restriction: string | null, remark: string | null, updatedAt: string } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogEntryDeleteMutationVariables = Exact<{
  input: CatalogEntryDeleteInput;
}>;


export type CatalogEntryDeleteMutation = { catalogEntryDelete: { catalogVersion: { id: string, entryCount: number } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogImportStartMutationVariables = Exact<{
  input: CatalogImportStartInput;
}>;


export type CatalogImportStartMutation = { catalogImportStart: { catalogImport: { id: string, state: ImportState } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogImportRetryMutationVariables = Exact<{
  input: CatalogImportRetryInput;
}>;


export type CatalogImportRetryMutation = { catalogImportRetry: { catalogImport: { id: string, state: ImportState } | null, userErrors: Array<{ code: CatalogErrorCode, message: string, field: Array<string> | null }> } };

export type CatalogImportQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogImportQuery = { catalogImport: { id: string, fileName: string, fileFormat: string, fileSize: number, onErrors: ImportErrorPolicy, state: ImportState, versionNo: string | null, totalRows: number | null, processedRows: number, validRows: number, errorRows: number, importedRows: number, newDrugCodes: number, failureCode: string | null, failureMessage: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, progress: number, version: { id: string, versionNo: string, name: string, state: CatalogState, stateLabel: string, entryCount: number } | null } | null };

export type CatalogImportErrorsQueryVariables = Exact<{
  importId: string | number;
  first: number;
  offset?: number | null | undefined;
}>;


export type CatalogImportErrorsQuery = { catalogImportErrors: { totalCount: number, nodes: Array<{ rowNo: number, column: string | null, code: string, message: string, value: string | null }> } | null };

export type CatalogImportsQueryVariables = Exact<{
  first: number;
  offset?: number | null | undefined;
}>;


export type CatalogImportsQuery = { catalogImports: { totalCount: number, nodes: Array<{ id: string, fileName: string, state: ImportState, versionNo: string | null, onErrors: ImportErrorPolicy, totalRows: number | null, errorRows: number, importedRows: number, progress: number, createdAt: string, version: { id: string, versionNo: string } | null }> } | null };

export type DraftVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftVersionsQuery = { catalogVersions: { nodes: Array<{ id: string, versionNo: string, name: string, availableActions: Array<CatalogAction> }> } | null };

export type CatalogVersionCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogVersionCountsQuery = { catalogVersionCounts: Array<{ state: CatalogState, label: string, count: number }> | null };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { catalogVersionCounts: Array<{ state: CatalogState, label: string, count: number }> | null, catalogActivity: Array<{ event: { action: string, label: string, fromState: string | null, toState: string | null, at: string, opinion: string | null, actor: { displayName: string } }, version: { id: string, versionNo: string, name: string } }> | null, catalogVersions: { nodes: Array<{ id: string, versionNo: string, name: string, state: CatalogState, stateLabel: string, publishedAt: string | null }> } | null };

export type CatalogEntryStatsQueryVariables = Exact<{
  versionId: string | number;
}>;


export type CatalogEntryStatsQuery = { catalogEntryStats: { total: number, classA: number, classB: number, western: number, tcm: number, version: { id: string, versionNo: string, name: string, stateLabel: string }, byGroup: Array<{ type: DrugType, group: string, groupName: string, classA: number, classB: number, total: number }> } | null };

export type DrugFileProductionQueryVariables = Exact<{
  id: string | number;
  first: number;
  offset?: number | null | undefined;
}>;


export type DrugFileProductionQuery = { drug: { id: string, operationFile: { manufacturer: { id: string, code: string, name: string, creditCode: string | null, province: string | null, address: string | null, contactName: string | null, contactPhone: string | null } | null, trade: { wholesalers: number, stockQty: string, latestPurchasePrice: string | null, latestPurchaseDate: unknown, minPurchasePrice: string | null, maxPurchasePrice: string | null, listingStatus: ListingStatus | null, listingId: string | null, listingCategory: string | null, latestListingPrice: string | null, listingAsOf: unknown }, wholesalers: { totalCount: number, nodes: Array<{ stockQty: string, purchasePrice: string | null, purchaseDate: unknown, listingStatus: ListingStatus | null, listingId: string | null, listingCategory: string | null, listingPrice: string | null, asOf: unknown, source: string, wholesaler: { id: string, code: string, name: string, address: string | null, division: { name: string } | null } }> } } } | null };

export type DrugFileProcurementQueryVariables = Exact<{
  id: string | number;
  statsFirst: number;
  statsOffset?: number | null | undefined;
  ordersFirst: number;
  ordersOffset?: number | null | undefined;
}>;


export type DrugFileProcurementQuery = { drug: { id: string, operationFile: { distribution: { totalCount: number, nodes: Array<{ orders: number, lines: number, deliveredLines: number, inTransitLines: number, cancelledLines: number, orderedQty: string, deliveredQty: string, deliveryRate: string | null, dueLines: number, onTimeLines: number, onTimeRate: string | null, lastOrderDate: unknown, distributor: { id: string, code: string, name: string, division: { name: string } | null } }> }, orders: { totalCount: number, nodes: Array<{ id: string, orderNo: string, orderedQty: string, deliveredQty: string, orderDate: unknown, dueDate: unknown, deliveredDate: unknown, status: DeliveryStatus, onTime: boolean | null, distributor: { id: string, name: string } | null, institution: { id: string, name: string, division: { name: string } | null } | null }> } } } | null };

export type DrugFileSalesQueryVariables = Exact<{
  id: string | number;
  from?: unknown;
  to?: unknown;
  first: number;
  offset?: number | null | undefined;
}>;


export type DrugFileSalesQuery = { drug: { id: string, supplyFile: { sales: { start: unknown, end: unknown, days: number, total: { key: string, label: string, hospitalReceived: string, hospitalSold: string, hospitalSaleRecords: number, pharmacyReceived: string, pharmacySold: string, pharmacySaleRecords: number, hospitalSalesAmount: string, pharmacySalesAmount: string, institutionReceived: string, institutionSold: string, enterpriseReceived: string, enterpriseSupplied: string, stockingInstitutions: number, stockingHospitals: number, stockingPharmacies: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, inTransit: string, averageDailySales: string, daysOfStock: string | null, openWarnings: number, asOf: unknown }, byPrefecture: Array<{ key: string, label: string, hospitalReceived: string, hospitalSold: string, hospitalSaleRecords: number, pharmacyReceived: string, pharmacySold: string, pharmacySaleRecords: number, hospitalSalesAmount: string, pharmacySalesAmount: string, institutionReceived: string, institutionSold: string, enterpriseReceived: string, enterpriseSupplied: string, stockingInstitutions: number, stockingHospitals: number, stockingPharmacies: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, inTransit: string, averageDailySales: string, daysOfStock: string | null, openWarnings: number, asOf: unknown }> }, salesByInstitution: { totalCount: number, nodes: Array<{ received: string, sold: string, saleRecords: number, salesAmount: string, onHand: string, asOf: unknown, organisation: { id: string, code: string, name: string, subtypeName: string | null, division: { code: string, name: string } | null } }> }, sameGenericSales: Array<{ sold: string, saleRecords: number, salesAmount: string, isSelf: boolean, drug: { id: string, code: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null } }> } } | null };

export type DrugFileSupplyQueryVariables = Exact<{
  id: string | number;
  from?: unknown;
  to?: unknown;
  divisionCode?: string | null | undefined;
  first: number;
  offset?: number | null | undefined;
}>;


export type DrugFileSupplyQuery = { drug: { id: string, supplyFile: { supply: { start: unknown, end: unknown, days: number, total: { key: string, label: string, hospitalReceived: string, hospitalSold: string, hospitalSaleRecords: number, pharmacyReceived: string, pharmacySold: string, pharmacySaleRecords: number, hospitalSalesAmount: string, pharmacySalesAmount: string, institutionReceived: string, institutionSold: string, enterpriseReceived: string, enterpriseSupplied: string, stockingInstitutions: number, stockingHospitals: number, stockingPharmacies: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, inTransit: string, averageDailySales: string, daysOfStock: string | null, openWarnings: number, asOf: unknown }, byPrefecture: Array<{ key: string, label: string, hospitalReceived: string, hospitalSold: string, hospitalSaleRecords: number, pharmacyReceived: string, pharmacySold: string, pharmacySaleRecords: number, hospitalSalesAmount: string, pharmacySalesAmount: string, institutionReceived: string, institutionSold: string, enterpriseReceived: string, enterpriseSupplied: string, stockingInstitutions: number, stockingHospitals: number, stockingPharmacies: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, inTransit: string, averageDailySales: string, daysOfStock: string | null, openWarnings: number, asOf: unknown }> }, supplyByInstitution: { totalCount: number, nodes: Array<{ received: string, sold: string, saleRecords: number, salesAmount: string, onHand: string, asOf: unknown, organisation: { id: string, code: string, name: string, subtypeName: string | null, division: { code: string, name: string } | null } }> } } } | null };

export type DrugFileDisclosureQueryVariables = Exact<{
  id: string | number;
}>;


export type DrugFileDisclosureQuery = { drug: { id: string, supplyFile: { disclosure: { total: { key: string, label: string, institutions: number, hospitals: number, pharmacies: number }, byPrefecture: Array<{ key: string, label: string, institutions: number, hospitals: number, pharmacies: number }> } } } | null };

export type DrugsQueryVariables = Exact<{
  first: number;
  offset?: number | null | undefined;
  filter?: DrugFilter | null | undefined;
  sort: DrugSort;
}>;


export type DrugsQuery = { drugs: { totalCount: number, nodes: Array<{ id: string, code: string, type: DrugType, genericName: string, tradeName: string | null, registeredName: string, registeredForm: string | null, spec: string | null, genericInitials: string, classCode: string, formCode: string, updatedAt: string, drugClass: { code: string, name: string } | null, dosageForm: { code: string, name: string } | null, manufacturer: { name: string } | null, tags: Array<{ value: string, inherited: boolean, tag: { id: string, name: string, valueType: TagValueType } }>, latestCatalog: { versionNo: string, reimbursementClass: ReimbursementClass } | null }> } | null };

export type DrugFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DrugFilterOptionsQuery = { dosageForms: Array<{ code: string, name: string, groupName: string }> | null, drugClasses: Array<{ code: string, name: string, kind: DrugType }> | null, tags: Array<{ id: string, code: string, name: string, valueType: TagValueType, allowedValues: Array<string>, appliesTo: TagTarget }> | null };

export type DrugExportMutationVariables = Exact<{
  input: DrugExportInput;
}>;


export type DrugExportMutation = { drugExport: { file: { fileName: string, url: string, rowCount: number, size: number, expiresAt: string } | null, userErrors: Array<{ code: DrugErrorCode, message: string, field: Array<string> | null }> } };

export type DrugDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DrugDetailQuery = { drug: { id: string, code: string, type: DrugType, classCode: string, genericName: string, tradeName: string | null, registeredName: string, registeredForm: string | null, formCode: string, spec: string | null, packaging: string | null, packagingMaterial: string | null, minPackQty: number | null, minPrepUnit: string | null, minPackUnit: string | null, approvalNo: string | null, standardCode: string | null, marketStatus: string | null, licenseHolder: string | null, genericInitials: string, synthetic: boolean, updatedAt: string, variety: { id: string, genericName: string, initials: string, codePrefix: string, drugCount: number, tags: Array<{ value: string, tag: { id: string, name: string } }> } | null, manufacturer: { code: string, name: string, creditCode: string | null, province: string | null, address: string | null, synthetic: boolean } | null, dosageForm: { code: string, name: string, groupName: string } | null, drugClass: { code: string, name: string, kind: DrugType } | null, tags: Array<{ value: string, inherited: boolean, tag: { id: string, code: string, name: string, valueType: TagValueType, allowedValues: Array<string>, appliesTo: TagTarget, editable: boolean } }>, catalogEntries: Array<{ id: string, catalogNo: string | null, reimbursementClass: ReimbursementClass, insuranceName: string, insuranceForm: string | null, restriction: string | null, version: { id: string, versionNo: string, name: string, state: CatalogState, stateLabel: string } | null }>, archive: { sections: Array<{ key: string, title: string, available: boolean, requirement: string }>, basicInfo: { code: string, name: string, packaging: string | null, registeredForm: string | null, minPackUnit: string | null, minPrepUnit: string | null, minPackQty: number | null, spec: string | null }, catalog: { versionNo: string, nationalCode: string, reimbursementClass: ReimbursementClass, catalogNo: string | null, insuranceName: string, restriction: string | null, publishedAt: string | null, version: { id: string } | null } | null, packageInsert: { dosage: string | null, frequency: string | null, method: string | null, indications: string | null, shelfLifeMonths: number | null, synthetic: boolean, updatedAt: string } | null } } | null };

export type DrugPackageInsertUpdateMutationVariables = Exact<{
  input: DrugPackageInsertUpdateInput;
}>;


export type DrugPackageInsertUpdateMutation = { drugPackageInsertUpdate: { drug: { id: string, packageInsert: { dosage: string | null, frequency: string | null, method: string | null, indications: string | null, shelfLifeMonths: number | null, synthetic: boolean, updatedAt: string } | null } | null, userErrors: Array<{ code: DrugErrorCode, message: string, field: Array<string> | null }> } };

export type DrugCodeCheckQueryVariables = Exact<{
  code: string;
}>;


export type DrugCodeCheckQuery = { drugCodeCheck: { code: string, valid: boolean, problems: Array<{ code: string, message: string, segment: string | null }>, drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null } | null } | null };

export type VarietySearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type VarietySearchQuery = { varieties: { totalCount: number, nodes: Array<{ id: string, genericName: string, initials: string, codePrefix: string, drugCount: number, tags: Array<{ value: string, tag: { id: string, name: string } }> }> } | null };

export type PublicFeedbackRowFragment = { id: string, problemType: PublicProblemType, problemTypeLabel: string, description: string | null, state: PublicFeedbackState, stateLabel: string, handlingNote: string | null, divisionCode: string, institutionCode: string | null, institutionName: string | null, createdAt: string, startedAt: string | null, handledAt: string | null, availableActions: Array<PublicFeedbackAction>, division: { code: string, name: string } | null };

export type PublicFeedbackListQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: PublicFeedbackFilter | null | undefined;
}>;


export type PublicFeedbackListQuery = { publicFeedback: { totalCount: number, nodes: Array<{ id: string, problemType: PublicProblemType, problemTypeLabel: string, description: string | null, state: PublicFeedbackState, stateLabel: string, handlingNote: string | null, divisionCode: string, institutionCode: string | null, institutionName: string | null, createdAt: string, startedAt: string | null, handledAt: string | null, availableActions: Array<PublicFeedbackAction>, division: { code: string, name: string } | null }> } };

export type PublicFeedbackCountsQueryVariables = Exact<{
  groupBy: PublicFeedbackGroupBy;
  filter?: PublicFeedbackFilter | null | undefined;
}>;


export type PublicFeedbackCountsQuery = { publicFeedbackCounts: Array<{ key: string, label: string, count: number }> };

export type PublicFeedbackItemQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicFeedbackItemQuery = { publicFeedbackItem: { id: string, problemType: PublicProblemType, problemTypeLabel: string, description: string | null, state: PublicFeedbackState, stateLabel: string, handlingNote: string | null, divisionCode: string, institutionCode: string | null, institutionName: string | null, createdAt: string, startedAt: string | null, handledAt: string | null, availableActions: Array<PublicFeedbackAction>, drug: { id: string, code: string, genericName: string, spec: string | null } | null, institution: { id: string, name: string, code: string, address: string | null, subtypeName: string | null } | null, timeline: Array<{ action: string, label: string, toState: string | null, at: string, opinion: string | null, actor: { username: string, displayName: string } }>, division: { code: string, name: string } | null } | null };

export type HandlePublicFeedbackMutationVariables = Exact<{
  input: HandlePublicFeedbackInput;
}>;


export type HandlePublicFeedbackMutation = { handlePublicFeedback: { feedback: { id: string, problemType: PublicProblemType, problemTypeLabel: string, description: string | null, state: PublicFeedbackState, stateLabel: string, handlingNote: string | null, divisionCode: string, institutionCode: string | null, institutionName: string | null, createdAt: string, startedAt: string | null, handledAt: string | null, availableActions: Array<PublicFeedbackAction>, division: { code: string, name: string } | null } | null, userErrors: Array<{ code: EngagementErrorCode, field: Array<string> | null, message: string }> } };

export type PublicNoticeSettingQueryVariables = Exact<{
  divisionCode?: string | null | undefined;
}>;


export type PublicNoticeSettingQuery = { publicNotice: { divisionCode: string | null, dataCalibre: string, riskReminder: string, updatedAt: string | null, configuredDivisionCode: string | null } };

export type SetPublicNoticeMutationVariables = Exact<{
  input: SetPublicNoticeInput;
}>;


export type SetPublicNoticeMutation = { setPublicNotice: { notice: { divisionCode: string | null, dataCalibre: string, riskReminder: string, updatedAt: string | null } | null, userErrors: Array<{ code: EngagementErrorCode, field: Array<string> | null, message: string }> } };

export type PublicUsageQueryVariables = Exact<{
  from?: unknown;
  to?: unknown;
  divisionCode?: string | null | undefined;
}>;


export type PublicUsageQuery = { publicUsage: { from: unknown, to: unknown, divisionCode: string | null, totals: { drugQueries: number, drugSearches: number, institutionSearches: number, institutionViews: number, visits: number, scans: number }, trend: Array<{ date: unknown, drugQueries: number, drugSearches: number, institutionSearches: number, visits: number, scans: number }>, topKeywords: Array<{ keyword: string, count: number }>, visitsByDivision: Array<{ divisionCode: string | null, name: string, visits: number }>, topDrugs: Array<{ count: number, drug: { id: string, code: string, genericName: string, spec: string | null } | null }> } };

export type PurchaseNeedsQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: PurchaseNeedFilter | null | undefined;
}>;


export type PurchaseNeedsQuery = { purchaseNeeds: { totalCount: number, nodes: Array<{ id: string, drugName: string, spec: string | null, manufacturer: string | null, quantity: string | null, divisionCode: string, note: string | null, contactPhone: string | null, state: PurchaseNeedState, stateLabel: string, analysisNote: string | null, analysedAt: string | null, createdAt: string, canAnalyse: boolean, division: { code: string, name: string } | null }> } };

export type PurchaseNeedStatsQueryVariables = Exact<{
  groupBy: PurchaseNeedGroupBy;
}>;


export type PurchaseNeedStatsQuery = { purchaseNeedStats: Array<{ key: string, label: string, registrations: number, people: number, quantity: string, analysed: number }> };

export type RevealNeedContactMutationVariables = Exact<{
  input: RevealNeedContactInput;
}>;


export type RevealNeedContactMutation = { revealNeedContact: { contactPhone: string | null, userErrors: Array<{ code: EngagementErrorCode, field: Array<string> | null, message: string }> } };

export type AnalysePurchaseNeedMutationVariables = Exact<{
  input: AnalysePurchaseNeedInput;
}>;


export type AnalysePurchaseNeedMutation = { analysePurchaseNeed: { need: { id: string, state: PurchaseNeedState, stateLabel: string, analysisNote: string | null, canAnalyse: boolean } | null, userErrors: Array<{ code: EngagementErrorCode, field: Array<string> | null, message: string }> } };

export type InstitutionEvaluationsQueryVariables = Exact<{
  first: number;
  offset: number;
}>;


export type InstitutionEvaluationsQuery = { institutionEvaluations: { average: string | null, count: number, distribution: Array<{ stars: number, count: number }>, ratings: { totalCount: number, nodes: Array<{ id: string, stars: number, comment: string | null, businessDate: unknown, createdAt: string, institutionName: string | null }> } } };

export type MyInstitutionPublicInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInstitutionPublicInfoQuery = { myInstitutionPublicInfo: { code: string, name: string, address: string | null, publicPhone: string | null, businessHours: string | null, intro: string | null, publicListed: boolean, lat: number | null, lon: number | null, gcjLat: number | null, gcjLon: number | null, updatedAt: string | null } | null };

export type UpdateInstitutionPublicInfoMutationVariables = Exact<{
  input: UpdateInstitutionPublicInfoInput;
}>;


export type UpdateInstitutionPublicInfoMutation = { updateInstitutionPublicInfo: { info: { code: string, name: string, address: string | null, publicPhone: string | null, businessHours: string | null, intro: string | null, publicListed: boolean, lat: number | null, lon: number | null, gcjLat: number | null, gcjLon: number | null, updatedAt: string | null } | null, userErrors: Array<{ code: EngagementErrorCode, field: Array<string> | null, message: string }> } };

export type DrugPublicSectionsQueryVariables = Exact<{
  id: string | number;
  from?: unknown;
}>;


export type DrugPublicSectionsQuery = { drug:
    | { id: string, publicDisclosure: { queryCount: number, publishingInstitutions: { label: string, institutions: number, hospitals: number, pharmacies: number }, publishingByPrefecture: Array<{ divisionCode: string | null, label: string, institutions: number, hospitals: number, pharmacies: number }>, queryTrend: Array<{ date: unknown, count: number }> }, traceScans: { scanCount: number, byResult: Array<{ result: string, label: string, count: number }>, trend: Array<{ date: unknown, count: number }> } }
    | Record<PropertyKey, never>
   | null };

export type WholesaleUploadTemplateMutationVariables = Exact<{ [key: string]: never; }>;


export type WholesaleUploadTemplateMutation = { wholesaleUploadTemplate: { file: { fileName: string, url: string, rowCount: number, size: number, expiresAt: string } | null, userErrors: Array<{ code: ExchangeErrorCode, message: string, field: Array<string> | null }> } };

export type WholesaleDrugTableExportMutationVariables = Exact<{ [key: string]: never; }>;


export type WholesaleDrugTableExportMutation = { wholesaleDrugTableExport: { file: { fileName: string, url: string, rowCount: number, size: number, expiresAt: string } | null, userErrors: Array<{ code: ExchangeErrorCode, message: string, field: Array<string> | null }> } };

export type WholesaleUploadFieldsFragment = { id: string, fileName: string, attempt: number, state: WholesaleUploadState, totalRows: number, succeededRows: number, failedRows: number, importedRows: number, failureCode: string | null, failureMessage: string | null, createdAt: string, validatedAt: string | null, organisation: { id: string, name: string } | null };

export type WholesaleUploadStartMutationVariables = Exact<{
  input: WholesaleUploadStartInput;
}>;


export type WholesaleUploadStartMutation = { wholesaleUploadStart: { upload: { id: string, fileName: string, attempt: number, state: WholesaleUploadState, totalRows: number, succeededRows: number, failedRows: number, importedRows: number, failureCode: string | null, failureMessage: string | null, createdAt: string, validatedAt: string | null, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ code: ExchangeErrorCode, message: string, field: Array<string> | null, row: number | null }> } };

export type WholesaleUploadResubmitMutationVariables = Exact<{
  input: WholesaleUploadResubmitInput;
}>;


export type WholesaleUploadResubmitMutation = { wholesaleUploadResubmit: { upload: { id: string, fileName: string, attempt: number, state: WholesaleUploadState, totalRows: number, succeededRows: number, failedRows: number, importedRows: number, failureCode: string | null, failureMessage: string | null, createdAt: string, validatedAt: string | null, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ code: ExchangeErrorCode, message: string, field: Array<string> | null, row: number | null }> } };

export type WholesaleUploadExportMutationVariables = Exact<{
  input: WholesaleUploadExportInput;
}>;


export type WholesaleUploadExportMutation = { wholesaleUploadExport: { file: { fileName: string, url: string, rowCount: number, size: number, expiresAt: string } | null, userErrors: Array<{ code: ExchangeErrorCode, message: string, field: Array<string> | null }> } };

export type WholesaleUploadsQueryVariables = Exact<{
  first: number;
  offset: number;
  state?: WholesaleUploadState | null | undefined;
}>;


export type WholesaleUploadsQuery = { wholesaleUploads: { totalCount: number, nodes: Array<{ id: string, fileName: string, attempt: number, state: WholesaleUploadState, totalRows: number, succeededRows: number, failedRows: number, importedRows: number, failureCode: string | null, failureMessage: string | null, createdAt: string, validatedAt: string | null, organisation: { id: string, name: string } | null }> } | null };

export type WholesaleUploadQueryVariables = Exact<{
  id: string | number;
}>;


export type WholesaleUploadQuery = { wholesaleUpload: { id: string, fileName: string, attempt: number, state: WholesaleUploadState, totalRows: number, succeededRows: number, failedRows: number, importedRows: number, failureCode: string | null, failureMessage: string | null, createdAt: string, validatedAt: string | null, organisation: { id: string, name: string } | null } | null };

export type WholesaleUploadRowsQueryVariables = Exact<{
  uploadId: string | number;
  first: number;
  offset: number;
  status?: WholesaleUploadRowStatus | null | undefined;
}>;


export type WholesaleUploadRowsQuery = { wholesaleUploadRows: { totalCount: number, nodes: Array<{ attempt: number, rowNo: number, drugCode: string | null, status: WholesaleUploadRowStatus, values: unknown, problems: Array<{ column: string | null, code: string, message: string }> }> } | null };

export type WholesaleOffersQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: WholesaleOfferFilter | null | undefined;
}>;


export type WholesaleOffersQuery = { wholesaleOffers: { totalCount: number, nodes: Array<{ stockQty: string, purchasePrice: string | null, purchaseDate: unknown, listingStatus: ListingStatus | null, listingId: string | null, listingPrice: string | null, asOf: unknown, source: string, updatedAt: string, wholesaler: { id: string, name: string, code: string, divisionCode: string, contactName: string | null, contactPhone: string | null, division: { name: string } | null }, drug: { id: string, code: string, genericName: string, tradeName: string | null, spec: string | null, minPackUnit: string | null, manufacturer: { name: string } | null } | null }> } | null };

export type DistributorDeliveryStatsQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: DeliveryOrderFilter | null | undefined;
}>;


export type DistributorDeliveryStatsQuery = { distributorDeliveryStats: { totalCount: number, nodes: Array<{ orders: number, lines: number, deliveredLines: number, inTransitLines: number, cancelledLines: number, orderedQty: string, deliveredQty: string, deliveryRate: string | null, dueLines: number, onTimeLines: number, onTimeRate: string | null, lastOrderDate: unknown, distributor: { id: string, name: string, code: string, divisionCode: string, division: { name: string } | null } }> } | null };

export type DeliveryOrdersQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: DeliveryOrderFilter | null | undefined;
}>;


export type DeliveryOrdersQuery = { deliveryOrders: { totalCount: number, nodes: Array<{ id: string, orderNo: string, orderedQty: string, deliveredQty: string, orderDate: unknown, dueDate: unknown, deliveredDate: unknown, status: DeliveryStatus, onTime: boolean | null, updatedAt: string, distributor: { id: string, name: string } | null, institution: { id: string, name: string, code: string } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null }> } | null };

export type StockReportTemplateMutationVariables = Exact<{ [key: string]: never; }>;


export type StockReportTemplateMutation = { stockReportTemplate: { file: { fileName: string, url: string, rowCount: number, size: number, expiresAt: string } | null, userErrors: Array<{ code: ExchangeErrorCode, message: string, field: Array<string> | null }> } };

export type StockReportUploadMutationVariables = Exact<{
  input: StockReportUploadInput;
}>;


export type StockReportUploadMutation = { stockReportUpload: { report: { id: string, batchKey: string, rowCount: number, movementCount: number, createdAt: string, replayed: boolean } | null, userErrors: Array<{ code: ExchangeErrorCode, message: string, field: Array<string> | null, row: number | null, line: number | null }> } };

export type DeliveryReportTemplateMutationVariables = Exact<{ [key: string]: never; }>;


export type DeliveryReportTemplateMutation = { deliveryReportTemplate: { file: { url: string, fileName: string } | null, userErrors: Array<{ code: ExchangeErrorCode, message: string, field: Array<string> | null }> } };

export type DeliveryReportUploadMutationVariables = Exact<{
  input: StockReportUploadInput;
}>;


export type DeliveryReportUploadMutation = { deliveryReportUpload: { batch: { id: string, batchKey: string, rowCount: number, replayed: boolean, summary: unknown, createdAt: string } | null, userErrors: Array<{ code: ExchangeErrorCode, message: string, field: Array<string> | null, row: number | null, line: number | null }> } };

export type SupplyHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplyHomeQuery = { supplyHome: { unreadNotifications: number, today: { warnings: number, problems: number, closedWarnings: number, finishedProblems: number }, total: { warnings: number, problems: number, closedWarnings: number, finishedProblems: number }, warningsByState: Array<{ key: string, label: string, count: number }> | null, warningsByLevel: Array<{ key: string, label: string, count: number }> | null, inquiriesByState: Array<{ state: InquiryState, label: string, count: number }>, todos: Array<{ action: InquiryAction, label: string, state: InquiryState, count: number }>, notifications: Array<{ id: string, kind: string, title: string, body: string, entityType: string | null, entityId: string | null, createdAt: string, read: boolean }> } };

export type NotificationsQueryVariables = Exact<{
  first: number;
  offset: number;
  unreadOnly: boolean;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, nodes: Array<{ id: string, kind: string, title: string, body: string, entityType: string | null, entityId: string | null, createdAt: string, read: boolean }> } | null };

export type NotificationsMarkReadMutationVariables = Exact<{
  input: NotificationsMarkReadInput;
}>;


export type NotificationsMarkReadMutation = { notificationsMarkRead: { marked: number, unread: number, userErrors: Array<{ code: InquiryErrorCode, message: string, field: Array<string> | null }> } };

export type InquiryTaskRowFragment = { id: string, state: InquiryState, stateLabel: string, title: string, divisionCode: string, handlingDivisionCode: string, dueDate: unknown, round: number, overdue: boolean, createdAt: string, dispatchedAt: string | null, fedBackAt: string | null, availableActions: Array<InquiryAction>, division: { code: string, name: string, path: Array<string> } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, organisation: { id: string, name: string, code: string, divisionCode: string, subtypeName: string | null } | null, rule: { id: string, name: string, level: WarningRuleLevel } | null, warning: { id: string, level: WarningRuleLevel, value: string, threshold: string, state: WarningState } | null };

export type InquiryTasksQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: InquiryFilter | null | undefined;
}>;


export type InquiryTasksQuery = { inquiryTasks: { totalCount: number, nodes: Array<{ id: string, state: InquiryState, stateLabel: string, title: string, divisionCode: string, handlingDivisionCode: string, dueDate: unknown, round: number, overdue: boolean, createdAt: string, dispatchedAt: string | null, fedBackAt: string | null, availableActions: Array<InquiryAction>, division: { code: string, name: string, path: Array<string> } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, organisation: { id: string, name: string, code: string, divisionCode: string, subtypeName: string | null } | null, rule: { id: string, name: string, level: WarningRuleLevel } | null, warning: { id: string, level: WarningRuleLevel, value: string, threshold: string, state: WarningState } | null }> } | null };

export type InquiryTaskCountsQueryVariables = Exact<{
  filter?: InquiryFilter | null | undefined;
}>;


export type InquiryTaskCountsQuery = { inquiryTaskCounts: Array<{ state: InquiryState, label: string, count: number }> | null };

export type InquiryTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type InquiryTaskQuery = { inquiryTask: { feedback: string | null, allocatedAt: string | null, reviewedAt: string | null, archivedAt: string | null, id: string, state: InquiryState, stateLabel: string, title: string, divisionCode: string, handlingDivisionCode: string, dueDate: unknown, round: number, overdue: boolean, createdAt: string, dispatchedAt: string | null, fedBackAt: string | null, availableActions: Array<InquiryAction>, handlingDivision: { code: string, name: string } | null, drug: { id: string, code: string, genericName: string, tradeName: string | null, registeredName: string, spec: string | null, minPackUnit: string | null, manufacturer: { name: string } | null } | null, organisation: { id: string, name: string, code: string, divisionCode: string, subtypeName: string | null, address: string | null, contactName: string | null, contactPhone: string | null } | null, rule: { id: string, name: string, level: WarningRuleLevel, metric: WarningRuleMetric, threshold: string, windowDays: number, description: string | null } | null, warning: { id: string, level: WarningRuleLevel, value: string, threshold: string, state: WarningState, firstSeenAt: string, lastSeenAt: string, alertedAt: string | null, closedAt: string | null, subtype: OrgSubtype | null } | null, evidence: Array<{ id: string, round: number, fileName: string, mediaType: string, size: number, sha256: string, uploadedAt: string, url: string }>, timeline: Array<{ action: string, label: string, fromState: string | null, toState: string | null, at: string, opinion: string | null, actor: { username: string, displayName: string } }>, division: { code: string, name: string, path: Array<string> } | null } | null };

export type InquiryCreateMutationVariables = Exact<{
  input: InquiryCreateInput;
}>;


export type InquiryCreateMutation = { inquiryCreate: { tasks: Array<{ id: string, state: InquiryState, stateLabel: string, title: string }>, userErrors: Array<{ code: InquiryErrorCode, message: string, field: Array<string> | null }> } };

export type InquiryAllocateMutationVariables = Exact<{
  input: InquiryStepInput;
}>;


export type InquiryAllocateMutation = { inquiryAllocate: { tasks: Array<{ id: string, state: InquiryState, stateLabel: string, title: string, divisionCode: string, handlingDivisionCode: string, dueDate: unknown, round: number, overdue: boolean, createdAt: string, dispatchedAt: string | null, fedBackAt: string | null, availableActions: Array<InquiryAction>, division: { code: string, name: string, path: Array<string> } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, organisation: { id: string, name: string, code: string, divisionCode: string, subtypeName: string | null } | null, rule: { id: string, name: string, level: WarningRuleLevel } | null, warning: { id: string, level: WarningRuleLevel, value: string, threshold: string, state: WarningState } | null }>, userErrors: Array<{ code: InquiryErrorCode, message: string, field: Array<string> | null }> } };

export type InquiryDispatchMutationVariables = Exact<{
  input: InquiryDispatchInput;
}>;


export type InquiryDispatchMutation = { inquiryDispatch: { tasks: Array<{ id: string, state: InquiryState, stateLabel: string, title: string, divisionCode: string, handlingDivisionCode: string, dueDate: unknown, round: number, overdue: boolean, createdAt: string, dispatchedAt: string | null, fedBackAt: string | null, availableActions: Array<InquiryAction>, division: { code: string, name: string, path: Array<string> } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, organisation: { id: string, name: string, code: string, divisionCode: string, subtypeName: string | null } | null, rule: { id: string, name: string, level: WarningRuleLevel } | null, warning: { id: string, level: WarningRuleLevel, value: string, threshold: string, state: WarningState } | null }>, userErrors: Array<{ code: InquiryErrorCode, message: string, field: Array<string> | null }> } };

export type InquiryApproveMutationVariables = Exact<{
  input: InquiryStepInput;
}>;


export type InquiryApproveMutation = { inquiryApprove: { tasks: Array<{ id: string, state: InquiryState, stateLabel: string, title: string, divisionCode: string, handlingDivisionCode: string, dueDate: unknown, round: number, overdue: boolean, createdAt: string, dispatchedAt: string | null, fedBackAt: string | null, availableActions: Array<InquiryAction>, division: { code: string, name: string, path: Array<string> } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, organisation: { id: string, name: string, code: string, divisionCode: string, subtypeName: string | null } | null, rule: { id: string, name: string, level: WarningRuleLevel } | null, warning: { id: string, level: WarningRuleLevel, value: string, threshold: string, state: WarningState } | null }>, userErrors: Array<{ code: InquiryErrorCode, message: string, field: Array<string> | null }> } };

export type InquiryRejectMutationVariables = Exact<{
  input: InquiryStepInput;
}>;


export type InquiryRejectMutation = { inquiryReject: { tasks: Array<{ id: string, state: InquiryState, stateLabel: string, title: string, divisionCode: string, handlingDivisionCode: string, dueDate: unknown, round: number, overdue: boolean, createdAt: string, dispatchedAt: string | null, fedBackAt: string | null, availableActions: Array<InquiryAction>, division: { code: string, name: string, path: Array<string> } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, organisation: { id: string, name: string, code: string, divisionCode: string, subtypeName: string | null } | null, rule: { id: string, name: string, level: WarningRuleLevel } | null, warning: { id: string, level: WarningRuleLevel, value: string, threshold: string, state: WarningState } | null }>, userErrors: Array<{ code: InquiryErrorCode, message: string, field: Array<string> | null }> } };

export type InquiryArchiveMutationVariables = Exact<{
  input: InquiryStepInput;
}>;


export type InquiryArchiveMutation = { inquiryArchive: { tasks: Array<{ id: string, state: InquiryState, stateLabel: string, title: string, divisionCode: string, handlingDivisionCode: string, dueDate: unknown, round: number, overdue: boolean, createdAt: string, dispatchedAt: string | null, fedBackAt: string | null, availableActions: Array<InquiryAction>, division: { code: string, name: string, path: Array<string> } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, organisation: { id: string, name: string, code: string, divisionCode: string, subtypeName: string | null } | null, rule: { id: string, name: string, level: WarningRuleLevel } | null, warning: { id: string, level: WarningRuleLevel, value: string, threshold: string, state: WarningState } | null }>, userErrors: Array<{ code: InquiryErrorCode, message: string, field: Array<string> | null }> } };

export type InquiryFeedbackMutationVariables = Exact<{
  input: InquiryFeedbackInput;
}>;


export type InquiryFeedbackMutation = { inquiryFeedback: { task: { feedback: string | null, id: string, state: InquiryState, stateLabel: string, title: string, divisionCode: string, handlingDivisionCode: string, dueDate: unknown, round: number, overdue: boolean, createdAt: string, dispatchedAt: string | null, fedBackAt: string | null, availableActions: Array<InquiryAction>, evidence: Array<{ id: string, round: number, fileName: string, size: number, sha256: string, url: string }>, division: { code: string, name: string, path: Array<string> } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, organisation: { id: string, name: string, code: string, divisionCode: string, subtypeName: string | null } | null, rule: { id: string, name: string, level: WarningRuleLevel } | null, warning: { id: string, level: WarningRuleLevel, value: string, threshold: string, state: WarningState } | null } | null, userErrors: Array<{ code: InquiryErrorCode, message: string, field: Array<string> | null }> } };

export type InquirableWarningsQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: WarningFilter | null | undefined;
}>;


export type InquirableWarningsQuery = { supplyWarnings: { totalCount: number, nodes: Array<{ id: string, level: WarningRuleLevel, state: WarningState, value: string, threshold: string, divisionCode: string, firstSeenAt: string, availableActions: Array<string>, rule: { id: string, name: string } | null, organisation: { id: string, name: string } | null, drug: { id: string, code: string, genericName: string } | null, division: { code: string, name: string } | null }> } | null };

export type RespondentsQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
}>;


export type RespondentsQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, name: string, code: string, divisionCode: string, subtypeName: string | null }> } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string | null, expiresAt: string | null, userErrors: Array<{ code: AuthErrorCode, message: string, field: Array<string> | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, displayName: string, role: Role, roleLabel: string, posts: Array<Post>, postLabels: Array<string>, scopes: Array<string>, divisionCode: string | null, areaPath: Array<string>, organisation: { id: string, name: string, subtype: OrgSubtype | null } | null, division: { code: string, name: string, level: DivisionLevel } | null } };

export type SessionRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionRefreshMutation = { sessionRefresh: { token: string | null, expiresAt: string | null, userErrors: Array<{ code: AuthErrorCode, message: string, field: Array<string> | null }> } };

export type StockingSummaryQueryVariables = Exact<{
  groupBy: StockingGroupBy;
  filter?: OrganisationFilter | null | undefined;
}>;


export type StockingSummaryQuery = { stockingSummary: { catalogVersionNo: string | null, groups: Array<{ key: string, label: string, organisations: number, stockingOrganisations: number, stockedCodes: number, stockedVarieties: number, catalogCodes: number, catalogVarieties: number, onHand: string }> } | null, total: { groups: Array<{ key: string, label: string, organisations: number, stockingOrganisations: number, stockedCodes: number, stockedVarieties: number, catalogCodes: number, catalogVarieties: number, onHand: string }> } | null };

export type StockingOrganisationsQueryVariables = Exact<{
  first: number;
  offset?: number | null | undefined;
  filter?: OrganisationFilter | null | undefined;
}>;


export type StockingOrganisationsQuery = { stockingOrganisations: { totalCount: number, nodes: Array<{ stockedCodes: number, stockedVarieties: number, catalogCodes: number, catalogVarieties: number, asOf: unknown, organisation: { id: string, code: string, name: string, subtype: OrgSubtype | null, subtypeName: string | null, ownership: Ownership | null, hospitalLevelName: string | null, division: { code: string, name: string } | null } }> } | null };

export type SupplyDivisionOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplyDivisionOptionsQuery = { me: { division: { code: string, name: string, level: DivisionLevel, children: Array<{ code: string, name: string, level: DivisionLevel, children: Array<{ code: string, name: string, level: DivisionLevel }> }> } | null } };

export type SupplyOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplyOrganisationQuery = { organisation: { id: string, code: string, name: string, kind: OrgKind, subtype: OrgSubtype | null, subtypeName: string | null, ownership: Ownership | null, hospitalLevel: string | null, hospitalLevelName: string | null, creditCode: string | null, address: string | null, contactName: string | null, contactPhone: string | null, divisionCode: string, division: { code: string, name: string, path: Array<string> } | null } | null };

export type StockedVarietiesQueryVariables = Exact<{
  organisationId: string | number;
  first: number;
  offset?: number | null | undefined;
  catalogOnly: boolean;
}>;


export type StockedVarietiesQuery = { stockedVarieties: { totalCount: number, nodes: Array<{ codes: number, onHand: string, variety: { id: string, genericName: string, initials: string, codePrefix: string } | null }> } | null };

export type StockedDrugsQueryVariables = Exact<{
  organisationId: string | number;
  first: number;
  offset?: number | null | undefined;
  catalogOnly: boolean;
}>;


export type StockedDrugsQuery = { stockedDrugs: { totalCount: number, nodes: Array<{ onHand: string, inTransit: string | null, asOf: unknown, inCatalog: boolean, drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null } | null }> } | null };

export type DrugSupplyStatusQueryVariables = Exact<{
  code: string;
  windowDays: number;
}>;


export type DrugSupplyStatusQuery = { drugSupplyStatus: { stockingInstitutions: number, reportingInstitutions: number, stockingEnterprises: number, institutionOnHand: string, enterpriseOnHand: string, inTransit: string, windowDays: number, averageDailySales: string, daysOfStock: string | null, asOf: unknown, drug: { id: string, code: string, genericName: string, registeredName: string, spec: string | null, manufacturer: { name: string } | null, latestCatalog: { versionNo: string, reimbursementClass: ReimbursementClass } | null } } | null, openWarnings: Array<{ key: string, label: string, count: number }> | null };

export type WarningRulesQueryVariables = Exact<{
  enabled?: boolean | null | undefined;
}>;


export type WarningRulesQuery = { warningRules: Array<{ id: string, name: string, level: WarningRuleLevel, metric: WarningRuleMetric, targetSubtypes: Array<OrgSubtype>, threshold: string, windowDays: number, description: string | null, formula: string, enabled: boolean, editable: boolean, ownerDivisionCode: string, createdAt: string, updatedAt: string, ownerDivision: { name: string } | null }> | null };

export type WarningRuleCreateMutationVariables = Exact<{
  input: WarningRuleCreateInput;
}>;


export type WarningRuleCreateMutation = { warningRuleCreate: { warningRule: { id: string, name: string, level: WarningRuleLevel, metric: WarningRuleMetric, targetSubtypes: Array<OrgSubtype>, threshold: string, windowDays: number, description: string | null, formula: string, enabled: boolean, editable: boolean } | null, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null }> } };

export type WarningRuleUpdateMutationVariables = Exact<{
  input: WarningRuleUpdateInput;
}>;


export type WarningRuleUpdateMutation = { warningRuleUpdate: { warningRule: { id: string, name: string, level: WarningRuleLevel, metric: WarningRuleMetric, targetSubtypes: Array<OrgSubtype>, threshold: string, windowDays: number, description: string | null, formula: string, enabled: boolean, editable: boolean } | null, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null }> } };

export type WarningRuleEnableMutationVariables = Exact<{
  input: WarningRuleIdInput;
}>;


export type WarningRuleEnableMutation = { warningRuleEnable: { warningRule: { id: string, enabled: boolean } | null, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null }> } };

export type WarningRuleDisableMutationVariables = Exact<{
  input: WarningRuleIdInput;
}>;


export type WarningRuleDisableMutation = { warningRuleDisable: { warningRule: { id: string, enabled: boolean } | null, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null }> } };

export type WarningRuleDeleteMutationVariables = Exact<{
  input: WarningRuleIdInput;
}>;


export type WarningRuleDeleteMutation = { warningRuleDelete: { deletedId: string | null, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null }> } };

export type SupplyWarningCountsQueryVariables = Exact<{
  groupBy: WarningGroupBy;
  filter?: WarningFilter | null | undefined;
}>;


export type SupplyWarningCountsQuery = { supplyWarningCounts: Array<{ key: string, label: string, count: number }> | null };

export type SupplyWarningsQueryVariables = Exact<{
  first: number;
  offset?: number | null | undefined;
  filter?: WarningFilter | null | undefined;
}>;


export type SupplyWarningsQuery = { supplyWarnings: { totalCount: number, nodes: Array<{ id: string, level: WarningRuleLevel, state: WarningState, value: string, threshold: string, subtype: OrgSubtype | null, divisionCode: string, firstSeenAt: string, lastSeenAt: string, alertedAt: string | null, closedAt: string | null, availableActions: Array<string>, rule: { id: string, name: string, metric: WarningRuleMetric } | null, organisation: { id: string, code: string, name: string, subtypeName: string | null } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, division: { code: string, name: string } | null }> } | null };

export type WarningAlertMutationVariables = Exact<{
  input: WarningAlertInput;
}>;


export type WarningAlertMutation = { warningAlert: { warnings: Array<{ id: string, state: WarningState, alertedAt: string | null, availableActions: Array<string> }>, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null }> } };

export type SupplyAlertsQueryVariables = Exact<{
  first: number;
  offset?: number | null | undefined;
}>;


export type SupplyAlertsQuery = { supplyAlerts: { totalCount: number, nodes: Array<{ id: string, level: WarningRuleLevel, state: WarningState, value: string, threshold: string, alertedAt: string | null, firstSeenAt: string, rule: { id: string, name: string, formula: string } | null, drug: { id: string, code: string, genericName: string, spec: string | null } | null, timeline: Array<{ label: string, at: string, opinion: string | null, actor: { displayName: string } }> }> } | null };

export type WarningLevelCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type WarningLevelCountsQuery = { open: Array<{ key: string, label: string, count: number }> | null, byState: Array<{ key: string, label: string, count: number }> | null };

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationQuery = { me: { organisation: { id: string, code: string, name: string, kind: OrgKind, subtype: OrgSubtype | null, subtypeName: string | null, ownership: Ownership | null, hospitalLevel: string | null, hospitalLevelName: string | null, creditCode: string | null, address: string | null, contactName: string | null, contactPhone: string | null, divisionCode: string, division: { code: string, name: string, path: Array<string> } | null } | null } };

export type CreditCodeCheckQueryVariables = Exact<{
  code: string;
}>;


export type CreditCodeCheckQuery = { creditCodeCheck: { code: string, valid: boolean, divisionCode: string | null, problems: Array<{ code: string, message: string }>, division: { name: string, path: Array<string> } | null } };

export type OrganisationUpdateMutationVariables = Exact<{
  input: OrganisationUpdateInput;
}>;


export type OrganisationUpdateMutation = { organisationUpdate: { organisation: { id: string, code: string, name: string, kind: OrgKind, subtype: OrgSubtype | null, subtypeName: string | null, ownership: Ownership | null, hospitalLevel: string | null, hospitalLevelName: string | null, creditCode: string | null, address: string | null, contactName: string | null, contactPhone: string | null, divisionCode: string, division: { code: string, name: string, path: Array<string> } | null } | null, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null }> } };

export type StockReportMutationVariables = Exact<{
  input: StockReportInput;
}>;


export type StockReportMutation = { stockReport: { report: { id: string, batchKey: string, rowCount: number, movementCount: number, createdAt: string, replayed: boolean } | null, userErrors: Array<{ code: SupplyErrorCode, message: string, field: Array<string> | null, row: number | null }> } };

export type TagsQueryVariables = Exact<{ [key: string]: never; }>;


export type TagsQuery = { tags: Array<{ id: string, code: string, name: string, description: string | null, valueType: TagValueType, allowedValues: Array<string>, appliesTo: TagTarget, ownerDivisionCode: string, editable: boolean, ownerDivision: { name: string } | null }> | null };

export type TagCreateMutationVariables = Exact<{
  input: TagCreateInput;
}>;


export type TagCreateMutation = { tagCreate: { tag: { id: string } | null, userErrors: Array<{ code: TagErrorCode, message: string, field: Array<string> | null }> } };

export type TagUpdateMutationVariables = Exact<{
  input: TagUpdateInput;
}>;


export type TagUpdateMutation = { tagUpdate: { tag: { id: string, name: string, description: string | null, allowedValues: Array<string> } | null, userErrors: Array<{ code: TagErrorCode, message: string, field: Array<string> | null }> } };

export type TagDeleteMutationVariables = Exact<{
  input: TagDeleteInput;
}>;


export type TagDeleteMutation = { tagDelete: { deletedId: string | null, userErrors: Array<{ code: TagErrorCode, message: string, field: Array<string> | null }> } };

export type TagAssignMutationVariables = Exact<{
  input: TagAssignInput;
}>;


export type TagAssignMutation = { tagAssign: { tag: { id: string } | null, userErrors: Array<{ code: TagErrorCode, message: string, field: Array<string> | null }> } };

export type TagUnassignMutationVariables = Exact<{
  input: TagUnassignInput;
}>;


export type TagUnassignMutation = { tagUnassign: { tag: { id: string } | null, userErrors: Array<{ code: TagErrorCode, message: string, field: Array<string> | null }> } };

export const CoverageFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCodes"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"institutionVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCodes"}},{"kind":"Field","name":{"kind":"Name","value":"coveredVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCodeRate"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseVarietyRate"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCodeRate"}},{"kind":"Field","name":{"kind":"Name","value":"institutionVarietyRate"}}]}}]} as unknown as DocumentNode<CoverageFiguresFieldsFragment, unknown>;
export const SupplyFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalReceived"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSold"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacyReceived"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySold"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"institutionReceived"}},{"kind":"Field","name":{"kind":"Name","value":"institutionSold"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReceived"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseSupplied"}},{"kind":"Field","name":{"kind":"Name","value":"stockingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"stockingHospitals"}},{"kind":"Field","name":{"kind":"Name","value":"stockingPharmacies"}},{"kind":"Field","name":{"kind":"Name","value":"stockingEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"institutionOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"averageDailySales"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfStock"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]} as unknown as DocumentNode<SupplyFiguresFieldsFragment, unknown>;
export const OrganisationSupplyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSupplyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSupply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"saleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"salesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationSupplyFieldsFragment, unknown>;
export const FocusMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocusMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocusListMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"codePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"drugCount"}}]}}]}}]} as unknown as DocumentNode<FocusMemberFieldsFragment, unknown>;
export const PublicFeedbackRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicFeedbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemType"}},{"kind":"Field","name":{"kind":"Name","value":"problemTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingNote"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicFeedbackRowFragment, unknown>;
export const WholesaleUploadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WholesaleUploadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUpload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"succeededRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WholesaleUploadFieldsFragment, unknown>;
export const InquiryTaskRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fedBackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InquiryTaskRowFragment, unknown>;
export const SupplyCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCodes"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFiguresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCodes"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"institutionVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCodes"}},{"kind":"Field","name":{"kind":"Name","value":"coveredVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCodeRate"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseVarietyRate"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCodeRate"}},{"kind":"Field","name":{"kind":"Name","value":"institutionVarietyRate"}}]}}]} as unknown as DocumentNode<SupplyCoverageQuery, SupplyCoverageQueryVariables>;
export const CatalogDrugStockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogDrugStocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uncoveredBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageSide"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogDrugStocking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"uncoveredBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uncoveredBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"stockingEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"institutionOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"averageDailySales"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfStock"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogDrugStockingQuery, CatalogDrugStockingQueryVariables>;
export const SupplyTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendGranularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedCodes"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"institutionReceived"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseSupplied"}},{"kind":"Field","name":{"kind":"Name","value":"institutionSold"}}]}}]}}]}}]} as unknown as DocumentNode<SupplyTrendQuery, SupplyTrendQueryVariables>;
export const DrugSupplyAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugSupplyAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"varietyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supOffset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instOffset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugSupplyAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"varietyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"varietyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"codePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"drugCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supOffset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSupplyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instOffset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSupplyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalReceived"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSold"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacyReceived"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySold"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"institutionReceived"}},{"kind":"Field","name":{"kind":"Name","value":"institutionSold"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReceived"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseSupplied"}},{"kind":"Field","name":{"kind":"Name","value":"stockingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"stockingHospitals"}},{"kind":"Field","name":{"kind":"Name","value":"stockingPharmacies"}},{"kind":"Field","name":{"kind":"Name","value":"stockingEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"institutionOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"averageDailySales"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfStock"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSupplyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSupply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"saleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"salesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DrugSupplyAnalysisQuery, DrugSupplyAnalysisQueryVariables>;
export const DrugSupplyRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugSupplyRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyRankBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugSupplyRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrugSupplyRankingQuery, DrugSupplyRankingQueryVariables>;
export const AnalysisDrugPickDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalysisDrugPick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"variety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"drugCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalysisDrugPickQuery, AnalysisDrugPickQueryVariables>;
export const FocusListAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FocusListAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FocusListKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusListAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"stockingInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FocusMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"stockingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"institutionOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfStock"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocusMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocusListMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"codePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"drugCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalReceived"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSold"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacyReceived"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySold"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"institutionReceived"}},{"kind":"Field","name":{"kind":"Name","value":"institutionSold"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReceived"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseSupplied"}},{"kind":"Field","name":{"kind":"Name","value":"stockingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"stockingHospitals"}},{"kind":"Field","name":{"kind":"Name","value":"stockingPharmacies"}},{"kind":"Field","name":{"kind":"Name","value":"stockingEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"institutionOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"averageDailySales"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfStock"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]} as unknown as DocumentNode<FocusListAnalysisQuery, FocusListAnalysisQueryVariables>;
export const FocusListMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FocusListMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FocusListKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusListMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FocusMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocusMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocusListMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"codePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"drugCount"}}]}}]}}]} as unknown as DocumentNode<FocusListMembersQuery, FocusListMembersQueryVariables>;
export const HighFrequencySuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HighFrequencySuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highFrequencySuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}}]}}]}}]} as unknown as DocumentNode<HighFrequencySuggestionsQuery, HighFrequencySuggestionsQueryVariables>;
export const FocusListAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FocusListAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FocusListChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusListAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FocusListAddMutation, FocusListAddMutationVariables>;
export const FocusListRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FocusListRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FocusListChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusListRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FocusListRemoveMutation, FocusListRemoveMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const CatalogVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionsQuery, CatalogVersionsQueryVariables>;
export const CatalogVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionQuery, CatalogVersionQueryVariables>;
export const CatalogEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reimbursementClass"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReimbursementClass"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"reimbursementClass"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reimbursementClass"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugCode"}},{"kind":"Field","name":{"kind":"Name","value":"catalogNo"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClass"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceName"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceForm"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogEntriesQuery, CatalogEntriesQueryVariables>;
export const CatalogVersionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionCreateMutation, CatalogVersionCreateMutationVariables>;
export const CatalogVersionReuseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionReuse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionReuseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionReuse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionReuseMutation, CatalogVersionReuseMutationVariables>;
export const CatalogVersionUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionUpdateMutation, CatalogVersionUpdateMutationVariables>;
export const CatalogVersionDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionDeleteMutation, CatalogVersionDeleteMutationVariables>;
export const CatalogVersionSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionSubmitMutation, CatalogVersionSubmitMutationVariables>;
export const CatalogVersionWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionWithdrawMutation, CatalogVersionWithdrawMutationVariables>;
export const CatalogVersionApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionApproveMutation, CatalogVersionApproveMutationVariables>;
export const CatalogVersionRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionRejectMutation, CatalogVersionRejectMutationVariables>;
export const CatalogVersionCancelFinalisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionCancelFinalisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionCancelFinalisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionCancelFinalisationMutation, CatalogVersionCancelFinalisationMutationVariables>;
export const CatalogVersionPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogVersionPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogVersionPublishMutation, CatalogVersionPublishMutationVariables>;
export const CatalogEntryAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogEntryAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogEntryAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntryAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogEntryAddMutation, CatalogEntryAddMutationVariables>;
export const CatalogEntryUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogEntryUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogEntryUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntryUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogNo"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClass"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceName"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceForm"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogEntryUpdateMutation, CatalogEntryUpdateMutationVariables>;
export const CatalogEntryDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogEntryDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogEntryDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntryDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogEntryDeleteMutation, CatalogEntryDeleteMutationVariables>;
export const CatalogImportStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogImportStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogImportStartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogImportStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogImportStartMutation, CatalogImportStartMutationVariables>;
export const CatalogImportRetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogImportRetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogImportRetryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogImportRetry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogImportRetryMutation, CatalogImportRetryMutationVariables>;
export const CatalogImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileFormat"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"onErrors"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"validRows"}},{"kind":"Field","name":{"kind":"Name","value":"errorRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"newDrugCodes"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogImportQuery, CatalogImportQueryVariables>;
export const CatalogImportErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogImportErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogImportErrors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNo"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogImportErrorsQuery, CatalogImportErrorsQueryVariables>;
export const CatalogImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"onErrors"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"errorRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogImportsQuery, CatalogImportsQueryVariables>;
export const DraftVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"DRAFT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]}}]} as unknown as DocumentNode<DraftVersionsQuery, DraftVersionsQueryVariables>;
export const CatalogVersionCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogVersionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CatalogVersionCountsQuery, CatalogVersionCountsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const CatalogEntryStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogEntryStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntryStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"classA"}},{"kind":"Field","name":{"kind":"Name","value":"classB"}},{"kind":"Field","name":{"kind":"Name","value":"western"}},{"kind":"Field","name":{"kind":"Name","value":"tcm"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"classA"}},{"kind":"Field","name":{"kind":"Name","value":"classB"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogEntryStatsQuery, CatalogEntryStatsQueryVariables>;
export const DrugFileProductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugFileProduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesalers"}},{"kind":"Field","name":{"kind":"Name","value":"stockQty"}},{"kind":"Field","name":{"kind":"Name","value":"latestPurchasePrice"}},{"kind":"Field","name":{"kind":"Name","value":"latestPurchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"minPurchasePrice"}},{"kind":"Field","name":{"kind":"Name","value":"maxPurchasePrice"}},{"kind":"Field","name":{"kind":"Name","value":"listingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"listingId"}},{"kind":"Field","name":{"kind":"Name","value":"listingCategory"}},{"kind":"Field","name":{"kind":"Name","value":"latestListingPrice"}},{"kind":"Field","name":{"kind":"Name","value":"listingAsOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wholesalers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockQty"}},{"kind":"Field","name":{"kind":"Name","value":"purchasePrice"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"listingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"listingId"}},{"kind":"Field","name":{"kind":"Name","value":"listingCategory"}},{"kind":"Field","name":{"kind":"Name","value":"listingPrice"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"wholesaler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrugFileProductionQuery, DrugFileProductionQueryVariables>;
export const DrugFileProcurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugFileProcurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statsOffset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ordersFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ordersOffset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operationFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statsOffset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredLines"}},{"kind":"Field","name":{"kind":"Name","value":"inTransitLines"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledLines"}},{"kind":"Field","name":{"kind":"Name","value":"orderedQty"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredQty"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLines"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeLines"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderDate"}},{"kind":"Field","name":{"kind":"Name","value":"distributor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ordersFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ordersOffset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"orderedQty"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredQty"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"distributor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrugFileProcurementQuery, DrugFileProcurementQueryVariables>;
export const DrugFileSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugFileSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplyFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesByInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSupplyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sameGenericSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"saleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"salesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isSelf"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalReceived"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSold"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacyReceived"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySold"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"institutionReceived"}},{"kind":"Field","name":{"kind":"Name","value":"institutionSold"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReceived"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseSupplied"}},{"kind":"Field","name":{"kind":"Name","value":"stockingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"stockingHospitals"}},{"kind":"Field","name":{"kind":"Name","value":"stockingPharmacies"}},{"kind":"Field","name":{"kind":"Name","value":"stockingEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"institutionOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"averageDailySales"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfStock"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSupplyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSupply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"saleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"salesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DrugFileSalesQuery, DrugFileSalesQueryVariables>;
export const DrugFileSupplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugFileSupply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplyFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplyByInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSupplyFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalReceived"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSold"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacyReceived"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySold"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySaleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacySalesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"institutionReceived"}},{"kind":"Field","name":{"kind":"Name","value":"institutionSold"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReceived"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseSupplied"}},{"kind":"Field","name":{"kind":"Name","value":"stockingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"stockingHospitals"}},{"kind":"Field","name":{"kind":"Name","value":"stockingPharmacies"}},{"kind":"Field","name":{"kind":"Name","value":"stockingEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"institutionOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"averageDailySales"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfStock"}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSupplyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSupply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"saleRecords"}},{"kind":"Field","name":{"kind":"Name","value":"salesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DrugFileSupplyQuery, DrugFileSupplyQueryVariables>;
export const DrugFileDisclosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugFileDisclosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplyFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"hospitals"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"hospitals"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacies"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrugFileDisclosureQuery, DrugFileDisclosureQueryVariables>;
export const DrugsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Drugs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DrugFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrugSort"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"tradeName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredForm"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"genericInitials"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"formCode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"drugClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dosageForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClass"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrugsQuery, DrugsQueryVariables>;
export const DrugFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dosageForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drugClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"allowedValues"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}}]}}]}}]} as unknown as DocumentNode<DrugFilterOptionsQuery, DrugFilterOptionsQueryVariables>;
export const DrugExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrugExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrugExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DrugExportMutation, DrugExportMutationVariables>;
export const DrugDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"tradeName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredForm"}},{"kind":"Field","name":{"kind":"Name","value":"formCode"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"packaging"}},{"kind":"Field","name":{"kind":"Name","value":"packagingMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"minPackQty"}},{"kind":"Field","name":{"kind":"Name","value":"minPrepUnit"}},{"kind":"Field","name":{"kind":"Name","value":"minPackUnit"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNo"}},{"kind":"Field","name":{"kind":"Name","value":"standardCode"}},{"kind":"Field","name":{"kind":"Name","value":"marketStatus"}},{"kind":"Field","name":{"kind":"Name","value":"licenseHolder"}},{"kind":"Field","name":{"kind":"Name","value":"genericInitials"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"variety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"codePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"drugCount"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dosageForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drugClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"allowedValues"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogNo"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClass"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceName"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceForm"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basicInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"packaging"}},{"kind":"Field","name":{"kind":"Name","value":"registeredForm"}},{"kind":"Field","name":{"kind":"Name","value":"minPackUnit"}},{"kind":"Field","name":{"kind":"Name","value":"minPrepUnit"}},{"kind":"Field","name":{"kind":"Name","value":"minPackQty"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCode"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClass"}},{"kind":"Field","name":{"kind":"Name","value":"catalogNo"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceName"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packageInsert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dosage"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"indications"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrugDetailQuery, DrugDetailQueryVariables>;
export const DrugPackageInsertUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrugPackageInsertUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrugPackageInsertUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugPackageInsertUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"packageInsert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dosage"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"indications"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DrugPackageInsertUpdateMutation, DrugPackageInsertUpdateMutationVariables>;
export const DrugCodeCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugCodeCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugCodeCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrugCodeCheckQuery, DrugCodeCheckQueryVariables>;
export const VarietySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VarietySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varieties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"codePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"drugCount"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VarietySearchQuery, VarietySearchQueryVariables>;
export const PublicFeedbackListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicFeedbackList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFeedbackFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicFeedbackRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicFeedbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemType"}},{"kind":"Field","name":{"kind":"Name","value":"problemTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingNote"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicFeedbackListQuery, PublicFeedbackListQueryVariables>;
export const PublicFeedbackCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicFeedbackCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFeedbackGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFeedbackFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicFeedbackCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<PublicFeedbackCountsQuery, PublicFeedbackCountsQueryVariables>;
export const PublicFeedbackItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicFeedbackItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicFeedbackItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicFeedbackRow"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicFeedbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemType"}},{"kind":"Field","name":{"kind":"Name","value":"problemTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingNote"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicFeedbackItemQuery, PublicFeedbackItemQueryVariables>;
export const HandlePublicFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandlePublicFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandlePublicFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handlePublicFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicFeedbackRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicFeedbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemType"}},{"kind":"Field","name":{"kind":"Name","value":"problemTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingNote"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HandlePublicFeedbackMutation, HandlePublicFeedbackMutationVariables>;
export const PublicNoticeSettingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicNoticeSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dataCalibre"}},{"kind":"Field","name":{"kind":"Name","value":"riskReminder"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"configuredDivisionCode"}}]}}]}}]} as unknown as DocumentNode<PublicNoticeSettingQuery, PublicNoticeSettingQueryVariables>;
export const SetPublicNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPublicNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPublicNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPublicNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dataCalibre"}},{"kind":"Field","name":{"kind":"Name","value":"riskReminder"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetPublicNoticeMutation, SetPublicNoticeMutationVariables>;
export const PublicUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugQueries"}},{"kind":"Field","name":{"kind":"Name","value":"drugSearches"}},{"kind":"Field","name":{"kind":"Name","value":"institutionSearches"}},{"kind":"Field","name":{"kind":"Name","value":"institutionViews"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"scans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"drugQueries"}},{"kind":"Field","name":{"kind":"Name","value":"drugSearches"}},{"kind":"Field","name":{"kind":"Name","value":"institutionSearches"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"scans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topKeywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyword"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitsByDivision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topDrugs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicUsageQuery, PublicUsageQueryVariables>;
export const PurchaseNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseNeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"analysisNote"}},{"kind":"Field","name":{"kind":"Name","value":"analysedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canAnalyse"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseNeedsQuery, PurchaseNeedsQueryVariables>;
export const PurchaseNeedStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseNeedStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseNeedGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseNeedStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"analysed"}}]}}]}}]} as unknown as DocumentNode<PurchaseNeedStatsQuery, PurchaseNeedStatsQueryVariables>;
export const RevealNeedContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealNeedContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealNeedContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealNeedContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevealNeedContactMutation, RevealNeedContactMutationVariables>;
export const AnalysePurchaseNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalysePurchaseNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysePurchaseNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analysePurchaseNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"analysisNote"}},{"kind":"Field","name":{"kind":"Name","value":"canAnalyse"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AnalysePurchaseNeedMutation, AnalysePurchaseNeedMutationVariables>;
export const InstitutionEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionEvaluationsQuery, InstitutionEvaluationsQueryVariables>;
export const MyInstitutionPublicInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInstitutionPublicInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInstitutionPublicInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"publicPhone"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"publicListed"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"gcjLat"}},{"kind":"Field","name":{"kind":"Name","value":"gcjLon"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MyInstitutionPublicInfoQuery, MyInstitutionPublicInfoQueryVariables>;
export const UpdateInstitutionPublicInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstitutionPublicInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstitutionPublicInfoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstitutionPublicInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"publicPhone"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"publicListed"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"gcjLat"}},{"kind":"Field","name":{"kind":"Name","value":"gcjLon"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInstitutionPublicInfoMutation, UpdateInstitutionPublicInfoMutationVariables>;
export const DrugPublicSectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugPublicSections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"drug"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Drug"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicDisclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishingInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"hospitals"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishingByPrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"hospitals"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"queryTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"traceScans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanCount"}},{"kind":"Field","name":{"kind":"Name","value":"byResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrugPublicSectionsQuery, DrugPublicSectionsQueryVariables>;
export const WholesaleUploadTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleUploadTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleUploadTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WholesaleUploadTemplateMutation, WholesaleUploadTemplateMutationVariables>;
export const WholesaleDrugTableExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleDrugTableExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleDrugTableExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WholesaleDrugTableExportMutation, WholesaleDrugTableExportMutationVariables>;
export const WholesaleUploadStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleUploadStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUploadStartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleUploadStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WholesaleUploadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WholesaleUploadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUpload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"succeededRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WholesaleUploadStartMutation, WholesaleUploadStartMutationVariables>;
export const WholesaleUploadResubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleUploadResubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUploadResubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleUploadResubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WholesaleUploadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WholesaleUploadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUpload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"succeededRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WholesaleUploadResubmitMutation, WholesaleUploadResubmitMutationVariables>;
export const WholesaleUploadExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholesaleUploadExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUploadExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleUploadExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WholesaleUploadExportMutation, WholesaleUploadExportMutationVariables>;
export const WholesaleUploadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholesaleUploads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUploadState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleUploads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WholesaleUploadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WholesaleUploadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUpload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"succeededRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WholesaleUploadsQuery, WholesaleUploadsQueryVariables>;
export const WholesaleUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholesaleUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WholesaleUploadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WholesaleUploadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUpload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"succeededRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WholesaleUploadQuery, WholesaleUploadQueryVariables>;
export const WholesaleUploadRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholesaleUploadRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleUploadRowStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleUploadRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"rowNo"}},{"kind":"Field","name":{"kind":"Name","value":"drugCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WholesaleUploadRowsQuery, WholesaleUploadRowsQueryVariables>;
export const WholesaleOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholesaleOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WholesaleOfferFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wholesaleOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockQty"}},{"kind":"Field","name":{"kind":"Name","value":"purchasePrice"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"listingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"listingId"}},{"kind":"Field","name":{"kind":"Name","value":"listingPrice"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"wholesaler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"tradeName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"minPackUnit"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WholesaleOffersQuery, WholesaleOffersQueryVariables>;
export const DistributorDeliveryStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistributorDeliveryStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryOrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributorDeliveryStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredLines"}},{"kind":"Field","name":{"kind":"Name","value":"inTransitLines"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledLines"}},{"kind":"Field","name":{"kind":"Name","value":"orderedQty"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredQty"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLines"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeLines"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderDate"}}]}}]}}]}}]} as unknown as DocumentNode<DistributorDeliveryStatsQuery, DistributorDeliveryStatsQueryVariables>;
export const DeliveryOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliveryOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryOrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"orderedQty"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredQty"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distributor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryOrdersQuery, DeliveryOrdersQueryVariables>;
export const StockReportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockReportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockReportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StockReportTemplateMutation, StockReportTemplateMutationVariables>;
export const StockReportUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockReportUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockReportUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockReportUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchKey"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"movementCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"line"}}]}}]}}]}}]} as unknown as DocumentNode<StockReportUploadMutation, StockReportUploadMutationVariables>;
export const DeliveryReportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeliveryReportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryReportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryReportTemplateMutation, DeliveryReportTemplateMutationVariables>;
export const DeliveryReportUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeliveryReportUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockReportUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryReportUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchKey"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"line"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryReportUploadMutation, DeliveryReportUploadMutationVariables>;
export const SupplyHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"closedWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"finishedProblems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"closedWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"finishedProblems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningsByState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inquiriesByState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"todos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]} as unknown as DocumentNode<SupplyHomeQuery, SupplyHomeQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationsMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationsMarkReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationsMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const InquiryTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryTaskRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fedBackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InquiryTasksQuery, InquiryTasksQueryVariables>;
export const InquiryTaskCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryTaskCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryTaskCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<InquiryTaskCountsQuery, InquiryTaskCountsQueryVariables>;
export const InquiryTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryTaskRow"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"tradeName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"minPackUnit"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"alertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fedBackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InquiryTaskQuery, InquiryTaskQueryVariables>;
export const InquiryCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<InquiryCreateMutation, InquiryCreateMutationVariables>;
export const InquiryAllocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryAllocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryAllocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryTaskRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fedBackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InquiryAllocateMutation, InquiryAllocateMutationVariables>;
export const InquiryDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryDispatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryTaskRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fedBackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InquiryDispatchMutation, InquiryDispatchMutationVariables>;
export const InquiryApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryTaskRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fedBackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InquiryApproveMutation, InquiryApproveMutationVariables>;
export const InquiryRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryTaskRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fedBackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InquiryRejectMutation, InquiryRejectMutationVariables>;
export const InquiryArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryTaskRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fedBackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InquiryArchiveMutation, InquiryArchiveMutationVariables>;
export const InquiryFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiryFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryTaskRow"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fedBackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InquiryFeedbackMutation, InquiryFeedbackMutationVariables>;
export const InquirableWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquirableWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InquirableWarningsQuery, InquirableWarningsQueryVariables>;
export const RespondentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Respondents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}}]}}]}}]} as unknown as DocumentNode<RespondentsQuery, RespondentsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"postLabels"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaPath"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SessionRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SessionRefreshMutation, SessionRefreshMutationVariables>;
export const StockingSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockingSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockingGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"stockingOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"stockedCodes"}},{"kind":"Field","name":{"kind":"Name","value":"stockedVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCodes"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"stockingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TOTAL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"stockingOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"stockedCodes"}},{"kind":"Field","name":{"kind":"Name","value":"stockedVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCodes"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]}}]} as unknown as DocumentNode<StockingSummaryQuery, StockingSummaryQueryVariables>;
export const StockingOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockingOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockingOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockedCodes"}},{"kind":"Field","name":{"kind":"Name","value":"stockedVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCodes"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalLevelName"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockingOrganisationsQuery, StockingOrganisationsQueryVariables>;
export const SupplyDivisionOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyDivisionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplyDivisionOptionsQuery, SupplyDivisionOptionsQueryVariables>;
export const SupplyOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalLevelName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<SupplyOrganisationQuery, SupplyOrganisationQueryVariables>;
export const StockedVarietiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockedVarieties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"catalogOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockedVarieties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"catalogOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"catalogOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"variety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"codePrefix"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockedVarietiesQuery, StockedVarietiesQueryVariables>;
export const StockedDrugsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockedDrugs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"catalogOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockedDrugs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"catalogOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"catalogOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"inCatalog"}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockedDrugsQuery, StockedDrugsQueryVariables>;
export const DrugSupplyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrugSupplyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugSupplyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClass"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"reportingInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"stockingEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"institutionOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"averageDailySales"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfStock"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openWarnings"},"name":{"kind":"Name","value":"supplyWarningCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"LEVEL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"drugCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IDENTIFIED"},{"kind":"EnumValue","value":"ALERTED"},{"kind":"EnumValue","value":"IN_INQUIRY"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DrugSupplyStatusQuery, DrugSupplyStatusQueryVariables>;
export const WarningRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"targetSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<WarningRulesQuery, WarningRulesQueryVariables>;
export const WarningRuleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarningRuleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningRuleCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRuleCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"targetSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WarningRuleCreateMutation, WarningRuleCreateMutationVariables>;
export const WarningRuleUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarningRuleUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningRuleUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRuleUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"targetSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WarningRuleUpdateMutation, WarningRuleUpdateMutationVariables>;
export const WarningRuleEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarningRuleEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningRuleIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRuleEnable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WarningRuleEnableMutation, WarningRuleEnableMutationVariables>;
export const WarningRuleDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarningRuleDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningRuleIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRuleDisable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WarningRuleDisableMutation, WarningRuleDisableMutationVariables>;
export const WarningRuleDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarningRuleDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningRuleIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRuleDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WarningRuleDeleteMutation, WarningRuleDeleteMutationVariables>;
export const SupplyWarningCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyWarningCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyWarningCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<SupplyWarningCountsQuery, SupplyWarningCountsQueryVariables>;
export const SupplyWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"alertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplyWarningsQuery, SupplyWarningsQueryVariables>;
export const WarningAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarningAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"alertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WarningAlertMutation, WarningAlertMutationVariables>;
export const SupplyAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"alertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"genericName"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplyAlertsQuery, SupplyAlertsQueryVariables>;
export const WarningLevelCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningLevelCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"supplyWarningCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"LEVEL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IDENTIFIED"},{"kind":"EnumValue","value":"ALERTED"},{"kind":"EnumValue","value":"IN_INQUIRY"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byState"},"name":{"kind":"Name","value":"supplyWarningCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"STATE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<WarningLevelCountsQuery, WarningLevelCountsQueryVariables>;
export const MyOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalLevelName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const CreditCodeCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditCodeCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCodeCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<CreditCodeCheckQuery, CreditCodeCheckQueryVariables>;
export const OrganisationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"subtypeName"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalLevelName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationUpdateMutation, OrganisationUpdateMutationVariables>;
export const StockReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StockReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchKey"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"movementCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]} as unknown as DocumentNode<StockReportMutation, StockReportMutationVariables>;
export const TagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"allowedValues"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDivision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]}}]} as unknown as DocumentNode<TagsQuery, TagsQueryVariables>;
export const TagCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TagCreateMutation, TagCreateMutationVariables>;
export const TagUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allowedValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TagUpdateMutation, TagUpdateMutationVariables>;
export const TagDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TagDeleteMutation, TagDeleteMutationVariables>;
export const TagAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TagAssignMutation, TagAssignMutationVariables>;
export const TagUnassignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagUnassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagUnassignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagUnassign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TagUnassignMutation, TagUnassignMutationVariables>;