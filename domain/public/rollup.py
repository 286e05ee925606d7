"""The daily usage rollup (PUB-27): usage_event counted per business day, kept by the `rollup_usage` job.

At a million events a year the dashboards' aggregates over usage_event (a region-year: ~2 s) grow with traffic;
these tables hold one row per day × kind × division (usage_daily) and per day × kind × division × item for the two
kinds whose items the dashboards rank (usage_item_daily: a DRUG_SEARCH's trimmed, non-empty keyword; a
DRUG_QUERY's drug code id, as decimal text). A day is *rolled* once its row is in usage_rolled_day; from then on
the dashboards read that day from the rollup and every other day (today, and any day the job has not reached yet)
from usage_event, so their figures equal the raw aggregates at any moment (domain.engagement.usage).

Rolling a day is one transaction: delete the day's rollup rows, INSERT … SELECT … GROUP BY from usage_event, upsert
the rolled-day row. It is idempotent and never rolls today (Asia/Shanghai), whose events are still arriving.
An event written for a day already rolled (a back-dated import) is not counted until that day is rolled again:
the job re-checks the last `RECHECK_DAYS` rolled days (their event count against usage_event, one index range
each) and rolls again those that changed; older days are rolled again on request (`UsageRollup.run(days=…)`).

An unknown division (an event without one) is stored as '' so that it can be part of the primary key; reads turn it
back into NULL. Raw events of rolled days are no longer read by the dashboards."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, Index, Integer, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.config import shanghai_today
from domain.shared.db import Base

log = logging.getLogger("zhilian.usage")

UNKNOWN_DIVISION = ""  # the stored division of events without one (NULL in usage_event)
RECHECK_DAYS = 2       # rolled days before today whose event count each run compares with usage_event
_LOCK = 20261201       # pg_advisory_xact_lock(_LOCK, day): one roll of a given day at a time


class UsageDaily(Base):
    """Events per business day, kind and division of origin."""

    __tablename__ = "usage_daily"

    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    division_code: Mapped[str] = mapped_column(String(6), primary_key=True)  # '' = unknown
    events: Mapped[int] = mapped_column(Integer)


class UsageItemDaily(Base):
    """Events per business day, kind, division and item: DRUG_SEARCH keywords (trimmed) and DRUG_QUERY drug codes."""

    __tablename__ = "usage_item_daily"

    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    division_code: Mapped[str] = mapped_column(String(6), primary_key=True)  # '' = unknown
    item: Mapped[str] = mapped_column(String(100), primary_key=True)  # keyword, or drug_code.id as text
    events: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        # one drug's query trend (DRUG-26); rankings over a date range use the primary key or scan the kind
        Index("ix_usage_item_daily_kind_item_date", "kind", "item", "business_date"),
    )


class UsageRolledDay(Base):
    """A business day whose events the rollup holds."""

    __tablename__ = "usage_rolled_day"

    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    rolled_at: Mapped[datetime] = mapped_column(server_default=func.now())
    events: Mapped[int] = mapped_column(Integer)  # usage_event rows of the day when it was rolled


_ROLL = (
    "DELETE FROM usage_daily WHERE business_date = :d",
    "DELETE FROM usage_item_daily WHERE business_date = :d",
    """INSERT INTO usage_daily (business_date, kind, division_code, events)
       SELECT CAST(:d AS date), kind, coalesce(division_code, ''), count(*) FROM usage_event
       WHERE business_date = :d
       GROUP BY kind, coalesce(division_code, '')""",
    """INSERT INTO usage_item_daily (business_date, kind, division_code, item, events)
       SELECT CAST(:d AS date), kind, division_code, item, count(*)
       FROM (SELECT kind, coalesce(division_code, '') AS division_code, btrim(keyword) AS item FROM usage_event
             WHERE business_date = :d AND kind = 'DRUG_SEARCH' AND keyword IS NOT NULL
             UNION ALL
             SELECT kind, coalesce(division_code, ''), CAST(drug_code_id AS text) FROM usage_event
             WHERE business_date = :d AND kind = 'DRUG_QUERY' AND drug_code_id IS NOT NULL) e
       WHERE item <> ''
       GROUP BY kind, division_code, item""",
)
_MARK = """
INSERT INTO usage_rolled_day (business_date, rolled_at, events)
SELECT CAST(:d AS date), now(), coalesce(sum(events), 0) FROM usage_daily WHERE business_date = :d
ON CONFLICT (business_date) DO UPDATE SET rolled_at = excluded.rolled_at, events = excluded.events
RETURNING events"""


async def roll_day(session: Any, day: date) -> int:
    """Rolls one day in the session's transaction (the caller commits); returns the day's events."""
    await session.execute(text("SELECT pg_advisory_xact_lock(:lock, CAST(:d AS date) - DATE '2000-01-01')"),
                          {"lock": _LOCK, "d": day})
    for stmt in _ROLL:
        await session.execute(text(stmt), {"d": day})
    return int((await session.execute(text(_MARK), {"d": day})).scalar_one())


# Days before :today with events and no rolled-day row: a skip scan over ix_usage_event_date_kind (one index
# descent per day with events, not one row per event).
_PENDING = """
WITH RECURSIVE d(day) AS (
  SELECT min(business_date) FROM usage_event WHERE business_date < :today
  UNION ALL
  SELECT (SELECT min(business_date) FROM usage_event WHERE business_date > d.day AND business_date < :today)
  FROM d WHERE d.day IS NOT NULL)
