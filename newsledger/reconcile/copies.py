"""Copies: articles that reproduce another nearly word for word (wire copy run by several papers,
a reprint, the same text under two names with a line changed).

Method (linear in the corpus):

1. Blocking. Each article carries a bottom-k sketch of its word 5-grams
   (``newsledger.extract.keys.sketch``). Articles that share at least ``MIN_SHARED`` sketch
   hashes are candidates; a hash held by more than ``MAX_POSTING`` articles is boilerplate
   (a standard sign-off) and blocks nothing.
2. Verification. For each candidate pair, the full sets of 5-gram hashes: the pair is a copy
   when the shorter text's 5-grams are at least ``MIN_CONTAINMENT`` in the longer one and the
   shorter has at least ``MIN_LENGTH_RATIO`` of the longer's (a trimmed reprint is a copy; a
   long article that quotes a short wire story is not).
3. Groups. Copies form groups (connected pairs). In each group the earliest article is the
   original (by publication date, undated articles after dated ones; on one day the longest,
   since reprints trim; then by ``source_id``): every other member's ``copy_of`` names it. An
   original's ``copy_of`` is null.

Copies always join their original's story and never count as independent sources.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

MIN_SHARED = 4
MAX_POSTING = 50
MIN_CONTAINMENT = 0.8
MIN_LENGTH_RATIO = 0.5


def candidate_pairs(sketches: Mapping[str, Sequence[int]]) -> list[tuple[str, str]]:
    """Pairs of articles (a < b) sharing at least ``MIN_SHARED`` sketch hashes, sorted."""
    postings: dict[int, list[str]] = defaultdict(list)
    for sid in sorted(sketches):
        for h in set(sketches[sid]):
            postings[h].append(sid)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in postings.values():
        if 1 < len(ids) <= MAX_POSTING:
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    shared[(a, b)] += 1
    return sorted(p for p, n in shared.items() if n >= MIN_SHARED)


def is_copy(a: set[int], b: set[int]) -> bool:
    """Whether two texts' 5-gram sets make one a copy of the other (module docstring, step 2)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not small or len(small) < MIN_LENGTH_RATIO * len(large):
        return False
    return len(small & large) >= MIN_CONTAINMENT * len(small)


def _order(published: dt.date | None, size: int, source_id: str) -> tuple[int, int, str]:
    return (published.toordinal() if published else dt.date.max.toordinal() + 1, -size,
            source_id)


def find_copies(sketches: Mapping[str, Sequence[int]],
                published: Mapping[str, dt.date | None],
                shingles_of: Callable[[Iterable[str]], Mapping[str, set[int]]]) -> dict[str, str]:
    """``copy_of`` of every article that is a copy: {source_id: original source_id}.

    ``shingles_of(ids)`` returns the full 5-gram hash sets of the given articles (read from
    their texts only for candidates)."""
    pairs = candidate_pairs(sketches)
    if not pairs:
        return {}
    sets = shingles_of(sorted({s for p in pairs for s in p}))
    parent: dict[str, str] = {}

    def order(s: str) -> tuple[int, int, str]:
        return _order(published.get(s), len(sets[s]), s)

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in pairs:
        if is_copy(sets[a], sets[b]):
            ra, rb = root(a), root(b)
            if ra != rb:
                first, second = sorted((ra, rb), key=order)
                parent[second] = first
    groups: dict[str, set[str]] = defaultdict(set)
    for sid in list(parent):
        groups[root(sid)].update((sid, root(sid)))
    out: dict[str, str] = {}
    for members in groups.values():
        ordered = sorted(members, key=order)
        for sid in ordered[1:]:
            out[sid] = ordered[0]
    return dict(sorted(out.items()))
