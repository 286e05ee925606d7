"""Public engagement: problem feedback and its handling (PUB-20…22), evaluations (PUB-23), institutions' public
information (PUB-24), purchase needs (PUB-25) and the notice bar (PUB-26)."""
from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from domain.public.geo import wgs84_to_gcj02
from tests.engagement_helpers import PublicApp, insured_token, make_insured, public_app_server
from tests.helpers import Api, make_user, sql
from tests.supply_helpers import codes, make_supply_org

ERR = "userErrors { code field message }"
FB = """id problemType problemTypeLabel description state stateLabel handlingNote divisionCode institutionCode
  institutionName drug { code } availableActions timeline { action label toState opinion actor { username displayName } }"""
REPORT = "mutation($i: InstitutionProblemReportInput!) { institutionProblemReport(input: $i) { feedback { %s } %s } }" % (FB, ERR)
HANDLE = "mutation($i: PublicFeedbackHandleInput!) { publicFeedbackHandle(input: $i) { feedback { %s } %s } }" % (FB, ERR)
LIST = """query($f: PublicFeedbackFilter) { publicFeedback(filter: $f, first: 100) { totalCount nodes { id state
  problemType institution { code } } } }"""
ITEM = "query($id: ID!) { publicFeedbackItem(id: $id) { %s } }" % FB
MINE = "{ myPublicFeedback(first: 50) { totalCount nodes { id state handlingNote institution { code } timeline { label actor { displayName } } } } }"
COUNTS = """query($g: PublicFeedbackGroupBy!, $f: PublicFeedbackFilter) { publicFeedbackCounts(groupBy: $g, filter: $f)
  { key label count } }"""


@pytest.fixture(scope="module")
def app(database: None, queue_name: str) -> Iterator[PublicApp]:
    docs = [v for k, v in globals().items() if k.isupper() and isinstance(v, str) and v.lstrip().startswith(
        ("query", "mutation", "{"))]
    for base in public_app_server(docs, queue_name, "api-engagement"):
        yield PublicApp(base)


@pytest.fixture(scope="module", autouse=True)
def users(database: None) -> None:
    make_user("t_pub_viewer", "PREFECTURE_OFFICIAL", [], "650100")           # reads, does not handle
    make_user("t_pub_county", "COUNTY_OFFICIAL", ["PUBLIC_SERVICE_HANDLER"], "650102")


def _report(app: PublicApp, insured: int, **kw: Any) -> dict[str, Any]:
    return app.gql(REPORT, {"i": kw}, insured=insured).ok()["institutionProblemReport"]


def _count(table: str) -> int:
    return sql(f"SELECT count(*) AS n FROM {table}")[0]["n"]


def test_public_app_fields_take_insured_callers_through_persisted_documents_only(api: Api, app: PublicApp):
    person = make_insured()
    _, code, _ = make_supply_org("PHARMACY", "650102")
    i = {"institutionCode": code, "problemType": "NAVIGATION"}
    assert api.gql(REPORT, {"i": i}, token=insured_token(person)).codes == ["PERSISTED_QUERY_REQUIRED"]
    assert api.gql(REPORT, {"i": i}).codes == ["PERSISTED_QUERY_REQUIRED"]
    # staff may send their own documents, but only insured persons hold public:self
    assert api.gql(REPORT, {"i": i}, as_="wlmq_official").codes == ["FORBIDDEN"]
    assert app.gql(REPORT, {"i": i}, insured=None).codes == ["UNAUTHENTICATED"]
    assert app.gql(REPORT + " ", {"i": i}, insured=person).codes == ["PERSISTED_QUERY_NOT_FOUND"]
    assert sql("SELECT count(*) AS n FROM public_feedback WHERE insured_id = $1", person)[0]["n"] == 0


