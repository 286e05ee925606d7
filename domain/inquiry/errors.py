"""Error codes of the inquiry workflow. Codes are only ever added, never renamed."""
from __future__ import annotations

from enum import StrEnum

from domain.shared.errors import DomainError, error_codes


@error_codes
class InquiryErrorCode(StrEnum):
    ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION"
    UNKNOWN_TRANSITION = "UNKNOWN_TRANSITION"
    SEPARATION_OF_DUTIES = "SEPARATION_OF_DUTIES"
    OPINION_REQUIRED = "OPINION_REQUIRED"
    # which bureau or entity may take a step
    WRONG_LEVEL = "WRONG_LEVEL"
    NOT_HANDLING_BUREAU = "NOT_HANDLING_BUREAU"
    NOT_ADDRESSEE = "NOT_ADDRESSEE"
    # creating tasks from warnings
    WARNING_CLOSED = "WARNING_CLOSED"
    ALREADY_IN_INQUIRY = "ALREADY_IN_INQUIRY"
    # dispatch
    RESPONDENT_REQUIRED = "RESPONDENT_REQUIRED"
    RESPONDENT_OUT_OF_AREA = "RESPONDENT_OUT_OF_AREA"
    DUE_DATE_IN_PAST = "DUE_DATE_IN_PAST"
    # evidence
    TOO_MANY_FILES = "TOO_MANY_FILES"
    EMPTY_FILE = "EMPTY_FILE"
    FILE_TOO_LARGE = "FILE_TOO_LARGE"
    FILE_TYPE_NOT_ALLOWED = "FILE_TYPE_NOT_ALLOWED"


class InquiryError(DomainError):
    code = InquiryErrorCode.VALIDATION_FAILED
