"""Speaker resolution: from the words that attribute a quote (a name, a description, a pronoun,
a transcript label) to the row's speaker fields: its text and span, its kind (person,
organization, account, anonymous, unknown) and the entity it names.

A phrase's head names the speaker ('White House spokesman Josh Earnest' -> Josh Earnest; 'a
spokesman for Mayor Reyes' stays anonymous: ``phrases.head``). Pronouns, descriptions ("the
late-night host") and aliases resolve through the mentions of ``extract_entities``; "the
company" resolves to the closest organization named before; a statement, caption or post
("the statement said") speaks for whoever spoke last; unnamed speakers ("one commented", "a
commenter", "officials") are ``anonymous``.
"""
from __future__ import annotations

import re

from newsledger.lexicon.abbreviations import ABBREVIATIONS
from newsledger.lexicon.people import (ANONYMOUS, CONTAINERS, DESCRIPTIONS, DETERMINERS,
                                       ORG_DESCRIPTIONS, PLURAL_SPEAKERS, TIME_NOUN_PHRASES,
                                       TITLES, TRANSCRIPT_ROLES)
from newsledger.lexicon.time import MONTHS, WEEKDAYS

from .common import POSSESSIVE_END, PREPOSITION_BEFORE, alternation, trim
from .mentions import Mentions
from .phrases import head as speaker_head
from .phrases import valid_phrase

STATEMENT_FROM = re.compile(rf"(?i:an?|the)\s+(?:[\w-]+\s+)?(?i:{alternation(CONTAINERS)}|"
                             rf"release|spokesperson|spokesman|spokeswoman)\s+(?i:from|by)\s+"
                             rf"(?:the\s+)?(?P<who>[A-Z][^,]*?)[.]?\Z")
_THE_ACRONYM = re.compile(r"[Tt]he\s+([A-Z]{2,6})")
# Calendar words are never speakers ('Last Friday', 'On Monday').
_NOT_SPEAKER_WORDS = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS)) | frozenset(
    {"Last", "Next", "This", "Early", "Late", "On", "In", "At"})
_TIME_WORDS = frozenset(w.lower() for w in _NOT_SPEAKER_WORDS) | {
    "later", "earlier", "then", "now", "today", "yesterday", "tonight", "week", "month",
    "year", "morning", "evening", "night", "afternoon", "weekend"}
# A speaker's final period that belongs to an abbreviation ("Jr.", "Gov.") or an initial.
_ABBREV = re.compile(rf"(?:\b(?:{alternation(TITLES | ABBREVIATIONS)}|[A-Z])\.)\Z", re.I)


def not_subject(text: str, s: int, e: int, mentions: Mentions) -> bool:
    """Speaker words that cannot be a verb's subject: a possessive ("Trump’s comments had
    rattled them") unless a name ends so ("McDonald’s"), or a phrase of time ('at the time
    said', 'later Thursday told')."""
    words = text[s:e].split()
    if not words or PREPOSITION_BEFORE.search(text, max(0, s - 12), s):
        return True  # ('Protesters marching through the streets chanted': not 'the streets')
    if POSSESSIVE_END.search(words[-1]):
        hit = mentions.at(s, e)
        return not (hit is not None and hit[0].end >= e)
    low = " ".join(words).lower()
    return low in TIME_NOUN_PHRASES or all(w.lower().rstrip(".,") in _TIME_WORDS for w in words)


def _strip_speaker(text: str, s: int, e: int) -> tuple[int, int]:
    s, e = trim(text, s, e)
    while e > s and text[e - 1] in ",.;:" and not _ABBREV.search(text[max(s, e - 8):e]):
        e -= 1
    return s, e


