"""arq worker: background jobs (catalog imports, supply warning evaluation) and the outbox sweep.

Run with `python -m jobs.worker` (arq's worker with short renewed job leases, jobs.lease); `arq
jobs.worker.WorkerSettings` works too.
"""
from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from arq import cron
from arq.connections import RedisSettings

from domain.catalog.imports import ImportJob
from domain.public.rollup import UsageRollup
from domain.shared.config import get_settings
from domain.shared.db import create_database
from domain.shared.files import FileRepository
from domain.shared.outbox import OutboxRepository, relay
from domain.shared.config import SHANGHAI
from domain.exchange.uploads import UploadJob
from domain.supply.evaluation import FULL, INCREMENTAL, WarningEvaluator
from jobs.lease import LeasedWorker, lease_hooks, redelivered
from jobs.queue import ArqQueue

log = logging.getLogger("zhilian.jobs")
settings = get_settings()


async def startup(ctx: dict[str, Any]) -> None:
    ctx["db"] = create_database(settings, pool_size=4)
    ctx["queue"] = ArqQueue(ctx["redis"], settings.arq_queue)


async def shutdown(ctx: dict[str, Any]) -> None:
    await ctx["db"].dispose()


async def process_catalog_import(ctx: dict[str, Any], import_id: int) -> str:
    """Checks and imports one uploaded catalog file."""
    return await ImportJob(ctx["db"].write_sessions, ctx["queue"], stale_seconds=settings.job_stale_seconds).run(
        import_id, takeover=redelivered(ctx))


async def sweep_catalog_imports(ctx: dict[str, Any]) -> int:
    """Re-enqueues catalog imports whose job was lost or died (queued or running, no heartbeat for a while)."""
    return await ImportJob(ctx["db"].write_sessions, ctx["queue"], stale_seconds=settings.job_stale_seconds).sweep()


async def evaluate_warnings(ctx: dict[str, Any], mode: str = FULL) -> dict[str, int]:
    """Evaluates every enabled warning rule (SUP-14…17). Stock reports enqueue an INCREMENTAL run (only the
    levels written since the previous run); rule changes and the nightly schedule a FULL one. A run that started
    after this job was enqueued has already seen its data: then this one returns at once."""
    return await WarningEvaluator(ctx["db"].write_sessions).run(requested_at=ctx.get("enqueue_time"),
                                                                 mode=INCREMENTAL if mode == INCREMENTAL else FULL)


async def evaluate_warnings_incremental(ctx: dict[str, Any]) -> dict[str, int]:
    """The half-hourly sweep: whatever stock arrived without a triggered run (e.g. the queue was down)."""
    return await WarningEvaluator(ctx["db"].write_sessions).run(mode=INCREMENTAL)


async def evaluate_warnings_full(ctx: dict[str, Any]) -> dict[str, int]:
    """The nightly full run: also catches back-dated movements and catalog changes."""
    return await WarningEvaluator(ctx["db"].write_sessions).run(mode=FULL)


async def process_wholesale_upload(ctx: dict[str, Any], upload_id: int) -> str:
    """Validates one wholesaler 报盘 upload and stores its valid rows as offers (DRUG-16, DRUG-18)."""
    return await UploadJob(ctx["db"].write_sessions, ctx["queue"]).run(upload_id, takeover=redelivered(ctx))


async def sweep_wholesale_uploads(ctx: dict[str, Any]) -> int:
    """Re-enqueues 报盘 uploads whose validation job was lost or died part-way."""
    return await UploadJob(ctx["db"].write_sessions, ctx["queue"]).sweep()


async def rollup_usage(ctx: dict[str, Any]) -> dict[str, int]:
    """Rolls public usage events up by day (PUB-27 dashboards): every day before today with events that is not
    rolled yet, and recent rolled days whose events changed; just after midnight for yesterday, then hourly to
    catch up (a worker that was down, back-dated events). Never today."""
    return await UsageRollup(ctx["db"].write_sessions).run()


async def relay_outbox(ctx: dict[str, Any]) -> int:
    """Enqueues outbox messages whose immediate hand-over after commit did not happen."""
    async with ctx["db"].write_sessions() as session:
        repo = OutboxRepository(session)
        pending = await repo.pending(older_than=timedelta(seconds=5))
        done = await relay(pending, ctx["queue"])
        await repo.mark_enqueued(done)
        await session.commit()
    if done:
        log.info("outbox: enqueued %d pending job(s)", len(done))
    return len(done)


async def purge_files(ctx: dict[str, Any]) -> int:
    """Deletes expired generated files (exports)."""
    async with ctx["db"].write_sessions() as session:
        n = await FileRepository(session).purge_expired()
        await session.commit()
    return n


class WorkerSettings:
    functions = [process_catalog_import, process_wholesale_upload, evaluate_warnings]
    cron_jobs = [cron(relay_outbox, second=set(range(0, 60, 5)), run_at_startup=True, unique=True),
                 cron(evaluate_warnings_incremental, minute={7, 37}, unique=True),
                 cron(evaluate_warnings_full, hour={2}, minute={17}, unique=True),  # nightly
                 cron(purge_files, minute={0, 15, 30, 45}, unique=True),
                 cron(sweep_wholesale_uploads, minute=set(range(3, 60, 5)), unique=True),
                 cron(sweep_catalog_imports, minute=set(range(1, 60, 2)), unique=True),
                 cron(rollup_usage, minute={5}, unique=True)]  # 00:05 rolls yesterday; other hours catch up
    on_startup = startup
    on_shutdown = shutdown
    on_job_start, on_job_end = lease_hooks(settings.job_lease_seconds)
    redis_settings = RedisSettings.from_dsn(settings.redis_url)
    queue_name = settings.arq_queue
    timezone = SHANGHAI  # cron hours are business (Asia/Shanghai) hours, whatever the machine's zone
    max_jobs = 4
    job_timeout = 3600
    keep_result = 3600


def main() -> None:
    """Runs the worker with short renewed job leases (jobs.lease)."""
    import logging.config

    from arq.logs import default_log_config
    from arq.worker import get_kwargs

    logging.config.dictConfig(default_log_config(verbose=False))
    LeasedWorker(**get_kwargs(WorkerSettings), lease_seconds=settings.job_lease_seconds).run()


if __name__ == "__main__":
    main()
