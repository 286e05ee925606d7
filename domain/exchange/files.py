"""The exchange spreadsheets (DRUG-15 报盘, the 进销存 and delivery uploads): their columns and instructions, building
the templates, reading a filled one, and turning its cells into the values the commands and checks take. Pure: no
database access."""
from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.drugs.codes import normalise_code
from domain.shared.sheets import (MB, Column, FileError, SheetLimits, append_row, capped, detect_format,
                                  read_cells)
from domain.shared.sheets import cell_text as _text

MAX_UPLOAD_ROWS = 20_000
LISTING_STATUS = {"已挂网": "LISTED", "挂网": "LISTED", "LISTED": "LISTED", "未挂网": "UNLISTED",
                  "UNLISTED": "UNLISTED", "已撤网": "WITHDRAWN", "撤网": "WITHDRAWN", "WITHDRAWN": "WITHDRAWN"}
LISTING_LABELS = {"LISTED": "已挂网", "UNLISTED": "未挂网", "WITHDRAWN": "已撤网"}

# DRUG-15 药品上传模板: the exact header row, in this order (DRUG-22's wholesaler and listing fields).
OFFER_COLUMNS: tuple[Column, ...] = (
    Column("drug_code", "药品代码", True, 23),
    Column("drug_name", "药品名称", False, 128),
    Column("stock_qty", "库存数量", True, 32),
    Column("purchase_price", "最新采购价格（元）", True, 32),
    Column("purchase_date", "最新采购日期", False, 32),
    Column("as_of", "库存日期", True, 32),
    Column("listing_status", "挂网状态", False, 16),
    Column("listing_id", "挂网ID", False, 64),
    Column("listing_price", "最新挂网价格（元）", False, 32),
    Column("listing_category", "挂网类别", False, 32),
)
# Columns an exported result file adds after the template's; a corrected export can be uploaded again as it is.
RESULT_TITLES = ("处理结果", "失败原因")
OFFER_HINTS = {
    "drug_code": "23 位国家医保药品代码（X/Z 开头），须在药品主数据中；同一文件内不得重复",
    "drug_name": "选填，仅供核对",
    "stock_qty": "当前库存数量（最小包装单位），≥ 0，最多 3 位小数",
    "purchase_price": "最新采购单价（元），≥ 0，最多 2 位小数",
    "purchase_date": "选填，格式 2026-11-27，不得晚于今天（北京时间）",
    "as_of": "库存对应的日期，格式 2026-11-27，不得晚于今天（北京时间）",
    "listing_status": "选填：已挂网 / 未挂网 / 已撤网",
    "listing_id": "选填：招采平台挂网 ID",
    "listing_price": "选填：最新挂网价格（元），≥ 0，最多 2 位小数",
    "listing_category": "选填：挂网类别，如 集中带量采购、挂网采购、备案采购（最多 32 字）",
}

# 进销存 upload: the same fields as the stockReport mutation's rows (SUP-04), one row per code and business day.
STOCK_COLUMNS: tuple[Column, ...] = (
    Column("drug_code", "药品代码", True, 64),
    Column("business_date", "业务日期", True, 32),
    Column("received_qty", "进货数量", True, 32),
    Column("sold_qty", "销售数量", True, 32),
    Column("on_hand_qty", "库存数量", True, 32),
    Column("in_transit_qty", "在途数量", False, 32),
)
STOCK_HINTS = {
    "drug_code": "23 位国家医保药品代码，须在药品主数据中",
    "business_date": "格式 2026-11-27，不得晚于今天（北京时间）；同一药品代码同一日期只填一行",
    "received_qty": "当日进货数量（最小包装单位），≥ 0",
    "sold_qty": "当日销售数量，≥ 0",
    "on_hand_qty": "日终库存数量，≥ 0",
    "in_transit_qty": "仅配送企业填写，≥ 0",
}


