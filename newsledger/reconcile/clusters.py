"""Cross-article clusters, each computed by hashing a key (linear in the corpus):

- quotes: the same words, ignoring case, punctuation, spacing and quote marks;
- events: the same story, actor, kind of action and date value (``event_cluster_key``).

Claims are compared within their story (``claim_groups.py``); this module gives the interval of
values each claim allows (``value_interval``): the number as rounded where it was written
("4.2 million" covers 4.15-4.25 million, "60 million" 59.5-60.5 million, "60,000"
59,999.5-60,000.5: exact for counts), widened by its qualifier ("more than"/"at least" up to
infinity, "less than"/"at most" down from minus infinity, "about"/"nearly" by the spread of a
round number: half its last significant digit, at least 5% and at most 10% of the value); and
``ambiguous_keys``, the measures one article gives incompatible values (never compared),
unless the values are a dispute between the claimants it names (``disputed``: a count of
people, ``counts_people``).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence

from newsledger.ids import make_id
from newsledger.lexicon.actions import ACTION_GROUPS
from newsledger.lexicon.measures import (PEOPLE_MEASURES, SAME_COUNT,
                                         STANDING_RECORD_BEFORE, STANDING_RECORD_NOUNS,
                                         TOLL_ENDINGS, TOLL_PEOPLE_NOUNS)
from newsledger.lexicon.numbers import (LETTER_SCALES, MAGNITUDES, NUMBER_WORDS,
                                        SCALE_ABBREVIATIONS)

_NON_WORD = re.compile(r"[\W_]+")
# The number as written at the start of value_text: digits (decimals counted), then a scale.
_WRITTEN = re.compile(
    r"(?P<int>\d[\d,]*)(?:\.(?P<dec>\d+))?[ \t\u00a0]?-?(?P<scale>[A-Za-z]+)?")
_WORD = re.compile(r"[A-Za-z]+")
_SCALES = {**{k: v for k, v in MAGNITUDES.items() if k != "hundred"}, **SCALE_ABBREVIATIONS,
           **LETTER_SCALES}
_NUMBER_GLUE = frozenset({"a", "an", "and", "half", "dozen"})
APPROXIMATE_MIN, APPROXIMATE_MAX = 0.05, 0.10
# Half a rounding step, a hair less: rounding intervals are half-open, so "12" and "13" (or
# "4.2 million" and "4.3 million") do not meet at 12.5.
_HALF = 0.5 * (1 - 1e-9)


def normalize_quote(text: str) -> str:
    """'WELP KANYE 2024' and 'Welp, Kanye 2024!' both become 'welp kanye 2024'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def quote_cluster_id(text: str) -> str:
    return make_id("qc", normalize_quote(text))


def claim_cluster_id(measure_key: str) -> str:
    return make_id("cc", measure_key)


def event_cluster_key(story_id: str, actor: str | None, action: str, date_value: str
                      ) -> tuple[str, str, str, str]:
    """What two reports of one happening share: the story, the actor (an entity id, or a name
    compared case-insensitively), the action's group (``lexicon.actions.ACTION_GROUPS``:
    "tweet" and "post", "announcement" and "announce" are one) and the date value."""
    return (story_id, (actor or "").casefold(), ACTION_GROUPS.get(action, action), date_value)


def event_cluster_id(story_id: str, actor_entity_id: str | None, action: str,
                     date_value: str) -> str:
    return make_id("ec", *event_cluster_key(story_id, actor_entity_id, action, date_value))


def rounding(value_text: str, value: float) -> float:
    """Half the unit of the last digit as written: "4.2 million" -> 50,000, "60 million" ->
    500,000, "60,312" -> 0.5, "1.5%" -> 0.05, a whole thousands "60,000" -> 500 (at most 5% of
    the value: "1,000" -> 50); spelled-out numbers count to their last word
    ("sixty thousand" -> 500, "one point three" -> 0.05, "twelve" -> 0.5)."""
    m = _WRITTEN.search(value_text)
    if m:
        dec = m.group("dec")
        step = 10.0 ** -len(dec) if dec else 1.0
        scale = _SCALES.get((m.group("scale") or "").lower())
        if scale:  # only when the value was scaled by it ("100m" may be metres)
            written = float(m.group("int").replace(",", "") + (f".{dec}" if dec else ""))
            if abs(value - written * scale) < abs(value - written):
                step *= scale
        elif not dec and m.group("int").replace(",", "").endswith("000") and value:
            # "24,000 fans": a count rounded to the thousand, a crowd's or a toll's round
            # figure, at most 5% either way ("24,312" agrees; "57,000" and "60,000" do not;
            # "1,000" allows 950 to 1,050)
            return min(_HALF * 1000, APPROXIMATE_MIN * abs(value))
        return _HALF * step
    step, last, decimals = 1.0, "", None
    for w in _WORD.findall(value_text):
        w = w.lower()
        if w == "point":
            decimals = 0
        elif decimals is not None and w in NUMBER_WORDS and NUMBER_WORDS[w] < 10:
            decimals += 1
        elif not (w in NUMBER_WORDS or w in MAGNITUDES or w in _NUMBER_GLUE):
            break
        elif w == "half":  # "half a million": to the nearest quarter million
            step *= 0.5
        last = w
    if decimals:
        step *= 10.0 ** -decimals
    return _HALF * step * _SCALES.get(last, 1.0)


