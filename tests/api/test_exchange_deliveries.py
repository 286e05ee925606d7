"""Distributor sync (SUP-03), distributors' deliveries and in-transit (SUP-09, SUP-04), and the 进销存 Excel upload
that runs the stockReport command."""
from __future__ import annotations

import io
import uuid
from datetime import timedelta
from decimal import Decimal

from tests.helpers import Api, b64, global_id, make_user, sql
from tests.supply_helpers import codes, days_ago, make_supply_org, today

SYNC = """mutation($i: DistributorSyncInput!) { distributorSync(input: $i) {
  batch { batchKey replayed summary } distributors { id code name subtype divisionCode }
  userErrors { code field message row } } }"""
DELIVER = """mutation($i: DeliveryReportInput!) { deliveryReport(input: $i) {
  batch { id replayed summary } userErrors { code field message row } } }"""
STATS = """query($f: DeliveryOrderFilter) { distributorDeliveryStats(first: 100, filter: $f) { totalCount nodes {
  distributor { id code } orders lines deliveredLines inTransitLines orderedQty deliveredQty deliveryRate dueLines
  onTimeLines onTimeRate } } }"""
ORDERS = """query($f: DeliveryOrderFilter, $n: Int, $a: String) { deliveryOrders(first: $n, after: $a, filter: $f) {
  totalCount pageInfo { hasNextPage endCursor } nodes { orderNo orderedQty deliveredQty status onTime
  distributor { id } drug { code } } } }"""
UPLOAD = """mutation($i: StockReportUploadInput!) { stockReportUpload(input: $i) {
  report { batchKey rowCount replayed } userErrors { code field message row line } } }"""


def credit(division: str) -> str:
    from domain.supply.codes import credit_check_char

    body = f"91{division}{uuid.uuid4().int % 10**9:09d}"
    return body + credit_check_char(body)


def test_distributor_sync_creates_updates_and_is_idempotent(api: Api):
    make_user("t_zhaocai", "PARTNER", ["EXCHANGE_INTERFACE"], "650000")
    a, b = credit("650100"), credit("653100")
    items = [{"creditCode": a, "name": "测试配送甲", "divisionCode": "650102", "contactPhone": "0991-1234567"},
             {"creditCode": b, "name": "测试配送乙", "divisionCode": "653101"}]
    out = api.gql(SYNC, {"i": {"batchKey": "d1", "distributors": items}}, as_="t_zhaocai").ok()["distributorSync"]
    assert out["userErrors"] == [] and out["batch"]["summary"] == {"created": 2, "updated": 0, "unchanged": 0}
    assert {(d["code"], d["subtype"]) for d in out["distributors"]} == {(a, "DISTRIBUTOR"), (b, "DISTRIBUTOR")}
    again = api.gql(SYNC, {"i": {"batchKey": "d1", "distributors": items}}, as_="t_zhaocai").ok()["distributorSync"]
    assert again["batch"]["replayed"] is True
    changed = [{**items[0], "name": "测试配送甲（更名）"}, items[1]]
    upd = api.gql(SYNC, {"i": {"batchKey": "d2", "distributors": changed}}, as_="t_zhaocai").ok()["distributorSync"]
    assert upd["batch"]["summary"] == {"created": 0, "updated": 1, "unchanged": 1}
    assert sql("SELECT name FROM organisation WHERE credit_code = $1", a)[0]["name"] == "测试配送甲（更名）"
    actions = [r["action"] for r in sql("SELECT a.action FROM audit_log a JOIN organisation o ON a.entity_id = "
                                        "o.id::text AND a.entity_type = 'Organisation' WHERE o.credit_code = $1 "
                                        "ORDER BY a.id", a)]
    assert actions == ["organisation.sync_create", "organisation.sync_update"]


