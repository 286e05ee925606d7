"""Stocking (配备) statistics, computed in SQL (SUP-05, SUP-07…13, DRUG-06): which supply entities stock which drug
codes (latest on-hand > 0), per entity, per group and per drug, always within the caller's access."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, distinct, exists, func, literal, select

from domain.divisions.models import Division
from domain.catalog.models import CatalogEntry, CatalogState, CatalogVersion
from domain.drugs.models import DrugCode
from domain.identity.models import Organisation
from domain.identity.views import OrganisationView
from domain.shared.db import any_of
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads
from domain.supply.access import OrgAccess
from domain.supply.criteria import OrgCriteria, StockingGroupBy
from domain.supply.models import MovementKind, StockLevel, StockMovement
from domain.supply.organisations import org_filters
from domain.supply.views import (DrugSupplyView, StockedDrugView, StockedVarietyView, StockingGroupView,
                                 StockingOrganisationView)

STOCKED = StockLevel.on_hand > 0
_ORG_FIELDS = len(OrganisationView.columns)


def _stocking_organisation(row: Any) -> StockingOrganisationView:
    return StockingOrganisationView(OrganisationView.of(row[:_ORG_FIELDS]), *row[_ORG_FIELDS:])


class StockingRepository(Repository):
    @reads
    async def latest_catalog(self, visible_divisions: frozenset[str] | None) -> int | None:
        """Returns the most recently published catalog version among these owners (the caller's region)."""
        stmt = select(CatalogVersion.id).where(CatalogVersion.state == CatalogState.PUBLISHED)
        if visible_divisions is not None:
            stmt = stmt.where(any_of(CatalogVersion.owner_division, visible_divisions))
        return await self.db.scalar(stmt.order_by(CatalogVersion.published_at.desc().nulls_last(),
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

    @reads
    async def organisations_page(self, access: OrgAccess, criteria: OrgCriteria, catalog_id: int | None,
                                 request: PageRequest) -> Page[StockingOrganisationView]:
        """Returns one page of supply entities, each with its stocked codes and varieties (in and out of catalog)."""
        stmt = select(*OrganisationView.columns, *self._org_counts(catalog_id)).where(*org_filters(access, criteria))
        return await keyset_page(self.db, stmt, [(Organisation.code, False)], request, id_col=Organisation.id,
                                 values_of=lambda v: [v.organisation.code], make=_stocking_organisation)

    @reads
    async def summary(self, access: OrgAccess, criteria: OrgCriteria, group_by: StockingGroupBy,
                      catalog_id: int | None) -> list[StockingGroupView]:
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
                  .join(dv, dv.c.code == Organisation.division_code).where(*org_filters(access, criteria)))
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
        return [StockingGroupView(*r) for r in await self.db.rows(stmt)]

    @reads
    async def stocked_drugs_page(self, org_id: int, catalog_id: int | None, catalog_only: bool,
                                 request: PageRequest) -> Page[StockedDrugView]:
        """Returns one page of the drug codes an organisation stocks (on-hand > 0), by code."""
        stmt = select(StockLevel.drug_code_id, DrugCode.code, StockLevel.on_hand, StockLevel.in_transit,
                      StockLevel.as_of, self._in_catalog(catalog_id, StockLevel.drug_code_id).label("in_catalog")) \
            .join(DrugCode, DrugCode.id == StockLevel.drug_code_id) \
            .where(StockLevel.organisation_id == org_id, STOCKED)
        if catalog_only:
            stmt = stmt.where(self._in_catalog(catalog_id, StockLevel.drug_code_id))
        return await keyset_page(self.db, stmt, [(DrugCode.code, False)], request,
                                 id_col=StockLevel.drug_code_id, make=lambda r: StockedDrugView(*r))

    @reads
    async def stocked_varieties_page(self, org_id: int, catalog_id: int | None, catalog_only: bool,
                                     request: PageRequest) -> Page[StockedVarietyView]:
        """Returns one page of the varieties an organisation stocks, with how many codes and how much of each."""
        stmt = select(DrugCode.variety_id, func.count().label("codes"), func.sum(StockLevel.on_hand).label("on_hand")) \
            .select_from(StockLevel).join(DrugCode, DrugCode.id == StockLevel.drug_code_id) \
            .where(StockLevel.organisation_id == org_id, STOCKED).group_by(DrugCode.variety_id)
        if catalog_only:
            stmt = stmt.where(self._in_catalog(catalog_id, StockLevel.drug_code_id))
        return await keyset_page(self.db, stmt, [(DrugCode.variety_id, False)], request,
                                 id_col=DrugCode.variety_id, make=lambda r: StockedVarietyView(*r))

    @reads
    async def drug_supply(self, access: OrgAccess, drug_id: int, window_days: int) -> DrugSupplyView:
        """Returns a drug code's supply in the caller's area: stocking entities by kind, on-hand, in-transit, and
        average daily sales over the `window_days` days up to each level's as-of date."""
        orgs = select(Organisation.id).where(*org_filters(access))
        institution = any_of(Organisation.subtype, ["HOSPITAL", "PHARMACY"])
        level = await self.db.first(
            select(func.count().filter(and_(STOCKED, institution)).label("stocking_institutions"),
                   func.count().filter(and_(STOCKED, ~institution)).label("stocking_enterprises"),
                   func.count().filter(institution).label("reporting_institutions"),
                   func.coalesce(func.sum(StockLevel.on_hand).filter(institution), 0).label("institution_on_hand"),
                   func.coalesce(func.sum(StockLevel.on_hand).filter(~institution), 0).label("enterprise_on_hand"),
                   func.coalesce(func.sum(StockLevel.in_transit), 0).label("in_transit"),
                   func.max(StockLevel.as_of).label("as_of"))
            .select_from(StockLevel).join(Organisation, Organisation.id == StockLevel.organisation_id)
            .where(StockLevel.drug_code_id == drug_id, StockLevel.organisation_id.in_(orgs)))
        sold = await self.db.scalar(
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
        return DrugSupplyView(*level, Decimal(sold or 0))
