"""Quantities written as words that the quantity pattern cannot read: fractions ("half of
voters", "a third", "two-thirds majority") and lengths of time with an article ("for a
decade", "lasted an hour").

Fractions are claims when they state a quantity: followed by "of" ("half of voters", "a
quarter of a million people" -> 250000, "half of 1 percent" -> 0.5 percent), "half" before a
determiner ("half that", "half the price") or "a"/"an" and a unit ("half a percentage point"),
a numerator form before "majority"/"stake" ("a two-thirds majority"), or after "by" or a
qualifier at the end of a phrase ("cut by half", "more than half said"); never after an ordinal
or a period word ("the first half", "in half", "a third term"). Their value is the fraction
(0.5), unit "fraction", with no measure (never compared). Lengths of time written with an
article ("a decade", "an hour") are claims of 1 unit after a duration word, a qualifier or a
superlative's "in" ("for a decade", "lasted an hour", "more than a year", "the lowest in a
decade") or glued to "-long" ("a year-long inquiry"), not before "ago", "later", "after" ("a
year ago").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsledger.lexicon.numbers import (ARTICLE_DURATIONS, ARTICLE_NUMBERS, CLAIMANT_VERBS,
                                        DURATION_BEFORE, DURATION_NOT_BEFORE,
                                        FRACTION_DENOMINATORS, FRACTION_DETERMINERS,
                                        FRACTION_NOUNS_AFTER, FRACTION_PERIOD_WORDS,
                                        HALF_A_UNITS, HALF_IDIOMS, NOT_UNITS, NUMBER_WORDS,
                                        QUALIFIERS, SENTENCE_OPENERS, SUPERLATIVES)
from newsledger.records import Claim

from .assemble import finish as _finish
from .qualifiers import qualifier_phrase as _qualifier_phrase
from .quantities import scan_near
from .units import unit_of as _unit
from .window import SP as _SP
from .window import alt as _alt
from .window import word_spans
from ..patterns import CASE_FOLDS
from .window import at_sentence_start as _at_sentence_start
from .window import prev_word as _prev_word
from .window import title_case as _title_case

if TYPE_CHECKING:
    from .context import ClaimContext

# Fractions as words: "half", "a third", "an eighth", "one-quarter", "two-thirds", "three
# quarters" (the numerator, when written, in group n).
FRACTION = re.compile(
    rf"(?<![\w\-–‐'’])(?i:(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine)"
    rf"(?:{_SP}+|-))?(?P<den>{_alt(FRACTION_DENOMINATORS)}))(?![\w\-–‐'’])")
# Where a fraction can be: its denominator word. Finding these first and trying FRACTION only
# around them is several times faster than trying it at every offset (``fractions``).
_FRACTION_HINT = re.compile(_alt(FRACTION_DENOMINATORS))  # whole words, lower case
_FRACTION_BEFORE = 16  # characters a numerator and its space take before the denominator
_FRACTION_OF = re.compile(
    rf"{_SP}+of(?:{_SP}+(?P<art>an?){_SP}+(?P<what>[A-Za-z]+(?:{_SP}+[a-z]+)?))?(?![\w\-])")
_HALF_A = re.compile(
    rf"{_SP}+an?{_SP}+(?P<what>{_alt(HALF_A_UNITS, 'i')})(?![\w\-–‐])")
_HALF_DETERMINER = re.compile(
    rf"(?i){_SP}+(?:the|that|this|those|these|its|their|his|her|our|all|them)\b"
    rf"(?:{_SP}+(?P<noun>[a-z]+))?")
_OF_PERCENT = re.compile(
    rf"{_SP}+of{_SP}+(?P<n>\d{{1,3}}(?:\.\d+)?|one){_SP}?(?:%|(?i:per{_SP}?cent|percent)\b)")
_SUPERLATIVE_IN = re.compile(
    rf"(?i)\b(?:{_alt(SUPERLATIVES)})\b[^,;:.!?\"“”]{{0,40}}?\bin{_SP}+"
    rf"(?:{_alt(QUALIFIERS)}{_SP}+)?$")
_ON_AFTER = re.compile(rf"{_SP}+on(?:[,.;:!?]|{_SP}*$)", re.M)
_AND_A_HALF = re.compile(rf"{_SP}+and{_SP}+a{_SP}+half(?![\w\-–‐])")
_NEXT_TOKEN = re.compile(rf"{_SP}*(?P<w>[A-Za-z][A-Za-z'’]*)?")
_BY_BEFORE = re.compile(rf"(?i)\bby{_SP}+$")
# "for a decade", "lasted an hour", "more than a year": an article duration. The pattern opens
# with the "a" and then looks behind it ("(?<![\w-])(?i:an?)" written so that the engine skips
# to the letters that can start a match: several times faster).
ARTICLE_DURATION = re.compile(
    rf"[aA](?<![\w\-–‐][aA])[nN]?{_SP}+(?P<unit>(?i:{_alt(ARTICLE_DURATIONS)}))"
    rf"(?:(?P<long>-long)(?![\w\-–‐])|(?![\w\-–‐'’]))")


def _rejected(a: ClaimContext, rule: str, m: re.Match) -> None:
    """No claim: ``rule`` (a ``rules.WORD_RULES`` row) says why, when the rules are traced."""
    if a.trace is not None:
        a.trace.append(("claims.words", rule, m.group()))
    return None


def _accepted(a: ClaimContext, rule: str, s: int, e: int, vs: int, ve: int, num_end: int,
              value: float, unit: str | None, comparable: bool) -> Claim:
    """The claim of a quantity written as words, read by ``rule`` (a ``rules.WORD_RULES`` row)."""
    if a.trace is not None:
        a.trace.append(("claims.words", rule, a.text[vs:ve]))
    return _finish(a, s, e, vs, ve, num_end, value, unit, comparable=comparable)


def read_fraction(a: ClaimContext, m: re.Match) -> Claim | None:
    """A fraction written as words when it states a quantity: "half of voters", "a third of
    the 400 staff", "more than half said", "cut by a quarter", "a two-thirds majority" (value
    1/2, 1/3 ..., unit "fraction", never compared); "half a percentage point",
    "three-quarters of an hour" (0.5 percentage point, 0.75 hour); "a quarter of a million
    people" (250000 person). Not "the first half", "in half", "a third term", "half the
    time", "half-time", "one-third owned"."""
    text = a.text
    vs, ve = m.span()
    if a.blocked(vs, ve):
        return _rejected(a, "blocked", m)
    n, den = (m.group("n") or "").lower(), m.group("den").lower()
    d = FRACTION_DENOMINATORS[den]
    plural = den.endswith("s")
    if d == 2:
        if n not in ("", "one") or plural:
            return _rejected(a, "half-form", m)  # "a half" (in "and a half" ...), "halves"
        numerator = 1
    elif plural:
        if n in ("", "a", "an", "one"):
            return _rejected(a, "plural-without-count", m)  # "quarters of", "the thirds"
        numerator = NUMBER_WORDS[n]
    elif n in ("a", "an", "one"):
        numerator = 1
    else:
        return _rejected(a, "ordinal", m)  # "the third of", "third of the way"
    s, e = a.sentence(vs)
    if m.group()[0].isupper() and not _at_sentence_start(text, s, vs) and \
            not _title_case(a.doc, s, vs):
        return _rejected(a, "name-word", m)  # "Half Moon Bay", "A Third Way"
    prev, ps = _prev_word(text, vs, s)
    prev_low = prev.lower()
    if prev[:1].isupper() and ps + len(prev) < vs and not _title_case(a.doc, s, vs) and \
            prev_low not in SENTENCE_OPENERS and prev_low not in QUALIFIERS:
        return _rejected(a, "after-a-name", m)  # "the Republican half of the team"
    lo = max(s, vs - 40)
    q = _qualifier_phrase(text[lo:vs].replace("’", "'"))
    by = _BY_BEFORE.search(text, lo, lo + q.start() if q else vs)  # "by nearly half"
    nlow = (_NEXT_TOKEN.match(text, ve).group("w") or "").lower()
    value, unit, num_end, comparable = numerator / d, "fraction", ve, False
    of = _FRACTION_OF.match(text, ve)
    if prev_low in FRACTION_PERIOD_WORDS:
        return _rejected(a, "part-of-a-period", m)  # "the first half", "the lower half"
    if n and nlow in FRACTION_NOUNS_AFTER:  # "a two-thirds majority", "a one-quarter stake"
        return _accepted(a, "fraction-noun", s, e, vs, ve, ve, value, unit, False)
    if d == 2 and nlow in HALF_IDIOMS:
        return _rejected(a, "idiom", m)  # "half way"
    if prev_low in FRACTION_DETERMINERS and not (prev_low in ("in", "into") and of):
        return _rejected(a, "determiner", m)  # "the half", "in half", "cut into thirds"
    if d == 2 and nlow in ("a", "an") and not _HALF_A.match(text, ve):
        return _rejected(a, "half-a-thing", m)  # "half a chance"; "half a million": a number
    rule = "by-or-qualifier"
    pct = _OF_PERCENT.match(text, ve)
    if pct:  # "less than half of 1 percent"
        rule = "of-percent"
        n_pct = pct.group("n")
        value *= 1.0 if n_pct.lower() == "one" else float(n_pct)
        unit, ve, num_end, comparable = "percent", pct.end(), pct.end(), True
    elif of:
        rule = "of"
        what = (of.group("what") or "").lower()
        head = what.split()[0] if what else ""
        if of.group("art") and head in ARTICLE_NUMBERS:
            value *= ARTICLE_NUMBERS[head]  # "a quarter of a million people"
            rule = "of-a-scale"
            num_end = of.start("what") + len(head)
            unit, ve, _ = _unit(a, None, num_end, value, True, False)
            comparable = True
        elif of.group("art") and (what in HALF_A_UNITS or head in HALF_A_UNITS):
            key = what if what in HALF_A_UNITS else head  # "three-quarters of an hour"
            rule = "of-a-unit"
            unit = HALF_A_UNITS[key]
            ve = num_end = of.start("what") + len(key)
            comparable = True
    elif d == 2 and (h := _HALF_A.match(text, ve)):
        unit = HALF_A_UNITS[" ".join(h.group("what").lower().split())]
        ve = num_end = h.end()  # "half a percentage point", "half an hour"
        comparable, rule = True, "half-a-unit"
    elif d == 2 and (h := _HALF_DETERMINER.match(text, ve)):
        if (h.group("noun") or "") in HALF_IDIOMS:
            return _rejected(a, "idiom", m)  # "half the time", "half the battle"
        rule = "half-determiner"
    elif not ((by or q) and (not nlow or nlow in NOT_UNITS or nlow in CLAIMANT_VERBS)):
        return _rejected(a, "no-quantity", m)  # not "cut by half", "more than half said"
    return _accepted(a, rule, s, e, vs, ve, num_end, value, unit, comparable)


