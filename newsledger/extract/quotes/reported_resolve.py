"""Reported speech, a speaker phrase resolved to its fields (``_resolve``): the direct
quotes' ``from_phrase`` first, then what reported speech adds to it: an honorific and a
surname that is also a word ('Mrs May'), an unnamed group left unknown as anonymous ('law
enforcement officials'), the name in an apposition ('Another automaker, General Motors,
announced'), a name after title words ('City coach Lars Eklund'), no speaker for evidence or
for what only infers ('the data suggest'), and no speaker for a description that names the
hearer ('the host' when 'Speaking to the BBC's host, …'). ``reported_speakers`` finds the
phrases."""
from __future__ import annotations

import re

from newsledger.lexicon.actions import AUXILIARIES
from newsledger.lexicon.people import (ANONYMOUS, DESCRIPTIONS, ORG_DESCRIPTIONS,
                                       PLURAL_SPEAKERS, SUBJECT_PRONOUNS)
from newsledger.lexicon.people_nouns import PERSON_NOUNS

from .common import PREPOSITION_BEFORE
from .filters import evidence_speaker
from .phrases import valid_phrase
from .reported_clauses import _NOUN_LIKE, _VERB_FORMS, REPORTED_CUES, Cue
from .reported_heads import (_FIGURE_WORDS, _NOT_HEAD, _PEOPLE_FIGURES, _PEOPLE_HEADS,
                             _REPORT_NOUNS, _TIME_NOUNS, _described, _head_noun, _people_head)
from .reported_groups import _OPENING_CONJUNCTION
from .resolve import speaker_fields


# Verbs of inference as much as of speech ('the data suggest', 'the move signals'): only a
# person, an organization or a personal pronoun is their speaker.
_INFERENCE = frozenset({"suggest", "indicate", "signal", "estimate", "predict"})


# A connective set off after a subject ('…, however', '…, for their part', '…, too', '…,
# speaking on condition of anonymity').
_TRAILING_ASIDE = re.compile(r",[ \t]+(?:however|though|meanwhile|too|also|in turn|instead|"
                             r"for (?:their|his|her|its) part|(?:speaking|talking|writing)"
                             r"[ \t]+[^,;:\"“”]{0,60})[ \t]*,?[ \t]*\Z")


# An honorific and a surname the entity extractor leaves out because the surname is also a
# word of its own ('Mrs May', 'Mr. King', 'Ms. March').
_HONORIFIC_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?P<name>[A-Z][\w'’-]+)"
                             r"(?<!['’]s)")  # (not 'Mr. Obama's calls for': a noun)


def _honorific_name(q: Cue, ph: tuple[int, int]) -> dict | None:
    """'Mrs May said …': a person, named as the article named her in full ('Theresa May')
    when it did, else by the surname."""
    m = _HONORIFIC_NAME.fullmatch(q.text, *ph)
    if m is None:
        return None
    surname = m.group("name")
    full = next((ent.name for ent in q.mentions.entities if ent.kind == "person" and
                 ent.name.split()[-1] == surname), surname)
    return {**speaker_fields(q.text, *ph, q.word, q.mentions), "speaker_kind": "person",
            "speaker_name": full}


_CONJUNCTION_BEFORE = re.compile(r"(?<![\w'’-])(?:since|until)[ \t]+\Z")


# (sets read per speaker, made once)
_GROUP_OR_REPORT_NOUNS = PLURAL_SPEAKERS | _REPORT_NOUNS
_INFERRING_PEOPLE = DESCRIPTIONS | PLURAL_SPEAKERS | PERSON_NOUNS | ORG_DESCRIPTIONS


