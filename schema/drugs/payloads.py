"""Mutation payloads and per-domain user errors of the drugs domain."""
from __future__ import annotations

import strawberry

from schema.common.types import f
from schema.drugs.enums import CatalogErrorCode, DrugErrorCode, TagErrorCode
from schema.drugs.types import CatalogEntry, CatalogImport, CatalogVersion, DownloadFile, Drug, Manufacturer, Tag
from schema.errors import UserError


@strawberry.type(description="目录业务错误")
class CatalogUserError(UserError):
    code: CatalogErrorCode = f("错误码")


@strawberry.type(description="标签业务错误")
class TagUserError(UserError):
    code: TagErrorCode = f("错误码")


@strawberry.type(description="药品主数据业务错误")
class DrugUserError(UserError):
    code: DrugErrorCode = f("错误码")


@strawberry.type(description="目录版本操作结果")
class CatalogVersionPayload:
    catalog_version: CatalogVersion | None = f("操作后的版本；失败时为 null")
    user_errors: list[CatalogUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="删除目录版本的结果")
class CatalogVersionDeletePayload:
    deleted_id: strawberry.ID | None = f("被删除版本的 ID")
    user_errors: list[CatalogUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="目录条目操作结果")
class CatalogEntryPayload:
    catalog_entry: CatalogEntry | None = f("操作后的条目")
    catalog_version: CatalogVersion | None = f("条目所属版本（含最新条目数）")
    user_errors: list[CatalogUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="导入任务提交结果")
class CatalogImportPayload:
    catalog_import: CatalogImport | None = f("已排队的导入任务；用 catalogImport(id) 查询进度")
    user_errors: list[CatalogUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="标签操作结果")
class TagPayload:
    tag: Tag | None = f("标签")
    user_errors: list[TagUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="删除标签的结果")
class TagDeletePayload:
    deleted_id: strawberry.ID | None = f("被删除标签的 ID")
    user_errors: list[TagUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="药品维护结果")
class DrugPayload:
    drug: Drug | None = f("药品")
    user_errors: list[DrugUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="生产企业信息维护结果")
class ManufacturerPayload:
    manufacturer: Manufacturer | None = f("修改后的生产企业；失败时为 null")
    user_errors: list[DrugUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="导出结果")
class DrugExportPayload:
    file: DownloadFile | None = f("生成的 Excel 文件")
    user_errors: list[DrugUserError] = f("业务错误（如超过导出上限）；为空表示成功")
