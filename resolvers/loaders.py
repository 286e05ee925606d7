"""Per-request dataloaders. Each is created on first use, so a small query builds only what it needs."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from functools import cached_property
from typing import Any, Generic, TypeVar

from aiodataloader import DataLoader

from domain.audit.repository import AuditRepository
from domain.drugs.access import CatalogAccess, TagAccess
from domain.drugs.repository import CatalogRepository, DrugRepository
from domain.drugs.service import TIMELINE_ACTIONS, VERSION
from domain.engagement.models import FEEDBACK_SUBMIT, FEEDBACK_WORKFLOW
from domain.engagement.service import FEEDBACK
from domain.identity.repository import IdentityRepository
from domain.inquiry.models import CREATE_ACTION, INQUIRY_WORKFLOW
from domain.inquiry.repository import InquiryRepository
from domain.inquiry.service import TASK
from domain.supply.access import OrgAccess, RuleAccess
from domain.supply.models import WARNING_WORKFLOW
from domain.supply.repository import OrganisationRepository, WarningRepository
from domain.supply.service import WARNING

K = TypeVar("K")
V = TypeVar("V")


class BatchLoader(DataLoader, Generic[K, V]):  # type: ignore[type-arg]
    """A dataloader over one repository batch method returning values aligned to the keys."""

    def __init__(self, fn: Callable[[list[K]], Awaitable[Sequence[V]]]) -> None:
        super().__init__()
        self.fn = fn

    async def batch_load_fn(self, keys: list[K]) -> Sequence[V]:  # type: ignore[override]
        return await self.fn(keys)


class Loaders:
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx

    @cached_property
    def _drugs(self) -> DrugRepository:
        return DrugRepository(self.ctx.db)

    @cached_property
    def _catalog(self) -> CatalogRepository:
        return CatalogRepository(self.ctx.db)

    @cached_property
    def _identity(self) -> IdentityRepository:
        return IdentityRepository(self.ctx.db)

    @cached_property
    def _catalog_access(self) -> CatalogAccess:
        return CatalogAccess.of(self.ctx.principal)

    @cached_property
    def _tag_access(self) -> TagAccess:
        return TagAccess.of(self.ctx.principal)

    # drugs
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
        return BatchLoader(lambda ids: self._drugs.tags_by_ids(self._tag_access, ids))

    @cached_property
    def drug_tags(self) -> BatchLoader[int, list[Any]]:
        return BatchLoader(lambda ids: self._drugs.drug_tag_values(self._tag_access, ids))

    @cached_property
    def variety_tags(self) -> BatchLoader[int, list[Any]]:
        return BatchLoader(lambda ids: self._drugs.variety_tag_values(self._tag_access, ids))

    # catalogs
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
        return BatchLoader(self._catalog.import_by_version_ids)

    @cached_property
    def version_history(self) -> BatchLoader[int, list[Any]]:
        audit = AuditRepository(self.ctx.db)
        return BatchLoader(lambda ids: audit.list_for_entities(VERSION, [str(i) for i in ids], TIMELINE_ACTIONS))

    # identity
    @cached_property
    def user(self) -> BatchLoader[int, Any]:
        return BatchLoader(self._identity.users_by_ids)

    @cached_property
    def organisation(self) -> BatchLoader[int, Any]:
        return BatchLoader(self._identity.organisations_by_ids)

    # public engagement (the feedback is already visible to the caller: this loads its history)
    @cached_property
    def feedback_history(self) -> BatchLoader[int, list[Any]]:
        audit = AuditRepository(self.ctx.db)
        actions = (FEEDBACK_SUBMIT, *FEEDBACK_WORKFLOW.actions)
        return BatchLoader(lambda ids: audit.list_for_entities(FEEDBACK, [str(i) for i in ids], actions))

    # supply
    @cached_property
    def supply_organisation(self) -> BatchLoader[int, Any]:
        repo, access = OrganisationRepository(self.ctx.db), OrgAccess.of(self.ctx.principal)
        return BatchLoader(lambda ids: repo.get_many(access, ids))

    @cached_property
    def warning_history(self) -> BatchLoader[int, list[Any]]:
        audit = AuditRepository(self.ctx.db)
        return BatchLoader(lambda ids: audit.list_for_entities(WARNING, [str(i) for i in ids], WARNING_WORKFLOW.actions))

    @cached_property
    def warning_rule(self) -> BatchLoader[int, Any]:
        repo, access = WarningRepository(self.ctx.db), RuleAccess.of(self.ctx.principal)
        return BatchLoader(lambda ids: repo.rules_by_ids(access, ids))

    # inquiries (the task is already visible to the caller: these load what belongs to it)
    @cached_property
    def inquiry_history(self) -> BatchLoader[int, list[Any]]:
        audit = AuditRepository(self.ctx.db)
        actions = (CREATE_ACTION, *INQUIRY_WORKFLOW.actions)
        return BatchLoader(lambda ids: audit.list_for_entities(TASK, [str(i) for i in ids], actions))

    @cached_property
    def inquiry_evidence(self) -> BatchLoader[int, list[Any]]:
        return BatchLoader(InquiryRepository(self.ctx.db).evidence_for_tasks)

    @cached_property
    def inquiry_warning(self) -> BatchLoader[int, Any]:
        repo = WarningRepository(self.ctx.db)
        return BatchLoader(lambda ids: repo.get_many(None, ids))

    @cached_property
    def inquiry_rule(self) -> BatchLoader[int, Any]:
        repo = WarningRepository(self.ctx.db)
        return BatchLoader(lambda ids: repo.rules_by_ids(RuleAccess(None, None), ids))

    # public app
    @cached_property
    def institution_rating(self) -> BatchLoader[int, Any]:
        """(average stars, count) per institution, None without evaluations (PUB-23 on the public pages)."""
        from domain.engagement.repository import rating_summary

        async def load(ids: list[int]) -> list[Any]:
            found = await rating_summary(self.ctx.db, ids)
            return [found.get(i) for i in ids]

        return BatchLoader(load)
