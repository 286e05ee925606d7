"""Notifications: written in the same transaction as the business write that causes them."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, and_, exists, func, literal, select
from sqlalchemy.dialects.postgresql import insert

from domain.identity.models import OrgKind, Organisation
from domain.notifications.access import NotificationAccess
from domain.notifications.models import Notification, NotificationRead
from domain.notifications.views import NotificationView
from domain.shared.db import any_of
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads, writes


def _read(user_id: int) -> Any:
    return exists().where(and_(NotificationRead.notification_id == Notification.id,
                               NotificationRead.user_id == user_id))


class NotificationRepository(Repository):
    @writes
    async def add_many(self, items: Sequence[tuple[int, str, str, str, str, str]]) -> None:
        """Adds (organisation id, kind, title, body, entity type, entity id) notifications."""
        if items:
            await self.session.execute(insert(Notification), [
                {"organisation_id": o, "kind": k, "title": t[:200], "body": b, "entity_type": et, "entity_id": ei}
                for o, k, t, b, et, ei in items])

    @reads
    async def bureau_ids(self, division_codes: Sequence[str]) -> dict[str, int]:
        """division code → the bureau organisation of that division (the lowest id if several): whom a
        division's notifications are addressed to."""
        rows = await self.db.rows(
            select(Organisation.division_code, func.min(Organisation.id))
            .where(Organisation.kind == OrgKind.BUREAU, any_of(Organisation.division_code, list(division_codes)))
            .group_by(Organisation.division_code))
        return {d: i for d, i in rows}

    @reads
    async def page(self, access: NotificationAccess, unread_only: bool,
                   request: PageRequest) -> Page[NotificationView]:
        """The caller's organisation's notifications, newest first, each with whether the caller has read it."""
        stmt = select(Notification.id, Notification.kind, Notification.title, Notification.body,
                      Notification.entity_type, Notification.entity_id, Notification.created_at,
                      _read(access.user_id).label("read")).where(Notification.organisation_id == access.org_id)
        if unread_only:
            stmt = stmt.where(~_read(access.user_id))
        return await keyset_page(self.db, stmt, [(Notification.id, True)], request, id_col=Notification.id,
                                 make=NotificationView.of)

    @reads
    async def unread_count(self, access: NotificationAccess) -> int:
        """How many of the caller's organisation's notifications the caller has not read."""
        return int(await self.db.scalar(select(func.count()).select_from(Notification).where(
            Notification.organisation_id == access.org_id, ~_read(access.user_id))) or 0)

    @writes
    async def mark_read(self, access: NotificationAccess, ids: Sequence[int] | None) -> int:
        """Marks the listed (or all) notifications of the caller's organisation read for the caller; returns how
        many."""
        src = select(Notification.id, literal(access.user_id, Integer)).where(
            Notification.organisation_id == access.org_id, ~_read(access.user_id))
        if ids is not None:
            src = src.where(any_of(Notification.id, list(ids)))
        r = await self.session.execute(
            insert(NotificationRead).from_select(["notification_id", "user_id"], src).on_conflict_do_nothing())
        return int(r.rowcount or 0)
