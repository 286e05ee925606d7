"""Root mutation fields of the claims domain: the settlement system's feed of settled sales (PUB-08)."""
from __future__ import annotations

import strawberry

from domain.claims.service import SettledLine, SettlementService
from domain.shared.scopes import Scope
from resolvers.common.mutations import mutate
from resolvers.context import Info
from schema.claims.inputs import SettlementSalesLoadInput
from schema.claims.payloads import SettlementSalesLoadPayload
from schema.permissions import needs
from schema.supply.payloads import StockReportUserError


@strawberry.type
class ClaimsMutations:
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
