# Loonflow: `make run` starts a working system, `make test` runs every suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

.PHONY: run test install lint typecheck pytest bench bench-tickets bench-worker stack-down clean help

help:
	@echo "make run    - install, start PostgreSQL + Redis (embedded unless DATABASE_URL/REDIS_URL), seed, serve"
	@echo "make test   - install and run every suite (ruff, mypy, pytest)"
	@echo "make bench  - print provisioning figures (bench/)"
	@echo "make bench-tickets - ticket throughput and to-do latency against gunicorn (takes minutes)"
	@echo "make bench-worker  - webhook deliveries per second and enqueue-to-delivery latency"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(STAMP)

run: install
	$(PY) tools/stack.py --profile dev exec -- $(PY) tools/run.py

lint: install
	$(VENV)/bin/ruff format --check backend tests tools bench
	$(VENV)/bin/ruff check backend tests tools bench

typecheck: install
	cd backend && ../$(VENV)/bin/mypy --config-file ../pyproject.toml .

pytest: install
	$(PY) tools/stack.py --profile test exec -- $(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: install
	$(PY) tools/stack.py --profile test exec -- $(PY) bench/provisioning.py

bench-tickets: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/tickets.py $(BENCH_ARGS)

bench-worker: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/worker.py $(BENCH_ARGS)

stack-down:
	$(PY) tools/stack.py --profile dev down
	$(PY) tools/stack.py --profile test down
	$(PY) tools/stack.py --profile bench down

clean: stack-down
	rm -rf .data $(VENV)
