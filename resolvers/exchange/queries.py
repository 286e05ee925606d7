"""Root query fields of enterprise data exchange: 报盘 (DRUG-16), offers (SUP-06), delivery statistics and order
detail (SUP-09). Each builds the access object from the caller and reads through the repository."""
from __future__ import annotations

import strawberry

from domain.drugs.codes import normalise_code
from domain.drugs.repository import DrugRepository
from domain.exchange.criteria import DeliveryCriteria, OfferCriteria
from domain.exchange.repository import ExchangeRepository
from domain.shared.scopes import Scope
from domain.supply.access import OrgAccess
from resolvers.context import Info
from domain.supply.access import division_filter
from schema.errors import bad_input
from schema.exchange.enums import RowStatus, UploadState
from schema.exchange.inputs import DeliveryOrderFilter, WholesaleOfferFilter
from schema.exchange.types import (DeliveryOrderConnection, DistributorDeliveryStatsConnection,
                                   WholesaleOfferConnection, WholesaleUpload, WholesaleUploadConnection,
                                   WholesaleUploadRow, WholesaleUploadRowConnection)
from schema.permissions import needs
from schema.relay import from_global_id, page_request


def _opt_id(gid: str | None, kind: str) -> int | None:
    return from_global_id(gid, kind)[1] if gid else None


@strawberry.type
class ExchangeQueries:
    @strawberry.field(description="本单位的报盘记录（DRUG-16 报盘信息查询），最新在前", extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_uploads(self, info: Info, first: int | None = 20, after: str | None = None,
                                offset: int | None = None, state: UploadState | None = None
                                ) -> WholesaleUploadConnection | None:
        page = await ExchangeRepository(info.context.db).uploads_page(
            OrgAccess.of(info.context.principal), state.value if state else None, page_request(first, after, offset))
        return WholesaleUploadConnection.of(page, WholesaleUpload.of)

    @strawberry.field(description="按 ID 读取一次报盘（不是本单位的为 null）", extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload(self, info: Info, id: strawberry.ID) -> WholesaleUpload | None:
        up = await ExchangeRepository(info.context.db).upload(OrgAccess.of(info.context.principal),
                                                              from_global_id(id, "WholesaleUpload")[1])
        return WholesaleUpload.of(up) if up else None

    @strawberry.field(description="一次报盘的逐行结果和失败原因（DRUG-16）；默认为最近一次上传的行",
                      extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload_rows(self, info: Info, upload_id: strawberry.ID, first: int | None = 20,
                                    after: str | None = None, offset: int | None = None,
                                    status: RowStatus | None = None, attempt: int | None = None
                                    ) -> WholesaleUploadRowConnection | None:
        request = page_request(first, after, offset)
        repo = ExchangeRepository(info.context.db)
        access = OrgAccess.of(info.context.principal)
        up = await repo.upload(access, from_global_id(upload_id, "WholesaleUpload")[1])
        if up is None:
            return None
        page = await repo.rows_page(access, up.id, attempt or up.attempt, status.value if status else None, request)
        return WholesaleUploadRowConnection.of(page, WholesaleUploadRow.of)

    @strawberry.field(description="批发企业配备和可供应的药品（SUP-06 药品流通信息查询）：按药品代码、名称、批发企业、"
                                  "区划筛选；定点医药机构看本省（区）的批发企业，医保局看辖区内，批发企业看本单位",
                      extensions=needs(Scope.OFFERS_READ))
    async def wholesale_offers(self, info: Info, first: int | None = 20, after: str | None = None,
                               offset: int | None = None, filter: WholesaleOfferFilter | None = None
                               ) -> WholesaleOfferConnection | None:
        request = page_request(first, after, offset)
        flt = filter or WholesaleOfferFilter()
        if flt.name is not None and len(flt.name) > 64:
            raise bad_input("name 不能超过 64 个字符", "VALUE_TOO_LONG", ["filter", "name"])
        criteria = OfferCriteria(
            drug_code=normalise_code(flt.drug_code)[:23] if flt.drug_code else None, name=flt.name or None,
            wholesaler_id=_opt_id(flt.wholesaler_id, "Organisation"),
            division_codes=division_filter(info.context.tree, flt.division_code, ["filter", "divisionCode"]), in_stock=flt.in_stock)
        return await info.context.fields.wholesale_offer_page(criteria, request)

    @strawberry.field(description="配送企业配送情况统计（SUP-09）：每个配送企业的订单数、配送率、按时送达率；"
                                  "医保局看辖区内的配送企业，可按订单日期和区划筛选", extensions=needs(Scope.SUPPLY_READ))
    async def distributor_delivery_stats(self, info: Info, first: int | None = 20, after: str | None = None,
                                         offset: int | None = None, filter: DeliveryOrderFilter | None = None
                                         ) -> DistributorDeliveryStatsConnection | None:
        request = page_request(first, after, offset)
        return await info.context.fields.delivery_stats_page(await _delivery_criteria(info, filter), request)

    @strawberry.field(description="药品配送明细（SUP-09）：每笔订单每个药品的配送情况，最近报送的在前；医保局看辖区内配送企业的，"
                                  "配送企业看本单位配送的，定点医药机构看本单位订货的", extensions=needs(Scope.ORGANISATIONS_READ))
    async def delivery_orders(self, info: Info, first: int | None = 20, after: str | None = None,
                              offset: int | None = None, filter: DeliveryOrderFilter | None = None
                              ) -> DeliveryOrderConnection | None:
        request = page_request(first, after, offset)
        return await info.context.fields.delivery_order_page(await _delivery_criteria(info, filter), request)


async def _delivery_criteria(info: Info, flt: DeliveryOrderFilter | None) -> DeliveryCriteria:
    if flt is None:
        return DeliveryCriteria()
    drug_id = None
    if flt.drug_code:
        drug = await DrugRepository(info.context.db).get_by_code(normalise_code(flt.drug_code)[:23])
        drug_id = drug.id if drug else -1
    return DeliveryCriteria(
        distributor_id=_opt_id(flt.distributor_id, "Organisation"),
        institution_id=_opt_id(flt.institution_id, "Organisation"),
        order_no=flt.order_no or None, statuses=tuple(s.value for s in flt.statuses or ()),
        division_codes=division_filter(info.context.tree, flt.division_code, ["filter", "divisionCode"]), drug_code_id=drug_id,
        order_from=flt.order_from, order_to=flt.order_to)
