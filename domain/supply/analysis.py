"""Supply analyses (SUP-39…45, DRUG-06, DRUG-24…26): read-only SQL aggregations, always within an AreaAccess.

Every query aggregates in PostgreSQL. Flows (receipts, sales, supplied quantities) come from the daily rollup
`stock_daily`, except per-organisation flows (organisations_page), which the rollup cannot give (it is per county)
and which read `stock_movement` for the few codes asked; current stock and stocking from `stock_level`; open
warnings from `supply_warning`. Rows are placed by the organisation's division, and "prefecture" means the
prefecture-level division above a county (or the division itself for prefecture-level organisations such as
enterprises). The text statements are built once and bound per call."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, text

from domain.catalog.models import CatalogEntry
from domain.drugs.models import DrugCode
from domain.identity.models import Organisation
from domain.identity.views import OrganisationView
from domain.shared.db import any_of
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads
from domain.supply.access import AreaAccess
from domain.supply.criteria import ALL, ENTERPRISES, INSTITUTIONS, CoverageSide, Granularity, OrgSupplyOrder, RankBy, Window
from domain.supply.daily import StockDaily
from domain.supply.focus import FocusListMember
from domain.supply.models import MovementKind, StockLevel, StockMovement
from domain.supply.stocking_status import SourceWindows, StockingStatus, status_filter
from domain.drugs.views import DrugCodeView
from domain.supply.views import (CatalogSizeView, CoverageView, FiguresView, FrequentSaleView,
                                 OrganisationSupplyView, PeerSalesView, RankView, ReachView,
                                 StockingInstitutionsView, TrendPointView)

PREF = "CASE WHEN dv.level = 'COUNTY' THEN dv.parent_code ELSE dv.code END"


def _area(divisions: frozenset[str] | None) -> list[str] | None:
    return None if divisions is None else sorted(divisions)


def _by_pref(row: Any) -> tuple[bool, str]:
    """The order of rows per prefecture: the total (ALL) first, then by code (the statements group without order)."""
    return row.pref != ALL, row.pref or ""


AREA_SQL = "(CAST(:area AS text[]) IS NULL OR {col} = ANY(CAST(:area AS text[])))"

FIGURES = f"""
WITH keys AS (SELECT DISTINCT k, drug_code_id FROM unnest(CAST(:ks AS bigint[]), CAST(:ds AS int[])) AS x(k, drug_code_id)),
flows AS (
  SELECT k.k, {{pref}} AS pref,
    sum(s.hospital_received) AS hospital_received, sum(s.hospital_sold) AS hospital_sold,
    sum(s.hospital_sales) AS hospital_sales, sum(s.pharmacy_received) AS pharmacy_received,
    sum(s.pharmacy_sold) AS pharmacy_sold, sum(s.pharmacy_sales) AS pharmacy_sales,
    sum(s.enterprise_received) AS enterprise_received, sum(s.enterprise_sold) AS enterprise_sold,
    sum(s.hospital_sales_amount) AS hospital_sales_amount, sum(s.pharmacy_sales_amount) AS pharmacy_sales_amount
  FROM stock_daily s JOIN keys k ON k.drug_code_id = s.drug_code_id JOIN division dv ON dv.code = s.division_code
  WHERE s.business_date BETWEEN :start AND :end AND {AREA_SQL.format(col="s.division_code")}
  GROUP BY {{grouping}}),
levels AS (
  SELECT k.k, {{pref}} AS pref,
    count(DISTINCT l.organisation_id) FILTER (WHERE l.on_hand > 0 AND o.subtype IN ('HOSPITAL', 'PHARMACY')) AS stocking_institutions,
    count(DISTINCT l.organisation_id) FILTER (WHERE l.on_hand > 0 AND o.subtype = 'HOSPITAL') AS stocking_hospitals,
    count(DISTINCT l.organisation_id) FILTER (WHERE l.on_hand > 0 AND o.subtype = 'PHARMACY') AS stocking_pharmacies,
    count(DISTINCT l.organisation_id) FILTER (WHERE l.on_hand > 0 AND o.subtype IN ('WHOLESALER', 'DISTRIBUTOR')) AS stocking_enterprises,
    sum(l.on_hand) FILTER (WHERE o.subtype IN ('HOSPITAL', 'PHARMACY')) AS institution_on_hand,
    sum(l.on_hand) FILTER (WHERE o.subtype IN ('WHOLESALER', 'DISTRIBUTOR')) AS enterprise_on_hand,
    sum(l.in_transit) AS in_transit, max(l.as_of) AS as_of
  FROM stock_level l JOIN keys k ON k.drug_code_id = l.drug_code_id
  JOIN organisation o ON o.id = l.organisation_id JOIN division dv ON dv.code = o.division_code
  WHERE o.subtype IS NOT NULL AND {AREA_SQL.format(col="o.division_code")}
  GROUP BY {{grouping}}),
