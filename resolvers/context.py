"""The per-request context: who is calling, a lazily opened read session, loaders, and a unit-of-work factory."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import strawberry

from domain.divisions.models import DivisionTree
from domain.shared.config import Settings
from domain.shared.db import Database
from domain.shared.outbox import JobQueue
from domain.shared.principal import Principal
from domain.shared.uow import UnitOfWork


@dataclass
class AppState:
    """Process-wide resources, created once by the API's lifespan."""

    settings: Settings
    database: Database
    tree: DivisionTree
    queue: JobQueue | None = None
    usage: Any = None       # domain.public.usage.UsageRecorder (API processes)
    persisted: Any = None   # api.persisted.PersistedDocuments: the public app's allow-list
    public_cache: Any = None  # domain.public.cache.TTLCache: the public app's master-data answers
    nearby: Any = None  # domain.public.nearby.NearbyCache: nearest-holders candidate sets (NOTIFY-invalidated)
    listener: Any = None  # domain.public.nearby.HolderListener behind `nearby`
    token_versions: Any = None  # domain.identity.revocation.TokenVersions: revoked tokens are refused (api.auth)


@dataclass
class Context:
    principal: Principal
    app: AppState
    request: Any = None
    response: Any = None
    # True when the operation came by documentId from the allow-list (api.persisted): public-app fields
    # refuse anonymous and insured callers otherwise (schema.permissions.PublicApp).
    persisted: bool = False
    # "MP_WEIXIN" / "H5" / … from the X-Client header of public apps (usage statistics, PUB-27).
    channel: str | None = None
    _db: Any = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        return self.app.settings

    @property
    def tree(self) -> DivisionTree:
        return self.app.tree

    @property
    def db(self) -> Any:
        """The request's read-only Db (domain.shared.reads; opened on first use, closed by the view): a PoolDb over
        the asyncpg reader pool in the API, a SessionDb on an autocommit session where no reader pool is open."""
        if self._db is None:
            self._db = self.app.database.reads()
        return self._db

    @cached_property
    def loaders(self) -> Any:
        from resolvers.loaders import Loaders

        return Loaders(self)

    @cached_property
    def fields(self) -> Any:
        """Field helpers for types whose fields take arguments and query data (resolvers/<d>/fields.py)."""
        from resolvers.fields import Fields

        return Fields(self)

    def uow(self) -> UnitOfWork:
        """A new unit of work (its own transaction) acting as the caller."""
        return UnitOfWork(self.app.database.write_sessions, self.principal, self.app.queue)

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None


Info = strawberry.Info[Context, None]
