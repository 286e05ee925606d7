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

# Functions return non-zero on failure explicitly: `set -e` does not apply inside a function called with `||`.
deps_sum() { cat "$APP/package.json" "$APP/package-lock.json" 2>/dev/null | cksum | cut -d' ' -f1; }

deps() {
  command -v npm >/dev/null || { say "npm is needed: apt-get install -y nodejs npm"; return 1; }
  if [ ! -f "$APP/node_modules/.zhilian-deps-$(deps_sum)" ]; then
    say "installing npm packages in $APP"
    (cd "$APP" && npm install --no-audit --no-fund --loglevel=error) || return 1
    rm -f "$APP"/node_modules/.zhilian-deps-*
    touch "$APP/node_modules/.zhilian-deps-$(deps_sum)"
  fi
}

build() {
  deps || return 1
  say "codegen, type-check and build"
  (cd "$APP" && npx graphql-codegen --config codegen.ts --silent && npx vue-tsc -b && npx vite build --logLevel warn)
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
  env=$(.venv/bin/python scripts/services.py ensure --db "${E2E_DB:-zhilian_e2e}" --fresh) || return 1
  eval "$env"
  export ZHILIAN_ENV=test ARQ_QUEUE="zhilian:e2e:$$"
  .venv/bin/python -m alembic upgrade head >/dev/null || return 1
  .venv/bin/python -m scripts.demo.seed --size small >/dev/null || return 1
  if (exec 3<>"/dev/tcp/127.0.0.1/$E2E_PORT") 2>/dev/null; then
    say "port $E2E_PORT is already in use; stop that server or set E2E_PORT"
    return 1
  fi
  .venv/bin/uvicorn api.app:create_app --factory --host 127.0.0.1 --port "$E2E_PORT" --no-access-log >.local/e2e-api.log 2>&1 &
  api=$!
  .venv/bin/arq jobs.worker.WorkerSettings >.local/e2e-worker.log 2>&1 &
  worker=$!
  trap 'kill '"$api $worker"' 2>/dev/null || true; wait '"$api $worker"' 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$E2E_PORT/healthz" >/dev/null 2>&1 && break
    kill -0 "$api" 2>/dev/null || { say "the API did not start:"; tail -20 .local/e2e-api.log >&2; return 1; }
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$E2E_PORT/healthz" >/dev/null || { say "the API is not healthy:"; tail -20 .local/e2e-api.log >&2; return 1; }
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
