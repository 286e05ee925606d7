"""Inputs of the claims domain: the settlement system's batches of settled sales."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from schema.common.types import f


@strawberry.input(description="一条医保结算明细（某次结算中的一个药品）")
class SettledLineInput:
    settlement_no: str = f("结算流水号（setl_id）")
    drug_code: str = f("药品代码")
    settled_on: date = f("结算日期（北京时间）")
    quantity: Decimal = f("数量（最小包装单位）")
    amount: Decimal = f("总金额（元）")
    fund_amount: Decimal = f("统筹基金支付（元）")


@strawberry.input(description="一家定点医药机构的一批医保结算明细")
class SettlementSalesLoadInput:
    institution_code: str = f("定点医药机构编码")
    rows: list[SettledLineInput] = f("明细（最多 5000 行）")
