"""In-process CPU per request of one scenario through the ASGI app (no sockets, no wrk): the quietest way to
measure the Python request path. `python -m bench.inproc [--n 5000] [--kind lookup] [--profile out.prof]`."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/zhilian_bench")
os.environ.update(ZHILIAN_ENV="production", SQL_COUNT_HEADER="0", GRAPHIQL="0",
                  JWT_SECRET="bench-secret-0123456789-0123456789-0123456789")

from bench.scenarios import OURS  # noqa: E402

if "public-" in " ".join(sys.argv):  # the public scenarios run as anonymous persisted operations
    os.environ.setdefault("PERSISTED_DOCUMENTS", str(ROOT / "bench" / "out" / "public-persisted.json"))
    os.environ.setdefault("PUBLIC_RATE_LIMIT", "100000000")


async def main(n: int, kind: str, profile: str | None) -> None:
    import asyncpg
    import uvloop  # noqa: F401

    from api.app import create_app

    app = create_app()
    conn = await asyncpg.connect(os.environ["DATABASE_URL"])
    codes = [r["code"] for r in await conn.fetch(
        "SELECT code FROM drug_code TABLESAMPLE SYSTEM (2) REPEATABLE (7) LIMIT 2000")]
    terms = [r["generic_name"] for r in await conn.fetch(
        "SELECT generic_name FROM drug_code GROUP BY generic_name HAVING count(*) >= 20 ORDER BY 1 LIMIT 60")]
    await conn.close()

    async def call(body: bytes, token: str = "") -> tuple[int, bytes]:
        headers = [(b"host", b"test"), (b"content-type", b"application/json"),
                   (b"content-length", str(len(body)).encode())]
        if token:
            headers.append((b"authorization", f"Bearer {token}".encode()))
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                 "scheme": "http", "path": "/graphql", "raw_path": b"/graphql", "root_path": "",
                 "query_string": b"", "headers": headers, "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
        sent = False
        out: list[bytes] = []
        status = 0

        async def receive():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await asyncio.sleep(3600)

        async def send(msg):
            nonlocal status
            if msg["type"] == "http.response.start":
                status = msg["status"]
            elif msg["type"] == "http.response.body":
                out.append(msg.get("body", b""))
        await app(scope, receive, send)
        return status, b"".join(out)

    async with app.router.lifespan_context(app):
        _, out = await call(json.dumps({"query": 'mutation { userLogin(input: {username: "wlmq_official", '
                                                 'password: "Demo@2026"}) { token } }'}).encode())
        token = json.loads(out)["data"]["userLogin"]["token"]
        rng = random.Random(7)
        if kind.startswith("public-"):  # the mini-program's anonymous persisted operations (bench/public.py)
            from bench.public import bodies as public_bodies
            from bench.public import sample

            token = ""
            data = await sample(os.environ["DATABASE_URL"])
            bodies = [line.encode() for line in
                      public_bodies(kind.removeprefix("public-"), data).read_text(encoding="utf-8").splitlines()]
        else:
            doc = OURS[kind]
            bodies = [json.dumps({"query": doc, "variables": {"c": rng.choice(codes)} if kind == "lookup"
                                  else {"q": rng.choice(terms)}}, ensure_ascii=False).encode() for _ in range(500)]
        status, out = await call(bodies[0], token)
        assert status == 200 and b'"errors"' not in out, out[:500]
        print(out[:300].decode(errors="replace"))
        for b in bodies[:300]:
            await call(b, token)
        prof = None
        if profile:
            import cProfile
            prof = cProfile.Profile()
            prof.enable()
        best = []
        for _rep in range(3):
            c0, t0 = time.process_time(), time.perf_counter()
            for i in range(n):
                await call(bodies[i % 500], token)
            c1, t1 = time.process_time(), time.perf_counter()
            best.append((c1 - c0) * 1000 / n)
            print(f"  {kind}: {(c1 - c0) * 1000 / n:.3f} ms CPU/req  {(t1 - t0) * 1000 / n:.3f} ms wall/req")
        if prof:
            prof.disable()
            prof.dump_stats(profile)
        print(f"best {min(best):.3f} ms CPU/req (process CPU includes asyncpg I/O; PostgreSQL excluded)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--kind", default="lookup")
    ap.add_argument("--profile")
    a = ap.parse_args()
    import uvloop
    uvloop.run(main(a.n, a.kind, a.profile))
