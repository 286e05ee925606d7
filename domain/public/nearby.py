"""The nearest holders of a drug, from candidate sets that PostgreSQL's KNN scan computed for a small map cell and
that each API process keeps until the drug's holders change.

Why: "the nearest places that have drug X" is the public app's heaviest request. Asked of PostgreSQL every time, it
costs a KNN scan (~0.5 ms of PostgreSQL CPU) plus a round trip that wakes a backend (about a fifth of the API's own
CPU per request). But people ask from where they are, and many ask for the same drugs from the same streets.

How, and why it is exact:
- The map is cut into cells of `deg` degrees. For a cell with centre c and radius r (the farthest corner), the KNN
  scan of public_holder from c gives the holders by distance from c; with d_n(c) the distance of the n-th, the
  candidate set is every holder with d(h, c) <= d_n(c) + 2r (plus a metre for rounding).
- For any point p in the cell, the n nearest holders to p are all in that set: each of the n nearest to c is within
  d_n(c) + r of p, so d_n(p) <= d_n(c) + r; a holder h among p's n nearest has d(h, p) <= d_n(p), hence
  d(h, c) <= d(h, p) + r <= d_n(c) + 2r. Ties (equal distances) are inside too, so sorting the candidates by
  (distance, id) gives exactly what the KNN scan from p would give. Distances are great circles on earthdistance's
  sphere, where the triangle inequality holds.
- Where holders are dense the set grows with (1 + 2r / d_n)^2, so a cell whose set would exceed `max_candidates`
  is replaced by its quarter cells (up to `levels` times), each cached on its own.
- Freshness: public_holder's triggers send NOTIFY public_holder with the changed drugs' ids at commit (migration
  0017: stock appearing or running out, an institution moved, unlisted or re-typed, the dates of its last receipt
  or settled sale). `HolderListener` keeps one LISTEN connection per process and drops the drugs' entries when a
  notification arrives; while that connection is down the cache is not used at all (every request reads
  PostgreSQL), and it starts empty again once the connection is back. A set read while a change commits is not
  kept (the drug's generation moved during the read).
- Memory: `max_entries` sets (LRU) of at most `max_candidates` holders, as parallel arrays with the date pairs
  shared within a set; measured ~5.3 KB for a set of 35 holders (the benchmark's average: 30 median, 59 at p90),
  so the default 8192 sets take ~45 MB per process at those sizes. Entries also expire after `ttl` seconds.

The per-request work is a squared chord distance per candidate (the same order as great-circle distance), then
the great-circle distance (`geo.haversine_m`, the figure the SQL path reports too) for the closest few only.
"""
from __future__ import annotations

import asyncio
import heapq
import logging
import math
import time
from array import array
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from domain.public.geo import haversine_m

log = logging.getLogger("zhilian.public.nearby")

CHANNEL = "public_holder"


def unit(lat: float, lon: float) -> tuple[float, float, float]:
    p, l_ = math.radians(lat), math.radians(lon)
    cp = math.cos(p)
    return cp * math.cos(l_), cp * math.sin(l_), math.sin(p)


@dataclass(frozen=True, slots=True)
class Cell:
    level: int
    i: int
    j: int
    deg: float

    @property
    def center(self) -> tuple[float, float]:
        return (self.i + 0.5) * self.deg, (self.j + 0.5) * self.deg

    @property
    def radius_m(self) -> float:
        """The farthest point of the cell from its centre (a corner; for cells of a few km the sides bulge by far
        less than the metre added below)."""
        lat, lon = self.center
        lo_lat, hi_lat = max(self.i * self.deg, -90.0), min((self.i + 1) * self.deg, 90.0)
        lo_lon, hi_lon = self.j * self.deg, (self.j + 1) * self.deg
        return max(haversine_m(lat, lon, a, b) for a in (lo_lat, hi_lat) for b in (lo_lon, hi_lon)) + 1.0


def cell_at(lat: float, lon: float, deg: float, level: int) -> Cell:
    return Cell(level, math.floor(lat / deg), math.floor(lon / deg), deg)


@dataclass(frozen=True, slots=True)
class Candidates:
    """Holders that include the n nearest to every point of one cell, as parallel arrays (~56 bytes a holder)."""
    ids: array[int]
    lat: array[float]
    lon: array[float]
    x: array[float]  # unit vectors, for the squared chord distance
    y: array[float]
    z: array[float]
    extra: tuple[tuple[Any, ...], ...]  # what else the rows carried (the recency dates), shared between holders


