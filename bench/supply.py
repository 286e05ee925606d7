"""Supply benchmark: warning evaluation and the stocking statistics query, on whatever data DATABASE_URL holds.

    DATABASE_URL=postgresql://…/zhilian .venv/bin/python -m bench.supply [--repeat 5]

Measures, in-process against PostgreSQL (no HTTP): an evaluation of every enabled rule; a second run on the
same data (what the job does after a stock report: every rule again, nothing new to open); and the region and
prefecture stocking summaries (one GROUP BY each) as a region and a prefecture official would ask them; and the
supply analyses (coverage, trend, ranking, a focus list) as a region official asks them."""
from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from domain.divisions.repository import load_tree
from domain.shared.config import get_settings
from domain.shared.db import create_database
from domain.shared.principal import Principal
from domain.shared.scopes import Role, scopes_for
from domain.shared.pagination import PageRequest
from domain.supply.access import AreaAccess, OrgAccess
from domain.supply.analysis import AnalysisRepository
from domain.supply.criteria import Granularity, OrgCriteria, RankBy, StockingGroupBy, Window
from domain.supply.evaluation import FULL, INCREMENTAL, WINDOW_SALES_UPSERT, WarningEvaluator
from domain.supply.focus_lists import FocusListRepository
from domain.supply.stocking import StockingRepository


async def main(repeat: int) -> None:
    db = create_database(get_settings(), pool_size=2)
    try:
        async with db.read_sessions() as s:
            tree = await load_tree(s)
            sizes = (await s.execute(text(
                "SELECT (SELECT count(*) FROM organisation WHERE subtype IS NOT NULL), (SELECT count(*) FROM "
                "stock_level), (SELECT count(*) FROM stock_movement), (SELECT count(*) FROM drug_code)"))).one()
        print(f"data: {sizes[0]} supply entities, {sizes[1]} stock levels, {sizes[2]} movements, {sizes[3]} codes")
        for label in ("evaluation of all rules, run 1", "evaluation of all rules, run 2 (same data)"):
            t = time.perf_counter()
            totals = await WarningEvaluator(db.write_sessions).run()
            print(f"{label}: {time.perf_counter() - t:.2f} s {totals}")
        await incremental(db)
        for division, role, group_by in (("650000", Role.REGION_OFFICIAL, StockingGroupBy.TOTAL),
                                         ("650000", Role.REGION_OFFICIAL, StockingGroupBy.PREFECTURE),
                                         ("650100", Role.PREFECTURE_OFFICIAL, StockingGroupBy.COUNTY)):
            who = Principal(user_id=None, username="bench", display_name="bench", role=role, posts=frozenset(),
                            scopes=scopes_for(role, frozenset()), org_id=None, division_code=division,
                            area=tree.area(division))
            times = []
            async with db.read_sessions() as s:
                repo = StockingRepository(s)
                catalog = await repo.latest_catalog(who.area.visible_codes)
                for _ in range(repeat):
                    t = time.perf_counter()
                    await repo.summary(OrgAccess.of(who), OrgCriteria(), group_by, catalog)
                    times.append(time.perf_counter() - t)
            print(f"stocking summary {division} by {group_by}: median {statistics.median(times) * 1000:.0f} ms "
                  f"(max {max(times) * 1000:.0f} ms, {repeat} runs)")
        await analyses(db, tree, repeat)
    finally:
        await db.dispose()


