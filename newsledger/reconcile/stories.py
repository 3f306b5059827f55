"""Stories: the articles that report the same happening (the same concession, the same flood,
the same IPO), not merely the same topic or person.

Method (as news story clustering does it: TF-IDF over content words and names, a time window,
a learned pair similarity, average-link clustering; Manning et al., *Introduction to IR*,
ch. 17; Miranda et al., *Multilingual Clustering of Streaming News*, 2018):

1. Vectors. Each independent article (copies join their original: ``copies.py``) is a TF-IDF
   vector of its story terms (``newsledger.extract.keys``: content words, numbers, entities,
   years; the lead counting twice): weight ``(1 + log tf) * log((N + IDF_PRIOR) / (df + 1))``
   (the prior keeps what a small corpus's articles all share from weighing nothing), terms
   held by one article only dropped, the ``TOP_TERMS`` heaviest kept, unit length.
2. Blocking. Candidate pairs share one of their ``BLOCK_TERMS`` heaviest terms (an inverted
   index, never all pairs). A term held by more than ``MAX_POSTINGS`` articles is a topic, not
   a happening: under it, an article for which it is one of its ``WINDOW_TERMS`` heaviest
   terms meets only the next ``NEIGHBOURS`` such articles by date within ``WINDOW_DAYS``, and
   undated articles meet none. Each pair's dot product over the shared
   block terms ranks it, and every article keeps its ``MAX_CANDIDATES`` best pairs: the
   pairs compared grow linearly with the corpus.
3. Same-story probability of each candidate pair: a logistic model (``WEIGHTS``, ``BIAS``) over
   the cosines of the two articles' whole vectors and of their entity, word and number parts
   alone (a part one article lacks takes the whole vectors' cosine: no entity is no evidence),
   and whether they name the same year or only different years; times a date factor
   when both articles are dated: 1 within ``SAME_DAYS`` days, falling linearly to 0 at
   ``WINDOW_DAYS`` (two storms a month apart are two stories).
4. Average-link clustering of the candidate graph (pairs not compared count as 0): stories
   merge, most alike first, while the mean probability over all their cross pairs is at least
   ``LINK_THRESHOLD``. Average link resists chaining: one article about both of two look-alike
   events (a match and its rematch) does not join their stories.

A story's id comes from its founding article (the earliest, then the first by ``source_id``), so
it stays the same when unrelated articles are added. Limits: the weights and the threshold were
fitted on ECB+ topics 1-25 (look-alike events, English news of 2008 and 2013;
``python -m benchmarks.stories`` fits them on half the topics and scores the other half);
articles of one happening that share few words (a feature and a brief) may be split; a story
that runs for weeks splits at ``WINDOW_DAYS`` gaps.
"""
from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsledger.ids import make_id

TOP_TERMS = 250
# IDF as if the corpus held IDF_PRIOR more articles, each term in one of them: a corpus of four
# articles on one story still weighs what they share; a large corpus is hardly changed.
IDF_PRIOR = 100
BLOCK_TERMS = 30  # an article is looked up by its heaviest terms only
MAX_POSTINGS = 50  # a term held by more articles blocks by date only
NEIGHBOURS = 10  # under such a term, an article meets the next few by date
WINDOW_TERMS = 5  # ... when the term is one of its five heaviest
MAX_CANDIDATES = 25  # pairs compared per article at most: its best by shared block terms
SAME_DAYS = 2
WINDOW_DAYS = 14
# The same-story model: a logistic regression over ``pair_features``, fitted with its link
# threshold on ECB+ topics 1-25 and MEANTIME (``python -m benchmarks.stories DEVDATA --fit``);
# fitted on half of each, it clusters the other halves of ECB+ at pairwise F1 0.92 and 0.90.
WEIGHTS = {"all terms": 4.97, "entities": 4.01, "words": 5.24, "numbers": 2.88,
           "other years only": -0.69, "a shared year": 1.11, "other lead days only": -0.3,
           "a shared lead day": 0.81}
BIAS = -3.3
LINK_THRESHOLD = 0.2  # clusters merge while the mean probability of their cross pairs is above

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class StoryItem:
    """One article as story clustering sees it."""

    source_id: str
    published: dt.date | None
    terms: Mapping[str, float]  # raw weighted counts (``StoryKeys.terms``)


def document_frequencies(term_sets: Iterable[Iterable[str]]) -> Counter[str]:
    df: Counter[str] = Counter()
    for terms in term_sets:
        df.update(terms)
    return df


