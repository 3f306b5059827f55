"""Shared fixtures. Prefect's test harness starts once per session and only for flow tests."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests are derandomized (the same examples every run) so CI never flakes; run
# `HYPOTHESIS_PROFILE=explore pytest` to search new examples.
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.pop("SOURCE_DATE_EPOCH", None)

ROOT = Path(__file__).resolve().parent.parent
SEED_CORPUS = ROOT / "corpus" / "kanye-2020"


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for every flow test (it takes seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def seed_corpus(tmp_path: Path) -> Path:
    """A private copy of the four seed articles."""
    target = tmp_path / "corpus" / "kanye-2020"
    shutil.copytree(SEED_CORPUS, target)
    return tmp_path / "corpus"
