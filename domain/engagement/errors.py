"""Error codes of public engagement (feedback, evaluations, purchase needs, notices, public information).
Codes are only ever added, never renamed."""
from __future__ import annotations

from enum import StrEnum

from domain.shared.errors import DomainError, error_codes


@error_codes
class EngagementErrorCode(StrEnum):
    ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION"
    UNKNOWN_TRANSITION = "UNKNOWN_TRANSITION"
    SEPARATION_OF_DUTIES = "SEPARATION_OF_DUTIES"
    OPINION_REQUIRED = "OPINION_REQUIRED"
    UNKNOWN_INSTITUTION = "UNKNOWN_INSTITUTION"
    UNKNOWN_DRUG = "UNKNOWN_DRUG"
    UNKNOWN_DIVISION = "UNKNOWN_DIVISION"
    OUT_OF_AREA = "OUT_OF_AREA"
    WRONG_LEVEL = "WRONG_LEVEL"
    ALREADY_RATED_TODAY = "ALREADY_RATED_TODAY"
    STARS_OUT_OF_RANGE = "STARS_OUT_OF_RANGE"
    COORDINATES_OUT_OF_RANGE = "COORDINATES_OUT_OF_RANGE"
    INVALID_PHONE = "INVALID_PHONE"
    NOT_AN_INSTITUTION = "NOT_AN_INSTITUTION"
    RANGE_TOO_LONG = "RANGE_TOO_LONG"
    RANGE_INVALID = "RANGE_INVALID"


class EngagementError(DomainError):
    code = EngagementErrorCode.VALIDATION_FAILED
