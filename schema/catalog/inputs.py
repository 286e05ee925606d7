"""Inputs of the catalog: versions, entries, imports."""
from __future__ import annotations

import strawberry
from strawberry.file_uploads import Upload

from schema.catalog.enums import ErrorPolicy, ReimbursementClass
from schema.common.types import f


@strawberry.input(description="从国家目录文件创建目录版本（或导入到已有草稿）")
class CatalogImportStartInput:
    file: Upload | None = f("文件（multipart 上传，.xlsx 或 .csv）", default=None)
    file_base64: str | None = f("文件内容的 Base64 编码（不便使用 multipart 的客户端，如 GraphiQL）", default=None)
    file_name: str = f("文件名，如 2025年国家医保药品目录.xlsx")
    on_errors: ErrorPolicy = f("有错误行时的处理方式", default=ErrorPolicy.REJECT_FILE)
    version_no: str | None = f("新版本的版本号（新建版本时必填）", default=None)
    name: str | None = f("新版本名称（新建版本时必填）", default=None)
    description: str | None = f("新版本说明", default=None)
    target_version_id: strawberry.ID | None = f("导入到这个草稿版本（不新建版本）", default=None)


@strawberry.input(description="导入国家药品分类与代码总表，更新药品主数据（DRUG-07）")
class MasterDataImportStartInput:
    file: Upload | None = f("文件（multipart 上传，.xlsx 或 .csv）", default=None)
    file_base64: str | None = f("文件内容的 Base64 编码（不便使用 multipart 的客户端，如 GraphiQL）", default=None)
    file_name: str = f("文件名，如 药品分类与代码总表.xlsx")
    on_errors: ErrorPolicy = f("有错误行时的处理方式", default=ErrorPolicy.REJECT_FILE)


@strawberry.input(description="导入国家药品追溯协同服务平台的药品标识码文件（标识码 → 药品代码 / 本位码），供扫码追溯识别药品（PUB-19）")
class TraceProductImportStartInput:
    file: Upload | None = f("文件（multipart 上传，.xlsx 或 .csv）", default=None)
    file_base64: str | None = f("文件内容的 Base64 编码（不便使用 multipart 的客户端，如 GraphiQL）", default=None)
    file_name: str = f("文件名，如 药品标识码.xlsx")
    on_errors: ErrorPolicy = f("有错误行时的处理方式", default=ErrorPolicy.REJECT_FILE)


@strawberry.input(description="重新执行失败的导入")
class CatalogImportRetryInput:
    import_id: strawberry.ID = f("导入任务")
    on_errors: ErrorPolicy = f("错误行处理方式，通常选 IMPORT_VALID_ROWS", default=ErrorPolicy.IMPORT_VALID_ROWS)


@strawberry.input(description="新建空白目录版本")
class CatalogVersionCreateInput:
    version_no: str = f("版本号")
    name: str = f("名称")
    description: str | None = f("说明", default=None)


@strawberry.input(description="复用已有版本创建新版本（复制全部条目）")
class CatalogVersionReuseInput:
    source_version_id: strawberry.ID = f("被复用的版本")
    version_no: str = f("新版本号")
    name: str = f("新版本名称")
    description: str | None = f("说明", default=None)


@strawberry.input(description="修改草稿版本的名称或说明")
class CatalogVersionUpdateInput:
    id: strawberry.ID = f("版本")
    name: str | None = f("名称", default=None)
    description: str | None = f("说明", default=None)


@strawberry.input(description="指定一个目录版本")
class CatalogVersionIdInput:
    id: strawberry.ID = f("版本")


@strawberry.input(description="目录版本工作流操作")
class CatalogVersionTransitionInput:
    id: strawberry.ID = f("版本")
    opinion: str | None = f("意见（驳回、取消定稿时必填）", default=None)


@strawberry.input(description="向草稿版本添加目录药品")
class CatalogEntryAddInput:
    version_id: strawberry.ID = f("版本")
    drug_code: str = f("23 位药品代码（须已在药品主数据中）")
    reimbursement_class: ReimbursementClass = f("甲乙类")
    catalog_no: str | None = f("目录编号", default=None)
    insurance_name: str | None = f("医保药品名称（默认为通用名）", default=None)
    insurance_form: str | None = f("医保剂型（默认为注册剂型）", default=None)
    restriction: str | None = f("医保支付限制", default=None)
    remark: str | None = f("备注", default=None)


@strawberry.input(description="修改草稿版本中的目录条目（只传要改的字段）")
class CatalogEntryUpdateInput:
    id: strawberry.ID = f("条目")
    reimbursement_class: strawberry.Maybe[ReimbursementClass | None] = f("甲乙类", default=None)
    catalog_no: strawberry.Maybe[str | None] = f("目录编号", default=None)
    insurance_name: strawberry.Maybe[str | None] = f("医保药品名称", default=None)
    insurance_form: strawberry.Maybe[str | None] = f("医保剂型", default=None)
    restriction: strawberry.Maybe[str | None] = f("医保支付限制", default=None)
    remark: strawberry.Maybe[str | None] = f("备注", default=None)


@strawberry.input(description="删除草稿版本中的目录条目")
class CatalogEntryDeleteInput:
    id: strawberry.ID = f("条目")
