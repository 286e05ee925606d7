"""Demo data for the supply analyses: the daily supply rollup (rebuilt when the supply seeder added movements), the
institutions' stock history in it (SUP-44), and the region's focus lists (重点监测清单, SUP-42…45), chosen from the
codes the demo institutions stock. Idempotent: members already on a list are skipped, the rollup is rebuilt only when
it is stale, and stock history is written only for the levels the supply seeder has just created."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from domain.supply.daily import COLUMNS, LEVEL_COLUMNS, rebuild_daily

REGION = "650000"
# (kind, how many, which end of the "stocked by how many organisations" ranking, note)
LISTS = (
    ("SELECTED", 12, "most", "国家组织集中带量采购中选产品（演示）"),
    ("SHORTAGE", 6, "fewest", "易短缺药品监测（演示）"),
    ("HIGH_FREQUENCY", 8, "sold", "门诊高频使用（演示）"),
)


# The demo's stock levels are written directly (no reports), so their history is made up here: each institution's
# on-hand is carried back from its level through its demo movements (receipts added, sales taken off), floored at
# 0, over the `days` days up to the anchor; the day-to-day steps go into the rollup as a report's steps would.
STOCK_HISTORY = f"""
WITH inst AS (
  SELECT l.organisation_id AS o, l.drug_code_id AS d, org.division_code AS dv, l.on_hand
  FROM unnest(CAST(:o AS int[]), CAST(:d AS int[])) AS p(o, d)
  JOIN stock_level l ON l.organisation_id = p.o AND l.drug_code_id = p.d
  JOIN organisation org ON org.id = p.o AND org.subtype IN ('HOSPITAL', 'PHARMACY')),
net AS (
  SELECT m.organisation_id AS o, m.drug_code_id AS d, m.business_date AS day,
    sum(CASE WHEN m.kind = 'SALE' THEN -m.quantity ELSE m.quantity END) AS n
  FROM stock_movement m JOIN inst i ON i.o = m.organisation_id AND i.d = m.drug_code_id GROUP BY 1, 2, 3),
level AS (
  SELECT i.o, i.d, i.dv, x.day, greatest(0, i.on_hand - coalesce(sum(coalesce(net.n, 0)) OVER (
    PARTITION BY i.o, i.d ORDER BY x.day DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)) AS v
  FROM inst i CROSS JOIN LATERAL (SELECT CAST(:anchor AS date) - g AS day FROM generate_series(0, :days - 1) g) x
  LEFT JOIN net ON net.o = i.o AND net.d = i.d AND net.day = x.day),
steps AS (SELECT o, d, dv, day, v, lag(v) OVER (PARTITION BY o, d ORDER BY day) AS p FROM level)
INSERT INTO stock_daily (business_date, division_code, drug_code_id, {', '.join(COLUMNS)}, {', '.join(LEVEL_COLUMNS)})
SELECT day, dv, d, {', '.join('0' for _ in COLUMNS)}, sum(v - coalesce(p, 0)),
  sum(CAST(v > 0 AS int) - CAST(coalesce(p, 0) > 0 AS int)), sum(CAST(p IS NULL AS int))
FROM steps WHERE p IS NULL OR p <> v GROUP BY day, dv, d
ON CONFLICT (business_date, division_code, drug_code_id) DO UPDATE SET
  {', '.join(f'{c} = stock_daily.{c} + EXCLUDED.{c}' for c in LEVEL_COLUMNS)}"""


async def stock_history(s: AsyncSession, orgs: list[int], drugs: list[int], anchor: date, days: int) -> int:
    """Writes the made-up stock history of these new (organisation, drug) levels; returns the rollup rows touched."""
    result = await s.execute(text(STOCK_HISTORY), {"o": orgs, "d": drugs, "anchor": anchor, "days": days})
    return int(result.rowcount or 0)


class AnalysisSeeder:
    def __init__(self, base: Any) -> None:
        self.base, self.s = base, base.s

    async def run(self) -> None:
        await self.rollup()
        await self.focus_lists()

    async def rollup(self) -> None:
        stale = (await self.s.execute(text(
            "SELECT EXISTS (SELECT 1 FROM stock_movement) AND NOT EXISTS (SELECT 1 FROM stock_daily)"))).scalar()
        if stale or self.base.added.get("stock_movement"):
            self.base.note("stock_daily (rebuilt)", await rebuild_daily(self.s))

    async def focus_lists(self) -> None:
        admin = self.base.users.get("xj_admin")
        ranked = (await self.s.execute(text(
            "SELECT l.drug_code_id, count(*) FILTER (WHERE l.on_hand > 0) AS n FROM stock_level l "
            "JOIN organisation o ON o.id = l.organisation_id WHERE o.division_code LIKE '65%' "
            "GROUP BY l.drug_code_id ORDER BY n DESC, l.drug_code_id"))).all()
        if not ranked:
            return
        sold = [r[0] for r in (await self.s.execute(text(
            "SELECT drug_code_id FROM stock_daily GROUP BY drug_code_id "
            "ORDER BY sum(hospital_sales + pharmacy_sales) DESC, drug_code_id LIMIT 20"))).all()]
        ids = [r[0] for r in ranked]
        rows: list[dict[str, Any]] = []
        for kind, n, end, note in LISTS:
            pick = ids[:n] if end == "most" else ids[::-1][:n] if end == "fewest" else sold[:n]
            rows += [{"kind": kind, "d": d, "v": None, "note": note} for d in pick]
        # Rare-disease drugs are listed by variety (every code of the generic name).
        varieties = (await self.s.execute(text(
            "SELECT DISTINCT d.variety_id FROM drug_code d WHERE d.id = ANY(:ids) ORDER BY 1 LIMIT 3"),
            {"ids": ids[len(ids) // 2:]})).all()
        rows += [{"kind": "RARE_DISEASE", "d": None, "v": v, "note": "罕见病用药（演示）"} for (v,) in varieties]
        added = 0
        for r in rows:
            result = await self.s.execute(text(
                "INSERT INTO focus_list_member (owner_division, kind, drug_code_id, variety_id, note, added_by) "
                "VALUES (:o, :kind, :d, :v, :note, :by) ON CONFLICT DO NOTHING"), {"o": REGION, "by": admin, **r})
            added += int(result.rowcount or 0)
        self.base.note("focus_list_member", added)
