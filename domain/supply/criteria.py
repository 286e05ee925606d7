"""What supply reads are asked for: filters, groupings, orders and windows (plain values, no I/O). The GraphQL
enums of schema/supply wrap the enums defined here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

ALL = "*"  # the key of an analysis' total row (beside one row per prefecture)
INSTITUTIONS = ("HOSPITAL", "PHARMACY")
ENTERPRISES = ("WHOLESALER", "DISTRIBUTOR")


@dataclass(frozen=True)
class OrgCriteria:
    subtypes: tuple[str, ...] = ()
    ownership: str | None = None
    hospital_level: str | None = None
    division_codes: frozenset[str] | None = None  # the organisation's division or any below it (a subtree)
    name: str | None = None             # name substring or code prefix


class StockingGroupBy(StrEnum):
    TOTAL = "TOTAL"
    PREFECTURE = "PREFECTURE"
    COUNTY = "COUNTY"
    SUBTYPE = "SUBTYPE"
    OWNERSHIP = "OWNERSHIP"
    HOSPITAL_LEVEL = "HOSPITAL_LEVEL"


@dataclass(frozen=True)
class WarningCriteria:
    rule_id: int | None = None
    states: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()
    organisation_id: int | None = None
    division_codes: frozenset[str] | None = None
    drug_code_id: int | None = None
    county_level: bool | None = None  # True: county coverage warnings only (no supply entity); False: entities only
    warning_id: int | None = None     # one warning (a notification opens it)


class WarningGroupBy(StrEnum):
    RULE = "RULE"
    SUBTYPE = "SUBTYPE"
    STATE = "STATE"
    LEVEL = "LEVEL"
    ORGANISATION = "ORGANISATION"
    COUNTY = "COUNTY"


class Granularity(StrEnum):
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


class CoverageSide(StrEnum):
    ENTERPRISES = "ENTERPRISES"    # no wholesaler or distributor in the area stocks it
    INSTITUTIONS = "INSTITUTIONS"  # no hospital or pharmacy in the area stocks it
    BOTH = "BOTH"                  # nobody in the area stocks it


class RankBy(StrEnum):
    INSTITUTION_RECEIVED = "INSTITUTION_RECEIVED"
    ENTERPRISE_SUPPLIED = "ENTERPRISE_SUPPLIED"
    INSTITUTION_SOLD = "INSTITUTION_SOLD"
    SALE_RECORDS = "SALE_RECORDS"


class OrgSupplyOrder(StrEnum):
    """How organisations' supply of a drug is ordered (largest first)."""

    RECEIVED = "received"
    SOLD = "sold"
    ON_HAND = "on_hand"


@dataclass(frozen=True, slots=True)
class Window:
    """An analysis period of business days (Asia/Shanghai), both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1
