"""Stocking (配备) statistics and supply status (SUP-05, SUP-07…13, DRUG-06): SQL-side counts, scoped to the area."""
from __future__ import annotations

from decimal import Decimal

from tests.helpers import Api, global_id, sql
from tests.supply_helpers import STOCK_REPORT, batch, codes, days_ago, make_supply_org, row

SUMMARY = """query($g: StockingGroupBy!, $f: OrganisationFilter) { stockingSummary(groupBy: $g, filter: $f) {
  catalogVersionNo groups { key label organisations stockingOrganisations stockedCodes stockedVarieties
  catalogCodes catalogVarieties onHand } } }"""
ORGS = """query($f: OrganisationFilter, $n: Int) { stockingOrganisations(first: $n, filter: $f) { totalCount nodes {
  organisation { id code name subtype } stockedCodes stockedVarieties catalogCodes catalogVarieties asOf } } }"""
DRUGS = """query($o: ID!, $n: Int, $c: Boolean) { stockedDrugs(organisationId: $o, first: $n, catalogOnly: $c) {
  totalCount pageInfo { hasNextPage } nodes { onHand inTransit asOf inCatalog drug { code genericName } } } }"""
VARIETIES = """query($o: ID!) { stockedVarieties(organisationId: $o, first: 100) { totalCount nodes { codes onHand
  variety { genericName } } } }"""


def _subtree(code: str) -> list[str]:
    return [r["code"] for r in sql("WITH RECURSIVE t AS (SELECT code FROM division WHERE code = $1 UNION ALL "
                                   "SELECT d.code FROM division d JOIN t ON d.parent_code = t.code) SELECT code FROM t",
                                   code)]


def test_region_totals_match_sql_and_a_prefecture_sees_only_its_own(api: Api):
    total = api.gql(SUMMARY, {"g": "TOTAL"}, as_="xj_admin").ok()["stockingSummary"]["groups"]
    xj = _subtree("650000")
    expected = sql("SELECT count(DISTINCT o.id) AS orgs, count(DISTINCT l.drug_code_id) AS codes FROM organisation o "
                   "LEFT JOIN stock_level l ON l.organisation_id = o.id AND l.on_hand > 0 "
                   "WHERE o.subtype IS NOT NULL AND o.division_code = ANY($1)", xj)[0]
    assert len(total) == 1 and total[0]["key"] == "ALL"
    assert (total[0]["organisations"], total[0]["stockedCodes"]) == (expected["orgs"], expected["codes"])
    by_pref = api.gql(SUMMARY, {"g": "PREFECTURE"}, as_="xj_admin").ok()["stockingSummary"]["groups"]
    assert {"650100", "653100"} <= {g["key"] for g in by_pref}
    assert sum(g["organisations"] for g in by_pref) == total[0]["organisations"]
    assert next(g for g in by_pref if g["key"] == "650100")["label"] == "乌鲁木齐市"
    mine = api.gql(SUMMARY, {"g": "PREFECTURE"}, as_="wlmq_official").ok()["stockingSummary"]["groups"]
    assert [g["key"] for g in mine] == ["650100"]
    assert mine[0]["organisations"] == next(g for g in by_pref if g["key"] == "650100")["organisations"]
    counties = api.gql(SUMMARY, {"g": "COUNTY"}, as_="wlmq_official").ok()["stockingSummary"]["groups"]
    assert counties and all(g["key"] in _subtree("650100") for g in counties)


def test_groups_by_subtype_ownership_and_hospital_level(api: Api):
    by_type = api.gql(SUMMARY, {"g": "SUBTYPE"}, as_="xj_admin").ok()["stockingSummary"]["groups"]
    assert {g["key"] for g in by_type} == {"HOSPITAL", "PHARMACY", "WHOLESALER", "DISTRIBUTOR"}
    assert {g["label"] for g in by_type} >= {"定点医疗机构", "批发企业"}
    owners = api.gql(SUMMARY, {"g": "OWNERSHIP", "f": {"subtypes": ["HOSPITAL"]}}, as_="xj_admin").ok()
    assert {g["key"] for g in owners["stockingSummary"]["groups"]} == {"PUBLIC", "PRIVATE"}
    levels = api.gql(SUMMARY, {"g": "HOSPITAL_LEVEL", "f": {"subtypes": ["HOSPITAL"]}}, as_="xj_admin").ok()
    groups = levels["stockingSummary"]["groups"]
    assert "02" in {g["key"] for g in groups} and next(g for g in groups if g["key"] == "02")["label"] == "三甲"
    assert all(g["stockedVarieties"] <= g["stockedCodes"] and g["catalogCodes"] <= g["stockedCodes"] for g in groups)


