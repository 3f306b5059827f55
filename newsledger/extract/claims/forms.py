"""Quantities written as a relation between numbers: ranges ("between 30 and 40 people", "30
to 40 people", "15-20%", "US$ 300 to 350 million"), proportions ("one in five voters", "six
out of 10") and multiples ("twice as many", "three times as much", "tripled").

Ranges are two claims, one per end (as the annotation guide counts them), each with the unit,
the shared scale and currency ("US$ 300 to 350 million": 300,000,000 and 350,000,000 usd) and
the measure its words give; the low end is ``at_least`` and the high end ``at_most``, so the
values a source allows are the range itself (the intersection of its claims' intervals: a
range agrees with a value inside it and conflicts with one outside). Not ranges: "from 30 to 40"
(a change, read by the number reader), a first value not below the second ("voted 52 to 35",
"won 3-2": a tally or a score), digits joined by a hyphen with no unit after them ("3-2",
"10-12"), years ("2008-2010").

A vote's tally written with a dash ("a vote of 52-35", "a 5-4 ruling") is two claims, one per
side (no measure); a sports score ("won 3-2") is none.

Proportions ("one in five voters" -> 0.2, "six out of 10" -> 0.6) and multiples ("twice as
many" -> 2, "three times as much" -> 3, "tripled" -> 3, "a fourfold rise" -> 4) are one claim
each, unit ``fraction`` or ``multiple``, with no measure: what they are a share or a multiple
of is not read, so they are never compared. A multiple is read only where it multiplies an
amount ("as many", "as much", "more", "the number"), not a speed or a repetition ("twice as
fast", "won three times").
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsledger.lexicon.markets import MARKET_MOVE_VERBS, MARKET_MOVES
from newsledger.lexicon.measures import CHANGE_VERBS
from newsledger.lexicon.numbers import (AGE_BEFORE, CURRENCY_PREFIXES, MAGNITUDES,
                                        MULTIPLE_VERBS, MULTIPLE_WORDS, MULTIPLIED_AMOUNTS,
                                        NUMBER_WORDS, QUALIFIERS, SCALE_ABBREVIATIONS,
                                        SENTENCE_OPENERS, TALLY_WORDS)
from newsledger.records import Claim

from .assemble import finish
from .quantities import QUANTITY, parse_number, words_value
from .window import SP as _SP
from .window import alt as _alt
from .window import at_sentence_start
from .window import prev_word as _prev_word
from .window import word_spans

if TYPE_CHECKING:
    from .context import ClaimContext

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CUR = _alt(CURRENCY_PREFIXES)
_SCALES = {k: v for k, v in MAGNITUDES.items() if k != "hundred"} | SCALE_ABBREVIATIONS
# The low end of a range and the separator before the high end's number (which the quantity
# pattern reads whole: its scale, currency and unit).
RANGE = re.compile(
    rf"(?P<between>(?<![\w])[Bb]etween{_SP}+)?"
    rf"(?:(?<![A-Za-z])(?P<cur>{_CUR}){_SP}?|(?<![\w.,/:@#\-–‐$£€¥]))(?P<a>{_NUM})"
    rf"(?:(?P<scale>{_SP}?-?(?i:{_alt(_SCALES)})\b|[kKmMbB](?![\w]))"
    rf"|(?P<pct>{_SP}?%|{_SP}(?i:percent|per{_SP}?cent)\b))?"
    rf"(?P<sep>{_SP}*[-–]{_SP}*|-to-|{_SP}+to{_SP}+|{_SP}+and{_SP}+)"
    rf"(?=(?:{_CUR})?{_SP}?\d)")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
# A change verb right before the first number ("fell $1.125 to $13.625", "rose 5% to 7%",
# "added 1.2% to 14,520"): the first is the change and the second the level, not a range.
_CHANGE_BEFORE = re.compile(
    rf"(?i)\b(?:{_alt({*CHANGE_VERBS, *MARKET_MOVES, *MARKET_MOVE_VERBS})})(?:\s+(?:by|some|about|nearly|almost|more\s+than|"
    rf"less\s+than|over|under|just))*\s+$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")

# A vote's tally written with a dash ("a vote of 52-35", "the Senate voted 52-35", "a 5-4
# ruling"): two counts of votes, read only after a word that makes it one.
TALLY = re.compile(r"(?<![\w.,\-–])(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\w\-–]|[.,]\d)")
_TALLY_BEFORE = re.compile(rf"(?i)\b(?:{_alt(TALLY_WORDS)})\b[^.;:!?]{{0,30}}$")
_TALLY_AFTER = re.compile(rf"(?i){_SP}+(?:vote|votes|ruling|decision|majority)\b")
# "one in five", "six out of 10", "1 in 4": a proportion (the first number below the second).
_SMALL_WORDS = {w: v for w, v in NUMBER_WORDS.items() if 0 < v}
PROPORTION = re.compile(
    rf"(?<![\w.,\-–])(?P<a>\d{{1,3}}|(?i:{_alt(_SMALL_WORDS)}|an?))"
    rf"{_SP}+(?:in|out{_SP}+of){_SP}+(?:(?i:every){_SP}+)?"
    rf"(?P<b>\d{{1,3}}(?:,\d{{3}})*|(?i:{_alt(_SMALL_WORDS)}|hundred|thousand))(?![\w,.]\d|\w)")
# "twice as many", "three times as much", "double the number"; "tripled", "a fourfold rise".
MULTIPLE = re.compile(
    rf"(?<![\w\-])(?:(?P<word>(?i:{_alt(MULTIPLE_WORDS)}))"
    rf"|(?P<n>\d+(?:\.\d+)?|(?i:{_alt(_SMALL_WORDS)})){_SP}+(?P<times>times))"
    rf"(?={_SP}+(?:(?i:as){_SP}+(?:many|much|large|big|high)\b|(?i:more|larger|bigger|higher|"
    rf"greater)\b|(?i:the){_SP}+(?:{_alt(MULTIPLIED_AMOUNTS)})\b))"
    rf"|(?<![\w\-])(?P<verb>(?i:{_alt(MULTIPLE_VERBS)}))(?![\w\-])"
    rf"(?!{_SP}+(?:as|down|up|back|over)\b)")
_PROPORTION_SEPARATORS = (" in ", " out of ")
# What every MULTIPLE match holds ("doubl" for double, doubled, doubling; "fold" for
# fourfold): a handful of finds on the lower-cased text instead of one per word.
_MULTIPLE_HINTS = ("twice", "doubl", "tripl", "trebl", "quadrupl", "fold", "times")
_NUMBER_BEFORE = re.compile(rf"(?:\d|\b(?:{_alt(_SMALL_WORDS)}))[ \t\u00a0]+$")


def trace_form(a: ClaimContext, rule: str, result: object) -> None:
    """Record that the form rule ``rule`` read ``result`` (when the context traces)."""
    if a.trace is not None:
        a.trace.append(("claims.forms", rule, result))


def read_range(a: ClaimContext, m: re.Match) -> tuple[Claim, Claim] | None:
    """The two ends of a range: the high end read by the number reader (scale, currency, unit,
    measure), the low end taking its unit, scale and measure; qualifiers at_least and at_most
    (module docstring)."""
    text = a.text
    between, sep = m.group("between"), m.group("sep").strip()
    if sep == "and" and not between:
        return None  # "30 and 40": two numbers, no range
    lo = m.start("cur") if m.group("cur") else m.start("a")
    if not between and _FROM_BEFORE.search(text, max(0, lo - 6), lo):
        return None  # "rose from 30 to 40": a change
    if sep in ("to", "-to-") and _CHANGE_BEFORE.search(text, max(0, lo - 40), lo):
        return None  # "shares fell $1.125 to $13.625": a change, then the level it reached
    word, ws = _prev_word(text, lo if not between else m.start(), max(0, lo - 30))
    if word[:1].isupper() and not between and ws + len(word) == lo - 1 and \
            word.lower() not in SENTENCE_OPENERS and word.lower() not in QUALIFIERS and \
            word.lower() not in AGE_BEFORE:
        return None  # "Section 3-5", "Boeing 737-800"
    after = m.end()
    if text[after - 1] in "-–":  # "15-20%": the quantity pattern wants no dash before digits
        m2 = QUANTITY.match(text[:after - 1] + " " + text[after:], after)
    else:
        m2 = QUANTITY.match(text, after)
    if m2 is None or (m2.group("num") is None):
        return None
    a_raw, b_raw = m.group("a"), m2.group("num")
    if _YEAR.fullmatch(a_raw) or _YEAR.fullmatch(b_raw):
        return None  # "2008-2010", "between 1990 and 2000": years
    if not (m.group("scale") or m2.group("scale") or m2.group("lscale")) and \
            float(a_raw.replace(",", "")) >= float(b_raw.replace(",", "")):
        return None  # "a 162-139 record", "voted 52 to 35": a tally or a score
    if a.blocked(lo, m2.end()):
        return None
    parsed = parse_number(a, m2)
    if parsed is None:
        return None
    s, e, hvs, hve, num_end, high_value, high_unit, _ = parsed
    b = float(b_raw.replace(",", ""))
    low_value = float(a_raw.replace(",", ""))
    unit = high_unit
    if m.group("scale"):
        sc = m.group("scale").strip(" \t\u00a0-").lower()
        low_value *= _SCALES.get(sc) or {"k": 1e3, "m": 1e6, "b": 1e9}[sc]
    elif b and high_value != b and not m2.group("pct"):
        low_value *= high_value / b  # "US$ 300 to 350 million": the scale is shared
    if m.group("pct"):
        unit = "percent"
    if m.group("cur"):
        unit = CURRENCY_PREFIXES[m.group("cur")]
    elif not between and word.lower() in AGE_BEFORE:
        unit = "year"  # "aged 54 to 65", "ages 3 to 17"

    if not low_value < high_value:
        return None  # "voted 52 to 35", "won 3-2": a tally or a score
    if sep in ("-", "–") and high_unit is None:
        return None  # "3-2", "10-12": a score or a code, not said to be a range
    if unit != high_unit and high_unit is not None:
        return None  # "between 3 pm and 5 km": two things
    if m.group("pct") and high_unit != "percent":
        return None  # "1.2% to 14,520": a change and the level it reached, not a range
    end = m.end("pct") if m.group("pct") else m.end("scale") if m.group("scale") else \
        m.end("a")
    # The range as one quantity (its words before and after say what it counts, its period,
    # its subject), then its two ends.
    whole = finish(a, s, e, lo, hve, num_end, high_value, high_unit or unit, in_range=True)
    trace_form(a, "range-between" if between else "range-to" if sep in ("to", "-to-") else
           "range-hyphen", text[lo:hve])
    return (dataclasses.replace(whole, value=low_value, value_end=end, value_text=text[lo:end],
                                qualifier="at_least"),
            dataclasses.replace(whole, value_start=hvs, value_text=text[hvs:hve],
                                qualifier="at_most"))


def read_tally(a: ClaimContext, m: re.Match) -> tuple[Claim, Claim] | None:
    """"The vote was 52-35", "a 5-4 ruling": two exact counts (``TALLY``), no measure."""
    text = a.text
    if a.blocked(m.start(), m.end()):
        return None
    s, e = a.sentence(m.start())
    if not (_TALLY_BEFORE.search(text, max(s, m.start() - 40), m.start())
            or _TALLY_AFTER.match(text, m.end())):
        return None  # "won 3-2": a score, not read
    trace_form(a, "tally", m.group())
    return tuple(finish(a, s, e, m.start(g), m.end(g), m.end(g), float(m.group(g)), None,
                        comparable=False) for g in ("a", "b"))


def find_tallies(a: ClaimContext) -> Iterator[re.Match]:
    """``TALLY`` matches: two runs of at most three digits joined by one dash."""
    text = a.text
    runs = a.runs
    for (s1, e1), (s2, e2) in zip(runs, runs[1:]):
        if s2 == e1 + 1 and text[e1] in "-–" and e1 - s1 <= 3 and e2 - s2 <= 3 and \
                (m := TALLY.match(text, s1)):
            yield m


def find_ranges(a: ClaimContext) -> Iterator[re.Match]:
    """``RANGE`` matches: tried only where two runs of digits are at most a separator (and a
    currency sign) apart."""
    text = a.text
    runs = a.runs
    end = 0
    for (s1, e1), (s2, e2) in zip(runs, runs[1:]):
        gap = s2 - e1
        if s1 < end or gap < 1 or gap > 16 or text[e1] in ",." or (e1 - s1 == 4 == e2 - s2):
            continue  # "2008 and 2009", "2002-2005": years
        between = text[e1:s2]
        if "-" not in between and "–" not in between and "to" not in between and (
                "and" not in between or "etween" not in text[max(0, s1 - 22):s1]):
            continue
        start = s1
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ",."):
            start -= 1  # "1,500 to 2,000": the number starts before this run
        m = RANGE.search(text, max(0, start - 14), s2 + 1)
        if m is not None and m.end("a") == e1:
            end = m.end()
            yield m


def read_proportion(a: ClaimContext, m: re.Match) -> Claim | None:
    """"one in five voters" -> 0.2, "six out of 10" -> 0.6 (unit fraction, no measure)."""
    text = a.text
    vs, ve = m.span()
    if a.blocked(vs, ve):
        return None
    num, den = (_number(m.group(g)) for g in ("a", "b"))
    if num is None or not den or not 0 < num < den:
        return None
    s, e = a.sentence(vs)
    if text[vs].isupper() and not text[vs].isdigit() and not at_sentence_start(text, s, vs):
        return None  # "Uranium One in three deals": a name
    trace_form(a, "proportion", text[vs:ve])
    return finish(a, s, e, vs, ve, ve, num / den, "fraction", comparable=False)


def _number(token: str) -> float | None:
    t = token.lower()
    if t[0].isdigit():
        return float(t.replace(",", ""))
    if t in ("a", "an"):
        return 1.0
    parsed = words_value(t, 0, len(t))
    return parsed[0] if parsed and not parsed[2] else None


def find_proportions(a: ClaimContext) -> Iterator[re.Match]:
    """``PROPORTION`` matches: tried only at a number (a run of digits, a number word, or "a"
    in the lower-cased text) that " in " or " out of " follows."""
    text, low = a.text, a.low
    if len(low) != len(text):
        yield from PROPORTION.finditer(text)
        return
    seps = _PROPORTION_SEPARATORS
    starts = sorted([s for s, e in a.runs if low.startswith(seps, e)]
                    + [s for s, e in a.words if low.startswith(seps, e)])
    end = 0
    for start in starts:
        if start >= end and (m := PROPORTION.match(text, start)):
            end = m.end()
            yield m


def read_multiple(a: ClaimContext, m: re.Match) -> Claim | None:
    """"twice as many" -> 2, "three times as much" -> 3, "tripled" -> 3 (unit multiple, no
    measure)."""
    text = a.text
    vs, ve = m.span()
    if a.blocked(vs, ve):
        return None
    got = m.group("word") or m.group("verb")
    if got is not None:
        value = MULTIPLE_WORDS.get(got.lower()) or MULTIPLE_VERBS.get(got.lower())
        rule = "multiple-word" if m.group("word") else "multiple-verb"
    else:
        value = _number(m.group("n"))
        rule = "multiple-times"
    if not value or value <= 1:
        return None
    s, e = a.sentence(vs)
    trace_form(a, rule, text[vs:ve])
    return finish(a, s, e, vs, ve, ve, float(value), "multiple", comparable=False)


def find_multiples(a: ClaimContext) -> Iterator[re.Match]:
    """``MULTIPLE`` matches, tried only around its words (lower-cased text)."""
    low, text = a.low, a.text
    if len(low) != len(text):
        yield from MULTIPLE.finditer(text)
        return
    end = 0
    for start, stop in word_spans(low, _MULTIPLE_HINTS, after_letter=True):
        if start < end or (low[start] == "t" and low[start + 1] == "i" and not _NUMBER_BEFORE.search(
                low, max(0, start - 12), start)):
            continue  # "times" not after a number ("The Times", "at times")
        m = MULTIPLE.search(text, max(end, start - 12), stop + 40)
        if m is not None and m.start() <= start < m.end():
            end = m.end()
            yield m
