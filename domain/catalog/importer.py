"""Reading and checking national files (Excel or CSV), with no database access: catalog files and the drug-code
master table.

Columns follow the NHSA 药品分类与代码 总表 (11-codes-and-formats.md §1.1) plus the catalog columns
医保药品名称 / 医保剂型 / 甲乙类 / 编号 / 备注. Headers may be the Chinese names or the English keys. A catalog file
needs the catalog columns; the 总表 (master data, DRUG-07) needs only the code and the registered name, and its
catalog columns, when present, are not read as catalog membership.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from domain.catalog.models import ImportKind
from domain.drugs.codes import DrugCodeParts, check_drug_code, name_code_matches
from domain.shared.sheets import (MB, Column, FileError, RowError, SheetLimits, append_row, capped, cell_text,
                                  read_cells)

MAX_ROWS = 300_000
# A real 300 000-row national file inflates to a few hundred MB of sheet XML (streamed) and far less shared strings.
LIMITS = SheetLimits(MAX_ROWS, max_inflated=512 * MB, max_shared_strings=96 * MB)


COLUMNS: tuple[Column, ...] = (
    Column("drug_code", "药品代码", True, 23),
    Column("registered_name", "注册名称", True),
    Column("trade_name", "商品名称"),
    Column("registered_form", "注册剂型", max_len=32),
    Column("spec", "注册规格"),
    Column("packaging", "包装", max_len=128),
    Column("packaging_material", "包装材质", max_len=64),
    Column("min_pack_qty", "最小包装数量", max_len=9),
    Column("min_prep_unit", "最小制剂单位", max_len=16),
    Column("min_pack_unit", "最小包装单位", max_len=16),
    Column("manufacturer", "药品企业"),
    Column("license_holder", "上市许可持有人"),
    Column("approval_no", "批准文号", max_len=64),
    Column("standard_code", "药品本位码", max_len=20),
    Column("market_status", "市场状态", max_len=16),
    Column("insurance_name", "医保药品名称", True),
    Column("insurance_form", "医保剂型", max_len=32),
    Column("reimbursement_class", "甲乙类", True, 8),
    Column("catalog_no", "编号", max_len=32),
    Column("restriction", "备注", max_len=2000),
)
BY_KEY = {c.key: c for c in COLUMNS}
REQUIRED = {ImportKind.CATALOG: frozenset(c.key for c in COLUMNS if c.required),
            ImportKind.MASTER_DATA: frozenset({"drug_code", "registered_name"})}
_ALIASES = {**{c.title: c.key for c in COLUMNS}, **{c.key: c.key for c in COLUMNS},
            "医保药品代码": "drug_code", "药品编码": "drug_code", "国家药品编码": "drug_code",
            "生产企业": "manufacturer", "限定支付范围": "restriction", "支付限制": "restriction"}
_CLASS_VALUES = {"甲": "A", "甲类": "A", "A": "A", "a": "A", "乙": "B", "乙类": "B", "B": "B", "b": "B"}
_STANDARD_CODE = re.compile(r"^\d{14}$")


@dataclass(slots=True)
class CatalogRow:
    row_no: int
    parts: DrugCodeParts
    values: dict[str, str | None]
    min_pack_qty: int | None
    reimbursement_class: str | None  # None in the master table

    @property
    def code(self) -> str:
        return self.parts.code

    def get(self, key: str) -> str | None:
        return self.values.get(key)


@dataclass
class RowChecker:
    """Checks rows one by one and remembers codes seen, to catch duplicates within a file."""

    kind: ImportKind = ImportKind.CATALOG
    seen: dict[str, int] = field(default_factory=dict)

    def check(self, row_no: int, raw: dict[str, Any]) -> tuple[CatalogRow | None, list[RowError]]:
        values = {k: cell_text(raw.get(k)) for k in BY_KEY}
        errors: list[RowError] = []
        required = REQUIRED[self.kind]
        for col in COLUMNS:
            v = values[col.key]
            if col.key in required and not v:
                errors.append(RowError(row_no, col.title, "MISSING_VALUE", f"「{col.title}」不能为空"))
            elif v and len(v) > col.max_len:
                errors.append(RowError(row_no, col.title, "VALUE_TOO_LONG",
                                       f"「{col.title}」不能超过 {col.max_len} 个字符", v[:200]))
        parts = None
        code = values["drug_code"]
        if code:
            parts, problems = check_drug_code(code)
            if parts is None:
                errors.append(RowError(row_no, "药品代码", "INVALID_DRUG_CODE",
                                       "药品代码格式错误：" + "；".join(p.message for p in problems), code))
            elif parts.code in self.seen:
                errors.append(RowError(row_no, "药品代码", "DUPLICATE_IN_FILE",
                                       f"药品代码与第 {self.seen[parts.code]} 行重复", code))
            else:
                self.seen[parts.code] = row_no
        name = values["insurance_name"]
        if parts is not None and name and len(name) <= 128 and not name_code_matches(parts.name_code, name):
            errors.append(RowError(row_no, "药品代码", "NAME_CODE_MISMATCH",
                                   f"通用名码 {parts.name_code} 的首字母与「{name}」的拼音首字母不一致", code))
        klass = values["reimbursement_class"] if self.kind == ImportKind.CATALOG else None
        rc = _CLASS_VALUES.get(klass or "")
        if klass and rc is None:
            errors.append(RowError(row_no, "甲乙类", "INVALID_CLASS", "甲乙类只能填写 甲 或 乙", klass))
        qty = None
        raw_qty = values["min_pack_qty"]
        if raw_qty:
            try:
                qty = int(raw_qty)
                if qty <= 0:
                    raise ValueError
            except ValueError:
                errors.append(RowError(row_no, "最小包装数量", "INVALID_NUMBER", "最小包装数量应为正整数", raw_qty))
        std = values["standard_code"]
        if std and not _STANDARD_CODE.match(std):
            errors.append(RowError(row_no, "药品本位码", "INVALID_STANDARD_CODE", "药品本位码应为 14 位数字", std))
        if errors or parts is None or (rc is None and self.kind == ImportKind.CATALOG):
            return None, errors
        return CatalogRow(row_no, parts, values, qty, rc), []


def _header_map(cells: list[Any]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for i, c in enumerate(cells):
        title = cell_text(c)
        if title and (key := _ALIASES.get(title.replace(" ", ""))):
            mapping.setdefault(i, key)
    return mapping


def _check_header(mapping: dict[int, str], kind: ImportKind) -> None:
    keys = set(mapping.values())
    missing = [c.title for c in COLUMNS if c.key in REQUIRED[kind] and c.key not in keys]
    if missing:
        raise FileError("MISSING_COLUMN", "文件缺少必需的列：" + "、".join(missing))


def _rows(cells_iter: Iterator[list[Any]], kind: ImportKind) -> tuple[int, Iterator[tuple[int, dict[str, Any]]]]:
    """Finds the header within the first 10 lines and yields (line number, row dict) after it."""
    header: dict[int, str] | None = None
    line = 0
    for cells in cells_iter:
        line += 1
        mapping = _header_map(cells)
        if "drug_code" in mapping.values():
            header = mapping
            break
        if line >= 10:
            break
    if header is None:
        raise FileError("MISSING_COLUMN", "未找到表头：前 10 行中没有「药品代码」列")
    _check_header(header, kind)
    start = line

    def gen() -> Iterator[tuple[int, dict[str, Any]]]:
        n = start
        for cells in cells_iter:
            n += 1
            if not any(cell_text(c) for c in cells):
                continue
            yield n, {key: (cells[i] if i < len(cells) else None) for i, key in header.items()}

    return start, capped(gen(), LIMITS)


def read_rows(file_format: str, content: bytes,
              kind: ImportKind = ImportKind.CATALOG) -> tuple[int, Iterator[tuple[int, dict[str, Any]]]]:
    """Returns an estimate of the data-row count and an iterator of (line number, row dict); reading fails with
    TOO_MANY_ROWS at the first row past MAX_ROWS."""
    estimate, cells = read_cells(file_format, content, LIMITS)
    _, rows = _rows(cells, kind)
    return estimate, rows


def check_file(file_name: str, content: bytes, kind: ImportKind) -> str:
    """The file's format, once it is known to be readable with the columns its kind needs (header only); run off
    the event loop (domain.shared.offload)."""
    from domain.shared.sheets import detect_format

    fmt = detect_format(file_name, content)
    read_rows(fmt, content, kind)
    return fmt


def build_template(example_rows: list[dict[str, Any]] | None = None) -> bytes:
    """Returns an .xlsx template with the header row and optional example rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "目录药品"
    append_row(ws, [c.title for c in COLUMNS])
    for i, c in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True, color="C00000" if c.required else "000000")
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
        ws.column_dimensions[cell.column_letter].width = max(12, len(c.title) * 3)
    for row in example_rows or []:
        append_row(ws, [row.get(c.key) for c in COLUMNS])
    notes = wb.create_sheet("填写说明")
    append_row(notes, ["列名", "必填", "说明"])
    hints = {
        "drug_code": "23 位医保药品代码：X/Z + 分类 + 通用名码 + 剂型 + 规格 + 包装 + 企业",
        "insurance_name": "医保目录中的通用名；通用名码首字母须与其拼音首字母一致",
        "reimbursement_class": "甲 或 乙",
        "min_pack_qty": "正整数",
        "standard_code": "14 位数字",
        "manufacturer": "新药品代码（系统中尚无）必填",
        "restriction": "医保支付限制范围",
    }
    for c in COLUMNS:
        append_row(notes, [c.title, "是" if c.required else "", hints.get(c.key, "")])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
