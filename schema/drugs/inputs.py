"""Inputs and filters of the drugs domain."""
from __future__ import annotations

import strawberry
from strawberry.file_uploads import Upload

from schema.common.types import f
from domain.drugs.repository import DrugSort as _DrugSort
from schema.drugs.enums import DrugSort, DrugType, ErrorPolicy, ReimbursementClass, TagTarget, TagValueType


@strawberry.input(description="药品筛选条件（可组合）")
class DrugFilter:
    search: str | None = f("智能搜索：中文名称片段、拼音首字母（如 amxl）或代码前缀（如 XJ01CA）", default=None)
    name: str | None = f("通用名 / 商品名 / 注册名称包含", default=None)
    pinyin: str | None = f("拼音首字母前缀", default=None)
    code_prefix: str | None = f("药品代码前缀", default=None)
    class_code: str | None = f("分类码前缀，如 J01 或 J01CA", default=None)
    form_code: str | None = f("剂型代码", default=None)
    type: DrugType | None = f("西药或中成药", default=None)
    variety_id: strawberry.ID | None = f("品种", default=None)
    manufacturer_id: strawberry.ID | None = f("生产企业", default=None)
    tag_id: strawberry.ID | None = f("带有此标签（含继承自品种的）", default=None)
    tag_value: str | None = f("与 tagId 一起使用：标签取值", default=None)


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


@strawberry.input(description="定义业务标签")
class TagCreateInput:
    code: str = f("标签编码：字母开头，字母数字下划线")
    name: str = f("名称")
    description: str | None = f("说明", default=None)
    value_type: TagValueType = f("值类型")
    allowed_values: list[str] | None = f("枚举型的可选值（最多 100 个）", default=None)
    applies_to: TagTarget = f("适用对象")


@strawberry.input(description="修改业务标签")
class TagUpdateInput:
    id: strawberry.ID = f("标签")
    name: str | None = f("名称", default=None)
    description: str | None = f("说明", default=None)
    allowed_values: list[str] | None = f("枚举型的可选值（不能删除仍在使用的值）", default=None)


@strawberry.input(description="删除业务标签（同时删除其全部取值）")
class TagDeleteInput:
    id: strawberry.ID = f("标签")


@strawberry.input(description="为品种或药品编码设置标签值")
class TagAssignInput:
    tag_id: strawberry.ID = f("标签")
    target_id: strawberry.ID = f("品种（Variety）或药品（Drug）的 ID")
    value: str = f("取值：布尔型 true/false，枚举型为可选值之一", default="true")


@strawberry.input(description="移除品种或药品编码上的标签")
class TagUnassignInput:
    tag_id: strawberry.ID = f("标签")
    target_id: strawberry.ID = f("品种（Variety）或药品（Drug）的 ID")


@strawberry.input(description="维护药品说明书信息（只传要改的字段）")
class DrugPackageInsertUpdateInput:
    drug_id: strawberry.ID = f("药品")
    dosage: str | None = f("用量", default=None)
    frequency: str | None = f("使用频次", default=None)
    method: str | None = f("使用方法", default=None)
    indications: str | None = f("功能主治 / 适应症", default=None)
    shelf_life_months: int | None = f("有效期（月）", default=None)


@strawberry.input(description="维护生产企业信息（DRUG-22；只传要改的字段，空字符串表示清除）")
class ManufacturerUpdateInput:
    id: strawberry.ID = f("生产企业")
    address: str | None = f("地址（最多 200 字）", default=None)
    contact_name: str | None = f("联系人（最多 64 字）", default=None)
    contact_phone: str | None = f("联系方式：电话或手机（数字、+、-、括号、空格，5–32 位）", default=None)
    credit_code: str | None = f("统一社会信用代码（18 位，校验位检查）", default=None)


@strawberry.input(description="导出当前筛选条件下的药品主数据（Excel）")
class DrugExportInput:
    filter: DrugFilter | None = f("与 drugs 查询相同的筛选条件", default=None)
    sort: DrugSort = f("排序", default=_DrugSort.CODE_ASC)
