"""Verb forms for events: lemmas of news verbs (from the word lists of ``lexicon.actions``, or
guessed from regular -ed / -ing endings), participles, and the actor before or after a verb.
Shared by the events of a date's sentence (``events``) and of the narrative (``narrative``)."""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsledger.lexicon.actions import (AUXILIARIES, BASE_VERBS, DOUBLED_KEPT,
                                        E_AFTER_TWO_VOWELS, E_AFTER_VOWEL_PAIR, E_BEFORE_OR,
                                        E_STEM_ENDINGS, IRREGULAR, IRREGULAR_MORE,
                                        NOT_REGULAR_FORMS, NOT_VERBS, NOUN_DETERMINERS,
                                        STEMS_WITHOUT_E, UNDOUBLED_L_ENDINGS)
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


_VOWELS = frozenset("aeiou")


def _syllables(stem: str) -> int:
    """Vowel groups in a stem ("shap" 1, "compar" 2): a rough syllable count."""
    return sum(1 for i, ch in enumerate(stem) if ch in _VOWELS and (i == 0 or stem[i - 1]
                                                                    not in _VOWELS))


def _vowel_pair_before_last(stem: str) -> bool:
    """Whether a two-vowel group precedes the stem's last consonant ("plead", "pour"; not the
    "u" after "q" or "g", a consonant's glide: "quot", "guid")."""
    return (len(stem) > 3 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS and
            stem[-3] in _VOWELS and not (stem[-3] == "u" and stem[-4] in "qg"))


def _guess_stem(stem: str, suffix: str) -> str:
    """The base of a regular form's stem (``lexicon.actions``: the rules in order): "stopp" ->
    "stop", "controll" -> "control", "plead" -> "plead", "shap" -> "shape", "acquir" ->
    "acquire", "bring" (of "bringing") -> "bring"."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in DOUBLED_KEPT:
        return stem[:-1]
    if (stem.endswith(UNDOUBLED_L_ENDINGS) or stem.endswith("ick") and not stem.endswith(
            "pick")) and _syllables(stem) > 1:
        return stem[:-1]  # "controlled", "panicked"
    if stem in STEMS_WITHOUT_E or stem.endswith(("ss", "ll", "ong")) or \
            (suffix == "ing" and stem.endswith("ing")):
        return stem
    if _vowel_pair_before_last(stem):
        return stem + "e" if stem.endswith(E_AFTER_TWO_VOWELS) or (
            stem[-1] in E_AFTER_VOWEL_PAIR and stem.endswith(E_STEM_ENDINGS)) else stem
    if stem.endswith("or"):
        return stem + "e" if stem[:-2].endswith(E_BEFORE_OR) or _syllables(stem) == 1 else stem
    if stem.endswith(E_STEM_ENDINGS) or (suffix == "ed" and stem.endswith("ing")):
        return stem + "e"
    if _syllables(stem) == 1 and stem[-1] not in "wxy" and stem[-1] not in _VOWELS and \
            stem[-2] in _VOWELS and (len(stem) == 2 or stem[-3] not in _VOWELS):
        return stem + "e"  # one syllable, consonant-vowel-consonant: "hoped", "shaped"
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
    if w.endswith("eed") and len(w) > 5:
        # "proceed", "exceed" are bases; "guaranteed", "agreed" lose their "d"
        return w if w.endswith("ceed") else w[:-1]
    if w.endswith("ed") and len(w) > 5:
        return _guess_stem(w[:-2], "ed")
    if w.endswith("eeing") and len(w) > 6:
        return w[:-3]  # "fleeing", "overseeing"
    if w.endswith("ing") and len(w) > 6:
        return _guess_stem(w[:-3], "ing")
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
