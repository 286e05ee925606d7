"""The four-level inquiry workflow (SUP-15…24), evidence files, the supply home page and notifications (SUP-01)."""
from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import httpx
import pytest

from tests.helpers import Api, global_id, make_user, sql, unique
from tests.supply_helpers import codes, make_supply_org

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n% evidence\n%%EOF\n"
TASK_FIELDS = """id state stateLabel title divisionCode handlingDivisionCode dueDate feedback round overdue
  availableActions organisation { id } warning { id state } evidence { id round fileName mediaType size sha256 url }"""
CREATE = """mutation($i: InquiryCreateInput!) { inquiryCreate(input: $i) { tasks { %s } userErrors { code field message } } }""" % TASK_FIELDS
STEP = """mutation($i: InquiryStepInput!) { inquiry%s(input: $i) { tasks { %s } userErrors { code field message } } }"""
DISPATCH = """mutation($i: InquiryDispatchInput!) { inquiryDispatch(input: $i) { tasks { %s } userErrors { code field message } } }""" % TASK_FIELDS
FEEDBACK = """mutation($i: InquiryFeedbackSubmitInput!) { inquiryFeedbackSubmit(input: $i) { task { %s } userErrors { code field message } } }""" % TASK_FIELDS
TASK = """query($id: ID!) { inquiryTask(id: $id) { %s timeline { action label fromState toState opinion actor { username } at } } }""" % TASK_FIELDS
TASKS = """query($f: InquiryFilter) { inquiryTasks(first: 100, filter: $f) { totalCount nodes { id state } } }"""
HOME = """{ supplyHome { today { warnings problems closedWarnings finishedProblems } total { warnings problems
  finishedProblems } warningsByState { key count } inquiriesByState { state count } todos { action label state count }
  unreadNotifications notifications { id kind title body entityType entityId read } } }"""


@pytest.fixture(scope="module", autouse=True)
def inquiry_users(database: None) -> None:
    make_user("t_kashi_handler", "PREFECTURE_OFFICIAL", ["INQUIRY_HANDLER", "INQUIRY_REVIEWER"], "653100")
    make_user("t_xj_reviewer", "REGION_OFFICIAL", ["INQUIRY_REVIEWER", "WARNING_HANDLER"], "650000")
    make_user("t_kashi_auditor", "PREFECTURE_OFFICIAL", ["AUDITOR"], "653100")


def _rule() -> int:
    return sql("INSERT INTO warning_rule (owner_division, name, level, metric, target_subtypes, threshold, window_days, "
               "enabled) VALUES ('650000', $1, 'RED', 'DAYS_OF_STOCK', '{PHARMACY,HOSPITAL}', 5, 30, false) RETURNING id",
               unique("问询测试规则"))[0]["id"]


def _warning(rule: int, org: int | None, division: str, offset: int, state: str = "IDENTIFIED") -> int:
    drug = sql("SELECT id FROM drug_code WHERE code = $1", codes(1, offset)[0])[0]["id"]
    return sql("INSERT INTO supply_warning (rule_id, level, subject_key, organisation_id, subtype, division_code, "
               "drug_code_id, value, threshold, state, first_seen_at, last_seen_at, closed_at) VALUES ($1, 'RED', $2, $3, "
               "$4, $5, $6, 1.5, 5, $7::varchar, now() - interval '2 hours', now(), CASE WHEN $7::varchar = 'CLOSED' THEN now() END) "
               "RETURNING id", rule, f"O:{org}" if org else f"D:{division}", org, "PHARMACY" if org else None,
               division, drug, state)[0]["id"]


def assert_task_steps_chain(timeline: list[dict[str, Any]]) -> None:
    """From the task's creation on, each step leaves the state the previous one entered (issue 14 item 16)."""
    steps = [e for e in timeline if e["action"] not in ("identify", "alert")]
    assert steps[0]["action"] == "create" and steps[0]["fromState"] is None
    for prev, step in zip(steps, steps[1:], strict=False):
        assert step["fromState"] == prev["toState"] != step["toState"], (prev, step)


