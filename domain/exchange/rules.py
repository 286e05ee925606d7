"""Rules of enterprise data exchange, pure: checking offer rows (DRUG-18) from a file or a batch alike, checking a
delivery batch (SUP-09), and fingerprinting a batch's content. Callers pass in which codes exist and what today is."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import orjson

from domain.drugs.codes import check_drug_code, normalise_code
from domain.shared.sheets import RowError
from domain.exchange.commands import ReportDeliveries
from domain.exchange.errors import ExchangeErrorCode as C
from domain.exchange.files import LISTING_STATUS, OFFER_COLUMNS, cell_text, parse_date, parse_decimal
from domain.exchange.models import DeliveryStatus
from domain.exchange.views import OrgView
from domain.identity.models import OrgSubtype
from domain.shared.errors import DomainError

QTY_LIMIT = Decimal("1000000000")          # NUMERIC(18,3): a stock quantity never nears this
PRICE_LIMIT = Decimal("10000000000")       # NUMERIC(18,2): 10 billion yuan per unit is a typing error
_INSTITUTION_RE = re.compile(r"^[HP]\d{11}$")


def row_error(key: str, i: int, field: str, code: str, message: str) -> DomainError:
    """An error of row `i` (from 0) of a batch's list `key`, naming the row from 1 for people."""
    return DomainError(f"第 {i + 1} 行：{message}", code=code, field=[key, str(i), field], details={"row": i})


@dataclass(frozen=True, slots=True)
class OfferRow:
    """An offer row that passed every check, ready to store."""

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


def offer_values(r: OfferRow, drug_id: int, **source: Any) -> dict[str, Any]:
    """The stored columns of a checked offer row (ExchangeRepository.upsert_offers), with where it came from."""
    return {"drug_code_id": drug_id, "stock_qty": r.stock_qty, "purchase_price": r.purchase_price,
            "purchase_date": r.purchase_date, "listing_status": r.listing_status, "listing_id": r.listing_id,
            "listing_price": r.listing_price, "listing_category": r.listing_category, "as_of": r.as_of, **source}


def check_deliveries(cmd: ReportDeliveries, today: date, known: dict[str, int],
                     institutions: dict[str, OrgView]) -> list[DomainError]:
    """Every problem of a delivery batch's rows at once (SUP-09): `known` maps drug codes in master data to their ids,
    `institutions` institution codes to the organisations found."""
    errors: list[DomainError] = []

    def err(key: str, i: int, field: str, code: str, message: str) -> None:
        errors.append(row_error(key, i, field, code, message))

    def drug(key: str, i: int, raw: str) -> None:
        code = normalise_code(raw)
        if code not in known:
            err(key, i, "drugCode", C.DRUG_NOT_FOUND, f"药品代码 {code} 不在药品主数据中")

    def qty(key: str, i: int, field: str, v: Decimal, label: str) -> bool:
        if not v.is_finite() or v < 0:
            err(key, i, field, C.NEGATIVE_QUANTITY, f"{label}不能为负数")
        elif v >= QTY_LIMIT or (v.as_tuple().exponent or 0) < -3:  # type: ignore[operator]
            err(key, i, field, C.OUT_OF_RANGE, f"{label}超出范围（最多 3 位小数）")
        else:
            return True
        return False

    def future(key: str, i: int, field: str, d: date | None, label: str) -> None:
        if d is not None and d > today:
            err(key, i, field, C.FUTURE_DATE, f"{label} {d.isoformat()} 晚于今天（{today.isoformat()}）")

    seen: dict[tuple[str, str], int] = {}
    for i, o in enumerate(cmd.orders):
        inst = o.institution_code.strip().upper()
        if not _INSTITUTION_RE.match(inst):
            err("orders", i, "institutionCode", C.INVALID_INSTITUTION_CODE,
                "订货机构编码应为 H/P + 6 位区划 + 5 位顺序号（如 H45012400011）")
        elif inst not in institutions or institutions[inst].subtype not in (OrgSubtype.HOSPITAL, OrgSubtype.PHARMACY):
            err("orders", i, "institutionCode", C.INSTITUTION_NOT_FOUND, f"定点医药机构 {inst} 不存在")
        drug("orders", i, o.drug_code)
        ok = qty("orders", i, "orderedQty", o.ordered_qty, "订货数量")
        if ok and o.ordered_qty == 0:
            err("orders", i, "orderedQty", C.OUT_OF_RANGE, "订货数量必须大于 0")
        if qty("orders", i, "deliveredQty", o.delivered_qty, "已配送数量") and ok and o.delivered_qty > o.ordered_qty:
            err("orders", i, "deliveredQty", C.OVER_DELIVERED, "已配送数量不能大于订货数量")
        future("orders", i, "orderDate", o.order_date, "订单日期")
        future("orders", i, "deliveredDate", o.delivered_date, "送达日期")
        if o.due_date is not None and o.due_date < o.order_date:
            err("orders", i, "dueDate", C.DATE_ORDER, "要求送达日期不能早于订单日期")
        if o.delivered_date is not None and o.delivered_date < o.order_date:
            err("orders", i, "deliveredDate", C.DATE_ORDER, "送达日期不能早于订单日期")
        if o.status == DeliveryStatus.DELIVERED and o.delivered_date is None:
            err("orders", i, "deliveredDate", C.DELIVERY_DATE_REQUIRED, "已送达的订单须填写送达日期")
        key = (o.order_no, normalise_code(o.drug_code))
        if key in seen:
            err("orders", i, "orderNo", C.DUPLICATE_ROW, f"与第 {seen[key] + 1} 行重复（同一订单号、同一药品代码）")
        else:
            seen[key] = i
    seen_t: dict[str, int] = {}
    for i, t in enumerate(cmd.in_transit):
        drug("inTransit", i, t.drug_code)
        qty("inTransit", i, "quantity", t.quantity, "在途数量")
        future("inTransit", i, "asOf", t.as_of, "在途日期")
        code = normalise_code(t.drug_code)
        if code in seen_t:
            err("inTransit", i, "drugCode", C.DUPLICATE_ROW, f"与第 {seen_t[code] + 1} 行重复（同一药品代码）")
        else:
            seen_t[code] = i
    return errors
