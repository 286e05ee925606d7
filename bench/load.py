"""Loopback load benchmark: our API (1 and 2 uvicorn workers) vs PostGraphile v4 on the same database,
plus the raw-SQL ceiling. Bounded: 32 connections, 5 s warm-up + 15 s measured per run.

    python bench/load.py --db-url postgresql://postgres@127.0.0.1:5432/zhilian_bench [--duration 15]

Prints a Markdown table and writes bench/out/results.json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PG_DIR = ROOT / ".local" / "bench" / "postgraphile"
sys.path.insert(0, str(ROOT))
from bench.scenarios import OURS, POSTGRAPHILE, SQL  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
SEARCH_TERMS: list[str] = []
CODES: list[str] = []


def children(pid: int) -> list[int]:
    out = [pid]
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                ppid = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                out.extend(children(int(p.name)))
    return out


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            continue
    return total / TICK


def postgres_pids() -> list[int]:
    pids = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if (p / "comm").read_text().strip() == "postgres":
                    pids.append(int(p.name))
            except OSError:
                continue
    return pids


def foreign_cpu(exclude: set[int]) -> float:
    return cpu_seconds([int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and int(p.name) not in exclude])


def bodies(kind: str, server: str) -> Path:
    doc = (OURS if server == "ours" else POSTGRAPHILE)[kind]
    rng = random.Random(7)
    lines = []
    for _ in range(500):
        var = {"c": rng.choice(CODES)} if kind == "lookup" else {"q": rng.choice(SEARCH_TERMS)}
        lines.append(json.dumps({"query": doc, "variables": var}, ensure_ascii=False))
    path = OUT / f"bodies-{server}-{kind}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def wrk(port: int, body_file: Path, token: str, seconds: int) -> dict:
    env = {**os.environ, "BENCH_BODIES": str(body_file), "BENCH_TOKEN": token}
    r = subprocess.run(["wrk", "-t1", "-c32", f"-d{seconds}s", "--timeout", "10s", "--latency", "-s",
                        str(ROOT / "bench" / "bench.lua"), f"http://127.0.0.1:{port}"],
                       env=env, capture_output=True, text=True, check=True)
    out = r.stdout

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        if not m:
            return float("nan")
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    errors = int(re.search(r"GRAPHQL_ERRORS (\d+)", out).group(1))
    return {"rps": rps, "requests": total, "p50": ms("50"), "p99": ms("99"), "errors": errors}


def measure(name: str, pid: int, port: int, kind: str, server: str, token: str, seconds: int) -> dict:
    body_file = bodies(kind, server)
    wrk(port, body_file, token, 5)  # warm-up
    server_pids = children(pid)
    pg = postgres_pids()
    mine = set(server_pids) | set(pg) | {os.getpid()}
    c0, p0, f0, t0 = cpu_seconds(server_pids), cpu_seconds(pg), foreign_cpu(mine), time.time()
    res = wrk(port, body_file, token, seconds)
    elapsed = time.time() - t0
    c1, p1, f1 = cpu_seconds(server_pids), cpu_seconds(postgres_pids()), foreign_cpu(mine)
    n = max(res["requests"], 1)
    res.update(server=name, kind=kind, cpu_ms=(c1 - c0) * 1000 / n, pg_cpu_ms=(p1 - p0) * 1000 / n,
               foreign_cores=max(f1 - f0, 0) / elapsed)
    print(f"  {name:28s} {kind:7s} {res['rps']:8.1f} req/s  p50 {res['p50']:6.1f} ms  p99 {res['p99']:7.1f} ms  "
          f"cpu {res['cpu_ms']:.2f} ms + pg {res['pg_cpu_ms']:.2f} ms  errors {res['errors']}  "
          f"foreign {res['foreign_cores']:.2f} cores", flush=True)
    return res


def wait_http(port: int, path: str = "/graphql", method: str = "POST") -> None:
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            r = httpx.request(method, f"http://127.0.0.1:{port}{path}", json={"query": "{ __typename }"}, timeout=2)
            if r.status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server on {port} did not start")


def start_ours(db_url: str, workers: int, port: int, extra_env: dict[str, str] | None = None) -> subprocess.Popen:
    """Our API in production mode under api.serve (as `make run` runs it), plus `extra_env` settings."""
    env = {**os.environ, "DATABASE_URL": db_url, "ZHILIAN_ENV": "production", "SQL_COUNT_HEADER": "0",
           "JWT_SECRET": "bench-secret-0123456789-0123456789-0123456789", "GRAPHIQL": "0", **(extra_env or {})}
    p = subprocess.Popen([sys.executable, "-m", "api.serve", "--host", "127.0.0.1", "--port", str(port), "--workers",
                          str(workers), "--no-access-log", "--log-level", "warning"],
                         cwd=ROOT, env=env, start_new_session=True)
    wait_http(port)
    return p


def start_postgraphile(db_url: str, port: int, cluster: int) -> subprocess.Popen:
    cmd = ["node", str(PG_DIR / "node_modules/postgraphile/cli.js"), "-c", db_url.replace("+asyncpg", ""),
           "--schema", "public", "--host", "127.0.0.1", "--port", str(port), "--append-plugins",
           "@graphile-contrib/pg-simplify-inflector,postgraphile-plugin-connection-filter",
           "--disable-query-log", "--disable-graphiql"]
    if cluster > 1:
        cmd += ["--cluster-workers", str(cluster)]
    p = subprocess.Popen(cmd, cwd=PG_DIR, env={**os.environ, "NODE_ENV": "production"}, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    wait_http(port)
    return p


def stop(p: subprocess.Popen) -> None:
    os.killpg(p.pid, signal.SIGTERM)
    try:
        p.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)


def login(port: int) -> str:
    r = httpx.post(f"http://127.0.0.1:{port}/graphql", json={
        "query": 'mutation { userLogin(input: {username: "wlmq_official", password: "Demo@2026"}) { token } }'})
    return r.json()["data"]["userLogin"]["token"]


def statements_per_request(db_url: str) -> dict[str, int]:
    """Our server's own count (X-SQL-Statements), from a development-mode process."""
    env = {**os.environ, "DATABASE_URL": db_url, "SQL_COUNT_HEADER": "1",
           "JWT_SECRET": "bench-secret-0123456789-0123456789-0123456789"}
    port = 8932  # 8931 is the browser tests' API
    p = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--port", str(port),
                          "--log-level", "warning"], cwd=ROOT, env=env, start_new_session=True)
    try:
        wait_http(port)
        token = login(port)
        out = {}
        for kind, doc in OURS.items():
            var = {"c": CODES[0]} if kind == "lookup" else {"q": SEARCH_TERMS[0]}
            r = httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": doc, "variables": var},
                           headers={"authorization": f"Bearer {token}"})
            assert "errors" not in r.json(), r.text[:500]
            out[kind] = int(r.headers["x-sql-statements"])
        return out
    finally:
        stop(p)


