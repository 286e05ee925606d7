"""Warning rules (SUP-14), the evaluation job and warning data and states (SUP-15…17)."""
from __future__ import annotations

from tests.helpers import Api, global_id, sql, unique
from tests.supply_helpers import STOCK_REPORT, batch, codes, days_ago, evaluate, make_supply_org, row

CREATE = """mutation($i: WarningRuleCreateInput!) { warningRuleCreate(input: $i) { warningRule { id name level metric
  targetSubtypes threshold windowDays formula enabled editable ownerDivisionCode } userErrors { code field message } } }"""
UPDATE = """mutation($i: WarningRuleUpdateInput!) { warningRuleUpdate(input: $i) { warningRule { name threshold level
  formula } userErrors { code field } } }"""
WARNINGS = """query($f: WarningFilter) { supplyWarnings(first: 100, filter: $f) { totalCount nodes { id level state value
  threshold divisionCode closedAt alertedAt rule { name } organisation { code } drug { code } } } }"""
ALERT = """mutation($i: WarningAlertInput!) { warningAlert(input: $i) { warnings { id state alertedAt }
  userErrors { code field message } } }"""


def rule_input(**kw) -> dict:
    return {"name": unique("规则"), "level": "ORANGE", "metric": "DAYS_OF_STOCK", "targetSubtypes": ["PHARMACY"],
            "threshold": "5", "windowDays": 30, **kw}


def test_rule_crud_with_coded_errors_and_audit(api: Api):
    # targets wholesalers so that it does not interfere with the evaluation tests on pharmacies
    made = api.gql(CREATE, {"i": rule_input(name="测试可供天数规则", targetSubtypes=["WHOLESALER"])},
                   as_="xj_admin").ok()["warningRuleCreate"]
    assert made["userErrors"] == []
    rule = made["warningRule"]
    assert rule["editable"] and rule["ownerDivisionCode"] == "650000" and rule["threshold"] == "5.000"
    assert "近 30 天日均销量" in rule["formula"] and "< 5 天" in rule["formula"]
    dup = api.gql(CREATE, {"i": rule_input(name="测试可供天数规则")}, as_="xj_admin").ok()["warningRuleCreate"]
    assert dup["warningRule"] is None and dup["userErrors"][0]["code"] == "DUPLICATE_RULE_NAME"
    bad = api.gql(CREATE, {"i": rule_input(threshold="0", windowDays=0)}, as_="xj_admin").ok()["warningRuleCreate"]
    assert {(e["field"][0], e["code"]) for e in bad["userErrors"]} == {("threshold", "OUT_OF_RANGE"),
                                                                     ("windowDays", "OUT_OF_RANGE")}
    cov = api.gql(CREATE, {"i": rule_input(metric="LOW_COVERAGE", targetSubtypes=["WHOLESALER"])},
                  as_="xj_admin").ok()["warningRuleCreate"]
    assert cov["userErrors"][0]["code"] == "INVALID_VALUE" and cov["userErrors"][0]["field"] == ["targetSubtypes"]
    upd = api.gql(UPDATE, {"i": {"id": rule["id"], "threshold": "2.5", "level": "RED"}}, as_="xj_admin").ok()
    assert upd["warningRuleUpdate"]["warningRule"]["threshold"] == "2.500"
    assert "< 2.5 天" in upd["warningRuleUpdate"]["warningRule"]["formula"]
    same = api.gql(UPDATE, {"i": {"id": rule["id"], "threshold": "2.5"}}, as_="xj_admin").ok()["warningRuleUpdate"]
    assert same["userErrors"][0]["code"] == "NOTHING_TO_CHANGE"
    not_owner = api.gql(UPDATE, {"i": {"id": rule["id"], "threshold": "9"}}, as_="wlmq_official").ok()
    assert not_owner["warningRuleUpdate"]["userErrors"][0]["code"] == "NOT_OWNER"
    seen = api.gql("{ warningRules { id editable } }", as_="wlmq_official").ok()["warningRules"]
    assert {"id": rule["id"], "editable": False} in seen
    assert api.gql("{ warningRules { id } }", as_="nm_admin").codes == []
    assert rule["id"] not in {r["id"] for r in api.gql("{ warningRules { id } }", as_="nm_admin").ok()["warningRules"]}
    off = api.gql('mutation($i: WarningRuleIdInput!) { warningRuleDisable(input: $i) { warningRule { enabled } '
                  'userErrors { code } } }', {"i": {"id": rule["id"]}}, as_="xj_admin").ok()["warningRuleDisable"]
    assert off == {"warningRule": {"enabled": False}, "userErrors": []}
    gone = api.gql('mutation($i: WarningRuleIdInput!) { warningRuleDelete(input: $i) { deletedId userErrors { code } } }',
                   {"i": {"id": rule["id"]}}, as_="xj_admin").ok()["warningRuleDelete"]
    assert gone["deletedId"] == rule["id"]
    assert api.gql("query($id: ID!) { warningRule(id: $id) { name } }", {"id": rule["id"]}, as_="xj_admin").ok() == \
        {"warningRule": None}
    pk = rule["id"]
    actions = [r["action"] for r in sql("SELECT action FROM audit_log WHERE entity_type = 'WarningRule' AND "
                                        "entity_id = (SELECT id::text FROM warning_rule WHERE name = '测试可供天数规则') "
                                        # the evaluations the changes queue (issue 14 item 17) write warning.evaluate
                                        # rows of their own, whenever they run: the rule's own changes are these
                                        "AND action LIKE 'warning\\_rule.%' ORDER BY id")]
    assert actions == ["warning_rule.create", "warning_rule.update", "warning_rule.disable", "warning_rule.delete"], pk


