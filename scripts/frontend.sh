#!/usr/bin/env bash
# Builds and tests the officials' web SPA (frontend/admin, served by the API at /admin/).
#
#   bash scripts/frontend.sh build   npm deps (only when package.json/package-lock.json changed), codegen, type-check, vite build
#   bash scripts/frontend.sh test    codegen staleness check, build, Vitest, then Playwright against the real backend
#                                    (fresh database $E2E_DB (zhilian_e2e) with small demo data, API on 127.0.0.1:$E2E_PORT + arq worker)
# JUnit results go to .local/junit-vitest.xml and .local/junit-playwright.xml.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP=frontend/admin
E2E_PORT=${E2E_PORT:-8931}
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
mkdir -p .local

say() { printf '[frontend] %s\n' "$*" >&2; }

# shellcheck source=scripts/frontend-lib.sh
. scripts/frontend-lib.sh

build() {
  deps || return 1
  say "codegen, type-check and build"
  (cd "$APP" && npx graphql-codegen --config codegen.ts --silent && npx vue-tsc -b && npx vite build --logLevel warn)
}

e2e() {
  local status=0
  serve_backend "${E2E_DB:-zhilian_e2e}" "$E2E_PORT" e2e E2E_PORT || return 1
  say "browser tests against http://127.0.0.1:$E2E_PORT/admin/"
  rm -rf "$APP/test-results/screenshots"
  (cd "$APP" && PLAYWRIGHT_JUNIT_OUTPUT_NAME="$ROOT/.local/junit-playwright.xml" \
    E2E_BASE_URL="http://127.0.0.1:$E2E_PORT/admin/" CHROMIUM_PATH="$CHROMIUM" npx playwright test) || status=1
  return $status
}

test_all() {
  local status=0
  chromium || return 1
  deps || return 1
  say "checking that src/gql is up to date"
  (cd "$APP" && node scripts/codegen-check.mjs) || status=1
  build || return 1
  say "unit tests (Vitest)"
  (cd "$APP" && npx vitest run --reporter=default --reporter=junit --outputFile.junit="$ROOT/.local/junit-vitest.xml") || status=1
  e2e || status=1
  return $status
}

case "${1:-build}" in
  build) build || exit 1 ;;
  test) test_all || exit 1 ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
