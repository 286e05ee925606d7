"""All SQL of the supply domain: supply entities, stock, stocking statistics, warning rules and warnings."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (Select, and_, case, distinct, exists, func, literal, or_,
                        select, text, update)
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.divisions.models import Division
from domain.catalog.models import CatalogEntry, CatalogState, CatalogVersion
from domain.drugs.models import DrugCode
from domain.identity.models import Organisation
from domain.shared.db import aligned, any_of
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.supply.access import OrgAccess, RuleAccess
from domain.supply.daily import add_to_daily
from domain.supply.models import (MovementKind, StockLevel, StockMovement, StockReportBatch, SupplyWarning,
                                  WarningEvaluationRun, WarningRule, WarningState)
from domain.supply.stock import Level


def _like_escape(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class OrgCriteria:
    subtypes: tuple[str, ...] = ()
    ownership: str | None = None
    hospital_level: str | None = None
    division_code: str | None = None    # the organisation's division or any below it (given as a subtree)
    division_codes: frozenset[str] | None = None
    name: str | None = None             # name substring or code prefix


class StockingGroupBy(StrEnum):
    TOTAL = "TOTAL"
    PREFECTURE = "PREFECTURE"
    COUNTY = "COUNTY"
    SUBTYPE = "SUBTYPE"
    OWNERSHIP = "OWNERSHIP"
    HOSPITAL_LEVEL = "HOSPITAL_LEVEL"


def _scoped_orgs(access: OrgAccess, c: OrgCriteria) -> list[Any]:
    where: list[Any] = [Organisation.subtype.is_not(None)]
    if access.own is not None:
        where.append(Organisation.id == access.own)
    elif access.divisions is not None:
        where.append(any_of(Organisation.division_code, access.divisions))
    if c.subtypes:
        where.append(any_of(Organisation.subtype, c.subtypes))
    if c.ownership:
        where.append(Organisation.ownership == c.ownership)
    if c.hospital_level:
        where.append(Organisation.hospital_level == c.hospital_level)
    if c.division_codes is not None:
        where.append(any_of(Organisation.division_code, c.division_codes))
    if c.name:
        q = c.name.strip()
        where.append(or_(Organisation.name.ilike(f"%{_like_escape(q)}%"),
                         Organisation.code.startswith(q.upper(), autoescape=True)))
    return where


class OrganisationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(self, access: OrgAccess, criteria: OrgCriteria, request: PageRequest) -> Page[Organisation]:
        """Returns one page of the supply entities the caller sees, by code."""
        stmt = select(Organisation).where(*_scoped_orgs(access, criteria))
        return await keyset_page(self.session, stmt, [(Organisation.code, False)], request, id_col=Organisation.id)

    async def get(self, access: OrgAccess, org_id: int, *, for_update: bool = False) -> Organisation | None:
        """Returns a supply entity the caller sees."""
        stmt = select(Organisation).where(Organisation.id == org_id, *_scoped_orgs(access, OrgCriteria()))
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).first()

    async def get_many(self, access: OrgAccess, ids: Sequence[int]) -> list[Organisation | None]:
        """Returns supply entities aligned to `ids` (None where unseen)."""
        rows = (await self.session.scalars(select(Organisation).where(
            any_of(Organisation.id, ids), *_scoped_orgs(access, OrgCriteria())))).all()
        return aligned(ids, rows, "id")

    async def credit_code_taken(self, credit_code: str, other_than: int) -> bool:
        """True when another organisation already has this credit code."""
        return bool(await self.session.scalar(select(exists().where(
            Organisation.credit_code == credit_code, Organisation.id != other_than))))


class StockRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def batch(self, org_id: int, batch_key: str) -> StockReportBatch | None:
        """Returns an earlier report of this organisation under this batch key."""
        return (await self.session.scalars(select(StockReportBatch).where(
            StockReportBatch.organisation_id == org_id, StockReportBatch.batch_key == batch_key))).first()

    async def drug_ids(self, codes: Sequence[str]) -> dict[str, int]:
        """Returns code → id for codes in master data."""
        rows = (await self.session.execute(select(DrugCode.code, DrugCode.id).where(any_of(DrugCode.code, codes)))).all()
        return {c: i for c, i in rows}

    async def levels(self, org_id: int, drug_ids: Sequence[int]) -> dict[int, Level]:
        """Returns the current level of these drugs at this organisation."""
        rows = (await self.session.execute(select(
            StockLevel.drug_code_id, StockLevel.on_hand, StockLevel.in_transit, StockLevel.as_of).where(
            StockLevel.organisation_id == org_id, any_of(StockLevel.drug_code_id, drug_ids)))).all()
        return {d: Level(o, t, a) for d, o, t, a in rows}

    async def add_movements(self, org_id: int, batch_id: int, moves: list[tuple[int, date, str, Decimal]],
                            amounts: dict[tuple[int, date], Decimal] | None = None) -> None:
        """Inserts movements in one array-bound statement (sales carry their amount where one was reported) and
        adds them to the daily rollup."""
        if not moves:
            return
        amounts = amounts or {}
        am = [amounts.get((m[0], m[1])) if str(m[2]) == "SALE" else None for m in moves]
        await self.session.execute(text(
            "INSERT INTO stock_movement (organisation_id, drug_code_id, business_date, kind, quantity, amount, batch_id) "
            "SELECT :org, d, b, k, q, a, :batch FROM unnest(CAST(:ds AS int[]), CAST(:bs AS date[]), "
            "CAST(:ks AS text[]), CAST(:qs AS numeric[]), CAST(:am AS numeric[])) AS m(d, b, k, q, a)"),
            {"org": org_id, "batch": batch_id, "ds": [m[0] for m in moves], "bs": [m[1] for m in moves],
             "ks": [str(m[2]) for m in moves], "qs": [m[3] for m in moves], "am": am})
        await add_to_daily(self.session, org_id, [m[0] for m in moves], [m[1] for m in moves],
                           [str(m[2]) for m in moves], [m[3] for m in moves], am)

    async def upsert_levels(self, org_id: int, batch_id: int, levels: dict[int, Level]) -> None:
        """Stores the newest levels; an older as-of date never overwrites a newer one."""
        if not levels:
            return
        stmt = insert(StockLevel).values([
            {"organisation_id": org_id, "drug_code_id": d, "on_hand": lv.on_hand, "in_transit": lv.in_transit,
             "as_of": lv.as_of, "batch_id": batch_id} for d, lv in levels.items()])
        stmt = stmt.on_conflict_do_update(
            index_elements=["organisation_id", "drug_code_id"],
            set_={"on_hand": stmt.excluded.on_hand, "in_transit": stmt.excluded.in_transit,
                  "as_of": stmt.excluded.as_of, "batch_id": stmt.excluded.batch_id, "updated_at": func.now()},
            where=StockLevel.as_of <= stmt.excluded.as_of)
        await self.session.execute(stmt)


    async def refresh_window_sales(self, org_id: int, drug_ids: Sequence[int]) -> None:
        """Recomputes the window sales of these codes at this organisation, for every window an enabled
        days-of-stock rule uses (each a short range of the movement index): a report may add back-dated sales
        without moving the level's date, so the reported codes are recomputed, not only the stale ones."""
        if not drug_ids:
            return
        await self.session.execute(text(WINDOW_SALES_UPSERT.format(pairs="""
            SELECT l.organisation_id, l.drug_code_id, l.as_of, w.d FROM stock_level l
            CROSS JOIN (SELECT DISTINCT window_days AS d FROM warning_rule
                        WHERE metric = 'DAYS_OF_STOCK' AND enabled AND deleted_at IS NULL) w
            WHERE l.organisation_id = :org AND l.drug_code_id = ANY(CAST(:drugs AS int[]))""")),
            {"org": org_id, "drugs": list(drug_ids)})


