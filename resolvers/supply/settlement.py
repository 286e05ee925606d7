"""Loading insurance-settled sales from the settlement system (PUB-08; settlement-based sales)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from domain.shared.scopes import Scope
from domain.supply.settlement_service import SettledLine, SettlementService
from resolvers.context import Info
from resolvers.common.mutations import mutate
from schema.common.types import f
from schema.permissions import needs
from schema.supply.payloads import StockReportUserError


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


@strawberry.type(description="医保结算明细报送结果")
class SettlementSalesLoadPayload:
    loaded: int = f("新写入的明细数")
    duplicates: int = f("此前已报送、本次跳过的明细数")
    user_errors: list[StockReportUserError] = f("逐行错误；任一行有错则整批不写入")


@strawberry.type
class SettlementMutations:
    @strawberry.mutation(description="报送定点医药机构的医保结算明细（医保结算数据接口）：整批校验，全部写入或全不写入；"
                                     "已报送的明细（同机构、结算流水号、药品）自动跳过，可放心重发",
                         extensions=needs(Scope.SETTLEMENT_LOAD))
    async def settlement_sales_load(self, info: Info, input: SettlementSalesLoadInput) -> SettlementSalesLoadPayload:
        lines = [SettledLine(settlement_no=r.settlement_no, drug_code=r.drug_code, settled_on=r.settled_on,
                             quantity=r.quantity, amount=r.amount, fund_amount=r.fund_amount) for r in input.rows]

        async def run() -> SettlementSalesLoadPayload:
            result = await SettlementService(info.context.uow()).load(input.institution_code, lines)
            return SettlementSalesLoadPayload(loaded=result.loaded, duplicates=result.duplicates, user_errors=[])
        return await mutate(run, SettlementSalesLoadPayload, StockReportUserError, loaded=0, duplicates=0)
