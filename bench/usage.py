"""Usage-dashboard benchmark (PUB-27, DRUG-26): the daily rollup against the raw aggregates over usage_event.

    DATABASE_URL=postgresql://…/zhilian_bench .venv/bin/python -m bench.usage [--events 1000000] [--days 366]
        [--repeat 5] [--keep]

Loads N synthetic events (channel 'BENCH') over the last `days` business days, today included, across Xinjiang's
counties: kinds in the app's proportions, a log-uniform (Zipf-like) pick of keywords and drugs so that a few
hundred of them take most of the traffic, Ürümqi's counties busier than the rest, 5% without a division. Then, in
process against PostgreSQL (no HTTP), it times each dashboard case with the raw aggregates the repository ran
before the rollup (kept below as RAW), the new repository with nothing rolled yet, the rollup of every past day
(the job's first run), and the new repository once the days are rolled; the figures of all three are compared.
A dashboard case is the statements publicUsage runs (daily trend, whose sums are the totals; top keywords, visits
by division, top drugs; the trace-scan series is unchanged and left out) or the drug file's query trend. The "raw"
column runs the old totals statement too, as publicUsage did before.

At the end the synthetic events go and the days the benchmark rolled are unrolled again (days that were rolled
before are rolled again without the synthetic events), unless --keep."""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from domain.divisions.repository import load_tree
from domain.engagement.access import EngagementAccess
from domain.engagement.usage import UsageRepository
from domain.public.rollup import UsageRollup
from domain.shared.config import get_settings, shanghai_today
from domain.shared.db import create_database

CHANNEL = "BENCH"

LOAD = """
WITH counties AS (SELECT array_agg(code ORDER BY code) AS c FROM division WHERE level = 'COUNTY' AND code LIKE '65%'),
     kws AS (SELECT array_agg(k ORDER BY k) AS k FROM (SELECT DISTINCT generic_name AS k FROM drug_code
                                                     ORDER BY generic_name LIMIT :keywords) x),
     drugs AS (SELECT array_agg(id ORDER BY id) AS d FROM (SELECT id FROM drug_code ORDER BY id LIMIT :drugs) x),
     g AS (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
           FROM generate_series(1, CAST(:n AS int)) i)
INSERT INTO usage_event (kind, occurred_at, business_date, channel, drug_code_id, keyword, division_code)
SELECT kind, (CAST(:today AS date) - day) + make_interval(hours => 8 + floor(r4 * 14)::int,
                                                          mins => floor(r5 * 60)::int) - interval '8 hours',
       CAST(:today AS date) - day, CAST(:channel AS text),
       CASE WHEN kind = 'DRUG_QUERY' THEN d[1 + floor(exp(r2 * ln(cardinality(d))))::int - 1] END,
       CASE WHEN kind = 'DRUG_SEARCH' THEN
         CASE WHEN r5 < 0.02 THEN '  ' || k[1 + floor(exp(r2 * ln(cardinality(k))))::int - 1] || ' '
              ELSE k[1 + floor(exp(r2 * ln(cardinality(k))))::int - 1] END END,
       CASE WHEN r3 < 0.05 THEN NULL
            WHEN r3 < 0.35 THEN c[1 + floor(((r3 - 0.05) / 0.30) * 8)::int]            -- Ürümqi's first counties
            ELSE c[1 + floor(exp(((r3 - 0.35) / 0.65) * ln(cardinality(c))))::int - 1] END
FROM g, counties, kws, drugs,
     LATERAL (SELECT least(floor(power(r1, 1.1) * CAST(:days AS int))::int, CAST(:days AS int) - 1) AS day,
                     CASE WHEN r4 < 0.35 THEN 'VISIT' WHEN r4 < 0.65 THEN 'DRUG_SEARCH' WHEN r4 < 0.85 THEN 'DRUG_QUERY'
                          WHEN r4 < 0.95 THEN 'INSTITUTION_SEARCH' ELSE 'INSTITUTION_VIEW' END AS kind) x
"""

