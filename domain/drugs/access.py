"""Who sees and changes which business tags (pure; repositories apply it in SQL)."""
from __future__ import annotations

from dataclasses import dataclass

from domain.shared.principal import Principal
from domain.shared.scopes import Scope


@dataclass(frozen=True, slots=True)
class TagAccess:
    """Tags owned in `visible` are shown; tags owned in `writable` may be changed and assigned."""

    visible: frozenset[str] | None
    writable: frozenset[str] | None

    @classmethod
    def of(cls, who: Principal) -> TagAccess:
        if who.area.everything:
            return cls(None, None)
        return cls(who.area.visible_codes, who.area.codes if who.has(Scope.TAGS_WRITE) else frozenset())

    def can_write(self, owner: str) -> bool:
        return self.writable is None or owner in self.writable
