"""Inputs and filters of drug master data and tags."""
from __future__ import annotations

import strawberry

from schema.common.types import f
from domain.drugs.criteria import DrugSort as _DrugSort
from schema.drugs.enums import DrugSort, DrugType, TagTarget, TagValueType


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
