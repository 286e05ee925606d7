"""The batch loader every domain's loaders use: one repository batch method, values aligned to the keys."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

from aiodataloader import DataLoader

K = TypeVar("K")
V = TypeVar("V")


class BatchLoader(DataLoader, Generic[K, V]):  # type: ignore[type-arg]
    """A dataloader over one repository batch method returning values aligned to the keys."""

    def __init__(self, fn: Callable[[list[K]], Awaitable[Sequence[V]]]) -> None:
        super().__init__()
        self.fn = fn

    async def batch_load_fn(self, keys: list[K]) -> Sequence[V]:  # type: ignore[override]
        return await self.fn(keys)


class DomainLoaders:
    """Base of each domain's loader mixin: `ctx` is the request context (its Db, principal and tree)."""

    ctx: Any
