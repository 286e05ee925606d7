"""Who reads which notifications (pure; the repository applies it in SQL): a notification is addressed to an
organisation, so every account of it sees it; whether it has been read is kept per account."""
from __future__ import annotations

from dataclasses import dataclass

from domain.shared.principal import Principal


@dataclass(frozen=True, slots=True)
class NotificationAccess:
    org_id: int
    user_id: int

    @classmethod
    def of(cls, who: Principal) -> NotificationAccess | None:
        """None for callers without an account in an organisation (insured persons, the system): they have none."""
        if who.org_id is None or who.user_id is None:
            return None
        return cls(who.org_id, who.user_id)
