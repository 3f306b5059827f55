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


HOSTILE_ARTICLE = """Council row over the budget

Mayor Jane Doe said: "<script>alert('x')</script> is not a budget." She spoke on November 4, 2020.

"We will not <img src=x onerror=alert(2)> approve it," said council member Tom Reyes on Nov. 5, 2020.

Robert'); DROP TABLE quotes;-- & <b>friends</b> wrote on Twitter that the council has 12 members.
"""


@pytest.fixture(scope="session")
def browsable_release(tmp_path_factory) -> Path:
    """A release of the seed articles, 60 synthetic ones and an article full of markup: more
    rows than a page preview holds, conflicts, a timeline. Built once, without Prefect."""
    from newsledger.build import BuildOptions, build_locally
    from newsledger.synthetic import write_corpus

    root = tmp_path_factory.mktemp("browse")
    shutil.copytree(SEED_CORPUS, root / "corpus" / "kanye-2020")
    write_corpus(root / "corpus" / "synthetic", 60)
    (root / "corpus" / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    summary = build_locally(BuildOptions(corpus=(root / "corpus",), out=root / "dataset",
                                         cache=None, release_date="2020-11-06", workers=1,
                                         changelog=root / "CHANGELOG.md"))
    assert summary.version == "0.1.0"
    return root / "dataset" / "0.1.0"
