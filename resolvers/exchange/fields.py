"""Field helpers of enterprise data exchange for types whose fields take arguments or query data: the one-drug-one-
file sections (DRUG-22/23) and the lists the root queries share with them. Each builds the access object, calls
the repository and returns schema types."""
from __future__ import annotations

from datetime import date

from domain.exchange.access import offer_access
from domain.exchange.criteria import DeliveryCriteria, OfferCriteria
from domain.exchange.repository import ExchangeRepository
from domain.shared.pagination import PageRequest
from domain.supply.access import OrgAccess
from domain.shared.config import shanghai_today
from resolvers.common.fields import DomainFields
from schema.exchange.operation import DrugTradeSummary
from schema.exchange.types import (DeliveryOrder, DeliveryOrderConnection, DistributorDeliveryStats,
                                   DistributorDeliveryStatsConnection, WholesaleOffer, WholesaleOfferConnection)
from schema.relay import page_request


class ExchangeFields(DomainFields):
    async def wholesale_offer_page(self, criteria: OfferCriteria, request: PageRequest) -> WholesaleOfferConnection:
        """Offers of the wholesalers the caller sees (domain.exchange.access.offer_access)."""
        access = offer_access(self.ctx.principal, self.ctx.tree)
        page = await ExchangeRepository(self.ctx.db).offers_page(access, criteria, request)
        return WholesaleOfferConnection.of(page, WholesaleOffer.of)

    async def delivery_order_page(self, criteria: DeliveryCriteria, request: PageRequest) -> DeliveryOrderConnection:
        """Order lines the caller sees: officials their area's distributors', each party its own."""
        page = await ExchangeRepository(self.ctx.db).orders_page(OrgAccess.of(self.ctx.principal), criteria, request)
        today = shanghai_today()
        return DeliveryOrderConnection.of(page, lambda o: DeliveryOrder.of(o, today))

    async def delivery_stats_page(self, criteria: DeliveryCriteria,
                                  request: PageRequest) -> DistributorDeliveryStatsConnection:
        """Delivery statistics of the distributors the caller sees."""
        page = await ExchangeRepository(self.ctx.db).delivery_stats_page(
            OrgAccess.of(self.ctx.principal), criteria, shanghai_today(), request)
        return DistributorDeliveryStatsConnection.of(page, DistributorDeliveryStats.of)

    async def drug_trade(self, drug_id: int) -> DrugTradeSummary:
        """One drug's wholesale and listing picture (DRUG-22) among the wholesalers the caller sees."""
        access = offer_access(self.ctx.principal, self.ctx.tree)
        return DrugTradeSummary.of(await ExchangeRepository(self.ctx.db).drug_trade_summary(access, drug_id))

    async def drug_wholesalers(self, drug_code: str, first: int | None, after: str | None,
                               offset: int | None) -> WholesaleOfferConnection:
        """The wholesalers carrying one drug code (DRUG-22)."""
        return await self.wholesale_offer_page(OfferCriteria(drug_code=drug_code), page_request(first, after, offset))

    async def drug_distribution(self, drug_id: int, order_from: date | None, order_to: date | None,
                                first: int | None, after: str | None,
                                offset: int | None) -> DistributorDeliveryStatsConnection:
        """The distributors that delivered one drug, with their statistics over its orders (DRUG-23)."""
        criteria = DeliveryCriteria(drug_code_id=drug_id, order_from=order_from, order_to=order_to)
        return await self.delivery_stats_page(criteria, page_request(first, after, offset))

    async def drug_orders(self, drug_id: int, first: int | None, after: str | None,
                          offset: int | None) -> DeliveryOrderConnection:
        """One drug's order lines (DRUG-23), most recently reported first."""
        return await self.delivery_order_page(DeliveryCriteria(drug_code_id=drug_id),
                                              page_request(first, after, offset))
