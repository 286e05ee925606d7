"""Stock reports (进销存) as pure rules: row checks and how a row becomes movements and a stock level."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.drugs.codes import InvalidDrugCode, normalise_code, parse_drug_code
from domain.shared.errors import DomainError
from domain.supply.commands import StockRow
from domain.supply.errors import SupplyErrorCode as C
from domain.supply.models import MovementKind

QTY_LIMIT = Decimal("1000000000")  # NUMERIC(18,3) holds 15 integer digits; a day's row never nears this
AMOUNT_LIMIT = Decimal("10000000000000000")  # NUMERIC(18,2) holds 16 integer digits


def row_error(i: int, field: str, code: str, message: str) -> DomainError:
    """A per-row error; `details.row` is the 0-based row index, the field path names it too."""
    return DomainError(f"第 {i + 1} 行：{message}", code=code, field=["rows", str(i), field], details={"row": i})


def amount_errors(i: int, amount: Decimal, sold: Decimal) -> list[DomainError]:
    """A sales amount is money: NUMERIC(18,2), not negative, and only with a sold quantity."""
    if not amount.is_finite():
        return [row_error(i, "salesAmount", C.INVALID_VALUE, "销售金额不是有效数字")]
    if amount < 0:
        return [row_error(i, "salesAmount", C.NEGATIVE_QUANTITY, "销售金额不能为负数")]
    if amount >= AMOUNT_LIMIT or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        return [row_error(i, "salesAmount", C.OUT_OF_RANGE, "销售金额超出范围（最多 2 位小数）")]
    if amount > 0 and sold <= 0:
        return [row_error(i, "salesAmount", C.INVALID_VALUE, "没有销售数量时不能有销售金额")]
    return []


def check_rows(rows: list[StockRow], today: date, known: dict[str, int], in_transit_allowed: bool) -> list[DomainError]:
    """Returns every problem of every row (empty when the whole batch may be imported)."""
    errors: list[DomainError] = []
    seen: dict[tuple[str, date], int] = {}
    for i, r in enumerate(rows):
        code = normalise_code(r.drug_code)
        try:
            parse_drug_code(code)
        except InvalidDrugCode as e:
            errors.append(row_error(i, "drugCode", C.INVALID_DRUG_CODE, e.message))
        else:
            if code not in known:
                errors.append(row_error(i, "drugCode", C.DRUG_NOT_FOUND, f"药品代码 {code} 不在药品主数据中"))
        if r.business_date > today:
            errors.append(row_error(i, "businessDate", C.FUTURE_DATE,
                                    f"业务日期 {r.business_date.isoformat()} 晚于今天（{today.isoformat()}）"))
        for field, value, label in (("receivedQty", r.received_qty, "进货数量"), ("soldQty", r.sold_qty, "销售数量"),
                                    ("onHandQty", r.on_hand_qty, "库存数量"), ("inTransitQty", r.in_transit_qty, "在途数量")):
            if value is None:
                continue
            if not value.is_finite():
                errors.append(row_error(i, field, C.INVALID_VALUE, f"{label}不是有效数字"))
            elif value < 0:
                errors.append(row_error(i, field, C.NEGATIVE_QUANTITY, f"{label}不能为负数"))
            elif value >= QTY_LIMIT or value.as_tuple().exponent < -3:  # type: ignore[operator]
                errors.append(row_error(i, field, C.OUT_OF_RANGE, f"{label}超出范围（最多 3 位小数）"))
        if r.sales_amount is not None:
            errors += amount_errors(i, r.sales_amount, r.sold_qty)
        if r.in_transit_qty is not None and not in_transit_allowed:
            errors.append(row_error(i, "inTransitQty", C.IN_TRANSIT_NOT_ALLOWED, "只有配送企业报告在途数量"))
        key = (code, r.business_date)
        if key in seen:
            errors.append(row_error(i, "drugCode", C.DUPLICATE_ROW,
                                    f"与第 {seen[key] + 1} 行重复（同一药品代码、同一业务日期）"))
        else:
            seen[key] = i
    return errors


def content_hash(rows: list[StockRow]) -> str:
    """A fingerprint of a batch's rows, to tell a resend from a different batch under a reused key."""
    h = hashlib.sha256()
    for r in rows:
        h.update("|".join(str(x) for x in (normalise_code(r.drug_code), r.business_date.isoformat(),
                                           r.received_qty.normalize(), r.sold_qty.normalize(),
                                           r.on_hand_qty.normalize(),
                                           "" if r.in_transit_qty is None else r.in_transit_qty.normalize())).encode())
        if r.sales_amount is not None:  # only then: batches reported before amounts existed keep their hash
            h.update(f"|{r.sales_amount.normalize()}".encode())
        h.update(b"\n")
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Level:
    on_hand: Decimal
    in_transit: Decimal | None
    as_of: date


def movements_and_levels(rows: list[tuple[int, StockRow]], previous: dict[int, Level]
                         ) -> tuple[list[tuple[int, date, MovementKind, Decimal]], dict[int, Level],
                                    list[tuple[int, date, Decimal | None, Decimal]]]:
    """Turns checked rows (drug id, row) into movements, the new latest level per drug, and the stock steps.

    Receipts and sales are recorded as reported. When a row is the newest for its code, the reported on-hand
    becomes the level; the difference from the running balance (previous on-hand + received − sold) is recorded
    as an ADJUSTMENT so that movements and levels reconcile, and the level's step (drug, day, on-hand before —
    None when the code had no level —, on-hand after) is returned for the daily rollup. Rows older than the
    current level (late reports) add their receipts and sales but do not move the level back in time."""
    moves: list[tuple[int, date, MovementKind, Decimal]] = []
    steps: list[tuple[int, date, Decimal | None, Decimal]] = []
    levels = dict(previous)
    for drug_id, r in sorted(rows, key=lambda x: (x[0], x[1].business_date)):
        if r.received_qty > 0:
            moves.append((drug_id, r.business_date, MovementKind.RECEIPT, r.received_qty))
        if r.sold_qty > 0:
            moves.append((drug_id, r.business_date, MovementKind.SALE, r.sold_qty))
        before = levels.get(drug_id)
        if before is not None and r.business_date < before.as_of:
            continue
        if before is not None:
            diff = r.on_hand_qty - (before.on_hand + r.received_qty - r.sold_qty)
            if diff != 0:
                moves.append((drug_id, r.business_date, MovementKind.ADJUSTMENT, diff))
        steps.append((drug_id, r.business_date, None if before is None else before.on_hand, r.on_hand_qty))
        levels[drug_id] = Level(r.on_hand_qty, r.in_transit_qty, r.business_date)
    changed = {k: v for k, v in levels.items() if previous.get(k) != v}
    return moves, changed, steps
