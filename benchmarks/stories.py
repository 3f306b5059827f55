"""Story clustering on ECB+ (topics 1-25: 535 articles, 46 gold stories, two look-alike
events per topic): fit the same-story model's weights and measure clustering held out by topic.

    python -m benchmarks.stories DEVDATA_DIR [--fit] [--dates]

DEVDATA_DIR holds ``ecbplus/dev.jsonl`` (../shared/devdata). Each article is extracted with
``extract_all`` as in a build (its story keys), then:

- two-fold check by topic: the model is fitted on topics 1-12 and the articles of topics 13-25
  are clustered with it (pairwise P/R/F1 against the gold stories), and the other way round;
  this is the figure to quote, since held-out topics are what users' news looks like;
- ``--fit``: the weights fitted on all 25 topics, printed as the ``WEIGHTS``/``BIAS`` to paste
  into ``newsledger/reconcile/stories.py``, and the clustering of all topics with them.

The model is a logistic regression (plain gradient descent, L2 1e-3, numpy) over
``stories.pair_features`` of the candidate pairs the build compares (``candidate_pairs``),
labelled 1 when both articles are of the same gold story. ``--dates`` gives the articles the
publication dates newsledger infers from their text (ECB+ carries none; by default they are
undated, as the scorer's corpus is). Nothing here is a test; it prints a report.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np

from newsledger.extract.article import extract_all, publication_date
from newsledger.reconcile import stories as S
from newsledger.records import Article

FOLDS = (set(range(1, 13)), set(range(13, 26)))
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def load(devdata: Path, dates: bool) -> tuple[list[dict], dict[str, S.StoryItem]]:
    docs = [json.loads(line) for line in (devdata / "ecbplus" / "dev.jsonl").open()]
    items = {}
    for d in docs:
        article = Article(d["doc_id"], d["doc_id"], d["text"], "utf-8")
        published = publication_date(article)[0]
        keys = extract_all(d["text"], published).keys
        items[d["doc_id"]] = S.StoryItem(d["doc_id"], published if dates else None,
                                         dict(keys.terms))
    return docs, items


def pairwise(system: dict[str, object], gold: dict[str, str]) -> tuple[float, float, float]:
    def pairs(counts):
        return sum(n * (n - 1) // 2 for n in counts)
    both = pairs(Counter((system[d], gold[d]) for d in gold).values())
    sp, gp = pairs(Counter(system.values()).values()), pairs(Counter(gold.values()).values())
    p, r = (both / sp if sp else 1.0), (both / gp if gp else 1.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pair_data(items: list[S.StoryItem], gold: dict[str, str]):
    n = len(items)
    df = S.document_frequencies(it.terms for it in items)
    profiles = [S.profile(it.terms, df, n) for it in items]
    dates = [it.published for it in items]
    rows, labels = [], []
    for a, b in sorted(S.candidate_pairs([p.whole for p in profiles], dates)):
        f = S.pair_features(profiles[a], profiles[b])
        rows.append([f[k] for k in S.WEIGHTS])
        labels.append(float(gold[items[a].source_id] == gold[items[b].source_id]))
    return np.array(rows), np.array(labels)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 5000,
        rate: float = 2.0) -> tuple[dict[str, float], float]:
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        w -= rate * (xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0.0])
    return {k: round(float(v), 2) for k, v in zip(S.WEIGHTS, w[:-1])}, round(float(w[-1]), 2)


def clustered(items: list[S.StoryItem], gold: dict[str, str]) -> tuple[float, float, float]:
    groups = S.cluster(items)
    label = {items[i].source_id: g[0] for g in groups for i in g}
    return pairwise(label, {k: gold[k] for k in label})


def best_threshold(items: list[S.StoryItem], gold: dict[str, str]) -> float:
    """The link threshold that clusters ``items`` best (pairwise F1), from a grid."""
    scores = {}
    for t in THRESHOLDS:
        S.LINK_THRESHOLD = t
        scores[t] = clustered(items, gold)[2]
    return max(THRESHOLDS, key=lambda t: (scores[t], -t))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devdata", type=Path)
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--dates", action="store_true")
    args = parser.parse_args()
    docs, items = load(args.devdata, args.dates)
    gold = {d["doc_id"]: d["story"] for d in docs}

    def subset(topics):
        return sorted((items[d["doc_id"]] for d in docs if int(d["topic"]) in topics),
                      key=lambda it: it.source_id)
    weights, bias = dict(S.WEIGHTS), S.BIAS
    print("| trained on | clustered | pairs P | R | F1 |\n|---|---|---|---|---|")
    threshold = S.LINK_THRESHOLD
    for train, test in (FOLDS, FOLDS[::-1]):
        S.WEIGHTS, S.BIAS = fit(*pair_data(subset(train), gold))
        S.LINK_THRESHOLD = best_threshold(subset(train), gold)
        p, r, f = clustered(subset(test), gold)
        print(f"| topics {min(train)}-{max(train)} (threshold {S.LINK_THRESHOLD}) "
              f"| topics {min(test)}-{max(test)} | {p:.3f} | {r:.3f} | {f:.3f} |")
    S.WEIGHTS, S.BIAS, S.LINK_THRESHOLD = weights, bias, threshold
    if args.fit:
        S.WEIGHTS, S.BIAS = fit(*pair_data(subset(set(range(1, 26))), gold))
        S.LINK_THRESHOLD = best_threshold(subset(set(range(1, 26))), gold)
        print(f"\nWEIGHTS = {S.WEIGHTS}\nBIAS = {S.BIAS}\nLINK_THRESHOLD = {S.LINK_THRESHOLD}")
    p, r, f = clustered(subset(set(range(1, 26))), gold)
    print(f"\nall 25 topics with {'the fitted' if args.fit else 'the shipped'} weights: "
          f"P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