async def incremental(db: Any) -> None:
    """One day of new data, then the incremental run the stock reports trigger. The day: every institution and
    enterprise reports one more business day for every code it stocks (a sale of ~1/30 of its stock, the level
    moved on by a day), written in bulk SQL (untimed) and undone afterwards, so the data set stays as seeded."""
    async with db.write_sessions() as s:
        await s.execute(text("DROP TABLE IF EXISTS bench_level_backup"))
        await s.execute(text("CREATE TABLE bench_level_backup AS SELECT organisation_id, drug_code_id, on_hand, as_of, "
                             "updated_at FROM stock_level"))
        t = time.perf_counter()
        moved = (await s.execute(text("""
            INSERT INTO stock_movement (organisation_id, drug_code_id, business_date, kind, quantity)
            SELECT organisation_id, drug_code_id, as_of + 1, 'SALE', round(on_hand / 30, 3)
            FROM stock_level WHERE on_hand > 0"""))).rowcount
        await s.execute(text("""
            UPDATE stock_level SET on_hand = on_hand - round(on_hand / 30, 3), as_of = as_of + 1, updated_at = now()
            WHERE on_hand > 0"""))
        await s.commit()
        print(f"one day of new data: {moved} sale movements, {moved} levels moved on a day "
              f"(bulk SQL, {time.perf_counter() - t:.1f} s, untimed)")
        # what each of that day's stock reports does for its own codes (StockRepository.refresh_window_sales)
        t = time.perf_counter()
        await s.execute(text(WINDOW_SALES_UPSERT.format(pairs="""
            SELECT l.organisation_id, l.drug_code_id, l.as_of, w.d FROM stock_level l
            CROSS JOIN (SELECT DISTINCT window_days AS d FROM warning_rule
                        WHERE metric = 'DAYS_OF_STOCK' AND enabled AND deleted_at IS NULL) w
            WHERE l.updated_at >= now() - interval '1 minute'""")))
        await s.commit()
        print(f"the day's reports' window-sales upkeep, all at once: {time.perf_counter() - t:.1f} s (untimed; "
              f"spread over the day's reports it is a few index ranges per reported code)")
    try:
        t = time.perf_counter()
        totals = await WarningEvaluator(db.write_sessions).run(mode=INCREMENTAL)
        print(f"incremental evaluation after one day of new data: {time.perf_counter() - t:.2f} s {totals}")
        t = time.perf_counter()
        totals = await WarningEvaluator(db.write_sessions).run(mode=INCREMENTAL)
        print(f"incremental evaluation with nothing new since (margin only): {time.perf_counter() - t:.2f} s {totals}")
    finally:
        async with db.write_sessions() as s:
            await s.execute(text("DELETE FROM stock_movement m USING bench_level_backup b WHERE m.batch_id IS NULL "
                                 "AND m.organisation_id = b.organisation_id AND m.drug_code_id = b.drug_code_id "
                                 "AND m.business_date = b.as_of + 1 AND m.kind = 'SALE'"))
            await s.execute(text("UPDATE stock_level l SET on_hand = b.on_hand, as_of = b.as_of, "
                                 "updated_at = b.updated_at FROM bench_level_backup b WHERE "
                                 "l.organisation_id = b.organisation_id AND l.drug_code_id = b.drug_code_id"))
            await s.execute(text("DROP TABLE bench_level_backup"))
            await s.commit()
        t = time.perf_counter()
        totals = await WarningEvaluator(db.write_sessions).run(mode=FULL)  # warnings back as they were
        print(f"full evaluation after restoring the data (recomputes the restored levels' window sales first): "
              f"{time.perf_counter() - t:.2f} s {totals}")


async def analyses(db: Any, tree: Any, repeat: int) -> None:
    """The heaviest supply analyses (SUP-39 coverage, SUP-40 trend, SUP-42…45 focus lists) as a region official
    asks them, over the 30 (trend by day) and 365 (by month) days up to the newest business date."""
    area = AreaAccess(tree.area("650000").codes, None)
    async with db.read_sessions() as s:
        repo = AnalysisRepository(s)
        catalog = await StockingRepository(s).latest_catalog(tree.area("650000").visible_codes)
        end = await s.scalar(text("SELECT max(business_date) FROM stock_daily")) or date.today()
        last30, last365 = Window(end - timedelta(days=29), end), Window(end - timedelta(days=364), end)
        members = list((await s.scalars(text("SELECT id FROM focus_list_member WHERE kind = 'SELECTED' "
                                              "ORDER BY id LIMIT 20"))).all())
        cases = [("coverage 650000 (catalog codes by prefecture)", lambda: repo.coverage(area, catalog)),
                 ("trend 650000 by day, 30 days", lambda: repo.trend(area, last30, Granularity.DAY)),
                 ("trend 650000 by month, 365 days", lambda: repo.trend(area, last365, Granularity.MONTH)),
                 ("ranking 650000 by institution receipts, 30 days",
                  lambda: repo.ranking_page(area, last30, RankBy.INSTITUTION_RECEIVED, PageRequest(20))),
                 ("focus list SELECTED, 20 members by prefecture, 30 days",
                  lambda: _focus(repo, FocusListRepository(s), area, members, last30))]
        for label, run in cases:
            if catalog is None and label.startswith("coverage"):
                continue
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                await run()
                times.append(time.perf_counter() - t)
            print(f"{label}: median {statistics.median(times) * 1000:.0f} ms (max {max(times) * 1000:.0f} ms, "
                  f"{repeat} runs)")


async def _focus(repo: AnalysisRepository, lists: FocusListRepository, area: AreaAccess, members: list[int],
                 w: Window) -> None:
    await repo.figures(area, await lists.member_drug_ids(members), w, by_prefecture=True)
    await repo.list_reach(area, "SELECTED")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    asyncio.run(main(ap.parse_args().repeat))
