"""Finding quantities: the one pattern that finds every number candidate in a text, and the
value of a number written as digits or as words.

One precompiled regular expression finds every quantity candidate: an optional currency sign or
code ("$", "US$", "£", "Rs", "USD"), digits (thousands separators, decimals) or a spelled-out
number ("twenty-five", "two hundred and fifty thousand", "a dozen", "half a million"), an
optional scale ("million", "bn", "mln", "crore"; "k"/"m"/"b" only after a currency sign or
before a plural noun) and an optional glued unit: percent ("%", "percent", "per cent", "pct",
"percentage points"), an age ("43-year-old", "43 years old"), a hyphenated unit
("three-hour-long", "10-point") or a unit suffix ("5km", "30mph"). It is tried only around the
places a cheap hint finds (a digit or a number word), which gives the same matches several
times faster (``scan_near``; a property test checks it).
"""
from __future__ import annotations

import math
from decimal import Decimal
import re
from collections.abc import Iterable, Iterator, Sequence

from newsledger.lexicon.numbers import (AGE_BEFORE, ARTICLE_NUMBERS, CURRENCY_PREFIXES,
                                        LETTER_SCALES, MAGNITUDES, NUMBER_WORDS,
                                        SCALE_ABBREVIATIONS, UNIT_SUFFIXES)
from newsledger.records import Claim

from ..patterns import trie_alternation
from .assemble import finish
from .context import ClaimContext
from .filters import match_minute, reject_digits, reject_words
from .units import AGE_PAREN_BEFORE, age_between_commas, unit_of, votes_to
from .window import SP as _SP
from .window import WORD as _WORD_TOKEN
from .window import alt as _alt
from .window import digit_runs, word_spans
from .window import prev_word as _prev_word


def _trie(words) -> str:
    """The words as one group written as a trie ("(?:t(?:en|hree|...)|...)"): the same matches
    as their alternation written longest first, but a case-blind alternation is tried word by
    word at every offset, where a trie rejects an offset after its first letters."""
    return f"(?:{trie_alternation(words, space=' ')})"


_WORD_TOKENS = (set(NUMBER_WORDS) | set(MAGNITUDES) | {"dozen"})
_W = _trie(_WORD_TOKENS)
_AFTER_MAGNITUDE = "(?:" + "|".join(f"(?<={w})" for w in MAGNITUDES) + ")"
_SCALE_WORDS = _trie(set(MAGNITUDES) - {"hundred"} | set(SCALE_ABBREVIATIONS))
_ARTICLE_HEAD = _alt(ARTICLE_NUMBERS)
_DIGIT_WORDS = {w: v for w, v in NUMBER_WORDS.items() if v < 10} | {"oh": 0, "nought": 0}
_DIGIT_WORD = _trie(_DIGIT_WORDS)

# The one pattern that finds quantity candidates. Groups:
#   cur   currency sign or code before the number      num   digits
#   word  spelled-out number ("a dozen", "twenty-five", "half a million")
#   dec   its decimals as words ("one point three")
#   scale "million", "bn" ...   lscale  a glued k/m/b   plus  "+" or "-plus" (at least)
#   pct   percent / percentage points    age  "-year-old"    hy  hyphenated unit ("-hour")
#   suf   glued unit suffix ("km", "mph")
QUANTITY = re.compile(
    rf"(?:(?<![A-Za-z])(?P<cur>{_alt(CURRENCY_PREFIXES)}){_SP}?)?"
    rf"(?:(?<![\w.,/:@\-–‐])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?<![\w\-–‐@#])(?P<word>(?i:(?:(?:a|half{_SP}+a|a{_SP}+half){_SP}+"
    rf"(?={_ARTICLE_HEAD}\b))?"
    rf"{_W}(?:(?:-|{_SP}+|{_AFTER_MAGNITUDE}{_SP}+and{_SP}+){_W}){{0,8}})(?!\w))"
    rf"(?P<dec>(?i:{_SP}+point(?:{_SP}+{_DIGIT_WORD})+)(?!\w))?)"
    rf"(?P<half>{_SP}+and{_SP}+a{_SP}+half(?!\w))?"
    rf"(?:{_SP}?-?(?P<scale>(?i:{_SCALE_WORDS}))\b|(?P<lscale>[kKmMbB])(?![\w]))?"
    rf"(?P<plus>\+|-plus\b)?"
    rf"(?:(?P<pct>{_SP}?%|{_SP}?(?i:percentage{_SP}+points?|per{_SP}?cent|percent|pct)\b|pc\b)"
    rf"|(?P<age>(?i:-years?-olds?|{_SP}+years?(?:{_SP}+|-)olds?|-year{_SP}+olds?))\b"
    rf"|-(?P<hy>[a-z]+)(?:-(?:long|old))?\b"
    rf"|(?P<suf>(?i:{_trie(UNIT_SUFFIXES)}))(?![A-Za-z]))?")

