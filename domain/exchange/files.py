"""Enterprise data exchange as pure rules: the 报盘 and stock-upload templates, reading them, and checking offer rows
(DRUG-15, DRUG-18). No database access: callers pass in which drug codes exist and what today is."""
from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import orjson

from domain.drugs.codes import check_drug_code, normalise_code
from domain.drugs.importer import Column, FileError, RowError, _text, detect_format, read_cells
from domain.shared.principal import Principal
from domain.shared.scopes import OFFICIAL_ROLES, Role
from domain.supply.access import OrgAccess

MAX_UPLOAD_ROWS = 20_000
QTY_LIMIT = Decimal("1000000000")          # NUMERIC(18,3): a stock quantity never nears this
PRICE_LIMIT = Decimal("10000000000")       # NUMERIC(18,2): 10 billion yuan per unit is a typing error
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


def offer_access(who: Principal, subtree: Any) -> OrgAccess:
    """Whose offers a caller sees (SUP-06): officials their area's wholesalers; designated institutions every
    wholesaler of their province-level region (whom they may buy from); a wholesaler only its own."""
    if who.area.everything:
        return OrgAccess(None)
    if who.role in OFFICIAL_ROLES:
        return OrgAccess(who.area.codes)
    if who.role == Role.INSTITUTION_STAFF and who.area.root is not None:
        region = who.area.ancestors[-1] if who.area.ancestors else who.area.root
        return OrgAccess(frozenset(subtree(region)))
    return OrgAccess(None, who.org_id) if who.org_id is not None else OrgAccess(frozenset())


