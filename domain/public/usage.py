"""Public-side usage events (PUB-27): recorded in memory on the request path, written in batches.

A request appends a tuple (no I/O, ~1 µs); a background task writes the buffer once a second (or as soon as it
holds `max_batch` events) with one INSERT … SELECT FROM unnest(…), which also places events that carry a
position in the county whose seat is nearest (KNN on ix_division_earth). At most one second of events is lost if
the process dies; usage statistics tolerate that, and the request path never waits on the database for them."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timezone
from typing import Any


log = logging.getLogger("zhilian.usage")

_INSERT = """
INSERT INTO usage_event (kind, occurred_at, business_date, channel, drug_code_id, institution_id, keyword,
                         division_code, insured_id)
SELECT e.kind, e.at, (e.at AT TIME ZONE 'Asia/Shanghai')::date, e.channel, e.drug, e.inst, e.keyword,
       COALESCE(e.division, CASE WHEN e.lat IS NOT NULL THEN
         (SELECT d.code FROM division d WHERE d.level = 'COUNTY' AND d.lat IS NOT NULL
          ORDER BY ll_to_earth(d.lat::float8, d.lon::float8) <-> ll_to_earth(e.lat, e.lon) LIMIT 1) END),
       e.insured
FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[],
            $8::float8[], $9::float8[], $10::int[])
     AS e(kind, at, channel, drug, inst, keyword, division, lat, lon, insured)
"""


class UsageRecorder:
    def __init__(self, pool: Any, *, interval: float = 1.0, max_batch: int = 2000) -> None:
        self.pool = pool  # an asyncpg pool (or anything with `execute(sql, *args)`)
        self.interval = interval
        self.max_batch = max_batch
        self._buffer: list[tuple[Any, ...]] = []
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._closed = False

    def record(self, kind: str, channel: str | None, *, drug_code_id: int | None = None,
               institution_id: int | None = None, keyword: str | None = None, division_code: str | None = None,
               at: tuple[float, float] | None = None, insured_id: int | None = None) -> None:
        """Queues one event; `at` is a WGS-84 (lat, lon) the event came from."""
        if self._closed:
            return
        self._buffer.append((kind, datetime.now(timezone.utc), channel or "UNKNOWN", drug_code_id, institution_id,
                             (keyword or None) and keyword[:100], division_code,
                             at[0] if at else None, at[1] if at else None, insured_id))
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())
        if len(self._buffer) >= self.max_batch:
            self._wake.set()

    async def _run(self) -> None:
        while not self._closed:
            try:
                await asyncio.wait_for(self._wake.wait(), self.interval)
            except TimeoutError:
                pass
            self._wake.clear()
            await self.flush()

    async def flush(self) -> int:
        """Writes what is buffered; returns the number of events written."""
        if not self._buffer:
            return 0
        batch, self._buffer = self._buffer, []
        columns = list(zip(*batch, strict=True))
        try:
            await self.pool.execute(_INSERT, *[list(c) for c in columns])
        except Exception:  # noqa: BLE001 - statistics must never break the app; the loss is logged
            log.warning("could not write %d usage events", len(batch), exc_info=True)
            return 0
        return len(batch)

    async def close(self) -> None:
        self._closed = True
        self._wake.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):  # the last flush below writes what is left
                await self._task
        await self.flush()

