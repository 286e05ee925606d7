"""Who sees which catalog versions and imports (pure; repositories apply it in SQL)."""
from __future__ import annotations

from dataclasses import dataclass

from domain.shared.principal import Principal
from domain.shared.scopes import Scope

CATALOG_WORK_SCOPES = (Scope.CATALOG_WRITE, Scope.CATALOG_REVIEW, Scope.CATALOG_PUBLISH)


@dataclass(frozen=True, slots=True)
class CatalogAccess:
    """Published versions owned in `published_in`; versions in any state owned in `drafts_in`; versions owned in
    `own` (the caller's bureau and below) are the ones the caller's bureau maintains.

    None means "everywhere" (jobs and the system principal).
    """

    published_in: frozenset[str] | None
    drafts_in: frozenset[str] | None
    own: frozenset[str] | None = None

    @classmethod
    def of(cls, who: Principal) -> CatalogAccess:
        if who.area.everything:
            return cls(None, None, None)
        published = who.area.visible_codes if who.has(Scope.CATALOG_READ) else frozenset()
        works = any(who.has(s) for s in CATALOG_WORK_SCOPES)
        return cls(published, who.area.codes if works else frozenset(), who.area.codes)

    def maintains(self, owner: str) -> bool:
        """True when the version's owner bureau is the caller's own (or below): only it changes the version."""
        return self.own is None or owner in self.own

    def sees(self, owner: str, state: str) -> bool:
        if self.drafts_in is None or owner in self.drafts_in:
            return True
        return state == "PUBLISHED" and (self.published_in is None or owner in self.published_in)
