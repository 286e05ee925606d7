"""Supply analyses (SUP-39…45, DRUG-06, DRUG-24…26): exact figures from data each test inserts, area scoping,
focus-list maintenance and bad input."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.analysis_helpers import new_variety_with_codes
from tests.helpers import Api, global_id, sql
from tests.supply_helpers import STOCK_REPORT, batch, days_ago, make_supply_org, row

FIGS = """key hospitalReceived hospitalSold hospitalSaleRecords pharmacyReceived pharmacySold pharmacySaleRecords
  hospitalSalesAmount pharmacySalesAmount
  institutionReceived institutionSold enterpriseReceived enterpriseSupplied stockingInstitutions stockingHospitals
  stockingPharmacies stockingEnterprises institutionOnHand enterpriseOnHand averageDailySales daysOfStock openWarnings"""
ANALYSIS = f"""query($c: String, $v: ID, $d: String) {{ drugSupplyAnalysis(code: $c, varietyId: $v, divisionCode: $d) {{
  drug {{ code }} variety {{ genericName }} breakdown {{ days total {{ {FIGS} }} byPrefecture {{ {FIGS} label }} }}
  suppliers(first: 10) {{ totalCount nodes {{ organisation {{ id }} received sold onHand }} }}
  institutions(first: 10) {{ totalCount nodes {{ organisation {{ id }} received sold onHand saleRecords }} }} }} }}"""
TREND = """query($f: Date, $t: Date, $g: TrendGranularity!, $d: String) { supplyTrend(from: $f, to: $t,
  granularity: $g, divisionCode: $d) { start end points { start suppliedCodes suppliedVarieties institutionReceived
  enterpriseSupplied institutionSold } } }"""
ADD = """mutation($i: FocusListChangeInput!) { focusListAdd(input: $i) { changed { id kind note drug { code }
  variety { id } } unchanged userErrors { code field message } } }"""
REMOVE = """mutation($i: FocusListChangeInput!) { focusListRemove(input: $i) { changed { id } unchanged
  userErrors { code field } } }"""
FOCUS = f"""query($k: FocusListKind!, $n: Int, $d: String) {{ focusListAnalysis(kind: $k, first: $n, divisionCode: $d) {{
  kind label reach {{ key institutions stockingInstitutions }} members {{ totalCount nodes {{
  member {{ id variety {{ id }} drug {{ code }} }} total {{ {FIGS} }} byPrefecture {{ {FIGS} }} }} }} }} }}"""
FILE = """query($c: String!) { drug(code: $c) { supplyFile {
  sales { total { hospitalSold pharmacySold } byPrefecture { key hospitalSold pharmacySold } }
  salesByInstitution(first: 10) { totalCount nodes { organisation { id } sold saleRecords salesAmount } }
  sameGenericSales { drug { code } sold salesAmount isSelf }
  supply { total { institutionReceived enterpriseSupplied institutionOnHand stockingInstitutions } }
  supplyByInstitution(first: 10) { totalCount nodes { organisation { id } onHand received } }
  disclosure { total { institutions hospitals pharmacies } byPrefecture { key institutions } } } } }"""


def make_org(subtype: str, division: str) -> tuple[int, str, str]:
    """A fresh supply entity; hospitals get an ownership and level like real ones (other tests group by them)."""
    extra = {"ownership": "PUBLIC", "hospital_level": "05"} if subtype == "HOSPITAL" else {}
    return make_supply_org(subtype, division, **extra)


def d(x: str | int) -> Decimal:
    return Decimal(str(x))


@pytest.fixture(scope="module")
def world(api: Api) -> dict:
    """A fresh variety with two codes, stocked and sold by fresh organisations in two prefectures in the last days:
    H1 (乌鲁木齐 650102), P1 (乌鲁木齐 650103), H2 (喀什 653101), W1 (wholesaler, 乌鲁木齐)."""
    vid, codes, ids = new_variety_with_codes(2)
    d1, d2 = codes
    orgs = {k: make_org(s, div) for k, s, div in (("H1", "HOSPITAL", "650102"), ("P1", "PHARMACY", "650103"),
                                                           ("H2", "HOSPITAL", "653101"), ("W1", "WHOLESALER", "650100"))}
    reports = {
        "H1": [row(d1, days_ago(3), "10", "2", "8", salesAmount="20.50"), row(d1, days_ago(2), "0", "4", "4")],
        "P1": [row(d1, days_ago(2), "6", "1", "5", salesAmount="9.9"), row(d2, days_ago(2), "3", "0", "3")],
        "H2": [row(d1, days_ago(2), "20", "5", "15")],
        "W1": [row(d1, days_ago(3), "100", "36", "64")],
    }
    for k, rows in reports.items():
        r = api.gql(STOCK_REPORT, batch(rows), as_=orgs[k][2]).ok()["stockReport"]
        assert r["report"], r["userErrors"]
    return {"vid": vid, "codes": codes, "ids": ids, "orgs": {k: global_id("Organisation", v[0]) for k, v in orgs.items()}}


def test_per_drug_analysis_region_and_prefecture_figures_are_exact(api: Api, world: dict):
    d1 = world["codes"][0]
    a = api.gql(ANALYSIS, {"c": d1}, as_="xj_admin").ok()["drugSupplyAnalysis"]
    total = a["breakdown"]["total"]
    assert a["drug"]["code"] == d1 and a["breakdown"]["days"] == 30
    assert (d(total["hospitalReceived"]), d(total["hospitalSold"]), total["hospitalSaleRecords"]) == (30, 11, 3)
    assert (d(total["pharmacyReceived"]), d(total["pharmacySold"]), total["pharmacySaleRecords"]) == (6, 1, 1)
    assert (total["hospitalSalesAmount"], total["pharmacySalesAmount"]) == ("20.50", "9.90")  # money as strings
    assert (d(total["institutionReceived"]), d(total["institutionSold"])) == (36, 12)
    assert (d(total["enterpriseReceived"]), d(total["enterpriseSupplied"])) == (100, 36)
    assert (total["stockingInstitutions"], total["stockingHospitals"], total["stockingPharmacies"],
            total["stockingEnterprises"]) == (3, 2, 1, 1)
    assert (d(total["institutionOnHand"]), d(total["enterpriseOnHand"])) == (24, 64)
    assert d(total["averageDailySales"]) == d("0.4") and d(total["daysOfStock"]) == 60  # 24 ÷ (12 ÷ 30)
    prefs = {p["key"]: p for p in a["breakdown"]["byPrefecture"]}
    assert set(prefs) == {"650100", "653100"} and prefs["650100"]["label"] == "乌鲁木齐市"
    assert (d(prefs["650100"]["institutionReceived"]), d(prefs["650100"]["institutionSold"]),
            d(prefs["650100"]["institutionOnHand"]), prefs["650100"]["stockingInstitutions"]) == (16, 7, 9, 2)
    assert (d(prefs["653100"]["hospitalReceived"]), d(prefs["653100"]["enterpriseSupplied"])) == (20, 0)
    assert [(n["organisation"]["id"], d(n["sold"]), d(n["onHand"])) for n in a["suppliers"]["nodes"]] == [
        (world["orgs"]["W1"], 36, 64)]
    inst = a["institutions"]
    assert inst["totalCount"] == 3 and [n["organisation"]["id"] for n in inst["nodes"]] == [
        world["orgs"]["H2"], world["orgs"]["H1"], world["orgs"]["P1"]]  # by receipts 20, 10, 6
    # the variety: both codes, institutions counted once
    v = api.gql(ANALYSIS, {"v": global_id("Variety", world["vid"])}, as_="xj_admin").ok()["drugSupplyAnalysis"]
    vt = v["breakdown"]["total"]
    assert v["drug"] is None and (vt["stockingInstitutions"], d(vt["institutionOnHand"]), d(vt["pharmacyReceived"])) == (3, 27, 9)


def test_a_prefecture_official_sees_only_their_prefecture(api: Api, world: dict):
    d1 = world["codes"][0]
    wlmq = api.gql(ANALYSIS, {"c": d1}, as_="wlmq_official").ok()["drugSupplyAnalysis"]
    t = wlmq["breakdown"]["total"]
    assert (d(t["institutionReceived"]), t["stockingInstitutions"], d(t["enterpriseSupplied"])) == (16, 2, 36)
    assert [p["key"] for p in wlmq["breakdown"]["byPrefecture"]] == ["650100"]
    assert world["orgs"]["H2"] not in [n["organisation"]["id"] for n in wlmq["institutions"]["nodes"]]
    kashi = api.gql(ANALYSIS, {"c": d1}, as_="kashi_official").ok()["drugSupplyAnalysis"]["breakdown"]["total"]
    assert (d(kashi["institutionReceived"]), kashi["stockingEnterprises"]) == (20, 0)
    # asking for another prefecture's division gives nothing, not the other prefecture's data
    other = api.gql(ANALYSIS, {"c": d1, "d": "650100"}, as_="kashi_official").ok()["drugSupplyAnalysis"]
    assert other["breakdown"]["total"]["stockingInstitutions"] == 0 and other["institutions"]["totalCount"] == 0
    assert api.gql(ANALYSIS, {"c": d1}, as_="tianshan_official").codes == ["FORBIDDEN"]
    assert api.gql(ANALYSIS, {"c": d1}, as_="xj_pharmacy").codes == ["FORBIDDEN"]


def test_trend_buckets_and_supplied_counts_are_exact(api: Api):
    """Reports dated in March 2024 in 乌鲁木齐县 (650121): no other data lies there then."""
    _, codes, _ = new_variety_with_codes(2)
    _, _, hosp = make_org("HOSPITAL", "650121")
    _, _, whs = make_supply_org("WHOLESALER", "650100")
    api.gql(STOCK_REPORT, batch([row(codes[0], date(2024, 3, 5), "10", "3", "7"),
                                 row(codes[1], date(2024, 3, 6), "5", "0", "5"),
                                 row(codes[0], date(2024, 3, 20), "0", "2", "5")]), as_=hosp).ok()
    api.gql(STOCK_REPORT, batch([row(codes[0], date(2024, 3, 5), "50", "20", "30")]), as_=whs).ok()
    week = api.gql(TREND, {"f": "2024-03-01", "t": "2024-03-31", "g": "WEEK", "d": "650121"}, as_="xj_admin").ok()
    points = [(p["start"], p["suppliedCodes"], p["suppliedVarieties"], d(p["institutionReceived"]),
               d(p["institutionSold"])) for p in week["supplyTrend"]["points"]]
    assert points == [("2024-02-26", 0, 0, 0, 0), ("2024-03-04", 2, 1, 15, 3), ("2024-03-11", 0, 0, 0, 0),
                      ("2024-03-18", 0, 0, 0, 2), ("2024-03-25", 0, 0, 0, 0)]
    pref = api.gql(TREND, {"f": "2024-03-01", "t": "2024-03-31", "g": "MONTH", "d": "650100"}, as_="wlmq_official").ok()
    [month] = pref["supplyTrend"]["points"]
    assert (month["start"], month["suppliedCodes"], d(month["enterpriseSupplied"]), d(month["institutionReceived"])) == \
        ("2024-03-01", 2, 20, 15)
    day = api.gql(TREND, {"f": "2024-03-01", "t": "2024-03-31", "g": "DAY", "d": "650121"}, as_="xj_admin").ok()
    assert len(day["supplyTrend"]["points"]) == 31
    kashi = api.gql(TREND, {"f": "2024-03-01", "t": "2024-03-31", "g": "MONTH"}, as_="kashi_official").ok()
    assert kashi["supplyTrend"]["points"][0]["suppliedCodes"] == 0  # none of it is in 喀什


@pytest.mark.parametrize("variables, reason", [
    ({"f": "2024-03-10", "t": "2024-03-01", "g": "DAY"}, "INVALID_RANGE"),
    ({"f": "2024-01-01", "t": "2024-06-30", "g": "DAY"}, "RANGE_TOO_LONG"),
    ({"t": "2999-01-01", "g": "MONTH"}, "FUTURE_DATE"),
    ({"g": "DAY", "d": "999999"}, "UNKNOWN_DIVISION"),
])
def test_trend_rejects_bad_ranges_with_coded_errors(api: Api, variables: dict, reason: str):
    r = api.gql(TREND, variables, as_="xj_admin")
    assert r.codes == ["BAD_USER_INPUT"] and r.errors[0]["extensions"]["reason"] == reason


def test_focus_list_add_is_idempotent_audited_and_analysed(api: Api, world: dict):
    vid = global_id("Variety", world["vid"])
    i = {"kind": "RARE_DISEASE", "varietyIds": [vid], "note": "测试罕见病"}
    first = api.gql(ADD, {"i": i}, as_="xj_admin").ok()["focusListAdd"]
    assert first["userErrors"] == [] and first["unchanged"] == 0
    [member] = first["changed"]
    assert (member["kind"], member["note"], member["variety"]["id"]) == ("RARE_DISEASE", "测试罕见病", vid)
    again = api.gql(ADD, {"i": i}, as_="xj_admin").ok()["focusListAdd"]
    assert (again["changed"], again["unchanged"], again["userErrors"]) == ([], 1, [])
    pk = int(sql("SELECT id FROM focus_list_member WHERE variety_id = $1", world["vid"])[0]["id"])
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'focus_list.add' AND entity_id = $1",
               str(pk))[0]["n"] == 1

    q = api.gql(FOCUS, {"k": "RARE_DISEASE", "n": 100}, as_="xj_admin").ok()["focusListAnalysis"]
    assert q["label"] == "罕见病药品" and q["reach"][0]["key"] == "*"
    mine = next(n for n in q["members"]["nodes"] if n["member"]["id"] == member["id"])
    assert (mine["total"]["stockingInstitutions"], d(mine["total"]["institutionOnHand"]),
            d(mine["total"]["institutionSold"])) == (3, 27, 12)
    assert {p["key"]: p["stockingInstitutions"] for p in mine["byPrefecture"]} == {"650100": 2, "653100": 1}
    # the prefecture official sees the region's list, with their own prefecture's figures
    pq = api.gql(FOCUS, {"k": "RARE_DISEASE", "n": 100}, as_="wlmq_official").ok()["focusListAnalysis"]
    pm = next(n for n in pq["members"]["nodes"] if n["member"]["id"] == member["id"])
    assert pm["total"]["stockingInstitutions"] == 2 and [p["key"] for p in pm["byPrefecture"]] == ["650100"]
    assert [r["key"] for r in pq["reach"]] == ["*", "650100"]

    removed = api.gql(REMOVE, {"i": {"kind": "RARE_DISEASE", "varietyIds": [vid]}}, as_="xj_admin").ok()
    assert len(removed["focusListRemove"]["changed"]) == 1
    twice = api.gql(REMOVE, {"i": {"kind": "RARE_DISEASE", "varietyIds": [vid]}}, as_="xj_admin").ok()
    assert (twice["focusListRemove"]["changed"], twice["focusListRemove"]["unchanged"]) == ([], 1)
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'focus_list.remove' AND entity_id = $1",
               str(pk))[0]["n"] == 1


def test_focus_list_bad_input_changes_nothing(api: Api, world: dict):
    before = sql("SELECT count(*) AS n FROM focus_list_member")[0]["n"]
    bad = api.gql(ADD, {"i": {"kind": "SHORTAGE", "drugCodes": [world["codes"][1], "XA00AAQ999A001010199999"]}},
                  as_="xj_admin").ok()["focusListAdd"]
    assert [(e["code"], e["field"]) for e in bad["userErrors"]] == [("DRUG_NOT_FOUND", ["drugCodes", "1"])]
    empty = api.gql(ADD, {"i": {"kind": "SHORTAGE"}}, as_="xj_admin").ok()["focusListAdd"]
    assert [e["code"] for e in empty["userErrors"]] == ["REQUIRED"]
    too_many = api.gql(ADD, {"i": {"kind": "SHORTAGE", "drugCodes": [world["codes"][1]] * 101}}, as_="xj_admin").ok()
    assert [e["code"] for e in too_many["focusListAdd"]["userErrors"]] == ["TOO_MANY_VALUES"]
    assert sql("SELECT count(*) AS n FROM focus_list_member")[0]["n"] == before
    assert api.gql(ADD, {"i": {"kind": "SHORTAGE", "drugCodes": [world["codes"][1]]}},
                   as_="wlmq_official").codes == ["FORBIDDEN"]


def test_shortage_list_members_and_high_frequency_suggestions(api: Api, world: dict):
    code = world["codes"][1]
    api.gql(ADD, {"i": {"kind": "SHORTAGE", "drugCodes": [code]}}, as_="xj_admin").ok()
    members = api.gql("""query { focusListMembers(kind: SHORTAGE, first: 100) { totalCount nodes { drug { code } } } }""",
                      as_="kashi_official").ok()["focusListMembers"]
    assert code in [n["drug"]["code"] for n in members["nodes"] if n["drug"]]
    q = api.gql(FOCUS, {"k": "SHORTAGE", "n": 100}, as_="xj_admin").ok()["focusListAnalysis"]
    mine = next(n for n in q["members"]["nodes"] if n["member"]["drug"] and n["member"]["drug"]["code"] == code)
    assert (mine["total"]["stockingPharmacies"], d(mine["total"]["pharmacyReceived"]), mine["total"]["daysOfStock"]) == \
        (1, 3, None)
    sug = api.gql("""query { highFrequencySuggestions(first: 100) { drug { code } saleRecords sold listed } }""",
                  as_="xj_admin").ok()["highFrequencySuggestions"]
    records = [s["saleRecords"] for s in sug]
    assert records == sorted(records, reverse=True) and any(s["listed"] for s in sug)
    d1 = next((s for s in sug if s["drug"]["code"] == world["codes"][0]), None)
    assert d1 is None or (d1["saleRecords"], d(d1["sold"])) == (4, 12)


def test_coverage_counts_catalog_codes_stocked_by_enterprises_and_institutions(api: Api):
    q = """query($d: String) { supplyCoverage(divisionCode: $d) { catalogVersionNo catalogCodes catalogVarieties
      total { enterpriseCodes institutionCodes coveredCodes institutionCodeRate }
      byPrefecture { key enterpriseCodes institutionCodes } } }"""
    before = api.gql(q, as_="xj_admin").ok()["supplyCoverage"]
    catalog = sql("SELECT id FROM catalog_version WHERE state = 'PUBLISHED' AND owner_division = '650000' "
                  "ORDER BY published_at DESC NULLS LAST, id DESC LIMIT 1")[0]["id"]
    _, codes, ids = new_variety_with_codes(3)
    for i in ids:
        sql("INSERT INTO catalog_entry (version_id, drug_code_id, reimbursement_class, insurance_name) "
            "VALUES ($1, $2, 'B', '测试药')", catalog, i)
    _, _, hosp = make_org("HOSPITAL", "653101")
    _, _, whs = make_supply_org("WHOLESALER", "650100")
    api.gql(STOCK_REPORT, batch([row(codes[0], days_ago(1), "5", "0", "5"), row(codes[1], days_ago(1), "5", "0", "5")]),
            as_=hosp).ok()
    api.gql(STOCK_REPORT, batch([row(codes[1], days_ago(1), "9", "0", "9")]), as_=whs).ok()
    after = api.gql(q, as_="xj_admin").ok()["supplyCoverage"]
    assert (after["catalogCodes"] - before["catalogCodes"], after["catalogVarieties"] - before["catalogVarieties"]) == (3, 1)
    delta = {k: after["total"][k] - before["total"][k] for k in ("enterpriseCodes", "institutionCodes", "coveredCodes")}
    assert delta == {"enterpriseCodes": 1, "institutionCodes": 2, "coveredCodes": 2}
    assert Decimal(after["total"]["institutionCodeRate"]) == \
        (Decimal(after["total"]["institutionCodes"]) / after["catalogCodes"]).quantize(Decimal("0.0001"))
    pb, pa = ({p["key"]: p for p in x["byPrefecture"]} for x in (before, after))
    assert pa["653100"]["institutionCodes"] - pb["653100"]["institutionCodes"] == 2
    assert pa["650100"]["enterpriseCodes"] - pb["650100"]["enterpriseCodes"] == 1
    assert pa["650100"]["institutionCodes"] == pb["650100"]["institutionCodes"]
    assert len(after["byPrefecture"]) == len({p["key"] for p in after["byPrefecture"]}) >= 14  # every prefecture
    kashi = api.gql(q, as_="kashi_official").ok()["supplyCoverage"]
    assert [p["key"] for p in kashi["byPrefecture"]] == ["653100"]
    assert kashi["total"]["institutionCodes"] == pa["653100"]["institutionCodes"]
    # DRUG-06 / the uncovered list: the third code is in the catalog and nobody stocks it
    lst = """query($u: CoverageSide) { catalogDrugStocking(first: 100, uncoveredBy: $u) { nodes { drug { code }
      figures { stockingInstitutions stockingEnterprises institutionOnHand } } } }"""
    uncovered = [n["drug"]["code"] for n in api.gql(lst, {"u": "BOTH"}, as_="xj_admin").ok()["catalogDrugStocking"]["nodes"]]
    assert codes[2] in uncovered and codes[0] not in uncovered and codes[1] not in uncovered
    by_ent = api.gql(lst, {"u": "ENTERPRISES"}, as_="xj_admin").ok()["catalogDrugStocking"]["nodes"]
    first = next(n for n in by_ent if n["drug"]["code"] == codes[0])
    assert (first["figures"]["stockingInstitutions"], first["figures"]["stockingEnterprises"],
            d(first["figures"]["institutionOnHand"])) == (1, 0, 5)


def test_drug_file_sales_supply_and_disclosure_sections(api: Api, world: dict):
    d1, d2 = world["codes"]
    f = api.gql(FILE, {"c": d1}, as_="xj_admin").ok()["drug"]["supplyFile"]
    assert (d(f["sales"]["total"]["hospitalSold"]), d(f["sales"]["total"]["pharmacySold"])) == (11, 1)
    assert {p["key"]: (d(p["hospitalSold"]), d(p["pharmacySold"])) for p in f["sales"]["byPrefecture"]} == {
        "650100": (6, 1), "653100": (5, 0)}
    assert [(n["organisation"]["id"], d(n["sold"]), n["saleRecords"], d(n["salesAmount"]))
            for n in f["salesByInstitution"]["nodes"]] == [
        (world["orgs"]["H1"], 6, 2, d("20.5")), (world["orgs"]["H2"], 5, 1, 0), (world["orgs"]["P1"], 1, 1, d("9.9"))]
    assert [(p["drug"]["code"], d(p["sold"]), d(p["salesAmount"]), p["isSelf"]) for p in f["sameGenericSales"]] == [
        (d1, 12, d("30.4"), True), (d2, 0, 0, False)]
    s = f["supply"]["total"]
    assert (d(s["institutionReceived"]), d(s["enterpriseSupplied"]), d(s["institutionOnHand"]), s["stockingInstitutions"]) == \
        (36, 36, 24, 3)
    assert f["supplyByInstitution"]["totalCount"] == 4
    assert (world["orgs"]["W1"], 64) == (f["supplyByInstitution"]["nodes"][0]["organisation"]["id"],
                                         d(f["supplyByInstitution"]["nodes"][0]["onHand"]))
    assert f["disclosure"]["total"] == {"institutions": 3, "hospitals": 2, "pharmacies": 1}
    assert {p["key"]: p["institutions"] for p in f["disclosure"]["byPrefecture"]} == {"650100": 2, "653100": 1}
    kashi = api.gql(FILE, {"c": d1}, as_="kashi_official").ok()["drug"]["supplyFile"]
    assert kashi["disclosure"]["total"]["institutions"] == 1 and kashi["salesByInstitution"]["totalCount"] == 1


def test_ranking_orders_by_the_chosen_figure(api: Api, world: dict):
    q = """query($b: SupplyRankBy!) { drugSupplyRanking(by: $b, first: 5, divisionCode: "653101") { totalCount
      nodes { drug { code } value } pageInfo { hasNextPage } } }"""
    r = api.gql(q, {"b": "INSTITUTION_RECEIVED"}, as_="xj_admin").ok()["drugSupplyRanking"]
    values = [d(n["value"]) for n in r["nodes"]]
    assert values == sorted(values, reverse=True) and r["totalCount"] >= 1
    mine = api.gql(q, {"b": "ENTERPRISE_SUPPLIED"}, as_="xj_admin").ok()["drugSupplyRanking"]
    assert world["codes"][0] not in [n["drug"]["code"] for n in mine["nodes"]]  # no enterprise in 喀什市 supplied it
    bad = api.gql("""query { drugSupplyRanking(first: 101) { totalCount } }""", as_="xj_admin")
    assert bad.codes == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("amount, sold, code", [("1.005", "1", "OUT_OF_RANGE"), ("-1", "1", "NEGATIVE_QUANTITY"),
                                                 ("5", "0", "INVALID_VALUE"), ("1e17", "1", "OUT_OF_RANGE")])
def test_stock_report_rejects_bad_sales_amounts(api: Api, world: dict, amount: str, sold: str, code: str):
    before = sql("SELECT count(*) AS n FROM stock_movement")[0]["n"]
    _, _, user = make_supply_org("PHARMACY", "650104")
    r = api.gql(STOCK_REPORT, batch([row(world["codes"][0], days_ago(1), "0", sold, "5", salesAmount=amount)]),
                as_=user).ok()["stockReport"]
    assert r["report"] is None and [(e["code"], e["field"], e["row"]) for e in r["userErrors"]] == [
        (code, ["rows", "0", "salesAmount"], 0)]
    assert sql("SELECT count(*) AS n FROM stock_movement")[0]["n"] == before
