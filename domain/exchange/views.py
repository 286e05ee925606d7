"""Read models of enterprise data exchange: what ExchangeRepository's reads return, on either read path."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from sqlalchemy import inspect as sa_inspect

from domain.exchange.models import DeliveryOrder, ExchangeBatch, WholesaleUpload, WholesaleUploadRow
from domain.identity.models import Organisation
from domain.shared.reads import ReadModel, read_model

T = TypeVar("T")


def view_of(view: type[T], entity: Any) -> T:
    """The read model of an ORM entity a service wrote: its columns as they are now, in the view's field order.

    Every column of the view must be loaded: an expired attribute would need a load on access, which an async
    session cannot do implicitly. An attribute left unset when the entity was created counts as not loaded too (it
    reads as None, but SQLAlchemy lists it with the expired ones), so services set every column, if only to None,
    of an entity they create and return."""
    keys = [c.key for c in view.columns]  # type: ignore[attr-defined]
    missing = sa_inspect(entity).unloaded.intersection(keys)
    if missing:
        raise ValueError(f"{type(entity).__name__} lacks {sorted(missing)} for {view.__name__}")
    return view(*(getattr(entity, k) for k in keys))


@read_model(ExchangeBatch)
class BatchView(ReadModel):
    """An API batch (DRUG-17, SUP-03, SUP-09) as read."""


@read_model(WholesaleUpload)
class UploadView(ReadModel):
    """A 报盘 upload as read (without the file, which only the validation job reads)."""


@read_model(WholesaleUploadRow)
class UploadRowView(ReadModel):
    """One row of one attempt of an upload, with its result."""


@read_model(DeliveryOrder)
class DeliveryOrderView(ReadModel):
    """One order line a distributor delivers (SUP-09)."""


@dataclass(slots=True)
class OrgView:
    """An organisation as exchange reads show it beside an offer, a statistic or a synchronised distributor.

    Offers carry their wholesaler: institutions may see offers of wholesalers that the organisation loader
    (their own organisation only) would not return."""

    id: int
    code: str
    name: str
    kind: str
    division_code: str
    subtype: str | None
    ownership: str | None
    hospital_level: str | None
    credit_code: str | None
    address: str | None
    contact_name: str | None
    contact_phone: str | None

    columns: ClassVar[tuple[Any, ...]] = (
        Organisation.id, Organisation.code, Organisation.name, Organisation.kind, Organisation.division_code,
        Organisation.subtype, Organisation.ownership, Organisation.hospital_level, Organisation.credit_code,
        Organisation.address, Organisation.contact_name, Organisation.contact_phone)


@dataclass(slots=True)
class OfferView:
    """What a wholesaler carries (SUP-06, DRUG-22): one drug code's latest reported offer, with the wholesaler."""

    organisation_id: int
    drug_code_id: int
    stock_qty: Decimal
    purchase_price: Decimal | None
    purchase_date: date | None
    listing_status: str | None
    listing_id: str | None
    listing_price: Decimal | None
    listing_category: str | None
    as_of: date
    source: str
    updated_at: datetime
    drug_code: str
    wholesaler: OrgView


RATE = Decimal("0.0001")  # rates are shown to 4 places


@dataclass(slots=True)
class DeliveryStats:
    """One distributor's delivery statistics over the orders asked about (SUP-09, DRUG-23); zeros when it has none."""

    distributor: OrgView
    orders: int
    lines: int
    delivered_lines: int
    in_transit_lines: int
    cancelled_lines: int
    ordered_qty: Decimal
    delivered_qty: Decimal
    due_lines: int
    on_time_lines: int
    last_order_date: date | None

    @property
    def delivery_rate(self) -> Decimal | None:
        """Delivered ÷ ordered quantity (cancelled lines left out), to 4 places; None without orders."""
        return (self.delivered_qty / self.ordered_qty).quantize(RATE) if self.ordered_qty > 0 else None

    @property
    def on_time_rate(self) -> Decimal | None:
        """Lines delivered in full by their due date ÷ lines due, to 4 places; None when none is due."""
        return (Decimal(self.on_time_lines) / self.due_lines).quantize(RATE) if self.due_lines else None



@dataclass(slots=True)
class TradeSummary:
    """One drug's wholesale picture among the wholesalers a caller sees (DRUG-22)."""

    wholesalers: int
    stock_qty: Decimal
    min_purchase_price: Decimal | None
    max_purchase_price: Decimal | None
    latest_purchase_price: Decimal | None
    latest_purchase_date: date | None
    listing_status: str | None
    listing_id: str | None
    listing_price: Decimal | None
    listing_as_of: date | None
    listing_category: str | None


@dataclass(slots=True)
class DrugTableRow:
    """One line of a wholesaler's drug basic-information table (DRUG-14)."""

    code: str
    registered_name: str
    generic_name: str
    trade_name: str | None
    registered_form: str | None
    spec: str | None
    packaging: str | None
    approval_no: str | None
    standard_code: str | None
    reimbursement_class: str | None  # None: not in the catalog version (the outer join found no entry)
    insurance_name: str | None
    catalog_no: str | None
    version_no: str | None
    stock_qty: Decimal | None
    purchase_price: Decimal | None
    listing_status: str | None
    listing_price: Decimal | None
    as_of: date | None
