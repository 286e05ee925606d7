"""GraphQL fuzzing over the whole schema (schemathesis + hypothesis-graphql): every root field of schema.graphql, with
generated arguments and selections, sent over HTTP to a production-mode server on a database of its own (mutations
really run), as an anonymous caller and as officials holding most posts. Fixed seed (derandomised), so CI runs the
same cases every time; FUZZ_EXAMPLES raises the count for a longer run (tests/README.md).

Checked on every response: no HTTP 5xx, a JSON object, no INTERNAL_SERVER_ERROR, and nothing that leaks the server's
insides (SQL, driver or Python names, tracebacks).
OWASP API8:2023 Security Misconfiguration (verbose errors), API4:2023 Unrestricted Resource Consumption (no request
takes the server down), API10:2023 Unsafe Consumption of APIs is not in scope here."""
from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.graphql import nodes

from tests.conftest import PY, ROOT, _env, _serve
from tests.helpers import Api

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "7"))     # per root field and caller: 151 fields × 2 officials × 7
ANON_EXAMPLES = max(1, EXAMPLES // 4)
LEAK = re.compile(r"Traceback|File \"|sqlalchemy|asyncpg|psycopg|SELECT\s|INSERT\s|UPDATE\s|DELETE\s|"
                  r"\bWHERE\b|\bFROM\s+\w+\s|ProgrammingError|DataError|IntegrityError|KeyError|TypeError|"
                  r"ValueError|AttributeError|AssertionError|\.py\b|line \d+", re.I)
# the schema's own scalars: well-formed values and the junk a careless client sends
_junk = st.text(max_size=24)
schemathesis.graphql.scalar("Date", st.one_of(st.dates().map(str), _junk).map(nodes.String))
schemathesis.graphql.scalar("DateTime", st.one_of(st.datetimes().map(lambda d: d.isoformat() + "+08:00"),
                                                  _junk).map(nodes.String))
schemathesis.graphql.scalar("Decimal", st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**15, max_value=10**15).map(str),
    st.sampled_from(["NaN", "Infinity", "-0", "1e999", "0.001", "99999999999999999999.99"]), _junk).map(nodes.String))
schemathesis.graphql.scalar("JSON", _junk.map(nodes.String))
schemathesis.graphql.scalar("Upload", st.just(nodes.Null))
SCHEMA = schemathesis.graphql.from_path(str(ROOT / "schema.graphql"))
OPERATIONS = [r.ok() for r in SCHEMA.get_all_operations()]