def test_distributor_sync_rejects_bad_rows_and_callers_without_the_interface_post(api: Api):
    make_user("t_zhaocai", "PARTNER", ["EXCHANGE_INTERFACE"], "650000")
    hospital = sql("SELECT credit_code FROM organisation WHERE subtype = 'HOSPITAL' AND credit_code IS NOT NULL "
                   "LIMIT 1")[0]["credit_code"]
    good = credit("650100")
    bad = [{"creditCode": good[:17] + ("0" if good[17] != "0" else "1"), "name": "校验位错", "divisionCode": "650102"},
           {"creditCode": hospital, "name": "医院", "divisionCode": "650102"},
           {"creditCode": good, "name": "辖区外", "divisionCode": "150902"},
           {"creditCode": good, "name": "重复", "divisionCode": "999999"}]
    out = api.gql(SYNC, {"i": {"batchKey": "bad", "distributors": bad}}, as_="t_zhaocai").ok()["distributorSync"]
    assert out["batch"] is None
    assert {(e["row"], e["code"]) for e in out["userErrors"]} == {
        (0, "INVALID_CREDIT_CODE"), (1, "DUPLICATE_CREDIT_CODE"), (2, "OUT_OF_AREA"), (3, "DUPLICATE_ROW"),
        (3, "UNKNOWN_DIVISION")}
    assert sql("SELECT count(*) AS n FROM organisation WHERE credit_code = $1", good)[0]["n"] == 0
    item = [{"creditCode": credit("650100"), "name": "x", "divisionCode": "650102"}]
    for who in ("xj_distributor", "wlmq_official", "xj_hospital"):
        assert api.gql(SYNC, {"i": {"batchKey": "z", "distributors": item}}, as_=who).codes == ["FORBIDDEN"], who


def _order(no: str, inst: str, drug: str, ordered: str, delivered: str, status: str, order_day: int,
           due_day: int | None = None, delivered_day: int | None = None) -> dict:
    return {"orderNo": no, "institutionCode": inst, "drugCode": drug, "orderedQty": ordered, "deliveredQty": delivered,
            "status": status, "orderDate": days_ago(order_day).isoformat(),
            "dueDate": days_ago(due_day).isoformat() if due_day is not None else None,
            "deliveredDate": days_ago(delivered_day).isoformat() if delivered_day is not None else None}


def test_deliveries_feed_statistics_order_detail_and_in_transit(api: Api):
    dist, _, user = make_supply_org("DISTRIBUTOR", "650100")
    hosp, hcode, huser = make_supply_org("HOSPITAL", "650102", ownership="PUBLIC", hospital_level="05")
    c = codes(3, 980)
    orders = [_order("PO-1", hcode, c[0], "100", "100", "DELIVERED", 10, 5, 6),   # on time
              _order("PO-1", hcode, c[1], "50", "50", "DELIVERED", 10, 5, 3),     # late
              _order("PO-2", hcode, c[2], "40", "10", "IN_TRANSIT", 4, 1),        # overdue, not delivered
              _order("PO-3", hcode, c[0], "10", "0", "PENDING", 1)]
    transit = [{"drugCode": c[2], "quantity": "30", "asOf": days_ago(1).isoformat()}]
    out = api.gql(DELIVER, {"i": {"batchKey": "k1", "orders": orders, "inTransit": transit}}, as_=user).ok()
    assert out["deliveryReport"]["userErrors"] == []
    assert out["deliveryReport"]["batch"]["summary"]["newOrders"] == 4
    stats = api.gql(STATS, {"f": {"distributorId": global_id("Organisation", dist)}},
                    as_="wlmq_official").ok()["distributorDeliveryStats"]
    s = stats["nodes"][0]
    assert (s["orders"], s["lines"], s["deliveredLines"], s["inTransitLines"]) == (3, 4, 2, 1)
    assert (Decimal(s["orderedQty"]), Decimal(s["deliveredQty"])) == (Decimal(200), Decimal(160))
    assert Decimal(s["deliveryRate"]) == Decimal("0.8") and (s["dueLines"], s["onTimeLines"]) == (3, 1)
    assert Decimal(s["onTimeRate"]) == Decimal("0.3333")
    assert api.gql(STATS, {"f": {"distributorId": global_id("Organisation", dist)}},
                   as_="kashi_official").ok()["distributorDeliveryStats"]["totalCount"] == 0
    lvl = sql("SELECT l.in_transit, l.on_hand FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
              "WHERE l.organisation_id = $1 AND d.code = $2", dist, c[2])[0]
    assert (lvl["in_transit"], lvl["on_hand"]) == (Decimal("30.000"), Decimal(0))
    # detail: paginated, scoped; an update of an order line by a later batch
    f = {"distributorId": global_id("Organisation", dist)}
    page = api.gql(ORDERS, {"f": f, "n": 3}, as_="wlmq_official").ok()["deliveryOrders"]
    assert page["totalCount"] == 4 and page["pageInfo"]["hasNextPage"] is True
    rest = api.gql(ORDERS, {"f": f, "n": 3, "a": page["pageInfo"]["endCursor"]}, as_="wlmq_official").ok()
    assert len(rest["deliveryOrders"]["nodes"]) == 1
    late = next(n for n in page["nodes"] + rest["deliveryOrders"]["nodes"] if n["drug"]["code"] == c[1])
    assert late["onTime"] is False
    assert api.gql(ORDERS, {"f": f, "n": 10}, as_=user).ok()["deliveryOrders"]["totalCount"] == 4
    assert api.gql(ORDERS, {"f": f, "n": 10}, as_=huser).ok()["deliveryOrders"]["totalCount"] == 4
    assert api.gql(ORDERS, {"f": f, "n": 10}, as_="xj_distributor").ok()["deliveryOrders"]["totalCount"] == 0
    assert api.gql(ORDERS, {"f": f, "n": 10}, as_="kashi_official").ok()["deliveryOrders"]["totalCount"] == 0
    upd = [_order("PO-2", hcode, c[2], "40", "40", "DELIVERED", 4, 1, 0)]
    r = api.gql(DELIVER, {"i": {"batchKey": "k2", "orders": upd}}, as_=user).ok()["deliveryReport"]
    assert r["batch"]["summary"]["updatedOrders"] == 1
    assert api.gql(DELIVER, {"i": {"batchKey": "k2", "orders": upd}}, as_=user).ok()[
        "deliveryReport"]["batch"]["replayed"] is True
    assert sql("SELECT count(*) AS n FROM delivery_order WHERE distributor_id = $1", dist)[0]["n"] == 4


