"""bench/wirecount.py: the statement count the load benchmark reports for every server."""
from __future__ import annotations

import os
from urllib.parse import urlparse, urlunparse

import asyncpg

from bench.wirecount import WireCounter


async def test_counts_extended_and_simple_protocol_statements_through_the_proxy(database: None):
    url = urlparse(os.environ["DATABASE_URL"].replace("+asyncpg", ""))
    counter = WireCounter(url.hostname or "127.0.0.1", url.port or 5432)
    port = counter.start()
    try:
        conn = await asyncpg.connect(urlunparse(url._replace(netloc=f"{url.username or 'postgres'}@127.0.0.1:{port}")),
                                     ssl="prefer")  # the proxy refuses SSL: the client must go on in plain text
        try:
            n0 = counter.statements
            for i in range(3):
                assert await conn.fetchval("SELECT $1::int + 1", i) == i + 1  # Bind + Execute
            async with conn.transaction():  # BEGIN and COMMIT: simple Query messages
                await conn.fetchval("SELECT count(*) FROM drug_code")
            await conn.execute("SELECT 1; SELECT 2")  # one Query message
            assert counter.statements - n0 == 3 + 3 + 1
        finally:
            await conn.close()
    finally:
        counter.stop()
