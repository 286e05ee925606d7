"""The public-app client of the public drug finder's API tests (tests/api/test_public*.py): the mini-program's
documents as persisted operations, a fake WeChat login server, and the fixtures of a two-worker public API server
(`public_base`) with an anonymous (`anon`) and an insured (`insured`) client. A test module imports the fixtures it
uses; each module gets its own server."""
from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from tests.conftest import ROOT, _env, _serve
from tests.helpers import sql, unique

URUMQI = (43.80, 87.60)  # WGS-84, near the demo's 天山区 / 沙依巴克区 institutions

DOCS = {
    "search": "query Search($k: String, $c: String, $first: Int, $after: String) { publicDrugs(keyword: $k, "
              "categoryCode: $c, first: $first, after: $after) { nodes { code genericName tradeName manufacturer "
              "reimbursementClass dosageForm categoryName } pageInfo { hasNextPage endCursor } } }",
    "suggest": "query Suggest($p: String!) { publicDrugSuggestions(prefix: $p) { text kind initials } }",
    "categories": "query Categories { publicDrugCategories { code name drugType drugCount } }",
    "drug": "query Drug($code: String!) { publicDrug(code: $code) { code genericName spec reimbursementClass "
            "insert { indications dosage synthetic } } }",
    "outlets": "query Outlets($code: String!, $near: GeoPointInput, $kind: PublicInstitutionKind, $first: Int) { "
               "publicDrugOutlets(code: $code, near: $near, kind: $kind, first: $first) { purchaseWindowDays "
               "settlementWindowDays total outlets { distanceMeters recentlyPurchased recentlySettled institution "
               "{ code name kind location { lat lon } } } } }",
    "nearby": "query Nearby($kind: PublicInstitutionKind!, $near: GeoPointInput, $division: String, $name: String, "
              "$ownership: Ownership, $within: Int, $sort: PublicInstitutionSort, $first: Int, $after: String) { "
              "publicInstitutions(kind: $kind, near: $near, divisionCode: $division, name: $name, ownership: "
              "$ownership, withinMeters: $within, sort: $sort, first: $first, after: $after) { totalCount nodes { "
              "code name kind ownership divisionCode distanceMeters location { lat lon } } "
              "pageInfo { hasNextPage endCursor } } }",
    "institution": "query Inst($code: String!, $near: GeoPointInput, $datum: Datum!) { publicInstitution(code: "
                   "$code, near: $near) { code name phone businessHours distanceMeters location(datum: $datum) "
                   "{ lat lon datum } onSaleDrugs(first: 50) { nodes { code genericName } } } }",
    "login": "mutation Login($p: IdentityProvider!, $code: String!) { insuredLogin(input: {provider: $p, code: $code}) { "
             "session { token displayName expiresAt } userErrors { code message field } } }",
    "scan": "mutation Scan($code: String!) { traceCodeScan(input: {code: $code}) { scan { id code result message drug "
            "{ code genericName } } userErrors { code message } } }",
    "myScans": "query MyScans { myTraceScans(first: 10) { nodes { code result } } }",
    "visit": "mutation Visit($at: GeoPointInput, $page: String!) { publicVisitRecord(input: {at: $at, page: $page}) { "
             "recorded userErrors { code field message } } }",
    "divisions": "query Divs($p: String) { publicDivisions(parentCode: $p) { code name level } }",
    "divisionAt": "query At($at: GeoPointInput!) { publicDivisionAt(at: $at) { code name level } }",
}
HASHES = {name: hashlib.sha256(doc.encode()).hexdigest() for name, doc in DOCS.items()}


class FakeWeChat(BaseHTTPRequestHandler):
    """jscode2session as WeChat answers it: good-<x> → openid o-<x>; bad → 40029; anything else → system busy."""

    def do_GET(self) -> None:  # noqa: N802
        q = parse_qs(urlparse(self.path).query)
        code = q.get("js_code", [""])[0]
        if urlparse(self.path).path != "/sns/jscode2session" or q.get("appid") != ["wx-test-app"] \
                or q.get("secret") != ["wx-test-secret"] or q.get("grant_type") != ["authorization_code"]:
            body = {"errcode": 40013, "errmsg": "invalid appid"}
        elif code.startswith("good-"):
            body = {"openid": "o-" + code[5:], "session_key": "k", "unionid": "u-" + code[5:]}
        elif code == "bad":
            body = {"errcode": 40029, "errmsg": "invalid code"}
        else:
            body = {"errcode": -1, "errmsg": "system error"}
        raw = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def wechat() -> Iterator[str]:
    srv = HTTPServer(("127.0.0.1", 0), FakeWeChat)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


@pytest.fixture(scope="module")
def manifest() -> str:
    path = ROOT / ".local" / "test-persisted-documents.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({HASHES[n]: d for n, d in DOCS.items()}))
    return str(path)


@pytest.fixture(scope="module")
def public_base(database: None, queue_name: str, manifest: str, wechat: str) -> Iterator[str]:
    yield from _serve(_env(ARQ_QUEUE=queue_name, PERSISTED_DOCUMENTS=manifest, PUBLIC_RATE_LIMIT="100000",
                           WECHAT_APPID="wx-test-app", WECHAT_SECRET="wx-test-secret", WECHAT_API_BASE=wechat),
                      "api-public", workers=2)


class Public:
    """A public-app client: persisted operations only, as the mini-program sends them."""

    def __init__(self, base: str, token: str | None = None, headers: dict[str, str] | None = None) -> None:
        self.client = httpx.Client(base_url=base, timeout=30)
        self.token = token
        self.headers = headers or {}

    def run(self, name: str, variables: dict | None = None) -> httpx.Response:
        h = dict(self.headers)
        if self.token:
            h["authorization"] = f"Bearer {self.token}"
        return self.client.post("/graphql", json={"documentId": HASHES[name], "variables": variables or {}},
                                headers=h)

    def data(self, name: str, variables: dict | None = None) -> dict:
        r = self.run(name, variables)
        body = r.json()
        assert r.status_code == 200 and not body.get("errors"), body
        return body["data"]

    def errors(self, name: str, variables: dict | None = None) -> list[dict]:
        body = self.run(name, variables).json()
        assert body.get("errors"), body
        return body["errors"]


@pytest.fixture(scope="module")
def anon(public_base: str) -> Public:
    return Public(public_base)


@pytest.fixture(scope="module")
def insured(public_base: str) -> Public:
    s = Public(public_base).data("login", {"p": "DEV", "code": "device-" + unique("t")[2:]})["insuredLogin"]["session"]
    return Public(public_base, s["token"])


def stocked_drug() -> str:
    """A drug on hand at several listed institutions around Ürümqi."""
    return sql("SELECT d.code FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
               "JOIN organisation o ON o.id = l.organisation_id WHERE l.on_hand > 0 AND o.public_listed "
               "AND o.division_code LIKE '6501%' GROUP BY d.code ORDER BY count(*) DESC, d.code LIMIT 1")[0]["code"]
