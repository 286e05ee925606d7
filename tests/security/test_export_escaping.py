"""Spreadsheet formula injection (OWASP API8:2023 Security Misconfiguration; the values come from files and
interfaces of third parties, API10:2023 Unsafe Consumption of APIs): every export writes text that starts with
= + - @ tab or CR as a text cell with Excel's quote prefix, never as a formula. One test per export."""
from __future__ import annotations

import io
import re
import time
import uuid
from pathlib import Path

import httpx
import pytest

from tests.helpers import Api, b64, sql
from tests.security.sheets import FORMULA, PLANTED, assert_no_formulas, assert_planted_text, fetch
from tests.supply_helpers import codes, days_ago, make_supply_org

ROOT = Path(__file__).resolve().parents[2]
FILE = "mutation { %s { file { url fileName rowCount } userErrors { code message } } }"
DRUG_EXPORT = """mutation($c: String!) { drugExport(input: {filter: {codePrefix: $c}, sort: NAME_ASC}) {
  file { url rowCount } userErrors { code message } } }"""
# columns of drug_code that both the master-data export and the wholesaler's drug table write
PLANT_COLUMNS = {"trade_name": FORMULA, "spec": "+1+1", "packaging": "-2+3", "approval_no": "@SUM(1,2)",
                 "registered_form": "\t=1+1", "standard_code": "\r=1+1",
                 "registered_name": '=HYPERLINK("http://evil.example/","x")'}


@pytest.fixture
def planted_drug() -> str:
    """A demo drug code whose text columns hold formulas, as a hostile national file could have put there."""
    code = codes(1, 1234)[0]
    cols = ", ".join(PLANT_COLUMNS)
    before = sql(f"SELECT {cols} FROM drug_code WHERE code = $1", code)[0]
    sets = ", ".join(f"{c} = ${i}" for i, c in enumerate(PLANT_COLUMNS, start=2))
    sql(f"UPDATE drug_code SET {sets} WHERE code = $1", code, *PLANT_COLUMNS.values())
    try:
        yield code
    finally:
        sql(f"UPDATE drug_code SET {sets} WHERE code = $1", code, *(before[c] for c in PLANT_COLUMNS))


def test_drug_export_writes_formula_text_as_text(api: Api, planted_drug: str):
    out = api.gql(DRUG_EXPORT, {"c": planted_drug}, as_="wlmq_official").ok()["drugExport"]
    assert out["userErrors"] == [] and out["file"]["rowCount"] == 1
    assert_planted_text(fetch(api, out["file"]["url"]), list(PLANT_COLUMNS.values()))


def test_wholesale_drug_table_export_writes_formula_text_as_text(api: Api, planted_drug: str):
    _, _, user = make_supply_org("WHOLESALER", "650100")
    r = api.gql("""mutation($i: WholesaleOfferReportInput!) { wholesaleOfferReport(input: $i) {
      batch { id } userErrors { code message } } }""", {"i": {"batchKey": uuid.uuid4().hex, "rows": [
        {"drugCode": planted_drug, "stockQty": "5", "purchasePrice": "2.50", "asOf": days_ago(1).isoformat()}]}},
                as_=user).ok()["wholesaleOfferReport"]
    assert r["userErrors"] == []
    out = api.gql(FILE % "wholesaleDrugTableExport", as_=user).ok()["wholesaleDrugTableExport"]
    assert out["userErrors"] == [] and out["file"]["rowCount"] == 1
    content = fetch(api, out["file"]["url"])
    assert_planted_text(content, list(PLANT_COLUMNS.values()))
    from openpyxl import load_workbook

    row = [c.value for c in next(load_workbook(io.BytesIO(content)).active.iter_rows(min_row=2, max_row=2))]
    assert 5 in row  # numbers stay numbers


@pytest.fixture
def _worker(worker: None) -> None:
    """The 报盘 validation runs in the background worker."""


def test_wholesale_upload_export_writes_formula_text_as_text(api: Api, _worker: None):
    from openpyxl import Workbook

    from domain.exchange.files import OFFER_COLUMNS
    from domain.shared.sheets import append_row

    _, _, user = make_supply_org("WHOLESALER", "650100")
    wb = Workbook()
    ws = wb.active
    append_row(ws, [c.title for c in OFFER_COLUMNS])
    # the uploaded cells are text (a formula cell would arrive without its text); every row fails validation
    append_row(ws, [FORMULA, PLANTED[6], PLANTED[2], "1", PLANTED[4], "2026-01-01", None, PLANTED[3], None, PLANTED[1]])
    append_row(ws, ["X" * 23, PLANTED[5], "1", "1", None, "2026-01-01", None, None, None, None])
    buf = io.BytesIO()
    wb.save(buf)
    start = api.gql("""mutation($i: WholesaleUploadStartInput!) { wholesaleUploadStart(input: $i) {
      upload { id } userErrors { code message } } }""", {"i": {"fileName": "报盘.xlsx", "fileBase64": b64(buf.getvalue())}},
                    as_=user).ok()["wholesaleUploadStart"]
    assert start["userErrors"] == []
    uid = start["upload"]["id"]
    deadline = time.time() + 60
    while time.time() < deadline:
        state = api.gql("query($id: ID!) { wholesaleUpload(id: $id) { state } }", {"id": uid},
                        as_=user).ok()["wholesaleUpload"]["state"]
        if state in ("FAILED", "SUCCEEDED"):
            break
        time.sleep(0.3)
    assert state == "FAILED"
    out = api.gql("""mutation($i: WholesaleUploadExportInput!) { wholesaleUploadExport(input: $i) {
      file { url rowCount } userErrors { code message } } }""", {"i": {"uploadId": uid, "onlyFailed": False}},
                  as_=user).ok()["wholesaleUploadExport"]
    assert out["userErrors"] == [] and out["file"]["rowCount"] == 2
    # the upload's cells were stored trimmed (cell_text), so the tab and CR values come back as "=1+1"
    assert_planted_text(fetch(api, out["file"]["url"]), [FORMULA, PLANTED[6], "-2+3", "=1+1", "@SUM(1,2)", "+1+1"])


@pytest.mark.parametrize("mutation,maker", [
    ("wholesaleUploadTemplateExport", "WHOLESALER"),
    ("stockReportTemplateExport", "PHARMACY"),
    ("deliveryReportTemplateExport", "DISTRIBUTOR"),
])
def test_template_exports_hold_no_formulas(api: Api, mutation: str, maker: str):
    _, _, user = make_supply_org(maker, "650102" if maker == "PHARMACY" else "650100")
    out = api.gql(FILE % mutation, as_=user).ok()[mutation]
    assert out["userErrors"] == []
    assert_no_formulas(fetch(api, out["file"]["url"]))


def test_catalog_import_template_holds_no_formulas(api: Api):
    r = httpx.get(api.base + "/files/catalog-import-template.xlsx")
    assert r.status_code == 200
    assert_no_formulas(r.content)


def test_every_sheet_writer_goes_through_append_row():
    """A new export that appended rows itself would bypass the escaping: no worksheet `.append(` outside
    domain/shared/sheets.py (rows go through append_row there)."""
    offenders = []
    for path in (ROOT / "domain").rglob("*.py"):
        if path.name == "sheets.py" and path.parent.name == "shared":
            continue
        for n, line in enumerate(path.read_text().splitlines(), start=1):
            if re.search(r"\b(ws|sheet|notes|worksheet)\.append\(", line) or "csv.writer(" in line:
                offenders.append(f"{path.relative_to(ROOT)}:{n}")
    assert offenders == []
