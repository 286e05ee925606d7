"""Supply benchmark: warning evaluation and the stocking statistics query, on whatever data DATABASE_URL holds.

    DATABASE_URL=postgresql://…/zhilian .venv/bin/python -m bench.supply [--repeat 5]

Measures, in-process against PostgreSQL (no HTTP): an evaluation of every enabled rule; a second run on the
same data (what the job does after a stock report: every rule again, nothing new to open); and the region and
prefecture stocking summaries (one GROUP BY each) as a region and a prefecture official would ask them."""
from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from sqlalchemy import text

from domain.divisions.repository import load_tree
from domain.shared.config import get_settings
from domain.shared.db import create_database
from domain.shared.principal import Principal
from domain.shared.scopes import Role, scopes_for
from domain.supply.access import OrgAccess
from domain.supply.repository import OrgCriteria, StockingGroupBy, StockingRepository
from domain.supply.service import WarningEvaluator


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
    finally:
        await db.dispose()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    asyncio.run(main(ap.parse_args().repeat))
