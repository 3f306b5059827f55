"""`newsledger evaluate`: one table, quality.json, one-line user errors."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.evaluate.quality import EVALUATOR_VERSION
from tests.conftest import ROOT

SEED = ROOT / "evaluation" / "gold" / "kanye-2020"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_evaluate_in_process_prints_a_table_and_writes_quality_json(tmp_path):
    out = tmp_path / "q.json"
    result = run("evaluate", "--gold", str(SEED), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == ["figure", "value", "n", "gold", "note"]
    assert "quotes.speaker_accuracy@kanye-2020" in result.output
    data = json.loads(out.read_text())
    assert data["evaluator_version"].startswith(f"{EVALUATOR_VERSION}+gold.")
    assert [f["name"] for f in data["figures"]] == sorted(f["name"] for f in data["figures"])


@pytest.mark.parametrize("args, message", [
    (["evaluate", "--gold", "no/such/gold"], "does not exist"),
    (["evaluate", "no/such/release", "--gold", str(SEED)], "not a release folder"),
    (["evaluate", "--gold", str(ROOT / "corpus")], "holds no gold set"),
    (["evaluate", "dataset", "--update-baseline"], "leave out RELEASE and --gold"),
    (["evaluate", "--why", "because"], "--why goes with --update-baseline"),
])
def test_user_errors_are_one_line_and_exit_2(args, message, tmp_path):
    result = run(*args, "--out", str(tmp_path / "q.json"))
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_help_states_the_matching_rules_and_an_example():
    result = run("evaluate", "--help")
    assert "one to one" in result.output and "Example:" in result.output