def tfidf(terms: Mapping[str, float], df: Mapping[str, int], n: int,
          top: int | None = None) -> Vector:
    """The unit-length TF-IDF vector of one article's terms, its ``top`` heaviest terms kept."""
    weights = [(t, (1.0 + math.log(c)) * math.log((n + IDF_PRIOR) / (df[t] + 1)))
               for t, c in terms.items() if c > 0 and df.get(t, 0) > 1]
    weights = [(t, w) for t, w in weights if w > 0]
    if not weights:
        return {}
    norm = math.sqrt(sum(w * w for _, w in weights))
    weights.sort(key=lambda tw: (-tw[1], tw[0]))
    return {t: w / norm for t, w in weights[:top or TOP_TERMS]}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def date_factor(a: dt.date | None, b: dt.date | None) -> float:
    """1 within ``SAME_DAYS`` days, down to 0 at ``WINDOW_DAYS``; 1 when either is undated."""
    if a is None or b is None:
        return 1.0
    gap = abs((a - b).days)
    if gap <= SAME_DAYS:
        return 1.0
    return max(0.0, 1.0 - (gap - SAME_DAYS) / (WINDOW_DAYS - SAME_DAYS))


def candidate_pairs(vectors: Sequence[Vector], dates: Sequence[dt.date | None]
                    ) -> dict[tuple[int, int], float]:
    """Pairs (i < j) that share one of their ``BLOCK_TERMS`` heaviest terms (step 2), each
    with the dot product of their vectors over those shared terms, keeping for every article
    only its ``MAX_CANDIDATES`` best: the work per article is bounded whatever the corpus."""
    postings: dict[str, list[tuple[int, float, int]]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for rank, t in enumerate(list(v)[:BLOCK_TERMS]):  # vectors: heaviest first
            postings[t].append((i, v[t], rank))
    score: dict[tuple[int, int], float] = defaultdict(float)
    for ids in postings.values():
        if len(ids) < 2:
            continue
        if len(ids) <= MAX_POSTINGS:
            for k, (a, wa, _) in enumerate(ids):
                for b, wb, _ in ids[k + 1:]:
                    score[(a, b)] += wa * wb
            continue
        dated = sorted((dates[i], i, w) for i, w, rank in ids
                       if dates[i] is not None and rank < WINDOW_TERMS)
        for k, (da, a, wa) in enumerate(dated):  # the next few articles within the window
            for db, b, wb in dated[k + 1:k + 1 + NEIGHBOURS]:
                if (db - da).days > WINDOW_DAYS:
                    break
                score[(min(a, b), max(a, b))] += wa * wb
    best: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
    for (a, b), s in score.items():
        best[a].append((-s, a, b))
        best[b].append((-s, a, b))
    kept = {(a, b) for ranked in best.values()
            for _, a, b in sorted(ranked)[:MAX_CANDIDATES]}
    return {p: score[p] for p in sorted(kept)}


def average_link(n: int, sims: Mapping[tuple[int, int], float], threshold: float) -> list[int]:
    """Average-link agglomerative clustering of ``n`` items over a sparse similarity graph
    (missing pairs count as 0): clusters merge, most similar first, while the mean similarity
    of all their cross pairs is at least ``threshold``. Returns each item's cluster label (the
    smallest index of its cluster). Deterministic: ties go to the smaller indexes."""
    size = [1] * n
    links: list[dict[int, float]] = [{} for _ in range(n)]  # cluster -> cluster -> sum of sims
    for (i, j), s in sims.items():
        if s > 0:
            links[i][j] = links[j][i] = s
    heap = [(-s, i, j) for (i, j), s in sims.items() if s >= threshold]
    heapq.heapify(heap)
    alive = [True] * n
    members = [[i] for i in range(n)]
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        mean = links[a].get(b, 0.0) / (size[a] * size[b])
        if mean < threshold or abs(mean + neg) > 1e-12:
            continue  # a stale entry: the pair's mean changed since it was pushed
        alive[b] = False
        members[a] += members[b]
        members[b] = []
        size[a] += size[b]
        links[a].pop(b, None)
        for c, s in links[b].items():
            if c != a:
                links[c].pop(b, None)
                links[a][c] = links[c][a] = links[a].get(c, 0.0) + s
        links[b] = {}
        for c, s in links[a].items():
            mean = s / (size[a] * size[c])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))
    label = list(range(n))
    for a in range(n):
        for m in members[a]:
            label[m] = min(members[a]) if members[a] else a
    return label


