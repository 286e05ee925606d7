"""Per-client request limits for public-app callers (anonymous: by IP; insured persons: by person).

A token bucket per client in this process: `limit` requests per minute, refilled continuously, so short bursts
pass and a sustained flood is cut to the rate. With N API processes a client gets at most N× the limit; the
figure is per process by design (no shared-state round trip on the hottest path)."""
from __future__ import annotations

import ipaddress
import math
import time
from collections.abc import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def trusted_networks(entries: Iterable[str]) -> tuple[Network, ...]:
    """Parses TRUSTED_PROXIES (addresses or CIDRs); a malformed entry stops start-up (ValueError names it)."""
    out = []
    for entry in entries:
        try:
            out.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError as exc:
            raise ValueError(f"TRUSTED_PROXIES: {entry!r} is not an IP address or CIDR") from exc
    return tuple(out)


def _trusted(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in n for n in networks)


def client_address(peer: str | None, forwarded_for: list[str], networks: tuple[Network, ...]) -> str | None:
    """The client a request counts against: the direct peer, unless the peer is a configured proxy; then the
    right-most X-Forwarded-For address that is not a configured proxy (addresses left of it were written by the
    client and prove nothing). `forwarded_for` holds every X-Forwarded-For header's value, in order."""
    if peer is None or not _trusted(peer, networks):
        return peer
    hops = [h.strip() for value in forwarded_for for h in value.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            return hop
    return hops[0] if hops else peer


class RateLimiter:
    def __init__(self, per_minute: int, max_clients: int = 100_000) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.max_clients = max_clients
        self._buckets: dict[str, tuple[float, float]] = {}

    @property
    def enabled(self) -> bool:
        return self.capacity > 0

    def check(self, key: str, now: float | None = None) -> int | None:
        """Takes one request from `key`'s bucket; returns None when allowed, else seconds to wait."""
        if not self.enabled:
            return None
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.get(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate))
        if len(self._buckets) >= self.max_clients and key not in self._buckets:
            self._prune(now)
        self._buckets[key] = (tokens - 1.0, now)
        return None

    def _prune(self, now: float) -> None:
        """Forgets clients whose bucket has refilled (they are indistinguishable from new ones)."""
        full = self.capacity / self.rate if self.rate else 0
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full}