def test_delivery_report_rejects_bad_rows_and_non_distributors(api: Api):
    dist, _, user = make_supply_org("DISTRIBUTOR", "650100")
    _, hcode, _ = make_supply_org("HOSPITAL", "650102", ownership="PUBLIC", hospital_level="05")
    c = codes(1, 990)
    tomorrow = (today() + timedelta(days=1)).isoformat()
    orders = [_order("A", hcode, c[0], "10", "11", "IN_TRANSIT", 2),
              _order("B", "H65010299999", c[0], "10", "0", "PENDING", 2),
              {**_order("C", hcode, "XA99ZZZ999A001010199999", "10", "0", "PENDING", 2), "orderDate": tomorrow},
              _order("D", hcode, c[0], "10", "10", "DELIVERED", 2),
              _order("A", hcode, c[0], "-1", "0", "PENDING", 2)]
    out = api.gql(DELIVER, {"i": {"batchKey": "bad", "orders": orders,
                                  "inTransit": [{"drugCode": c[0], "quantity": "-5", "asOf": tomorrow}]}},
                  as_=user).ok()["deliveryReport"]
    assert out["batch"] is None
    got = {(tuple(e["field"][:2]), e["code"]) for e in out["userErrors"]}
    assert {(("orders", "0"), "OVER_DELIVERED"), (("orders", "1"), "INSTITUTION_NOT_FOUND"),
            (("orders", "2"), "DRUG_NOT_FOUND"), (("orders", "2"), "FUTURE_DATE"),
            (("orders", "3"), "DELIVERY_DATE_REQUIRED"), (("orders", "4"), "NEGATIVE_QUANTITY"),
            (("orders", "4"), "DUPLICATE_ROW"), (("inTransit", "0"), "NEGATIVE_QUANTITY"),
            (("inTransit", "0"), "FUTURE_DATE")} <= got
    assert sql("SELECT count(*) AS n FROM delivery_order WHERE distributor_id = $1", dist)[0]["n"] == 0
    empty = api.gql(DELIVER, {"i": {"batchKey": "e"}}, as_=user).ok()["deliveryReport"]
    assert empty["userErrors"][0]["code"] == "EMPTY_BATCH"
    ok = [_order("Z", hcode, c[0], "1", "0", "PENDING", 1)]
    assert api.gql(DELIVER, {"i": {"batchKey": "w", "orders": ok}}, as_="xj_wholesaler").ok()[
        "deliveryReport"]["userErrors"][0]["code"] == "NOT_DISTRIBUTOR"
    assert api.gql(DELIVER, {"i": {"batchKey": "w", "orders": ok}}, as_="xj_hospital").codes == ["FORBIDDEN"]


