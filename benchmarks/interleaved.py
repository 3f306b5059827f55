"""Two versions of the extractors compared stage by stage in one process, article by article:
a machine's speed drifts between two runs of ``benchmarks.realnews`` by more than most speed-ups
(up to 15% here), but it treats two versions alike when they take turns on every article.

    python -m benchmarks.interleaved OLD_TREE CORPUS_DIR [--rounds 2]

OLD_TREE is a checkout of the other version (``git worktree add /tmp/old COMMIT``); its
``newsledger`` package is copied to a temporary folder under another name (``nlold``, every
import renamed) and imported beside this tree's. For each article, both versions run every
stage of ``benchmarks.realnews`` (which goes first alternates by article and round); each
stage's CPU seconds are summed over the corpus and the best round of each version is kept.
It prints a Markdown table: seconds per stage, old -> new, and words per second of all
extraction. A measurement, not a test: check that the two versions' tables agree with
``newsledger build`` and the releases' SHA256SUMS.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

from newsledger.ingest import read_corpus

from .realnews import STAGES, extractors, time_article

OLD = "nlold"


def copy_renamed(tree: Path, into: Path, name: str = OLD) -> None:
    """``tree/newsledger`` copied to ``into/name``, every ``newsledger`` import renamed."""
    target = into / name
    shutil.copytree(tree / "newsledger", target,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    word = re.compile(r"\bnewsledger\b")
    for path in target.rglob("*.py"):
        path.write_text(word.sub(name, path.read_text(encoding="utf-8")), encoding="utf-8")


def compare(old_tree: Path, corpus: Path, rounds: int = 2) -> str:
    """The Markdown table of the old version (at ``old_tree``) against this one on ``corpus``."""
    articles = read_corpus([corpus]).articles
    words = sum(len(a.text.split()) for a in articles)
    with tempfile.TemporaryDirectory() as tmp:
        copy_renamed(old_tree, Path(tmp))
        sys.path.insert(0, tmp)
        versions = {"old": extractors(OLD), "new": extractors()}
        for x in versions.values():  # (patterns built on first use: built before timing)
            time_article(x, articles[0], dict.fromkeys(STAGES, 0.0))
        best: dict[str, dict[str, float]] = {v: {} for v in versions}
        for r in range(rounds):
            spent = {v: dict.fromkeys(STAGES, 0.0) for v in versions}
            for i, article in enumerate(articles):
                order = ("old", "new") if (i + r) % 2 == 0 else ("new", "old")
                for v in order:
                    time_article(versions[v], article, spent[v])
            for v in versions:
                for stage, seconds in spent[v].items():
                    best[v][stage] = min(best[v].get(stage, seconds), seconds)
        sys.path.remove(tmp)
    rows = [f"{len(articles):,} articles, {words:,} words; one process, one core, CPU seconds, "
            f"best of {rounds} rounds.", "", "| stage | old | new | change |", "|---|---|---|---|"]
    for stage in STAGES:
        a, b = best["old"][stage], best["new"][stage]
        rows.append(f"| {stage} | {a:.2f} | {b:.2f} | {(b - a) / a if a else 0:+.0%} |")
    a, b = sum(best["old"].values()), sum(best["new"].values())
    rows.append(f"| **all extraction** | {a:.2f} ({words / a:,.0f} words/s) | "
                f"{b:.2f} ({words / b:,.0f} words/s) | {(b - a) / a:+.0%} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old_tree", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not (args.old_tree / "newsledger").is_dir():
        sys.exit(f"error: {args.old_tree} holds no newsledger package: give a checkout's folder")
    print(compare(args.old_tree, args.corpus, args.rounds))


if __name__ == "__main__":
    main()
