"""The batch loader every domain's loaders use: one repository batch method, values aligned to the keys."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar, cast

from aiodataloader import DataLoader

K = TypeVar("K")
V = TypeVar("V")
R = TypeVar("R")

NOT_READY: Any = object()  # BatchLoader.ready: no completed load of the key (yet)


class BatchLoader(DataLoader, Generic[K, V]):  # type: ignore[type-arg]
    """A dataloader over one repository batch method returning values aligned to the keys."""

    def __init__(self, fn: Callable[[list[K]], Awaitable[Sequence[V]]]) -> None:
        super().__init__()
        self.fn = fn

    async def batch_load_fn(self, keys: list[K]) -> Sequence[V]:  # type: ignore[override]
        return await self.fn(keys)

    def ready(self, key: K) -> V:
        """The value of a completed load of `key` (say, a page's loads made up front), else NOT_READY."""
        future = self._cache.get(key)
        if future is None or not future.done() or future.cancelled() or future.exception() is not None:
            return cast(V, NOT_READY)
        return cast(V, future.result())


def now_or_later(loader: BatchLoader[K, V], key: K, make: Callable[[V], R]) -> R | Awaitable[R]:
    """`make(value)` at once when the loader already holds `key`'s value, else an awaitable of it. A field resolver
    returning this completes without a coroutine when its page's values were loaded up front (graphql-core takes a
    value or an awaitable from any resolver); the value is the loader's either way."""
    value = loader.ready(key)
    if value is not NOT_READY:
        return make(value)

    async def later() -> R:
        return make(await loader.load(key))

    return later()


class DomainLoaders:
    """Base of each domain's loader mixin: `ctx` is the request context (its Db, principal and tree)."""

    ctx: Any