def test_per_organisation_counts_and_drill_down_to_codes_and_varieties(api: Api):
    org, _, user = make_supply_org("PHARMACY", "650103")
    c = codes(4, 300)
    api.gql(STOCK_REPORT, batch([row(c[0], days_ago(2), "5", "0", "5"), row(c[1], days_ago(2), "3", "0", "3"),
                                 row(c[2], days_ago(2), "0", "0", "0"), row(c[3], days_ago(2), "1", "0", "1")]),
            as_=user).ok()
    page = api.gql(ORGS, {"f": {"name": "测试PHARMACY", "divisionCode": "650103"}, "n": 100},
                   as_="wlmq_official").ok()["stockingOrganisations"]
    mine = next(n for n in page["nodes"] if n["organisation"]["id"] == global_id("Organisation", org))
    varieties = sql("SELECT count(DISTINCT variety_id) AS n FROM drug_code WHERE code = ANY($1)", [c[0], c[1], c[3]])
    assert (mine["stockedCodes"], mine["stockedVarieties"]) == (3, varieties[0]["n"])
    assert mine["asOf"] == days_ago(2).isoformat()
    drugs = api.gql(DRUGS, {"o": global_id("Organisation", org), "n": 2}, as_="wlmq_official").ok()["stockedDrugs"]
    assert drugs["totalCount"] == 3 and drugs["pageInfo"]["hasNextPage"] is True
    assert [n["drug"]["code"] for n in drugs["nodes"]] == sorted([c[0], c[1], c[3]])[:2]
    own = api.gql(DRUGS, {"o": global_id("Organisation", org), "n": 10}, as_=user).ok()["stockedDrugs"]
    assert own["totalCount"] == 3
    vs = api.gql(VARIETIES, {"o": global_id("Organisation", org)}, as_="wlmq_official").ok()["stockedVarieties"]
    assert vs["totalCount"] == varieties[0]["n"] and sum(v["codes"] for v in vs["nodes"]) == 3
    assert sum(Decimal(v["onHand"]) for v in vs["nodes"]) == Decimal(9)
    hidden = api.gql(DRUGS, {"o": global_id("Organisation", org), "n": 10}, as_="kashi_official").ok()
    assert hidden["stockedDrugs"] is None
    other = api.gql(DRUGS, {"o": global_id("Organisation", org), "n": 10}, as_="xj_pharmacy").ok()
    assert other["stockedDrugs"] is None


def test_drug_supply_status_counts_institutions_on_hand_and_days_of_stock(api: Api):
    code = codes(1, 1200)[0]
    orgs = [make_supply_org("HOSPITAL", "650104", ownership="PUBLIC", hospital_level="05") for _ in range(2)]
    for _, _, user in orgs:
        api.gql(STOCK_REPORT, batch([row(code, days_ago(3), "0", "6", "30"), row(code, days_ago(2), "0", "6", "24")]),
                as_=user).ok()
    q = """query($c: String!) { drugSupplyStatus(code: $c, windowDays: 30) { drug { code } stockingInstitutions
      reportingInstitutions institutionOnHand averageDailySales daysOfStock windowDays } }"""
    st = api.gql(q, {"c": code}, as_="wlmq_official").ok()["drugSupplyStatus"]
    expected = sql("SELECT count(*) FILTER (WHERE l.on_hand > 0) AS n, sum(l.on_hand) AS q FROM stock_level l "
                   "JOIN organisation o ON o.id = l.organisation_id JOIN drug_code d ON d.id = l.drug_code_id "
                   "WHERE d.code = $1 AND o.subtype IN ('HOSPITAL','PHARMACY') AND o.division_code = ANY($2)",
                   code, _subtree("650100"))[0]
    assert st["stockingInstitutions"] == expected["n"] >= 2
    assert Decimal(st["institutionOnHand"]) == expected["q"]
    assert Decimal(st["averageDailySales"]) > 0 and st["daysOfStock"] is not None
    kashi = api.gql(q, {"c": code}, as_="kashi_official").ok()["drugSupplyStatus"]
    in_kashi = sql("SELECT count(*) FILTER (WHERE l.on_hand > 0) AS n FROM stock_level l "
                   "JOIN organisation o ON o.id = l.organisation_id JOIN drug_code d ON d.id = l.drug_code_id "
                   "WHERE d.code = $1 AND o.subtype IN ('HOSPITAL','PHARMACY') AND o.division_code = ANY($2)",
                   code, _subtree("653100"))[0]["n"]
    assert kashi["stockingInstitutions"] == in_kashi < st["stockingInstitutions"] + in_kashi


def test_county_officials_and_staff_have_no_stocking_statistics(api: Api):
    assert api.gql(SUMMARY, {"g": "TOTAL"}, as_="tianshan_official").codes == ["FORBIDDEN"]
    assert api.gql(SUMMARY, {"g": "TOTAL"}, as_="xj_pharmacy").codes == ["FORBIDDEN"]
