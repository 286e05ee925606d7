"""Reading spreadsheets users upload (.xlsx or .csv), with no database access: the format from the content, the
cells of the first sheet row by row, and the errors a file or a row can have. Each import (national catalog files,
wholesalers' 报盘, stock and delivery reports) declares its own columns and checks."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


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


def read_cells(file_format: str, content: bytes) -> tuple[int, Iterator[list[Any]]]:
    """Returns an estimate of the data-row count and the first sheet's (or the CSV's) lines as cell lists."""
    if file_format == "XLSX":
        from openpyxl import load_workbook

        try:
            wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - any parse failure means an unreadable workbook
            raise FileError("UNREADABLE_FILE", "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式") from exc
        ws = wb.worksheets[0]
        return max((ws.max_row or 1) - 1, 0), (list(r) for r in ws.iter_rows(values_only=True))
    lines = decode(content).splitlines()
    return max(len(lines) - 1, 0), iter(csv.reader(lines))


def decode(content: bytes) -> str:
    """CSV text in UTF-8 (with or without BOM) or GB18030 (Excel's "CSV" in China)."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(enc)
        except UnicodeDecodeError:
            continue
    raise FileError("UNREADABLE_FILE", "无法识别 CSV 文件编码，请使用 UTF-8 或 GBK 编码")
