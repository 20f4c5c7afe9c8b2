# Two commands on a fresh machine:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO   ?= build/demo

.PHONY: demo test install system-deps bench screenshot clean fuzz

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/kg

# Debian packages the tests use: Chromium for the explorer's browser tests, rapper
# (raptor2-utils) as an independent RDF parser, a CJK font for readable screenshots.
# Skipped when they are already there.
system-deps:
	@command -v chromium >/dev/null && command -v rapper >/dev/null && fc-list 2>/dev/null | grep -qi wqy || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium raptor2-utils fonts-wqy-microhei >/dev/null; } || \
	  echo "warning: could not install chromium/raptor2-utils (not root?): their tests will be skipped"

demo: $(BIN)/kg
	rm -rf $(DEMO)
	$(BIN)/kg build examples --out $(DEMO) --quiet
	$(BIN)/kg query $(DEMO) --named posts
	$(BIN)/kg query $(DEMO) --named participants
	$(BIN)/kg explore $(DEMO) --out $(DEMO)/explorer.html
	@echo "explorer: $(DEMO)/explorer.html (open it in a browser; it needs no network)"

test: $(BIN)/kg system-deps
	$(BIN)/python -m pytest

bench: $(BIN)/kg
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/cluener.py
	$(BIN)/python bench/explorer.py

# The long fuzzing run: FUZZ_CASES inputs (random bytes, encodings, HTML, JSONL) through the
# whole flow (`make test` runs the same tests at CI scale), then ATHERIS_RUNS coverage-guided
# inputs when atheris (the `fuzz` extra, Linux x86-64 wheels) installs.
FUZZ_CASES ?= 10000
ATHERIS_RUNS ?= 5000
fuzz: $(BIN)/kg
	KG_FUZZ_CASES=$(FUZZ_CASES) $(BIN)/python -m pytest tests/test_fuzz.py -q -p no:cacheprovider --hypothesis-show-statistics
	@if $(BIN)/python -m pip install -q -e '.[fuzz]' >/dev/null 2>&1; then \
	  mkdir -p build/fuzz && PYTHONPATH=. $(BIN)/python tests/test_fuzz.py -runs=$(ATHERIS_RUNS) -max_len=4096 -artifact_prefix=build/fuzz/; \
	else echo "atheris did not install: the coverage-guided part is skipped"; fi

screenshot: $(BIN)/kg
	$(BIN)/python bench/screenshot.py

clean:
	rm -rf build $(VENV) .pytest_cache
