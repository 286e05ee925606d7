"""National catalog file import (DRUG-01, DRUG-07) as an arq job: progress, per-row errors, policies."""
from __future__ import annotations

import json
import time

import httpx
import pytest

from tests.helpers import Api, b64, catalog_csv, catalog_xlsx, existing_codes, sql, unique

START = """mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) {
  catalogImport { id state fileFormat onErrors } userErrors { code message field } } }"""
STATUS = """query($id: ID!) { catalogImport(id: $id) { state progress totalRows processedRows validRows errorRows
  importedRows newDrugCodes failureCode failureMessage version { id versionNo state entryCount source } } }"""
ERRORS = """query($id: ID!) { catalogImportErrors(importId: $id, first: 100) { totalCount
  nodes { rowNo column code message value } } }"""


@pytest.fixture(autouse=True)
def _worker(worker: None) -> None:
    """Every test here needs the background worker."""


def row(code: str, generic: str, cls: str = "甲", maker: str = "示例制药", reg: str | None = None) -> list:
    return [code, reg or generic + "片", "", "片剂", "0.5g", 24, "片", "盒", maker, "国药准字H90000000", generic,
            "口服常释剂型", cls, "001", ""]


def start(api: Api, data: bytes, name: str = "catalog.csv", as_: str = "xj_admin", **kw) -> dict:
    i = {"fileName": name, "fileBase64": b64(data), "versionNo": unique("IMP"), "name": "导入测试", **kw}
    return api.gql(START, {"i": i}, as_=as_).ok()["catalogImportStart"]


def wait(api: Api, import_id: str, as_: str = "xj_admin") -> dict:
    deadline = time.time() + 60
    while time.time() < deadline:
        s = api.gql(STATUS, {"id": import_id}, as_=as_).ok()["catalogImport"]
        if s["state"] in ("SUCCEEDED", "FAILED"):
            return s
        time.sleep(0.3)
    raise AssertionError("import did not finish")


def test_a_clean_xlsx_upload_creates_a_draft_version(api: Api):
    rows = [row(c, n) for c, n in existing_codes(30, 100)]
    # multipart upload, as the SPA sends it
    ops = {"query": START, "variables": {"i": {"file": None, "fileName": "2025年目录.xlsx", "versionNo": unique("X"),
                                              "name": "Excel 导入"}}}
    r = httpx.post(api.base + "/graphql", headers={"authorization": f"Bearer {api.token('xj_admin')}"},
                   data={"operations": json.dumps(ops), "map": json.dumps({"0": ["variables.i.file"]})},
                   files={"0": ("2025年目录.xlsx", catalog_xlsx(rows), "application/vnd.openxmlformats-"
                                                                         "officedocument.spreadsheetml.sheet")})
    out = r.json()["data"]["catalogImportStart"]
    assert out["userErrors"] == [] and out["catalogImport"]["fileFormat"] == "XLSX"
    s = wait(api, out["catalogImport"]["id"])
    assert s["state"] == "SUCCEEDED" and s["progress"] == 1.0 and s["importedRows"] == 30
    assert s["version"]["state"] == "DRAFT" and s["version"]["entryCount"] == 30 and s["version"]["source"] == "IMPORT"
    assert s["newDrugCodes"] == 0
    # the version links back to the import that created it
    job = api.gql("query($id: ID!) { catalogVersion(id: $id) { importJob { id fileFormat } } }",
                  {"id": s["version"]["id"]}, as_="xj_admin").ok()["catalogVersion"]["importJob"]
    assert job == {"id": out["catalogImport"]["id"], "fileFormat": "XLSX"}


