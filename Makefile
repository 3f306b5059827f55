# newsledger: `make dataset` builds the release of corpus/, `make test` runs the whole suite.
# Both start from a fresh machine with only python3 and make: they create .venv and install the
# exact versions of requirements/*.txt (hashed lock files made by uv; `make lock` renews them).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check
LOCK_RUNTIME := requirements/runtime.txt
LOCK_DEV := requirements/dev.txt
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_LOGGING_LEVEL ?= WARNING
# Release dates come from the last commit, never from the clock (reproducible builds).
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)

.PHONY: dataset test check smoke bench install dev lock clean browser

# Runtime: the locked packages (hash-checked, nothing else resolved), then newsledger itself.
$(VENV)/.installed: pyproject.toml $(LOCK_RUNTIME)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) --require-hashes --no-deps -r $(LOCK_RUNTIME)
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

# Development: the runtime lock's superset with the test tools.
$(VENV)/.dev-installed: $(VENV)/.installed $(LOCK_DEV)
	$(PIP) --require-hashes --no-deps -r $(LOCK_DEV)
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

dataset: $(VENV)/.installed
	$(VENV)/bin/newsledger build --corpus corpus --out dataset --changelog CHANGELOG.md

test: $(VENV)/.dev-installed browser
	$(PY) -m pytest

# A corpus holding every input format, built with the runtime install alone.
smoke: $(VENV)/.installed
	$(PY) tests/smoke.py tests/data/formats

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

# Renew the lock files after changing dependencies in pyproject.toml (needs the registry).
lock:
	test -x $(VENV)/bin/uv || $(PIP) uv
	$(VENV)/bin/uv pip compile pyproject.toml requirements/build.in --universal \
	  --python-version 3.11 --generate-hashes --quiet -o $(LOCK_RUNTIME)
	$(VENV)/bin/uv pip compile pyproject.toml requirements/build.in --extra dev --universal \
	  --python-version 3.11 --generate-hashes --quiet -o $(LOCK_DEV)

clean:
	rm -rf $(VENV) .hypothesis
