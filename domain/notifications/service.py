"""Notifications read by their addressees (SUP-01)."""
from __future__ import annotations

from domain.notifications.access import NotificationAccess
from domain.notifications.repository import NotificationRepository
from domain.shared.errors import DomainError
from domain.shared.uow import UnitOfWork

MAX_MARK = 500


class NotificationService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def mark_read(self, ids: list[int] | None) -> tuple[int, int]:
        """Marks the listed (or all) notifications of the caller's organisation read for the caller; returns
        (newly marked, still unread)."""
        access = NotificationAccess.of(self.uow.who)
        if access is None:
            raise DomainError("当前用户没有所属单位", code="FORBIDDEN")
        if ids is not None and len(ids) > MAX_MARK:
            raise DomainError(f"一次最多标记 {MAX_MARK} 条", code="TOO_MANY_VALUES", field=["ids"])
        async with self.uow as uow:
            repo = uow.repo(NotificationRepository)
            marked = await repo.mark_read(access, ids)
            await uow.commit()
            unread = await repo.unread_count(access)
        return marked, unread
