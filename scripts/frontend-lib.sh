# Shared by scripts/frontend.sh (officials' SPA) and scripts/mp.sh (mini-program): npm dependencies of one app,
# Debian's Chromium for the browser tests, and the real backend the browser tests run against.
# The caller sets APP, CHROMIUM and defines say(). Functions return non-zero on failure explicitly: `set -e` does
# not apply inside a function called with `||`.

deps_sum() { cat "$APP/package.json" "$APP/package-lock.json" 2>/dev/null | cksum | cut -d' ' -f1; }

# npm install (not npm ci: the registry here has only the linux-x64 optional binaries, shared/FRONTEND.md §6), only
# when package.json or the lockfile changed since the last install.
deps() {
  command -v npm >/dev/null || { say "npm is needed: apt-get install -y nodejs npm"; return 1; }
  if [ ! -f "$APP/node_modules/.zhilian-deps-$(deps_sum)" ]; then
    say "installing npm packages in $APP"
    (cd "$APP" && npm install --no-audit --no-fund --loglevel=error) || return 1
    rm -f "$APP"/node_modules/.zhilian-deps-*
    touch "$APP/node_modules/.zhilian-deps-$(deps_sum)"
  fi
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

# serve_backend DB PORT NAME PORT_VARIABLE: a fresh database DB with small demo data, the API on 127.0.0.1:PORT and
# an arq worker, both stopped when the script exits; logs in .local/NAME-api.log and .local/NAME-worker.log.
serve_backend() {
  local db=$1 port=$2 name=$3 port_var=$4 env api worker
  env=$(.venv/bin/python scripts/services.py ensure --db "$db" --fresh) || return 1
  eval "$env"
  export ZHILIAN_ENV=test ARQ_QUEUE="zhilian:$name:$$"
  .venv/bin/python -m alembic upgrade head >/dev/null || return 1
  .venv/bin/python -m scripts.demo.seed --size small >/dev/null || return 1
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    say "port $port is already in use; stop that server or set $port_var"
    return 1
  fi
  # keep-alive longer than a test idles between API calls: a connection closed as the client reuses it resets
  .venv/bin/uvicorn api.app:create_app --factory --host 127.0.0.1 --port "$port" --no-access-log --no-proxy-headers \
    --timeout-keep-alive 75 >".local/$name-api.log" 2>&1 &
  api=$!
  .venv/bin/python -m jobs.worker >".local/$name-worker.log" 2>&1 &
  worker=$!
  trap 'kill '"$api $worker"' 2>/dev/null || true; wait '"$api $worker"' 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    kill -0 "$api" 2>/dev/null || { say "the API did not start:"; tail -20 ".local/$name-api.log" >&2; return 1; }
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { say "the API is not healthy:"; tail -20 ".local/$name-api.log" >&2; return 1; }
}
