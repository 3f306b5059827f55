"""Story clustering on two dev corpora of different styles: fit the same-story model's weights
and measure clustering on held-out halves.

    python -m benchmarks.stories DEVDATA_DIR [--fit]

- ECB+ topics 1-25 (DEVDATA_DIR/ecbplus/dev.jsonl: 535 articles, 46 gold stories, two
  look-alike events per topic; undated, as ``score_stories.py`` writes them);
- MEANTIME (DEVDATA_DIR/meantime/meantime_en.jsonl: 120 Wikinews articles on four companies
  and markets, dated; gold stories in ``evaluation/gold/meantime/stories.jsonl``: almost every
  article is its own story, so it measures the merging of same-topic articles);
- PolNeAR (DEVDATA_DIR/polnear/train.jsonl and dev.jsonl: 924 US political articles of 2016
  from seven outlets, clustered undated, as ``score_quotes.py`` writes them): no gold stories,
  but their publication dates are known, and two articles published more than
  ``APART_DAYS`` days apart never report one happening. The share of article pairs put in one
  story that lie so far apart measures how much undated news of one topic is merged; such
  pairs are also negatives when the model is fitted.

Each article is extracted with ``extract_all`` as in a build. Two folds: ECB+ topics 1-12 with
MEANTIME's airbus and apple articles, and ECB+ topics 13-25 with its gm and stock articles. The
model is fitted on one fold (weights, then the link threshold that clusters that fold's gold
article pairs best, pooled over its corpora) and
clusters the other: those held-out figures are the ones to quote. ``--fit`` prints the weights
fitted on both folds, to paste into ``newsledger/reconcile/stories.py``.

The model is a logistic regression (gradient descent, L2 1e-3, numpy) over
``stories.pair_features`` of the candidate pairs the build compares (``candidate_pairs``),
labelled 1 when both articles are of the same gold story. Nothing here is a test.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np

from newsledger.evaluate.stories import bcubed, pairwise
from newsledger.extract.article import extract_all, publication_date
from newsledger.ingest.normalize import normalize_text
from newsledger.reconcile import stories as S
from newsledger.records import Article

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
APART_DAYS = 14
Corpus = list[tuple[S.StoryItem, str, int]]  # item, gold story ("" unknown), fold
TRUE_DATES: dict[str, dt.date] = {}  # PolNeAR's publication dates, kept from the clustering


def _item(doc_id: str, text: str, published: dt.date | None) -> S.StoryItem:
    article = Article(doc_id, doc_id, normalize_text(text), "utf-8", published=published)
    pub, source = publication_date(article)
    keys = extract_all(article.text, pub).keys
    return S.StoryItem(doc_id, pub, dict(keys.terms), keys.dateline_day, source == "metadata")


def ecbplus(devdata: Path) -> Corpus:
    out = []
    for line in (devdata / "ecbplus" / "dev.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        out.append((_item(d["doc_id"], d["text"], None), d["story"],
                    0 if int(d["topic"]) <= 12 else 1))
    return out


def meantime(devdata: Path) -> Corpus:
    label: dict[str, str] = {}
    for line in (ROOT / "evaluation" / "gold" / "meantime" / "stories.jsonl").open():
        story = json.loads(line)
        label.update((d, story["name"]) for d in story["docs"])
    out = []
    for line in (devdata / "meantime" / "meantime_en.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        dct = d.get("dct") or ""
        if len(dct) == 10 and dct[2] == "-":  # DD-MM-YYYY
            dct = f"{dct[6:]}-{dct[3:5]}-{dct[:2]}"
        published = dt.date.fromisoformat(dct) if dct else None
        fold = 0 if d["subcorpus"] in ("corpus_airbus", "corpus_apple") else 1
        out.append((_item(d["doc_id"], d["text"], published),
                    label.get(d["doc_id"], f"single:{d['doc_id']}"), fold))
    return out


def polnear(devdata: Path) -> Corpus:
    out = []
    for split in ("train", "dev"):
        for line in (devdata / "polnear" / f"{split}.jsonl").open(encoding="utf-8"):
            d = json.loads(line)
            TRUE_DATES[d["doc_id"]] = dt.date.fromisoformat(d["publication_date"])
            fold = int(hashlib.sha1(d["doc_id"].encode()).hexdigest(), 16) % 2
            out.append((_item(d["doc_id"], d["text"], None), "", fold))
    return out


def _apart(a: str, b: str) -> bool:
    return abs((TRUE_DATES[a] - TRUE_DATES[b]).days) > APART_DAYS


def pair_data(corpus: Corpus):
    items = sorted((it for it, _, _ in corpus), key=lambda it: it.source_id)
    gold = {it.source_id: g for it, g, _ in corpus}
    profiles = S.profiles_of(items)
    rows, labels = [], []
    pairs = []
    for a, b in S.candidate_pairs(profiles):
        x, y = items[a].source_id, items[b].source_id
        if gold[x] and gold[y]:
            labels.append(float(gold[x] == gold[y]))
        elif x in TRUE_DATES and y in TRUE_DATES and _apart(x, y):
            labels.append(0.0)  # far apart in time: never one happening
        else:
            continue
        pairs.append((a, b))
    rows = S.pair_matrix(profiles, pairs)
    return rows.reshape(-1, len(S.WEIGHTS)), np.array(labels)


def fit(parts: list[Corpus], l2: float = 1e-3, steps: int = 5000,
        rate: float = 2.0) -> tuple[dict[str, float], float]:
    xs, ys = zip(*(pair_data(c) for c in parts))
    x, y = np.vstack(xs), np.concatenate(ys)
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        w -= rate * (xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0.0])
    return {k: round(float(v), 2) for k, v in zip(S.WEIGHTS, w[:-1])}, round(float(w[-1]), 2)


def clustered(corpus: Corpus) -> tuple[float, float, float, float]:
    """Pairwise P, R, F1 and B-cubed F1 of clustering ``corpus`` with the current model; for
    a corpus without gold stories (PolNeAR): the share of pairs put in one story that lie more
    than ``APART_DAYS`` apart, their number, and the number of stories of two or more."""
    items = sorted((it for it, _, _ in corpus), key=lambda it: it.source_id)
    gold = {it.source_id: g for it, g, _ in corpus}
    groups = S.cluster(items)
    if not any(gold.values()):
        pairs = [(items[a].source_id, items[b].source_id) for g in groups
                 for k, a in enumerate(g) for b in g[k + 1:]]
        apart = sum(_apart(a, b) for a, b in pairs)
        return (apart / len(pairs) if pairs else 0.0, float(apart),
                float(sum(len(g) > 1 for g in groups)), 0.0)
    label = {items[i].source_id: str(g[0]) for g in groups for i in g}
    return (*pairwise(label, gold), bcubed(label, gold))


def pair_counts(corpus: Corpus) -> tuple[int, int, int]:
    """Article pairs of ``corpus`` put in one story by both the clustering and the gold, by
    the clustering, and by the gold."""
    items = sorted((it for it, _, _ in corpus), key=lambda it: it.source_id)
    gold = [g for _, g in sorted((it.source_id, g) for it, g, _ in corpus)]
    label = {i: g[0] for g in S.cluster(items) for i in g}

    def pairs(keys) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(keys).values())

    return (pairs((label[i], gold[i]) for i in range(len(items))),
            pairs(label[i] for i in range(len(items))), pairs(gold))


def best_threshold(parts: list[Corpus]) -> float:
    """The link threshold with the best pairwise F1 over the article pairs of the gold corpora
    of ``parts`` pooled (each corpus clustered on its own): a corpus weighs by its gold pairs,
    so MEANTIME's two stories of more than one article cannot outvote ECB+'s thousands of
    pairs (a mean of the corpora's F1 did: MEANTIME's F1 jumps between 0 and 1)."""
    scores = {}
    scored = [c for c in parts if any(g for _, g, _ in c)]
    for t in THRESHOLDS:
        S.LINK_THRESHOLD = t
        both, system, gold = map(sum, zip(*(pair_counts(c) for c in scored)))
        p, r = both / system if system else 1.0, both / gold if gold else 1.0
        scores[t] = 2 * p * r / (p + r) if p + r else 0.0
    return max(THRESHOLDS, key=lambda t: (scores[t], -t))


def fold(corpus: Corpus, k: int) -> Corpus:
    return [row for row in corpus if row[2] == k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devdata", type=Path)
    parser.add_argument("--fit", action="store_true")
    args = parser.parse_args()
    corpora = {"ECB+": ecbplus(args.devdata), "MEANTIME": meantime(args.devdata),
               "PolNeAR": polnear(args.devdata)}
    shipped = (dict(S.WEIGHTS), S.BIAS, S.LINK_THRESHOLD)
    print("| fitted on fold | clustered | pairs P | R | F1 | B-cubed F1 |\n|---|---|---|---|---|---|")
    for train, test in ((0, 1), (1, 0)):
        S.WEIGHTS, S.BIAS = fit([fold(c, train) for c in corpora.values()])
        S.LINK_THRESHOLD = best_threshold([fold(c, train) for c in corpora.values()])
        for name, c in corpora.items():
            p, r, f, b = clustered(fold(c, test))
            if name == "PolNeAR":
                print(f"| {train} (threshold {S.LINK_THRESHOLD}) | {name} fold {test} | "
                      f"{p:.3f} of merged pairs over {APART_DAYS} days apart ({r:.0f}), "
                      f"{f:.0f} stories of 2+ | | | |")
                continue
            print(f"| {train} (threshold {S.LINK_THRESHOLD}) | {name} fold {test} "
                  f"| {p:.3f} | {r:.3f} | {f:.3f} | {b:.3f} |")
    S.WEIGHTS, S.BIAS, S.LINK_THRESHOLD = shipped
    if args.fit:
        S.WEIGHTS, S.BIAS = fit(list(corpora.values()))
        S.LINK_THRESHOLD = best_threshold(list(corpora.values()))
        print(f"\nWEIGHTS = {S.WEIGHTS}\nBIAS = {S.BIAS}\nLINK_THRESHOLD = {S.LINK_THRESHOLD}")
    for name, c in corpora.items():
        p, r, f, b = clustered(c)
        weights = 'fitted' if args.fit else 'shipped'
        if name == "PolNeAR":
            print(f"{name}, whole corpus, {weights} weights: {p:.3f} of merged pairs more than "
                  f"{APART_DAYS} days apart ({r:.0f} pairs), {f:.0f} stories of two or more")
            continue
        print(f"{name}, whole corpus, {weights} weights: "
              f"P {p:.3f} R {r:.3f} F1 {f:.3f} B-cubed F1 {b:.3f}")


if __name__ == "__main__":
    main()
