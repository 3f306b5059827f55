"""Check the sentence segmenter on real news: no sentence boundary may fall inside or right after
an abbreviation from ``newsledger.lexicon.abbreviations`` that cannot end a sentence.

A measurement, not a test (it needs articles the project cannot ship): point it at JSONL files
with a "text" field per line, or folders of them (for example PolNeAR, TimeBank, MEANTIME).

    python -m benchmarks.segmentation ../shared/devdata            # our segmenter
    python -m benchmarks.segmentation ../shared/devdata --compare  # and blingfire / pysbd

Counted, over every sentence boundary inside a paragraph:

- ``inside``: boundaries that cut a dotted abbreviation ("U.|S.", "a.|m.");
- ``after_title``: boundaries right after a title ("Gov.|Mike Pence", "Mr.|Trump") or an
  abbreviation that always leads on ("vs.|The State");
- ``before_number``: boundaries between "No."/"Jan." and the like and a number ("No.|1");
- ``after_initial``: boundaries after a one-letter initial followed by a capitalized word
  that is not a usual sentence opener ("George W.|Bush");
- ``after_maybe_final``: boundaries after an abbreviation that may end a sentence ("U.S.|The"):
  allowed, counted for the record.

The first four must be zero. With ``--compare``, blingfire and pysbd (when installed; they are
not dependencies of newsledger) are run on the same paragraphs and counted the same way, with
their speed.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from newsledger.lexicon.abbreviations import (CONTINUING_ABBREVIATIONS,
                                              MAYBE_FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS,
                                              NUMBER_ABBREVIATIONS, SENTENCE_STARTERS,
                                              TITLE_ABBREVIATIONS)
from newsledger.text import Document
from newsledger.text.segment import paragraph_spans

_DOTTED = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}")
_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Za-z]\.)*[A-Za-z]+)\.[\"'”’)\]]*\s*\Z")
_NEXT = re.compile(r"[\"“‘'«(\[\s]*(\S+)")
CHECKS = ("inside", "after_title", "before_number", "after_initial", "after_maybe_final")


def texts(paths: list[Path]) -> Iterator[str]:
    """The "text" of every JSONL line under ``paths`` (files or folders)."""
    for path in paths:
        files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
        for f in files:
            with f.open(encoding="utf-8") as fh:
                for line in fh:
                    text = json.loads(line).get("text")
                    if isinstance(text, str) and text.strip():
                        yield text


def classify(text: str, boundary: int, next_start: int) -> str | None:
    """What kind of questionable boundary lies between text[:boundary] and the next sentence
    starting at ``next_start``; None when it is a plain sentence end."""
    for m in _DOTTED.finditer(text, max(0, boundary - 12), min(len(text), boundary + 12)):
        if m.start() < boundary < m.end() and text[boundary - 1] != " ":
            return "inside"
    before = _BEFORE.search(text, max(0, boundary - 30), boundary)
    if before is None:
        return None
    word = before.group(1)
    low = word.lower()
    nxt_m = _NEXT.match(text, next_start)
    nxt = nxt_m.group(1) if nxt_m else ""
    if (low in TITLE_ABBREVIATIONS and word[:1].isupper() and word[1:].islower()) or \
            low in CONTINUING_ABBREVIATIONS:
        return "after_title"
    if nxt[:1].isdigit() and (low in NUMBER_ABBREVIATIONS or low in MONTH_ABBREVIATIONS):
        return "before_number"
    if len(word) == 1 and word.isupper() and nxt[:1].isupper() and \
            re.sub(r"\W", "", nxt).lower() not in SENTENCE_STARTERS:
        return "after_initial"
    if low in MAYBE_FINAL_ABBREVIATIONS or "." in word:
        return "after_maybe_final"
    return None


def _blingfire() -> Callable[[str], list[tuple[int, int]]] | None:
    try:
        import blingfire  # noqa: PLC0415 - optional, for --compare only
    except ImportError:
        return None

    def split(par: str) -> list[tuple[int, int]]:
        _, offsets = blingfire.text_to_sentences_and_offsets(par)
        return [(int(s), int(e)) for s, e in offsets]
    return split


def _pysbd() -> Callable[[str], list[tuple[int, int]]] | None:
    try:
        import pysbd  # noqa: PLC0415 - optional, for --compare only
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def split(par: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in seg.segment(par)]
    return split


def measure(articles: list[str], split: Callable[[str], list[tuple[int, int]]] | None,
            examples: int) -> tuple[Counter, int, float, list[str]]:
    """(counts, boundaries, seconds, examples) for one segmenter (None: ours)."""
    counts: Counter = Counter()
    shown: list[str] = []
    n = 0
    seconds = 0.0
    for text in articles:
        t0 = time.perf_counter()
        if split is None:
            doc = Document(text)
            pairs = [(a.end, b.start) for a, b in zip(doc.sentences, doc.sentences[1:])
                     if a.paragraph == b.paragraph]
        else:
            pairs = []
            for p0, p1 in paragraph_spans(text):
                spans = split(text[p0:p1])
                pairs += [(p0 + a[1], p0 + b[0]) for a, b in zip(spans, spans[1:])]
        seconds += time.perf_counter() - t0
        for end, nxt in pairs:
            n += 1
            kind = classify(text, end, nxt)
            if kind is None:
                continue
            counts[kind] += 1
            if kind != "after_maybe_final" and len(shown) < examples:
                shown.append(f"{kind}: …{text[max(0, end - 40):end]}|{text[nxt:nxt + 30]}…"
                             .replace("\n", " "))
    return counts, n, seconds, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="+", help="JSONL files or folders of them")
    parser.add_argument("--compare", action="store_true", help="also run blingfire and pysbd")
    parser.add_argument("--examples", type=int, default=10)
    args = parser.parse_args()
    articles = list(texts(args.paths))
    words = sum(len(t.split()) for t in articles)
    print(f"{len(articles)} articles, {words:,} words")
    runs: list[tuple[str, Callable | None]] = [("newsledger", None)]
    if args.compare:
        runs += [("blingfire", _blingfire()), ("pysbd", _pysbd())]
    print("| segmenter | boundaries | " + " | ".join(CHECKS) + " | words/s |")
    print("|---|---|" + "---|" * len(CHECKS) + "---|")
    all_shown = []
    for name, split in runs:
        if name != "newsledger" and split is None:
            print(f"| {name} | not installed |" + " |" * (len(CHECKS) + 1))
            continue
        counts, n, seconds, shown = measure(articles, split, args.examples)
        all_shown.append((name, shown))
        print(f"| {name} | {n:,} | " + " | ".join(f"{counts[c]:,}" for c in CHECKS)
              + f" | {words / seconds:,.0f} |")
    for name, shown in all_shown:
        if shown:
            print(f"\n{name}, examples:")
            print("\n".join("  " + s for s in shown))


if __name__ == "__main__":
    main()