# The repository's statements before the rollup (domain/engagement/repository.py at d99df6e), for the "raw" column.
RAW = {
    "totals": "SELECT kind, count(*) FROM usage_event WHERE business_date BETWEEN :s AND :e {area} GROUP BY kind",
    "daily": "SELECT business_date, kind, count(*) FROM usage_event WHERE business_date BETWEEN :s AND :e {area} "
             "GROUP BY business_date, kind",
    "top_keywords": "SELECT btrim(keyword) AS kw, count(*) AS n FROM usage_event WHERE kind = 'DRUG_SEARCH' "
                    "AND keyword IS NOT NULL AND business_date BETWEEN :s AND :e {area} GROUP BY btrim(keyword) "
                    "HAVING btrim(keyword) != '' ORDER BY count(*) DESC, btrim(keyword) LIMIT 20",
    "visits_by_division": "SELECT division_code, count(*) FROM usage_event WHERE kind = 'VISIT' "
                          "AND business_date BETWEEN :s AND :e {area} GROUP BY division_code",
    "top_drugs": "SELECT drug_code_id, count(*) AS n FROM usage_event WHERE kind = 'DRUG_QUERY' "
                 "AND drug_code_id IS NOT NULL AND business_date BETWEEN :s AND :e {area} GROUP BY drug_code_id "
                 "ORDER BY count(*) DESC, drug_code_id LIMIT 10",
    "drug_queries": "SELECT business_date, count(*) FROM usage_event WHERE drug_code_id = :drug "
                    "AND kind = 'DRUG_QUERY' AND business_date BETWEEN :s AND :e {area} GROUP BY business_date",
}
DASHBOARD = ("daily", "top_keywords", "visits_by_division", "top_drugs")  # publicUsage sums totals from daily


def _norm(name: str, rows: Any) -> Any:
    """Results in one comparable shape (dicts for unordered figures, lists for rankings)."""
    if isinstance(rows, dict):
        return {k: int(v) for k, v in rows.items()}
    rows = [tuple(r) for r in rows]
    if name in ("top_keywords", "top_drugs"):
        return [(k, int(n)) for k, n in rows]
    if name == "daily":
        return {(d, k): int(n) for d, k, n in rows}
    if name == "totals" or name == "visits_by_division" or name == "drug_queries":
        return {k: int(n) for k, n in rows}
    return rows


async def _raw(s: Any, name: str, area: frozenset[str] | None, start: date, end: date, drug: int | None) -> Any:
    sql = RAW[name].format(area="" if area is None else "AND division_code = ANY(:area)")
    params: dict[str, Any] = {"s": start, "e": end}
    if area is not None:
        params["area"] = sorted(area)
    if name == "drug_queries":
        params["drug"] = drug
    return _norm(name, (await s.execute(text(sql), params)).all())


async def _new(s: Any, name: str, area: frozenset[str] | None, start: date, end: date, drug: int | None) -> Any:
    repo = UsageRepository(s)
    access = EngagementAccess(area)
    if name == "drug_queries":
        return _norm(name, await repo.drug_queries(access, drug or 0, start, end))
    return _norm(name, await getattr(repo, name)(access, start, end))


async def _time(db: Any, fn: Callable[[Any], Awaitable[Any]], repeat: int) -> tuple[float, Any]:
    """Median seconds of `repeat` runs (after one warm-up) and the last result."""
    times, result = [], None
    async with db.read_sessions() as s:
        result = await fn(s)
        for _ in range(repeat):
            t = time.perf_counter()
            result = await fn(s)
            times.append(time.perf_counter() - t)
    return statistics.median(times), result


async def _cases(db: Any, cases: list[tuple[str, frozenset[str] | None, date, date, tuple[str, ...]]],
                 drug: int, repeat: int, read: Callable[..., Awaitable[Any]]) -> dict[str, tuple[float, Any]]:
    out = {}
    for label, area, start, end, names in cases:
        async def run(s: Any, area: Any = area, start: date = start, end: date = end, names: Any = names) -> Any:
            return {n: await read(s, n, area, start, end, drug) for n in names}
        out[label] = await _time(db, run, repeat)
    return out