def select_candidates(rows: list[Any], cell: Cell, n: int, fetched: int) -> Candidates | None:
    """The candidate set from the `fetched`-row KNN scan from the cell's centre (rows: id, lat, lon, *extra), or
    None when the scan stopped too early to know it (every row fetched is within the bound: ask for more)."""
    clat, clon = cell.center
    dist = [haversine_m(clat, clon, r[1], r[2]) for r in rows]
    if len(rows) < fetched:  # every holder there is
        picked = list(rows)
    else:
        bound = sorted(dist)[n - 1] + 2 * cell.radius_m + 1.0 if len(rows) >= n else math.inf
        if max(dist) <= bound:
            return None
        picked = [r for r, d in zip(rows, dist, strict=True) if d <= bound]
    shared: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # a few hundred distinct date pairs among thousands
    xyz = [unit(r[1], r[2]) for r in picked]
    return Candidates(ids=array("q", (r[0] for r in picked)), lat=array("d", (r[1] for r in picked)),
                      lon=array("d", (r[2] for r in picked)), x=array("d", (v[0] for v in xyz)),
                      y=array("d", (v[1] for v in xyz)), z=array("d", (v[2] for v in xyz)),
                      extra=tuple(shared.setdefault(tuple(r[3:]), tuple(r[3:])) for r in picked))


def nearest(c: Candidates, lat: float, lon: float, n: int) -> list[tuple[int, float]]:
    """(index into c, distance in metres) of the n nearest candidates to (lat, lon), by (distance, id)."""
    px, py, pz = unit(lat, lon)
    chord = [(x - px) * (x - px) + (y - py) * (y - py) + (z - pz) * (z - pz) for x, y, z in zip(c.x, c.y, c.z, strict=True)]
    if len(chord) > n:
        # the n-th smallest squared chord, with room for rounding: everything that can tie with it is kept
        limit = heapq.nsmallest(n, chord)[-1] * (1 + 1e-9) + 1e-18
        near = [k for k, v in enumerate(chord) if v <= limit]
    else:
        near = range(len(chord))
    ids, lats, lons = c.ids, c.lat, c.lon
    out = sorted(((k, haversine_m(lat, lon, lats[k], lons[k])) for k in near), key=lambda kd: (kd[1], ids[kd[0]]))
    return out[:n]


class NearbyCache:
    """Candidate sets per (drug, criteria, cell), valid while the LISTEN connection is up (see the module text)."""

    def __init__(self, max_entries: int = 8192, ttl: float = 600.0, deg: float = 0.02, levels: int = 4,
                 max_candidates: int = 400) -> None:
        self.max_entries = max_entries
        self.ttl = ttl
        self.deg = deg
        self.levels = levels
        self.max_candidates = max_candidates
        self.live = False  # set by HolderListener while it is listening
        self._items: OrderedDict[Hashable, tuple[float, int, int, Any]] = OrderedDict()  # Candidates | None, or a count
        self._generation: dict[Any, int] = {}
        self._epoch = 0
        self.hits = self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.live and self.max_entries > 0 and self.ttl > 0

    def invalidate(self, drug_ids: Iterable[Any] | None) -> None:
        """Forget the sets of these drugs (None: of every drug)."""
        if drug_ids is None:
            self._epoch += 1
            self._generation.clear()
            self._items.clear()
            return
        for d in drug_ids:
            self._generation[d] = self._generation.get(d, 0) + 1

    def _token(self, drug_id: Any) -> tuple[int, int]:
        return self._epoch, self._generation.get(drug_id, 0)

    async def holders(self, drug_id: Any, criteria: Hashable, lat: float, lon: float, n: int,
                      fetch: Callable[[float, float, int], Awaitable[list[Any]]]) -> list[tuple[Any, ...]] | None:
        """The n nearest holders as rows (id, lat, lon, *extra, distance) sorted by (distance, id), or None when
        the cache cannot answer (not listening, or no bound found): the caller then runs the KNN scan itself.
        `fetch(lat, lon, k)` is that KNN scan from a point, k rows (id, lat, lon, *extra)."""
        if not self.enabled:
            return None
        for level in range(self.levels):
            cell = cell_at(lat, lon, self.deg / (2 ** level), level)
            key = (drug_id, criteria, n, level, cell.i, cell.j)
            epoch, generation = self._token(drug_id)
            found = self._items.get(key)
            now = time.monotonic()
            if found is not None and found[0] > now and found[1] == epoch and found[2] == generation:
                self._items.move_to_end(key)
                self.hits += 1
                c = found[3]
            else:
                self.misses += 1
                c = await self._load(cell, n, fetch)
                if self._token(drug_id) == (epoch, generation) and self.enabled:  # nothing changed meanwhile
                    self._items[key] = (now + self.ttl, epoch, generation, c)
                    self._items.move_to_end(key)
                    while len(self._items) > self.max_entries:
                        self._items.popitem(last=False)
            if c is not None:
                return [(c.ids[k], c.lat[k], c.lon[k], *c.extra[k], d) for k, d in nearest(c, lat, lon, n)]
            # None: too many candidates here, try the quarter cell
        return None

    async def count(self, drug_id: Any, criteria: Hashable, load: Callable[[], Awaitable[int]]) -> int:
        """How many hold the drug within `criteria`, kept beside the candidate sets and dropped with them by the same
        notification, so the count and the list always come from the same state of the holders (a new holder or a
        sell-out shows in both at once). Not listening: `load()` every time, as the list then reads PostgreSQL too."""
        if not self.enabled:
            return await load()
        key = ("count", drug_id, criteria)
        epoch, generation = self._token(drug_id)
        found = self._items.get(key)
        now = time.monotonic()
        if found is not None and found[0] > now and found[1] == epoch and found[2] == generation:
            self._items.move_to_end(key)
            return int(found[3])
        n = await load()
        if self._token(drug_id) == (epoch, generation) and self.enabled:  # nothing changed meanwhile
            self._items[key] = (now + self.ttl, epoch, generation, n)
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)
        return n

    async def _load(self, cell: Cell, n: int, fetch: Callable[[float, float, int], Awaitable[list[Any]]]
                    ) -> Candidates | None:
        """The cell's candidate set, or None when it would hold more than max_candidates (use smaller cells)."""
        k = min(max(4 * n, 64), self.max_candidates)
        while True:
            rows = await fetch(*cell.center, k)
            found = select_candidates(rows, cell, n, k)
            if found is not None:
                return found if len(found.ids) <= self.max_candidates else None
            if k >= self.max_candidates:  # more than max_candidates would be needed
                return None
            k = min(4 * k, self.max_candidates)