def _ids(*pks: int, kind: str = "SupplyWarning") -> list[str]:
    return [global_id(kind, p) for p in pks]


def _step(api: Api, name: str, ids: list[str], who: str, opinion: str | None = None) -> dict[str, Any]:
    return api.gql(STEP % (name, TASK_FIELDS), {"i": {"ids": ids, "opinion": opinion}}, as_=who).ok()[f"inquiry{name}"]


def _feedback_multipart(api: Api, user: str, task: str, text: str, files: list[tuple[str, bytes, str]]) -> dict:
    ops = {"query": FEEDBACK, "variables": {"i": {"id": task, "feedback": text, "files": [None] * len(files)}}}
    mapping = {str(k): [f"variables.i.files.{k}"] for k in range(len(files))}
    r = httpx.post(api.base + "/graphql", headers={"authorization": f"Bearer {api.token(user)}"},
                   data={"operations": json.dumps(ops), "map": json.dumps(mapping)},
                   files={str(k): f for k, f in enumerate(files)})
    return r.json()["data"]["inquiryFeedbackSubmit"]


def _state(task_pk: int) -> str:
    return sql("SELECT state FROM inquiry_task WHERE id = $1", task_pk)[0]["state"]


def _pk(gid: str) -> int:
    return int(base64.urlsafe_b64decode(gid + "=" * (-len(gid) % 4)).decode().split(":")[1])


