# Every target bootstraps .venv from nothing; run `make help` for the list.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PYTEST_ARGS ?=

.PHONY: help run test lint bench screenshots letters translations package package-check wheelhouse sysdeps sysdeps-test sysdeps-gui soak clean

help:
	@echo "make run          set up .venv and start Liaison Desk on its embedded encrypted store"
	@echo "make test         set up .venv, run make lint, then the whole test suite (headless Qt)"
	@echo "make lint         ruff (lint + import order) over the tree, mypy over app/ (pyproject.toml)"
	@echo "make bench        build the synthetic store and print/write docs/benchmarks.md"
	@echo "make screenshots  write docs/screenshots/*.png from the demo data"
	@echo "make letters      write docs/letters/*.png renders of every letter kind"
	@echo "make translations extract the UI's and app's strings into resources/translations/*.ts, compile the .qm"
	@echo "make package      build the PyInstaller bundle and a .tar.gz under dist/"
	@echo "make package-check  build the bundle, then run it with an empty environment (CI)"
	@echo "make wheelhouse   collect every wheel for an offline pip install into wheelhouse/"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,server]"
	@rm -f $(VENV)/.installed-*
	@touch $@

sysdeps:
	@bash packaging/sysdeps.sh headless

# The tests also start their own PostgreSQL server (tests/pg_server.py): Debian's postgresql.
sysdeps-test:
	@bash packaging/sysdeps.sh test

sysdeps-gui:
	@bash packaging/sysdeps.sh gui

# Our modules are installed editable, so their bytecode is written on first import, unless
# PYTHONDONTWRITEBYTECODE is set; compiling it here (compileall writes it regardless, and only for
# changed files) starts the app as an installed copy would (bench/ui.py does the same itself).
BYTECODE := $(PY) -m compileall -q app ui

run: sysdeps-gui $(STAMP)
	@$(BYTECODE)
	$(VENV)/bin/liaison-desk

# Both read their settings from pyproject.toml ([tool.ruff], [tool.mypy]).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# lint first: a lint or type error fails the run before the (long) suite starts.
test: sysdeps-test lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 $(PYTEST_ARGS)

bench: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

soak: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen LIAISON_DESK_CRASH_ROUNDS=500 $(PY) -m pytest tests/e2e -k crash

screenshots: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots

letters: $(STAMP)
	$(PY) -m tools.sample_letters docs/letters

# Every tr()/translate()/QT_TRANSLATE_NOOP string of ui/ into the window's catalogues, and every
# QT_TRANSLATE_NOOP string of app/ (app.i18n) into the app catalogues (new strings added
# unfinished, translations kept); then each catalogue compiled to the .qm the window loads
# (committed; tests/unit/i18n checks they match their .ts). Headless: lupdate needs no display.
TS := resources/translations
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations relative $$(find ui -name '*.py' | sort) \
		-ts $(TS)/liaison_desk_ja.ts $(TS)/liaison_desk_es.ts
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations relative $$(find app -name '*.py' | sort) \
		-ts $(TS)/liaison_desk_app_ja.ts $(TS)/liaison_desk_app_es.ts
	for ts in $(TS)/liaison_desk_ja.ts $(TS)/liaison_desk_es.ts $(TS)/liaison_desk_app_ja.ts \
		$(TS)/liaison_desk_app_es.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

package: sysdeps $(STAMP)
	$(PY) -m pip install -q -e ".[package,server]"
	bash packaging/build.sh

package-check: package
	@bash packaging/sysdeps.sh package
	bash packaging/check.sh

wheelhouse: $(STAMP)
	bash packaging/wheelhouse.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache
