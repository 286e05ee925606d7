"""Read models of the public drug finder: what PublicRepository returns, the same types whichever read path ran
the statement (domain.shared.reads). The hot ones are slotted dataclasses built by position from the select list
(`PublicDrugView(*row)`): a search page builds 20 of them, a nearest-holders list 20 institutions."""
from __future__ import annotations

from dataclasses import dataclass

from domain.drugs.models import PackageInsert
from domain.public.models import TraceScan
from domain.shared.reads import ReadModel, read_model


@dataclass(slots=True)
class PublicDrugView:
    """A drug code's public columns, its dosage form's and manufacturer's names and the 甲/乙 class of the region's
    latest published catalog (None: not in it). Field order = the select list of repository._described."""

    id: int
    code: str
    generic_name: str
    trade_name: str | None
    spec: str | None
    packaging: str | None
    min_pack_unit: str | None
    approval_no: str | None
    type: str
    class_code: str
    generic_initials: str
    form_name: str | None
    manufacturer: str | None
    reimbursement_class: str | None


@dataclass(slots=True)
class PublicInstitutionView:
    """A listed institution's public columns and its distance from the asked position in metres (None: no
    position asked, or the institution has none). Field order = repository._INSTITUTION_COLS + distance."""

    id: int
    code: str
    name: str
    subtype: str
    ownership: str | None
    hospital_level: str | None
    division_code: str
    address: str | None
    public_phone: str | None
    business_hours: str | None
    intro: str | None
    lat: float | None
    lon: float | None
    distance: float | None


@dataclass(slots=True)
class PublicOutletView:
    """A listed institution holding a drug, with the two recency flags (PUB-07/08)."""

    institution: PublicInstitutionView
    purchased: bool
    settled: bool


@read_model(PackageInsert)
class PublicInsertView(ReadModel):
    """A drug's package-insert section; `synthetic` marks demo text that is not a real insert."""


@read_model(TraceScan)
class TraceScanView(ReadModel):
    """One trace scan of an insured person."""
