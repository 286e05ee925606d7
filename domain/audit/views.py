"""What audit-trail reads return (domain.shared.reads)."""
from __future__ import annotations

from domain.audit.models import AuditEntry
from domain.shared.reads import ReadModel, read_model


@read_model(AuditEntry)
class AuditEntryView(ReadModel):
    """One audit row as read (timelines, the audit log)."""
