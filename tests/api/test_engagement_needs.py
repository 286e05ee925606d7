"""Purchase needs (PUB-25, IND-33), the notice bar (PUB-26), the usage dashboard (PUB-27, IND-31/32) and the drug
file's disclosure and trace sections (DRUG-26/27)."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from domain.shared.config import shanghai_today
from tests.engagement_helpers import PublicApp, make_insured, public_app_server
from tests.helpers import Api, global_id, make_user, sql, unique
from tests.supply_helpers import codes, make_supply_org

ERR = "userErrors { code field message }"
NEED = "id drugName spec manufacturer quantity divisionCode note contactPhone state stateLabel analysisNote canAnalyse drug { code }"
REGISTER = "mutation($i: PurchaseNeedRegisterInput!) { purchaseNeedRegister(input: $i) { need { %s } %s } }" % (NEED, ERR)
MY_NEEDS = "{ myPurchaseNeeds(first: 50) { totalCount nodes { id contactPhone state analysisNote } } }"
NEEDS = "query($f: PurchaseNeedFilter) { purchaseNeeds(filter: $f, first: 100) { totalCount nodes { %s } } }" % NEED
ANALYSE = "mutation($i: PurchaseNeedAnalyseInput!) { purchaseNeedAnalyse(input: $i) { need { %s } %s } }" % (NEED, ERR)
STATS = """query($g: PurchaseNeedGroupBy!, $d: String) { purchaseNeedStats(groupBy: $g, divisionCode: $d)
  { key label registrations people quantity analysed } }"""
NOTICE = "query($d: String) { publicNotice(divisionCode: $d) { divisionCode dataCalibre riskReminder updatedAt configuredDivisionCode } }"
SET_NOTICE = """mutation($i: PublicNoticeSetInput!) { publicNoticeSet(input: $i) { notice { divisionCode dataCalibre
  riskReminder updatedAt } %s } }""" % ERR
USAGE = """query($from: Date, $to: Date, $d: String) { publicUsage(from: $from, to: $to, divisionCode: $d) { from to divisionCode
  totals { drugQueries drugSearches institutionSearches institutionViews visits scans }
  trend { date drugQueries drugSearches visits scans } topKeywords { keyword count }
  visitsByDivision { divisionCode name visits } topDrugs { drug { code } count } } }"""
DRUG = """query($id: ID!, $from: Date) { node(id: $id) { ... on Drug {
  publicDisclosure(from: $from) { publishingInstitutions { institutions hospitals pharmacies }
    publishingByPrefecture { divisionCode label institutions } queryCount queryTrend { date count } }
  traceScans(from: $from) { scanCount byResult { result count } trend { date count } } } } }"""


@pytest.fixture(scope="module")
def app(database: None, queue_name: str) -> Iterator[PublicApp]:
    for base in public_app_server([REGISTER, MY_NEEDS, NOTICE], queue_name, "api-engagement-needs"):
        yield PublicApp(base)


@pytest.fixture(scope="module", autouse=True)
def users(database: None) -> None:
    make_user("t_need_viewer", "PREFECTURE_OFFICIAL", [], "650100")
    make_user("t_need_caller", "PREFECTURE_OFFICIAL", ["PERSONAL_DATA_VIEWER"], "650100")
    make_user("t_need_caller_kashi", "PREFECTURE_OFFICIAL", ["PERSONAL_DATA_VIEWER"], "653100")


def _register(app: PublicApp, who: int, **kw: Any) -> dict[str, Any]:
    return app.gql(REGISTER, {"i": kw}, insured=who).ok()["purchaseNeedRegister"]


# --- PUB-25 ----------------------------------------------------------------------------------------------

def test_purchase_need_is_registered_masked_for_the_bureau_and_analysed(api: Api, app: PublicApp):
    person = make_insured()
    (drug,) = codes(1, 1991)
    name = unique("阿莫西林胶囊")
    made = _register(app, person, drugName=name, drugCode=drug, spec="0.25g*24粒", quantity="2", divisionCode="650102",
                     contactPhone="13812341234", note="附近药店都没有", clientKey="need-1")
    assert made["userErrors"] == []
    need = made["need"]
    assert need["contactPhone"] == "13812341234" and need["state"] == "SUBMITTED" and need["quantity"] == "2.00"
    assert need["drug"]["code"] == drug
    assert _register(app, person, drugName="别的", clientKey="need-1")["need"]["id"] == need["id"]
    assert sql("SELECT count(*) AS n FROM purchase_need WHERE insured_id = $1", person)[0]["n"] == 1
    assert app.gql(MY_NEEDS, insured=person).ok()["myPurchaseNeeds"]["nodes"][0]["contactPhone"] == "13812341234"
    audit = sql("SELECT after::text AS a FROM audit_log WHERE entity_type = 'PurchaseNeed' AND entity_id = $1",
                str(_pk(need["id"])))
    assert len(audit) == 1 and "13812341234" not in audit[0]["a"]      # the phone stays out of the audit trail

    seen = api.gql(NEEDS, {"f": {"drugName": name}}, as_="wlmq_official").ok()["purchaseNeeds"]["nodes"]
    assert [(n["id"], n["contactPhone"], n["canAnalyse"]) for n in seen] == [(need["id"], "138****1234", True)]
    assert api.gql(NEEDS, {"f": {"drugName": name}}, as_="t_need_viewer").ok()["purchaseNeeds"]["nodes"][0][
        "canAnalyse"] is False
    assert api.gql(NEEDS, {"f": {"drugName": name}}, as_="kashi_official").ok()["purchaseNeeds"]["totalCount"] == 0
    _, _, staff = make_supply_org("PHARMACY", "650102")
    assert api.gql(NEEDS, {"f": {"drugName": name}}, as_=staff).codes == ["FORBIDDEN"]

    def analyse(who: str, note: str) -> dict[str, Any]:
        return api.gql(ANALYSE, {"i": {"id": need["id"], "note": note}}, as_=who).ok()["purchaseNeedAnalyse"]
    assert analyse("kashi_official", "看不到")["userErrors"][0]["code"] == "NOT_FOUND"
    assert analyse("wlmq_official", " ")["userErrors"][0]["code"] == "OPINION_REQUIRED"
    assert api.gql(ANALYSE, {"i": {"id": need["id"], "note": "x"}}, as_="t_need_viewer").codes == ["FORBIDDEN"]
    done = analyse("wlmq_official", "已协调配送企业补货")
    assert done["userErrors"] == [] and done["need"]["state"] == "ANALYSED"
    assert done["need"]["contactPhone"] == "138****1234"
    assert analyse("wlmq_official", "再来一次")["userErrors"][0]["code"] == "ILLEGAL_TRANSITION"
    mine = app.gql(MY_NEEDS, insured=person).ok()["myPurchaseNeeds"]["nodes"][0]
    assert (mine["state"], mine["analysisNote"]) == ("ANALYSED", "已协调配送企业补货")
    assert sql("SELECT count(*) AS n FROM audit_log WHERE entity_type = 'PurchaseNeed' AND entity_id = $1 "
               "AND action = 'purchase_need.analyse'", str(_pk(need["id"])))[0]["n"] == 1


REVEAL = ("mutation($i: PurchaseNeedContactRevealInput!) { purchaseNeedContactReveal(input: $i) { contactPhone "
          "userErrors { code field } } }")


def test_an_unmasked_phone_needs_the_post_and_a_reason_and_each_read_is_audited(api: Api, app: PublicApp):
    person = make_insured()
    need = _register(app, person, drugName=unique("他克莫司"), divisionCode="650102", contactPhone="13912345678",
                     clientKey=unique("k"))["need"]
    quiet = _register(app, person, drugName=unique("他克莫司"), divisionCode="650102", clientKey=unique("k"))["need"]

    def reveal(who: str, nid: str, reason: str) -> Any:
        return api.gql(REVEAL, {"i": {"id": nid, "reason": reason}}, as_=who)

    assert reveal("t_need_viewer", need["id"], "回访").codes == ["FORBIDDEN"]   # reading phones needs its own post
    assert reveal("t_need_caller", need["id"], " ").ok()["purchaseNeedContactReveal"]["userErrors"] == [
        {"code": "REQUIRED", "field": ["reason"]}]
    assert reveal("t_need_caller", need["id"], "长" * 101).ok()["purchaseNeedContactReveal"]["userErrors"][0]["code"] == \
        "VALUE_TOO_LONG"
    assert reveal("t_need_caller_kashi", need["id"], "回访").ok()["purchaseNeedContactReveal"]["userErrors"][0]["code"] == \
        "NOT_FOUND"                                                        # outside the caller's area
    before = sql("SELECT count(*) AS n FROM audit_log WHERE action = 'personal_data.read'")[0]["n"]
    got = reveal("t_need_caller", need["id"], "电话回访需求人").ok()["purchaseNeedContactReveal"]
    assert got == {"contactPhone": "13912345678", "userErrors": []}
    assert reveal("t_need_caller", quiet["id"], "电话回访").ok()["purchaseNeedContactReveal"]["contactPhone"] is None
    rows = sql("SELECT actor_username, entity_id, opinion, after::text AS a FROM audit_log "
               "WHERE action = 'personal_data.read' ORDER BY id DESC LIMIT 2")
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'personal_data.read'")[0]["n"] == before + 2
    assert (rows[1]["actor_username"], rows[1]["entity_id"], rows[1]["opinion"]) == (
        "t_need_caller", str(_pk(need["id"])), "电话回访需求人")
    assert "13912345678" not in rows[1]["a"]                              # the audit trail never holds the number
    # the list stays masked for everyone
    seen = api.gql(NEEDS, {"f": {"drugName": "他克莫司"}}, as_="t_need_caller").ok()["purchaseNeeds"]["nodes"]
    assert all(n["contactPhone"] in (None, "139****5678") for n in seen)


def test_purchase_need_rejects_bad_input(app: PublicApp):
    person = make_insured()
    before = sql("SELECT count(*) AS n FROM purchase_need")[0]["n"]
    cases = [({"drugName": "  "}, "REQUIRED", ["drugName"]),
             ({"drugName": "x" * 101}, "VALUE_TOO_LONG", ["drugName"]),
             ({"drugName": "药", "contactPhone": "12345"}, "INVALID_PHONE", ["contactPhone"]),
             ({"drugName": "药", "divisionCode": "659999"}, "UNKNOWN_DIVISION", ["divisionCode"]),
             ({"drugName": "药"}, "REQUIRED", ["divisionCode"]),
             ({"drugName": "药", "drugCode": "XA00000000000000000000"}, "UNKNOWN_DRUG", ["drugCode"]),
             ({"drugName": "药", "quantity": "0"}, "INVALID_VALUE", ["quantity"]),
             ({"drugName": "药", "quantity": "1.234"}, "INVALID_VALUE", ["quantity"])]
    for extra, code, field in cases:
        i = {"divisionCode": "650102", **extra} if "divisionCode" not in extra and extra != {"drugName": "药"} else extra
        out = _register(app, person, **i)
        assert out["need"] is None and [(e["code"], e["field"]) for e in out["userErrors"]] == [(code, field)], extra
    assert sql("SELECT count(*) AS n FROM purchase_need")[0]["n"] == before


def test_purchase_need_statistics_by_drug_division_and_month(api: Api, app: PublicApp):
    name = unique("统计药")
    for who, div in [(make_insured(), "650102"), (make_insured(), "650102"), (make_insured(), "653101")]:
        assert _register(app, who, drugName=name, divisionCode=div, quantity="3")["userErrors"] == []
    by_drug = {s["key"]: s for s in api.gql(STATS, {"g": "DRUG_NAME"}, as_="xj_admin").ok()["purchaseNeedStats"]}
    assert (by_drug[name]["registrations"], by_drug[name]["people"], by_drug[name]["quantity"]) == (3, 3, "9.00")
    wlmq = {s["key"]: s for s in api.gql(STATS, {"g": "DRUG_NAME"}, as_="wlmq_official").ok()["purchaseNeedStats"]}
    assert wlmq[name]["registrations"] == 2
    by_div = {s["key"]: s for s in api.gql(STATS, {"g": "DIVISION"}, as_="xj_admin").ok()["purchaseNeedStats"]}
    assert by_div["650100"]["label"] == "乌鲁木齐市" and by_div["650100"]["registrations"] >= 2
    assert by_div["653100"]["registrations"] >= 1
    counties = {s["key"] for s in api.gql(STATS, {"g": "DIVISION", "d": "650100"}, as_="wlmq_official").ok()[
        "purchaseNeedStats"]}
    assert "650102" in counties and "653101" not in counties
    months = api.gql(STATS, {"g": "MONTH"}, as_="xj_admin").ok()["purchaseNeedStats"]
    assert shanghai_today().strftime("%Y-%m") in {m["key"] for m in months}
    assert api.gql(STATS, {"g": "DIVISION", "d": "650100"}, as_="kashi_official").errors[0]["extensions"][
        "reason"] == "OUT_OF_AREA"


# --- PUB-26 ----------------------------------------------------------------------------------------------

def test_notice_walks_up_to_the_nearest_configured_division(api: Api, app: PublicApp):
    def notice(code: str | None) -> dict[str, Any]:
        return app.gql(NOTICE, {"d": code}, insured=None).ok()["publicNotice"]

    def set_(who: str, code: str, calibre: str, risk: str = "请遵医嘱用药") -> dict[str, Any]:
        return api.gql(SET_NOTICE, {"i": {"divisionCode": code, "dataCalibre": calibre, "riskReminder": risk}},
                       as_=who).ok()["publicNoticeSet"]
    built_in = notice("659001")                      # 石河子市: nothing configured up its chain in this test
    assert built_in["configuredDivisionCode"] in (None, "650000") and built_in["dataCalibre"]
    assert api.gql(NOTICE, {"d": "650102"}).codes == ["PERSISTED_QUERY_REQUIRED"]

    assert set_("xj_admin", "650000", "自治区口径：库存为机构最近一次报送")["userErrors"] == []
    assert notice("650102")["configuredDivisionCode"] == "650000"
    assert notice("650102")["dataCalibre"] == "自治区口径：库存为机构最近一次报送"
    assert set_("wlmq_official", "650100", "乌鲁木齐口径", "乌鲁木齐风险提醒")["notice"]["divisionCode"] == "650100"
    n = notice("650102")
    assert (n["configuredDivisionCode"], n["dataCalibre"], n["riskReminder"]) == ("650100", "乌鲁木齐口径", "乌鲁木齐风险提醒")
    assert n["updatedAt"] is not None and notice("653101")["configuredDivisionCode"] == "650000"
    assert notice("bogus")["configuredDivisionCode"] is None and notice(None)["updatedAt"] is None

    assert set_("wlmq_official", "650000", "越级")["userErrors"][0]["code"] == "OUT_OF_AREA"
    assert set_("kashi_official", "650100", "别人的")["userErrors"][0]["code"] == "OUT_OF_AREA"
    assert set_("wlmq_official", "650100", "长" * 301)["userErrors"][0]["code"] == "VALUE_TOO_LONG"
    assert set_("wlmq_official", "650100", " ")["userErrors"][0]["field"] == ["dataCalibre"]
    assert set_("wlmq_official", "999999", "x")["userErrors"][0]["code"] == "UNKNOWN_DIVISION"
    assert api.gql(SET_NOTICE, {"i": {"divisionCode": "650102", "dataCalibre": "x", "riskReminder": "y"}},
                   as_="tianshan_official").codes == ["FORBIDDEN"]
    assert notice("650102")["dataCalibre"] == "乌鲁木齐口径"        # the refused writes changed nothing
    audit = sql("SELECT before, after FROM audit_log WHERE action = 'public_notice.set' AND entity_id = '650100'")
    assert len(audit) == 1 and audit[0]["before"] in (None, "null") and "乌鲁木齐口径" in audit[0]["after"]


# --- PUB-27 ----------------------------------------------------------------------------------------------

def _events(rows: list[tuple[str, date, str | None, str | None, int | None]]) -> None:
    for kind, d, div, kw, drug in rows:
        sql("INSERT INTO usage_event (kind, occurred_at, business_date, channel, division_code, keyword, drug_code_id) "
            "VALUES ($1, $2::date + time '10:00', $2, 'MP_WEIXIN', $3, $4, $5)", kind, d, div, kw, drug)


def test_usage_dashboard_counts_the_callers_area(api: Api):
    today = shanghai_today()
    d1, d2 = today - timedelta(days=1), today - timedelta(days=2)
    (code,) = codes(1, 1992)
    drug = sql("SELECT id FROM drug_code WHERE code = $1", code)[0]["id"]
    kw = unique("常搜")

    def report(who: str, div: str | None = None) -> dict[str, Any]:
        return api.gql(USAGE, {"from": (today - timedelta(days=6)).isoformat(), "d": div}, as_=who).ok()["publicUsage"]
    before = {w: report(w) for w in ("wlmq_official", "kashi_official", "xj_admin")}
    _events([("VISIT", d1, "650102", None, None), ("VISIT", d1, "650102", None, None), ("VISIT", d2, "650103", None, None),
             ("VISIT", d1, "653101", None, None), ("DRUG_SEARCH", d1, "650102", kw, None),
             ("DRUG_SEARCH", d2, "650102", f" {kw} ", None), *[("DRUG_QUERY", d1, "650102", None, drug)] * 40,
             ("INSTITUTION_SEARCH", d2, "650102", None, None),
             ("VISIT", today - timedelta(days=30), "650102", None, None)])       # outside the window
    sql("INSERT INTO trace_scan (code, result, division_code, business_date) VALUES ('x', 'INVALID_FORMAT', '650102', $1)", d1)
    after = {w: report(w) for w in ("wlmq_official", "kashi_official", "xj_admin")}

    def delta(w: str, k: str) -> int:
        return after[w]["totals"][k] - before[w]["totals"][k]
    assert [delta("wlmq_official", k) for k in ("visits", "drugSearches", "drugQueries", "institutionSearches", "scans")] \
        == [3, 2, 40, 1, 1]
    assert delta("kashi_official", "visits") == 1 and delta("kashi_official", "drugSearches") == 0
    assert delta("xj_admin", "visits") == 4
    w = after["wlmq_official"]
    assert w["divisionCode"] == "650100" and len(w["trend"]) == 7 and w["trend"][-1]["date"] == today.isoformat()
    day1 = next(t for t in w["trend"] if t["date"] == d1.isoformat())
    day1_before = next(t for t in before["wlmq_official"]["trend"] if t["date"] == d1.isoformat())
    assert day1["visits"] - day1_before["visits"] == 2 and day1["scans"] - day1_before["scans"] == 1
    assert {"keyword": kw, "count": 2} in w["topKeywords"]
    assert code in {t["drug"]["code"] for t in w["topDrugs"]}
    vis = {v["divisionCode"]: v["visits"] for v in w["visitsByDivision"]}
    vis_before = {v["divisionCode"]: v["visits"] for v in before["wlmq_official"]["visitsByDivision"]}
    assert vis["650102"] - vis_before.get("650102", 0) == 2 and "653101" not in vis
    region = {v["divisionCode"]: v["visits"] for v in after["xj_admin"]["visitsByDivision"]}
    region_before = {v["divisionCode"]: v["visits"] for v in before["xj_admin"]["visitsByDivision"]}
    assert region["650100"] - region_before.get("650100", 0) == 3
    assert region["653100"] - region_before.get("653100", 0) == 1

    def bad(variables: dict[str, Any], who: str = "wlmq_official") -> str:
        return api.gql(USAGE, variables, as_=who).errors[0]["extensions"]["reason"]
    assert bad({"to": (today + timedelta(days=1)).isoformat()}) == "RANGE_INVALID"
    assert bad({"from": (today - timedelta(days=400)).isoformat()}) == "RANGE_TOO_LONG"
    assert bad({"from": today.isoformat(), "to": d1.isoformat()}) == "RANGE_INVALID"
    assert bad({"d": "653100"}) == "OUT_OF_AREA"
    _, _, staff = make_supply_org("PHARMACY", "650102")
    assert api.gql(USAGE, {}, as_=staff).codes == ["FORBIDDEN"]


# --- DRUG-26 / DRUG-27 -----------------------------------------------------------------------------------

def test_drug_file_disclosure_and_trace_sections(api: Api):
    today = shanghai_today()
    (code,) = codes(1, 1993)
    drug = sql("SELECT id FROM drug_code WHERE code = $1", code)[0]["id"]
    gid = global_id("Drug", drug)
    frm = (today - timedelta(days=9)).isoformat()
    before = {w: api.gql(DRUG, {"id": gid, "from": frm}, as_=w).ok()["node"] for w in ("xj_admin", "kashi_official")}
    listed, _, _ = make_supply_org("PHARMACY", "650102")
    unlisted, _, _ = make_supply_org("PHARMACY", "650102")
    empty, _, _ = make_supply_org("HOSPITAL", "653101", ownership="PUBLIC", hospital_level="05")
    sql("UPDATE organisation SET public_listed = false WHERE id = $1", unlisted)
    for org, qty in ((listed, 5), (unlisted, 5), (empty, 0)):
        sql("INSERT INTO stock_level (organisation_id, drug_code_id, on_hand, as_of) VALUES ($1, $2, $3, $4)",
            org, drug, qty, today)
    _events([("DRUG_QUERY", today - timedelta(days=1), "650102", None, drug)] * 3
            + [("DRUG_QUERY", today - timedelta(days=2), "653101", None, drug)])
    for result, div in (("FOUND", "650102"), ("FOUND", "650102"), ("FOUND", "653101")):
        sql("INSERT INTO trace_scan (code, result, drug_code_id, division_code, business_date) VALUES ('0', $1, $2, $3, $4)",
            result, drug, div, today)
    after = {w: api.gql(DRUG, {"id": gid, "from": frm}, as_=w).ok()["node"] for w in ("xj_admin", "kashi_official")}
    a, b = after["xj_admin"], before["xj_admin"]
    assert a["publicDisclosure"]["publishingInstitutions"]["pharmacies"] - \
        b["publicDisclosure"]["publishingInstitutions"]["pharmacies"] == 1           # listed and in stock only
    prefs = {p["divisionCode"]: p["institutions"] for p in a["publicDisclosure"]["publishingByPrefecture"]}
    assert prefs.get("650100", 0) >= 1
    assert a["publicDisclosure"]["queryCount"] - b["publicDisclosure"]["queryCount"] == 4
    assert len(a["publicDisclosure"]["queryTrend"]) == 10
    assert a["traceScans"]["scanCount"] - b["traceScans"]["scanCount"] == 3
    found = {r["result"]: r["count"] for r in a["traceScans"]["byResult"]}
    assert found["FOUND"] - {r["result"]: r["count"] for r in b["traceScans"]["byResult"]}["FOUND"] == 3
    k, kb = after["kashi_official"], before["kashi_official"]
    assert k["publicDisclosure"]["queryCount"] - kb["publicDisclosure"]["queryCount"] == 1
    assert k["traceScans"]["scanCount"] - kb["traceScans"]["scanCount"] == 1
    assert k["publicDisclosure"]["publishingInstitutions"]["institutions"] == \
        kb["publicDisclosure"]["publishingInstitutions"]["institutions"]             # the hospital has none on hand
    _, _, staff = make_supply_org("PHARMACY", "650102")
    assert api.gql(DRUG, {"id": gid}, as_=staff).codes == ["FORBIDDEN"]


def _pk(gid: str) -> int:
    import base64
    return int(base64.urlsafe_b64decode(gid + "=" * (-len(gid) % 4)).decode().split(":")[1])
