"""Finding date expressions: one pass of the rule table's patterns over a text.

Matches are leftmost and never overlap, as ``_COMBINED.finditer`` (every row's pattern in one
alternation, in table order) would find them; that pattern is the reference the tests compare
with. Extraction is faster: one search finds the next word that some row can begin with
(``DateRule.firsts``: a word of the table, a digit or an apostrophe), and only those rows are
tried there (``_DISPATCH``). Found once per document (``DATE_MATCHES(doc)``, a fact of the
document) and resolved as often as needed: publication-date inference and extraction read the
same matches.
"""
from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from newsledger.extract.patterns import (LOWER_TEXT, follow_chars, follow_digits,
                                         follow_prefixes, has_case_fold, trie_alternation)
from newsledger.lexicon.time import MONTHS
from newsledger.records import fast_init
from newsledger.text import Fact

from .patterns import RULES, DateRule


def _named(i: int) -> str:
    """Row ``i``'s pattern as alternative ``r{i}``, its groups renamed ``r{i}_name``."""
    return f"(?P<r{i}>{RULES[i].pattern.replace('(?P<', f'(?P<r{i}_')})"


_COMBINED = re.compile("|".join(_named(i) for i in range(len(RULES))))


@cache
def _rows_of(rows: tuple[int, ...]) -> re.Pattern:
    """One pattern of the rows ``rows``, in table order and with ``_COMBINED``'s group names (so
    matches read the same); compiled once."""
    return re.compile("|".join(_named(i) for i in rows))


_ROWS = {word: tuple(i for i, row in enumerate(RULES) if word in row.firsts)
         for word in sorted(set().union(*(row.firsts for row in RULES)))}
"""For each first word, the rows that can begin with it."""


def _dispatch() -> dict[str, re.Pattern]:
    """For each first word, one pattern of the rows that can begin with it (``_rows_of``)."""
    compiled = {rows: _rows_of(rows) for rows in set(_ROWS.values())}
    return {word: compiled[rows] for word, rows in _ROWS.items()}


_DISPATCH = _dispatch()


@cache
def _row_prefixes(i: int, word: str) -> frozenset[str] | None:
    """What row ``i`` may spell right after ``word`` and white space (``follow_prefixes``);
    None (anything) when it may spell a letter that is not ASCII, which ``_LETTERS_AFTER`` does
    not read."""
    follows = follow_prefixes(RULES[i].pattern, word)
    if follows is None or not all(p.isascii() for p in follows):
        return None
    return follows


@lru_cache(maxsize=1 << 16)
def _rows_after(word: str, letters: str) -> re.Pattern | None:
    """The pattern of the rows that can begin with ``word`` and go on, after white space, with
    ``letters`` (the ASCII letters there, six at most, lower case; empty before anything else):
    a row whose words after ``word`` all begin otherwise is left out ("the company" tries none
    of the rows of "the first quarter", "the year-ago period" ...); None when no row is left.
    The rows left keep their table order, so the first that matches is the one
    ``_DISPATCH[word]`` finds."""
    rows = tuple(i for i in _ROWS[word] if not letters
                 or (follows := _row_prefixes(i, word)) is None
                 or any(letters.startswith(p) for p in follows))
    return _rows_of(rows) if rows else None


# The ASCII letters after a first word and white space, six at most: which rows may go on there
# (``_rows_after``), read on the lower-cased text (group 1 of a candidate, in a look-ahead that
# always holds).
_LETTERS_AFTER = r"(?=\s*+([a-z]{0,6}))"


