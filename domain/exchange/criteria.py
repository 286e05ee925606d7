"""What a caller asks of the exchange lists (filters; the caller's scope is the access object, not a criterion)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class OfferCriteria:
    drug_code: str | None = None        # a code or a code prefix
    name: str | None = None             # generic, trade or registered name contains
    wholesaler_id: int | None = None
    division_codes: frozenset[str] | None = None  # the wholesaler's division (a subtree)
    in_stock: bool = False


@dataclass(frozen=True)
class DeliveryCriteria:
    distributor_id: int | None = None
    institution_id: int | None = None
    order_no: str | None = None
    statuses: tuple[str, ...] = ()
    division_codes: frozenset[str] | None = None
    drug_code_id: int | None = None
    order_from: date | None = None
    order_to: date | None = None