async def sql_limit(db_url: str, kind: str, seconds: int) -> float:
    """Units per second of the same statements through asyncpg, 32 concurrent callers, pool of 10."""
    pool = await asyncpg.create_pool(db_url.replace("+asyncpg", ""), min_size=10, max_size=10)
    owners = ["650000", "650100"]
    stop_at = time.time() + seconds
    done = 0

    async def one() -> None:
        nonlocal done
        rng = random.Random()
        while time.time() < stop_at:
            async with pool.acquire() as c:
                if kind == "lookup":
                    await c.fetch(SQL["lookup"][0], rng.choice(CODES))
                elif kind == "search":
                    await c.fetch(SQL["search"][0], rng.choice(SEARCH_TERMS))
                else:
                    rows = await c.fetch(SQL["nested"][0], rng.choice(SEARCH_TERMS))
                    ids = [r["id"] for r in rows[:20]]
                    vids = list({r["variety_id"] for r in rows[:20]})
                    await c.fetch(SQL["nested"][1].replace("$2", "$1").replace("$3", "$2"), ids, owners)
                    await c.fetch(SQL["nested"][2].replace("$2", "$1").replace("$3", "$2"), ids, owners)
                    tags = await c.fetch(SQL["nested"][3].replace("$4", "$1").replace("$3", "$2"), vids, owners)
                    await c.fetch(SQL["nested"][4].replace("$5", "$1").replace("$3", "$2"),
                                  list({t["tag_id"] for t in tags}), owners)
            done += 1

    await asyncio.gather(*[one() for _ in range(32)])
    await pool.close()
    return done / seconds


