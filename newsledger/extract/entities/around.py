"""What the words right around a name say it is: a constituency by its election or its seat
('the Tamworth by-election', 'his Maidenhead seat'), a road by its number ('State Route 7'), a
company by its moving shares ('Anglo American fell 2.8%') or by what it reports ("Tesco's annual
profits"). Read by ``kinds.kind_of`` for names
of several words and by ``merging.one_word_names`` for one-word names."""
from __future__ import annotations

import re

from newsledger.lexicon.markets import (COMPANY_RESULT_ADJECTIVES, COMPANY_RESULT_NOUNS,
                                         MARKET_MOVE_VERBS)
from newsledger.lexicon.politics import VOTER_GROUP_WORDS

from .names import demonym

# After a constituency's name: its election or the constituency itself ('the Tamworth
# by-election', 'the Runcorn and Helsby constituency', 'Hartlepool ward'); or its seat after
# a determiner or a possessive ('the Hartlepool seat', 'his Maidenhead seat').
_ELECTORAL_NOUNS = ("by-elections", "by-election", "byelections", "byelection",
                    "constituencies", "constituency", "ward")  # (longest first)
_SEAT_WORDS = ("parliamentary", "marginal", "safe")
ELECTORAL_AFTER = re.compile(rf"(?:'s|’s)?[ \t]+(?:{'|'.join(_ELECTORAL_NOUNS)})\b")
SEAT_AFTER = re.compile(rf"[ \t]+(?:(?:{'|'.join(_SEAT_WORDS)})[ \t]+)?seat\b")
SEAT_OWNER_BEFORE = re.compile(r"\b(?:[Tt]he|his|her|their|its)[ \t]+\Z")
# How the words after the spaces of ``ELECTORAL_AFTER`` and ``SEAT_AFTER`` start.
_AFTER_STARTS = (*_ELECTORAL_NOUNS, *_SEAT_WORDS, "seat")


def constituency_at(text: str, start: int, end: int, name: str) -> bool:
    """Whether the name text[start:end] is a constituency's, by its election or the
    constituency after it ('the Tamworth by-election', 'Hartlepool constituency'), or its seat
    after a determiner or possessive ('the Hartlepool seat'); not a party's or a group of
    voters' ('a vital Democratic constituency', 'the Tory seat': ``VOTER_GROUP_WORDS``)."""
    # (a first look: both patterns need a space or tab after the name or its possessive,
    # then a word of ``_AFTER_STARTS``)
    k = end + 2 if text.startswith(("'s", "’s"), end) else end
    if text[k:k + 1] not in (" ", "\t"):
        return False
    rest = text[k:k + 64].lstrip(" \t")
    if rest and not rest.startswith(_AFTER_STARTS):
        return False
    if not (ELECTORAL_AFTER.match(text, end) or (
            SEAT_AFTER.match(text, end) and SEAT_OWNER_BEFORE.search(text, max(0, start - 8),
                                                                    start))):
        return False
    return name.lower() not in VOTER_GROUP_WORDS and not demonym(name)


# Roads known by their number: a name ending in a road's word, then the number ('State Route
# 7', 'Interstate Highway 35').
ROAD_WORDS = frozenset({"route", "highway", "interstate", "motorway", "freeway", "turnpike",
                        "expressway"})
ROAD_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,4}[A-Z]?\b")
# A company's shares moving, after its name ("Barclays fell 2.3%", "Anglo American fell
# 2.8%", "Tesco shares rose 4p"): a name there is a company's.
MARKET_MOVE_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:shares[ \t]+)?(?:" + "|".join(sorted(MARKET_MOVE_VERBS)) +
    r")[ \t]+(?:by[ \t]+)?(?:about[ \t]+|almost[ \t]+|nearly[ \t]+)?\d[\d.,]*[ \t]*"
    r"(?:%|percent\b|per[ \t]cent\b|p\b|pence\b|cents\b)")
# A company's results or officers after its name in the possessive ("Tesco's annual pre-tax
# profits fell", "Airbus's chief executive"): a one-word name there is a company's.
COMPANY_POSSESSIVE_AFTER = re.compile(
    r"['’]s[ \t]+(?i:(?:(?:" + "|".join(sorted(map(re.escape, COMPANY_RESULT_ADJECTIVES))) +
    r")[ \t]+){0,3}(?:" + "|".join(sorted(map(re.escape, COMPANY_RESULT_NOUNS), key=len,
                                          reverse=True)) + r"))\b")
