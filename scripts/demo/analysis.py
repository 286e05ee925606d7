"""Demo data for the supply analyses: the daily supply rollup (rebuilt when the supply seeder added movements)
and the region's focus lists (重点监测清单, SUP-42…45), chosen from the codes the demo institutions stock.
Idempotent: members already on a list are skipped, and the rollup is rebuilt only when it is stale."""
from __future__ import annotations

from typing import Any

from sqlalchemy import text

from domain.supply.daily import rebuild_daily

REGION = "650000"
# (kind, how many, which end of the "stocked by how many organisations" ranking, note)
LISTS = (
    ("SELECTED", 12, "most", "国家组织集中带量采购中选产品（演示）"),
    ("SHORTAGE", 6, "fewest", "易短缺药品监测（演示）"),
    ("HIGH_FREQUENCY", 8, "sold", "门诊高频使用（演示）"),
)


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