async def _exec(db: Any, sql: str, **params: Any) -> Any:
    async with db.write_sessions() as s:
        result = await s.execute(text(sql), params)
        await s.commit()
        return result


async def _vacuum(table: str) -> None:
    import asyncpg
    conn = await asyncpg.connect(os.environ["DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute(f"VACUUM ANALYZE {table}")
    finally:
        await conn.close()


async def main(events: int, days: int, repeat: int, keep: bool) -> None:
    db = create_database(get_settings(), pool_size=2)
    today = shanghai_today()
    rolled_before: set[date] = set()
    loaded = False
    try:
        async with db.read_sessions() as s:
            if await s.scalar(text("SELECT to_regclass('usage_rolled_day') IS NULL")):
                sys.exit("usage_rolled_day is missing: run `alembic upgrade head` on this database first")
            if await s.scalar(text("SELECT count(*) FROM usage_event WHERE channel = :c"), {"c": CHANNEL}):
                sys.exit(f"usage_event already holds {CHANNEL} events (a run with --keep?): remove them first")
            if await s.scalar(text("SELECT count(*) FROM usage_event WHERE channel <> :c AND occurred_at > "
                                   "now() - interval '2 minutes'"), {"c": CHANNEL}):
                sys.exit("usage events are being written (another benchmark on this database?): try again later")
            tree = await load_tree(s)
            rolled_before = set((await s.scalars(text("SELECT business_date FROM usage_rolled_day"))).all())
        t = time.perf_counter()
        loaded = True
        n = (await _exec(db, LOAD, n=events, days=days, today=today, channel=CHANNEL, keywords=3000,
                         drugs=5000)).rowcount
        await _vacuum("usage_event")
        print(f"loaded {n:,} {CHANNEL} events over {days} days up to {today} in {time.perf_counter() - t:.1f} s "
              "(untimed below; VACUUM ANALYZE included)")
        async with db.read_sessions() as s:
            total, per_day, today_n = (await s.execute(text(
                "SELECT count(*), count(*) / count(DISTINCT business_date), count(*) FILTER (WHERE business_date = "
                ":t) FROM usage_event"), {"t": today})).one()
            drug = await s.scalar(text(
                "SELECT drug_code_id FROM usage_event WHERE channel = :c AND kind = 'DRUG_QUERY' GROUP BY 1 "
                "ORDER BY count(*) DESC LIMIT 1"), {"c": CHANNEL})
        print(f"usage_event: {total:,} rows, ~{per_day:,} a day, {today_n:,} today; drug-file case: drug {drug}")

        region, prefecture = tree.subtree("650000"), tree.subtree("650100")
        year = today - timedelta(days=365)
        old = ("totals", *DASHBOARD)
        cases = [(f"region 650000, 366 days ({len(region)} codes)", region, year, today, DASHBOARD),
                 (f"prefecture 650100, 366 days ({len(prefecture)} codes)", prefecture, year, today, DASHBOARD),
                 ("region 650000, 30 days", region, today - timedelta(days=29), today, DASHBOARD),
                 ("drug file: one drug's query trend, no area limit, 366 days", None, year, today, ("drug_queries",)),
                 ("drug file: one drug's query trend, prefecture 650100, 366 days", prefecture, year, today,
                  ("drug_queries",))]

        # "before" on the schema as it was: usage_event's (kind, business_date) index, which 0013 replaced
        async with db.read_sessions() as s:
            old_index = not await s.scalar(text("SELECT to_regclass('ix_usage_event_kind_date') IS NOT NULL"))
        if old_index:
            await _exec(db, "CREATE INDEX ix_usage_event_kind_date ON usage_event (kind, business_date)")
            await _vacuum("usage_event")
        try:
            raw = await _cases(db, [(c[0], c[1], c[2], c[3], old if c[4] == DASHBOARD else c[4]) for c in cases],
                           drug, repeat, _raw)
        finally:
            if old_index:
                await _exec(db, "DROP INDEX ix_usage_event_kind_date")
        pending = await _cases(db, cases, drug, repeat, _new) if not rolled_before else None

        t = time.perf_counter()
        totals = await UsageRollup(db.write_sessions).run()
        roll_s = time.perf_counter() - t
        print(f"rollup of every past day (the job's first run): {roll_s:.1f} s {totals}")
        t = time.perf_counter()
        again = await UsageRollup(db.write_sessions).run()
        again_s = time.perf_counter() - t
        print(f"second run (nothing to roll): {again_s * 1000:.0f} ms {again}")
        t = time.perf_counter()
        await UsageRollup(db.write_sessions).run(days=[today - timedelta(days=1)])
        one_s = time.perf_counter() - t
        print(f"re-roll of one day: {one_s * 1000:.0f} ms")
        for table in ("usage_daily", "usage_item_daily", "usage_rolled_day"):
            await _vacuum(table)
        async with db.read_sessions() as s:
            sizes = (await s.execute(text("SELECT (SELECT count(*) FROM usage_daily), (SELECT count(*) FROM "
                                          "usage_item_daily)"))).one()
        print(f"rollup rows: usage_daily {sizes[0]:,}, usage_item_daily {sizes[1]:,} (VACUUM ANALYZE, untimed)")
        rolled = await _cases(db, cases, drug, repeat, _new)

        print()
        print("| case | raw aggregates (before) | new code, nothing rolled yet | rollup (after) | speed-up |")
        print("|---|---|---|---|---|")
        for label, *_ in cases:
            r_s, r_res = raw[label]
            a_s, a_res = rolled[label]
            r_res = {k: v for k, v in r_res.items() if k in a_res}
            if "daily" in a_res:  # the totals publicUsage now sums from the daily rows
                sums: dict[str, int] = {}
                for (_d, kind), n in a_res["daily"].items():
                    sums[kind] = sums.get(kind, 0) + n
                assert sums == raw[label][1]["totals"], f"{label}: totals differ: {sums} {raw[label][1]['totals']}"
            assert a_res == r_res, f"{label}: the rollup's figures differ from the raw ones: " + str(
                {k: (v, a_res[k]) for k, v in r_res.items() if a_res[k] != v})[:3000]
            p = "—"
            if pending is not None:
                p_s, p_res = pending[label]
                assert p_res == r_res, f"{label}: the unrolled figures differ from the raw ones"
                p = f"{p_s * 1000:.0f} ms"
            print(f"| {label} | {r_s * 1000:.0f} ms | {p} | **{a_s * 1000:.0f} ms** | {r_s / a_s:.0f}× |")
        print(f"\nfigures identical in all columns; median of {repeat} runs after a warm-up; "
              f"rollup of {totals['days']} days: {roll_s:.1f} s; second run {again_s * 1000:.0f} ms; "
              f"one day re-rolled {one_s * 1000:.0f} ms")
    finally:
        if loaded and not keep:
            await cleanup(db, rolled_before)
        await db.dispose()


async def cleanup(db: Any, rolled_before: set[date]) -> None:
    """Removes the synthetic events; unrolls the days the benchmark rolled and re-rolls those rolled before."""
    t = time.perf_counter()
    n = (await _exec(db, "DELETE FROM usage_event WHERE channel = :c", c=CHANNEL)).rowcount
    async with db.write_sessions() as s:
        ours = [d for d in (await s.scalars(text("SELECT business_date FROM usage_rolled_day"))).all()
                if d not in rolled_before]
        for table in ("usage_daily", "usage_item_daily", "usage_rolled_day"):
            await s.execute(text(f"DELETE FROM {table} WHERE business_date = ANY(:d)"), {"d": ours})
        await s.commit()
    if rolled_before:
        await UsageRollup(db.write_sessions).run(days=sorted(rolled_before))
    for table in ("usage_event", "usage_daily", "usage_item_daily", "usage_rolled_day"):
        await _vacuum(table)
    print(f"cleaned up: {n:,} {CHANNEL} events deleted, {len(ours)} rolled day(s) removed, "
          f"{len(rolled_before)} re-rolled ({time.perf_counter() - t:.1f} s)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--days", type=int, default=366)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", action="store_true", help="leave the synthetic events and the rollup in place")
    a = ap.parse_args()
    asyncio.run(main(a.events, a.days, a.repeat, a.keep))