def test_feedback_reaches_the_bureau_of_the_area_and_the_institution_only(api: Api, app: PublicApp):
    person = make_insured()
    org, code, staff = make_supply_org("PHARMACY", "650102")          # 天山区, 乌鲁木齐市
    _, _, other_staff = make_supply_org("PHARMACY", "650102")
    (drug,) = codes(1, 1990)
    made = _report(app, person, institutionCode=code, problemType="NOT_IN_STOCK", drugCode=drug,
                   description="店里说没货<script>alert(1)</script>", clientKey="fb-1")
    assert made["userErrors"] == []
    fb = made["feedback"]
    assert fb["state"] == "SUBMITTED" and fb["divisionCode"] == "650102" and fb["institutionCode"] == code
    assert fb["drug"]["code"] == drug and fb["problemTypeLabel"] == "没有在店内买到药品"
    assert fb["description"] == "店里说没货<script>alert(1)</script>"   # plain text, kept as typed
    # the same clientKey returns the first feedback, nothing new is stored
    again = _report(app, person, institutionCode=code, problemType="SERVICE", clientKey="fb-1")
    assert again["feedback"]["id"] == fb["id"] and again["feedback"]["problemType"] == "NOT_IN_STOCK"
    assert sql("SELECT count(*) AS n FROM public_feedback WHERE insured_id = $1", person)[0]["n"] == 1
    audit = sql("SELECT action, division_code, actor_role FROM audit_log WHERE entity_type = 'PublicFeedback' "
                "AND entity_id = $1", str(_pk(fb["id"])))
    assert [(a["action"], a["division_code"], a["actor_role"]) for a in audit] == [
        ("public_feedback.submit", "650102", "INSURED_PERSON")]

    def ids(who: str, f: dict | None = None) -> set[str]:
        return {n["id"] for n in api.gql(LIST, {"f": f}, as_=who).ok()["publicFeedback"]["nodes"]}
    assert fb["id"] in ids("wlmq_official") and fb["id"] in ids("xj_admin") and fb["id"] in ids("tianshan_official")
    assert fb["id"] in ids(staff) and fb["id"] in ids(staff, {"problemType": "NOT_IN_STOCK"})
    assert fb["id"] not in ids(staff, {"problemType": "NAVIGATION"})
    assert fb["id"] not in ids("kashi_official") and fb["id"] not in ids(other_staff)
    assert api.gql(ITEM, {"id": fb["id"]}, as_="kashi_official").ok()["publicFeedbackItem"] is None
    assert api.gql(ITEM, {"id": fb["id"]}, as_=other_staff).ok()["publicFeedbackItem"] is None
    assert fb["id"] in ids("wlmq_official", {"institutionCode": code, "state": "SUBMITTED", "divisionCode": "650102"})
    assert fb["id"] not in ids("wlmq_official", {"divisionCode": "650103"})
    # the institution's staff see their feedback but take no action, and do not see who reported
    seen = api.gql(ITEM, {"id": fb["id"]}, as_=staff).ok()["publicFeedbackItem"]
    assert seen["availableActions"] == [] and seen["timeline"][0]["actor"]["displayName"] == "参保人"
    assert org and api.gql(HANDLE, {"i": {"id": fb["id"], "action": "START"}}, as_=staff).codes == ["FORBIDDEN"]
    # another insured person does not see it among theirs
    assert app.gql(MINE, insured=make_insured()).ok()["myPublicFeedback"]["totalCount"] == 0


def test_report_rejects_bad_input_and_stores_nothing(app: PublicApp):
    person = make_insured()
    _, code, _ = make_supply_org("PHARMACY", "650102")
    before = _count("public_feedback")
    cases = [({"institutionCode": "P65010299999", "problemType": "SERVICE"}, "UNKNOWN_INSTITUTION", ["institutionCode"]),
             ({"institutionCode": code, "problemType": "SERVICE", "drugCode": "XA00000000000000000000"}, "UNKNOWN_DRUG",
              ["drugCode"]),
             ({"institutionCode": code, "problemType": "SERVICE", "description": "长" * 501}, "VALUE_TOO_LONG",
              ["description"]),
             ({"institutionCode": code, "problemType": "OTHER", "description": "   "}, "REQUIRED", ["description"]),
             ({"institutionCode": code, "problemType": "OTHER", "description": "x", "clientKey": "bad key!"},
              "INVALID_VALUE", ["clientKey"])]
    for i, code_, field in cases:
        out = _report(app, person, **i)
        assert out["feedback"] is None and [(e["code"], e["field"]) for e in out["userErrors"]] == [(code_, field)], i
    both = _report(app, person, institutionCode="P65010299999", problemType="OTHER")
    assert {e["code"] for e in both["userErrors"]} == {"UNKNOWN_INSTITUTION", "REQUIRED"}
    assert _count("public_feedback") == before


