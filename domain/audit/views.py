"""Read models of the audit trail: what audit reads return, on either read path."""
from __future__ import annotations

from domain.audit.models import AuditEntry
from domain.shared.reads import ReadModel, read_model


@read_model(AuditEntry)
class AuditEntryView(ReadModel):
    """An audit row as read: its mapped columns as fields (table order)."""
