"""Read models of settled sales as the drug file's sales section reads them (DRUG-24): built by position from
selects that list their columns in field order, the same on either read path."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.identity.views import OrganisationView


@dataclass(slots=True)
class SettledFiguresView:
    """Insurance-settled sales of some drug codes in one prefecture (`pref`, or ALL), split by hospitals and
    pharmacies."""

    pref: str
    hospital_quantity: Decimal
    hospital_amount: Decimal
    hospital_fund_amount: Decimal
    hospital_settlements: int
    pharmacy_quantity: Decimal
    pharmacy_amount: Decimal
    pharmacy_fund_amount: Decimal
    pharmacy_settlements: int
    institutions: int


@dataclass(slots=True)
class InstitutionSettledView:
    """One institution's settled sales of some drug codes in a window."""

    organisation: OrganisationView
    quantity: Decimal
    amount: Decimal
    fund_amount: Decimal
    settlements: int
    last_settled_on: date | None


@dataclass(slots=True)
class PeerSettledView:
    """Settled sales of one code of a variety (同通用名) in a window."""

    id: int
    quantity: Decimal
    amount: Decimal
    settlements: int
