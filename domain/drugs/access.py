"""Who sees which catalog versions and tags (pure; repositories apply it in SQL)."""
from __future__ import annotations

from dataclasses import dataclass

from domain.shared.principal import Principal
from domain.shared.scopes import Scope

CATALOG_WORK_SCOPES = (Scope.CATALOG_WRITE, Scope.CATALOG_REVIEW, Scope.CATALOG_PUBLISH)


@dataclass(frozen=True, slots=True)
class CatalogAccess:
    """Published versions owned in `published_in`; versions in any state owned in `drafts_in`.

    None means "everywhere" (jobs and the system principal).
    """

    published_in: frozenset[str] | None
    drafts_in: frozenset[str] | None

    @classmethod
    def of(cls, who: Principal) -> CatalogAccess:
        if who.area.everything:
            return cls(None, None)
        published = who.area.visible_codes if who.has(Scope.CATALOG_READ) else frozenset()
        works = any(who.has(s) for s in CATALOG_WORK_SCOPES)
        return cls(published, who.area.codes if works else frozenset())

    def sees(self, owner: str, state: str) -> bool:
        if self.drafts_in is None or owner in self.drafts_in:
            return True
        return state == "PUBLISHED" and (self.published_in is None or owner in self.published_in)


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