# Distributors' order delivery upload (SUP-09): the same fields as the deliveryReport mutation's orders.
DELIVERY_COLUMNS: tuple[Column, ...] = (
    Column("order_no", "订单号", True, 64),
    Column("institution_code", "订购机构代码", True, 64),
    Column("drug_code", "药品代码", True, 64),
    Column("ordered_qty", "订购数量", True, 32),
    Column("delivered_qty", "已配送数量", False, 32),
    Column("status", "配送状态", True, 16),
    Column("order_date", "下单日期", True, 32),
    Column("due_date", "要求送达日期", False, 32),
    Column("delivered_date", "实际送达日期", False, 32),
)
DELIVERY_HINTS = {
    "order_no": "采购订单号；同一订单号 + 药品代码只填一行，再次上传即更新该行",
    "institution_code": "订购的定点医药机构代码（H/P + 6 位区划 + 5 位顺序号）",
    "drug_code": "23 位国家医保药品代码，须在药品主数据中",
    "ordered_qty": "订购数量（最小包装单位），> 0",
    "delivered_qty": "已配送数量，≥ 0，不超过订购数量；不填为 0",
    "status": "待配送 / 配送中 / 已送达 / 已取消",
    "order_date": "格式 2026-11-27，不得晚于今天（北京时间）",
    "due_date": "选填，不早于下单日期",
    "delivered_date": "已送达时必填，不早于下单日期、不晚于今天",
}
DELIVERY_STATUS_BY_LABEL = {"待配送": "PENDING", "配送中": "IN_TRANSIT", "已送达": "DELIVERED", "已取消": "CANCELLED"}


def build_template(columns: tuple[Column, ...], hints: dict[str, str], sheet: str) -> bytes:
    """Returns an .xlsx template: the exact header row (required columns in red) and an instructions sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    append_row(ws, [c.title for c in columns])
    for i, c in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True, color="C00000" if c.required else "000000")
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
        ws.column_dimensions[cell.column_letter].width = max(14, len(c.title) * 3)
    notes = wb.create_sheet("填写说明")
    append_row(notes, ["列名", "必填", "说明"])
    for c in columns:
        append_row(notes, [c.title, "是" if c.required else "", hints.get(c.key, "")])
    append_row(notes, [])
    append_row(notes, ["说明", "", "请勿修改第一行表头及列的顺序；红色列为必填。从第 2 行起每行一条数据，空行会被忽略。"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def template_limits(max_rows: int) -> SheetLimits:
    """What a filled template of at most `max_rows` rows may inflate to: a few KB per row of sheet XML and shared
    strings, plus room for the styles and parts Excel adds (500 rows: 9 MB; 20 000 rows: 48 MB)."""
    return SheetLimits(max_rows, max_inflated=8 * MB + max_rows * 2048, max_shared_strings=2 * MB + max_rows * 512,
                       max_columns=32)


def read_template(file_name: str, content: bytes, columns: tuple[Column, ...],
                  max_rows: int = MAX_UPLOAD_ROWS) -> tuple[str, Iterator[tuple[int, dict[str, Any]]]]:
    """Checks that a file is the template (exact header row) and returns its format and (line, {key: cell}) rows.

    Raises FileError NOT_TEMPLATE when the header differs; trailing result columns of an exported file are
    allowed, so a corrected export can be uploaded again. The rows fail with TOO_MANY_ROWS at the first one past
    `max_rows` (counted as read, never taken from the file's own <dimension>)."""
    fmt = detect_format(file_name, content)
    if fmt != "XLSX":
        raise FileError("NOT_TEMPLATE", "请使用下载的 Excel 模板（.xlsx）填写后上传")
    limits = template_limits(max_rows)
    _, cells = read_cells(fmt, content, limits)
    header = [(_text(c) or "") for c in next(cells, [])]
    while header and not header[-1]:
        header.pop()
    titles = [c.title for c in columns]
    extra = header[len(titles):]
    if header[:len(titles)] != titles or any(t not in RESULT_TITLES for t in extra):
        raise FileError("NOT_TEMPLATE", "文件不是本模板：第一行表头应依次为 " + "、".join(titles))

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        line = 1
        for cells_ in cells:
            line += 1
            values = {c.key: (cells_[i] if i < len(cells_) else None) for i, c in enumerate(columns)}
            if any(_text(v) for v in values.values()):
                yield line, values

    return fmt, capped(rows(), limits)


def cell_text(v: Any) -> str | None:
    """A cell as text for display and storage (dates as ISO, numbers without a float tail)."""
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float):
        return _text(Decimal(repr(v)).normalize() if not v.is_integer() else int(v))
    if isinstance(v, Decimal):
        return format(v, "f")
    return _text(v)