def _resolve(q: Cue, ph: tuple[int, int]) -> dict | None:
    """Speaker fields for the phrase text[ph[0]:ph[1]] before the verb, as the direct quotes'
    ``from_phrase`` gives them; an unnamed phrase it leaves unknown ('attorneys for the
    department', 'law enforcement officials') is an anonymous speaker."""
    text = q.text
    opener = _OPENING_CONJUNCTION.match(text, ph[0], ph[1])
    if opener is not None and opener.end() < ph[1]:
        ph = (opener.end(), ph[1])  # 'But analysts say …': the analysts
    aside = _TRAILING_ASIDE.search(text, ph[0], ph[1])
    if aside is not None and aside.start() > ph[0]:
        ph = (ph[0], aside.start())  # 'Executives at the firms, however, said': no aside
    figures = text.find("figures", ph[0], ph[1]) >= 0 and \
        _PEOPLE_FIGURES.search(text, ph[0], ph[1]) is not None
    if evidence_speaker(text, *ph) and not figures:
        return None  # (not 'Senior figures in the party said': people)
    words = text[ph[0]:ph[1]].split()
    if not any(c.isalpha() for c in text[ph[0]:ph[1]]) or any(
            seg.split()[:1] and (seg.split()[0].lower() in AUXILIARIES)
            for seg in text[ph[0]:ph[1]].split(",")[1:]):
        return None  # "''", 'Miami, is projected to be …'
    core_words = text[ph[0]:ph[1]].split(",", 1)[0].split()
    if (len(core_words) > 1 and core_words[-1].lower() in _NOT_HEAD) or any(
            w in ("whose", "which", "that", "who", "whom") for w in core_words[1:]):
        return None  # 'have a larger say', 'The hacker whose cyber-mischief first revealed'
    lemma = REPORTED_CUES.get(q.word, q.word)
    if q.word in _NOUN_LIKE:  # 'his claims that' is a noun; 'Cruz claims that' a verb
        last = words[-1].lower().strip(",.")
        if not (words[-1][:1].isupper() or last in SUBJECT_PRONOUNS or last in DESCRIPTIONS
                or last in PLURAL_SPEAKERS or last in ORG_DESCRIPTIONS or last in ANONYMOUS):
            return None
    # ('since' or 'until' right before the verb's subject is a conjunction, not the
    # preposition of an adjunct: 'prices have risen since the minister said …')
    info = q.from_phrase(ph,
                       after_with=_CONJUNCTION_BEFORE.search(text, max(0, ph[0] - 8), ph[0])
                       is not None)
    if info is None:
        info = _honorific_name(q, ph)  # 'Mrs May said', 'Mr. King said'
    if info is None and len(words) == 1 and words[0] in ("It", "it"):
        # 'It said the breaches were hidden': a report or body the resolver cannot name
        info = {**speaker_fields(text, *ph, q.word, q.mentions), "speaker_kind": "unknown",
                "speaker_name": None}
    if info is not None and not info["speaker_name"] and "," in text[ph[0]:ph[1]]:
        # 'Another automaker, General Motors (GM), announced': the name in apposition
        comma = text.find(",", ph[0], ph[1])
        named = [(ms, me, ent) for ms, me, _, ent in q.mentions.between(comma, ph[1])
                 if ent.kind in ("person", "organization") and me <= ph[1]]
        if named:
            ms, me, ent = named[0]
            info = {**info, "speaker_kind": ent.kind, "speaker_name": ent.name}
    if info is not None and figures and (info["speaker_name"] or "").lower() in _FIGURE_WORDS:
        info = {**info, "speaker_kind": "anonymous", "speaker_name": None}  # 'Party figures'
    if info is not None and info["speaker_kind"] == "anonymous" and len(core_words) > 1 and \
            not _people_head(_head_noun(core_words)) and not figures:
        return None  # '…, the most distant yet confirmed': no one speaks
    if info is not None and info["speaker_kind"] == "person" and len(core_words) == 1 and \
            core_words[0].lower() in _GROUP_OR_REPORT_NOUNS:
        info = {**info, "speaker_kind": "anonymous", "speaker_name": None}  # 'Reports say'
    if lemma in _INFERENCE:  # 'That disproportionate impact suggests …'
        head = _head_noun(core_words)
        people = _INFERRING_PEOPLE
        if info is None and (head in PLURAL_SPEAKERS or head in _PEOPLE_HEADS):
            info = _unnamed_group(q, ph)  # 'Some Labour allies suggested', 'A number of
            # columnists suggested': people, unnamed
        return _described(info) if info is not None and (
            info["speaker_name"] or head in ("he", "she", "they", "i", "we") or head in people
            or head.removesuffix("s") in people or head in _PEOPLE_HEADS) else None
    if info is not None and info["speaker_kind"] == "person":
        info = _described(info)
    if info is not None and info["speaker_kind"] == "person" and core_words and \
            core_words[0].lower() in ("the", "a", "an") and _hearer_named(q, ph[0], info):
        # 'Speaking to the BBC's Laura Kuenssberg, the minister said': not the interviewer
        info = {**info, "speaker_kind": "anonymous", "speaker_name": None}
    if info is not None and info["speaker_name"] and len(core_words) > 1 and \
            core_words[0].lower() in PLURAL_SPEAKERS and \
            info["speaker_name"].split()[0].lower() == core_words[0].lower() and \
            not _named_body(q, ph[0], ph[0] + len(" ".join(core_words))):
        # 'Executives from several car firms said': people, unnamed (not a body so named:
        # 'Police Scotland said')
        info = {**info, "speaker_kind": "anonymous", "speaker_name": None}
    if info is not None and info["speaker_name"]:
        info = _head_name(q, ph, info)
    core = text[ph[0]:ph[1]].split(",", 1)[0].split()
    head = _head_noun(core)
    if info is None and valid_phrase(text, *ph) and words[0].lower() not in SUBJECT_PRONOUNS \
            and not words[-1].lower().endswith(("'s", "’s")) and len(words) <= 8 and \
            not PREPOSITION_BEFORE.search(text, max(0, ph[0] - 12), ph[0]) and not any(
                w.lower() in _VERB_FORMS or (w.endswith("ed") and w[:1].islower())
                for w in core[1:]) and head.isalpha() and head not in _TIME_NOUNS and (
                head.endswith("s") or head in DESCRIPTIONS or head in PLURAL_SPEAKERS
                or head in ORG_DESCRIPTIONS or head in PERSON_NOUNS):
        info = {**speaker_fields(text, *ph, q.word, q.mentions), "speaker_kind": "anonymous",
                "speaker_name": None}
    return info


