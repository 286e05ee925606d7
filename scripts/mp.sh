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

# Functions return non-zero on failure explicitly: `set -e` does not apply inside a function called with `||`.
deps_sum() { cat "$APP/package.json" "$APP/package-lock.json" 2>/dev/null | cksum | cut -d' ' -f1; }

deps() {
  command -v npm >/dev/null || { say "npm is needed: apt-get install -y nodejs npm"; return 1; }
  if [ ! -f "$APP/node_modules/.zhilian-deps-$(deps_sum)" ]; then
    say "installing npm packages in $APP"
    # npm install, not npm ci: the registry here has only the linux-x64 optional binaries (shared/FRONTEND.md §6)
    (cd "$APP" && npm install --no-audit --no-fund --loglevel=error) || return 1
    rm -f "$APP"/node_modules/.zhilian-deps-*
    touch "$APP/node_modules/.zhilian-deps-$(deps_sum)"
  fi
}

build() {
  deps || return 1
  say "codegen, type-check, uni build (h5) and uni build -p mp-weixin (API $VITE_API_BASE)"
  (cd "$APP" && npx graphql-codegen --config codegen.ts --silent && npx vue-tsc --noEmit) || return 1
  (cd "$APP" && npx uni build >.uni-h5.log 2>&1) || { tail -30 "$APP/.uni-h5.log" >&2; return 1; }
  (cd "$APP" && npx uni build -p mp-weixin >.uni-mp.log 2>&1) || { tail -30 "$APP/.uni-mp.log" >&2; return 1; }
}

chromium() {
  [ -x "$CHROMIUM" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Chromium not found: installing chromium fonts-noto-cjk with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }
  else
    say "Chromium is needed for the browser tests: sudo apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)"
    return 1
  fi
  [ -x "$CHROMIUM" ] || { say "Chromium could not be installed"; return 1; }
}

e2e() {
  local api worker status=0
  local env
  env=$(.venv/bin/python scripts/services.py ensure --db "$E2E_DB" --fresh) || return 1
  eval "$env"
  export ZHILIAN_ENV=test ARQ_QUEUE="zhilian:e2e-mp:$$"
  .venv/bin/python -m alembic upgrade head >/dev/null || return 1
  .venv/bin/python -m scripts.demo.seed --size small >/dev/null || return 1
  if (exec 3<>"/dev/tcp/127.0.0.1/$E2E_PORT") 2>/dev/null; then
    say "port $E2E_PORT is already in use; stop that server or set MP_E2E_PORT"
    return 1
  fi
  .venv/bin/uvicorn api.app:create_app --factory --host 127.0.0.1 --port "$E2E_PORT" --no-access-log >.local/e2e-mp-api.log 2>&1 &
  api=$!
  .venv/bin/arq jobs.worker.WorkerSettings >.local/e2e-mp-worker.log 2>&1 &
  worker=$!
  trap 'kill '"$api $worker"' 2>/dev/null || true; wait '"$api $worker"' 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$E2E_PORT/healthz" >/dev/null 2>&1 && break
    kill -0 "$api" 2>/dev/null || { say "the API did not start:"; tail -20 .local/e2e-mp-api.log >&2; return 1; }
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$E2E_PORT/healthz" >/dev/null || { say "the API is not healthy:"; tail -20 .local/e2e-mp-api.log >&2; return 1; }
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
