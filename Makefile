# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate translations demo serve lint format bench messages clean

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

test: install translations
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: migrate
	$(PY) -m bench

# Refresh locale/*/django.po from the source (needs GNU gettext's xgettext).
messages: install
	$(PY) manage.py makemessages --locale nl --locale hu --locale fr --ignore '.venv/*' --ignore 'var/*' --no-obsolete
	# makemessages drops what our code does not use; put back machina's Dutch (shipped as nl_NL).
	$(PY) manage.py import_third_party_catalogs

clean:
	rm -rf $(VENV) var
