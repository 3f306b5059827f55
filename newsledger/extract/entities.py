"""People, organizations, places and accounts named in one article, with every mention.

Method: runs of capitalized words are name candidates; word lists decide the kind (titles and
two-or-more-word names make people, organization words make organizations, a list of places
and "in/from <Name>" make places); handles (@name) are accounts, merged with the person a post
signature names ("ye (@kanyewest)"). A one-word name that is the first or last word of exactly
one person's full name is an alias of that person (so "West" joins "Kanye West" but not when
"Kim Kardashian West" is named too). Pronouns (he/she/his/her) and descriptions ("the rapper",
"the 43-year-old") become mentions of the most recent person named before them.

Limits: no statistical tagger, so unusual names (lower-case particles, single-word names never
given in full) are missed or mistyped; pronoun resolution is "most recent person".
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from newsledger.lexicon.people import (DESCRIPTIONS, NOT_NAMES, ORG_WORDS, PLACES, PRONOUNS,
                                       TITLES)
from newsledger.lexicon.time import MONTHS, WEEKDAYS
from newsledger.records import EntityMention, LocalEntity

from .signatures import SIGNATURE

_WORD = r"(?:[A-Z][\w'’.&-]*[\w]|[A-Z])"
_NAME = re.compile(rf"(?<![\w@#]){_WORD}(?:(?:\s|\s(?:de|da|van|von|bin|al|of|the|and)\s)"
                   rf"{_WORD}){{0,5}}")
_HANDLE = re.compile(r"(?<![\w@])@\w{1,30}")
_PRONOUN = re.compile(r"\b(?:" + "|".join(PRONOUNS) + r")\b", re.I)
_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:\d{1,3}-year-old|(?:[\w-]+\s+){0,2}(?:"
                          + "|".join(sorted(DESCRIPTIONS, key=len, reverse=True)) + r"))\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n|[\"“]\s*)$")
_CALENDAR = {w.capitalize() for w in (*MONTHS, *WEEKDAYS)}


@dataclass
class _Entity:
    name: str
    kind: str
    mentions: list[EntityMention] = field(default_factory=list)
    handles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading non-name words (The, But, Meanwhile...) and trailing possessives."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (words[0].group(0).lower().strip("'’") in NOT_NAMES
                     or words[0].group(0).rstrip(".").lower() in TITLES
                     or words[0].group(0) in _CALENDAR):
        words.pop(0)
    while words and (words[-1].group(0).lower() in NOT_NAMES or words[-1].group(0) in _CALENDAR
                     or words[-1].group(0).rstrip(".").lower() in TITLES
                     or words[-1].group(0).lower() in ("of", "the", "and", "de", "van")):
        words.pop()
    if not words:
        return start, start
    s, e = start + words[0].start(), start + words[-1].end()
    for suffix in ("'s", "’s", "'", "’", "."):
        if text[s:e].endswith(suffix) and e - len(suffix) > s:
            e -= len(suffix)
            break
    return s, e


def _shouted(name: str) -> bool:
    """ALL-CAPS words are emphasis or slogans ("KANYE 2024"), not names, unless listed."""
    letters = [w for w in name.split() if any(c.isalpha() for c in w)]
    return all(w.isupper() and len(w) > 1 for w in letters) and \
        name.lower() not in ORG_WORDS and name.lower() not in PLACES


def _kind(name: str, text: str, start: int) -> str | None:
    words = name.split()
    low = name.lower()
    if _shouted(name):
        return None
    if low in PLACES:
        return "place"
    if words[-1].lower().strip(".") in ORG_WORDS or low in ORG_WORDS:
        return "organization"
    before = text[max(0, start - 25):start].lower()
    if re.search(r"\b(?:" + "|".join(TITLES) + r")\.?\s+$", before):
        return "person"
    if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
        return "person"
    return None


def _title_case_line(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’]*", line)
    return not line.rstrip().endswith(".") and len(words) >= 5 and sum(w[0].isupper() for w in words) / len(words) > 0.75


def _person_words(entities: dict[str, _Entity]) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for key, e in entities.items():
        if e.kind == "person" and " " in e.name:
            parts = e.name.split()
            for w in {parts[0], parts[-1]}:
                owners[w].append(key)
    return owners


def extract_entities(text: str) -> list[LocalEntity]:
    """Entities of one article, each with its mentions (see the module docstring)."""
    entities: dict[str, _Entity] = {}
    singles: list[tuple[int, int, str]] = []
    # 1. Post signatures tie display names to handles.
    signature_handles: dict[tuple[int, int], str] = {}
    for m in SIGNATURE.finditer(text):
        signature_handles[(m.start("name"), m.end("name"))] = m.group("handle")
    # 2. Capitalized runs (outside Title Case headline lines, where every word is capitalized).
    headlines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
                 if _title_case_line(m.group(0))]
    for m in _NAME.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if e <= s or any(a <= s < b for a, b in headlines):
            continue
        name = text[s:e]
        if " " not in name:
            singles.append((s, e, name))
            continue
        kind = _kind(name, text, s)
        if kind is None:
            continue
        entity = entities.setdefault(name.lower(), _Entity(name, kind))
        entity.mentions.append(EntityMention(s, e, name, "name"))
    # 3. One-word names: aliases of a person, places, organizations, or nothing.
    owners = _person_words(entities)
    for s, e, name in singles:
        if name.lower() in NOT_NAMES or name in _CALENDAR:
            continue
        candidates = owners.get(name, ())
        if candidates:
            # Several people share the word ("Kanye West", "Donda West"): a bare "West" is the
            # one the article introduced first, its main subject.
            target = entities[candidates[0]] if len(candidates) == 1 else min(
                (entities[c] for c in candidates), key=lambda x: x.mentions[0].start)
            target.mentions.append(EntityMention(s, e, name, "alias"))
            target.aliases.add(name)
            continue
        if name.lower() in entities:
            entities[name.lower()].mentions.append(EntityMention(s, e, name, "name"))
            continue
        kind = _kind(name, text, s)
        if kind in ("place", "organization"):
            entity = entities.setdefault(name.lower(), _Entity(name, kind))
            entity.mentions.append(EntityMention(s, e, name, "name"))
    # 4. Handles: merged with the person their signature or their letters name.
    persons = [e for e in entities.values() if e.kind == "person"]
    for m in _HANDLE.finditer(text):
        handle = m.group(0)
        flat = handle[1:].lower()
        owner = next((p for p in persons if p.handles and handle.lower() in
                      {h.lower() for h in p.handles}), None)
        if owner is None:
            matches = [p for p in persons
                       if "".join(p.name.lower().split()) in flat
                       or all(w.lower() in flat for w in p.name.split())]
            owner = matches[0] if len(matches) == 1 else None
        if owner is None:
            owner = entities.setdefault(flat + "@", _Entity(handle, "account"))
        owner.mentions.append(EntityMention(m.start(), m.end(), handle, "handle"))
        owner.handles.add(handle)
    for (s, e), handle in signature_handles.items():
        name = text[s:e]
        owner = next((x for x in entities.values() if handle in x.handles), None)
        if owner is None or any(mm.start == s for mm in owner.mentions):
            continue
        if owner.kind == "person" or name.lower() in ("ye",):
            owner.mentions.append(EntityMention(s, e, name, "alias"))
            owner.aliases.add(name)
    # 5. Pronouns and descriptions: the most recent person named before them.
    named = sorted(((mm.start, ent) for ent in entities.values() if ent.kind == "person"
                    for mm in ent.mentions), key=lambda x: x[0])
    taken = {(mm.start, mm.end) for ent in entities.values() for mm in ent.mentions}

    boundaries = [0] + [m.end() for m in re.finditer(r"[.!?][\"”’]?(?=\s)|\n", text)]

    def sentence_start(pos: int) -> int:
        return max((b for b in boundaries if b <= pos), default=0)

    def last_person(pos: int, description: bool) -> _Entity | None:
        """Most recent person in the same sentence; else the first person (the likely
        subject) of the nearest earlier sentence that names one."""
        here = sentence_start(pos)
        same = [ent for start, ent in named if here <= start < pos]
        if same and not description:
            return same[-1]
        before = [(start, ent) for start, ent in named if start < here]
        if not before:
            return same[-1] if same else None
        last_sentence = sentence_start(before[-1][0])
        return next(ent for start, ent in before if start >= last_sentence)

    for pattern, kind in ((_DESCRIPTION, "description"), (_PRONOUN, "pronoun")):
        for m in pattern.finditer(text):
            if (m.start(), m.end()) in taken or any(s <= m.start() < e for s, e in taken):
                continue
            owner = last_person(m.start(), kind == "description")
            if owner is not None:
                owner.mentions.append(EntityMention(m.start(), m.end(), m.group(0), kind))
                taken.add((m.start(), m.end()))
    out = []
    for ent in entities.values():
        mentions = tuple(sorted({(x.start, x.end): x for x in ent.mentions}.values(),
                                key=lambda x: x.start))
        out.append(LocalEntity(ent.name, ent.kind, mentions, tuple(sorted(ent.aliases)),
                               tuple(sorted(ent.handles))))
    return sorted(out, key=lambda x: (x.mentions[0].start, x.name))
