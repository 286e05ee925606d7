"""Inputs of the public engagement use cases, as the resolvers hand them over."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ReportProblem:
    institution_code: str
    problem_type: str
    description: str | None = None
    drug_code: str | None = None
    client_key: str | None = None


@dataclass(frozen=True)
class RateInstitution:
    institution_code: str
    stars: int
    comment: str | None = None
    client_key: str | None = None


@dataclass(frozen=True)
class RegisterNeed:
    drug_name: str
    drug_code: str | None = None
    spec: str | None = None
    manufacturer: str | None = None
    quantity: Decimal | None = None
    division_code: str | None = None
    note: str | None = None
    contact_phone: str | None = None
    client_key: str | None = None


UNSET = object()  # a patch field left out


@dataclass(frozen=True)
class PublicInfoPatch:
    """Only the fields given are changed; None clears a text field."""

    public_phone: object = UNSET
    business_hours: object = UNSET
    intro: object = UNSET
    location: object = UNSET         # (lat, lon, datum) or None to clear
    public_listed: object = UNSET


@dataclass(frozen=True)
class SetNotice:
    division_code: str
    data_calibre: str
    risk_reminder: str
