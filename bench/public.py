"""Public drug finder load benchmark (issue 5): drug search by name, by pinyin initials, and "nearest 20
institutions that have drug X", sent as the mini-program sends them (anonymous persisted operations), 2 uvicorn
workers, 32 connections; PostGraphile v4 over the same database for the name search.

    python bench/public.py --db-url postgresql://postgres@127.0.0.1:5432/zhilian_bench [--duration 15]

The rate limit is per client and wrk is one client: the server runs with a limit no run reaches (its cost is
still paid on every request). Results: bench/out/public.json and a Markdown table.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench import load  # noqa: E402
from bench.load import (OUT, children, cpu_seconds, foreign_cpu, postgres_pids, start_postgraphile,  # noqa: E402
                        stop, wrk)

DOCS = {
    "name": "query PublicSearch($k: String, $first: Int) { publicDrugs(keyword: $k, first: $first) { nodes { code "
            "genericName tradeName spec dosageForm manufacturer reimbursementClass } pageInfo { hasNextPage "
            "endCursor } } }",
    "nearest": "query Outlets($code: String!, $near: GeoPointInput) { publicDrugOutlets(code: $code, near: $near, "
               "first: 20) { total purchaseWindowDays settlementWindowDays outlets { distanceMeters recentlyPurchased "
               "recentlySettled institution { code name kind address phone } } } }",
}
DOCS["pinyin"] = DOCS["name"]
HASH = {k: hashlib.sha256(v.encode()).hexdigest() for k, v in DOCS.items()}
# The same page of the same data from PostGraphile: name filter, 20 codes in name order, with the manufacturer
# and catalog class (all catalog entries: PostGraphile has no "latest published" notion) and the dosage-form code
# (drug_code.form_code has no foreign key, so PostGraphile cannot join the form's name; ours returns the name).
POSTGRAPHILE_NAME = """query($q: String!) { drugCodes(first: 20, filter: {searchText: {includesInsensitive: $q}},
  orderBy: [GENERIC_INITIALS_ASC, GENERIC_NAME_ASC, CODE_ASC]) { nodes { code genericName tradeName spec
  formCode manufacturer { name } catalogEntries { nodes { reimbursementClass } } }
  pageInfo { hasNextPage endCursor } } }"""
CITIES = [(43.80, 87.60), (43.83, 87.58), (39.47, 75.99), (44.31, 86.05), (41.77, 86.15), (43.91, 81.32),
          (42.95, 89.19), (41.17, 80.26)]  # Ürümqi ×2, Kashgar, Shihezi, Korla, Yining, Turpan, Aksu (WGS-84)


async def sample(db_url: str) -> dict:
    conn = await asyncpg.connect(db_url.replace("+asyncpg", ""))
    try:
        names = [r[0] for r in await conn.fetch(
            "SELECT generic_name FROM drug_code GROUP BY generic_name HAVING count(*) >= 20 ORDER BY generic_name "
            "LIMIT 60")]
        initials = [r[0] for r in await conn.fetch(
            "SELECT left(generic_initials, 3) FROM drug_code GROUP BY 1 HAVING count(*) >= 20 ORDER BY 1 LIMIT 60")]
        stocked = [r[0] for r in await conn.fetch(
            "SELECT d.code FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id JOIN organisation o "
            "ON o.id = l.organisation_id WHERE l.on_hand > 0 AND o.subtype IN ('HOSPITAL','PHARMACY') "
            "GROUP BY d.code ORDER BY d.code")]
        institutions = await conn.fetchval("SELECT count(*) FROM organisation WHERE subtype IN ('HOSPITAL','PHARMACY') "
                                           "AND lat IS NOT NULL AND EXISTS (SELECT 1 FROM stock_level l WHERE "
                                           "l.organisation_id = organisation.id AND l.on_hand > 0)")
        codes = await conn.fetchval("SELECT count(*) FROM drug_code")
    finally:
        await conn.close()
    return {"names": names, "initials": initials, "stocked": stocked, "institutions": institutions, "codes": codes}


def bodies(kind: str, data: dict, postgraphile: bool = False, count: int = 500) -> Path:
    rng = random.Random(11)
    lines = []
    for _ in range(count):
        if kind == "name":
            var = {"q": rng.choice(data["names"])} if postgraphile else {"k": rng.choice(data["names"]), "first": 20}
        elif kind == "pinyin":
            var = {"k": rng.choice(data["initials"]), "first": 20}
        else:
            lat, lon = rng.choice(CITIES)
            var = {"code": rng.choice(data["stocked"]), "near": {"lat": lat + rng.uniform(-0.05, 0.05),
                                                                   "lon": lon + rng.uniform(-0.05, 0.05),
                                                                   "datum": "WGS84"}}
        body = {"query": POSTGRAPHILE_NAME, "variables": var} if postgraphile else {"documentId": HASH[kind],
                                                                                    "variables": var}
        lines.append(json.dumps(body, ensure_ascii=False))
    path = OUT / f"bodies-public-{'pg' if postgraphile else 'ours'}-{kind}{'' if count == 500 else f'-{count}'}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def measure(name: str, pid: int, port: int, kind: str, body_file: Path, seconds: int) -> dict:
    wrk(port, body_file, "", 5)  # warm-up
    server_pids = children(pid)
    mine = set(server_pids) | set(postgres_pids()) | {os.getpid()}
    c0, p0, f0, t0 = cpu_seconds(server_pids), cpu_seconds(postgres_pids()), foreign_cpu(mine), time.time()
    res = wrk(port, body_file, "", seconds)
    elapsed = time.time() - t0
    c1, p1, f1 = cpu_seconds(server_pids), cpu_seconds(postgres_pids()), foreign_cpu(mine)
    n = max(res["requests"], 1)
    res.update(server=name, kind=kind, cpu_ms=(c1 - c0) * 1000 / n, pg_cpu_ms=(p1 - p0) * 1000 / n,
               foreign_cores=max(f1 - f0, 0) / elapsed)
    print(f"  {name:24s} {kind:8s} {res['rps']:8.1f} req/s  p50 {res['p50']:6.1f} ms  p99 {res['p99']:7.1f} ms  "
          f"cpu {res['cpu_ms']:.2f} ms + pg {res['pg_cpu_ms']:.2f} ms  errors {res['errors']}", flush=True)
    return res


def start_ours(db_url: str, workers: int, port: int, manifest: Path, cache: bool = True) -> subprocess.Popen:
    return load.start_ours(db_url, workers, port, {
        "PUBLIC_CACHE_SECONDS": "60" if cache else "0",
        "NEARBY_CACHE_ENTRIES": os.environ.get("NEARBY_CACHE_ENTRIES", "8192") if cache else "0",
        "PERSISTED_DOCUMENTS": str(manifest), "PUBLIC_RATE_LIMIT": "100000000"})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-url", required=True)
    ap.add_argument("--duration", type=int, default=15)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scenarios", default="name,pinyin,nearest")
    ap.add_argument("--bodies", type=int, default=500, help="different request bodies per scenario (wrk picks at "
                    "random): more bodies, fewer repeats for the caches")
    ap.add_argument("--no-postgraphile", action="store_true")
    ap.add_argument("--no-cache", action="store_true", help="PUBLIC_CACHE_SECONDS=0: every request reads PostgreSQL")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    data = asyncio.run(sample(args.db_url))
    print(f"data: {data['codes']} drug codes, {data['institutions']} positioned institutions with stock, "
          f"{len(data['stocked'])} stocked codes", flush=True)
    manifest = OUT / "public-persisted.json"
    manifest.write_text(json.dumps({HASH[k]: v for k, v in DOCS.items()}))
    kinds = args.scenarios.split(",")
    runs = []
    p = start_ours(args.db_url, args.workers, 8930, manifest, cache=not args.no_cache)
    label = f"zhilian {args.workers} workers" + (" (no cache)" if args.no_cache else "")
    try:
        for kind in kinds:
            runs.append(measure(label, p.pid, 8930, kind, bodies(kind, data, count=args.bodies), args.duration))
            runs[-1]["bodies"] = args.bodies
    finally:
        stop(p)
    if "name" in kinds and not args.no_postgraphile:
        p = start_postgraphile(args.db_url, 5055, args.workers)
        try:
            runs.append(measure(f"postgraphile v4 x{args.workers}", p.pid, 5055, "name",
                                bodies("name", data, postgraphile=True), args.duration))
        finally:
            stop(p)
    result = {"data": {k: data[k] for k in ("codes", "institutions")}, "runs": runs}
    (OUT / "public.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print("\n| server | scenario | req/s | p50 ms | p99 ms | server CPU ms/req | PostgreSQL CPU ms/req | errors |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for r in runs:
        print(f"| {r['server']} | {r['kind']} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | "
              f"{r['cpu_ms']:.2f} | {r['pg_cpu_ms']:.2f} | {r['errors']} |")


if __name__ == "__main__":
    main()
