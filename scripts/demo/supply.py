"""Demo supply data: designated institutions and enterprises with real-format codes, their staff, stock levels,
about 30 days of movements with plausible shortages, and default warning rules (all synthetic).

Sizes scale with the drug-code count: small (2k codes) → 40 hospitals, 60 pharmacies, 8 + 8 enterprises, ≈ 2.5k
stock levels and 70k movements; large (200k) → 4,000 hospitals, 6,000 pharmacies, 200 + 200 enterprises,
≈ 500k levels and 14 million movements. Business dates end on ANCHOR (a fixed
day, so that a second run adds nothing and days of stock stay comparable between runs)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text

from domain.audit.models import AuditEntry
from domain.identity.models import Organisation, User
from domain.identity.passwords import hash_password
from domain.supply.codes import InstitutionCode, check_credit_code, credit_check_char, parse_institution_code
from domain.supply.models import WarningRule

ANCHOR = date(2026, 11, 27)
DAYS = 30
PASSWORD = "Demo@2026"
FOCUS_COUNTIES = ("650102", "650103", "650104", "650105", "653101", "650202")
OTHER_ROOTS = ("150900", "410500", "410200")
HOSPITAL_WORDS = ("人民医院", "中医医院", "第二人民医院", "妇幼保健院", "社区卫生服务中心", "中西医结合医院", "骨科医院", "眼科医院")
PHARMACY_WORDS = ("大药房", "医药连锁店", "平价药房", "健康药店", "康民药房")
ENTERPRISE_WORDS = {"WHOLESALER": "医药有限公司", "DISTRIBUTOR": "医药物流配送有限公司"}
BRANDS = ("天山", "昆仑", "丝路", "雪莲", "博格达", "和田", "阿尔泰", "塔里木", "绿洲", "胡杨", "天池", "伊犁")
LEVEL_WEIGHTS = ("02", "02", "03", "05", "05", "06", "08", "09", "11", "11")
STAFF = (  # username, display name, subtype, index among that subtype
    ("xj_hospital", "古丽（演示）", "HOSPITAL", 0),
    ("xj_pharmacy", "马军（演示）", "PHARMACY", 0),
    ("kashi_pharmacy", "阿不都（演示）", "PHARMACY", 4),
    ("xj_wholesaler", "韩梅（演示）", "WHOLESALER", 0),
    ("xj_distributor", "杨帆（演示）", "DISTRIBUTOR", 0),
)
DEFAULT_RULES = (
    ("可供天数严重不足", "RED", "DAYS_OF_STOCK", ["HOSPITAL", "PHARMACY"], Decimal(3), 30,
     "库存只够 3 天以内的使用量，需立即补货"),
    ("可供天数偏低", "YELLOW", "DAYS_OF_STOCK", ["HOSPITAL", "PHARMACY", "WHOLESALER"], Decimal(7), 30,
     "库存只够一周以内的使用量"),
    ("区县无机构配备", "ORANGE", "LOW_COVERAGE", ["HOSPITAL", "PHARMACY"], Decimal(1), 30,
     "目录内药品在有定点医药机构的区县内没有任何机构配备"),
)


def credit_code(seed: int, i: int, division: str, h: Any) -> str:
    """A synthetic unified social credit code with a correct GB 32100 check character."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(alphabet[h(seed, "ucc-org", i, k) % 31] for k in range(9))
    first17 = f"91{division}{body}"
    return first17 + credit_check_char(first17)


