"""Speakers read from a quote's sentence when no reporting verb sits next to it: the subject of
a sentence (``subject``: its first speaker-like noun phrase, else its first person or
organization), of the clause a partial quote is woven into (``clause_subject``: 'Trump accused
Cruz of being "politically correct"' -> Trump; '…, who called the nominee "unfit"' -> the name
before "who"), and the person the sentence before a lone quote is about
(``previous_subject``)."""
from __future__ import annotations

import re

from newsledger.lexicon.organizations import APPOSITION_ORG_NOUNS
from newsledger.lexicon.grammar import NP_BREAKERS
from newsledger.lexicon.people import (DESCRIPTIONS, ORG_DESCRIPTIONS, PLURAL_SPEAKERS,
                                       PREPOSITIONAL_PARTICIPLES, ROLE_NOUNS, SUBJECT_OPENERS,
                                       SUBJECT_PRONOUNS)
from newsledger.lexicon.speech import CUES, CUE_FILLERS, PARTICIPLE_CUES
from newsledger.text import Document

from .common import MARK, SPEAKER, inside_marks
from .mentions import Mentions
from .phrases import possessive
from .resolve import speaker_fields

_NP_STOP = frozenset(CUES) | frozenset(PARTICIPLE_CUES) | CUE_FILLERS | NP_BREAKERS
_WORDS = re.compile(r"[\w’'@-]+|[^\w\s]")


def _noun_phrase_end(text: str, s: int, pos: int) -> int:
    """End of a determiner noun phrase starting at s ('A different user also said' ->
    'A different user'): at most five words, up to a verb, a filler or punctuation."""
    end = s
    head_seen = False
    for n, w in enumerate(_WORDS.finditer(text, s, min(pos, s + 80))):
        word = w.group(0)
        if n > 5 or not word[:1].isalnum() or (n and word.lower() in _NP_STOP) or \
                (n > 1 and word.endswith("ed") and word[:1].islower()) or \
                (head_seen and word.lower() not in _PREPOSITION_WORDS):
            break
        end = w.end()
        # a head noun ('The administration', 'the crowd') ends the phrase unless a
        # preposition follows ('the head of the committee')
        head_seen = n > 0 and word.lower() in _HEAD_NOUNS
    return end


# After a capitalized word, what makes it a sentence opener rather than a subject ('Hours
# later, she …', 'Shortly after …', 'Based on …', 'Like Corker, …').
_OPENER_AFTER = re.compile(r"\s*,|\s+(?:later|after|before|ago|on|in|at|to|of|about|from|"
                           r"with|for|the|a|an|his|her|their|its)\b")
_HEAD_NOUNS = ORG_DESCRIPTIONS | DESCRIPTIONS | PLURAL_SPEAKERS | frozenset({
    "crowd", "audience", "message", "ad", "report", "statement", "letter", "memo", "email",
    "lawsuit", "complaint", "ruling", "poll", "survey", "study", "analysis", "council",
    "protesters", "voters", "group", "people", "man", "woman", "employee", "friend", "source"})
_PREPOSITION_WORDS = frozenset({"of", "for", "at", "from", "with", "in", "on"})


# A name in apposition after a role ('Ryanair CEO, Michael O'Leary, …').
_APPOSITION_NAME = re.compile(
    r",[ \t]+(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z'’][\w.'’-]*){0,4}),")
_SUBJECT = re.compile(rf"[\s\"“”'‘’(—–-]*(?P<spk>{SPEAKER})")
# A role noun or two in lower case after a name, then a capital: the name qualifies the role
# of the person named next ('Bristol Rovers manager Joey Barton', 'Exeter boss Gary Caldwell'),
# or a business noun the company named next ('British housebuilder Persimmon').
_ROLE_THEN_NAME = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+)?(?P<role>[a-z][\w-]*)[ \t]+(?=[A-Z])")


