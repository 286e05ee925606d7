"""Read models of the supply domain: what its repositories' reads return, the same on either read path.

Entities are read as `@read_model` views (their mapped columns); statistics and analyses as slotted dataclasses
built by position from selects that list their columns in field order. Organisations are read as the identity
domain's OrganisationView."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from domain.identity.views import OrganisationView
from domain.shared.reads import ReadModel, read_model
from domain.supply.criteria import StockingStatus, status_of
from domain.supply.focus import FocusListMember
from domain.supply.models import StockReportBatch, SupplyWarning, WarningRule, formula

T = TypeVar("T")


def written(view: type[T], entity: Any) -> T:
    """The read model of an entity a unit of work has just written (what a read of it would return)."""
    return view(*(getattr(entity, c.key) for c in view.columns))  # type: ignore[attr-defined]


@read_model(WarningRule)
class WarningRuleView(ReadModel):
    """A warning rule as read."""

    @property
    def formula(self) -> str:
        return formula(self.metric, self.threshold, self.window_days)  # type: ignore[attr-defined]


@read_model(SupplyWarning)
class SupplyWarningView(ReadModel):
    """A warning as read."""


@read_model(StockReportBatch)
class StockReportBatchView(ReadModel):
    """A stock report batch as read (a replayed report answers with the first one)."""


@read_model(FocusListMember)
class FocusListMemberView(ReadModel):
    """A focus-list member as read."""


# --- stocking (SUP-05, SUP-07…13) ---------------------------------------------------------------------------------

@dataclass(slots=True)
class StockingOrganisationView:
    """A supply entity with the drug codes and varieties it stocks (on-hand > 0), all and in the catalog."""

    organisation: OrganisationView
    stocked_codes: int
    stocked_varieties: int
    catalog_codes: int
    catalog_varieties: int
    as_of: date | None


@dataclass(slots=True)
class StockingGroupView:
    """One group of the stocking summary (key "ALL" for the total)."""

    key: str
    organisations: int
    stocking_organisations: int
    stocked_codes: int
    stocked_varieties: int
    catalog_codes: int
    catalog_varieties: int
    on_hand: Decimal


@dataclass(slots=True)
class StockedDrugView:
    drug_code_id: int
    code: str
    on_hand: Decimal
    in_transit: Decimal | None
    as_of: date
    in_catalog: bool


@dataclass(slots=True)
class StockedVarietyView:
    variety_id: int
    codes: int
    on_hand: Decimal


@dataclass(slots=True)
class DrugSupplyView:
    """A drug code's supply in an area: stocking entities, stock, and sales over a window up to each level's date."""

    stocking_institutions: int
    stocking_enterprises: int
    reporting_institutions: int
    institution_on_hand: Decimal
    enterprise_on_hand: Decimal
    in_transit: Decimal
    as_of: date | None
    sold: Decimal


# --- analyses (SUP-39…45, DRUG-06, DRUG-24…26) ---------------------------------------------------------------------

@dataclass(slots=True)
class FiguresView:
    """Supply figures of one group of drug codes (`k`) in one prefecture (`pref`, or ALL for the total)."""

    k: int
    pref: str
    hospital_received: Decimal
    hospital_sold: Decimal
    hospital_sales: int
    pharmacy_received: Decimal
    pharmacy_sold: Decimal
    pharmacy_sales: int
    enterprise_received: Decimal
    enterprise_sold: Decimal
    hospital_sales_amount: Decimal
    pharmacy_sales_amount: Decimal
    stocking_institutions: int
    stocking_hospitals: int
    stocking_pharmacies: int
    stocking_enterprises: int
    institution_on_hand: Decimal
    enterprise_on_hand: Decimal
    in_transit: Decimal
    as_of: date | None
    open_warnings: int


@dataclass(slots=True)
class CatalogSizeView:
    codes: int
    varieties: int


@dataclass(slots=True)
class CoverageView:
    """Catalog codes and varieties stocked in one prefecture (or ALL)."""

    pref: str
    enterprise_codes: int
    enterprise_varieties: int
    institution_codes: int
    institution_varieties: int
    covered_codes: int
    covered_varieties: int


@dataclass(slots=True)
class TrendPointView:
    bucket: date
    codes: int
    varieties: int
    institution_received: Decimal
    enterprise_supplied: Decimal
    institution_sold: Decimal


@dataclass(slots=True)
class OrganisationSupplyView:
    """One organisation's receipts, sales and current stock of some drug codes over a window."""

    organisation: OrganisationView
    received: Decimal
    sold: Decimal
    sales: int
    amount: Decimal
    on_hand: Decimal
    as_of: date | None


