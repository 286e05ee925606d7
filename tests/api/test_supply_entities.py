"""Supply entities (SUP-02) and stock reports (SUP-04): scoping, basic information, all-or-nothing batches."""
from __future__ import annotations

import pytest

from tests.helpers import Api, global_id, sql
from tests.supply_helpers import STOCK_REPORT, batch, codes, days_ago, make_supply_org, row, today

ORGS = """query($f: OrganisationFilter) { organisations(first: 100, filter: $f) { totalCount nodes { id code name
  subtype ownership hospitalLevel hospitalLevelName divisionCode creditCode } } }"""
UPDATE = """mutation($i: OrganisationUpdateInput!) { organisationUpdate(input: $i) { organisation { name creditCode
  address contactPhone } userErrors { code field message } } }"""


def _subtree(code: str) -> set[str]:
    return {r["code"] for r in sql("WITH RECURSIVE t AS (SELECT code FROM division WHERE code = $1 UNION ALL "
                                   "SELECT d.code FROM division d JOIN t ON d.parent_code = t.code) SELECT code FROM t",
                                   code)}


def test_a_prefecture_official_sees_only_supply_entities_of_the_prefecture(api: Api):
    got = api.gql(ORGS, as_="kashi_official").ok()["organisations"]
    area = _subtree("653100")
    assert got["totalCount"] > 0 and all(n["divisionCode"] in area for n in got["nodes"])
    expected = sql("SELECT count(*) AS n FROM organisation WHERE subtype IS NOT NULL AND division_code = ANY($1)",
                   list(area))[0]["n"]
    assert got["totalCount"] == expected
    region = api.gql(ORGS, as_="xj_admin").ok()["organisations"]["totalCount"]
    assert region > expected


def test_institution_staff_see_only_their_own_organisation(api: Api):
    got = api.gql(ORGS, as_="xj_pharmacy").ok()["organisations"]
    assert got["totalCount"] == 1 and got["nodes"][0]["subtype"] == "PHARMACY"
    other = sql("SELECT id FROM organisation WHERE subtype = 'HOSPITAL' ORDER BY id LIMIT 1")[0]["id"]
    one = api.gql("query($id: ID!) { organisation(id: $id) { code } node(id: $id) { id } }",
                  {"id": global_id("Organisation", other)}, as_="xj_pharmacy").ok()
    assert one == {"organisation": None, "node": None}


def test_anonymous_callers_are_unauthenticated(api: Api):
    r = api.gql(ORGS)
    assert r.codes == ["UNAUTHENTICATED"]
    r = api.gql("{ stockingSummary { groups { key } } }")
    assert r.codes == ["UNAUTHENTICATED"]


def test_filters_by_subtype_ownership_level_division_and_name(api: Api):
    hospitals = api.gql(ORGS, {"f": {"subtypes": ["HOSPITAL"], "ownership": "PUBLIC", "hospitalLevel": "02"}},
                        as_="xj_admin").ok()["organisations"]
    assert hospitals["totalCount"] >= 1
    assert all((n["subtype"], n["ownership"], n["hospitalLevel"], n["hospitalLevelName"]) ==
               ("HOSPITAL", "PUBLIC", "02", "三甲") for n in hospitals["nodes"])
    assert all(n["code"].startswith("H") and len(n["code"]) == 12 for n in hospitals["nodes"])
    tianshan = api.gql(ORGS, {"f": {"divisionCode": "650102"}}, as_="xj_admin").ok()["organisations"]
    assert tianshan["totalCount"] >= 1 and {n["divisionCode"] for n in tianshan["nodes"]} == {"650102"}
    outside = api.gql(ORGS, {"f": {"divisionCode": "650102"}}, as_="kashi_official").ok()["organisations"]
    assert outside["totalCount"] == 0
    name = hospitals["nodes"][0]["name"]
    assert name in {n["name"] for n in api.gql(ORGS, {"f": {"name": name[:6]}}, as_="xj_admin").ok()
                    ["organisations"]["nodes"]}


