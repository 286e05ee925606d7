"""The GraphQL-over-HTTP conformance audit: graphql-http's serverAudits (tests/http-audit, pinned by its lockfile;
scripts/test.sh installs it) against /graphql of the session's server."""
from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import ROOT

AUDIT = ROOT / "tests" / "http-audit"
AUDITS = 61  # graphql-http 1.23.1's serverAudits: 13 MUST, 23 SHOULD and 25 MAY checks


def test_every_graphql_over_http_audit_passes(server: str):
    if not (AUDIT / "node_modules" / "graphql-http").is_dir():
        pytest.fail("tests/http-audit has no node_modules: scripts/test.sh installs them (or npm install there)")
    run = subprocess.run(["node", "audit.mjs", server + "/graphql"], cwd=AUDIT, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)
    assert len(results) == AUDITS, [r["id"] for r in results]
    # every check, MAY ones (status "notice") included: no warning or failure needs excusing
    not_ok = [r for r in results if r["status"] != "ok"]
    assert not not_ok, json.dumps(not_ok, ensure_ascii=False, indent=1)
