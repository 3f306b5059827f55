"""Pronouns and descriptions ("he", "the rapper", "the 43-year-old") resolved to a person the
article named before them: the closest fitting person of their sentence (pronouns; an object
pronoun never the subject of its own clause), else the first fitting person of an earlier
sentence; a description in apposition belongs to the name just before it. A person's gender is
set by the first pronoun given to them.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Collection

from newsledger.lexicon.offices import (ANY_HOLDER_OFFICES, CAPITALIZED_OFFICES, NAMED_ONLY_OFFICES,
                                        OFFICE_QUALIFIERS, OFFICES)
from newsledger.lexicon.grammar import CLAUSE_BREAKERS, OBJECT_FOLLOWERS
from newsledger.lexicon.people import (DESCRIPTIONS, FEMALE_GIVEN_NAMES, FEMALE_TITLES,
                                       MALE_GIVEN_NAMES, MALE_TITLES, NATIONALITY_NOUNS,
                                       PERSON_PRONOUNS)
from newsledger.text import Document
from newsledger.text.clauses import main_clause_start

from ..patterns import trie_alternation
from .labels import LABEL_STARTS
from .merging import Entity

_PRONOUN = re.compile(r"\b(?:" + "|".join(PERSON_PRONOUNS) + r")\b", re.I)
# The same, on the lower-cased text (case-blind patterns are slow); characters that match a
# letter case-blindly but lower-case to another (long s, Kelvin sign, dotted and dotless I) send
# a text to ``_PRONOUN``.
_PRONOUN_LOWER = re.compile("|".join(
    f"{first}(?<!\\w{first})(?:" + "|".join(p[1:] for p in PERSON_PRONOUNS if p[0] == first)
    + r")\b" for first in sorted({p[0] for p in PERSON_PRONOUNS})))
_CASE_FOLDS = ("\u017f", "\u212a", "\u0130", "\u0131")
# Nationalities whose singular is their plural ('the Chinese said': a people or a government,
# not a person named before).
_NATIONS_AS_PLURALS = frozenset({"chinese", "japanese", "swiss", "portuguese", "dutch"})


def _words(words) -> str:
    """An alternation of ``words`` written as a trie ('s(?:inger|tar)'): the longest that
    fits is tried first, as in an alternation written longest first, and the engine drops a
    word at its first letters instead of trying each in turn."""
    return "(?:" + trie_alternation(words, space=" ") + ")"


DESCRIPTION = re.compile(r"[Tt](?<!\w[Tt])he\s+(?:\d{1,3}-year-old|(?:mother|father|mum|mom|"
                          r"dad|grandmother|grandfather)-of-[a-z]+|(?:[\w-]++\s++){0,2}"
                          + _words(DESCRIPTIONS) + "|" + _words(CAPITALIZED_OFFICES) + "|"
                          + _words(n.title() for n in NATIONALITY_NOUNS
                                   if n not in _NATIONS_AS_PLURALS)
                          + r"(?=[ \t]*[,.;:!?)\"”’]|[ \t]+(?:who|said|says|told|tells|added|"
                          r"has|had|was|is|will|would|could|won|beat|lost|made|took|scored|"
                          r"insisted|admitted|explained|claimed|reached|faces|plays|played|"
                          r"[a-z]+ed)\b))\b")
_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,600}[\"”]")
# After a description, an affiliation or a name: 'the spokesman for Apple', 'the general
# secretary of Unite, Tony Woodley' introduce a new person, not one named before.
INTRODUCES = re.compile(r"\s+(?:of|for|at|from|with)\b|,?\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
# A description after a copula says what its subject is ('Reid became the first coach to …',
# 'Hale is the mayor'): no mention of a person named before it.
PREDICATIVE = re.compile(r"\b(?:is|was|are|were|be|been|being|became|become|becomes|remains|"
                         r"remained)\s+\Z")
# Between a subject and an object pronoun, a clause break lets them be the same person
# ('West said God called him'); without one they are not ('West thanked her').
_CLAUSE_BREAK = re.compile(r"[,;:(—–]|\b(?:" + "|".join(CLAUSE_BREAKERS) + r")\b")
AFTER_OBJECT = re.compile(r"\s*(?:[.,;:!?)]|$|(?:" + "|".join(OBJECT_FOLLOWERS) + r")\b)")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    return list(map(re.Match.span, _QUOTED.finditer(text)))


def inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(ranges, (pos, len(ranges) and 1 << 60)) - 1
    return i >= 0 and ranges[i][0] < pos < ranges[i][1]


class Resolver:
    """Pronouns and descriptions resolved to a person mentioned before them."""

    def __init__(self, doc: Document, entities: dict[str, Entity]) -> None:
        self.text = doc.text
        self.doc = doc
        self.sentence = doc.sentence_index  # pos -> index of its sentence
        self.cands: list[tuple[int, int, int, str]] = []  # start, end, sentence, key
        self.keys = {id(e): k for k, e in entities.items()}
        self.entities = entities
        self.gender: dict[str, str] = {}
        self.offices: dict[str, set[str]] = {}  # person -> the offices their titles give
        self.labels = LABEL_STARTS(doc)  # a transcript's speaker labels
        byline = (doc.byline.start, doc.byline.end) if doc.byline is not None else (-1, -1)
        for key, ent in entities.items():
            if ent.kind == "person":
                if (gender := name_gender(self.text, ent.mentions)) is not None:
                    self.gender[key] = gender
                for mm in ent.mentions:
                    if not byline[0] <= mm.start < byline[1]:  # the author is no referent
                        self.cands.append((mm.start, mm.end, self.sentence(mm.start), key))
                    # (an apposition after the name opens with its comma: most have none)
                    for held in (office_before(self.text, mm.start),
                                 office_after(self.text, mm.end)
                                 if self.text.startswith(",", mm.end) else None):
                        if held:
                            self.offices.setdefault(key, set()).add(held)
        self.cands.sort()

    def at(self, end: int) -> str | None:
        """The person whose mention ends at ``end``, if any."""
        i = bisect.bisect_left(self.cands, (end,)) - 1
        while i >= 0 and self.cands[i][1] >= end - 60:
            if self.cands[i][1] == end:
                return self.cands[i][3]
            i -= 1
        return None

    def named_between(self, start: int, end: int) -> bool:
        """Whether a person is mentioned between offsets ``start`` and ``end``."""
        i = bisect.bisect_left(self.cands, (start,))
        return i < len(self.cands) and self.cands[i][0] < end

    def add(self, start: int, end: int, key: str) -> None:
        bisect.insort(self.cands, (start, end, self.sentence(start), key))

    def resolve(self, pos: int, gender: str | None, description: bool,
                quoted: bool = False, objective: bool = False,
                held: str | None = None) -> str | None:
        """The person a pronoun or description at ``pos`` most plausibly refers to: the
        closest fitting person of its sentence (pronouns), else the first fitting person (the
        subject) of the nearest earlier sentence that names one; inside a quote, the most
        recent fitting person (the speaker rarely calls themselves "he"). ``held``: the office
        a description names ("the president"); a person whose titles give other offices
        does not fit."""
        here = self.sentence(pos)
        i = bisect.bisect_left(self.cands, (pos,)) - 1
        same = []
        while i >= 0 and self.cands[i][2] == here:
            same.append(self.cands[i])
            i -= 1
        ok = [c for c in same if c[0] not in self.labels
              and (gender is None or self.gender.get(c[3], gender) == gender)
              and not (objective and not _CLAUSE_BREAK.search(self.text, c[1], pos))]
        if ok and not description:
            plain = [c for c in ok if not _possessive(self.text, c[1])]
            return (plain or ok)[0][3]
        # The first fitting person of the nearest earlier sentence that names one.
        while i >= 0:
            sent = self.cands[i][2]
            if here - sent > (6 if description else 3):
                return None
            group = []
            while i >= 0 and self.cands[i][2] == sent:
                group.append(self.cands[i])
                i -= 1
            fit = [c for c in group if self._may_be(c[0], pos, description) and (gender is None
                   or self.gender.get(c[3], gender) == gender)
                   and holds(held, self.offices.get(c[3], set()))]
            if fit:
                plain = [c for c in fit if not _possessive(self.text, c[1])] or fit
                if not quoted:  # the subject: after a fronted clause, if one opens the sentence
                    main = main_clause_start(self.doc, sent)
                    plain = [c for c in plain if c[0] >= main] or plain
                return plain[0 if quoted else -1][3]
        return None


    def _may_be(self, start: int, pos: int, description: bool) -> bool:
        """Whether the mention at ``start`` may be what a pronoun or description at ``pos``
        stands for: a transcript's label only for a description outside its own turn."""
        if start not in self.labels:
            return True
        here, there = self.doc.paragraph_at(pos), self.doc.paragraph_at(start)
        return description and here is not None and there is not None and \
            here.index != there.index