def test_bureau_handles_feedback_through_the_state_machine(api: Api, app: PublicApp):
    person = make_insured()
    _, code, _ = make_supply_org("HOSPITAL", "650102", ownership="PUBLIC", hospital_level="05")
    fb = _report(app, person, institutionCode=code, problemType="LOCATION_INACCURATE",
                 description="地图上的位置偏了两条街")["feedback"]
    fid = fb["id"]

    def handle(who: str, action: str, note: str | None = None) -> dict[str, Any]:
        return api.gql(HANDLE, {"i": {"id": fid, "action": action, "note": note}}, as_=who).ok()["publicFeedbackHandle"]

    assert handle("wlmq_official", "RESOLVE", "已处理")["userErrors"][0]["code"] == "ILLEGAL_TRANSITION"
    assert handle("kashi_official", "START")["userErrors"][0]["code"] == "NOT_FOUND"       # another prefecture
    assert api.gql(HANDLE, {"i": {"id": fid, "action": "START"}}, as_="t_pub_viewer").codes == ["FORBIDDEN"]
    viewer = api.gql(ITEM, {"id": fid}, as_="t_pub_viewer").ok()["publicFeedbackItem"]
    assert viewer["availableActions"] == []
    assert api.gql(ITEM, {"id": fid}, as_="wlmq_official").ok()["publicFeedbackItem"]["availableActions"] == ["START"]
    started = handle("t_pub_county", "START", "已联系药店核实")
    assert started["userErrors"] == [] and started["feedback"]["state"] == "IN_HANDLING"
    assert started["feedback"]["availableActions"] == ["RESOLVE"]
    no_note = handle("wlmq_official", "RESOLVE", "  ")
    assert no_note["userErrors"][0]["code"] == "OPINION_REQUIRED" and no_note["userErrors"][0]["field"] == ["note"]
    assert sql("SELECT state FROM public_feedback WHERE id = $1", _pk(fid))[0]["state"] == "IN_HANDLING"
    done = handle("wlmq_official", "RESOLVE", "已通知药店更正坐标")
    assert done["userErrors"] == [] and done["feedback"]["state"] == "HANDLED"
    assert done["feedback"]["handlingNote"] == "已通知药店更正坐标"
    assert handle("wlmq_official", "START")["userErrors"][0]["code"] == "ILLEGAL_TRANSITION"
    tl = api.gql(ITEM, {"id": fid}, as_="wlmq_official").ok()["publicFeedbackItem"]["timeline"]
    assert [(e["action"], e["toState"], e["actor"]["username"]) for e in tl] == [
        ("submit", "SUBMITTED", "insured"), ("start", "IN_HANDLING", "t_pub_county"),
        ("resolve", "HANDLED", "wlmq_official")]
    assert tl[2]["opinion"] == "已通知药店更正坐标"
    mine = app.gql(MINE, insured=person).ok()["myPublicFeedback"]["nodes"]
    assert [(n["state"], n["handlingNote"]) for n in mine] == [("HANDLED", "已通知药店更正坐标")]
    assert mine[0]["institution"] is None and {e["actor"]["displayName"] for e in mine[0]["timeline"][1:]} == {"医保局"}


