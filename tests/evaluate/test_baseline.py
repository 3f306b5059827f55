"""The quality gate: no figure below evaluation/baseline.json by more than the margin, and every
lowered figure explained in CHANGELOG.md."""
from __future__ import annotations

import pytest

from newsledger.evaluate import baseline as gate
from newsledger.evaluate import build_quality
from newsledger.evaluate.quality import Quality
from newsledger.evaluate.score import Figure
from tests.conftest import ROOT


def test_quality_is_not_below_the_baseline():
    problems = gate.check(build_quality(), gate.load())
    if problems:  # one line per figure, no traceback
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_baseline_is_raised_with_the_quality():
    lines = gate.stale(build_quality(), gate.load())
    if lines:
        pytest.fail("\n".join(lines), pytrace=False)


def test_lowered_figures_are_explained_in_the_changelog():
    problems = gate.changelog_problems(gate.load(), (ROOT / "CHANGELOG.md").read_text())
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_baseline_is_what_update_writes_for_its_own_figures():
    """Hand edits show: every entry has a value, lowered entries a reason, the format holds."""
    base = gate.load()
    assert gate.dumps(base) == gate.BASELINE.read_text(encoding="utf-8")
    assert 0 < base["margin"] <= 0.05
    for name, entry in base["figures"].items():
        assert "@" in name and isinstance(entry["value"], float | int)
        assert ("why" in entry) == ("lowered_from" in entry)
        assert gate.gated(name)


def fig(name: str, value: float | None) -> Figure:
    return Figure(name, name, value, 1, "s", "x")


BASE = {"margin": 0.01, "figures": {"quotes.f1@s": {"value": 0.9},
                                    "quotes.without_speaker@s": {"value": 0.1}}}


@pytest.mark.parametrize("f1, without, failing", [
    (0.895, 0.1, []),  # within the margin
    (0.95, 0.0, []),  # better on both (without_speaker: lower is better)
    (0.88, 0.1, ["quotes.f1@s"]),
    (0.9, 0.2, ["quotes.without_speaker@s"]),
    (None, 0.1, ["quotes.f1@s"]),  # no longer measured
])
def test_check(f1, without, failing):
    quality = Quality("t", (fig("quotes.f1@s", f1), fig("quotes.without_speaker@s", without)))
    problems = gate.check(quality, BASE)
    assert [p.split()[2] for p in problems] == failing
    for p in problems:
        assert len(p.splitlines()) == 1 and "baseline 0." in p and "margin 0.01" in p


def test_update_raises_freely_and_lowers_only_with_a_reason():
    base = {"margin": 0.01, "figures": {"a.f1@s": {"value": 0.5}, "b.f1@s": {"value": 0.7}}}
    up = Quality("t", (fig("a.f1@s", 0.6), fig("b.f1@s", 0.7), fig("c.f1@s", 0.1),
                       fig("q.confidence.precision_0.9-1.0@s", 0.9)))
    new, lowered = gate.update(up, base)
    assert lowered == [] and new["figures"] == {"a.f1@s": {"value": 0.6}, "b.f1@s": {"value": 0.7},
                                                "c.f1@s": {"value": 0.1}}
    down = Quality("t", (fig("a.f1@s", 0.4), fig("b.f1@s", 0.7)))
    with pytest.raises(gate.BaselineError, match="pass --why"):
        gate.update(down, base)
    new, lowered = gate.update(down, base, why="stricter guide")
    assert new["figures"]["a.f1@s"] == {"value": 0.4, "lowered_from": 0.5, "why": "stricter guide"}
    assert gate.changelog_problems(new, "## Unreleased\n- nothing\n") == [
        "evaluation/baseline.json lowers a.f1@s (stricter guide) but CHANGELOG.md does not "
        "mention a.f1@s"]
    assert gate.changelog_problems(new, "- a.f1@s fell: the guide is stricter\n") == []


def test_stale_names_improved_and_missing_figures():
    quality = Quality("t", (fig("quotes.f1@s", 0.95), fig("quotes.without_speaker@s", 0.05),
                            fig("claims.f1@s", 0.5), fig("q.confidence.precision_0.9-1.0@s", 1.0)))
    lines = gate.stale(quality, BASE)
    assert [line.split()[2] for line in lines] == [
        "claims.f1@s", "quotes.f1@s", "quotes.without_speaker@s"]
    assert "not in evaluation/baseline.json" in lines[0] and "raise it" in lines[1]
