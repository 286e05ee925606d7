"""SQL for the public drug finder: public drug columns, name/pinyin search, nearest institutions (earthdistance KNN),
on-sale institutions with recency indicators, an institution's on-sale drugs, trace codes and scans.

Everything here is public information: listed institutions (organisation.public_listed) with their public contact
fields, and drug master data. Statements are built once at import and bound per call (fastdb.compile_bound)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Any

from sqlalchemy import (Float, Integer, String, and_, bindparam, case, exists, func, literal, literal_column, or_,
                        select, true)
from sqlalchemy.ext.asyncio import AsyncSession

from domain.drugs.models import (CatalogEntry, CatalogState, CatalogVersion, DosageForm, DrugCode, Manufacturer,
                                 PackageInsert, Variety)
from domain.identity.models import Organisation
from domain.public.models import TraceProduct, TraceScan
from domain.shared.db import any_of
from domain.supply.models import MovementKind, StockLevel, StockMovement
from domain.supply.settlement import SettlementSale

INSTITUTION_SUBTYPES = ("HOSPITAL", "PHARMACY")


def initials_of(q: str) -> str | None:
    """Lower-case pinyin initials when the keyword is letters only (full-width ａｍｘｌ typed on a phone too)."""
    low = unicodedata.normalize("NFKC", q).lower().replace(" ", "")
    return low if low.isascii() and low.isalpha() else None


def _like_escape(q: str) -> str:
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _earth(lat: Any, lon: Any) -> Any:
    return func.ll_to_earth(lat, lon)


ORG_EARTH = _earth(Organisation.lat, Organisation.lon)


def _here(c: InstitutionCriteria) -> Any:
    assert c.near is not None
    return _earth(literal(c.near[0], Float), literal(c.near[1], Float))


def _reimbursement_class(region: str) -> Any:
    """The drug's 甲/乙 class in the region's latest published catalog (null: not in the catalog)."""
    return (select(CatalogEntry.reimbursement_class)
            .join(CatalogVersion, CatalogVersion.id == CatalogEntry.version_id)
            .where(CatalogEntry.drug_code_id == DrugCode.id, CatalogVersion.state == CatalogState.PUBLISHED,
                   CatalogVersion.owner_division == region)
            .order_by(CatalogVersion.published_at.desc(), CatalogVersion.id.desc())
            .limit(1).scalar_subquery())


def public_drug_columns(region: str) -> list[Any]:
    return [DrugCode.id, DrugCode.code, DrugCode.generic_name, DrugCode.trade_name, DrugCode.spec,
            DrugCode.packaging, DrugCode.min_pack_unit, DrugCode.approval_no, DrugCode.type, DrugCode.class_code,
            DrugCode.generic_initials, DosageForm.name.label("form_name"), Manufacturer.name.label("manufacturer"),
            _reimbursement_class(region).label("reimbursement_class")]


def _public_drugs(region: str) -> Any:
    return (select(*public_drug_columns(region))
            .join(Manufacturer, Manufacturer.id == DrugCode.manufacturer_id)
            .join(DosageForm, DosageForm.code == DrugCode.form_code, isouter=True))


@lru_cache(maxsize=8)
def _drug_by_code(region: str) -> Any:
    """One statement object per region (the region is a process setting): bound per call (compile_bound)."""
    return _public_drugs(region).where(DrugCode.code == bindparam("code"))


_INSERT_OF = select(PackageInsert).where(PackageInsert.drug_code_id == bindparam("drug_id"))
_LETTER = func.left(DrugCode.class_code, literal_column("1"))
_CATEGORY_COUNTS = select(DrugCode.type, _LETTER.label("letter"), func.count()).group_by(DrugCode.type, _LETTER)

_INSTITUTION_COLS = [Organisation.id, Organisation.code, Organisation.name, Organisation.subtype,
                     Organisation.ownership, Organisation.hospital_level, Organisation.division_code,
                     Organisation.address, Organisation.public_phone, Organisation.business_hours,
                     Organisation.intro, Organisation.lat, Organisation.lon]
_LISTED = and_(Organisation.subtype.in_(INSTITUTION_SUBTYPES), Organisation.public_listed.is_(true()))


@dataclass(frozen=True, slots=True)
class InstitutionCriteria:
    kinds: tuple[str, ...] = INSTITUTION_SUBTYPES
    divisions: frozenset[str] | None = None  # a division's subtree, None: anywhere
    name: str | None = None
    ownership: str | None = None
    near: tuple[float, float] | None = None  # WGS-84 (lat, lon)
    within_m: float | None = None
    by_distance: bool = True


class PublicRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- drugs -----------------------------------------------------------------------------------------------

    async def category_counts(self) -> list[Any]:
        return list((await self.session.execute(_CATEGORY_COUNTS)).all())

    async def drug(self, code: str, region: str) -> Any:
        return (await self.session.execute(_drug_by_code(region), {"code": code})).first()

    async def package_insert(self, drug_id: int) -> Any:
        return (await self.session.execute(_INSERT_OF, {"drug_id": drug_id})).scalars().first()

    async def search_drugs(self, keyword: str | None, type_: str | None, class_letter: str | None, region: str,
                           limit: int, offset: int) -> list[Any]:
        """Drug codes by generic/trade name substring or pinyin initials, in name order (PUB-01/03/04)."""
        stmt = _public_drugs(region)
        order: list[Any] = [DrugCode.generic_initials, DrugCode.generic_name, DrugCode.code]
        if keyword:
            q = keyword.strip()
            ors = [DrugCode.search_text.ilike(f"%{_like_escape(q)}%")]
            low = initials_of(q)
            if low:
                ors += [DrugCode.generic_initials.startswith(low, autoescape=True),
                        DrugCode.trade_initials.startswith(low, autoescape=True)]
            stmt = stmt.where(or_(*ors))
            if len(q) >= 3 or not q.isascii():
                # Order by an expression so PostgreSQL takes the trigram bitmap plus a top-N sort instead of
                # walking the initials btree filtering row by row (see DrugRepository.page).
                order[0] = DrugCode.generic_initials.concat("")
        if type_:
            stmt = stmt.where(DrugCode.type == type_)
        if class_letter:
            stmt = stmt.where(DrugCode.class_code.startswith(class_letter, autoescape=True))
        stmt = stmt.order_by(*order).limit(limit).offset(offset)
        return list((await self.session.execute(stmt)).all())

    async def suggestions(self, prefix: str, limit: int) -> list[tuple[str, str, str]]:
        """Generic names (varieties) and trade names starting with `prefix` or whose pinyin initials do."""
        q = prefix.strip()
        low = initials_of(q) or ""
        by_initials = bool(low)
        generic = select(Variety.generic_name, Variety.initials).distinct()
        trade = (select(DrugCode.trade_name, DrugCode.trade_initials).distinct()
                 .where(DrugCode.trade_name.is_not(None)))
        if by_initials:
            generic = generic.where(Variety.initials.startswith(low, autoescape=True))
            trade = trade.where(DrugCode.trade_initials.startswith(low, autoescape=True))
        else:
            generic = generic.where(Variety.generic_name.ilike(f"{_like_escape(q)}%"))
            trade = trade.where(DrugCode.search_text.ilike(f"%{_like_escape(q)}%"),
                                DrugCode.trade_name.ilike(f"{_like_escape(q)}%"))
        g = (await self.session.execute(generic.order_by(Variety.initials, Variety.generic_name).limit(limit))).all()
        out = [(name, "GENERIC", initials or "") for name, initials in g]
        if len(out) < limit:
            t = (await self.session.execute(
                trade.order_by(DrugCode.trade_initials, DrugCode.trade_name).limit(limit - len(out)))).all()
            seen = {name for name, _, _ in out}
            out += [(name, "TRADE", initials or "") for name, initials in t if name not in seen]
        return out

    # --- institutions ----------------------------------------------------------------------------------------

    def _institutions(self, c: InstitutionCriteria, extra: list[Any] | None = None) -> Any:
        cols = list(_INSTITUTION_COLS)
        if c.near is not None:
            cols.append(case((Organisation.lat.is_(None), None),
                             else_=func.earth_distance(ORG_EARTH, _here(c))).label("distance"))
        else:
            cols.append(literal(None, Float).label("distance"))
        stmt = select(*cols, *(extra or [])).where(_LISTED)
        if len(c.kinds) == 1:
            stmt = stmt.where(Organisation.subtype == c.kinds[0])
        if c.divisions is not None:
            stmt = stmt.where(any_of(Organisation.division_code, c.divisions))
        if c.name:
            stmt = stmt.where(Organisation.name.ilike(f"%{_like_escape(c.name.strip())}%"))
        if c.ownership:
            stmt = stmt.where(Organisation.ownership == c.ownership)
        if c.near is not None and c.within_m is not None:
            stmt = stmt.where(func.earth_box(_here(c), c.within_m).op("@>")(ORG_EARTH),
                              func.earth_distance(ORG_EARTH, _here(c)) <= c.within_m)
        return stmt

    def _ordered(self, stmt: Any, c: InstitutionCriteria, *, positioned_only: bool = True) -> Any:
        if c.near is not None and c.by_distance:
            # KNN: ORDER BY exactly `ll_to_earth(lat, lon) <-> point` with the partial index's `lat IS NOT NULL`
            # lets the GiST index return nearest first without reading and sorting every institution.
            # (Without positioned_only, institutions with no position come last: ll_to_earth(NULL) sorts last.)
            if positioned_only:
                stmt = stmt.where(Organisation.lat.is_not(None))
            return stmt.order_by(ORG_EARTH.op("<->")(_here(c)))
        return stmt.order_by(Organisation.name, Organisation.id)

    async def institutions(self, c: InstitutionCriteria, limit: int, offset: int) -> list[Any]:
        stmt = self._ordered(self._institutions(c), c).limit(limit).offset(offset)
        return list((await self.session.execute(stmt)).all())

    async def count_institutions(self, c: InstitutionCriteria) -> int:
        stmt = self._institutions(c)
        if c.near is not None and c.by_distance:
            stmt = stmt.where(Organisation.lat.is_not(None))
        sub = stmt.with_only_columns(Organisation.id).subquery()
        return int((await self.session.execute(select(func.count()).select_from(sub))).scalar() or 0)

    async def institution(self, code: str, near: tuple[float, float] | None) -> Any:
        c = InstitutionCriteria(near=near)
        stmt = self._institutions(c).where(Organisation.code == code)
        return (await self.session.execute(stmt)).first()

    async def institutions_by_id(self, ids: list[int]) -> list[Any]:
        stmt = select(*_INSTITUTION_COLS, literal(None, Float).label("distance")).where(
            _LISTED, any_of(Organisation.id, ids))
        return list((await self.session.execute(stmt)).all())

    # --- where a drug is on sale -----------------------------------------------------------------------------

    async def outlets(self, drug_id: int, c: InstitutionCriteria, purchase_since: date, settled_since: date,
                      limit: int) -> tuple[int, list[Any]]:
        """Listed institutions holding the drug (on hand > 0), nearest first, with "recently purchased" (a receipt
        since `purchase_since`) and "recently settled" (an insurance-settled sale since `settled_since`)."""
        stocked = exists().where(StockLevel.organisation_id == Organisation.id, StockLevel.drug_code_id == drug_id,
                                 StockLevel.on_hand > 0)
        purchased = exists().where(StockMovement.organisation_id == Organisation.id,
                                   StockMovement.drug_code_id == drug_id,
                                   StockMovement.business_date >= purchase_since,
                                   StockMovement.kind == MovementKind.RECEIPT.value)
        settled = exists().where(SettlementSale.organisation_id == Organisation.id,
                                 SettlementSale.drug_code_id == drug_id, SettlementSale.settled_on >= settled_since)
        base = self._institutions(c, [purchased.label("purchased"), settled.label("settled")]).where(stocked)
        rows = (await self.session.execute(self._ordered(base, c, positioned_only=False).limit(limit))).all()
        if len(rows) < limit:
            total = len(rows)
        else:
            count = select(func.count()).select_from(self._institutions(c).where(stocked).with_only_columns(
                Organisation.id).subquery())
            total = int((await self.session.execute(count)).scalar() or 0)
        return total, list(rows)

    async def on_sale_drugs(self, institution_id: int, keyword: str | None, region: str, limit: int,
                            offset: int) -> list[Any]:
        """The drugs one listed institution has on hand (PUB-12/17), in name order."""
        stmt = (_public_drugs(region).join(StockLevel, and_(StockLevel.drug_code_id == DrugCode.id,
                                                      StockLevel.organisation_id == institution_id,
                                                      StockLevel.on_hand > 0)))
        if keyword:
            q = keyword.strip()
            low = initials_of(q)
            ors = [DrugCode.search_text.ilike(f"%{_like_escape(q)}%")]
            if low:
                ors.append(DrugCode.generic_initials.startswith(low, autoescape=True))
            stmt = stmt.where(or_(*ors))
        stmt = stmt.order_by(DrugCode.generic_initials, DrugCode.generic_name, DrugCode.code).limit(limit).offset(offset)
        return list((await self.session.execute(stmt)).all())

    async def stocking_by_division(self, drug_id: int, divisions: frozenset[str] | None) -> list[Any]:
        """Listed institutions holding the drug, per county and kind (PUB-28)."""
        stmt = (select(Organisation.division_code, Organisation.subtype, func.count())
                .join(StockLevel, and_(StockLevel.organisation_id == Organisation.id,
                                       StockLevel.drug_code_id == drug_id, StockLevel.on_hand > 0))
                .where(_LISTED).group_by(Organisation.division_code, Organisation.subtype))
        if divisions is not None:
            stmt = stmt.where(any_of(Organisation.division_code, divisions))
        return list((await self.session.execute(stmt)).all())

    # --- traceability ----------------------------------------------------------------------------------------

    async def trace_product(self, prefix: str) -> Any:
        return (await self.session.execute(select(TraceProduct).where(TraceProduct.prefix == prefix))).scalars().first()

    async def drug_codes_by_id(self, ids: list[int], region: str) -> list[Any]:
        stmt = _public_drugs(region).where(any_of(DrugCode.id, ids))
        return list((await self.session.execute(stmt)).all())

    async def scans_of(self, insured_id: int, limit: int, offset: int) -> list[Any]:
        stmt = (select(TraceScan).where(TraceScan.insured_id == insured_id)
                .order_by(TraceScan.id.desc()).limit(limit).offset(offset))
        return list((await self.session.execute(stmt)).scalars().all())


def nearest_county_sql() -> Any:
    """SQL text: the county whose seat is nearest to ($lat, $lon) (KNN on ix_division_earth)."""
    return literal_column(
        "(SELECT d.code FROM division d WHERE d.level = 'COUNTY' AND d.lat IS NOT NULL "
        "ORDER BY ll_to_earth(d.lat::float8, d.lon::float8) <-> ll_to_earth(e.lat, e.lon) LIMIT 1)")
