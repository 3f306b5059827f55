"""People, organizations, places and accounts named in one article, with every mention.

Method (a heuristic proper-noun chunker; word lists in ``newsledger.lexicon.people`` and
``newsledger.lexicon.places``):
1. Runs of capitalized words are name candidates. Sentence-initial function words, months,
   weekdays and titles are trimmed ("Transport Minister Ellen Price" -> "Ellen Price"); Title
   Case headline lines, ALL-CAPS slogans ("KANYE 2024") and names that fill a pair of quote
   marks by themselves (titles of works, nicknames: 'on "Jimmy Kimmel Live!"') are skipped; a
   run holding two names is split ("Pitt Capital Group Charlie Smith", "Keith Springer of
   Capital Advisory", "Ohio and Iowa").
2. Kind: a place (every country of ISO 3166, the states and provinces of the countries news
   covers most, big cities, informal names such as "America" or "U.K.") -> place, under its
   canonical name ("US", "U.S.", "America" are mentions of "United States"); a last word such
   as Inc/Org/Party/University/Committee/Tribune or an acronym, a place word inside the name
   ("Chicago Tribune", "Ford Australia"), or a name of several words after "the" ("the
   Washington Examiner") -> organization; a title before it or two to four capitalized words
   -> person.
3. One word names: the first or last word of a person's full name is an alias of that person
   when only one person has it, or of the person introduced first among those named before it
   ("West" joins "Kanye West", never "Kim Kardashian West" named later); after a title or before
   a reporting verb ("Rodriguez said") it is a person. A longer form of a name ("Kim Kardashian"
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
from collections import defaultdict
from dataclasses import dataclass, field

from newsledger.lexicon.people import (CLAUSE_BREAKERS, DESCRIPTIONS, GROUP_NAMES, NAME_JOINERS,
                                       NOT_NAMES, NOT_PERSON_FIRST, OBJECT_FOLLOWERS, ORG_WORDS,
                                       PERSON_CUES, PERSON_PRONOUNS, TITLES)
from newsledger.lexicon.organizations import GENERIC_ORG_WORDS, ORG_HEADS, SAINT_ABBREVIATIONS
from newsledger.lexicon.places import GIVEN_NAMES, PLACE_NAMES, STREET_NAME_ENDINGS, place_key
from newsledger.lexicon.time import MONTHS, WEEKDAYS
from newsledger.records import EntityMention, LocalEntity
from newsledger.text import Document, Fact

from .patterns import LOWER_TEXT
from .signatures import SIGNATURES

# Patterns that open with a character and then look behind it ("@(?<![\w@]@)" for
# "(?<![\w@])@"), so the regex engine skips to the characters that can start them.
_ORG_WORDS = ORG_WORDS | ORG_HEADS
# The agency of a wire dateline: "HALVERSTON, March 3 (Harbor Wire) -", "WASHINGTON (AP) -".
_AGENCY = re.compile(r"\((?P<name>[A-Z][\w.' -]{0,29})\)")
_HANDLE = re.compile(r"@(?<![\w@]@)\w{1,30}")
_PRONOUN = re.compile(r"\b(?:" + "|".join(PERSON_PRONOUNS) + r")\b", re.I)
# The same, on the lower-cased text (case-blind patterns are slow); characters that match a
# letter case-blindly but lower-case to another (long s, Kelvin sign, dotted and dotless I) send
# a text to ``_PRONOUN``.
_PRONOUN_LOWER = re.compile("|".join(
    f"{first}(?<!\\w{first})(?:" + "|".join(p[1:] for p in PERSON_PRONOUNS if p[0] == first)
    + r")\b" for first in sorted({p[0] for p in PERSON_PRONOUNS})))
_CASE_FOLDS = ("\u017f", "\u212a", "\u0130", "\u0131")
_DESCRIPTION = re.compile(r"[Tt](?<!\w[Tt])he\s+(?:\d{1,3}-year-old|(?:mother|father|mum|mom|"
                          r"dad|grandmother|grandfather)-of-[a-z]+|(?:[\w-]+\s+){0,2}(?:"
                          + "|".join(sorted(DESCRIPTIONS, key=len, reverse=True)) + r"))\b")
_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,600}[\"”]")
_TITLE_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(TITLES, key=len, reverse=True))
                           + r")\.?\s+\Z")
# The last word of every title: text that does not end with one (and a space) has no title.
_TITLE_LAST_WORDS = tuple({t.split()[-1].casefold() for t in TITLES})
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_CAMEL = re.compile(r"\A(?!Mc|Mac|De|Di|La|Le|Van|Von|O’|O')[A-Z]?[a-z]+[A-Z]")
# After a description, an affiliation or a name: 'the spokesman for Apple', 'the general
# secretary of Unite, Tony Woodley' introduce a new person, not one named before.
_INTRODUCES = re.compile(r"\s+(?:of|for|at|from|with)\b|,?\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_NEXT_WORD = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|later\s+)?([a-z]+)\b")
# Between a subject and an object pronoun, a clause break lets them be the same person
# ('West said God called him'); without one they are not ('West thanked her').
_CLAUSE_BREAK = re.compile(r"[,;:(—–]|\b(?:" + "|".join(CLAUSE_BREAKERS) + r")\b")
_AFTER_OBJECT = re.compile(r"\s*(?:[.,;:!?)]|$|(?:" + "|".join(OBJECT_FOLLOWERS) + r")\b)")
_CALENDAR = {w.capitalize() for w in (*MONTHS, *WEEKDAYS)}
# A name that fills a pair of quote marks by itself is the title of a work or a nickname
# ('an appearance on "Jimmy Kimmel Live!"', 'the "Jesus Is King" rapper'): not an entity.
_LINE_WORD = re.compile(r"[A-Za-z][\w'’]*")
_CLOSES_TITLE = re.compile(r"[!?.,]?[\"”]")


@dataclass
class _Entity:
    name: str
    kind: str
    mentions: list[EntityMention] = field(default_factory=list)
    handles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words of text[start:end] (split at white space)."""
    piece = text[start:end]
    parts = piece.split()
    if len(parts) == 1 and len(parts[0]) == end - start:
        return [(start, end, piece)]  # one word, no white space around it: most runs
    out = []
    i = 0
    for word in parts:
        i = piece.index(word, i)
        out.append((start + i, start + i + len(word), word))
        i += len(word)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading non-name words (The, But, Meanwhile...) and trailing possessives."""
    words = _words(text, start, end)
    # 'Transport Minister Ellen Price', 'Police Chief Dana Reyes': the name follows the title
    # (but 'Police Department' is an organization).
    if len(words) > 1 and words[-1][2].lower().strip(".,") not in _ORG_WORDS:
        for i in range(len(words) - 2, -1, -1):
            if words[i][2].rstrip(".").lower() in TITLES:
                words = words[i + 1:]
                break
    while words and (words[0][2].lower().strip("'’") in NOT_NAMES
                     or words[0][2].rstrip(".").lower() in TITLES
                     or words[0][2] in _CALENDAR):
        words.pop(0)
    while words and (words[-1][2].lower() in NOT_NAMES or words[-1][2] in _CALENDAR
                     or (words[-1][2].rstrip(".").lower() in TITLES and not (
                         len(words) > 1 and words[-1][2].lower() in _ORG_WORDS))
                     or words[-1][2].lower() in ("of", "the", "and", "de", "van")):
        words.pop()
    if not words:
        return start, start
    s, e = words[0][0], words[-1][1]
    for suffix in ("'s", "’s", "'", "’", "."):
        if text.endswith(suffix, s, e) and e - len(suffix) > s:
            e -= len(suffix)
            break
    return s, e


def _split_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalized run can hold two names: 'Pitt Capital Group Charlie Smith' (an
    organization word, then a name), 'Keith Springer of Capital Advisory' (a name 'of' an
    organization), "Ada Quinn's The Long Shore" (a possessor, then a title). Split there; a
    run like 'Bank of America' stays whole."""
    if place_key(text[start:end]) in PLACE_NAMES:
        return [(start, end)]  # 'United States of America'
    words = _words(text, start, end)
    if len(words) == 1:
        return [(start, end)]
    for i, (_, e, w) in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")) and words[i + 1][2] == "The":
            # 'Ada Quinn's The Long Shore', "Disney's The Lion King": a possessor, then a title
            return [(start, e), (words[i + 1][0], end)]
    for i, (_, _, w) in enumerate(words):
        if w == "and" and 0 < i < len(words) - 1 and \
                place_key(text[start:words[i - 1][1]]) in PLACE_NAMES and \
                place_key(text[words[i + 1][0]:end]) in PLACE_NAMES:
            return [(start, words[i - 1][1]), (words[i + 1][0], end)]  # 'Ohio and Iowa'
    for i in range(len(words) - 3, -1, -1):
        if words[i][2].lower().strip(".,") in ORG_WORDS and \
                len(words) - i - 1 >= 2 and words[i + 1][2].lower() not in NAME_JOINERS:
            return [(start, words[i][1]), (words[i + 1][0], end)]
    for i, (_, _, w) in enumerate(words):
        if w == "of" and i >= 2 and words[0][2].lower() not in ORG_WORDS \
                and words[i - 1][2].lower().strip(".,") not in ORG_WORDS:
            return [(start, words[i - 1][1]), (words[i + 1][0], end)] \
                if i + 1 < len(words) else [(start, words[i - 1][1])]
    return [(start, end)]