SELECT day FROM d WHERE day IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM usage_rolled_day r WHERE r.business_date = d.day)"""

# Recently rolled days whose events changed since (late, back-dated events).
_CHANGED = """
SELECT r.business_date FROM usage_rolled_day r
WHERE r.business_date >= :since AND r.business_date < :today
  AND r.events <> (SELECT count(*) FROM usage_event e WHERE e.business_date = r.business_date)"""


def days_to_roll(requested: Iterable[date], today: date) -> list[date]:
    """The requested days that may be rolled, in order: never today or later (their events are still coming)."""
    return sorted({d for d in requested if d < today})


class UsageRollup:
    """Rolls usage_event up by day; safe to re-run (arq retries, the hourly catch-up, a manual re-roll)."""

    def __init__(self, sessions: Any) -> None:
        self.sessions = sessions

    async def pending(self, today: date) -> list[date]:
        """Days before `today` with events that are not rolled, and recently rolled days whose events changed."""
        async with self.sessions() as s:
            missing = (await s.scalars(text(_PENDING), {"today": today})).all()
            changed = (await s.scalars(text(_CHANGED), {"today": today,
                                                        "since": today - timedelta(days=RECHECK_DAYS)})).all()
        return days_to_roll([*missing, *changed], today)

    async def run(self, days: Sequence[date] | None = None, *, today: date | None = None) -> dict[str, int]:
        """Rolls the pending days (or, with `days`, exactly those: a re-roll after back-dated events), one
        transaction per day; returns {"days": days rolled, "events": events they hold, "skipped": days refused}.
        Today and later days are never rolled."""
        today = today or shanghai_today()
        if days is None:
            todo = await self.pending(today)
            skipped = 0
        else:
            todo = days_to_roll(days, today)
            skipped = len(set(days)) - len(todo)
            if skipped:
                log.warning("usage rollup: %d day(s) not before %s left unrolled", skipped, today.isoformat())
        events = 0
        for d in todo:
            async with self.sessions() as s:
                n = await roll_day(s, d)
                await s.commit()
            events += n
            log.info("usage rollup: %s rolled, %d event(s)", d.isoformat(), n)
        totals = {"days": len(todo), "events": events, "skipped": skipped}
        if todo or skipped:
            log.info("usage rollup: %s", totals)
        return totals
