"""Article vectors for story clustering, built from the story keys every extract batch spills
(``newsledger.extract.keys``), in compact arrays: a corpus of 100,000 articles holds its vectors
in a few hundred megabytes, and no term is ever a Python object per article.

Two passes over the batches: ``Vocabulary.of`` sums each term's counts over the corpus with
Arrow (its collection frequency ``cf``, a lead word counting twice; a term counted once in the
whole corpus links nothing and is dropped) and gives every other term an id, its IDF and its
kind; ``Vocabulary.profiles`` turns one batch into ``Profile`` rows: each article's TF-IDF
weights ``(1 + log tf) * log((N + IDF_PRIOR) / (cf + 1))`` over the ``TOP_TERMS`` heaviest of
its terms, scaled to unit length as a whole and within each part (entities, words,
numbers), with its ``BLOCK_TERMS`` heaviest terms for blocking, its years and lead days, and
its lead's exact figures and specific places (``f:`` and ``p:`` terms, kept as sets: they
weigh nothing in the vectors), the days its first paragraph names (``h:``, a set likewise),
the names of the entities it names (``e:`` terms, as a set too) and whether it is a round-up
(``r:``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .stories_steps import STEP_WORDS, steps_of

TOP_TERMS = 250
BLOCK_TERMS = 30
BLOCK_NAMES = 5  # ... and the names of its lead's places that two articles give, after them
# IDF as if the corpus held IDF_PRIOR more articles, each term in one of them: a corpus of four
# articles on one story still weighs what they share; a large corpus is hardly changed.
IDF_PRIOR = 100

# Kinds of terms, by their prefix (``extract.keys``): entities, numbers, years, lead days, words,
# the lead's exact figures, its specific places and its first paragraph's days (sets beside the
# vector, not weighed in it).
ENTITY, WORD, NUMBER, YEAR, DAY, FIGURE, PLACE, HAPPENED, ROUND_UP = range(9)
PARTS = (ENTITY, WORD, NUMBER)  # the parts of a vector the model compares on their own
KIND_NAMES = {ENTITY: "entities", WORD: "words", NUMBER: "numbers"}
_STEP_WORDS = pa.array(sorted(STEP_WORDS), pa.string())


def kind_of(term: str) -> int:
    return {"e:": ENTITY, "y:": YEAR, "d:": DAY, "f:": FIGURE, "p:": PLACE,
            "h:": HAPPENED, "r:": ROUND_UP}.get(
        term[:2], NUMBER if term[:1] == "#" else WORD)


@dataclass(frozen=True, slots=True)
class Profile:
    """One article's vectors. ``ids`` ascending (term ids of the vocabulary), with aligned
    weights in the unit whole vector (``whole``) and in the unit vector of the term's part
    (``part``), and the term's kind; ``parts`` the bit set of the parts it has."""

    ids: np.ndarray  # int32
    whole: np.ndarray  # float32
    part: np.ndarray  # float32
    kind: np.ndarray  # int8
    parts: int
    block: tuple[tuple[int, float], ...]  # its BLOCK_TERMS heaviest terms (id, weight)
    years: frozenset[str]
    days: frozenset[str]
    published: dt.date | None = None
    dateline_day: str | None = None  # "MM-DD" of its wire dateline (``StoryKeys``)
    figures: frozenset[str] = frozenset()  # its lead's exact figures ("f:.:6.2")
    places: frozenset[str] = frozenset()  # its lead's specific places ("p:holbeck")
    dated: bool = True  # ``published`` was given with the article, not inferred from its text
    names: frozenset[str] = frozenset()  # the entities it names ("e:corran motors")
    happened: frozenset[str] = frozenset()  # its first paragraph's days ("h:2025-11-12")
    steps: frozenset[str] = frozenset()  # the proceedings it reports ("trial:outcome")
    # the entities it names most often (a trial's defendant, a missing person; ties all)
    protagonists: frozenset[str] = frozenset()
    round_up: bool = False  # items under topic labels (``extract.round_ups``): its own story


# Cells of the table of term positions ``cosines`` fills for a block of articles (int32: 8 MB).
TABLE_CELLS = 1 << 21


