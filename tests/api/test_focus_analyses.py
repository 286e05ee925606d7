"""High-frequency supply stability (SUP-44) and rare-disease treatment needs (SUP-45): exact figures from stock
reports, purchase needs and settlements each test sends through the API, the rating rule, and area scoping."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from tests.analysis_helpers import new_variety_with_codes
from tests.engagement_helpers import PublicApp, make_insured, public_app_server
from tests.helpers import Api, global_id, sql, unique
from tests.supply_helpers import STOCK_REPORT, batch, days_ago, make_supply_org, row

ADD = """mutation($i: FocusListChangeInput!) { focusListAdd(input: $i) { changed { id } userErrors { code } } }"""
STABILITY = """query($f: Date, $t: Date, $d: String) { highFrequencyStability(from: $f, to: $t, divisionCode: $d,
  first: 100) { start end days source rule members { totalCount nodes { member { id drug { code } variety { id } }
  rating ratingLabel days stockOutDays noDataDays zeroStockInstitutionDays reportingInstitutionDays zeroStockShare
  reportingInstitutions meanOnHand onHandVariance onHandStdDev onHandCv meanDailySupply supplyVariance supplyStdDev
  supplyCv series { day onHand supplied stockingInstitutions } } } } }"""
FIGS = """key label needs needPersons needQuantity unmetNeeds unmetPlaceCodes unmetPlaces { name } settlements
  settledQuantity settledAmount settlingInstitutions stockingInstitutions onHand"""
NEEDS = f"""query($d: String) {{ rareDiseaseNeeds(divisionCode: $d, first: 100) {{ days sources matching
  total {{ {FIGS} }} byPrefecture {{ {FIGS} }}
  members {{ totalCount nodes {{ member {{ id variety {{ id }} }} total {{ {FIGS} }} byPrefecture {{ {FIGS} }} }} }} }} }}"""
REGISTER = """mutation($i: PurchaseNeedRegisterInput!) { purchaseNeedRegister(input: $i) { need { id }
  userErrors { code field } } }"""
SETTLE = """mutation($i: SettlementSalesLoadInput!) { settlementSalesLoad(input: $i) { loaded userErrors { code } } }"""


def d(x: str | int) -> Decimal:
    return Decimal(str(x))


def _report(api: Api, user: str, rows: list[dict]) -> None:
    out = api.gql(STOCK_REPORT, batch(rows), as_=user).ok()["stockReport"]
    assert out["report"], out["userErrors"]


# --- SUP-44 --------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def stability_world(api: Api) -> dict:
    """Three fresh codes on the high-frequency list, reported in May 2024 in 乌鲁木齐县 (650121):
    f (fluctuating): hospital A 04-28 on-hand 2, 05-02 +8 → 10, 05-05 sold 4 → 6, 05-08 sold 6 → 0;
                     pharmacy B 05-04 +5 → 5, 05-09 re-reports 5;
    u (unstable): hospital A 05-03 +4 → 4, 05-06 sold 4 → 0;  n (no data): never reported."""
    _, (f, u, n), _ = new_variety_with_codes(3)
    _, _, a = make_supply_org("HOSPITAL", "650121", ownership="PUBLIC", hospital_level="05")
    _, _, b = make_supply_org("PHARMACY", "650121")
    may = lambda day: date(2024, 5, day)  # noqa: E731
    _report(api, a, [row(f, date(2024, 4, 28), "2", "0", "2"), row(f, may(2), "8", "0", "10"),
                     row(f, may(5), "0", "4", "6"), row(f, may(8), "0", "6", "0"),
                     row(u, may(3), "4", "0", "4"), row(u, may(6), "0", "4", "0")])
    _report(api, b, [row(f, may(4), "5", "0", "5"), row(f, may(9), "0", "0", "5")])
    added = api.gql(ADD, {"i": {"kind": "HIGH_FREQUENCY", "drugCodes": [f, u, n]}}, as_="xj_admin").ok()["focusListAdd"]
    assert added["userErrors"] == [] and len(added["changed"]) == 3
    return {"f": f, "u": u, "n": n}


def _members(api: Api, who: str, **v: str) -> dict[str, dict]:
    out = api.gql(STABILITY, {"f": "2024-05-01", "t": "2024-05-10", **v}, as_=who).ok()["highFrequencyStability"]
    assert (out["start"], out["end"], out["days"], out["source"]) == ("2024-05-01", "2024-05-10", 10, "STOCK_REPORTS")
    return {m["member"]["drug"]["code"]: m for m in out["members"]["nodes"] if m["member"]["drug"]}


def test_stability_figures_and_rating_of_a_fluctuating_drug(api: Api, stability_world: dict):
    m = _members(api, "xj_admin")[stability_world["f"]]
    assert [d(p["onHand"]) for p in m["series"]] == [2, 10, 10, 15, 11, 11, 11, 5, 5, 5]
    assert [d(p["supplied"]) for p in m["series"]] == [0, 8, 0, 5, 0, 0, 0, 0, 0, 0]
    assert [p["stockingInstitutions"] for p in m["series"]] == [1, 1, 1, 2, 2, 2, 2, 1, 1, 1]
    assert m["series"][0]["day"] == "2024-05-01" and m["series"][-1]["day"] == "2024-05-10"
    assert (m["days"], m["stockOutDays"], m["noDataDays"], m["reportingInstitutions"]) == (10, 0, 0, 2)
    # institution-days reported: A all 10, B from 05-04 (7); at zero: A from 05-08 (3)
    assert (m["reportingInstitutionDays"], m["zeroStockInstitutionDays"], m["zeroStockShare"]) == (17, 3, "0.1765")
    # on-hand 85 / 10 days; population variance 867/10 − 8.5² = 14.45; CV √14.45 ÷ 8.5
    assert (m["meanOnHand"], m["onHandVariance"], m["onHandStdDev"], m["onHandCv"]) == ("8.500", "14.450", "3.801", "0.4472")
    assert (m["meanDailySupply"], m["supplyVariance"], m["supplyStdDev"], m["supplyCv"]) == ("1.300", "7.210", "2.685", "2.0655")
    # no stock-out day and CV < 0.5, but CV ≥ 0.2 (and institution-days at zero ≥ 10%): 波动
    assert (m["rating"], m["ratingLabel"]) == ("FLUCTUATING", "波动")


def test_stock_out_days_make_a_drug_unstable_and_no_reports_no_data(api: Api, stability_world: dict):
    members = _members(api, "xj_admin")
    u = members[stability_world["u"]]
    assert [d(p["onHand"]) for p in u["series"]] == [0, 0, 4, 4, 4, 0, 0, 0, 0, 0]
    # 05-01/02 nobody had reported it (no data); from 05-06 it was reported but nobody held any (stock-out)
    assert (u["noDataDays"], u["stockOutDays"], u["zeroStockInstitutionDays"], u["reportingInstitutionDays"]) == (2, 5, 5, 8)
    assert (u["rating"], u["ratingLabel"]) == ("UNSTABLE", "不稳定")
    n = members[stability_world["n"]]
    assert (n["rating"], n["reportingInstitutions"], n["noDataDays"], n["onHandCv"], n["supplyCv"]) == \
        ("NO_DATA", 0, 10, None, None)
    assert [d(p["onHand"]) for p in n["series"]] == [0] * 10


def test_stability_is_scoped_to_the_callers_area(api: Api, stability_world: dict):
    f = stability_world["f"]
    assert _members(api, "wlmq_official")[f]["series"] == _members(api, "xj_admin")[f]["series"]
    kashi = _members(api, "kashi_official")[f]
    assert (kashi["rating"], kashi["reportingInstitutionDays"], kashi["meanOnHand"]) == ("NO_DATA", 0, "0.000")
    assert _members(api, "xj_admin", d="653100")[f]["rating"] == "NO_DATA"
    assert _members(api, "xj_admin", d="650121")[f]["zeroStockInstitutionDays"] == 3
    assert api.gql(STABILITY, {"f": "2024-05-01", "t": "2024-05-10"}, as_="xj_hospital").codes == ["FORBIDDEN"]
    assert api.gql(STABILITY, {"f": "2024-05-01", "t": "2024-05-10"}, as_="tianshan_official").codes == ["FORBIDDEN"]
    long = api.gql(STABILITY, {"f": "2024-01-01", "t": "2024-05-10"}, as_="xj_admin")
    assert long.codes == ["BAD_USER_INPUT"] and long.errors[0]["extensions"]["reason"] == "RANGE_TOO_LONG"


# --- SUP-45 --------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def app(database: None, queue_name: str) -> Iterator[PublicApp]:
    for base in public_app_server([REGISTER], queue_name, "api-focus-needs"):
        yield PublicApp(base)


@pytest.fixture(scope="module")
def needs_world(api: Api, app: PublicApp) -> dict:
    """A fresh variety (two codes r0, r1), not yet on the rare-disease list: r0 held by a 喀什市 hospital (3), r1
    reported at 0 by a 天山区 pharmacy; four matching needs today — r0 in 喀什市 (A, 2), r1 in 天山区 (A, 1),
    by name at 喀什地区 level (B, 1), by name in 新市区 (C) — and two that do not match; settlements: two at
    the hospital (r0), one at the pharmacy (r1), one 40 days ago."""
    vid, (r0, r1), _ = new_variety_with_codes(2)
    generic = sql("SELECT generic_name FROM variety WHERE id = $1", vid)[0]["generic_name"]
    _, h_code, h_user = make_supply_org("HOSPITAL", "653101", ownership="PUBLIC", hospital_level="05")
    _, p_code, p_user = make_supply_org("PHARMACY", "650102")
    _report(api, h_user, [row(r0, days_ago(2), "3", "0", "3")])
    _report(api, p_user, [row(r1, days_ago(2), "0", "0", "0")])
    a, b, c, other = (make_insured() for _ in range(4))
    for who, kw in ((a, {"drugName": "甲药", "drugCode": r0, "divisionCode": "653101", "quantity": "2"}),
                    (a, {"drugName": "甲药", "drugCode": r1, "divisionCode": "650102", "quantity": "1"}),
                    (b, {"drugName": f"注射用{generic}（罕见病）", "divisionCode": "653100", "quantity": "1"}),
                    (c, {"drugName": generic, "divisionCode": "650104"}),
                    (other, {"drugName": "阿莫西林胶囊", "divisionCode": "650104"}),
                    (other, {"drugName": f"{generic}", "drugCode": sql(
                        "SELECT code FROM drug_code WHERE synthetic AND variety_id <> $1 ORDER BY code LIMIT 1",
                        vid)[0]["code"], "divisionCode": "650104"})):
        out = app.gql(REGISTER, {"i": {**kw, "clientKey": unique("k")}}, insured=who).ok()["purchaseNeedRegister"]
        assert out["userErrors"] == [], out

    def settle(code: str, drug: str, lines: list[tuple[int, str, str]]) -> None:
        rows = [{"settlementNo": unique("S"), "drugCode": drug, "settledOn": days_ago(ago).isoformat(),
                 "quantity": q, "amount": amt, "fundAmount": "0.00"} for ago, q, amt in lines]
        assert api.gql(SETTLE, {"i": {"institutionCode": code, "rows": rows}}, as_="xj_settlement").ok()[
            "settlementSalesLoad"]["loaded"] == len(rows)
    settle(h_code, r0, [(3, "1", "100.00"), (1, "1", "100.00"), (40, "5", "500.00")])
    settle(p_code, r1, [(5, "2", "180.00")])
    return {"vid": vid, "generic": generic}


def _needs(api: Api, who: str, **v: str) -> dict:
    return api.gql(NEEDS, v, as_=who).ok()["rareDiseaseNeeds"]


ADDITIVE = ("needs", "needPersons", "needQuantity", "unmetNeeds", "settlements", "settledQuantity", "settledAmount",
            "settlingInstitutions", "stockingInstitutions", "onHand")


def _figures(x: dict, minus: dict | None = None) -> dict:
    return {k: d(x[k]) - (d(minus[k]) if minus else 0) for k in ADDITIVE}


def test_rare_disease_needs_against_supply_with_unmet_needs_called_out(api: Api, needs_world: dict):
    before = _needs(api, "xj_admin")
    vid = global_id("Variety", needs_world["vid"])
    added = api.gql(ADD, {"i": {"kind": "RARE_DISEASE", "varietyIds": [vid]}}, as_="xj_admin").ok()["focusListAdd"]
    assert added["userErrors"] == []
    after = _needs(api, "xj_admin")
    assert after["days"] == 30 and after["sources"] == ["PURCHASE_NEEDS", "SETTLEMENTS", "STOCK_REPORTS"]
    m = next(n for n in after["members"]["nodes"] if n["member"]["variety"] and n["member"]["variety"]["id"] == vid)
    t = m["total"]
    assert (t["key"], t["needs"], t["needPersons"], d(t["needQuantity"]), t["unmetNeeds"], t["unmetPlaceCodes"]) == \
        ("*", 4, 3, 4, 2, ["650102", "650104"])
    assert [p["name"] for p in t["unmetPlaces"]] == ["天山区", "新市区"]
    assert (t["settlements"], d(t["settledQuantity"]), t["settledAmount"], t["settlingInstitutions"]) == \
        (3, 4, "380.00", 2)
    assert (t["stockingInstitutions"], d(t["onHand"])) == (1, 3)
    prefs = {p["key"]: p for p in m["byPrefecture"]}
    assert sorted(prefs) == ["650100", "653100"]
    k = prefs["653100"]
    assert (k["label"], k["needs"], k["needPersons"], k["unmetNeeds"], k["settlements"], k["stockingInstitutions"]) == \
        ("喀什地区", 2, 2, 0, 2, 1)
    w = prefs["650100"]
    assert (w["needs"], w["needPersons"], w["unmetNeeds"], w["unmetPlaceCodes"], w["settlements"], w["stockingInstitutions"]) \
        == (2, 2, 2, ["650102", "650104"], 1, 0)
    # the list as a whole grew by exactly this member's figures (fresh codes, institutions and persons)
    assert _figures(after["total"], before["total"]) == _figures(t)
    assert len(after["byPrefecture"]) >= 14 and after["byPrefecture"][0]["key"] < after["byPrefecture"][-1]["key"]
    pa = {p["key"]: p for p in after["byPrefecture"]}
    pb = {p["key"]: p for p in before["byPrefecture"]}
    assert (pa["650100"]["unmetNeeds"] - pb["650100"]["unmetNeeds"], pa["653100"]["needs"] - pb["653100"]["needs"]) == (2, 2)


def test_rare_disease_needs_are_scoped_to_the_callers_area(api: Api, needs_world: dict):
    vid = global_id("Variety", needs_world["vid"])
    api.gql(ADD, {"i": {"kind": "RARE_DISEASE", "varietyIds": [vid]}}, as_="xj_admin").ok()
    kashi = _needs(api, "kashi_official")
    assert [p["key"] for p in kashi["byPrefecture"]] == ["653100"]
    m = next(n for n in kashi["members"]["nodes"] if n["member"]["variety"] and n["member"]["variety"]["id"] == vid)
    assert (m["total"]["needs"], m["total"]["unmetNeeds"], m["total"]["settlements"], [p["key"] for p in m["byPrefecture"]]) \
        == (2, 0, 2, ["653100"])
    narrowed = _needs(api, "xj_admin", d="650102")
    nm = next(n for n in narrowed["members"]["nodes"] if n["member"]["variety"] and n["member"]["variety"]["id"] == vid)
    assert (nm["total"]["needs"], nm["total"]["unmetNeeds"], nm["total"]["settlements"]) == (1, 1, 1)
    assert api.gql(NEEDS, as_="xj_pharmacy").codes == ["FORBIDDEN"]
    assert api.gql(NEEDS, as_="tianshan_official").codes == ["FORBIDDEN"]