warns AS (
  SELECT k.k, {{pref}} AS pref, count(DISTINCT w.id) AS open_warnings
  FROM supply_warning w JOIN keys k ON k.drug_code_id = w.drug_code_id JOIN division dv ON dv.code = w.division_code
  WHERE w.state <> 'CLOSED' AND {AREA_SQL.format(col="w.division_code")}
  GROUP BY {{grouping}}),
fl AS (SELECT f.*, l.stocking_institutions, l.stocking_hospitals, l.stocking_pharmacies, l.stocking_enterprises,
              l.institution_on_hand, l.enterprise_on_hand, l.in_transit, l.as_of, l.k AS lk, l.pref AS lpref
       FROM flows f FULL JOIN levels l ON l.k = f.k AND l.pref = f.pref)
SELECT coalesce(fl.k, fl.lk, w.k) AS k, coalesce(fl.pref, fl.lpref, w.pref) AS pref,
  coalesce(fl.hospital_received, 0) AS hospital_received, coalesce(fl.hospital_sold, 0) AS hospital_sold,
  coalesce(fl.hospital_sales, 0) AS hospital_sales, coalesce(fl.pharmacy_received, 0) AS pharmacy_received,
  coalesce(fl.pharmacy_sold, 0) AS pharmacy_sold, coalesce(fl.pharmacy_sales, 0) AS pharmacy_sales,
  coalesce(fl.enterprise_received, 0) AS enterprise_received, coalesce(fl.enterprise_sold, 0) AS enterprise_sold,
  coalesce(fl.hospital_sales_amount, 0) AS hospital_sales_amount, coalesce(fl.pharmacy_sales_amount, 0) AS pharmacy_sales_amount,
  coalesce(fl.stocking_institutions, 0) AS stocking_institutions, coalesce(fl.stocking_hospitals, 0) AS stocking_hospitals,
  coalesce(fl.stocking_pharmacies, 0) AS stocking_pharmacies, coalesce(fl.stocking_enterprises, 0) AS stocking_enterprises,
  coalesce(fl.institution_on_hand, 0) AS institution_on_hand, coalesce(fl.enterprise_on_hand, 0) AS enterprise_on_hand,
  coalesce(fl.in_transit, 0) AS in_transit, fl.as_of, coalesce(w.open_warnings, 0) AS open_warnings
FROM fl FULL JOIN warns w ON w.k = coalesce(fl.k, fl.lk) AND w.pref = coalesce(fl.pref, fl.lpref)
"""


def _figures_sql(by_prefecture: bool) -> str:
    if by_prefecture:
        pref = f"CASE WHEN GROUPING({PREF}) = 1 THEN '{ALL}' ELSE {PREF} END"
        return FIGURES.format(pref=pref, grouping=f"GROUPING SETS ((k.k, {PREF}), (k.k))")
    return FIGURES.format(pref=f"'{ALL}'", grouping="k.k")


FIGURES_TOTAL, FIGURES_BY_PREFECTURE = _figures_sql(False), _figures_sql(True)

COVERAGE = f"""
WITH cat AS (
  SELECT e.drug_code_id, d.variety_id FROM catalog_entry e JOIN drug_code d ON d.id = e.drug_code_id
  WHERE e.version_id = :catalog),
st AS (
  SELECT c.drug_code_id, c.variety_id, {PREF} AS pref,
    bool_or(o.subtype IN ('WHOLESALER', 'DISTRIBUTOR')) AS ent, bool_or(o.subtype IN ('HOSPITAL', 'PHARMACY')) AS inst
  FROM cat c JOIN stock_level l ON l.drug_code_id = c.drug_code_id AND l.on_hand > 0
  JOIN organisation o ON o.id = l.organisation_id JOIN division dv ON dv.code = o.division_code
  WHERE o.subtype IS NOT NULL AND {AREA_SQL.format(col="o.division_code")}
  GROUP BY c.drug_code_id, c.variety_id, {PREF})
