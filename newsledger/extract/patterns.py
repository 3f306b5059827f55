"""Helpers that build fast regular expressions for word lists, shared by the claim and measure
extractors: Python's regex engine skips quickly to the characters a pattern can start with only
when the pattern opens with a literal character, and a case-blind pattern is much slower than
the same pattern on lower-cased text."""
from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable

try:  # the regex engine's own parser (Python 3.11 to 3.13); without it, no guards (same matches)
    import re._constants as sre
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - another Python
    sre = sre_parse = None

from newsledger.text import Fact

# Characters that match a letter case-blindly but lower-case to something else (long s, dotless
# i) or to more characters (dotted capital I): a text holding one is read case-blind.
CASE_FOLDS = ("\u017f", "\u0130", "\u0131")
_LONG_S, _DOTTED_I, _DOTLESS_I = CASE_FOLDS


def has_case_fold(text: str) -> bool:
    """Whether ``text`` holds one of ``CASE_FOLDS``: three substring searches, which run in C
    at memory speed (a character-class regex steps through the text one character at a time:
    some 100 times slower on an article, 30 times on a window of 60 characters)."""
    return _LONG_S in text or _DOTTED_I in text or _DOTLESS_I in text


LOWER_TEXT: Fact[str] = Fact("lower_text", lambda doc: doc.text.lower())
"""The document's text lower-cased, once: what fast scans for words read (its offsets are the
text's when it has the same length)."""


