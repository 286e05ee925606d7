"""Datum conversions, the rate limiter and the persisted-document manifest, without the server."""
from __future__ import annotations

import hashlib
import json

import pytest

from api.persisted import PersistedDocuments
from api.ratelimit import RateLimiter
from domain.public.geo import (BadCoordinates, Datum, check, gcj02_to_wgs84, haversine_m, to_wgs84,
                               wgs84_to_gcj02)
from domain.shared.config import Settings


def test_wgs84_to_gcj02_matches_the_published_offset():
    # Tiananmen: WGS-84 39.908692, 116.397477 is GCJ-02 39.910096, 116.403719 on Chinese maps (≈ 550 m east)
    lat, lon = wgs84_to_gcj02(39.908692, 116.397477)
    assert abs(lat - 39.910096) < 2e-5 and abs(lon - 116.403719) < 2e-5


@pytest.mark.parametrize("point", [(43.80, 87.60), (39.47, 75.99), (22.54, 114.06), (31.23, 121.47)])
def test_gcj02_round_trip_is_exact_to_millimetres(point):
    back = gcj02_to_wgs84(*wgs84_to_gcj02(*point))
    assert haversine_m(*back, *point) < 0.005


def test_no_offset_outside_china():
    assert wgs84_to_gcj02(48.85, 2.35) == (48.85, 2.35)
    assert to_wgs84(48.85, 2.35, Datum.GCJ02) == (48.85, 2.35)


@pytest.mark.parametrize("lat,lon", [(90.1, 0), (-91, 0), (0, 180.5), (float("nan"), 0)])
def test_points_off_the_earth_are_refused(lat, lon):
    with pytest.raises(BadCoordinates):
        check(lat, lon)


def test_haversine_on_earthdistance_sphere():
    # one degree of latitude on a 6378168 m sphere
    assert abs(haversine_m(0, 0, 1, 0) - 111320.03) < 0.01  # earth_distance(ll_to_earth(0,0), ll_to_earth(1,0))


def test_rate_limiter_allows_bursts_then_refills():
    rl = RateLimiter(per_minute=6)
    assert [rl.check("a", now=0.0) for _ in range(6)] == [None] * 6
    wait = rl.check("a", now=0.0)
    assert wait == 10  # one token per 10 s
    assert rl.check("b", now=0.0) is None  # clients are independent
    assert rl.check("a", now=10.0) is None and rl.check("a", now=10.0) is not None


def test_rate_limiter_off_and_pruned():
    assert RateLimiter(0).check("x") is None
    rl = RateLimiter(60, max_clients=3)
    for i in range(3):
        rl.check(f"c{i}", now=0.0)
    rl.check("late", now=1000.0)  # the three have refilled and are forgotten
    assert set(rl._buckets) == {"late"}


def test_manifest_entries_must_match_their_hash(tmp_path):
    good = "query A { publicDrugCategories { code } }"
    path = tmp_path / "m.json"
    path.write_text(json.dumps({hashlib.sha256(good.encode()).hexdigest(): good, "0" * 64: "query Evil { me { username } }"}))
    docs = PersistedDocuments.load(Settings(persisted_documents=(str(path),)))
    h = hashlib.sha256(good.encode()).hexdigest()
    assert docs.resolve({"documentId": h}) == (good, True)
    assert docs.resolve({"documentId": "sha256:" + h}) == (good, True)
    assert docs.resolve({"documentId": "0" * 64}) == (None, True)
    assert docs.resolve({"query": good}) == (None, False)
    assert docs.resolve({"extensions": {"persistedQuery": {"sha256Hash": h}}}) == (good, True)


def test_ttl_cache_reuses_expires_and_evicts(monkeypatch):
    import asyncio

    from domain.public import cache as cache_module
    from domain.public.cache import TTLCache

    clock = [100.0]
    monkeypatch.setattr(cache_module.time, "monotonic", lambda: clock[0])
    loads: list[str] = []

    def loader(value: str):
        async def load() -> str:
            loads.append(value)
            return value
        return load

    async def run() -> None:
        c = TTLCache(ttl=60, max_entries=2)
        assert await c.get_or_load("a", loader("A1")) == "A1"
        assert await c.get_or_load("a", loader("A2")) == "A1"  # reused
        clock[0] += 61
        assert await c.get_or_load("a", loader("A3")) == "A3"  # expired: loaded again
        await c.get_or_load("b", loader("B"))
        await c.get_or_load("c", loader("C"))  # over two entries: the least recently used ("a") goes
        assert await c.get_or_load("a", loader("A4")) == "A4"
        off = TTLCache(ttl=0)
        assert await off.get_or_load("x", loader("X1")) == "X1"
        assert await off.get_or_load("x", loader("X2")) == "X2"  # off: always loads

    asyncio.run(run())
    assert loads == ["A1", "A3", "B", "C", "A4", "X1", "X2"]


def test_ttl_cache_loads_only_the_missing_keys_of_many(monkeypatch):
    import asyncio

    from domain.public import cache as cache_module
    from domain.public.cache import TTLCache

    clock = [100.0]
    monkeypatch.setattr(cache_module.time, "monotonic", lambda: clock[0])
    asked: list[list[int]] = []

    async def load(keys: list[int]) -> dict[int, str]:
        asked.append(list(keys))
        return {k: f"v{k}" for k in keys if k != 404}  # 404 has no value: not cached, asked again next time

    async def run() -> None:
        c = TTLCache(ttl=60)
        assert await c.get_many("inst", [1, 2], load) == {1: "v1", 2: "v2"}
        assert await c.get_many("inst", [2, 3, 404], load) == {2: "v2", 3: "v3"}
        assert await c.get_many("other", [1], load) == {1: "v1"}  # namespaces do not mix
        clock[0] += 61
        assert await c.get_many("inst", [1, 404], load) == {1: "v1"}  # expired: loaded again
        off = TTLCache(ttl=0)
        assert await off.get_many("inst", [7], load) == {7: "v7"}
        assert await off.get_many("inst", [7], load) == {7: "v7"}

    asyncio.run(run())
    assert asked == [[1, 2], [3, 404], [1], [1, 404], [7], [7]]