def test_a_file_with_bad_rows_imports_nothing_and_reports_every_row(api: Api):
    good = existing_codes(3, 200)
    rows = [row(c, n) for c, n in good]
    rows.append(row("XJ01CAA040A00101010269", "阿莫西林"))                 # too short
    rows.append(row(good[0][0], good[0][1]))                                # duplicate in file
    rows.append(row("XA10BAB082A001010277777", "二甲双胍", cls="丙"))       # name code mismatch + bad class
    versions_before = sql("SELECT count(*) AS n FROM catalog_version")[0]["n"]
    out = start(api, catalog_csv(rows))
    s = wait(api, out["catalogImport"]["id"])
    assert s["state"] == "FAILED" and s["failureCode"] == "ROWS_INVALID" and s["version"] is None
    assert (s["processedRows"], s["validRows"], s["errorRows"]) == (6, 3, 3)
    errors = api.gql(ERRORS, {"id": out["catalogImport"]["id"]}, as_="xj_admin").ok()["catalogImportErrors"]
    got = {(e["rowNo"], e["code"]) for e in errors["nodes"]}
    assert got == {(5, "INVALID_DRUG_CODE"), (6, "DUPLICATE_IN_FILE"), (7, "NAME_CODE_MISMATCH"), (7, "INVALID_CLASS")}
    assert sql("SELECT count(*) AS n FROM catalog_version")[0]["n"] == versions_before


def test_choosing_import_valid_rows_imports_only_those(api: Api):
    good = existing_codes(4, 300)
    rows = [row(c, n) for c, n in good] + [row("XJ01CAA040A0010101026X9", "阿莫西林")]
    out = start(api, catalog_csv(rows), onErrors="IMPORT_VALID_ROWS")
    s = wait(api, out["catalogImport"]["id"])
    assert s["state"] == "SUCCEEDED" and s["importedRows"] == 4 and s["errorRows"] == 1
    assert s["version"]["entryCount"] == 4


def test_retry_a_rejected_file_with_import_valid_rows(api: Api):
    good = existing_codes(2, 400)
    rows = [row(c, n) for c, n in good] + [row("bad", "x")]
    first = wait(api, start(api, catalog_csv(rows))["catalogImport"]["id"])
    assert first["state"] == "FAILED"
    imp = api.gql("{ catalogImports(first: 1) { nodes { id state } } }", as_="xj_admin").ok()["catalogImports"]["nodes"][0]
    r = api.gql('mutation($id: ID!) { catalogImportRetry(input: {importId: $id, onErrors: IMPORT_VALID_ROWS}) '
                '{ catalogImport { id state onErrors } userErrors { code } } }', {"id": imp["id"]}, as_="xj_admin").ok()
    second = wait(api, r["catalogImportRetry"]["catalogImport"]["id"])
    assert second["state"] == "SUCCEEDED" and second["importedRows"] == 2
    again = api.gql('mutation($id: ID!) { catalogImportRetry(input: {importId: $id}) { userErrors { code } } }',
                    {"id": r["catalogImportRetry"]["catalogImport"]["id"]}, as_="xj_admin").ok()
    assert again["catalogImportRetry"]["userErrors"][0]["code"] == "IMPORT_NOT_RETRYABLE"


def test_new_codes_become_master_data_with_audit_rows(api: Api):
    code = "XA10BAE082A001010188801"
    sql("DELETE FROM drug_code WHERE code = $1", code)
    out = start(api, catalog_csv([row(code, "二甲双胍", maker="新企业测试制药", reg="盐酸二甲双胍片")]))
    s = wait(api, out["catalogImport"]["id"])
    assert s["state"] == "SUCCEEDED" and s["newDrugCodes"] == 1
    d = api.gql('query($c: String) { drug(code: $c) { registeredName generic: genericName manufacturer { name code } '
                'synthetic } }', {"c": code}, as_="wlmq_official").ok()["drug"]
    assert d["registeredName"] == "盐酸二甲双胍片" and d["manufacturer"]["code"] == "88801" and d["synthetic"] is False
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'drug_code.create' AND entity_label = $1", code)[0]["n"] == 1


