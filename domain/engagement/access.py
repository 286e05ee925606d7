"""Who sees which public feedback, evaluations and purchase needs (pure; the repository applies it in SQL).

- Officials of every level see the records about institutions (feedback, evaluations) or places (purchase needs)
  in their area (PUB-21, PUB-25, IND-33).
- Institution staff see the feedback and evaluations about their own institution (PUB-22, PUB-23), and no
  purchase needs: those are registered with the bureau.
"""
from __future__ import annotations

from dataclasses import dataclass

from domain.shared.principal import Principal
from domain.shared.scopes import OFFICIAL_ROLES, Role


@dataclass(frozen=True, slots=True)
class EngagementAccess:
    """`divisions` None = every division; `institution` set = only records about that organisation."""

    divisions: frozenset[str] | None
    institution: int | None = None

    @classmethod
    def of(cls, who: Principal) -> EngagementAccess:
        if who.area.everything:
            return cls(None)
        if who.role in OFFICIAL_ROLES:
            return cls(who.area.codes)
        if who.role == Role.INSTITUTION_STAFF and who.org_id is not None:
            return cls(None, who.org_id)
        return cls(frozenset())

    @classmethod
    def bureau(cls, who: Principal) -> EngagementAccess:
        """Records registered with the bureaus (purchase needs, usage): officials' areas only."""
        if who.area.everything:
            return cls(None)
        if who.role in OFFICIAL_ROLES:
            return cls(who.area.codes)
        return cls(frozenset())

    @property
    def area(self) -> frozenset[str] | None:
        return self.divisions


def mask_phone(phone: str | None) -> str | None:
    """138****1234: the first three and last four digits of a mobile number; shorter numbers keep only the last
    two."""
    if not phone:
        return None
    if len(phone) >= 7:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:] if len(phone) > 7 else phone[:3] + "****"
    return "*" * (len(phone) - 2) + phone[-2:]
