"""SQL for the public drug finder: public drug columns, name/pinyin search, nearest institutions (earthdistance KNN),
on-sale institutions with recency indicators, an institution's on-sale drugs, trace codes and scans, insured persons.

Everything here is public information: listed institutions (organisation.public_listed) with their public contact
fields, and drug master data. Statements are built once at import and bound per call (PoolDb.rows(stmt, params):
fastdb.compile_bound); rows become read models by position (domain.public.views)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Any

from sqlalchemy import (ARRAY, Date, Double, Float, Integer, String, and_, any_, bindparam, case, cast, exists, func,
                        literal, literal_column, or_, select, true)

from domain.catalog.models import CatalogEntry, CatalogState, CatalogVersion
from domain.drugs.models import DosageForm, DrugCode, Manufacturer, PackageInsert, Variety
from domain.drugs.search import is_short
from domain.drugs.search import matches as search_matches
from domain.divisions.models import Division
from domain.identity.models import Organisation
from domain.public.cache import TTLCache
from domain.public.geo import haversine_m
from domain.public.nearby import NearbyCache
from domain.drugs.models import TraceProduct
from domain.public.models import InsuredPerson, PublicHolder, TraceScan
from domain.public.views import (PublicDrugView, PublicInsertView, PublicInstitutionView, PublicOutletView,
                                 TraceScanView)
from domain.shared.db import any_of, like_escape
from domain.shared.reads import Repository, reads, writes
from domain.supply.models import MovementKind, StockLevel, StockMovement
from domain.claims.models import SettlementSale

INSTITUTION_SUBTYPES = ("HOSPITAL", "PHARMACY")


def initials_of(q: str) -> str | None:
    """Lower-case pinyin initials when the keyword is letters only (full-width ａｍｘｌ typed on a phone too)."""
    low = unicodedata.normalize("NFKC", q).lower().replace(" ", "")
    return low if low.isascii() and low.isalpha() else None



def _earth(lat: Any, lon: Any) -> Any:
    return func.ll_to_earth(lat, lon)


ORG_EARTH = _earth(Organisation.lat, Organisation.lon)


_DRUG_COLS = [DrugCode.id, DrugCode.code, DrugCode.generic_name, DrugCode.trade_name, DrugCode.spec,
              DrugCode.packaging, DrugCode.min_pack_unit, DrugCode.approval_no, DrugCode.type, DrugCode.class_code,
              DrugCode.generic_initials, DrugCode.form_code, DrugCode.manufacturer_id]
NAME_ORDER = (DrugCode.generic_initials, DrugCode.generic_name, DrugCode.code)

def _described(rows: Any, region: str) -> Any:
    """Public drug rows from a page of drug codes (`rows`: a subquery of _DRUG_COLS, already filtered, ordered and
    limited): dosage-form and manufacturer names and the 甲/乙 class of the region's latest published catalog come
    by index lookups for the page's rows only (joining first would join every match before the top-N sort)."""
    d = rows.c
    form = select(DosageForm.name).where(DosageForm.code == d.form_code).scalar_subquery()
    maker = select(Manufacturer.name).where(Manufacturer.id == d.manufacturer_id).scalar_subquery()
    klass = (select(CatalogEntry.reimbursement_class)
             .join(CatalogVersion, CatalogVersion.id == CatalogEntry.version_id)
             .where(CatalogEntry.drug_code_id == d.id, CatalogVersion.state == CatalogState.PUBLISHED,
                    CatalogVersion.owner_division == region)
             .order_by(CatalogVersion.published_at.desc(), CatalogVersion.id.desc())
             .limit(1).scalar_subquery())
    # Column order = PublicDrugView's fields (built by position).
    return (select(d.id, d.code, d.generic_name, d.trade_name, d.spec, d.packaging, d.min_pack_unit, d.approval_no,
                   d.type, d.class_code, d.generic_initials, form.label("form_name"), maker.label("manufacturer"),
                   klass.label("reimbursement_class"))
            .order_by(d.generic_initials, d.generic_name, d.code))


@lru_cache(maxsize=8)
def _drug_by_code(region: str) -> Any:
    """One statement object per region (the region is a process setting): bound per call (compile_bound)."""
    return _described(select(*_DRUG_COLS).where(DrugCode.code == bindparam("code")).subquery(), region)


