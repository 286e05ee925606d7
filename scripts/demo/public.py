"""Demo data of the public drug finder: institution positions and public information, trace codes of the
stocked drugs, insurance-settled sales (PUB-08), and the partner accounts of PUB-28/29 and the settlement feed.

Positions are SYNTHETIC: each institution sits at a deterministic offset (a few kilometres) from its county
seat's coordinates in divisions.csv; they are not real addresses."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from domain.identity.models import Organisation, User
from domain.identity.passwords import hash_password
from domain.shared.config import shanghai_today

PARTNERS = [
    # (organisation code, organisation name, username, display name, post)
    ("NHSA000000", "国家医保服务平台（演示）", "nhsa_public", "国家医保公众号/App 接口（演示）", "PUBLIC_SERVICE_INTERFACE"),
    ("JS650000", "新疆医保结算子系统接口（演示）", "xj_settlement", "医保结算数据接口（演示）", "SETTLEMENT_INTERFACE"),
]


class PublicSeeder:
    def __init__(self, base: Any, password: str) -> None:
        self.base, self.s, self.password = base, base.s, password

    async def run(self) -> None:
        await self.positions()
        await self.trace_products()
        await self.settlements()
        await self.partners()

    async def positions(self) -> None:
        result = await self.s.execute(text("""
            UPDATE organisation o SET
              lat = d.lat::float8 + ((abs(hashtext(o.code || '-lat')) % 10000) / 10000.0 - 0.5) * 0.06,
              lon = d.lon::float8 + ((abs(hashtext(o.code || '-lon')) % 10000) / 10000.0 - 0.5) * 0.08,
              public_phone = COALESCE(o.public_phone, o.contact_phone),
              business_hours = COALESCE(o.business_hours, CASE
                WHEN o.subtype = 'HOSPITAL' THEN '门诊 08:00-20:00，急诊 24 小时'
                WHEN abs(hashtext(o.code)) % 5 = 0 THEN '24 小时营业'
                ELSE '08:30-22:00' END),
              intro = COALESCE(o.intro, CASE WHEN o.subtype = 'HOSPITAL' THEN '医保定点医疗机构（演示数据）'
                                             ELSE '医保定点零售药店，支持医保电子凭证结算（演示数据）' END)
            FROM division d
            WHERE d.code = o.division_code AND o.subtype IN ('HOSPITAL', 'PHARMACY') AND o.lat IS NULL
              AND d.lat IS NOT NULL"""))
        self.base.note("organisation position", int(result.rowcount or 0))

    async def trace_products(self) -> None:
        # 药品标识码: 7 digits beginning with 8, one per stocked drug code (synthetic numbering).
        result = await self.s.execute(text("""
            INSERT INTO trace_product (prefix, drug_code_id, pack_note)
            SELECT '8' || lpad(CAST((d * 7919) % 1000000 AS text), 6, '0'), d, '最小销售包装'
            FROM (SELECT DISTINCT drug_code_id AS d FROM stock_level) s
            ON CONFLICT DO NOTHING"""))
        self.base.note("trace_product", int(result.rowcount or 0))

    async def settlements(self) -> None:
        # Six in ten stocked institution × drug pairs have insured sales; their latest within the last 150 days,
        # so the "recently settled" indicator is true for some and false for others.
        today = shanghai_today()
        result = await self.s.execute(text("""
            INSERT INTO settlement_sale (organisation_id, drug_code_id, settlement_no, settled_on, quantity, amount,
                                         fund_amount)
            SELECT l.organisation_id, l.drug_code_id,
                   'SETL' || l.organisation_id || '-' || l.drug_code_id || '-' || g,
                   CAST(:today AS date) - ((abs(hashtext(o.code || l.drug_code_id)) % 150) + g * 9),
                   1 + g % 3, price * (1 + g % 3), round(price * (1 + g % 3) * 0.7, 2)
            FROM stock_level l JOIN organisation o ON o.id = l.organisation_id
            CROSS JOIN LATERAL (SELECT round(CAST(5 + (l.drug_code_id * 37) % 300 AS numeric) / 3, 2) AS price) p
            CROSS JOIN generate_series(0, 1 + abs(hashtext(o.code)) % 2) AS g
            WHERE o.subtype IN ('HOSPITAL', 'PHARMACY') AND abs(hashtext(o.code || '-' || l.drug_code_id)) % 10 < 6
            ON CONFLICT DO NOTHING"""), {"today": today})
        self.base.note("settlement_sale", int(result.rowcount or 0))

    async def partners(self) -> None:
        from scripts.demo.seed import _insert

        await _insert(self.s, Organisation, [{"code": c, "name": n, "kind": "PARTNER", "division_code": "650000"}
                                             for c, n, *_ in PARTNERS], ["code"])
        ids = dict((await self.s.execute(select(Organisation.code, Organisation.id).where(
            Organisation.code.in_([c for c, *_ in PARTNERS])))).all())
        password = hash_password(self.password)
        self.base.note("app_user", await _insert(self.s, User, [
            {"username": u, "password_hash": password, "display_name": name, "role": "PARTNER", "posts": [post],
             "organisation_id": ids[c], "active": True, "failed_logins": 0} for c, _, u, name, post in PARTNERS],
            ["username"]))
