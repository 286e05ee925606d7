"""All SQL of drug master data (drug codes, varieties, manufacturers, dictionaries, package inserts) and tags."""
from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, Select, String, bindparam, exists, func, insert, or_, select, tuple_, update

from domain.drugs.access import TagAccess
from domain.drugs.criteria import DrugCriteria, DrugSort
from domain.drugs.models import DrugCode, DrugTag, Manufacturer, PackageInsert, Tag, Variety, VarietyTag
from domain.drugs.search import is_short
from domain.drugs.search import matches as search_matches
from domain.drugs.views import (DosageFormView, DrugClassView, DrugCodeView, ExportedDrug,
                                ManufacturerView, PackageInsertView, VarietyView)
from domain.shared.db import aligned, any_of, in_param, like_escape
from domain.shared.pagination import Page, PageRequest, bound_page, keyset_page
from domain.shared.reads import Repository, reads, writes


def grouped(keys: Sequence[Any], rows: Sequence[Any], key: str) -> list[list[Any]]:
    """Rows grouped under `keys` (matched on attribute `key`), [] where a key has none: what list loaders return."""
    by: dict[Any, list[Any]] = {}
    for r in rows:
        by.setdefault(getattr(r, key), []).append(r)
    return [by.get(k, []) for k in keys]


# Statements are built once per query shape (which criteria are set, whether tags are scoped) with named bind
# parameters, and bound per call: building and hashing a select of the drug's ~25 columns cost ~0.5 ms per call,
# binding its values ~10 µs (PoolDb compiles each statement once; a session takes it as usual).
_BY_CODE = DrugCodeView.select().where(DrugCode.code == bindparam("code"))

_ORDERS: dict[tuple[DrugSort, bool], list[tuple[Any, bool]]] = {}
for _sort, _keys in {
    DrugSort.CODE_ASC: [(DrugCode.code, False)],
    DrugSort.CODE_DESC: [(DrugCode.code, True)],
    DrugSort.NAME_ASC: [(DrugCode.generic_initials, False), (DrugCode.generic_name, False), (DrugCode.code, False)],
    DrugSort.NAME_DESC: [(DrugCode.generic_initials, True), (DrugCode.generic_name, True), (DrugCode.code, True)],
    DrugSort.UPDATED_DESC: [(DrugCode.updated_at, True), (DrugCode.id, True)],
}.items():
    _ORDERS[(_sort, False)] = _keys
    # A trigram-searchable pattern: order by an expression so that PostgreSQL cannot walk the sort column's btree
    # filtering row by row. Its row estimates for `ILIKE '%…%'` are often 5x too high, and a name's codes sit
    # together in code order, so that walk read 130k rows for 21 (130 ms); the trigram bitmap plus a top-N sort
    # takes ~1 ms, and a pattern matching nothing costs nothing.
    _first, _desc = _keys[0]
    _ORDERS[(_sort, True)] = ([(_first.concat(""), _desc), *_keys[1:]] if _first.type.python_type is str else _keys)


def _prefix(column: Any, name: str) -> Any:
    return column.like(bindparam(name, type_=String))  # the value is like_escape()d and ends with %


