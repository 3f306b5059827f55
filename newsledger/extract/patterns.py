"""Helpers that build fast regular expressions for word lists, shared by the claim and measure
extractors: Python's regex engine skips quickly to the characters a pattern can start with only
when the pattern opens with a literal character, and a case-blind pattern is much slower than
the same pattern on lower-cased text."""
from __future__ import annotations

import re
from collections.abc import Iterable

from newsledger.text import Fact

# Characters that match a letter case-blindly but lower-case to something else (long s, dotless
# i) or to more characters (dotted capital I): a text holding one is read case-blind.
CASE_FOLDS = ("\u017f", "\u0130", "\u0131")


LOWER_TEXT: Fact[str] = Fact("lower_text", lambda doc: doc.text.lower())
"""The document's text lower-cased, once: what fast scans for words read (its offsets are the
text's when it has the same length)."""


def word_start_alternation(words: Iterable[str]) -> str:
    r"""``\b(?:w1|w2|...)`` for words that start with a word character, written so that each
    alternative opens with its first character and then looks behind it ("s(?<!\ws)aid"):
    the same matches, and the engine jumps to the characters that can start one. Longest words
    first, as ``re`` alternations need."""
    return start_alternation(words, r"\w")


def start_alternation(words: Iterable[str], not_before: str) -> str:
    r"""``(?<!not_before)(?:w1|w2|...)`` (longest words first), written so that each alternative
    opens with its first character and looks behind it only then ("m(?<![\w]m)(?:ore than)"):
    the same matches, and the engine jumps to the characters that can start one.
    ``not_before``: a character class, of the characters no match may follow."""
    return "(?:" + "|".join(_start_alternatives(words, not_before)) + ")"


def _start_alternatives(words: Iterable[str], not_before: str) -> list[str]:
    """``start_alternation``'s alternatives, one per first character."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        by_first.setdefault(w[0], []).append(w)
    parts = []
    for first, group in sorted(by_first.items()):
        c = re.escape(first)
        rest = "|".join(re.escape(w[1:]) for w in group)
        parts.append(f"{c}(?<!{not_before}{c})(?:{rest})")
    return parts


def break_pattern(marks: str, words: Iterable[str]) -> str:
    r"""``[marks]|\b(?:w1|w2|...)\b`` for words of letters (a clause break: a comma, "but",
    "which"), written as alternatives that each open with a literal character: the same
    matches, and the engine jumps to the characters that can start one instead of trying
    both kinds at every offset."""
    return "|".join([re.escape(c) for c in marks] +
                    [part + r"\b" for part in _start_alternatives(words, r"\w")])


def lower_window(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    r"""text[lo:hi] lower-cased, and where a pattern opening with a word may start in it (1 when
    a word character runs into it from before lo, as ``\b`` would see), or None when lower
    case would move offsets or change what a case-blind pattern matches (``CASE_FOLDS``)."""
    window = text[lo:hi].lower()
    if len(window) != hi - lo or any(c in window for c in CASE_FOLDS):
        return None
    return window, 1 if lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] == "_") else 0


def trie_alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """A regular expression matching any of ``words``, written as a trie ('sa(?:id|ys)'): the
    engine rejects a position after its first letters instead of trying every word in turn. A
    space in a word matches ``space`` (by default any run of white space: 'according to').
    Where several words match, the longest wins, as in an alternation written longest first."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch).replace(r"\ ", space) + emit(node[ch])
                    for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else \
            "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(tree)
