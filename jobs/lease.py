"""Short, renewed job leases, so that the job of a killed worker runs again within about a lease, not an hour.

arq marks a started job with the key `arq:in-progress:<job id>` and leaves the job in the queue's sorted set until
it finishes; a worker polling the queue skips a job while that key exists and runs it (as try n + 1) once it is
gone. arq sets the key for the longest job timeout + 10 s (here 3610 s) and never renews it, so a worker killed by
SIGKILL or the OOM killer held its job for an hour. Here the key lives `job_lease_seconds` and the worker running
the job renews it every quarter of that while the job runs:

- `LeasedWorker` (the worker `python -m jobs.worker` starts) sets the key to the lease when it takes a job;
- `renew_lease` / `release_lease` (the `on_job_start` / `on_job_end` hooks, so `arq jobs.worker.WorkerSettings`
  gets them too, shortening arq's hour at once) keep it alive while the job's task runs.

A redelivered job (try > 1) therefore means the previous holder stopped renewing: it died, or its event loop was
blocked for a whole lease. The jobs take over their row then (`takeover`), and fence the previous run out by its
claim (a run that lost its claim commits nothing), so a run that was only slow cannot double anything.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from arq.constants import in_progress_key_prefix
from arq.worker import Worker

log = logging.getLogger("zhilian.jobs.lease")

_TASK = "_lease_task"


def redelivered(ctx: dict[str, Any]) -> bool:
    """True when arq hands this job out again: its previous run's lease ran out (see the module text)."""
    return int(ctx.get("job_try") or 1) > 1


async def _renew(redis: Any, key: str, lease_ms: int) -> None:
    while True:
        try:
            await redis.pexpire(key, lease_ms)
        except Exception:  # noqa: BLE001 - Redis blips: renew again shortly; the lease has room for three misses
            log.warning("could not renew the lease %s", key, exc_info=True)
        await asyncio.sleep(lease_ms / 4000)


def lease_hooks(lease_seconds: int) -> tuple[Any, Any]:
    """The (on_job_start, on_job_end) hooks that keep a running job's in-progress key at `lease_seconds`."""
    lease_ms = int(lease_seconds * 1000)

    async def renew_lease(ctx: dict[str, Any]) -> None:
        key = in_progress_key_prefix + ctx["job_id"]
        ctx[_TASK] = asyncio.get_running_loop().create_task(_renew(ctx["redis"], key, lease_ms))

    async def release_lease(ctx: dict[str, Any]) -> None:
        task = ctx.pop(_TASK, None)
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    return renew_lease, release_lease


class LeasedWorker(Worker):
    """arq's worker, taking each job with a lease of `lease_seconds` instead of the longest timeout + 10 s."""

    def __init__(self, *args: Any, lease_seconds: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.in_progress_timeout_s = float(lease_seconds)