def literal_alternation(words: Iterable[str]) -> str:
    """``w1|w2|...``: the words escaped, longest first (as ``re`` alternations need)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


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
    if len(window) != hi - lo or has_case_fold(window):
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


# --- What a pattern reads after a word ------------------------------------------------------
# A small walk over the parsed pattern (``re._parser``: Python 3.11 to 3.13), for guards: which
# literal letters can come next once a match has read a given word and white space. It
# over-approximates (look-arounds and repeat counts are ignored), so a guard built from it never
# hides a match; whatever it cannot read gives None, and no guard.

_CATEGORIES = {sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
               sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
               sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"} if sre else {}
_SPACE_CHARS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000"


class _Unread(Exception):
    """A pattern construct the walk does not read (a back reference, say)."""


def _may_match(atom: tuple, chars: str) -> bool:
    """Whether a one-character item of a parsed pattern may match one of ``chars``, in any
    case (True when unsure)."""
    op, av = atom
    if op is sre.LITERAL:
        return any(chr(av).lower() == c.lower() for c in chars)
    if op is not sre.IN or any(o is sre.NEGATE for o, _ in av):
        return True  # any character, a negated literal or class
    for c in chars:
        for o, a in av:
            if o is sre.LITERAL and chr(a).lower() == c.lower() or \
                    o is sre.RANGE and any(a[0] <= ord(x) <= a[1] for x in (c.lower(), c.upper())) or \
                    o is sre.CATEGORY and re.match(_CATEGORIES.get(a, r"[\s\S]"), c) or \
                    o not in (sre.LITERAL, sre.RANGE, sre.CATEGORY):
                return True
    return False


def _next_items(stack: tuple, frames: dict, seen: set) -> Iterable[tuple]:
    """(item, stack after it) for each one-character item a match at ``stack`` may read next,
    and (None, ()) where it may end. A stack is a tuple of frames (items id, index, loop id)."""
    if stack in seen:
        return
    seen.add(stack)
    if not stack:
        yield None, ()
        return
    key, i, loop = stack[-1]
    items, rest = frames[key], stack[:-1]
    if i == len(items):  # a sequence ends: a repeated body may start again
        if loop is not None:
            yield from _next_items(rest + ((loop, 0, loop),), frames, seen)
        yield from _next_items(rest, frames, seen)
        return
    op, av = items[i]
    after = rest + ((key, i + 1, loop),)

    def enter(sub: list, repeated: bool = False) -> Iterable[tuple]:
        frames[id(sub)] = sub
        yield from _next_items(after + ((id(sub), 0, id(sub) if repeated else None),),
                               frames, seen)

    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        yield items[i], after
    elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        yield from _next_items(after, frames, seen)  # zero-width: read as always true
    elif op is sre.SUBPATTERN:
        yield from enter(av[3].data)
    elif op is sre.ATOMIC_GROUP:
        yield from enter(av.data)
    elif op is sre.BRANCH:
        for alternative in av[1]:
            yield from enter(alternative.data)
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        if av[0] == 0:
            yield from _next_items(after, frames, seen)
        yield from enter(av[2].data, repeated=av[1] > 1)  # ("?": once at most)
    else:
        raise _Unread(op)


@functools.lru_cache(maxsize=256)
def _parsed(pattern: str):
    return sre_parse.parse(pattern)


def follow_prefixes(pattern: str, word: str, depth: int = 6) -> frozenset[str] | None:
    """The lower-case letters (at most ``depth``) a match of ``pattern`` that begins with
    ``word`` may go on with right after the word and any white space: a word its pattern spells
    ("the" -> "first", "quarte", "year", ...). None when it may go on with a letter that no
    literal spells, or end after the word; a non-letter next is never constrained."""
    if sre_parse is None:
        return None
    try:
        states, frames = _after_word(pattern, word)
        out: set[str] = set()

        def spell(stack: tuple, prefix: str) -> None:
            for item, s in _next_items(stack, frames, set()):
                letter = item is not None and item[0] is sre.LITERAL and chr(item[1]).isalpha()
                if letter and len(prefix) + 1 < depth:
                    spell(s, prefix + chr(item[1]).lower())
                elif letter:
                    out.add(prefix + chr(item[1]).lower())
                elif prefix:
                    out.add(prefix)  # the word goes on with anything: its prefix so far
                elif item is None or _may_match(item, "abcdefghijklmnopqrstuvwxyz"):
                    raise _Unread("no literal next")

        for stack in states:
            spell(stack, "")
        return frozenset(out)
    except (_Unread, AttributeError, TypeError, ValueError, re.error):
        return None


def follow_chars(pattern: str, word: str, chars: str) -> str:
    """The characters of ``chars`` that a match of ``pattern`` beginning with ``word`` may read
    right after the word and any white space (all of them when unsure, or where the match may
    end there): "by" -> no digit when every row of "by" goes on with a word ("by the end of")."""
    if sre_parse is None:
        return chars
    try:
        states, frames = _after_word(pattern, word)
        nexts = [item for item, _ in _steps(states, frames)]
        if any(item is None for item in nexts):
            return chars
        read = set().union(*(_chars_of(item, chars) for item in nexts))
        return "".join(c for c in chars if c in read)
    except (_Unread, AttributeError, TypeError, ValueError, re.error):
        return chars


def follow_digits(pattern: str, word: str, depth: int = 3) -> str | None:
    """A pattern for what a match of ``pattern`` beginning with ``word`` may read after the word
    and any white space when it goes on with a digit: that digit, then what may follow it, up to
    ``depth`` characters in all (each digit and ASCII mark on its own; a letter, white space or
    other character, or a place where the match may end, accepts whatever follows). Empty when
    it reads no digit there; None when unsure. "since" -> "1", "2[0-3]:"... as its rows read
    "since 1066" and "since 20:30", so "since 2011" and "roughly 42,646" run no pattern."""
    if sre_parse is None:
        return None
    try:
        states, frames = _after_word(pattern, word)
        steps = _steps(states, frames)
        return _reads(_advanced(steps, string.digits), frames, depth, string.digits, {})
    except (_Unread, AttributeError, TypeError, ValueError, re.error):
        return None


def _steps(states: Iterable[tuple], frames: dict[int, list]) -> list[tuple]:
    """(item, state after it) for every item the states may read next ((None, ()): may end)."""
    return [step for st in states for step in _next_items(st, frames, set())]


def _advanced(steps: list[tuple], chars: str) -> dict[str, frozenset]:
    """For each character of ``chars`` some step may read, the states after reading it."""
    out: dict[str, set] = {}
    for item, s in steps:
        if item is not None:
            for c in _chars_of(item, chars):
                out.setdefault(c, set()).add(s)
    return {c: frozenset(out[c]) for c in chars if c in out}


@functools.lru_cache(maxsize=4096)
def _item_chars(op: object, av: object, chars: str) -> str:
    return "".join(c for c in chars if _may_match((op, av), c))


def _chars_of(item: tuple, chars: str) -> str:
    """The characters of ``chars`` that ``item`` may match (kept per item: many states share
    one)."""
    op, av = item
    if isinstance(av, list):  # (a class: its parts, hashable once made a tuple)
        av = tuple(av)
    return _item_chars(op, av, chars)


_MARK_CHARS = string.digits + string.punctuation


def _reads(by_char: dict[str, frozenset], frames: dict[int, list], depth: int,
           chars: str, known: dict) -> str:
    """An alternation of the characters of ``by_char``, each followed by what its states may
    read next (``depth`` characters in all), characters with the same sequel in one class.
    ``known``: the sequels found so far, by states and depth (many characters share them)."""
    sequels: dict[str, list[str]] = {}
    for c in chars:
        if c in by_char:
            key = (by_char[c], depth - 1)
            if key not in known:
                known[key] = _sequel(by_char[c], frames, depth - 1, known)
            sequels.setdefault(known[key], []).append(c)
    return "|".join("[" + re.escape("".join(cs)) + "]" + (f"(?:{after})" if after else "")
                    for after, cs in sequels.items())


def _sequel(states: frozenset, frames: dict[int, list], depth: int, known: dict) -> str:
    """What may follow ``states``: '' for anything (no depth left, or the match may end)."""
    if depth <= 0:
        return ""
    steps = _steps(states, frames)
    if any(item is None for item, _ in steps):
        return ""
    free = [r"[^\x00-\x7f]"]  # (characters that are not ASCII: not read, accepted)
    if any(_chars_of(item, string.ascii_letters) for item, _ in steps):
        free.append("[A-Za-z]")
    if any(_chars_of(item, _SPACE_CHARS) for item, _ in steps):
        free.append(r"\s")
    marks = _reads(_advanced(steps, _MARK_CHARS), frames, depth, _MARK_CHARS, known)
    return "|".join(free + ([marks] if marks else []))


@functools.lru_cache(maxsize=1024)
def _after_word(pattern: str, word: str) -> tuple[frozenset[tuple], dict[int, list]]:
    """The states (stacks) of ``pattern`` once a match has read ``word`` (in any case) and then
    any white space, and the frames (lists of items) they refer to, which later steps of the
    walk add to (each frame is kept by its id, so the parsed pattern lives as long as they)."""
    tree = _parsed(pattern)
    frames: dict[int, list] = {id(tree.data): tree.data}
    states = {((id(tree.data), 0, None),)}
    for ch in word:
        states = {s for st in states for item, s in _next_items(st, frames, set())
                  if item is not None and _may_match(item, ch)}
    todo = list(states)
    while todo:  # then white space, as much as there may be
        for item, s in _next_items(todo.pop(), frames, set()):
            if item is not None and _may_match(item, _SPACE_CHARS) and s not in states:
                states.add(s)
                todo.append(s)
    return frozenset(states), frames