def test_a_new_code_without_a_manufacturer_is_a_row_error(api: Api):
    out = start(api, catalog_csv([row("XA10BAE082A001010177701", "二甲双胍", maker="")]))
    s = wait(api, out["catalogImport"]["id"])
    assert s["state"] == "FAILED"
    errs = api.gql(ERRORS, {"id": out["catalogImport"]["id"]}, as_="xj_admin").ok()["catalogImportErrors"]["nodes"]
    assert errs[0]["column"] == "药品企业" and errs[0]["code"] == "MISSING_VALUE"


def test_import_into_an_existing_draft(api: Api):
    v = api.gql('mutation($n: String!) { catalogVersionCreate(input: {versionNo: $n, name: "追加"}) '
                '{ catalogVersion { id } } }', {"n": unique("T")}, as_="xj_admin").ok()["catalogVersionCreate"]
    vid = v["catalogVersion"]["id"]
    codes = existing_codes(3, 500)
    i = {"fileName": "a.csv", "fileBase64": b64(catalog_csv([row(c, n) for c, n in codes])), "targetVersionId": vid}
    s = wait(api, api.gql(START, {"i": i}, as_="xj_admin").ok()["catalogImportStart"]["catalogImport"]["id"])
    assert s["state"] == "SUCCEEDED" and s["version"]["id"] == vid and s["version"]["entryCount"] == 3
    s2 = wait(api, api.gql(START, {"i": i}, as_="xj_admin").ok()["catalogImportStart"]["catalogImport"]["id"])
    assert s2["state"] == "FAILED" and s2["errorRows"] == 3  # all DUPLICATE_IN_VERSION


@pytest.mark.parametrize("data,name,code", [
    (b"", "a.csv", "EMPTY_FILE"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1xx", "old.xls", "UNSUPPORTED_FORMAT"),
    (b"PK\x03\x04broken", "a.xlsx", "UNREADABLE_FILE"),
    ("药品代码,注册名称\nX,Y\n".encode(), "a.csv", "MISSING_COLUMN"),
])
def test_unusable_files_are_refused_at_upload_with_a_code(api: Api, data: bytes, name: str, code: str):
    imports = sql("SELECT count(*) AS n FROM catalog_import")[0]["n"]
    out = start(api, data, name)
    assert out["catalogImport"] is None and out["userErrors"][0]["code"] == code
    assert sql("SELECT count(*) AS n FROM catalog_import")[0]["n"] == imports


def test_version_number_is_checked_at_upload(api: Api):
    out = start(api, catalog_csv([row(*existing_codes(1)[0])]), versionNo="2025")
    assert out["userErrors"][0]["code"] == "DUPLICATE_VERSION"
    i = {"fileName": "a.csv", "fileBase64": b64(catalog_csv([row(*existing_codes(1)[0])]))}
    out = api.gql(START, {"i": i}, as_="xj_admin").ok()["catalogImportStart"]
    assert out["userErrors"][0]["code"] == "REQUIRED"


def test_base64_that_is_not_base64_is_a_field_error(api: Api):
    i = {"fileName": "a.csv", "fileBase64": "%%%not base64%%%", "versionNo": unique(), "name": "x"}
    out = api.gql(START, {"i": i}, as_="xj_admin").ok()["catalogImportStart"]
    assert out["userErrors"][0]["code"] == "INVALID_FORMAT" and out["userErrors"][0]["field"] == ["fileBase64"]


def test_imports_are_private_to_the_catalog_maintainers(api: Api):
    assert api.gql("{ catalogImports(first: 1) { totalCount } }", as_="wlmq_official").codes == ["FORBIDDEN"]
    assert api.gql("{ catalogImports(first: 1) { totalCount } }", as_="nm_admin").ok()["catalogImports"]["totalCount"] == 0


def test_template_download_is_a_real_xlsx(api: Api):
    r = httpx.get(api.base + "/files/catalog-import-template.xlsx")
    assert r.status_code == 200 and r.content[:4] == b"PK\x03\x04"
