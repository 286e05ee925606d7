"""Per-request loaders of drug master data and tags."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from resolvers.common.loaders import BatchLoader

from domain.drugs.access import TagAccess
from domain.drugs.repository import DrugRepository
from domain.drugs.tags import TagRepository
from domain.drugs.trace_products import TraceProductRepository
from resolvers.common.loaders import DomainLoaders


class DrugLoaders(DomainLoaders):
    @cached_property
    def _drugs(self) -> DrugRepository:
        return DrugRepository(self.ctx.db)

    @cached_property
    def _tags(self) -> TagRepository:
        return TagRepository(self.ctx.db)

    @cached_property
    def _tag_access(self) -> TagAccess:
        return TagAccess.of(self.ctx.principal)

    @cached_property
    def drug(self) -> BatchLoader[int, Any]:
        return BatchLoader(self._drugs.get_many)

    @cached_property
    def variety(self) -> BatchLoader[int, Any]:
        return BatchLoader(self._drugs.varieties)

    @cached_property
    def manufacturer(self) -> BatchLoader[int, Any]:
        return BatchLoader(self._drugs.manufacturers)

    @cached_property
    def dosage_form(self) -> BatchLoader[str, Any]:
        async def load(codes: list[str]) -> list[Any]:
            rows = {x.code: x for x in await self._drugs.forms(codes)}
            return [rows.get(c) for c in codes]
        return BatchLoader(load)

    @cached_property
    def drug_class(self) -> BatchLoader[tuple[str, str], Any]:
        return BatchLoader(self._drugs.classes_by_keys)

    @cached_property
    def package_insert(self) -> BatchLoader[int, Any]:
        return BatchLoader(self._drugs.package_inserts)

    @cached_property
    def variety_drug_count(self) -> BatchLoader[int, int]:
        return BatchLoader(self._drugs.count_by_variety)

    @cached_property
    def drugs_by_variety(self) -> BatchLoader[tuple[int, int], list[Any]]:
        async def load(keys: list[tuple[int, int]]) -> list[list[Any]]:
            out: dict[tuple[int, int], list[Any]] = {}
            for first in {k[1] for k in keys}:
                ids = [k[0] for k in keys if k[1] == first]
                for vid, rows in zip(ids, await self._drugs.list_by_variety_ids(ids, first), strict=True):
                    out[(vid, first)] = rows
            return [out[k] for k in keys]
        return BatchLoader(load)

    # tags
    @cached_property
    def tag(self) -> BatchLoader[int, Any]:
        return BatchLoader(lambda ids: self._tags.tags_by_ids(self._tag_access, ids))

    @cached_property
    def drug_tags(self) -> BatchLoader[int, list[Any]]:
        return BatchLoader(lambda ids: self._tags.drug_values(self._tag_access, ids))

    @cached_property
    def variety_tags(self) -> BatchLoader[int, list[Any]]:
        return BatchLoader(lambda ids: self._tags.variety_values(self._tag_access, ids))

    @cached_property
    def trace_products_by_drug(self) -> BatchLoader[int, list[Any]]:
        return BatchLoader(TraceProductRepository(self.ctx.db).by_drug_ids)
