"""People, organizations, places and accounts named in one article, with every mention.

Modules: ``names`` (name candidates), ``kinds`` (their kind), ``sides`` (sports clubs and teams by their
context), ``labels`` (the people a transcript's labels in capitals name), ``merging`` (the article's entities, one-word names, longer forms, handles),
``references`` (pronouns and descriptions); this module runs them.

Method (a heuristic proper-noun chunker; word lists in ``newsledger.lexicon.people``,
``newsledger.lexicon.organizations`` and ``newsledger.lexicon.places``):
1. Runs of capitalized words are name candidates. Sentence-initial function words, months,
   weekdays and titles are trimmed ("Transport Minister Ellen Price" -> "Ellen Price"); Title
   Case headline lines, ALL-CAPS slogans ("KANYE 2024") and names that fill a pair of quote
   marks by themselves (titles of works, nicknames: 'on "Jimmy Kimmel Live!"') are skipped; a
   run holding two names is split ("Pitt Capital Group Charlie Smith", "Keith Springer of
   Capital Advisory", "Ohio and Iowa", "Fox News Channel and CNN"); "St." stays with the name
   it opens ("St. Brigid's Hospital"), a body's head word with the name after "of the"
   ("Friends of the Earth", "Bank of the West") and a number with the name it completes
   ("Radio 4", "Channel 4 News"); a ship's name is no entity ("HMS Prince of Wales").
2. Kind: a place (every country of ISO 3166, the states and provinces of the countries news
   covers most, big cities, informal names such as "America" or "U.K.") -> place, under its
   canonical name ("US", "U.S.", "America" are mentions of "United States"); a last word such
   as Inc/Org/Party/University/Committee/Tribune or an acronym, a head word of a name of two
   words or more ("Gull Line", "Harbor Wire", "Leeds United"), a place word inside the name
   ("Chicago Tribune", "Ford Australia"), a name of several words after "the" ("the
   Washington Examiner"), or the agency of a wire dateline ("HALVERSTON, March 3 (Harbor Wire)
   -") -> organization; a seat of power ("Downing Street", "Holyrood", "the White House")
   -> the organization it houses, or the place after "outside", "on", "past" ...; a saint's
   name without one ("St. Louis") -> place; a part of a listed
   place ("Northern California") -> place; a name ending in City or Town that is no listed
   place -> the place after "in", "near", "from", "of" ..., else the club or council named
   after it ("Harlow Town"); right after "analysts at", "staff at" ... -> organization; a
   title before it or two to four capitalized words -> person. A possessor before a name is
   split off ("Labour's Yvette Cooper") unless the name is an organization's. A venue
   ("Villa Park", "Wembley Stadium", "in Victoria Park"), a natural or local place by its
   first or last word ("Tampa Bay", "Lake Erie", "Fort Worth"; not after a given name:
   "Michael Bay") or a constituency in its context ("the MP for Harrow North", "the Harrow
   North seat") -> place, and a name its context makes a place somewhere is that place where
   only its shape made it a person. A party named by a common word ("Labour has held"), a
   name opened by "League", "Radio" ("League Two", "Radio Essex"), a business described right
   before its name ("retailer John Lewis"; not "the firm Bill Osei founded") -> organization. A sports side -> organization
   wherever the article names it, by its context (``sides``: "West Ham boss", "signed for
   Burnley", "Leeds lost at home to Manchester United", "the Lakers beat the Celtics",
   a listed nickname after "the": "the Gunners"), except
   a city's name after "in", "near" ... ("in Leeds": the place). A storm ("Storm Ciara",
   "Hurricane Ida", "hurricane Ida", and "Ida" alone after it) is no entity: it is none of the
   contract's kinds (no person, organization, place or account), so never a speaker either.
   A transcript's speaker labels in capitals ("GOV. GREG ABBOTT (R), TEXAS:", "ABBOTT:") are
   mentions of the people they name, though capitals are otherwise no names.
3. One word names: the first or last word of a person's full name is an alias of that person
   when only one person has it, or of the person introduced first among those named before it
   ("West" joins "Kanye West", never "Kim Kardashian West" named later); after a title or before
   a reporting verb ("Rodriguez said") it is a person; a generic word alone ("the Council",
   "the Board", "Government") is none. A longer form of a name ("Kim Kardashian"
   -> "Kim Kardashian West") merges into one person.
4. Handles (@name) join the person their post signature names ("ye (@kanyewest)": the display
   name becomes an alias) or whose name their letters spell; others are accounts.
5. Descriptions ("the rapper", "the 43-year-old", outside quotes, not followed by a new name or
   affiliation) go to the first person of the nearest earlier sentence; pronouns (he/she/his/
   her/him) to the closest fitting person of their sentence (an object pronoun never to the
   subject of its own clause), else to the first fitting person of an earlier sentence (at
   most three back). A person's gender is set by the first pronoun given to them, and later
   pronouns of the other gender go elsewhere.
   A description in apposition belongs to the name just before it ("Tom Reed, the secretary").

Limits: no statistical tagger, so unusual names (lower-case particles, single names never
given in full, names at the start of a sentence that are also common words) are missed or
mistyped; two-word organizations without an organization word are read as people; pronoun
resolution is a salience heuristic, not a parser, and "they" is never resolved.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from newsledger.lexicon.ingest import TITLE_LOWER_PREPOSITIONS, TITLE_SMALL_WORDS
from newsledger.lexicon.organizations import NUMBERED_NAME_HEADS, OF_THE_HEADS
from newsledger.lexicon.grammar import SHOUTED_WORDS
from newsledger.lexicon.people import PERSON_PRONOUNS
from newsledger.lexicon.weather import STORM_WORDS
from newsledger.lexicon.works import OWNED_WORK_NOUNS, SHOW_NAMES, WORK_NOUNS
from newsledger.records import EntityMention, LocalEntity
from newsledger.text import Document, Fact
from newsledger.text.clauses import main_clause_start
from newsledger.text.headline import HEADLINE_SPAN

from ..patterns import LOWER_TEXT
from ..signatures import SIGNATURES
from ..verbs import lemma, regular_lemma
from .labels import add_label_people
from .handles import link_handles
from .merging import Entity, add_mention, merge_extended_names, one_word_names
from .lists import split_pairs
from .kinds import ORG_PLURAL_STARTS, PLURAL_ORG_NOUN_OPENING, kind_of, listed_after_org_noun
from .names import (DATELINE_AGENCY, GIVEN_NAME_WORDS, ORGANIZATION_WORDS, saints_joined,
                    split_run, tabloid_title, trim)
from .references import (AFTER_OBJECT, DESCRIPTION, INTRODUCES, PREDICATIVE, Resolver, inside,
                         office, pronouns, quoted_ranges)
from .sides import side_kind, sides
from .works import fills_quotes, quoted_titles, title_case_line

__all__ = ["DATELINE_AGENCY", "extract_entities", "quoted_titles", "storm_names"]


def extract_entities(doc: Document) -> list[LocalEntity]:
    """Entities of one article, each with its mentions (see the module docstring)."""
    text = doc.text
    if not text:
        return []
    entities: dict[str, Entity] = {}
    signatures = [(m.start("name"), m.end("name"), m.group("handle"))
                  for m in SIGNATURES(doc)]
    # 1. Capitalized runs (outside Title Case headline lines, where every word is capitalized),
    # storms left out, sports sides found by their context.
    names, storms, _ = _NAMES(doc)
    names = split_pairs(text, names)  # 'GM and Chrysler' where 'GM said' stands elsewhere
    nouns = ORG_PLURAL_STARTS(doc)
    side = sides(text, names, LOWER_TEXT(doc))
    singles: list[tuple[int, int, str]] = []
    typed: list[tuple[int, int, str, str]] = []
    for s, e, name in names:
        if " " not in name:
            if name not in storms:
                singles.append((s, e, name))
            continue
        if name in SHOW_NAMES:
            continue  # 'she appeared on Love Island': a show's title
        if text[max(0, s - 30):s].rstrip().endswith(_WORK_ENDINGS) and \
                _WORK_BEFORE.search(text, max(0, s - 30), s) and \
                name.partition(" ")[0].lower() not in GIVEN_NAME_WORDS:
            continue  # 'the film Harbour Lights', 'her album Golden Hours': a work's title
        kind = side_kind(text, s, name) if name in side else kind_of(name, text, s, nouns)
        if kind is not None:
            typed.append((s, e, name, kind))
    # A name its context makes a place somewhere ('the MP for Harrow North', 'at Victoria
    # Park') is that place where only its shape made it a person.
    places = {name for _, _, name, kind in typed if kind == "place"}
    # A name in tabloid capitals somewhere ('STRICTLY Come Dancing') is no person written
    # otherwise ('Strictly Come Dancing') either.
    no_people = {name.casefold() for _, _, name in names if tabloid_title(name)}
    for s, e, name, kind in typed:
        if kind == "person" and name in places:
            kind = "place"
        if kind == "person" and name.casefold() in no_people:
            continue
        add_mention(entities, name, kind, s, e, side=name in side and kind == "organization")
    agency = DATELINE_AGENCY(doc)
    if agency:  # '(Reuters) -', '(Harbor Wire) -' (a photo credit's "Reuters" is no name)
        add_mention(entities, agency[2], "organization", agency[0], agency[1])
    add_label_people(doc, entities)  # 'GOV. GREG ABBOTT (R), TEXAS:' in a transcript
    merge_extended_names(entities)
    # 2. One-word names, then handles.
    one_word_names(text, entities, singles, nouns, side)
    link_handles(text, entities, signatures)
    # 3. Descriptions ('the rapper', outside quotes) and pronouns: a person named before.
    taken = sorted((mm.start, mm.end) for ent in entities.values() for mm in ent.mentions)
    quoted = quoted_ranges(text)
    resolver = Resolver(doc, entities)

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_right(taken, (s, 1 << 60)) - 1
        return not (i >= 0 and taken[i][1] > s) and not (
            i + 1 < len(taken) and taken[i + 1][0] < e)

    found = [(m.start(), m.end(), m.group(0), "description") for m in DESCRIPTION.finditer(text)
             if not inside(quoted, m.start()) and not INTRODUCES.match(text, m.end())
             and not PREDICATIVE.search(text, max(0, m.start() - 12), m.start())]
    found += pronouns(text, LOWER_TEXT(doc))
    unnamed: dict[int, int] = {}  # sentence -> end of the unnamed person who is its subject
    for s, e, word, kind in sorted(found):
        if not free(s, e):
            continue
        if kind == "pronoun" and resolver.sentence(s) in unnamed and not resolver.named_between(
                unnamed[resolver.sentence(s)], s):
            continue  # 'The president said he would veto it': he is the unnamed president
        gender = PERSON_PRONOUNS.get(word.lower()) if kind == "pronoun" else None
        objective = word.lower() in ("him", "them") or (
            word.lower() == "her" and bool(AFTER_OBJECT.match(text, e)))
        key = None
        if kind == "description" and text[max(0, s - 2):s] == ", ":
            # an apposition: 'Tom Reed, the secretary', 'Hakeem Jeffries of New York, the
            # minority leader'
            place = _OF_PLACE.search(text, max(0, s - 50), s - 2)
            key = resolver.at(s - 2) or (resolver.at(place.start()) if place else None)
        if key is None:
            key = resolver.resolve(s, gender, kind == "description", inside(quoted, s),
                                   objective, office(word.split()) if kind == "description"
                                   else None)
        if key is None:
            if kind == "description" and _opens_sentence(doc, s):
                unnamed[resolver.sentence(s)] = e
            continue
        if gender is not None:
            resolver.gender.setdefault(key, gender)
        entities[key].mentions.append(EntityMention(s, e, word, kind))
        resolver.add(s, e, key)
        bisect.insort(taken, (s, e))
    out = []
    for ent in entities.values():
        # the last mention of each span, by start and longest first (sorted by the dict's
        # keys: no key function called per mention)
        latest = {(x.start, -x.end): x for x in ent.mentions}
        mentions = _no_overlap([latest[k] for k in sorted(latest)])
        out.append(LocalEntity(ent.name, ent.kind, mentions, tuple(sorted(ent.aliases)),
                               tuple(sorted(ent.handles))))
    return sorted(out, key=lambda x: (x.mentions[0].start, x.name))


# A noun of works right before a name (and its "The"): the name is the work's title ('the film
# Harbour Lights', 'her single Paper Boats'), unless a given name opens it ('the film Steven
# Hale directed': a relative clause).
_WORK_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(WORK_NOUNS)) + r")|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|new|"
    r"latest|debut|[\w’']+['’]s)[ \t]+(?:" + "|".join(sorted(OWNED_WORK_NOUNS)) +
    r"))[ \t]+(?:The[ \t]+)?\Z")
# What the text before a name ends with, past its spaces, when ``_WORK_BEFORE`` matches there:
# a first look (most names: no noun of works before them).
_WORK_ENDINGS = tuple(sorted(WORK_NOUNS | OWNED_WORK_NOUNS | {"The"}))
# ' of New York' after a name, before its apposition.
_OF_PLACE = re.compile(r" (?:of|from) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}\Z")


def _opens_sentence(doc: Document, pos: int) -> bool:
    """Whether only spaces and quote marks stand between the start of ``pos``'s sentence (or
    its main clause) and ``pos``."""
    index = doc.sentence_index(pos)
    start = max(doc.sentences[index].start, main_clause_start(doc, index))
    return not doc.text[start:pos].strip(" \t\n\"“‘'")


def candidate_names(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, name) of every name candidate of the document, in text order: capitalized
    runs outside Title Case headline lines (the headline too when exported with a final
    stop: "Hillary Clinton Wins Missouri Democratic Primary.") and outside quote marks they
    fill, split and trimmed; the agency of a wire dateline left out (it is named apart)."""
    text = doc.text
    headlines = [(p.start, p.end) for p in doc.paragraphs if title_case_line(p.text)]
    headline = HEADLINE_SPAN(doc)
    if headline is not None and headline not in headlines and \
            title_case_line(text[headline[0]:headline[1]].rstrip().removesuffix(".")) and \
            _only_small_words_lower(text[headline[0]:headline[1]]):
        headlines.append(headline)  # (not a lede such as 'Andy Murray beat Marin Cilic.')
    agency = DATELINE_AGENCY(doc)
    nouns = ORG_PLURAL_STARTS(doc)
    out = []
    runs = doc.capitalized_runs
    if _LOWER_CAPITAL.search(text):
        runs = tuple(sorted((*runs, *_lower_camel_names(text))))
    # (the cheap first looks of ``fills_quotes``, ``_after_shouted_word`` and ``_listed`` are
    # read here: most runs pass them all)
    for run_start, run_end in _joined_runs(text, saints_joined(text, runs)):
        if (headlines and any(a <= run_start < b for a, b in headlines)) or (
                text[run_start - 1:run_start] in _OPENING_QUOTES
                and fills_quotes(text, run_start, run_end)):
            continue
        if text[run_start:run_start + 4].isupper():
            run_start = _after_shouted_word(text, run_start, run_end)
        for part_start, part_end in (_listed(text, run_start, run_end, nouns) if nouns
                                     else ((run_start, run_end),)):
            run = text[part_start:part_end]
            for s, e in _names_in_run(run):
                name = run[s:e]
                s, e = part_start + s, part_start + e
                if agency and (s, e) == agency[:2]:
                    continue
                out.append((s, e, name))
    return out


