"""DRUG-07: the NHSA drug-code master table (总表) keeps master data current — new codes are created, existing codes'
attributes that changed are updated (each change audited with before and after), empty cells keep what is held,
and no catalog version is touched."""
from __future__ import annotations

import csv
import io
import json

import pytest

from tests.api.test_catalog_import import wait
from tests.helpers import Api, b64, existing_codes, sql

START = """mutation($i: MasterDataImportStartInput!) { masterDataImportStart(input: $i) {
  catalogImport { id kind state } userErrors { code message field } } }"""
STATUS = """query($id: ID!) { catalogImport(id: $id) { kind state failureCode failureMessage processedRows errorRows
  importedRows newDrugCodes updatedDrugCodes version { id } } }"""
HEADER = ["药品代码", "注册名称", "商品名称", "注册剂型", "注册规格", "包装", "最小包装数量", "最小制剂单位", "最小包装单位",
          "药品企业", "批准文号", "药品本位码", "市场状态"]


@pytest.fixture(autouse=True)
def _worker(worker: None) -> None:
    """Every test here needs the background worker."""


def table(rows: list[list[object]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue().encode()


def held(code: str) -> dict:
    r = sql("SELECT id, spec, packaging, market_status, registered_name, trade_name, min_pack_qty, search_text, "
            "approval_no FROM drug_code WHERE code = $1", code)
    return dict(r[0]) if r else {}


def start(api: Api, data: bytes, as_: str = "xj_admin") -> dict:
    return api.gql(START, {"i": {"fileName": "药品分类与代码总表.csv", "fileBase64": b64(data)}}, as_=as_)


def test_the_master_table_creates_new_codes_and_updates_changed_attributes(api: Api):
    (changed, _), (same, _) = existing_codes(2, 700)
    before, unchanged = held(changed), held(same)
    versions = sql("SELECT count(*) AS n FROM catalog_version")[0]["n"]
    rows = [
        # a newer national file: a new specification, packaging, market status and trade name; the approval number
        # cell is empty (kept as held)
        [changed, before["registered_name"], "新商品名", "片剂", "0.75g", "12片/盒", 12, "片", "盒", "示例制药", "",
         "", "停产"],
        [same, unchanged["registered_name"], unchanged["trade_name"] or "", "", unchanged["spec"] or "",
         unchanged["packaging"] or "", unchanged["min_pack_qty"] or "", "", "", "示例制药", "", "",
         unchanged["market_status"] or ""],
        ["XJ01CAA040A001010299991", "阿莫西林胶囊", "", "胶囊剂", "0.25g", "24粒/盒", 24, "粒", "盒", "总表测试制药",
         "国药准字H99999999", "86999999000019", "上市"],
    ]
    out = start(api, table(rows)).ok()["masterDataImportStart"]
    assert out["userErrors"] == [] and out["catalogImport"]["kind"] == "MASTER_DATA"
    s = wait(api, out["catalogImport"]["id"])
    s = api.gql(STATUS, {"id": out["catalogImport"]["id"]}, as_="xj_admin").ok()["catalogImport"]
    assert s["state"] == "SUCCEEDED", s
    assert (s["importedRows"], s["newDrugCodes"], s["updatedDrugCodes"], s["version"]) == (3, 1, 1, None)
    after = held(changed)
    assert (after["spec"], after["packaging"], after["market_status"], after["trade_name"], after["min_pack_qty"]) == \
        ("0.75g", "12片/盒", "停产", "新商品名", 12)
    assert after["approval_no"] == before["approval_no"]  # an empty cell keeps what master data holds
    assert "新商品名" in after["search_text"]               # names feed the search columns
    assert held(same) == unchanged
    assert held("XJ01CAA040A001010299991")["registered_name"] == "阿莫西林胶囊"
    assert sql("SELECT count(*) AS n FROM catalog_version")[0]["n"] == versions
    audit = sql("SELECT before, after FROM audit_log WHERE action = 'drug_code.update' AND entity_id = $1 "
                "ORDER BY id DESC LIMIT 1", str(before["id"]))[0]
    was, now = json.loads(audit["before"]), json.loads(audit["after"])
    assert was["spec"] == before["spec"] and was["market_status"] == before["market_status"]
    assert now["spec"] == "0.75g" and now["source"] == "MASTER_DATA" and "approval_no" not in now
    # the drug's record shows the new attributes to every reader
    got = api.gql("query($c: String) { drug(code: $c) { spec packaging marketStatus tradeName } }", {"c": changed},
                  as_="wlmq_official").ok()["drug"]
    assert got == {"spec": "0.75g", "packaging": "12片/盒", "marketStatus": "停产", "tradeName": "新商品名"}


def test_bad_rows_reject_the_file_and_change_nothing(api: Api):
    ((code, _),) = existing_codes(1, 720)
    before = held(code)
    rows = [[code, before["registered_name"], "", "", "9.9g", "", "", "", "", "示例制药", "", "", ""],
            ["XJ01CA", "坏代码", "", "", "", "", "", "", "", "", "", "", ""],
            ["XJ01CAA040A001010288881", "无企业新码", "", "", "", "", "", "", "", "", "", "", ""]]
    out = start(api, table(rows)).ok()["masterDataImportStart"]
    s = wait(api, out["catalogImport"]["id"])
    assert s["state"] == "FAILED" and s["failureCode"] == "ROWS_INVALID"
    assert held(code) == before and not held("XJ01CAA040A001010288881")


def test_a_table_without_its_required_columns_is_refused_before_queueing(api: Api):
    data = "药品代码,规格\nXJ01CAA040A001010102699,0.25g\n".encode()
    r = start(api, data).ok()["masterDataImportStart"]
    assert r["catalogImport"] is None and [e["code"] for e in r["userErrors"]] == ["MISSING_COLUMN"]


def test_only_catalog_maintainers_update_master_data(api: Api):
    r = start(api, table([]), as_="xj_viewer")
    assert r.codes == ["FORBIDDEN"]