def test_feedback_counts_by_state_problem_type_and_division(api: Api, app: PublicApp):
    person = make_insured()
    _, code, staff = make_supply_org("PHARMACY", "650103")
    for k, t in enumerate(["NAVIGATION", "NAVIGATION", "SERVICE"]):
        _report(app, person, institutionCode=code, problemType=t, clientKey=f"cnt-{k}")
    f = {"institutionCode": code}
    by_type = {c["key"]: c["count"] for c in api.gql(COUNTS, {"g": "PROBLEM_TYPE", "f": f}, as_=staff).ok()[
        "publicFeedbackCounts"]}
    assert by_type == {"NOT_IN_STOCK": 0, "LOCATION_INACCURATE": 0, "NAVIGATION": 2, "SERVICE": 1, "OTHER": 0}
    by_state = api.gql(COUNTS, {"g": "STATE", "f": f}, as_="wlmq_official").ok()["publicFeedbackCounts"]
    assert [(c["key"], c["label"], c["count"]) for c in by_state] == [
        ("SUBMITTED", "待受理", 3), ("IN_HANDLING", "处理中", 0), ("HANDLED", "已办结", 0)]
    by_div = api.gql(COUNTS, {"g": "DIVISION", "f": f}, as_="xj_admin").ok()["publicFeedbackCounts"]
    assert [(c["key"], c["count"]) for c in by_div] == [("650103", 3)]
    assert api.gql(COUNTS, {"g": "STATE", "f": f}, as_="kashi_official").ok()["publicFeedbackCounts"][0]["count"] == 0


def _pk(gid: str) -> int:
    import base64
    return int(base64.urlsafe_b64decode(gid + "=" * (-len(gid) % 4)).decode().split(":")[1])


# --- PUB-23 evaluations ---------------------------------------------------------------------------------

RATE = "mutation($i: InstitutionRateInput!) { institutionRate(input: $i) { evaluation { id stars comment businessDate institutionCode } %s } }" % ERR
EVALS = """query($c: String) { institutionEvaluations(institutionCode: $c, first: 10) { average count
  distribution { stars count } ratings { totalCount nodes { stars comment institutionName } } } }"""
RATED = "query($c: String!) { publicInstitution(code: $c) { ratingAverage ratingCount } }"


def test_one_rating_per_person_institution_and_day(api: Api, app: PublicApp):
    a, b, c = make_insured(), make_insured(), make_insured()
    org, code, staff = make_supply_org("PHARMACY", "650102")
    _, _, other_staff = make_supply_org("PHARMACY", "650102")

    def rate(who: int, **kw: Any) -> dict[str, Any]:
        return app.gql(RATE, {"i": {"institutionCode": code, **kw}}, insured=who).ok()["institutionRate"]
    first = rate(a, stars=5, comment="服务很好", clientKey="r-1")
    assert first["userErrors"] == [] and first["evaluation"]["stars"] == 5
    assert rate(a, stars=5, clientKey="r-1")["evaluation"]["id"] == first["evaluation"]["id"]      # idempotent
    second = rate(a, stars=1, clientKey="r-2")
    assert second["evaluation"] is None and second["userErrors"][0]["code"] == "ALREADY_RATED_TODAY"
    assert rate(b, stars=6)["userErrors"][0]["code"] == "STARS_OUT_OF_RANGE"
    assert rate(b, stars=0)["userErrors"][0]["code"] == "STARS_OUT_OF_RANGE"
    assert rate(b, stars=3, comment="长" * 301)["userErrors"][0]["code"] == "VALUE_TOO_LONG"
    assert app.gql(RATE, {"i": {"institutionCode": "P65010200000", "stars": 3}}, insured=b).ok()[
        "institutionRate"]["userErrors"][0]["code"] == "UNKNOWN_INSTITUTION"
    assert rate(b, stars=4)["userErrors"] == [] and rate(c, stars=4)["userErrors"] == []
    assert sql("SELECT count(*) AS n FROM institution_rating WHERE institution_id = $1", org)[0]["n"] == 3

    own = api.gql(EVALS, {"c": None}, as_=staff).ok()["institutionEvaluations"]
    assert own["average"] == "4.3" and own["count"] == 3 and own["ratings"]["totalCount"] == 3
    assert [d["count"] for d in own["distribution"]] == [0, 0, 0, 2, 1]
    assert api.gql(EVALS, {"c": None}, as_=other_staff).ok()["institutionEvaluations"]["count"] == 0
    assert api.gql(EVALS, {"c": code}, as_="wlmq_official").ok()["institutionEvaluations"]["count"] == 3
    assert api.gql(EVALS, {"c": code}, as_="kashi_official").ok()["institutionEvaluations"]["count"] == 0
    assert api.gql(EVALS, {"c": code}, as_="kashi_official").ok()["institutionEvaluations"]["average"] is None

    assert asyncio.run(_rating_summary([org, -1])) == {org: (Decimal("4.3"), 3)}
    # the public institution page shows the same summary (PUB-23)
    assert api.gql(RATED, {"c": code}, as_="nhsa_public").ok()["publicInstitution"] == {
        "ratingAverage": "4.3", "ratingCount": 3}