_INSERT_OF = PublicInsertView.select().where(PackageInsert.drug_code_id == bindparam("drug_id"))
_LETTER = func.left(DrugCode.class_code, literal_column("1"))
_CATEGORY_COUNTS = select(DrugCode.type, _LETTER.label("letter"), func.count()).group_by(DrugCode.type, _LETTER)

# Column order = PublicInstitutionView's fields (distance follows).
_INSTITUTION_COLS = [Organisation.id, Organisation.code, Organisation.name, Organisation.subtype,
                     Organisation.ownership, Organisation.hospital_level, Organisation.division_code,
                     Organisation.address, Organisation.public_phone, Organisation.business_hours,
                     Organisation.intro, Organisation.lat, Organisation.lon]
# Literal SQL, not parameters: the partial indexes' predicates (subtype IN ('HOSPITAL','PHARMACY'), on_hand > 0)
# must be provable from the query text itself, also under a prepared statement's generic plan.
_LISTED = and_(Organisation.subtype.in_([literal_column(f"'{k}'") for k in INSTITUTION_SUBTYPES]),
               Organisation.public_listed.is_(true()))
_IN_STOCK = StockLevel.on_hand > literal_column("0")


@dataclass(frozen=True, slots=True)
class InstitutionCriteria:
    kinds: tuple[str, ...] = INSTITUTION_SUBTYPES
    divisions: frozenset[str] | None = None  # a division's subtree, None: anywhere
    name: str | None = None
    ownership: str | None = None
    near: tuple[float, float] | None = None  # WGS-84 (lat, lon)
    within_m: float | None = None
    by_distance: bool = True


def _like_prefix(column: Any, name: str) -> Any:
    return column.like(bindparam(name, type_=String))


def _page_size(limit: int) -> Any:
    """LIMIT written into the SQL: with `LIMIT $n` the generic plan of a prepared statement assumes a large page and
    picks hash joins and full sorts, so PostgreSQL keeps re-planning each call (see _nearest_holders_stmt)."""
    return literal_column(str(int(limit)))


@lru_cache(maxsize=512)
def _search_stmt(region: str, keyword: bool, initials: bool, expr_order: bool, type_: bool, class_: bool,
                 limit: int, short: bool = False) -> Any:
    """The drug search for one shape of criteria, built once and bound per call (fastdb.compile_bound)."""
    stmt = select(*_DRUG_COLS)
    order: list[Any] = list(NAME_ORDER)
    if keyword:
        ors = [search_matches("pattern", "term" if short else None)]
        if initials:
            ors += [_like_prefix(DrugCode.generic_initials, "initials"), _like_prefix(DrugCode.trade_initials, "initials")]
        stmt = stmt.where(or_(*ors))
        if expr_order:
            # Order by an expression so PostgreSQL takes the trigram bitmap plus a top-N sort instead of walking
            # the initials btree filtering row by row (see DrugRepository.page).
            order[0] = DrugCode.generic_initials.concat(literal_column("''"))
    if type_:
        stmt = stmt.where(DrugCode.type == bindparam("type", type_=String))
    if class_:
        stmt = stmt.where(_like_prefix(DrugCode.class_code, "class_prefix"))
    page = stmt.order_by(*order).limit(_page_size(limit)).offset(bindparam("offset", type_=Integer)).subquery()
    return _described(page, region)


@lru_cache(maxsize=256)
def _on_sale_stmt(region: str, keyword: bool, initials: bool, limit: int, short: bool = False) -> Any:
    stmt = select(*_DRUG_COLS).join(StockLevel, and_(
        StockLevel.drug_code_id == DrugCode.id, StockLevel.organisation_id == bindparam("institution_id", type_=Integer),
        _IN_STOCK))
    if keyword:
        ors = [search_matches("pattern", "term" if short else None)]
        if initials:
            ors.append(_like_prefix(DrugCode.generic_initials, "initials"))
        stmt = stmt.where(or_(*ors))
    page = stmt.order_by(*NAME_ORDER).limit(_page_size(limit)).offset(bindparam("offset", type_=Integer)).subquery()
    return _described(page, region)


HERE = _earth(bindparam("lat", type_=Float), bindparam("lon", type_=Float))
_STOCKED = exists().where(StockLevel.organisation_id == Organisation.id,
                          StockLevel.drug_code_id == bindparam("drug_id", type_=Integer), _IN_STOCK)


