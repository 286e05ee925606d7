"""The daily usage rollup (PUB-27): the dashboards' figures are the same before, during and after the rollup job;
the job is idempotent, never rolls today, and a back-dated event reaches the figures when its day is rolled again."""
from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from domain.shared.config import shanghai_today
from tests.helpers import Api, global_id, sql, unique
from tests.supply_helpers import codes

USAGE = """query($from: Date, $to: Date, $d: String) { publicUsage(from: $from, to: $to, divisionCode: $d) { from to divisionCode
  totals { drugQueries drugSearches institutionSearches institutionViews visits scans }
  trend { date drugQueries drugSearches institutionSearches visits scans } topKeywords { keyword count }
  visitsByDivision { divisionCode name visits } topDrugs { drug { code } count } } }"""
DRUG = """query($id: ID!, $from: Date) { node(id: $id) { ... on Drug {
  publicDisclosure(from: $from) { queryCount queryTrend { date count } } } } }"""
ROLLUP_TABLES = "usage_daily, usage_item_daily, usage_rolled_day"


def rollup(days: list[date] | None = None, today: date | None = None) -> dict[str, int]:
    """Runs the rollup job's use case once, as the worker would (or a re-roll of `days`)."""
    from domain.public.rollup import UsageRollup
    from domain.shared.config import Settings
    from domain.shared.db import create_database

    async def run() -> dict[str, int]:
        db = create_database(Settings.from_env(), pool_size=2)
        try:
            return await UsageRollup(db.write_sessions).run(days, today=today)
        finally:
            await db.dispose()
    return asyncio.run(run())


def rolled_days() -> dict[date, int]:
    return {r["business_date"]: r["events"] for r in sql("SELECT business_date, events FROM usage_rolled_day")}


def rollup_rows() -> list[Any]:
    return [tuple(r) for r in sql(
        "SELECT 'd', business_date, kind, division_code, '', events FROM usage_daily UNION ALL "
        "SELECT 'i', business_date, kind, division_code, item, events FROM usage_item_daily ORDER BY 1, 2, 3, 4, 5")]


def event(kind: str, d: date, div: str | None, kw: str | None = None, drug: int | None = None, n: int = 1) -> None:
    sql("INSERT INTO usage_event (kind, occurred_at, business_date, channel, division_code, keyword, drug_code_id) "
        "SELECT $1, $2::date + time '10:00', $2, 'MP_WEIXIN', $3, $4, $5 FROM generate_series(1, $6)",
        kind, d, div, kw, drug, n)


@pytest.fixture
def clean_rollup(database: None) -> Iterator[None]:
    """Starts with nothing rolled and leaves nothing rolled: other tests add events to past days and read them
    back at once, as if the job had not run yet."""
    sql(f"TRUNCATE {ROLLUP_TABLES}")
    yield
    sql(f"TRUNCATE {ROLLUP_TABLES}")


