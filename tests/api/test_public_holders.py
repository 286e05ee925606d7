"""The nearest-holders index (public_holder, kept by triggers) and each API worker's candidate sets of it
(domain.public.nearby, NOTIFY-invalidated), through the public API as the mini-program calls it."""
from __future__ import annotations

import time

from domain.shared.config import shanghai_today
from tests.helpers import Api, sql, unique
from tests.public_helpers import URUMQI, Public


HOLDER_TRUTH = ("SELECT l.drug_code_id, l.organisation_id, (SELECT max(m.business_date) FROM stock_movement m WHERE "
                "m.organisation_id = l.organisation_id AND m.drug_code_id = l.drug_code_id AND m.kind = 'RECEIPT') "
                "AS last_receipt_on, (SELECT max(s.settled_on) FROM settlement_sale s WHERE s.organisation_id = "
                "l.organisation_id AND s.drug_code_id = l.drug_code_id) AS last_settled_on FROM stock_level l JOIN "
                "organisation g ON g.id = l.organisation_id WHERE l.on_hand > 0 AND g.lat IS NOT NULL AND "
                "g.public_listed AND g.subtype IN ('HOSPITAL', 'PHARMACY')")


def _holders(dated: bool = False) -> set[tuple]:
    rows = sql("SELECT drug_code_id, organisation_id, last_receipt_on, last_settled_on FROM public_holder")
    return {tuple(r.values())[:4 if dated else 2] for r in rows}


def _truth() -> set[tuple]:
    return {tuple(r.values()) for r in sql(HOLDER_TRUTH)}


def test_holder_positions_follow_stock_reports_and_institution_edits(api: Api, anon: Public):
    """public_holder (the nearest-holders index) is kept by triggers: equal to its definition after every write,
    with the dates of each pair's last receipt and last settled sale."""
    assert _holders(dated=True) == _truth()
    org = sql("SELECT o.id, o.code FROM organisation o JOIN app_user u ON u.organisation_id = o.id "
              "WHERE u.username = 'xj_pharmacy'")[0]
    held = sql("SELECT d.id, d.code FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
               "WHERE l.organisation_id = $1 AND l.on_hand > 0 ORDER BY d.code LIMIT 1", org["id"])[0]
    report = ("mutation($i: StockReportInput!) { stockReport(input: $i) { report { rowCount } "
              "userErrors { code message } } }")
    today = shanghai_today().isoformat()
    level = sql("SELECT on_hand FROM stock_level WHERE organisation_id = $1 AND drug_code_id = $2", org["id"],
                held["id"])[0]["on_hand"]
    sold_out = {"batchKey": unique("sold-out"), "rows": [{"drugCode": held["code"], "businessDate": today,
                                                          "receivedQty": "0", "soldQty": str(level), "onHandQty": "0"}]}
    assert api.gql(report, {"i": sold_out}, as_="xj_pharmacy").ok()["stockReport"]["userErrors"] == []
    assert (held["id"], org["id"]) not in _holders()
    near = {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}
    codes = {o["institution"]["code"] for o in anon.data("outlets", {"code": held["code"], "near": near, "first": 50})[
        "publicDrugOutlets"]["outlets"]}
    assert org["code"] not in codes
    restock = {"batchKey": unique("restock"), "rows": [{"drugCode": held["code"], "businessDate": today,
                                                        "receivedQty": "12", "soldQty": "0", "onHandQty": "12"}]}
    assert api.gql(report, {"i": restock}, as_="xj_pharmacy").ok()["stockReport"]["userErrors"] == []
    assert (held["id"], org["id"]) in _holders()
    # the recency flags follow a receipt and a settled sale at once, and a removed sale is taken back
    spot = sql("SELECT lat, lon FROM organisation WHERE id = $1", org["id"])[0]
    here = {"lat": spot["lat"], "lon": spot["lon"], "datum": "WGS84"}

    def flags() -> tuple[bool, bool]:
        res = anon.data("outlets", {"code": held["code"], "near": here, "first": 50})["publicDrugOutlets"]
        o = next(o for o in res["outlets"] if o["institution"]["code"] == org["code"])
        return o["recentlyPurchased"], o["recentlySettled"]

    assert flags()[0] is True
    sale_no = unique("S")
    load = ("mutation($i: SettlementSalesLoadInput!) { settlementSalesLoad(input: $i) { loaded userErrors { code } } }")
    sale = {"settlementNo": sale_no, "drugCode": held["code"], "settledOn": today, "quantity": "1", "amount": "9.90",
            "fundAmount": "5.00"}
    assert api.gql(load, {"i": {"institutionCode": org["code"], "rows": [sale]}},
                   as_="xj_settlement").ok()["settlementSalesLoad"]["loaded"] == 1
    assert flags() == (True, True) and _holders(dated=True) == _truth()
    sql("DELETE FROM settlement_sale WHERE settlement_no = $1", sale_no)
    assert _holders(dated=True) == _truth()
    # moving the institution moves its holder rows; unlisting removes them, relisting brings them back
    sql("UPDATE organisation SET lat = lat + 0.01 WHERE id = $1", org["id"])
    moved = sql("SELECT DISTINCT h.lat = o.lat AS same FROM public_holder h JOIN organisation o ON o.id = "
                "h.organisation_id WHERE o.id = $1", org["id"])
    assert [r["same"] for r in moved] == [True]
    sql("UPDATE organisation SET public_listed = false WHERE id = $1", org["id"])
    assert not any(o == org["id"] for _, o in _holders())
    sql("UPDATE organisation SET public_listed = true, lat = lat - 0.01 WHERE id = $1", org["id"])
    assert _holders(dated=True) == _truth()