def approximate_spread(value: float) -> float:
    """How far "about"/"nearly" lets a value stray: half the unit of its last significant
    digit ("about 300" -> 50, "about 312" -> 0.5), kept between 5% and 10% of the value."""
    v = abs(value)
    if v == 0:
        return 0.5
    unit = 1.0
    if v >= 1 and float(v).is_integer():
        n = int(round(v))
        while n % 10 == 0:
            n //= 10
            unit *= 10
    spread = 0.5 * unit
    return min(max(spread, APPROXIMATE_MIN * v), APPROXIMATE_MAX * v)


def value_interval(value: float, qualifier: str, value_text: str = "") -> tuple[float, float]:
    """The values a claim allows: "more than 60,000" allows [60000, inf), "4.2 million"
    [4.15e6, 4.25e6], "about 300" [270, 330]."""
    half = rounding(value_text, value) if value_text else 0.0
    if qualifier in ("more_than", "at_least"):
        return value - half, math.inf
    if qualifier in ("less_than", "at_most"):
        return -math.inf, value + half
    if qualifier == "approximate":
        spread = max(approximate_spread(value), half)
        return value - spread, value + spread
    return value - half, value + half


def claimant_key(claimant: str | None) -> str:
    """Who gives a value, as disputes compare it: "The police" and "police" are one."""
    words = (claimant or "").casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def compared_measure(measure: str) -> str:
    """The measure a claim is compared as: one crowd's count is "attendance" whether a report
    counts protesters, people taking part or the crowd (``lexicon.measures.SAME_COUNT``); one
    accident's dead are "people killed" whether a report counts people, workers or
    pensioners (``lexicon.measures.TOLL_PEOPLE_NOUNS``)."""
    same = SAME_COUNT.get(measure)
    if same is not None:
        return same
    noun, _, verb = measure.rpartition(" ")
    return f"people {verb}" if noun in TOLL_PEOPLE_NOUNS and f" {verb}" in TOLL_ENDINGS \
        else measure


_STANDING_RECORD = re.compile(
    rf"(?i)(?:\b(?:{'|'.join(sorted(STANDING_RECORD_BEFORE))})|\w['’]s?)\s+"
    rf"(?:{'|'.join(re.escape(n) for n in STANDING_RECORD_NOUNS)})"
    r"(?:\s+[a-z]+){0,2}\s*(?:,|of|is|was|stands at|stood at)?\s*$")


def standing_record(before: str) -> bool:
    """Whether the words before a number make it a record that stands (``lexicon.measures.
    STANDING_RECORD_BEFORE``: "the club's record attendance, 52,000"), another time's count
    than the story's: never compared."""
    return _STANDING_RECORD.search(before[-80:]) is not None


def compared_unit(measure: str, unit: str | None) -> str | None:
    """The unit a claim is compared in: a count of people is in "person" whatever its noun
    ("three workers" and "three people" killed)."""
    return "person" if unit and compared_measure(measure).startswith(PEOPLE_MEASURES) \
        else unit


def compared_key(measure_key: str, measure: str | None) -> str:
    """A claim's ``measure_key`` (subject|measure|period|unit) with its compared measure and
    unit."""
    same = compared_measure(measure or "")
    if same == (measure or ""):
        return measure_key
    subject, _, period, unit = measure_key.rsplit("|", 3)
    return f"{subject}|{same}|{period}|{compared_unit(measure or '', unit) or ''}"


def counts_people(measure: str | None) -> bool:
    """Whether a measure counts people ("people killed", "attendance", "soldiers killed"): the
    crowds and tolls whose estimates police, organisers, authorities and the sides of a
    conflict dispute. Other figures one article gives from two claimants are parts or stages of
    a thing (a company's operating and net loss, 11 of 23 suspects), not a dispute."""
    return bool(measure) and (measure.startswith(PEOPLE_MEASURES)
                              or measure.endswith(TOLL_ENDINGS))


def dispute_claimant(claimant: str | None, measure: str | None) -> str | None:
    """The claimant a dispute within one article compares: the claim's, for a count of people
    (``counts_people``), else none (its values are never a dispute between claimants)."""
    return claimant if counts_people(measure) else None


def disputed(claims: Sequence[tuple[tuple[float, float], str | None]]) -> bool:
    """Whether one article's incompatible values for one key are a dispute between the
    claimants it names ("police said 5,000 people marched, but organisers said nearer
    20,000"): every value has a claimant, there are two or more of them and each one's values
    agree. ``claims`` are (interval, claimant) of one article and key."""
    by_claimant: dict[str, list[tuple[float, float]]] = {}
    for interval, claimant in claims:
        who = claimant_key(claimant)
        if not who:
            return False
        by_claimant.setdefault(who, []).append(interval)
    return len(by_claimant) > 1 and all(
        max(lo for lo, _ in ivs) <= min(hi for _, hi in ivs) for ivs in by_claimant.values())


def ambiguous_keys(claims: Iterable[tuple[str, tuple[float, float], str | None]]) -> set[str]:
    """Keys that one article gives incompatible values for (its claims' intervals share no
    point), unless the values are a dispute between claimants (``disputed``): within that
    article the key names two different things, so none of its claims under that key is
    compared with other sources. ``claims`` are (key, interval, claimant) of one article."""
    bounds: dict[str, list[float]] = {}
    said: dict[str, list[tuple[tuple[float, float], str | None]]] = {}
    for key, (low, high), claimant in claims:
        b = bounds.setdefault(key, [-math.inf, math.inf])
        b[0], b[1] = max(b[0], low), min(b[1], high)
        said.setdefault(key, []).append(((low, high), claimant))
    return {k for k, (low, high) in bounds.items() if low > high and not disputed(said[k])}
