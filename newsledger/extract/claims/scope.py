"""When and where a number holds: its ``as_of_date`` (the date of a date expression introduced
by "as of" / "by" / "as at" in its sentence) and the place a measure is limited to ("10,188 of
those votes are from Tennessee", a sentence-initial "In Ohio,"). The period itself is
``measures.period_of``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from newsledger.lexicon.numbers import AS_OF_PHRASES

from .filters import TIME_WORDS as _TIME_WORDS
from .window import SP as _SP
from .window import alt as _alt

if TYPE_CHECKING:
    from .context import ClaimContext

_AS_OF = re.compile(rf"(?i)\b{_alt(AS_OF_PHRASES)}{_SP}+$")
_SCOPE_AFTER = re.compile(
    rf"(?:{_SP}+[a-z]+){{0,3}}?{_SP}+(?:from|in){_SP}+(?:the{_SP}+)?"
    rf"(?P<place>[A-Z][\w'’.-]*(?:{_SP}+[A-Z][\w'’.-]*){{0,3}})")
_SCOPE_BEFORE = re.compile(
    rf"[\"“'‘(]?(?:In|From|Across){_SP}+(?:the{_SP}+)?"
    rf"(?P<place>[A-Z][\w'’.-]*(?:{_SP}+[A-Z][\w'’.-]*){{0,3}}),")
_SCOPE_BEFORE_FIRST = ('"', "“", "'", "‘", "(", "In", "From", "Across")  # how it can start


def as_of(a: ClaimContext, vs: int, s: int, e: int):
    """The date of an "as of" / "by" / "as at" date expression in the sentence text[s:e] (the
    last before the number, else the first after it)."""
    found = a.as_of_dates.get((s, e))
    if found is None:  # (read once per sentence: its numbers share it)
        found = a.as_of_dates[s, e] = tuple(
            (d.start, d.date) for d in a.dates[bisect_left(a.date_starts, s):
                                               bisect_left(a.date_starts, e)]
            if _AS_OF.search(a.text, max(s, d.start - 20), d.start))
    best = None
    for start, date in found:
        if best is None or start < vs:
            best = date
    return best


def _place(a: ClaimContext, m: re.Match) -> str | None:
    place = m.group("place")
    start = m.start("place")
    first = place.split()[0].lower().rstrip(".,")
    if first in _TIME_WORDS:
        return None
    if start in a.places:
        return a.places[start].lower()
    if any(ms <= start < me for ms, me, _ in a.mentions[max(0, bisect_left(
            a.mention_starts, start) - 1):bisect_right(a.mention_starts, start)]):
        return None  # a person or organization, not a place
    return place.rstrip(".,'’").lower()


def scope(a: ClaimContext, vs: int, ve: int, s: int, e: int) -> tuple[str | None, bool]:
    """The place a quantity is limited to, and whether the wording makes it a part of a
    larger count ("10,188 of those votes are from Tennessee", "In Ohio, ...") rather than the
    place the whole story happens in ("killed seven people in Wales")."""
    text = a.text
    # (a first look: a match that ends in the sentence holds "in" or "from" there)
    m = _SCOPE_AFTER.match(text, ve) if text.find("in", ve, e) >= 0 or \
        text.find("from", ve, e) >= 0 else None
    if m and m.end() <= e and "\n" not in m.group():
        part = " of " in a.text[vs:ve] or re.search(r"\bfrom\b", m.group()) is not None
        return _place(a, m), part
    m = _SCOPE_BEFORE.match(text, s) if text.startswith(_SCOPE_BEFORE_FIRST, s) else None
    if m and m.end() <= ve:
        return _place(a, m), True
    return None, False