@lru_cache(maxsize=256)
def _filtered(shape: tuple[Any, ...]) -> Select[Any]:
    """The master-data search for one shape of criteria (see _shape), with named parameters."""
    (search, search_initials, search_code, name, pinyin, code_prefix, class_code, form_code, type_, variety,
     manufacturer, tag, tag_value, tags_scoped, search_short, name_short) = shape
    stmt = DrugCodeView.select()
    if search:
        ors = [search_matches("search", "search_term" if search_short else None)]
        if search_initials:
            ors += [_prefix(DrugCode.generic_initials, "search_initials"),
                    _prefix(DrugCode.trade_initials, "search_initials")]
        if search_code:
            ors.append(_prefix(DrugCode.code, "search_code"))
        stmt = stmt.where(or_(*ors))
    if name:
        stmt = stmt.where(search_matches("name", "name_term" if name_short else None))
    if pinyin:
        stmt = stmt.where(or_(_prefix(DrugCode.generic_initials, "pinyin"), _prefix(DrugCode.trade_initials, "pinyin")))
    if code_prefix:
        stmt = stmt.where(_prefix(DrugCode.code, "code_prefix"))
    if class_code:
        stmt = stmt.where(_prefix(DrugCode.class_code, "class_code"))
    if form_code:
        stmt = stmt.where(DrugCode.form_code == bindparam("form_code", type_=String))
    if type_:
        stmt = stmt.where(DrugCode.type == bindparam("type", type_=String))
    if variety:
        stmt = stmt.where(DrugCode.variety_id == bindparam("variety_id", type_=Integer))
    if manufacturer:
        stmt = stmt.where(DrugCode.manufacturer_id == bindparam("manufacturer_id", type_=Integer))
    if tag:
        visible = select(Tag.id).where(Tag.id == bindparam("tag_id", type_=Integer))
        if tags_scoped:
            visible = visible.where(in_param(Tag.owner_division, "tag_owners"))
        own = select(DrugTag.drug_code_id).where(DrugTag.tag_id.in_(visible), DrugTag.drug_code_id == DrugCode.id)
        inherited = select(VarietyTag.variety_id).where(VarietyTag.tag_id.in_(visible),
                                                       VarietyTag.variety_id == DrugCode.variety_id)
        if tag_value:
            own = own.where(DrugTag.value == bindparam("tag_value", type_=String))
            inherited = inherited.where(VarietyTag.value == bindparam("tag_value", type_=String))
        stmt = stmt.where(or_(exists(own), exists(inherited)))
    return stmt