def subject(text: str, s0: int, pos: int, mentions: Mentions, cue: str) -> dict | None:
    """The subject of the sentence text[s0:pos]: its first speaker-like noun phrase, else
    its first non-possessive person or organization mention."""
    start = s0
    opener = re.match(r"[\s\"“”'‘’(—–-]*([A-Za-z]+)", text[s0:pos])
    participial = opener is not None and opener.group(1)[:1].isupper() and \
        opener.group(1).endswith(("ing", "ed")) and \
        opener.group(1).lower() not in PREPOSITIONAL_PARTICIPLES and \
        mentions.at(s0 + opener.start(1), s0 + opener.end(1)) is None
    if opener and (opener.group(1).lower() in SUBJECT_OPENERS or participial):
        # ('Horrified at the prospect of Trump winning, Ramos believes in journalism that "…"')
        # a fronted clause ends at its comma ('As the race between Donald Trump and Joe Biden
        # started to heat up in the summer of 2020, West turned …': West, not Trump)
        comma = text.find(",", s0, min(pos, s0 + (120 if participial else 160)))
        if comma >= 0:
            start = comma + 1
    np = _SUBJECT.match(text, start, pos)
    if np and np.group("spk").split()[0].lower() not in SUBJECT_OPENERS:
        s, e = np.span("spk")
        if np.group("spk").split()[0].lower() in ("the", "a", "an", "another", "one"):
            e = max(e, _noun_phrase_end(text, s, pos))
        lone = " " not in text[s:e].strip() and text[s:s + 1].isupper() and \
            mentions.at(s, e) is None and text[s:e].lower() not in SUBJECT_PRONOUNS and (
                text[s:e].endswith(("ly", "ing", "ed")) or bool(_OPENER_AFTER.match(text, e)))
        app = _APPOSITION_NAME.match(text, e, pos)
        if app is not None and text[s:e].split()[-1].lower() in ROLE_NOUNS:
            s, e = app.span("name")  # 'Ryanair CEO, Michael O'Leary, justified …'
        role = _ROLE_THEN_NAME.match(text, e, pos)
        kind = None if role is None else "person" if role.group("role") in ROLE_NOUNS else \
            "organization" if role.group("role") in APPOSITION_ORG_NOUNS else None
        if kind is not None:
            named = mentions.at(role.end(), role.end() + 1)
            if named is not None and named[1].kind == kind and \
                    named[0].start == role.end() and named[0].end <= pos and \
                    not possessive(text, named[0].end):  # (not 'candidate Ann Hale's doctor')
                # 'Bristol Rovers manager Joey Barton praised …': Barton; 'British
                # housebuilder Persimmon reported …': Persimmon
                e = named[0].end
        if not possessive(text, e) and not lone:  # ('Shortly after …', 'Hours later, she')
            info = speaker_fields(text, s, e, cue, mentions)
            if info["speaker_kind"] != "unknown" or info["speaker_text"].lower() in (
                    "he", "she", "they", "i", "we"):
                return info
    for ms, me, mm, ent in mentions.between(s0, pos):
        if ent.kind in ("person", "organization") and not possessive(text, me):
            ms, me = _titled_person(text, ms, me, ent.kind, pos, mentions)
            return speaker_fields(text, ms, me, cue, mentions)
    return None


# Title words between an organization and a person's name: 'Treasury Chief Secretary Paul
# Boateng', 'BBC Director General Tim Davie'.
_TITLE_WORDS_BETWEEN = re.compile(r"(?:[ \t]+[A-Z][\w.-]*){1,3}[ \t]+")


def _titled_person(text: str, ms: int, me: int, kind: str, pos: int,
                   mentions: Mentions) -> tuple[int, int]:
    """The person an organization's mention at text[ms:me] is the title of ('Treasury Chief
    Secretary Paul Boateng dismissed …': Paul Boateng), else the mention itself."""
    if kind != "organization" or text[me:me + 1] != " ":
        return ms, me
    for ns, ne, _, ent in mentions.between(me, min(pos, me + 60)):
        if ent.kind == "person" and ne <= pos and not possessive(text, ne) and \
                _TITLE_WORDS_BETWEEN.fullmatch(text, me, ns):
            return ns, ne
        break  # only the next mention
    return ms, me


