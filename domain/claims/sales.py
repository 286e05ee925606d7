"""Insurance-settled sales read for the drug file's sales and usage section (DRUG-24 销售使用信息, source: the
settlement feed `settlementSalesLoad`): per prefecture split by hospitals and pharmacies, per institution, and per
code of the same generic name, within an AreaAccess (the institution's division). Settlements are counted as
distinct settlement numbers per institution (a settlement may list several codes)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select, text

from domain.claims.models import SettlementSale
from domain.claims.views import InstitutionSettledView, PeerSettledView, SettledFiguresView
from domain.drugs.models import DrugCode
from domain.identity.models import Organisation
from domain.identity.views import OrganisationView
from domain.shared.db import any_of
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads
from domain.supply.access import AreaAccess
from domain.supply.criteria import ALL, INSTITUTIONS, Window

PREF = "CASE WHEN dv.level = 'COUNTY' THEN dv.parent_code ELSE dv.code END"
BREAKDOWN = text(f"""
SELECT CASE WHEN GROUPING({PREF}) = 1 THEN '{ALL}' ELSE {PREF} END AS pref,
  coalesce(sum(s.quantity) FILTER (WHERE o.subtype = 'HOSPITAL'), 0),
  coalesce(sum(s.amount) FILTER (WHERE o.subtype = 'HOSPITAL'), 0),
  coalesce(sum(s.fund_amount) FILTER (WHERE o.subtype = 'HOSPITAL'), 0),
  count(DISTINCT s.organisation_id || ':' || s.settlement_no) FILTER (WHERE o.subtype = 'HOSPITAL'),
  coalesce(sum(s.quantity) FILTER (WHERE o.subtype = 'PHARMACY'), 0),
  coalesce(sum(s.amount) FILTER (WHERE o.subtype = 'PHARMACY'), 0),
  coalesce(sum(s.fund_amount) FILTER (WHERE o.subtype = 'PHARMACY'), 0),
  count(DISTINCT s.organisation_id || ':' || s.settlement_no) FILTER (WHERE o.subtype = 'PHARMACY'),
  count(DISTINCT s.organisation_id)
FROM settlement_sale s JOIN organisation o ON o.id = s.organisation_id JOIN division dv ON dv.code = o.division_code
WHERE s.drug_code_id = ANY(CAST(:ds AS int[])) AND s.settled_on BETWEEN :start AND :end
  AND (CAST(:area AS text[]) IS NULL OR o.division_code = ANY(CAST(:area AS text[])))
GROUP BY GROUPING SETS (({PREF}), ())""")
_ORG_FIELDS = len(OrganisationView.columns)


def _area(access: AreaAccess) -> list[str] | None:
    return None if access.divisions is None else sorted(access.divisions)


def _institution(row: Any) -> InstitutionSettledView:
    return InstitutionSettledView(OrganisationView.of(row[:_ORG_FIELDS]), *row[_ORG_FIELDS:])


class SettledSalesRepository(Repository):
    @reads
    async def breakdown(self, access: AreaAccess, drug_ids: Sequence[int], window: Window) -> list[SettledFiguresView]:
        """Settled sales of these codes in the window at the area's institutions, per prefecture and in total
        (ALL first, then by prefecture code); nothing settled: no rows."""
        rows = await self.db.rows(BREAKDOWN, {"ds": list(drug_ids), "start": window.start, "end": window.end,
                                              "area": _area(access)})
        return sorted((SettledFiguresView(*r) for r in rows), key=lambda v: (v.pref != ALL, v.pref))

    @reads
    async def institutions_page(self, access: AreaAccess, drug_ids: Sequence[int], window: Window,
                                subtypes: Sequence[str], request: PageRequest) -> Page[InstitutionSettledView]:
        """Returns one page of the area's institutions (of these subtypes) with settled sales of these codes in the
        window, largest settled quantity first."""
        s = SettlementSale
        sums = select(s.organisation_id.label("org_id"), func.sum(s.quantity).label("quantity"),
                      func.sum(s.amount).label("amount"), func.sum(s.fund_amount).label("fund_amount"),
                      func.count(func.distinct(s.settlement_no)).label("settlements"),
                      func.max(s.settled_on).label("last_settled_on")) \
            .where(any_of(s.drug_code_id, list(drug_ids)), s.settled_on.between(window.start, window.end)) \
            .group_by(s.organisation_id).subquery("s")
        where = [any_of(Organisation.subtype, [t for t in subtypes if t in INSTITUTIONS])]
        if access.divisions is not None:
            where.append(any_of(Organisation.division_code, access.divisions))
        inner = select(*OrganisationView.columns, sums.c.quantity, sums.c.amount, sums.c.fund_amount,
                       sums.c.settlements, sums.c.last_settled_on) \
            .select_from(sums).join(Organisation, Organisation.id == sums.c.org_id).where(*where).subquery("x")
        return await keyset_page(self.db, select(inner), [(inner.c.quantity, True), (inner.c.id, False)], request,
                                 id_col=inner.c.id, make=_institution,
                                 values_of=lambda v: [v.quantity, v.organisation.id])

    @reads
    async def by_code(self, access: AreaAccess, drug_ids: Sequence[int], window: Window) -> list[PeerSettledView]:
        """Settled sales of each of these codes (e.g. the codes of one generic name, 同通用名) in the window at the
        area's institutions, one row per code (zero when none), by code id."""
        s = SettlementSale
        join_on = and_(s.drug_code_id == DrugCode.id, s.settled_on.between(window.start, window.end))
        if access.divisions is not None:
            area = select(Organisation.id).where(any_of(Organisation.division_code, access.divisions))
            join_on = and_(join_on, s.organisation_id.in_(area))
        stmt = select(DrugCode.id, func.coalesce(func.sum(s.quantity), 0), func.coalesce(func.sum(s.amount), 0),
                      func.count(func.distinct(func.concat(s.organisation_id, ":", s.settlement_no)))
                      .filter(s.id.is_not(None))) \
            .select_from(DrugCode).outerjoin(s, join_on).where(any_of(DrugCode.id, list(drug_ids))) \
            .group_by(DrugCode.id).order_by(DrugCode.id)
        return [PeerSettledView(*r) for r in await self.db.rows(stmt)]
