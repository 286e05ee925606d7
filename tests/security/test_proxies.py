"""API4:2023 Unrestricted Resource Consumption: the public rate limit counts per client, and a client cannot pick
its own address with X-Forwarded-For: the header counts only when the direct peer is in TRUSTED_PROXIES (addresses
or CIDRs), and then its right-most address that is not a configured proxy is the client."""
from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from api.ratelimit import client_address, trusted_networks
from tests.conftest import _env, _serve

LIMIT = 3
PING = {"query": "{ __typename }"}


def test_client_address_trusts_only_configured_proxies():
    none = trusted_networks([])
    assert client_address("127.0.0.1", ["6.6.6.6"], none) == "127.0.0.1"  # no proxy configured: the peer
    lb = trusted_networks(["10.0.0.0/8", "192.168.1.7"])
    assert client_address("203.0.113.9", ["6.6.6.6"], lb) == "203.0.113.9"  # not from a proxy: the peer
    assert client_address("10.1.2.3", ["6.6.6.6, 198.51.100.4"], lb) == "198.51.100.4"  # right-most untrusted
    assert client_address("10.1.2.3", ["6.6.6.6, 198.51.100.4, 192.168.1.7"], lb) == "198.51.100.4"
    assert client_address("10.1.2.3", ["6.6.6.6", "198.51.100.4,10.9.9.9"], lb) == "198.51.100.4"  # headers joined
    assert client_address("10.1.2.3", ["not-an-ip"], lb) == "not-an-ip"
    assert client_address("10.1.2.3", [], lb) == "10.1.2.3"
    with pytest.raises(ValueError, match="TRUSTED_PROXIES"):
        trusted_networks(["10.0.0.0/33"])


def _server(queue_name: str, name: str, workers: int, **env: str) -> Iterator[str]:
    yield from _serve(_env(ARQ_QUEUE=queue_name, PUBLIC_RATE_LIMIT=str(LIMIT), **env), name, workers=workers)


@pytest.fixture(scope="module")
def untrusting(database: None, queue_name: str) -> Iterator[str]:
    """As `make run` serves (api.serve), with no TRUSTED_PROXIES."""
    yield from _server(queue_name, "security-no-proxy", 1)


@pytest.fixture(scope="module")
def behind_proxy(database: None, queue_name: str) -> Iterator[str]:
    yield from _server(queue_name, "security-proxy", 0, TRUSTED_PROXIES="127.0.0.0/8")


def test_forwarded_for_from_localhost_is_ignored_without_trusted_proxies(untrusting: str):
    statuses = [httpx.post(untrusting + "/graphql", json=PING, headers={"x-forwarded-for": f"198.51.100.{i}"})
                .status_code for i in range(LIMIT + 1)]
    assert statuses == [200] * LIMIT + [429]  # one client (127.0.0.1), whatever the header says


def test_behind_a_configured_proxy_the_spoofed_part_of_the_header_is_ignored(behind_proxy: str):
    url = behind_proxy + "/graphql"
    statuses = [httpx.post(url, json=PING, headers={"x-forwarded-for": f"6.6.6.{i}, 203.0.113.5"}).status_code
                for i in range(LIMIT + 1)]
    assert statuses == [200] * LIMIT + [429]  # the proxy saw 203.0.113.5 each time
    assert httpx.post(url, json=PING, headers={"x-forwarded-for": "203.0.113.6"}).status_code == 200  # another client