SELECT CASE WHEN GROUPING(pref) = 1 THEN '{ALL}' ELSE pref END AS pref,
  count(DISTINCT drug_code_id) FILTER (WHERE ent) AS enterprise_codes,
  count(DISTINCT variety_id) FILTER (WHERE ent) AS enterprise_varieties,
  count(DISTINCT drug_code_id) FILTER (WHERE inst) AS institution_codes,
  count(DISTINCT variety_id) FILTER (WHERE inst) AS institution_varieties,
  count(DISTINCT drug_code_id) AS covered_codes, count(DISTINCT variety_id) AS covered_varieties
FROM st GROUP BY GROUPING SETS ((pref), ())
"""

CATALOG_SIZE = """SELECT count(*) AS codes, count(DISTINCT d.variety_id) AS varieties FROM catalog_entry e
JOIN drug_code d ON d.id = e.drug_code_id WHERE e.version_id = :catalog"""

# Two steps: sum per (bucket, code) first (a hash aggregate), then count codes and varieties per bucket over that
# small set; counting DISTINCT over the raw rows sorted all of them (on disk at 10M+ movements).
TREND = f"""
WITH b AS (
  SELECT CAST(g AS date) AS bucket FROM generate_series(CAST(date_trunc(:unit, CAST(:start AS date)) AS date),
                                                       CAST(:end AS date), CAST(CAST(:step AS text) AS interval)) AS g),
per_code AS (
  SELECT CAST(date_trunc(:unit, s.business_date) AS date) AS bucket, s.drug_code_id,
    sum(s.hospital_received + s.pharmacy_received) AS institution_received, sum(s.enterprise_sold) AS enterprise_supplied,
    sum(s.hospital_sold + s.pharmacy_sold) AS institution_sold
  FROM stock_daily s
  WHERE s.business_date BETWEEN :start AND :end AND {AREA_SQL.format(col="s.division_code")}
  GROUP BY 1, 2),
t AS (
  SELECT p.bucket, count(*) FILTER (WHERE p.institution_received + p.enterprise_supplied > 0) AS codes,
    count(DISTINCT d.variety_id) FILTER (WHERE p.institution_received + p.enterprise_supplied > 0) AS varieties,
    sum(p.institution_received) AS institution_received, sum(p.enterprise_supplied) AS enterprise_supplied,
    sum(p.institution_sold) AS institution_sold
  FROM per_code p JOIN drug_code d ON d.id = p.drug_code_id GROUP BY p.bucket)
SELECT b.bucket, coalesce(t.codes, 0) AS codes, coalesce(t.varieties, 0) AS varieties,
  coalesce(t.institution_received, 0) AS institution_received, coalesce(t.enterprise_supplied, 0) AS enterprise_supplied,
  coalesce(t.institution_sold, 0) AS institution_sold
FROM b LEFT JOIN t ON t.bucket = b.bucket ORDER BY b.bucket
"""

STEP = {Granularity.DAY: "1 day", Granularity.WEEK: "1 week", Granularity.MONTH: "1 month"}
DISCLOSURE = f"""
SELECT CASE WHEN GROUPING({PREF}) = 1 THEN '{ALL}' ELSE {PREF} END AS pref,
  count(DISTINCT o.id) AS institutions,
  count(DISTINCT o.id) FILTER (WHERE o.subtype = 'HOSPITAL') AS hospitals,
  count(DISTINCT o.id) FILTER (WHERE o.subtype = 'PHARMACY') AS pharmacies
FROM stock_level l JOIN organisation o ON o.id = l.organisation_id JOIN division dv ON dv.code = o.division_code
WHERE l.drug_code_id = ANY(CAST(:ds AS int[])) AND l.on_hand > 0 AND o.subtype IN ('HOSPITAL', 'PHARMACY')
  AND {AREA_SQL.format(col="o.division_code")}
GROUP BY GROUPING SETS (({PREF}), ())"""

_OWNED = AREA_SQL.format(col="m.owner_division").replace(":area", ":owners")
REACH = f"""
WITH ds AS (
  SELECT m.drug_code_id AS id FROM focus_list_member m
  WHERE m.kind = :kind AND m.drug_code_id IS NOT NULL AND {_OWNED}
  UNION SELECT d.id FROM focus_list_member m JOIN drug_code d ON d.variety_id = m.variety_id
  WHERE m.kind = :kind AND {_OWNED})