def _shouted(name: str) -> bool:
    """ALL-CAPS words are emphasis or slogans ("KANYE 2024"), not names, unless listed."""
    if name.isascii() and not name.isupper():
        return False  # a lower-case letter: a word of it is not all capitals
    letters = [w for w in name.split() if any(c.isalpha() for c in w)]
    return all(w.isupper() and len(w) > 1 for w in letters) and \
        name.lower() not in ORG_WORDS and place_key(name) not in PLACE_NAMES


def _kind(name: str, text: str, start: int) -> str | None:
    words = name.split()
    low = name.lower()
    if _shouted(name):
        return None
    if place_key(name) in PLACE_NAMES:
        return "place"
    if low in GROUP_NAMES:
        return "organization"  # 'the Conservatives said'
    if words[-1].lower().strip(".") in ORG_WORDS or low in ORG_WORDS or (
            len(words) > 1 and words[-1].lower().strip(".") in ORG_HEADS):
        return "organization"  # "Harbor Bank"; "Gull Line", but "Line" alone is no name
    if len(words) > 1 and words[0].lower().rstrip(".") in SAINT_ABBREVIATIONS:
        return "place"  # "St. Louis", "St. Gallen" (a saint's organization has its word)
    if len(words) > 1 and words[-1].lower().strip(".") in STREET_NAME_ENDINGS:
        return "place"  # "Elm Street", "Times Square"
    if any(_ACRONYM.fullmatch(w.strip(".,'’")) for w in words) or \
            any(place_key(w) in PLACE_NAMES and place_key(w) not in GIVEN_NAMES
                for w in words):
        return "organization"  # 'New GM', 'Chrysler LLC', 'Ford Australia'
    if _title_before(text, start):
        return "person"
    if len(words) > 1 and text[max(0, start - 4):start] in ("the ", "The "):
        return "organization"  # 'the Washington Examiner', 'The Riverton Daily': no person
    if words[0].lower() in NOT_PERSON_FIRST or any(_CAMEL.search(w) for w in words) or \
            "'s " in name or "’s " in name or " of " in name:
        return None
    if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
        return "person"
    return None


