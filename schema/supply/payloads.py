"""Mutation payloads and user errors of the supply domain."""
from __future__ import annotations

import strawberry

from schema.common.types import Organisation, f
from schema.errors import UserError
from schema.supply.enums import SupplyErrorCode
from schema.supply.types import StockReport, SupplyWarning, WarningRule


@strawberry.type(description="供应业务错误")
class SupplyUserError(UserError):
    code: SupplyErrorCode = f("错误码")


@strawberry.type(description="库存报告的错误：逐行给出行号、字段、错误码和说明")
class StockReportUserError(UserError):
    code: SupplyErrorCode = f("错误码")
    row: int | None = f("出错的明细行序号（从 0 开始，与 rows 下标一致）；整批错误为 null")


@strawberry.type(description="本单位基本信息维护结果")
class OrganisationUpdatePayload:
    organisation: Organisation | None = f("修改后的单位；失败时为 null")
    user_errors: list[SupplyUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="库存报告结果")
class StockReportPayload:
    report: StockReport | None = f("导入结果；有任何错误时为 null 且未导入任何数据")
    user_errors: list[StockReportUserError] = f("逐行错误；为空表示成功")


@strawberry.type(description="预警规则操作结果")
class WarningRulePayload:
    warning_rule: WarningRule | None = f("操作后的规则；失败时为 null")
    user_errors: list[SupplyUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="删除预警规则的结果")
class WarningRuleDeletePayload:
    deleted_id: strawberry.ID | None = f("被删除规则的 ID")
    user_errors: list[SupplyUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="预警状态操作结果")
class WarningTransitionPayload:
    warnings: list[SupplyWarning] = f("操作后的预警；失败时为空")
    user_errors: list[SupplyUserError] = f("业务错误（逐条）；为空表示成功，任何一条出错则全部未处理")
