"""SUP-21: an institution's staff query the counts and details of their inquiry tasks pending feedback, pending
review and closed (待反馈、待审核、已办结); the counts are exact per state, per institution and per filter."""
from __future__ import annotations

from collections import Counter

import pytest

from tests.helpers import Api, global_id, sql, unique
from tests.supply_helpers import codes, make_supply_org

COUNTS = """query($f: InquiryFilter) { inquiryTaskCounts(filter: $f) { state label count } }"""
TASKS = """query($f: InquiryFilter) { inquiryTasks(first: 100, filter: $f) { totalCount nodes { id state organisation { id } } } }"""
HOME = """{ supplyHome { todos { action state count } inquiriesByState { state count } } }"""
VISIBLE_TO_ENTITIES = ["PENDING_FEEDBACK", "PENDING_REVIEW", "CLOSED", "ARCHIVED"]


def _tasks(org: int, division: str, handling: str, states: Counter, drugs: list[str]) -> None:
    """Inserts, per state, that many warnings about the organisation and one inquiry task on each (drugs in turn; a
    rule each, as at most one warning per rule, subject and drug is open)."""
    def rule() -> int:
        return sql("INSERT INTO warning_rule (owner_division, name, level, metric, target_subtypes, threshold, "
                   "window_days, enabled) VALUES ('650000', $1, 'RED', 'DAYS_OF_STOCK', '{PHARMACY}', 5, 30, false) RETURNING id",
                   unique("计数测试规则"))[0]["id"]
    i = 0
    for state, n in states.items():
        for _ in range(n):
            drug = sql("SELECT id FROM drug_code WHERE code = $1", drugs[i % len(drugs)])[0]["id"]
            i += 1
            r = rule()
            warning = sql("INSERT INTO supply_warning (rule_id, level, subject_key, organisation_id, subtype, "
                          "division_code, drug_code_id, value, threshold, state, first_seen_at, last_seen_at) VALUES "
                          "($1, 'RED', $2, $3, 'PHARMACY', $4, $5, 1, 5, 'IN_INQUIRY', now(), now()) RETURNING id",
                          r, f"O:{org}", org, division, drug)[0]["id"]
            sql("INSERT INTO inquiry_task (warning_id, rule_id, drug_code_id, organisation_id, division_code, "
                "handling_division, state, title, round) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                warning, r, drug, org, division, handling, state, f"计数测试 {state}",
                0 if state in ("PENDING_ALLOCATION", "PENDING_DISPATCH", "PENDING_FEEDBACK") else 1)


@pytest.fixture(scope="module")
def two_pharmacies() -> dict:
    """Pharmacy A (天山区) with tasks in every state, pharmacy B (喀什市) with a few; drugs alternate x, y."""
    a, _, a_user = make_supply_org("PHARMACY", "650102")
    b, _, b_user = make_supply_org("PHARMACY", "653101")
    x, y = codes(2, 1500)
    _tasks(a, "650102", "650100", Counter({"PENDING_ALLOCATION": 1, "PENDING_DISPATCH": 1, "PENDING_FEEDBACK": 3,
                                           "PENDING_REVIEW": 2, "CLOSED": 1, "ARCHIVED": 1}), [x, y])
    _tasks(b, "653101", "653100", Counter({"PENDING_FEEDBACK": 1, "CLOSED": 2}), [x])
    return {"a": a, "b": b, "a_user": a_user, "b_user": b_user, "x": x, "y": y}


def _counts(api: Api, who: str, f: dict | None = None) -> dict[str, int]:
    rows = api.gql(COUNTS, {"f": f}, as_=who).ok()["inquiryTaskCounts"]
    return {r["state"]: r["count"] for r in rows}


def test_an_institution_counts_its_own_tasks_per_state(api: Api, two_pharmacies: dict):
    w = two_pharmacies
    a = api.gql(COUNTS, as_=w["a_user"]).ok()["inquiryTaskCounts"]
    # tasks not yet dispatched are not the institution's: those states are not even listed
    assert [(r["state"], r["label"], r["count"]) for r in a] == [
        ("PENDING_FEEDBACK", "待反馈", 3), ("PENDING_REVIEW", "待审核", 2), ("CLOSED", "已办结", 1),
        ("ARCHIVED", "已归档", 1)]
    assert _counts(api, w["b_user"]) == {"PENDING_FEEDBACK": 1, "PENDING_REVIEW": 0, "CLOSED": 2, "ARCHIVED": 0}
    # the details agree with the counts, state by state, and are only the institution's own
    for state in VISIBLE_TO_ENTITIES:
        page = api.gql(TASKS, {"f": {"states": [state]}}, as_=w["a_user"]).ok()["inquiryTasks"]
        assert page["totalCount"] == _counts(api, w["a_user"])[state] == len(page["nodes"])
        assert {n["organisation"]["id"] for n in page["nodes"]} <= {global_id("Organisation", w["a"])}
    home = api.gql(HOME, as_=w["a_user"]).ok()["supplyHome"]
    assert {t["action"]: t["count"] for t in home["todos"]} == {"FEEDBACK": 3}
    assert {s["state"]: s["count"] for s in home["inquiriesByState"]} == _counts(api, w["a_user"])


def test_counts_follow_the_filter(api: Api, two_pharmacies: dict):
    w = two_pharmacies
    assert _counts(api, w["a_user"], {"states": ["PENDING_REVIEW", "CLOSED"]}) == {
        "PENDING_FEEDBACK": 0, "PENDING_REVIEW": 2, "CLOSED": 1, "ARCHIVED": 0}
    # drugs alternate x, y over allocation, dispatch, feedback ×3, review ×2, closed, archived
    assert _counts(api, w["a_user"], {"drugCode": w["x"]}) == {
        "PENDING_FEEDBACK": 2, "PENDING_REVIEW": 1, "CLOSED": 0, "ARCHIVED": 1}
    assert _counts(api, w["a_user"], {"drugCode": w["y"]}) == {
        "PENDING_FEEDBACK": 1, "PENDING_REVIEW": 1, "CLOSED": 1, "ARCHIVED": 0}
    # another institution's id as a filter finds nothing of theirs
    assert set(_counts(api, w["a_user"], {"organisationId": global_id("Organisation", w["b"])}).values()) == {0}


def test_bureaus_count_the_same_tasks_from_their_side(api: Api, two_pharmacies: dict):
    w = two_pharmacies
    f = {"organisationId": global_id("Organisation", w["a"])}
    # the prefecture sees them from 待下发 on; the region also its own queue (待分配); 喀什 none
    assert _counts(api, "wlmq_official", f) == {"PENDING_DISPATCH": 1, "PENDING_FEEDBACK": 3, "PENDING_REVIEW": 2,
                                                "CLOSED": 1, "ARCHIVED": 1}
    assert _counts(api, "xj_admin", f) == {"PENDING_ALLOCATION": 1, "PENDING_DISPATCH": 1, "PENDING_FEEDBACK": 3,
                                           "PENDING_REVIEW": 2, "CLOSED": 1, "ARCHIVED": 1}
    assert set(_counts(api, "kashi_official", f).values()) == {0}
    assert _counts(api, "kashi_official", {"organisationId": global_id("Organisation", w["b"])})["CLOSED"] == 2