def test_four_levels_allocate_dispatch_feedback_review_archive(api: Api):
    rule = _rule()
    org, _, pharmacist = make_supply_org("PHARMACY", "650102")   # 天山区, handled by 乌鲁木齐市 (650100)
    w1, w2 = _warning(rule, org, "650102", 1940), _warning(rule, org, "650102", 1941)

    made = api.gql(CREATE, {"i": {"warningIds": _ids(w1, w2), "opinion": "请核实库存"}}, as_="xj_admin").ok()["inquiryCreate"]
    assert made["userErrors"] == []
    t1, t2 = made["tasks"]
    assert t1["state"] == "PENDING_ALLOCATION" and t1["handlingDivisionCode"] == "650100"
    assert t1["warning"]["state"] == "IN_INQUIRY" and t1["availableActions"] == ["ALLOCATE"]
    ids = [t1["id"], t2["id"]]
    # 待分配 is the region's queue: the prefecture and the pharmacy do not see it yet
    assert api.gql(TASK, {"id": t1["id"]}, as_="wlmq_official").ok()["inquiryTask"] is None
    assert api.gql(TASK, {"id": t1["id"]}, as_=pharmacist).ok()["inquiryTask"] is None

    done = _step(api, "Allocate", ids, "xj_admin", "请乌鲁木齐市局下发")
    assert done["userErrors"] == [] and {t["state"] for t in done["tasks"]} == {"PENDING_DISPATCH"}
    again = _step(api, "Allocate", ids, "xj_admin")
    assert again["tasks"] == [] and {e["code"] for e in again["userErrors"]} == {"ILLEGAL_TRANSITION"}
    # the region cannot dispatch a prefecture's task, another prefecture cannot see it
    wrong = api.gql(DISPATCH, {"i": {"ids": ids}}, as_="xj_admin").ok()["inquiryDispatch"]
    assert {e["code"] for e in wrong["userErrors"]} == {"NOT_HANDLING_BUREAU"}
    other = api.gql(DISPATCH, {"i": {"ids": ids}}, as_="t_kashi_handler").ok()["inquiryDispatch"]
    assert {e["code"] for e in other["userErrors"]} == {"NOT_FOUND"}
    assert api.gql(DISPATCH, {"i": {"ids": ids}}, as_="kashi_official").codes == ["FORBIDDEN"]
    past = api.gql(DISPATCH, {"i": {"ids": ids, "dueDate": "2020-01-01"}}, as_="wlmq_official").ok()["inquiryDispatch"]
    assert past["userErrors"][0]["code"] == "DUE_DATE_IN_PAST" and {_state(_pk(i)) for i in ids} == {"PENDING_DISPATCH"}

    home = api.gql(HOME, as_="wlmq_official").ok()["supplyHome"]
    todo = {t["action"]: t["count"] for t in home["todos"]}
    assert todo["DISPATCH"] >= 2 and "ALLOCATE" not in todo
    assert any(n["kind"] == "inquiry.allocate" and n["entityId"] == t1["id"] for n in home["notifications"])

    sent = api.gql(DISPATCH, {"i": {"ids": ids, "dueDate": "2099-12-31", "opinion": "三日内反馈"}},
                   as_="wlmq_official").ok()["inquiryDispatch"]
    assert sent["userErrors"] == [] and {t["state"] for t in sent["tasks"]} == {"PENDING_FEEDBACK"}
    assert sent["tasks"][0]["dueDate"] == "2099-12-31" and not sent["tasks"][0]["overdue"]

    # the pharmacy sees the tasks, its to-do and the notification
    mine = api.gql(TASKS, {"f": {"states": ["PENDING_FEEDBACK"]}}, as_=pharmacist).ok()["inquiryTasks"]
    assert {n["id"] for n in mine["nodes"]} == set(ids)
    home = api.gql(HOME, as_=pharmacist).ok()["supplyHome"]
    assert {t["action"]: t["count"] for t in home["todos"]} == {"FEEDBACK": 2}
    assert home["unreadNotifications"] >= 2 and home["notifications"][0]["kind"] == "inquiry.dispatch"
    assert home["warningsByState"] is None and home["total"]["warnings"] >= 2

    # feedback: text required, files checked from their bytes; nothing changes on error
    bad = _feedback_multipart(api, pharmacist, t1["id"], "  ", [("a.png", PNG, "image/png")])
    assert bad["userErrors"][0]["code"] == "REQUIRED"
    bad = _feedback_multipart(api, pharmacist, t1["id"], "已补货", [("a.pdf", b"not really a pdf", "application/pdf")])
    assert bad["userErrors"][0]["code"] == "FILE_TYPE_NOT_ALLOWED" and bad["userErrors"][0]["field"] == ["files", "0"]
    assert _state(_pk(t1["id"])) == "PENDING_FEEDBACK"
    assert sql("SELECT count(*) AS n FROM inquiry_evidence WHERE task_id = $1", _pk(t1["id"]))[0]["n"] == 0
    fb = _feedback_multipart(api, pharmacist, t1["id"], "已于昨日到货 200 盒", [("../../入库单.png", PNG, "text/plain")])
    assert fb["userErrors"] == [], fb
    task = fb["task"]
    assert task["state"] == "PENDING_REVIEW" and task["round"] == 1 and task["feedback"] == "已于昨日到货 200 盒"
    (ev,) = task["evidence"]
    assert ev["fileName"] == "入库单.png" and ev["mediaType"] == "image/png" and ev["size"] == len(PNG)
    assert ev["sha256"] == hashlib.sha256(PNG).hexdigest()

    # evidence is readable only in scope
    url = api.base + ev["url"]
    got = httpx.get(url, headers={"authorization": f"Bearer {api.token(pharmacist)}"})
    assert got.status_code == 200 and got.content == PNG and got.headers["content-type"] == "image/png"
    assert httpx.get(url, headers={"authorization": f"Bearer {api.token('wlmq_reviewer')}"}).status_code == 200
    assert httpx.get(url, headers={"authorization": f"Bearer {api.token('kashi_official')}"}).status_code == 404
    _, _, stranger = make_supply_org("PHARMACY", "650102")
    assert httpx.get(url, headers={"authorization": f"Bearer {api.token(stranger)}"}).status_code == 404
    assert httpx.get(url).status_code == 401
    downloads = sql("SELECT actor_username FROM audit_log WHERE action = 'inquiry_evidence.download' "
                    "AND entity_id = $1 ORDER BY id", ev["url"].rsplit("/", 1)[1])
    assert [r["actor_username"] for r in downloads] == [pharmacist, "wlmq_reviewer"]   # each download audited
    # someone else's task: not even visible
    foreign = api.gql(FEEDBACK, {"i": {"id": t2["id"], "feedback": "x"}}, as_=stranger).ok()["inquiryFeedbackSubmit"]
    assert foreign["userErrors"][0]["code"] == "NOT_FOUND" and _state(_pk(t2["id"])) == "PENDING_FEEDBACK"

    # review: only the reviewer post, rejection needs an opinion and returns the task
    assert api.gql(STEP % ("Approve", "id"), {"i": {"ids": [t1["id"]]}}, as_=pharmacist).codes == ["FORBIDDEN"]
    assert api.gql(STEP % ("Approve", "id"), {"i": {"ids": [t1["id"]]}}, as_="wlmq_official").codes == ["FORBIDDEN"]
    rej = _step(api, "Reject", [t1["id"]], "wlmq_reviewer")
    assert rej["userErrors"][0]["code"] == "OPINION_REQUIRED" and _state(_pk(t1["id"])) == "PENDING_REVIEW"
    rej = _step(api, "Reject", [t1["id"]], "wlmq_reviewer", "请上传入库单据扫描件（PDF）")
    assert rej["userErrors"] == [] and rej["tasks"][0]["state"] == "PENDING_FEEDBACK"
    fb2 = api.gql(FEEDBACK, {"i": {"id": t1["id"], "feedback": "补充入库单",
                                    "filesBase64": [{"fileName": "入库单.pdf", "contentBase64": base64.b64encode(PDF).decode()}]}},
                  as_=pharmacist).ok()["inquiryFeedbackSubmit"]
    assert fb2["userErrors"] == [] and fb2["task"]["round"] == 2
    assert [(e["round"], e["mediaType"]) for e in fb2["task"]["evidence"]] == [(1, "image/png"), (2, "application/pdf")]
    ok = _step(api, "Approve", [t1["id"]], "wlmq_reviewer", "情况属实")
    assert ok["userErrors"] == [] and ok["tasks"][0]["state"] == "CLOSED"
    assert ok["tasks"][0]["availableActions"] == ["ARCHIVE"]
    arch = _step(api, "Archive", [t1["id"]], "wlmq_reviewer")
    assert arch["userErrors"] == [] and arch["tasks"][0]["state"] == "ARCHIVED"
    archived = api.gql(TASKS, {"f": {"states": ["ARCHIVED"]}}, as_="wlmq_official").ok()["inquiryTasks"]["nodes"]
    assert t1["id"] in {n["id"] for n in archived}

    # progress tracking at every level: the same steps with time, person and opinion
    for who in ("xj_admin", "wlmq_official", pharmacist):
        tl = api.gql(TASK, {"id": t1["id"]}, as_=who).ok()["inquiryTask"]["timeline"]
        assert [(e["action"], e["actor"]["username"]) for e in tl] == [
            ("identify", "system"), ("create", "xj_admin"), ("allocate", "xj_admin"), ("dispatch", "wlmq_official"),
            ("feedback", pharmacist), ("reject", "wlmq_reviewer"), ("feedback", pharmacist),
            ("approve", "wlmq_reviewer"), ("archive", "wlmq_reviewer")]
        assert tl[5]["opinion"] == "请上传入库单据扫描件（PDF）" and tl[4]["opinion"] == "已于昨日到货 200 盒"
        assert_task_steps_chain(tl)
        assert [(e["fromState"], e["toState"]) for e in tl if e["action"] == "feedback"] == [
            ("PENDING_FEEDBACK", "PENDING_REVIEW")] * 2
    # the pharmacy was told the results
    kinds = [n["kind"] for n in api.gql(HOME, as_=pharmacist).ok()["supplyHome"]["notifications"]]
    assert "inquiry.reject" in kinds and "inquiry.approve" in kinds
    # audit rows were written with each step
    actions = [r["action"] for r in sql("SELECT action FROM audit_log WHERE entity_type = 'InquiryTask' AND entity_id = $1 "
                                        "ORDER BY id", str(_pk(t1["id"])))]
    assert actions == ["inquiry.create", "inquiry.allocate", "inquiry.dispatch", "inquiry.feedback", "inquiry.reject",
                       "inquiry.feedback", "inquiry.approve", "inquiry.archive"]


