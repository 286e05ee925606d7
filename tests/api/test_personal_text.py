"""Personal data typed into free text (issue 14 item 8): a phone, ID or bank card number written into a purchase
need's note, a feedback's description or an evaluation's comment is shown masked to everyone but its writer, revealed
only with the 个人信息查阅 post and a reason (audited), and never held in clear by the audit log.
OWASP API3:2023 Broken Object Property Level Authorization."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.engagement_helpers import PublicApp, make_insured, public_app_server
from tests.helpers import Api, make_user, sql, unique
from tests.supply_helpers import make_supply_org

ID = "650102199003071235"
PHONE = "13812345678"
ERR = "userErrors { code field }"
REGISTER = ("mutation($i: PurchaseNeedRegisterInput!) { purchaseNeedRegister(input: $i) { need { id note } %s } }"
            % ERR)
MY_NEEDS = "{ myPurchaseNeeds(first: 50) { nodes { id note } } }"
REPORT = ("mutation($i: InstitutionProblemReportInput!) { institutionProblemReport(input: $i) { feedback { id "
          "description } %s } }" % ERR)
MY_FEEDBACK = "{ myPublicFeedback(first: 50) { nodes { id description timeline { opinion } } } }"
RATE = ("mutation($i: InstitutionRateInput!) { institutionRate(input: $i) { evaluation { id comment } %s } }" % ERR)
EVALS = "query($c: String) { institutionEvaluations(institutionCode: $c, first: 10) { ratings { nodes { comment } } } }"
NEEDS = "query($f: PurchaseNeedFilter) { purchaseNeeds(filter: $f, first: 10) { nodes { id note } } }"
FEEDBACK = "query($id: ID!) { publicFeedbackItem(id: $id) { description handlingNote timeline { opinion } } }"
HANDLE = ("mutation($i: PublicFeedbackHandleInput!) { publicFeedbackHandle(input: $i) { feedback { handlingNote } "
          "%s } }" % ERR)
REVEAL = ("mutation($i: PersonalTextRevealInput!) { personalTextReveal(input: $i) { text %s } }" % ERR)


@pytest.fixture(scope="module")
def app(database: None, queue_name: str) -> Iterator[PublicApp]:
    for base in public_app_server([REGISTER, MY_NEEDS, REPORT, MY_FEEDBACK, RATE], queue_name,
                                  "api-personal-text"):
        yield PublicApp(base)


@pytest.fixture(scope="module", autouse=True)
def users(database: None) -> None:
    make_user("t_pt_viewer", "PREFECTURE_OFFICIAL", ["PUBLIC_SERVICE_HANDLER"], "650100")
    make_user("t_pt_reader", "PREFECTURE_OFFICIAL", ["PERSONAL_DATA_VIEWER"], "650100")
    make_user("t_pt_reader_kashi", "PREFECTURE_OFFICIAL", ["PERSONAL_DATA_VIEWER"], "653100")


def _audit_text(entity_type: str) -> str:
    rows = sql("SELECT coalesce(opinion, '') || coalesce(before::text, '') || coalesce(after::text, '') || "
               "coalesce(entity_label, '') AS t FROM audit_log WHERE entity_type = $1", entity_type)
    return "".join(r["t"] for r in rows)


def test_a_purchase_need_note_is_masked_for_officials_and_revealed_with_the_post(api: Api, app: PublicApp):
    person = make_insured()
    name = unique("他克莫司胶囊")
    note = f"请打{PHONE}或找身份证{ID}的家属"
    made = app.gql(REGISTER, {"i": {"drugName": name, "divisionCode": "650102", "note": note,
                                    "clientKey": unique("k")}}, insured=person).ok()["purchaseNeedRegister"]
    assert made["userErrors"] == [] and made["need"]["note"] == note           # the writer reads their own words
    assert app.gql(MY_NEEDS, insured=person).ok()["myPurchaseNeeds"]["nodes"][0]["note"] == note
    masked = "请打138****5678或找身份证650***********1235的家属"
    seen = api.gql(NEEDS, {"f": {"drugName": name}}, as_="t_pt_reader").ok()["purchaseNeeds"]["nodes"]
    assert [n["note"] for n in seen] == [masked]
    stored = sql("SELECT note, note_clear FROM purchase_need WHERE drug_name = $1", name)[0]
    assert (stored["note"], stored["note_clear"]) == (masked, note)            # the column every reader uses

    def reveal(who: str, field: str = "NOTE", reason: str = "回访需求人") -> Any:
        return api.gql(REVEAL, {"i": {"id": made["need"]["id"], "field": field, "reason": reason}}, as_=who)
    assert reveal("t_pt_viewer").codes == ["FORBIDDEN"]
    assert reveal("t_pt_reader", reason=" ").ok()["personalTextReveal"]["userErrors"] == [
        {"code": "REQUIRED", "field": ["reason"]}]
    assert reveal("t_pt_reader_kashi").ok()["personalTextReveal"]["userErrors"][0]["code"] == "NOT_FOUND"
    assert reveal("t_pt_reader", field="COMMENT").ok()["personalTextReveal"]["userErrors"][0]["field"] == ["field"]
    before = sql("SELECT count(*) AS n FROM audit_log WHERE action = 'personal_data.read'")[0]["n"]
    assert reveal("t_pt_reader").ok()["personalTextReveal"] == {"text": note, "userErrors": []}
    row = sql("SELECT actor_username, opinion, after::text AS a FROM audit_log WHERE action = 'personal_data.read' "
              "ORDER BY id DESC LIMIT 1")[0]
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'personal_data.read'")[0]["n"] == before + 1
    assert row["actor_username"] == "t_pt_reader" and row["opinion"] == "回访需求人" and "note" in row["a"]
    assert PHONE not in _audit_text("PurchaseNeed") and ID not in _audit_text("PurchaseNeed")


def test_a_feedback_description_is_masked_for_the_institution_the_bureau_and_the_audit_log(api: Api, app: PublicApp):
    person = make_insured()
    _, code, staff = make_supply_org("PHARMACY", "650102")
    text = f"店员态度差，我的电话 {PHONE[:3]} {PHONE[3:7]} {PHONE[7:]}，卡号 6222020200000000006"
    made = app.gql(REPORT, {"i": {"institutionCode": code, "problemType": "SERVICE", "description": text,
                                  "clientKey": unique("k")}}, insured=person).ok()["institutionProblemReport"]
    assert made["userErrors"] == [] and made["feedback"]["description"] == text
    fid = made["feedback"]["id"]
    masked = "店员态度差，我的电话 138****5678，卡号 6222***********0006"
    for who in (staff, "wlmq_official"):                                       # the institution and the bureau
        got = api.gql(FEEDBACK, {"id": fid}, as_=who).ok()["publicFeedbackItem"]
        assert got["description"] == masked and all(PHONE not in (e["opinion"] or "") for e in got["timeline"])
    mine = app.gql(MY_FEEDBACK, insured=person).ok()["myPublicFeedback"]["nodes"][0]
    assert mine["description"] == text
    # the handler's note is free text too
    api.gql(HANDLE, {"i": {"id": fid, "action": "START"}}, as_="t_pt_viewer").ok()
    done = api.gql(HANDLE, {"i": {"id": fid, "action": "RESOLVE", "note": f"已电话 {PHONE} 联系"}},
                   as_="t_pt_viewer").ok()["publicFeedbackHandle"]
    assert done["userErrors"] == [] and done["feedback"]["handlingNote"] == "已电话 138****5678 联系"
    revealed = api.gql(REVEAL, {"i": {"id": fid, "field": "DESCRIPTION", "reason": "核实"}},
                       as_="t_pt_reader").ok()["personalTextReveal"]
    assert revealed == {"text": text, "userErrors": []}
    assert "6222020200000000006" not in _audit_text("PublicFeedback") and PHONE not in _audit_text("PublicFeedback")


def test_an_evaluation_comment_is_masked_for_the_institution(api: Api, app: PublicApp):
    person = make_insured()
    _, code, staff = make_supply_org("PHARMACY", "650102")
    made = app.gql(RATE, {"i": {"institutionCode": code, "stars": 4, "comment": f"好，有事打{PHONE}",
                                "clientKey": unique("k")}}, insured=person).ok()["institutionRate"]
    assert made["evaluation"]["comment"] == f"好，有事打{PHONE}"
    listed = api.gql(EVALS, {"c": code}, as_=staff).ok()["institutionEvaluations"]["ratings"]["nodes"]
    assert [n["comment"] for n in listed] == ["好，有事打138****5678"]
    revealed = api.gql(REVEAL, {"i": {"id": made["evaluation"]["id"], "field": "COMMENT", "reason": "核实评价"}},
                       as_="t_pt_reader").ok()["personalTextReveal"]
    assert revealed == {"text": f"好，有事打{PHONE}", "userErrors": []}
    assert PHONE not in _audit_text("InstitutionRating")