async def sample(db_url: str) -> None:
    conn = await asyncpg.connect(db_url.replace("+asyncpg", ""))
    CODES.extend(r["code"] for r in await conn.fetch(
        "SELECT code FROM drug_code TABLESAMPLE SYSTEM (2) REPEATABLE (7) LIMIT 2000"))
    # Generic names that match at least 20 codes: a realistic "search by name" page.
    SEARCH_TERMS.extend(r["generic_name"] for r in await conn.fetch(
        "SELECT generic_name FROM drug_code GROUP BY generic_name HAVING count(*) >= 20 ORDER BY generic_name LIMIT 60"))
    await conn.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-url", required=True)
    ap.add_argument("--duration", type=int, default=15)
    ap.add_argument("--only", choices=["ours", "postgraphile", "sql"], default=None)
    ap.add_argument("--scenarios", default="lookup,search,nested", help="comma-separated subset to measure")
    ap.add_argument("--workers", default="1,2", help="our uvicorn worker counts to measure")
    ap.add_argument("--clusters", default="1,2", help="PostGraphile process counts to measure")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    asyncio.run(sample(args.db_url))
    results: dict = {"statements": statements_per_request(args.db_url), "runs": [], "sql": {}}
    print("SQL statements per request (ours):", results["statements"], flush=True)
    kinds = [k for k in ("lookup", "search", "nested") if k in args.scenarios.split(",")]
    if args.only in (None, "ours"):
        for workers in (int(w) for w in args.workers.split(",")):
            p = start_ours(args.db_url, workers, 8930)
            token = login(8930)
            for kind in kinds:
                results["runs"].append(measure(f"zhilian {workers} worker(s)", p.pid, 8930, kind, "ours", token,
                                               args.duration))
            stop(p)
    if args.only in (None, "postgraphile"):
        for cluster in (int(c) for c in args.clusters.split(",")):
            p = start_postgraphile(args.db_url, 5055, cluster)
            for kind in kinds:
                results["runs"].append(measure(f"postgraphile v4 x{cluster}", p.pid, 5055, kind, "postgraphile", "",
                                               args.duration))
            stop(p)
    if args.only in (None, "sql"):
        for kind in kinds:
            results["sql"][kind] = asyncio.run(sql_limit(args.db_url, kind, args.duration))
            print(f"  raw SQL (asyncpg) {kind:7s} {results['sql'][kind]:8.1f} units/s", flush=True)
    try:  # keep the figures this run did not re-measure (other servers or scenarios) from the earlier run
        old = json.loads((OUT / "results.json").read_text())
        mine = {(r["server"], r["kind"]) for r in results["runs"]}
        results["runs"] += [r for r in old.get("runs", []) if (r["server"], r["kind"]) not in mine]
        results["sql"] = {**old.get("sql", {}), **results["sql"]}
    except (OSError, ValueError):
        pass
    (OUT / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    table(results)


def table(results: dict) -> None:
    runs = {(r["server"], r["kind"]): r for r in results["runs"]}
    servers = sorted({r["server"] for r in results["runs"]})
    print("\n| server | lookup | search | nested (20 × entries × tags) |\n|---|---|---|---|")
    for s in servers:
        cells = []
        for k in ("lookup", "search", "nested"):
            r = runs.get((s, k))
            cells.append(f"{r['rps']:.0f} req/s · p50 {r['p50']:.1f} / p99 {r['p99']:.1f} ms · "
                         f"{r['cpu_ms']:.2f} + {r['pg_cpu_ms']:.2f} ms CPU" if r else "–")
        print(f"| {s} | " + " | ".join(cells) + " |")
    if results["sql"]:
        print("| raw SQL (asyncpg, same statements) | " + " | ".join(
            f"{results['sql'].get(k, 0):.0f} units/s" for k in ("lookup", "search", "nested")) + " |")
    print(f"\nSQL statements per request (ours): {results['statements']}; PostGraphile v4: 1 per request")
    for base in ("postgraphile v4 x1", "postgraphile v4 x2"):
        print(f"\nRatios (throughput ÷ {base}):")
        for s in servers:
            if s.startswith("zhilian"):
                print(f"  {s}: " + ", ".join(
                    f"{k} {runs[(s, k)]['rps'] / runs[(base, k)]['rps']:.2f}" for k in ("lookup", "search", "nested")
                    if (s, k) in runs and (base, k) in runs))

if __name__ == "__main__":
    main()
