"""Measure the reported-speech rows (quotes of kind ``indirect``) on annotated news, per rule of
``newsledger/extract/quotes/reported.py``: how many of a rule's statements match an annotated
attribution and name its speaker. The result is the table ``REPORTED_PRECISION`` of
``newsledger/lexicon/reliability.py`` holds (paste the printed dict there), so that an
``indirect`` row's ``confidence`` is the measured precision of the rule that found it.

    python -m benchmarks.reported_rules /path/to/polnear/train.jsonl

The corpus is PolNeAR's JSONL (one article per line with "text" and "quotes", each quote with
"quote_start", "quote_end", "speaker_start", "speaker_end", "speaker_text", "cue_text").
Matching follows the shared scorer's reported part (``score_quotes.py --part reported``): a
statement matches an annotated attribution content (any, quoted or not, any cue) when each
covers at least half of the other; it is right when it matches and its speaker is right (the
extracted speaker span overlaps the annotated source, or every capitalized word of the source
is in the extracted name; a content annotated with no source counts the span alone). Also
printed: precision, recall of the speech-cued unquoted contents (``SPEECH_CUE``, as the scorer
counts them) and speaker accuracy overall. Only figures are printed; no article text.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import quotes_with_rules
from newsledger.extract.quotes.reported import REPORTED_RULES, reported_with_rules
from newsledger.text import Document

CAPS = re.compile(r"[A-Z][\w'\u2019-]+")
# The scorer's verbs of saying (a content cued by one of them, with no double quote mark in
# it, is a reported statement the extractor should find).
SPEECH_CUE = re.compile(
    r"\b(said|say|says|saying|told|tell|tells|telling|according to|noted|notes|note|added|adds|"
    r"announced|announces|announcing|claimed|claims|claim|warned|warns|argued|argues|argue|"
    r"stated|states|wrote|writes|explained|explains|insisted|insists|reported|reports|asked|"
    r"asks|acknowledged|acknowledges|suggested|suggests|responded|responds|replied|denied|"
    r"denies|admitted|admits|declared|declares|predicted|predicts|promised|promises|pledged|"
    r"pledges|vowed|vows|urged|urges|called|calls|tweeted|tweets|posted|testified|confirmed|"
    r"confirms|conceded|concedes|contended|maintained|observed|remarked|recalled|estimated|"
    r"estimates|complained|charged|alleged|alleges|accused|criticized|praised|questioned|"
    r"citing|cited|quoted|quoting)\b")


def mutual(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ov = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return ov >= 0.5 * (a[1] - a[0]) and ov >= 0.5 * (b[1] - b[0])


def speaker_ok(gold: dict, quote) -> bool:
    ss, se = quote.speaker_start, quote.speaker_end
    if ss is not None and gold["speaker_start"] is not None and \
            min(se, gold["speaker_end"]) > max(ss, gold["speaker_start"]):
        return True
    caps = CAPS.findall(gold["speaker_text"] or "")
    return bool(caps) and all(w in (quote.speaker_name or "") for w in caps)


def is_speech_gold(g: dict) -> bool:
    quoted = any(c in g["quote_text"] for c in "\"\u201c\u201d")
    return not quoted and bool(SPEECH_CUE.search((g.get("cue_text") or "").lower()))


def measure(path: str) -> dict[str, Counter]:
    """Counters per rule ('seen', 'matched', 'right') and overall ('gold', 'found',
    'speaker_n', 'speaker_ok')."""
    out = {"seen": Counter(), "matched": Counter(), "right": Counter(), "all": Counter()}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            text = d["text"]
            contents = [g for g in d["quotes"] if g.get("quote_start") is not None]
            doc = Document(text)
            entities = extract_entities(doc)
            quotes = [q for q, _ in quotes_with_rules(doc, entities)]
            found = reported_with_rules(doc, entities, quotes)
            for quote, rule in found:
                span = (quote.start, quote.end)
                out["seen"][rule] += 1
                hits = [g for g in contents if mutual((g["quote_start"], g["quote_end"]), span)]
                if hits:
                    out["matched"][rule] += 1
                    out["right"][rule] += any(g["speaker_start"] is None or speaker_ok(g, quote)
                                              for g in hits)
            used: set[int] = set()
            for g in contents:
                if not is_speech_gold(g):
                    continue
                out["all"]["gold"] += 1
                for i, (quote, _) in enumerate(found):
                    if i in used or not mutual((g["quote_start"], g["quote_end"]),
                                               (quote.start, quote.end)):
                        continue
                    used.add(i)
                    out["all"]["found"] += 1
                    if g["speaker_start"] is not None:
                        out["all"]["speaker_n"] += 1
                        out["all"]["speaker_ok"] += speaker_ok(g, quote)
                    break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="annotated JSONL (e.g. PolNeAR train.jsonl)")
    args = ap.parse_args()
    c = measure(args.path)
    # Laplace's rule of succession, (right + 1) / (n + 2): a rule measured on a handful of
    # statements is not given 0 or 1.
    print("REPORTED_PRECISION = {")
    for rule, n in sorted(c["seen"].items(), key=lambda x: -x[1]):
        print(f'    "{rule}": {(c["right"][rule] + 1) / (n + 2):.3f},  # {c["right"][rule]}/{n} '
              f'(span matched {c["matched"][rule]})')
    print("}")
    unseen = [row.name for row in REPORTED_RULES if row.name not in c["seen"]]
    if unseen:
        print(f"# not seen on this corpus: {', '.join(unseen)}")
    n_sys = sum(c["seen"].values())
    a = c["all"]
    p = sum(c["matched"].values()) / n_sys if n_sys else 0.0
    r = a["found"] / a["gold"] if a["gold"] else 0.0
    print(f"# precision {p:.3f} ({sum(c['matched'].values())}/{n_sys}), recall {r:.3f} "
          f"({a['found']}/{a['gold']}), speakers {a['speaker_ok']}/{a['speaker_n']} = "
          f"{a['speaker_ok'] / a['speaker_n'] if a['speaker_n'] else 0.0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
