"""Who sees which supply entities, stock and warnings (pure; repositories apply it in SQL)."""
from __future__ import annotations

from dataclasses import dataclass

from domain.shared.principal import Principal
from domain.shared.scopes import OFFICIAL_ROLES


@dataclass(frozen=True, slots=True)
class OrgAccess:
    """Officials see organisations located in their area; institution and enterprise staff only their own.

    `divisions` None means every division (jobs, the system); `own` set means exactly that organisation."""

    divisions: frozenset[str] | None
    own: int | None = None

    @classmethod
    def of(cls, who: Principal) -> OrgAccess:
        if who.area.everything:
            return cls(None)
        if who.role in OFFICIAL_ROLES:
            return cls(who.area.codes)
        if who.org_id is not None:
            return cls(None, who.org_id)
        return cls(frozenset())

    def sees(self, org_id: int, division_code: str) -> bool:
        if self.own is not None:
            return org_id == self.own
        return self.divisions is None or division_code in self.divisions


@dataclass(frozen=True, slots=True)
class RuleAccess:
    """Rules owned in `visible` are shown (own area and the bureaus above); only the owner bureau changes them."""

    visible: frozenset[str] | None
    owner: str | None

    @classmethod
    def of(cls, who: Principal) -> RuleAccess:
        if who.area.everything:
            return cls(None, None)
        return cls(who.area.visible_codes, who.division_code)

    def can_write(self, owner_division: str) -> bool:
        return self.owner is None or owner_division == self.owner
