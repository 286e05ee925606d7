"""Hostile uploads (OWASP API4:2023 Unrestricted Resource Consumption): a zip bomb in the shared strings, a sheet
without <dimension> holding far more rows than allowed, a stray row at line 1048576. Each is refused with a code and
stores nothing, quickly, and while a file is being read the API keeps answering others (parsing runs in a worker
process, never on the event loop)."""
from __future__ import annotations

import io
import threading
import time
import uuid

import httpx
import pytest

from domain.catalog.importer import build_template as catalog_template
from domain.exchange.files import (DELIVERY_COLUMNS, DELIVERY_HINTS, OFFER_COLUMNS, OFFER_HINTS, STOCK_COLUMNS,
                                   STOCK_HINTS, build_template)
from domain.shared.sheets import FileError, SheetLimits, read_cells
from tests.helpers import Api, b64, sql
from tests.security.bombs import no_dimension_rows, shared_strings_bomb
from tests.supply_helpers import codes, days_ago, make_supply_org

STOCK_UPLOAD = """mutation($i: StockReportUploadInput!) { stockReportUpload(input: $i) {
  report { rowCount } userErrors { code field message } } }"""
DELIVERY_UPLOAD = """mutation($i: StockReportUploadInput!) { deliveryReportUpload(input: $i) {
  batch { id } userErrors { code field message } } }"""
WHOLESALE_START = """mutation($i: WholesaleUploadStartInput!) { wholesaleUploadStart(input: $i) {
  upload { id } userErrors { code field message } } }"""
CATALOG_START = """mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) {
  catalogImport { id } userErrors { code field message } } }"""
FAST = 10.0  # seconds: generous for a loaded test machine; the reported stalls were 5-70 s of one event loop


def _stock_template() -> bytes:
    return build_template(STOCK_COLUMNS, STOCK_HINTS, "进销存")


def _upload(api: Api, doc: str, user: str, content: bytes, **extra: str) -> tuple[dict, float]:
    name = doc.split("{", 2)[1].split("(")[0].strip()
    t0 = time.monotonic()
    out = api.gql(doc, {"i": {"fileName": "x.xlsx", "fileBase64": b64(content), **extra}}, as_=user).ok()[name]
    return out, time.monotonic() - t0


def _stock_count(org: int) -> int:
    return sql("SELECT count(*) AS n FROM stock_level WHERE organisation_id = $1", org)[0]["n"]


def test_a_shared_strings_bomb_is_refused_before_it_is_inflated(api: Api):
    org, _, user = make_supply_org("PHARMACY", "650102")
    bomb = shared_strings_bomb(_stock_template(), inflated_mb=300)
    assert len(bomb) < 600_000  # ~300 KB on the wire, 300 MB inflated
    out, took = _upload(api, STOCK_UPLOAD, user, bomb)
    assert out["report"] is None and [e["code"] for e in out["userErrors"]] == ["FILE_TOO_LARGE"]
    assert took < FAST and _stock_count(org) == 0


def test_rows_are_counted_as_read_not_taken_from_the_dimension(api: Api):
    org, _, user = make_supply_org("PHARMACY", "650102")
    header = [c.title for c in STOCK_COLUMNS]
    row = [codes(1, 77)[0], days_ago(1).isoformat(), "1", "0", "1"]
    many = no_dimension_rows(_stock_template(), header, 5000, row)  # no <dimension>, 5000 rows, cap 500
    out, took = _upload(api, STOCK_UPLOAD, user, many)
    assert out["report"] is None and [e["code"] for e in out["userErrors"]] == ["TOO_MANY_ROWS"]
    assert took < FAST and _stock_count(org) == 0
    # one data row and a stray one at the sheet's last line: openpyxl would fill a million empty rows in between
    gap = no_dimension_rows(_stock_template(), header, 1, row, gap_to=1_048_576)
    out, took = _upload(api, STOCK_UPLOAD, user, gap)
    assert [e["code"] for e in out["userErrors"]] == ["TOO_MANY_ROWS"] and took < FAST and _stock_count(org) == 0


def test_delivery_upload_row_bomb_is_refused(api: Api):
    _, _, user = make_supply_org("DISTRIBUTOR", "650100")
    template = build_template(DELIVERY_COLUMNS, DELIVERY_HINTS, "配送订单")
    many = no_dimension_rows(template, [c.title for c in DELIVERY_COLUMNS], 3000,
                             ["PO-1", "H65010200001", codes(1, 78)[0], "1", "0", "待配送", "2026-01-01"])
    out, took = _upload(api, DELIVERY_UPLOAD, user, many, batchKey=uuid.uuid4().hex)
    assert out["batch"] is None and [e["code"] for e in out["userErrors"]] == ["TOO_MANY_ROWS"] and took < FAST
    bomb = shared_strings_bomb(template, inflated_mb=64)
    out, _ = _upload(api, DELIVERY_UPLOAD, user, bomb)
    assert [e["code"] for e in out["userErrors"]] == ["FILE_TOO_LARGE"]


