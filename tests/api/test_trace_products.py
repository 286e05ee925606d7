"""PUB-19 / DRUG-27: the 药品标识码 registry is loaded from the traceability platform's file, so a public scan of a real
pack code finds its drug: new 标识码 are added, a 标识码 whose drug or pack changed is rewritten (audited), rows naming
no known drug are refused with their line, and the registry is readable by drug and by prefix."""
from __future__ import annotations

import csv
import io
import json

import pytest

from tests.api.test_catalog_import import wait
from tests.helpers import Api, b64, existing_codes, global_id, sql
from tests.public_helpers import Public

START = """mutation($i: TraceProductImportStartInput!) { traceProductImportStart(input: $i) {
  catalogImport { id kind state } userErrors { code message field } } }"""
STATUS = """query($id: ID!) { catalogImport(id: $id) { kind state failureCode errorRows importedRows newDrugCodes
  updatedDrugCodes } }"""
ERRORS = """query($id: ID!) { catalogImportErrors(importId: $id, first: 20) { nodes { rowNo code value } } }"""


@pytest.fixture(autouse=True)
def _worker(worker: None) -> None:
    """Imports run in the background worker."""


def table(rows: list[list[str]], header: tuple[str, ...] = ("药品标识码", "药品代码", "药品本位码", "包装说明")) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode()


def start(api: Api, data: bytes, on_errors: str = "REJECT_FILE", as_: str = "xj_admin") -> dict:
    return api.gql(START, {"i": {"fileName": "药品标识码.csv", "fileBase64": b64(data), "onErrors": on_errors}}, as_=as_)


def test_a_loaded_registry_lets_a_scan_find_the_drug(api: Api, insured: Public):
    (by_code, _), (by_standard, _), (moved_to, _) = existing_codes(3, 860)
    standard = "869" + str(abs(hash(by_standard)) % 10**11).zfill(11)
    sql("UPDATE drug_code SET standard_code = $1 WHERE code = $2", standard, by_standard)
    existing = sql("SELECT prefix, drug_code_id FROM trace_product ORDER BY prefix LIMIT 1")[0]
    rows = [["7100001", by_code, "", "10片/盒"],           # a new 标识码, named by its drug code
            ["7100002", "", standard, ""],                  # named by its 本位码
            [existing["prefix"], moved_to, "", "大包装"],    # an existing 标识码 now names another pack
            ["7100003", "XJ01CAA040A001010299998", "", ""],  # a drug master data does not hold
            ["71000", by_code, "", ""]]                      # not 7 digits
    refused = start(api, table(rows)).ok()["traceProductImportStart"]
    done = wait(api, refused["catalogImport"]["id"])
    assert done["state"] == "FAILED" and done["failureCode"] == "ROWS_INVALID"
    assert not sql("SELECT 1 FROM trace_product WHERE prefix = '7100001'")  # nothing written
    errors = api.gql(ERRORS, {"id": refused["catalogImport"]["id"]}, as_="xj_admin").ok()["catalogImportErrors"]
    assert {(e["rowNo"], e["code"]) for e in errors["nodes"]} == {(5, "DRUG_NOT_FOUND"), (6, "INVALID_FORMAT")}

    out = start(api, table(rows), "IMPORT_VALID_ROWS").ok()["traceProductImportStart"]
    assert out["catalogImport"]["kind"] == "TRACE_PRODUCTS"
    wait(api, out["catalogImport"]["id"])
    s = api.gql(STATUS, {"id": out["catalogImport"]["id"]}, as_="xj_admin").ok()["catalogImport"]
    assert (s["state"], s["importedRows"], s["newDrugCodes"], s["updatedDrugCodes"], s["errorRows"]) == \
        ("SUCCEEDED", 3, 2, 1, 2)
    held = {r["prefix"]: r for r in sql("SELECT t.prefix, d.code, t.pack_note FROM trace_product t "
                                        "JOIN drug_code d ON d.id = t.drug_code_id WHERE t.prefix = ANY($1)",
                                        ["7100001", "7100002", existing["prefix"]])}
    assert held["7100001"]["code"] == by_code and held["7100001"]["pack_note"] == "10片/盒"
    assert held["7100002"]["code"] == by_standard
    assert held[existing["prefix"]]["code"] == moved_to and held[existing["prefix"]]["pack_note"] == "大包装"
    change = sql("SELECT before, after FROM audit_log WHERE action = 'trace_product.update' AND entity_id = $1 "
                 "ORDER BY id DESC LIMIT 1", existing["prefix"])[0]
    assert json.loads(change["before"])["drugCodeId"] == existing["drug_code_id"]

    # the public scan of a pack code with the new 标识码 now finds the drug (it was UNKNOWN_CODE before the file)
    found = insured.data("scan", {"code": "7100001" + "2026120700001"})["traceCodeScan"]["scan"]
    assert found["result"] == "FOUND" and found["drug"]["code"] == by_code

    # officials read the registry by drug and by prefix
    drug_id = sql("SELECT id FROM drug_code WHERE code = $1", by_code)[0]["id"]
    mine = api.gql("query($d: ID) { traceProducts(drugId: $d) { totalCount nodes { prefix packNote drug { code } } } }",
                   {"d": global_id("Drug", drug_id)}, as_="wlmq_official").ok()["traceProducts"]
    assert {n["prefix"] for n in mine["nodes"]} >= {"7100001"} and all(n["drug"]["code"] == by_code for n in mine["nodes"])
    on_drug = api.gql("query($c: String) { drug(code: $c) { traceProducts { prefix } } }", {"c": by_code},
                      as_="wlmq_official").ok()["drug"]["traceProducts"]
    assert "7100001" in [t["prefix"] for t in on_drug]
    bad = api.gql("{ traceProducts(prefix: \"71a\") { totalCount } }", as_="wlmq_official")
    assert bad.codes == ["BAD_USER_INPUT"]


def test_a_file_without_its_columns_is_refused_and_only_catalog_maintainers_load_it(api: Api):
    r = start(api, table([["7100009", "x"]], header=("药品标识码", "名称"))).ok()["traceProductImportStart"]
    assert r["catalogImport"] is None and [e["code"] for e in r["userErrors"]] == ["MISSING_COLUMN"]
    assert start(api, table([]), as_="wlmq_official").codes == ["FORBIDDEN"]