def previous_subject(doc: Document, mark: int, mentions: Mentions) -> dict | None:
    """For a quote that stands alone with no attribution, the person the sentence just before
    it is about ('Dieter Zetsche denied the reports. "We exclude nothing."', or whom the
    pronoun opening it stands for: 'He shook his head. "We were robbed."'): a guess, so with
    low confidence."""
    text = doc.text
    i = doc.sentence_index(mark)
    if i < 1:
        return None
    here = doc.sentences[i].start
    if text[here:mark].strip():
        return None  # the quote does not start its sentence
    prev = doc.sentences[i - 1].start
    if here - prev > 600 or MARK.search(text, prev, here):
        return None
    for ms, me, mm, ent in mentions.between(prev, here):
        if ent.kind == "person" and mm.kind in ("name", "alias") and not possessive(text, me):
            return speaker_fields(text, ms, me, None, mentions)
    opener = _PRONOUN_OPENER.match(text, prev, here)
    if opener is not None:  # ('He shook his head. "We were robbed."': whom "he" stands for)
        info = speaker_fields(text, *opener.span(1), None, mentions)
        if info["speaker_name"]:
            return info
    return None


_PRONOUN_OPENER = re.compile(r"[\"“”'‘’(]*(He|She)\b(?![\w'’])")


_CLAUSE_BREAK = re.compile(r"(?:;|,?\s+(?:and|but|while|whereas|as|when|after|before|"
                           r"because|although|though|even as)\s+(?=[A-Z]|(?:he|she|they|it|we)\b))")


def clause_subject(text: str, sent0: int, mark: int, mentions: Mentions) -> dict | None:
    """The subject of the clause a partial quote is woven into, when no reporting verb names
    a speaker ('Trump accused Cruz of being "politically correct"' -> Trump, not Cruz): the
    first person or organization (or pronoun standing for one) of the last clause before the
    mark, else of the sentence. None when the clause reports the words of others about its
    subject ('The singer is said to be "heartbroken"': whose word it is, the article does not
    say)."""
    if _HEARSAY_STATE.search(text, sent0, mark):
        return None
    start = sent0
    for m in _CLAUSE_BREAK.finditer(text, sent0, mark):
        start = m.end()
    relative = _relative_subject(text, max(start, sent0), mark, mentions)
    if relative is not None:
        return relative
    for floor in dict.fromkeys((start, sent0)):
        info = subject(text, floor, mark, mentions, None)
        if info is not None and info["speaker_start"] < mark and not inside_marks(
                text, floor, info["speaker_start"]):
            return info
        for ms, me, mm, ent in mentions.between(floor, mark):
            if ent.kind in ("person", "organization") and me <= mark and \
                    not possessive(text, me) and not inside_marks(text, floor, ms):
                return speaker_fields(text, *_titled_person(text, ms, me, ent.kind, mark,
                                                            mentions), None, mentions)
    return None


# A state reported at second hand, right before a partial quote: 'is said to be', 'was
# understood to feel', 'are reported to have been' (not 'is said to have told': the subject
# spoke).
_HEARSAY_STATE = re.compile(r"(?<![\w'’-])(?:is|are|was|were)(?:[ \t]+[a-z]+ly)?[ \t]+(?:said|"
                            r"understood|believed|thought|reported|rumou?red|known|alleged)"
                            r"[ \t]+to[ \t]+(?:be|feel|have[ \t]+been)(?![\w'’-])[^.;:!?\"“”]*\Z")


# (not an object relative: 'Marco Rubio, who he dubbed "the little senator"')
_RELATIVE = re.compile(r",?[ \t]+(?P<rel>who|which|that)[ \t]+(?!is\b|was\b|are\b|were\b)"
                       r"(?!(?:he|she|they|I|we|you|it)\b|[A-Z])")


def _relative_subject(text: str, floor: int, mark: int, mentions: Mentions) -> dict | None:
    """'… Barack Obama, who called the nominee "unfit to serve"': the relative pronoun speaks
    for the name just before it (the row's speaker text is "who", its name the person's)."""
    found = None
    for m in _RELATIVE.finditer(text, floor, mark):
        found = m
    if found is None or MARK.search(text, found.end(), mark):
        return None
    rel = found.group("rel")  # 'who' speaks for a person, 'which' for an organization
    kinds = ("person",) if rel == "who" else ("organization",) if rel == "which" else (
        "person", "organization")
    before = mentions.last_before(found.start() + 1, max(floor - 200, 0), kinds)
    if before is None or text[before[1]:found.start("rel")].strip(" \t,") or \
            possessive(text, before[1]):
        return None
    info = speaker_fields(text, *found.span("rel"), None, mentions)
    return {**info, "speaker_kind": before[3].kind, "speaker_name": before[3].name}
