"""Mutation payloads and user errors of drug master data and tags."""
from __future__ import annotations

import strawberry

from schema.common.types import f
from schema.drugs.enums import DrugErrorCode, TagErrorCode
from schema.common.types import DownloadFile
from schema.drugs.types import Drug, Manufacturer, Tag
from schema.errors import UserError


@strawberry.type(description="标签业务错误")
class TagUserError(UserError):
    code: TagErrorCode = f("错误码")


@strawberry.type(description="药品主数据业务错误")
class DrugUserError(UserError):
    code: DrugErrorCode = f("错误码")


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