def read_article_duration(a: ClaimContext, m: re.Match) -> Claim | None:
    """A length of time written with an article after a word that makes it one: "for a
    decade", "lasted an hour", "took a year", "more than a year", "nearly a decade" (value
    1, the unit). Not "a year ago", "a decade later", "£28 an hour", "once a year"."""
    text = a.text
    vs, ve = m.span()
    if a.blocked(vs, ve):
        return _rejected(a, "blocked", m)
    s, e = a.sentence(vs)
    if vs <= s and not m.group("long"):
        return _rejected(a, "opens-the-sentence", m)  # "A year ago ...", "A day later ..."
    nxt = (_NEXT_TOKEN.match(text, ve).group("w") or "").lower()
    if nxt in DURATION_NOT_BEFORE or _ON_AFTER.match(text, ve):
        return _rejected(a, "point-in-time", m)  # "a year ago", "a decade later", "a year on"
    q = _qualifier_phrase(text[max(s, vs - 40):vs].replace("’", "'"))
    prev, _ = _prev_word(text, vs, s)
    if m.group("long"):
        rule = "duration-long"
    elif q:
        rule = "duration-qualified"
    elif prev.lower() in DURATION_BEFORE:
        rule = "duration-verb"
    elif _SUPERLATIVE_IN.search(text, max(s, vs - 80), vs):
        rule = "duration-superlative"
    else:
        return _rejected(a, "no-duration-word", m)  # "in a year" alone is a time to come
    unit = m.group("unit").lower()
    value = 1.0
    half = _AND_A_HALF.match(text, ve)
    if half:  # "a year and a half"
        value, ve = 1.5, half.end()
    return _accepted(a, rule, s, e, vs, ve, ve, value, unit, True)