def test_rules_need_the_maintainer_post(api: Api):
    assert api.gql(CREATE, {"i": rule_input()}, as_="kashi_official").codes == ["FORBIDDEN"]
    assert api.gql(CREATE, {"i": rule_input()}, as_="xj_viewer").codes == ["FORBIDDEN"]
    assert api.gql(CREATE, {"i": rule_input()}).codes == ["UNAUTHENTICATED"]


def _mine(api: Api, org: int, who: str = "xj_admin", **flt) -> list[dict]:
    nodes = api.gql(WARNINGS, {"f": {"organisationId": global_id("Organisation", org), **flt}}, as_=who).ok()
    return nodes["supplyWarnings"]["nodes"]


def test_evaluation_is_idempotent_and_closes_warnings_whose_condition_cleared(api: Api):
    org, _, user = make_supply_org("PHARMACY", "650105")
    code = codes(1, 1500)[0]
    # 10 a day for 10 days, 20 left: 20 ÷ (100 ÷ 30) = 6 days of stock < 7 (yellow), not < 3 (red)
    rows = [row(code, days_ago(d), "0", "10", str(20 + 10 * (d - 2))) for d in range(11, 1, -1)]
    assert api.gql(STOCK_REPORT, batch(rows), as_=user).ok()["stockReport"]["userErrors"] == []
    evaluate()
    first = _mine(api, org)
    assert [(w["rule"]["name"], w["value"], w["state"], w["level"]) for w in first] == [
        ("可供天数偏低", "6.000", "IDENTIFIED", "YELLOW")]
    assert first[0]["drug"]["code"] == code and first[0]["divisionCode"] == "650105"
    evaluate()
    again = _mine(api, org)
    assert [w["id"] for w in again] == [first[0]["id"]]
    assert sql("SELECT count(*) AS n FROM supply_warning WHERE organisation_id = $1", org)[0]["n"] == 1
    # restocked: the condition clears and the warning closes itself
    api.gql(STOCK_REPORT, batch([row(code, days_ago(1), "500", "10", "510")]), as_=user).ok()
    evaluate()
    closed = _mine(api, org)
    assert [(w["id"], w["state"]) for w in closed] == [(first[0]["id"], "CLOSED")] and closed[0]["closedAt"]
    assert _mine(api, org, states=["IDENTIFIED", "ALERTED"]) == []
    # short again: a new warning opens (the closed one stays as history)
    api.gql(STOCK_REPORT, batch([row(code, days_ago(0), "0", "505", "5")]), as_=user).ok()
    evaluate()
    states = sorted((w["state"], w["rule"]["name"]) for w in _mine(api, org))
    assert states == [("CLOSED", "可供天数偏低"), ("IDENTIFIED", "可供天数严重不足"), ("IDENTIFIED", "可供天数偏低")]
    audit = sql("SELECT count(*) AS n FROM audit_log WHERE action = 'warning.evaluate'")[0]["n"]
    assert audit >= 1


