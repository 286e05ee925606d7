"""Who reads which audit rows (pure; the repository applies it in SQL): an official reads the rows whose division
lies in their area; jobs and the system read every row."""
from __future__ import annotations

from dataclasses import dataclass

from domain.shared.principal import Principal


@dataclass(frozen=True, slots=True)
class AuditAccess:
    """`divisions` None = every row; otherwise rows whose division_code is one of these."""

    divisions: frozenset[str] | None

    @classmethod
    def of(cls, who: Principal) -> AuditAccess:
        return cls(None if who.area.everything else who.area.codes)
