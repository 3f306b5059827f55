"""Entities of one article and how names join them: a mention of a listed place goes to its
canonical name; a one-word name is an alias of the person whose first or last name it is (the
one introduced first when several share it), a person after a title or before a reporting verb,
or nothing ("the Council", "the Board": generic words alone); "Kim Kardashian" merges into "Kim
Kardashian West" (handles: ``handles``; what shows a body: ``cues``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from newsledger.lexicon.organizations import (CLUB_LAST_WORDS, COMPOUND_NOUNS_AFTER,
                                              CORPORATE_SUFFIXES, COUNTRY_INITIALS,
                                              FIRM_LAST_WORDS,
                                              GENERIC_ORG_WORDS, HEADS_NAMING_NO_ONE_ALONE,
                                              NOT_SHORT_FORMS)
from newsledger.lexicon.outlets import MAGAZINES, ONE_WORD_PAPERS
from newsledger.lexicon.people_nouns import INHABITANTS, PEOPLE_NOUNS
from newsledger.lexicon.people import (FEMALE_TITLES, KIN_NOUNS, MALE_TITLES, NOT_NAMES,
                                       NOT_PERSON_FIRST, PERSON_CUES,
                                       PLURAL_SPEAKERS, PORTFOLIOS, TITLES)
from newsledger.lexicon.speech import CUES
from newsledger.lexicon.works import OCCASION_WORDS, SHOW_NAMES
from newsledger.lexicon.places import (CITY_NAMES, PLACE_NAMES, PLACE_NOUNS_OF, PLACE_PARTS,
                                       REGION_NOUNS_AFTER, place_key)
from newsledger.records import EntityMention

from .cues import SAID_IT_AND_ITS, bodies_by_cue, no_common_word, place_follows
from .initials import THE_BEFORE, defined_initials, organization_initials, spelled_out
from .lists import listed_with_bodies
from .around import COMPANY_POSSESSIVE_AFTER, MARKET_MOVE_AFTER, constituency_at
from .kinds import HEAD_OF_IT_AFTER, PLURAL_VERB_AFTER, SENTENCE_START_BEFORE, kind_of
from .names import (CALENDAR_WORDS, GIVEN_NAME_WORDS, MONTH_SURNAMES, ORGANIZATION_WORDS,
                    demonym, is_place, shouted, title_before)
from .sides import locative, side_kind

# Initials with a plural's "s" are a common noun's ('sales of PCs', 'MPs voted', 'CEOs').
_PLURAL_INITIALS = re.compile(r"[A-Z]{2,5}s")
# A newspaper's place: 'told The Sun', 'wrote in the Guardian', 'a columnist for the Times'.
_PAPER_BEFORE = re.compile(r"\b(?:told|to|in|for|by|from|with)[ \t]+[Tt]he[ \t]\Z")
_CUE_AFTER = re.compile(rf"[ \t]+(?:has[ \t]+|have[ \t]+)?(?:{'|'.join(sorted(CUES))})\b")
_NEXT_WORD = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|later\s+)?([a-z]+)\b")
_SHARES_IN_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]takes?)[ \t]+(?:in|of)[ \t]+\Z")
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
# ... or a time right after it: where something happened, then when ('an explosion at a plant
# in Ludford yesterday', 'a man was stabbed in Eastfield on Saturday night').
_WHEN_AFTER = re.compile(
    r"[ \t]+(?:yesterday|today|tonight|overnight|earlier[ \t]+today|"
    r"(?:last|this|on[ \t]+\w+)[ \t]+(?:night|morning|afternoon|evening)|"
    r"last[ \t]+(?:week|month|year)|on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday))\b")
# The people who live in a place before its one-word name: 'residents of Ludford', 'villagers
# in Eastfield', 'the people of Carlow'.
_INHABITANTS_BEFORE = re.compile(
    r"\b(?:(?:" + "|".join(sorted(INHABITANTS)) + r")[ \t]+(?:of|in)|"
    r"[Tt]he[ \t]+people[ \t]+of)[ \t]+\Z", re.IGNORECASE)
# People who come from a town ("a man from Clovis", "a vet from Tamworth", "fans from Leeds"):
# the word before "from" (``who`` of ``_IN_A_LISTED_PLACE``) must be one of them.
_FROM_PEOPLE = PEOPLE_NOUNS | {"family", "fans", "people"}
# "in", "near" or "outside" (or "from" after a person: "a man from Clovis"), perhaps a word of
# the town's part ("in downtown"), perhaps then other capitalized names listed ("in Leeds,
# Wrexham and "): where a town's name stands, alone or in a list of places.
_IN_A_LISTED_PLACE = re.compile(
    r"(?:\b(?:in|near|outside)|\b(?P<who>[A-Za-z-]+)[ \t]+from)[ \t]+"
    r"(?:(?:downtown|central|suburban|rural|northern|southern|eastern|western)[ \t]+)?"
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+))*\Z")
# What one holds or puts in a company or a person, not in a town: "invested in", "a stake in",
# "confidence in".
_HELD_IN_BEFORE = re.compile(
    r"\b(?:invest(?:s|ed|ing|ment|ments|ors?)?|stakes?|shares|interests?|confidence|faith|trust|"
    r"belief|believes?|believed)[ \t]+in\Z", re.IGNORECASE)
# A named person's employer or body before a verb of saying: "Tom Hale of Unite said"
_MEMBER_OF_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)[ \t]+(?:of|at)[ \t]+\Z")
_HONORIFICS = TITLES | MALE_TITLES | FEMALE_TITLES
# A given name in apposition to a family noun: "his widow, Priya, said", "her husband Derek, 66,"
_KIN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(KIN_NOUNS)) + r"),?[ \t]+\Z")
_PLACE_OF_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}(?:" +
                              "|".join(sorted(PLACE_NOUNS_OF)) + r")[ \t]+of[ \t]+\Z")


def _of_or_in_before(text: str, start: int) -> bool:
    """Whether the text before ``start``, past its spaces, ends with "of" or "in" in any case
    (as every match of ``_INHABITANTS_BEFORE`` does), or with a character outside ASCII (which
    the case-blind pattern may read as a letter): a first look."""
    tail = text[max(0, start - 24):start].rstrip()[-2:]
    return not tail.isascii() or tail.lower() in ("of", "in")


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


def _short_forms(text: str, entities: dict[str, Entity]) -> dict[str, Entity]:
    """{first word: organization} for the organizations named in two capitalized words, the
    second an organization's word ("Corran Motors", "Halden Automotive", "Census Bureau"), that
    no other organization's name opens with, a word no common word (``NOT_SHORT_FORMS``, a
    portfolio, written in lower case too), title, given name or place, nor written after "in",
    "from" ... ('Corran blamed weak demand' is Corran Motors; not 'White' of 'White House', nor
    'Justice' of 'Justice Department', nor 'Tulsa' of 'Tulsa Police' in an article about events
    in Tulsa)."""
    found: dict[str, list[Entity]] = defaultdict(list)  # every organization by its first word
    for ent in entities.values():
        if ent.kind == "organization" and " " in ent.name:
            found[ent.name.split()[0]].append(ent)
    out = {}
    for first, orgs in found.items():
        words, low = orgs[0].name.split(), first.lower()
        if len(orgs) == 1 and len(words) == 2 and words[1][:1].isupper() and \
                words[1].lower().strip(".,") in ORGANIZATION_WORDS and \
                low not in NOT_ALIASES and low not in NOT_SHORT_FORMS and \
                low not in PORTFOLIOS and low not in TITLES and low not in GIVEN_NAME_WORDS and \
                low.strip(".,") not in _ORG_WORDS and \
                not is_place(first) and not demonym(first) and no_common_word(text, first) and \
                not _place_use(text, first):
            out[first] = orgs[0]
    return out


def _heads_of(entities: dict[str, Entity]) -> dict[str, Entity]:
    """{head word: organization} for the organizations named by an organization's word, "of"
    and more ("Bank of England", "University of Leeds", "Church of Scotland"), when one
    organization alone has that head: "the Bank" is the Bank of England."""
    found: dict[str, list[Entity]] = defaultdict(list)
    for ent in entities.values():
        head, of, _ = ent.name.partition(" of ")
        if ent.kind == "organization" and of and " " not in head and \
                head.lower() in ORGANIZATION_WORDS:
            found[head].append(ent)
    return {head: orgs[0] for head, orgs in found.items() if len(orgs) == 1}


_ORG_WORDS = ORGANIZATION_WORDS | GENERIC_ORG_WORDS
# A word written where places are ('residents in Tulsa'): a preposition of place before it.
_PLACE_BEFORE = re.compile(r"\b(?:in|near|from|outside|across|around)[ \t]+\Z")
_WORD_GOES_ON = re.compile(r"[\w'’-]")


def _place_use(text: str, word: str) -> bool:
    """Whether ``word`` is written somewhere as a place is ('residents in Tulsa'), as a whole
    word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _WORD_GOES_ON.match(text, end) and text[at - 1:at] in (" ", "\t") and \
                _PLACE_BEFORE.search(text, max(0, at - 12), at) and \
                not _SHARES_IN_BEFORE.search(text, max(0, at - 12), at):
            return True  # (not 'shares in Calder', 'a stake in Calder': a company)
        at = text.find(word, end)
    return False