class HolderListener:
    """One LISTEN public_holder connection per process; marks the cache live while it listens, drops the drugs'
    sets on each notification, and reconnects (with the cache off meanwhile) when the connection is lost."""

    def __init__(self, dsn: str, cache: NearbyCache, retry_seconds: float = 2.0, check_seconds: float = 30.0) -> None:
        self.dsn = dsn.replace("postgresql+asyncpg://", "postgresql://")
        self.cache = cache
        self.retry_seconds = retry_seconds
        self.check_seconds = check_seconds
        self._conn: Any = None
        self._task: asyncio.Task[None] | None = None
        self._lost = asyncio.Event()
        self._closing = False

    async def start(self) -> None:
        if self.cache.max_entries <= 0 or self.cache.ttl <= 0:
            return
        try:
            await self._connect()
        except Exception:  # noqa: BLE001 - served from PostgreSQL until the listener is up
            log.warning("LISTEN %s failed; nearest holders read from PostgreSQL until it works", CHANNEL, exc_info=True)
            self._lost.set()
        self._task = asyncio.get_running_loop().create_task(self._keep())

    async def _connect(self) -> None:
        import asyncpg

        conn = await asyncpg.connect(self.dsn, server_settings={"application_name": "zhilian-listen"})
        conn.add_termination_listener(self._on_lost)
        await conn.add_listener(CHANNEL, self._on_notify)
        self._conn = conn
        self._lost.clear()
        self.cache.invalidate(None)  # whatever happened while not listening
        self.cache.live = True

    def _on_notify(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        if payload == "*":
            self.cache.invalidate(None)
            return
        try:
            self.cache.invalidate(int(x) for x in payload.split(","))
        except ValueError:
            self.cache.invalidate(None)

    def _on_lost(self, _conn: Any) -> None:
        self.cache.live = False
        self.cache.invalidate(None)
        self._lost.set()

    async def _keep(self) -> None:
        while not self._closing:
            try:  # a connection that hangs without closing would deliver nothing: ask it now and then
                await asyncio.wait_for(self._lost.wait(), self.check_seconds)
            except asyncio.TimeoutError:
                try:
                    await self._conn.fetchval("SELECT 1", timeout=5)
                    continue
                except Exception:  # noqa: BLE001
                    log.warning("LISTEN %s connection unresponsive; reconnecting", CHANNEL)
            if self._closing:
                return
            self.cache.live = False
            old, self._conn = self._conn, None
            if old is not None:
                old.terminate()
            await asyncio.sleep(self.retry_seconds)
            try:
                await self._connect()
            except Exception:  # noqa: BLE001
                log.warning("LISTEN %s reconnect failed; retrying", CHANNEL, exc_info=True)

    async def close(self) -> None:
        self._closing = True
        self.cache.live = False
        self._lost.set()
        if self._task is not None:
            await self._task
        if self._conn is not None:
            await self._conn.close()
            self._conn = None
