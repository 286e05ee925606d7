"""Demo exchange data (all synthetic): the procurement interface account, wholesalers' offers with prices and listing
data, one 报盘 upload of xj_wholesaler with failed rows to correct, and distributors' delivery orders.
Idempotent: every insert skips what is already there."""
from __future__ import annotations

import io
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text

from domain.exchange.files import OFFER_COLUMNS, cell_text
from domain.exchange.models import WholesaleUpload
from domain.exchange.rules import OfferChecker
from domain.identity.models import Organisation, User
from domain.identity.passwords import hash_password

INTERFACE_ORG = ("ZC650000", "新疆医保招采子系统接口（演示）")
INTERFACE_USER = ("xj_zhaocai", "招采接口（演示）")


class ExchangeSeeder:
    def __init__(self, supply: Any) -> None:
        self.supply, self.base, self.s, self.h, self.seed = supply, supply.base, supply.s, supply.h, supply.seed

    async def run(self, anchor: Any, password: str) -> None:
        self.anchor = anchor
        await self.interface_account(password)
        await self.offers()
        await self.upload()
        await self.deliveries()

    async def interface_account(self, password: str) -> None:
        from scripts.demo.seed import _insert

        self.base.note("organisation (interface)", await _insert(self.s, Organisation, [
            {"code": INTERFACE_ORG[0], "name": INTERFACE_ORG[1], "kind": "PARTNER", "division_code": "650000"}],
            ["code"]))
        org = await self.s.scalar(select(Organisation.id).where(Organisation.code == INTERFACE_ORG[0]))
        self.base.note("app_user", await _insert(self.s, User, [
            {"username": INTERFACE_USER[0], "password_hash": hash_password(password), "display_name": INTERFACE_USER[1],
             "role": "PARTNER", "posts": ["EXCHANGE_INTERFACE"], "organisation_id": org, "active": True,
             "failed_logins": 0}], ["username"]))

    async def offers(self) -> None:
        """Every wholesaler's stocked codes become offers with a synthetic purchase price and listing data."""
        result = await self.s.execute(text("""
            INSERT INTO wholesale_offer (organisation_id, drug_code_id, division_code, stock_qty, purchase_price,
                                         purchase_date, listing_status, listing_id, listing_price, as_of, source)
            SELECT l.organisation_id, l.drug_code_id, o.division_code, l.on_hand,
                   round(CAST(1 + (l.drug_code_id * 37 + l.organisation_id * 11) % 9000 AS numeric) / 100, 2),
                   l.as_of - (l.drug_code_id % 20),
                   CASE WHEN l.drug_code_id % 10 < 8 THEN 'LISTED' ELSE 'UNLISTED' END,
                   CASE WHEN l.drug_code_id % 10 < 8 THEN 'GW' || lpad(CAST(l.drug_code_id AS text), 8, '0') END,
                   CASE WHEN l.drug_code_id % 10 < 8 THEN
                     round(CAST(1 + (l.drug_code_id * 37) % 9000 AS numeric) / 100 * 1.08, 2) END,
                   l.as_of, 'API'
            FROM stock_level l JOIN organisation o ON o.id = l.organisation_id
            WHERE o.subtype = 'WHOLESALER'
            ON CONFLICT DO NOTHING"""))
        self.base.note("wholesale_offer", int(result.rowcount or 0))

    async def upload(self) -> None:
        """xj_wholesaler's 报盘 of the anchor day: most rows fine, three with reasons to correct and re-upload."""
        from openpyxl import Workbook

        org = await self.s.scalar(select(User.organisation_id).where(User.username == "xj_wholesaler"))
        user = await self.s.scalar(select(User.id).where(User.username == "xj_wholesaler"))
        if org is None or await self.s.scalar(select(WholesaleUpload.id).where(WholesaleUpload.organisation_id == org)):
            return
        codes = sorted(self.base.drug_ids)[5:15]
        day = self.anchor.isoformat()
        rows = [[c, None, 20 + 7 * i, f"{3 + i}.{i}0", day, day, "已挂网", f"GW-DEMO-{i:03d}", f"{4 + i}.00"]
                for i, c in enumerate(codes)]
        rows[2][2] = -5                       # negative quantity
        rows[4][3] = "12.345"                 # three decimals
        rows[6][0] = rows[6][0][:-1] + "Z"    # not in master data (well-formed or not, it fails)
        wb = Workbook()
        ws = wb.active
        ws.title = "药品上传"
        ws.append([c.title for c in OFFER_COLUMNS])
        for r in rows:
            ws.append(r)
        buf = io.BytesIO()
        wb.save(buf)
        content = buf.getvalue()
        checker = OfferChecker(dict(self.base.drug_ids), self.anchor + timedelta(days=1))
        results, good = [], []
        for line, r in enumerate(rows, start=2):
            raw = {c.key: (r[i] if i < len(r) else None) for i, c in enumerate(OFFER_COLUMNS)}
            row, errs = checker.check(line, raw)
            results.append((line, cell_text(raw["drug_code"]), {c.key: cell_text(raw[c.key]) for c in OFFER_COLUMNS},
                            "SUCCEEDED" if row else "FAILED",
                            [{"column": e.column, "code": e.code, "message": e.message} for e in errs]))
            if row:
                good.append(row)
        failed = len(rows) - len(good)
        division = await self.s.scalar(select(Organisation.division_code).where(Organisation.id == org))
        up = WholesaleUpload(organisation_id=org, division_code=division, uploaded_by=user, file_name="报盘-演示.xlsx",
                             file_format="XLSX", file_size=len(content), file_content=content, attempt=1,
                             state="FAILED", total_rows=len(rows), succeeded_rows=len(good), failed_rows=failed,
                             imported_rows=len(good), failure_code="ROWS_FAILED",
                             failure_message=f"{failed} 行校验失败（未入库），{len(good)} 行已入库；请按失败原因修正后重传失败的行")
        self.s.add(up)
        await self.s.flush()
        import orjson

        await self.s.execute(text(
            "INSERT INTO wholesale_upload_row (upload_id, attempt, row_no, drug_code, values, status, errors) "
            "SELECT :u, 1, n, c, CAST(v AS jsonb), s, CAST(e AS jsonb) FROM unnest(CAST(:n AS int[]), "
            "CAST(:c AS text[]), CAST(:v AS text[]), CAST(:s AS text[]), CAST(:e AS text[])) AS x(n, c, v, s, e)"),
            {"u": up.id, "n": [r[0] for r in results], "c": [r[1] for r in results],
             "v": [orjson.dumps(r[2]).decode() for r in results], "s": [r[3] for r in results],
             "e": [orjson.dumps(r[4]).decode() for r in results]})
        for r in good:
            await self.s.execute(text(
                "INSERT INTO wholesale_offer (organisation_id, drug_code_id, division_code, stock_qty, purchase_price, "
                "purchase_date, listing_status, listing_id, listing_price, as_of, source, upload_id) VALUES "
                "(:o, :d, :div, :q, :p, :pd, :ls, :li, :lp, :a, 'UPLOAD', :u) ON CONFLICT (organisation_id, drug_code_id) "
                "DO UPDATE SET stock_qty = EXCLUDED.stock_qty, purchase_price = EXCLUDED.purchase_price, "
                "listing_status = EXCLUDED.listing_status, listing_id = EXCLUDED.listing_id, "
                "listing_price = EXCLUDED.listing_price, source = 'UPLOAD', upload_id = EXCLUDED.upload_id"),
                {"o": org, "d": self.base.drug_ids[r.drug_code], "div": division, "q": r.stock_qty,
                 "p": r.purchase_price, "pd": r.purchase_date, "ls": r.listing_status, "li": r.listing_id,
                 "lp": r.listing_price, "a": r.as_of, "u": up.id})
        self.base.note("wholesale_upload", 1)

    async def deliveries(self) -> None:
        """Each of the first demo distributors delivers ~20 order lines to focus-county institutions in the last
        30 days: most on time, some late, some in transit or pending."""
        dists = [o for o in self.supply.orgs if o.subtype == "DISTRIBUTOR"][:3]
        insts = [o for o in self.supply.orgs if o.subtype in ("HOSPITAL", "PHARMACY")][:12]
        pool = sorted(self.base.drug_ids)[::max(1, len(self.base.drug_ids) // 40)][:40]
        rows: list[dict[str, Any]] = []
        for k, d in enumerate(dists):
            for i in range(20):
                r = self.h(self.seed, "delivery", d.code, i)
                inst = insts[r % len(insts)]
                order_day = self.anchor - timedelta(days=1 + r // 7 % 28)
                due = order_day + timedelta(days=3)
                ordered = Decimal(10 + r % 90)
                kind = r // 100 % 10
                if kind < 6:      # on time
                    status, delivered, when = "DELIVERED", ordered, order_day + timedelta(days=1 + r % 3)
                elif kind < 8:    # late
                    status, delivered, when = "DELIVERED", ordered, due + timedelta(days=1 + r % 4)
                elif kind < 9:
                    status, delivered, when = "IN_TRANSIT", (ordered / 2).quantize(Decimal(1)), None
                else:
                    status, delivered, when = "PENDING", Decimal(0), None
                if when is not None and when > self.anchor:
                    when = self.anchor
                rows.append({"d": d.id, "div": d.division_code, "no": f"PO{self.anchor:%Y%m}{k:02d}{i // 2:04d}",
                             "i": inst.id, "drug": self.base.drug_ids[pool[(r // 1000 + i) % len(pool)]],
                             "q": ordered, "dq": delivered, "od": order_day, "due": due, "dd": when, "s": status})
        n = 0
        for r in rows:
            res = await self.s.execute(text(
                "INSERT INTO delivery_order (distributor_id, division_code, order_no, institution_id, drug_code_id, "
                "ordered_qty, delivered_qty, order_date, due_date, delivered_date, status) VALUES "
                "(:d, :div, :no, :i, :drug, :q, :dq, :od, :due, :dd, :s) ON CONFLICT DO NOTHING"), r)
            n += int(res.rowcount or 0)
        self.base.note("delivery_order", n)
