"""What the worst ALLOWED request costs everyone else (issue 14 item 1): a simple query's latency from a second
client, alone and while one client repeats the most expensive requests an official's budget still admits.

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/zhilian python -m bench.cost [--duration 15] [--port 18999]

Starts one API process (uvicorn, as `make run` runs each worker) on the database named by DATABASE_URL (seeded demo
data), signs in as the demo official xj_admin, and for each attack runs it back to back from one client while a
second client sends `{ drug(code) { code genericName } }` one after another; prints p50/p99 of the probe and the
attack's own time, and the refusals of the requests beyond the limits. Results: bench/out/cost.json.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"

PROBE = "query($c: String) { drug(code: $c) { code genericName spec } }"
ATTACKS = {
    # 20 × 500 = the officials' budget of 10,000: the most analyses one request may ask for
    "20 aliases of supplyCoverage (cost 10,000)":
        "{" + " ".join(f"a{i}: supplyCoverage {{ catalogCodes catalogVarieties }}" for i in range(20)) + "}",
    # a page of drugs, each with a page of its institutions' supply: 1 + 30 + 30 × (1 + 250 + 50) = 9,061
    "drugs(30) × supplyByInstitution(50) (cost 9,061)":
        "{ drugs(first: 30) { nodes { code supplyFile { supplyByInstitution(first: 50) { nodes { received "
        "sold } } } } } }",
    # the largest document the token cap admits, new text each time (parse and validation, no cache hit)
    "largest admitted duplicates (420 fields), distinct each time": None,
}
REFUSED = {
    "100,000 aliases of __typename (1.9 MB)": "{" + " ".join(f"a{i}: __typename" for i in range(100_000)) + "}",
    "30,000 aliases (under the body limit)": "{" + " ".join(f"a{i}:__typename" for i in range(30_000)) + "}",
    "1,000 aliases of supplyCoverage": "{" + " ".join(f"a{i}: supplyCoverage {{ catalogCodes }}"
                                                      for i in range(1000)) + "}",
    "drugs(100) × supplyByInstitution(100)":
        "{ drugs(first: 100) { nodes { supplyFile { supplyByInstitution(first: 100) { nodes { received } } } } } }",
}


def big_document(n: int) -> str:
    """A large document the limits admit: 3 response names × 20 copies (the duplicate cap), each with an argument
    and a selection of 6 fields (420 fields of the 500, ~1,000 tokens), which validation compares pairwise; a new
    text each call (no cache hit)."""
    fields = [f'{alias}division(code: "650000") {{ name code level parentCode path children {{ code }} }}'
              for alias in ("", "a: ", "b: ")]
    return f"query Q{n} {{ " + " ".join(f for f in fields for _ in range(20)) + " }"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--port", type=int, default=18999)
    args = parser.parse_args()
    env = {**os.environ, "ZHILIAN_ENV": os.environ.get("ZHILIAN_ENV", "test"), "SQL_COUNT_HEADER": "0",
           "ARQ_QUEUE": "zhilian:bench-cost", "PUBLIC_RATE_LIMIT": "0"}
    env.setdefault("JWT_SECRET", "bench-secret-not-for-production-0123456789")
    log = (OUT / "cost-server.log")
    OUT.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host",
                               "127.0.0.1", "--port", str(args.port), "--no-access-log"], cwd=ROOT, env=env,
                              stdout=log.open("wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        results = run(base, args.duration)
    finally:
        server.terminate()
        server.wait(10)
    (OUT / "cost.json").write_text(json.dumps(results, ensure_ascii=False, indent=2))


def run(base: str, duration: float) -> dict[str, object]:
    login = httpx.post(base + "/graphql", json={
        "query": "mutation($u: String!, $p: String!) { userLogin(input: {username: $u, password: $p}) { token } }",
        "variables": {"u": "xj_admin", "p": "Demo@2026"}}).json()
    headers = {"authorization": "Bearer " + login["data"]["userLogin"]["token"]}
    codes = [d["code"] for d in httpx.post(base + "/graphql", headers=headers, json={
        "query": "{ drugs(first: 100) { nodes { code } } }"}).json()["data"]["drugs"]["nodes"]]

    def probe(stop: threading.Event, out: list[float]) -> None:
        with httpx.Client(base_url=base, headers=headers, timeout=120) as c:
            i = 0
            while not stop.is_set():
                started = time.perf_counter()
                r = c.post("/graphql", json={"query": PROBE, "variables": {"c": codes[i % len(codes)]}})
                out.append((time.perf_counter() - started) * 1000)
                assert r.status_code == 200 and "errors" not in r.json(), r.text
                i += 1

    def attack(stop: threading.Event, query: str | None, out: list[float]) -> None:
        with httpx.Client(base_url=base, headers=headers, timeout=120) as c:
            n = 0
            while not stop.is_set():
                text = query or big_document(n)
                started = time.perf_counter()
                r = c.post("/graphql", json={"query": text})
                out.append((time.perf_counter() - started) * 1000)
                body = r.json()
                assert r.status_code == 200 and body.get("data") is not None, r.text[:300]
                n += 1

    results: dict[str, object] = {}
    rows = []
    for name, query in [("(none: the probe alone)", ""), *ATTACKS.items()]:
        stop = threading.Event()
        probe_ms: list[float] = []
        attack_ms: list[float] = []
        threads = [threading.Thread(target=probe, args=(stop, probe_ms))]
        if query != "":
            threads.append(threading.Thread(target=attack, args=(stop, query, attack_ms)))
        for t in threads:
            t.start()
        time.sleep(duration)
        stop.set()
        for t in threads:
            t.join()
        row = {"attack": name, "probe_requests": len(probe_ms), "probe_p50_ms": round(percentile(probe_ms, 50), 1),
               "probe_p99_ms": round(percentile(probe_ms, 99), 1), "probe_max_ms": round(max(probe_ms), 1),
               "attack_requests": len(attack_ms),
               "attack_median_ms": round(statistics.median(attack_ms), 1) if attack_ms else None}
        rows.append(row)
        print(row, flush=True)
    refused = []
    with httpx.Client(base_url=base, headers=headers, timeout=120) as c:
        for name, query in REFUSED.items():
            started = time.perf_counter()
            r = c.post("/graphql", json={"query": query})
            ms = (time.perf_counter() - started) * 1000
            code = r.json()["errors"][0]["extensions"]["code"]
            refused.append({"request": name, "status": r.status_code, "code": code, "ms": round(ms, 1)})
            print(refused[-1], flush=True)
    results["rows"] = rows
    results["refused"] = refused
    print("\n| while one client repeats | probe p50 | probe p99 | probe max | the attack's own time (median) |")
    print("|---|---|---|---|---|")
    for r in rows:
        attack_ms = f"{r['attack_median_ms']} ms ({r['attack_requests']} runs)" if r["attack_median_ms"] else "—"
        print(f"| {r['attack']} | {r['probe_p50_ms']} ms | {r['probe_p99_ms']} ms | {r['probe_max_ms']} ms "
              f"| {attack_ms} |")
    print("\n| refused request | status | code | time |\n|---|---|---|---|")
    for r in refused:
        print(f"| {r['request']} | {r['status']} | {r['code']} | {r['ms']} ms |")
    return results


if __name__ == "__main__":
    main()
