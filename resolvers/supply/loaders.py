"""Per-request loaders of supply entities, warnings and rules."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from domain.audit.repository import AuditRepository
from domain.supply.access import OrgAccess, RuleAccess
from domain.supply.models import WARNING_WORKFLOW
from domain.supply.organisations import OrganisationRepository
from domain.supply.warning_rules import WarningRuleRepository
from domain.supply.warnings import WARNING
from resolvers.common.loaders import BatchLoader, DomainLoaders


class SupplyLoaders(DomainLoaders):
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
        repo, access = WarningRuleRepository(self.ctx.db), RuleAccess.of(self.ctx.principal)
        return BatchLoader(lambda ids: repo.rules_by_ids(access, ids))
