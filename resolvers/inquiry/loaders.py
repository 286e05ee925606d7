"""Per-request loaders of inquiry tasks' history, evidence, warnings and rules."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from resolvers.common.loaders import BatchLoader

from domain.audit.repository import AuditRepository
from domain.inquiry.models import CREATE_ACTION, INQUIRY_WORKFLOW
from domain.inquiry.repository import InquiryRepository
from domain.inquiry.service import TASK
from domain.supply.access import OrgAccess, RuleAccess
from domain.supply.warning_rules import WarningRuleRepository
from domain.supply.warnings import WarningRepository
from resolvers.common.loaders import DomainLoaders


class InquiryLoaders(DomainLoaders):
    # the task is already visible to the caller: these load what belongs to it
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
        return BatchLoader(lambda ids: repo.get_many(OrgAccess(None), ids))

    @cached_property
    def inquiry_rule(self) -> BatchLoader[int, Any]:
        repo = WarningRuleRepository(self.ctx.db)
        return BatchLoader(lambda ids: repo.rules_by_ids(RuleAccess(None, None), ids))