def test_adding_warnings_is_all_or_nothing_and_prefecture_tasks_skip_allocation(api: Api):
    rule = _rule()
    org, _, _ = make_supply_org("PHARMACY", "650104")
    fresh, closed = _warning(rule, org, "650104", 1942), _warning(rule, org, "650104", 1943, "CLOSED")
    out = api.gql(CREATE, {"i": {"warningIds": _ids(fresh, closed)}}, as_="wlmq_official").ok()["inquiryCreate"]
    assert out["tasks"] == [] and [(e["code"], e["field"]) for e in out["userErrors"]] == [("WARNING_CLOSED", ["ids", "1"])]
    assert sql("SELECT state FROM supply_warning WHERE id = $1", fresh)[0]["state"] == "IDENTIFIED"
    out = api.gql(CREATE, {"i": {"warningIds": _ids(fresh)}}, as_="wlmq_official").ok()["inquiryCreate"]
    assert out["userErrors"] == [] and out["tasks"][0]["state"] == "PENDING_DISPATCH"
    assert out["tasks"][0]["availableActions"] == ["DISPATCH"]
    dup = api.gql(CREATE, {"i": {"warningIds": _ids(fresh)}}, as_="xj_admin").ok()["inquiryCreate"]
    assert dup["userErrors"][0]["code"] == "ALREADY_IN_INQUIRY"
    # another prefecture cannot even see the warning; institutions cannot add warnings to inquiries
    other = _warning(rule, org, "650104", 1944)
    assert api.gql(CREATE, {"i": {"warningIds": _ids(other)}}, as_="t_kashi_handler").codes == ["FORBIDDEN"]
    assert api.gql(CREATE, {"i": {"warningIds": _ids(other)}}, as_="xj_hospital").codes == ["FORBIDDEN"]
    empty = api.gql(CREATE, {"i": {"warningIds": []}}, as_="xj_admin").ok()["inquiryCreate"]
    assert empty["userErrors"][0]["code"] == "REQUIRED"
    bad_id = api.gql(CREATE, {"i": {"warningIds": ["nonsense"]}}, as_="xj_admin").ok()["inquiryCreate"]
    assert bad_id["userErrors"][0]["code"] == "NOT_FOUND"


