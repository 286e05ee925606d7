"""Unit of work: one transaction, its audit rows and its outbox messages."""
from __future__ import annotations

import logging
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.audit.repository import AuditRepository
from domain.shared.outbox import JobQueue, OutboxMessage, OutboxRepository, relay
from domain.shared.principal import Principal

log = logging.getLogger(__name__)
R = TypeVar("R")


class UnitOfWork:
    """Opens a session; rolls back unless `commit()` ran; enqueues recorded jobs after commit."""

    def __init__(self, sessions: async_sessionmaker[Any], who: Principal, queue: JobQueue | None = None) -> None:
        self._sessions = sessions
        self.who = who
        self.queue = queue
        self._committed = False
        self._messages: list[OutboxMessage] = []
        self._repos: dict[type, Any] = {}
        self.session: AsyncSession

    async def __aenter__(self) -> UnitOfWork:
        self.session = self._sessions()
        self._committed = False
        self._messages = []
        self._repos = {}
        self.audit = AuditRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            if not self._committed:
                await self.session.rollback()
        finally:
            await self.session.close()

    def repo(self, cls: type[R]) -> R:
        """The unit's repository of this class, on its transaction (one per class; a test's FakeUnitOfWork hands
        out in-memory fakes instead)."""
        found = self._repos.get(cls)
        if found is None:
            found = self._repos[cls] = cls(self.session)  # type: ignore[call-arg]
        return found  # type: ignore[no-any-return]

    def record(self, action: str, entity_type: str, entity_id: Any, **kw: Any) -> None:
        """Writes an audit row for this unit's actor in this transaction."""
        self.audit.record(self.who, action, entity_type, entity_id, **kw)

    def enqueue(self, job: str, *args: Any) -> None:
        """Schedules a background job that runs only if this transaction commits."""
        self._messages.append(self.outbox.add(job, list(args)))

    async def commit(self) -> None:
        await self.session.commit()
        self._committed = True
        if self._messages and self.queue is not None:
            try:
                done = await relay(self._messages, self.queue)
                await OutboxRepository(self.session).mark_enqueued(done)
                await self.session.commit()
            except Exception:  # noqa: BLE001 - the worker's outbox sweep retries
                log.warning("enqueue after commit failed; the outbox sweep will retry", exc_info=True)
                await self.session.rollback()
