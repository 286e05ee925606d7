"""All SQL of the catalog: versions and entries (CatalogRepository), national-file imports (ImportRepository)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, delete, exists, func, insert, literal, or_, select, update

from domain.audit.models import AuditEntry
from domain.audit.views import AuditEntryView
from domain.catalog.access import CatalogAccess
from domain.catalog.models import (CatalogEntry, CatalogImport, CatalogImportError, CatalogState, CatalogVersion,
                                   ImportState)
from domain.catalog.views import (CatalogEntryView, CatalogImportErrorView, CatalogImportView, CatalogVersionView,
                                  EntryGroupCount)
from domain.drugs.models import DrugCode
from domain.drugs.repository import grouped
from domain.shared.db import aligned, any_of, in_param, like_escape
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads, writes


def _visible_shape(access: CatalogAccess) -> str:
    return "all" if access.drafts_in is None else ("published" if not access.drafts_in else "drafts")


def _visible_clause(shape: str) -> Any:
    """Which versions a caller sees, with the owners as parameters :published_in and :drafts_in."""
    if shape == "all":
        return literal(True)
    published = and_(CatalogVersion.state == CatalogState.PUBLISHED, in_param(CatalogVersion.owner_division,
                                                                             "published_in"))
    return published if shape == "published" else or_(published, in_param(CatalogVersion.owner_division, "drafts_in"))


def _visible_params(access: CatalogAccess, **params: Any) -> dict[str, Any]:
    if access.drafts_in is not None:
        params["published_in"] = sorted(access.published_in or ())
        if access.drafts_in:
            params["drafts_in"] = sorted(access.drafts_in)
    return params


@lru_cache(maxsize=32)
def _loader_stmt(kind: str, shape: str) -> Any:
    """The batch reads behind the catalog's loaders, one statement per visibility shape, bound per call."""
    visible = _visible_clause(shape)
    if kind == "versions":
        return CatalogVersionView.select().where(in_param(CatalogVersion.id, "ids"), visible)
    joined = CatalogEntryView.select().join(CatalogVersion, CatalogVersion.id == CatalogEntry.version_id) \
        .where(in_param(CatalogEntry.drug_code_id, "ids"))
    if kind == "entries":
        return joined.where(visible).order_by(CatalogEntry.drug_code_id, CatalogEntry.version_id.desc())
    return (joined.where(visible, CatalogVersion.state == CatalogState.PUBLISHED)
            .order_by(CatalogEntry.drug_code_id, CatalogVersion.published_at.desc(), CatalogVersion.id.desc())
            .distinct(CatalogEntry.drug_code_id))


