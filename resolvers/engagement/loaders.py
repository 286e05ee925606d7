"""Per-request loaders of public engagement (feedback history, institutions' ratings)."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from domain.audit.repository import AuditRepository
from domain.engagement.models import FEEDBACK_SUBMIT, FEEDBACK_WORKFLOW
from domain.engagement.repository import RatingRepository
from domain.engagement.service import FEEDBACK
from resolvers.common.loaders import BatchLoader, DomainLoaders


class EngagementLoaders(DomainLoaders):
    # the feedback is already visible to the caller: this loads its history
    @cached_property
    def feedback_history(self) -> BatchLoader[int, list[Any]]:
        audit = AuditRepository(self.ctx.db)
        actions = (FEEDBACK_SUBMIT, *FEEDBACK_WORKFLOW.actions)
        return BatchLoader(lambda ids: audit.list_for_entities(FEEDBACK, [str(i) for i in ids], actions))

    @cached_property
    def institution_rating(self) -> BatchLoader[int, Any]:
        """(average stars, count) per institution, None without evaluations (PUB-23 on the public pages)."""
        repo = RatingRepository(self.ctx.db)

        async def load(ids: list[int]) -> list[Any]:
            found = await repo.summary(ids)
            return [found.get(i) for i in ids]

        return BatchLoader(load)
