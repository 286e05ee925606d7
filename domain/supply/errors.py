"""Error codes of the supply domain. Codes are only ever added, never renamed."""
from __future__ import annotations

from enum import StrEnum

from domain.shared.errors import DomainError, Forbidden, error_codes
from domain.shared.principal import Principal
from domain.shared.scopes import Scope


@error_codes
class SupplyErrorCode(StrEnum):
    NOTHING_TO_CHANGE = "NOTHING_TO_CHANGE"
    INVALID_CREDIT_CODE = "INVALID_CREDIT_CODE"
    DUPLICATE_CREDIT_CODE = "DUPLICATE_CREDIT_CODE"
    INVALID_INSTITUTION_CODE = "INVALID_INSTITUTION_CODE"
    UNKNOWN_DIVISION = "UNKNOWN_DIVISION"
    NOT_SUPPLY_ENTITY = "NOT_SUPPLY_ENTITY"
    # stock reports
    EMPTY_BATCH = "EMPTY_BATCH"
    INVALID_DRUG_CODE = "INVALID_DRUG_CODE"
    DRUG_NOT_FOUND = "DRUG_NOT_FOUND"
    NEGATIVE_QUANTITY = "NEGATIVE_QUANTITY"
    FUTURE_DATE = "FUTURE_DATE"
    DUPLICATE_ROW = "DUPLICATE_ROW"
    BATCH_KEY_REUSED = "BATCH_KEY_REUSED"
    IN_TRANSIT_NOT_ALLOWED = "IN_TRANSIT_NOT_ALLOWED"
    # warning rules and warnings
    DUPLICATE_RULE_NAME = "DUPLICATE_RULE_NAME"
    NOT_OWNER = "NOT_OWNER"
    ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION"
    UNKNOWN_TRANSITION = "UNKNOWN_TRANSITION"
    SEPARATION_OF_DUTIES = "SEPARATION_OF_DUTIES"
    OPINION_REQUIRED = "OPINION_REQUIRED"


class SupplyError(DomainError):
    code = SupplyErrorCode.VALIDATION_FAILED


def require(who: Principal, scope: Scope) -> None:
    """Refuses a caller without `scope` (FORBIDDEN)."""
    if not who.has(scope):
        raise Forbidden("您没有此操作的权限", code=SupplyErrorCode.FORBIDDEN)
