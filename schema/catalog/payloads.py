"""Mutation payloads and user errors of the catalog."""
from __future__ import annotations

import strawberry

from schema.catalog.enums import CatalogErrorCode
from schema.catalog.types import CatalogEntry, CatalogImport, CatalogVersion
from schema.common.types import f
from schema.errors import UserError


@strawberry.type(description="目录业务错误")
class CatalogUserError(UserError):
    code: CatalogErrorCode = f("错误码")


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
