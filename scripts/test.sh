#!/usr/bin/env bash
# Runs every test on a fresh database and ends with a plain "N passed, M failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .local
eval "$(.venv/bin/python scripts/services.py ensure --db "${TEST_DB:-zhilian_test}" --fresh)" || exit 1  # TEST_DB: parallel runs
export ZHILIAN_ENV=test
rm -f .local/junit-*.xml
status=0
# The GraphQL-over-HTTP audit's npm packages (tests/api/test_http_audit.py), only when its lockfile changed.
say() { printf '[test] %s\n' "$*" >&2; }
# shellcheck source=scripts/frontend-lib.sh
. scripts/frontend-lib.sh
APP=tests/http-audit deps || status=1
.venv/bin/python -m pytest -p no:cacheprovider -q --junitxml=.local/junit-backend.xml "$@" || status=1
reports=(.local/junit-backend.xml)
if [ $# -eq 0 ]; then
  # The API tests once more against servers on strawberry's stock executor: schema/execution.py's executor relies
  # on graphql-core and strawberry internals, and the API must answer the same without it.
  # On a fresh database of its own: the API tests assume the small demo data as seeded, not as the first run left it.
  say "API tests again with FAST_EXECUTOR=0 (strawberry's stock executor)"
  (eval "$(.venv/bin/python scripts/services.py ensure --db "${TEST_DB:-zhilian_test}_stock" --fresh)" || exit 1
   FAST_EXECUTOR=0 exec .venv/bin/python -m pytest -p no:cacheprovider -q \
     --junitxml=.local/junit-backend-stock-executor.xml tests/api) || status=1
  reports+=(.local/junit-backend-stock-executor.xml)
fi
# Front-end unit and browser tests (against the real backend on a fresh database), unless a subset was asked for.
if [ $# -eq 0 ] && [ -f scripts/frontend.sh ]; then
  bash scripts/frontend.sh test || status=1
  # named, not globbed: a runner that could not start (no report) counts as a failure in the closing line
  reports+=(.local/junit-vitest.xml .local/junit-playwright.xml)
fi
if [ $# -eq 0 ] && [ -f scripts/mp.sh ]; then
  bash scripts/mp.sh test || status=1
  reports+=(.local/junit-mp-vitest.xml .local/junit-mp-structure.xml .local/junit-mp-playwright.xml)
fi
.venv/bin/python scripts/test_summary.py "${reports[@]}"
exit $status
