"""Markdown tables of one size's load benchmark results (bench/load.py writes them to bench/out/results-<size>.md)."""
from __future__ import annotations

KINDS = ("lookup", "search", "nested")
ORDER = ("zhilian 1 worker(s)", "zhilian 2 worker(s)", "postgraphile v4 x1", "postgraphile v4 x2",
         "postgraphile v5 x1", "postgraphile v5 x2")
BASES = ("postgraphile v4 x1", "postgraphile v4 x2", "postgraphile v5 x1", "postgraphile v5 x2")
FOREIGN_LIMIT = 0.10


def _order(name: str) -> tuple[int, str]:
    return (ORDER.index(name) if name in ORDER else len(ORDER), name)


def table(results: dict) -> str:
    meta, runs = results.get("meta", {}), results["runs"]
    by = {(r["server"], r["kind"]): r for r in runs}
    servers = sorted({r["server"] for r in runs}, key=_order)
    data = meta.get("data", {})
    lines = [f"### Size `{meta.get('size', '?')}` ({data.get('codes', '?')} drug codes, database "
             f"`{meta.get('db', '?')}`): {meta.get('started', '?')} – {meta.get('finished', '?')}, commit "
             f"{meta.get('commit', '?')}{' (uncommitted changes)' if meta.get('dirty') else ''}, "
             f"{meta.get('duration', '?')} s per run",
             "",
             "| server | scenario | req/s | p50 / p99 ms | server CPU ms/req | PostgreSQL CPU ms/req | returned fields "
             "| **server CPU µs per returned field** | SQL statements/req | other processes (cores) |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in servers:
        for k in KINDS:
            r = by.get((s, k))
            if not r:
                continue
            warn = " ⚠" if r["foreign_cores"] > FOREIGN_LIMIT else ""
            earlier = r.get("commit") != meta.get("commit") or r["at"] < meta.get("started", "")
            other = f" (earlier run: {r.get('commit')}, {r['at'][:16]})" if earlier else ""
            lines.append(f"| {s}{other} | {k} | {r['rps']:.0f} | {r['p50']:.1f} / {r['p99']:.1f} | {r['cpu_ms']:.2f} "
                         f"| {r['pg_cpu_ms']:.2f} | {r['fields']:.0f} | {r['cpu_us_per_field']:.1f} | "
                         f"{r['statements']:.1f} | {r['foreign_cores']:.2f}{warn} |")
    if results.get("sql"):
        lines.append("| raw SQL (asyncpg, our statements, 32 callers, pool 10) | " + " / ".join(
            k for k in KINDS if k in results["sql"]) + " | " + " / ".join(
            f"{results['sql'][k]:.0f}" for k in KINDS if k in results["sql"]) + " | | | | | | | |")
    errors = sum(r["errors"] for r in runs)
    lines += ["", f"Errors (non-200 or `errors` in the body): {errors}."]
    disturbed = [r for r in runs if r["foreign_cores"] > FOREIGN_LIMIT]
    if disturbed:
        lines.append(f"⚠ **{len(disturbed)} of {len(runs)} runs were disturbed**: other processes used more than "
                     f"{FOREIGN_LIMIT:.2f} of a core (up to {max(r['foreign_cores'] for r in disturbed):.2f}).")
    inputs = {k: (max(r["distinct_inputs"] for r in rs), max(r["sent"] for r in rs))
              for k in KINDS if (rs := [r for r in runs if r["kind"] == k])}
    lines.append("Different inputs per scenario (warm-up and measured requests of a run draw them in order, each once "
                 "before any repeats): " + "; ".join(f"{k} {d} (a run sent up to {n})" for k, (d, n) in inputs.items())
                 + ".")
    own = {k: v["ours"].get("own_count") for k, v in results.get("check", {}).items()}
    if own:
        lines.append("Statements per request as PostgreSQL receives them (Query and Execute messages, BEGIN/COMMIT "
                     "and pool resets included); our server's own count (X-SQL-Statements) is "
                     + ", ".join(f"{k} {v:.0f}" for k, v in own.items() if v is not None) + ".")
    lines += ["", "Throughput ratios (ours ÷ PostGraphile):", "", "| | lookup | search | nested |", "|---|---:|---:|---:|"]
    for base in BASES:
        for s in servers:
            if not s.startswith("zhilian"):
                continue
            cells = [f"{by[(s, k)]['rps'] / by[(base, k)]['rps']:.2f}" if (s, k) in by and (base, k) in by else "–"
                     for k in KINDS]
            if any(c != "–" for c in cells):
                lines.append(f"| {s} ÷ {base} | " + " | ".join(cells) + " |")
    cells = [f"{by[('postgraphile v5 x1', k)]['rps'] / by[('postgraphile v4 x1', k)]['rps']:.2f}"
             if ("postgraphile v5 x1", k) in by and ("postgraphile v4 x1", k) in by else "–" for k in KINDS]
    lines.append("| postgraphile v5 x1 ÷ postgraphile v4 x1 | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
