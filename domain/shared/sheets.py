"""Spreadsheets, with no database access. Reading what users upload (.xlsx or .csv): the format from the content, the
cells of the first sheet row by row, and the errors a file or a row can have; each import (national catalog files,
wholesalers' 报盘, stock and delivery reports) declares its own columns, checks and `SheetLimits`. Writing what we
export: every row goes through `append_row`, which keeps text that a spreadsheet would run as a formula as text.

Uploads are hostile until read: an .xlsx is a zip whose parts may inflate a thousandfold, and its `<dimension>` may
lie or be missing. So the parts' declared sizes are checked before openpyxl sees the file (zipfile then refuses to
inflate a part past its declared size), the sheet is streamed (read-only), and rows are counted while they are read:
reading stops at the first row over the limit, whatever the file says about itself."""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

MB = 1024 * 1024
EMPTY_ROW_SLACK = 1000  # blank (e.g. formatted) lines a real file may carry besides its data rows
MAX_ZIP_MEMBERS = 1000


@dataclass(frozen=True, slots=True)
class SheetLimits:
    """What one kind of upload may hold: data rows, the .xlsx parts' total inflated size, the shared strings part
    (openpyxl keeps it in memory whole, even read-only) and the columns read per row."""

    max_rows: int
    max_inflated: int = 64 * MB
    max_shared_strings: int = 16 * MB
    max_columns: int = 64

    @property
    def max_lines(self) -> int:
        """Physical lines read at most (header search, blank lines): beyond this the file is refused."""
        return self.max_rows + 10 + EMPTY_ROW_SLACK


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    required: bool = False
    max_len: int = 128


class FileError(Exception):
    """The file as a whole cannot be read (format, header, size)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __reduce__(self) -> tuple[type[FileError], tuple[str, str]]:
        return FileError, (self.code, self.message)  # raised in a worker process, re-raised in the API


@dataclass(frozen=True, slots=True)
class RowError:
    row_no: int
    column: str | None
    code: str
    message: str
    value: str | None = None


def cell_text(v: Any) -> str | None:
    """A cell's trimmed text (None when empty); whole floats lose their ".0"."""
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    return s or None


