"""jobs.lease: a running job's arq in-progress key is a short lease renewed while it runs (issue 14 item 14)."""
from __future__ import annotations

import asyncio

from jobs.lease import LeasedWorker, lease_hooks, redelivered


class FakeRedis:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    async def pexpire(self, key: str, ms: int) -> bool:
        self.calls.append((key, ms))
        return True


async def test_the_lease_is_shortened_at_once_renewed_while_the_job_runs_and_no_longer_after():
    redis = FakeRedis()
    start, end = lease_hooks(2)
    ctx = {"redis": redis, "job_id": "outbox:abc", "job_try": 1}
    await start(ctx)
    await asyncio.sleep(1.2)  # renewals every quarter of the lease: 0, 0.5, 1.0 s
    await end(ctx)
    renewed = len(redis.calls)
    assert renewed >= 3 and set(redis.calls) == {("arq:in-progress:outbox:abc", 2000)}
    await asyncio.sleep(0.6)
    assert len(redis.calls) == renewed  # the job ended: its lease is left to arq (deleted or kept for cron)


def test_a_redelivered_job_is_one_whose_previous_lease_ran_out():
    assert not redelivered({"job_try": 1}) and not redelivered({}) and redelivered({"job_try": 2})


def test_the_leased_worker_takes_jobs_for_the_lease_not_the_job_timeout():
    async def job(ctx: dict) -> None: ...
    w = LeasedWorker(functions=[job], job_timeout=3600, lease_seconds=45, redis_pool=object())
    assert w.in_progress_timeout_s == 45.0
