"""Claims compared within a story: which claims count the same thing, and whether their
independent sources agree on it, with the reason in words.

Groups. A comparable claim (it names a measure that says what is counted, not only who:
``comparable_measure``; and its article does not give the measure two incompatible values:
``clusters.ambiguous_keys``) is compared with the
other claims of its **story** (``story_index``) that count the same **measure** (one crowd's
protesters, people taking part and attendance are one: ``clusters.compared_measure``) for the
same **period** in the same **unit** (a claim that gives no unit, "SIX died", takes the unit of its
measure's other claims when they give one): the death toll of one flood, the votes of one
election, the shares of one IPO. The subject (the entity next to the number) is often only the person who
speaks or the nearest name, so it splits a group only where the story holds several: when one
article gives the measure different values for two subjects (two candidates' votes, two
companies' revenue), the group's claims are compared subject by subject.

Verdicts, over the group's independent sources (a copy counts as its original, never twice;
an article that gives a count of people incompatible values from different claimants, "police
said 4,000, organisers nearer 15,000", is one source per claimant: ``clusters.disputed``):

1. Each claim allows an interval of values (``clusters.value_interval``: the number as rounded
   where written, widened by its qualifier); a source's interval is the intersection of its
   claims'. A bound is taken as plausible up to ``BOUND_SPAN`` times itself ("more than 300"
   covers 300-600 here).
2. ``agrees``: one value lies in every source's plausible interval.
3. ``bound_only``: the values meet only through a bound's open end ("more than 72,000" and
   "800,000"): not a contradiction, but probably not one measurement: not compared.
4. ``loosely_linked``: no value is shared, but no two sources whose values differ are closely
   alike (their same-story probability, ``story_index.StoryIndex.link``, is below
   ``STRONG_LINK``): articles that joined one story through others may report another moment
   of it: not compared. A dispute is only asserted between articles that are alike on their own.
5. ``far_apart``: no value is shared and the values lie more than ``FAR_APART`` times apart:
   probably different things under one measure (a town's toll and a country's): not compared;
   unless one article gives both values as a dispute (its claimants count one thing).
6. ``updated``: no value is shared, the sources are dated, sources of one day agree, and the
   value rises from day to day: a running count updated between reports, not a dispute; for a
   level (a measure named by ``LEVEL_WORDS``: a share price, a rate, an index) a move either
   way between days is such an update too.
7. ``conflicts``: otherwise.

``claims.consistency`` is ``agrees`` or ``conflicts`` for those verdicts and ``single_source``
for every other claim; the ``claim_groups`` table holds one row per group that two or more
sources (or one article's disputing claimants) give, with its verdict and reason.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import combinations
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from newsledger.ids import make_id
from newsledger.lexicon.comparison import LEVEL_WORDS, VAGUE_MEASURES
from newsledger.publish.tables import arrow_schema
from schemas import TABLES

from .clusters import (claimant_key, compared_measure, compared_unit, dispute_claimant,
                       disputed)
from .story_index import StoryIndex

BOUND_SPAN = 2.0
FAR_APART = 3.0
STRONG_LINK = 0.5
MAX_LISTED = 6  # values named in a reason


def is_level(measure: str) -> bool:
    """Whether a measure is a level that moves either way from day to day ("share price",
    "interest rate", "ftse 100 index"), by its words (``LEVEL_WORDS``)."""
    return any(w in LEVEL_WORDS for w in measure.replace("(", " ").replace(")", " ").split())


# What each verdict makes of the claims' consistency.
CONSISTENCY = {"agrees": "agrees", "conflicts": "conflicts"}
# Claim columns the grouping reads (after ``rows.resolve``).
COLUMNS = ("claim_id", "source_id", "subject_entity_id", "subject", "measure", "period", "unit",
           "value", "value_text", "qualifier", "claimant", "_low", "_high", "_scope")
# The columns ``add`` and ``assign`` read, in the order they unpack them.
_ADDED = ("source_id", "subject_entity_id", "subject", "measure", "period", "unit", "value",
          "value_text", "qualifier", "claimant", "_low", "_high")
_ASSIGNED = ("source_id", "subject_entity_id", "subject", "measure", "period", "unit")
# How a reason shows a qualifier after the value as written.
QUALIFIER_WORDS = {"approximate": "about", "more_than": "more than", "at_least": "at least",
                   "less_than": "less than", "at_most": "at most"}


@dataclass(frozen=True, slots=True)
class _Claim:
    source: str
    subject: str  # entity id, else the subject in lower case, else ""
    subject_name: str | None
    low: float
    high: float
    value: float
    value_text: str
    claimant: str | None = None


class _Voice(NamedTuple):
    """Who gives values in a group: an independent source, and the claimant when the source
    reports a dispute (police and organisers' estimates of one crowd). A named tuple, not a
    dataclass: voices are dict keys compared pair by pair, and a tuple's hash is made in C
    (the dataclass's generated hash took a third of the verdicts' time)."""
    source: str
    claimant: str = ""


Key = tuple[str, str, str, str]  # story_id, measure, period, unit


def comparable_measure(measure: str | None) -> bool:
    """A measure that says what is counted ("people killed", "votes received"), not only who
    (``lexicon.comparison.VAGUE_MEASURES``)."""
    return bool(measure) and measure not in VAGUE_MEASURES


def group_key(story_id: str, measure: str, period: str | None, unit: str | None) -> Key:
    """What a group's claims share: the story, the measure they are compared as
    (``clusters.compared_measure``: protesters and a crowd are one attendance, workers and
    people killed one toll), the period and the unit (``clusters.compared_unit``)."""
    return (story_id, compared_measure(measure), period or "",
            compared_unit(measure, unit) or "")


def cluster_id(key: Key, subject: str = "") -> str:
    return make_id("cc", *key, subject)


def _meet(intervals: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """The intersection of some intervals (at least one): the highest low, the lowest high
    (the first of equal ones, as ``max`` and ``min``), in one pass."""
    it = iter(intervals)
    for low, high in it:
        for lo, hi in it:
            if lo > low:
                low = lo
            if hi < high:
                high = hi
        return low, high
    raise ValueError("no interval to meet")


def _plausible(low: float, high: float) -> tuple[float, float]:
    """A bound's interval closed at ``BOUND_SPAN`` times the bound (rule 1)."""
    if math.isinf(high) and low > 0:
        high = max(low * BOUND_SPAN, low)
    if math.isinf(low) and high > 0:
        low = high / BOUND_SPAN
    return low, high


def _number(value: float) -> str:
    """A value for a reason: "60,000", "4,150,000", "41.25", "0.5"."""
    if abs(value) >= 1000 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


class ClaimGroups:
    """The groups of one corpus: cluster ids, verdicts and the claim_groups table."""

    def __init__(self, stories: StoryIndex):
        self.stories = stories
        self.entries: dict[Key, list[_Claim]] = defaultdict(list)
        self.split: set[Key] = set()
        self.unit_of: dict[tuple[str, str, str], str] = {}  # unit of claims that give none
        self.verdicts: dict[str, str] = {}  # cluster_id -> consistency (multi-source only)
        self.rows: list[dict] = []
        self._ids: dict[tuple[str, ...], str] = {}  # group (and subject) -> cluster id
        self._keys: dict[tuple[str, str, str | None, str | None], Key] = {}  # ``_key``'s
        # the verdicts as Arrow arrays, for ``assign``: cluster ids and their consistency
        self._verdict_arrays = (pa.array([], pa.string()), pa.array([], pa.string()))

    # --- building ------------------------------------------------------------------------

    def add(self, claims: pa.Table) -> None:
        """Take one batch of resolved claims (``COLUMNS``)."""
        story = self.stories.story
        entries = self.entries
        # only claims with no scope of their own and a comparable measure are grouped: the
        # others are left out before their rows are read
        measure = claims.column("measure")
        claims = claims.filter(pc.and_(pc.is_null(claims.column("_scope")),
                                       _comparable(measure)))
        for (sid, eid, subject, measure, period, unit, value, written, qualifier, claimant, low,
             high) in zip(*(claims.column(c).to_pylist() for c in _ADDED)):
            if qualifier in QUALIFIER_WORDS:
                written += f" ({QUALIFIER_WORDS[qualifier]})"
            entries[group_key(story(sid), measure, period, unit)].append(_Claim(
                sid, _subject_key(eid, subject), subject, low, high, value, written,
                dispute_claimant(claimant, measure)))  # who gives it, for ``_voices``

    def finish(self) -> ClaimGroups:
        """Decide every group's subjects and verdicts (after every batch was added)."""
        self._fold_units()
        for key in sorted(self.entries):
            claims = self.entries[key]
            if self._several_subjects(claims):
                self.split.add(key)
                by_subject: dict[str, list[_Claim]] = defaultdict(list)
                for c in claims:
                    by_subject[c.subject].append(c)
                for subject in sorted(by_subject):
                    self._judge(key, subject, by_subject[subject])
            else:
                self._judge(key, "", claims)
        self.entries.clear()
        return self

    def _fold_units(self) -> None:
        """Claims that give no unit ("SIX died") join the group of their measure that has one,
        when there is exactly one ("SIX people", "five people")."""
        units: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for story, measure, period, unit in self.entries:
            if unit:
                units[(story, measure, period)].append(unit)
        for key in [k for k in self.entries if not k[3]]:
            found = units.get(key[:3], [])
            if len(found) == 1:
                self.unit_of[key[:3]] = found[0]
                self.entries[(*key[:3], found[0])] += self.entries.pop(key)

    def _key(self, story: str, measure: str, period: str | None, unit: str | None) -> Key:
        key = group_key(story, measure, period, unit)
        return key if key[3] else (*key[:3], self.unit_of.get(key[:3], ""))

    @staticmethod
    def _several_subjects(claims: Sequence[_Claim]) -> bool:
        """Whether one source gives the measure incompatible values for different subjects."""
        per_source: dict[str, dict[str, list[tuple[float, float]]]] = defaultdict(
            lambda: defaultdict(list))
        for c in claims:
            if c.subject:
                per_source[c.source][c.subject].append((c.low, c.high))
        for subjects in per_source.values():
            if len(subjects) > 1:
                low, high = _meet(iv for ivs in subjects.values() for iv in ivs)
                if low > high:
                    return True
        return False

    def _judge(self, key: Key, subject: str, claims: Sequence[_Claim]) -> None:
        sources = sorted({c.source for c in claims})
        if len(sources) < 2 and len(self._voices(claims)[0]) < 2:
            return
        cid = cluster_id(key, subject)
        verdict, reason = self.verdict(claims, is_level(key[1]))
        self.verdicts[cid] = CONSISTENCY.get(verdict, "single_source")
        values = [c.value for c in claims]
        independent = {self.stories.original(s) for s in sources}
        self.rows.append({
            "cluster_id": cid, "story_id": key[0], "measure": key[1], "period": key[2] or None,
            "unit": key[3] or None, "subject": self._subject_name(subject, claims),
            "n_claims": len(claims), "n_sources": len(sources),
            "n_independent": len(independent), "min_value": min(values),
            "max_value": max(values), "consistency": self.verdicts[cid], "verdict": verdict,
            "reason": reason})

    @staticmethod
    def _subject_name(subject: str, claims: Sequence[_Claim]) -> str | None:
        """The subject as the claims name it (the most frequent name; ties: the first)."""
        if not subject:
            return None
        names = Counter(c.subject_name for c in claims if c.subject_name)
        return min(names, key=lambda n: (-names[n], n)) if names else None

    # --- the verdict -----------------------------------------------------------------------

    def _label(self, voice: _Voice, copies: Sequence[str] = ()) -> str:
        """'Outlet (source_id)', with the group's copies of it: 'Outlet (id; copied by id2)',
        and the claimant of a dispute within the article: 'Outlet (id), police'."""
        source = voice.source
        a = self.stories.articles.get(source)
        ids = source + (f"; copied by {', '.join(copies)}" if copies else "")
        label = f"{a.outlet} ({ids})" if a is not None and a.outlet else \
            (f"{source} ({ids[len(source) + 2:]})" if copies else source)
        return f"{label}, {voice.claimant}" if voice.claimant else label

    @staticmethod
    def _count(voices: Iterable[_Voice]) -> str:
        """'3 independent sources', and whether an article's claimants count apart."""
        voices = list(voices)
        apart = " (an article's disputing claimants counted apart)" if any(
            v.claimant for v in voices) else ""
        return f"{len(voices)} independent sources{apart}"

    def _voices(self, claims: Sequence[_Claim]
                ) -> tuple[dict[_Voice, list[_Claim]], dict[str, set[str]]]:
        """The group's claims by independent source (a copy counts as its original), and each
        original's copies. A source that gives the group incompatible values from different
        claimants (``clusters.disputed``: police and organisers) is one voice per claimant."""
        by_source: dict[str, list[_Claim]] = defaultdict(list)
        copies: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            original = self.stories.original(c.source)
            by_source[original].append(c)
            if original != c.source:
                copies[original].add(c.source)
        voices: dict[_Voice, list[_Claim]] = {}
        for s, cs in by_source.items():
            low, high = _meet((c.low, c.high) for c in cs)
            if low > high and disputed([((c.low, c.high), c.claimant) for c in cs]):
                for c in cs:
                    voices.setdefault(_Voice(s, claimant_key(c.claimant)), []).append(c)
            else:
                voices[_Voice(s, "")] = cs
        return voices, copies

    def verdict(self, claims: Sequence[_Claim], level: bool = False) -> tuple[str, str]:
        """(verdict, reason in words) for one group's claims (module docstring)."""
        by_source, copies = self._voices(claims)
        said = "; ".join(
            f"{self._label(s, sorted(copies[s.source]))}: "
            + ", ".join(sorted({c.value_text for c in cs}))
            for s, cs in sorted(by_source.items())[:MAX_LISTED])
        if len(by_source) > MAX_LISTED:
            said += f"; and {len(by_source) - MAX_LISTED} more"
        if len(by_source) < 2:
            return "copies_only", (f"one independent source: the others copy it ({said})")
        raw = {s: _meet((c.low, c.high) for c in cs) for s, cs in by_source.items()}
        low, high = _meet(raw.values())
        plow, phigh = _meet(_plausible(*iv) for iv in raw.values())
        if plow <= phigh:
            fit = _number(plow) if plow == phigh or math.isinf(phigh) else \
                f"{_number(plow)}-{_number(phigh)}"
            return "agrees", (f"{self._count(by_source)}, and a value fits every "
                              f"one of them ({fit}), as written and rounded: {said}")
        if low <= high:
            return "bound_only", ("the values meet only through a bound's open end, far "
                                  f"beyond the bound; probably not one measurement: {said}")
        closed = sorted((s, _plausible(*iv)) for s, iv in raw.items())  # (voices: unique)
        apart = [(a.source, b.source) for (a, (a_low, a_high)), (b, (b_low, b_high))
                 in combinations(closed, 2) if a_low > b_high or b_low > a_high]  # sources
        closest = self.stories.closest(apart)
        one_article = any(a == b for a, b in apart)  # gives two of the values that differ
        if closest < STRONG_LINK:
            return "loosely_linked", (
                "the sources whose values differ are in one story but not closely alike "
                f"(same-story probability {closest:.2f} at most); their numbers may count "
                f"different moments or things: {said}")
        values = [c.value for c in claims if c.value > 0]
        ratio = max(values) / min(values) if values else math.inf
        if ratio > FAR_APART and not one_article:
            return "far_apart", (f"the values lie {ratio:,.0f} times apart; probably different "
                                 f"things counted under one measure: {said}")
        days = self._by_day(by_source, raw, level)
        if days is not None:
            return "updated", (("a level that moved between one day's reports and the next"
                                if level else "a running count that rises from one day's "
                                "reports to the next") + f", not a dispute: {days}")
        alike = "one article gives two of the values that differ" if one_article else \
            f"the closest two that differ are alike at same-story probability {closest:.2f}"
        return "conflicts", (f"{self._count(by_source)} and no value fits every one of them, "
                             f"as written and rounded; {alike}: {said}")

    def _by_day(self, by_source: Mapping[_Voice, list[_Claim]],
                raw: Mapping[_Voice, tuple[float, float]], level: bool = False) -> str | None:
        """The day-by-day values when the sources are dated, agree within each day and rise
        from day to day (a level: differ from day to day) (rule 6), else None."""
        dated: dict = defaultdict(list)
        for s in by_source:
            a = self.stories.articles.get(s.source)
            if a is None or a.published is None:
                return None
            dated[a.published].append(raw[s])
        if len(dated) < 2:
            return None
        previous_high = -math.inf
        parts = []
        for day in sorted(dated):
            low, high = _meet(dated[day])
            if low > high or (low <= previous_high and not level):
                return None
            previous_high = high
            parts.append(f"{day.isoformat()}: " + ", ".join(sorted({
                c.value_text for s in by_source for c in by_source[s]
                if self.stories.articles[s.source].published == day})))
        return "; ".join(parts)

    # --- reading ---------------------------------------------------------------------------

    def table(self) -> pa.Table:
        return pa.Table.from_pylist(sorted(self.rows, key=lambda r: r["cluster_id"]),
                                    schema=arrow_schema(TABLES["claim_groups"]))

    def assign(self, claims: pa.Table) -> pa.Table:
        """A piece of resolved claims with its story-wide ``cluster_id`` and ``consistency``.
        Only the grouped claims (no scope of their own, a comparable measure) are read in
        Python; every claim's consistency is looked up in Arrow."""
        grouped = pc.and_(pc.is_null(claims.column("_scope")),
                          _comparable(claims.column("measure")))
        picked = claims.select(list(_ASSIGNED)).filter(grouped)
        story, ids, keys = self.stories.story, self._ids, self._keys
        assigned = []
        for sid, eid, subject, measure, period, unit in zip(*(
                picked.column(c).to_pylist() for c in _ASSIGNED)):
            at = (story(sid), measure, period, unit)
            key = keys.get(at)
            if key is None:  # (many claims share a story, measure, period and unit)
                key = keys[at] = self._key(*at)
            if key in self.split:
                key = (*key, _subject_key(eid, subject))
            if key not in ids:  # many claims share a group
                ids[key] = cluster_id(key[:4], key[4] if len(key) > 4 else "")
            assigned.append(ids[key])
        field = claims.schema.field("cluster_id")
        clusters = pc.replace_with_mask(claims.column("cluster_id").combine_chunks().cast(
            field.type), grouped.combine_chunks(), pa.array(assigned, field.type))
        judged, verdicts = self._verdict_arrays
        if len(judged) != len(self.verdicts):  # (made once: finished groups keep theirs)
            judged, verdicts = self._verdict_arrays = (
                pa.array(list(self.verdicts), pa.string()),
                pa.array(list(self.verdicts.values()), pa.string()))
        consistency = pc.fill_null(verdicts.take(pc.index_in(clusters, value_set=judged)),
                                   "single_source")
        for name, values in (("cluster_id", clusters), ("consistency", consistency)):
            j = claims.schema.get_field_index(name)
            claims = claims.set_column(j, claims.schema.field(j),
                                       values.cast(claims.schema.field(j).type))
        return claims


def _comparable(measure: pa.ChunkedArray) -> pa.ChunkedArray:
    """``comparable_measure`` of every value, in Arrow (null: False)."""
    return pc.fill_null(pc.and_(pc.not_equal(measure, ""), pc.invert(pc.is_in(
        measure, value_set=pa.array(sorted(VAGUE_MEASURES), measure.type)))), False)


def _subject_key(entity_id: str | None, subject: str | None) -> str:
    """Who a claim is about, as groups compare it: the subject's entity id, else its name
    case-folded."""
    return entity_id or (subject or "").casefold()