def _stock_xlsx(rows: list[list], header: list[str] | None = None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(header or ["药品代码", "业务日期", "进货数量", "销售数量", "库存数量", "在途数量"])
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_stock_upload_runs_the_stock_report_command(api: Api):
    org, _, user = make_supply_org("PHARMACY", "650103")
    c = codes(2, 1000)
    template = api.gql("mutation { stockReportTemplateExport { file { url } userErrors { code } } }", as_=user).ok()
    assert template["stockReportTemplateExport"]["file"]["url"].startswith("/files/download/")
    d = days_ago(1)
    bad = _stock_xlsx([[c[0], d, 5, 1, 4, None], [c[1], (today() + timedelta(days=1)).isoformat(), 1, -1, 0, None],
                       [c[0], d.isoformat(), 1, 1, 1, 3]])
    out = api.gql(UPLOAD, {"i": {"fileName": "进销存.xlsx", "fileBase64": b64(bad)}}, as_=user).ok()
    errors = out["stockReportUpload"]["userErrors"]
    assert out["stockReportUpload"]["report"] is None
    assert {(e["line"], e["code"]) for e in errors} == {(3, "FUTURE_DATE"), (3, "NEGATIVE_QUANTITY"),
                                                       (4, "IN_TRANSIT_NOT_ALLOWED"), (4, "DUPLICATE_ROW")}
    assert all(e["message"].startswith("Excel 第") for e in errors)
    assert sql("SELECT count(*) AS n FROM stock_level WHERE organisation_id = $1", org)[0]["n"] == 0
    good = _stock_xlsx([[c[0], d, 5, 1, 4, None], [c[1], d.isoformat(), "2", "0", "2", None]])
    first = api.gql(UPLOAD, {"i": {"fileName": "进销存.xlsx", "fileBase64": b64(good)}}, as_=user).ok()
    assert first["stockReportUpload"]["report"]["rowCount"] == 2 and first["stockReportUpload"]["userErrors"] == []
    again = api.gql(UPLOAD, {"i": {"fileName": "进销存.xlsx", "fileBase64": b64(good)}}, as_=user).ok()
    assert again["stockReportUpload"]["report"]["replayed"] is True
    assert sql("SELECT count(*) AS n FROM stock_level WHERE organisation_id = $1", org)[0]["n"] == 2
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'stock.report' AND after->>'organisation' = "
               "(SELECT code FROM organisation WHERE id = $1)", org)[0]["n"] == 1
    wrong = api.gql(UPLOAD, {"i": {"fileName": "x.xlsx", "fileBase64": b64(_stock_xlsx([], ["编码", "数量"]))}},
                    as_=user).ok()
    assert wrong["stockReportUpload"]["userErrors"][0]["code"] == "NOT_TEMPLATE"
    missing = api.gql(UPLOAD, {"i": {"fileName": "x.xlsx", "fileBase64": b64(_stock_xlsx([[c[0], d, "", 1, 1]]))}},
                      as_=user).ok()
    assert missing["stockReportUpload"]["userErrors"][0]["code"] == "REQUIRED"


DELIVERY_UPLOAD = """mutation($i: StockReportUploadInput!) { deliveryReportUpload(input: $i) {
  batch { id replayed summary } userErrors { code field message row line } } }"""
DELIVERY_HEADER = ["订单号", "订购机构代码", "药品代码", "订购数量", "已配送数量", "配送状态", "下单日期", "要求送达日期",
                   "实际送达日期"]


