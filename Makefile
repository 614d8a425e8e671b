# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install browser-deps migrate translations demo serve lint format bench bench-load messages clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

translations: install
	$(PY) manage.py compile_translations

demo: migrate translations
	$(PY) manage.py load_demo_content

serve:
	$(PY) manage.py runserver $(HOST):$(PORT)

run: demo
	@$(PY) manage.py print_demo_logins
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install translations browser-deps
	$(VENV)/bin/pytest

# The browser tests' tools, pinned: axe-core from npm (tests/browser/package-lock.json) and
# the Nu HTML Checker from Maven Central (tests/browser/pom.xml). Without npm or Maven this
# says so and goes on; the tests that need a missing tool skip (and fail when CI=true).
BROWSER_DIR := tests/browser
browser-deps: $(BROWSER_DIR)/node_modules/.package-lock.json $(BROWSER_DIR)/vnu/.installed

$(BROWSER_DIR)/node_modules/.package-lock.json: $(BROWSER_DIR)/package.json $(BROWSER_DIR)/package-lock.json
	@if command -v npm >/dev/null; then npm ci --prefix $(BROWSER_DIR) --no-audit --no-fund --loglevel=error; \
	else echo "npm is not installed: the axe-core tests will be skipped"; fi

$(BROWSER_DIR)/vnu/.installed: $(BROWSER_DIR)/pom.xml
	@if command -v mvn >/dev/null; then \
	  rm -rf $(BROWSER_DIR)/vnu/lib && \
	  mvn --quiet --batch-mode --file $(BROWSER_DIR)/pom.xml dependency:copy-dependencies -DoutputDirectory=vnu/lib && \
	  touch $@; \
	else echo "Maven is not installed: the Nu HTML Checker tests will be skipped"; fi

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: migrate
	$(PY) -m bench

# The load bench (bench/load.sh, needs root): PostgreSQL and Redis on loopback ports, the demo and
# 100,000 posts (bench/bulk_load.py), gunicorn with the production settings, ApacheBench (installed
# from Debian's apache2-utils when missing) through the main pages. Smaller: BENCH_LOAD_ARGS="--posts 5000 ...".
bench-load: install translations
	bash bench/load.sh

# Refresh locale/*/django.po from the source (needs GNU gettext's xgettext).
messages: install
	$(PY) manage.py makemessages --locale nl --locale hu --locale fr --ignore '.venv/*' --ignore 'var/*' --no-obsolete
	# makemessages drops what our code does not use; put back machina's Dutch (shipped as nl_NL).
	$(PY) manage.py import_third_party_catalogs

clean:
	rm -rf $(VENV) var
