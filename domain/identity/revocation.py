"""Token revocation: a token is honoured only while it carries its account's current token version (the migration
0021 trigger bumps the version on deactivation and on password, role, post or organisation changes)."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from domain.identity.repository import IdentityRepository


class TokenVersions:
    """Accounts' current token versions, remembered `ttl` seconds per process: a revoked token is refused by every
    API process within `ttl` seconds (0: read on every request). One indexed lookup per account per `ttl`."""

    def __init__(self, ttl: float, max_entries: int = 100_000) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._items: dict[int, tuple[float, int | None]] = {}

    async def current(self, reads: Callable[[], Any], user_id: int, at_least: int = 0,
                      now: float | None = None) -> int | None:
        """Returns the account's token version (None: gone or deactivated); `reads` opens a read-only Db. A token
        newer than what is remembered (`at_least`: signed in again after a change) makes it read again."""
        now = time.monotonic() if now is None else now
        hit = self._items.get(user_id)
        if hit is not None and hit[0] > now and hit[1] is not None and hit[1] >= at_least:
            return hit[1]
        db = reads()
        try:
            version = await IdentityRepository(db).token_version(user_id)
        finally:
            await db.close()
        if self.ttl > 0:
            if len(self._items) >= self.max_entries:
                self._items = {k: v for k, v in self._items.items() if v[0] > now}
            self._items[user_id] = (now + self.ttl, version)
        return version
