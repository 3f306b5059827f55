"""Units: what a quantity counts or is measured in, normalized to a singular lower-case word.

The unit is the quantity's glued unit ("5%" -> percent, "43-year-old" -> year, "three-hour-long"
-> hour, "5km" -> kilometer), its currency ("£2.1bn" -> gbp, "40 billion euros" -> eur), or the
head noun among the next three words (plural nouns; adjectives skipped: "12 swing states" ->
state; measure-changing modifiers kept: "306 electoral votes" -> electoral vote; "of those" read
through: "10,188 of those votes"), singularized with the lexicon. A bare number in an age
apposition ("Smith, 54,", "aged 43", "John Smith (54)") is in years; one after a rival's name
and a count of votes ("14,210 votes to Mark Dunn's 11,895") in votes.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsledger.lexicon.numbers import (CURRENCY_PREFIXES, CURRENCY_WORDS, INVARIANT_PLURALS,
                                        IRREGULAR_SINGULAR, MEASURE_UNITS, NOT_UNITS,
                                        POUND_WORDS, UNIT_ALIASES, UNIT_MODIFIERS)

from .window import NEXT_WORDS as _NEXT_WORDS
from .window import title_case

if TYPE_CHECKING:
    from .context import ClaimContext

_AGE_COMMA_BEFORE = re.compile(r"(?P<cap>[A-Z])?[\w'’.-]*[A-Za-z],[ \t]$")
_AGE_COMMA_AFTER = re.compile(r",|\)|[ \t]+(?:of|from|who|and|was|is|has|had|said)\b|\.")
AGE_PAREN_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]\($")
_NEXT_GROUPS = ("w1", "w2", "w3")  # the words ``NEXT_WORDS`` reads after a number


def singular(word: str) -> str:
    """A plural noun in the singular ("states" -> "state", "people" -> "person")."""
    w = word.lower()
    if w in UNIT_ALIASES:
        return UNIT_ALIASES[w]
    if w in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and len(w) > 2:
        return w[:-1]
    return w


def is_plural(w: str) -> bool:
    """Whether a lower-case word looks like a plural noun."""
    if w in INVARIANT_PLURALS:
        return True
    if w in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[w] != w
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


def unit_of(a: ClaimContext, m: re.Match | None, num_end: int, value: float, scaled: bool,
            use_tail: bool) -> tuple[str | None, int, str | None]:
    """(unit, end of value_text, the ``rules.UNIT_RULES`` row that read it) for a candidate whose number
    ends at ``num_end`` (``scaled``: a large amount, so "pounds" are money)."""
    text = a.text
    # (``quantities.QUANTITY``'s groups in their order, read with one call; no match: a
    # fraction's number, no tail)
    cur, _, _, _, _, _, _, _, pct, age, hy, suf = m.groups() if m is not None else (None,) * 12
    if use_tail:
        if pct:
            if "point" in pct.lower():
                return "percentage point", m.end(), "percentage-point"
            return "percent", m.end(), "percent"
        if age:
            return "year", m.end(), "age"
        if hy:
            return singular(hy), m.end(), "hyphenated"
        if suf:
            suffix = suf.lower()
            return UNIT_ALIASES.get(suffix, suffix), m.end(), "suffix"
    if cur:
        return CURRENCY_PREFIXES[cur], num_end, "currency-sign"
    nw = _NEXT_WORDS.match(text, num_end)
    if not nw:
        return None, num_end, None
    # (each word with its group: where a word ends is read only for the unit's word)
    words = [(w, g) for g, w in zip(_NEXT_GROUPS, nw.group(*_NEXT_GROUPS)) if w]
    w1 = words[0][0].lower()
    if not nw.group("of"):
        if len(words) > 1 and f"{w1} {words[1][0]}" == "pounds sterling":
            return "gbp", nw.end(words[1][1]), "currency-word"
        if w1 in CURRENCY_WORDS:
            return CURRENCY_WORDS[w1], nw.end("w1"), "currency-word"
        if w1 in POUND_WORDS:
            return ("gbp" if scaled else "pound"), nw.end("w1"), "pounds"
        named = words[0][0].istitle() and \
            not title_case(a.doc, a.sentence(num_end)[0], num_end)  # "10 House of Commons"
        if len(words) > 1 and f"{w1} {words[1][0]}" in UNIT_ALIASES and not named:
            # "crew members"
            return UNIT_ALIASES[f"{w1} {words[1][0]}"], nw.end(words[1][1]), "alias"
        if w1 in UNIT_ALIASES and not named:
            return UNIT_ALIASES[w1], nw.end("w1"), "alias"
        if w1 in MEASURE_UNITS and words[0][0].islower():
            return singular(w1), nw.end("w1"), "measure-word"  # "a 20 year low"
    modifiers = []
    for i, (w, group) in enumerate(words):
        lw = w.lower().rstrip("'’")
        if lw in NOT_UNITS or lw.endswith("ly"):
            break
        if not w.islower():
            if is_plural(lw) and i == 0 and w[-1] == "s":
                return singular(lw), nw.end(group), "capitalized-plural"  # "12 Democrats"
            if i > 0:
                break
            continue  # "12 Republican senators"
        if lw in INVARIANT_PLURALS and i + 1 < len(words) and words[i + 1][0].islower() and \
                is_plural(words[i + 1][0]):
            continue  # "12 new police officers": officer
        if is_plural(lw) or (value == 1 and i == 0 and not lw.endswith(("ed", "ing"))):
            unit = singular(lw)
            if modifiers:
                unit = " ".join(modifiers + [unit])
            return unit, nw.end(group), "noun"
        if lw in UNIT_MODIFIERS:
            modifiers.append(lw)
    return None, num_end, None


# "14,210 votes to Mark Dunn's 11,895", "18,344 votes against the Conservative Tom Bailey's
# 17,932": the bare number after a possessive name is that candidate's count of votes.
_VOTES_TO = re.compile(
    r"\d[ \t]+votes?[ \t]+(?:[a-z]+[ \t]+)?(?:to|against)[ \t]+"
    r"(?:[\w'’.-]+[ \t]+){0,5}?[A-Z][\w.-]*['’]s?[ \t]+$")


def votes_to(text: str, s: int, vs: int) -> bool:
    """Whether the bare number at ``vs`` follows a count of votes and "to" or "against" a
    candidate's possessive name, in the sentence from ``s``."""
    return text[max(s, vs - 3):vs].rstrip(" \t").endswith(("'s", "’s", "s'", "s’")) and \
        _VOTES_TO.search(text, max(s, vs - 90), vs) is not None


def age_between_commas(text: str, vs: int, ve: int) -> bool:
    """"Maria Lopez, 54, of Springfield", "The senator, 71, announced": an age apposition."""
    before = _AGE_COMMA_BEFORE.search(text, max(0, vs - 30), vs)
    if not before:
        return False
    if before.group("cap"):
        return bool(_AGE_COMMA_AFTER.match(text, ve))
    return text[ve:ve + 1] == ","

