"""Entities of one article and how names join them: a mention of a listed place goes to its
canonical name; a one-word name is an alias of the person whose first or last name it is (the
one introduced first when several share it), a person after a title or before a reporting verb,
or nothing ("the Council", "the Board": generic words alone); "Kim Kardashian" merges into "Kim
Kardashian West"; handles join the person their post signature names or whose name they spell.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from newsledger.lexicon.markets import MARKET_MOVE_VERBS, MARKET_NOT_COMPANIES
from newsledger.lexicon.measures import AMOUNT_NOUNS
from newsledger.lexicon.numbers import CURRENCY_WORDS
from newsledger.lexicon.organizations import (CLUB_LAST_WORDS, CORPORATE_SUFFIXES,
                                              COUNTRY_INITIALS, GENERIC_ORG_WORDS,
                                              HEADS_NAMING_NO_ONE_ALONE, NOT_ORG_INITIALS,
                                              ONE_WORD_PAPERS, ORG_STAFF)
from newsledger.lexicon.people import (FEMALE_TITLES, KIN_NOUNS, MALE_TITLES, NOT_NAMES,
                                       NOT_PERSON_FIRST, PERSON_CUES, PLURAL_SPEAKERS, TITLES)
from newsledger.lexicon.speech import CUES
from newsledger.lexicon.places import (PLACE_NAMES, PLACE_NOUNS_OF, PLACE_PARTS,
                                       REGION_NOUNS_AFTER, place_key)
from newsledger.records import EntityMention

from .kinds import PLURAL_VERB_AFTER, SENTENCE_START_BEFORE, kind_of
from .names import (CALENDAR_WORDS, GIVEN_NAME_WORDS, MONTH_SURNAMES, ORGANIZATION_WORDS,
                    demonym, is_place, shouted, title_before)
from .sides import locative, side_kind

# Patterns that open with a character and then look behind it ("@(?<![\w@]@)" for
# "(?<![\w@])@"), so the regex engine skips to the characters that can start them.
_HANDLE = re.compile(r"@(?<![\w@]@)\w{1,30}")
# An organization's initials after "the" ("the RSPCA", "The NHS said"): capitals shouted for
# emphasis ("KANYE 2024") take no article.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_THE_BEFORE = re.compile(r"(?:\A|\b)[Tt]he[ \t]\Z")
# The head of an organization named right after its one-word name, before the head's own name.
_HEAD_OF_IT_AFTER = re.compile(r"[ \t]+(?:boss|chief|chairman|chairwoman|president|"
                               r"secretary-general|director-general|chief[ \t]+executive)"
                               r"[ \t]+[A-Z][a-z]")
# A newspaper's place: 'told The Sun', 'wrote in the Guardian', 'a columnist for the Times'.
_PAPER_BEFORE = re.compile(r"\b(?:told|to|in|for|by|from|with)[ \t]+[Tt]he[ \t]\Z")
_CUE_AFTER = re.compile(rf"[ \t]+(?:has[ \t]+|have[ \t]+)?(?:{'|'.join(sorted(CUES))})\b")
_NEXT_WORD = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|later\s+)?([a-z]+)\b")
# A company's shares moving, after its name ("Barclays fell 2.3%", "Tesco shares rose 4p"),
# and shares in it before ("shares in Barclays"): a one-word name there is a company's.
_MARKET_MOVE_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:shares[ \t]+)?(?:" + "|".join(sorted(MARKET_MOVE_VERBS)) +
    r")[ \t]+(?:by[ \t]+)?(?:about[ \t]+|almost[ \t]+|nearly[ \t]+)?\d[\d.,]*[ \t]*"
    r"(?:%|percent\b|per[ \t]cent\b|p\b|pence\b|cents\b)")
_SHARES_IN_BEFORE = re.compile(r"\b[Ss]hares[ \t]+(?:in|of)[ \t]+\Z")
# A one-word place by the noun of a country's part after it ("Malatya province") or the noun
# of a place before it ("the town of Yesilyurt", "the port city of Aden").
_REGION_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(REGION_NOUNS_AFTER)) +
                           r")\b(?![ \t]+of\b)")  # not 'the Chinese province of Hubei'
# 'a Democratic district', 'this Republican county', 'an increasingly Democratic county':
# an adjective
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]his|[Tt]hat|[Ee]very|[a-z]+ly)[ \t]+\Z")
# A one-word name after "in", "near", "outside", then a comma and a listed place or a police
# force's attribution: a district, a village ('a tower block in Seacroft, Leeds', 'outside a
# nightclub in Digbeth, West Midlands Police said'); not 'in English, then …' or 'in Nvidia,
# Apple and Tesla' (no listed place follows).
_IN_A_PLACE = re.compile(r"\b(?:in|near|outside)[ \t]+\Z")
# A named person's employer or body before a verb of saying: "Tom Hale of Unite said"
_MEMBER_OF_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)[ \t]+(?:of|at)[ \t]+\Z")
_HONORIFICS = TITLES | MALE_TITLES | FEMALE_TITLES
# A given name in apposition to a family noun: "his widow, Priya, said", "her husband Derek, 66,"
_KIN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(KIN_NOUNS)) + r"),?[ \t]+\Z")
_COMMA_NAME = re.compile(r",[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})")
_POLICE_SAID = re.compile(r"[ \t]+(?:said|say|says)\b")


def _place_follows(text: str, end: int) -> bool:
    """Whether a comma and a listed place ('…, Leeds') or a police force's attribution
    ('…, West Midlands Police said') follow a name: the name is a district or a village."""
    m = _COMMA_NAME.match(text, end)
    if m is None:
        return False
    name = m.group("name")
    return is_place(name) or (name.endswith("Police") and
                              _POLICE_SAID.match(text, m.end()) is not None)


_PLACE_OF_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[A-Za-z-]+[ \t]+)?(?:" +
                              "|".join(sorted(PLACE_NOUNS_OF)) + r")[ \t]+of[ \t]+\Z")


@dataclass
class Entity:
    name: str
    kind: str
    mentions: list[EntityMention] = field(default_factory=list)
    handles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)


def _person_words(entities: dict[str, Entity]) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for key, e in entities.items():
        if e.kind == "person" and " " in e.name:
            parts = e.name.split()
            for w in {parts[0], parts[-1]}:
                owners[w].append(key)
    return owners


def _company_names(entities: dict[str, Entity]) -> dict[str, Entity]:
    """{name: company} for the companies named in full with a corporate suffix ("Unisys
    Corp.", "Magna International Inc.", "Octel Communications Corp."), by their first word,
    when one company alone has that word and it names no place."""
    found: dict[str, list[Entity]] = defaultdict(list)
    for ent in entities.values():
        first, _, rest = ent.name.partition(" ")
        if ent.kind == "organization" and rest and \
                rest.rpartition(" ")[2].lower().strip(".,") in CORPORATE_SUFFIXES and \
                first.lower() not in NOT_ALIASES and not is_place(first):
            found[first].append(ent)
    out = {}
    for first, companies in found.items():
        bare = [c for c in companies if all(  # 'BellSouth Corp' before 'BellSouth Mobile Inc'
            w.lower().strip(".,") in CORPORATE_SUFFIXES for w in c.name.split()[1:])]
        if len(companies) == 1 or len(bare) == 1:
            out[first] = companies[0] if len(companies) == 1 else bare[0]
    return out


# Words that are no side's short name alone ('West' of 'West Ham', 'Real' of 'Real Madrid').
NOT_ALIASES = PLACE_PARTS | NOT_PERSON_FIRST | NOT_NAMES


def _side_words(entities: dict[str, Entity], side: Mapping[str, str]) -> dict[str, list[Entity]]:
    """The first and last words of each side named in several words ("Aston Villa", "Harlow
    Rovers"), with the sides they name; not a listed place's name ("Manchester")."""
    out: dict[str, list[Entity]] = defaultdict(list)
    for ent in entities.values():
        words = ent.name.split()
        if ent.kind == "organization" and len(words) > 1 and (
                ent.name in side or words[-1].lower() in CLUB_LAST_WORDS):
            for w in {words[0], words[-1]}:
                if place_key(w) not in PLACE_NAMES and w.lower() not in NOT_ALIASES:
                    out[w].append(ent)
    return out


def merge_extended_names(entities: dict[str, Entity]) -> None:
    """'Kim Kardashian' and 'Kim Kardashian West' are one person: a person name that starts
    another, longer person name (two words at least) merges into the longer one; 'Harbor
    Foods' and 'Harbor Foods Plc' are one organization (its name and a corporate suffix)."""
    for key in sorted(k for k, e in entities.items() if e.kind == "organization"):
        words = key.split()
        n = len(words)
        while n > 2 and words[n - 1].strip(".,") in CORPORATE_SUFFIXES:
            n -= 1
        short = " ".join(words[:n])
        if n < len(words) and short in entities and entities[short].kind == "organization":
            _merge_into(entities, key, short)
    people = sorted((k for k, e in entities.items() if e.kind == "person" and " " in e.name),
                    key=lambda k: -len(k.split()))
    n_words = {k: len(k.split()) for k in people}
    for short in people[::-1]:
        prefix = short + " "
        longer = [k for k in people if k.startswith(prefix) and n_words[k] > n_words[short]
                  and k in entities]
        if len(longer) == 1 and short in entities:
            _merge_into(entities, longer[0], short)


def _merge_into(entities: dict[str, Entity], longer: str, short: str) -> None:
    """The entity of the name ``short`` merged into that of ``longer``, its mentions aliases."""
    target, gone = entities[longer], entities.pop(short)
    target.mentions.extend(EntityMention(m.start, m.end, m.text, "alias") for m in gone.mentions)
    target.aliases.add(gone.name)
    target.handles |= gone.handles


def add_mention(entities: dict[str, Entity], name: str, kind: str, s: int, e: int,
                side: bool = False) -> None:
    """A mention of ``name``: listed places go to their canonical name ("U.S.", "US" and
    "America" are mentions of "United States"), other names (streets too) to the entity of
    the same name; a sports side (``side``) to its own entity, apart from a place of its
    name. (An entity is made only for a key not met before: most mentions repeat one.)"""
    if kind == "place":
        canonical = PLACE_NAMES.get(place_key(name), name)
        key = canonical.lower()
        entity = entities.get(key) or entities.setdefault(key, Entity(canonical, kind))
        if name != canonical:
            entity.aliases.add(name)
        entity.mentions.append(EntityMention(s, e, name, "name" if name == canonical
                                             else "alias"))
        return
    # a side apart from the place it is named after: 'Leeds' the club, 'in Leeds' the city
    key = initials_key(name.lower())
    key = f"{key}\x1fside" if side else key
    entity = entities.get(key) or entities.setdefault(key, Entity(name, kind))
    entity.mentions.append(EntityMention(s, e, name, "name"))


def initials_key(low: str) -> str:
    """A lower-cased name with a country's initials written one way: "U.S. Army" and "US Army"
    are one organization."""
    first, _, rest = low.partition(". ")
    return f"{first.replace('.', '')} {rest}" if rest and first in COUNTRY_INITIALS else low


def one_word_names(text: str, entities: dict[str, Entity],
                   singles: list[tuple[int, int, str]],
                   side: Mapping[str, str] = MappingProxyType({})) -> None:
    """One-word names: aliases of a person, new people after a title or before a reporting
    verb ("Rodriguez said"), the initials of an organization named in full before or after
    ("OBR" and "the Office for Budget Responsibility"), clubs and firms before a plural verb
    ("Feyenoord are"), places by the nouns around them ("Malatya province", "the town of
    Yesilyurt"), companies whose shares move ("Barclays fell 2.3%"), sports sides ("Arsenal",
    "Leeds fans") and the last word of a side named in full ("Villa" after "Aston Villa"),
    places, organizations, or nothing (a name followed by ", which" and an organization's verb:
    ``kinds.kind_of``)."""
    owners = _person_words(entities)
    companies = _company_names(entities)
    side_words = _side_words(entities, side)
    initials = _organization_initials(text, singles)
    spelled = _spelled_out(entities) | _defined_initials(text, entities)
    unread: list[tuple[int, int, str]] = []  # names no rule typed where they stand
    for s, e, name in singles:
        if name in spelled:  # 'the OBR' after 'the Office for Budget Responsibility'
            spelled[name].mentions.append(EntityMention(s, e, name, "alias"))
            spelled[name].aliases.add(name)
            continue
        if name in initials:
            add_mention(entities, name, "organization", s, e)  # 'the RSPCA', 'RSPCA officers'
            continue
        if name in ONE_WORD_PAPERS and (_PAPER_BEFORE.search(text, max(0, s - 16), s) or (
                _THE_BEFORE.search(text, max(0, s - 4), s) and _CUE_AFTER.match(text, e))):
            add_mention(entities, name, "organization", s, e)  # 'told The Sun', 'the Mirror said'
            continue
        if name in MONTH_SURNAMES and title_before(text, s) and \
                len(owned := [k for k in owners.get(name, ()) if k in entities]) == 1:
            target = entities[owned[0]]  # 'Mrs May' after 'Theresa May' (no month)
            target.mentions.append(EntityMention(s, e, name, "alias"))
            target.aliases.add(name)
            continue
        if name.lower() in NOT_NAMES or name in CALENDAR_WORDS or shouted(name) or \
                demonym(name):  # ('the former Mexican president', 'Ukrainians said')
            continue
        if len(side_words.get(name, ())) == 1 and not locative(text, s):
            target = side_words[name][0]  # 'Villa' after 'Aston Villa', 'Harlow' after 'Harlow
            target.mentions.append(EntityMention(s, e, name, "alias"))  # Rovers'
            target.aliases.add(name)
            continue
        if name in side:
            kind = side_kind(text, s, name)
            add_mention(entities, name, kind, s, e, side=kind == "organization")
            continue
        if name.lower() in GENERIC_ORG_WORDS or name.lower() in HEADS_NAMING_NO_ONE_ALONE:
            continue  # "the Council", "the Board", "Live updates": no particular organization
        if name.lower() in entities:
            entities[name.lower()].mentions.append(EntityMention(s, e, name, "name"))
            continue
        candidates = [entities[k] for k in owners.get(name, ()) if k in entities]
        introduced = [c for c in candidates if c.mentions[0].start < s]
        if len(candidates) == 1 or introduced:
            # Several people share the word ("Kanye West", "Donda West"): a bare "West" is the
            # one the article introduced first among those named before it.
            target = candidates[0] if len(candidates) == 1 else min(
                introduced, key=lambda x: x.mentions[0].start)
            target.mentions.append(EntityMention(s, e, name, "alias"))
            target.aliases.add(name)
            continue
        if candidates:
            continue  # ambiguous and introduced later: leave it
        if name in companies:  # 'Unisys said' after or before 'Unisys Corp.'
            companies[name].mentions.append(EntityMention(s, e, name, "alias"))
            companies[name].aliases.add(name)
            continue
        kind = kind_of(name, text, s)
        if kind is None and PLURAL_VERB_AFTER.match(text, e) and \
                SENTENCE_START_BEFORE.search(text, max(0, s - 3), s) and not name.endswith("s"):
            kind = "organization"  # 'Feyenoord are understood to have rejected two bids'
        if kind is None and "-" not in name and (
                (_REGION_AFTER.match(text, e) and not _A_BEFORE.search(text, max(0, s - 20), s))
                or _PLACE_OF_BEFORE.search(text, max(0, s - 40), s)):
            kind = "place"  # 'Malatya province', 'the town of Yesilyurt'
        if kind is None and _IN_A_PLACE.search(text, max(0, s - 8), s) and \
                _place_follows(text, e) and _no_common_word(text, name):
            kind = "place"  # 'in Seacroft, Leeds', 'in Digbeth, West Midlands Police said'
        if kind is None and _HEAD_OF_IT_AFTER.match(text, e) and "-" not in name and \
                not name.endswith(("ary", "al")) and \
                name.lower() not in GIVEN_NAME_WORDS and _no_common_word(text, name):
            kind = "organization"  # 'Opec president Purnomo Yusgiantoro', 'Ryanair boss Al Hale'
        if kind is None and (_MARKET_MOVE_AFTER.match(text, e) or _SHARES_IN_BEFORE.search(
                text, max(0, s - 12), s)) and _no_common_word(text, name):
            kind = "organization"  # 'Barclays fell 2.3%', 'shares in Tesco'
        if kind is None and text.startswith(",", e) and \
                _KIN_BEFORE.search(text, max(0, s - 16), s):
            kind = "person"  # 'Mr Mehta's widow, Priya, said'
        if kind is None:
            after = _NEXT_WORD.match(text, e)
            if after and after.group(1) in PERSON_CUES and name.lower() not in \
                    ORGANIZATION_WORDS | PLURAL_SPEAKERS:  # ('Witnesses said': nobody named)
                # 'Tom Hale of Unite said': the speaker's employer; 'Rodriguez said': a person
                member = _MEMBER_OF_BEFORE.search(text, max(0, s - 40), s)
                kind = "organization" if member and member.group(1).lower() not in \
                    _HONORIFICS else "person"  # (not 'the Duke of Wessex said')
        if kind is not None:
            add_mention(entities, name, kind, s, e)
        else:
            unread.append((s, e, name))
    for s, e, name in unread:
        # 'Barclays has reported profits of £4.6bn. [...] Shares in Barclays rose': the
        # organization its later context shows is the one named before it
        target = entities.get(name.lower())
        if target is not None and target.kind == "organization" and target.name == name \
                and _no_common_word(text, name):  # (not 'Both', also written 'both')
            target.mentions.append(EntityMention(s, e, name, "name"))


def _no_common_word(text: str, name: str) -> bool:
    """Whether a one-word name is no common word: not a commodity, currency or measure that
    moves by a percentage ("Gold fell 1%", "Sterling slipped", "Revenue fell 5%"), and not
    written in lower case elsewhere in the article."""
    low = name.lower()
    return low not in MARKET_NOT_COMPANIES and low not in AMOUNT_NOUNS and \
        low not in CURRENCY_WORDS and re.search(rf"\b{re.escape(low)}\b", text) is None


def _spelled_out(entities: Mapping[str, Entity]) -> dict[str, Entity]:
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


def _defined_initials(text: str, entities: Mapping[str, Entity]) -> dict[str, Entity]:
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


def _organization_initials(text: str, singles: list[tuple[int, int, str]]) -> set[str]:
    """Initials the article shows to be an organization's: after "the" ("the RSPCA") and, at
    least once, speaking ("the RSPCA said") or with its staff ("RSPCA officers", "a
    spokesman for the NHS"). Not places ("the US", "the UK"), nor what no one speaks for ("the
    ACA", "the TPP", "the SUV market", "WWII")."""
    found: set[str] = set()
    acting: dict[str, bool] = {}  # (read once per name, when a mention first needs it)
    for s, e, name in singles:
        low = name.lower()
        if name in found or not _ACRONYM.fullmatch(name) or low in NOT_NAMES or \
                low in NOT_ORG_INITIALS or low in TITLES or \
                place_key(name) in PLACE_NAMES:
            continue
        the = _THE_BEFORE.search(text, max(0, s - 4), s) is not None
        if the and name not in acting:
            acting[name] = acting_initials(text, name)
        if the and acting[name] or \
                _SPEAKS_AFTER.match(text, e) and text[s - 1:s] not in _GLUED_BEFORE and \
                not _CAPITALIZED_BEFORE.search(text, max(0, s - 30), s):
            found.add(name)  # 'the RSPCA said', 'RSPCA officers'; 'rival HSBC said'
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


def link_handles(text: str, entities: dict[str, Entity],
                  signatures: list[tuple[int, int, str]]) -> None:
    """Handles (@name) join the person their post signature names ("Michael Schlichting
    (@andresmars)") or whose name their letters spell (@kanyewest); others are accounts."""
    persons = [e for e in entities.values() if e.kind in ("person", "organization")]
    for s, e, handle in signatures:
        name = text[s:e].strip().lower()
        owner = next((p for p in persons if p.name.lower() == name
                      or name in (a.lower() for a in p.aliases)), None)
        if owner is not None:
            owner.handles.add(handle)
    for m in _HANDLE.finditer(text):
        handle = m.group(0)
        flat = handle[1:].lower()
        owner = next((p for p in persons if handle.lower() in
                      {h.lower() for h in p.handles}), None)
        if owner is None:
            matches = [p for p in persons if p.kind == "person" and (
                "".join(p.name.lower().split()) in flat
                or all(w.lower() in flat for w in p.name.split()))]
            owner = matches[0] if len(matches) == 1 else None
        if owner is None:
            owner = entities.setdefault(flat + "@", Entity(handle, "account"))
        owner.mentions.append(EntityMention(m.start(), m.end(), handle, "handle"))
        owner.handles.add(handle)
    for s, e, handle in signatures:
        name = text[s:e]
        owner = next((x for x in entities.values() if handle in x.handles), None)
        if owner is None or any(mm.start < e and s < mm.end for mm in owner.mentions):
            continue
        if owner.kind == "person" and name.strip() and " " not in name.strip():
            owner.mentions.append(EntityMention(s, e, name, "alias"))  # 'ye (@kanyewest)'
            owner.aliases.add(name)
