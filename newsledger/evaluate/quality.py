"""Measured quality: every gold set scored, as ``quality.json``, a console table and the
dataset card's "Measured quality" section.

``quality.json`` (the release page renders it too, so its format is fixed)::

    {"evaluator_version": str,
     "figures": [{"name", "label", "value": float | null, "n": int | null,
                  "gold_set", "gold_size", "note": str | null}, ...]}   # sorted by name

It depends only on the code and the gold, so it is byte-deterministic.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .gold import MANIFEST, RESOLVED, GoldSet, load_gold
from .predict import collect, from_release, in_process
from .score import Figure, score

# Bump when a matching rule or a figure's definition changes (the gold's digest is added).
EVALUATOR_VERSION = "1.1"
GOLD_DIR = Path(__file__).resolve().parents[2] / "evaluation" / "gold"
QUALITY_FILE = "quality.json"


@dataclass(frozen=True)
class Quality:
    evaluator_version: str
    figures: tuple[Figure, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"evaluator_version": self.evaluator_version,
                "figures": [f.as_dict() for f in self.figures]}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n"

    def values(self) -> dict[str, float | None]:
        return {f.name: f.value for f in self.figures}


def evaluator_version(gold_dir: Path) -> str:
    """The evaluator's version and a digest of the gold it scored against."""
    h = hashlib.sha256()
    for path in sorted(gold_dir.rglob("*")):
        if path.name in (RESOLVED, MANIFEST) or path.suffix == ".jsonl":
            h.update(path.relative_to(gold_dir).as_posix().encode())
            h.update(path.read_bytes())
    return f"{EVALUATOR_VERSION}+gold.{h.hexdigest()[:12]}"


def _quality(sets: list[GoldSet], tables_for, gold_dir: Path) -> Quality:
    figures: list[Figure] = []
    for gold in sets:
        texts = {doc: a.text for doc, a in gold.articles.items()}
        figures += score(gold, collect(tables_for(gold), texts))
    return Quality(evaluator_version(gold_dir), tuple(sorted(figures, key=lambda f: f.name)))


def evaluate_release(release: Path, gold_dir: Path = GOLD_DIR) -> Quality:
    """A release's tables scored against every gold set in ``gold_dir``."""
    tables = from_release(release)
    return _quality(load_gold(gold_dir), lambda gold: tables, gold_dir)


def measure(gold_dir: Path = GOLD_DIR) -> Quality:
    """The extractors run in-process over each gold set's articles, scored: what every build
    states as its quality (a couple of seconds)."""
    return _quality(load_gold(gold_dir), lambda gold: in_process(gold.articles.values()),
                    gold_dir)


@functools.lru_cache(maxsize=1)
def build_quality() -> Quality:
    """``measure()`` of the gold shipped with the project, once per process (it depends only on
    the code and the gold). Without the gold (newsledger installed without its repository),
    one figure says it could not be measured."""
    if not GOLD_DIR.is_dir():
        return Quality(EVALUATOR_VERSION, (Figure(
            "quality.measured", "Measured quality", None, None, "none", "no gold",
            f"the gold sets ({GOLD_DIR}) were not available to this build: install newsledger "
            "from its repository to measure"),))
    return measure(GOLD_DIR)


def release_quality() -> dict[str, Any]:
    """The content of a release's quality.json."""
    return build_quality().as_dict()


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def table(quality: Quality) -> str:
    """The console table: one line per figure."""
    rows = [(f.name, fmt(f.value), "" if f.n is None else str(f.n), f.gold_size,
             f.note or "") for f in quality.figures]
    head = ("figure", "value", "n", "gold", "note")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(4)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths)) + "  note"]
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[4])
    lines.append(f"evaluator {quality.evaluator_version}")
    return "\n".join(line.rstrip() for line in lines)
