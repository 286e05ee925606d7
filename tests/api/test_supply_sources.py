"""Supply analyses over every source (DRUG-06, DRUG-24): catalog stocking status from stock reports, deliveries and
insurance settlements, and the drug file's sales and usage from settled sales — exact figures from data each test
sends through the API, the windows, the statuses' filter and area scoping."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.analysis_helpers import new_variety_with_codes
from tests.helpers import Api, global_id, sql, unique
from tests.supply_helpers import STOCK_REPORT, batch, days_ago, make_supply_org, row

DELIVER = """mutation($i: DeliveryReportInput!) { deliveryReport(input: $i) { batch { id } userErrors { code field } } }"""
SETTLE = """mutation($i: SettlementSalesLoadInput!) { settlementSalesLoad(input: $i) { loaded userErrors { code row } } }"""
EVIDENCE = "source sourceLabel evidenced start end institutions quantity lastDate prefectureCodes prefectures { name }"
STOCKING = f"""query($s: [CatalogStockingStatus!], $u: CoverageSide, $d: String) {{
  catalogDrugStocking(first: 100, status: $s, uncoveredBy: $u, divisionCode: $d) {{ totalCount nodes {{
    drug {{ code }} status statusLabel figures {{ stockingInstitutions stockingEnterprises }}
    stockReports {{ {EVIDENCE} }} deliveries {{ {EVIDENCE} }} settlements {{ {EVIDENCE} }} }} }} }}"""
COVERAGE = """query($d: String) { supplyCoverage(divisionCode: $d) { catalogCodes
  total { stockingStatus { status label codes rate } } byPrefecture { key stockingStatus { status codes } } } }"""


def d(x: str | int) -> Decimal:
    return Decimal(str(x))


def _order(no: str, inst: str, drug: str, qty: str, status: str, delivered_ago: int | None, ordered_ago: int) -> dict:
    return {"orderNo": no, "institutionCode": inst, "drugCode": drug, "orderedQty": qty,
            "deliveredQty": qty if delivered_ago is not None else "0", "status": status,
            "orderDate": days_ago(ordered_ago).isoformat(),
            "deliveredDate": days_ago(delivered_ago).isoformat() if delivered_ago is not None else None}


def _settle(api: Api, inst_code: str, lines: list[tuple[str, int, str, str]]) -> None:
    """Loads settled sales (drug code, days ago, quantity, amount) of one institution, one settlement each."""
    rows = [{"settlementNo": unique("S"), "drugCode": code, "settledOn": days_ago(ago).isoformat(), "quantity": qty,
             "amount": amount, "fundAmount": "1.00"} for code, ago, qty, amount in lines]
    out = api.gql(SETTLE, {"i": {"institutionCode": inst_code, "rows": rows}}, as_="xj_settlement").ok()
    assert out["settlementSalesLoad"]["loaded"] == len(rows), out


@pytest.fixture(scope="module")
def catalog_world(api: Api) -> dict:
    """Five fresh codes in the region's latest published catalog, each evidenced by other sources:
    c0 stocked at a 喀什 hospital (and settled in 天山区), c1 only delivered (天山区 pharmacy), c2 only settled
    (喀什), c3 delivered and settled (天山区), c4 stocked only by a wholesaler and reported at 0 by a hospital.
    Out-of-window deliveries (200 days ago), settlements (120 days ago) and a cancelled order count for nothing."""
    catalog = sql("SELECT id FROM catalog_version WHERE state = 'PUBLISHED' AND owner_division = '650000' "
                  "ORDER BY published_at DESC NULLS LAST, id DESC LIMIT 1")[0]["id"]
    _, codes, ids = new_variety_with_codes(5)
    for i in ids:
        sql("INSERT INTO catalog_entry (version_id, drug_code_id, reimbursement_class, insurance_name) "
            "VALUES ($1, $2, 'B', '测试药')", catalog, i)
    c0, c1, c2, c3, c4 = codes
    _, hk_code, hk_user = make_supply_org("HOSPITAL", "653101", ownership="PUBLIC", hospital_level="05")
    _, pt_code, _ = make_supply_org("PHARMACY", "650102")
    _, ht_code, ht_user = make_supply_org("HOSPITAL", "650102", ownership="PUBLIC", hospital_level="05")
    _, _, whs = make_supply_org("WHOLESALER", "650100")
    _, _, dist = make_supply_org("DISTRIBUTOR", "650100")
    api.gql(STOCK_REPORT, batch([row(c0, days_ago(4), "5", "0", "5")]), as_=hk_user).ok()
    api.gql(STOCK_REPORT, batch([row(c4, days_ago(4), "0", "0", "0")]), as_=ht_user).ok()
    api.gql(STOCK_REPORT, batch([row(c4, days_ago(4), "30", "0", "30")]), as_=whs).ok()
    orders = [_order("PO-A", pt_code, c1, "12", "DELIVERED", 5, 8), _order("PO-A", pt_code, c3, "7", "DELIVERED", 6, 8),
              _order("PO-B", pt_code, c2, "9", "DELIVERED", 200, 205), _order("PO-C", pt_code, c4, "3", "CANCELLED", None, 3),
              _order("PO-D", ht_code, c1, "8", "DELIVERED", 2, 3)]
    out = api.gql(DELIVER, {"i": {"batchKey": unique("dl"), "orders": orders}}, as_=dist).ok()["deliveryReport"]
    assert out["userErrors"] == [], out
    _settle(api, pt_code, [(c0, 3, "2", "20.00"), (c3, 10, "1", "8.50"), (c4, 120, "1", "3.00")])
    _settle(api, hk_code, [(c2, 10, "4", "40.00"), (c2, 1, "1", "10.00")])
    return {"codes": codes, "ids": ids}


def _mine(result: dict, codes: list[str]) -> dict[str, dict]:
    return {n["drug"]["code"]: n for n in result["catalogDrugStocking"]["nodes"] if n["drug"]["code"] in codes}


def test_each_catalog_drug_says_per_source_whether_and_where_it_is_stocked(api: Api, catalog_world: dict):
    c0, c1, c2, c3, c4 = codes = catalog_world["codes"]
    got = _mine(api.gql(STOCKING, as_="xj_admin").ok(), codes)
    assert {c: n["status"] for c, n in got.items()} == {
        c0: "STOCKED", c1: "ONLY_DELIVERED", c2: "ONLY_SETTLED", c3: "DELIVERED_AND_SETTLED", c4: "NONE"}
    assert got[c4]["statusLabel"] == "未配备（三类数据均无）" and got[c4]["figures"]["stockingEnterprises"] == 1
    st = got[c0]["stockReports"]
    assert (st["source"], st["evidenced"], st["institutions"], d(st["quantity"]), st["prefectureCodes"]) == \
        ("STOCK_REPORTS", True, 1, 5, ["653100"])
    assert (st["start"], st["lastDate"], st["prefectures"]) == (None, days_ago(4).isoformat(), [{"name": "喀什地区"}])
    se = got[c0]["settlements"]
    assert (se["evidenced"], se["institutions"], d(se["quantity"]), se["prefectureCodes"], se["lastDate"]) == \
        (True, 1, 2, ["650100"], days_ago(3).isoformat())
    # the windows come from the settings (90 days by default) and end today
    assert (se["start"], se["end"]) == (days_ago(89).isoformat(), days_ago(0).isoformat())
    dl = got[c1]["deliveries"]
    assert (dl["source"], dl["institutions"], d(dl["quantity"]), dl["lastDate"], dl["prefectureCodes"]) == \
        ("DELIVERIES", 2, 20, days_ago(2).isoformat(), ["650100"])
    assert got[c1]["settlements"]["evidenced"] is False and got[c1]["stockReports"]["institutions"] == 0
    # two settlements of c2 at one hospital; the delivery 200 days ago is outside the window
    assert (got[c2]["settlements"]["institutions"], d(got[c2]["settlements"]["quantity"])) == (1, 5)
    assert got[c2]["deliveries"]["evidenced"] is False
    assert (got[c3]["deliveries"]["institutions"], got[c3]["settlements"]["institutions"]) == (1, 1)
    # c4: a cancelled order, a settlement 120 days ago and a hospital's zero stock are no evidence
    assert [got[c4][s]["evidenced"] for s in ("stockReports", "deliveries", "settlements")] == [False] * 3


@pytest.mark.parametrize("status, expected", [
    (["STOCKED"], [0]), (["ONLY_DELIVERED"], [1]), (["ONLY_SETTLED"], [2]), (["DELIVERED_AND_SETTLED"], [3]),
    (["NONE"], [4]), (["ONLY_DELIVERED", "ONLY_SETTLED"], [1, 2])])
def test_the_catalog_filters_by_overall_status(api: Api, catalog_world: dict, status: list[str], expected: list[int]):
    codes = catalog_world["codes"]
    got = _mine(api.gql(STOCKING, {"s": status}, as_="xj_admin").ok(), codes)
    assert sorted(got) == [codes[i] for i in expected]
    assert all(n["status"] in status for n in got.values())


def test_stocking_status_is_scoped_to_the_callers_area(api: Api, catalog_world: dict):
    c0, c1, c2, c3, c4 = codes = catalog_world["codes"]
    kashi = _mine(api.gql(STOCKING, as_="kashi_official").ok(), codes)
    assert {c: n["status"] for c, n in kashi.items()} == {
        c0: "STOCKED", c1: "NONE", c2: "ONLY_SETTLED", c3: "NONE", c4: "NONE"}
    assert kashi[c0]["settlements"]["evidenced"] is False  # settled in 天山区, outside 喀什
    wlmq = _mine(api.gql(STOCKING, as_="wlmq_official").ok(), codes)
    assert {c: n["status"] for c, n in wlmq.items()} == {
        c0: "ONLY_SETTLED", c1: "ONLY_DELIVERED", c2: "NONE", c3: "DELIVERED_AND_SETTLED", c4: "NONE"}
    # a division outside the caller's area leaves nothing evidenced
    other = _mine(api.gql(STOCKING, {"d": "650100"}, as_="kashi_official").ok(), codes)
    assert {n["status"] for n in other.values()} == {"NONE"}
    # with uncoveredBy: institutions' stock missing and settled only
    both = _mine(api.gql(STOCKING, {"s": ["ONLY_SETTLED"], "u": "INSTITUTIONS"}, as_="xj_admin").ok(), codes)
    assert sorted(both) == [c2]
    assert api.gql(STOCKING, as_="xj_hospital").codes == ["FORBIDDEN"]
    bad = api.gql(STOCKING, {"s": []}, as_="xj_admin")
    assert bad.codes == ["BAD_USER_INPUT"] and bad.errors[0]["extensions"]["reason"] == "INVALID_VALUE"


def test_coverage_counts_catalog_codes_per_status_in_total_and_per_prefecture(api: Api):
    before = api.gql(COVERAGE, as_="xj_admin").ok()["supplyCoverage"]
    _, codes, ids = new_variety_with_codes(3)
    catalog = sql("SELECT id FROM catalog_version WHERE state = 'PUBLISHED' AND owner_division = '650000' "
                  "ORDER BY published_at DESC NULLS LAST, id DESC LIMIT 1")[0]["id"]
    for i in ids:
        sql("INSERT INTO catalog_entry (version_id, drug_code_id, reimbursement_class, insurance_name) "
            "VALUES ($1, $2, 'B', '测试药')", catalog, i)
    _, pcode, puser = make_supply_org("PHARMACY", "653101")
    api.gql(STOCK_REPORT, batch([row(codes[0], days_ago(1), "2", "0", "2")]), as_=puser).ok()
    _settle(api, pcode, [(codes[1], 2, "1", "5.00")])
    after = api.gql(COVERAGE, as_="xj_admin").ok()["supplyCoverage"]
    counts = [{s["status"]: s["codes"] for s in x["total"]["stockingStatus"]} for x in (before, after)]
    assert list(counts[1]) == ["STOCKED", "DELIVERED_AND_SETTLED", "ONLY_DELIVERED", "ONLY_SETTLED", "NONE"]
    assert {k: counts[1][k] - counts[0][k] for k in counts[1]} == {
        "STOCKED": 1, "DELIVERED_AND_SETTLED": 0, "ONLY_DELIVERED": 0, "ONLY_SETTLED": 1, "NONE": 1}
    assert sum(counts[1].values()) == after["catalogCodes"] == before["catalogCodes"] + 3
    rate = next(s for s in after["total"]["stockingStatus"] if s["status"] == "STOCKED")["rate"]
    assert d(rate) == (d(counts[1]["STOCKED"]) / after["catalogCodes"]).quantize(d("0.0001"))
    pb, pa = ({p["key"]: {s["status"]: s["codes"] for s in p["stockingStatus"]} for p in x["byPrefecture"]}
              for x in (before, after))
    assert (pa["653100"]["STOCKED"] - pb["653100"]["STOCKED"], pa["653100"]["ONLY_SETTLED"] - pb["653100"]["ONLY_SETTLED"]) \
        == (1, 1)
    assert all(sum(p.values()) == after["catalogCodes"] for p in pa.values())
    kashi = api.gql(COVERAGE, as_="kashi_official").ok()["supplyCoverage"]
    assert {s["status"]: s["codes"] for s in kashi["total"]["stockingStatus"]} == pa["653100"]


# --- DRUG-24: settled sales in the drug file -----------------------------------------------------------------------

FILE = """query($c: String!, $d: String) { drug(code: $c) { supplyFile {
  sales { source total { hospitalSold } }
  settledSales(divisionCode: $d) { source sourceLabel days total { key source hospitalQuantity hospitalAmount
    hospitalFundAmount hospitalSettlements pharmacyQuantity pharmacyAmount pharmacySettlements quantity amount
    settlements settlingInstitutions } byPrefecture { key label quantity amount settlements } }
  settledSalesByInstitution(divisionCode: $d, first: 10) { totalCount nodes { organisation { id } quantity amount
    fundAmount settlements lastSettledOn } }
  sameGenericSales { drug { code } sold settledQuantity settledAmount settlements isSelf } } } }"""


def test_drug_file_sales_come_from_settlements_as_well_each_saying_its_source(api: Api):
    _, codes, _ = new_variety_with_codes(2)
    x, y = codes
    h_id, h_code, h_user = make_supply_org("HOSPITAL", "650102", ownership="PUBLIC", hospital_level="05")
    p_id, p_code, _ = make_supply_org("PHARMACY", "653101")
    api.gql(STOCK_REPORT, batch([row(x, days_ago(2), "9", "3", "6")]), as_=h_user).ok()
    sale = {"drugCode": x, "quantity": "2", "amount": "30.00", "fundAmount": "21.00"}
    rows = [{**sale, "settlementNo": unique("S"), "settledOn": days_ago(3).isoformat()},
            {**sale, "settlementNo": unique("S"), "settledOn": days_ago(1).isoformat(), "quantity": "1",
             "amount": "15.00", "fundAmount": "10.50"},
            {**sale, "settlementNo": unique("S"), "settledOn": days_ago(60).isoformat()}]  # outside the 30 days
    assert api.gql(SETTLE, {"i": {"institutionCode": h_code, "rows": rows}}, as_="xj_settlement").ok()[
        "settlementSalesLoad"]["loaded"] == 3
    _settle(api, p_code, [(x, 5, "4", "52.00"), (y, 5, "7", "70.00")])

    f = api.gql(FILE, {"c": x}, as_="xj_admin").ok()["drug"]["supplyFile"]
    assert f["sales"]["source"] == "STOCK_REPORTS" and d(f["sales"]["total"]["hospitalSold"]) == 3
    s = f["settledSales"]
    assert (s["source"], s["sourceLabel"], s["days"]) == ("SETTLEMENTS", "医保结算数据", 30)
    t = s["total"]
    assert (t["key"], t["source"], d(t["hospitalQuantity"]), t["hospitalAmount"], t["hospitalFundAmount"],
            t["hospitalSettlements"]) == ("*", "SETTLEMENTS", 3, "45.00", "31.50", 2)
    assert (d(t["pharmacyQuantity"]), t["pharmacyAmount"], t["pharmacySettlements"]) == (4, "52.00", 1)
    assert (d(t["quantity"]), t["amount"], t["settlements"], t["settlingInstitutions"]) == (7, "97.00", 3, 2)
    assert [(p["key"], p["label"], d(p["quantity"]), p["settlements"]) for p in s["byPrefecture"]] == [
        ("650100", "乌鲁木齐市", 3, 2), ("653100", "喀什地区", 4, 1)]
    inst = f["settledSalesByInstitution"]
    assert inst["totalCount"] == 2 and [(n["organisation"]["id"], d(n["quantity"]), n["settlements"])
                                        for n in inst["nodes"]] == [
        (global_id("Organisation", p_id), 4, 1), (global_id("Organisation", h_id), 3, 2)]
    assert (inst["nodes"][1]["amount"], inst["nodes"][1]["fundAmount"], inst["nodes"][1]["lastSettledOn"]) == \
        ("45.00", "31.50", days_ago(1).isoformat())
    peers = {p["drug"]["code"]: p for p in f["sameGenericSales"]}
    assert (d(peers[x]["sold"]), d(peers[x]["settledQuantity"]), peers[x]["settledAmount"], peers[x]["settlements"]) \
        == (3, 7, "97.00", 3)
    assert (d(peers[y]["sold"]), d(peers[y]["settledQuantity"]), peers[y]["settlements"], peers[y]["isSelf"]) == \
        (0, 7, 1, False)

    # 喀什 sees only its pharmacy's settlements; a division narrows within the area
    k = api.gql(FILE, {"c": x}, as_="kashi_official").ok()["drug"]["supplyFile"]
    assert (d(k["settledSales"]["total"]["quantity"]), [p["key"] for p in k["settledSales"]["byPrefecture"]]) == \
        (4, ["653100"])
    assert k["settledSalesByInstitution"]["totalCount"] == 1 and d(
        {p["drug"]["code"]: p for p in k["sameGenericSales"]}[x]["settledQuantity"]) == 4
    narrowed = api.gql(FILE, {"c": x, "d": "650102"}, as_="xj_admin").ok()["drug"]["supplyFile"]
    assert (d(narrowed["settledSales"]["total"]["quantity"]), narrowed["settledSalesByInstitution"]["totalCount"]) == (3, 1)
    outside = api.gql(FILE, {"c": x, "d": "650102"}, as_="kashi_official").ok()["drug"]["supplyFile"]
    assert outside["settledSales"]["total"]["settlements"] == 0 and outside["settledSales"]["byPrefecture"] == []
    assert api.gql(FILE, {"c": x}, as_="xj_pharmacy").codes == ["FORBIDDEN"]
