"""The quality gate: measured figures may not fall below ``evaluation/baseline.json``.

``baseline.json`` holds, per figure name, the value the committed code reaches, and the margin
a figure may move by (rounding-size noise is impossible, since figures are deterministic: the
margin only absorbs tiny trade-offs). ``make test`` fails with one line per figure that falls
below its baseline by more than the margin (for lower-is-better figures: rises above it).

Raising the baseline is part of every quality change: ``newsledger evaluate --update-baseline``
rewrites it from the current code, and ``make test`` also fails (one line per figure) when a
figure is better than its baseline by more than the margin, or missing from it. Lowering a figure is allowed only with a reason:
``--update-baseline --why "..."`` records ``lowered_from`` and ``why`` on the entry, and a test
fails until CHANGELOG.md mentions that figure's name. Calibration bins are reported but not
gated (a better confidence model can empty or refill a bin); the calibration error is.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .quality import Quality
from .score import lower_is_better

BASELINE = Path(__file__).resolve().parents[2] / "evaluation" / "baseline.json"
MARGIN = 0.01
UPDATE = "newsledger evaluate --update-baseline"
CALIBRATION_BIN = re.compile(r"\.precision_\d")  # "quotes.confidence.precision_0.9-1.0@..."


class BaselineError(Exception):
    """A baseline that cannot be updated as asked; the message says what to do."""


def gated(name: str) -> bool:
    """Figures the gate holds: all but the per-bin calibration precisions."""
    return CALIBRATION_BIN.search(name) is None


def load(path: Path = BASELINE) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def dumps(baseline: dict[str, Any]) -> str:
    return json.dumps(baseline, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _worse(name: str, value: float, than: float, margin: float) -> bool:
    return value > than + margin if lower_is_better(name) else value < than - margin


def check(quality: Quality, baseline: dict[str, Any]) -> list[str]:
    """One line per gated figure that regressed beyond the margin, or is no longer measured."""
    margin = baseline.get("margin", MARGIN)
    values = quality.values()
    problems = []
    for name, entry in sorted(baseline["figures"].items()):
        was = entry["value"]
        now = values.get(name)
        if now is None:
            problems.append(f"quality regression: {name} is no longer measured (baseline "
                            f"{was:.4f}, margin {margin}); fix it, or lower "
                            f"evaluation/baseline.json with `{UPDATE} --why ...`")
        elif _worse(name, now, was, margin):
            side = "above" if lower_is_better(name) else "below"
            problems.append(f"quality regression: {name} = {now:.4f}, {side} its baseline "
                            f"{was:.4f} by more than the margin {margin}; fix it, or lower "
                            f"evaluation/baseline.json with `{UPDATE} --why ...` and say why "
                            "in CHANGELOG.md")
    return problems


def stale(quality: Quality, baseline: dict[str, Any]) -> list[str]:
    """One line per gated figure the baseline holds too low (improved beyond the margin) or
    not at all: raising the baseline is part of the change that improves quality."""
    margin = baseline.get("margin", MARGIN)
    lines = []
    for name, now in sorted(quality.values().items()):
        if now is None or not gated(name):
            continue
        entry = baseline["figures"].get(name)
        if entry is None:
            lines.append(f"quality baseline: {name} = {now:.4f} is not in "
                         f"evaluation/baseline.json; add it with `{UPDATE}`")
        elif _worse(name, entry["value"], now, margin):
            lines.append(f"quality improved: {name} = {now:.4f}, beyond its baseline "
                         f"{entry['value']:.4f} by more than the margin {margin}; raise it "
                         f"with `{UPDATE}`")
    return lines


def update(quality: Quality, baseline: dict[str, Any] | None, why: str | None = None
           ) -> tuple[dict[str, Any], list[str]]:
    """The baseline rewritten from ``quality``, and one line per figure lowered. Lowering any
    figure needs ``why`` (recorded on the entry with ``lowered_from``)."""
    old = (baseline or {}).get("figures", {})
    margin = (baseline or {}).get("margin", MARGIN)
    figures: dict[str, Any] = {}
    lowered = []
    measured = {n: v for n, v in quality.values().items() if gated(n)}
    for name in sorted(set(measured) | set(old)):
        now, prev = measured.get(name), old.get(name, {})
        if now is None:
            if prev:
                lowered.append(f"{name}: {prev['value']:.4f} -> no longer measured")
            continue
        entry: dict[str, Any] = {"value": now}
        if prev and _worse(name, now, prev["value"], 0.0):
            lowered.append(f"{name}: {prev['value']:.4f} -> {now:.4f}")
            entry.update(lowered_from=prev["value"], why=why)
        elif prev.get("why") and prev["value"] == now:
            entry.update(lowered_from=prev["lowered_from"], why=prev["why"])
        figures[name] = entry
    if lowered and not why:
        raise BaselineError(f"this would lower {len(lowered)} figure(s) ({lowered[0]}"
                            f"{', ...' if len(lowered) > 1 else ''}): pass --why \"...\" and say "
                            "why in CHANGELOG.md, naming each figure")
    return {"margin": margin, "figures": figures,
            "how": f"Raise with `{UPDATE}`; lower only with `--why` and a CHANGELOG.md entry "
                   "naming the figure (evaluation/GUIDE.md, newsledger/evaluate/baseline.py)."
            }, lowered


def changelog_problems(baseline: dict[str, Any], changelog: str) -> list[str]:
    """One line per lowered figure whose name CHANGELOG.md does not mention."""
    return [f"evaluation/baseline.json lowers {name} ({entry['why']}) but CHANGELOG.md does not "
            f"mention {name}" for name, entry in sorted(baseline["figures"].items())
            if entry.get("why") and name not in changelog]
