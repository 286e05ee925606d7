"""Loading insurance-settled sales (医保结算明细) from the settlement system (PUB-08). All rows or none; a line already
loaded (same institution, settlement number and drug) is skipped, so resending a batch changes nothing."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.claims.errors import ClaimsError
from domain.claims.errors import ClaimsErrorCode as C
from domain.claims.repository import ClaimsRepository
from domain.drugs.codes import normalise_code
from domain.drugs.repository import DrugRepository
from domain.shared.config import shanghai_today
from domain.shared.errors import DomainError, Forbidden, ValidationFailed
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply.stock import AMOUNT_LIMIT, QTY_LIMIT, row_error

MAX_ROWS = 5000


@dataclass(frozen=True, slots=True)
class SettledLine:
    settlement_no: str
    drug_code: str
    settled_on: date
    quantity: Decimal
    amount: Decimal
    fund_amount: Decimal


@dataclass(frozen=True, slots=True)
class LoadResult:
    loaded: int
    duplicates: int


def _money_ok(v: Decimal) -> bool:
    return v.is_finite() and v >= 0 and v < AMOUNT_LIMIT and v.as_tuple().exponent >= -2  # type: ignore[operator]


def check_lines(lines: list[SettledLine], known: dict[str, int], today: date) -> list[DomainError]:
    """Returns every problem of every line (empty when the whole batch may be loaded)."""
    errors: list[DomainError] = []
    seen: set[tuple[str, str]] = set()
    for i, r in enumerate(lines):
        code = normalise_code(r.drug_code)
        if not r.settlement_no.strip() or len(r.settlement_no) > 64:
            errors.append(row_error(i, "settlementNo", C.REQUIRED, "结算流水号为必填，最多 64 位"))
        if code not in known:
            errors.append(row_error(i, "drugCode", C.DRUG_NOT_FOUND, f"药品代码 {r.drug_code} 不在药品基础信息中"))
        if r.settled_on > today:
            errors.append(row_error(i, "settledOn", C.FUTURE_DATE, "结算日期不能晚于今天"))
        if not r.quantity.is_finite() or r.quantity <= 0 or r.quantity >= QTY_LIMIT:
            errors.append(row_error(i, "quantity", C.NEGATIVE_QUANTITY, "结算数量应为正数"))
        for name, v in (("amount", r.amount), ("fundAmount", r.fund_amount)):
            if not _money_ok(v):
                errors.append(row_error(i, name, C.OUT_OF_RANGE, "金额应为不小于 0、最多 2 位小数的数"))
        if _money_ok(r.amount) and _money_ok(r.fund_amount) and r.fund_amount > r.amount:
            errors.append(row_error(i, "fundAmount", C.INVALID_VALUE, "统筹基金支付不能大于总金额"))
        key = (r.settlement_no.strip(), code)
        if key in seen:
            errors.append(row_error(i, "settlementNo", C.DUPLICATE_ROW, "同一结算流水号的同一药品在批次中重复"))
        seen.add(key)
    return errors


class SettlementService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def load(self, institution_code: str, lines: list[SettledLine], today: date | None = None) -> LoadResult:
        """Loads one institution's batch of settled sales (the settlement system's interface account or a region
        official holding the settlement-interface post), for institutions in the caller's area only."""
        who = self.uow.who
        if Scope.SETTLEMENT_LOAD not in who.scopes:
            raise Forbidden("只有医保结算数据接口可以报送结算明细", code=C.FORBIDDEN)
        if not lines:
            raise ClaimsError("批次中没有明细行", code=C.EMPTY_BATCH, field=["rows"])
        if len(lines) > MAX_ROWS:
            raise ClaimsError(f"一批最多 {MAX_ROWS} 行", code=C.TOO_MANY_VALUES, field=["rows"])
        today = today or shanghai_today()
        async with self.uow as uow:
            repo = uow.repo(ClaimsRepository)
            org = await repo.institution((institution_code or "").strip().upper())
            if org is None:
                raise ClaimsError(f"定点医药机构 {institution_code} 不存在", code=C.NOT_FOUND,
                                  field=["institutionCode"])
            # Interface accounts too: a region's settlement system loads its own region's institutions only.
            if not who.area.covers(org.division_code):
                raise Forbidden("该机构不在本辖区", code=C.FORBIDDEN, field=["institutionCode"])
            known = await uow.repo(DrugRepository).existing_codes(sorted({normalise_code(r.drug_code) for r in lines}))
            errors = check_lines(lines, known, today)
            if errors:
                raise ValidationFailed(errors)
            rows = [{"organisation_id": org.id, "drug_code_id": known[normalise_code(r.drug_code)],
                     "settlement_no": r.settlement_no.strip(), "settled_on": r.settled_on, "quantity": r.quantity,
                     "amount": r.amount, "fund_amount": r.fund_amount} for r in lines]
            loaded = await repo.add_sales(rows)
            uow.record("settlement.load", "Organisation", org.id, label=org.code, division_code=org.division_code,
                       after={"rows": len(rows), "loaded": loaded, "duplicates": len(rows) - loaded})
            await uow.commit()
        return LoadResult(loaded=loaded, duplicates=len(rows) - loaded)