def parse_date(v: Any) -> date | None:
    """Reads a date cell or text (2026-11-27, 2026/11/27, 20261127); None when empty; ValueError when not a date."""
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    s = str(v).strip()
    if not s:
        return None
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise ValueError(s)


def parse_decimal(v: Any) -> Decimal | None:
    """Reads a number cell or text exactly (floats through their shortest repr); ValueError when not a number."""
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        raise ValueError(v)
    if isinstance(v, Decimal):
        d = v
    elif isinstance(v, float):
        d = Decimal(repr(v))
    else:
        s = str(v).strip().replace(",", "")
        if not s:
            return None
        try:
            d = Decimal(s)
        except InvalidOperation as exc:
            raise ValueError(s) from exc
    if not d.is_finite():
        raise ValueError(v)
    return d


def delivery_rows(rows: Iterator[tuple[int, dict[str, Any]]]) -> tuple[list[int], list[dict[str, Any]]]:
    """Turns delivery template rows into the deliveryReport command's order dicts (cells as text; the command
    validates them as it does API input; a status is given by its Chinese label or its code). Returns file lines."""
    lines, out = [], []
    for line, raw in rows:
        item: dict[str, Any] = {}
        for c in DELIVERY_COLUMNS:
            v = raw.get(c.key)
            if c.key.endswith("_date"):
                try:
                    v = parse_date(v)
                except ValueError:
                    v = cell_text(v)
            elif c.key in ("drug_code", "institution_code"):
                v = normalise_code(cell_text(v) or "") or None
            elif c.key == "status":
                t = cell_text(v)
                v = DELIVERY_STATUS_BY_LABEL.get(t or "", t)
            else:
                v = cell_text(v)
            if v is not None:
                item[c.key] = v
        lines.append(line)
        out.append(item)
    return lines, out


def stock_rows(rows: Iterator[tuple[int, dict[str, Any]]]) -> tuple[list[int], list[dict[str, Any]]]:
    """Turns 进销存 template rows into the stockReport command's row dicts (cells as text: the command parses
    and validates them exactly as it does API input). Returns the file line of each row too."""
    lines, out = [], []
    for line, raw in rows:
        item: dict[str, Any] = {}
        for c in STOCK_COLUMNS:
            v = raw.get(c.key)
            if c.key == "business_date":
                try:
                    v = parse_date(v)
                except ValueError:
                    v = cell_text(v)
            elif c.key == "drug_code":
                v = normalise_code(cell_text(v) or "")
            else:
                v = cell_text(v)
            if v is not None:  # an empty required cell is then reported as missing (REQUIRED)
                item[c.key] = v
        lines.append(line)
        out.append(item)
    return lines, out


# Whole-file parses for domain.shared.offload (a worker process, never the request's event loop): module-level
# functions of picklable arguments and results.

def check_offer_file(file_name: str, content: bytes) -> str:
    """A 报盘 file's format once its header is the template's (the rows are read by the job)."""
    fmt, _ = read_template(file_name, content, OFFER_COLUMNS)
    return fmt


def parse_stock_file(file_name: str, content: bytes, max_rows: int) -> tuple[list[int], list[dict[str, Any]]]:
    """A 进销存 template's rows as stockReport row dicts, with their Excel lines."""
    _, rows = read_template(file_name, content, STOCK_COLUMNS, max_rows=max_rows)
    return stock_rows(rows)


def parse_delivery_file(file_name: str, content: bytes, max_rows: int) -> tuple[list[int], list[dict[str, Any]]]:
    """A delivery template's rows as deliveryReport order dicts, with their Excel lines."""
    _, rows = read_template(file_name, content, DELIVERY_COLUMNS, max_rows=max_rows)
    return delivery_rows(rows)