def _listeners() -> int:
    return sql("SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'zhilian-listen' "
               "AND datname = current_database()")[0]["n"]


def test_nearest_holders_follow_changes_on_every_worker(api: Api, public_base: str):
    """Each API worker keeps the nearest-holders candidate sets it read (domain.public.nearby) until PostgreSQL
    notifies that the drug's holders changed: a pharmacy that sells out drops from every worker's list at once,
    comes back with its restock, and while a worker's LISTEN connection is down it reads PostgreSQL instead."""
    pharmacy = sql("SELECT o.id, o.code, o.lat, o.lon FROM organisation o JOIN app_user u ON u.organisation_id = o.id "
                   "WHERE u.username = 'xj_pharmacy'")[0]
    held = sql("SELECT d.id, d.code, l.on_hand FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
               "WHERE l.organisation_id = $1 AND l.on_hand > 0 ORDER BY d.code OFFSET 1 LIMIT 1", pharmacy["id"])[0]
    here = {"lat": pharmacy["lat"] + 0.0004, "lon": pharmacy["lon"] - 0.0003, "datum": "WGS84"}
    clients = [Public(public_base) for _ in range(8)]  # 8 connections: both workers (SO_REUSEPORT) in practice

    def listed() -> list[bool]:
        out = []
        for c in clients:
            res = c.data("outlets", {"code": held["code"], "near": here, "first": 20})["publicDrugOutlets"]
            codes = [o["institution"]["code"] for o in res["outlets"]]
            truth = [r["code"] for r in sql(
                "SELECT o.code FROM public_holder h JOIN organisation o ON o.id = h.organisation_id "
                "WHERE h.drug_code_id = $1 ORDER BY earth_distance(ll_to_earth(h.lat, h.lon), ll_to_earth($2, $3)), "
                "o.id LIMIT 20", held["id"], here["lat"], here["lon"])]
            assert codes == truth
            out.append(pharmacy["code"] in codes)
        return out

    def settles(expected: bool) -> bool:
        """Every worker's answer shows the change within a moment: PostgreSQL delivers the notification (or the
        closed LISTEN connection) to each worker asynchronously, a few milliseconds after the commit."""
        deadline = time.time() + 3
        while True:
            seen = listed()
            if seen == [expected] * 8 or time.time() > deadline:
                return seen == [expected] * 8
            time.sleep(0.05)

    def report(on_hand: int, sold: int) -> None:
        today = shanghai_today().isoformat()
        r = {"batchKey": unique("nb"), "rows": [{"drugCode": held["code"], "businessDate": today,
                                                 "receivedQty": str(on_hand), "soldQty": str(sold),
                                                 "onHandQty": str(on_hand)}]}
        mutation = ("mutation($i: StockReportInput!) { stockReport(input: $i) { report { rowCount } "
                    "userErrors { code } } }")
        assert api.gql(mutation, {"i": r}, as_="xj_pharmacy").ok()["stockReport"]["userErrors"] == []

    assert listed() == [True] * 8 and listed() == [True] * 8  # the second round from the workers' sets
    report(0, held["on_hand"])
    assert settles(False)
    report(7, 0)
    assert settles(True)
    # the listeners lost: the workers read PostgreSQL meanwhile, then listen again
    before = _listeners()
    assert before >= 2
    sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'zhilian-listen' "
        "AND datname = current_database()")
    report(0, 7)
    assert settles(False)
    deadline = time.time() + 15
    while _listeners() < before and time.time() < deadline:
        time.sleep(0.2)
    assert _listeners() >= before
    assert listed() == [False] * 8
    report(5, 0)
    assert settles(True)
    assert listed() == [True] * 8