def test_delivery_upload_runs_the_delivery_report_command(api: Api):
    dist, _, user = make_supply_org("DISTRIBUTOR", "650100")
    _, hcode, _ = make_supply_org("HOSPITAL", "650102", ownership="PUBLIC", hospital_level="05")
    c = codes(2, 1010)
    t = api.gql("mutation { deliveryReportTemplateExport { file { url } userErrors { code } } }", as_=user).ok()
    assert t["deliveryReportTemplateExport"]["file"]["url"].startswith("/files/download/")
    d = days_ago(3)
    unknown = _stock_xlsx([["PO-X1", hcode, c[0], 10, 10, "已送达", d, None, days_ago(1)],
                           ["PO-X2", hcode, c[1], 5, 0, "未知状态", d, None, None]], DELIVERY_HEADER)
    out = api.gql(DELIVERY_UPLOAD, {"i": {"fileName": "配送.xlsx", "fileBase64": b64(unknown)}}, as_=user).ok()
    assert [(e["line"], e["code"]) for e in out["deliveryReportUpload"]["userErrors"]] == [(3, "INVALID_VALUE")]
    bad = _stock_xlsx([["PO-X1", hcode, c[0], 10, 12, "已送达", d, None, days_ago(1)],
                       ["PO-X2", hcode, c[1], 5, 0, "配送中", d, None, None]], DELIVERY_HEADER)
    out = api.gql(DELIVERY_UPLOAD, {"i": {"fileName": "配送.xlsx", "fileBase64": b64(bad)}}, as_=user).ok()
    errors = out["deliveryReportUpload"]["userErrors"]
    assert out["deliveryReportUpload"]["batch"] is None
    assert [(e["line"], e["code"]) for e in errors] == [(2, "OVER_DELIVERED")]
    assert errors[0]["message"].startswith("Excel 第 2 行")
    assert sql("SELECT count(*) AS n FROM delivery_order WHERE distributor_id = $1", dist)[0]["n"] == 0
    good = _stock_xlsx([["PO-X1", hcode, c[0], 10, 10, "已送达", d, None, days_ago(1)],
                        ["PO-X2", hcode, c[1], 5, 0, "配送中", d.isoformat(), days_ago(0).isoformat(), None]],
                       DELIVERY_HEADER)
    first = api.gql(DELIVERY_UPLOAD, {"i": {"fileName": "配送.xlsx", "fileBase64": b64(good)}}, as_=user).ok()
    assert first["deliveryReportUpload"]["userErrors"] == [] and first["deliveryReportUpload"]["batch"]["summary"]["newOrders"] == 2
    again = api.gql(DELIVERY_UPLOAD, {"i": {"fileName": "配送.xlsx", "fileBase64": b64(good)}}, as_=user).ok()
    assert again["deliveryReportUpload"]["batch"]["replayed"] is True
    assert sql("SELECT count(*) AS n FROM delivery_order WHERE distributor_id = $1", dist)[0]["n"] == 2
    # each party sees the other on its order lines
    mine = api.gql("{ deliveryOrders(first: 10) { nodes { institution { code } distributor { id } } } }", as_=user).ok()
    assert {n["institution"]["code"] for n in mine["deliveryOrders"]["nodes"]} == {hcode}
    assert {n["distributor"]["id"] for n in mine["deliveryOrders"]["nodes"]} == {global_id("Organisation", dist)}
    assert api.gql(DELIVERY_UPLOAD, {"i": {"fileName": "x.xlsx", "fileBase64": b64(good)}}, as_="xj_hospital").codes == \
        ["FORBIDDEN"]


def test_a_delivery_across_prefectures_is_seen_by_both_ends_and_nobody_else(api: Api):
    """Issue 14 item 19 (SUP-03/SUP-04: a delivery concerns its distributor and the receiving institution): a 喀什
    distributor's delivery to a 乌鲁木齐 hospital is seen by both prefectures' officials, in the order lines, the
    statistics and under a divisionCode filter; a third prefecture sees none of it."""
    make_user("t_yili_official", "PREFECTURE_OFFICIAL", [], "654000")
    dist, _, user = make_supply_org("DISTRIBUTOR", "653101")
    _, hcode, _ = make_supply_org("HOSPITAL", "650102", ownership="PUBLIC", hospital_level="05")
    _, kcode, _ = make_supply_org("HOSPITAL", "653101", ownership="PUBLIC", hospital_level="05")
    c = codes(2, 990)
    orders = [_order("X-1", hcode, c[0], "20", "20", "DELIVERED", 5, 3, 3),   # to 乌鲁木齐
              _order("X-2", kcode, c[1], "10", "0", "PENDING", 1)]            # at home in 喀什
    assert api.gql(DELIVER, {"i": {"batchKey": "x1", "orders": orders}}, as_=user).ok()["deliveryReport"][
        "userErrors"] == []
    f = {"distributorId": global_id("Organisation", dist)}

    def seen(who: str, **flt: str) -> tuple[set[str], list[tuple[int, int]]]:
        lines = api.gql(ORDERS, {"f": {**f, **flt}, "n": 10}, as_=who).ok()["deliveryOrders"]["nodes"]
        stats = api.gql(STATS, {"f": {**f, **flt}}, as_=who).ok()["distributorDeliveryStats"]["nodes"]
        return {n["orderNo"] for n in lines}, [(s["orders"], s["lines"]) for s in stats]

    assert seen("kashi_official") == ({"X-1", "X-2"}, [(2, 2)])    # the distributor's prefecture: all it delivers
    assert seen("wlmq_official") == ({"X-1"}, [(1, 1)])            # the institution's: the delivery into its area
    assert seen("t_yili_official") == (set(), [])                   # neither end
    assert seen("xj_admin", divisionCode="650100") == ({"X-1"}, [(1, 1)])  # the filter is the same rule
    assert seen("xj_admin", divisionCode="653100") == ({"X-1", "X-2"}, [(2, 2)])
    assert seen("xj_admin", divisionCode="654000") == (set(), [])