# The guard of a digit (read after it): every row that opens with a digit opens with a run of
# four ("2020", "1990s", "2021-03-04", "1430 GMT") or of one or two digits (a day, a month, an
# hour, a count) that no comma or percent sign follows, and then goes on, after spaces maybe,
# with a mark ("3/4/2021", "10:30", "5-7 March", "7.30pm"), an ordinal ending ("1st", "4th
# quarter"), "to" or "and" and a digit ("5 to 7 March"), "o'clock", "am" or "pm", a "Q"
# ("2Q 2020"), a month, "of" and a month ("4 of November") or a unit of "ago" ("5 years
# ago"). So "42,646", "281", "53%", "2.5%" and "44 points" run no pattern (a number-heavy
# text has many of these). A row that opens otherwise must change this guard (its examples,
# which run through ``_matches``, fail until then).
_MONTH_STARTS = "|".join(sorted({m[:3] for m in MONTHS}))
_DIGITS_GO_ON = re.compile(
    r"\d?(?![\d,%])\s*(?:[-–/:]|\.[0-5]\d|(?i:st|nd|rd|th|(?:to|and)\s*\d|o['’]|[ap]\.?m|q|"
    rf"day|week|fortnight|month|year|decade|(?:of\s+)?(?:{_MONTH_STARTS})))|\d{{3}}(?!\d)")


# The characters after a first word (and white space) that its guard rejects when no row of
# the word reads them there: digits and ASCII punctuation ("by 1.7%", "of £4.7bn", "about 17%"
# run no pattern when every row of "by", "of", "about" goes on with a word).
_MARKS = string.digits + string.punctuation


def _goes_on(word: str, first: str | None = None) -> str:
    """The guard of a first word, as a pattern read right after it: where the rows that can
    begin with it may match at all: white space, then a character that is no ASCII letter and
    that some row may read there (``follow_chars``: no digit after "of"), a digit and what
    some row may read after it (``follow_digits``: "since 2011" and "roughly 42,646" read
    none), or the start of a word their patterns spell out after it (``follow_prefixes``: "the" -> "first", "year",
    "next" ...). Empty when some row may go on with any letter, or end with the word
    ("today"). ``first``: the rows' first word, when not ``word`` itself ("0" for an
    apostrophe: "'90s", not "company's")."""
    prefixes: set[str] = set()
    marks: set[str] = set()
    digits: list[str] | None = []  # what the rows read from a digit on (None: unsure)
    for row in RULES:
        if (first or word) in row.firsts:
            follows = follow_prefixes(row.pattern, word)
            if follows is None:
                return ""
            prefixes |= follows
            follows_with = follow_chars(row.pattern, word, _MARKS)
            marks.update(follows_with)
            read = follow_digits(row.pattern, word) if any(map(str.isdigit, follows_with)) \
                else ""
            digits = None if digits is None or read is None else digits + [read] * bool(read)
    unread = "".join(c for c in _MARKS if c not in marks or (digits is not None and c.isdigit()))
    body = "|".join([f"[^A-Za-z{re.escape(unread)}]", *dict.fromkeys(digits or ())] + (
        ["(?i:" + trie_alternation(sorted(prefixes)) + ")"] if prefixes else []))
    return rf"(?=\s*+(?:{body}))"


def _guarded_trie(guards: Mapping[str, str]) -> str:
    """A trie of the words ('t(?:he...|o...)'), each ending where no ASCII letter follows and
    then its guard: the engine rejects "the water plan" without a call back to Python."""
    tree: dict = {}
    for word in guards:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, word: str) -> str:
        branches = [re.escape(ch) + emit(node[ch], word + ch) for ch in sorted(node) if ch]
        if "" in node:
            branches.append("(?![A-Za-z])" + guards[word])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree, "")


@cache
def _candidate() -> re.Pattern:
    """Where a match may begin: a word of the table (a maximal run of ASCII letters after a word
    boundary, any case) that its guard (``_goes_on``) lets go on, a digit after a word boundary
    that its guard lets go on (``_DIGITS_GO_ON``: most numbers of a number-heavy text never
    reach Python), or an apostrophe that its guard lets go on ("'90s"; not "company's"). A
    first word with other characters, such as "mid-", can never be such a run. Searched for in
    the text with its ASCII capitals lower-cased (``_lowered``), so the words' trie is read
    case-sensitively, which is faster than case-blind; the guards read the same there as in
    the text (they are case-blind but for ``[^A-Za-z]``). Built on first use: reading the
    guards off the rows' patterns takes a while."""
    guards = {w: _goes_on(w) for w in sorted(_DISPATCH) if w.isascii() and w.isalpha()}
    return re.compile(r"(?=[a-z0-9'’])(?:\b(?:" + _guarded_trie(guards) + r")|\b\d(?="
                      + _DIGITS_GO_ON.pattern + r")|'" + _goes_on("'", "0") + "|’"
                      + _goes_on("’", "0") + ")" + _LETTERS_AFTER)


