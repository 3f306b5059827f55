"""Qualifiers: how a quantity is hedged, from the wording around it.

The longest lexicon phrase right before the quantity ("little more than" -> more_than,
"couldn't even reach" -> less_than, "nearly" -> approximate, "only" -> exact; not "over"
after a quantity: "£2.5bn over five years"), a tilde
("~300"), a plus after it ("50-plus", "1,000+" -> at_least) or a phrase after it ("or more",
"or so"); else exact. Phrases are ``newsledger.lexicon.numbers.QUALIFIERS`` and
``TRAILING_QUALIFIERS``.
"""
from __future__ import annotations

import re

from newsledger.extract.patterns import has_case_fold, start_alternation
from newsledger.lexicon.numbers import QUALIFIERS, TRAILING_QUALIFIERS

from .window import SP as _SP
from .window import alt as _alt

# A qualifier phrase (and "even") ending right before a quantity.
QUALIFIER = re.compile(
    rf"(?i)(?<![\w'’])(?P<q>{_alt(QUALIFIERS)}){_SP}+(?:even{_SP}+)?$")
# The last word of every qualifier phrase, and "even": a window whose last word is none of these
# holds no qualifier phrase, and QUALIFIER is not tried.
_LAST_WORDS = tuple({p.split()[-1].casefold() for p in QUALIFIERS} | {"even"})
# The whole phrases: "rose to" ends with the last word of "up to", not with a phrase.
_PHRASES = tuple({p.casefold() for p in QUALIFIERS})
_SPACES = " \t\u00a0"
_SPACE_CHARS = tuple(_SPACES)
_WORD_CHAR = r"[\w'’]"
# The same on lower-cased text, each phrase opening with its first character and looking
# behind it only then: the engine jumps to the characters a phrase can start with.
_QUALIFIER_LOWER = re.compile(
    rf"(?P<q>{start_alternation(QUALIFIERS, _WORD_CHAR)}){_SP}+(?:even{_SP}+)?$")
_TRAILING = re.compile(
    rf"{_SP}*(?P<q>or{_SP}+(?:more|so|fewer|less)|plus{_SP}+(?:add-ons|bonuses))(?![\w-])")
# A quantity, and maybe the word it counts, ending right before "over": "over" then spans the
# next quantity ("£2.5bn over five years", "11 goals over 14 games"), it does not bound it. A
# year before it is a date ("In 2019 over 500 people died"), not a quantity.
_SPAN_BEFORE = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d(?:[\d,.]*\d)?(?:%|bn|mn|m|k|p)?"
                          rf"(?:{_SP}+(?:[a-z]+|per{_SP}+cent))?{_SP}+\Z")


def _may_end_with_qualifier(window: str) -> bool:
    """False when ``QUALIFIER`` cannot match ``window``: it ends with a qualifier phrase ("even"
    after it maybe) and one space or more, before a final line break maybe."""
    if window.endswith("\n"):
        window = window[:-1]
    words = window.rstrip(_SPACES)
    if not (len(words) < len(window) and (folded := words.casefold()).endswith(_LAST_WORDS)):
        return False
    if folded.endswith(_PHRASES):
        return True
    if folded.endswith("even") and folded[:-4].endswith(_SPACE_CHARS) and \
            folded[:-4].rstrip(_SPACES).endswith(_PHRASES):
        return True  # "less than even"
    # (a letter that matches another case-blindly, a dotless i, sends it to the pattern)
    return has_case_fold(words)


def qualifier_phrase(window: str) -> re.Match | None:
    """``QUALIFIER.search(window)``: the qualifier phrase that ends ``window``, if any (read on
    the lower-cased window when lower case keeps its offsets and its case-blind matches)."""
    if not _may_end_with_qualifier(window):
        return None
    low = window.lower()
    if len(low) == len(window) and not has_case_fold(low):
        return _QUALIFIER_LOWER.search(low)
    return QUALIFIER.search(window)


def qualifier(text: str, vs: int, ve: int, plus: bool) -> tuple[str, str]:
    """(qualifier, the ``rules.QUALIFIER_RULES`` row that read it) of the quantity text[vs:ve]
    (``plus``: written with "+" or "-plus")."""
    if vs > 0 and text[vs - 1] == "~":
        return "approximate", "tilde"
    window = text[max(0, vs - 40):vs].replace("’", "'")
    q = qualifier_phrase(window)
    if q and q.group("q").lower() == "over" and _SPAN_BEFORE.search(window, 0, q.start()):
        return "exact", "span"
    if q:
        value = QUALIFIERS[q.group("q").lower()]
        return value, value
    if plus:
        return "at_least", "plus"
    t = _TRAILING.match(text, ve)
    if t:
        return TRAILING_QUALIFIERS[re.sub(r"\s+", " ", t.group("q").lower())], "after"
    return "exact", "as-written"