@pytest.fixture(scope="module")
def fuzz_base(queue_name: str) -> Iterator[str]:
    """A production-mode API on a fresh, seeded database of its own: fuzzed mutations change nothing other tests read."""
    db = os.environ.get("TEST_DB", "zhilian_test") + "_fuzz"
    out = subprocess.run([PY, "scripts/services.py", "ensure", "--db", db, "--fresh"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    extra = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines() if "=" in line)
    env = _env(**extra, ARQ_QUEUE=queue_name + ":fuzz")
    subprocess.run([PY, "-m", "alembic", "upgrade", "head"], cwd=ROOT, check=True, env=env)
    subprocess.run([PY, "-m", "scripts.demo.seed", "--size", "small"], cwd=ROOT, check=True, env=env,
                   stdout=subprocess.DEVNULL)
    # production mode as deployed; its request limits per minute would refuse a fuzzer, so they are lifted here
    yield from _serve({**env, "ZHILIAN_ENV": "production", "SQL_COUNT_HEADER": "0", "PUBLIC_RATE_LIMIT": "0"},
                      "api-fuzz")


def _outcome(r: httpx.Response) -> str:
    """What a response was, for the run's summary: data, or the first error's code."""
    try:
        body = r.json()
    except ValueError:
        return f"HTTP {r.status_code}"
    errors = body.get("errors") if isinstance(body, dict) else None
    if errors:
        return str((errors[0].get("extensions") or {}).get("code", "NO_CODE"))
    return "DATA"


def _problems(r: httpx.Response) -> list[str]:
    if r.status_code >= 500:
        return [f"HTTP {r.status_code}: {r.text[:300]}"]
    try:
        body: Any = r.json()
    except ValueError:
        return [f"not JSON (HTTP {r.status_code}): {r.text[:200]}"]
    if not isinstance(body, dict):
        return [f"not a JSON object: {str(body)[:200]}"]
    out = []
    for e in body.get("errors") or []:
        code = (e.get("extensions") or {}).get("code")
        if code == "INTERNAL_SERVER_ERROR":
            out.append(f"INTERNAL_SERVER_ERROR: {e.get('message')}")
    leak = LEAK.search(r.text)
    if leak:
        at = leak.start()
        out.append(f"leaks {leak.group(0)!r}: …{r.text[max(0, at - 120):at + 120]}…")
    return out


def _fuzz(op: Any, examples: int, send: Callable[[str, dict[str, Any]], None]) -> None:
    """Runs `examples` derandomised cases of one root field through `send(label, body)`."""
    @given(case=op.as_strategy())
    @settings(max_examples=examples, derandomize=True, database=None, deadline=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        send(op.label, case.body if isinstance(case.body, dict) else {"query": case.body})
    run()


def test_fuzz_every_root_field(fuzz_base: str):
    api = Api(fuzz_base)
    callers: list[tuple[str, str | None, int]] = [("anonymous", None, ANON_EXAMPLES)]
    for user in ("xj_admin", "wlmq_official"):
        callers.append((user, api.token(user), EXAMPLES))
    client = httpx.Client(base_url=fuzz_base, timeout=60)
    failures: Counter[str] = Counter()
    samples: dict[str, str] = {}
    outcomes: Counter[str] = Counter()
    for who, token, n in callers:
        headers = {"authorization": f"Bearer {token}"} if token else {}

        def send(label: str, body: dict[str, Any], who: str = who, headers: dict[str, str] = headers) -> None:
            r = client.post("/graphql", json=body, headers=headers)
            outcomes[_outcome(r)] += 1
            for p in _problems(r):
                key = f"{who} {label}: {p[:80]}"
                failures[key] += 1
                samples.setdefault(key, f"{str(body.get('query', ''))[:400]}\n→ {p}")
        for op in OPERATIONS:
            _fuzz(op, n, send)
    sent = sum(outcomes.values())
    summary = f"{sent} requests; outcomes: " + ", ".join(f"{k} {v}" for k, v in outcomes.most_common())
    (ROOT / ".local" / "fuzz-summary.txt").write_text(summary + "\n", encoding="utf-8")
    print(summary)
    report = "\n\n".join(f"{k} (×{failures[k]})\n{samples[k]}" for k in sorted(failures))
    assert sent >= min(2000, len(OPERATIONS) * (2 * EXAMPLES + ANON_EXAMPLES)) * 0.9, sent
    assert not failures, f"{len(failures)} kinds of problem in {sent} requests:\n\n{report[:20000]}"


def test_the_checks_catch_what_they_look_for():
    """The fuzz run's checks are not blind: each kind of problem is reported, a plain answer is not."""
    def resp(status: int, body: Any) -> httpx.Response:
        return httpx.Response(status, json=body) if not isinstance(body, str) else httpx.Response(status, text=body)
    assert _problems(resp(200, {"data": {"me": None}})) == []
    assert _problems(resp(200, {"errors": [{"message": "无效的 ID", "extensions": {"code": "BAD_USER_INPUT"}}]})) == []
    assert _problems(resp(500, "Internal Server Error"))
    assert _problems(resp(200, "oops"))
    assert _problems(resp(200, [1]))
    assert _problems(resp(200, {"errors": [{"message": "x", "extensions": {"code": "INTERNAL_SERVER_ERROR"}}]}))
    assert _problems(resp(200, {"errors": [{"message": 'invalid input for query argument $1: (sqlalchemy.dialects'
                                                       '.postgresql.asyncpg.Error)'}]}))
    assert _problems(resp(400, {"errors": [{"message": 'Traceback (most recent call last): File "x.py", line 3'}]}))