def _shape(c: InstitutionCriteria) -> tuple[Any, ...]:
    return (c.kinds, c.divisions is not None, bool(c.name), bool(c.ownership), c.near is not None,
            c.near is not None and c.within_m is not None, c.near is not None and c.by_distance)


def _params(c: InstitutionCriteria, **extra: Any) -> dict[str, Any]:
    p: dict[str, Any] = dict(extra)
    if c.divisions is not None:
        p["divisions"] = sorted(c.divisions)
    if c.name:
        p["name"] = f"%{like_escape(c.name.strip())}%"
    if c.ownership:
        p["ownership"] = c.ownership
    if c.near is not None:
        p["lat"], p["lon"] = c.near
        if c.within_m is not None:
            p["within"] = c.within_m
    return p


def _filtered(shape: tuple[Any, ...], *, stocked: bool = False) -> Any:
    kinds, divisions, name, ownership, near, within, by_distance = shape
    cols = list(_INSTITUTION_COLS)
    cols.append(case((Organisation.lat.is_(None), None), else_=func.earth_distance(ORG_EARTH, HERE)).label("distance")
                if near else literal(None, Float).label("distance"))
    stmt = select(*cols).where(_LISTED)
    if len(kinds) == 1:
        stmt = stmt.where(Organisation.subtype == kinds[0])
    if divisions:
        stmt = stmt.where(Organisation.division_code == any_(bindparam("divisions", type_=ARRAY(String))))
    if name:
        stmt = stmt.where(Organisation.name.ilike(bindparam("name", type_=String)))
    if ownership:
        stmt = stmt.where(Organisation.ownership == bindparam("ownership", type_=String))
    if within:
        radius = bindparam("within", type_=Float)
        stmt = stmt.where(func.earth_box(HERE, radius).op("@>")(ORG_EARTH), func.earth_distance(ORG_EARTH, HERE) <= radius)
    if stocked:
        stmt = stmt.where(_STOCKED)
    return stmt


def _ordered(stmt: Any, shape: tuple[Any, ...]) -> Any:
    if shape[-1]:
        # KNN: ORDER BY exactly `ll_to_earth(lat, lon) <-> point` with the partial index's `lat IS NOT NULL` lets
        # the GiST index return nearest first without reading and sorting every institution (nearest-first lists
        # hold positioned institutions only).
        return stmt.where(Organisation.lat.is_not(None)).order_by(ORG_EARTH.op("<->")(HERE))
    return stmt.order_by(Organisation.name, Organisation.id)


@lru_cache(maxsize=1024)
def _institutions_stmt(shape: tuple[Any, ...], purpose: str, limit: int = 0) -> Any:
    if purpose == "page":
        return _ordered(_filtered(shape), shape).limit(_page_size(limit)).offset(bindparam("offset", type_=Integer))
    if purpose == "one":
        return _filtered(shape).where(Organisation.code == bindparam("code", type_=String))
    stmt = _filtered(shape, stocked=purpose == "stocked-count")
    if purpose == "count" and shape[-1]:
        stmt = stmt.where(Organisation.lat.is_not(None))
    return select(func.count()).select_from(stmt.with_only_columns(Organisation.id).subquery())


@lru_cache(maxsize=512)
def _nearest_holders_stmt(shape: tuple[Any, ...], limit: int) -> Any:
    """The nearest holders of a drug: a KNN scan of public_holder's GiST index on (drug_code_id, ll_to_earth(lat,
    lon)) that visits that drug's holders only, returning what the list needs fresh — which institution, where, and
    the dates of its last receipt and last settled sale (the recency flags). Names and addresses come from
    `institutions_by_id` (cached), distances are computed by the caller from the positions: ll_to_earth in the
    select list cost ~35 µs of PostgreSQL per row (its domain checks), the join of 20 institutions ~0.35 ms.

    The page size is written into the SQL (one statement per size, 1…50): with `LIMIT $n` PostgreSQL's generic plan
    for the prepared statement assumes a large page, so it kept planning each call afresh (~1–2 ms)."""
    kinds, divisions, _name, _ownership, _near, _within, _by_distance = shape
    h = PublicHolder
    knn = select(h.organisation_id, h.lat, h.lon, h.last_receipt_on, h.last_settled_on).where(
        h.drug_code_id == bindparam("drug_id", type_=Integer))
    if len(kinds) == 1:
        knn = knn.where(h.subtype == kinds[0])
    if divisions:
        knn = knn.where(h.division_code == any_(bindparam("divisions", type_=ARRAY(String))))
    return knn.order_by(_earth(h.lat, h.lon).op("<->")(HERE)).limit(_page_size(limit))


