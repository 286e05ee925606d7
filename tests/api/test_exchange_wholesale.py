"""Wholesalers' 报盘 (DRUG-14…18) and offers (SUP-06): template, upload validated by the arq job, per-row results,
export, re-upload of the corrected failed rows, the API batch (DRUG-17), and who sees which offers."""
from __future__ import annotations

import io
import time
from datetime import timedelta
from decimal import Decimal

import httpx
import pytest

from tests.helpers import Api, b64, global_id, make_user, sql
from tests.supply_helpers import codes, days_ago, make_supply_org, today

HEADER = ["药品代码", "药品名称", "库存数量", "最新采购价格（元）", "最新采购日期", "库存日期", "挂网状态", "挂网ID",
          "最新挂网价格（元）", "挂网类别"]
FILE = "mutation { %s { file { url fileName rowCount } userErrors { code message } } }"
START = """mutation($i: WholesaleUploadStartInput!) { wholesaleUploadStart(input: $i) {
  upload { id state attempt } userErrors { code field message } } }"""
RESUBMIT = """mutation($i: WholesaleUploadResubmitInput!) { wholesaleUploadResubmit(input: $i) {
  upload { id state attempt } userErrors { code field message } } }"""
UPLOAD = """query($id: ID!) { wholesaleUpload(id: $id) { id state attempt totalRows succeededRows failedRows importedRows
  failureCode failureMessage organisation { code } } }"""
UPLOADS = """query($s: WholesaleUploadState) { wholesaleUploads(first: 50, state: $s) { totalCount
  nodes { id state fileName organisation { code } } } }"""
ROWS = """query($id: ID!, $s: WholesaleUploadRowStatus) { wholesaleUploadRows(uploadId: $id, first: 100, status: $s) {
  totalCount nodes { attempt rowNo drugCode status problems { column code message } } } }"""
EXPORT = """mutation($i: WholesaleUploadExportInput!) { wholesaleUploadExport(input: $i) {
  file { url rowCount } userErrors { code message } } }"""
REPORT = """mutation($i: WholesaleOfferReportInput!) { wholesaleOfferReport(input: $i) {
  batch { id batchKey rowCount replayed kind } userErrors { code field message row } } }"""
OFFERS = """query($f: WholesaleOfferFilter) { wholesaleOffers(first: 100, filter: $f) { totalCount nodes {
  stockQty purchasePrice listingStatus listingPrice asOf source wholesaler { id code subtype } drug { code } } } }"""


@pytest.fixture(autouse=True)
def _worker(worker: None) -> None:
    """The upload validation runs in the background worker."""


