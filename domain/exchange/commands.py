"""Inputs of the exchange use cases (API batches: DRUG-17, SUP-03, SUP-09)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import Field, StringConstraints

from domain.shared.commands import Command
from domain.exchange.models import DeliveryStatus

MAX_BATCH_ROWS = 500
BatchKey = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[^\x00-\x1f]+$")]
Code = Annotated[str, StringConstraints(max_length=64)]

LABELS = {"batch_key": "批次号", "rows": "明细行", "enterprise_code": "企业代码", "drug_code": "药品代码",
          "stock_qty": "库存数量", "purchase_price": "最新采购价格", "purchase_date": "最新采购日期", "as_of": "库存日期",
          "listing_status": "挂网状态", "listing_id": "挂网ID", "listing_category": "挂网类别", "listing_price": "最新挂网价格",
          "distributors": "配送企业", "credit_code": "统一社会信用代码", "name": "名称", "division_code": "所在区划",
          "address": "地址", "contact_name": "联系人", "contact_phone": "联系电话", "orders": "订单明细",
          "order_no": "订单号", "institution_code": "订货机构编码", "ordered_qty": "订货数量",
          "delivered_qty": "已配送数量", "order_date": "订单日期", "due_date": "要求送达日期",
          "delivered_date": "送达日期", "status": "配送状态", "in_transit": "在途数据", "quantity": "在途数量"}


class OfferRowIn(Command):
    drug_code: Code
    stock_qty: Decimal
    purchase_price: Decimal
    purchase_date: date | None = None
    as_of: date
    listing_status: Annotated[str, StringConstraints(max_length=16)] | None = None
    listing_id: Annotated[str, StringConstraints(max_length=64)] | None = None
    listing_price: Decimal | None = None
    listing_category: Annotated[str, StringConstraints(max_length=32)] | None = None


class ReportOffers(Command):
    batch_key: BatchKey
    enterprise_code: Code | None = None
    rows: list[OfferRowIn] = Field(max_length=MAX_BATCH_ROWS)


class DistributorIn(Command):
    credit_code: Code
    name: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    division_code: Annotated[str, StringConstraints(min_length=6, max_length=6, pattern=r"^\d{6}$")]
    address: Annotated[str, StringConstraints(max_length=200)] | None = None
    contact_name: Annotated[str, StringConstraints(max_length=64)] | None = None
    contact_phone: Annotated[str, StringConstraints(max_length=32, pattern=r"^[0-9+\-() ]*$")] | None = None


class SyncDistributors(Command):
    batch_key: BatchKey
    distributors: list[DistributorIn] = Field(max_length=100)


class OrderIn(Command):
    order_no: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    institution_code: Code
    drug_code: Code
    ordered_qty: Decimal
    delivered_qty: Decimal = Decimal(0)
    order_date: date
    due_date: date | None = None
    delivered_date: date | None = None
    status: DeliveryStatus


class InTransitIn(Command):
    drug_code: Code
    quantity: Decimal
    as_of: date


class ReportDeliveries(Command):
    batch_key: BatchKey
    enterprise_code: Code | None = None
    orders: list[OrderIn] = Field(default_factory=list, max_length=MAX_BATCH_ROWS)
    in_transit: list[InTransitIn] = Field(default_factory=list, max_length=MAX_BATCH_ROWS)
