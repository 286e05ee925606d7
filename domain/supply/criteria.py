"""What supply reads are asked for: filters, groupings, orders and windows (plain values, no I/O). The GraphQL
enums of schema/supply wrap the enums defined here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
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


class DataSource(StrEnum):
    """Where a supply figure comes from."""

    STOCK_REPORTS = "STOCK_REPORTS"  # institutions' and enterprises' 进销存 reports
    DELIVERIES = "DELIVERIES"        # distributors' delivery orders (流通)
    SETTLEMENTS = "SETTLEMENTS"      # insurance-settled sales from the settlement system (医保结算)
    PURCHASE_NEEDS = "PURCHASE_NEEDS"  # insured persons' purchase-need registrations (公众端购药需求登记)


SOURCE_LABELS = {DataSource.STOCK_REPORTS: "进销存报告", DataSource.DELIVERIES: "配送订单（流通数据）",
                 DataSource.SETTLEMENTS: "医保结算数据", DataSource.PURCHASE_NEEDS: "购药需求登记（公众端）"}


# --- DRUG-06 catalog stocking status ------------------------------------------------------------------------------

class StockingStatus(StrEnum):
    STOCKED = "STOCKED"                              # an institution of the area holds it (stock reports)
    DELIVERED_AND_SETTLED = "DELIVERED_AND_SETTLED"  # no stock reported, but delivered and settled recently
    ONLY_DELIVERED = "ONLY_DELIVERED"                # no stock reported, only delivered recently
    ONLY_SETTLED = "ONLY_SETTLED"                    # no stock reported, only settled recently
    NONE = "NONE"                                    # none of the three sources shows it


STATUS_LABELS = {
    StockingStatus.STOCKED: "已配备（机构有库存）",
    StockingStatus.DELIVERED_AND_SETTLED: "无库存报告，近期有配送和结算",
    StockingStatus.ONLY_DELIVERED: "无库存报告，仅近期有配送",
    StockingStatus.ONLY_SETTLED: "无库存报告，仅近期有医保结算",
    StockingStatus.NONE: "未配备（三类数据均无）",
}

# (stocked per stock reports, delivered in the window, settled in the window): None = either. The first matching
# row names the status; every combination matches exactly one row.
STATUS_RULES: tuple[tuple[StockingStatus, tuple[bool | None, bool | None, bool | None]], ...] = (
    (StockingStatus.STOCKED, (True, None, None)),
    (StockingStatus.DELIVERED_AND_SETTLED, (False, True, True)),
    (StockingStatus.ONLY_DELIVERED, (False, True, False)),
    (StockingStatus.ONLY_SETTLED, (False, False, True)),
    (StockingStatus.NONE, (False, False, False)),
)
STATUS_RULE_TEXT = ("有库存：辖区内至少一家定点医药机构最新报告库存 > 0（进销存）；否则按配送窗口内是否有送达机构的配送订单（流通）、"
                    "结算窗口内是否有机构的医保结算（结算），分为“近期有配送和结算”“仅近期有配送”“仅近期有医保结算”“未配备”")


def status_of(stocked: bool, delivered: bool, settled: bool) -> StockingStatus:
    """The overall status of one drug in one area from its three sources (the first STATUS_RULES row that fits)."""
    facts = (stocked, delivered, settled)
    for status, rule in STATUS_RULES:
        if all(want is None or want == have for want, have in zip(rule, facts, strict=True)):
            return status
    raise AssertionError(facts)  # unreachable: the table covers every combination


@dataclass(frozen=True, slots=True)
class SourceWindows:
    """The delivery and settlement windows (business days, Asia/Shanghai) a status is judged over."""

    deliveries: Window
    settlements: Window

    @classmethod
    def ending(cls, end: date, delivery_days: int, settlement_days: int) -> SourceWindows:
        """The windows of these lengths (days, at least one) ending on `end`."""
        return cls(Window(end - timedelta(days=max(1, delivery_days) - 1), end),
                   Window(end - timedelta(days=max(1, settlement_days) - 1), end))