def test_figures_are_the_same_before_during_and_after_the_rollup(api: Api, clean_rollup: None) -> None:
    today = shanghai_today()
    days = [today - timedelta(days=k) for k in range(8)]  # today … a week ago
    (code,) = codes(1, 1994)
    drug = sql("SELECT id FROM drug_code WHERE code = $1", code)[0]["id"]
    kw = unique("常搜")
    for k, d in enumerate(days):
        event("VISIT", d, "650102", n=3 + k)
        event("VISIT", d, None, n=2)                                  # unknown division: '' in the rollup
        event("VISIT", d, "653101", n=k)
        event("DRUG_SEARCH", d, "650102", kw=kw, n=60 + k)
        event("DRUG_SEARCH", d, "650103", kw=f"  {kw} ", n=5)       # counted under the trimmed keyword
        event("DRUG_SEARCH", d, "650102", kw="   ", n=4)             # blank: a search, but no keyword
        event("DRUG_SEARCH", d, None, kw=None, n=1)
        event("DRUG_QUERY", d, "650102", drug=drug, n=70 + k)
        event("DRUG_QUERY", d, "653101", drug=drug, n=2)
        event("DRUG_QUERY", d, None, drug=drug, n=1)                 # unknown division
        event("DRUG_QUERY", d, "650102", drug=None, n=1)             # no drug: a query, but no item
        event("INSTITUTION_SEARCH", d, "650104", n=k)
        event("INSTITUTION_VIEW", d, None, n=1)

    def figures() -> dict[str, Any]:
        out: dict[str, Any] = {}
        for who, div, frm in (("xj_admin", "650000", today - timedelta(days=365)), ("xj_admin", "650000", days[6]),
                              ("wlmq_official", None, days[7]), ("kashi_official", None, days[7]),
                              ("xj_admin", "650102", days[3])):
            out[f"usage {who} {div} {frm}"] = api.gql(USAGE, {"from": frm.isoformat(), "d": div},
                                                       as_=who).ok()["publicUsage"]
        for who in ("xj_admin", "wlmq_official", "kashi_official"):   # xj_admin: the whole region, unknown too
            out[f"drug {who}"] = api.gql(DRUG, {"id": global_id("Drug", drug), "from": days[7].isoformat()},
                                         as_=who).ok()["node"]["publicDisclosure"]
        out["repository"] = unscoped(drug, days[7], today)
        return out

    raw = figures()                                                   # nothing rolled: all from usage_event
    region = raw[f"usage xj_admin 650000 {days[6]}"]
    assert {"keyword": kw, "count": sum(65 + k for k in range(7))} in region["topKeywords"]
    assert code in {t["drug"]["code"] for t in region["topDrugs"]}
    assert raw["drug xj_admin"]["queryCount"] == sum(72 + k for k in range(8))
    assert raw["repository"]["drug_queries"][days[1]] == 73 + 1                   # with no area: unknown too
    assert raw["repository"]["visits_by_division"][None] >= 16
    assert raw["drug kashi_official"]["queryCount"] == 16

    # part-way: some days rolled, the others (today among them) still raw
    assert rollup(days=[days[2], days[5]]) == {"days": 2, "events": rollup_events(days[2], days[5]), "skipped": 0}
    assert set(rolled_days()) == {days[2], days[5]}
    assert figures() == raw

    first = rollup()                                                  # the job: every past day with events
    assert first["days"] >= 5 and first["skipped"] == 0
    rolled = rolled_days()
    assert today not in rolled and set(days[1:]) <= set(rolled)
    assert all(v == n for v, n in ((rolled[d], count(d)) for d in rolled))
    assert figures() == raw
    rows = rollup_rows()
    assert ("i", days[1], "DRUG_SEARCH", "650103", kw, 5) in rows    # trimmed
    assert not [r for r in rows if r[0] == "i" and r[4].strip() == ""]
    assert ("d", days[1], "VISIT", "", "", 2 + extra_unknown_visits(days[1])) in rows

    assert rollup() == {"days": 0, "events": 0, "skipped": 0}        # again: nothing to do …
    assert rollup(days=list(rolled)) == {"days": len(rolled), "events": sum(rolled.values()), "skipped": 0}
    assert rollup_rows() == rows and rolled_days() == rolled        # … and a forced re-roll writes the same rows
    assert figures() == raw

    # A back-dated event for a day rolled long ago is not counted until that day is rolled again: the figures
    # stay what the rollup holds, the hourly run does not look at old days, a re-roll of the day brings it in.
    late = days[5]
    event("VISIT", late, "650102")
    assert figures() == raw
    assert rollup() == {"days": 0, "events": 0, "skipped": 0}
    assert rollup(days=[late]) == {"days": 1, "events": rolled[late] + 1, "skipped": 0}
    after = figures()
    assert after != raw
    for key in (f"usage wlmq_official None {days[7]}", f"usage xj_admin 650000 {days[6]}"):
        assert after[key]["totals"]["visits"] == raw[key]["totals"]["visits"] + 1
        day = next(t for t in after[key]["trend"] if t["date"] == late.isoformat())
        assert day["visits"] == next(t for t in raw[key]["trend"] if t["date"] == late.isoformat())["visits"] + 1
    raw = after

    # … whereas one for a recent day (yesterday, the day before) is picked up by the next run by itself.
    event("DRUG_QUERY", days[1], "653101", drug=drug)
    assert rollup() == {"days": 1, "events": rolled_days()[days[1]], "skipped": 0}
    assert rolled_days()[days[1]] == count(days[1])
    after = figures()
    assert after["drug kashi_official"]["queryCount"] == raw["drug kashi_official"]["queryCount"] + 1
    assert after["drug xj_admin"]["queryCount"] == raw["drug xj_admin"]["queryCount"] + 1

    # Now that every day is rolled again, the figures are exactly the raw aggregates once more.
    rolled_figures = figures()
    sql(f"TRUNCATE {ROLLUP_TABLES}")
    assert figures() == rolled_figures
    rollup()

    # Today is never rolled, even when asked for.
    assert rollup(days=[today, today + timedelta(days=1)]) == {"days": 0, "events": 0, "skipped": 2}
    assert today not in rolled_days()


def unscoped(drug: int, start: date, end: date) -> dict[str, Any]:
    """Every UsageRepository figure with no area (a caller who sees everything, events of unknown origin too)."""
    from domain.engagement.access import EngagementAccess
    from domain.engagement.usage import UsageRepository
    from domain.shared.config import Settings
    from domain.shared.db import create_database

    everywhere = EngagementAccess(None)

    async def run() -> dict[str, Any]:
        db = create_database(Settings.from_env(), pool_size=2)
        try:
            async with db.read_sessions() as s:
                repo = UsageRepository(s)
                return {"totals": await repo.totals(everywhere, start, end),
                        "daily": sorted(tuple(r) for r in await repo.daily(everywhere, start, end)),
                        "top_keywords": [tuple(r) for r in await repo.top_keywords(everywhere, start, end)],
                        "visits_by_division": await repo.visits_by_division(everywhere, start, end),
                        "top_drugs": [tuple(r) for r in await repo.top_drugs(everywhere, start, end)],
                        "drug_queries": {d: n for d, n in await repo.drug_queries(everywhere, drug, start, end)}}
        finally:
            await db.dispose()
    return asyncio.run(run())


def count(d: date) -> int:
    return sql("SELECT count(*) AS n FROM usage_event WHERE business_date = $1", d)[0]["n"]


def rollup_events(*ds: date) -> int:
    return sum(count(d) for d in ds)


def extra_unknown_visits(d: date) -> int:
    """Visits without a division on that day other than this test's (the demo data has some)."""
    return sql("SELECT count(*) AS n FROM usage_event WHERE business_date = $1 AND kind = 'VISIT' "
               "AND division_code IS NULL", d)[0]["n"] - 2


def test_the_job_rolls_only_days_before_today(clean_rollup: None) -> None:
    """With `today` moved back a few days, the run stops at the day before it."""
    today = shanghai_today()
    cut = today - timedelta(days=3)
    event("VISIT", cut, "650102")
    event("VISIT", cut - timedelta(days=1), "650102")
    rollup(today=cut)
    rolled = rolled_days()
    assert rolled and max(rolled) == cut - timedelta(days=1) and cut not in rolled
