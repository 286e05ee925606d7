"""Transactional outbox: jobs are recorded with the business write and enqueued after commit."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from sqlalchemy import BigInteger, String, Uuid, func, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, any_of
from domain.shared.reads import ReadModel, Repository, read_model, reads, writes


def outbox_job_id(key: uuid.UUID) -> str:
    """The arq job id of an outbox message (the message and its read model both use it)."""
    return f"outbox:{key}"


class OutboxMessage(Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    # arq dedupes by job id across the whole Redis (results are kept for an hour), so ids must be unique
    # across databases and resets, not just within this table.
    key: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4, unique=True)
    job: Mapped[str] = mapped_column(String(64))
    args: Mapped[list[Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    enqueued_at: Mapped[datetime | None] = mapped_column()

    @property
    def job_id(self) -> str:
        return outbox_job_id(self.key)


@read_model(OutboxMessage)
class OutboxMessageView(ReadModel):
    """An outbox message as read (the relay hands these to the queue)."""

    @property
    def job_id(self) -> str:
        return outbox_job_id(self.key)  # type: ignore[attr-defined]


class JobQueue(Protocol):
    async def enqueue(self, job: str, args: list[Any], job_id: str) -> None: ...


class OutboxRepository(Repository):
    @writes
    def add(self, job: str, args: list[Any]) -> OutboxMessage:
        """Records a job to run once this transaction commits."""
        msg = OutboxMessage(key=uuid.uuid4(), job=job, args=args)
        self.session.add(msg)
        return msg

    @reads
    async def pending(self, older_than: timedelta, limit: int = 100) -> list[OutboxMessageView]:
        """Returns messages not yet handed to the queue."""
        cutoff = datetime.now(timezone.utc) - older_than
        return OutboxMessageView.many(await self.db.rows(
            OutboxMessageView.select().where(OutboxMessage.enqueued_at.is_(None), OutboxMessage.created_at < cutoff)
            .order_by(OutboxMessage.id).limit(limit)))

    @writes
    async def mark_enqueued(self, ids: list[int]) -> None:
        """Marks messages as handed to the queue."""
        if ids:
            await self.session.execute(
                update(OutboxMessage).where(any_of(OutboxMessage.id, ids)).values(enqueued_at=func.now()))


async def relay(messages: list[OutboxMessage] | list[OutboxMessageView], queue: JobQueue) -> list[int]:
    """Hands messages to the queue; returns the ids that made it."""
    done: list[int] = []
    for m in messages:
        await queue.enqueue(m.job, list(m.args), m.job_id)
        done.append(m.id)
    return done
