"""One read path: every repository read the API made during this test session ran on the fast path (PoolDb) and
again on the plain path (SessionDb, SQLAlchemy's session), and both answers had the same types and values.

The API servers of the session run with READ_PATH_CHECK (tests/conftest.py); domain.shared.reads.ReadCheck writes
each comparison to .local/read-path-check.jsonl. This test runs after all others and reads that file."""
from __future__ import annotations

import json

import pytest

from tests.conftest import READ_CHECK
from tests.unit.test_layers import _repository_classes

# @reads methods that no API request calls (jobs, services and scripts use them on the plain path only).
NOT_ON_THE_API_PATH: set[str] = {
    # the usage rollup's equality test and bench/usage.py; publicUsage sums the daily rows instead (one statement fewer)
    "domain.engagement.usage.UsageRepository.totals",
}


def _lines() -> list[dict]:
    if not READ_CHECK.exists():
        return []
    return [json.loads(line) for line in READ_CHECK.read_text(encoding="utf-8").splitlines() if line.strip()]


def _whole_api_suite_ran(request: pytest.FixtureRequest) -> bool:
    ran = {item.path.name for item in request.session.items if item.path.parent.name == "api"}
    return ran >= {p.name for p in (READ_CHECK.parents[1] / "tests" / "api").glob("test_*.py")}


@pytest.mark.after_api
def test_every_read_the_api_made_gave_the_same_answer_on_both_paths(api):
    from domain.shared.reads import read_methods

    lines = _lines()
    if read_methods(_repository_classes()):
        assert lines, "no read was recorded: the API servers did not run with READ_PATH_CHECK"
    differences = [line for line in lines if line["difference"]]
    assert not differences, json.dumps(differences[:20], ensure_ascii=False, indent=1)


@pytest.mark.after_api
def test_every_repository_read_is_exercised_through_the_api(api, request):
    from domain.shared.reads import read_methods

    if not _whole_api_suite_ran(request):
        pytest.skip("only part of the API suite ran")
    declared = set(read_methods(_repository_classes()))
    called = {line["method"] for line in _lines()}
    missing = sorted(declared - called - NOT_ON_THE_API_PATH)
    assert not missing, f"@reads methods no API test reached (test them, or list them as not on the API path): {missing}"