def test_wholesale_upload_bomb_is_refused_at_upload_and_nothing_is_stored(api: Api):
    org, _, user = make_supply_org("WHOLESALER", "650100")
    bomb = shared_strings_bomb(build_template(OFFER_COLUMNS, OFFER_HINTS, "药品上传"), inflated_mb=300)
    out, took = _upload(api, WHOLESALE_START, user, bomb)
    assert out["upload"] is None and [e["code"] for e in out["userErrors"]] == ["FILE_TOO_LARGE"] and took < FAST
    assert sql("SELECT count(*) AS n FROM wholesale_upload WHERE organisation_id = $1", org)[0]["n"] == 0


def test_wholesale_row_bomb_fails_in_the_job_at_the_cap(api: Api, worker: None):
    org, _, user = make_supply_org("WHOLESALER", "650100")
    many = no_dimension_rows(build_template(OFFER_COLUMNS, OFFER_HINTS, "药品上传"), [c.title for c in OFFER_COLUMNS],
                             25_000, ["X", "", "1", "1", "", "2026-01-01"])  # cap 20 000; within the inflated limit
    out, _ = _upload(api, WHOLESALE_START, user, many)
    assert out["userErrors"] == []
    deadline = time.time() + 120
    while time.time() < deadline:
        s = api.gql("query($id: ID!) { wholesaleUpload(id: $id) { state failureCode totalRows } }",
                    {"id": out["upload"]["id"]}, as_=user).ok()["wholesaleUpload"]
        if s["state"] in ("FAILED", "SUCCEEDED"):
            break
        time.sleep(0.5)
    assert (s["state"], s["failureCode"], s["totalRows"]) == ("FAILED", "TOO_MANY_ROWS", 0)
    assert sql("SELECT count(*) AS n FROM wholesale_offer WHERE organisation_id = $1", org)[0]["n"] == 0


def test_catalog_import_bomb_is_refused_at_upload(api: Api):
    before = sql("SELECT count(*) AS n FROM catalog_import")[0]["n"]
    bomb = shared_strings_bomb(catalog_template(), inflated_mb=300)
    out, took = _upload(api, CATALOG_START, "xj_admin", bomb, versionNo=uuid.uuid4().hex[:12], name="炸弹")
    assert out["catalogImport"] is None and [e["code"] for e in out["userErrors"]] == ["FILE_TOO_LARGE"]
    assert took < FAST and sql("SELECT count(*) AS n FROM catalog_import")[0]["n"] == before


def test_the_api_answers_others_while_a_file_is_read(api: Api):
    """A file near the limits takes the parser a while; /healthz must not wait for it (it would, were the file read
    on the event loop)."""
    _, _, user = make_supply_org("PHARMACY", "650102")
    # within the inflated limit but slow to parse: 490 rows of 400 cells each (only the first columns are kept)
    wide = _wide(_stock_template(), 490)
    done = threading.Event()
    result: dict = {}

    def upload() -> None:
        result["out"], result["took"] = _upload(api, STOCK_UPLOAD, user, wide)
        done.set()

    t = threading.Thread(target=upload)
    t.start()
    waits = []
    with httpx.Client(base_url=api.base, timeout=30) as c:
        while not done.is_set():
            t0 = time.monotonic()
            assert c.get("/healthz").status_code == 200
            waits.append(time.monotonic() - t0)
            time.sleep(0.05)
    t.join()
    assert result["out"]["report"] is None and result["out"]["userErrors"]  # refused (rows are not real drug rows)
    if result["took"] < 1.0:
        pytest.skip(f"the file was read in {result['took']:.2f} s: too fast to show a stall on this machine")
    assert max(waits) < result["took"] / 2, (max(waits), result["took"])


def _wide(content: bytes, rows: int) -> bytes:
    """Rewrites the sheet's rows to 400 numeric cells each (numbers: no shared strings)."""
    import zipfile

    def col(i: int) -> str:
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    cells = "".join(f'<c r="{col(i)}{{n}}"><v>{i}</v></c>' for i in range(400))
    body = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main"><sheetData>']
    header = "".join(f'<c r="{col(i)}1" t="inlineStr"><is><t>{t}</t></is></c>'
                     for i, t in enumerate(c.title for c in STOCK_COLUMNS))
    body.append(f'<row r="1">{header}</row>')
    for n in range(2, rows + 2):
        body.append(f'<row r="{n}">' + cells.replace("{n}", str(n)) + "</row>")
    body.append("</sheetData></worksheet>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = "".join(body).encode() if name == "xl/worksheets/sheet1.xml" else src.read(name)
            dst.writestr(name, data)
    return out.getvalue()


def test_reading_stops_at_the_first_line_past_the_cap():
    """Unit: the reader consumes at most max_lines (+1) lines of a file that has far more, and says TOO_MANY_ROWS."""
    limits = SheetLimits(max_rows=100)
    content = ("a,b\n" + "1,2\n" * 100_000).encode()
    _, lines = read_cells("CSV", content, limits)
    seen = 0
    with pytest.raises(FileError) as e:
        for _ in lines:
            seen += 1
    assert e.value.code == "TOO_MANY_ROWS" and seen == limits.max_lines


def test_file_errors_survive_the_trip_from_the_worker_process():
    import pickle

    e = pickle.loads(pickle.dumps(FileError("TOO_MANY_ROWS", "文件行数超过上限 500")))  # noqa: S301 - our own bytes
    assert (e.code, e.message) == ("TOO_MANY_ROWS", "文件行数超过上限 500")