def test_alerting_warnings_in_batch_all_or_nothing_and_scoped(api: Api):
    org, _, user = make_supply_org("PHARMACY", "650106")
    c = codes(2, 1600)
    # 50 sold in the window, 2 left: 2 ÷ (50 ÷ 30) = 1.2 days < 3 (red)
    rows = [row(x, days_ago(d), "0", "10", str(10 * (d - 2)) if d > 2 else "2") for x in c for d in range(6, 1, -1)]
    api.gql(STOCK_REPORT, batch(rows), as_=user).ok()
    evaluate()
    warnings = _mine(api, org, levels=["RED"])
    assert len(warnings) == 2
    ids = [w["id"] for w in warnings]
    assert api.gql(ALERT, {"i": {"ids": ids}}, as_="kashi_official").codes == ["FORBIDDEN"]
    outside = api.gql("mutation($i: WarningAlertInput!) { warningAlert(input: $i) { userErrors { code } } }",
                      {"i": {"ids": ids}}, as_="xj_viewer")
    assert outside.codes == ["FORBIDDEN"]
    offered = api.gql("query($id: ID!) { node(id: $id) { ... on SupplyWarning { availableActions } } }",
                      {"id": ids[0]}, as_="wlmq_official").ok()["node"]["availableActions"]
    assert offered == ["alert", "inquire"]
    done = api.gql(ALERT, {"i": {"ids": ids, "opinion": "请尽快补货"}}, as_="wlmq_official").ok()["warningAlert"]
    assert done["userErrors"] == [] and {w["state"] for w in done["warnings"]} == {"ALERTED"}
    history = api.gql("query($id: ID!) { node(id: $id) { ... on SupplyWarning { availableActions timeline { action "
                      "label fromState toState opinion actor { username } } } } }", {"id": ids[0]},
                      as_="xj_admin").ok()["node"]
    assert history == {"availableActions": ["inquire"], "timeline": [
        {"action": "alert", "label": "发起告警", "fromState": "IDENTIFIED", "toState": "ALERTED", "opinion": "请尽快补货",
         "actor": {"username": "wlmq_official"}}]}
    again = api.gql(ALERT, {"i": {"ids": ids}}, as_="xj_admin").ok()["warningAlert"]
    assert again["warnings"] == [] and {e["code"] for e in again["userErrors"]} == {"ILLEGAL_TRANSITION"}
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'warning.alert' AND entity_id = ANY($1)",
               [str(sql("SELECT id FROM supply_warning WHERE organisation_id = $1 AND level = 'RED' LIMIT 1",
                        org)[0]["id"])])[0]["n"] == 1
    alerts = api.gql("{ supplyAlerts(first: 10) { totalCount nodes { id state rule { name formula } "
                     "organisation { id } drug { code } } } }", as_=user).ok()["supplyAlerts"]
    assert alerts["totalCount"] == 2 and {n["id"] for n in alerts["nodes"]} == set(ids)
    assert all(n["rule"]["name"] == "可供天数严重不足" and n["organisation"] for n in alerts["nodes"])
    one = "query($id: ID) { supplyAlerts(id: $id) { totalCount nodes { id } } }"
    assert api.gql(one, {"id": ids[1]}, as_=user).ok()["supplyAlerts"] == {"totalCount": 1, "nodes": [{"id": ids[1]}]}
    _, _, neighbour = make_supply_org("PHARMACY", "650106")
    assert api.gql("{ supplyAlerts { totalCount } }", as_=neighbour).ok()["supplyAlerts"]["totalCount"] == 0
    assert api.gql(one, {"id": ids[1]}, as_=neighbour).ok()["supplyAlerts"]["totalCount"] == 0  # not theirs
    evaluate()  # re-evaluation keeps the state the officials set
    assert {w["state"] for w in _mine(api, org, levels=["RED"])} == {"ALERTED"}
    assert _mine(api, org, who="kashi_official") == []


