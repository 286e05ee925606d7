"""Per-request loaders of users and organisations."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from resolvers.common.loaders import BatchLoader

from domain.identity.repository import IdentityRepository
from resolvers.common.loaders import DomainLoaders


class IdentityLoaders(DomainLoaders):
    @cached_property
    def _identity(self) -> IdentityRepository:
        return IdentityRepository(self.ctx.db)

    @cached_property
    def user(self) -> BatchLoader[int, Any]:
        return BatchLoader(self._identity.users_by_ids)

    @cached_property
    def organisation(self) -> BatchLoader[int, Any]:
        return BatchLoader(self._identity.organisations_by_ids)
