"""Reading exported workbooks the way a spreadsheet program would see them."""
from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import httpx

from tests.helpers import Api

FORMULA = "=cmd|' /C calc'!A0"
PLANTED = [FORMULA, "+1+1", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1", '=HYPERLINK("http://evil.example/","x")']


def fetch(api: Api, url: str) -> bytes:
    r = httpx.get(api.base + url)
    assert r.status_code == 200, (r.status_code, r.text[:200])
    return r.content


def assert_no_formulas(content: bytes) -> None:
    """No worksheet of the file holds a formula (<f>) or a cell typed as one (t="str" carries a formula's result)."""
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = z.read(name).decode()
                assert not re.search(r"<f[ >]", xml), f"formula in {name}"
                assert 't="str"' not in xml, f"formula result cell in {name}"


def cells_with(content: bytes, values: list[str]) -> list[Any]:
    """The cells (openpyxl) whose value is one of `values`, from every sheet."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(content))
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value in values]


def assert_planted_text(content: bytes, planted: list[str]) -> None:
    """Every planted value comes back, as a text cell with Excel's quote prefix, and nothing is a formula. (XML
    reads a bare CR as LF, so "\r=1+1" comes back as "\n=1+1": still text, still quote-prefixed.)"""
    assert_no_formulas(content)
    expected = {v.replace("\r", "\n") for v in planted}
    found = cells_with(content, list(expected))
    assert {c.value for c in found} == expected, {c.value for c in found}
    for c in found:
        assert c.data_type == "s" and c.quotePrefix, (c.coordinate, c.value, c.data_type, c.quotePrefix)
