"""Error codes of the catalog (versions, entries, imports). Codes are only ever added, never renamed."""
from __future__ import annotations

from enum import StrEnum

from domain.shared.errors import DomainError, error_codes


@error_codes
class CatalogErrorCode(StrEnum):
    DUPLICATE_VERSION = "DUPLICATE_VERSION"
    NOT_EDITABLE = "NOT_EDITABLE"
    NOT_OWNER = "NOT_OWNER"
    EMPTY_VERSION = "EMPTY_VERSION"
    DRUG_NOT_FOUND = "DRUG_NOT_FOUND"
    INVALID_DRUG_CODE = "INVALID_DRUG_CODE"
    DUPLICATE_ENTRY = "DUPLICATE_ENTRY"
    ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION"
    UNKNOWN_TRANSITION = "UNKNOWN_TRANSITION"
    SEPARATION_OF_DUTIES = "SEPARATION_OF_DUTIES"
    OPINION_REQUIRED = "OPINION_REQUIRED"
    EMPTY_FILE = "EMPTY_FILE"
    FILE_TOO_LARGE = "FILE_TOO_LARGE"
    UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT"
    UNREADABLE_FILE = "UNREADABLE_FILE"
    MISSING_COLUMN = "MISSING_COLUMN"
    TOO_MANY_ROWS = "TOO_MANY_ROWS"
    IMPORT_NOT_RETRYABLE = "IMPORT_NOT_RETRYABLE"
    NOTHING_TO_CHANGE = "NOTHING_TO_CHANGE"


class CatalogError(DomainError):
    code = CatalogErrorCode.VALIDATION_FAILED