class SupplySeeder:
    def __init__(self, base: Any) -> None:
        from scripts.demo.seed import h  # the stable hash

        self.base, self.s, self.seed, self.h = base, base.s, base.seed, h
        size = base.size
        self.n_hospitals = max(40, size // 50)
        self.n_pharmacies = max(60, size * 3 // 100)
        self.n_enterprises = max(8, size // 1000)

    async def run(self) -> None:
        await self.organisations()
        await self.staff()
        await self.stock()
        await self.rules()
        from scripts.demo.exchange import ExchangeSeeder

        await ExchangeSeeder(self).run(ANCHOR, PASSWORD)
        from scripts.demo.analysis import AnalysisSeeder

        await AnalysisSeeder(self.base).run()
        from scripts.demo.public import PublicSeeder

        await PublicSeeder(self.base, PASSWORD).run()

    async def _counties(self) -> tuple[list[str], list[str]]:
        rows = (await self.s.execute(text(
            "WITH RECURSIVE t AS (SELECT code, level FROM division WHERE code = ANY(:roots) "
            "UNION ALL SELECT d.code, d.level FROM division d JOIN t ON d.parent_code = t.code) "
            "SELECT code, level FROM t ORDER BY code"), {"roots": ["650000", *OTHER_ROOTS]})).all()
        counties = [c for c, lv in rows if lv == "COUNTY"]
        prefectures = [c for c, lv in rows if lv == "PREFECTURE" and c.startswith("65")]
        return counties, prefectures

    async def organisations(self) -> None:
        h, seed = self.h, self.seed
        counties, prefectures = await self._counties()
        xj = [c for c in counties if c.startswith("65")]
        other = [c for c in counties if not c.startswith("65")]
        names = dict((await self.s.execute(text("SELECT code, name FROM division"))).all())
        rows: list[dict[str, Any]] = []
        seq: dict[tuple[str, str], int] = {}

        def place(kind: str, i: int) -> str:
            if i < len(FOCUS_COUNTIES) * 2:
                return FOCUS_COUNTIES[i % len(FOCUS_COUNTIES)]
            pool = other if h(seed, kind, "region", i) % 10 == 0 else xj
            return pool[h(seed, kind, "county", i) % len(pool)]

        for subtype, n, prefix in (("HOSPITAL", self.n_hospitals, "H"), ("PHARMACY", self.n_pharmacies, "P")):
            for i in range(n):
                county = place(subtype, i)
                k = seq[(prefix, county)] = seq.get((prefix, county), 0) + 1
                brand = BRANDS[h(seed, subtype, "brand", i) % len(BRANDS)]
                if subtype == "HOSPITAL":
                    word = HOSPITAL_WORDS[h(seed, "hw", i) % len(HOSPITAL_WORDS)]
                    public = h(seed, "own", i) % 10 < 7
                    level = "02" if i == 0 else LEVEL_WEIGHTS[h(seed, "lv", i) % len(LEVEL_WEIGHTS)]
                    name = f"{names[county]}{word if public else brand + word}（演示）"
                    extra = {"ownership": "PUBLIC" if public or i == 0 else "PRIVATE", "hospital_level": level}
                else:
                    name = f"{brand}{PHARMACY_WORDS[h(seed, 'pw', i) % len(PHARMACY_WORDS)]}{names[county]}{k}店（演示）"
                    extra = {"ownership": None, "hospital_level": None}
                rows.append({"code": f"{prefix}{county}{k:05d}", "name": name[:128], "kind": "INSTITUTION",
                             "division_code": county, "subtype": subtype,
                             "credit_code": credit_code(seed, len(rows), county, h),
                             "address": f"{names[county]}示例路{1 + h(seed, 'addr', subtype, i) % 300}号",
                             "contact_name": "联系人（演示）", "contact_phone": f"0991-{5000000 + i:07d}", **extra})
        for subtype in ("WHOLESALER", "DISTRIBUTOR"):
            for i in range(self.n_enterprises):
                pref = "650100" if i < 2 else prefectures[h(seed, subtype, "pref", i) % len(prefectures)]
                cc = credit_code(seed, 100_000 + len(rows), pref, h)
                brand = BRANDS[h(seed, subtype, "brand", i) % len(BRANDS)]
                rows.append({"code": cc, "credit_code": cc, "kind": "ENTERPRISE", "division_code": pref,
                             "ownership": None, "hospital_level": None,
                             "subtype": subtype, "name": f"新疆{brand}{i + 1}{ENTERPRISE_WORDS[subtype]}（演示）",
                             "address": f"{names[pref]}物流园{1 + i}号", "contact_name": "联系人（演示）",
                             "contact_phone": f"0991-{6000000 + i:07d}"})
        for r in rows:  # the demo data obeys the same code rules as real data
            assert check_credit_code(r["credit_code"]) is None, r
            if r["kind"] == "INSTITUTION":
                parsed = parse_institution_code(r["code"], r["subtype"])
                assert isinstance(parsed, InstitutionCode) and parsed.division_code == r["division_code"], r
        from scripts.demo.seed import _insert

        self.base.note("organisation (supply)", await _insert(self.s, Organisation, rows, ["code"]))
        self.orgs = list((await self.s.execute(select(Organisation.id, Organisation.code, Organisation.subtype,
                                                      Organisation.division_code)
                                               .where(Organisation.subtype.is_not(None))
                                               .where(Organisation.code.in_([r["code"] for r in rows]))
                                               .order_by(Organisation.id))).all())

    async def staff(self) -> None:
        by_subtype: dict[str, list[Any]] = {}
        for o in self.orgs:
            by_subtype.setdefault(o.subtype, []).append(o)
        existing = set((await self.s.scalars(select(User.username))).all())
        todo = [x for x in STAFF if x[0] not in existing]
        if not todo:
            return
        password = hash_password(PASSWORD)
        from scripts.demo.seed import _insert

        users = []
        for username, name, subtype, k in todo:
            if subtype == "PHARMACY" and username.startswith("kashi"):
                org = next(o for o in by_subtype[subtype] if o.division_code.startswith("6531"))
            else:
                org = by_subtype[subtype][k]
            users.append({"username": username, "password_hash": password, "display_name": name,
                          "role": "INSTITUTION_STAFF" if subtype in ("HOSPITAL", "PHARMACY") else "ENTERPRISE_STAFF",
                          "posts": [], "organisation_id": org.id, "active": True, "failed_logins": 0})
        self.base.note("app_user", await _insert(self.s, User, users, ["username"]))

    async def stock(self) -> None:
        h, seed = self.h, self.seed
        codes = sorted(self.base.drug_ids)
        # A fixed-size pool of commonly stocked codes (60 up to demo, 150 at large): movements grow with the
        # number of organisations (≈ 14 million rows at large), not with the square of the size.
        n_pool = min(150, max(60, len(codes) // 1000))
        pool = [self.base.drug_ids[c] for c in codes[:: max(1, len(codes) // n_pool)]][:n_pool]
        share = {"HOSPITAL": 40, "PHARMACY": 25, "WHOLESALER": 70, "DISTRIBUTOR": 50}
        orgs, drugs, on_hand, in_transit, rates = [], [], [], [], []
        for o in self.orgs:
            for d in pool:
                r = h(seed, "stock", o.code, d)
                if r % 100 >= share[o.subtype]:
                    continue
                rate = 1 + r // 100 % 12 * (5 if o.subtype in ("WHOLESALER", "DISTRIBUTOR") else 1)
                bucket = r // 10_000 % 100
                # ~6% out of stock, ~8% under a week of stock: plausible shortages for the default rules
                days = 0 if bucket < 6 else (1 + bucket % 6 if bucket < 14 else 10 + bucket % 80)
                orgs.append(o.id)
                drugs.append(d)
                on_hand.append(Decimal(rate * days))
                in_transit.append(Decimal(rate * 3) if o.subtype == "DISTRIBUTOR" else None)
                rates.append(rate)
        if not orgs:
            return
        new = (await self.s.execute(text(
            "INSERT INTO stock_level (organisation_id, drug_code_id, on_hand, in_transit, as_of) "
            "SELECT o, d, q, t, CAST(:anchor AS date) FROM unnest(CAST(:o AS int[]), CAST(:d AS int[]), "
            "CAST(:q AS numeric[]), CAST(:t AS numeric[])) AS x(o, d, q, t) "
            "ON CONFLICT DO NOTHING RETURNING organisation_id, drug_code_id"),
            {"anchor": ANCHOR, "o": orgs, "d": drugs, "q": on_hand, "t": in_transit})).all()
        self.base.note("stock_level", len(new))
        if not new:
            return
        rate_of = {(o, d): r for o, d, r in zip(orgs, drugs, rates, strict=True)}
        no, nd, nr = [o for o, _ in new], [d for _, d in new], [rate_of[(o, d)] for o, d in new]
        # Sales on four days in five around the rate, and a weekly receipt; generated in SQL (≈ 28 × levels rows).
        result = await self.s.execute(text(
            "INSERT INTO stock_movement (organisation_id, drug_code_id, business_date, kind, quantity) "
            "SELECT o, d, CAST(:anchor AS date) - g, k, q FROM unnest(CAST(:o AS int[]), CAST(:d AS int[]), "
            "CAST(:r AS int[])) AS x(o, d, r) CROSS JOIN generate_series(0, :days - 1) AS g "
            "CROSS JOIN LATERAL (VALUES ('SALE', CASE WHEN (g * 7 + d) % 5 <> 0 THEN CAST(r + (g + d) % 3 AS numeric) END), "
            "('RECEIPT', CASE WHEN g % 7 = 3 THEN CAST(r * 7 AS numeric) END)) AS m(k, q) "
            "WHERE q > 0"), {"anchor": ANCHOR, "o": no, "d": nd, "r": nr, "days": DAYS})
        self.base.note("stock_movement", int(result.rowcount or 0))
        from scripts.demo.analysis import stock_history

        self.base.note("stock_daily (stock steps)", await stock_history(self.s, no, nd, ANCHOR, DAYS))

    async def rules(self) -> None:
        admin = self.base.users.get("xj_admin")
        rows = [{"owner_division": "650000", "name": n, "level": lv, "metric": m, "target_subtypes": t,
                 "threshold": th, "window_days": w, "description": desc, "enabled": True, "created_by": admin}
                for n, lv, m, t, th, w, desc in DEFAULT_RULES]
        have = set((await self.s.scalars(select(WarningRule.name).where(WarningRule.owner_division == "650000",
                                                                        WarningRule.deleted_at.is_(None)))).all())
        rows = [r for r in rows if r["name"] not in have]
        for r in rows:
            rule = WarningRule(**r)
            self.s.add(rule)
            await self.s.flush()
            self.s.add(AuditEntry(actor_id=admin, actor_username="xj_admin", actor_name="艾力（演示）",
                                  actor_role="REGION_OFFICIAL", action="warning_rule.create", entity_type="WarningRule",
                                  entity_id=str(rule.id), entity_label=rule.name, division_code="650000",
                                  after={"name": rule.name, "level": rule.level, "metric": rule.metric,
                                         "threshold": str(rule.threshold), "formula": rule.formula}))
        self.base.note("warning_rule", len(rows))