def test_a_county_coverage_warning_is_dispatched_to_a_chosen_entity_in_that_county(api: Api):
    rule = _rule()
    w = _warning(rule, None, "650105", 1945)
    (task,) = api.gql(CREATE, {"i": {"warningIds": _ids(w)}}, as_="t_xj_reviewer").ok()["inquiryCreate"]["tasks"]
    assert task["organisation"] is None and task["state"] == "PENDING_ALLOCATION"
    assert _step(api, "Allocate", [task["id"]], "xj_admin")["userErrors"] == []
    need = api.gql(DISPATCH, {"i": {"ids": [task["id"]]}}, as_="wlmq_official").ok()["inquiryDispatch"]
    assert need["userErrors"][0]["code"] == "RESPONDENT_REQUIRED"
    far, _, _ = make_supply_org("PHARMACY", "653101")
    away = api.gql(DISPATCH, {"i": {"ids": [task["id"]], "respondentId": global_id("Organisation", far)}},
                   as_="wlmq_official").ok()["inquiryDispatch"]
    assert away["userErrors"][0]["code"] == "RESPONDENT_OUT_OF_AREA"
    near, _, user = make_supply_org("HOSPITAL", "650105", ownership="PUBLIC", hospital_level="05")
    sent = api.gql(DISPATCH, {"i": {"ids": [task["id"]], "respondentId": global_id("Organisation", near)}},
                   as_="wlmq_official").ok()["inquiryDispatch"]
    assert sent["userErrors"] == [] and sent["tasks"][0]["organisation"]["id"] == global_id("Organisation", near)
    mine = api.gql(TASKS, as_=user).ok()["inquiryTasks"]["nodes"]
    assert [n["id"] for n in mine] == [task["id"]]


