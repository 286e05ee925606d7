"""Builders for supply tests: a fresh supply entity with its own staff account, stock rows, running the job."""
from __future__ import annotations

import asyncio
import uuid
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tests.helpers import DEMO_PASSWORD, existing_codes, sql

STOCK_REPORT = """mutation($i: StockReportInput!) { stockReport(input: $i) {
  report { id batchKey rowCount movementCount replayed createdAt } userErrors { code field message row } } }"""


def today() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


def make_supply_org(subtype: str, division: str, **extra: Any) -> tuple[int, str, str]:
    """Creates an organisation of this subtype in `division` and a staff user; returns (id, code, username)."""
    from domain.identity.passwords import hash_password
    from domain.supply.codes import credit_check_char

    kind = "INSTITUTION" if subtype in ("HOSPITAL", "PHARMACY") else "ENTERPRISE"
    # an institution code has a 5-digit sequence: with hundreds of test organisations in one division a random one
    # repeats now and then, so a taken code, credit code or user name draws again
    for _ in range(50):
        seq = int(uuid.uuid4().int % 90000) + 10000
        body = f"91{division}{uuid.uuid4().int % 10**9:09d}"
        credit = body + credit_check_char(body)
        code = {"HOSPITAL": f"H{division}{seq:05d}", "PHARMACY": f"P{division}{seq:05d}"}.get(subtype, credit)
        username = f"t_{subtype.lower()}_{seq}"
        if sql("SELECT 1 FROM app_user WHERE username = $1", username):
            continue
        found = sql("INSERT INTO organisation (code, name, kind, division_code, subtype, credit_code, ownership, "
                    "hospital_level) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id",
                    code, f"测试{subtype}{seq}", kind, division, subtype, credit, extra.get("ownership"),
                    extra.get("hospital_level"))
        if found:
            org = found[0]["id"]
            break
    else:
        raise AssertionError("no free organisation code after 50 draws")
    sql("INSERT INTO app_user (username, password_hash, display_name, role, posts, organisation_id, active, "
        "failed_logins) VALUES ($1, $2, $3, $4, '{}', $5, true, 0)", username, hash_password(DEMO_PASSWORD),
        f"测试 {username}", "INSTITUTION_STAFF" if kind == "INSTITUTION" else "ENTERPRISE_STAFF", org)
    return org, code, username


def codes(n: int, offset: int = 0) -> list[str]:
    return [c for c, _ in existing_codes(n, offset)]


def row(code: str, d: date, received: str = "0", sold: str = "0", on_hand: str = "0", **kw: Any) -> dict[str, Any]:
    return {"drugCode": code, "businessDate": d.isoformat(), "receivedQty": received, "soldQty": sold,
            "onHandQty": on_hand, **kw}


def batch(rows: list[dict[str, Any]], key: str | None = None) -> dict[str, Any]:
    return {"i": {"batchKey": key or uuid.uuid4().hex, "rows": rows}}


def evaluate(requested_at: datetime | None = None, mode: str = "FULL") -> dict[str, int]:
    """Runs the warning evaluation job's use case once, as the worker would."""
    from domain.shared.config import Settings
    from domain.shared.db import create_database
    from domain.supply.evaluation import WarningEvaluator

    async def run() -> dict[str, int]:
        db = create_database(Settings.from_env(), pool_size=2)
        try:
            return await WarningEvaluator(db.write_sessions).run(requested_at, mode)
        finally:
            await db.dispose()
    return asyncio.run(run())


def days_ago(n: int) -> date:
    return today() - timedelta(days=n)
