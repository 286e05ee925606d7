"""One read path: every repository read the API made during this test session gave the same types and values on the
fast path (PoolDb) and the plain path (SessionDb, SQLAlchemy's session).

The API servers and the worker of the session run with READ_PATH_CHECK (tests/conftest.py). A read on the fast path is
repeated on the plain path at once (domain.shared.reads.ReadCheck) and the comparison written to
.local/read-path-check.jsonl; a read on the plain path (services in a unit of work, jobs) is noted there with its
arguments and replayed here on both paths against the same data. These tests run after all others."""
from __future__ import annotations

import json

import pytest

from tests.conftest import READ_CHECK
from tests.unit.test_layers import _repository_classes


def _domain_repositories() -> list[type]:
    return [c for c in _repository_classes() if c.__module__.startswith("domain.")]


# @reads methods that neither an API request nor a service or job the API suite drives calls (plain-path calls of the
# others are replayed on both paths by the last test below). These run on the plain path only, where one path exists.
NOT_ON_THE_API_PATH: set[str] = {
    "domain.exchange.repository.ExchangeRepository.stranded_uploads",  # the upload sweep, run in-process by its test
    "domain.engagement.usage.UsageRepository.totals",  # the usage rollup's test and bench/usage.py
}


def _lines() -> list[dict]:
    if not READ_CHECK.exists():
        return []
    return [json.loads(line) for line in READ_CHECK.read_text(encoding="utf-8").splitlines() if line.strip()]


def _whole_api_suite_ran(request: pytest.FixtureRequest) -> bool:
    ran = {item.path.name for item in request.session.items if item.path.parent.name == "api"}
    return ran >= {p.name for p in (READ_CHECK.parents[1] / "tests" / "api").glob("test_*.py")}


@pytest.mark.after_api
def test_every_read_the_api_made_gave_the_same_answer_on_both_paths(api, request):
    from domain.shared.reads import read_methods

    lines = _lines()
    if read_methods(_domain_repositories()) and _whole_api_suite_ran(request):
        assert lines, "no read was recorded: the API servers did not run with READ_PATH_CHECK"
    differences = [line for line in lines if line.get("difference")]
    assert not differences, json.dumps(differences[:20], ensure_ascii=False, indent=1)


@pytest.mark.after_api
def test_every_repository_read_is_exercised_through_the_api(api, request):
    from domain.shared.reads import read_methods

    if not _whole_api_suite_ran(request):
        pytest.skip("only part of the API suite ran")
    declared = set(read_methods(_domain_repositories()))
    called = {line["method"] for line in _lines()}
    missing = sorted(declared - called - NOT_ON_THE_API_PATH)
    assert not missing, f"@reads methods no API test reached (test them, or list them as not on the API path): {missing}"


@pytest.mark.after_api
async def test_reads_made_on_the_plain_path_give_the_same_answer_on_the_fast_path(api):
    """Services' and jobs' reads (plain path) replayed on both paths now, against the same committed data."""
    import base64
    import pickle

    from domain.shared.config import Settings
    from domain.shared.db import create_database
    from domain.shared.fastdb import PoolDb, create_read_pool
    from domain.shared.reads import SessionDb, difference, settled

    calls = [line["plain"] for line in _lines() if "plain" in line]
    if not calls:
        pytest.skip("no plain-path read was recorded")
    db = create_database(Settings.from_env(), pool_size=2)
    pool = await create_read_pool(db.url, 2)
    differences = []
    try:
        for call in calls:
            repo_type, name, args, kwargs = pickle.loads(base64.b64decode(call))  # noqa: S301 - our own test record
            fn = getattr(repo_type, name)
            fast = await settled(await fn(repo_type(PoolDb(pool)), *args, **kwargs))
            async with db.read_sessions() as session:
                plain = await settled(await fn(repo_type(SessionDb(session, record=False)), *args, **kwargs))
            found = difference(fast, plain)
            if found:
                differences.append({"method": f"{repo_type.__qualname__}.{name}", "difference": found,
                                    "args": repr((args, kwargs))[:500]})
    finally:
        await pool.close()
        await db.dispose()
    assert not differences, json.dumps(differences[:20], ensure_ascii=False, indent=1)
