"""The words around a number: the word before it, the words after it, whether it opens its
sentence, and whether its sentence is a Title Case headline (where a capital letter does not
mark a name). Shared by every step of the claim extractor."""
from __future__ import annotations

import re

from newsledger.extract.patterns import trie_alternation
from newsledger.text import Document, Fact


def alt(words, flags: str = "") -> str:
    """A regex alternation of ``words``, longest first (so "US$" wins over "$")."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


SP = r"[ \t\u00a0]"  # horizontal space: a quantity never spans lines
# The word before an offset, read backwards on the reversed text: what
# r"([\w.’'&-]*\w[.’'&]?)[ \t\u00a0]*$" finds searching forwards (``$`` may stand before a
# final line break), several times faster.
_PREV_WORD_REVERSED = re.compile(r"\n?[ \t\u00a0]*([.’'&]?\w[\w.’'&-]*)")
# The (up to) three words after a number, "of those" read through ("10,188 of those votes").
NEXT_WORDS = re.compile(
    rf"{SP}+(?P<of>of{SP}+(?:those|these|the|its|his|her|their|all|which){SP}+)?"
    rf"(?P<w1>[A-Za-z][A-Za-z'’]*)(?:{SP}+(?P<w2>[a-z][a-z'’]*))?"
    rf"(?:{SP}+(?P<w3>[a-z][a-z'’]*))?")
WORD = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"\d+")
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_LEAD_JUNK = " \t\"'“‘(•*-–—[>"


_SPAN = re.Match.span
DIGIT_RUNS: Fact[tuple[tuple[int, int], ...]] = Fact(
    "digit_runs", lambda doc: tuple(map(_SPAN, _DIGITS.finditer(doc.text))))
"""(start, end) of every run of digits in the document: where numbers, codes, phone numbers
and clock times can be, found once."""


_TRIES: dict[frozenset[str], tuple[re.Pattern, re.Pattern] | None] = {}


def _trie(words) -> tuple[re.Pattern, re.Pattern] | None:
    """The words (of letters a-z only) as one trie pattern that opens with their first letters,
    and the same after a character that is not a letter a-z (the word its group 1), compiled
    once per word list; None for a list with other characters."""
    key = words if isinstance(words, frozenset) else frozenset(words)
    if key not in _TRIES:
        trie = trie_alternation(sorted(key), space=" ")
        _TRIES[key] = (re.compile(trie), re.compile(f"[^a-z]({trie})")) \
            if all(_LETTERS.fullmatch(w) for w in key) else None
    return _TRIES[key]


_LETTERS = re.compile(r"[a-z]+")


def word_spans(low: str, words, after_letter: bool = False) -> list[tuple[int, int]]:
    """What ``re.finditer`` of an alternation of ``words`` (longest first) finds in ``low``, a
    lower-cased text, as (start, end) spans; with ``after_letter`` False, not where a letter a-z
    comes right before (``(?<![a-z])``). Words of letters a-z are found by one trie pattern
    that opens with their first letters, and a match right after a letter is dropped (a word
    inside it would be after a letter too); others with ``str.find``: both many times faster
    than a pattern that looks behind first."""
    if after_letter:
        return _found_spans(low, words)
    tries = _trie(words)
    if tries is not None:
        trie, after_other = tries
        # a word after a letter is never one, and no word found after a letter could hide
        # one that is not (the words are letters, so one starting inside it is after a
        # letter too): only the places after another character are tried, and the start
        first = trie.match(low)
        spans = [first.span()] if first is not None else []
        return spans + [m.span(1) for m in after_other.finditer(low, first.end() if spans else 0)]
    longest: dict[int, int] = {}
    for word in words:
        n = len(word)
        i = low.find(word)
        while i >= 0:
            if i == 0 or not "a" <= low[i - 1] <= "z":  # (after_letter: above)
                if longest.get(i, 0) < i + n:
                    longest[i] = i + n
            i = low.find(word, i + 1)
    return _leftmost(longest)


_ROOTS: dict[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]] = {}


def _roots(words) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words no other word of the list starts ("eighth", not "eighths"), each with the
    words that start with it, longest first: a word's places are among its root's."""
    key = words if isinstance(words, frozenset) else frozenset(words)
    if key not in _ROOTS:
        roots = sorted(w for w in key if not any(o != w and w.startswith(o) for o in key))
        _ROOTS[key] = tuple((r, tuple(sorted((w for w in key if w != r and w.startswith(r)),
                                             key=len, reverse=True))) for r in roots)
    return _ROOTS[key]


def _found_spans(low: str, words) -> list[tuple[int, int]]:
    """``word_spans(low, words, after_letter=True)``: every place of a root word found with
    ``str.find`` (which runs at memory speed, faster than a trie pattern tried at every letter
    that can start a word), the longest word there, then the leftmost without overlap."""
    longest: dict[int, int] = {}
    for root, longer in _roots(words):
        n = len(root)
        i = low.find(root)
        while i >= 0:
            longest[i] = i + next((len(w) for w in longer if low.startswith(w, i)), n) \
                if longer else i + n
            i = low.find(root, i + 1)
    return _leftmost(longest)


def _leftmost(longest: dict[int, int]) -> list[tuple[int, int]]:
    """The spans (start, longest[start]) a pattern scan would find: leftmost first, then the
    next that starts at or after its end."""
    out = []
    end = 0
    for start in sorted(longest):
        if start >= end:
            end = longest[start]
            out.append((start, end))
    return out


def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """``DIGIT_RUNS`` of a bare text."""
    return tuple(m.span() for m in _DIGITS.finditer(text))


def prev_word(text: str, pos: int, floor: int) -> tuple[str, int]:
    """The word right before ``pos`` (spaces allowed between), and where it starts."""
    m = _PREV_WORD_REVERSED.match(text[max(floor, pos - 30):pos][::-1])
    if m is None:
        return "", pos
    start = pos - m.end(1)
    return text[start:pos - m.start(1)], start


def next_word(text: str, pos: int) -> str:
    """The word after ``pos`` ("of" for "of those ..."), or ""."""
    m = NEXT_WORDS.match(text, pos)
    return m.group("w1") if m and not m.group("of") else ("of" if m else "")


def at_sentence_start(text: str, s: int, pos: int) -> bool:
    """Whether only opening marks and bullets lie between the sentence start ``s`` and ``pos``."""
    return not text[s:pos].strip(_LEAD_JUNK)


def title_case(doc: Document, s: int, pos: int) -> bool:
    """Whether the sentence around ``pos`` is a Title Case headline ("Dow Falls 340 Points"),
    where a capital letter does not mark a name (read from ``s`` to the paragraph's end)."""
    para = doc.paragraph_at(pos)
    e = para.end if para is not None else len(doc.text)
    words = _LONG_WORD.findall(doc.text, s, min(e, s + 300))
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