def _title_before(text: str, start: int) -> bool:
    """Whether a title ends right before ``start`` ("President ", "Gov. "): ``_TITLE_BEFORE``,
    tried only when the text there ends with a title's last word and white space."""
    window = text[max(0, start - 25):start]
    words = window.rstrip()
    if len(words) == len(window) or not words.removesuffix(".").casefold().endswith(
            _TITLE_LAST_WORDS):
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 25), start) is not None


def _title_case_line(line: str) -> bool:
    if line.rstrip().endswith("."):
        return False
    words = _LINE_WORD.findall(line)
    return len(words) >= 5 and sum(w[0].isupper() for w in words) / len(words) > 0.75


def _person_words(entities: dict[str, _Entity]) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for key, e in entities.items():
        if e.kind == "person" and " " in e.name:
            parts = e.name.split()
            for w in {parts[0], parts[-1]}:
                owners[w].append(key)
    return owners


def _merge_extended_names(entities: dict[str, _Entity]) -> None:
    """'Kim Kardashian' and 'Kim Kardashian West' are one person: a person name that starts
    another, longer person name (two words at least) merges into the longer one."""
    people = sorted((k for k, e in entities.items() if e.kind == "person" and " " in e.name),
                    key=lambda k: -len(k.split()))
    for short in people[::-1]:
        longer = [k for k in people if len(k.split()) > len(short.split())
                  and k.startswith(short + " ") and k in entities]
        if len(longer) == 1 and short in entities:
            target, gone = entities[longer[0]], entities.pop(short)
            target.mentions.extend(EntityMention(m.start, m.end, m.text, "alias")
                                   for m in gone.mentions)
            target.aliases.add(gone.name)
            target.handles |= gone.handles