def xlsx(rows: list[list], header: list[str] | None = None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(header or HEADER)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def download(api: Api, url: str) -> list[list]:
    from openpyxl import load_workbook

    r = httpx.get(api.base + url)
    assert r.status_code == 200
    wb = load_workbook(io.BytesIO(r.content))
    return [list(row) for row in wb.worksheets[0].iter_rows(values_only=True)], wb.sheetnames


def wait(api: Api, upload_id: str, user: str) -> dict:
    deadline = time.time() + 60
    while time.time() < deadline:
        s = api.gql(UPLOAD, {"id": upload_id}, as_=user).ok()["wholesaleUpload"]
        if s["state"] in ("SUCCEEDED", "FAILED"):
            return s
        time.sleep(0.3)
    raise AssertionError("upload was not validated")


def start(api: Api, user: str, data: bytes, name: str = "报盘.xlsx") -> dict:
    return api.gql(START, {"i": {"fileName": name, "fileBase64": b64(data)}}, as_=user).ok()["wholesaleUploadStart"]


def test_template_has_the_exact_header_and_instructions(api: Api):
    _, _, user = make_supply_org("WHOLESALER", "650100")
    out = api.gql(FILE % "wholesaleUploadTemplateExport", as_=user).ok()["wholesaleUploadTemplateExport"]
    assert out["userErrors"] == []
    rows, sheets = download(api, out["file"]["url"])
    assert rows[0] == HEADER and sheets == ["药品上传", "填写说明"]
    denied = api.gql(FILE % "wholesaleUploadTemplateExport", as_="xj_distributor").ok()["wholesaleUploadTemplateExport"]
    assert denied["userErrors"][0]["code"] == "NOT_WHOLESALER"
    assert api.gql(FILE % "wholesaleUploadTemplateExport", as_="xj_admin").codes == ["FORBIDDEN"]


def test_upload_imports_valid_rows_reports_failed_ones_and_reupload_fixes_them(api: Api):
    org, code, user = make_supply_org("WHOLESALER", "650100")
    c = codes(5, 900)
    future = (today() + timedelta(days=2)).isoformat()
    d = days_ago(1).isoformat()
    data = xlsx([
        [c[0], "", 120, 12.5, d, d, "已挂网", "GW001", 13.8],       # ok
        [c[1], "", "40.5", "8", "", d, "", "", ""],                 # ok
        [c[2], "", -3, 5, "", d, "", "", ""],                       # negative quantity
        [c[3], "", 10, "1.234", "", future, "", "", ""],            # 3 decimals + future date
        ["XA01ABD075A00201010048", "", 1, 1, "", d, "", "", ""],    # 22 chars
        [c[0], "", 5, 5, "", d, "", "", ""],                        # duplicate of line 2
        ["XA99ZZZ999A001010199999", "", 1, 1, "", d, "", "", ""],   # well-formed but not in master data
        [c[4], "", 7, 3, "", d, "在售", "", ""],                     # bad listing status
    ])
    out = start(api, user, data)
    assert out["userErrors"] == [] and out["upload"]["state"] == "UPLOADED"
    uid = out["upload"]["id"]
    s = wait(api, uid, user)
    assert s["state"] == "FAILED" and s["failureCode"] == "ROWS_FAILED"
    assert (s["totalRows"], s["succeededRows"], s["failedRows"], s["importedRows"]) == (8, 2, 6, 2)
    rows = api.gql(ROWS, {"id": uid, "s": "FAILED"}, as_=user).ok()["wholesaleUploadRows"]
    got = {(n["rowNo"], p["code"]) for n in rows["nodes"] for p in n["problems"]}
    assert {(4, "NEGATIVE_VALUE"), (5, "TOO_MANY_DECIMALS"), (5, "FUTURE_DATE"), (6, "INVALID_DRUG_CODE"),
            (7, "DUPLICATE_IN_FILE"), (8, "DRUG_NOT_FOUND"), (9, "INVALID_VALUE")} <= got
    offers = sql("SELECT d.code, o.stock_qty, o.purchase_price, o.listing_status FROM wholesale_offer o "
                 "JOIN drug_code d ON d.id = o.drug_code_id WHERE o.organisation_id = $1 ORDER BY d.code", org)
    assert {(r["code"], r["stock_qty"], r["purchase_price"]) for r in offers} == {
        (c[0], Decimal("120.000"), Decimal("12.50")), (c[1], Decimal("40.500"), Decimal("8.00"))}
    levels = sql("SELECT d.code, l.on_hand FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
                 "WHERE l.organisation_id = $1", org)
    assert {(r["code"], r["on_hand"]) for r in levels} == {(c[0], Decimal("120.000")), (c[1], Decimal("40.500"))}
    audit = sql("SELECT a.action FROM audit_log a JOIN wholesale_upload u ON a.entity_type = 'WholesaleUpload' "
                "AND a.entity_id = u.id::text WHERE u.organisation_id = $1", org)
    assert {r["action"] for r in audit} == {"wholesale_upload.start", "wholesale_upload.validate"}

    # export the failed rows, correct them in the file, upload it again (重传)
    exported = api.gql(EXPORT, {"i": {"uploadId": uid, "onlyFailed": True}}, as_=user).ok()["wholesaleUploadExport"]
    assert exported["userErrors"] == [] and exported["file"]["rowCount"] == 6
    table, _ = download(api, exported["file"]["url"])
    assert table[0] == HEADER + ["处理结果", "失败原因"] and all(r[10] == "失败" and r[11] for r in table[1:])
    fixed = [r[:9] + r[9:] for r in table[1:] if r[0] in (c[2], c[3])]
    fixed[0][2], fixed[1][3], fixed[1][5] = 3, "1.23", d
    again = api.gql(RESUBMIT, {"i": {"uploadId": uid, "fileName": "重传.xlsx",
                                     "fileBase64": b64(xlsx(fixed, table[0]))}}, as_=user).ok()
    assert again["wholesaleUploadResubmit"]["upload"]["state"] == "UPLOADED"
    assert again["wholesaleUploadResubmit"]["upload"]["attempt"] == 2
    s = wait(api, uid, user)
    assert (s["state"], s["totalRows"], s["succeededRows"], s["importedRows"]) == ("SUCCEEDED", 2, 2, 4)
    # a succeeded upload cannot be re-uploaded; another wholesaler cannot see or touch this one
    assert api.gql(RESUBMIT, {"i": {"uploadId": uid, "fileName": "x.xlsx", "fileBase64": b64(xlsx(fixed))}},
                   as_=user).ok()["wholesaleUploadResubmit"]["userErrors"][0]["code"] == "UPLOAD_NOT_RETRYABLE"
    _, _, other = make_supply_org("WHOLESALER", "650100")
    assert api.gql(UPLOAD, {"id": uid}, as_=other).ok()["wholesaleUpload"] is None
    assert api.gql(ROWS, {"id": uid}, as_=other).ok()["wholesaleUploadRows"] is None
    theirs = api.gql(EXPORT, {"i": {"uploadId": uid}}, as_=other).ok()["wholesaleUploadExport"]
    assert theirs["userErrors"][0]["code"] == "NOT_FOUND"


def test_a_wholesaler_lists_its_own_uploads_newest_first_and_by_state(api: Api):
    _, code, user = make_supply_org("WHOLESALER", "650100")
    (c,) = codes(1, 907)
    d = days_ago(1).isoformat()
    first = start(api, user, xlsx([[c, "", 8, 2.5, "", d, "", "", ""]]), "第一次.xlsx")["upload"]
    assert wait(api, first["id"], user)["state"] == "SUCCEEDED"
    second = start(api, user, xlsx([[c, "", -1, 2.5, "", d, "", "", ""]]), "第二次.xlsx")["upload"]
    assert wait(api, second["id"], user)["state"] == "FAILED"
    mine = api.gql(UPLOADS, {}, as_=user).ok()["wholesaleUploads"]
    assert mine["totalCount"] == 2 and [n["id"] for n in mine["nodes"]] == [second["id"], first["id"]]
    assert [n["fileName"] for n in mine["nodes"]] == ["第二次.xlsx", "第一次.xlsx"]
    assert {n["organisation"]["code"] for n in mine["nodes"]} == {code}
    failed = api.gql(UPLOADS, {"s": "FAILED"}, as_=user).ok()["wholesaleUploads"]
    assert [n["id"] for n in failed["nodes"]] == [second["id"]]
    _, _, other = make_supply_org("WHOLESALER", "650100")
    assert api.gql(UPLOADS, {}, as_=other).ok()["wholesaleUploads"] == {"totalCount": 0, "nodes": []}
    # SUP-01 结果通知: each validation result reaches the enterprise's home page, linked to its upload
    home = "{ supplyHome { notifications { kind title entityType entityId } } }"
    notes = api.gql(home, as_=user).ok()["supplyHome"]["notifications"]
    assert [(n["kind"], n["entityId"]) for n in notes] == [("wholesale_upload.failed", second["id"]),
                                                           ("wholesale_upload.succeeded", first["id"])]
    assert "第二次.xlsx" in notes[0]["title"] and "1 行失败" in notes[0]["title"]
    assert {n["entityType"] for n in notes} == {"WholesaleUpload"}
    assert api.gql(home, as_=other).ok()["supplyHome"]["notifications"] == []


def test_files_that_are_not_the_template_are_refused_and_nothing_is_stored(api: Api):
    org, _, user = make_supply_org("WHOLESALER", "650100")
    wrong_header = xlsx([["XJ01CAA040A001010102699", 1]], header=["药品编码", "数量"])
    for data, name, expected in ((wrong_header, "a.xlsx", "NOT_TEMPLATE"), (b"a,b\n1,2\n", "a.csv", "NOT_TEMPLATE"),
                                 (b"", "a.xlsx", "EMPTY_FILE"), (b"PK\x03\x04garbage", "a.xlsx", "UNREADABLE_FILE")):
        out = start(api, user, data, name)
        assert out["upload"] is None and out["userErrors"][0]["code"] == expected, out
    assert sql("SELECT count(*) AS n FROM wholesale_upload WHERE organisation_id = $1", org)[0]["n"] == 0
    distributor = start(api, "xj_distributor", xlsx([]))
    assert distributor["userErrors"][0]["code"] == "NOT_WHOLESALER"
    assert api.gql(START, {"i": {"fileName": "a.xlsx", "fileBase64": b64(xlsx([]))}}, as_="xj_pharmacy").codes == [
        "FORBIDDEN"]


def test_drug_table_lists_carried_drugs_with_their_catalog_relation(api: Api):
    org, _, user = make_supply_org("WHOLESALER", "650100")
    in_catalog = sql("SELECT d.code FROM catalog_entry e JOIN catalog_version v ON v.id = e.version_id "
                     "JOIN drug_code d ON d.id = e.drug_code_id WHERE v.state = 'PUBLISHED' AND v.owner_division = "
                     "'650000' ORDER BY v.published_at DESC, d.code LIMIT 1")[0]["code"]
    d = days_ago(1).isoformat()
    r = api.gql(REPORT, {"i": {"batchKey": "t1", "rows": [
        {"drugCode": in_catalog, "stockQty": "5", "purchasePrice": "2.50", "asOf": d}]}}, as_=user).ok()
    assert r["wholesaleOfferReport"]["userErrors"] == []
    out = api.gql(FILE % "wholesaleDrugTableExport", as_=user).ok()["wholesaleDrugTableExport"]
    table, _ = download(api, out["file"]["url"])
    assert out["file"]["rowCount"] == 1 and table[1][0] == in_catalog
    assert table[1][table[0].index("是否医保目录药品")] == "是" and table[1][table[0].index("甲乙类")] in ("甲", "乙")


def test_offer_batch_is_all_or_nothing_idempotent_and_open_to_the_interface_account(api: Api):
    org, code, user = make_supply_org("WHOLESALER", "650100")
    c = codes(3, 930)
    d = days_ago(2).isoformat()
    bad = {"batchKey": "b1", "rows": [
        {"drugCode": c[0], "stockQty": "10", "purchasePrice": "1.5", "asOf": d},
        {"drugCode": c[1], "stockQty": "-1", "purchasePrice": "1.555", "asOf": (today() + timedelta(1)).isoformat()},
        {"drugCode": c[0], "stockQty": "1", "purchasePrice": "1", "asOf": d}]}
    out = api.gql(REPORT, {"i": bad}, as_=user).ok()["wholesaleOfferReport"]
    assert out["batch"] is None
    assert {(e["row"], e["code"], tuple(e["field"])) for e in out["userErrors"]} == {
        (1, "NEGATIVE_VALUE", ("rows", "1", "stockQty")), (1, "TOO_MANY_DECIMALS", ("rows", "1", "purchasePrice")),
        (1, "FUTURE_DATE", ("rows", "1", "asOf")), (2, "DUPLICATE_IN_FILE", ("rows", "2", "drugCode"))}
    assert sql("SELECT count(*) AS n FROM wholesale_offer WHERE organisation_id = $1", org)[0]["n"] == 0
    good = {"batchKey": "b1", "rows": [
        {"drugCode": c[0], "stockQty": "10", "purchasePrice": "1.5", "asOf": d, "listingStatus": "LISTED"},
        {"drugCode": c[1], "stockQty": "0", "purchasePrice": "0", "asOf": d}]}
    first = api.gql(REPORT, {"i": good}, as_=user).ok()["wholesaleOfferReport"]
    assert first["userErrors"] == [] and first["batch"]["replayed"] is False and first["batch"]["rowCount"] == 2
    again = api.gql(REPORT, {"i": good}, as_=user).ok()["wholesaleOfferReport"]
    assert again["batch"]["replayed"] is True and again["batch"]["id"] == first["batch"]["id"]
    reused = api.gql(REPORT, {"i": {**good, "rows": good["rows"][:1]}}, as_=user).ok()["wholesaleOfferReport"]
    assert reused["userErrors"][0]["code"] == "BATCH_KEY_REUSED"
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'wholesale_offer.report' AND entity_id = $1",
               str(sql("SELECT id FROM exchange_batch WHERE organisation_id = $1", org)[0]["id"]))[0]["n"] == 1
    # the procurement interface account names the wholesaler; it must exist in its area and be a wholesaler
    make_user("t_zhaocai", "PARTNER", ["EXCHANGE_INTERFACE"], "650000")
    rows = [{"drugCode": c[2], "stockQty": "7", "purchasePrice": "3", "asOf": d}]
    missing = api.gql(REPORT, {"i": {"batchKey": "p1", "rows": rows}}, as_="t_zhaocai").ok()["wholesaleOfferReport"]
    assert missing["userErrors"][0]["code"] == "ENTERPRISE_REQUIRED"
    wrong = api.gql(REPORT, {"i": {"batchKey": "p1", "enterpriseCode": "91650100MA0000000X", "rows": rows}},
                    as_="t_zhaocai").ok()["wholesaleOfferReport"]
    assert wrong["userErrors"][0]["code"] == "ENTERPRISE_NOT_FOUND"
    ok = api.gql(REPORT, {"i": {"batchKey": "p1", "enterpriseCode": code, "rows": rows}}, as_="t_zhaocai").ok()
    assert ok["wholesaleOfferReport"]["userErrors"] == []
    assert sql("SELECT count(*) AS n FROM wholesale_offer WHERE organisation_id = $1", org)[0]["n"] == 3
    # an enterprise account cannot report for another enterprise
    _, other_code, _ = make_supply_org("WHOLESALER", "650100")
    foreign = api.gql(REPORT, {"i": {"batchKey": "x", "enterpriseCode": other_code, "rows": rows}}, as_=user).ok()
    assert foreign["wholesaleOfferReport"]["userErrors"][0]["code"] == "FORBIDDEN"


