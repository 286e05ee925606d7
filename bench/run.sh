#!/usr/bin/env bash
# The load benchmark (make bench): large demo data (200,000 drug codes) in its own database, our API with 1 and
# 2 uvicorn workers, PostGraphile v4 (1 process and 2 cluster workers) over the same database, and the raw-SQL
# ceiling. Bounded: 32 connections, 5 s warm-up + DURATION s per run (about 4 minutes with the default 15 s,
# plus ~4 minutes to load the data the first time). Results: bench/out/results.json and a Markdown table.
#
#   bash bench/run.sh                 # everything
#   DURATION=10 bash bench/run.sh --only ours
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DURATION=${DURATION:-15}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q wrk >/dev/null
  else
    echo "wrk is needed: apt-get install -y wrk" >&2; exit 1
  fi
fi

# PostGraphile v4 with the plugins the issue names, in a scratch folder (git-ignored).
PG_DIR=.local/bench/postgraphile
if [ ! -f "$PG_DIR/node_modules/postgraphile/cli.js" ]; then
  command -v npm >/dev/null || { echo "npm is needed for PostGraphile: apt-get install -y nodejs npm" >&2; exit 1; }
  mkdir -p "$PG_DIR"
  [ -f "$PG_DIR/package.json" ] || echo '{"name": "zhilian-bench-postgraphile", "private": true}' > "$PG_DIR/package.json"
  (cd "$PG_DIR" && npm install --no-audit --no-fund --loglevel=error postgraphile@4.14.1 \
     @graphile-contrib/pg-simplify-inflector@6.1.0 postgraphile-plugin-connection-filter@2.3.0)
fi

eval "$($PY scripts/services.py ensure --db zhilian_bench)"
$PY -m alembic upgrade head
$PY -m scripts.demo.seed --size large   # idempotent: loads only what is missing
exec $PY bench/load.py --db-url "$DATABASE_URL" --duration "$DURATION" "$@"