class CatalogRepository(Repository):
    @staticmethod
    def _visible(access: CatalogAccess) -> Any:
        if access.drafts_in is None:
            return literal(True)
        published = and_(CatalogVersion.state == CatalogState.PUBLISHED,
                         any_of(CatalogVersion.owner_division, access.published_in or ()))
        if not access.drafts_in:
            return published
        return or_(published, any_of(CatalogVersion.owner_division, access.drafts_in))

    # --- versions ----------------------------------------------------------------------------

    @reads
    async def page(self, access: CatalogAccess, request: PageRequest, *, state: str | None = None,
                   search: str | None = None) -> Page[CatalogVersionView]:
        """Returns the visible versions, newest first."""
        stmt = CatalogVersionView.select().where(self._visible(access))
        if state:
            stmt = stmt.where(CatalogVersion.state == state)
        if search:
            q = like_escape(search.strip())
            stmt = stmt.where(or_(CatalogVersion.version_no.ilike(f"%{q}%"), CatalogVersion.name.ilike(f"%{q}%")))
        return await keyset_page(self.db, stmt, [(CatalogVersion.id, True)], request, id_col=CatalogVersion.id,
                                 make=CatalogVersionView.of)

    @reads
    async def get(self, access: CatalogAccess, version_id: int) -> CatalogVersionView | None:
        """Returns a visible version."""
        row = await self.db.first(CatalogVersionView.select().where(CatalogVersion.id == version_id,
                                                                     self._visible(access)))
        return None if row is None else CatalogVersionView.of(row)

    @reads
    async def get_many(self, access: CatalogAccess, ids: Sequence[int]) -> list[CatalogVersionView | None]:
        """Returns visible versions aligned to `ids`."""
        rows = await self.db.rows(_loader_stmt("versions", _visible_shape(access)),
                                  _visible_params(access, ids=list(ids)))
        return aligned(ids, CatalogVersionView.many(rows), "id")

    @reads
    async def version_no_taken(self, owner: str, version_no: str) -> bool:
        """True when the bureau already has a version with this number."""
        return bool(await self.db.scalar(select(exists().where(
            CatalogVersion.owner_division == owner, CatalogVersion.version_no == version_no))))

    @reads
    async def count_by_state(self, access: CatalogAccess) -> dict[str, int]:
        """Returns visible versions counted by state."""
        rows = await self.db.rows(
            select(CatalogVersion.state, func.count()).where(self._visible(access)).group_by(CatalogVersion.state))
        return {s: int(n) for s, n in rows}

    @reads
    async def recent_activity(self, access: CatalogAccess, actions: tuple[str, ...],
                              limit: int) -> list[AuditEntryView]:
        """Returns the newest workflow audit rows of visible versions."""
        visible = select(func.cast(CatalogVersion.id, AuditEntry.entity_id.type)).where(self._visible(access))
        rows = await self.db.rows(
            AuditEntryView.select().where(AuditEntry.entity_type == "CatalogVersion",
                                          any_of(AuditEntry.action, actions), AuditEntry.entity_id.in_(visible))
            .order_by(AuditEntry.id.desc()).limit(limit))
        return AuditEntryView.many(rows)

    @reads
    async def entry_stats(self, version_id: int) -> list[EntryGroupCount]:
        """Counts a version's entries by (drug type, class group letter, 甲/乙)."""
        group = func.left(DrugCode.class_code, literal(1, literal_execute=True)).label("grp")
        rows = await self.db.rows(
            select(DrugCode.type, group, CatalogEntry.reimbursement_class, func.count())
            .join(DrugCode, DrugCode.id == CatalogEntry.drug_code_id)
            .where(CatalogEntry.version_id == version_id)
            .group_by(DrugCode.type, group, CatalogEntry.reimbursement_class))
        return [EntryGroupCount(t, g, c, int(n)) for t, g, c, n in rows]

    @writes
    async def for_update(self, access: CatalogAccess, version_id: int) -> CatalogVersion | None:
        """Returns and locks a visible version."""
        return (await self.session.scalars(
            select(CatalogVersion).where(CatalogVersion.id == version_id, self._visible(access))
            .with_for_update())).first()

    @writes
    async def add(self, entity: CatalogVersion | CatalogEntry) -> Any:
        """Adds a new version or entry; flushed, so it has its id."""
        self.session.add(entity)
        await self.session.flush()
        return entity

    @writes
    async def delete_version(self, version_id: int) -> None:
        """Deletes a version (its entries go with it)."""
        await self.session.execute(delete(CatalogVersion).where(CatalogVersion.id == version_id))

    @writes
    async def set_entry_count(self, version_id: int) -> int:
        """Recounts a version's entries and stores the count."""
        n = int(await self.session.scalar(
            select(func.count()).select_from(CatalogEntry).where(CatalogEntry.version_id == version_id)) or 0)
        await self.session.execute(update(CatalogVersion).where(CatalogVersion.id == version_id)
                                   .values(entry_count=n, updated_at=func.now()))
        return n

    # --- entries -----------------------------------------------------------------------------

    @reads
    async def entries_page(self, version_id: int, request: PageRequest, *, search: str | None = None,
                           reimbursement_class: str | None = None) -> Page[CatalogEntryView]:
        """Returns one page of a version's entries (the caller has checked the version is visible)."""
        stmt = CatalogEntryView.select().where(CatalogEntry.version_id == version_id)
        if search:
            q = search.strip()
            drug = select(DrugCode.id).where(or_(
                DrugCode.search_text.ilike(f"%{like_escape(q)}%"),
                DrugCode.code.startswith(q.upper(), autoescape=True),
                DrugCode.generic_initials.startswith(q.lower(), autoescape=True)))
            stmt = stmt.where(or_(CatalogEntry.drug_code_id.in_(drug),
                                  CatalogEntry.insurance_name.ilike(f"%{like_escape(q)}%"),
                                  CatalogEntry.catalog_no == q))
        if reimbursement_class:
            stmt = stmt.where(CatalogEntry.reimbursement_class == reimbursement_class)
        return await keyset_page(self.db, stmt, [(CatalogEntry.id, False)], request, id_col=CatalogEntry.id,
                                 make=CatalogEntryView.of)

    @reads
    async def entry(self, access: CatalogAccess, entry_id: int) -> CatalogEntryView | None:
        """Returns an entry of a version the caller sees."""
        row = await self.db.first(
            CatalogEntryView.select().join(CatalogVersion, CatalogVersion.id == CatalogEntry.version_id)
            .where(CatalogEntry.id == entry_id, self._visible(access)))
        return None if row is None else CatalogEntryView.of(row)

    @reads
    async def entry_exists(self, version_id: int, drug_id: int) -> bool:
        """True when the drug code is already in the version."""
        return bool(await self.db.scalar(select(exists().where(
            CatalogEntry.version_id == version_id, CatalogEntry.drug_code_id == drug_id))))

    @reads
    async def codes_in_version(self, version_id: int) -> set[str]:
        """The drug codes a version holds."""
        return set(await self.db.column(select(DrugCode.code).join(CatalogEntry, CatalogEntry.drug_code_id == DrugCode.id)
                                        .where(CatalogEntry.version_id == version_id)))

    @reads
    async def entries_by_drug_ids(self, access: CatalogAccess,
                                  drug_ids: Sequence[int]) -> list[list[CatalogEntryView]]:
        """Returns each drug's entries in visible versions, newest version first, aligned to `drug_ids`."""
        rows = await self.db.rows(_loader_stmt("entries", _visible_shape(access)),
                                  _visible_params(access, ids=list(drug_ids)))
        return grouped(drug_ids, CatalogEntryView.many(rows), "drug_code_id")

    @reads
    async def latest_published_entries(self, access: CatalogAccess,
                                       drug_ids: Sequence[int]) -> list[CatalogEntryView | None]:
        """Returns each drug's entry in the most recently published visible version (DRUG-20)."""
        rows = await self.db.rows(_loader_stmt("latest", _visible_shape(access)),
                                  _visible_params(access, ids=list(drug_ids)))
        return aligned(drug_ids, CatalogEntryView.many(rows), "drug_code_id")

    @writes
    async def entry_for_update(self, entry_id: int) -> CatalogEntry | None:
        """Returns and locks an entry."""
        return (await self.session.scalars(
            select(CatalogEntry).where(CatalogEntry.id == entry_id).with_for_update())).first()

    @writes
    async def delete_entry(self, entry: CatalogEntry) -> None:
        """Removes an entry from its version."""
        await self.session.delete(entry)

    @writes
    async def copy_entries(self, source_id: int, target_id: int) -> int:
        """Copies every entry of one version into another; returns how many."""
        cols = ("drug_code_id", "catalog_no", "reimbursement_class", "insurance_name", "insurance_form",
                "restriction", "remark")
        src = select(literal(target_id), *[getattr(CatalogEntry, c) for c in cols]).where(
            CatalogEntry.version_id == source_id)
        result = await self.session.execute(insert(CatalogEntry).from_select(["version_id", *cols], src))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    @writes
    async def add_entries(self, rows: list[dict[str, Any]]) -> None:
        """Inserts many entries at once."""
        for i in range(0, len(rows), 2000):
            await self.session.execute(insert(CatalogEntry), rows[i:i + 2000])