def _criteria(c: DrugCriteria, tags: TagAccess) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The shape of the criteria (which statement) and the values to bind."""
    params: dict[str, Any] = {}
    initials = code = search_short = name_short = False
    if c.search:
        q = c.search.strip()
        params["search"] = f"%{like_escape(q)}%"
        if is_short(q):
            search_short, params["search_term"] = True, q
        if q.isascii() and q.replace(" ", "").isalnum():
            low = q.lower().replace(" ", "")
            if low.isalpha():
                initials, params["search_initials"] = True, f"{like_escape(low)}%"
            if q[0] in "xXzZ":
                code, params["search_code"] = True, f"{like_escape(q.upper())}%"
    if c.name:
        params["name"] = f"%{like_escape(c.name.strip())}%"
        if is_short(c.name.strip()):
            name_short, params["name_term"] = True, c.name.strip()
    if c.pinyin:
        params["pinyin"] = f"{like_escape(c.pinyin.strip().lower())}%"
    if c.code_prefix:
        params["code_prefix"] = f"{like_escape(c.code_prefix.strip().upper())}%"
    if c.class_code:
        params["class_code"] = f"{like_escape(c.class_code.strip().upper())}%"
    if c.form_code:
        params["form_code"] = c.form_code.strip().upper()
    if c.type:
        params["type"] = c.type
    if c.variety_id is not None:
        params["variety_id"] = c.variety_id
    if c.manufacturer_id is not None:
        params["manufacturer_id"] = c.manufacturer_id
    scoped = c.tag_id is not None and tags.visible is not None
    if c.tag_id is not None:
        params["tag_id"] = c.tag_id
        if scoped:
            params["tag_owners"] = sorted(tags.visible or ())
        if c.tag_value is not None:
            params["tag_value"] = c.tag_value
    shape = (bool(c.search), initials, code, bool(c.name), bool(c.pinyin), bool(c.code_prefix), bool(c.class_code),
             bool(c.form_code), bool(c.type), c.variety_id is not None, c.manufacturer_id is not None,
             c.tag_id is not None, c.tag_id is not None and c.tag_value is not None, scoped, search_short, name_short)
    return shape, params


_BY_IDS = DrugCodeView.select().where(in_param(DrugCode.id, "ids"))
_VARIETIES = VarietyView.select().where(in_param(Variety.id, "ids"))
_MANUFACTURERS = ManufacturerView.select().where(in_param(Manufacturer.id, "ids"))
_INSERTS = PackageInsertView.select().where(in_param(PackageInsert.drug_code_id, "ids"))
_FORMS = DosageFormView.select().order_by(DosageFormView.model.code)
_FORMS_BY_CODES = _FORMS.where(in_param(DosageFormView.model.code, "codes"))
_COUNT_BY_VARIETY = select(DrugCode.variety_id, func.count()).where(in_param(DrugCode.variety_id, "ids")) \
    .group_by(DrugCode.variety_id)


class DrugRepository(Repository):
    # --- master data -------------------------------------------------------------------------

    @reads
    async def page(self, criteria: DrugCriteria, sort: DrugSort, request: PageRequest,
                   tags: TagAccess) -> Page[DrugCodeView]:
        """Returns one page of drug codes matching the criteria, in a stable order."""
        shape, params = _criteria(criteria, tags)
        trigram = any(t and len(t.strip()) >= 3 for t in (criteria.search, criteria.name))
        order = _ORDERS[(sort, trigram)]
        names = [c.key for c, _ in _ORDERS[(sort, False)]]
        return await bound_page(self.db, _filtered(shape), params, order, request, id_col=DrugCode.id,
                                make=DrugCodeView.of, values_of=lambda row: [getattr(row, n) for n in names])

    @reads
    async def count(self, criteria: DrugCriteria, tags: TagAccess) -> int:
        """Counts drugs matching the criteria."""
        shape, params = _criteria(criteria, tags)
        sub = _filtered(shape).with_only_columns(DrugCode.id).subquery()
        return int(await self.db.scalar(select(func.count()).select_from(sub), params) or 0)

    @writes
    async def stream(self, criteria: DrugCriteria, sort: DrugSort, tags: TagAccess,
                     limit: int) -> AsyncIterator[ExportedDrug]:
        """Yields drugs matching the criteria in the page order, with their manufacturer's name (exports: a server-side
        cursor, so it needs a unit of work's session)."""
        shape, params = _criteria(criteria, tags)
        stmt = _filtered(shape).add_columns(Manufacturer.name).join(
            Manufacturer, Manufacturer.id == DrugCode.manufacturer_id)
        order = [c.desc() if d else c for c, d in _ORDERS[(sort, False)]]
        result = await self.session.stream(stmt.order_by(*order).limit(limit).execution_options(yield_per=2000),
                                           params)
        n = len(DrugCodeView.columns)
        async for row in result:
            yield ExportedDrug(DrugCodeView(*row[:n]), row[n])

    @reads
    async def get_by_code(self, code: str) -> DrugCodeView | None:
        """Returns the drug with this 23-character code."""
        row = await self.db.first(_BY_CODE, {"code": code})
        return None if row is None else DrugCodeView.of(row)

    @reads
    async def get_many(self, ids: Sequence[int]) -> list[DrugCodeView | None]:
        """Returns drugs aligned to `ids`."""
        rows = await self.db.rows(_BY_IDS, {"ids": list(ids)})
        return aligned(ids, DrugCodeView.many(rows), "id")

    @reads
    async def existing_codes(self, codes: Sequence[str]) -> dict[str, int]:
        """Returns code → id for the codes already in master data."""
        rows = await self.db.rows(select(DrugCode.code, DrugCode.id).where(any_of(DrugCode.code, codes)))
        return {c: i for c, i in rows}

    @reads
    async def varieties(self, ids: Sequence[int]) -> list[VarietyView | None]:
        """Returns varieties aligned to `ids`."""
        rows = await self.db.rows(_VARIETIES, {"ids": list(ids)})
        return aligned(ids, VarietyView.many(rows), "id")

    @reads
    async def varieties_by_prefix(self, prefixes: Sequence[str]) -> dict[str, VarietyView]:
        """Returns code prefix → variety for the known prefixes."""
        rows = await self.db.rows(VarietyView.select().where(any_of(Variety.code_prefix, prefixes)))
        return {v.code_prefix: v for v in VarietyView.many(rows)}

    @reads
    async def variety_page(self, search: str | None, class_code: str | None, type_: str | None,
                           request: PageRequest) -> Page[VarietyView]:
        """Returns one page of varieties (generic names)."""
        stmt = VarietyView.select()
        if search:
            q = search.strip()
            ors = [Variety.generic_name.ilike(f"%{like_escape(q)}%")]
            if q.isascii() and q.isalpha():
                ors.append(Variety.initials.startswith(q.lower(), autoescape=True))
            stmt = stmt.where(or_(*ors))
        if class_code:
            stmt = stmt.where(Variety.class_code.startswith(class_code.upper(), autoescape=True))
        if type_:
            stmt = stmt.where(Variety.type == type_)
        return await keyset_page(self.db, stmt, [(Variety.initials, False), (Variety.id, False)], request,
                                 id_col=Variety.id, make=VarietyView.of)

    @reads
    async def count_by_variety(self, variety_ids: Sequence[int]) -> list[int]:
        """Returns, aligned to `variety_ids`, how many drug codes each variety has."""
        rows = await self.db.rows(_COUNT_BY_VARIETY, {"ids": list(variety_ids)})
        by = {v: n for v, n in rows}
        return [int(by.get(i, 0)) for i in variety_ids]

    @reads
    async def list_by_variety_ids(self, variety_ids: Sequence[int], first: int) -> list[list[DrugCodeView]]:
        """Returns, aligned to `variety_ids`, each variety's first drug codes by code (one statement)."""
        ranked = select(DrugCode.id, func.row_number().over(partition_by=DrugCode.variety_id,
                                                            order_by=DrugCode.code).label("rn")) \
            .where(any_of(DrugCode.variety_id, variety_ids)).subquery()
        rows = await self.db.rows(
            DrugCodeView.select().join(ranked, ranked.c.id == DrugCode.id).where(ranked.c.rn <= first)
            .order_by(DrugCode.variety_id, DrugCode.code))
        return grouped(variety_ids, DrugCodeView.many(rows), "variety_id")

    @reads
    async def manufacturers(self, ids: Sequence[int]) -> list[ManufacturerView | None]:
        """Returns manufacturers aligned to `ids`."""
        rows = await self.db.rows(_MANUFACTURERS, {"ids": list(ids)})
        return aligned(ids, ManufacturerView.many(rows), "id")

    @reads
    async def manufacturer_ids_by_code(self, codes: Sequence[str]) -> dict[str, int]:
        """Returns enterprise code → manufacturer id for known codes."""
        rows = await self.db.rows(select(Manufacturer.code, Manufacturer.id).where(any_of(Manufacturer.code, codes)))
        return {c: i for c, i in rows}

    @reads
    async def manufacturer_page(self, search: str | None, request: PageRequest) -> Page[ManufacturerView]:
        """Returns one page of manufacturers."""
        stmt = ManufacturerView.select()
        if search:
            q = like_escape(search.strip())
            stmt = stmt.where(or_(Manufacturer.name.ilike(f"%{q}%"),
                                  Manufacturer.code.startswith(search.strip(), autoescape=True)))
        return await keyset_page(self.db, stmt, [(Manufacturer.code, False)], request, id_col=Manufacturer.id,
                                 make=ManufacturerView.of)

    @reads
    async def forms(self, codes: Sequence[str] | None = None) -> list[DosageFormView]:
        """Returns the dosage-form dictionary (or the given codes)."""
        if codes is None:
            return DosageFormView.many(await self.db.rows(_FORMS, {}))
        return DosageFormView.many(await self.db.rows(_FORMS_BY_CODES, {"codes": list(codes)}))

    @reads
    async def classes(self, kind: str | None = None) -> list[DrugClassView]:
        """Returns the class dictionary, optionally of one kind."""
        m = DrugClassView.model
        stmt = DrugClassView.select().order_by(m.kind, m.code)
        if kind:
            stmt = stmt.where(m.kind == kind)
        return DrugClassView.many(await self.db.rows(stmt))

    @reads
    async def classes_by_keys(self, keys: Sequence[tuple[str, str]]) -> list[DrugClassView | None]:
        """Returns classes aligned to (kind, code) keys."""
        m = DrugClassView.model
        rows = DrugClassView.many(await self.db.rows(DrugClassView.select().where(
            tuple_(m.kind, m.code).in_(list(keys)))))
        by = {(r.kind, r.code): r for r in rows}
        return [by.get(tuple(k)) for k in keys]

    @reads
    async def package_inserts(self, drug_ids: Sequence[int]) -> list[PackageInsertView | None]:
        """Returns package inserts aligned to `drug_ids`."""
        rows = await self.db.rows(_INSERTS, {"ids": list(drug_ids)})
        return aligned(drug_ids, PackageInsertView.many(rows), "drug_code_id")

    @reads
    async def master_fields(self, codes: Sequence[str], fields: Sequence[str]) -> dict[str, tuple[int, str, dict[str, Any]]]:
        """Returns code → (id, generic name, {field: value}) for the codes already in master data (DRUG-07 updates)."""
        cols = [getattr(DrugCode, f) for f in fields]
        rows = await self.db.rows(select(DrugCode.code, DrugCode.id, DrugCode.generic_name, *cols)
                                  .where(any_of(DrugCode.code, codes)))
        return {r[0]: (r[1], r[2], dict(zip(fields, r[3:], strict=True))) for r in rows}

    # --- writes ------------------------------------------------------------------------------

    @writes
    async def update_drug(self, drug_id: int, values: dict[str, Any]) -> None:
        """Sets attributes of one drug code (and its updated_at)."""
        await self.session.execute(update(DrugCode).where(DrugCode.id == drug_id).values(**values, updated_at=func.now()))

    @writes
    async def package_insert_for_update(self, drug_id: int) -> PackageInsert | None:
        """Returns and locks the package insert of a drug."""
        return (await self.session.scalars(
            select(PackageInsert).where(PackageInsert.drug_code_id == drug_id).with_for_update())).first()

    @writes
    async def lock_drug(self, drug_id: int) -> DrugCode | None:
        """Returns and locks a drug code row."""
        return (await self.session.scalars(select(DrugCode).where(DrugCode.id == drug_id).with_for_update())).first()

    @writes
    async def manufacturer_for_update(self, manufacturer_id: int) -> Manufacturer | None:
        """Returns and locks a manufacturer."""
        return await self.session.get(Manufacturer, manufacturer_id, with_for_update=True)

    @writes
    async def add(self, entity: Any) -> Any:
        """Adds a new entity (a package insert, a variety, a manufacturer) to the unit of work."""
        self.session.add(entity)
        return entity

    @writes
    async def flush(self) -> None:
        """Sends what was added (in batches), so new rows have their ids."""
        await self.session.flush()

    @writes
    async def insert_drugs(self, payload: list[dict[str, Any]]) -> dict[str, int]:
        """Inserts drug codes in batches; returns code → id."""
        ids: dict[str, int] = {}
        for i in range(0, len(payload), 2000):
            result = await self.session.execute(insert(DrugCode).returning(DrugCode.code, DrugCode.id),
                                                payload[i:i + 2000])
            ids.update({c: n for c, n in result.all()})
        return ids
