# Keydesk — the README's two commands are `make run` and `make test`; both set up what they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
APT_STAMP := .apt-installed
ICON_STORE := resources/simple-icons.bin
PYTEST_ARGS ?=

.PHONY: run test setup apt lint typecheck bench run-server clean translations dist dist-check

run: setup
	$(PY) -m desktop

test: setup
	scripts/with-keyring.sh $(PY) -m pytest $(PYTEST_ARGS)
	$(MAKE) --no-print-directory lint typecheck

setup: apt $(STAMP) translations $(ICON_STORE)

# The issuer icons as the packaged app carries them (desktop/core/brand_store.py): one compact
# file written from the installed simple-icons wheel; built, git-ignored.
$(ICON_STORE): $(STAMP) desktop/core/brand_store.py
	$(PY) -m desktop.core.brand_store $@

# Qt translations: resources/translations/*.ts (sources, in git) -> *.qm (built, git-ignored).
TS_FILES := $(wildcard resources/translations/*.ts)
translations: $(TS_FILES:.ts=.qm)
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Debian packages: only when root (or with password-less sudo); otherwise say what is missing.
apt: $(APT_STAMP)
$(APT_STAMP): scripts/debian-packages.txt scripts/install-debian-packages.sh
	scripts/install-debian-packages.sh
	@touch $@

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[server,dev]'
	@touch $@

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop server tests benchmarks scripts packaging
	$(VENV)/bin/ruff format --check desktop server tests benchmarks scripts packaging

typecheck: $(STAMP)
	$(VENV)/bin/mypy desktop server
	MYPYPATH=packaging $(VENV)/bin/mypy packaging/distkit packaging/build.py packaging/smoke_test.py

# Packages (docs in packaging/README.md): the PyInstaller bundle, the Linux tar.gz and the .deb.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install --quiet -e '.[dist]'
	@touch $@

dist: setup $(DIST_STAMP)
	$(PY) packaging/build.py

# Builds them, then installs the .deb into a scratch root and runs it (packaging/smoke_test.py).
dist-check: dist
	scripts/with-keyring.sh $(PY) packaging/smoke_test.py

bench: setup
	for b in benchmarks/*.py; do echo "== $$b"; scripts/with-keyring.sh $(PY) $$b || exit 1; done

run-server: setup
	$(VENV)/bin/keydesk-server --demo --host 127.0.0.1 --port 8765

clean:
	rm -rf $(VENV) $(APT_STAMP) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
