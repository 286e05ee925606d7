"""The public app's insured persons (login with the dev provider and a fake WeChat server over HTTP, trace scans,
PUB-19), usage events (PUB-27), rate limits, the partner stocking query (PUB-28/29) and the settlement feed (PUB-08)."""
from __future__ import annotations

import time

import httpx

from domain.shared.config import shanghai_today
from tests.conftest import _env, _serve
from tests.helpers import Api, sql, unique
from tests.public_helpers import HASHES, URUMQI, Public, stocked_drug


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
    found = insured.data("scan", {"code": prefix + "1234567890123"})["traceCodeScan"]
    assert found["scan"]["result"] == "FOUND" and found["scan"]["drug"]["code"] == drug
    unknown = insured.data("scan", {"code": "0000000" + "1234567890123"})["traceCodeScan"]["scan"]
    assert unknown["result"] == "UNKNOWN_CODE" and unknown["drug"] is None and unknown["message"]
    invalid = insured.data("scan", {"code": "hello"})["traceCodeScan"]["scan"]
    assert invalid["result"] == "INVALID_FORMAT"
    empty = insured.data("scan", {"code": "  "})["traceCodeScan"]
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
        "publicVisitRecord"] == {"recorded": True, "userErrors": []}
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


def test_a_visit_with_bad_input_gets_user_errors_and_is_not_recorded(anon: Public):
    mark = sql("SELECT coalesce(max(id), 0) AS m FROM usage_event")[0]["m"]
    long_page, off_map = unique("p") + "x" * 64, unique("off")
    too_long = anon.data("visit", {"page": long_page})["publicVisitRecord"]
    assert too_long["recorded"] is False
    assert [(e["code"], e["field"]) for e in too_long["userErrors"]] == [("BAD_PAGE", ["page"])]
    assert [e["code"] for e in anon.data("visit", {"page": ""})["publicVisitRecord"]["userErrors"]] == ["BAD_PAGE"]
    bad_at = anon.data("visit", {"page": off_map, "at": {"lat": 91, "lon": 87.6, "datum": "WGS84"}})[
        "publicVisitRecord"]
    assert bad_at["recorded"] is False
    assert [(e["code"], e["field"]) for e in bad_at["userErrors"]] == [("BAD_COORDINATES", ["at"])]
    good = unique("after")
    assert anon.data("visit", {"page": good})["publicVisitRecord"]["recorded"] is True
    deadline, pages = time.time() + 5, set()
    while time.time() < deadline and good not in pages:
        time.sleep(0.3)
        pages = {r["keyword"] for r in sql("SELECT keyword FROM usage_event WHERE id > $1 AND kind = 'VISIT'", mark)}
    time.sleep(1.5)  # the other worker's flush (once a second) too
    pages = {r["keyword"] for r in sql("SELECT keyword FROM usage_event WHERE id > $1 AND kind = 'VISIT'", mark)}
    assert good in pages and long_page not in pages and off_map not in pages


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
    # xj_settlement is Xinjiang's settlement interface: it loads for institutions of its own region only
    inst = sql("SELECT o.code FROM organisation o WHERE o.subtype = 'PHARMACY' AND o.division_code LIKE '65%' "
               "ORDER BY o.code LIMIT 1")[0]["code"]
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
    res = staff.gql('mutation { insuredLogin(input: {provider: DEV, code: "device-prod-1"}) { session { token } '
                    'userErrors { code } } }', as_="nhsa_public").ok()["insuredLogin"]
    assert res["session"] is None and res["userErrors"][0]["code"] == "PROVIDER_DISABLED"
