"""Error codes of the claims domain. Codes are only ever added, never renamed.

The settlement feed reports its row errors through the stock report's GraphQL error type (StockReportUserError,
whose codes are SupplyErrorCode), so every code here also exists there (tests/unit/test_claims.py checks it)."""
from __future__ import annotations

from enum import StrEnum

from domain.shared.errors import DomainError, error_codes


@error_codes
class ClaimsErrorCode(StrEnum):
    EMPTY_BATCH = "EMPTY_BATCH"
    DRUG_NOT_FOUND = "DRUG_NOT_FOUND"
    NEGATIVE_QUANTITY = "NEGATIVE_QUANTITY"
    FUTURE_DATE = "FUTURE_DATE"
    DUPLICATE_ROW = "DUPLICATE_ROW"


class ClaimsError(DomainError):
    code = ClaimsErrorCode.VALIDATION_FAILED
