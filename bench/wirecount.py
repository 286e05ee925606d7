"""A TCP proxy in front of PostgreSQL that counts the statements its clients send, whatever the client: each
simple-protocol Query message ('Q', which may hold several statements) and each extended-protocol Execute message
('E') counts one. BEGIN, COMMIT, ROLLBACK and a pool's reset on release are statements too, and are counted.

    counter = WireCounter("127.0.0.1", 5432); port = counter.start()   # point a server at port instead
    n0 = counter.statements; ...requests...; n1 = counter.statements
"""
from __future__ import annotations

import asyncio
import contextlib
import struct
import threading

SSL_REQUEST, GSS_REQUEST = 80877103, 80877104


class WireCounter:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.statements = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self) -> int:
        """Listens on a free loopback port (returned) in a thread of its own."""
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._client, "127.0.0.1", 0), self._loop).result(10)
        return self._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        async def close() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_writer = None
        try:
            while True:  # startup: refuse SSL / GSS encryption (the client goes on in plain text), then forward
                head = await reader.readexactly(8)
                length, code = struct.unpack("!ii", head)
                if code in (SSL_REQUEST, GSS_REQUEST):
                    writer.write(b"N")
                    continue
                startup = head + await reader.readexactly(length - 8)
                break
            up_reader, upstream_writer = await asyncio.open_connection(self.host, self.port)
            upstream_writer.write(startup)
            back = asyncio.ensure_future(self._pipe(up_reader, writer))
            try:
                while True:
                    head = await reader.readexactly(5)
                    body = await reader.readexactly(struct.unpack("!i", head[1:5])[0] - 4)
                    if head[:1] in (b"Q", b"E"):
                        self.statements += 1
                    upstream_writer.write(head + body)
            finally:
                back.cancel()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            for w in (writer, upstream_writer):
                if w is not None:
                    with contextlib.suppress(Exception):
                        w.close()

    @staticmethod
    async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.CancelledError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        with contextlib.suppress(Exception):
            writer.close()
