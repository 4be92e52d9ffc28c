# Loonflow: `make run` starts a working system, `make test` runs every suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

NPM := npm --prefix frontend --no-fund --no-audit --loglevel=error
NODE_STAMP := frontend/node_modules/.installed-$(shell sha1sum frontend/package-lock.json | cut -c1-12)

.PHONY: run test install lint typecheck pytest bench bench-tickets bench-worker stack-down clean help bench-spa \
	frontend-install frontend-build frontend-lint frontend-unit frontend-e2e api-schema api-check chromium docs-screenshots \
	deploy-check test-servers slapd mariadb messages bench-migrations bench-metrics bench-sandbox bench-search profile-tickets bench-tenants bench-routing bench-scim

help:
	@echo "make run    - install, start PostgreSQL + Redis (embedded unless DATABASE_URL/REDIS_URL), seed, serve (API :8000, MCP agent tools :8765)"
	@echo "make test   - install and run every suite (ruff, import rule, shape limits, mypy, API drift, pytest, ESLint, tsc, Vitest, e2e)"
	@echo "make messages - collect the backend's translatable texts into backend/locale/*/django.po and compile the .mo"
	@echo "make api-schema - re-export frontend/openapi/*.json, regenerate frontend/src/api/*.d.ts and the Python client"
	@echo "make bench  - print provisioning figures (bench/)"
	@echo "make bench-tickets - ticket throughput and to-do latency against gunicorn (takes minutes)"
	@echo "make bench-worker  - webhook deliveries per second and enqueue-to-delivery latency"
	@echo "make bench-spa     - the admin console's download sizes, and Lighthouse on a phone (to-do, ticket page)"
	@echo "make bench-sandbox - what running a tenant script in its sandbox costs"
	@echo "make bench-migrations - migrating 200 tenant schemas, one by one and in parallel"
	@echo "make bench-metrics - what a /metrics scrape costs with 200 tenants and 1M tickets"
	@echo "make profile-tickets - per-request CPU/queries budget and py-spy top frames of create, transition, to-do"
	@echo "make bench-search  - ticket full-text search p50/p95 at 1M tickets, CSV export of 100k rows (memory)"
	@echo "make bench-tenants - the scheduler across 1,000 tenants: idle CPU, timer lateness, lost outbox rows"
	@echo "make bench-routing - what routing a request to its tenant by host costs with 1,000 tenants (after bench-tenants)"
	@echo "make bench-scim    - SCIM user lookups with 5,000 people: exact database filters vs evaluated ones"
	@echo "make deploy-check  - validate deploy/ (compose file and Kubernetes manifests)"

# The stamps are named by the file's hash: a changed file installs again, a fresh checkout (newer file
# times, same content) does not.
$(STAMP):
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev,embedded]"
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(STAMP)

$(NODE_STAMP):
	$(NPM) ci
	@rm -f frontend/node_modules/.installed-*
	@touch $@

frontend-install: $(NODE_STAMP)

frontend-build: frontend-install
	$(NPM) run build

# Debian's OpenLDAP server, for the LDAP sync tests (backend/integrations/ldapsync).
slapd:
	tools/ensure_slapd.sh

# Debian's MariaDB server, for the Loonflow 2.x import tests that read a MySQL source (backend/integrations/v2import).
mariadb:
	tools/ensure_mariadb.sh

chromium:
	tools/ensure_chromium.sh

# Debian's nginx and PgBouncer, for the tests that run them for real.
test-servers:
	tools/ensure_servers.sh

# deploy/: the compose file against the Compose spec, the manifests against Kubernetes' schemas.
deploy-check: install
	$(PY) tools/check_deploy.py

# The Python client's generated half (clients/python/loonflow_client/generated) comes from the tenant
# schema through openapi-python-client, with the settings in clients/python/openapi-python-client.yaml.
OPC ?= $(VENV)/bin/openapi-python-client
PYCLIENT_GEN = $(OPC) generate --meta none --overwrite --config clients/python/openapi-python-client.yaml
NO_OPC = { echo "openapi-python-client is not installed ($(OPC)): run 'make install'" >&2; exit 1; }

# The SPA's API types and the Python client come from the backend's OpenAPI schemas: regenerate them
# after an API change.
api-schema: install frontend-install
	@test -x $(OPC) || $(NO_OPC)
	cd backend && ../$(PY) manage.py export_openapi ../frontend/openapi
	cd frontend && node scripts/api-types.mjs
	$(PYCLIENT_GEN) --path frontend/openapi/tenant.json --output-path clients/python/loonflow_client/generated