def prepare() -> None:
    """Build now what the first match would build (``_candidate()``: the first words' guards,
    read off the rows' patterns, about 0.3 s of CPU): called where worker processes are forked
    from (``newsledger.worker``), so that each worker does not build it again."""
    _candidate()


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lowered(text: str, low: str | None) -> str:
    """``text`` with its ASCII capitals lower-cased and nothing else that ``_candidate()`` reads
    changed: its ``lower()`` (``low``, when the caller has it) unless that changes the length
    or makes an ASCII letter of the Kelvin sign, the one other character lower-casing turns
    into an ASCII letter (or changes in being a word character or a digit)."""
    if low is None:
        low = text.lower()
    if len(low) == len(text) and "\u212a" not in text:
        return low
    return text.translate(_ASCII_LOWER)


# For each row: its named groups, as (name in _COMBINED, name in the row's pattern).
_GROUP_NAMES = [[(k, k[len(f"r{i}_"):]) for k in _COMBINED.groupindex if k.startswith(f"r{i}_")]
                for i in range(len(RULES))]


def _matches(text: str, low: str | None = None) -> Iterator[re.Match]:
    """``_COMBINED.finditer(text)``: leftmost, non-overlapping matches, tried only where a row
    can begin, with the rows that can begin there (after a guarded word: only where its guard
    lets them). ``low``: ``text.lower()``, when the caller has it."""
    pos, search, lowered = 0, _candidate().search, _lowered(text, low)
    # (the letters after a word pick its rows only where case-blind matching reads them as
    # the lower-cased text does: no character that matches a letter only case-blindly)
    by_letters = not has_case_fold(text) and "\u212a" not in lowered
    while (c := search(lowered, pos)) is not None:
        word, letters = c.group(0, 1)  # a word (lower case), a digit or an apostrophe
        if not word[0].isalpha():
            rows = _DISPATCH["0"]
        elif by_letters:
            rows = _rows_after(word, letters)
        else:
            rows = _DISPATCH[word]
        m = rows.match(text, c.start()) if rows is not None else None
        if m is not None:
            pos = m.end()
            yield m
        else:
            pos = c.end()


@fast_init
@dataclass(frozen=True, slots=True)
class DateMatch:
    """One match of a row: its span and the named groups that matched (by their names in the
    row's pattern)."""

    rule: DateRule
    start: int
    end: int
    text: str
    groups: Mapping[str, str] = field(repr=False)


def find_dates(text: str, low: str | None = None) -> tuple[DateMatch, ...]:
    """Every match of the rule table in ``text``, in order (``low``: ``text.lower()``, when the
    caller has it)."""
    out = []
    for m in _matches(text, low):
        i = int(m.lastgroup[1:])  # the row that matched (its group closes last)
        names = _GROUP_NAMES[i]
        values = m.group(*(full for full, _ in names)) if len(names) > 1 else \
            (m.group(names[0][0]),) if names else ()
        groups = {short: v for (_, short), v in zip(names, values) if v is not None}
        out.append(DateMatch(RULES[i], m.start(), m.end(), m.group(), groups))
    return tuple(out)


DATE_MATCHES: Fact[tuple[DateMatch, ...]] = Fact(
    "date_matches", lambda doc: find_dates(doc.text, LOWER_TEXT(doc)))
"""The date matches of a document, found on first use (``find_dates``)."""