def test_notifications_are_read_per_user(api: Api):
    rule = _rule()
    org, _, user = make_supply_org("PHARMACY", "650102")
    w = _warning(rule, org, "650102", 1946)
    alert = api.gql('mutation($i: WarningAlertInput!) { warningAlert(input: $i) { userErrors { code } } }',
                    {"i": {"ids": _ids(w), "opinion": "请尽快补货"}}, as_="xj_admin").ok()["warningAlert"]
    assert alert["userErrors"] == []
    home = api.gql(HOME, as_=user).ok()["supplyHome"]
    assert home["unreadNotifications"] == 1 and home["notifications"][0]["kind"] == "warning.alert"
    assert "请尽快补货" in home["notifications"][0]["body"]
    # the entity reads the rule's name and the drug's code and name, not database numbers
    rule_name = sql("SELECT name FROM warning_rule WHERE id = $1", rule)[0]["name"]
    drug = sql("SELECT d.code, d.generic_name FROM supply_warning w JOIN drug_code d ON d.id = w.drug_code_id "
               "WHERE w.id = $1", w)[0]
    assert f"「{rule_name}」" in home["notifications"][0]["body"]
    assert f"{drug['code']} {drug['generic_name']}" in home["notifications"][0]["body"]
    mark = api.gql('mutation { notificationsMarkRead(input: {}) { marked unread userErrors { code } } }', as_=user).ok()
    assert mark["notificationsMarkRead"] == {"marked": 1, "unread": 0, "userErrors": []}
    assert api.gql(HOME, as_=user).ok()["supplyHome"]["notifications"][0]["read"] is True
    assert api.gql(HOME).codes == ["UNAUTHENTICATED"]


def test_region_home_counts_warnings_and_problems_of_its_area(api: Api):
    home = api.gql(HOME, as_="xj_admin").ok()["supplyHome"]
    n = sql("SELECT count(*) AS n FROM supply_warning WHERE division_code LIKE '65%'")[0]["n"]
    assert home["total"]["warnings"] == n
    p = sql("SELECT count(*) AS n FROM inquiry_task WHERE division_code LIKE '65%'")[0]["n"]
    assert home["total"]["problems"] == p
    assert sum(x["count"] for x in home["warningsByState"]) == n
    assert {t["action"] for t in home["todos"]} >= {"ALLOCATE"}
    nm = api.gql(HOME, as_="nm_admin").ok()["supplyHome"]
    assert nm["total"]["problems"] == sql("SELECT count(*) AS n FROM inquiry_task WHERE division_code LIKE '15%'")[0]["n"]


AUDIT = """query($id: String) { auditLog(first: 10, filter: {entityType: "InquiryTask", entityId: $id}) {
  totalCount nodes { id action divisionCode actor { username } } } }"""
AUDIT_NODE = """query($id: ID!) { node(id: $id) { ... on AuditEntry { action entityId divisionCode } } }"""


