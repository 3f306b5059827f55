"""Verb forms for events: lemmas of news verbs (from the word lists of ``lexicon.actions``, or
guessed from regular -ed / -ing endings), participles, and the actor before or after a verb.
Shared by the events of a date's sentence (``events``) and of the narrative (``narrative``)."""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsledger.lexicon.actions import (AUXILIARIES, BASE_VERBS, E_STEM_ENDINGS, IRREGULAR,
                                        IRREGULAR_MORE, NOT_REGULAR_FORMS, NOT_VERBS,
                                        NOUN_DETERMINERS)
from newsledger.extract.patterns import break_pattern
from newsledger.records import LocalEntity

DETERMINER_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(NOUN_DETERMINERS) + r")\s+$")
_DETERMINERS = frozenset(NOUN_DETERMINERS)


def determiner_before(text: str, lo: int, pos: int) -> bool:
    """Whether text[lo:pos] ends with a determiner and white space ("the record"): what
    ``DETERMINER_BEFORE.search(text, lo, pos)`` finds, read from the end (its last word, when
    ASCII; the pattern otherwise, whose case-blind letters match more than lower case)."""
    window = text[lo:pos]
    head = window.rstrip()
    if len(head) == len(window):
        return False  # no white space before pos
    j = len(head)
    while j and (head[j - 1].isalnum() or head[j - 1] == "_"):
        j -= 1
    word = head[j:]
    if not word.isascii():
        return DETERMINER_BEFORE.search(text, lo, pos) is not None
    if j == 0 and lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] == "_"):
        return False  # the word runs on before lo: no word boundary where it starts
    return word.lower() in _DETERMINERS
CLAUSE_BREAK = re.compile(break_pattern(",;:()—–", (
    "that", "which", "who", "when", "where", "while", "but", "because", "after", "before",
    "since", "until", "as", "if", "although", "though")))


def _guess_stem(stem: str) -> str:
    """The base of a regular form's stem: "stopp" -> "stop", "acquir" -> "acquire"."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if stem.endswith(E_STEM_ENDINGS) and not stem.endswith(("ss", "ll")):
        return stem + "e"
    return stem


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str | None:
    """The lemma of a verb form, or None when the word is not a known verb."""
    w = word.lower()
    if w in AUXILIARIES or w in NOT_VERBS:
        return None
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w in IRREGULAR_MORE:
        return IRREGULAR_MORE[w]
    if w in BASE_VERBS:
        return w
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("es", ""),
                         ("s", ""), ("ing", "e"), ("ing", "")):
        if w.endswith(suffix):
            base = w[: -len(suffix)] + repl
            if base in BASE_VERBS:
                return base
            if suffix in ("ed", "ing") and len(base) > 2 and base[-1] == base[-2] and \
                    base[:-1] in BASE_VERBS:
                return base[:-1]
    return None


@functools.lru_cache(maxsize=65536)
def regular_lemma(word: str) -> str | None:
    """The guessed lemma of a regular -ed or -ing form outside the word list ("acquired")."""
    w = word.lower()
    if w.startswith(("re-", "co-", "pre-")) and "-" not in w[3:]:
        return lemma(w.split("-", 1)[1]) or regular_lemma(w.split("-", 1)[1])  # "re-open"
    if w in NOT_REGULAR_FORMS or w in NOT_VERBS or "-" in w or "'" in w or "’" in w:
        return None
    if w.endswith("ied") and len(w) > 5:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 5:
        return _guess_stem(w[:-2])
    if w.endswith("ing") and len(w) > 6:
        return _guess_stem(w[:-3])
    return None


def actor_before(start: int, verb_pos: int, entities: Sequence[LocalEntity]) -> str | None:
    """The person, organization or account mentioned last in text[start:verb_pos]."""
    best, best_pos = None, -1
    for ent in entities:
        if ent.kind not in ("person", "organization", "account"):
            continue
        for m in ent.mentions:
            if start <= m.start < verb_pos and m.start > best_pos:
                best, best_pos = ent.name, m.start
    return best


def actor_after(pos: int, end: int, entities: Sequence[LocalEntity]) -> str | None:
    """The person, organization or account mentioned first in text[pos:end]."""
    best, best_pos = None, end
    for ent in entities:
        if ent.kind not in ("person", "organization", "account"):
            continue
        for m in ent.mentions:
            if pos <= m.start < best_pos:
                best, best_pos = ent.name, m.start
    return best


def participle(word: str) -> bool:
    """A lower-case past participle ("closed", "taken")."""
    w = word.lower()
    return word.islower() and (w.endswith("ed") and w not in NOT_REGULAR_FORMS or
                               (w in IRREGULAR and w != IRREGULAR[w]) or
                               w in IRREGULAR_MORE)
