"""Test helpers: a GraphQL client over real HTTP, direct SQL for fixtures, and file builders."""
from __future__ import annotations

import asyncio
import base64
import csv
import io
import os
import uuid
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import httpx

DEMO_PASSWORD = "Demo@2026"


def db_url() -> str:
    return os.environ["DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://")


def sql(query: str, *args: Any) -> list[asyncpg.Record]:
    """Runs one statement against the test database (fixtures and assertions only)."""
    async def run() -> list[asyncpg.Record]:
        conn = await asyncpg.connect(db_url())
        try:
            return await conn.fetch(query, *args)
        finally:
            await conn.close()
    return asyncio.run(run())


def unique(prefix: str = "T") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@dataclass
class Result:
    status: int
    body: dict[str, Any]
    headers: httpx.Headers

    @property
    def data(self) -> Any:
        return self.body.get("data")

    @property
    def errors(self) -> list[dict[str, Any]]:
        return self.body.get("errors") or []

    @property
    def codes(self) -> list[str]:
        return [e.get("extensions", {}).get("code") for e in self.errors]

    @property
    def statements(self) -> int:
        return int(self.headers.get("x-sql-statements", "-1"))

    def ok(self) -> Any:
        assert not self.errors, self.errors
        return self.data


@dataclass
class Api:
    base: str
    client: httpx.Client = field(init=False)
    tokens: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.client = httpx.Client(base_url=self.base, timeout=30)

    def gql(self, query: str, variables: dict[str, Any] | None = None, *, as_: str | None = None,
            token: str | None = None, method: str = "POST", headers: dict[str, str] | None = None) -> Result:
        h = dict(headers or {})
        tok = token if token is not None else (self.token(as_) if as_ else None)
        if tok:
            h["authorization"] = f"Bearer {tok}"
        if method == "GET":
            import json
            params = {"query": query}
            if variables:
                params["variables"] = json.dumps(variables)
            r = self.client.get("/graphql", params=params, headers=h)
        else:
            r = self.client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=h)
        body = r.json() if r.headers.get("content-type", "").startswith("application/json") else {"raw": r.text}
        return Result(r.status_code, body, r.headers)

    def login(self, username: str, password: str = DEMO_PASSWORD) -> Result:
        return self.gql("mutation($u: String!, $p: String!) { userLogin(input: {username: $u, password: $p}) "
                        "{ token expiresAt viewer { username role posts scopes divisionCode } "
                        "userErrors { code message field } } }", {"u": username, "p": password})

    def token(self, username: str) -> str:
        if username not in self.tokens:
            r = self.login(username).ok()["userLogin"]
            assert r["token"], r["userErrors"]
            self.tokens[username] = r["token"]
        return self.tokens[username]


def make_user(username: str, role: str, posts: list[str], division: str, password_hash: str | None = None) -> None:
    """Creates (once) a user in the bureau of `division`, with the demo password."""
    from domain.identity.passwords import hash_password

    org = sql("SELECT id FROM organisation WHERE division_code = $1 AND kind = 'BUREAU'", division)
    if not org:
        org = sql("INSERT INTO organisation (code, name, kind, division_code) VALUES ($1, $2, 'BUREAU', $3) "
                  "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id",
                  f"YBJ{division}", f"测试医保局 {division}", division)
    sql("INSERT INTO app_user (username, password_hash, display_name, role, posts, organisation_id, active, "
        "failed_logins) VALUES ($1, $2, $3, $4, $5, $6, true, 0) ON CONFLICT (username) DO NOTHING",
        username, password_hash or hash_password(DEMO_PASSWORD), f"测试 {username}", role, posts, org[0]["id"])


CSV_HEADER = ["药品代码", "注册名称", "商品名称", "注册剂型", "注册规格", "最小包装数量", "最小制剂单位", "最小包装单位",
              "药品企业", "批准文号", "医保药品名称", "医保剂型", "甲乙类", "编号", "备注"]


def catalog_csv(rows: list[list[Any]], encoding: str = "utf-8") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_HEADER)
    w.writerows(rows)
    return buf.getvalue().encode(encoding)


def catalog_xlsx(rows: list[list[Any]], header: list[str] | None = None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(header or CSV_HEADER)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def existing_codes(n: int, offset: int = 0) -> list[tuple[str, str]]:
    """Returns (code, generic name) of demo drug codes."""
    rows = sql("SELECT code, generic_name FROM drug_code WHERE synthetic ORDER BY code OFFSET $1 LIMIT $2", offset, n)
    return [(r["code"], r["generic_name"]) for r in rows]


def global_id(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")