def test_institutions_see_their_regions_offers_officials_their_area_wholesalers_their_own(api: Api):
    org, _, user = make_supply_org("WHOLESALER", "650100")
    c = codes(2, 960)
    d = days_ago(1).isoformat()
    api.gql(REPORT, {"i": {"batchKey": "s1", "rows": [
        {"drugCode": c[0], "stockQty": "9", "purchasePrice": "4.2", "asOf": d, "listingStatus": "LISTED",
         "listingPrice": "5"},
        {"drugCode": c[1], "stockQty": "0", "purchasePrice": "1", "asOf": d}]}}, as_=user).ok()
    mine = global_id("Organisation", org)
    for who in ("xj_hospital", "kashi_pharmacy", "wlmq_official", "xj_admin"):
        page = api.gql(OFFERS, {"f": {"wholesalerId": mine}}, as_=who).ok()["wholesaleOffers"]
        assert page["totalCount"] == 2, who
    n = api.gql(OFFERS, {"f": {"drugCode": c[0], "wholesalerId": mine}}, as_="xj_hospital").ok()["wholesaleOffers"]
    node = n["nodes"][0]
    assert (node["stockQty"], node["purchasePrice"], node["listingStatus"], node["wholesaler"]["id"]) == (
        "9.000", "4.20", "LISTED", mine)
    stocked = api.gql(OFFERS, {"f": {"wholesalerId": mine, "inStock": True}}, as_="xj_hospital").ok()
    assert stocked["wholesaleOffers"]["totalCount"] == 1
    assert api.gql(OFFERS, {"f": {"wholesalerId": mine}}, as_="kashi_official").ok()["wholesaleOffers"]["totalCount"] == 0
    assert api.gql(OFFERS, {"f": {"wholesalerId": mine}}, as_="nm_admin").ok()["wholesaleOffers"]["totalCount"] == 0
    own = api.gql(OFFERS, {}, as_=user).ok()["wholesaleOffers"]
    assert own["totalCount"] == 2 and {x["wholesaler"]["id"] for x in own["nodes"]} == {mine}
    assert api.gql(OFFERS, {}, as_="tianshan_official").codes == ["FORBIDDEN"]


