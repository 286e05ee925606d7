"""Mutation payloads of the claims domain. Row errors use the stock report's error type, as they did when settled
sales were loaded through the supply domain (the schema is unchanged; every ClaimsErrorCode is a SupplyErrorCode)."""
from __future__ import annotations

import strawberry

from schema.common.types import f
from schema.supply.payloads import StockReportUserError


@strawberry.type(description="医保结算明细报送结果")
class SettlementSalesLoadPayload:
    loaded: int = f("新写入的明细数")
    duplicates: int = f("此前已报送、本次跳过的明细数")
    user_errors: list[StockReportUserError] = f("逐行错误；任一行有错则整批不写入")
