"""Times as a race, a record or a match states them: one quantity of seconds, not one claim
per unit ("won in 2 hours 1 minute 9 seconds" -> 7,269 seconds; "27min 30.42sec"; "2:14:04";
"3:43.13" for the mile). A reader of ``extract_claims``: it replaces the numbers read inside
it ("2 hours", "1 minute" and "9 seconds" were three claims).

A stopwatch form (``2:14:04``, ``3:43.13``) is read only with three parts or a fraction of a
second, and not as a time of day ("at 14:32:10", "14:32:10 GMT"). Standard library only."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from newsledger.records import Claim

from .assemble import finish as _finish
from .forms import trace_form

if TYPE_CHECKING:
    from .context import ClaimContext

_H = r"(?:hours?|hrs?)"
_M = r"(?:minutes?|mins?)"
_S = r"(?:seconds?|secs?)"
_AND = r"[\s,]*(?:and\s+)?"
TIMING = re.compile(
    rf"(?<![\w.:])(?:(?P<h>\d{{1,2}})\s*{_H}\b{_AND})?(?P<m>\d{{1,3}})\s*{_M}\b{_AND}"
    rf"(?P<s>\d{{1,2}}(?:\.\d{{1,3}})?)\s*{_S}\b"
    rf"|(?<![\w.:])(?P<h2>\d{{1,2}})\s*{_H}\b{_AND}(?P<m2>\d{{1,2}})\s*{_M}\b"
    r"|(?<![\w.:$£€¥])(?P<ch>\d{1,2}):(?P<cm>[0-5]\d):(?P<cs>[0-5]\d(?:\.\d{1,3})?)(?![\w:])"
    r"|(?<![\w.:$£€¥])(?P<dm>\d{1,2}):(?P<ds>[0-5]\d\.\d{1,3})(?![\w:])")
# A time of day, not a time taken ("began at 14:32:10", "14:32:10 local time").
_CLOCK_BEFORE = re.compile(r"(?i)\b(?:at|by|until|till|from|since|before|after|posted|"
                           r"published|updated|modified)\W*\Z")
_CLOCK_AFTER = re.compile(r"(?i)\s*(?:a\.?m\b|p\.?m\b|gmt\b|bst\b|utc\b|[ecmp][sd]t\b|local\b|"
                          r"o'clock\b|hours\b|hrs\b)")


# Where a time may be: digits right before a word of hours or minutes, or a stopwatch's colon.
# Every ``TIMING`` match holds one, a few characters after its start.
_HINT = re.compile(r"\d[ \t]*(?:hours?|hrs?|minutes?|mins?)\b|\d:[0-5]\d")
_HINT_REACH = 16  # at most this far after a match's start
# What can follow a hint's digit (a first look; not the empty string of the text's end)
_HINT_NEXT = frozenset(" \thm:")


def _hints(text: str, runs: Sequence[tuple[int, int]]) -> Iterator[re.Match]:
    """``_HINT.finditer(text)``: a hint opens with the last digit of a run of digits (what
    follows its digit is a space, a letter or a colon), so it is matched there only (``runs``:
    the text's runs of digits, in order)."""
    end = 0
    for _, run_end in runs:
        if run_end > end and text[run_end:run_end + 1] in _HINT_NEXT and \
                (m := _HINT.match(text, run_end - 1)):
            end = m.end()
            yield m


def find_timings(a: ClaimContext) -> Iterator[re.Match]:
    """``TIMING`` matches, searched for only around the hints (``_HINT``)."""
    text = a.text
    end = 0
    for hint in _hints(text, a.runs):
        p = hint.start()
        if p < end:
            continue
        m = TIMING.search(text, max(end, p - _HINT_REACH), hint.end() + 40)
        if m is not None and m.start() <= p:
            end = m.end()
            yield m


def read_timing(a: ClaimContext, m: re.Match) -> Claim | None:
    """The time in seconds (unit second), or None for a time of day or a blocked span."""
    text = a.text
    vs, ve = m.span()
    g = m.groupdict()
    if g["ch"] is not None or g["dm"] is not None:
        # (the claim filters block every clock-like number; a date's span still blocks it)
        # a timestamp beside a date ("2012-04-04 11:47:35", "23:37:00 05/05/2010") too
        if _CLOCK_BEFORE.search(text, max(0, vs - 12), vs) or _CLOCK_AFTER.match(text, ve) or \
                any(d.start < ve + 3 and vs - 3 < d.end for d in a.dates):
            return None
    elif a.blocked(vs, ve):
        return None
    value = (3600 * float(g["h"] or g["h2"] or g["ch"] or 0)
             + 60 * float(g["m"] or g["m2"] or g["cm"] or g["dm"] or 0)
             + float(g["s"] or g["cs"] or g["ds"] or 0))
    s, e = a.sentence(vs)
    trace_form(a, "timing", text[vs:ve])
    return _finish(a, s, e, vs, ve, ve, round(value, 3), "second")