_OPENING_QUOTES = ('"', "“")  # before a name that fills its quote marks (``fills_quotes``)


def _joined_runs(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs, with a body's head word joined to the name that follows it after "of the"
    ("Friends of the Earth", "Church of the Nazarene", "Museum of the Moving Image", "Bank of
    the West": the text layer ends a run before "the"), and the number that completes a name
    ("BBC Radio 4", "Channel 4 News", "League 2": ``NUMBERED_NAME_HEADS``) with the run right
    after it. Only after a word of ``OF_THE_HEADS`` (not "the President of the United States",
    "Members of the Senate", "News of the deal")."""
    out: list[tuple[int, int]] = []
    numbered = -1  # where the last run joined to its number ends
    for s, e in runs:
        if out and ((gap := text[out[-1][1]:s]) == " of the " and text[
                out[-1][0]:out[-1][1]].rsplit(" ", 1)[-1].lower() in OF_THE_HEADS
                    or numbered == out[-1][1] and gap == " "):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        # (a digit after the space first: most runs have none)
        if out[-1][1] == e and text[e + 1:e + 2].isdigit() and \
                (m := _NUMBER_AFTER.match(text, e)) and \
                text[out[-1][0]:e].rsplit(" ", 1)[-1].lower() in NUMBERED_NAME_HEADS:
            out[-1] = (out[-1][0], m.end())
            numbered = m.end()
    return out


# A name that opens with lower-case letters before its capital ('easyJet', 'eBay', 'eToro'): the
# text layer starts names at capitals. Not Apple's products ("i" and a capital: 'iPhone'), an
# operating system ('macOS'), a unit or a molecule (one letter after the capital, or none:
# 'kWh', 'mRNA'), nor part of an address, a handle or a hashtag ('easyJet.com', '#eBay').
# (A capital after a lower-case letter, looked for from the capitals: the engine jumps to them.)
_LOWER_CAPITAL = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_LOWER_CAMEL = re.compile(r"(?<![\w@#.’'/-])(?!i[A-Z]|[a-z]+OS\b)[a-z]{1,5}[A-Z][a-z]{2,}"
                          r"[A-Za-z]*\b(?![./-]\w)")


def _lower_camel_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names that open in lower case (``_LOWER_CAMEL``), read only where a
    capital follows a lower-case letter (a scan of the whole text costs more)."""
    out = []
    for m in _LOWER_CAPITAL.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 5 and "a" <= text[start - 1] <= "z":
            start -= 1
        name = _LOWER_CAMEL.match(text, start)
        if name is not None:
            out.append(name.span())
    return out
# A number that completes a name: one or two digits, no measure or time after it.
_NUMBER_AFTER = re.compile(r" \d{1,2}\b(?![.,:%]?\d)")


# A word in capitals for emphasis inside a sentence, then a name ('SOAP star QUIT Coronation
# Street', 'was left FURIOUS Tuesday'): a lower-case word before it.
_SHOUTED_LEAD = re.compile(r"([A-Z]{4,})[ \t]+(?=[A-Z][a-z])")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*[ \t]+\Z")


def _after_shouted_word(text: str, start: int, end: int) -> int:
    """Where a capitalized run's name starts: after a first word in capitals that is a verb's
    form or a word of emphasis (``SHOUTED_WORDS``), inside a sentence, before a capitalized
    word (tabloid emphasis: 'SOAP star QUIT Coronation Street' -> 'Coronation Street'); a word
    in capitals opening a sentence opens the name ('CORONATION Street legend …')."""
    if not text[start:start + 4].isupper():
        return start  # (most runs: no four capitals first, which the pattern needs)
    m = _SHOUTED_LEAD.match(text, start, end)
    if m is None or not _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start):
        return start
    word = m.group(1).lower()
    if word in SHOUTED_WORDS or lemma(word) is not None or regular_lemma(word) is not None:
        return m.end()
    return start  # ('analysts at SITE Intelligence Group': an organization's initials)


_LIST_SEPARATOR = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _listed(text: str, start: int, end: int, nouns: Sequence[int]) -> list[tuple[int, int]]:
    """The parts of a capitalized run that lists names after a plural business noun, each a
    name of its own ('discounters Aldi and Lidl', 'Discounters Aldi and Lidl' opening a
    sentence: "Aldi", "Lidl"); else the whole run. ``nouns``: where the text's plural business
    nouns start (``ORG_PLURAL_STARTS``)."""
    if not nouns:
        return [(start, end)]  # (most articles hold none)
    opening = PLURAL_ORG_NOUN_OPENING.match(text, start, end)
    if opening is not None and _LIST_SEPARATOR.search(text, opening.end(), end):
        start = opening.end()  # (not 'Companies House': a name of its own)
    elif not listed_after_org_noun(text, start, nouns):
        return [(start, end)]
    parts, at = [], start
    for m in _LIST_SEPARATOR.finditer(text, start, end):
        parts.append((at, m.start()))
        at = m.end()
    return [*parts, (at, end)]


def _only_small_words_lower(line: str) -> bool:
    """Whether every word of a line in lower case is one a Title Case headline leaves so ("of",
    "the", "in" ...): 'Hillary Clinton Wins Missouri Democratic Primary.' is a headline,
    'Andy Murray beat Marin Cilic.' a sentence."""
    other = [w for w in _LOWER_WORD.findall(line)
             if w not in TITLE_SMALL_WORDS and w not in TITLE_LOWER_PREPOSITIONS]
    return not other or (len(other) == 1 and len(line.split()) >= 8)  # (a slip: 'To hear')


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’.-]*")
_STORM_FIRST_WORDS = frozenset(w.split()[0] for w in STORM_WORDS)
# The same less those that hold another ("tropical" in "subtropical"): a text holds one of
# ``_STORM_FIRST_WORDS`` when it holds one of these.
_STORM_HINTS = tuple(sorted(w for w in _STORM_FIRST_WORDS
                            if not any(o != w and o in w for o in _STORM_FIRST_WORDS)))


