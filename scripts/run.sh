#!/usr/bin/env bash
# Starts the arq worker in the background and the API in the foreground; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
WORKERS=${WEB_CONCURRENCY:-2}
.venv/bin/python -m jobs.worker &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
cat <<MSG

  智联 Zhilian is starting
  GraphQL + GraphiQL : http://$HOST:$PORT/graphql   (examples are preloaded as tabs)
  Health             : http://$HOST:$PORT/healthz
  Demo accounts      : xj_admin / xj_reviewer / wlmq_official / tianshan_official …  password Demo@2026
  Database           : $DATABASE_URL
  Redis              : $REDIS_URL

MSG
# N uvicorn workers, each with its own SO_REUSEPORT socket (api/serve.py says why not `uvicorn --workers`)
.venv/bin/python -m api.serve --host "$HOST" --port "$PORT" --workers "$WORKERS" --no-access-log
