"""Dated happenings: for each resolved date, the clause around it, its main verb and actor.

Method: for every date expression, take its sentence; the action is the verb nearest the
date in that sentence (a word from the news-verb list, or an -ed/-s form of one, preferring
verbs before the date), lemmatized with ``lexicon.actions``; auxiliaries never count. The actor
is the person or organization (or a pronoun resolved to one) mentioned last before that verb in
the sentence. Sentences without a verb give no event; dates inside a noun phrase ("the 2020
election") still date the sentence's happening.

Limits: no parser: in long sentences with several clauses the nearest verb may belong to
another clause; years alone date events only at year precision.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsledger.lexicon.actions import AUXILIARIES, BASE_VERBS, IRREGULAR, NOT_VERBS
from newsledger.records import DateMention, Event, LocalEntity
from newsledger.text import Document

from .signatures import find_signatures

_WORD = re.compile(r"[A-Za-z][a-z'’-]*")
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|his|her|their|its|this|that|my|our|your)\s+$")


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str | None:
    """The lemma of a verb form, or None when the word is not a known verb."""
    w = word.lower()
    if w in AUXILIARIES or w in NOT_VERBS:
        return None
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w in BASE_VERBS:
        return w
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("es", ""),
                         ("s", ""), ("ing", "e"), ("ing", "")):
        if w.endswith(suffix):
            base = w[: -len(suffix)] + repl
            if base in BASE_VERBS:
                return base
            if suffix == "ed" and len(base) > 2 and base[-1] == base[-2] and base[:-1] in BASE_VERBS:
                return base[:-1]
    return None


def _actor(start: int, verb_pos: int, entities: Sequence[LocalEntity]) -> str | None:
    best, best_pos = None, -1
    for ent in entities:
        if ent.kind not in ("person", "organization", "account"):
            continue
        for m in ent.mentions:
            if start <= m.start < verb_pos and m.start > best_pos:
                best, best_pos = ent.name, m.start
    return best


def _verbs(text: str, s: int, e: int) -> list[tuple[int, str]]:
    """(position, lemma) of the verbs of text[s:e]; a word after a determiner is a noun."""
    out = []
    for m in _WORD.finditer(text, s, e):
        v = lemma(m.group(0))
        if v and not _DETERMINER.search(text, max(s, m.start() - 8), m.start()):
            out.append((m.start(), v))
    return out


def extract_events(doc: Document, dates: Sequence[DateMention],
                   entities: Sequence[LocalEntity]) -> list[Event]:
    """One event per date expression whose sentence has a verb (see the module docstring)."""
    text = doc.text
    events = []
    sentence_verbs: dict[tuple[int, int], list[tuple[int, str]]] = {}
    signatures = [(m.start(), m.end(), m.group("handle")) for m in find_signatures(text)]
    for d in dates:
        post = next(((a, b, h) for a, b, h in signatures if a <= d.start < b), None)
        if post is not None:  # an embedded post's date: the account posted it that day
            a, b, handle = post
            owner = next((x.name for x in entities
                          if handle.lower() in (h.lower() for h in x.handles)), None)
            events.append(Event(a, b, text[a:b], d, "post", owner))
            continue
        sentence = doc.sentence_at(d.start)
        if sentence is None:
            continue
        s, e = sentence.start, sentence.end
        if not (s <= d.start and d.end <= e):
            continue
        if (s, e) not in sentence_verbs:
            sentence_verbs[(s, e)] = _verbs(text, s, e)
        verbs = [(p, v) for p, v in sentence_verbs[(s, e)] if not (d.start <= p < d.end)]
        if not verbs:
            continue
        before = [(d.start - p, p, v) for p, v in verbs if p < d.start]
        # A verb after the date belongs to the date's clause only if no comma separates them.
        after = [(p - d.end, p, v) for p, v in verbs if p >= d.end
                 and not (before and "," in text[d.end:p])]
        _, pos, action = min(before) if before and (not after or min(before)[0] <= 3 *
                                                    min(after)[0]) else min(after)
        events.append(Event(s, e, text[s:e], d, action, _actor(s, pos, entities)))
    return sorted(events, key=lambda ev: (ev.start, ev.date.start))