def _groups(labels: Sequence[int]) -> list[list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        out[lab].append(i)
    return [out[k] for k in sorted(out)]


def _part(term: str) -> str:
    """Which part of the vector a term belongs to: entity, number, year or word."""
    return {"e:": "entity", "y:": "year", "d:": "day"}.get(term[:2]) or ("number" if term[:1] == "#"
                                                            else "word")


@dataclass(frozen=True, slots=True)
class Profile:
    """An article's unit TF-IDF vector (``whole``) and, for each of its terms, the term's
    weight in the unit vector of its part alone (entities, words or numbers); its years and
    the days its lead names."""

    whole: Vector
    weights: Mapping[str, tuple[float, float, str]]  # term -> (whole, part weight, part)
    parts: frozenset[str]  # the parts it has
    years: frozenset[str]
    days: frozenset[str]


PARTS = ("entity", "word", "number")


def idf_of(df: Mapping[str, int], n: int) -> dict[str, float]:
    """Every term's IDF, ``log((n + IDF_PRIOR) / (df + 1))``, for terms of two or more
    articles (a term of one article links nothing)."""
    return {t: math.log((n + IDF_PRIOR) / (k + 1)) for t, k in df.items() if k > 1}


def profile(terms: Mapping[str, float], idf: Mapping[str, float]) -> Profile:
    """One article's vectors (step 1): weights ``(1 + log tf) * idf``; the whole vector and
    each part's vector of unit length; the ``TOP_TERMS`` heaviest terms kept."""
    raw = [(t, (1.0 + math.log(c)) * idf[t]) for t, c in terms.items() if c > 0 and t in idf]
    raw = [(t, w) for t, w in raw if w > 0]
    squares: dict[str, float] = defaultdict(float)
    kinds = {t: _part(t) for t, _ in raw}
    for t, w in raw:
        squares[kinds[t]] += w * w
    norm = math.sqrt(sum(squares.values())) or 1.0
    part_norm = {k: math.sqrt(v) for k, v in squares.items() if k in PARTS}
    raw.sort(key=lambda tw: (-tw[1], tw[0]))
    whole = {t: w / norm for t, w in raw[:TOP_TERMS]}
    weights = {t: (w / norm, w / part_norm[kinds[t]] if kinds[t] in part_norm else 0.0,
                   kinds[t]) for t, w in raw[:TOP_TERMS]}
    return Profile(whole, weights, frozenset(part_norm),
                   frozenset(t for t in terms if t.startswith("y:")),
                   frozenset(t for t in terms if t.startswith("d:")))


def pair_features(a: Profile, b: Profile) -> dict[str, float]:
    """What the same-story model weighs (``WEIGHTS``): the cosines, over the terms the two
    articles share, of their whole vectors and of each part's vectors."""
    whole = 0.0
    part = dict.fromkeys(PARTS, 0.0)
    wa, wb = a.weights, b.weights
    for t in wa.keys() & wb.keys():
        x, y = wa[t], wb[t]
        whole += x[0] * y[0]
        if x[2] in part:
            part[x[2]] += x[1] * y[1]

    def either(name: str) -> float:  # a part one article lacks says nothing: the whole stands in
        return part[name] if name in a.parts and name in b.parts else whole
    shared_year = bool(a.years & b.years)
    return {"all terms": whole, "entities": either("entity"), "words": either("word"),
            "numbers": either("number"),
            "other years only": float(bool(a.years and b.years and not shared_year)),
            "a shared year": float(shared_year),
            "other lead days only": float(bool(a.days and b.days and not a.days & b.days)),
            "a shared lead day": float(bool(a.days & b.days))}


def same_story(a: Profile, b: Profile) -> float:
    """The model's probability that two articles report the same happening (logistic)."""
    z = BIAS + sum(WEIGHTS[k] * v for k, v in pair_features(a, b).items())
    return 1.0 / (1.0 + math.exp(-z))


def cluster(items: Sequence[StoryItem]) -> list[list[int]]:
    """Stories as lists of indexes into ``items`` (steps 1-4), each sorted, in order of their
    first member."""
    return linked(items)[0]


def linked(items: Sequence[StoryItem]) -> tuple[list[list[int]], dict[tuple[int, int], float]]:
    """``cluster``'s stories and the same-story probability of every compared pair of
    articles (i < j) within a story."""
    n = len(items)
    idf = idf_of(document_frequencies(it.terms for it in items), n)
    profiles = [profile(it.terms, idf) for it in items]
    dates = [it.published for it in items]
    sims = {}
    for a, b in sorted(candidate_pairs([p.whole for p in profiles], dates)):
        s = same_story(profiles[a], profiles[b]) * date_factor(dates[a], dates[b])
        if s > 0:
            sims[(a, b)] = s
    labels = average_link(n, sims, LINK_THRESHOLD)
    stories = sorted((sorted(g) for g in _groups(labels)), key=lambda g: g[0])
    return stories, {p: s for p, s in sims.items() if labels[p[0]] == labels[p[1]]}


def founder(members: Iterable[StoryItem]) -> StoryItem:
    """The story's earliest article (undated ones after dated ones), then the first by id."""
    return min(members, key=lambda it: (it.published is None, it.published or dt.date.min,
                                        it.source_id))


def assign_stories(items: Sequence[StoryItem], copy_of: Mapping[str, str]
                   ) -> tuple[dict[str, str], dict[tuple[str, str], float]]:
    """{source_id: story_id} for every article (independent articles clustered, each copy in
    its original's story), and the same-story probability of the pairs of independent
    articles compared within a story, by source ids (a < b)."""
    independent = sorted((it for it in items if it.source_id not in copy_of),
                         key=lambda it: it.source_id)
    story_of: dict[str, str] = {}
    groups, sims = linked(independent)
    for group in groups:
        sid = make_id("st", founder(independent[i] for i in group).source_id)
        for i in group:
            story_of[independent[i].source_id] = sid
    for copy, original in copy_of.items():
        story_of[copy] = story_of[original]
    links = {(independent[a].source_id, independent[b].source_id): s
             for (a, b), s in sims.items()}
    return story_of, links