Name = tuple[int, int, str]


def _without_storms(text: str, names: list[Name]) -> tuple[list[Name], set[str], list[Name]]:
    """Names without storms ("Storm Ciara", "Hurricane Ida", "hurricane Ida": no person,
    organization, place or account), the storms' own names ("Ida"), which are none either
    when written alone, and every mention of a storm as (start, end, the storm's full name)."""
    out, storms, spans = [], {}, []
    for s, e, name in names:
        if name.partition(" ")[0].lower() not in _STORM_FIRST_WORDS and (
                " " in name or text[max(0, s - 12):s].rstrip().rpartition(" ")[2]
                not in STORM_WORDS):
            out.append((s, e, name))  # most names: no storm word in or before them
            continue
        words = name.split()
        for n in (2, 1):
            head = " ".join(words[:n]).lower()
            rest = words[n:]
            if head in STORM_WORDS and 1 <= len(rest) <= 2 and \
                    rest[-1].lower().strip(".") not in ORGANIZATION_WORDS:
                storms.setdefault(" ".join(rest), name)
                spans.append((s, e, name))
                break
        else:
            before = text[max(0, s - 12):s].split()
            if len(words) == 1 and before and before[-1] in STORM_WORDS and \
                    text[s - 1] == " " and name.lower() not in GIVEN_NAME_WORDS:
                # 'storm Ciara', 'hurricane Ida' (lower case)
                storms.setdefault(name, f"{before[-1].capitalize()} {name}")
                spans.append((s, e, storms[name]))
            else:
                out.append((s, e, name))
    kept = []
    for s, e, name in out:
        if name in storms:
            spans.append((s, e, storms[name]))  # 'Ida' after 'Hurricane Ida'
        else:
            kept.append((s, e, name))
    return kept, set(storms), sorted(spans)