def _named_body(q: Cue, s: int, e: int) -> bool:
    """Whether text[s:e] is an organization's name, whole ('Police Scotland')."""
    hit = q.mentions.at(s, e)
    return hit is not None and hit[1].kind == "organization" and hit[0].start == s and \
        hit[0].end >= e


def _unnamed_group(q: Cue, ph: tuple[int, int]) -> dict | None:
    """Anonymous speaker fields for a short phrase headed by a plural noun of people
    ('Some Labour allies', 'A number of columnists'), or None."""
    text = q.text
    words = text[ph[0]:ph[1]].split()
    if not valid_phrase(text, *ph) or len(words) > 6 or \
            words[0].lower() in SUBJECT_PRONOUNS or "," in text[ph[0]:ph[1]] or \
            PREPOSITION_BEFORE.search(text, max(0, ph[0] - 12), ph[0]) or \
            any(w.lower() in _VERB_FORMS for w in words[1:]):
        return None
    return {**speaker_fields(text, *ph, q.word, q.mentions), "speaker_kind": "anonymous",
            "speaker_name": None}


def _head_name(q: Cue, ph: tuple[int, int], info: dict) -> dict:
    """The name that ends a phrase after lower-case title words is its head ('United States
    airframer Boeing' -> Boeing, 'Stein spokeswoman Ann Cole' -> Ann Cole; not 'Ann Lee of
    the Halden Trust')."""
    text = q.text
    end = ph[1]
    comma = text.find(",", ph[0], end)
    if comma > 0:
        end = comma  # (before an apposition)
    while end > ph[0] and text[end - 1] in " \t":
        end -= 1
    last = None
    for ms, me, _, ent in q.mentions.between(ph[0], end):
        if me == end and ent.kind in ("person", "organization"):
            last = (ms, me, ent)
    if last is None or last[2].name == info["speaker_name"]:
        return info
    before = text[ph[0]:last[0]].split()
    gap = []
    while before and before[-1].islower():
        gap.insert(0, before.pop())
    if not before or not 1 <= len(gap) <= 2 or any(
            w in _FUNCTION_WORDS or w in _VERB_FORMS or w.endswith(("ed", "'s", "’s"))
            for w in gap):
        return info
    return {**info, "speaker_kind": last[2].kind, "speaker_name": last[2].name}


def _hearer_named(q: Cue, start: int, info: dict) -> bool:
    """Whether the person a description resolved to is named earlier in its sentence as the
    one spoken to or with ('Speaking to Ann Lee, the minister …', 'In an interview with the
    BBC's Ann Lee, the minister …')."""
    return any(ent.name == info["speaker_name"] and
               _HEARER_BEFORE.search(q.text, max(q.s0, ms - 40), ms) is not None
               for ms, _, _, ent in q.mentions.between(q.s0, start))


# (not 'asked X' or 'pressed X': who is asked answers, 'The host pressed Jo Ward on the vote,
# but the senator insisted …' is Jo Ward)
_HEARER_BEFORE = re.compile(r"(?<![\w'’-])(?:(?:[Ss]peaking|[Tt]alking|[Ww]riting)[ \t]+(?:to|with)|"
                            r"interview[ \t]+with|conversation[ \t]+with)[ \t]+"
                            r"(?:[\w.&'’-]+[ \t]+){0,3}\Z")


_FUNCTION_WORDS = frozenset({"of", "for", "at", "the", "a", "an", "and", "or", "with", "from",
                             "in", "on", "to", "by", "its", "his", "her", "their", "said",
                             "says", "told", "who", "which", "that", "as", "like"})