def test_an_enterprise_maintains_its_own_basic_information_with_a_checked_credit_code(api: Api):
    org, _, user = make_supply_org("WHOLESALER", "650100")
    gid = global_id("Organisation", org)
    bad = api.gql(UPDATE, {"i": {"id": gid, "creditCode": "91350100M000100Y44"}}, as_=user).ok()["organisationUpdate"]
    assert bad["organisation"] is None and bad["userErrors"][0]["code"] == "INVALID_CREDIT_CODE"
    assert bad["userErrors"][0]["field"] == ["creditCode"]
    taken = sql("SELECT credit_code FROM organisation WHERE subtype = 'DISTRIBUTOR' LIMIT 1")[0]["credit_code"]
    dup = api.gql(UPDATE, {"i": {"id": gid, "creditCode": taken}}, as_=user).ok()["organisationUpdate"]
    assert dup["userErrors"][0]["code"] == "DUPLICATE_CREDIT_CODE"
    ok = api.gql(UPDATE, {"i": {"id": gid, "creditCode": "91350100m000100y43", "address": "乌鲁木齐市测试路 1 号",
                                "contactPhone": "0991-1234567"}}, as_=user).ok()["organisationUpdate"]
    assert ok["userErrors"] == [] and ok["organisation"]["creditCode"] == "91350100M000100Y43"
    audit = sql("SELECT before, after, division_code FROM audit_log WHERE action = 'organisation.update' "
                "AND entity_id = $1", str(org))
    assert len(audit) == 1 and audit[0]["division_code"] == "650100"
    other = sql("SELECT id FROM organisation WHERE subtype = 'WHOLESALER' AND id <> $1 LIMIT 1", org)[0]["id"]
    foreign = api.gql(UPDATE, {"i": {"id": global_id("Organisation", other), "name": "改名"}}, as_=user).ok()
    assert foreign["organisationUpdate"]["userErrors"][0]["code"] == "FORBIDDEN"
    assert api.gql(UPDATE, {"i": {"id": gid, "name": "x"}}, as_="xj_pharmacy").codes == ["FORBIDDEN"]


def _levels(org: int) -> list:
    return sql("SELECT d.code, l.on_hand, l.in_transit, l.as_of FROM stock_level l JOIN drug_code d "
               "ON d.id = l.drug_code_id WHERE l.organisation_id = $1 ORDER BY d.code", org)


def test_a_batch_with_any_bad_row_imports_nothing_and_lists_every_row_error(api: Api):
    org, _, user = make_supply_org("PHARMACY", "650105")
    c = codes(3, 40)
    rows = [row(c[0], days_ago(1), "10", "2", "8"), row(c[1], days_ago(1), "-1", "0", "5"),
            row("XJ01CAA040E001010199999", days_ago(1)), row(c[2], today().replace(year=today().year + 1)),
            row(c[0], days_ago(1), "1", "1", "8"), row(c[2], days_ago(2), inTransitQty="3")]
    out = api.gql(STOCK_REPORT, batch(rows), as_=user).ok()["stockReport"]
    assert out["report"] is None
    got = {(e["row"], e["field"][-1], e["code"]) for e in out["userErrors"]}
    assert got == {(1, "receivedQty", "NEGATIVE_QUANTITY"), (2, "drugCode", "DRUG_NOT_FOUND"),
                   (3, "businessDate", "FUTURE_DATE"), (4, "drugCode", "DUPLICATE_ROW"),
                   (5, "inTransitQty", "IN_TRANSIT_NOT_ALLOWED")}
    assert all(e["field"][:2] == ["rows", str(e["row"])] and e["message"] for e in out["userErrors"])
    assert _levels(org) == []
    assert sql("SELECT count(*) AS n FROM stock_movement WHERE organisation_id = $1", org)[0]["n"] == 0
    assert sql("SELECT count(*) AS n FROM stock_report_batch WHERE organisation_id = $1", org)[0]["n"] == 0


def test_resending_the_same_batch_changes_nothing_and_returns_the_first_result(api: Api):
    org, _, user = make_supply_org("DISTRIBUTOR", "650100")
    c = codes(2, 60)
    rows = [row(c[0], days_ago(3), "10", "2", "8", inTransitQty="4"), row(c[1], days_ago(3), "5", "0", "5"),
            row(c[0], days_ago(2), "0", "3", "5", inTransitQty="1.5")]
    first = api.gql(STOCK_REPORT, batch(rows, "B-1"), as_=user).ok()["stockReport"]
    assert first["userErrors"] == [] and first["report"]["replayed"] is False
    assert first["report"]["rowCount"] == 3 and first["report"]["movementCount"] == 4
    levels = _levels(org)
    assert [(str(r["on_hand"]), r["in_transit"] and str(r["in_transit"]), r["as_of"]) for r in levels] == [
        ("5.000", "1.500", days_ago(2)), ("5.000", None, days_ago(3))]
    again = api.gql(STOCK_REPORT, batch(rows, "B-1"), as_=user).ok()["stockReport"]
    assert again["report"] == {**first["report"], "replayed": True}
    assert _levels(org) == levels
    assert sql("SELECT count(*) AS n FROM stock_movement WHERE organisation_id = $1", org)[0]["n"] == 4
    batch_id = sql("SELECT id FROM stock_report_batch WHERE organisation_id = $1", org)[0]["id"]
    assert first["report"]["id"] == global_id("StockReport", batch_id)
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'stock.report' AND entity_id = $1",
               str(batch_id))[0]["n"] == 1
    changed = api.gql(STOCK_REPORT, batch(rows[:1], "B-1"), as_=user).ok()["stockReport"]
    assert changed["report"] is None and changed["userErrors"][0]["code"] == "BATCH_KEY_REUSED"


