"""Hostile spreadsheets, generated in the test (a few hundred KB each; nothing large is kept on disk)."""
from __future__ import annotations

import io
import zipfile

MB = 1024 * 1024


def _rewrite(template: bytes, replace: dict[str, bytes | None], stream: dict[str, object] | None = None) -> bytes:
    """The workbook with some parts replaced (bytes), dropped (None) or written from a generator of chunks."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        names = src.namelist()
        for name in names:
            if name in (stream or {}):
                continue
            if name in replace:
                if replace[name] is not None:
                    dst.writestr(name, replace[name])
                continue
            dst.writestr(src.getinfo(name), src.read(name))
        for name, chunks in (stream or {}).items():
            with dst.open(name, "w", force_zip64=True) as f:
                for chunk in chunks:  # type: ignore[attr-defined]
                    f.write(chunk)
    return out.getvalue()


def shared_strings_bomb(template: bytes, inflated_mb: int = 300) -> bytes:
    """A workbook whose sharedStrings.xml inflates to `inflated_mb` MB (one string of repeated letters): ~300 KB
    on the wire for 300 MB, as in the report."""
    def chunks():
        yield b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/' \
              b'2006/main" count="1" uniqueCount="1"><si><t>'
        block = b"A" * MB
        for _ in range(inflated_mb):
            yield block
        yield b"</t></si></sst>"
    return _rewrite(template, {}, {"xl/sharedStrings.xml": chunks()})


def _sheet(header: list[str], rows: int, row_cells: list[str], gap_to: int | None = None) -> bytes:
    """sheet1.xml with no <dimension>: the header, `rows` data rows of inline strings, then optionally one row at
    line `gap_to` (openpyxl fills the rows in between)."""
    def inline(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    parts = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><sheetData>',
             '<row r="1">' + "".join(inline(f"{letters[i]}1", t) for i, t in enumerate(header)) + "</row>"]
    for n in range(2, rows + 2):
        parts.append(f'<row r="{n}">' + "".join(inline(f"{letters[i]}{n}", t) for i, t in enumerate(row_cells))
                     + "</row>")
    if gap_to:
        parts.append(f'<row r="{gap_to}">{inline(f"A{gap_to}", "x")}</row>')
    parts.append("</sheetData></worksheet>")
    return "".join(parts).encode()


def no_dimension_rows(template: bytes, header: list[str], rows: int, row_cells: list[str],
                      gap_to: int | None = None) -> bytes:
    """The template's first sheet replaced by one without <dimension> holding `rows` data rows."""
    return _rewrite(template, {"xl/worksheets/sheet1.xml": _sheet(header, rows, row_cells, gap_to)})
