# Set-up and the two everyday commands; see README.md.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench serve screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,bench,spark]"
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	@echo "== dateline extract examples/ -> examples.jsonl"
	$(BIN)/dateline extract examples/ --format jsonl > examples.jsonl
	@echo "   $$(wc -l < examples.jsonl) article records written to examples.jsonl"
	@echo "== dateline ingest examples/ -> dateline.db (a fresh demo database: ingest skips articles it holds)"
	rm -f dateline.db
	$(BIN)/dateline ingest examples/ --db dateline.db
	@echo "== dateline search grain"
	$(BIN)/dateline search grain --db dateline.db
	@echo "== dateline search --speaker Kravets (what a person said)"
	$(BIN)/dateline search --speaker Kravets --db dateline.db
	@echo "== dateline figures --limit 5 (figures as claims, with who claims them)"
	$(BIN)/dateline figures --limit 5 --db dateline.db
	@echo "== dateline events --limit 5 (who did what to whom, CAMEO/PLOVER)"
	$(BIN)/dateline events --limit 5 --db dateline.db

# The browser test needs Chromium at /usr/bin/chromium (apt-get install chromium; .ci/run
# installs it); without it, and outside CI, that one test is skipped with the reason.
test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench tools
	$(BIN)/python -m pytest -q

# The web pages and JSON API over the demo database, on http://$(HOST):$(PORT)/
# (make serve PORT=8001 HOST=0.0.0.0 to serve elsewhere)
PORT ?= 8000
HOST ?= 127.0.0.1
serve: $(VENV)/.installed
	test -f dateline.db || $(BIN)/dateline ingest examples/ --db dateline.db
	$(BIN)/dateline serve --db dateline.db --port $(PORT) --host $(HOST)

# Refresh the committed bench/screenshots/ (the browser test; `make test` writes its
# screenshots to a temporary folder). Needs Chromium at /usr/bin/chromium.
screenshots: $(VENV)/.installed-test
	DATELINE_SCREENSHOTS=$(CURDIR)/bench/screenshots $(BIN)/python -m pytest -q tests/web/test_browser.py

bench: $(VENV)/.installed-test
	$(BIN)/python bench/extraction.py

clean:
	rm -rf dateline.db dateline.db-wal dateline.db-shm examples.jsonl .pytest_cache