def test_the_newest_row_sets_the_level_and_differences_become_adjustments(api: Api):
    org, _, user = make_supply_org("HOSPITAL", "650102", ownership="PRIVATE", hospital_level="05")
    c = codes(1, 70)[0]
    api.gql(STOCK_REPORT, batch([row(c, days_ago(5), "20", "0", "20")]), as_=user).ok()
    out = api.gql(STOCK_REPORT, batch([row(c, days_ago(4), "0", "5", "14"), row(c, days_ago(9), "0", "1", "99")]),
                  as_=user).ok()["stockReport"]
    assert out["userErrors"] == []
    assert [(str(r["on_hand"]), r["as_of"]) for r in _levels(org)] == [("14.000", days_ago(4))]
    moves = sql("SELECT kind, quantity, business_date FROM stock_movement WHERE organisation_id = $1 "
                "ORDER BY business_date, kind", org)
    assert [(m["kind"], str(m["quantity"])) for m in moves] == [
        ("SALE", "1.000"), ("RECEIPT", "20.000"), ("ADJUSTMENT", "-1.000"), ("SALE", "5.000")]


@pytest.mark.parametrize("who,code", [("xj_admin", "FORBIDDEN"), ("wlmq_official", "FORBIDDEN"), (None, "UNAUTHENTICATED")])
def test_officials_cannot_report_stock(api: Api, who, code):
    r = api.gql(STOCK_REPORT, batch([row(codes(1, 80)[0], days_ago(1))]), as_=who)
    assert r.codes == [code]


def test_an_empty_batch_or_a_bad_key_is_a_coded_error(api: Api):
    _, _, user = make_supply_org("PHARMACY", "650105")
    out = api.gql(STOCK_REPORT, batch([]), as_=user).ok()["stockReport"]
    assert out["userErrors"][0]["code"] == "EMPTY_BATCH"
    out = api.gql(STOCK_REPORT, batch([row(codes(1)[0], days_ago(1))], "x" * 65), as_=user).ok()["stockReport"]
    assert out["userErrors"][0]["code"] == "VALUE_TOO_LONG" and out["userErrors"][0]["row"] is None


def test_code_checks_explain_institution_and_credit_codes(api: Api):
    q = """query($c: String!, $s: OrgSubtype!, $u: String!) { institutionCodeCheck(code: $c, subtype: $s) { code valid
      divisionCode division { name } problems { code message } } creditCodeCheck(code: $u) { valid divisionCode
      problems { code } } }"""
    ok = api.gql(q, {"c": " h45012400011", "s": "HOSPITAL", "u": "91350100M000100Y43"}, as_="xj_pharmacy").ok()
    assert ok["institutionCodeCheck"] == {"code": "H45012400011", "valid": True, "divisionCode": "450124",
                                          "division": {"name": ok["institutionCodeCheck"]["division"]["name"]},
                                          "problems": []}
    assert ok["creditCodeCheck"] == {"valid": True, "divisionCode": "350100", "problems": []}
    bad = api.gql(q, {"c": "H99999900011", "s": "HOSPITAL", "u": "91350100M000100Y4X"}, as_="xj_admin").ok()
    assert [p["code"] for p in bad["institutionCodeCheck"]["problems"]] == ["UNKNOWN_DIVISION"]
    assert bad["creditCodeCheck"]["problems"] == [{"code": "INVALID_CREDIT_CODE"}]
    wrong = api.gql(q, {"c": "H45012400011", "s": "PHARMACY", "u": "x"}, as_="xj_admin").ok()
    assert wrong["institutionCodeCheck"]["valid"] is False
    assert wrong["institutionCodeCheck"]["problems"][0]["code"] == "INVALID_INSTITUTION_CODE"
    assert set(api.gql(q, {"c": "x", "s": "HOSPITAL", "u": "x"}).codes) == {"UNAUTHENTICATED"}


def test_the_database_refuses_an_institution_code_outside_its_division():
    import asyncpg

    with pytest.raises(asyncpg.CheckViolationError):
        sql("INSERT INTO organisation (code, name, kind, division_code, subtype) "
            "VALUES ('H65010299999', 'x', 'INSTITUTION', '650103', 'HOSPITAL')")


def test_quantities_that_are_not_finite_numbers_are_row_errors(api: Api):
    _, _, user = make_supply_org("PHARMACY", "650105")
    out = api.gql(STOCK_REPORT, batch([row(codes(1)[0], days_ago(1), "NaN", "1", "Infinity")]), as_=user).ok()
    errors = out["stockReport"]["userErrors"]
    assert {(e["row"], e["field"][-1], e["code"]) for e in errors} == {(0, "receivedQty", "INVALID_VALUE"),
                                                                      (0, "onHandQty", "INVALID_VALUE")}
    assert {e["message"] for e in errors} == {"进货数量不是有效数字", "库存数量不是有效数字"}
