"""Story and verdict figures: which articles report the same happening, and whether claims
compared across a story's sources get the verdict a reader would give.

Gold comes from a set's optional ``stories.jsonl`` (``evaluation/GUIDE.md``, "Stories and
verdicts"), one annotation per line:

- ``{"type": "story", "name": ..., "docs": [ids]}``: the articles of one story. The file lists
  every story of two or more articles of the set; any other article of the set is a story of
  its own.
- ``{"type": "verdict", "doc": id, "text": value as written, "group": name, "verdict":
  "conflicts" | "agrees" | "none"}``: a claim (its value span, found like any gold span) and
  the group of claims it is to be compared with; ``none`` marks a trap (an age, another
  award, another year) that must not be compared at all.

Figures (``<name>@<set>``): ``stories.pairwise_precision``/``recall``/``f1`` (over pairs of
articles, "same story" in the data against the gold), ``stories.bcubed_f1``;
``claims.conflicts_found`` and ``claims.agreements_found`` (gold groups whose claims are all in
one cluster with that consistency), ``claims.traps_compared`` (trap groups whose claims are
compared with each other, or whose one claim is compared at all; lower is better) and
``claims.conflict_precision`` (clusters flagged ``conflicts`` among the set's articles whose
claims are all one gold conflict group).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from .gold import GoldError, GoldSet, _locate
from .predict import Predictions
from .score import Figure, count, ratio

STORIES = "stories.jsonl"
DIGITS = 4


def load_story_gold(gold: GoldSet) -> list[dict[str, Any]] | None:
    """The set's story and verdict annotations, verdict spans resolved; None without a file."""
    path = gold.path / STORIES
    if not path.is_file():
        return None
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        ann = json.loads(line)
        where = f"{path} line {n}"
        if ann.get("type") == "story":
            missing = [d for d in ann["docs"] if d not in gold.articles]
            if missing:
                raise GoldError(f"{where}: no article with id {missing[0]!r}")
        elif ann.get("type") == "verdict":
            article = gold.articles.get(ann["doc"])
            if article is None:
                raise GoldError(f"{where}: no article with id {ann['doc']!r}")
            if ann.get("verdict") not in ("conflicts", "agrees", "none"):
                raise GoldError(f"{where}: verdict must be conflicts, agrees or none")
            ann = {**ann, **dict(zip(("start", "end"), _locate(article.text, ann, where)))}
        else:
            raise GoldError(f"{where}: type must be story or verdict")
        out.append(ann)
    return out


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pairwise(system: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    both = _pairs(Counter((system[d], gold[d]) for d in gold))
    sp, gp = _pairs(Counter(system[d] for d in gold)), _pairs(Counter(gold.values()))
    p = both / sp if sp else 1.0
    r = both / gp if gp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bcubed(system: dict[str, str], gold: dict[str, str]) -> float:
    cell = Counter((system[d], gold[d]) for d in gold)
    s_size, g_size = Counter(system[d] for d in gold), Counter(gold.values())
    p = sum(cell[(system[d], gold[d])] / s_size[system[d]] for d in gold) / len(gold)
    r = sum(cell[(system[d], gold[d])] / g_size[gold[d]] for d in gold) / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def story_figures(gold: GoldSet, preds: Predictions) -> list[Figure]:
    anns = load_story_gold(gold)
    if anns is None:
        return []
    out: list[Figure] = []

    def add(name: str, label: str, value: float | None, n: int | None, size: str,
            note: str | None = None) -> None:
        out.append(Figure(f"{name}@{gold.name}", label,
                          None if value is None else round(value, DIGITS), n, gold.name, size,
                          note))

    found = preds.found
    story_of = {r["source_id"]: r.get("story_id")
                for rows in preds.rows.get("sources", {}).values() for r in rows}
    label = {doc: f"single:{doc}" for doc in gold.articles}
    for a in anns:
        if a["type"] == "story":
            for d in a["docs"]:
                label[d] = a["name"]
    docs = sorted(d for d in gold.articles if d in found and story_of.get(found[d]))
    n_stories = len(set(label.values()))
    size = (f"{count(len(gold.articles), 'article')}, "
            f"{n_stories} {'story' if n_stories == 1 else 'stories'}")
    if docs:
        system = {d: story_of[found[d]] for d in docs}
        truth = {d: label[d] for d in docs}
        p, r, f = pairwise(system, truth)
        n_pairs = _pairs(Counter(truth.values()))
        note = None if len(docs) == len(gold.articles) else \
            f"{len(gold.articles) - len(docs)} of the set's articles are not in the data scored"
        add("stories.pairwise_precision", "Stories, pairwise precision (article pairs put in "
            "one story that the gold puts in one story)", p, _pairs(Counter(system.values())),
            size, note)
        add("stories.pairwise_recall", "Stories, pairwise recall", r, n_pairs, size, note)
        add("stories.pairwise_f1", "Stories, pairwise F1", f, n_pairs, size, note)
        add("stories.bcubed_f1", "Stories, B-cubed F1 (per article)", bcubed(system, truth),
            len(docs), size, note)
    else:
        add("stories.pairwise_f1", "Stories, pairwise F1", None, None, size,
            "none of the set's articles is in the data scored")
    _verdicts(gold, preds, [a for a in anns if a["type"] == "verdict"], add)
    return out


def _verdicts(gold: GoldSet, preds: Predictions, anns: list[dict[str, Any]], add) -> None:
    if not anns:
        return
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in anns:
        groups[a["group"]].append(a)
    kinds = {g: members[0]["verdict"] for g, members in groups.items()}

    def claim(a: dict[str, Any]) -> dict[str, Any] | None:
        """The claim row whose value span overlaps the annotation's (most overlap)."""
        rows = preds.of("claims", a["doc"])
        hits = [(min(a["end"], r["value_end"]) - max(a["start"], r["value_start"]), i)
                for i, r in enumerate(rows)
                if r["value_start"] < a["end"] and a["start"] < r["value_end"]]
        return rows[max(hits)[1]] if hits else None

    rows = {g: [claim(a) for a in members] for g, members in groups.items()}
    size = f"{count(len(groups), 'claim group')}"
    for kind, name, label in (("conflicts", "claims.conflicts_found",
                               "Conflicting claims flagged (one cluster, consistency = "
                               "conflicts)"),
                              ("agrees", "claims.agreements_found",
                               "Agreeing claims found (one cluster, consistency = agrees)")):
        wanted = [g for g in groups if kinds[g] == kind]
        ok = sum(all(r is not None for r in rows[g])
                 and len({r["cluster_id"] for r in rows[g]}) == 1
                 and all(r["consistency"] == kind for r in rows[g]) for g in wanted)
        add(name, label, ratio(ok, len(wanted)), len(wanted), size)
    traps = [g for g in groups if kinds[g] == "none"]

    def compared(g: str) -> bool:
        """A trap of one claim is compared when the claim is compared at all; a trap of two
        or more claims (two stories' figures, a count that rose overnight) when two of them
        are compared with each other: one cluster, not single_source. Each may still agree
        within its own story (the 35 homes of the March flood, in two papers)."""
        found = [r for r in rows[g] if r is not None and r["consistency"] != "single_source"]
        if len(rows[g]) == 1:
            return bool(found)
        return len({r["cluster_id"] for r in found}) < len(found)

    add("claims.traps_compared", "Traps compared (an age, another award, another year: "
        "share of trap groups whose claims are compared with each other, or, for a trap of "
        "one claim, compared at all; lower is better)",
        ratio(sum(map(compared, traps)), len(traps)), len(traps), size)
    group_of = {(r["source_id"], r["value_start"]): g for g in groups
                if kinds[g] == "conflicts" for r in rows[g] if r is not None}
    flagged: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for doc in gold.articles:
        for r in preds.of("claims", doc):
            if r["consistency"] == "conflicts":
                flagged[r["cluster_id"]].append((r["source_id"], r["value_start"]))
    genuine = sum(len({group_of.get(m) for m in members}) == 1 and members[0] in group_of
                  for members in flagged.values())
    add("claims.conflict_precision", "Conflicts flagged that are genuine (clusters flagged "
        "conflicts whose claims are all of one gold conflict group)",
        ratio(genuine, len(flagged)), len(flagged), size,
        None if flagged else "no cluster flagged conflicts")