def test_warning_counts_by_rule_and_by_supply_entity(api: Api):
    evaluate()
    q = """query($g: WarningGroupBy!, $f: WarningFilter) { supplyWarningCounts(groupBy: $g, filter: $f) {
      key label count } }"""
    by_rule = api.gql(q, {"g": "RULE", "f": {"states": ["IDENTIFIED", "ALERTED"]}}, as_="xj_admin").ok()
    rows = by_rule["supplyWarningCounts"]
    total = api.gql(WARNINGS.replace("first: 100", "first: 1"), {"f": {"states": ["IDENTIFIED", "ALERTED"]}},
                    as_="xj_admin").ok()["supplyWarnings"]["totalCount"]
    assert rows and sum(r["count"] for r in rows) == total
    assert {"可供天数严重不足", "可供天数偏低"} <= {r["label"] for r in rows}
    # A group's key is the rule's global ID: it goes straight back into the filter (the SPA's by-rule list).
    one = rows[0]
    narrowed = api.gql(WARNINGS.replace("first: 100", "first: 1"), {"f": {"states": ["IDENTIFIED", "ALERTED"],
                                                                         "ruleId": one["key"]}}, as_="xj_admin").ok()
    assert narrowed["supplyWarnings"]["totalCount"] == one["count"]
    by_type = api.gql(q, {"g": "SUBTYPE"}, as_="wlmq_official").ok()["supplyWarningCounts"]
    in_area = sql("SELECT count(*) AS n FROM supply_warning WHERE division_code LIKE '6501%'")[0]["n"]
    assert sum(r["count"] for r in by_type) == in_area
    assert {r["label"] for r in by_type} <= {"定点医疗机构", "定点零售药店", "批发企业", "配送企业", "区县（覆盖不足）"}
    coverage = api.gql(WARNINGS.replace("first: 100", "first: 5"), {"f": {"subtypes": []}}, as_="xj_admin").ok()
    assert coverage["supplyWarnings"]["totalCount"] >= total


def test_low_coverage_warns_per_county_and_clears_when_another_institution_stocks_the_code(api: Api):
    catalog = sql("SELECT id FROM catalog_version WHERE state = 'PUBLISHED' AND owner_division IN ('650000', '650100') "
                  "ORDER BY published_at DESC NULLS LAST, id DESC LIMIT 1")[0]["id"]
    code = sql("SELECT d.code FROM catalog_entry e JOIN drug_code d ON d.id = e.drug_code_id WHERE e.version_id = $1 "
               "ORDER BY d.code DESC LIMIT 1", catalog)[0]["code"]
    county = "650107"
    _, _, first = make_supply_org("PHARMACY", county)
    api.gql(STOCK_REPORT, batch([row(code, days_ago(1), "5", "0", "5")]), as_=first).ok()
    stocking = sql("SELECT count(*) AS n FROM stock_level l JOIN organisation o ON o.id = l.organisation_id "
                   "JOIN drug_code d ON d.id = l.drug_code_id WHERE d.code = $1 AND o.division_code = $2 "
                   "AND o.subtype = 'PHARMACY' AND l.on_hand > 0", code, county)[0]["n"]
    made = api.gql(CREATE, {"i": rule_input(name=unique("覆盖"), metric="LOW_COVERAGE", threshold=str(stocking + 1))},
                   as_="wlmq_official").ok()["warningRuleCreate"]
    assert made["userErrors"] == [] and "配备机构数" in made["warningRule"]["formula"]
    rule = made["warningRule"]
    try:
        evaluate()
        found = api.gql(WARNINGS, {"f": {"ruleId": rule["id"], "divisionCode": county, "drugCode": code}},
                        as_="wlmq_official").ok()["supplyWarnings"]["nodes"]
        assert [(w["state"], w["value"], w["organisation"]) for w in found] == [("IDENTIFIED", f"{stocking}.000", None)]
        outside = api.gql(WARNINGS, {"f": {"ruleId": rule["id"]}}, as_="wlmq_official").ok()["supplyWarnings"]["nodes"]
        assert {w["divisionCode"][:4] for w in outside} == {"6501"}  # a prefecture's rule stays in its prefecture
        _, _, second = make_supply_org("PHARMACY", county)
        api.gql(STOCK_REPORT, batch([row(code, days_ago(1), "3", "0", "3")]), as_=second).ok()
        evaluate()
        after = api.gql(WARNINGS, {"f": {"ruleId": rule["id"], "divisionCode": county, "drugCode": code}},
                        as_="wlmq_official").ok()["supplyWarnings"]["nodes"]
        assert [w["state"] for w in after] == ["CLOSED"]
    finally:
        api.gql('mutation($i: WarningRuleIdInput!) { warningRuleDisable(input: $i) { userErrors { code } } }',
                {"i": {"id": rule["id"]}}, as_="wlmq_official").ok()
    evaluate()
    assert sql("SELECT count(*) AS n FROM supply_warning w JOIN warning_rule r ON r.id = w.rule_id "
               "WHERE r.name = $1 AND w.state <> 'CLOSED'", rule["name"])[0]["n"] == 0


