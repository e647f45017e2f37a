# Two entry points on a fresh machine (Python 3.11+ and make):
#   make report   installs everything in .venv and writes reports/seeds.md from seeds/
#   make test     installs everything in .venv and runs ruff and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test lint bench clean

$(STAMP): pyproject.toml
	@echo "installing into $(VENV) (log: $(VENV)/install.log)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip > $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	@$(BIN)/python -m pip install --quiet -e '.[test]' >> $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	@touch $(STAMP)

report: $(STAMP)
	$(BIN)/factcheck report seeds --rules rules -o reports/seeds.md --fail-on error

test: $(STAMP)
	$(BIN)/ruff check factcheck tests benchmarks
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_stages.py
	$(BIN)/python benchmarks/bench_memory.py
	$(BIN)/python benchmarks/bench_check.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
