"""Error codes of drug master data and tags. Codes are only ever added, never renamed."""
from __future__ import annotations

from enum import StrEnum

from domain.shared.errors import DomainError, error_codes


@error_codes
class TagErrorCode(StrEnum):
    DUPLICATE_TAG = "DUPLICATE_TAG"
    NOT_OWNER = "NOT_OWNER"
    ALLOWED_VALUES_REQUIRED = "ALLOWED_VALUES_REQUIRED"
    TAG_VALUE_IN_USE = "TAG_VALUE_IN_USE"
    WRONG_TARGET = "WRONG_TARGET"
    TARGET_NOT_FOUND = "TARGET_NOT_FOUND"
    INVALID_TAG_VALUE = "INVALID_TAG_VALUE"


@error_codes
class DrugErrorCode(StrEnum):
    INVALID_DRUG_CODE = "INVALID_DRUG_CODE"
    NOTHING_TO_CHANGE = "NOTHING_TO_CHANGE"
    EXPORT_TOO_LARGE = "EXPORT_TOO_LARGE"


class TagError(DomainError):
    code = TagErrorCode.VALIDATION_FAILED


class DrugError(DomainError):
    code = DrugErrorCode.VALIDATION_FAILED
