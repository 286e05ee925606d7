"""Demo data for the analyses that read every source (DRUG-06 catalog stocking status, DRUG-24 settled sales,
SUP-44/45 focus lists), on top of what the other seeders write (stock for the stocked pool, settlements for six in
ten stocked institution × drug pairs, distributors' deliveries, free-text purchase needs):

- catalog drugs that no institution stocks but that were delivered recently get settlements at the receiving
  institution for half of them (近期有配送和结算), and a few catalog drugs nothing else shows are settled only
  (仅近期有医保结算);
- high-frequency and rare-disease drugs are delivered to institutions in the last weeks;
- rare-disease drugs are settled at institutions that do not stock them now (stock ran out), and insured persons
  register purchase needs for them — by code where they hold stock and where nobody does (unmet), and by name.

Dates are relative to today (Asia/Shanghai), so the default 30/90-day windows show them. Idempotent: every row
carries a natural key (settlement number, order number, client key) and is skipped when present."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from domain.shared.config import shanghai_today

INSTITUTION = "o.subtype IN ('HOSPITAL', 'PHARMACY')"
STOCKED_AT_INSTITUTIONS = f"""EXISTS (SELECT 1 FROM stock_level l JOIN organisation o ON o.id = l.organisation_id
  WHERE l.drug_code_id = e.drug_code_id AND l.on_hand > 0 AND {INSTITUTION})"""


class FocusSeeder:
    def __init__(self, base: Any) -> None:
        self.base, self.s = base, base.s
        self.today = shanghai_today()

    async def run(self) -> None:
        catalog = (await self.s.execute(text(
            "SELECT id FROM catalog_version WHERE state = 'PUBLISHED' AND owner_division = '650000' "
            "ORDER BY published_at DESC NULLS LAST, id DESC LIMIT 1"))).scalar()
        self.institutions = (await self.s.execute(text(
            f"SELECT o.id, o.division_code FROM organisation o WHERE {INSTITUTION} AND o.division_code LIKE '65%' "
            "ORDER BY o.id LIMIT 24"))).all()
        self.distributor = (await self.s.execute(text(
            "SELECT id, division_code FROM organisation WHERE subtype = 'DISTRIBUTOR' AND division_code LIKE '65%' "
            "ORDER BY id LIMIT 1"))).first()
        if not self.institutions:
            return
        rare = await self._focus_codes("RARE_DISEASE")
        frequent = await self._focus_codes("HIGH_FREQUENCY")
        await self.deliveries(frequent[:6] + rare[:4])
        if catalog is not None:  # after the deliveries above: they are part of what it reads
            await self.catalog_sources(catalog)
        await self.rare_settlements(rare)
        await self.rare_needs(rare)

    async def _focus_codes(self, kind: str) -> list[int]:
        return [r[0] for r in (await self.s.execute(text(
            "SELECT DISTINCT coalesce(m.drug_code_id, d.id) FROM focus_list_member m "
            "LEFT JOIN drug_code d ON d.variety_id = m.variety_id WHERE m.owner_division = '650000' AND m.kind = :k "
            "AND coalesce(m.drug_code_id, d.id) IS NOT NULL ORDER BY 1"), {"k": kind})).all()]

    async def _insert(self, sql: str, rows: list[dict[str, Any]], what: str) -> None:
        """Inserts row by row (a few dozen), skipping the ones already there; notes how many were new."""
        n = 0
        for r in rows:
            n += int((await self.s.execute(text(sql), r)).rowcount or 0)
        self.base.note(what, n)

    async def _settle(self, rows: list[dict[str, Any]], what: str) -> None:
        await self._insert("""
            INSERT INTO settlement_sale (organisation_id, drug_code_id, settlement_no, settled_on, quantity, amount,
                                         fund_amount)
            VALUES (:o, :d, :no, :day, :q, :a, :f) ON CONFLICT DO NOTHING""", rows, f"settlement_sale ({what})")

    @staticmethod
    def _sale(org: int, drug: int, key: str, day: Any, qty: int) -> dict[str, Any]:
        price = Decimal(20 + drug % 180)
        return {"o": org, "d": drug, "no": f"DEMO-{key}-{org}-{drug}", "day": day, "q": Decimal(qty),
                "a": price * qty, "f": (price * qty * Decimal("0.7")).quantize(Decimal("0.01"))}

    async def catalog_sources(self, catalog: int) -> None:
        delivered = (await self.s.execute(text(f"""
            SELECT DISTINCT ON (x.drug_code_id) x.drug_code_id, x.institution_id, x.delivered_date
            FROM delivery_order x JOIN catalog_entry e ON e.drug_code_id = x.drug_code_id AND e.version_id = :c
            WHERE x.delivered_qty > 0 AND x.delivered_date IS NOT NULL AND NOT {STOCKED_AT_INSTITUTIONS}
            ORDER BY x.drug_code_id, x.delivered_date DESC"""), {"c": catalog})).all()
        rows = [self._sale(inst, drug, "DS", day, 1 + k % 3) for k, (drug, inst, day) in enumerate(delivered) if k % 2 == 0]
        quiet = [r[0] for r in (await self.s.execute(text(f"""
            SELECT e.drug_code_id FROM catalog_entry e WHERE e.version_id = :c AND NOT {STOCKED_AT_INSTITUTIONS}
              AND NOT EXISTS (SELECT 1 FROM delivery_order x WHERE x.drug_code_id = e.drug_code_id)
            ORDER BY e.drug_code_id DESC LIMIT 6"""), {"c": catalog})).all()]
        for k, drug in enumerate(quiet):
            for j in range(2):
                org = self.institutions[(k * 5 + j * 11) % len(self.institutions)][0]
                rows.append(self._sale(org, drug, "SO", self.today - timedelta(days=3 + k * 4 + j), 1 + j))
        await self._settle(rows, "catalog drugs not stocked")

    async def deliveries(self, drugs: list[int]) -> None:
        if self.distributor is None or not drugs:
            return
        rows = []
        for k, drug in enumerate(drugs):
            for j in range(2):
                inst = self.institutions[(k * 3 + j * 7) % len(self.institutions)][0]
                ordered = self.today - timedelta(days=4 + (k * 3 + j * 5) % 20)
                qty = Decimal(10 * (1 + (k + j) % 5))
                rows.append({"dist": self.distributor[0], "div": self.distributor[1], "no": f"DEMO-FOCUS-{k:02d}{j}",
                             "i": inst, "d": drug, "q": qty, "od": ordered, "due": ordered + timedelta(days=3),
                             "dd": ordered + timedelta(days=1 + (k + j) % 3)})
        await self._insert("""
            INSERT INTO delivery_order (distributor_id, division_code, order_no, institution_id, drug_code_id,
              ordered_qty, delivered_qty, order_date, due_date, delivered_date, status)
            VALUES (:dist, :div, :no, :i, :d, :q, :q, :od, :due, LEAST(:dd, CAST(:today AS date)), 'DELIVERED')
            ON CONFLICT DO NOTHING""", [{**r, "today": self.today} for r in rows], "delivery_order (focus drugs)")

    async def rare_settlements(self, rare: list[int]) -> None:
        """Rare-disease drugs settled at institutions that hold none now (their stock ran out)."""
        rows = []
        for k, drug in enumerate(rare[:6]):
            holders = {r[0] for r in (await self.s.execute(text(
                "SELECT organisation_id FROM stock_level WHERE drug_code_id = :d AND on_hand > 0"), {"d": drug})).all()}
            others = [o for o, _ in self.institutions if o not in holders]
            for j, org in enumerate(others[k % 3: k % 3 + 2]):
                rows.append(self._sale(org, drug, "RD", self.today - timedelta(days=2 + (k * 5 + j * 3) % 25), 1))
        await self._settle(rows, "rare-disease drugs")

    async def rare_needs(self, rare: list[int]) -> None:
        """Purchase needs for rare-disease drugs: by code in a county where someone holds it and in one where nobody
        does, and by generic name only."""
        people = [r[0] for r in (await self.s.execute(text(
            "SELECT id FROM insured_person WHERE subject LIKE 'demo-insured-%' ORDER BY id LIMIT 12"))).all()]
        if not people or not rare:
            return
        counties = [r[0] for r in (await self.s.execute(text(
            "SELECT code FROM division WHERE level = 'COUNTY' AND code LIKE '65%' ORDER BY code"))).all()]
        rows = []
        for k, drug in enumerate(rare[:6]):
            info = (await self.s.execute(text(
                "SELECT d.code, d.generic_name, d.spec FROM drug_code d WHERE d.id = :d"), {"d": drug})).first()
            held = [r[0] for r in (await self.s.execute(text(
                "SELECT DISTINCT o.division_code FROM stock_level l JOIN organisation o ON o.id = l.organisation_id "
                f"WHERE l.drug_code_id = :d AND l.on_hand > 0 AND {INSTITUTION} ORDER BY 1"), {"d": drug})).all()]
            unheld = [c for c in counties if c not in held]
            places = ([(held[0], drug)] if held else []) + [(unheld[(k * 7) % len(unheld)], drug),
                                                           (unheld[(k * 7 + 3) % len(unheld)], None)]
            for j, (place, code) in enumerate(places):
                rows.append({"p": people[(k * 3 + j) % len(people)], "n": info.generic_name, "d": code,
                             "spec": info.spec, "q": Decimal(1 + j), "div": place, "key": f"demo-rare-{k}-{j}",
                             "phone": f"138{(k * 7919 + j * 104729) % 100000000:08d}",
                             "day": self.today - timedelta(days=1 + (k * 4 + j * 6) % 24)})
        await self._insert("""
            INSERT INTO purchase_need (insured_id, drug_name, drug_code_id, spec, quantity, division_code, note,
              contact_phone, client_key, state, business_date, created_at, updated_at)
            VALUES (:p, :n, :d, :spec, :q, :div, '罕见病用药，附近买不到（演示）', :phone, :key, 'SUBMITTED', :day,
                    CAST(:day AS date) + time '10:00', CAST(:day AS date) + time '10:00')
            ON CONFLICT DO NOTHING""", rows, "purchase_need (rare-disease drugs)")
