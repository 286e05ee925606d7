"""Read models of the inquiry workflow: what inquiry reads return, on either read path."""
from __future__ import annotations

from dataclasses import dataclass

from domain.inquiry.models import InquiryEvidence, InquiryTask
from domain.shared.reads import ReadModel, read_model


@read_model(InquiryTask)
class InquiryTaskView(ReadModel):
    """An inquiry task as read: its mapped columns as fields (table order)."""


@read_model(InquiryEvidence)
class InquiryEvidenceView(ReadModel):
    """An evidence file's metadata (the content is deferred, so left out)."""


@dataclass(slots=True)
class EvidenceFile:
    """An evidence file as handed to the browser."""

    file_name: str
    media_type: str
    sha256: str
    content: bytes


@dataclass(slots=True)
class SubjectNames:
    """Names that make up new tasks' titles, by id."""

    rules: dict[int, str]
    drugs: dict[int, str]
    organisations: dict[int, str]
