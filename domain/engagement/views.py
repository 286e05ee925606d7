"""Read models of public engagement: what its repositories (and its services, after a write) return, the same
types whichever read path ran the statement (domain.shared.reads)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from collections.abc import Iterator
from typing import Any, TypeVar

from domain.engagement.models import InstitutionRating, PublicFeedback, PublicNotice, PurchaseNeed
from domain.shared.reads import ReadModel, read_model

V = TypeVar("V")


@read_model(PublicFeedback)
class FeedbackView(ReadModel):
    """A feedback as read: its mapped columns as fields."""


@read_model(InstitutionRating)
class RatingView(ReadModel):
    """An evaluation as read."""


@read_model(PurchaseNeed)
class NeedView(ReadModel):
    """A purchase need as read (the contact phone unmasked: the schema masks it for officials)."""


@read_model(PublicNotice)
class NoticeView(ReadModel):
    """A division's configured notice wording."""


def from_entity(view: type[V], entity: Any) -> V:
    """The read model of an entity a unit of work wrote (its mapped columns, loaded after the flush)."""
    return view(*(getattr(entity, c.key) for c in view.columns))  # type: ignore[attr-defined]


@dataclass(slots=True)
class InstitutionRef:
    """A designated institution (hospital or pharmacy) as feedback and evaluations name it."""

    id: int
    code: str
    name: str
    division_code: str


@dataclass(slots=True)
class InstitutionPublicInfoView:
    """An institution's public-facing information (PUB-24), coordinates in WGS-84."""

    code: str
    name: str
    address: str | None
    public_phone: str | None
    business_hours: str | None
    intro: str | None
    public_listed: bool
    lat: float | None
    lon: float | None
    updated_at: datetime | None


@dataclass(slots=True)
class NeedGroup:
    """Purchase needs of one group (IND-33): registrations, distinct people, quantity, analysed."""

    key: str
    n: int
    people: int
    qty: Decimal | None
    analysed: int


# --- usage, disclosure and trace figures (built by position; they unpack like the tuples they replace) ---------

class Figures:
    """Unpacks into its fields in order (`for d, kind, n in daily`)."""

    __slots__ = ()

    def __iter__(self) -> Iterator[Any]:
        return (getattr(self, k) for k in self.__slots__)  # type: ignore[attr-defined]


@dataclass(slots=True)
class DayKindCount(Figures):
    d: date
    kind: str
    n: int


@dataclass(slots=True)
class DayResultCount(Figures):
    d: date
    result: str
    n: int


@dataclass(slots=True)
class DayCount(Figures):
    d: date
    n: int


@dataclass(slots=True)
class KeywordCount(Figures):
    kw: str
    n: int


@dataclass(slots=True)
class DrugCount(Figures):
    drug_code_id: int
    n: int


@dataclass(slots=True)
class PublishingCount(Figures):
    """Listed institutions with a drug on sale in one prefecture ('*': the total)."""

    pref: str
    institutions: int
    hospitals: int
    pharmacies: int
