"""Read models of notifications: what notification reads return, on either read path."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(slots=True)
class NotificationView:
    """A notification with whether the reading account has read it (fields in select order)."""

    id: int
    kind: str
    title: str
    body: str
    entity_type: str | None
    entity_id: str | None
    created_at: datetime
    read: bool

    @classmethod
    def of(cls, row: tuple) -> NotificationView:
        return cls(*row)