@lru_cache(maxsize=128)
def _outlets_by_name_stmt(shape: tuple[Any, ...], limit: int) -> Any:
    """Holders of a drug by name (no position given; holders without a position included), with the two recency
    flags probed in the ledgers for the page's rows only."""
    drug = bindparam("drug_id", type_=Integer)
    page = _ordered(_filtered(shape, stocked=True), shape).limit(_page_size(limit)).subquery()
    purchased = exists().where(StockMovement.organisation_id == page.c.id, StockMovement.drug_code_id == drug,
                               StockMovement.business_date >= bindparam("purchase_since", type_=Date),
                               StockMovement.kind == literal_column(f"'{MovementKind.RECEIPT.value}'"))
    settled = exists().where(SettlementSale.organisation_id == page.c.id, SettlementSale.drug_code_id == drug,
                             SettlementSale.settled_on >= bindparam("settled_since", type_=Date))
    return select(page, purchased.label("purchased"), settled.label("settled")).order_by(page.c.name, page.c.id)


_INSTITUTIONS_BY_ID = select(*_INSTITUTION_COLS).where(
    Organisation.id == any_(bindparam("ids", type_=ARRAY(Integer))))


# The county whose seat is nearest to a point (KNN over ix_division_earth; the level and NOT NULL conditions are
# the index's own predicate, written literally).
_NEAREST_COUNTY = (select(Division.code)
                   .where(Division.level == literal_column("'COUNTY'"), Division.lat.is_not(None))
                   .order_by(_earth(cast(Division.lat, Double), cast(Division.lon, Double)).op("<->")(HERE))
                   .limit(1))