def find_fractions(text: str, low: str) -> Iterator[re.Match]:
    """``FRACTION.finditer(text)``, tried only near its hints (``low``: the lower-cased text)."""
    if len(low) != len(text):  # a character whose lower case is longer shifts offsets
        return FRACTION.finditer(text)
    return scan_near(FRACTION, word_spans(low, FRACTION_DENOMINATORS, after_letter=True), text,
                     _FRACTION_BEFORE)


def find_article_durations(text: str, low: str) -> Iterator[re.Match]:
    """``ARTICLE_DURATION.finditer(text)``: every "a/an" + duration word of the text ("a
    decade", "an hour"), matched only where a duration word (found in ``low``, the lower-cased
    text) has "a" or "an" and spaces before it."""
    if len(low) != len(text) or any(c in low for c in CASE_FOLDS):
        yield from ARTICLE_DURATION.finditer(text)
        return
    starts = set()
    for start, _ in word_spans(low, ARTICLE_DURATIONS, after_letter=True):
        j = start
        while j > 0 and low[j - 1] in " \t\u00a0":
            j -= 1
        if j == start:
            continue
        if low.endswith("an", 0, j):
            starts.add(j - 2)
        elif low.endswith("a", 0, j):
            starts.add(j - 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (m := ARTICLE_DURATION.match(text, start)):
            end = m.end()
            yield m