# A name cut short before a small word and a capital ('Democracy' of 'Democracy for America'):
# no short form.
_CUT_NAME_AFTER = re.compile(r"[ \t]+(?:for|of|and|&)[ \t]+[A-Z]")


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
                   singles: list[tuple[int, int, str]], nouns: Sequence[int],
                   side: Mapping[str, str] = MappingProxyType({})) -> None:
    """One-word names: aliases of a person, new people after a title or before a reporting
    verb ("Rodriguez said"), the initials of an organization named in full before or after
    ("OBR" and "the Office for Budget Responsibility"), clubs and firms before a plural verb
    ("Feyenoord are"), places by the nouns around them ("Malatya province", "the town of
    Yesilyurt"), companies whose shares move ("Barclays fell 2.3%"), sports sides ("Arsenal",
    "Leeds fans") and the last word of a side named in full ("Villa" after "Aston Villa"),
    places, organizations, or nothing (a name followed by ", which" and an organization's verb:
    ``kinds.kind_of``; ``nouns``: where the text's plural business nouns start,
    ``kinds.ORG_PLURAL_STARTS``)."""
    owners = _person_words(entities)
    companies = _company_names(entities)
    short_forms = _short_forms(text, entities)
    heads = _heads_of(entities)
    side_words = _side_words(entities, side)
    initials = organization_initials(text, singles)
    spelled = spelled_out(entities) | defined_initials(text, entities)
    unread: list[tuple[int, int, str]] = []  # names no rule typed where they stand
    voiced = bodies_by_cue(text, singles)
    for s, e, name in singles:
        low = name.lower()
        if name in spelled:  # 'the OBR' after 'the Office for Budget Responsibility'
            spelled[name].mentions.append(EntityMention(s, e, name, "alias"))
            spelled[name].aliases.add(name)
            continue
        if name in initials:
            add_mention(entities, name, "organization", s, e)  # 'the RSPCA', 'RSPCA officers'
            continue
        if name in ONE_WORD_PAPERS and (_PAPER_BEFORE.search(text, max(0, s - 16), s) or (
                THE_BEFORE.search(text, max(0, s - 4), s) and _CUE_AFTER.match(text, e))):
            add_mention(entities, name, "organization", s, e)  # 'told The Sun', 'the Mirror said'
            continue
        if name in MONTH_SURNAMES and title_before(text, s) and \
                len(owned := [k for k in owners.get(name, ()) if k in entities]) == 1:
            target = entities[owned[0]]  # 'Mrs May' after 'Theresa May' (no month)
            target.mentions.append(EntityMention(s, e, name, "alias"))
            target.aliases.add(name)
            continue
        if low in NOT_NAMES or name in CALENDAR_WORDS or shouted(name) or \
                demonym(name) or _PLURAL_INITIALS.fullmatch(name):
            continue  # ('the former Mexican president', 'Ukrainians said', 'PCs', 'MPs')
        after = _NEXT_WORD.match(text, e)
        if after is not None and after.group(1) in COMPOUND_NOUNS_AFTER.get(low, ()):
            continue  # 'House prices rose', 'Treasury yields fell': a common noun's compound
        if len(side_words.get(name, ())) == 1 and not locative(text, s):
            target = side_words[name][0]  # 'Villa' after 'Aston Villa', 'Harlow' after 'Harlow
            target.mentions.append(EntityMention(s, e, name, "alias"))  # Rovers'
            target.aliases.add(name)
            continue
        if name in side:
            kind = side_kind(text, s, name)
            add_mention(entities, name, kind, s, e, side=kind == "organization")
            continue
        if low in GENERIC_ORG_WORDS or low in HEADS_NAMING_NO_ONE_ALONE:
            continue  # "the Council", "the Board", "Live updates": no particular organization
        if low in entities:
            entities[low].mentions.append(EntityMention(s, e, name, "name"))
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
        if name in SHOW_NAMES:
            continue  # 'on Gogglebox': a show
        if name in MAGAZINES and no_common_word(text, name):
            add_mention(entities, name, "organization", s, e)  # 'pictured in Vogue'
            continue
        if name in companies:  # 'Unisys said' after or before 'Unisys Corp.'
            companies[name].mentions.append(EntityMention(s, e, name, "alias"))
            companies[name].aliases.add(name)
            continue
        if name in heads and heads[name].mentions[0].start < s:
            heads[name].mentions.append(EntityMention(s, e, name, "alias"))
            heads[name].aliases.add(name)  # 'the Bank' after 'the Bank of England'
            continue
        if name in short_forms and short_forms[name].mentions[0].start < s and \
                not _CUT_NAME_AFTER.match(text, e):
            short_forms[name].mentions.append(EntityMention(s, e, name, "alias"))
            short_forms[name].aliases.add(name)  # 'Corran' after 'Corran Motors'
            continue
        if low in OCCASION_WORDS and name not in voiced and \
                not _CUE_AFTER.match(text, e):
            unread.append((s, e, name))  # 'the Games', 'the Festival': an occasion, no body,
            continue  # unless a company so named speaks in the article ('Show has said')
        kind = kind_of(name, text, s, nouns)
        if kind is None and PLURAL_VERB_AFTER.match(text, e) and \
                SENTENCE_START_BEFORE.search(text, max(0, s - 3), s) and not name.endswith("s"):
            kind = "organization"  # 'Feyenoord are understood to have rejected two bids'
        if kind is None and "-" not in name and (
                (_REGION_AFTER.match(text, e) and not _A_BEFORE.search(text, max(0, s - 20), s))
                or (text[max(0, s - 40):s].rstrip().endswith("of")  # (a first look)
                    and _PLACE_OF_BEFORE.search(text, max(0, s - 40), s))):
            kind = "place"  # 'Malatya province', 'the town of Yesilyurt'
        if kind is None and constituency_at(text, s, e, name) and \
                low not in ORGANIZATION_WORDS and no_common_word(text, name):
            kind = "place"  # 'the Tamworth by-election', 'the Hartlepool seat'
        cue_after = after is not None and after.group(1) in PERSON_CUES
        if kind is None and _IN_A_PLACE.search(text, max(0, s - 8), s) and (
                cue_after or place_follows(text, e)) and no_common_word(text, name):
            kind = "place"  # 'in Seacroft, Leeds', 'in Digbeth, West Midlands Police said',
            # 'A mother in Eastfield said': where the speaker is, not who
        if kind is None and (_IN_A_PLACE.search(text, max(0, s - 8), s) and
                             _WHEN_AFTER.match(text, e) and
                             not _HELD_IN_BEFORE.search(text, max(0, s - 16), s - 1) or
                             _of_or_in_before(text, s) and
                             _INHABITANTS_BEFORE.search(text, max(0, s - 24), s)) and \
                low not in ORGANIZATION_WORDS and no_common_word(text, name):
            kind = "place"  # 'in Ludford yesterday', 'residents of Ludford'
        if kind is None and name in CITY_NAMES and name not in CALENDAR_WORDS and \
                (m := _IN_A_LISTED_PLACE.search(text, max(0, s - 80), s)) and \
                (m.group("who") is None or m.group("who").lower() in _FROM_PEOPLE) and \
                not _HELD_IN_BEFORE.search(text, max(0, m.start() - 14), m.start() + 2) and \
                not text.startswith(("'", "’"), e) and no_common_word(text, name):
            kind = "place"  # 'a GP in Dundee', 'sites in Leeds, Wrexham and Dundee' (not
            # 'confidence in Clinton', a person's name the article gave before; not 'invested
            # in Mercedes': a company)
        if kind is None and HEAD_OF_IT_AFTER.match(text, e) and "-" not in name and \
                not name.endswith(("ary", "al")) and \
                low not in GIVEN_NAME_WORDS and no_common_word(text, name):
            kind = "organization"  # 'Opec president Purnomo Yusgiantoro', 'Ryanair boss Al Hale'
        if kind is None and (MARKET_MOVE_AFTER.match(text, e) or _SHARES_IN_BEFORE.search(
                text, max(0, s - 12), s) or COMPANY_POSSESSIVE_AFTER.match(text, e)) and \
                no_common_word(text, name) and name not in owners:
            kind = "organization"  # 'Barclays fell 2.3%', 'shares in Tesco', "Tesco's profits"
        if kind is None and name in voiced and no_common_word(text, name):
            kind = "organization"  # 'a Tesco spokesman', 'a spokeswoman for Ryanair' (also
            # where it is named first: 'Tesco said …')
        if kind is None and text.startswith(",", e) and \
                _KIN_BEFORE.search(text, max(0, s - 16), s):
            kind = "person"  # 'Mr Mehta's widow, Priya, said'
        if kind is None and cue_after and low not in \
                ORGANIZATION_WORDS | PLURAL_SPEAKERS:  # ('Witnesses said': nobody named)
            # 'Tom Hale of Unite said': the speaker's employer; 'Rodriguez said': a person
            member = _MEMBER_OF_BEFORE.search(text, max(0, s - 40), s)
            kind = "place" if member and member.group(1).lower() in INHABITANTS else \
                "organization" if member and member.group(1).lower() not in _HONORIFICS or \
                SAID_IT_AND_ITS.match(text, e) and low not in GIVEN_NAME_WORDS \
                else "person"  # (not 'the Duke of Wessex said'; 'Residents of Eastfield
            # said': a place; 'Northern says it will run 40% of its trains': a body)
        if kind is not None:
            add_mention(entities, name, kind, s, e)
        else:
            unread.append((s, e, name))
    listed = listed_with_bodies(text, unread, [
        (m.start, m.end) for ent in entities.values() if ent.kind == "organization"
        for m in ent.mentions if " " not in m.text or
        m.text.rpartition(" ")[2].lower() in FIRM_LAST_WORDS])
    for s, e, name in unread:
        if (s, e) in listed and len(name) > 1 and name.lower() not in GIVEN_NAME_WORDS and \
                not text.startswith("$", e) and \
                no_common_word(text, name):  # 'Chrysler, Ford, and General Motors' (not 'C$44')
            add_mention(entities, name, "organization", s, e)
            continue
    for s, e, name in unread:
        # 'Barclays has reported profits of £4.6bn. [...] Shares in Barclays rose': the
        # organization its later context shows is the one named before it
        target = entities.get(name.lower())
        if target is not None and target.kind == "organization" and target.name == name \
                and no_common_word(text, name):  # (not 'Both', also written 'both')
            target.mentions.append(EntityMention(s, e, name, "name"))
