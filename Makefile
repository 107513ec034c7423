# The only commands a newcomer needs. Every target installs what it needs itself, idempotently.
#   make run    the whole assistant at http://localhost:8000 (sets up, trains if needed, starts everything)
#   make test   every test (creates the environments, compiles catalogs, trains the model if needed)
#   make lint   ruff, ruff format --check, mypy (strict on rules_core)
#   make bench  benchmarks; figures go to docs/benchmarks.md

SHELL := /bin/bash
.DEFAULT_GOAL := help

# Python 3.11+ for the service and tests (pydantic v2); Python 3.10 for Rasa and the action server.
PYTHON ?= python3
VENV := .venv
RASA_VENV := .venv-rasa
ACTIONS_VENV := .venv-actions
PY := $(VENV)/bin/python
RASA := $(RASA_VENV)/bin/rasa
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help setup run test test-fast lint bench train locales catalogs-update rules-demo clean

help:
	@sed -n '1,6p' Makefile

# --- environments ---------------------------------------------------------------------------
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "make needs Python 3.11+ as $(PYTHON)"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[service,dev]'
	touch $@

$(RASA_VENV)/.installed: scripts/find-python310.sh
	test -x $(RASA_VENV)/bin/python || $$(scripts/find-python310.sh) -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/python -m pip install -q --upgrade pip
	$(RASA_VENV)/bin/python -m pip install -q 'rasa==3.6.21' 'rasa-sdk==3.6.2'
	touch $@

$(ACTIONS_VENV)/.installed: pyproject.toml scripts/find-python310.sh
	test -x $(ACTIONS_VENV)/bin/python || $$(scripts/find-python310.sh) -m venv $(ACTIONS_VENV)
	$(ACTIONS_VENV)/bin/python -m pip install -q --upgrade pip
	$(ACTIONS_VENV)/bin/python -m pip install -q -e '.[actions]'
	touch $@

setup: $(VENV)/.installed $(RASA_VENV)/.installed $(ACTIONS_VENV)/.installed locales

# --- catalogs -------------------------------------------------------------------------------
# .mo files are built here, never committed.
locales: $(VENV)/.installed
	$(VENV)/bin/pybabel compile -d locales -D messages --statistics 2>&1 | tail -n 5 || true

catalogs-update: $(VENV)/.installed
	$(VENV)/bin/pybabel extract -F babel.cfg -c TRANSLATORS: --no-location --sort-output -o locales/messages.pot .
	$(VENV)/bin/pybabel update -i locales/messages.pot -d locales -D messages --no-fuzzy-matching --ignore-pot-creation-date

# --- Rasa model -----------------------------------------------------------------------------
# Retrains only when config, domain or data changed (the hash of those files names the model).
train: $(RASA_VENV)/.installed
	scripts/train.sh

# --- main jobs ------------------------------------------------------------------------------
run: setup
	@if [ -f bot/config.yml ]; then scripts/train.sh && $(PY) -m bot.launcher; \
	else $(PY) -m rules_core demo; fi

rules-demo: $(VENV)/.installed
	$(PY) -m rules_core demo

test: setup
	@if [ -f bot/config.yml ]; then scripts/train.sh; fi
	$(PY) -m pytest

test-fast: $(VENV)/.installed locales
	$(PY) -m pytest -m "not rasa and not browser"

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy rules_core bot

bench: setup
	$(PY) -m scripts.bench

clean:
	rm -rf $(VENV) $(RASA_VENV) $(ACTIONS_VENV) bot/models .pytest_cache .mypy_cache .ruff_cache
