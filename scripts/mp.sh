#!/usr/bin/env bash
# Builds and tests the insured persons' mini-program (frontend/mp, uni-app): one source, two builds —
# dist/build/mp-weixin (the WeChat package, opened in WeChat DevTools) and dist/build/h5 (served by the API at /mp/).
#
#   bash scripts/mp.sh build   npm deps (only when package.json/package-lock.json changed), codegen, type-check,
#                              uni build (h5) and uni build -p mp-weixin (API base: $VITE_API_BASE, default
#                              https://api.zhilian.example.cn)
#   bash scripts/mp.sh test    src/gql staleness check, build, Vitest (platform-free core), the structural check of
#                              the WeChat package, then Playwright against the H5 build served by the REAL backend
#                              (fresh database $E2E_DB (zhilian_e2e_mp) with small demo data, API on
#                              127.0.0.1:$E2E_PORT (8932) + arq worker; the admin e2e uses 8931 / zhilian_e2e)
# JUnit results: .local/junit-mp-vitest.xml, .local/junit-mp-structure.xml, .local/junit-mp-playwright.xml.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP=frontend/mp
E2E_PORT=${MP_E2E_PORT:-8932}
E2E_DB=${MP_E2E_DB:-zhilian_e2e_mp}
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
export VITE_API_BASE=${VITE_API_BASE:-https://api.zhilian.example.cn}
mkdir -p .local

say() { printf '[mp] %s\n' "$*" >&2; }

# shellcheck source=scripts/frontend-lib.sh
. scripts/frontend-lib.sh

build() {
  deps || return 1
  say "codegen, type-check, uni build (h5) and uni build -p mp-weixin (API $VITE_API_BASE)"
  (cd "$APP" && npx graphql-codegen --config codegen.ts --silent && npx vue-tsc --noEmit) || return 1
  (cd "$APP" && npx uni build >.uni-h5.log 2>&1) || { tail -30 "$APP/.uni-h5.log" >&2; return 1; }
  (cd "$APP" && npx uni build -p mp-weixin >.uni-mp.log 2>&1) || { tail -30 "$APP/.uni-mp.log" >&2; return 1; }
}

e2e() {
  local status=0
  serve_backend "$E2E_DB" "$E2E_PORT" e2e-mp MP_E2E_PORT || return 1
  say "browser tests against http://127.0.0.1:$E2E_PORT/mp/"
  rm -rf "$APP/test-results/screenshots"
  (cd "$APP" && PLAYWRIGHT_JUNIT_OUTPUT_NAME="$ROOT/.local/junit-mp-playwright.xml" \
    E2E_BASE_URL="http://127.0.0.1:$E2E_PORT/mp/" CHROMIUM_PATH="$CHROMIUM" npx playwright test) || status=1
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
  (cd "$APP" && npx vitest run --reporter=default --reporter=junit --outputFile.junit="$ROOT/.local/junit-mp-vitest.xml") || status=1
  say "structural check of dist/build/mp-weixin"
  (cd "$APP" && MP_API_BASE="$VITE_API_BASE" node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=junit --test-reporter-destination="$ROOT/.local/junit-mp-structure.xml" tests/structure.test.mjs) || status=1
  e2e || status=1
  return $status
}

case "${1:-build}" in
  build) build || exit 1 ;;
  test) test_all || exit 1 ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
