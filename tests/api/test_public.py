"""The public drug finder through HTTP as the mini-program calls it (PUB-01…19, 27…29; settled sales for PUB-08):
persisted operations for anonymous and insured callers, nearest-first lists checked against the stored positions,
recency indicators checked against the data, insured login (dev provider and a fake WeChat server over HTTP),
trace scans, rate limits, the partner stocking query and the settlement feed."""
from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from domain.public.geo import gcj02_to_wgs84, haversine_m, wgs84_to_gcj02
from domain.shared.config import shanghai_today
from tests.conftest import ROOT, _env, _serve
from tests.helpers import Api, sql, unique

URUMQI = (43.80, 87.60)  # WGS-84, near the demo's 天山区 / 沙依巴克区 institutions

DOCS = {
    "search": "query Search($k: String, $c: String, $first: Int, $after: String) { publicDrugs(keyword: $k, "
              "categoryCode: $c, first: $first, after: $after) { nodes { code genericName tradeName manufacturer "
              "reimbursementClass dosageForm categoryName } pageInfo { hasNextPage endCursor } } }",
    "suggest": "query Suggest($p: String!) { publicDrugSuggestions(prefix: $p) { text kind initials } }",
    "categories": "query Categories { publicDrugCategories { code name drugType drugCount } }",
    "drug": "query Drug($code: String!) { publicDrug(code: $code) { code genericName spec reimbursementClass "
            "insert { indications dosage } } }",
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
    "login": "mutation Login($p: IdentityProvider!, $code: String!) { insuredLogin(provider: $p, code: $code) { "
             "session { token displayName expiresAt } userErrors { code message field } } }",
    "scan": "mutation Scan($code: String!) { scanTraceCode(code: $code) { scan { id code result message drug "
            "{ code genericName } } userErrors { code message } } }",
    "myScans": "query MyScans { myTraceScans(first: 10) { nodes { code result } } }",
    "visit": "mutation Visit($at: GeoPointInput, $page: String!) { recordPublicVisit(at: $at, page: $page) }",
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


# --- persisted operations ------------------------------------------------------------------------------------

def test_anonymous_callers_must_use_persisted_operations(anon: Public, public_base: str):
    raw = httpx.post(public_base + "/graphql", json={"query": DOCS["categories"]})
    assert raw.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_REQUIRED"
    unknown = httpx.post(public_base + "/graphql", json={"documentId": "0" * 64})
    assert unknown.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    cats = anon.data("categories")["publicDrugCategories"]
    assert {"X:J", "Z:A"} <= {c["code"] for c in cats} and all(c["drugCount"] > 0 for c in cats)
    # Apollo-style automatic persisted queries name the same documents
    apq = httpx.post(public_base + "/graphql", json={"extensions": {"persistedQuery": {
        "version": 1, "sha256Hash": HASHES["categories"]}}})
    assert apq.json()["data"]["publicDrugCategories"] == cats


def test_staff_and_partners_may_send_their_own_documents(api: Api):
    r = api.gql("{ publicDrugs(keyword: \"阿莫西林\", first: 2) { nodes { genericName } } }", as_="nhsa_public")
    assert [n["genericName"] for n in r.ok()["publicDrugs"]["nodes"]] == ["阿莫西林", "阿莫西林"]


# --- drug search (PUB-01…04) -----------------------------------------------------------------------------------

def test_search_by_name_trade_name_pinyin_and_category(anon: Public):
    by_name = anon.data("search", {"k": "阿莫西林", "first": 5})["publicDrugs"]
    assert by_name["nodes"] and all("阿莫西林" in n["genericName"] for n in by_name["nodes"])
    assert all(n["manufacturer"] for n in by_name["nodes"])
    by_pinyin = anon.data("search", {"k": "amxl", "first": 5})["publicDrugs"]["nodes"]
    assert by_pinyin and all(n["genericName"].startswith("阿莫西林") for n in by_pinyin)
    trade = sql("SELECT trade_name FROM drug_code WHERE trade_name IS NOT NULL ORDER BY code LIMIT 1")[0]["trade_name"]
    by_trade = anon.data("search", {"k": trade, "first": 50})["publicDrugs"]["nodes"]
    assert any(n["tradeName"] == trade for n in by_trade)
    in_class = anon.data("search", {"c": "X:J", "first": 20})["publicDrugs"]["nodes"]
    assert in_class and all(n["categoryName"] == "全身用抗感染药" for n in in_class)
    # paging: the second page continues the first without overlap
    p1 = anon.data("search", {"k": "片", "first": 5})["publicDrugs"]
    p2 = anon.data("search", {"k": "片", "first": 5, "after": p1["pageInfo"]["endCursor"]})["publicDrugs"]
    assert p1["pageInfo"]["hasNextPage"] and not {n["code"] for n in p1["nodes"]} & {n["code"] for n in p2["nodes"]}


def test_search_reimbursement_class_follows_the_published_catalog(anon: Public):
    row = sql("SELECT d.code, e.reimbursement_class FROM catalog_entry e JOIN catalog_version v ON v.id = e.version_id "
              "JOIN drug_code d ON d.id = e.drug_code_id WHERE v.state = 'PUBLISHED' AND v.owner_division = '650000' "
              "ORDER BY v.published_at DESC, d.code LIMIT 1")[0]
    drug = anon.data("drug", {"code": row["code"]})["publicDrug"]
    assert drug["reimbursementClass"] == row["reimbursement_class"]
    assert drug["insert"]["indications"]
    assert anon.data("drug", {"code": "XZZZZ0000000000000000000"})["publicDrug"] is None


@pytest.mark.parametrize("keyword,reason", [("", "KEYWORD_EMPTY"), ("   ", "KEYWORD_EMPTY"),
                                            ("药" * 200, "KEYWORD_TOO_LONG")])
def test_bad_searches_get_a_reason(anon: Public, keyword: str, reason: str):
    err = anon.errors("search", {"k": keyword})[0]
    assert err["extensions"]["code"] == "BAD_USER_INPUT" and err["extensions"]["reason"] == reason
    assert err["message"]


def test_suggestions_as_the_user_types(anon: Public):
    chinese = anon.data("suggest", {"p": "阿莫"})["publicDrugSuggestions"]
    assert chinese and all(s["text"].startswith("阿莫") for s in chinese)
    pinyin = anon.data("suggest", {"p": "amx"})["publicDrugSuggestions"]
    assert any(s["text"] == "阿莫西林" for s in pinyin) and all(s["initials"].startswith("amx") for s in pinyin)
    assert anon.errors("suggest", {"p": ""})[0]["extensions"]["reason"] == "KEYWORD_EMPTY"


# --- where the drug is on sale (PUB-05…08) ---------------------------------------------------------------------

def test_outlets_are_nearest_first_with_true_distances_and_recency(anon: Public):
    code = stocked_drug()
    near = {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}
    res = anon.data("outlets", {"code": code, "near": near, "first": 10})["publicDrugOutlets"]
    assert res["purchaseWindowDays"] == 30 and res["settlementWindowDays"] == 90
    outlets = res["outlets"]
    assert len(outlets) >= 3 and res["total"] >= len(outlets)
    dists = [o["distanceMeters"] for o in outlets]
    assert dists == sorted(dists)
    today = shanghai_today()
    for o in outlets:
        inst = sql("SELECT id, lat, lon FROM organisation WHERE code = $1", o["institution"]["code"])[0]
        assert abs(haversine_m(URUMQI[0], URUMQI[1], inst["lat"], inst["lon"]) - o["distanceMeters"]) < 5
        truth = sql(
            "SELECT EXISTS (SELECT 1 FROM stock_movement m JOIN drug_code d ON d.id = m.drug_code_id WHERE "
            "m.organisation_id = $1 AND d.code = $2 AND m.kind = 'RECEIPT' AND m.business_date >= $3) AS p, "
            "EXISTS (SELECT 1 FROM settlement_sale s JOIN drug_code d ON d.id = s.drug_code_id WHERE "
            "s.organisation_id = $1 AND d.code = $2 AND s.settled_on >= $4) AS s",
            inst["id"], code, today - timedelta(days=29), today - timedelta(days=89))[0]
        assert (o["recentlyPurchased"], o["recentlySettled"]) == (truth["p"], truth["s"])
    # every listed holder counts, and nobody without stock is listed
    holders = sql("SELECT count(*) AS n FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id JOIN "
                  "organisation o ON o.id = l.organisation_id WHERE d.code = $1 AND l.on_hand > 0 AND o.public_listed "
                  "AND o.subtype IN ('HOSPITAL', 'PHARMACY')", code)[0]["n"]
    assert res["total"] == holders
    only_pharmacies = anon.data("outlets", {"code": code, "near": near, "kind": "PHARMACY"})["publicDrugOutlets"]
    assert all(o["institution"]["kind"] == "PHARMACY" for o in only_pharmacies["outlets"])


def test_a_gcj02_position_is_converted_before_measuring(anon: Public):
    code = stocked_drug()
    glat, glon = wgs84_to_gcj02(*URUMQI)
    assert haversine_m(glat, glon, *URUMQI) > 100  # the offset is real in Xinjiang
    wgs = anon.data("outlets", {"code": code, "near": {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}})
    gcj = anon.data("outlets", {"code": code, "near": {"lat": glat, "lon": glon, "datum": "GCJ02"}})
    a = [(o["institution"]["code"], o["distanceMeters"]) for o in wgs["publicDrugOutlets"]["outlets"]]
    b = [(o["institution"]["code"], o["distanceMeters"]) for o in gcj["publicDrugOutlets"]["outlets"]]
    assert [c for c, _ in a] == [c for c, _ in b]
    assert all(abs(x - y) <= 1 for (_, x), (_, y) in zip(a, b, strict=True))


@pytest.mark.parametrize("lat,lon", [(91, 87.6), (43.8, 181), (-90.5, 0)])
def test_coordinates_out_of_range_are_refused(anon: Public, lat: float, lon: float):
    err = anon.errors("outlets", {"code": stocked_drug(), "near": {"lat": lat, "lon": lon, "datum": "WGS84"}})[0]
    assert err["extensions"]["reason"] == "BAD_COORDINATES"


# --- nearby institutions (PUB-09…18) ---------------------------------------------------------------------------

def test_nearby_pharmacies_and_medical_institutions(anon: Public):
    near = {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}
    for kind in ("PHARMACY", "HOSPITAL"):
        page = anon.data("nearby", {"kind": kind, "near": near, "first": 8})["publicInstitutions"]
        nodes = page["nodes"]
        assert nodes and all(n["kind"] == kind for n in nodes)
        assert [n["distanceMeters"] for n in nodes] == sorted(n["distanceMeters"] for n in nodes)
        # the true nearest listed institution of that kind comes first
        truth = sql("SELECT code, lat, lon FROM organisation WHERE subtype = $1 AND public_listed AND lat IS NOT NULL",
                    kind)
        nearest = min(truth, key=lambda r: haversine_m(URUMQI[0], URUMQI[1], r["lat"], r["lon"]))
        assert nodes[0]["code"] == nearest["code"]
        more = anon.data("nearby", {"kind": kind, "near": near, "first": 8,
                                    "after": page["pageInfo"]["endCursor"]})["publicInstitutions"]["nodes"]
        assert more and more[0]["distanceMeters"] >= nodes[-1]["distanceMeters"]
    by_name = anon.data("nearby", {"kind": "PHARMACY", "sort": "NAME", "first": 10})["publicInstitutions"]["nodes"]
    assert [n["name"] for n in by_name] == sorted(n["name"] for n in by_name)
    # a full name as displayed, full-width brackets included, finds its institution
    full = anon.data("nearby", {"kind": "PHARMACY", "name": by_name[0]["name"]})["publicInstitutions"]["nodes"]
    assert "（" in by_name[0]["name"] and by_name[0]["code"] in {n["code"] for n in full}
    in_county = anon.data("nearby", {"kind": "PHARMACY", "division": "650102", "near": near})["publicInstitutions"]
    assert in_county["nodes"] and all(n["divisionCode"] == "650102" for n in in_county["nodes"])
    private = anon.data("nearby", {"kind": "HOSPITAL", "ownership": "PRIVATE", "first": 50})["publicInstitutions"]
    assert all(n["ownership"] == "PRIVATE" for n in private["nodes"])
    within = anon.data("nearby", {"kind": "PHARMACY", "near": near, "within": 3000, "first": 50})["publicInstitutions"]
    assert all(n["distanceMeters"] <= 3000 for n in within["nodes"])
    assert within["totalCount"] == len(within["nodes"])


def test_unlisted_institutions_stay_off_the_public_side(anon: Public):
    near = {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}
    first = anon.data("nearby", {"kind": "PHARMACY", "near": near, "first": 1})["publicInstitutions"]["nodes"][0]
    sql("UPDATE organisation SET public_listed = false WHERE code = $1", first["code"])
    try:
        again = anon.data("nearby", {"kind": "PHARMACY", "near": near, "first": 5})["publicInstitutions"]["nodes"]
        assert first["code"] not in {n["code"] for n in again}
        assert anon.data("institution", {"code": first["code"], "datum": "WGS84"})["publicInstitution"] is None
    finally:
        sql("UPDATE organisation SET public_listed = true WHERE code = $1", first["code"])


def test_an_institution_its_drugs_on_sale_and_its_position_for_navigation(anon: Public):
    inst = sql("SELECT o.code, o.lat, o.lon FROM organisation o WHERE o.subtype = 'PHARMACY' AND o.public_listed "
               "AND o.division_code = '650102' AND EXISTS (SELECT 1 FROM stock_level l WHERE l.organisation_id = o.id "
               "AND l.on_hand > 0) ORDER BY o.code LIMIT 1")[0]
    wgs = anon.data("institution", {"code": inst["code"], "datum": "WGS84"})["publicInstitution"]
    assert (wgs["location"]["lat"], wgs["location"]["lon"]) == (round(inst["lat"], 7), round(inst["lon"], 7))
    assert wgs["phone"] and wgs["businessHours"]
    gcj = anon.data("institution", {"code": inst["code"], "datum": "GCJ02"})["publicInstitution"]["location"]
    back = gcj02_to_wgs84(gcj["lat"], gcj["lon"])
    assert gcj["datum"] == "GCJ02" and haversine_m(*back, inst["lat"], inst["lon"]) < 0.05
    on_sale = {n["code"] for n in wgs["onSaleDrugs"]["nodes"]}
    truth = {r["code"] for r in sql("SELECT d.code FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
                                    "JOIN organisation o ON o.id = l.organisation_id WHERE o.code = $1 AND "
                                    "l.on_hand > 0 ORDER BY d.generic_initials, d.generic_name, d.code LIMIT 50",
                                    inst["code"])}
    assert on_sale == truth and on_sale


def test_the_nearest_query_uses_the_spatial_index(database: None):
    """KNN order comes from the GiST index on ll_to_earth(lat, lon) (sequential scans off: the small test table
    would otherwise be read whole, which is the right plan for 100 rows but proves nothing)."""
    import asyncio

    import asyncpg

    from tests.helpers import db_url

    async def plan() -> str:
        conn = await asyncpg.connect(db_url())
        try:
            await conn.execute("SET enable_seqscan = off; SET enable_bitmapscan = off")
            rows = await conn.fetch(
                "EXPLAIN SELECT id FROM organisation WHERE lat IS NOT NULL AND subtype IN ('HOSPITAL','PHARMACY') "
                "ORDER BY ll_to_earth(lat, lon) <-> ll_to_earth(43.8, 87.6) LIMIT 20")
            return "\n".join(r[0] for r in rows)
        finally:
            await conn.close()

    text = asyncio.run(plan())
    assert "ix_organisation_earth" in text and "Sort" not in text, text


def test_divisions_for_the_filter(anon: Public):
    prefectures = anon.data("divisions", {})["publicDivisions"]
    assert "650100" in {d["code"] for d in prefectures}
    counties = anon.data("divisions", {"p": "650100"})["publicDivisions"]
    assert "650102" in {d["code"] for d in counties}
    assert anon.errors("divisions", {"p": "110000"})[0]["extensions"]["reason"] == "UNKNOWN_DIVISION"


def test_the_county_of_a_position(anon: Public):
    # 天山区's seat is the nearest to a point a few hundred metres from it; GCJ-02 input lands in the same county
    seat = sql("SELECT lat::float8 AS lat, lon::float8 AS lon FROM division WHERE code = '650102'")[0]
    here = anon.data("divisionAt", {"at": {"lat": seat["lat"] + 0.002, "lon": seat["lon"], "datum": "WGS84"}})
    assert here["publicDivisionAt"] == {"code": "650102", "name": "天山区", "level": "COUNTY"}
    glat, glon = wgs84_to_gcj02(seat["lat"], seat["lon"])
    assert anon.data("divisionAt", {"at": {"lat": glat, "lon": glon, "datum": "GCJ02"}})["publicDivisionAt"][
        "code"] == "650102"
    # Beijing is outside the public app's region
    assert anon.data("divisionAt", {"at": {"lat": 39.9, "lon": 116.4, "datum": "WGS84"}})["publicDivisionAt"] is None
    assert anon.errors("divisionAt", {"at": {"lat": 99, "lon": 0}})[0]["extensions"]["reason"] == "BAD_COORDINATES"


# --- insured persons: login, trace scans (PUB-19) -------------------------------------------------------------

def test_dev_login_is_stable_per_device(public_base: str):
    p = Public(public_base)
    device = "device-" + unique("d")[2:]
    a = p.data("login", {"p": "DEV", "code": device})["insuredLogin"]
    b = p.data("login", {"p": "DEV", "code": device})["insuredLogin"]
    assert a["session"]["token"] and b["session"]["token"]
    assert len(sql("SELECT id FROM insured_person WHERE provider = 'DEV' AND subject = $1", device)) == 1
    bad = p.data("login", {"p": "DEV", "code": "<script>"})["insuredLogin"]
    assert bad["session"] is None and bad["userErrors"][0]["code"] == "INVALID_CODE"


def test_wechat_login_goes_through_jscode2session(public_base: str):
    p = Public(public_base)
    who = unique("w")[2:]
    ok = p.data("login", {"p": "WECHAT", "code": f"good-{who}"})["insuredLogin"]
    assert ok["session"]["displayName"] == "微信用户" and not ok["userErrors"]
    row = sql("SELECT subject, union_id FROM insured_person WHERE provider = 'WECHAT' AND subject = $1", f"o-{who}")
    assert row and row[0]["union_id"] == f"u-{who}"
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'insured.login' AND actor_username = $1",
               f"insured:{sql('SELECT id FROM insured_person WHERE subject = $1', f'o-{who}')[0]['id']}")[0]["n"] == 1
    bad = p.data("login", {"p": "WECHAT", "code": "bad"})["insuredLogin"]
    assert bad["session"] is None and bad["userErrors"][0]["code"] == "INVALID_CODE"
    busy = p.data("login", {"p": "WECHAT", "code": "other"})["insuredLogin"]
    assert busy["userErrors"][0]["code"] == "PROVIDER_UNAVAILABLE"