class PublicRepository(Repository):
    # --- drugs -----------------------------------------------------------------------------------------------

    @reads
    async def category_counts(self) -> list[tuple[str, str, int]]:
        """(drug type, first letter of the class code, drug codes) per category."""
        return sorted(tuple(r) for r in await self.db.rows(_CATEGORY_COUNTS))

    @reads
    async def drug(self, code: str, region: str) -> PublicDrugView | None:
        """One drug code's public columns, with the class of `region`'s latest published catalog."""
        rows = await self.db.rows(_drug_by_code(region), {"code": code})
        return PublicDrugView(*rows[0]) if rows else None

    @reads
    async def package_insert(self, drug_id: int) -> PublicInsertView | None:
        """A drug's package-insert section (None: it has none)."""
        rows = await self.db.rows(_INSERT_OF, {"drug_id": drug_id})
        return PublicInsertView(*rows[0]) if rows else None

    @reads
    async def search_drugs(self, keyword: str | None, type_: str | None, class_letter: str | None, region: str,
                           limit: int, offset: int) -> list[PublicDrugView]:
        """Drug codes by generic/trade name substring or pinyin initials, in name order (PUB-01/03/04)."""
        q = keyword.strip() if keyword else None
        low = initials_of(q) if q else None
        short = bool(q) and is_short(q)
        stmt = _search_stmt(region, bool(q), bool(low), bool(q) and (len(q) >= 3 or not q.isascii()),
                            bool(type_), bool(class_letter), limit, short)
        params: dict[str, Any] = {"offset": offset}
        if q:
            params["pattern"] = f"%{like_escape(q)}%"
        if short:
            params["term"] = q
        if low:
            params["initials"] = f"{low}%"
        if type_:
            params["type"] = type_
        if class_letter:
            params["class_prefix"] = f"{like_escape(class_letter)}%"
        return [PublicDrugView(*r) for r in await self.db.rows(stmt, params)]

    @reads
    async def suggestions(self, prefix: str, limit: int) -> list[tuple[str, str, str]]:
        """Generic names (varieties) and trade names starting with `prefix` or whose pinyin initials do:
        (text, GENERIC or TRADE, initials)."""
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
            generic = generic.where(Variety.generic_name.ilike(f"{like_escape(q)}%"))
            trade = trade.where(DrugCode.search_text.ilike(f"%{like_escape(q)}%"),
                                DrugCode.trade_name.ilike(f"{like_escape(q)}%"))
        g = await self.db.rows(generic.order_by(Variety.initials, Variety.generic_name).limit(limit))
        out = [(name, "GENERIC", initials or "") for name, initials in g]
        if len(out) < limit:
            t = await self.db.rows(trade.order_by(DrugCode.trade_initials, DrugCode.trade_name).limit(limit - len(out)))
            seen = {name for name, _, _ in out}
            out += [(name, "TRADE", initials or "") for name, initials in t if name not in seen]
        return out

    # --- institutions ----------------------------------------------------------------------------------------

    @reads
    async def institutions(self, c: InstitutionCriteria, limit: int, offset: int) -> list[PublicInstitutionView]:
        """Listed institutions matching `c`, nearest first or by name."""
        stmt = _institutions_stmt(_shape(c), "page", limit)
        return [PublicInstitutionView(*r) for r in await self.db.rows(stmt, _params(c, offset=offset))]

    @reads
    async def count_institutions(self, c: InstitutionCriteria) -> int:
        """Listed institutions matching `c` (nearest-first lists: positioned ones only)."""
        stmt = _institutions_stmt(_shape(c), "count")
        return int(await self.db.scalar(stmt, _params(c)) or 0)

    @reads
    async def institution(self, code: str, near: tuple[float, float] | None) -> PublicInstitutionView | None:
        """One listed institution by code, with its distance from `near`."""
        c = InstitutionCriteria(near=near)
        rows = await self.db.rows(_institutions_stmt(_shape(c), "one"), _params(c, code=code))
        return PublicInstitutionView(*rows[0]) if rows else None

    # --- where a drug is on sale -----------------------------------------------------------------------------

    @reads
    async def outlets(self, drug_id: int, c: InstitutionCriteria, purchase_since: date, settled_since: date,
                      limit: int, cache: TTLCache | None = None, nearby: NearbyCache | None = None
                      ) -> list[PublicOutletView]:
        """Listed institutions holding the drug (on hand > 0) — nearest first when the criteria have a position, by
        name otherwise — each with its distance, "recently purchased" (a receipt since `purchase_since`) and
        "recently settled" (an insurance-settled sale since `settled_since`). On the nearest-first path `nearby`
        (domain.public.nearby) may answer which holders from candidate sets it keeps until they change, and `cache`
        (the public master-data cache) serves the institutions' names and addresses."""
        shape = _shape(c)
        if c.near is None or not c.by_distance:
            params = _params(c, drug_id=drug_id, purchase_since=purchase_since, settled_since=settled_since)
            return [PublicOutletView(PublicInstitutionView(*r[:14]), r[14], r[15])
                    for r in await self.db.rows(_outlets_by_name_stmt(shape, limit), params)]
        lat, lon = c.near
        holders = None
        if nearby is not None:
            async def knn(at_lat: float, at_lon: float, k: int) -> list[Any]:
                params = _params(c, drug_id=drug_id)
                params["lat"], params["lon"] = at_lat, at_lon
                return list(await self.db.rows(_nearest_holders_stmt(shape, k), params))

            holders = await nearby.holders(drug_id, (c.kinds, c.divisions), lat, lon, limit, knn)
        if holders is None:
            found_rows = await self.db.rows(_nearest_holders_stmt(shape, limit), _params(c, drug_id=drug_id))
            holders = sorted(((*h, haversine_m(lat, lon, h[1], h[2])) for h in found_rows), key=lambda h: (h[5], h[0]))
        if not holders:
            return []
        ids = [h[0] for h in holders]
        if cache is None:
            found = await self.institutions_by_id(ids)
        else:
            found = await cache.get_many("institution", ids, self.institutions_by_id)  # type: ignore[arg-type]
        out = []
        for org_id, h_lat, h_lon, last_receipt, last_settled, distance in holders:
            i = found.get(org_id)
            if i is None:  # removed since: public_holder follows organisation by its foreign key
                continue
            # the position the holder row carries (kept by trigger), the distance from it
            out.append(PublicOutletView(
                PublicInstitutionView(i.id, i.code, i.name, i.subtype, i.ownership, i.hospital_level, i.division_code,
                                      i.address, i.public_phone, i.business_hours, i.intro, h_lat, h_lon, distance),
                last_receipt is not None and last_receipt >= purchase_since,
                last_settled is not None and last_settled >= settled_since))
        return out

    @reads
    async def institutions_by_id(self, ids: list[Any]) -> dict[Any, PublicInstitutionView]:
        """The public columns of institutions by id (distance left empty)."""
        rows = await self.db.rows(_INSTITUTIONS_BY_ID, {"ids": list(ids)})
        return {r[0]: PublicInstitutionView(*r, None) for r in rows}

    @reads
    async def count_holders(self, drug_id: int, c: InstitutionCriteria) -> int:
        """Listed institutions holding the drug within the criteria (positioned or not)."""
        stmt = _institutions_stmt(_shape(c), "stocked-count")
        return int(await self.db.scalar(stmt, _params(c, drug_id=drug_id)) or 0)

    @reads
    async def on_sale_drugs(self, institution_id: int, keyword: str | None, region: str, limit: int,
                            offset: int) -> list[PublicDrugView]:
        """The drugs one listed institution has on hand (PUB-12/17), in name order."""
        q = keyword.strip() if keyword else None
        low = initials_of(q) if q else None
        params: dict[str, Any] = {"institution_id": institution_id, "offset": offset}
        short = bool(q) and is_short(q)
        if q:
            params["pattern"] = f"%{like_escape(q)}%"
        if short:
            params["term"] = q
        if low:
            params["initials"] = f"{low}%"
        rows = await self.db.rows(_on_sale_stmt(region, bool(q), bool(low), limit, short), params)
        return [PublicDrugView(*r) for r in rows]

    @reads
    async def stocking_by_division(self, drug_id: int, divisions: frozenset[str] | None) -> list[tuple[str, str, int]]:
        """Listed institutions holding the drug, per county and kind (PUB-28): (division, subtype, count)."""
        stmt = (select(Organisation.division_code, Organisation.subtype, func.count())
                .join(StockLevel, and_(StockLevel.organisation_id == Organisation.id,
                                       StockLevel.drug_code_id == drug_id, _IN_STOCK))
                .where(_LISTED).group_by(Organisation.division_code, Organisation.subtype))
        if divisions is not None:
            stmt = stmt.where(any_of(Organisation.division_code, divisions))
        return sorted(tuple(r) for r in await self.db.rows(stmt))

    # --- traceability ----------------------------------------------------------------------------------------

    @writes
    async def trace_product(self, prefix: str) -> TraceProduct | None:
        """The product a 药品标识码 names, in the scan's unit of work."""
        return (await self.session.scalars(select(TraceProduct).where(TraceProduct.prefix == prefix))).first()

    @reads
    async def drug_codes_by_id(self, ids: list[int], region: str) -> list[PublicDrugView]:
        """Public drug columns of these drug codes, in name order."""
        page = select(*_DRUG_COLS).where(any_of(DrugCode.id, ids)).subquery()
        return [PublicDrugView(*r) for r in await self.db.rows(_described(page, region))]

    @reads
    async def scans_of(self, insured_id: int, limit: int, offset: int) -> list[TraceScanView]:
        """One insured person's trace scans, latest first."""
        stmt = (TraceScanView.select().where(TraceScan.insured_id == insured_id)
                .order_by(TraceScan.id.desc()).limit(limit).offset(offset))
        return TraceScanView.many(await self.db.rows(stmt))

    @reads
    async def nearest_county(self, lat: float, lon: float) -> str | None:
        """The county whose seat is nearest to a WGS-84 point."""
        return await self.db.scalar(_NEAREST_COUNTY, {"lat": lat, "lon": lon})


class InsuredRepository(Repository):
    """Insured persons as the public app knows them (a provider's subject, no real name)."""

    @writes
    async def lock_by_subject(self, provider: str, subject: str) -> InsuredPerson | None:
        """The person a provider's subject names, locked for the login that updates them."""
        return (await self.session.scalars(select(InsuredPerson).where(
            InsuredPerson.provider == provider, InsuredPerson.subject == subject).with_for_update())).first()