# Sales over (as_of - d, as_of] for the (organisation, code, as_of, window d) pairs the {pairs} query yields.
WINDOW_SALES_UPSERT = """
    INSERT INTO stock_window_sales (organisation_id, drug_code_id, window_days, as_of, sold, updated_at)
    SELECT p.organisation_id, p.drug_code_id, p.d, p.as_of, coalesce(sum(m.quantity), 0), now()
    FROM ({pairs}) AS p(organisation_id, drug_code_id, as_of, d)
    LEFT JOIN stock_movement m ON m.organisation_id = p.organisation_id AND m.drug_code_id = p.drug_code_id
      AND m.kind = 'SALE' AND m.business_date > p.as_of - p.d AND m.business_date <= p.as_of
    GROUP BY p.organisation_id, p.drug_code_id, p.d, p.as_of
    ON CONFLICT (organisation_id, drug_code_id, window_days)
    DO UPDATE SET as_of = EXCLUDED.as_of, sold = EXCLUDED.sold, updated_at = EXCLUDED.updated_at"""


STOCKED = StockLevel.on_hand > 0


class StockingRepository:
    """Stocking (配备) statistics, computed in SQL (SUP-05, SUP-07…13, DRUG-06)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def latest_catalog(self, visible_divisions: frozenset[str] | None) -> int | None:
        """Returns the most recently published catalog version among these owners (the caller's region)."""
        stmt = select(CatalogVersion.id).where(CatalogVersion.state == CatalogState.PUBLISHED)
        if visible_divisions is not None:
            stmt = stmt.where(any_of(CatalogVersion.owner_division, visible_divisions))
        return await self.session.scalar(stmt.order_by(CatalogVersion.published_at.desc().nulls_last(),
                                                       CatalogVersion.id.desc()).limit(1))

    @staticmethod
    def _in_catalog(catalog_id: int | None, drug_col: Any) -> Any:
        if catalog_id is None:
            return literal(False)
        return exists().where(CatalogEntry.version_id == catalog_id, CatalogEntry.drug_code_id == drug_col)

    def _org_counts(self, catalog_id: int | None) -> list[Any]:
        def stocked(*cols: Any, catalog: bool = False) -> Any:
            q = select(*cols).select_from(StockLevel).join(DrugCode, DrugCode.id == StockLevel.drug_code_id) \
                .where(StockLevel.organisation_id == Organisation.id, STOCKED)
            if catalog:
                q = q.where(self._in_catalog(catalog_id, StockLevel.drug_code_id))
            return q.scalar_subquery()
        return [
            stocked(func.count()).label("stocked_codes"),
            stocked(func.count(distinct(DrugCode.variety_id))).label("stocked_varieties"),
            stocked(func.count(), catalog=True).label("catalog_codes"),
            stocked(func.count(distinct(DrugCode.variety_id)), catalog=True).label("catalog_varieties"),
            select(func.max(StockLevel.as_of)).where(StockLevel.organisation_id == Organisation.id)
            .scalar_subquery().label("as_of"),
        ]

    async def organisations_page(self, access: OrgAccess, criteria: OrgCriteria, catalog_id: int | None,
                                 request: PageRequest) -> Page[Any]:
        """Returns one page of supply entities, each with its stocked codes and varieties (in and out of catalog)."""
        stmt = select(Organisation.id, Organisation.code, Organisation.name, Organisation.kind,
                      Organisation.division_code, Organisation.subtype, Organisation.ownership,
                      Organisation.hospital_level, Organisation.credit_code, Organisation.address,
                      Organisation.contact_name, Organisation.contact_phone, *self._org_counts(catalog_id)) \
            .where(*_scoped_orgs(access, criteria))
        return await keyset_page(self.session, stmt, [(Organisation.code, False)], request, id_col=Organisation.id,
                                 scalars=False)

    async def summary(self, access: OrgAccess, criteria: OrgCriteria, group_by: StockingGroupBy,
                      catalog_id: int | None) -> list[Any]:
        """Counts, per group, the organisations, those stocking anything, and the distinct codes and varieties they
        stock (all and catalog only), in one GROUP BY."""
        dv = Division.__table__.alias("dv")
        key = {
            StockingGroupBy.TOTAL: literal("ALL"),
            StockingGroupBy.PREFECTURE: case((dv.c.level == "PREFECTURE", dv.c.code),
                                             (dv.c.level == "COUNTY", dv.c.parent_code), else_=dv.c.code),
            StockingGroupBy.COUNTY: Organisation.division_code,
            StockingGroupBy.SUBTYPE: Organisation.subtype,
            StockingGroupBy.OWNERSHIP: func.coalesce(Organisation.ownership, "NONE"),
            StockingGroupBy.HOSPITAL_LEVEL: func.coalesce(Organisation.hospital_level, "NONE"),
        }[group_by].label("key")
        # Two-level aggregation: the ~500k stocked levels of a region are first reduced to distinct (group, code)
        # pairs, and only those are joined to drug codes and the catalog; counting distinct values over every level
        # (and probing the catalog once per level) took ~1.2 s at the large size.
        # (the organisations' subquery is written twice rather than as a CTE: a shared CTE is materialised, and the
        # planner could no longer reach one prefecture's levels through the primary key)
        scoped = (select(Organisation.id.label("id"), key).select_from(Organisation)
                  .join(dv, dv.c.code == Organisation.division_code).where(*_scoped_orgs(access, criteria)))
        orgs, orgs2 = scoped.subquery("orgs"), scoped.subquery("orgs2")
        stocking = exists().where(StockLevel.organisation_id == orgs.c.id, STOCKED)
        org_counts = (select(orgs.c.key, func.count().label("organisations"),
                             func.count().filter(stocking).label("stocking_organisations"))
                      .group_by(orgs.c.key).subquery("oc"))
        pairs = (select(orgs2.c.key, StockLevel.drug_code_id, func.sum(StockLevel.on_hand).label("on_hand"))
                 .select_from(StockLevel).join(orgs2, orgs2.c.id == StockLevel.organisation_id).where(STOCKED)
                 .group_by(orgs2.c.key, StockLevel.drug_code_id).subquery("pairs"))
        code_cols: list[Any] = [pairs.c.key, func.count().label("stocked_codes"),
                                func.count(distinct(DrugCode.variety_id)).label("stocked_varieties"),
                                func.sum(pairs.c.on_hand).label("on_hand")]
        code_stmt = select().select_from(pairs).join(DrugCode, DrugCode.id == pairs.c.drug_code_id)
        if catalog_id is not None:
            cat = (select(CatalogEntry.drug_code_id).where(CatalogEntry.version_id == catalog_id)
                   .group_by(CatalogEntry.drug_code_id).subquery("cat"))
            in_cat = cat.c.drug_code_id.is_not(None)
            code_cols += [func.count().filter(in_cat).label("catalog_codes"),
                          func.count(distinct(DrugCode.variety_id)).filter(in_cat).label("catalog_varieties")]
            code_stmt = code_stmt.outerjoin(cat, cat.c.drug_code_id == pairs.c.drug_code_id)
        else:
            code_cols += [literal(0).label("catalog_codes"), literal(0).label("catalog_varieties")]
        code_counts = code_stmt.add_columns(*code_cols).group_by(pairs.c.key).subquery("cc")
        zero = literal(0)
        stmt = (
            select(org_counts.c.key.label("key"), org_counts.c.organisations,
                   org_counts.c.stocking_organisations,
                   func.coalesce(code_counts.c.stocked_codes, zero).label("stocked_codes"),
                   func.coalesce(code_counts.c.stocked_varieties, zero).label("stocked_varieties"),
                   func.coalesce(code_counts.c.catalog_codes, zero).label("catalog_codes"),
                   func.coalesce(code_counts.c.catalog_varieties, zero).label("catalog_varieties"),
                   func.coalesce(code_counts.c.on_hand, zero).label("on_hand"))
            .select_from(org_counts)
            .outerjoin(code_counts, code_counts.c.key == org_counts.c.key)
            .order_by(org_counts.c.key))
        return list((await self.session.execute(stmt)).all())

    async def stocked_drugs_page(self, org_id: int, catalog_id: int | None, catalog_only: bool,
                                 request: PageRequest) -> Page[Any]:
        """Returns one page of the drug codes an organisation stocks (on-hand > 0), by code."""
        stmt = select(StockLevel.drug_code_id, DrugCode.code, StockLevel.on_hand, StockLevel.in_transit,
                      StockLevel.as_of, self._in_catalog(catalog_id, StockLevel.drug_code_id).label("in_catalog")) \
            .join(DrugCode, DrugCode.id == StockLevel.drug_code_id) \
            .where(StockLevel.organisation_id == org_id, STOCKED)
        if catalog_only:
            stmt = stmt.where(self._in_catalog(catalog_id, StockLevel.drug_code_id))
        return await keyset_page(self.session, stmt, [(DrugCode.code, False)], request,
                                 id_col=StockLevel.drug_code_id, scalars=False)

    async def stocked_varieties_page(self, org_id: int, catalog_id: int | None, catalog_only: bool,
                                     request: PageRequest) -> Page[Any]:
        """Returns one page of the varieties an organisation stocks, with how many codes and how much of each."""
        stmt = select(DrugCode.variety_id, func.count().label("codes"), func.sum(StockLevel.on_hand).label("on_hand")) \
            .select_from(StockLevel).join(DrugCode, DrugCode.id == StockLevel.drug_code_id) \
            .where(StockLevel.organisation_id == org_id, STOCKED).group_by(DrugCode.variety_id)
        if catalog_only:
            stmt = stmt.where(self._in_catalog(catalog_id, StockLevel.drug_code_id))
        return await keyset_page(self.session, stmt, [(DrugCode.variety_id, False)], request,
                                 id_col=DrugCode.variety_id, scalars=False)

    async def drug_supply(self, access: OrgAccess, drug_id: int, window_days: int) -> Any:
        """Returns a drug code's supply in the caller's area: stocking entities by kind, on-hand, in-transit, and
        average daily sales over the `window_days` days up to each level's as-of date."""
        orgs = select(Organisation.id).where(*_scoped_orgs(access, OrgCriteria()))
        institution = any_of(Organisation.subtype, ["HOSPITAL", "PHARMACY"])
        level = (await self.session.execute(
            select(func.count().filter(and_(STOCKED, institution)).label("stocking_institutions"),
                   func.count().filter(and_(STOCKED, ~institution)).label("stocking_enterprises"),
                   func.count().filter(institution).label("reporting_institutions"),
                   func.coalesce(func.sum(StockLevel.on_hand).filter(institution), 0).label("institution_on_hand"),
                   func.coalesce(func.sum(StockLevel.on_hand).filter(~institution), 0).label("enterprise_on_hand"),
                   func.coalesce(func.sum(StockLevel.in_transit), 0).label("in_transit"),
                   func.max(StockLevel.as_of).label("as_of"))
            .select_from(StockLevel).join(Organisation, Organisation.id == StockLevel.organisation_id)
            .where(StockLevel.drug_code_id == drug_id, StockLevel.organisation_id.in_(orgs)))).first()
        sold = await self.session.scalar(
            select(func.coalesce(func.sum(StockMovement.quantity), 0))
            .select_from(StockMovement)
            .join(StockLevel, and_(StockLevel.organisation_id == StockMovement.organisation_id,
                                   StockLevel.drug_code_id == StockMovement.drug_code_id))
            .join(Organisation, Organisation.id == StockMovement.organisation_id)
            .where(StockMovement.drug_code_id == drug_id, StockMovement.kind == MovementKind.SALE,
                   any_of(Organisation.subtype, ["HOSPITAL", "PHARMACY"]),
                   StockMovement.organisation_id.in_(orgs),
                   StockMovement.business_date > StockLevel.as_of - window_days,
                   StockMovement.business_date <= StockLevel.as_of))
        return level, Decimal(sold or 0)


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


class WarningGroupBy(StrEnum):
    RULE = "RULE"
    SUBTYPE = "SUBTYPE"
    STATE = "STATE"
    LEVEL = "LEVEL"
    ORGANISATION = "ORGANISATION"
    COUNTY = "COUNTY"


class WarningRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- rules -------------------------------------------------------------------------------

    def _rules(self, access: RuleAccess) -> Select[tuple[WarningRule]]:
        stmt = select(WarningRule).where(WarningRule.deleted_at.is_(None))
        if access.visible is not None:
            stmt = stmt.where(any_of(WarningRule.owner_division, access.visible))
        return stmt

    async def rules(self, access: RuleAccess, enabled: bool | None = None) -> list[WarningRule]:
        """Returns the rules the caller sees."""
        stmt = self._rules(access)
        if enabled is not None:
            stmt = stmt.where(WarningRule.enabled.is_(enabled))
        return list((await self.session.scalars(stmt.order_by(WarningRule.owner_division, WarningRule.id))).all())

    async def rule(self, access: RuleAccess, rule_id: int, *, for_update: bool = False) -> WarningRule | None:
        """Returns a visible, not deleted rule (locked for update if asked)."""
        stmt = self._rules(access).where(WarningRule.id == rule_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).first()

    async def rules_by_ids(self, access: RuleAccess, ids: Sequence[int]) -> list[WarningRule | None]:
        """Returns visible rules aligned to `ids`."""
        rows = (await self.session.scalars(self._rules(access).where(any_of(WarningRule.id, ids)))).all()
        return aligned(ids, rows, "id")

    async def rule_name_taken(self, owner: str, name: str, other_than: int | None = None) -> bool:
        """True when the bureau already has a (not deleted) rule of this name."""
        stmt = select(exists().where(WarningRule.owner_division == owner, WarningRule.name == name,
                                     WarningRule.deleted_at.is_(None), WarningRule.id != (other_than or 0)))
        return bool(await self.session.scalar(stmt))

    # --- warnings ----------------------------------------------------------------------------

    def _warnings(self, area: frozenset[str] | None, c: WarningCriteria) -> Select[tuple[SupplyWarning]]:
        stmt = select(SupplyWarning)
        if area is not None:
            stmt = stmt.where(any_of(SupplyWarning.division_code, area))
        if c.rule_id is not None:
            stmt = stmt.where(SupplyWarning.rule_id == c.rule_id)
        if c.states:
            stmt = stmt.where(any_of(SupplyWarning.state, c.states))
        if c.levels:
            stmt = stmt.where(any_of(SupplyWarning.level, c.levels))
        if c.subtypes:
            stmt = stmt.where(any_of(SupplyWarning.subtype, c.subtypes))
        if c.organisation_id is not None:
            stmt = stmt.where(SupplyWarning.organisation_id == c.organisation_id)
        if c.division_codes is not None:
            stmt = stmt.where(any_of(SupplyWarning.division_code, c.division_codes))
        if c.drug_code_id is not None:
            stmt = stmt.where(SupplyWarning.drug_code_id == c.drug_code_id)
        if c.county_level is not None:
            stmt = stmt.where(SupplyWarning.organisation_id.is_(None) if c.county_level
                              else SupplyWarning.organisation_id.is_not(None))
        return stmt

    async def page(self, area: frozenset[str] | None, criteria: WarningCriteria,
                   request: PageRequest) -> Page[SupplyWarning]:
        """Returns one page of warnings located in the area, newest first."""
        return await keyset_page(self.session, self._warnings(area, criteria), [(SupplyWarning.id, True)], request,
                                 id_col=SupplyWarning.id)

    async def counts(self, area: frozenset[str] | None, criteria: WarningCriteria,
                     group_by: WarningGroupBy) -> list[tuple[str, int]]:
        """Counts warnings per group (rule, supply-entity type, state, level, organisation, county)."""
        col = {WarningGroupBy.RULE: SupplyWarning.rule_id,
               WarningGroupBy.SUBTYPE: func.coalesce(SupplyWarning.subtype, "COUNTY"),
               WarningGroupBy.STATE: SupplyWarning.state, WarningGroupBy.LEVEL: SupplyWarning.level,
               WarningGroupBy.ORGANISATION: SupplyWarning.organisation_id,
               WarningGroupBy.COUNTY: SupplyWarning.division_code}[group_by].label("key")
        sub = self._warnings(area, criteria).with_only_columns(col).subquery()
        rows = (await self.session.execute(select(sub.c.key, func.count()).group_by(sub.c.key)
                                           .order_by(func.count().desc(), sub.c.key))).all()
        return [(str(k) if k is not None else "", int(n)) for k, n in rows]

    async def warning_figures(self, area: frozenset[str] | None, own: int | None,
                              since: datetime) -> tuple[int, int, int, int]:
        """(identified today, closed today, identified ever, closed ever) for warnings in the area, or about
        organisation `own`."""
        W = SupplyWarning
        where: list[Any] = []
        if own is not None:
            where.append(W.organisation_id == own)
        elif area is not None:
            where.append(any_of(W.division_code, area))
        row = (await self.session.execute(select(
            func.count().filter(W.first_seen_at >= since), func.count().filter(W.closed_at >= since),
            func.count(), func.count().filter(W.state == "CLOSED")).where(*where))).one()
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    async def get_many(self, area: frozenset[str] | None, ids: Sequence[int]) -> list[SupplyWarning | None]:
        """Returns warnings in the area aligned to `ids`."""
        rows = (await self.session.scalars(
            self._warnings(area, WarningCriteria()).where(any_of(SupplyWarning.id, ids)))).all()
        return aligned(ids, rows, "id")

    async def lock_many(self, area: frozenset[str] | None, ids: Sequence[int]) -> list[SupplyWarning | None]:
        """Returns and locks warnings in the area aligned to `ids` (locked in id order: no deadlocks)."""
        rows = (await self.session.scalars(self._warnings(area, WarningCriteria()).where(
            any_of(SupplyWarning.id, ids)).order_by(SupplyWarning.id).with_for_update())).all()
        return aligned(ids, rows, "id")

    async def set_state(self, ids: Sequence[int], state: str, **values: Any) -> None:
        """Moves warnings to a state."""
        await self.session.execute(update(SupplyWarning).where(any_of(SupplyWarning.id, ids))
                                   .values(state=state, **values))

    # --- evaluation (the job) ------------------------------------------------------------------

    async def evaluate_days_of_stock(self, rule: WarningRule, area: Sequence[str], now: datetime,
                                     incremental: bool = False) -> tuple[int, int]:
        """Opens or refreshes warnings where on-hand ÷ average daily sales (the window's sales up to the level's
        as-of date ÷ window days, from stock_window_sales) is below the threshold. Returns (opened, refreshed).

        `incremental`: only the pairs in the run's dirty set (eval_dirty, see prepare_dirty); the value of any other
        pair cannot have changed, because the sales window is anchored at the level's own as-of date."""
        dirty = ("JOIN eval_dirty d ON d.organisation_id = l.organisation_id AND d.drug_code_id = l.drug_code_id"
                 if incremental else "")
        await self._hits(f"""
            WITH sales AS (
              SELECT l.organisation_id, l.drug_code_id, l.on_hand, s.sold / CAST(:window AS numeric) AS daily
              FROM stock_level l
              JOIN organisation o ON o.id = l.organisation_id
              JOIN stock_window_sales s ON s.organisation_id = l.organisation_id AND s.drug_code_id = l.drug_code_id
                AND s.window_days = CAST(:window AS int) AND s.as_of = l.as_of
              {dirty}
              WHERE o.subtype = ANY(CAST(:subtypes AS text[])) AND o.division_code = ANY(CAST(:area AS text[]))
                AND s.sold > 0)
            SELECT 'O:' || s.organisation_id AS subject_key, s.organisation_id, o.subtype, o.division_code,
                   s.drug_code_id, round(s.on_hand / s.daily, 3) AS value
            FROM sales s JOIN organisation o ON o.id = s.organisation_id
            WHERE s.on_hand / s.daily < CAST(:threshold AS numeric)""",
            {"window": rule.window_days, "subtypes": list(rule.target_subtypes), "area": list(area),
             "threshold": rule.threshold})
        return await self._apply_hits(rule, now)

    async def _hits(self, select_sql: str, params: dict[str, Any]) -> None:
        """Stores the (subject, code, value) pairs where a rule's condition holds now in eval_hits."""
        await self.session.execute(text("DROP TABLE IF EXISTS eval_hits"))
        await self.session.execute(text(f"CREATE TEMP TABLE eval_hits ON COMMIT DROP AS {select_sql}"), params)
        await self.session.execute(text("CREATE INDEX ON eval_hits (subject_key, drug_code_id)"))
        await self.session.execute(text("ANALYZE eval_hits"))

    async def _apply_hits(self, rule: WarningRule, now: datetime) -> tuple[int, int]:
        """Opens a warning for each new hit and rewrites an open one only when its value, threshold or level
        changed (a steady day rewrites nothing). Returns (opened, refreshed)."""
        result = await self.session.execute(text("""
            INSERT INTO supply_warning (rule_id, level, subject_key, organisation_id, subtype, division_code,
                                        drug_code_id, value, threshold, state, first_seen_at, last_seen_at)
            SELECT :rule, :level, h.subject_key, h.organisation_id, h.subtype, h.division_code, h.drug_code_id,
                   h.value, CAST(:threshold AS numeric), 'IDENTIFIED', :now, :now
            FROM eval_hits h
            ON CONFLICT (rule_id, subject_key, drug_code_id) WHERE state <> 'CLOSED'
            DO UPDATE SET value = EXCLUDED.value, threshold = EXCLUDED.threshold, level = EXCLUDED.level,
                          last_seen_at = EXCLUDED.last_seen_at
            WHERE (supply_warning.value, supply_warning.threshold, supply_warning.level)
                  IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.threshold, EXCLUDED.level)
            RETURNING (xmax = 0) AS inserted"""),
            {"rule": rule.id, "level": rule.level, "threshold": rule.threshold, "now": now})
        flags = [r.inserted for r in result]
        return sum(flags), len(flags) - sum(flags)

    async def refresh_stale_window_sales(self) -> int:
        """Recomputes the window sales that are missing or taken at another date than their level's (a level
        written without movements, a window a new rule brought); returns how many. The stale set goes through a
        temporary table with statistics, so the planner knows whether it is a handful of pairs or all of them."""
        await self.session.execute(text("DROP TABLE IF EXISTS eval_stale"))
        await self.session.execute(text("""
            CREATE TEMP TABLE eval_stale ON COMMIT DROP AS
            SELECT l.organisation_id, l.drug_code_id, l.as_of, w.d
            FROM stock_level l
            CROSS JOIN (SELECT DISTINCT window_days AS d FROM warning_rule
                        WHERE metric = 'DAYS_OF_STOCK' AND enabled AND deleted_at IS NULL) w
            LEFT JOIN stock_window_sales s ON s.organisation_id = l.organisation_id
              AND s.drug_code_id = l.drug_code_id AND s.window_days = w.d
            WHERE s.as_of IS DISTINCT FROM l.as_of"""))
        await self.session.execute(text("ANALYZE eval_stale"))
        r = await self.session.execute(text(WINDOW_SALES_UPSERT.format(
            pairs="SELECT organisation_id, drug_code_id, as_of, d FROM eval_stale")))
        return int(r.rowcount or 0)

    async def level_count_estimate(self) -> float:
        """The planner's estimate of the number of stock levels (no scan)."""
        return float(await self.session.scalar(text(
            "SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'stock_level'::regclass")) or 0)

    async def prepare_dirty(self, since: datetime) -> int:
        """The incremental run's dirty set: (organisation, code) pairs whose level or window sales were written
        since `since` (temporary, with statistics); returns its size."""
        await self.session.execute(text("DROP TABLE IF EXISTS eval_dirty"))
        await self.session.execute(text("""
            CREATE TEMP TABLE eval_dirty ON COMMIT DROP AS
            SELECT organisation_id, drug_code_id FROM stock_level WHERE updated_at >= :since
            UNION
            SELECT organisation_id, drug_code_id FROM stock_window_sales WHERE updated_at >= :since"""),
            {"since": since})
        await self.session.execute(text("CREATE INDEX ON eval_dirty (organisation_id, drug_code_id)"))
        await self.session.execute(text("ANALYZE eval_dirty"))
        return int(await self.session.scalar(text("SELECT count(*) FROM eval_dirty")) or 0)

    async def evaluate_low_coverage(self, rule: WarningRule, area: Sequence[str], catalog_id: int | None,
                                    now: datetime, incremental: bool = False) -> tuple[int, int]:
        """Opens or refreshes warnings for (county, catalog drug code) pairs stocked by fewer than `threshold`
        target institutions in the county. Considered: counties with a target institution, and catalog codes that
        some target institution in the rule's area reports. Returns (opened, refreshed).

        `incremental`: only the codes of the run's dirty set (eval_dirty), in every county."""
        dirty = "AND l.drug_code_id IN (SELECT drug_code_id FROM eval_dirty)" if incremental else ""
        await self._hits(f"""
            WITH targets AS (
              SELECT o.id, o.division_code FROM organisation o
              WHERE o.subtype = ANY(CAST(:subtypes AS text[])) AND o.division_code = ANY(CAST(:area AS text[]))),
            counties AS (SELECT DISTINCT division_code FROM targets),
            codes AS (
              SELECT DISTINCT l.drug_code_id FROM stock_level l JOIN targets t ON t.id = l.organisation_id
              WHERE (CAST(:catalog AS int) IS NULL OR EXISTS (
                SELECT 1 FROM catalog_entry e WHERE e.version_id = CAST(:catalog AS int) AND e.drug_code_id = l.drug_code_id))
                {dirty}),
            cover AS (
              SELECT t.division_code, l.drug_code_id, count(*) AS n
              FROM stock_level l JOIN targets t ON t.id = l.organisation_id
              WHERE l.on_hand > 0 AND l.drug_code_id IN (SELECT drug_code_id FROM codes)
              GROUP BY t.division_code, l.drug_code_id)
            SELECT 'D:' || c.division_code AS subject_key, CAST(NULL AS int) AS organisation_id,
                   CAST(NULL AS varchar) AS subtype, c.division_code, k.drug_code_id,
                   CAST(coalesce(v.n, 0) AS numeric(18, 3)) AS value
            FROM counties c CROSS JOIN codes k
            LEFT JOIN cover v ON v.division_code = c.division_code AND v.drug_code_id = k.drug_code_id
            WHERE coalesce(v.n, 0) < CAST(:threshold AS numeric)""",
            {"subtypes": list(rule.target_subtypes), "area": list(area), "catalog": catalog_id,
             "threshold": rule.threshold})
        return await self._apply_hits(rule, now)

    async def close_cleared(self, rule: WarningRule, now: datetime, incremental: bool = False) -> int:
        """Closes the rule's open warnings whose condition no longer holds (not among this run's eval_hits of the
        rule, computed just before). An incremental run only judges the pairs (days of stock) or codes (coverage)
        of its dirty set."""
        scope = ""
        if incremental:
            scope = ("AND EXISTS (SELECT 1 FROM eval_dirty d WHERE d.organisation_id = w.organisation_id "
                     "AND d.drug_code_id = w.drug_code_id)" if rule.metric == "DAYS_OF_STOCK"
                     else "AND w.drug_code_id IN (SELECT drug_code_id FROM eval_dirty)")
        result = await self.session.execute(text(f"""
            UPDATE supply_warning w SET state = 'CLOSED', closed_at = :now
            WHERE w.rule_id = :rule AND w.state <> 'CLOSED' {scope}
              AND NOT EXISTS (SELECT 1 FROM eval_hits h WHERE h.subject_key = w.subject_key
                                                          AND h.drug_code_id = w.drug_code_id)"""),
            {"rule": rule.id, "now": now})
        return int(result.rowcount or 0)

    async def close_inactive(self, now: datetime) -> list[tuple[int, int]]:
        """Closes open warnings of disabled or deleted rules; returns (rule id, closed) pairs."""
        inactive = select(WarningRule.id).where(or_(WarningRule.enabled.is_(False), WarningRule.deleted_at.is_not(None)))
        rows = (await self.session.execute(
            update(SupplyWarning).where(SupplyWarning.rule_id.in_(inactive), SupplyWarning.state != WarningState.CLOSED)
            .values(state=WarningState.CLOSED, closed_at=now).returning(SupplyWarning.rule_id))).all()
        out: dict[int, int] = {}
        for (rid,) in rows:
            out[rid] = out.get(rid, 0) + 1
        return sorted(out.items())

    async def run_started_after(self, moment: datetime, full_only: bool = False) -> bool:
        """True when an evaluation run (a full one, if asked) started after `moment` (and so saw everything
        committed before it)."""
        cond = [WarningEvaluationRun.started_at > moment]
        if full_only:
            cond.append(WarningEvaluationRun.mode == "FULL")
        return bool(await self.session.scalar(select(exists().where(*cond))))

    async def last_run_started(self) -> datetime | None:
        """When the newest finished run started (the incremental watermark)."""
        return await self.session.scalar(select(func.max(WarningEvaluationRun.started_at)).where(
            WarningEvaluationRun.finished_at.is_not(None)))

    async def all_enabled_rules(self) -> list[WarningRule]:
        """Returns every enabled rule of every bureau (the job)."""
        return list((await self.session.scalars(select(WarningRule).where(
            WarningRule.enabled.is_(True), WarningRule.deleted_at.is_(None)).order_by(WarningRule.id))).all())
