# QuoteTrail developer commands. `make run` and `make test` are all a newcomer needs (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Rebuilt only when pyproject.toml changes, so every target can depend on it and stay quick.
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
# A development key so that POST works out of the box with `make run`; set your own for anything real.
DEV_API_KEY := quotetrail-dev-key

.DEFAULT_GOAL := help
.PHONY: help install run migrate load-examples test bench lint openapi clean

help:
	@echo "make run      install, migrate, load examples/, serve on http://localhost:$(PORT) (docs at /docs)"
	@echo "make test     install, then the whole test suite"
	@echo "make install  create $(VENV) and install the project with its dev tools"
	@echo "make bench    extraction quality/speed, API and query latency figures"
	@echo "make lint     ruff check and format check"
	@echo "make openapi  regenerate openapi.yaml from the marshmallow schemas"

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

migrate: install
	$(BIN)/quotetrail db upgrade

load-examples: migrate
	$(BIN)/quotetrail ingest examples/

run: export QUOTETRAIL_API_KEYS := $(or $(QUOTETRAIL_API_KEYS),$(DEV_API_KEY))
run: load-examples
	@echo "Serving on http://localhost:$(PORT) (docs: http://localhost:$(PORT)/docs)."
	@[ "$$QUOTETRAIL_API_KEYS" != "$(DEV_API_KEY)" ] || \
		echo "QUOTETRAIL_API_KEYS was unset: writes accept the development key X-API-Key: $(DEV_API_KEY)"
	$(BIN)/quotetrail serve --host $(HOST) --port $(PORT) --workers $(WORKERS)

test: install
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/api_latency.py
	$(BIN)/python bench/query_latency.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

openapi: install
	$(BIN)/quotetrail openapi > openapi.yaml.tmp
	mv openapi.yaml.tmp openapi.yaml

clean:
	rm -rf build *.egg-info .pytest_cache .ruff_cache