def _names(doc: Document) -> tuple[list[Name], set[str], list[Name]]:
    names = candidate_names(doc)
    low = LOWER_TEXT(doc)
    if not any(w in low for w in _STORM_HINTS):  # most articles name none
        return names, set(), []
    return _without_storms(doc.text, names)


# The document's name candidates without storms, the storms' own names, the storms' mentions.
_NAMES: Fact[tuple[list[Name], set[str], list[Name]]] = Fact("entity_names", _names)


def storm_names(doc: Document) -> list[Name]:
    """(start, end, the storm's full name) of every mention of a storm ("Storm Elin", and
    "Elin" alone after it): no entity, but what a number can be about ("Storm Elin killed
    seven people")."""
    return _NAMES(doc)[2]


@lru_cache(maxsize=1 << 15)
def _names_in_run(run: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the names a capitalized run holds, offsets into the run: split, then
    trimmed (both read the run alone, so a run met again, as names are, is looked up)."""
    out = []
    for s0, e0 in split_run(run, 0, len(run)):
        s, e = trim(run, s0, e0)
        if e > s:
            out.append((s, e))
    return tuple(out)


def _no_overlap(mentions: list[EntityMention]) -> tuple[EntityMention, ...]:
    out: list[EntityMention] = []
    for m in mentions:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return tuple(out)
