"""A small per-process cache for the public app's master-data reads (drug search pages, suggestions, categories,
drug details, and the public face of an institution: name, address, phone, hours): the heaviest traffic of the
platform asks the same few hundred names over and over, and the answers (drug master data, the published catalog's
甲/乙 class, an institution's public information) change rarely. Entries live `ttl` seconds (60 by default,
PUBLIC_CACHE_SECONDS; 0 turns the cache off), so a catalog publication or a correction is visible to the public within
a minute on every API process without any cross-process invalidation. Nothing that depends on stock, position or the
caller is cached here: which institutions hold a drug, where they are, how far and the recency flags are read on
every request; only the names and addresses shown beside them come from here."""
from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any


class TTLCache:
    def __init__(self, ttl: float, max_entries: int = 65536) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    async def get_or_load(self, key: Hashable, load: Callable[[], Awaitable[Any]]) -> Any:
        if self.ttl <= 0:
            return await load()
        now = time.monotonic()
        found = self._items.get(key)
        if found is not None and found[0] > now:
            self._items.move_to_end(key)
            self.hits += 1
            return found[1]
        self.misses += 1
        value = await load()
        self._items[key] = (now + self.ttl, value)
        self._items.move_to_end(key)
        while len(self._items) > self.max_entries:
            self._items.popitem(last=False)
        return value

    async def get_many(self, namespace: str, keys: list[Hashable],
                       load: Callable[[list[Hashable]], Awaitable[dict[Hashable, Any]]]) -> dict[Hashable, Any]:
        """Values for many keys at once; the missing ones come from one `load(missing)` call (a dict, which may
        leave out keys that have no value: those are not cached)."""
        if self.ttl <= 0:
            return await load(keys)
        now = time.monotonic()
        found: dict[Hashable, Any] = {}
        missing: list[Hashable] = []
        items = self._items
        for key in keys:
            entry = items.get((namespace, key))
            if entry is not None and entry[0] > now:
                found[key] = entry[1]
            else:
                missing.append(key)
        self.hits += len(found)
        if missing:
            self.misses += len(missing)
            loaded = await load(missing)
            expires = now + self.ttl
            for key, value in loaded.items():
                items[(namespace, key)] = (expires, value)
            found.update(loaded)
            while len(items) > self.max_entries:
                items.popitem(last=False)
        return found

    def clear(self) -> None:
        self._items.clear()
