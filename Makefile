# Two commands for a newcomer: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: run test lint format demo bench serve clean setup

## Set-up: create the virtualenv and install the pinned project with its dev tools.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m extractors.events.tools build gazetteer
	$(BIN)/python -m extractors.events.tools build packs
	touch $(STAMP)

setup: $(STAMP)

## One ingest run now, with the shipped feeds.yaml, into data/conflictwire.duckdb.
run: $(STAMP)
	$(BIN)/conflictwire run --feeds feeds.yaml --db data/conflictwire.duckdb

## The test suite (what CI runs).
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## The same flow against the shipped demo corpus, served on 127.0.0.1; ends with a sample query.
demo: $(STAMP)
	$(BIN)/conflictwire demo --db data/demo.duckdb

## Run the ingest deployment on its 15-minute schedule in this process.
serve: $(STAMP)
	$(BIN)/conflictwire serve --feeds feeds.yaml --db data/conflictwire.duckdb

## Benchmarks print figures; they are not tests.
bench: $(STAMP)
	for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .prefect .pytest_cache .ruff_cache data *.egg-info
