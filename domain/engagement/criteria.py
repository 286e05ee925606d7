"""What the lists and statistics of public engagement are filtered and grouped by (the GraphQL enums of the two
group-bys are these enums: schema/engagement/enums.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


@dataclass(frozen=True)
class FeedbackCriteria:
    states: tuple[str, ...] = ()
    problem_types: tuple[str, ...] = ()
    division_codes: frozenset[str] | None = None
    institution_id: int | None = None
    created_from: datetime | None = None   # inclusive
    created_until: datetime | None = None  # exclusive


class FeedbackGroupBy(StrEnum):
    STATE = "STATE"
    PROBLEM_TYPE = "PROBLEM_TYPE"
    DIVISION = "DIVISION"


@dataclass(frozen=True)
class NeedCriteria:
    states: tuple[str, ...] = ()
    division_codes: frozenset[str] | None = None
    drug_name: str | None = None
    date_from: date | None = None
    date_to: date | None = None


class NeedGroupBy(StrEnum):
    DRUG_NAME = "DRUG_NAME"
    DIVISION = "DIVISION"
    MONTH = "MONTH"
