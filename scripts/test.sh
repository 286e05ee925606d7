#!/usr/bin/env bash
# Runs every test on a fresh database and ends with a plain "N passed, M failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .local
eval "$(.venv/bin/python scripts/services.py ensure --db zhilian_test --fresh)" || exit 1
export ZHILIAN_ENV=test
.venv/bin/python -m pytest -p no:cacheprovider -q --junitxml=.local/junit-backend.xml "$@"
status=$?
.venv/bin/python scripts/test_summary.py .local/junit-*.xml
exit $status