def cosines(profiles: Sequence[Profile], pairs: np.ndarray, table_cells: int = TABLE_CELLS
            ) -> np.ndarray:
    """For each pair (rows of ``pairs``: two indexes into ``profiles``), the cosine of the two
    articles' whole vectors and of each part's vectors over the terms they share: an array of
    shape (len(pairs), 1 + len(PARTS)). Vectorized: the terms of each pair's shorter article
    (ascending, so each sum is made in the terms' order) are looked up in a table of the other
    article's term positions, filled for a block of articles at a time (``table_cells``
    bounds its size)."""
    out = np.zeros((len(pairs), 1 + len(PARTS)))
    if not len(pairs):
        return out
    n = len(profiles)
    lengths = np.array([len(p.ids) for p in profiles], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    ids = np.concatenate([p.ids for p in profiles]).astype(np.int64)
    whole = np.concatenate([p.whole for p in profiles]).astype(np.float64)
    part = np.concatenate([p.part for p in profiles]).astype(np.float64)
    kind = np.concatenate([p.kind for p in profiles]).astype(np.int64)
    width = int(ids.max()) + 1 if len(ids) else 1
    a, b = pairs[:, 0], pairs[:, 1]
    swap = lengths[a] > lengths[b]  # walk the shorter article's terms
    a, b = np.where(swap, b, a), np.where(swap, a, b)
    rows = max(1, table_cells // width)  # articles a table holds
    block = b // rows
    order = np.argsort(block, kind="stable")
    bounds = np.searchsorted(block[order], np.arange(int(block.max()) + 2))
    table = np.full((min(rows, n), width), -1, dtype=np.int32 if len(ids) < 1 << 31 else np.int64)
    for k in np.flatnonzero(np.diff(bounds)).tolist():
        chosen = order[bounds[k]:bounds[k + 1]]
        first, last = k * rows, min(n, (k + 1) * rows)
        owner = np.repeat(np.arange(last - first), lengths[first:last])
        held = ids[offsets[first]:offsets[last]]
        table[owner, held] = np.arange(offsets[first], offsets[last])
        walked, other = a[chosen], b[chosen]
        m = lengths[walked]
        row = np.repeat(np.arange(len(chosen)), m)
        at = np.arange(m.sum()) + np.repeat(offsets[walked] - (np.cumsum(m) - m), m)
        pos = table[np.repeat(other - first, m), ids[at]]
        hit = np.flatnonzero(pos >= 0)
        row, at, pos = row[hit], at[hit], pos[hit].astype(np.int64)
        result = np.empty((len(chosen), 1 + len(PARTS)))
        result[:, 0] = np.bincount(row, weights=whole[at] * whole[pos], minlength=len(chosen))
        # each part's sum in one count, in the same order (the terms', ascending)
        sums = np.bincount(row * FIGURE + kind[at], weights=part[at] * part[pos],
                           minlength=len(chosen) * FIGURE).reshape(len(chosen), FIGURE)
        result[:, 1:] = sums[:, list(PARTS)]
        out[chosen] = result
        table[owner, held] = -1
    return out


class Vocabulary:
    """The terms a corpus counts more than once: ids (sorted by term), IDF, kinds, and how many
    articles hold each (``df``)."""

    def __init__(self, terms: pa.Array, cf: np.ndarray, df: np.ndarray, n: int):
        self.terms = terms
        self.n = n
        # how many articles hold each term: only a term two hold can pair them (blocking)
        self.df = df
        # Inverse collection frequency: a term the corpus uses often, in many articles or
        # repeatedly in few, weighs little (it fitted ECB+ better than document frequency).
        self.idf = np.log((n + IDF_PRIOR) / (cf + 1.0))
        self.kind = np.array([kind_of(t) for t in terms.to_pylist()], dtype=np.int8)

    @classmethod
    def of(cls, tables: Iterable[pa.Table]) -> Vocabulary:
        """Collection frequencies of the terms of every table (columns ``terms``,
        ``weights``), read one table at a time and summed by Arrow."""
        counts, n = [], 0
        for t in tables:
            n += t.num_rows
            if t.num_rows:
                counts.append(pa.table({
                    "term": pc.list_flatten(t.column("terms")),
                    "cf": pc.list_flatten(t.column("weights"))}).group_by(
                        "term", use_threads=False).aggregate([("cf", "sum"), ("cf", "count")]))
        if not counts:
            return cls(pa.array([], pa.string()), np.zeros(0), np.zeros(0, np.int64), n)
        cf = pa.concat_tables(counts).rename_columns(["term", "cf", "df"]).group_by(
            "term", use_threads=False).aggregate([("cf", "sum"), ("df", "sum")])
        cf = cf.filter(pc.greater(cf.column("cf_sum"), 1))
        cf = cf.take(pc.sort_indices(cf, sort_keys=[("term", "ascending")]))
        return cls(cf.column("term").combine_chunks(),
                   cf.column("cf_sum").to_numpy().astype(np.float64),
                   cf.column("df_sum").to_numpy().astype(np.int64), n)

    def profiles(self, table: pa.Table) -> list[Profile]:
        """Every article of one table (columns ``terms``, ``weights``, ``published``, and
        ``dateline_day`` when it has one)."""
        terms = table.column("terms").combine_chunks()
        offsets = terms.offsets.to_numpy()
        flat = terms.flatten()
        counts = table.column("weights").combine_chunks().flatten().to_numpy(
            zero_copy_only=False)
        ids = pc.fill_null(pc.index_in(flat, value_set=self.terms), -1).to_numpy(
            zero_copy_only=False)
        marked = {}
        most: dict[int, frozenset[str]] = {}  # each article's most named entities
        for prefix in ("y:", "d:", "f:", "p:", "e:", "h:", "r:"):
            where = np.flatnonzero(pc.starts_with(flat, prefix).to_numpy(zero_copy_only=False))
            owner = np.searchsorted(offsets, where, side="right") - 1
            values = flat.take(pa.array(where, pa.int64())).to_pylist() if len(where) else []
            sets: dict[int, set[str]] = {}
            for row, value in zip(owner.tolist(), values):
                sets.setdefault(row, set()).add(value)
            marked[prefix] = sets
            if prefix == "e:":
                most = _most_named(owner.tolist(), values, counts[where].tolist())
        # the words that say which step of a proceeding an article reports (``stories_steps``)
        where = np.flatnonzero(pc.is_in(flat, value_set=_STEP_WORDS).to_numpy(
            zero_copy_only=False))
        owner = np.searchsorted(offsets, where, side="right") - 1
        words: dict[int, set[str]] = {}
        for row, word in zip(owner.tolist(),
                             flat.take(pa.array(where, pa.int64())).to_pylist()):
            words.setdefault(row, set()).add(word)
        published = table.column("published").to_pylist()
        datelines = table.column("dateline_day").to_pylist() \
            if "dateline_day" in table.column_names else [None] * table.num_rows
        dated = table.column("dated").to_pylist() \
            if "dated" in table.column_names else [True] * table.num_rows
        places = [frozenset(marked["p:"].get(i, ())) for i in range(table.num_rows)]
        return [Profile(*vectors, frozenset(marked["y:"].get(i, ())),
                        frozenset(marked["d:"].get(i, ())), published[i], datelines[i],
                        frozenset(marked["f:"].get(i, ())), places[i], dated[i] is not False,
                        frozenset(marked["e:"].get(i, ())), frozenset(marked["h:"].get(i, ())),
                        steps_of(words.get(i, ())), most.get(i, frozenset()), i in marked["r:"])
                for i, vectors in enumerate(self._vectors(ids, counts, offsets, places))]

    def _vectors(self, ids: np.ndarray, counts: np.ndarray, offsets: np.ndarray,
                 places: Sequence[frozenset[str]]
                 ) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int,
                                 tuple[tuple[int, float], ...]]]:
        """Each article's term ids, whole and part weights, kinds, parts and block terms
        (``Profile``'s first fields), from the term ids and counts of a table's articles
        (``offsets``: where each article's start), all articles at once in arrays. Per
        article, as a loop over them would: weights ``(1 + log tf) * idf`` of the terms the
        corpus counts more than once (not the sets ``f:``, ``p:``...), ordered by term id;
        the ``TOP_TERMS`` heaviest kept (ties to the first term); the norms of the whole and
        of each part summed over all its terms in that order; its ``BLOCK_TERMS`` heaviest
        terms for blocking, and the places of ``places`` named (``_with_places``)."""
        m = len(offsets) - 1
        owner = np.repeat(np.arange(m), np.diff(offsets))
        keep = (ids >= 0) & (counts > 0)
        keep[keep] = self.kind[ids[keep]] < FIGURE  # sets of their own, not weighed
        ids, counts, owner = ids[keep], counts[keep], owner[keep]
        weights = (1.0 + np.log(counts)) * self.idf[ids]
        order = np.lexsort((ids, owner))  # each article's terms by id (the terms' order)
        ids, weights, owner = ids[order], weights[order], owner[order]
        held = np.bincount(owner, minlength=m)
        kind = self.kind[ids]
        squares = np.bincount(owner * 7 + kind, weights=weights * weights,
                              minlength=m * 7).reshape(m, 7)
        norm = np.sqrt(squares.sum(axis=1))
        norm[norm == 0] = 1.0
        part_norm = np.sqrt(squares)
        parts = np.zeros(m, dtype=np.int64)
        for k in PARTS:
            parts |= (part_norm[:, k] > 0).astype(np.int64) << k
        scale = part_norm[owner, kind]
        part = np.divide(weights, scale, out=np.zeros_like(weights), where=scale > 0)
        # each article's terms by weight, heaviest first (ties to the first term): its rank
        by_weight = np.lexsort((-weights, owner))
        rank = np.empty(len(ids), dtype=np.int64)
        rank[by_weight] = np.arange(len(ids)) - (np.cumsum(held) - held)[owner[by_weight]]
        heaviest = by_weight[rank[by_weight] < BLOCK_TERMS]
        block_ids = ids[heaviest].tolist()
        block_weights = (weights[heaviest] / norm[owner[heaviest]]).tolist()
        n_block = np.bincount(owner[heaviest], minlength=m).tolist()
        top = rank < TOP_TERMS
        ids, weights, owner = ids[top], weights[top], owner[top]
        whole = (weights / norm[owner]).astype(np.float32)
        part, kind = part[top].astype(np.float32), kind[top]
        term_ids = ids.astype(np.int32)
        bounds = np.concatenate([[0], np.cumsum(np.bincount(owner, minlength=m))]).tolist()
        norms, parts_ = norm.tolist(), parts.tolist()
        out = []
        b = 0
        for i in range(m):
            s, e = bounds[i], bounds[i + 1]
            block = tuple(zip(block_ids[b:b + n_block[i]], block_weights[b:b + n_block[i]]))
            b += n_block[i]
            if places[i]:
                block = self._with_places(ids[s:e], weights[s:e], norms[i], places[i])
            out.append((term_ids[s:e], whole[s:e], part[s:e], kind[s:e], parts_[i], block))
        return out

    def _with_places(self, ids: np.ndarray, weights: np.ndarray, norm: float,
                     places: frozenset[str]) -> tuple[tuple[int, float], ...]:
        """An article's block terms (its ``BLOCK_TERMS`` heaviest, of its kept terms ``ids``
        and ``weights``) and the names of its lead's places that another article also gives,
        whatever their rank: a transcript's own words (its reporter, "newsreader") must not
        hide the town it shares."""
        heaviest = np.argsort(-weights, kind="stable")[:BLOCK_TERMS]
        named = pc.index_in(pa.array(sorted("e:" + p[2:] for p in places)),
                            value_set=self.terms).drop_null().to_numpy()
        shared = np.flatnonzero(np.isin(ids, named[self.df[named] >= 2]))
        shared = shared[np.argsort(-weights[shared], kind="stable")]
        heaviest = np.concatenate([heaviest, shared[~np.isin(shared, heaviest)][:BLOCK_NAMES]])
        return tuple(zip(ids[heaviest].tolist(), (weights[heaviest] / norm).tolist()))


def _most_named(rows: list[int], names: list[str], counts: list[float]
                ) -> dict[int, frozenset[str]]:
    """{row: the names (``e:``) it counts most often}, of each row's names and counts."""
    best: dict[int, tuple[float, set[str]]] = {}
    for row, name, n in zip(rows, names, counts):
        top, held = best.get(row, (0.0, set()))
        if n > top:
            best[row] = (n, {name})
        elif n == top:
            held.add(name)
    return {row: frozenset(held) for row, (_, held) in best.items()}


def items_table(items: Sequence) -> pa.Table:
    """``StoryItem``s (terms as a dict) as the table ``Vocabulary`` reads."""
    return pa.table({
        "source_id": pa.array([it.source_id for it in items], pa.string()),
        "published": pa.array([it.published for it in items], pa.date32()),
        "dateline_day": pa.array([it.dateline_day for it in items], pa.string()),
        "dated": pa.array([it.dated for it in items], pa.bool_()),
        "terms": pa.array([list(it.terms) for it in items], pa.list_(pa.string())),
        "weights": pa.array([[float(v) for v in it.terms.values()] for it in items],
                            pa.list_(pa.float64()))})