def test_a_tasks_audit_rows_are_read_in_the_area_of_its_subject_only(api: Api):
    rule = _rule()
    org, _, _ = make_supply_org("PHARMACY", "650102")
    (task,) = api.gql(CREATE, {"i": {"warningIds": _ids(_warning(rule, org, "650102", 1947))}},
                      as_="xj_admin").ok()["inquiryCreate"]["tasks"]
    pk = str(_pk(task["id"]))
    rows = api.gql(AUDIT, {"id": pk}, as_="wlmq_official").ok()["auditLog"]
    assert rows["totalCount"] == 1 and rows["nodes"][0]["action"] == "inquiry.create"
    assert rows["nodes"][0]["divisionCode"] == "650102" and rows["nodes"][0]["actor"]["username"] == "xj_admin"
    entry = rows["nodes"][0]["id"]
    assert api.gql(AUDIT_NODE, {"id": entry}, as_="wlmq_official").ok()["node"] == {
        "action": "inquiry.create", "entityId": pk, "divisionCode": "650102"}
    # another prefecture's auditor finds neither the row nor the entry by its id
    assert api.gql(AUDIT, {"id": pk}, as_="t_kashi_auditor").ok()["auditLog"] == {"totalCount": 0, "nodes": []}
    assert api.gql(AUDIT_NODE, {"id": entry}, as_="t_kashi_auditor").ok()["node"] is None
    assert api.gql(AUDIT_NODE, {"id": entry}, as_="kashi_official").codes == ["FORBIDDEN"]
    # the same task by its global id: the region sees it at once, the prefecture only once allocated
    node = """query($id: ID!) { node(id: $id) { ... on InquiryTask { state } } }"""
    assert api.gql(node, {"id": task["id"]}, as_="xj_admin").ok()["node"] == {"state": "PENDING_ALLOCATION"}
    assert api.gql(node, {"id": task["id"]}, as_="wlmq_official").ok()["node"] is None


def test_an_unknown_division_in_the_filter_is_a_coded_input_error(api: Api):
    r = api.gql(TASKS, {"f": {"divisionCode": "999999"}}, as_="xj_admin")
    assert r.codes == ["BAD_USER_INPUT"] and r.errors[0]["extensions"]["reason"] == "UNKNOWN_DIVISION"
    assert r.errors[0]["extensions"]["field"] == ["filter", "divisionCode"]
    inside = api.gql(TASKS, {"f": {"divisionCode": "650100"}}, as_="xj_admin").ok()["inquiryTasks"]
    n = sql("SELECT count(*) AS n FROM inquiry_task WHERE division_code LIKE '6501%'")[0]["n"]
    assert inside["totalCount"] == n


def test_every_seeded_task_timeline_records_the_state_before_each_step(api: Api):
    """The seed fires the workflow through the service: its fed-back tasks show 待反馈 → 待审核, not 待审核 → 待审核."""
    nodes = api.gql(TASKS, {"f": None}, as_="xj_admin").ok()["inquiryTasks"]["nodes"]
    fed_back = 0
    for n in nodes:
        tl = api.gql(TASK, {"id": n["id"]}, as_="xj_admin").ok()["inquiryTask"]["timeline"]
        assert_task_steps_chain(tl)
        fed_back += sum(1 for e in tl if e["action"] == "feedback")
    assert fed_back >= 2  # scripts/demo/inquiry.py feeds back on two tasks


def test_adding_a_warning_to_an_inquiry_records_the_warnings_state_before(api: Api):
    rule = _rule()
    org, _, _ = make_supply_org("PHARMACY", "650104")
    identified, alerted = _warning(rule, org, "650104", 1951), _warning(rule, org, "650104", 1952)
    al = api.gql("mutation($i: WarningAlertInput!) { warningAlert(input: $i) { userErrors { code } } }",
                 {"i": {"ids": _ids(alerted)}}, as_="wlmq_official").ok()["warningAlert"]
    assert al["userErrors"] == []
    out = api.gql(CREATE, {"i": {"warningIds": _ids(identified, alerted)}}, as_="wlmq_official").ok()["inquiryCreate"]
    assert out["userErrors"] == []
    rows = sql("SELECT entity_id, before ->> 'state' AS f, after ->> 'state' AS t FROM audit_log "
               "WHERE action = 'warning.inquire' AND entity_id = ANY($1) ORDER BY entity_id",
               [str(identified), str(alerted)])
    assert {(int(r["entity_id"]), r["f"], r["t"]) for r in rows} == {
        (identified, "IDENTIFIED", "IN_INQUIRY"), (alerted, "ALERTED", "IN_INQUIRY")}
