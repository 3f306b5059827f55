"""The people who speak a transcript's turns, named by their labels in capitals
(``text.turns``): 'GOV. GREG ABBOTT (R), TEXAS:' names Greg Abbott, 'ANDERSON COOPER, CNN
HOST:' Anderson Cooper, and a surname label after a full one ('COOPER:') the same person.
Capitals are otherwise shouting, never names (``names.shouted``), so without this the people
who speak most in a broadcast transcript would be no entities.

A label's titles are left out ('GOV.', 'SEN.'); role labels ('HOST', 'Q', 'UNIDENTIFIED
FEMALE') name nobody; a one-word label that no full label explains names the one person the
article names in full with that surname ('KLOBUCHAR:', 'Senator Amy Klobuchar'), else nobody.
These mentions are no antecedents of pronouns (a speaker's "he" is someone else) nor of
descriptions inside the speaker's own turn. The person's name is as
the article writes it elsewhere ('Our Ed Lavandera is on the scene'), else the label in title
case ('McConnell' from 'MCCONNELL').
"""
from __future__ import annotations

import re

from newsledger.lexicon.people import TITLES, TRANSCRIPT_ROLES
from newsledger.records import EntityMention
from newsledger.text import Document, Fact
from newsledger.text.turns import SPOKEN_LABELS

from .merging import Entity
from .names import shouted

_WORD = re.compile(r"[^\s]+")


def _label_people(doc: Document) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of the person each label of a transcript names, in text order; the
    name of a one-word label that no full label explains is empty."""
    text = doc.text
    out: list[tuple[int, int, str]] = []
    full: dict[str, str] = {}  # surname in capitals -> the name its full label gave
    for _, m in SPOKEN_LABELS(doc):
        words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text, *m.span("spk"))]
        while words and words[0][2].rstrip(".").lower() in TITLES:
            words.pop(0)  # 'GOV.', 'SEN.', 'DR.'
        low = " ".join(w for _, _, w in words).lower()
        if not words or low in TRANSCRIPT_ROLES or words[0][2].lower() == "unidentified":
            continue
        if len(words) == 1:  # a surname: of a full label, else looked up (add_label_people)
            out.append((words[0][0], words[0][1], full.get(words[0][2], "")))
            continue
        written = " ".join(w for _, _, w in words)
        name = full.get(words[-1][2]) or _as_written(text, written)
        full.setdefault(words[-1][2], name)
        out.append((words[0][0], words[-1][1], name))
    return tuple(out)


LABEL_PEOPLE = Fact("label_people", _label_people)
# Where those mentions start: whom they name speaks, and is no one's antecedent.
LABEL_STARTS: Fact[frozenset[int]] = Fact(
    "label_starts", lambda doc: frozenset(s for s, _, _ in LABEL_PEOPLE(doc)))


def _as_written(text: str, capitals: str) -> str:
    """A name written in capitals as the text writes it elsewhere, else in title case."""
    for m in re.finditer(re.escape(capitals), text, re.I):
        if not shouted(m.group()) and m.group()[:1].isupper():
            return m.group()
    return " ".join(_title(w) for w in capitals.split())


def _title(word: str) -> str:
    if len(word) > 3 and word.startswith("MC"):
        return "Mc" + word[2:].title()  # 'MCCONNELL' -> 'McConnell'
    return word.title()


def add_label_people(doc: Document, entities: dict[str, Entity]) -> None:
    """A mention of its person for every label that names one (the label as written)."""
    text = doc.text
    for s, e, name in LABEL_PEOPLE(doc):
        if not name:  # 'KLOBUCHAR:' -> the one person the article calls Amy Klobuchar
            low = text[s:e].lower()
            named = [ent for ent in entities.values() if ent.kind == "person"
                     and " " in ent.name and ent.name.lower().rsplit(" ", 1)[1] == low]
            if len(named) == 1:
                named[0].mentions.append(EntityMention(s, e, text[s:e], "alias"))
            continue
        entity = entities.get(name.lower())
        if entity is None or entity.kind != "person":
            entity = entities.setdefault(name.lower(), Entity(name, "person"))
        entity.mentions.append(EntityMention(s, e, text[s:e], "name"))