class ImportRepository(Repository):
    """National catalog files being imported (DRUG-01, DRUG-07): the jobs' progress, their row errors."""

    @staticmethod
    def _in(access: CatalogAccess) -> Select[Any]:
        stmt = CatalogImportView.select()
        if access.drafts_in is not None:
            stmt = stmt.where(any_of(CatalogImport.owner_division, access.drafts_in))
        return stmt

    @reads
    async def get(self, access: CatalogAccess, import_id: int) -> CatalogImportView | None:
        """Returns an import the caller may see (those of their own area's catalog work)."""
        row = await self.db.first(self._in(access).where(CatalogImport.id == import_id))
        return None if row is None else CatalogImportView.of(row)

    @reads
    async def page(self, access: CatalogAccess, request: PageRequest) -> Page[CatalogImportView]:
        """Returns the imports the caller may see, newest first."""
        return await keyset_page(self.db, self._in(access), [(CatalogImport.id, True)], request,
                                 id_col=CatalogImport.id, make=CatalogImportView.of)

    @reads
    async def by_version_ids(self, version_ids: Sequence[int]) -> list[CatalogImportView | None]:
        """Returns the import that created each version, aligned to `version_ids`."""
        rows = await self.db.rows(CatalogImportView.select().where(
            any_of(CatalogImport.version_id, version_ids), CatalogImport.state == ImportState.SUCCEEDED)
            .order_by(CatalogImport.id))
        return aligned(version_ids, CatalogImportView.many(rows), "version_id")

    @reads
    async def errors_page(self, import_id: int, request: PageRequest) -> Page[CatalogImportErrorView]:
        """Returns one page of an import's row errors, by row."""
        stmt = CatalogImportErrorView.select().where(CatalogImportError.import_id == import_id)
        return await keyset_page(self.db, stmt, [(CatalogImportError.row_no, False), (CatalogImportError.id, False)],
                                 request, id_col=CatalogImportError.id, make=CatalogImportErrorView.of)

    @reads
    async def file(self, import_id: int) -> bytes:
        """The uploaded file's bytes."""
        return bytes(await self.db.scalar(select(CatalogImport.file_content).where(CatalogImport.id == import_id))
                     or b"")

    @writes
    async def add(self, entity: CatalogImport) -> CatalogImport:
        """Adds a queued import; flushed, so it has its id."""
        self.session.add(entity)
        await self.session.flush()
        return entity

    @writes
    async def claim(self, import_id: int, stale_before: datetime) -> CatalogImportView | None:
        """Marks a queued (or abandoned running) import as running; returns it, or None if another worker has it."""
        row = (await self.session.execute(
            update(CatalogImport)
            .where(CatalogImport.id == import_id,
                   or_(CatalogImport.state == ImportState.QUEUED,
                       and_(CatalogImport.state == ImportState.RUNNING, CatalogImport.heartbeat_at < stale_before)))
            .values(state=ImportState.RUNNING, started_at=func.now(), heartbeat_at=func.now(), processed_rows=0,
                    valid_rows=0, error_rows=0)
            .returning(*CatalogImportView.columns))).first()
        if row is None:
            return None
        await self.session.execute(delete(CatalogImportError).where(CatalogImportError.import_id == import_id))
        return CatalogImportView.of(row)

    @writes
    async def progress(self, import_id: int, run: datetime | None = None, **values: Any) -> bool:
        """Stores a running import's progress (and its heartbeat). With `run` (the claim's `started_at`) only while
        that run still holds the import; returns False when another run took it over (this one must stop)."""
        stmt = update(CatalogImport).where(CatalogImport.id == import_id)
        if run is not None:
            stmt = stmt.where(CatalogImport.state == ImportState.RUNNING, CatalogImport.started_at == run)
        r = await self.session.execute(stmt.values(heartbeat_at=func.now(), **values))
        return bool(r.rowcount)  # type: ignore[attr-defined]

    @reads
    async def stranded(self, stale_before: datetime) -> list[int]:
        """Imports queued, or running without a heartbeat, since before `stale_before` (their job was lost or died)."""
        return await self.db.column(select(CatalogImport.id).where(or_(
            and_(CatalogImport.state == ImportState.QUEUED, CatalogImport.created_at < stale_before),
            and_(CatalogImport.state == ImportState.RUNNING, CatalogImport.heartbeat_at < stale_before)))
            .order_by(CatalogImport.id).limit(100))

    @writes
    async def add_errors(self, rows: list[dict[str, Any]]) -> None:
        """Inserts row errors in batches."""
        for i in range(0, len(rows), 2000):
            await self.session.execute(insert(CatalogImportError), rows[i:i + 2000])

    @writes
    async def lock(self, import_id: int) -> CatalogImport | None:
        """Returns and locks an import."""
        return (await self.session.scalars(
            select(CatalogImport).where(CatalogImport.id == import_id).with_for_update())).first()