# The groups' order, which the readers unpack (``m.groups()``: one call, not one per group).
assert tuple(QUANTITY.groupindex) == ("cur", "num", "word", "dec", "half", "scale", "lscale",
                                      "plus", "pct", "age", "hy", "suf")

# Where a quantity can be: a run of digits or a number word (in the lower-cased text, not
# right after a letter), at most _QUANTITY_BEFORE characters after the start of its match
# ("US$ 5", "half a million"). The words' pattern opens with a letter, then looks behind it:
# the engine skips to the letters that can start one, which is several times faster than
# looking behind at every offset.
_QUANTITY_HINT = re.compile(r"\d+|(?<![a-z])" + _W)  # the runs and word spans together
_QUANTITY_BEFORE = 16
# The currency signs and codes: only after one of these (and a space maybe) can a quantity
# start before its digits ("was 5" ends with an "s" as "Rs" does, but no sign).
_CURRENCY_LEADS = tuple(CURRENCY_PREFIXES)


def words_value(text: str, start: int, end: int) -> tuple[float, int, bool] | None:
    """Value of the spelled-out number in ``text[start:end]``, the end actually read, and
    whether it was cut short (an invalid continuation such as "one and two")."""
    total = 0.0
    cur = 0.0
    last = ""
    read_end = start
    half = False
    for t in _WORD_TOKEN.finditer(text, start, end):
        tok = t.group().lower()
        if tok == "and":
            if last not in ("hundred", "mag"):
                return (total + cur) * (0.5 if half else 1), read_end, True
            continue
        if tok == "half":
            half = True
            continue
        if tok == "a":
            cur = 1.0
            last = "a"
            continue
        v = NUMBER_WORDS.get(tok)
        if v is not None:
            if last in ("unit", "teen", "ten") and not (last == "ten" and 0 < v < 10):
                return (total + cur) * (0.5 if half else 1), read_end, True
            cur += v
            last = "ten" if v >= 20 else "teen" if v >= 10 else "unit"
        elif tok == "hundred":
            if last == "hundred":
                return None
            cur = (cur or 1.0) * 100
            last = "hundred"
        elif tok == "dozen":
            cur = (cur or 1.0) * 12
            last = "dozen"
        elif tok in MAGNITUDES:
            total += (cur or 1.0) * MAGNITUDES[tok]
            cur = 0.0
            last = "mag"
        else:
            return None
        read_end = t.end()
    return (total + cur) * (0.5 if half else 1), read_end, False


def read_number(a: ClaimContext, m: re.Match) -> Claim | None:
    """The claim of a ``QUANTITY`` match: its value (digits or words, decimals, "and a half",
    scale), unless a filter rejects it; its unit; then the rest (``assemble.finish``)."""
    q = parse_number(a, m)
    if q is None or (a.taken and any(start < q[3] and q[2] < end for start, end in a.taken)):
        return None  # (over an earlier reader's claim: ``extract_claims`` would drop it)
    return finish(a, *q)


def parse_number(a: ClaimContext, m: re.Match
                 ) -> tuple[int, int, int, int, int, float, str | None, bool] | None:
    """(sentence start, end, value start, end, number end, value, unit, plus) of a
    ``QUANTITY`` match, or None when a filter rejects it."""
    text = a.text
    cur, num, word, dec, half, scale_word, lscale, plus, _, _, _, _ = m.groups()  # (one call)
    if num is None and word is None:
        return None
    ns, ne = m.span("num") if num is not None else m.span("word")
    if a.blocked(ns, ne):
        if a.trace is not None:
            a.trace.append(("claims.filters", "blocked", text[ns:ne]))
        return None
    vs = m.start("cur") if cur else ns
    s, e = a.sentence(vs)
    truncated = False
    scale = 1.0
    if num is not None:
        if rejected := reject_digits(a, m, s):
            if a.trace is not None:
                a.trace.append(("claims.filters", rejected, num))
            return None
        value = float(num.replace(",", ""))
        num_end = ne
    else:
        parsed = words_value(text, ns, ne)
        if parsed is None:
            return None
        value, num_end, truncated = parsed
        if dec and not truncated:  # "one point three": decimals as words
            digits = "".join(str(_DIGIT_WORDS[w.lower()])
                             for w in _WORD_TOKEN.findall(dec)[1:])
            value += float("0." + digits)
            num_end = m.end("dec")
    if not truncated:
        if half:
            value += 0.5  # "two and a half years"
            num_end = m.end("half")
        if scale_word:
            sc = scale_word.lower()
            scale = MAGNITUDES.get(sc) or SCALE_ABBREVIATIONS[sc]
            num_end = m.end("scale")
        elif lscale:
            scale = LETTER_SCALES[lscale.lower()]
            num_end = m.end("lscale")
        if plus:
            num_end = m.end("plus")
    if scale != 1.0:  # in decimal: "$4.1 billion" is 4100000000, not 4099999999.9999995
        value = float(Decimal(repr(value)) * Decimal(repr(scale)))
    if not math.isfinite(value):
        return None
    unit, ve, unit_rule = unit_of(a, m, num_end, value,
                                  scale > 1 or (word is not None and value >= 1e3), not truncated)
    if word is not None and (rejected := reject_words(a, m, s, value, truncated, num_end, unit)):
        if a.trace is not None:
            a.trace.append(("claims.filters", rejected, text[ns:num_end]))
        return None
    if unit is None and num is not None and value.is_integer() and 0 < value <= 120:
        prev, _ = _prev_word(text, vs, s)
        if prev.lower() in AGE_BEFORE:
            unit, unit_rule = "year", "aged"  # "aged 43"
        elif age_between_commas(text, vs, ve) or (
                AGE_PAREN_BEFORE.search(text, max(0, vs - 30), vs) and text[ve:ve + 1] == ")"):
            unit, unit_rule = "year", "age-apposition"  # "Smith, 54,", "John Smith (54)"
    if unit is None and num is not None and votes_to(text, s, vs):
        unit, unit_rule = "vote", "votes-to"  # "14,210 votes to Mark Dunn's 11,895"
    if unit == "minute" and value <= 130 and match_minute(text, s, e, vs, ve):
        if a.trace is not None:
            a.trace.append(("claims.filters", "match-minute", text[vs:ve]))
        return None  # "opened the scoring after 22 minutes": when, on the match clock
    if a.trace is not None and unit_rule is not None:
        a.trace.append(("claims.units", unit_rule, unit))
    return s, e, vs, ve, num_end, value, unit, bool(plus) and not truncated


