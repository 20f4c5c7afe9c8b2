# Two commands on a fresh machine:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO   ?= build/demo

.PHONY: demo test install system-deps bench clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/kg

# Debian packages the tests use: Chromium for the explorer's browser tests, rapper
# (raptor2-utils) as an independent RDF parser. Skipped when they are already there.
system-deps:
	@command -v chromium >/dev/null && command -v rapper >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium raptor2-utils >/dev/null; }

demo: $(BIN)/kg
	rm -rf $(DEMO)
	$(BIN)/kg build examples --out $(DEMO) --quiet
	$(BIN)/kg query $(DEMO) --named posts
	$(BIN)/kg query $(DEMO) --named participants

test: $(BIN)/kg system-deps
	$(BIN)/python -m pytest

bench: $(BIN)/kg
	$(BIN)/python bench/throughput.py

clean:
	rm -rf build $(VENV) .pytest_cache