def test_a_stock_report_triggers_the_evaluation_through_the_outbox_and_the_worker(api: Api, worker: None):
    import time

    org, _, user = make_supply_org("PHARMACY", "650109")
    code = codes(1, 1700)[0]
    rows = [row(code, days_ago(d), "0", "10", str(10 * (d - 2)) if d > 2 else "1") for d in range(6, 1, -1)]
    assert api.gql(STOCK_REPORT, batch(rows), as_=user).ok()["stockReport"]["userErrors"] == []
    deadline = time.time() + 30
    while time.time() < deadline and not _mine(api, org, levels=["RED"]):
        time.sleep(0.5)
    assert [w["state"] for w in _mine(api, org, levels=["RED"])] == ["IDENTIFIED"]
    assert sql("SELECT count(*) AS n FROM outbox WHERE job = 'evaluate_warnings' AND enqueued_at IS NOT NULL")[0]["n"] >= 1


def test_a_job_enqueued_before_a_run_started_is_answered_by_that_run():
    from datetime import datetime, timedelta, timezone

    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    ran = evaluate()
    assert ran["skipped"] == 0 and ran["rules"] >= 3
    assert evaluate(requested_at=before) == {"rules": 0, "opened": 0, "refreshed": 0, "closed": 0, "skipped": 1}
    assert evaluate(requested_at=datetime.now(timezone.utc))["skipped"] == 0
    runs = sql("SELECT rules FROM warning_evaluation_run WHERE started_at > $1", before)
    assert len(runs) >= 2 and all(r["rules"] >= 3 for r in runs)  # (the worker may run one too)


def test_incremental_evaluation_judges_only_the_stock_written_since_the_previous_run(api: Api):
    rule = sql("INSERT INTO warning_rule (owner_division, name, level, metric, target_subtypes, threshold, window_days, "
               "enabled) VALUES ('650107', $1, 'RED', 'DAYS_OF_STOCK', '{PHARMACY}', 5, 10, true) RETURNING id",
               unique("增量规则"))[0]["id"]
    (a, _, ua), (b, _, ub) = make_supply_org("PHARMACY", "650107"), make_supply_org("PHARMACY", "650107")
    code = codes(1, 1710)[0]
    low = [row(code, days_ago(2), "0", "30", "4")]                 # 4 left ÷ (30 ÷ 10) = 1.33 days
    assert api.gql(STOCK_REPORT, batch(low), as_=ua).ok()["stockReport"]["userErrors"] == []
    evaluate(mode="FULL")
    seen = "SELECT organisation_id, state, last_seen_at FROM supply_warning WHERE rule_id = $1 ORDER BY organisation_id"
    (wa,) = sql(seen, rule)
    assert (wa["organisation_id"], wa["state"]) == (a, "IDENTIFIED")
    # A's level was written well before that run (beyond the margin kept for transactions still open then)
    sql("UPDATE stock_level SET updated_at = now() - interval '1 hour' WHERE organisation_id = $1", a)
    sql("UPDATE stock_window_sales SET updated_at = now() - interval '1 hour' WHERE organisation_id = $1", a)
    # B reports a shortage, A nothing: the incremental run opens B's warning and leaves A's untouched
    assert api.gql(STOCK_REPORT, batch(low), as_=ub).ok()["stockReport"]["userErrors"] == []
    evaluate(mode="INCREMENTAL")
    rows = sql(seen, rule)
    assert [(r["organisation_id"], r["state"]) for r in rows] == [(a, "IDENTIFIED"), (b, "IDENTIFIED")]
    assert rows[0]["last_seen_at"] == wa["last_seen_at"]
    # A restocks: the next incremental run closes A's warning only
    assert api.gql(STOCK_REPORT, batch([row(code, days_ago(1), "500", "0", "504")]), as_=ua).ok()["stockReport"]["userErrors"] == []
    evaluate(mode="INCREMENTAL")
    assert [(r["organisation_id"], r["state"]) for r in sql(seen, rule)] == [(a, "CLOSED"), (b, "IDENTIFIED")]
    modes = [r["mode"] for r in sql("SELECT mode FROM warning_evaluation_run ORDER BY id DESC LIMIT 2")]
    assert modes == ["INCREMENTAL", "INCREMENTAL"]
    # the window sales the rule reads are the report's: 30 sold over the 10-day window, then nothing sold
    ws = sql("SELECT organisation_id, sold FROM stock_window_sales WHERE window_days = 10 AND drug_code_id = "
             "(SELECT id FROM drug_code WHERE code = $1) AND organisation_id = ANY($2) ORDER BY organisation_id",
             code, [a, b])
    assert [(r["organisation_id"], str(r["sold"])) for r in ws] == [(a, "30.000"), (b, "30.000")]
    sql("UPDATE warning_rule SET enabled = false WHERE id = $1", rule)