def scan_near(pattern: re.Pattern, hints: Iterable[tuple[int, int]], text: str,
              before: int, leads: tuple[str, ...] | None = None) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` (leftmost, non-overlapping matches), tried only around
    ``hints``, (start, end) spans in order: every match holds the start of one of them, at most
    ``before`` characters after its own start, and needs nothing after the hint but one
    character to exist (what follows, "hundred" after "one", only lengthens it). Each hint is
    searched in a short window, and a match found there is read again on the whole text.
    Several times faster than trying a long case-blind pattern at every offset; property tests
    check both give the same matches. With ``leads`` (the quantity pattern: a match holding a
    digit starts at its run of digits or at a currency sign before it), a hint that opens a
    run of digits after none of these strings (a space between allowed) is matched where it
    starts, not searched for."""
    end = 0
    longest = max(map(len, leads)) if leads else 0
    lasts = frozenset(lead[-1] for lead in leads) if leads else frozenset()
    for start, hint_end in hints:
        if start < end:
            continue
        if leads is not None and not text[start].isdigit():
            # a number word: only a currency sign or an article ("a", "half a", "a half")
            # before it, spaces between, can start a match earlier; after anything else the
            # match starts at the word, so it is matched there, not searched for
            j = start
            while j and text[j - 1] in " \t\u00a0":
                j -= 1
            if not (j and (text[j - 1] in lasts or text[j - 1] in "aAfF")):
                m = pattern.match(text, start)
                if m is not None and start < m.end():
                    end = m.end()
                    yield m
                continue
        elif leads is not None:
            lead_end = start - 1 if start and text[start - 1] in " \t\u00a0" else start
            # (a lead ends with one of its last characters: one look at the character
            # before, then the strings only where it can end one)
            if not (lead_end and text[lead_end - 1] in lasts) or \
                    not text.endswith(leads, max(0, lead_end - longest), lead_end):
                m = pattern.match(text, start)
                if m is not None and start < m.end():
                    end = m.end()
                    yield m
                continue
        m = pattern.search(text, max(end, start - before), hint_end + 1)
        if m is None or m.start() > start:
            continue
        m = pattern.match(text, m.start())
        if m is not None and start < m.end():
            end = m.end()
            yield m


def number_word_spans(low: str) -> list[tuple[int, int]]:
    """Where the lower-cased text ``low`` has a number word ("one", "twenty", "million",
    "dozen") that no letter runs into: (start, end) spans, leftmost first."""
    return word_spans(low, _WORD_TOKENS)


def find_quantities(text: str, low: str, runs: Sequence[tuple[int, int]] | None = None,
                    words: Sequence[tuple[int, int]] | None = None) -> Iterator[re.Match]:
    """``QUANTITY.finditer(text)``, tried only near its hints: the runs of digits (``runs``,
    the document's ``DIGIT_RUNS``) and the number words of ``low``, the lower-cased text
    (``words``: ``number_word_spans(low)``, when known)."""
    if len(low) != len(text):  # a character whose lower case is longer shifts offsets
        return QUANTITY.finditer(text)
    if runs is None:
        runs = digit_runs(text)
    if words is None:
        words = number_word_spans(low)
    # (both in order: one sort of the two lists is faster than heapq.merge's generator)
    return scan_near(QUANTITY, sorted((*runs, *words)), text, _QUANTITY_BEFORE, _CURRENCY_LEADS)