def build_template(columns: tuple[Column, ...], hints: dict[str, str], sheet: str,
                   examples: list[list[Any]] | None = None) -> bytes:
    """Returns an .xlsx template: the exact header row (required columns in red) and an instructions sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append([c.title for c in columns])
    for i, c in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True, color="C00000" if c.required else "000000")
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
        ws.column_dimensions[cell.column_letter].width = max(14, len(c.title) * 3)
    for row in examples or []:
        ws.append(row)
    notes = wb.create_sheet("填写说明")
    notes.append(["列名", "必填", "说明"])
    for c in columns:
        notes.append([c.title, "是" if c.required else "", hints.get(c.key, "")])
    notes.append([])
    notes.append(["说明", "", "请勿修改第一行表头及列的顺序；红色列为必填。从第 2 行起每行一条数据，空行会被忽略。"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def read_template(file_name: str, content: bytes, columns: tuple[Column, ...],
                  max_rows: int = MAX_UPLOAD_ROWS) -> tuple[str, Iterator[tuple[int, dict[str, Any]]]]:
    """Checks that a file is the template (exact header row) and returns its format and (line, {key: cell}) rows.

    Raises FileError NOT_TEMPLATE when the header differs; trailing result columns of an exported file are
    allowed, so a corrected export can be uploaded again."""
    fmt = detect_format(file_name, content)
    if fmt != "XLSX":
        raise FileError("NOT_TEMPLATE", "请使用下载的 Excel 模板（.xlsx）填写后上传")
    estimate, cells = read_cells(fmt, content)
    header = [(_text(c) or "") for c in next(cells, [])]
    while header and not header[-1]:
        header.pop()
    titles = [c.title for c in columns]
    extra = header[len(titles):]
    if header[:len(titles)] != titles or any(t not in RESULT_TITLES for t in extra):
        raise FileError("NOT_TEMPLATE", "文件不是本模板：第一行表头应依次为 " + "、".join(titles))
    if estimate > max_rows:
        raise FileError("TOO_MANY_ROWS", f"文件行数超过上限 {max_rows}")

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        line = 1
        for cells_ in cells:
            line += 1
            values = {c.key: (cells_[i] if i < len(cells_) else None) for i, c in enumerate(columns)}
            if any(_text(v) for v in values.values()):
                yield line, values

    return fmt, rows()


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


@dataclass(frozen=True, slots=True)
class OfferRow:
    row_no: int
    drug_code: str
    stock_qty: Decimal
    purchase_price: Decimal
    purchase_date: date | None
    as_of: date
    listing_status: str | None
    listing_id: str | None
    listing_price: Decimal | None
    listing_category: str | None = None


def _places(d: Decimal) -> int:
    exp = d.normalize().as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0


@dataclass
class OfferChecker:
    """Checks offer rows one by one (DRUG-18 入库数据校验); remembers codes to catch duplicates within a file/batch.

    `known` maps drug codes in master data to their ids; `today` is the Asia/Shanghai calendar day."""

    known: dict[str, int]
    today: date
    seen: dict[str, int] = field(default_factory=dict)

    def check(self, row_no: int, raw: dict[str, Any]) -> tuple[OfferRow | None, list[RowError]]:
        errors: list[RowError] = []
        titles = {c.key: c.title for c in OFFER_COLUMNS}

        def err(key: str, code: str, message: str) -> None:
            errors.append(RowError(row_no, titles[key], code, message, cell_text(raw.get(key))))

        for c in OFFER_COLUMNS:
            t = cell_text(raw.get(c.key))
            if c.required and not t:
                err(c.key, "MISSING_VALUE", f"「{c.title}」不能为空")
            elif t and len(t) > c.max_len and c.key != "drug_code":
                err(c.key, "VALUE_TOO_LONG", f"「{c.title}」不能超过 {c.max_len} 个字符")
        code = None
        raw_code = cell_text(raw.get("drug_code"))
        if raw_code:
            parts, problems = check_drug_code(raw_code)
            if parts is None:
                err("drug_code", "INVALID_DRUG_CODE", "药品代码格式错误：" + "；".join(p.message for p in problems))
            else:
                code = parts.code
                if code not in self.known:
                    err("drug_code", "DRUG_NOT_FOUND", f"药品代码 {code} 不在药品主数据中")
                elif code in self.seen:
                    err("drug_code", "DUPLICATE_IN_FILE", f"药品代码与第 {self.seen[code]} 行重复")
                else:
                    self.seen[code] = row_no

        def number(key: str, places: int, limit: Decimal, label: str) -> Decimal | None:
            try:
                d = parse_decimal(raw.get(key))
            except ValueError:
                err(key, "INVALID_NUMBER", f"「{label}」不是有效数字")
                return None
            if d is None:
                return None
            if d < 0:
                err(key, "NEGATIVE_VALUE", f"「{label}」不能为负数")
            elif d >= limit:
                err(key, "OUT_OF_RANGE", f"「{label}」超出范围")
            elif _places(d) > places:
                err(key, "TOO_MANY_DECIMALS", f"「{label}」最多 {places} 位小数")
            else:
                return d
            return None

        def day(key: str, label: str) -> date | None:
            try:
                d = parse_date(raw.get(key))
            except ValueError:
                err(key, "INVALID_DATE", f"「{label}」不是有效日期（格式 2026-11-27）")
                return None
            if d is not None and d > self.today:
                err(key, "FUTURE_DATE", f"「{label}」{d.isoformat()} 晚于今天（{self.today.isoformat()}）")
                return None
            return d

        qty = number("stock_qty", 3, QTY_LIMIT, "库存数量")
        price = number("purchase_price", 2, PRICE_LIMIT, "最新采购价格")
        listing_price = number("listing_price", 2, PRICE_LIMIT, "最新挂网价格")
        purchase_date = day("purchase_date", "最新采购日期")
        as_of = day("as_of", "库存日期")
        status_text = cell_text(raw.get("listing_status"))
        status = LISTING_STATUS.get(status_text or "") if status_text else None
        if status_text and status is None:
            err("listing_status", "INVALID_VALUE", "「挂网状态」只能填写 已挂网、未挂网 或 已撤网")
        if errors or code is None or qty is None or price is None or as_of is None:
            return None, errors
        return OfferRow(row_no, code, qty, price, purchase_date, as_of, status,
                        cell_text(raw.get("listing_id")), listing_price, cell_text(raw.get("listing_category"))), []


def content_hash(payload: Any) -> str:
    """A fingerprint of a batch's content, to tell a resend from a different batch under a reused key."""
    return hashlib.sha256(orjson.dumps(payload, default=str, option=orjson.OPT_SORT_KEYS)).hexdigest()


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