# Fails when the committed schemas, generated types or Python client differ from what the backend exports now.
api-check: install frontend-install
	@test -x $(OPC) || $(NO_OPC)
	@rm -rf .data/api-check && mkdir -p .data/api-check
	cd backend && ../$(PY) manage.py export_openapi ../.data/api-check/openapi >/dev/null
	cd frontend && node scripts/api-types.mjs --in ../.data/api-check/openapi --out ../.data/api-check/types >/dev/null
	$(PYCLIENT_GEN) --path .data/api-check/openapi/tenant.json --output-path .data/api-check/pyclient >/dev/null
	@diff -ru frontend/openapi .data/api-check/openapi && diff -ru frontend/src/api .data/api-check/types \
		&& diff -ru -x __pycache__ clients/python/loonflow_client/generated .data/api-check/pyclient \
		|| { echo "API schema drift: run 'make api-schema' and commit the result" >&2; exit 1; }

frontend-lint: frontend-install
	$(NPM) run lint
	$(NPM) run typecheck

frontend-unit: frontend-install
	$(NPM) test

frontend-e2e: install frontend-build chromium
	$(PY) tools/stack.py --profile test exec -- $(NPM) run e2e

# After `make frontend-e2e`: refresh the admin guide's pictures from the run's screenshots.
docs-screenshots:
	@for shot in frontend/artifacts/screenshots/pages-en-*.png; do cp "$$shot" "docs/images/$${shot##*/pages-en-}"; done
	@for shot in frontend/artifacts/screenshots/docs-*.png; do cp "$$shot" "docs/images/$${shot##*/docs-}"; done
	cp frontend/artifacts/screenshots/login.png frontend/artifacts/screenshots/designer-fields.png \
		frontend/artifacts/screenshots/designer-matrix.png docs/images/
	@ls docs/images

run: install frontend-build
	tools/ensure_sandbox.sh && $(PY) tools/stack.py --profile dev exec -- $(PY) tools/run.py

# Server messages: makemessages needs GNU gettext (xgettext) on a developer's machine; the .mo is
# compiled in Python (tools/compile_messages.py), so tests and deployments never need gettext.
messages: install
	cd backend && ../$(PY) manage.py makemessages -l zh_Hans --no-location --no-obsolete -i "*/tests/*" -i "*/migrations/*"
	$(PY) tools/compile_messages.py

lint: install
	$(VENV)/bin/ruff format --check backend tests tools bench clients/python
	$(VENV)/bin/ruff check backend tests tools bench clients/python
	cd backend && ../$(VENV)/bin/lint-imports --no-cache  # the dependency rule (backend/.importlinter)
	$(PY) tools/check_shape.py  # modules <= 500 lines, functions <= complexity 15, no private or test-module imports

typecheck: install
	cd backend && ../$(VENV)/bin/mypy --config-file ../pyproject.toml .
	@$(PY) -c 'import httpx' 2>/dev/null || { echo "httpx (the Python client's) is not installed in $(VENV): run 'make install'" >&2; exit 1; }
	cd clients/python && ../../$(VENV)/bin/mypy  # the client's own layer, strict (clients/python/pyproject.toml)

pytest: install test-servers slapd mariadb
	tools/ensure_sandbox.sh && $(PY) tools/stack.py --profile test exec -- $(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck api-check deploy-check pytest frontend-lint frontend-unit frontend-e2e

bench: install
	$(PY) tools/stack.py --profile test exec -- $(PY) bench/provisioning.py
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/provisioning_scale.py $(BENCH_ARGS)

bench-tickets: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/tickets.py $(BENCH_ARGS)

bench-migrations: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/migrations.py $(BENCH_ARGS)

bench-metrics: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/metrics.py $(BENCH_ARGS)

profile-tickets: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/profile_tickets.py $(BENCH_ARGS)

bench-search: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/search.py $(BENCH_ARGS)

bench-tenants: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/tenants.py $(BENCH_ARGS)

bench-routing: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/routing.py $(BENCH_ARGS)

bench-scim: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/scim.py $(BENCH_ARGS)

# Download sizes, then Lighthouse (mobile preset) on the signed-in to-do and ticket pages, 3 runs each,
# against tools/e2e_server.py in the test stack (LIGHTHOUSE_ARGS="--runs 5 --reports DIR" for more).
bench-spa: install frontend-build chromium
	$(PY) bench/spa.py frontend/dist
	$(PY) tools/stack.py --profile test exec -- node frontend/scripts/lighthouse.mjs $(LIGHTHOUSE_ARGS)

bench-sandbox: install
	tools/ensure_sandbox.sh
	$(PY) bench/sandbox.py $(BENCH_ARGS)

bench-worker: install
	$(PY) tools/stack.py --profile bench exec -- $(PY) bench/worker.py $(BENCH_ARGS)

stack-down:
	$(PY) tools/stack.py --profile dev down
	$(PY) tools/stack.py --profile test down
	$(PY) tools/stack.py --profile bench down

clean: stack-down
	rm -rf .data $(VENV)