@dataclass(slots=True)
class PeerSalesView:
    """Sales of one code of a variety (同通用名) over a window."""

    id: int
    sold: Decimal
    sales: int
    amount: Decimal


@dataclass(slots=True)
class StockingInstitutionsView:
    """Institutions holding some codes, in one prefecture (or ALL)."""

    pref: str
    institutions: int
    hospitals: int
    pharmacies: int


@dataclass(slots=True)
class RankView:
    id: int
    value: Decimal | int  # a sum of quantities, or of sale records


@dataclass(slots=True)
class ReachView:
    """Institutions, and those stocking a drug of a focus list, in one prefecture (or ALL)."""

    pref: str
    institutions: int
    stocking: int


@dataclass(slots=True)
class FrequentSaleView:
    id: int
    records: int
    sold: Decimal
    listed: bool


# --- DRUG-06 stocking status from every source ---------------------------------------------------------------------

@dataclass(slots=True)
class SourceEvidenceView:
    """What one source shows of one drug in the area: institutions, quantity (on-hand, delivered or settled),
    the latest date and the prefectures where it shows."""

    institutions: int
    quantity: Decimal
    last: date | None
    prefectures: list[str]

    @property
    def evidenced(self) -> bool:
        return self.institutions > 0


@dataclass(slots=True)
class StockingEvidenceView:
    drug_code_id: int
    stock_reports: SourceEvidenceView
    deliveries: SourceEvidenceView
    settlements: SourceEvidenceView

    @property
    def status(self) -> StockingStatus:
        return status_of(self.stock_reports.evidenced, self.deliveries.evidenced, self.settlements.evidenced)


@dataclass(slots=True)
class StatusCountView:
    """Catalog codes of one status in one prefecture (or ALL)."""

    pref: str
    status: StockingStatus
    codes: int


# --- SUP-44 supply stability, SUP-45 rare-disease treatment needs ---------------------------------------------------

@dataclass(slots=True)
class StabilityView:
    """The daily stock and supply of one group of drug codes (`k`) in an area over a window of days (SUP-44),
    computed from the daily rollup: on-hand is the institutions' reported stock carried to each day, supplied the
    institutions' receipts of the day. Series run from the window's first day to its last."""

    k: int
    days: int
    stock_out_days: int     # days on which institutions had reported it but none held any
    no_data_days: int       # days before any institution of the area had reported it
    zero_stock_days: int    # institution × day at zero on-hand (among the institutions that had reported it)
    reporting_days: int     # institution × day with a reported on-hand
    mean_on_hand: Decimal
    on_hand_variance: Decimal
    on_hand_stddev: Decimal
    mean_supplied: Decimal
    supplied_variance: Decimal
    supplied_stddev: Decimal
    on_hand: list[Decimal]
    supplied: list[Decimal]
    stocking: list[int]
    reporting_at_end: int


@dataclass(slots=True)
class TreatmentNeedView:
    """Rare-disease treatment needs against supply for one group of drug codes (`k`) in one prefecture (`pref`, or
    ALL): purchase-need registrations, settled sales and current stock at institutions (SUP-45)."""

    k: int
    pref: str
    needs: int
    need_persons: int
    need_quantity: Decimal
    unmet_needs: int
    unmet_places: list[str]
    settlements: int
    settled_quantity: Decimal
    settled_amount: Decimal
    settling_institutions: int
    stocking_institutions: int
    on_hand: Decimal