def _add(entities: dict[str, _Entity], name: str, kind: str, s: int, e: int) -> None:
    """A mention of ``name``: listed places go to their canonical name ("U.S.", "US" and
    "America" are mentions of "United States"), other names (streets too) to the entity of
    the same name."""
    if kind == "place":
        canonical = PLACE_NAMES.get(place_key(name), name)
        entity = entities.setdefault(canonical.lower(), _Entity(canonical, kind))
        if name != canonical:
            entity.aliases.add(name)
        entity.mentions.append(EntityMention(s, e, name, "name" if name == canonical
                                             else "alias"))
        return
    entity = entities.setdefault(name.lower(), _Entity(name, kind))
    entity.mentions.append(EntityMention(s, e, name, "name"))


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(ranges, (pos, len(ranges) and 1 << 60)) - 1
    return i >= 0 and ranges[i][0] < pos < ranges[i][1]


def _one_word_names(text: str, entities: dict[str, _Entity],
                    singles: list[tuple[int, int, str]]) -> None:
    """One-word names: aliases of a person, new people after a title or before a reporting
    verb ("Rodriguez said"), places, organizations, or nothing."""
    owners = _person_words(entities)
    for s, e, name in singles:
        if name.lower() in NOT_NAMES or name in _CALENDAR or _shouted(name):
            continue
        if name.lower() in GENERIC_ORG_WORDS:
            continue  # "the Council", "the Board": no particular organization
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
        kind = _kind(name, text, s)
        if kind is None:
            after = _NEXT_WORD.match(text, e)
            if after and after.group(1) in PERSON_CUES and name.lower() not in _ORG_WORDS:
                kind = "person"
        if kind is not None:
            _add(entities, name, kind, s, e)


