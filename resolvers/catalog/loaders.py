"""Per-request loaders of catalog versions, entries and imports."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from resolvers.common.loaders import BatchLoader

from domain.audit.repository import AuditRepository
from domain.catalog.access import CatalogAccess
from domain.catalog.repository import CatalogRepository, ImportRepository
from domain.catalog.service import TIMELINE_ACTIONS, VERSION
from resolvers.common.loaders import DomainLoaders


class CatalogLoaders(DomainLoaders):
    @cached_property
    def _catalog(self) -> CatalogRepository:
        return CatalogRepository(self.ctx.db)

    @cached_property
    def _catalog_access(self) -> CatalogAccess:
        return CatalogAccess.of(self.ctx.principal)

    @cached_property
    def catalog_version(self) -> BatchLoader[int, Any]:
        return BatchLoader(lambda ids: self._catalog.get_many(self._catalog_access, ids))

    @cached_property
    def entries_by_drug(self) -> BatchLoader[int, list[Any]]:
        return BatchLoader(lambda ids: self._catalog.entries_by_drug_ids(self._catalog_access, ids))

    @cached_property
    def latest_entry_by_drug(self) -> BatchLoader[int, Any]:
        return BatchLoader(lambda ids: self._catalog.latest_published_entries(self._catalog_access, ids))

    @cached_property
    def import_by_version(self) -> BatchLoader[int, Any]:
        return BatchLoader(ImportRepository(self.ctx.db).by_version_ids)

    @cached_property
    def version_history(self) -> BatchLoader[int, list[Any]]:
        audit = AuditRepository(self.ctx.db)
        return BatchLoader(lambda ids: audit.list_for_entities(VERSION, [str(i) for i in ids], TIMELINE_ACTIONS))
