# newsledger: `make dataset` builds the release of corpus/, `make test` runs the whole suite.
# Both start from a fresh machine with only python3 and make: they create .venv and install.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_LOGGING_LEVEL ?= WARNING
# Release dates come from the last commit, never from the clock (reproducible builds).
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)

.PHONY: dataset test check bench install dev clean browser

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

dataset: $(VENV)/.installed
	$(VENV)/bin/newsledger build --corpus corpus --out dataset --changelog CHANGELOG.md

test: $(VENV)/.dev-installed browser
	$(PY) -m pytest

# The browser tests drive Debian's chromium through its chromedriver; install them when missing
# (never downloaded at run time).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { echo "installing chromium and chromedriver with apt-get"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; }

check: $(VENV)/.dev-installed
	$(VENV)/bin/newsledger validate dataset/
	$(VENV)/bin/frictionless validate dataset/$$(cat dataset/LATEST)/datapackage.json

bench: $(VENV)/.dev-installed
	$(PY) -m benchmarks.run

clean:
	rm -rf $(VENV) .hypothesis
