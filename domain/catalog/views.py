"""What catalog reads return (domain.shared.reads): versions, entries, imports and their row errors."""
from __future__ import annotations

from dataclasses import dataclass

from domain.catalog.models import CatalogEntry, CatalogImport, CatalogImportError, CatalogState, CatalogVersion
from domain.shared.reads import ReadModel, read_model


@read_model(CatalogVersion)
class CatalogVersionView(ReadModel):
    """A catalog version as read."""

    @property
    def editable(self) -> bool:
        return self.state == CatalogState.DRAFT  # type: ignore[attr-defined]


@read_model(CatalogEntry)
class CatalogEntryView(ReadModel):
    """A catalog entry (one drug code in one version) as read."""


@read_model(CatalogImport)
class CatalogImportView(ReadModel):
    """An import job as read (without the file's bytes)."""


@read_model(CatalogImportError)
class CatalogImportErrorView(ReadModel):
    """One error of one row of an imported file."""


@dataclass(frozen=True, slots=True)
class EntryGroupCount:
    """A version's entries of one drug type, class group letter and 甲/乙 class."""

    drug_type: str
    group: str
    reimbursement_class: str
    count: int
