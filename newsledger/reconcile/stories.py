"""Stories: the articles that report the same happening (the same concession, the same flood,
the same IPO), not merely the same topic or person.

Method (as news story clustering does it: TF-IDF over content words and names, a time window,
a learned pair similarity, average-link clustering; Manning et al., *Introduction to IR*,
ch. 17; Miranda et al., *Multilingual Clustering of Streaming News*, 2018):

1. Vectors. Each article (a copy too; afterwards it joins its original's story:
   ``copies.py``) is a TF-IDF vector of its story terms (``newsledger.extract.keys``:
   content words, numbers, entities, years, lead days; the lead counting twice), built in
   compact arrays by ``profiles.py``:
   weight ``(1 + log tf) * log((N + IDF_PRIOR) / (df + 1))`` (the prior keeps what a small
   corpus's articles all share from weighing nothing), terms held by one article only dropped,
   the ``TOP_TERMS`` heaviest kept, unit length as a whole and within each part.
2. Blocking. Candidate pairs share one of their ``BLOCK_TERMS`` heaviest terms, or of their
   ``BLOCK_NAMES`` heaviest names that another article also gives (a transcript's heaviest
   words are its own: its reporter, "newsreader"; the town it shares must still pair it; an
   inverted index, never all pairs). A term held by more than ``MAX_POSTINGS`` articles is a topic, not
   a happening: under it, an article for which it is one of its ``WINDOW_TERMS`` heaviest
   terms meets only the next ``NEIGHBOURS`` such articles by date within ``WINDOW_DAYS``, and
   undated articles meet none. Each pair's dot product over the shared
   block terms ranks it, and every article keeps its ``MAX_CANDIDATES`` best pairs: the
   pairs compared grow linearly with the corpus.
3. Same-story probability of each candidate pair: a logistic model (``WEIGHTS``, ``BIAS``) over
   the cosines of the two articles' whole vectors and of their entity, word and number parts
   alone (a part one article lacks takes the whole vectors' cosine: no entity is no evidence),
   whether both state numbers and share none, whether they name the same year or only
   different years, the same or only different days in their leads; times a date factor
   when both articles are dated (a publication date given with the article; one inferred from
   its text dates nothing here: ``clock``; the dates are ``stories_dates``'): 1 within
   ``SAME_DAYS`` days, falling linearly to 0 at ``WINDOW_DAYS`` (two storms a month apart are
   two stories; an undated wire story's dateline day, "LONDON, Feb 27 (Reuters) -", counts in
   the nearest year); times ``ENTITIES_APART`` when
   both are dated and both name entities but none the same (two stabbings in two towns the
   same night: dates no longer tell them apart, names do; undated articles are left alone,
   their look-alikes, as ECB+'s, share names; an article that names a single entity is no
   evidence: ``MIN_ENTITIES_APART``); times ``LEAD_DAYS_APART`` when both are dated and their
   leads date their happenings days apart (``lead_days_differ``: two wildfires in one county
   eight days apart, the second's wire story naming the first; a club's two matches four days
   apart, the second's reports recalling the first's Saturday in their second paragraph: the
   days of an article's first paragraph date its happening, ``happening_days``; a charge's
   "a fire last week" keeps it with the fire). Two reports of the steps of one proceeding
   that runs for weeks, its course and its outcome (``stories_steps``: a trial's opening and
   its verdict, a missing person's appeal and the charge, a club's offer for a player and his
   signing), each naming the other's most named entity (the defendant, the missing person;
   the selling club, the player; not two trials at one court), take the date factor of
   ``STEPS_WINDOW_DAYS`` (0 at 60 days) and not ``LEAD_DAYS_APART``: each dates its own day.
   A round-up of items under topic labels ("RATES: ...", "Derby days: ...":
   ``extract.round_ups``) pairs with nothing: it reports many happenings, leads with none.
4. Average-link clustering of the candidate graph (``stories_linkage``; pairs not compared
   count as 0): stories
   merge, most alike first, while the mean probability over all their cross pairs is at least
   ``LINK_THRESHOLD``. Average link resists chaining: one article about both of two look-alike
   events (a match and its rematch) does not join their stories. Two stories whose leads
   state exact figures of one kind and none alike (``figures_differ``: a rate held at 3.75%
   and one cut to 3.5%, a 2-1 win and a 4-0 rematch; a story's figures are those two or more
   of its articles state, else all its articles': a match report's lead recalling the last
   match's score is no figure of its story) merge only at ``FIGURES_APART`` of their mean:
   undated look-alikes that share
   every name (one central bank, one union, two clubs) are told apart by their figures, and
   an article whose lead states none (a follow-up, a tabloid's) joins by its words. Likewise
   two stories whose leads name specific places of one kind (districts, streets, venues; not
   countries, states, big cities) and none alike (``places_differ``: Handsworth Park and
   Hamstead Road, Digbeth and Bradford Street) merge only at ``PLACES_APART`` of their mean.
   And two stories of dated articles whose core names (the entities two or more of a story's
   dated articles name) have none in common (``names_differ``: one carmaker's recall and
   another's two days later, both announced by one regulator) merge only at ``NAMES_APART``
   of their mean: the reports of one happening name its protagonist, whatever else each names;
   a single article has no core (its back-reference to another story is no evidence either
   way), and undated articles give none (undated look-alikes, as ECB+'s, share names).
   Two stories whose dated reports' first paragraphs date their happenings days apart
   (``reported_days``: past days only; a preview's strike day is none) merge only at
   ``DAYS_APART`` of their mean: one town's march on two Saturdays, which an undated weekly's
   report of the first, like both, would otherwise join; a day that bounds a span ("the best
   win since Christmas") dates nothing (``extract.keys.happening_days``); but not when one
   story reports a proceeding's course and the other its outcome and each names the other's
   most named entities (a trial's opening and its verdict; two verdicts are two trials:
   ``stories_steps.steps_of_one``, ``protagonists_meet``).

A story's id comes from its founding article (the earliest, then the first by ``source_id``), so
it stays the same when unrelated articles are added. Limits: the weights and the threshold were
fitted on ECB+ topics 1-25 (look-alike events, English news of 2008 and 2013), MEANTIME and
PolNeAR (``python -m benchmarks.stories`` fits them on half of each and scores the other half);
undated news of one topic is merged more than dated news (of PolNeAR's 924 political articles,
clustered undated, 173 stories of two or more, and 65% of their article pairs published more
than two weeks apart);
articles of one happening that share few words (a feature and a brief) may be split; a story
that runs for weeks splits at ``WINDOW_DAYS`` gaps, unless its reports name the steps of one
proceeding (``lexicon.proceedings``); a report of what followed a happening (a manager sacked
two days after a defeat, his club's run recalled) may join it, and a round-up written as
running text joins the item it is most like.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import pyarrow as pa

from newsledger.ids import make_id

from .profiles import ENTITY, NUMBER, PARTS, Profile, Vocabulary, cosines, items_table
from .stories_dates import (WINDOW_DAYS, clock, happening_days, lead_days_differ,
                            pair_date_factor, reported_days)
from .stories_linkage import average_link, groups
from .stories_steps import protagonists_meet, steps_date_factor, steps_of_one

MAX_POSTINGS = 50  # a term held by more articles blocks by date only
NEIGHBOURS = 10  # under such a term, an article meets the next few by date
WINDOW_TERMS = 5  # ... when the term is one of its five heaviest
MAX_CANDIDATES = 25  # pairs compared per article at most: its best by shared block terms
# The same-story model: a logistic regression over ``pair_matrix``, fitted with its link
# threshold on ECB+ topics 1-25, MEANTIME, and PolNeAR's pairs published more than two weeks
# apart as negatives (``python -m benchmarks.stories DEVDATA --fit``); fitted on half of each,
# it clusters the other halves of ECB+ at pairwise F1 0.89 and 0.90 (lead figures and places
# included).
WEIGHTS = {"all terms": 4.56, "entities": 4.06, "words": 4.84, "numbers": 2.4,
           "other years only": -0.62, "a shared year": 0.54, "other lead days only": 0.85,
           "a shared lead day": 1.39, "no number shared": -0.42}
BIAS = -3.76
# Two dated articles of the same days that both name people, places or organizations and
# share none of them (two stabbings in two cities the same night): their dates tell them
# apart no more, their names do.
ENTITIES_APART = 0.25
# ... when each names two entities or more: a transcript that names only its reporter, a
# tabloid brief that names one person (or one "Boss Margaret Ashdown") says too little.
MIN_ENTITIES_APART = 2
# Two dated articles whose leads date their happenings days apart, none nearer
# (``lead_days_differ``: a wildfire on Monday 4 August and another on Tuesday 12 August; two
# emergency landings six days apart): their probability counts at this fraction.
LEAD_DAYS_APART = 0.25
LINK_THRESHOLD = 0.2  # clusters merge while the mean probability of their cross pairs is above


@dataclass(frozen=True, slots=True)
class StoryItem:
    """One article as story clustering sees it (small corpora, tests, benchmarks; a build
    reads the spilled tables instead: ``assign_from_tables``)."""

    source_id: str
    published: dt.date | None
    terms: Mapping[str, float]  # raw weighted counts (``StoryKeys.terms``)
    dateline_day: str | None = None  # "MM-DD" (``StoryKeys.dateline_day``)
    dated: bool = True  # ``published`` given with the article, not inferred from its text


def candidate_pairs(profiles: Sequence[Profile]) -> np.ndarray:
    """Pairs (i < j, rows of an array, sorted) that share one of their ``BLOCK_TERMS``
    heaviest terms (step 2), keeping for every article only its ``MAX_CANDIDATES`` best by the
    dot product of their vectors over those shared terms: the work per article is bounded
    whatever the corpus. In arrays: each pair's products are summed in the order its terms were
    first met (articles in order, each's heaviest terms first), as a loop over the terms would
    (the same floats, bit for bit)."""
    n = len(profiles)
    empty = np.zeros((0, 2), dtype=np.int64)
    counts = np.fromiter((len(p.block) for p in profiles), dtype=np.int64, count=n)
    flat = np.array(list(chain.from_iterable(p.block for p in profiles)),
                    dtype=np.float64).reshape(-1, 2)
    if not len(flat):
        return empty
    art = np.repeat(np.arange(n, dtype=np.int64), counts)
    rank = np.arange(len(flat)) - np.repeat(np.cumsum(counts) - counts, counts)
    weight = flat[:, 1]
    # the terms numbered in the order they are first met
    unique, first, inverse = np.unique(flat[:, 0].astype(np.int64), return_index=True,
                                       return_inverse=True)
    met = np.empty(len(unique), dtype=np.int64)
    met[np.argsort(first, kind="stable")] = np.arange(len(unique))
    term = met[inverse.ravel()]
    # postings: term by term in that order, each term's articles ascending
    order = np.argsort(term, kind="stable")
    term, art, weight, rank = term[order], art[order], weight[order], rank[order]
    size = np.bincount(term, minlength=len(unique))
    start = np.cumsum(size) - size
    offset = np.arange(len(term)) - start[term]
    held = size[term]
    # every pair of a term's articles when at most MAX_POSTINGS hold it, in a loop's order:
    # term by term, then (0, 1), (0, 2), ... (1, 2) within the term
    later = np.where((held >= 2) & (held <= MAX_POSTINGS), held - offset - 1, 0)
    firsts = np.repeat(np.arange(len(term)), later)
    seconds = firsts + 1 + (np.arange(len(firsts)) - np.repeat(np.cumsum(later) - later, later))
    a, b = art[firsts], art[seconds]
    products = weight[firsts] * weight[seconds]
    near = _near_by_date(profiles, np.flatnonzero(size > MAX_POSTINGS), start, size, art,
                         weight, rank)
    if near:  # in the terms' order with the others
        terms = np.concatenate([term[firsts], np.array([t for t, _, _, _ in near], np.int64)])
        a = np.concatenate([a, np.array([x for _, x, _, _ in near], np.int64)])
        b = np.concatenate([b, np.array([y for _, _, y, _ in near], np.int64)])
        products = np.concatenate([products, np.array([w for _, _, _, w in near])])
        by_term = np.argsort(terms, kind="stable")
        a, b, products = a[by_term], b[by_term], products[by_term]
    if not len(a):
        return empty
    # each pair's products in a row, in the terms' order: stable sorts by b, then by a (16-bit
    # integers are radix sorted)
    small = n <= 1 << 15
    if small:
        order = np.argsort(b.astype(np.int16), kind="stable")
        order = order[np.argsort(a.astype(np.int16)[order], kind="stable")]
    else:
        order = np.argsort(a * n + b, kind="stable")
    a, b, products = a[order], b[order], products[order]
    new = np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])]
    # bincount adds each bin's weights in array order: the terms' order
    score = np.bincount(np.cumsum(new) - 1, weights=products)
    a, b = a[new], b[new]
    # Each article's best pairs: by score (descending), then (a, b); the first kept.
    by_score = np.argsort(-score, kind="stable")
    owner = np.stack([a[by_score], b[by_score]], axis=1).ravel()
    pair = np.repeat(by_score, 2)
    by_owner = np.argsort(owner.astype(np.int16) if small else owner, kind="stable")
    owner, pair = owner[by_owner], pair[by_owner]
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])  # each article's first
    within = np.arange(len(owner)) - np.repeat(starts, np.diff(np.r_[starts, len(owner)]))
    kept = np.unique(pair[within < MAX_CANDIDATES])  # in (a, b) order
    return np.stack([a[kept], b[kept]], axis=1)


def _near_by_date(profiles: Sequence[Profile], terms: np.ndarray, start: np.ndarray,
                  size: np.ndarray, art: np.ndarray, weight: np.ndarray, rank: np.ndarray
                  ) -> list[tuple[int, int, int, float]]:
    """(term, a, b, product) of the pairs terms held by more than MAX_POSTINGS articles give:
    under such a term, an article for which it is one of its ``WINDOW_TERMS`` heaviest terms
    meets the next ``NEIGHBOURS`` such articles by date within ``WINDOW_DAYS`` (postings
    ``start[t]``... of ``art``, ``weight``, ``rank``, term by term)."""
    out: list[tuple[int, int, int, float]] = []
    for t in terms.tolist():
        s, e = int(start[t]), int(start[t] + size[t])
        dated = sorted((profiles[i].published, i, w) for i, w, r in zip(
            art[s:e].tolist(), weight[s:e].tolist(), rank[s:e].tolist())
            if profiles[i].published is not None and r < WINDOW_TERMS)
        for k, (da, a, wa) in enumerate(dated):  # the next few articles within the window
            for db, b, wb in dated[k + 1:k + 1 + NEIGHBOURS]:
                if (db - da).days > WINDOW_DAYS:
                    break
                out.append((t, min(a, b), max(a, b), wa * wb))
    return out


def pair_matrix(profiles: Sequence[Profile], pairs: Sequence[tuple[int, int]] | np.ndarray
                ) -> np.ndarray:
    """What the same-story model weighs (``WEIGHTS``, in order), one row per pair."""
    rows = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    cos = cosines(profiles, rows)
    out = np.zeros((len(rows), len(WEIGHTS)))
    whole = cos[:, 0]
    out[:, 0] = whole
    parts = np.array([p.parts for p in profiles], dtype=np.int64)
    for j, k in enumerate(PARTS, start=1):  # a part one article lacks says nothing: the whole
        has = (parts[rows[:, 0]] >> k) & (parts[rows[:, 1]] >> k) & 1
        out[:, j] = np.where(has == 1, cos[:, j], whole)
    years = [p.years for p in profiles]
    days = [p.days for p in profiles]
    pairs_ = rows.tolist()
    shared = [bool(years[a] & years[b]) for a, b in pairs_]
    out[:, 4] = [bool(years[a] and years[b]) and not s for (a, b), s in zip(pairs_, shared)]
    out[:, 5] = shared
    shared = [bool(days[a] & days[b]) for a, b in pairs_]
    out[:, 6] = [bool(days[a] and days[b]) and not s for (a, b), s in zip(pairs_, shared)]
    out[:, 7] = shared
    # both state numbers, and none the same
    has = (parts[rows[:, 0]] >> NUMBER) & (parts[rows[:, 1]] >> NUMBER) & 1
    out[:, 8] = (has == 1) & (cos[:, 1 + PARTS.index(NUMBER)] == 0)
    return out


def pair_features(a: Profile, b: Profile) -> dict[str, float]:
    """``pair_matrix`` of one pair, by feature name."""
    return dict(zip(WEIGHTS, pair_matrix([a, b], [(0, 1)])[0].tolist()))


def probabilities(profiles: Sequence[Profile], pairs: Sequence[tuple[int, int]] | np.ndarray,
                  matrix: np.ndarray | None = None) -> np.ndarray:
    """The model's probability that each pair's articles report the same happening."""
    matrix = pair_matrix(profiles, pairs) if matrix is None else matrix
    z = BIAS + matrix @ np.array(list(WEIGHTS.values()))
    return 1.0 / (1.0 + np.exp(-z))


def same_story(a: Profile, b: Profile) -> float:
    return float(probabilities([a, b], [(0, 1)])[0])



def linked_profiles(profiles: Sequence[Profile]
                    ) -> tuple[list[list[int]], dict[tuple[int, int], float]]:
    """Stories as sorted lists of indexes into ``profiles`` (steps 2-4), in order of their
    first member, and the same-story probability of every compared pair (i < j) within a
    story."""
    pairs = candidate_pairs(profiles)
    matrix = pair_matrix(profiles, pairs)
    # both name entities and share none: 0 in the entities column (else the part's cosine,
    # or the whole vectors' when one article names none, never 0 for a candidate pair)
    apart = (matrix[:, 1 + PARTS.index(ENTITY)] == 0).tolist() if len(pairs) else []
    named = [int(np.count_nonzero(p.kind == ENTITY)) for p in profiles]
    clocks = [clock(p) for p in profiles]
    dated = [c is not None for c in clocks]
    # no date and no wire dateline's day: a date factor of 1 with any article
    timeless = [c is None and p.dateline_day is None for c, p in zip(clocks, profiles)]
    happening = [happening_days(p) for p in profiles]
    sims = {}
    for (a, b), p, no_entity in zip(map(tuple, pairs.tolist()),
                                    probabilities(profiles, pairs, matrix).tolist(), apart):
        both_dated = dated[a] and dated[b]
        # a trial's opening and its verdict: weeks apart, each dating its own day
        steps = both_dated and steps_of_one(profiles[a].steps, profiles[b].steps) \
            and protagonists_meet(profiles[a].protagonists, profiles[a].names,
                                  profiles[b].protagonists, profiles[b].names)
        if steps:
            s = p * max(pair_date_factor(profiles[a], profiles[b]), steps_date_factor(
                abs((clock(profiles[a]) - clock(profiles[b])).days)))
        elif timeless[a] or timeless[b]:
            s = p  # (``pair_date_factor`` is 1)
        else:
            s = p * pair_date_factor(profiles[a], profiles[b])
        if no_entity and both_dated and min(named[a], named[b]) >= MIN_ENTITIES_APART:
            s *= ENTITIES_APART
        if both_dated and not steps and lead_days_differ(happening[a], happening[b]):
            s *= LEAD_DAYS_APART
        if profiles[a].round_up or profiles[b].round_up:
            s = 0.0  # a round-up's items are others' stories, its own is none of them
        if s > 0:
            sims[(a, b)] = s
    labels = average_link(len(profiles), sims, LINK_THRESHOLD, [p.figures for p in profiles],
                          [p.places for p in profiles],
                          [p.names if d else frozenset() for p, d in zip(profiles, dated)],
                          [reported_days(p) if d else frozenset()
                           for p, d in zip(profiles, dated)],
                          [p.steps if d else frozenset() for p, d in zip(profiles, dated)],
                          [p.protagonists for p in profiles])
    stories = sorted((sorted(g) for g in groups(labels)), key=lambda g: g[0])
    return stories, {p: s for p, s in sims.items() if labels[p[0]] == labels[p[1]]}


def profiles_of(items: Sequence[StoryItem]) -> list[Profile]:
    table = items_table(items)
    return Vocabulary.of([table]).profiles(table)


def cluster(items: Sequence[StoryItem]) -> list[list[int]]:
    """Stories of ``items`` as sorted lists of indexes, in order of their first member."""
    return linked_profiles(profiles_of(items))[0]


def assign_stories(items: Sequence[StoryItem], copy_of: Mapping[str, str]
                   ) -> tuple[dict[str, str], dict[tuple[str, str], float]]:
    """``assign_from_tables`` for items held in memory."""
    table = items_table(items)
    return assign_from_tables(lambda: [table], copy_of)


def assign_from_tables(tables: Callable[[], Iterable[pa.Table]], copy_of: Mapping[str, str]
                       ) -> tuple[dict[str, str], dict[tuple[str, str], float]]:
    """{source_id: story_id} for every article of the tables (columns ``source_id``,
    ``published``, ``terms``, ``weights``; ``tables()`` is read twice), and the same-story
    probability of the pairs of independent articles compared within a story, by source ids
    (a < b). Copies are clustered with the others (a wire story run by five papers is evidence
    of what the corpus covers), then each joins its original's story. A story's id is its
    founding article's: the earliest independent one (undated after dated), then the first
    by source_id."""
    vocabulary = Vocabulary.of(tables())
    ids: list[str] = []
    profiles: list[Profile] = []
    for t in tables():
        ids += t.column("source_id").to_pylist()
        profiles += vocabulary.profiles(t)
    order = sorted(range(len(ids)), key=ids.__getitem__)
    ids = [ids[i] for i in order]
    profiles = [profiles[i] for i in order]
    groups, sims = linked_profiles(profiles)
    label = {ids[i]: g[0] for g in groups for i in g}
    for copy, original in copy_of.items():
        label[copy] = label[original]
    members: dict[int, list[int]] = defaultdict(list)
    for i, sid in enumerate(ids):
        members[label[sid]].append(i)
    story_of: dict[str, str] = {}
    for group in members.values():
        originals = [i for i in group if ids[i] not in copy_of] or group
        founder = min(originals, key=lambda i: (profiles[i].published is None,
                                                profiles[i].published or dt.date.min, ids[i]))
        story = make_id("st", ids[founder])
        for i in group:
            story_of[ids[i]] = story
    links = {(ids[a], ids[b]): s for (a, b), s in sims.items()
             if ids[a] not in copy_of and ids[b] not in copy_of
             and story_of[ids[a]] == story_of[ids[b]]}
    return story_of, links
