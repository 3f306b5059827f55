"""Measure how often each speaker rule of the quote extractor names the right speaker, on
annotated news (PolNeAR's JSONL: one article per line with "text" and "quotes", each quote
with "quote_spans", "speaker_start", "speaker_end", "speaker_text"). The result is the table
``newsledger/lexicon/reliability.py`` holds (each rule's share of right speakers, smoothed by
Laplace's rule of succession) (paste the printed dict there), so that a quote's
``confidence`` is the measured precision of the rule that found its speaker. The rules are the
rows of ``newsledger/extract/quotes/rules.py``; a row the corpus never exercises is listed
after the table (keep its figure).

    python -m benchmarks.speaker_rules /path/to/polnear/train.jsonl

Matching follows the quote scorer the project is measured with: a quoted segment (the text
between double marks, or two-apostrophe marks, inside an annotated quote) matches an
extracted quote when each covers at least half of the other; the speaker is right when the
extracted speaker span overlaps the annotated one, or every capitalized word of the annotated
speaker is in the extracted name.
Only the figures are printed; no article text is kept.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import quotes_with_rules
from newsledger.extract.quotes.rules import ATTRIBUTION_RULES
from newsledger.text import Document

# A quoted segment: between double marks, or between two-apostrophe marks (''…'', as the
# New York Times copy in PolNeAR writes them; the shared quote scorer counts only the first).
SEGMENT = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]|''(.+?)''")
CAPS = re.compile(r"[A-Z][\w'\u2019-]+")


def _mutual(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ov = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return ov >= 0.5 * (a[1] - a[0]) and ov >= 0.5 * (b[1] - b[0])


def measure(path: str) -> tuple[Counter, Counter]:
    """(quotes matched, speakers right) per rule."""
    seen: Counter = Counter()
    right: Counter = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text = doc["text"]
            gold = []
            for q in doc["quotes"]:
                if q["speaker_start"] is None:
                    continue
                for s, e in q["quote_spans"]:
                    for m in SEGMENT.finditer(text, s, e):
                        gold.append((m.span(m.lastindex), q))
            doc = Document(text)
            found = quotes_with_rules(doc, extract_entities(doc))
            used: set[int] = set()
            for span, q in gold:
                for i, (quote, rule) in enumerate(found):
                    if i in used or not _mutual(span, (quote.start, quote.end)):
                        continue
                    used.add(i)
                    seen[rule] += 1
                    ss, se = quote.speaker_start, quote.speaker_end
                    caps = CAPS.findall(q["speaker_text"] or "")
                    ok = (ss is not None and min(se, q["speaker_end"]) > max(ss, q["speaker_start"])) \
                        or (bool(caps) and all(w in (quote.speaker_name or "") for w in caps))
                    right[rule] += ok
                    break
    return seen, right


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="annotated JSONL (e.g. PolNeAR train.jsonl)")
    args = ap.parse_args()
    seen, right = measure(args.path)
    # Laplace's rule of succession, (right + 1) / (n + 2): a rule measured on a handful of
    # quotes is not given 0 or 1.
    print("RULE_PRECISION = {")
    for rule, n in sorted(seen.items(), key=lambda x: -x[1]):
        print(f'    "{rule}": {(right[rule] + 1) / (n + 2):.3f},  # {right[rule]}/{n}')
    print("}")
    unseen = [row.name for row in ATTRIBUTION_RULES if row.name not in seen]
    if unseen:
        print(f"# not seen on this corpus: {', '.join(unseen)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