def name_gender(text: str, mentions) -> str | None:
    """A person's gender as their names say it, when they all agree: a title before a name
    ("Mr Mehta", "Mrs Ames") or a given name of one gender only ("Sunil Mehta"); else None
    (the first pronoun given to them decides)."""
    votes = set()
    for mm in mentions:
        word = text[max(0, mm.start - 12):mm.start].rstrip(" \t").rpartition(" ")[2]
        word = word.rpartition("\n")[2].rstrip(".").lower()
        if word in MALE_TITLES or word in FEMALE_TITLES:
            votes.add("m" if word in MALE_TITLES else "f")
        first = mm.text.split(" ", 1)[0].lower() if " " in mm.text else ""
        if (first in MALE_GIVEN_NAMES) != (first in FEMALE_GIVEN_NAMES):
            votes.add("m" if first in MALE_GIVEN_NAMES else "f")
    return votes.pop() if len(votes) == 1 else None


def pronouns(text: str, low: str | None = None) -> list[tuple[int, int, str, str]]:
    """Every personal pronoun of the text ("he", "Her"), as (start, end, word, "pronoun");
    ``low``: the text lower-cased, when already at hand."""
    low = text.lower() if low is None else low
    if len(low) == len(text) and not any(c in text for c in _CASE_FOLDS):
        return [(s, e, text[s:e], "pronoun")
                for s, e in map(re.Match.span, _PRONOUN_LOWER.finditer(low))]
    return [(m.start(), m.end(), m.group(0), "pronoun") for m in _PRONOUN.finditer(text)]


