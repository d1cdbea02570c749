# Hữu Nghị — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/huunghi
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export HUUNGHI_DATA_DIR ?= $(CURDIR)/var

.PHONY: run test test-sqlite test-postgres lint install system-deps messages demo clean

$(STAMP): pyproject.toml package.json package-lock.json
	@command -v $(PYTHON) >/dev/null || { echo "Hữu Nghị needs Python 3.11 ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; \
	  else echo "npm not found: htmx is not installed; pages work without it, with less interaction"; fi
	touch $(STAMP)

install: $(STAMP) huunghi/locale/vi/LC_MESSAGES/django.mo

huunghi/locale/vi/LC_MESSAGES/django.mo: huunghi/locale/vi/LC_MESSAGES/django.po $(STAMP)
	$(BIN)/pybabel compile -d huunghi/locale -D django

# Debian packages the browser tests need; installed only when missing.
system-deps:
	@if ! command -v chromium >/dev/null; then \
	  echo "Installing Chromium for the browser tests"; \
	  $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; fi

run: install
	@mkdir -p $(HUUNGHI_DATA_DIR)
	HUUNGHI_DEBUG=true $(BIN)/huunghi migrate --no-input -v 0
	HUUNGHI_DEBUG=true $(BIN)/huunghi demo
	HUUNGHI_DEBUG=true $(BIN)/huunghi runserver 127.0.0.1:8000

lint: install
	@mkdir -p $(HUUNGHI_DATA_DIR)
	$(BIN)/ruff check huunghi benchmarks tests
	$(BIN)/ruff format --check huunghi benchmarks tests
	HUUNGHI_DEBUG=true $(BIN)/huunghi makemigrations --check --dry-run -v 0

# The whole suite on SQLite, then on PostgreSQL when a server answers (and a clear line when none does).
test: install system-deps lint test-sqlite test-postgres

test-sqlite: install
	@echo "== tests on SQLite"
	DATABASE_URL= $(BIN)/pytest

test-postgres: install
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('$(PG_URL)'.rsplit('/',1)[0]+'/postgres', connect_timeout=3).close()" 2>/dev/null; then \
	  echo "== tests on PostgreSQL ($(PG_URL))"; \
	  DATABASE_URL=$(PG_URL) $(BIN)/pytest; \
	else echo "== PostgreSQL pass SKIPPED: no server answers at $(PG_URL) (set PG_URL to test against one)"; fi

messages: install
	cd huunghi && ../$(BIN)/huunghi makemessages -l vi --no-obsolete --add-location file --ignore 'text/*'

clean:
	rm -rf $(VENV) node_modules staticfiles .hypothesis