async def _rating_summary(ids: list[int]) -> Any:
    from domain.engagement.repository import RatingRepository
    from domain.shared.config import Settings
    from domain.shared.db import create_database

    db = create_database(Settings.from_env(), pool_size=1)
    try:
        async with db.read_sessions() as s:
            return await RatingRepository(s).summary(ids)
    finally:
        await db.dispose()


# --- PUB-24 public information -----------------------------------------------------------------------

PUBINFO = """mutation($i: InstitutionPublicInfoUpdateInput!) { institutionPublicInfoUpdate(input: $i) { info {
  code publicPhone businessHours intro publicListed lat lon gcjLat gcjLon } %s } }""" % ERR
MYINFO = "{ myInstitutionPublicInfo { code publicPhone businessHours intro publicListed lat lon } }"


def test_institution_keeps_its_public_information_in_wgs84(api: Api):
    org, code, staff = make_supply_org("PHARMACY", "650102")
    wgs = (43.8256, 87.6168)
    gcj = wgs84_to_gcj02(*wgs)
    out = api.gql(PUBINFO, {"i": {"publicPhone": "0991-1234567", "businessHours": "08:00-22:00",
                                  "intro": "二十四小时<b>药店</b>", "location": {"lat": gcj[0], "lon": gcj[1], "datum": "GCJ02"},
                                  "publicListed": True}}, as_=staff).ok()["institutionPublicInfoUpdate"]
    assert out["userErrors"] == []
    info = out["info"]
    assert abs(info["lat"] - wgs[0]) < 1e-6 and abs(info["lon"] - wgs[1]) < 1e-6
    assert abs(info["gcjLat"] - gcj[0]) < 1e-6 and info["intro"] == "二十四小时<b>药店</b>"
    row = sql("SELECT lat, lon, public_phone FROM organisation WHERE id = $1", org)[0]
    assert abs(row["lat"] - wgs[0]) < 1e-6 and row["public_phone"] == "0991-1234567"
    # a patch changes only what it names
    out = api.gql(PUBINFO, {"i": {"businessHours": "09:00-21:00", "publicListed": False}}, as_=staff).ok()[
        "institutionPublicInfoUpdate"]
    assert out["info"]["publicPhone"] == "0991-1234567" and out["info"]["publicListed"] is False
    audit = sql("SELECT before, after FROM audit_log WHERE entity_type = 'Organisation' AND entity_id = $1 "
                "AND action = 'organisation.public_info' ORDER BY id", str(org))
    assert len(audit) == 2 and '"business_hours": "08:00-22:00"' in audit[1]["before"]
    assert '"public_listed": false' in audit[1]["after"]
    for bad, code_ in [({"location": {"lat": 91, "lon": 87}}, "COORDINATES_OUT_OF_RANGE"),
                       ({"location": {"lat": 43, "lon": -181}}, "COORDINATES_OUT_OF_RANGE"),
                       ({"publicPhone": "call me"}, "INVALID_PHONE"), ({"intro": "长" * 501}, "VALUE_TOO_LONG")]:
        r = api.gql(PUBINFO, {"i": {**bad, "businessHours": "00:00-24:00"}}, as_=staff).ok()["institutionPublicInfoUpdate"]
        assert r["info"] is None and r["userErrors"][0]["code"] == code_, bad
    assert api.gql(MYINFO, as_=staff).ok()["myInstitutionPublicInfo"]["businessHours"] == "09:00-21:00"
    _, _, wholesaler = make_supply_org("WHOLESALER", "650100")
    assert api.gql(PUBINFO, {"i": {"intro": "x"}}, as_=wholesaler).codes == ["FORBIDDEN"]
    assert api.gql(PUBINFO, {"i": {"intro": "x"}}, as_="wlmq_official").codes == ["FORBIDDEN"]
    assert code