def holds(held: str | None, offices: Collection[str]) -> bool:
    """Whether a person whose titles give ``offices`` may be whom a description naming the
    office ``held`` stands for: any office, or none, fits a description naming none; a person
    of no known office fits any but "the King", "the Pope" (``NAMED_ONLY_OFFICES``); anyone
    fits "the Russian leader" (``ANY_HOLDER_OFFICES``)."""
    if held is None or held.rsplit(" ", 1)[-1] in ANY_HOLDER_OFFICES:
        return True
    if offices:
        return held in offices
    return held.rsplit(" ", 1)[-1] not in NAMED_ONLY_OFFICES


def office_before(text: str, start: int) -> str | None:
    """The office a title right before the name at ``start`` gives ("Senator Amy Klobuchar" ->
    "senator", "Vice President Kamala Harris" -> "vice president"), in its line and sentence
    ("… qualified to be president.\nChristie": no title; "Gov. Chris Christie": governor)."""
    words = text[max(0, start - 40):start].rpartition("\n")[2].split()[-3:]
    if words and words[-1].endswith(".") and len(words[-1]) > 4:
        return None  # a sentence's last word, not an abbreviated title ('Gov.', 'Sen.')
    if words and words[-1].endswith(","):
        # the office in apposition before the name: 'the mayor, Dan Whitley', 'the former
        # mayor, ...' (a determiner before it; not a list's 'Mayor, ...')
        words = words[:-1] + [words[-1][:-1]]
        return office(words) if any(w.lower() in _DETERMINERS for w in words[:-1]) else None
    return office(words)


# The determiners before an office in apposition before a name ('the mayor, Dan Whitley').
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your"})
# An apposition after a name, ending at a comma, a stop, or a transcript label's colon ("DAN
# WHITLEY, MAYOR OF MILLBROOK:"); an upper-case office reads as its lower-case word.
_APPOSITION = re.compile(r",[ \t]+([^,.;:()\n]{1,60})(?:[,.;]|:[ \t])")


def office_after(text: str, end: int) -> str | None:
    """The office an apposition right after the name ending at ``end`` gives ("Sarah Palin,
    the Alaska governor," -> "governor"; "Lee Hsien Loong, Singapore's Prime Minister," ->
    "minister"), or None."""
    m = _APPOSITION.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    for k, word in enumerate(words[:5]):
        if word.lower() in OFFICES:
            return office(words[:k + 1])
    return None


def office(words: list[str]) -> str | None:
    """The office the last of ``words`` names, with a qualifier before it: ["the", "former",
    "president"] -> "former president", ["Sen."] -> "senator", ["Mark"] -> None."""
    if not words:
        return None
    held = OFFICES.get(words[-1].rstrip(".").lower())
    if held is None:
        return None
    qualifier = words[-2].rstrip(".").lower() if len(words) > 1 else ""
    return f"{qualifier} {held}" if qualifier in OFFICE_QUALIFIERS else held


def _possessive(text: str, end: int) -> bool:
    return text[end:end + 2] in ("'s", "’s")
