"""Documentation cannot drift: the README covers every command, and the committed dataset's
generated documents match what the schemas generate now."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsledger.cli import main
from newsledger.publish.check import check_release
from newsledger.publish.metadata import data_dictionary, field_descriptor
from schemas import TABLES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
DATASET = ROOT / "dataset"


def test_readme_opens_with_the_two_commands():
    head = README[:600]
    assert "make dataset" in head and "make test" in head


@pytest.mark.parametrize("command", sorted(main.commands))
def test_readme_documents_every_command(command):
    assert f"newsledger {command}" in README


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def columns_changed_since_release() -> bool:
    """Whether the schemas have columns the latest committed release lacks (or the reverse), or
    columns whose type, constraints (allowed values, pattern) or description differ: the
    release was cut before a schema change, and the next one (cut by the maintainer on main)
    will carry it."""
    latest = (DATASET / "LATEST").read_text().strip()
    package = json.loads((DATASET / latest / "datapackage.json").read_text())

    def contract(field: dict) -> tuple:
        return (field["name"], field["type"], json.dumps(field.get("constraints"), sort_keys=True),
                field.get("description", ""))

    released = {r["name"]: [contract(f) for f in r["schema"]["fields"]]
                for r in package["resources"]}
    return any(released.get(name) != [contract(field_descriptor(table, c)) for c in table.columns]
               for name, table in TABLES.items())


@pytest.mark.skipif(not (DATASET / "LATEST").exists(), reason="no release committed yet")
def test_committed_dataset_passes_every_check():
    if columns_changed_since_release():
        pytest.skip("columns changed since the latest release: the next release carries them")
    assert check_release(DATASET) == []


@pytest.mark.skipif(not (DATASET / "LATEST").exists(), reason="no release committed yet")
def test_committed_data_dictionary_is_what_the_schemas_generate():
    if columns_changed_since_release():
        pytest.skip("columns changed since the latest release: the next release carries them")
    latest = (DATASET / "LATEST").read_text().strip()
    assert (DATASET / latest / "DATA_DICTIONARY.md").read_text() == data_dictionary()


def test_changelog_has_an_entry_for_every_release():
    changelog = (ROOT / "CHANGELOG.md").read_text()
    versions = [p.name for p in DATASET.iterdir() if re.match(r"^\d+\.\d+\.\d+$", p.name)] \
        if DATASET.exists() else []
    for v in versions:
        assert f"## Dataset {v}" in changelog