def test_an_upload_whose_job_died_is_picked_up_again_by_the_sweep(api: Api, queue_name: str):
    import asyncio

    from domain.shared.config import Settings
    from domain.shared.db import create_database
    from domain.exchange.uploads import UploadJob
    from jobs.queue import ArqQueue

    _, _, user = make_supply_org("WHOLESALER", "650100")
    (c,) = codes(1, 905)
    d = days_ago(1).isoformat()
    up = start(api, user, xlsx([[c, "", 8, 2.5, "", d, "", "", ""]]))["upload"]
    assert wait(api, up["id"], user)["state"] == "SUCCEEDED"
    pk = int(sql("SELECT max(id) AS id FROM wholesale_upload WHERE organisation_id = "
                 "(SELECT organisation_id FROM app_user WHERE username = $1)", user)[0]["id"])
    # as if the validating run had died: claimed long ago, nothing written
    sql("DELETE FROM wholesale_upload_row WHERE upload_id = $1", pk)
    sql("UPDATE wholesale_upload SET state = 'VALIDATING', updated_at = now() - interval '1 hour' WHERE id = $1", pk)
    assert api.gql(UPLOAD, {"id": up["id"]}, as_=user).ok()["wholesaleUpload"]["state"] == "VALIDATING"

    async def sweep() -> int:
        from arq import create_pool
        from arq.connections import RedisSettings

        settings = Settings.from_env()
        db = create_database(settings, pool_size=2)
        pool = await create_pool(RedisSettings.from_dsn(settings.redis_url))
        try:
            return await UploadJob(db.write_sessions, ArqQueue(pool, queue_name)).sweep()
        finally:
            await pool.aclose()
            await db.dispose()
    assert asyncio.run(sweep()) >= 1
    done = wait(api, up["id"], user)
    assert done["state"] == "SUCCEEDED"
    assert sql("SELECT count(*) AS n FROM wholesale_upload_row WHERE upload_id = $1", pk)[0]["n"] == 1
