"""The arq adapter behind the domain's JobQueue protocol."""
from __future__ import annotations

from typing import Any


class ArqQueue:
    """Hands outbox messages to arq; the job id makes a repeated hand-over a no-op."""

    def __init__(self, pool: Any, queue_name: str) -> None:
        self.pool = pool
        self.queue_name = queue_name

    async def enqueue(self, job: str, args: list[Any], job_id: str) -> None:
        await self.pool.enqueue_job(job, *args, _job_id=job_id, _queue_name=self.queue_name)
