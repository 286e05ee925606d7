"""One-drug-one-file production/operation (DRUG-22) and procurement/distribution (DRUG-23) sections, read from
the wholesalers' reported offers and the distributors' delivery orders, within the caller's area. The sections'
data comes through the request's field helpers (resolvers/exchange/fields.py)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from domain.exchange.views import TradeSummary
from schema.common.types import f
from schema.drugs.types import Manufacturer
from schema.exchange.enums import ListingStatusEnum
from schema.exchange.types import DeliveryOrderConnection, DistributorDeliveryStatsConnection, WholesaleOfferConnection


@strawberry.type(description="批发与挂网概况（DRUG-22）：本辖区可见批发企业报送的数据")
class DrugTradeSummary:
    wholesalers: int = f("经营该药品的批发企业数")
    stock_qty: Decimal = f("批发企业库存合计（最小包装单位）")
    latest_purchase_price: Decimal | None = f("最新采购价格（元，按采购日期最新的一条）")
    latest_purchase_date: date | None = f("最新采购日期")
    min_purchase_price: Decimal | None = f("各批发企业最新采购价格的最低值（元）")
    max_purchase_price: Decimal | None = f("各批发企业最新采购价格的最高值（元）")
    listing_status: ListingStatusEnum | None = f("挂网状态（最新报送）")
    listing_id: str | None = f("挂网 ID（最新报送）")
    listing_category: str | None = f("挂网类别（最新报送）")
    latest_listing_price: Decimal | None = f("最新挂网价格（元）")
    listing_as_of: date | None = f("挂网信息的报送日期")

    @classmethod
    def of(cls, t: TradeSummary) -> DrugTradeSummary:
        return cls(wholesalers=t.wholesalers, stock_qty=t.stock_qty, min_purchase_price=t.min_purchase_price,
                   max_purchase_price=t.max_purchase_price, latest_purchase_price=t.latest_purchase_price,
                   latest_purchase_date=t.latest_purchase_date,
                   listing_status=ListingStatusEnum(t.listing_status) if t.listing_status else None,
                   listing_id=t.listing_id, latest_listing_price=t.listing_price,
                   listing_category=t.listing_category, listing_as_of=t.listing_as_of)


@strawberry.type(description="一药一档·生产经营信息（DRUG-22）与采购配送信息（DRUG-23）")
class DrugOperationFile:
    _drug_id: strawberry.Private[int]
    _drug_code: strawberry.Private[str]
    _manufacturer_id: strawberry.Private[int]

    @strawberry.field(description="生产企业：名称、统一社会信用代码、地址、联系人与联系方式（由 manufacturerUpdate 维护）")
    async def manufacturer(self, info: strawberry.Info) -> Manufacturer | None:
        row = await info.context.loaders.manufacturer.load(self._manufacturer_id)
        return Manufacturer.of(row) if row else None

    @strawberry.field(description="挂网与批发概况：挂网状态、挂网 ID、最新挂网价格，批发企业数、库存与采购价格")
    async def trade(self, info: strawberry.Info) -> DrugTradeSummary:
        return await info.context.fields.drug_trade(self._drug_id)

    @strawberry.field(description="批发企业：名称、代码、地址、库存数量、最新采购价格（按批发企业分页）")
    async def wholesalers(self, info: strawberry.Info, first: int | None = 20, after: str | None = None,
                          offset: int | None = None) -> WholesaleOfferConnection:
        return await info.context.fields.drug_wholesalers(self._drug_code, first, after, offset)

    @strawberry.field(description="采购订单配送情况（DRUG-23）：各配送企业配送该药品的订单数、配送率、按时送达率")
    async def distribution(self, info: strawberry.Info, order_from: date | None = None, order_to: date | None = None,
                           first: int | None = 20, after: str | None = None,
                           offset: int | None = None) -> DistributorDeliveryStatsConnection:
        return await info.context.fields.drug_distribution(self._drug_id, order_from, order_to, first, after, offset)

    @strawberry.field(description="采购订单明细（DRUG-23）：该药品每笔采购订单的订购、配送数量与状态，最近报送的在前")
    async def orders(self, info: strawberry.Info, first: int | None = 20, after: str | None = None,
                     offset: int | None = None) -> DeliveryOrderConnection:
        return await info.context.fields.drug_orders(self._drug_id, first, after, offset)