def test_the_holder_total_comes_from_the_same_state_as_the_list(api: Api, public_base: str):
    """Issue 14 item 18: a new holder (a restock) counts in `total` as soon as it is listed, and a sell-out leaves
    both at once, on every worker, with or without a position (the count was cached for a minute on its own)."""
    pharmacy = sql("SELECT o.id, o.code, o.lat, o.lon FROM organisation o JOIN app_user u ON u.organisation_id = o.id "
                   "WHERE u.username = 'xj_pharmacy'")[0]
    held = sql("SELECT d.id, d.code, l.on_hand FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
               "WHERE l.organisation_id = $1 AND l.on_hand > 0 ORDER BY d.code OFFSET 2 LIMIT 1", pharmacy["id"])[0]
    here = {"lat": pharmacy["lat"] + 0.0002, "lon": pharmacy["lon"] + 0.0001, "datum": "WGS84"}
    clients = [Public(public_base) for _ in range(8)]

    def answers(near: dict | None) -> list[tuple[bool, int]]:
        out = []
        for c in clients:
            res = c.data("outlets", {"code": held["code"], "near": near, "first": 1 if near is None else 20})[
                "publicDrugOutlets"]
            listed = pharmacy["code"] in [o["institution"]["code"] for o in res["outlets"]] if near else None
            out.append((listed, res["total"]))
        return out

    def settles(near: dict | None, expected: tuple[bool | None, int]) -> list[tuple[bool, int]]:
        deadline = time.time() + 3  # the notification reaches each worker a few milliseconds after the commit
        while True:
            seen = answers(near)
            if seen == [expected] * 8 or time.time() > deadline:
                return seen
            time.sleep(0.05)

    def report(on_hand: int, sold: int) -> None:
        r = {"batchKey": unique("tot"), "rows": [{"drugCode": held["code"], "businessDate": shanghai_today().isoformat(),
                                                  "receivedQty": str(on_hand), "soldQty": str(sold),
                                                  "onHandQty": str(on_hand)}]}
        mutation = "mutation($i: StockReportInput!) { stockReport(input: $i) { userErrors { code } } }"
        assert api.gql(mutation, {"i": r}, as_="xj_pharmacy").ok()["stockReport"]["userErrors"] == []

    total = answers(here)[0][1]
    assert total >= 1 and answers(here) == [(True, total)] * 8 and answers(None) == [(None, total)] * 8
    report(0, held["on_hand"])  # sold out: gone from the list and the count together
    assert settles(here, (False, total - 1)) == [(False, total - 1)] * 8
    assert settles(None, (None, total - 1)) == [(None, total - 1)] * 8
    report(9, 0)  # a new holder: listed and counted at once
    assert settles(here, (True, total)) == [(True, total)] * 8
    assert settles(None, (None, total)) == [(None, total)] * 8