SELECT CASE WHEN GROUPING({PREF}) = 1 THEN '{ALL}' ELSE {PREF} END AS pref, count(*) AS institutions,
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM stock_level l JOIN ds ON ds.id = l.drug_code_id
                                 WHERE l.organisation_id = o.id AND l.on_hand > 0)) AS stocking
FROM organisation o JOIN division dv ON dv.code = o.division_code
WHERE o.subtype IN ('HOSPITAL', 'PHARMACY') AND {AREA_SQL.format(col="o.division_code")}
GROUP BY GROUPING SETS (({PREF}), ())"""

# Statements built once: PoolDb compiles each once and then only binds the values.
_FIGURES = {False: text(FIGURES_TOTAL), True: text(FIGURES_BY_PREFECTURE)}
_COVERAGE, _CATALOG_SIZE, _TREND = text(COVERAGE), text(CATALOG_SIZE), text(TREND)
_DISCLOSURE, _REACH = text(DISCLOSURE), text(REACH)
_ORG_FIELDS = len(OrganisationView.columns)


def _organisation_supply(row: Any) -> OrganisationSupplyView:
    return OrganisationSupplyView(OrganisationView.of(row[:_ORG_FIELDS]), *row[_ORG_FIELDS:])


class AnalysisRepository(Repository):
    # --- SUP-39 coverage / DRUG-06 -----------------------------------------------------------

    @reads
    async def catalog_size(self, catalog_id: int) -> CatalogSizeView:
        """Returns the catalog version's code and variety counts."""
        return CatalogSizeView(*await self.db.first(_CATALOG_SIZE, {"catalog": catalog_id}))

    @reads
    async def coverage(self, access: AreaAccess, catalog_id: int) -> list[CoverageView]:
        """Counts catalog codes and varieties stocked (on-hand > 0) by ≥ 1 enterprise / institution, per prefecture
        and in total (key ALL)."""
        rows = await self.db.rows(_COVERAGE, {"catalog": catalog_id, "area": _area(access.divisions)})
        return sorted((CoverageView(*r) for r in rows), key=_by_pref)

    @staticmethod
    def _stocked_by(access: AreaAccess, subtypes: Sequence[str]) -> Any:
        where = [StockLevel.drug_code_id == CatalogEntry.drug_code_id, StockLevel.on_hand > 0,
                 Organisation.id == StockLevel.organisation_id, any_of(Organisation.subtype, subtypes)]
        if access.divisions is not None:
            where.append(any_of(Organisation.division_code, access.divisions))
        return select(literal(1)).select_from(StockLevel).join(Organisation, Organisation.id == StockLevel.organisation_id) \
            .where(*where).exists()

    @reads
    async def catalog_drugs_page(self, access: AreaAccess, catalog_id: int, uncovered: CoverageSide | None,
                                 request: PageRequest, statuses: Sequence[StockingStatus] = (),
                                 windows: SourceWindows | None = None) -> Page[DrugCodeView]:
        """Returns one page of the catalog's drug codes (optionally only those nobody of a side stocks in the
        area, or only those of some overall stocking statuses over the source windows), by code."""
        stmt = DrugCodeView.select().join(CatalogEntry, CatalogEntry.drug_code_id == DrugCode.id) \
            .where(CatalogEntry.version_id == catalog_id)
        if uncovered in (CoverageSide.ENTERPRISES, CoverageSide.BOTH):
            stmt = stmt.where(~self._stocked_by(access, ENTERPRISES))
        if uncovered in (CoverageSide.INSTITUTIONS, CoverageSide.BOTH):
            stmt = stmt.where(~self._stocked_by(access, INSTITUTIONS))
        if statuses and windows is not None:
            stmt = stmt.where(status_filter(access, windows, statuses))
        return await keyset_page(self.db, stmt, [(DrugCode.code, False)], request, id_col=DrugCode.id,
                                 make=DrugCodeView.of)

    # --- figures (SUP-41…45, DRUG-24/25) -----------------------------------------------------

    @reads
    async def figures(self, access: AreaAccess, keys: Sequence[tuple[int, int]], window: Window,
                      by_prefecture: bool = False) -> list[FiguresView]:
        """Flows in the window, current stock and open warnings for groups of drug codes: `keys` pairs a group key
        with a drug code id. One row per (key, prefecture) and per key (prefecture ALL)."""
        if not keys:
            return []
        rows = await self.db.rows(_FIGURES[by_prefecture], {
            "ks": [k for k, _ in keys], "ds": [d for _, d in keys], "start": window.start, "end": window.end,
            "area": _area(access.divisions)})
        return sorted((FiguresView(*r) for r in rows), key=lambda v: (v.k, *_by_pref(v)))

    @reads
    async def variety_drug_ids(self, variety_id: int) -> list[int]:
        """Returns every code of the variety."""
        return await self.db.column(select(DrugCode.id).where(DrugCode.variety_id == variety_id).order_by(DrugCode.id))

    @reads
    async def organisations_page(self, access: AreaAccess, drug_ids: Sequence[int], window: Window,
                                 subtypes: Sequence[str], order: OrgSupplyOrder,
                                 request: PageRequest) -> Page[OrganisationSupplyView]:
        """Returns one page of organisations with receipts, sales and current stock of these codes in the window
        (organisations that only hold stock included), largest `order` first."""
        ds = list(drug_ids)
        in_area = [any_of(Organisation.subtype, subtypes)]
        if access.divisions is not None:
            in_area.append(any_of(Organisation.division_code, access.divisions))
        mv = select(StockMovement.organisation_id.label("org_id"),
                    func.sum(StockMovement.quantity).filter(StockMovement.kind == MovementKind.RECEIPT).label("received"),
                    func.sum(StockMovement.quantity).filter(StockMovement.kind == MovementKind.SALE).label("sold"),
                    func.count().filter(StockMovement.kind == MovementKind.SALE).label("sales"),
                    func.sum(StockMovement.amount).label("amount")) \
            .where(any_of(StockMovement.drug_code_id, ds), StockMovement.business_date.between(window.start, window.end),
                   StockMovement.kind != MovementKind.ADJUSTMENT) \
            .group_by(StockMovement.organisation_id).subquery("mv")
        lv = select(StockLevel.organisation_id.label("org_id"), func.sum(StockLevel.on_hand).label("on_hand"),
                    func.max(StockLevel.as_of).label("as_of")) \
            .where(any_of(StockLevel.drug_code_id, ds)).group_by(StockLevel.organisation_id).subquery("lv")
        org_id = func.coalesce(mv.c.org_id, lv.c.org_id)
        inner = select(*OrganisationView.columns,
                       func.coalesce(mv.c.received, 0).label("received"), func.coalesce(mv.c.sold, 0).label("sold"),
                       func.coalesce(mv.c.sales, 0).label("sales"), func.coalesce(mv.c.amount, 0).label("amount"),
                       func.coalesce(lv.c.on_hand, 0).label("on_hand"),
                       lv.c.as_of) \
            .select_from(mv.join(lv, mv.c.org_id == lv.c.org_id, full=True)) \
            .join(Organisation, Organisation.id == org_id).where(*in_area).subquery("x")
        return await keyset_page(self.db, select(inner), [(inner.c[order.value], True), (inner.c.id, False)], request,
                                 id_col=inner.c.id, make=_organisation_supply,
                                 values_of=lambda v: [getattr(v, order.value), v.organisation.id])

    @reads
    async def peers(self, access: AreaAccess, variety_id: int, window: Window) -> list[PeerSalesView]:
        """Sales of every code of one variety (同通用名) in the window, most sold first."""
        s = StockDaily
        sold = func.coalesce(func.sum(s.hospital_sold + s.pharmacy_sold), 0)
        join_on = and_(s.drug_code_id == DrugCode.id, s.business_date.between(window.start, window.end))
        if access.divisions is not None:
            join_on = and_(join_on, any_of(s.division_code, access.divisions))
        stmt = select(DrugCode.id, sold.label("sold"),
                      func.coalesce(func.sum(s.hospital_sales + s.pharmacy_sales), 0).label("sales"),
                      func.coalesce(func.sum(s.hospital_sales_amount + s.pharmacy_sales_amount), 0).label("amount")) \
            .select_from(DrugCode).outerjoin(s, join_on).where(DrugCode.variety_id == variety_id) \
            .group_by(DrugCode.id).order_by(sold.desc(), DrugCode.id).limit(100)
        return [PeerSalesView(*r) for r in await self.db.rows(stmt)]

    @reads
    async def stocking_institutions(self, access: AreaAccess, drug_ids: Sequence[int]) -> list[StockingInstitutionsView]:
        """Counts institutions holding these codes (on-hand > 0), per prefecture and in total (DRUG-26)."""
        rows = await self.db.rows(_DISCLOSURE, {"ds": list(drug_ids), "area": _area(access.divisions)})
        return sorted((StockingInstitutionsView(*r) for r in rows), key=_by_pref)

    # --- SUP-40 trend ------------------------------------------------------------------------

    @reads
    async def trend(self, access: AreaAccess, window: Window, granularity: Granularity) -> list[TrendPointView]:
        """Supplied codes, varieties and quantities per day / week (from Monday) / month, every bucket present."""
        rows = await self.db.rows(_TREND, {"unit": granularity.value.lower(), "step": STEP[granularity],
                                           "start": window.start, "end": window.end,
                                           "area": _area(access.divisions)})
        return [TrendPointView(*r) for r in rows]

    # --- SUP-41 ranking, SUP-44 suggestion ---------------------------------------------------

    @reads
    async def ranking_page(self, access: AreaAccess, window: Window, by: RankBy,
                           request: PageRequest) -> Page[RankView]:
        """Returns one page of drug codes ranked by a supply figure over the window (codes with none left out)."""
        s = StockDaily
        value = {RankBy.INSTITUTION_RECEIVED: func.sum(s.hospital_received + s.pharmacy_received),
                 RankBy.ENTERPRISE_SUPPLIED: func.sum(s.enterprise_sold),
                 RankBy.INSTITUTION_SOLD: func.sum(s.hospital_sold + s.pharmacy_sold),
                 RankBy.SALE_RECORDS: func.sum(s.hospital_sales + s.pharmacy_sales)}[by]
        inner = select(s.drug_code_id.label("id"), value.label("value")) \
            .where(s.business_date.between(window.start, window.end),
                   *([any_of(s.division_code, access.divisions)] if access.divisions is not None else [])) \
            .group_by(s.drug_code_id).having(value > 0).subquery("r")
        return await keyset_page(self.db, select(inner), [(inner.c.value, True), (inner.c.id, False)], request,
                                 id_col=inner.c.id, make=lambda r: RankView(*r))

    # --- SUP-42…45 focus lists -----------------------------------------------------------------

    @reads
    async def list_reach(self, access: AreaAccess, kind: str) -> list[ReachView]:
        """Per prefecture and in total: institutions, and institutions stocking ≥ 1 drug of the list (for rare
        diseases: the institutions able to treat). The list is the one the caller sees (owners in `access`)."""
        rows = await self.db.rows(_REACH, {"kind": kind, "area": _area(access.divisions),
                                           "owners": _area(access.owners)})
        return sorted((ReachView(*r) for r in rows), key=_by_pref)

    @reads
    async def frequent_sales(self, access: AreaAccess, window: Window, limit: int) -> list[FrequentSaleView]:
        """Drug codes with the most sale records (institution × day) in the window, with whether each is already
        on the high-frequency list the caller sees (directly or through its variety)."""
        s, m = StockDaily, FocusListMember
        records = func.sum(s.hospital_sales + s.pharmacy_sales)
        on_list = select(literal(1)).select_from(m).where(
            m.kind == "HIGH_FREQUENCY", or_(m.drug_code_id == s.drug_code_id, m.variety_id == DrugCode.variety_id),
            *([any_of(m.owner_division, access.owners)] if access.owners is not None else [])).exists()
        stmt = select(s.drug_code_id.label("id"), records.label("records"),
                      func.sum(s.hospital_sold + s.pharmacy_sold).label("sold"),
                      case((on_list, True), else_=False).label("listed")) \
            .join(DrugCode, DrugCode.id == s.drug_code_id) \
            .where(s.business_date.between(window.start, window.end),
                   *([any_of(s.division_code, access.divisions)] if access.divisions is not None else [])) \
            .group_by(s.drug_code_id, DrugCode.variety_id).having(records > 0) \
            .order_by(records.desc(), s.drug_code_id).limit(limit)
        return [FrequentSaleView(*r) for r in await self.db.rows(stmt)]
