"""Nouns of people, each list once: who can be a speaker written as a noun ('the aide', 'one
fan', 'a mother in Leeds', 'Residents of Eastfield'), read by the quote extractor and the
claims filters."""
from __future__ import annotations

from .people import (GENERIC_PEOPLE, ORG_DESCRIPTIONS, PERSON_DESCRIPTORS, PLURAL_SPEAKERS,
                     ROLE_NOUNS)


def _singular(plural: str) -> str | None:
    """The singular of a regular plural noun ('families' -> 'family', 'witnesses' ->
    'witness', 'officials' -> 'official'); None for a word with no -s plural ('staff')."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "ches", "shes", "xes")):
        return plural[:-2]
    return plural[:-1] if plural.endswith("s") else None


def _plural(noun: str) -> str:
    """The plural of a noun of people ('nurse' -> 'nurses', 'spokesman' -> 'spokesmen',
    'witness' -> 'witnesses', 'deputy' -> 'deputies', 'wife' -> 'wives'; 'Japanese',
    'Swiss' and a plural stay)."""
    if noun.endswith(("ese", "s")) and not noun.endswith("ss") or noun in ("swiss", "dutch"):
        return noun
    if noun.endswith("man") and noun != "german":
        return noun[:-3] + "men"
    if noun.endswith(("fe", "half")):
        return noun.removesuffix("e").removesuffix("f") + "ves"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# Plural speakers that are no person one by one: bodies ('companies', 'unions'), units and
# quantifiers ('troops', 'others').
_NOT_ONE_PERSON = ORG_DESCRIPTIONS | frozenset({"business", "troop", "other"})
# Nouns of one person: a role, a relation, a description, one of unnamed people ('the aide',
# 'one fan', 'a pensioner', 'her lawyer', 'a source').
PERSON_NOUNS = ROLE_NOUNS | GENERIC_PEOPLE | PERSON_DESCRIPTORS | frozenset(
    {"person", "ally", "operative", "staffer"}) | frozenset(
    one for one in map(_singular, PLURAL_SPEAKERS) if one is not None) - _NOT_ONE_PERSON
# Nouns of people, one or more ('A mother in Leeds said', 'Detectives in Manchester said').
PEOPLE_NOUNS = PERSON_NOUNS | PLURAL_SPEAKERS | frozenset(map(_plural, PERSON_NOUNS))
# People who can only be of a place, never of a body ('Residents of Eastfield said': a
# place, whatever kind the entity extractor gave its name).
INHABITANTS = frozenset({
    "residents", "locals", "villagers", "inhabitants", "townspeople", "townsfolk",
    "islanders", "neighbours", "neighbors", "homeowners", "citizens",
})