def detect_format(file_name: str, content: bytes) -> str:
    """Returns XLSX or CSV, judged by content first and the file name second."""
    if content[:4] == b"PK\x03\x04":
        return "XLSX"
    if content[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise FileError("UNSUPPORTED_FORMAT", "不支持旧版 .xls 文件，请另存为 .xlsx 或 .csv 后上传")
    lower = file_name.lower()
    if lower.endswith((".xlsx", ".xlsm")):
        raise FileError("UNREADABLE_FILE", "文件扩展名为 .xlsx，但内容不是有效的 Excel 文件")
    if lower.endswith((".csv", ".txt")) or b"," in content[:4096]:
        return "CSV"
    raise FileError("UNSUPPORTED_FORMAT", "只支持 .xlsx 或 .csv 文件")


def too_many_rows(limits: SheetLimits) -> FileError:
    return FileError("TOO_MANY_ROWS", f"文件行数超过上限 {limits.max_rows}")


def check_archive(content: bytes, limits: SheetLimits) -> None:
    """Refuses an .xlsx whose parts would inflate past the limits (a zip bomb), judged from the zip directory
    before anything is inflated. zipfile stops inflating a part at its declared size (and then fails its CRC), so
    a part cannot grow past what is checked here."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise FileError("UNREADABLE_FILE", "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式") from exc
    if len(infos) > MAX_ZIP_MEMBERS:
        raise FileError("UNREADABLE_FILE", "Excel 文件结构异常（包含的部件过多）")
    total = sum(i.file_size for i in infos)
    shared = sum(i.file_size for i in infos if i.filename.lower().endswith("sharedstrings.xml"))
    if total > limits.max_inflated or shared > limits.max_shared_strings:
        raise FileError("FILE_TOO_LARGE", f"Excel 文件解压后超过上限（全部内容 {limits.max_inflated // MB} MB，"
                                          f"共享字符串 {limits.max_shared_strings // MB} MB），请拆分后上传")


def _counted(lines: Iterator[Any], limits: SheetLimits) -> Iterator[list[Any]]:
    """The lines as lists of at most max_columns cells; fails on the first line past max_lines."""
    width = limits.max_columns
    for n, cells in enumerate(lines, start=1):
        if n > limits.max_lines:
            raise too_many_rows(limits)
        yield list(cells[:width])


def read_cells(file_format: str, content: bytes, limits: SheetLimits) -> tuple[int, Iterator[list[Any]]]:
    """Returns an estimate of the data-row count (for progress only: never trusted) and the first sheet's (or the
    CSV's) lines as cell lists, streamed and counted against `limits`."""
    if file_format == "XLSX":
        from openpyxl import load_workbook

        check_archive(content, limits)
        try:
            wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
            ws = wb.worksheets[0]
        except Exception as exc:  # noqa: BLE001 - any parse failure means an unreadable workbook
            raise FileError("UNREADABLE_FILE", "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式") from exc
        estimate = min(max((ws.max_row or 1) - 1, 0), limits.max_rows + 1)
        # max_row caps openpyxl's own filling of missing rows (a lying <dimension> or a jump to row 1048576)
        rows = ws.iter_rows(values_only=True, max_col=limits.max_columns, max_row=limits.max_lines + 1)
        return estimate, _guarded(_counted(rows, limits))
    text = decode(content)
    estimate = min(text.count("\n"), limits.max_rows + 1)
    return estimate, _guarded(_counted(csv.reader(io.StringIO(text, newline="")), limits))


def _guarded(lines: Iterator[list[Any]]) -> Iterator[list[Any]]:
    """Turns a parser's failure half-way through the file into an UNREADABLE_FILE FileError."""
    try:
        yield from lines
    except FileError:
        raise
    except Exception as exc:  # noqa: BLE001 - a corrupt part, a bad CRC, an over-long CSV field
        raise FileError("UNREADABLE_FILE", "文件内容损坏或格式不正确，无法读取") from exc


def capped(rows: Iterator[tuple[int, dict[str, Any]]], limits: SheetLimits) -> Iterator[tuple[int, dict[str, Any]]]:
    """Data rows (non-empty, after the header) as they are read; fails on the first one past max_rows."""
    for n, row in enumerate(rows, start=1):
        if n > limits.max_rows:
            raise too_many_rows(limits)
        yield row


# Text a spreadsheet would read as a formula (or as DDE) when it starts with one of these (OWASP CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(v: Any) -> bool:
    return isinstance(v, str) and v.startswith(FORMULA_START)


def safe_row(ws: Any, values: Iterable[Any]) -> list[Any]:
    """A row for `ws.append` (write-only or not) in which text starting with = + - @ tab or CR is a text cell with
    Excel's quote prefix: shown and read back exactly as given, never evaluated, not even after editing it. Numbers,
    dates and other text stay as they are."""
    from openpyxl.cell import WriteOnlyCell

    out: list[Any] = []
    for v in values:
        if is_formula_like(v):
            cell = WriteOnlyCell(ws, value=v)
            cell.data_type = "s"
            cell.quotePrefix = True
            out.append(cell)
        else:
            out.append(v)
    return out


def append_row(ws: Any, values: Iterable[Any]) -> None:
    """Appends one row to an export or template sheet; every writer goes through here (see safe_row)."""
    ws.append(safe_row(ws, values))


def decode(content: bytes) -> str:
    """CSV text in UTF-8 (with or without BOM) or GB18030 (Excel's "CSV" in China)."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(enc)
        except UnicodeDecodeError:
            continue
    raise FileError("UNREADABLE_FILE", "无法识别 CSV 文件编码，请使用 UTF-8 或 GBK 编码")