def _link_handles(text: str, entities: dict[str, _Entity],
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
            owner = entities.setdefault(flat + "@", _Entity(handle, "account"))
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


class _Resolver:
    """Pronouns and descriptions resolved to a person mentioned before them."""

    def __init__(self, doc: Document, entities: dict[str, _Entity]) -> None:
        self.text = doc.text
        self.sentence = doc.sentence_index  # pos -> index of its sentence
        self.cands: list[tuple[int, int, int, str]] = []  # start, end, sentence, key
        self.keys = {id(e): k for k, e in entities.items()}
        self.entities = entities
        self.gender: dict[str, str] = {}
        byline = (doc.byline.start, doc.byline.end) if doc.byline is not None else (-1, -1)
        for key, ent in entities.items():
            if ent.kind == "person":
                for mm in ent.mentions:
                    if not byline[0] <= mm.start < byline[1]:  # the author is no referent
                        self.cands.append((mm.start, mm.end, self.sentence(mm.start), key))
        self.cands.sort()

    def at(self, end: int) -> str | None:
        """The person whose mention ends at ``end``, if any."""
        i = bisect.bisect_left(self.cands, (end,)) - 1
        while i >= 0 and self.cands[i][1] >= end - 60:
            if self.cands[i][1] == end:
                return self.cands[i][3]
            i -= 1
        return None

    def add(self, start: int, end: int, key: str) -> None:
        bisect.insort(self.cands, (start, end, self.sentence(start), key))

    def resolve(self, pos: int, gender: str | None, description: bool,
                quoted: bool = False, objective: bool = False) -> str | None:
        """The person a pronoun or description at ``pos`` most plausibly refers to: the
        closest fitting person of its sentence (pronouns), else the first fitting person (the
        subject) of the nearest earlier sentence that names one; inside a quote, the most
        recent fitting person (the speaker rarely calls themselves "he")."""
        here = self.sentence(pos)
        i = bisect.bisect_left(self.cands, (pos,)) - 1
        same = []
        while i >= 0 and self.cands[i][2] == here:
            same.append(self.cands[i])
            i -= 1
        ok = [c for c in same if (gender is None or self.gender.get(c[3], gender) == gender)
              and not (objective and not _CLAUSE_BREAK.search(self.text, c[1], pos))]
        if ok and not description:
            plain = [c for c in ok if not _possessive(self.text, c[1])]
            return (plain or ok)[0][3]
        # The first fitting person of the nearest earlier sentence that names one.
        while i >= 0:
            sent = self.cands[i][2]
            if here - sent > (6 if description else 3):
                return None
            group = []
            while i >= 0 and self.cands[i][2] == sent:
                group.append(self.cands[i])
                i -= 1
            fit = [c for c in group if gender is None
                   or self.gender.get(c[3], gender) == gender]
            if fit:
                plain = [c for c in fit if not _possessive(self.text, c[1])]
                return (plain or fit)[0 if quoted else -1][3]
        return None


def _fills_quotes(text: str, start: int, end: int) -> bool:
    return text[start - 1:start] in ('"', "“") and bool(_CLOSES_TITLE.match(text, end))


def quoted_titles(doc: Document) -> list[tuple[int, int, str]]:
    """Names that fill a pair of quote marks by themselves, outside headline lines: titles of
    works and nicknames ('"The Long Shore" received 11 nominations'), as (start, end, name)
    with a leading "The" dropped. Not entities (they are no person, organization or place),
    but what a number can be about."""
    text = doc.text
    out = []
    for s, e in doc.capitalized_runs:
        if not _fills_quotes(text, s, e):
            continue
        paragraph = doc.paragraph_at(s)
        if paragraph is None or not _title_case_line(paragraph.text):
            s2, e2 = _trim(text, s, e)
            if e2 > s2:
                out.append((s2, e2, text[s2:e2]))
    return out


def _dateline_agency(doc: Document) -> tuple[int, int, str] | None:
    """(start, end, name) of the agency a wire dateline names in brackets ("HALVERSTON, March 3
    (Harbor Wire) -", "WASHINGTON (AP) -"), or None."""
    if doc.dateline is None:
        return None
    m = _AGENCY.search(doc.text, doc.dateline.start, doc.dateline.end)
    return (m.start("name"), m.end("name"), m.group("name").strip()) if m else None


DATELINE_AGENCY: Fact[tuple[int, int, str] | None] = Fact("dateline_agency", _dateline_agency)
"""The news agency of the document's wire dateline: an organization wherever the article
names it, never a person, never what a number is about."""


def _saints_joined(text: str, runs: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Capitalized runs, a saint's abbreviation joined to the name it opens: the text layer
    ends a run at "St." ("St. Brigid's Hospital" is "St", then "Brigid's Hospital")."""
    out: list[tuple[int, int]] = []
    for s, e in runs:
        if out and text[out[-1][0]:out[-1][1]].lower() in SAINT_ABBREVIATIONS and \
                text[out[-1][1]:s] == ". ":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _pronouns(text: str, low: str | None = None) -> list[tuple[int, int, str, str]]:
    """Every personal pronoun of the text ("he", "Her"), as (start, end, word, "pronoun");
    ``low``: the text lower-cased, when already at hand."""
    low = text.lower() if low is None else low
    if len(low) == len(text) and not any(c in text for c in _CASE_FOLDS):
        return [(m.start(), m.end(), text[m.start():m.end()], "pronoun")
                for m in _PRONOUN_LOWER.finditer(low)]
    return [(m.start(), m.end(), m.group(0), "pronoun") for m in _PRONOUN.finditer(text)]


def _possessive(text: str, end: int) -> bool:
    return text[end:end + 2] in ("'s", "’s")


def extract_entities(doc: Document) -> list[LocalEntity]:
    """Entities of one article, each with its mentions (see the module docstring)."""
    text = doc.text
    if not text:
        return []
    entities: dict[str, _Entity] = {}
    singles: list[tuple[int, int, str]] = []
    signatures = [(m.start("name"), m.end("name"), m.group("handle"))
                  for m in SIGNATURES(doc)]
    # 1. Capitalized runs (outside Title Case headline lines, where every word is capitalized).
    headlines = [(p.start, p.end) for p in doc.paragraphs if _title_case_line(p.text)]
    agency = DATELINE_AGENCY(doc)
    for run_start, run_end in _saints_joined(text, doc.capitalized_runs):
        if any(a <= run_start < b for a, b in headlines) or _fills_quotes(text, run_start,
                                                                          run_end):
            continue
        for s0, e0 in _split_run(text, run_start, run_end):
            s, e = _trim(text, s0, e0)
            if e <= s:
                continue
            name = text[s:e]
            if " " not in name:
                singles.append((s, e, name))
                continue
            kind = "organization" if agency and name == agency[2] else _kind(name, text, s)
            if kind is None:
                continue
            _add(entities, name, kind, s, e)
    _merge_extended_names(entities)
    # 2. One-word names, then handles.
    _one_word_names(text, entities, singles)
    _link_handles(text, entities, signatures)
    # 3. Descriptions ('the rapper', outside quotes) and pronouns: a person named before.
    taken = sorted((mm.start, mm.end) for ent in entities.values() for mm in ent.mentions)
    quoted = _quoted_ranges(text)
    resolver = _Resolver(doc, entities)

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_right(taken, (s, 1 << 60)) - 1
        return not (i >= 0 and taken[i][1] > s) and not (
            i + 1 < len(taken) and taken[i + 1][0] < e)

    found = [(m.start(), m.end(), m.group(0), "description") for m in _DESCRIPTION.finditer(text)
             if not _inside(quoted, m.start()) and not _INTRODUCES.match(text, m.end())]
    found += _pronouns(text, LOWER_TEXT(doc))
    for s, e, word, kind in sorted(found):
        if not free(s, e):
            continue
        gender = PERSON_PRONOUNS.get(word.lower()) if kind == "pronoun" else None
        objective = word.lower() in ("him", "them") or (
            word.lower() == "her" and bool(_AFTER_OBJECT.match(text, e)))
        key = None
        if kind == "description" and text[max(0, s - 2):s] == ", ":
            key = resolver.at(s - 2)  # an apposition: 'Tom Reed, the secretary'
        if key is None:
            key = resolver.resolve(s, gender, kind == "description", _inside(quoted, s),
                                   objective)
        if key is None:
            continue
        if gender is not None:
            resolver.gender.setdefault(key, gender)
        entities[key].mentions.append(EntityMention(s, e, word, kind))
        resolver.add(s, e, key)
        bisect.insort(taken, (s, e))
    out = []
    for ent in entities.values():
        mentions = _no_overlap(sorted({(x.start, x.end): x for x in ent.mentions}.values(),
                                      key=lambda x: (x.start, -x.end)))
        out.append(LocalEntity(ent.name, ent.kind, mentions, tuple(sorted(ent.aliases)),
                               tuple(sorted(ent.handles))))
    return sorted(out, key=lambda x: (x.mentions[0].start, x.name))


def _no_overlap(mentions: list[EntityMention]) -> tuple[EntityMention, ...]:
    out: list[EntityMention] = []
    for m in mentions:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return tuple(out)
