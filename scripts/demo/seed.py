"""Deterministic demo data (seeded), sized for tests, demos or benchmarks.

    python -m scripts.demo.seed --size small|demo|large|<number of drug codes> [--seed 2026]

Curated generic names, ATC classes, dosage-form names and strengths are facts (scripts/demo/facts.py);
manufacturers, codes beyond the known samples, trade names, approval numbers, package-insert texts and
prices are synthetic and flagged `synthetic = true` in the database. Running it again with the same
arguments changes nothing (every insert skips existing natural keys); a larger size adds the missing rows.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import logging
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.audit.models import AuditEntry
from domain.drugs.codes import initials, name_code_matches, z_form_code
from domain.catalog.models import CatalogState, CatalogVersion
from domain.drugs.models import DosageForm, DrugClass, DrugCode, DrugTag, Manufacturer, PackageInsert, Tag, Variety, VarietyTag
from domain.identity.models import Organisation, User
from domain.identity.passwords import hash_password
from domain.shared.config import get_settings
from domain.shared.db import create_database
from scripts.demo import facts

log = logging.getLogger("seed")
SIZES = {"small": 2_000, "demo": 20_000, "large": 200_000}
DEMO_PASSWORD = "Demo@2026"
SUFFIX_WORDS = ("康", "宁", "欣", "舒", "泰", "安", "平", "达", "通", "素")


def h(*parts: Any) -> int:
    """A stable hash (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class DemoUser:
    username: str
    name: str
    role: str
    posts: tuple[str, ...]
    division: str


# The region bureaus' master-data, tag, focus-list and public-notice posts (writes others see: never a role's).
MAINTAINER = ("DRUG_MAINTAINER", "TAG_MAINTAINER", "FOCUS_LIST_MAINTAINER", "PUBLIC_NOTICE_MAINTAINER")
DEMO_USERS = (
    DemoUser("xj_admin", "艾力（演示）", "REGION_OFFICIAL", ("CATALOG_MAINTAINER", "CATALOG_PUBLISHER", "AUDITOR",
                                                      "WARNING_RULE_MAINTAINER", "WARNING_HANDLER",
                                                      "INQUIRY_HANDLER", "PUBLIC_SERVICE_HANDLER", *MAINTAINER),
             "650000"),
    DemoUser("xj_reviewer", "王芳（演示）", "REGION_OFFICIAL", ("CATALOG_REVIEWER", "AUDITOR"), "650000"),
    # Read-only: no post, so no write of any kind (issue 14: the role alone grants reads only).
    DemoUser("xj_viewer", "李明（演示）", "REGION_OFFICIAL", (), "650000"),
    # Holds both posts, to show that the workflow (not the post list) keeps reviewer ≠ submitter.
    DemoUser("xj_chief", "马强（演示）", "REGION_OFFICIAL", ("CATALOG_MAINTAINER", "CATALOG_REVIEWER"), "650000"),
    DemoUser("wlmq_official", "张伟（演示）", "PREFECTURE_OFFICIAL", ("AUDITOR", "WARNING_RULE_MAINTAINER",
                                                                 "WARNING_HANDLER", "INQUIRY_HANDLER",
                                                                 "PUBLIC_SERVICE_HANDLER", "PERSONAL_DATA_VIEWER",
                                                                 "TAG_MAINTAINER", "PUBLIC_NOTICE_MAINTAINER"),
             "650100"),
    # The prefecture's inquiry reviewer (SUP-22): a second person, so allocation → dispatch → feedback → review
    # runs through four different accounts.
    DemoUser("wlmq_reviewer", "阿依努尔（演示）", "PREFECTURE_OFFICIAL", ("INQUIRY_REVIEWER",), "650100"),
    DemoUser("kashi_official", "买买提（演示）", "PREFECTURE_OFFICIAL", ("PUBLIC_SERVICE_HANDLER", "TAG_MAINTAINER",
                                                                   "PUBLIC_NOTICE_MAINTAINER"), "653100"),
    DemoUser("tianshan_official", "刘洋（演示）", "COUNTY_OFFICIAL", ("PUBLIC_SERVICE_HANDLER",), "650102"),
    DemoUser("nm_admin", "巴特尔（演示）", "REGION_OFFICIAL", ("CATALOG_MAINTAINER", "CATALOG_PUBLISHER", "AUDITOR",
                                                       *MAINTAINER), "150000"),
    DemoUser("nm_reviewer", "其其格（演示）", "REGION_OFFICIAL", ("CATALOG_REVIEWER",), "150000"),
    DemoUser("wlcb_official", "赵磊（演示）", "PREFECTURE_OFFICIAL", ("AUDITOR", "TAG_MAINTAINER"), "150900"),
    DemoUser("ha_admin", "陈静（演示）", "REGION_OFFICIAL", ("CATALOG_MAINTAINER", "CATALOG_PUBLISHER", "AUDITOR",
                                                      *MAINTAINER), "410000"),
    DemoUser("ha_reviewer", "周强（演示）", "REGION_OFFICIAL", ("CATALOG_REVIEWER",), "410000"),
    DemoUser("anyang_official", "孙丽（演示）", "PREFECTURE_OFFICIAL", ("AUDITOR", "TAG_MAINTAINER"), "410500"),
    DemoUser("kaifeng_official", "吴刚（演示）", "PREFECTURE_OFFICIAL", (), "410200"),
)
BUREAU_ROOTS = ("650000", "150900", "410500", "410200")  # bureaus are created for these subtrees
REGIONS = {"650000": "XJ", "150000": "NM", "410000": "HA"}


async def _insert(session: AsyncSession, model: Any, rows: list[dict[str, Any]], keys: list[str]) -> int:
    n = 0
    for i in range(0, len(rows), 1000):
        stmt = insert(model).values(rows[i:i + 1000]).on_conflict_do_nothing(index_elements=keys)
        n += (await session.execute(stmt)).rowcount or 0
    return n


class Seeder:
    def __init__(self, session: AsyncSession, size: int, seed: int) -> None:
        self.s = session
        self.size = size
        self.seed = seed
        self.added: dict[str, int] = {}

    async def run(self) -> dict[str, int]:
        await self.dictionaries()
        await self.identity()
        await self.manufacturers()
        await self.varieties()
        await self.drugs()
        await self.tags()
        await self.catalogs()
        await SupplySeeder(self).run()
        from scripts.demo.engagement import EngagementSeeder

        await EngagementSeeder(self).run()
        from scripts.demo.focus import FocusSeeder

        await FocusSeeder(self).run()
        return self.added

    def note(self, what: str, n: int) -> None:
        if n:
            self.added[what] = self.added.get(what, 0) + n

    async def dictionaries(self) -> None:
        self.note("dosage_form", await _insert(self.s, DosageForm, [
            {"code": f.code, "name": f.name, "group_name": f.group} for f in facts.DOSAGE_FORMS], ["code"]))
        self.note("drug_class", await _insert(self.s, DrugClass, [
            {"code": c.code, "name": c.name, "kind": c.kind} for c in facts.DRUG_CLASSES], ["kind", "code"]))

    async def identity(self) -> None:
        rows = (await self.s.execute(text(
            "WITH RECURSIVE t AS (SELECT code, name, level FROM division WHERE code = ANY(:roots) "
            "UNION ALL SELECT d.code, d.name, d.level FROM division d JOIN t ON d.parent_code = t.code) "
            "SELECT code, name, level FROM t UNION SELECT code, name, level FROM division WHERE code = ANY(:regions)"),
            {"roots": list(BUREAU_ROOTS), "regions": list(REGIONS)})).all()
        orgs = [{"code": f"YBJ{code}", "name": f"{name}医疗保障局", "kind": "BUREAU", "division_code": code}
                for code, name, _ in sorted(rows)]
        self.note("organisation", await _insert(self.s, Organisation, orgs, ["code"]))
        org_ids = dict((await self.s.execute(select(Organisation.division_code, Organisation.id)
                                             .where(Organisation.kind == "BUREAU"))).all())
        existing = set((await self.s.scalars(select(User.username))).all())
        password = hash_password(DEMO_PASSWORD) if any(u.username not in existing for u in DEMO_USERS) else ""
        users = [{"username": u.username, "password_hash": password, "display_name": u.name, "role": u.role,
                  "posts": list(u.posts), "organisation_id": org_ids[u.division], "active": True, "failed_logins": 0}
                 for u in DEMO_USERS if u.username not in existing]
        if users:
            self.note("app_user", await _insert(self.s, User, users, ["username"]))
        for u in DEMO_USERS:  # posts added in later releases reach existing demo accounts
            if u.username in existing:
                n = (await self.s.execute(text("UPDATE app_user SET posts = :p WHERE username = :u AND posts <> :p"),
                                          {"u": u.username, "p": list(u.posts)})).rowcount
                self.note("app_user.posts", n or 0)
        self.users = dict((await self.s.execute(select(User.username, User.id))).all())

    async def manufacturers(self) -> None:
        parts = facts.MANUFACTURER_NAME_PARTS
        self.n_makers = max(60, min(9_000, self.size // 100))
        rows = []
        for i in range(self.n_makers):
            brand = parts.brand_words[h(self.seed, "brand", i) % len(parts.brand_words)]
            tail = SUFFIX_WORDS[h(self.seed, "tail", i) % len(SUFFIX_WORDS)]
            suffix = parts.suffixes[h(self.seed, "suffix", i) % len(parts.suffixes)]
            province = parts.provinces[h(self.seed, "prov", i) % len(parts.provinces)]
            code = f"{90000 + i:05d}"
            rows.append({"code": code, "name": f"{brand}{tail}{suffix}", "synthetic": True, "province": province,
                         "credit_code": f"91{h(self.seed, 'ucc', i) % 10**16:016d}",
                         "address": f"{province}示例市示例路{1 + h(self.seed, 'addr', i) % 999}号"})
        self.note("manufacturer", await _insert(self.s, Manufacturer, rows, ["code"]))
        self.makers = dict((await self.s.execute(select(Manufacturer.code, Manufacturer.id)
                                                 .where(Manufacturer.code >= "90000"))).all())

    async def varieties(self) -> None:
        counters: dict[str, int] = {}
        self.variety_facts: list[tuple[str, Any]] = []
        rows = []
        for kind, items in (("X", facts.WESTERN_VARIETIES), ("Z", facts.TCM_VARIETIES)):
            for v in items:
                name_code = v.name_code
                if name_code is None:
                    letter = initials(v.generic_name)[:1].upper()
                    n = counters.get(kind + letter, 0)
                    counters[kind + letter] = n + 1
                    name_code = f"{letter}{800 + n:03d}" if kind == "X" else f"{letter}{8000 + n:04d}"
                assert name_code_matches(name_code, v.generic_name), (v.generic_name, name_code)
                prefix = kind + v.class_code + name_code
                self.variety_facts.append((prefix, v))
                rows.append({"code_prefix": prefix, "type": kind, "class_code": v.class_code, "name_code": name_code,
                             "generic_name": v.generic_name, "initials": initials(v.generic_name),
                             "synthetic": v.name_code is None})
        self.note("variety", await _insert(self.s, Variety, rows, ["code_prefix"]))
        self.variety_ids = dict((await self.s.execute(select(Variety.code_prefix, Variety.id))).all())

    def _drug_rows(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        forms = {f.code: f for f in facts.DOSAGE_FORMS}
        parts = facts.MANUFACTURER_NAME_PARTS
        maker_codes = sorted(self.makers)
        nv = len(self.variety_facts)
        out = []
        for vi, (prefix, v) in enumerate(self.variety_facts):
            quota = self.size // nv + (1 if vi < self.size % nv else 0)
            combos = [(fs, si, pi) for fs in v.forms for si in range(len(fs.specs)) for pi in range(len(fs.pack_sizes))]
            kind = prefix[0]
            template = facts.PACKAGE_INSERT_TEMPLATES[v.area]
            for k in range(quota):
                fs, si, pi = combos[k % len(combos)]
                rnd = k // len(combos)
                maker = maker_codes[(vi * 7919 + rnd * 104_729 + h(self.seed, prefix) % 97) % len(maker_codes)]
                form_seg = fs.form_code if kind == "X" else z_form_code(fs.form_code)
                code = f"{prefix}{form_seg}{si + 1:02d}{pi + 1:02d}{maker}"
                spec, qty, form = fs.specs[si], fs.pack_sizes[pi], forms[fs.form_code]
                trade = None
                if h(self.seed, "trade", code) % 2 == 0:
                    trade = parts.brand_words[h(self.seed, "tb", code) % len(parts.brand_words)] + \
                        SUFFIX_WORDS[h(self.seed, "ts", code) % len(SUFFIX_WORDS)]
                registered = v.generic_name if kind == "Z" else v.generic_name + form.name.removesuffix("剂")
                d = DrugCode(code=code, type=kind, class_code=v.class_code, variety_id=self.variety_ids[prefix],
                             form_code=fs.form_code, manufacturer_id=self.makers[maker], generic_name=v.generic_name,
                             trade_name=trade, registered_name=registered, registered_form=form.name, spec=spec,
                             packaging=f"{spec}×{qty}{fs.min_unit}/{fs.pack_unit}", packaging_material="示例包材",
                             min_pack_qty=qty, min_prep_unit=fs.min_unit, min_pack_unit=fs.pack_unit,
                             approval_no=f"国药准字{'H' if kind == 'X' else 'Z'}9{h(self.seed, 'apn', code) % 10**7:07d}",
                             standard_code=f"869{maker}{h(self.seed, 'std', code) % 10**6:06d}",
                             market_status="上市", license_holder=None, synthetic=True)
                d.refresh_search()
                drug = {c: getattr(d, c) for c in DRUG_COLUMNS}
                insert_row = {"dosage": template.usage, "frequency": template.frequency, "method": template.method,
                              "indications": template.indications, "shelf_life_months": template.shelf_life_months,
                              "synthetic": True}
                out.append((drug, insert_row))
        return out

    async def drugs(self) -> None:
        rows = self._drug_rows()
        added = 0
        for i in range(0, len(rows), 2000):
            chunk = rows[i:i + 2000]
            added += await _insert(self.s, DrugCode, [d for d, _ in chunk], ["code"])
        self.note("drug_code", added)
        ids = dict((await self.s.execute(select(DrugCode.code, DrugCode.id).where(DrugCode.synthetic))).all())
        inserts = [{"drug_code_id": ids[d["code"]], **ins} for d, ins in rows]
        self.note("drug_package_insert", await _insert(self.s, PackageInsert, inserts, ["drug_code_id"]))
        self.drug_ids = ids

    async def tags(self) -> None:
        owners = {t.code: ("650100" if i % 5 == 4 else "650000") for i, t in enumerate(facts.TAG_DEFINITIONS)}
        rows = [{"owner_division": owners[t.code], "code": t.code, "name": t.name, "description": t.description,
                 "value_type": t.value_type, "allowed_values": list(t.allowed_values), "applies_to": t.applies_to,
                 "created_by": self.users.get("xj_admin")} for t in facts.TAG_DEFINITIONS]
        self.note("tag", await _insert(self.s, Tag, rows, ["owner_division", "code"]))
        tag_rows = (await self.s.execute(select(Tag.code, Tag.id).where(Tag.owner_division.in_(set(owners.values()))))).all()
        tag_ids = dict(tag_rows)
        vt, dt = [], []
        for t in facts.TAG_DEFINITIONS:
            share = 5 + h(self.seed, "share", t.code) % 20  # percent of varieties carrying it
            for prefix, _v in self.variety_facts:
                if h(self.seed, t.code, prefix) % 100 >= share:
                    continue
                value = t.allowed_values[h(self.seed, "v", t.code, prefix) % len(t.allowed_values)] \
                    if t.value_type == "ENUM" else ("true" if t.value_type == "BOOLEAN" else "示例")
                if t.applies_to in ("VARIETY", "BOTH"):
                    vt.append({"variety_id": self.variety_ids[prefix], "tag_id": tag_ids[t.code], "value": value})
                else:
                    for _code, did in self._some_codes(prefix, 3):
                        dt.append({"drug_code_id": did, "tag_id": tag_ids[t.code], "value": value})
        self.note("variety_tag", await _insert(self.s, VarietyTag, vt, ["variety_id", "tag_id"]))
        self.note("drug_tag", await _insert(self.s, DrugTag, dt, ["drug_code_id", "tag_id"]))

    def _some_codes(self, prefix: str, n: int) -> list[tuple[str, int]]:
        codes = sorted(c for c in self.drug_ids if c.startswith(prefix))
        return [(c, self.drug_ids[c]) for c in codes[:n]]

    async def catalogs(self) -> None:
        plans = [
            ("650000", "2024", "2024年新疆医保药品目录（演示）", 60, datetime(2024, 1, 1, tzinfo=timezone.utc), "xj"),
            ("650000", "2025", "2025年新疆医保药品目录（演示）", 70, datetime(2025, 1, 1, tzinfo=timezone.utc), "xj"),
            ("150000", "2025", "2025年内蒙古医保药品目录（演示）", 65, datetime(2025, 1, 2, tzinfo=timezone.utc), "nm"),
            ("410000", "2025", "2025年河南医保药品目录（演示）", 65, datetime(2025, 1, 3, tzinfo=timezone.utc), "ha"),
        ]
        for owner, no, name, share, published, who in plans:
            await self._published_version(owner, no, name, share, published, who)
        await self._draft_reuse("650000", "2026-draft", "2026年新疆医保药品目录（调整草案，演示）", "2025")

    async def _version_id(self, owner: str, no: str) -> int | None:
        return await self.s.scalar(select(CatalogVersion.id).where(CatalogVersion.owner_division == owner,
                                                                  CatalogVersion.version_no == no))

    async def _published_version(self, owner: str, no: str, name: str, share: int, published: datetime,
                                 who: str) -> None:
        if await self._version_id(owner, no) is not None:
            return
        admin, reviewer = self.users[f"{who}_admin"], self.users[f"{who}_reviewer"]
        created = published - timedelta(days=40)
        v = CatalogVersion(owner_division=owner, version_no=no, name=name, state=CatalogState.PUBLISHED,
                           source="IMPORT", entry_count=0, created_by=admin, created_at=created, updated_at=published,
                           finalised_at=published - timedelta(days=3), published_at=published,
                           description="演示数据：由生成器按国家目录文件格式生成（合成）")
        self.s.add(v)
        await self.s.flush()
        n = await self._entries(v.id, share, f"{owner}:{no}")
        await self.s.execute(text("UPDATE catalog_version SET entry_count = :n WHERE id = :id"), {"n": n, "id": v.id})
        self.note("catalog_entry", n)
        self.note("catalog_version", 1)
        names = {admin: DEMO_NAMES[f"{who}_admin"], reviewer: DEMO_NAMES[f"{who}_reviewer"]}
        steps = [("create", admin, None, "DRAFT", created, None),
                 ("submit", admin, "DRAFT", "SUBMITTED", published - timedelta(days=10), "请审核"),
                 ("approve", reviewer, "SUBMITTED", "FINALISED", published - timedelta(days=3), "核对无误，同意定稿"),
                 ("publish", admin, "FINALISED", "PUBLISHED", published, None)]
        for action, uid, before, after, at, opinion in steps:
            self.s.add(AuditEntry(at=at, actor_id=uid, actor_username=names[uid][0], actor_name=names[uid][1],
                                  actor_role="REGION_OFFICIAL", action=f"catalog_version.{action}",
                                  entity_type="CatalogVersion", entity_id=str(v.id), entity_label=no,
                                  division_code=owner, before={"state": before} if before else None,
                                  after={"state": after, **({"source": "IMPORT", "entryCount": n} if action == "create" else {})},
                                  opinion=opinion))

    async def _entries(self, version_id: int, share: int, salt: str) -> int:
        vids, nos, classes, restrictions = [], [], [], []
        for i, (prefix, _v) in enumerate(self.variety_facts):
            if h(self.seed, salt, prefix) % 100 >= share:
                continue
            vids.append(self.variety_ids[prefix])
            nos.append(f"{prefix[0]}{i + 1:04d}")
            classes.append("A" if h(self.seed, "ab", prefix) % 100 < 40 else "B")
            restrictions.append("限二级及以上医疗机构使用（示例）" if h(self.seed, "r", salt, prefix) % 10 == 0 else None)
        result = await self.s.execute(text(
            "INSERT INTO catalog_entry (version_id, drug_code_id, catalog_no, reimbursement_class, insurance_name, "
            "insurance_form, restriction) "
            "SELECT :vid, d.id, m.no, m.cls, d.generic_name, d.registered_form, m.restr "
            "FROM drug_code d JOIN unnest(CAST(:vids AS int[]), CAST(:nos AS text[]), CAST(:clss AS text[]), "
            "CAST(:restrs AS text[])) AS m(variety_id, no, cls, restr) ON m.variety_id = d.variety_id "
            "WHERE d.synthetic ON CONFLICT DO NOTHING"),
            {"vid": version_id, "vids": vids, "nos": nos, "clss": classes, "restrs": restrictions})
        return int(result.rowcount or 0)

    async def _draft_reuse(self, owner: str, no: str, name: str, source_no: str) -> None:
        if await self._version_id(owner, no) is not None:
            return
        source = await self._version_id(owner, source_no)
        admin = self.users["xj_admin"]
        v = CatalogVersion(owner_division=owner, version_no=no, name=name, state=CatalogState.DRAFT, source="REUSE",
                           source_version_id=source, entry_count=0, created_by=admin,
                           description="演示数据：复用 2025 版本生成的调整草案")
        self.s.add(v)
        await self.s.flush()
        result = await self.s.execute(text(
            "INSERT INTO catalog_entry (version_id, drug_code_id, catalog_no, reimbursement_class, insurance_name, "
            "insurance_form, restriction, remark) SELECT :vid, drug_code_id, catalog_no, reimbursement_class, "
            "insurance_name, insurance_form, restriction, remark FROM catalog_entry WHERE version_id = :src"),
            {"vid": v.id, "src": source})
        n = int(result.rowcount or 0)
        await self.s.execute(text("UPDATE catalog_version SET entry_count = :n WHERE id = :id"), {"n": n, "id": v.id})
        self.note("catalog_version", 1)
        self.note("catalog_entry", n)
        self.s.add(AuditEntry(actor_id=admin, actor_username="xj_admin", actor_name=DEMO_NAMES["xj_admin"][1],
                              actor_role="REGION_OFFICIAL", action="catalog_version.create",
                              entity_type="CatalogVersion", entity_id=str(v.id), entity_label=no, division_code=owner,
                              after={"state": "DRAFT", "source": "REUSE", "sourceVersionNo": source_no,
                                     "entryCount": n}))


DEMO_NAMES = {u.username: (u.username, u.name) for u in DEMO_USERS}

from scripts.demo.supply import SupplySeeder  # noqa: E402 - uses the helpers above
DRUG_COLUMNS = ("code", "type", "class_code", "variety_id", "form_code", "manufacturer_id", "generic_name",
                "trade_name", "registered_name", "registered_form", "spec", "packaging", "packaging_material",
                "min_pack_qty", "min_prep_unit", "min_pack_unit", "approval_no", "standard_code", "market_status",
                "license_holder", "search_text", "generic_initials", "trade_initials", "synthetic")


async def seed(size: int, seed_value: int = 2026) -> dict[str, int]:
    """Loads demo data of `size` drug codes; returns what was added (empty when already there)."""
    db = create_database(get_settings(), pool_size=2)
    try:
        async with db.write_sessions() as session:
            await session.execute(text("SELECT pg_advisory_xact_lock(20261122)"))  # one seeder at a time
            added = await Seeder(session, size, seed_value).run()
            if added:
                session.add(AuditEntry(actor_username="system", actor_name="系统", action="demo.seed",
                                       entity_type="DemoData", entity_id=str(size), entity_label=f"size={size}",
                                       division_code=None, after={"size": size, "seed": seed_value, "added": added}))
            await session.commit()
        if added:
            from domain.supply.evaluation import WarningEvaluator

            totals = await WarningEvaluator(db.write_sessions).run()
            added["supply_warning (opened)"] = totals["opened"]
            # Outside a transaction: ANALYZE inside one is rolled back with it, and VACUUM also flushes the
            # trigram indexes' pending lists. Without fresh statistics the planner walks the code index for a
            # name search (~90 ms instead of ~1 ms on 200k codes).
            async with db.engine.connect() as conn:
                conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
                await conn.execute(text("VACUUM (ANALYZE)"))
        # Demo inquiries also reach a database loaded before they existed (once: none when any task exists).
        from scripts.demo.inquiry import seed_inquiries

        if n := await seed_inquiries(db.write_sessions):
            added["inquiry_task"] = n
        return added
    finally:
        await db.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="small", help="small (2k), demo (20k), large (200k) or a number")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    size = SIZES.get(args.size) or int(args.size)
    t0 = time.time()
    added = asyncio.run(seed(size, args.seed))
    took = time.time() - t0
    if added:
        print(f"demo data (size {size}) loaded in {took:.1f}s: " + ", ".join(f"{k} +{v}" for k, v in added.items()))
    else:
        print(f"demo data (size {size}) already loaded: nothing changed ({took:.1f}s)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