def test_county_coverage_warnings_are_their_own_group(api: Api):
    q = """query($f: WarningFilter) { supplyWarnings(first: 5, filter: $f) { totalCount nodes { organisation { id }
      subtype } } }"""
    county = api.gql(q, {"f": {"countyLevel": True}}, as_="xj_admin").ok()["supplyWarnings"]
    entities = api.gql(q, {"f": {"countyLevel": False}}, as_="xj_admin").ok()["supplyWarnings"]
    every = api.gql(q, {"f": {}}, as_="xj_admin").ok()["supplyWarnings"]
    assert county["totalCount"] + entities["totalCount"] == every["totalCount"]
    assert all(n["organisation"] is None and n["subtype"] is None for n in county["nodes"])
    assert all(n["organisation"] is not None for n in entities["nodes"])
    n = sql("SELECT count(*) AS n FROM supply_warning WHERE organisation_id IS NULL AND division_code LIKE '65%'")[0]["n"]
    assert county["totalCount"] == n


def test_creating_or_changing_a_rule_evaluates_it_within_seconds(api: Api, worker: None):
    """Issue 14 item 17: no wait for the nightly run. The stock is evaluated (and its own triggered run finished)
    before the rule exists, so only the rule's own queued run can open its warnings."""
    import time

    org, _, user = make_supply_org("PHARMACY", "650102")
    code = codes(1, 1720)[0]
    rows = [row(code, days_ago(d), "0", "10", str(10 * (d - 2)) if d > 2 else "5") for d in range(6, 1, -1)]
    assert api.gql(STOCK_REPORT, batch(rows), as_=user).ok()["stockReport"]["userErrors"] == []  # 5 ÷ 10 = 0.5 day
    evaluate()
    reported = sql("SELECT max(created_at) AS t FROM outbox WHERE job = 'evaluate_warnings'")[0]["t"]
    deadline = time.time() + 60
    while time.time() < deadline and not sql("SELECT 1 FROM warning_evaluation_run WHERE started_at > $1 AND "
                                             "finished_at IS NOT NULL", reported):
        time.sleep(0.3)  # the stock report's own run is over: it cannot judge the rule made below
    made = api.gql(CREATE, {"i": rule_input(name=unique("即时评估"), threshold="0.6", level="RED", windowDays=5)},
                   as_="wlmq_official").ok()["warningRuleCreate"]
    assert made["userErrors"] == []
    rule = made["warningRule"]
    try:
        def found() -> list[dict]:
            return api.gql(WARNINGS, {"f": {"ruleId": rule["id"], "organisationId": global_id("Organisation", org)}},
                           as_="wlmq_official").ok()["supplyWarnings"]["nodes"]
        started = time.time()
        while time.time() - started < 15 and not found():
            time.sleep(0.3)
        assert [(w["state"], w["value"]) for w in found()] == [("IDENTIFIED", "0.500")]
        # a changed threshold is judged again as fast: 0.5 day is no longer < 0.4
        upd = api.gql(UPDATE, {"i": {"id": rule["id"], "threshold": "0.4"}}, as_="wlmq_official").ok()
        assert upd["warningRuleUpdate"]["userErrors"] == []
        started = time.time()
        while time.time() - started < 15 and found()[0]["state"] != "CLOSED":
            time.sleep(0.3)
        assert [w["state"] for w in found()] == ["CLOSED"]
    finally:
        api.gql('mutation($i: WarningRuleIdInput!) { warningRuleDisable(input: $i) { userErrors { code } } }',
                {"i": {"id": rule["id"]}}, as_="wlmq_official").ok()
