"""SQL for the audit trail."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, insert, or_

from domain.audit.access import AuditAccess
from domain.audit.models import AuditEntry, jsonable
from domain.audit.views import AuditEntryView
from domain.shared.db import any_of
from domain.shared.personal import mask_deep, mask_text
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.principal import Principal
from domain.shared.reads import Repository, reads, writes


@dataclass(frozen=True)
class AuditCriteria:
    entity_type: str | None = None
    entity_id: str | None = None
    action: str | None = None
    actor_username: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def _scoped(access: AuditAccess) -> Select[Any]:
    stmt = AuditEntryView.select()
    if access.divisions is not None:
        stmt = stmt.where(any_of(AuditEntry.division_code, access.divisions))
    return stmt


class AuditRepository(Repository):
    @writes
    def record(self, who: Principal, action: str, entity_type: str, entity_id: Any, *,
               label: str | None = None, division_code: str | None = None,
               before: dict | None = None, after: dict | None = None, opinion: str | None = None) -> AuditEntry:
        """Adds an audit row to the current transaction (personal data in its texts masked: domain.shared.personal)."""
        row = AuditEntry(
            actor_id=who.user_id, actor_username=who.username or "anonymous",
            actor_name=who.display_name or who.username or "匿名", actor_role=who.role.value if who.role else None,
            action=action, entity_type=entity_type, entity_id=str(entity_id),
            entity_label=mask_text((label or "")[:200]) or None,
            division_code=division_code if division_code is not None else who.division_code,
            before=mask_deep(jsonable(before)) if before is not None else None,
            after=mask_deep(jsonable(after)) if after is not None else None,
            opinion=mask_text(opinion),
        )
        self.session.add(row)
        return row

    @writes
    async def record_many(self, who: Principal, action: str, entity_type: str,
                          items: list[tuple[Any, str | None, dict | None]], *, division_code: str | None) -> None:
        """Inserts one audit row per (entity_id, label, after) in a single statement batch."""
        base = {"actor_id": who.user_id, "actor_username": who.username or "anonymous",
                "actor_name": who.display_name or who.username, "actor_role": who.role.value if who.role else None,
                "action": action, "entity_type": entity_type, "division_code": division_code,
                "before": None, "opinion": None}
        rows = [{**base, "entity_id": str(i), "entity_label": mask_text((label or "")[:200]) or None,
                 "after": mask_deep(jsonable(after)) if after is not None else None} for i, label, after in items]
        for k in range(0, len(rows), 2000):
            await self.session.execute(insert(AuditEntry), rows[k:k + 2000])

    @reads
    async def get(self, access: AuditAccess, entry_id: int) -> AuditEntryView | None:
        """Returns one audit row if the caller may read it."""
        row = await self.db.first(_scoped(access).where(AuditEntry.id == entry_id))
        return None if row is None else AuditEntryView.of(row)

    @reads
    async def page(self, access: AuditAccess, criteria: AuditCriteria, request: PageRequest) -> Page[AuditEntryView]:
        """Returns the audit rows the caller may read, newest first."""
        stmt = _scoped(access)
        c = criteria
        if c.entity_type:
            stmt = stmt.where(AuditEntry.entity_type == c.entity_type)
        if c.entity_id:
            stmt = stmt.where(AuditEntry.entity_id == c.entity_id)
        if c.action:
            stmt = stmt.where(or_(AuditEntry.action == c.action, AuditEntry.action.startswith(c.action + ".", autoescape=True)))
        if c.actor_username:
            stmt = stmt.where(AuditEntry.actor_username == c.actor_username)
        if c.since:
            stmt = stmt.where(AuditEntry.at >= c.since)
        if c.until:
            stmt = stmt.where(AuditEntry.at < c.until)
        return await keyset_page(self.db, stmt, [(AuditEntry.id, True)], request, id_col=AuditEntry.id,
                                 make=AuditEntryView.of)

    @reads
    async def list_for_entities(self, entity_type: str, entity_ids: list[str],
                                actions: tuple[str, ...]) -> list[list[AuditEntryView]]:
        """Returns, aligned to `entity_ids`, each entity's rows for these actions, oldest first (timelines: the
        entities are already visible to the caller)."""
        if not entity_ids:
            return []
        rows = await self.db.rows(
            AuditEntryView.select()
            .where(AuditEntry.entity_type == entity_type, any_of(AuditEntry.entity_id, entity_ids),
                   any_of(AuditEntry.action, actions))
            .order_by(AuditEntry.entity_id, AuditEntry.id))
        by_id: dict[str, list[AuditEntryView]] = {}
        for r in rows:
            v = AuditEntryView.of(r)
            by_id.setdefault(v.entity_id, []).append(v)
        return [by_id.get(i, []) for i in entity_ids]