def test_trace_scans_are_the_persons_own(insured: Public, anon: Public, public_base: str):
    prefix, drug = sql("SELECT t.prefix, d.code FROM trace_product t JOIN drug_code d ON d.id = t.drug_code_id "
                       "ORDER BY t.prefix LIMIT 1")[0].values()
    found = insured.data("scan", {"code": prefix + "1234567890123"})["scanTraceCode"]
    assert found["scan"]["result"] == "FOUND" and found["scan"]["drug"]["code"] == drug
    unknown = insured.data("scan", {"code": "0000000" + "1234567890123"})["scanTraceCode"]["scan"]
    assert unknown["result"] == "UNKNOWN_CODE" and unknown["drug"] is None and unknown["message"]
    invalid = insured.data("scan", {"code": "hello"})["scanTraceCode"]["scan"]
    assert invalid["result"] == "INVALID_FORMAT"
    empty = insured.data("scan", {"code": "  "})["scanTraceCode"]
    assert empty["scan"] is None and empty["userErrors"][0]["code"] == "CODE_EMPTY"
    mine = [s["result"] for s in insured.data("myScans")["myTraceScans"]["nodes"]]
    assert mine[:3] == ["INVALID_FORMAT", "UNKNOWN_CODE", "FOUND"]
    other = Public(public_base, Public(public_base).data("login", {"p": "DEV", "code": "device-other-1"})
                   ["insuredLogin"]["session"]["token"])
    assert all(s["code"] != "hello" for s in other.data("myScans")["myTraceScans"]["nodes"])
    assert anon.errors("scan", {"code": prefix + "1234567890123"})[0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert anon.errors("myScans")[0]["extensions"]["code"] == "UNAUTHENTICATED"


# --- usage events (PUB-27) --------------------------------------------------------------------------------------

def test_visits_and_searches_are_recorded_with_their_region(anon: Public):
    mark = sql("SELECT coalesce(max(id), 0) AS m FROM usage_event")[0]["m"]
    page = unique("index")  # this visit's own page name: other workers flush earlier tests' events meanwhile
    assert anon.data("visit", {"page": page, "at": {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}})[
        "recordPublicVisit"] is True
    word = "阿莫西林"
    anon.data("search", {"k": word})
    code = stocked_drug()
    anon.data("drug", {"code": code})
    drug_id = sql("SELECT id FROM drug_code WHERE code = $1", code)[0]["id"]
    deadline = time.time() + 5
    mine: dict = {}
    while time.time() < deadline:
        rows = sql("SELECT kind, keyword, division_code, drug_code_id, channel FROM usage_event WHERE id > $1", mark)
        mine = {r["kind"]: r for r in rows if (r["kind"], r["keyword"]) in (("VISIT", page), ("DRUG_SEARCH", word))
                or (r["kind"], r["drug_code_id"]) == ("DRUG_QUERY", drug_id)}
        if len(mine) == 3:
            break
        time.sleep(0.3)
    assert set(mine) == {"VISIT", "DRUG_SEARCH", "DRUG_QUERY"}
    assert mine["VISIT"]["division_code"] in ("650102", "650103", "650104", "650105", "650106", "650107")
    assert mine["VISIT"]["channel"] == "H5"


# --- rate limits -------------------------------------------------------------------------------------------------

def test_too_many_requests_get_a_clear_error(api: Api, queue_name: str, manifest: str):
    gen = _serve(_env(ARQ_QUEUE=queue_name, PERSISTED_DOCUMENTS=manifest, PUBLIC_RATE_LIMIT="5"), "api-limited")
    base = next(gen)
    try:
        p = Public(base)
        statuses = [p.run("categories").status_code for _ in range(8)]
        assert statuses[:5] == [200] * 5 and statuses[-1] == 429
        r = p.run("categories")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert r.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
        # staff are not public-app callers (the token comes from the other server: anonymous login here is limited too)
        assert Api(base).gql("{ publicDrugCategories { code } }", token=api.token("xj_admin")).ok()
    finally:
        gen.close()


# --- partners (PUB-28/29) and the settlement feed (PUB-08) ---------------------------------------------------------

def test_partner_stocking_query(api: Api):
    code = stocked_drug()
    q = ("query($c: String!) { publicDrugStocking(code: $c) { institutions pharmacies hospitals "
         "byDivision { divisionCode pharmacies hospitals } drug { genericName } } }")
    res = api.gql(q, {"c": code}, as_="nhsa_public").ok()["publicDrugStocking"]
    truth = sql("SELECT o.subtype, count(*) AS n FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id JOIN "
                "organisation o ON o.id = l.organisation_id WHERE d.code = $1 AND l.on_hand > 0 AND o.public_listed "
                "AND o.subtype IN ('HOSPITAL','PHARMACY') GROUP BY o.subtype", code)
    by = {r["subtype"]: r["n"] for r in truth}
    assert res["pharmacies"] == by.get("PHARMACY", 0) and res["hospitals"] == by.get("HOSPITAL", 0)
    assert sum(d["pharmacies"] + d["hospitals"] for d in res["byDivision"]) == res["institutions"]
    assert api.gql(q, {"c": code}, as_="xj_pharmacy").codes == ["FORBIDDEN"]


def test_settled_sales_load_is_all_or_nothing_and_idempotent(api: Api):
    inst = sql("SELECT o.code FROM organisation o WHERE o.subtype = 'PHARMACY' ORDER BY o.code LIMIT 1")[0]["code"]
    drug = stocked_drug()
    m = ("mutation($i: SettlementSalesLoadInput!) { settlementSalesLoad(input: $i) { loaded duplicates "
         "userErrors { code row field message } } }")
    no = unique("S")
    today = shanghai_today().isoformat()
    rows = [{"settlementNo": no, "drugCode": drug, "settledOn": today, "quantity": "2", "amount": "36.50",
             "fundAmount": "25.00"}]
    bad = rows + [{"settlementNo": no + "b", "drugCode": "XNOPE", "settledOn": "2999-01-01", "quantity": "-1",
                   "amount": "1.005", "fundAmount": "2"}]
    res = api.gql(m, {"i": {"institutionCode": inst, "rows": bad}}, as_="xj_settlement").ok()["settlementSalesLoad"]
    assert res["loaded"] == 0 and {e["code"] for e in res["userErrors"]} >= {"DRUG_NOT_FOUND", "FUTURE_DATE",
                                                                              "NEGATIVE_QUANTITY", "OUT_OF_RANGE"}
    assert all(e["row"] == 1 for e in res["userErrors"])
    assert not sql("SELECT 1 FROM settlement_sale WHERE settlement_no = $1", no)
    first = api.gql(m, {"i": {"institutionCode": inst, "rows": rows}}, as_="xj_settlement").ok()["settlementSalesLoad"]
    again = api.gql(m, {"i": {"institutionCode": inst, "rows": rows}}, as_="xj_settlement").ok()["settlementSalesLoad"]
    assert (first["loaded"], first["duplicates"], again["loaded"], again["duplicates"]) == (1, 0, 0, 1)
    saved = sql("SELECT amount, fund_amount FROM settlement_sale WHERE settlement_no = $1", no)
    assert len(saved) == 1 and str(saved[0]["amount"]) == "36.50"
    assert api.gql(m, {"i": {"institutionCode": inst, "rows": rows}}, as_="xj_pharmacy").codes == ["FORBIDDEN"]


def test_production_refuses_the_development_identity(production_server: str, manifest: str):
    # the production server has no test manifest: even the login document is unknown there
    r = httpx.post(production_server + "/graphql", json={"documentId": HASHES["login"], "variables": {
        "p": "DEV", "code": "device-prod-1"}})
    assert r.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    staff = Api(production_server)
    res = staff.gql('mutation { insuredLogin(provider: DEV, code: "device-prod-1") { session { token } '
                    'userErrors { code } } }', as_="nhsa_public").ok()["insuredLogin"]
    assert res["session"] is None and res["userErrors"][0]["code"] == "PROVIDER_DISABLED"



HOLDER_TRUTH = ("SELECT l.drug_code_id, l.organisation_id, (SELECT max(m.business_date) FROM stock_movement m WHERE "
                "m.organisation_id = l.organisation_id AND m.drug_code_id = l.drug_code_id AND m.kind = 'RECEIPT') "
                "AS last_receipt_on, (SELECT max(s.settled_on) FROM settlement_sale s WHERE s.organisation_id = "
                "l.organisation_id AND s.drug_code_id = l.drug_code_id) AS last_settled_on FROM stock_level l JOIN "
                "organisation g ON g.id = l.organisation_id WHERE l.on_hand > 0 AND g.lat IS NOT NULL AND "
                "g.public_listed AND g.subtype IN ('HOSPITAL', 'PHARMACY')")


def _holders(dated: bool = False) -> set[tuple]:
    rows = sql("SELECT drug_code_id, organisation_id, last_receipt_on, last_settled_on FROM public_holder")
    return {tuple(r.values())[:4 if dated else 2] for r in rows}


def _truth() -> set[tuple]:
    return {tuple(r.values()) for r in sql(HOLDER_TRUTH)}


def test_holder_positions_follow_stock_reports_and_institution_edits(api: Api, anon: Public):
    """public_holder (the nearest-holders index) is kept by triggers: equal to its definition after every write,
    with the dates of each pair's last receipt and last settled sale."""
    assert _holders(dated=True) == _truth()
    org = sql("SELECT o.id, o.code FROM organisation o JOIN app_user u ON u.organisation_id = o.id "
              "WHERE u.username = 'xj_pharmacy'")[0]
    held = sql("SELECT d.id, d.code FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
               "WHERE l.organisation_id = $1 AND l.on_hand > 0 ORDER BY d.code LIMIT 1", org["id"])[0]
    report = ("mutation($i: StockReportInput!) { stockReport(input: $i) { report { rowCount } "
              "userErrors { code message } } }")
    today = shanghai_today().isoformat()
    level = sql("SELECT on_hand FROM stock_level WHERE organisation_id = $1 AND drug_code_id = $2", org["id"],
                held["id"])[0]["on_hand"]
    sold_out = {"batchKey": unique("sold-out"), "rows": [{"drugCode": held["code"], "businessDate": today,
                                                          "receivedQty": "0", "soldQty": str(level), "onHandQty": "0"}]}
    assert api.gql(report, {"i": sold_out}, as_="xj_pharmacy").ok()["stockReport"]["userErrors"] == []
    assert (held["id"], org["id"]) not in _holders()
    near = {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}
    codes = {o["institution"]["code"] for o in anon.data("outlets", {"code": held["code"], "near": near, "first": 50})[
        "publicDrugOutlets"]["outlets"]}
    assert org["code"] not in codes
    restock = {"batchKey": unique("restock"), "rows": [{"drugCode": held["code"], "businessDate": today,
                                                        "receivedQty": "12", "soldQty": "0", "onHandQty": "12"}]}
    assert api.gql(report, {"i": restock}, as_="xj_pharmacy").ok()["stockReport"]["userErrors"] == []
    assert (held["id"], org["id"]) in _holders()
    # the recency flags follow a receipt and a settled sale at once, and a removed sale is taken back
    spot = sql("SELECT lat, lon FROM organisation WHERE id = $1", org["id"])[0]
    here = {"lat": spot["lat"], "lon": spot["lon"], "datum": "WGS84"}

    def flags() -> tuple[bool, bool]:
        res = anon.data("outlets", {"code": held["code"], "near": here, "first": 50})["publicDrugOutlets"]
        o = next(o for o in res["outlets"] if o["institution"]["code"] == org["code"])
        return o["recentlyPurchased"], o["recentlySettled"]

    assert flags()[0] is True
    sale_no = unique("S")
    load = ("mutation($i: SettlementSalesLoadInput!) { settlementSalesLoad(input: $i) { loaded userErrors { code } } }")
    sale = {"settlementNo": sale_no, "drugCode": held["code"], "settledOn": today, "quantity": "1", "amount": "9.90",
            "fundAmount": "5.00"}
    assert api.gql(load, {"i": {"institutionCode": org["code"], "rows": [sale]}},
                   as_="xj_settlement").ok()["settlementSalesLoad"]["loaded"] == 1
    assert flags() == (True, True) and _holders(dated=True) == _truth()
    sql("DELETE FROM settlement_sale WHERE settlement_no = $1", sale_no)
    assert _holders(dated=True) == _truth()
    # moving the institution moves its holder rows; unlisting removes them, relisting brings them back
    sql("UPDATE organisation SET lat = lat + 0.01 WHERE id = $1", org["id"])
    moved = sql("SELECT DISTINCT h.lat = o.lat AS same FROM public_holder h JOIN organisation o ON o.id = "
                "h.organisation_id WHERE o.id = $1", org["id"])
    assert [r["same"] for r in moved] == [True]
    sql("UPDATE organisation SET public_listed = false WHERE id = $1", org["id"])
    assert not any(o == org["id"] for _, o in _holders())
    sql("UPDATE organisation SET public_listed = true, lat = lat - 0.01 WHERE id = $1", org["id"])
    assert _holders(dated=True) == _truth()


def _listeners() -> int:
    return sql("SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'zhilian-listen' "
               "AND datname = current_database()")[0]["n"]


def test_nearest_holders_follow_changes_on_every_worker(api: Api, public_base: str):
    """Each API worker keeps the nearest-holders candidate sets it read (domain.public.nearby) until PostgreSQL
    notifies that the drug's holders changed: a pharmacy that sells out drops from every worker's list at once,
    comes back with its restock, and while a worker's LISTEN connection is down it reads PostgreSQL instead."""
    pharmacy = sql("SELECT o.id, o.code, o.lat, o.lon FROM organisation o JOIN app_user u ON u.organisation_id = o.id "
                   "WHERE u.username = 'xj_pharmacy'")[0]
    held = sql("SELECT d.id, d.code, l.on_hand FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
               "WHERE l.organisation_id = $1 AND l.on_hand > 0 ORDER BY d.code OFFSET 1 LIMIT 1", pharmacy["id"])[0]
    here = {"lat": pharmacy["lat"] + 0.0004, "lon": pharmacy["lon"] - 0.0003, "datum": "WGS84"}
    clients = [Public(public_base) for _ in range(8)]  # 8 connections: both workers (SO_REUSEPORT) in practice

    def listed() -> list[bool]:
        out = []
        for c in clients:
            res = c.data("outlets", {"code": held["code"], "near": here, "first": 20})["publicDrugOutlets"]
            codes = [o["institution"]["code"] for o in res["outlets"]]
            truth = [r["code"] for r in sql(
                "SELECT o.code FROM public_holder h JOIN organisation o ON o.id = h.organisation_id "
                "WHERE h.drug_code_id = $1 ORDER BY earth_distance(ll_to_earth(h.lat, h.lon), ll_to_earth($2, $3)), "
                "o.id LIMIT 20", held["id"], here["lat"], here["lon"])]
            assert codes == truth
            out.append(pharmacy["code"] in codes)
        return out

    def settles(expected: bool) -> bool:
        """Every worker's answer shows the change within a moment: PostgreSQL delivers the notification (or the
        closed LISTEN connection) to each worker asynchronously, a few milliseconds after the commit."""
        deadline = time.time() + 3
        while True:
            seen = listed()
            if seen == [expected] * 8 or time.time() > deadline:
                return seen == [expected] * 8
            time.sleep(0.05)

    def report(on_hand: int, sold: int) -> None:
        today = shanghai_today().isoformat()
        r = {"batchKey": unique("nb"), "rows": [{"drugCode": held["code"], "businessDate": today,
                                                 "receivedQty": str(on_hand), "soldQty": str(sold),
                                                 "onHandQty": str(on_hand)}]}
        mutation = ("mutation($i: StockReportInput!) { stockReport(input: $i) { report { rowCount } "
                    "userErrors { code } } }")
        assert api.gql(mutation, {"i": r}, as_="xj_pharmacy").ok()["stockReport"]["userErrors"] == []

    assert listed() == [True] * 8 and listed() == [True] * 8  # the second round from the workers' sets
    report(0, held["on_hand"])
    assert settles(False)
    report(7, 0)
    assert settles(True)
    # the listeners lost: the workers read PostgreSQL meanwhile, then listen again
    before = _listeners()
    assert before >= 2
    sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'zhilian-listen' "
        "AND datname = current_database()")
    report(0, 7)
    assert settles(False)
    deadline = time.time() + 15
    while _listeners() < before and time.time() < deadline:
        time.sleep(0.2)
    assert _listeners() >= before
    assert listed() == [False] * 8
    report(5, 0)
    assert settles(True)
    assert listed() == [True] * 8
