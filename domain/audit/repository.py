"""SQL for the audit trail."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.audit.models import AuditEntry, jsonable
from domain.shared.db import any_of
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.principal import AreaScope, Principal


@dataclass(frozen=True)
class AuditCriteria:
    entity_type: str | None = None
    entity_id: str | None = None
    action: str | None = None
    actor_username: str | None = None
    since: datetime | None = None
    until: datetime | None = None


class AuditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def record(self, who: Principal, action: str, entity_type: str, entity_id: Any, *,
               label: str | None = None, division_code: str | None = None,
               before: dict | None = None, after: dict | None = None, opinion: str | None = None) -> AuditEntry:
        """Adds an audit row to the current transaction."""
        row = AuditEntry(
            actor_id=who.user_id, actor_username=who.username or "anonymous",
            actor_name=who.display_name or who.username or "匿名", actor_role=who.role.value if who.role else None,
            action=action, entity_type=entity_type, entity_id=str(entity_id),
            entity_label=(label or "")[:200] or None,
            division_code=division_code if division_code is not None else who.division_code,
            before=jsonable(before) if before is not None else None,
            after=jsonable(after) if after is not None else None,
            opinion=opinion,
        )
        self.session.add(row)
        return row

    async def record_many(self, who: Principal, action: str, entity_type: str,
                          items: list[tuple[Any, str | None, dict | None]], *, division_code: str | None) -> None:
        """Inserts one audit row per (entity_id, label, after) in a single statement batch."""
        base = {"actor_id": who.user_id, "actor_username": who.username or "anonymous",
                "actor_name": who.display_name or who.username, "actor_role": who.role.value if who.role else None,
                "action": action, "entity_type": entity_type, "division_code": division_code,
                "before": None, "opinion": None}
        rows = [{**base, "entity_id": str(i), "entity_label": (label or "")[:200] or None,
                 "after": jsonable(after) if after is not None else None} for i, label, after in items]
        for k in range(0, len(rows), 2000):
            await self.session.execute(insert(AuditEntry), rows[k:k + 2000])

    def _scoped(self, area: AreaScope) -> Select[tuple[AuditEntry]]:
        stmt = select(AuditEntry)
        if not area.everything:
            stmt = stmt.where(any_of(AuditEntry.division_code, area.codes))
        return stmt

    async def get(self, area: AreaScope, entry_id: int) -> AuditEntry | None:
        """Returns one audit row if it lies in the area."""
        return (await self.session.scalars(self._scoped(area).where(AuditEntry.id == entry_id))).first()

    async def page(self, area: AreaScope, criteria: AuditCriteria, request: PageRequest) -> Page[AuditEntry]:
        """Returns audit rows in the area, newest first."""
        stmt = self._scoped(area)
        c = criteria
        if c.entity_type:
            stmt = stmt.where(AuditEntry.entity_type == c.entity_type)
        if c.entity_id:
            stmt = stmt.where(AuditEntry.entity_id == c.entity_id)
        if c.action:
            stmt = stmt.where(or_(AuditEntry.action == c.action, AuditEntry.action.startswith(c.action + ".")))
        if c.actor_username:
            stmt = stmt.where(AuditEntry.actor_username == c.actor_username)
        if c.since:
            stmt = stmt.where(AuditEntry.at >= c.since)
        if c.until:
            stmt = stmt.where(AuditEntry.at < c.until)
        return await keyset_page(self.session, stmt, [(AuditEntry.id, True)], request, id_col=AuditEntry.id)

    async def list_for_entities(self, entity_type: str, entity_ids: list[str],
                                actions: tuple[str, ...]) -> list[list[AuditEntry]]:
        """Returns, aligned to `entity_ids`, each entity's rows for these actions, oldest first."""
        if not entity_ids:
            return []
        rows = (await self.session.scalars(
            select(AuditEntry)
            .where(and_(AuditEntry.entity_type == entity_type, any_of(AuditEntry.entity_id, entity_ids),
                        any_of(AuditEntry.action, actions)))
            .order_by(AuditEntry.entity_id, AuditEntry.id)
        )).all()
        by_id: dict[str, list[AuditEntry]] = {}
        for r in rows:
            by_id.setdefault(r.entity_id, []).append(r)
        return [by_id.get(i, []) for i in entity_ids]

    async def count(self, area: AreaScope) -> int:
        """Counts audit rows in the area."""
        stmt = select(func.count()).select_from(AuditEntry)
        if not area.everything:
            stmt = stmt.where(any_of(AuditEntry.division_code, area.codes))
        return int(await self.session.scalar(stmt) or 0)
