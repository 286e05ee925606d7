# Two commands do everything on a fresh machine:
#   make run    PostgreSQL + Redis (yours or private ones), migrations, demo data, API + worker
#   make test   the same set-up on a fresh test database, then every test
#   make bench  the load benchmark at the demo and the large size (BENCH_SIZE=demo|large|both; bench/run.sh)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
GRAPHIQL := frontend/graphiql/node_modules/.installed
DEMO_SIZE ?= demo
BENCH_SIZE ?= both

.PHONY: run test setup frontends bench schema lint clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e ".[dev]"
	@rm -f $(VENV)/.installed-*; touch $@

$(GRAPHIQL): frontend/graphiql/package.json
	@command -v npm >/dev/null || { echo "npm is needed for the GraphiQL assets: apt-get install -y nodejs npm"; exit 1; }
	cd frontend/graphiql && npm install --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(STAMP) $(GRAPHIQL)

frontends: setup
	@if [ -f scripts/frontend.sh ]; then bash scripts/frontend.sh build; fi
	@if [ -f scripts/mp.sh ]; then bash scripts/mp.sh build; fi

run: setup frontends
	@eval "$$($(PY) scripts/services.py ensure --db zhilian --use-url-db)" && \
	  $(PY) -m alembic upgrade head && \
	  $(PY) -m scripts.demo.seed --size $(DEMO_SIZE) && \
	  exec bash scripts/run.sh

test: setup
	@bash scripts/test.sh

schema: $(STAMP)
	$(PY) -m scripts.export_schema

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

bench: setup
	@bash bench/run.sh --size $(BENCH_SIZE)

clean:
	rm -rf $(VENV) .local frontend/*/node_modules frontend/*/dist
