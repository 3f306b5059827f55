"""Initials of an organization: those an article spells out ("OBR" after "the Office for
Budget Responsibility"), defines in brackets ("General Motors (GM)"), or shows acting as an
organization ("the RSPCA said", "RSPCA officers", "a spokesman for the NHS")."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from newsledger.lexicon.organizations import (HEAD_TITLES, INITIALS_ACT, NAMED_BEFORE_HEADS,
                                              NOT_ORG_INITIALS, ORG_STAFF)
from newsledger.lexicon.people import NOT_NAMES, TITLES
from newsledger.lexicon.places import PLACE_NAMES, place_key
from newsledger.lexicon.speech import CUES

if TYPE_CHECKING:
    from .merging import Entity

_ACRONYM = re.compile(r"[A-Z]{2,6}")
THE_BEFORE = re.compile(r"(?:\A|\b)[Tt]he[ \t]\Z")


def spelled_out(entities: Mapping[str, Entity]) -> dict[str, Entity]:
    """{initials: organization} for the organizations of three words or more whose initials
    (of their capitalized words) no other shares: 'OBR' is the Office for Budget
    Responsibility, 'IFS' the Institute for Fiscal Studies, when the article names them."""
    found: dict[str, list[Entity]] = defaultdict(list)
    for ent in entities.values():
        if ent.kind != "organization":
            continue
        capitals = [w[0] for w in ent.name.split() if w[0].isupper()]
        if len(capitals) >= 3:
            found["".join(capitals)].append(ent)
    return {k: v[0] for k, v in found.items() if len(v) == 1}


def defined_initials(text: str, entities: Mapping[str, Entity]) -> dict[str, Entity]:
    """{initials: organization} for the initials the article defines in brackets right after
    an organization's name: "General Motors (GM)", "Transport for London (TfL)", "General
    Motors Corp. (GM)" (the first letters of its capitalized words, or of all its words, or
    the start of either). A definition wins over the initials' other readings ("GM" is a
    general manager elsewhere: ``NOT_ORG_INITIALS``)."""
    found: dict[str, Entity] = {}
    for ent in entities.values():
        if ent.kind != "organization" or " " not in ent.name:
            continue
        words = ent.name.split()
        spellings = ("".join(w[0] for w in words if w[0].isupper()),
                     "".join(w[0] for w in words).upper())
        for m in ent.mentions:
            defined = _DEFINED.match(text, m.end)
            if defined is not None and any(
                    len(defined.group(1)) >= 2 and spelling.startswith(defined.group(1).upper())
                    for spelling in spellings):
                found.setdefault(defined.group(1), ent)
    return found


_DEFINED = re.compile(r"\.?[ \t]+\(([A-Z][A-Za-z]{1,5})\)")


def organization_initials(text: str, singles: list[tuple[int, int, str]]) -> set[str]:
    """Initials the article shows to be an organization's: after "the" ("the RSPCA") and, at
    least once, speaking ("the RSPCA said") or with its staff ("RSPCA officers", "a
    spokesman for the NHS"). Not places ("the US", "the UK"), nor what no one speaks for ("the
    ACA", "the TPP", "the SUV market", "WWII")."""
    found: set[str] = set()
    acting: dict[str, bool] = {}  # (read once per name, when a mention first needs it)
    for s, e, name in singles:
        low = name.lower()
        if name in found or not (1 < len(name) < 7 and name.isupper()) or \
                not _ACRONYM.fullmatch(name) or low in NOT_NAMES or \
                low in NOT_ORG_INITIALS or low in TITLES or \
                place_key(name) in PLACE_NAMES:
            continue
        the = THE_BEFORE.search(text, max(0, s - 4), s) is not None
        if the and name not in acting:
            acting[name] = acting_initials(text, name)
        if the and acting[name] or text[s - 1:s] not in _GLUED_BEFORE and (
                the and _ACTS_AFTER.match(text, e) or
                (_ACTS_AFTER.match(text, e) or _SPEAKS_AFTER.match(text, e)) and
                not _CAPITALIZED_BEFORE.search(text, max(0, s - 30), s)):
            found.add(name)  # 'the RSPCA said', 'RSPCA officers'; 'rival HSBC said'; 'the
            # GMB union', "ASLEF's general secretary", 'the CAA has fined'
    return found


# Initials acting as an organization: 'the RSPCA said' (a speech cue), 'RSPCA officers' (its
# staff), 'a spokesman for the NHS'. Each place the initials are written is tried with the
# patterns anchored there (``acting_initials``), instead of a pattern compiled per name (a few
# ms each) or a scan of the whole text. (Cues and staff nouns are lower-case words, none of
# them "the" or a preposition, so no two matches of one pattern overlap: a match anchored at
# the initials is one a scan of the text finds.)
_STAFF = "|".join(sorted(ORG_STAFF))
_ACTING = (re.compile(rf"[Tt](?<!\w[Tt])he ([A-Z]{{2,6}})(?:'s| has| have)? "
                      rf"(?:{'|'.join(sorted(CUES))})\b"),
           re.compile(rf"([A-Z](?<!\w[A-Z])[A-Z]{{1,5}})(?:'s)? (?:{_STAFF})\b"))
# 'a spokesman for the NHS': " the NHS", then the staff noun and the preposition before it
# (within ``_STAFF_REACH`` characters).
_THE_INITIALS = re.compile(r" the ([A-Z]{2,6})\b")
_STAFF_FOR_BEFORE = re.compile(rf"\b(?:{_STAFF}) (?:for|at|of|from|with)\Z")
_STAFF_REACH = max(map(len, ORG_STAFF)) + len(" from") + 1
assert all(w.islower() and w.split()[0] not in ("the", "for", "at", "of", "from", "with")
           for w in (*ORG_STAFF, *CUES))


# Initials that speak with no "the" before them, as companies do ('HSBC said', 'rival BP has
# said'), not after a capitalized word ('Mr JB said').
_SPEAKS_AFTER = re.compile(rf"(?: has| have)? (?:{'|'.join(sorted(CUES))})\b")
_CAPITALIZED_BEFORE = re.compile(r"(?:\b[Tt]he|[A-Z][\w.’'-]*)[ \t]\Z")
_GLUED_BEFORE = frozenset(".’'&-‘")  # ("'ISIL continues to shrink'": a quote's words)
# What initials do or have, with or without "the", as only an organization does: its kind of
# body after it ("the GMB union", "the SNP party"), its head after its possessive ("ASLEF's
# general secretary"), a fine or a suit it brings ("the CAA has fined", "the FTC sued").
_ACTS_AFTER = re.compile(
    rf"(?:[ \t]+(?:{'|'.join(sorted(NAMED_BEFORE_HEADS))})|['’]s[ \t]+(?:"
    rf"{'|'.join(sorted(HEAD_TITLES, key=lambda w: (-len(w), w)))})|(?:[ \t]+ha(?:s|ve))?[ \t]+"
    rf"(?:{'|'.join(sorted(INITIALS_ACT))}))\b")


def acting_initials(text: str, name: str) -> bool:
    """Whether ``text`` shows the initials ``name`` acting as an organization: ``_ACTING``'s
    patterns, or a staff noun and a preposition before "the" (``_STAFF_FOR_BEFORE``), matched
    where ``name`` is written, with ``name`` as their initials."""
    i = text.find(name)
    while i >= 0:
        if i >= 4 and text.startswith("he ", i - 3) and \
                _initials_are(_ACTING[0].match(text, i - 4), name) or \
                _initials_are(_ACTING[1].match(text, i), name) or \
                i >= 5 and text.startswith(" the ", i - 5) and \
                _initials_are(_THE_INITIALS.match(text, i - 5), name) and \
                _STAFF_FOR_BEFORE.search(text, max(0, i - 5 - _STAFF_REACH), i - 5):
            return True
        i = text.find(name, i + 1)
    return False


def _initials_are(m: re.Match[str] | None, name: str) -> bool:
    return m is not None and m.group(1) == name