def speaker_fields(text: str, s: int, e: int, cue: str | None, mentions: Mentions,
                   head: tuple[int, int] | None = None) -> dict:
    """Speaker fields for the speaker words text[s:e] (apposition included); ``head``, when
    given, is the part of them that names the speaker (``phrases.head``)."""
    s, e = _strip_speaker(text, s, e)
    if head is None:
        head = speaker_head(text, s, e, mentions)
    if head != (s, e):
        hit = mentions.at(*head)
        if hit is not None and hit[0].start >= s and hit[0].end <= e and hit[1].kind in (
                "person", "organization", "account"):
            return {"speaker_text": text[s:e], "speaker_start": s, "speaker_end": e,
                    "cue": cue, "speaker_kind": hit[1].kind,
                    "speaker_name": hit[1].name}
    comma = text.find(",", s, e)
    core_end = comma if comma > 0 else e
    core = text[s:core_end].strip()
    low = core.lower()
    first = low.split(" ", 1)[0] if low else ""
    info = {"speaker_text": text[s:e], "speaker_start": s, "speaker_end": e, "cue": cue}
    anonymous = {**info, "speaker_kind": "anonymous", "speaker_name": None}
    source = STATEMENT_FROM.match(core)
    if source:  # 'a statement from Apple Computer': the organization speaks
        hit = mentions.at(s + source.start("who"), s + source.end("who"))
        return {**info, "speaker_kind": hit[1].kind if hit and hit[1].kind in (
            "person", "organization") else "organization",
            "speaker_name": hit[1].name if hit else source.group("who")}
    if low in ANONYMOUS or low in PLURAL_SPEAKERS or low in TRANSCRIPT_ROLES or first in (
            "a", "an", "another", "one", "some", "several", "many"):
        return anonymous
    hit = mentions.at(s, s + len(core))
    if hit is not None and hit[1].kind == "place" and not low.startswith(hit[0].text.lower()):
        hit = None  # 'the mayor of Chicago' is not Chicago
    if hit is not None:
        kind = hit[1].kind if hit[1].kind in ("person", "organization", "account") \
            else "organization"
        return {**info, "speaker_kind": kind, "speaker_name": hit[1].name}
    words = low.split()
    acronym = _THE_ACRONYM.fullmatch(core)
    if acronym:  # 'the UAW'
        return {**info, "speaker_kind": "organization", "speaker_name": acronym.group(1)}
    if first in ("the", "its", "this", "that") and words:
        head = _description_head(words)
        if head in ORG_DESCRIPTIONS or " ".join(words[1:]) in ORG_DESCRIPTIONS:
            org = mentions.last_before(s, 0, ("organization",))
            return {**info, "speaker_kind": "organization",
                    "speaker_name": org[3].name if org else None}
        if head in DESCRIPTIONS or _AGE_OR_KIN.fullmatch(head):
            person = mentions.last_before(s, max(0, s - 600), ("person",))
            if person is not None:
                return {**info, "speaker_kind": "person", "speaker_name": person[3].name}
        return anonymous
    if core[:1].islower() and len(words) > 1 and _description_head(words) in DESCRIPTIONS:
        # a role without a determiner ('former secretary of state said'): the person named
        # last before it
        person = mentions.last_before(s, max(0, s - 600), ("person",))
        if person is not None:
            return {**info, "speaker_kind": "person", "speaker_name": person[3].name}
    if low in ("he", "she", "his", "her"):
        # a pronoun the entity resolver left alone (its gender guess disagreed): the person
        # named last before it, within a few sentences
        person = mentions.last_before(s, max(0, s - 400), ("person",))
        if person is not None and person[2].kind in ("name", "alias"):
            return {**info, "speaker_kind": "person", "speaker_name": person[3].name}
    if low in ("he", "she", "they", "i", "we", "it", "you", "his", "her", "their"):
        return {**info, "speaker_kind": "unknown", "speaker_name": None}
    if core[:1] == "@":
        ent = mentions.named(core)
        return {**info, "speaker_kind": ent.kind if ent else "account",
                "speaker_name": ent.name if ent else core, "speaker_handle": core}
    if len(words) > 1 and POSSESSIVE_END.search(words[0]):
        return anonymous  # "Ministers' critics": a description, nobody the article names
    name_words = core.split()
    while name_words and (name_words[0][:1].islower()
                          or name_words[0].rstrip(".").lower() in TITLES):
        name_words.pop(0)
    if not name_words or all(w in _NOT_SPEAKER_WORDS for w in name_words):
        return {**info, "speaker_kind": "unknown", "speaker_name": None}
    name = " ".join(name_words)
    ent = mentions.named(name) or mentions.surname(name)
    if ent is None and cue is None and name.isupper() and len(name) > 3:
        name = name.title()  # a transcript label: 'HOLT:'
    if ent is not None:
        return {**info, "speaker_kind": ent.kind if ent.kind != "place" else "organization",
                "speaker_name": ent.name}
    if first in PLURAL_SPEAKERS:
        return {**info, "speaker_kind": "organization", "speaker_name": name}
    return {**info, "speaker_kind": "person", "speaker_name": name}


def _description_head(words: list[str]) -> str:
    """The head noun of a description: its last word before 'of', 'for', 'at' ('the former
    secretary of state' -> 'secretary')."""
    for k, w in enumerate(words):
        if k and w in ("of", "for", "at", "from", "with"):
            return words[k - 1]
    return words[-1]
# Descriptions by age or family ('the 43-year-old', tabloid 'the mother-of-two').
_AGE_OR_KIN = re.compile(r"\d{1,3}-year-old|(?:mother|father|mum|mom|dad|grandmother|"
                         r"grandfather|grandma|grandpa)-of-[a-z]+")


def from_phrase(text: str, ph: tuple[int, int] | None, cue: str, mentions: Mentions,
                after_with: bool = False) -> dict | None:
    """Speaker fields for a speaker phrase found by ``phrases`` (None for no valid phrase)."""
    if ph is None or not valid_phrase(text, *ph):
        return None
    if (not after_with and PREPOSITION_BEFORE.search(text, max(0, ph[0] - 12), ph[0])) or \
            text[ph[0]:ph[1]].lower() in TIME_NOUN_PHRASES:
        return None  # 'Beck, who has in the past described …': an adjunct, not the subject
    info = speaker_fields(text, *ph, cue, mentions, head=speaker_head(text, *ph, mentions))
    return info if info["speaker_kind"] != "unknown" or info["speaker_text"].lower() in (
        "he", "she", "they", "i", "we") else None


def who(m: re.Match, group: str) -> tuple[int, int]:
    """The speaker span of a match: the name in apposition when the speaker words are a
    description ('The central bank's governor, Liu Wen, said' -> 'Liu Wen')."""
    app = m.groupdict().get("app")
    if app and m.group(group).split(" ", 1)[0].lower() in DETERMINERS:
        return m.span("app")
    return m.span(group)


def container(info: dict, previous: dict | None) -> dict:
    """'"…," the caption further read', '"…," the statement said': the words belong to whoever
    wrote the caption or statement (the speaker of the quote before); the row keeps the
    container as written ("the statement") as its speaker text."""
    if previous is None:
        return {**info, "speaker_kind": "unknown", "speaker_name": None}
    keep = ("speaker_kind", "speaker_name", "speaker_handle")
    return {**info, **{k: previous.get(k) for k in keep}}
