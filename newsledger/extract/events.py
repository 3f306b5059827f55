"""Dated happenings: what each date locates, with its action and actor.

Method (syntax-light, on the ``Document``'s sentences): every resolved date expression dates
one event. An embedded post's date dates the post (action "post", actor the account). Any
other date dates the happening of its sentence, whose trigger is, in order:

1. an event noun the date modifies: "the 2020 election", "Tuesday's vote", "the attack on
   Monday", "the election in 2020" (the noun right before or after the date, or right before
   its preposition);
2. the verb of the date's own clause nearest the date, preferring one before it ("said
   Tuesday"); a fronted date ("On Tuesday, the company said ...") takes the verb after its
   comma; a verb is a word of the news-verb list, an irregular form, or a regular -ed / -ing
   form not after a determiner; a saying already done ("says", "said") is no verb of a date
   after publication ("Forecasters say rain is due tomorrow" dates the rain);
3. the nearest verb of the sentence, then the nearest event noun of the sentence, then its
   copula ("Sales were $5 million in the quarter": a state, action "be").

A date in a wire dateline or a metadata line ("Published: March 1, 2008") dates the article,
no happening. A time of day alone ("at 16:08 UTC") and a date that bounds a state or a comparison ("as of
Friday", "until Friday", "since 1981", "up from a year ago", "compared to March", "from $85
million a year earlier", "holders of record Nov. 15") date no event (as the annotation guide,
``evaluation/GUIDE.md``, says).

The row spans the sentence holding the date (``event_text``), so a reader sees the whole
report. The action is the trigger's lemma ("announce", "vote", "election"); the actor is the
person, organization or account (or a pronoun resolved to one) mentioned last before the
trigger in the sentence, or for a fronted date the first one after it.

Sentences without a date of their own may take the day the article stated just before and
kept narrating (``narrative``: "Rebels seized the airport on Friday. Troops withdrew to the
coast."), when the publication date is known.

``date_link`` says how each event got its date, surest first: ``clause`` (a noun the date
modifies, a verb of the date's own clause, the verb a fronted date opens, a post's signature),
``sentence`` (another word of its sentence), ``narrative`` (the current day, stated earlier).
``benchmarks/dated_events.py`` gives precision against TimeML gold by ``date_link``.

Limits: no parser: in long sentences with several clauses the nearest verb may belong to
another clause; lemmas of verbs outside the word list are guessed from their endings; years
alone date events only at year precision; a narrative row's action is its sentence's first
past verb, which may be a relative clause's ("Libya, which brought the case, hailed ...").
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.lexicon.actions import COPULAS, EVENT_NOUNS
from newsledger.lexicon.speech import ONLY_SAYING_LEMMAS
from newsledger.lexicon.time import MONTHS, PERIOD_NOUNS
from newsledger.records import DateMention, Event, LocalEntity
from newsledger.rules import Example, Rule, RuleTable, register
from newsledger.text import Document

from .dates import extract_dates
from .dates.publication import METADATA_LINES
from .narrative import BACKGROUND_BEFORE, narrative_events
from .signatures import SIGNATURES
from .verbs import (CLAUSE_BREAK as _CLAUSE_BREAK, determiner_before as _determiner_before,
                    actor_after as _actor_after, actor_before as _actor,
                    lemma, regular_lemma as _regular_lemma)

__all__ = ["BOUNDS", "extract_events", "lemma", "narrative_events"]


def _singular(noun: str) -> str:
    """An event noun's singular when the list holds it: "talks" -> "talk", "clashes" -> "clash"."""
    if noun.endswith("es") and noun[:-2] in EVENT_NOUNS and noun.endswith(("shes", "ches", "xes")):
        return noun[:-2]
    return noun.rstrip("s") if noun.endswith("s") and noun[:-1] in EVENT_NOUNS else noun


class _Words:
    """The candidate triggers of one sentence: (position, lemma, kind) with kind "verb",
    "noun" (an event noun) or "copula"; ``ends`` maps each trigger's position to its word's
    end."""

    __slots__ = ("items", "ends")

    def __init__(self, doc: Document, s: int, e: int):
        text = doc.text
        items: list[tuple[int, str, str]] = []
        self.ends: dict[int, int] = {}
        starts, ends = doc.token_spans
        i, j = bisect_left(starts, s), bisect_left(starts, e)
        previous = ""  # the token before
        for k in range(i, j):  # the tokens that start in text[s:e]
            start, end = starts[k], ends[k]
            word = text[start:end]
            found = _trigger(word)
            if (found is None or found[0] == "noun") and k > i and word.isalpha() and \
                    word.islower() and ((low := previous.lower()) in _MODAL_OR_BETWEEN or
                                        low.endswith("ly")) and \
                    _after_modal(text, starts, ends, k, i):
                found = ("verb", word)  # "she would march", "they will issue": a verb
            elif word in ("ended", "ending") and previous.lower() in PERIOD_NOUNS:
                found = None  # "the week ending June 6": the period's name, no happening
            previous = word
            if found is None:
                continue
            kind, lem = found
            if kind == "noun":
                items.append((start, lem, "noun"))
                self.ends[start] = end
                continue
            if kind == "verb" and text[start].isupper() and start != s:
                continue  # a name, not a verb
            if not _determiner_before(text, max(s, start - 8), start):
                items.append((start, lem, kind))  # (after a determiner: a noun, "the record")
                self.ends[start] = end
        self.items = items


# Modals a bare verb follows ("would march", "will issue", "could also strike"), and the words
# that may stand between them (and adverbs in -ly: "will formally announce").
_MODALS = frozenset({"will", "would", "could", "should", "might", "must", "shall", "can"})
_BETWEEN_MODAL = frozenset({"not", "also", "now", "still", "then", "never", "soon", "again",
                            "first", "later", "almost", "even", "only", "just", "all", "both",
                            "each", "instead", "therefore", "thus", "once", "ever", "rather",
                            "at", "least", "in", "turn", "no", "longer", "n't", "nt", "always",
                            "most", "likely", "surely", "certainly", "probably"})
# The words one of which stands right before a verb after a modal (``_after_modal``), read
# first: most words follow none.
_MODAL_OR_BETWEEN = _MODALS | _BETWEEN_MODAL
# Words after a modal that show it opens a question or an inversion ("will things be", "so will
# an army of"), or is a noun ("the will of"): no verb follows.
_NO_VERB_AFTER_MODAL = frozenset({"a", "an", "the", "this", "that", "these", "those", "it", "he",
                                  "she", "they", "we", "you", "i", "there", "his", "her", "their",
                                  "its", "our", "my", "your", "some", "any", "of", "to", "and",
                                  "or", "things", "people", "be", "have", "has", "had"})


def _after_modal(text: str, starts: Sequence[int], ends: Sequence[int], k: int,
                 first: int) -> bool:
    """Whether token ``k`` follows a modal (one word such as "also" may stand between)."""
    word = text[starts[k]:ends[k]]
    if word in _BETWEEN_MODAL or word.endswith("ly") or word in _MODALS or \
            word in _NO_VERB_AFTER_MODAL:
        return False  # "would not", "will formally": the verb comes after
    m = k - 1
    if text[starts[m]:ends[m]].lower() not in _MODALS:
        prev = text[starts[m]:ends[m]].lower()
        if not (prev in _BETWEEN_MODAL or prev.endswith("ly")) or m - 1 < first:
            return False
        m -= 1
        if text[starts[m]:ends[m]].lower() not in _MODALS:
            return False
    return not _determiner_before(text, max(0, starts[m] - 8), starts[m])  # "the will to"


@functools.lru_cache(maxsize=65536)
def _trigger(word: str) -> tuple[str, str] | None:
    """(kind, lemma) of a word that can trigger an event, whatever its place: "noun" (an event
    noun), "copula" or "verb" (a capitalized verb is a name but at a sentence's start, which
    ``_Words`` tells); None for other words. Read once per word form, not once per token."""
    if not word[0].isalpha():
        return None  # a number, a handle, a hashtag
    low = word.lower()
    if low in MONTHS and word.isupper():
        return None  # "WEDNESDAY, MARCH 4": the month, no march
    if low in EVENT_NOUNS:
        return "noun", _singular(low)
    if low in COPULAS:
        return "copula", COPULAS[low]
    v = lemma(word) or _regular_lemma(word)
    return ("verb", v) if v else None


_ADJECTIVES_BETWEEN = re.compile(r"(?i)(?:['’]s?)?(?:\s+(?:U\.?S\.?|[a-z]+(?:al|ary|ic|ern)|"
                                 r"mid-?term|snap|general|first|second|final|annual))*\s+")
_PREPOSITION_BETWEEN = re.compile(r"(?i)\s+(?:on|in|at|during|of|since|from|for|until|by)\s+")


def _modified_noun(text: str, d: DateMention, words: _Words) -> tuple[int, str] | None:
    """The event noun the date modifies: right after it ("the 2020 election", "Tuesday's
    vote", "the 2020 US presidential elections"), or right before it or its preposition ("the
    attack on Monday", "elections in 2024"), unless a verb comes before that noun in the
    sentence and the date is a day or week ("announced his bid on July 4": the announcing)."""
    first_verb = next((p for p, _, k in words.items if k == "verb"), None)
    for pos, lem, kind in words.items:
        if kind != "noun" or d.start <= pos < d.end:
            continue
        if pos >= d.end:
            if _ADJECTIVES_BETWEEN.fullmatch(text, d.end, pos):
                return pos, lem
        else:
            end = pos
            while end < d.start and (text[end].isalpha() or text[end] == "-"):
                end += 1
            if end == d.start or _PREPOSITION_BETWEEN.fullmatch(text, end, d.start) or \
                    not text[end:d.start].strip():
                if d.precision in ("day", "week") and first_verb is not None and \
                        first_verb < pos:
                    continue
                return pos, lem
    return None


# What may stand before a date that opens its sentence ("On Tuesday, ...", "Early Friday ...").
_FRONTING = re.compile(r"(?i)\W*(?:on|in|at|by|early|late|also|and|then|since|until|during|"
                       r"as\s+of|from|for)?\s*")


# A modal or "to" before a verb (one word may stand between): "will say", "is due to tell".
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|to|could|may|might|can|should|must|"
                           r"['’]ll)\s+(?:[a-z]+\s+)?$")
# What opens the clause a verb of saying reports: "that", or a colon ('said: "…').
_REPORTED_CLAUSE = re.compile(r"\bthat\b|:")


def _choose(text: str, d: DateMention, s: int, e: int, words: _Words,
            published: dt.date | None) -> tuple[int, str, str] | None:
    """(position, lemma, date link) of the date's trigger (see the module docstring): the link
    is "clause" for a noun the date modifies, a verb of the date's own clause or the verb a
    fronted date opens, "sentence" for any other word of the sentence. A saying already done
    ("say", "said", not "will say") is no trigger of a date after publication: 'Forecasters
    say more rain is due tomorrow' dates the rain."""
    noun = _modified_noun(text, d, words)
    if noun:
        return (*noun, "clause")
    ahead = published is not None and d.date > published
    verbs = [(p, v) for p, v, k in words.items if k == "verb" and not (d.start <= p < d.end)
             and not (ahead and v in ONLY_SAYING_LEMMAS
                      and not _MODAL_BEFORE.search(text, max(s, p - 20), p))]
    if verbs:
        # the date's clause: from the last break before it to the first break after it
        left = s
        for m in _CLAUSE_BREAK.finditer(text, s, d.start):
            left = m.end()
        right_m = _CLAUSE_BREAK.search(text, d.end, e)
        right = right_m.start() if right_m else e
        own = [(p, v) for p, v in verbs if left <= p < right]
        fronted = not text[s:d.start].strip(" \"“'‘([") or \
            _FRONTING.fullmatch(text, s, d.start) is not None
        ends = words.ends
        if own:
            before = [(d.start - ends[p], p, v) for p, v in own if p < d.start]
            after = [(p - d.end, p, v) for p, v in own if p >= d.end]
            if before and (not after or min(before)[0] <= 3 * min(after)[0]):
                return (*min(before)[1:], "clause")
            return (*min(after)[1:], "clause")
        if fronted:
            after = [(p, v) for p, v in verbs if p >= d.end]
            if after:
                return (*after[0], "clause")
        # (not a verb of saying whose reported clause, after "that" or a colon, holds the date,
        # nor a word before it: 'Entergy said that most customers should have power back by
        # Wednesday' dates the power, not the saying; but 'said Ann Hale, at a news conference
        # yesterday' dates it)
        said = max((ends[p] for p, v in verbs if p < d.start and v in ONLY_SAYING_LEMMAS
                    and _REPORTED_CLAUSE.search(text, ends[p], d.start)), default=s)
        before = [(d.start - ends[p], p, v) for p, v in verbs if said <= p < d.start]
        after = [(p - d.end, p, v) for p, v in verbs if p >= d.end
                 and not (before and "," in text[d.end:p])]
        if before and (not after or min(before)[0] <= 3 * min(after)[0]):
            return (*min(before)[1:], "sentence")
        if after:
            return (*min(after)[1:], "sentence")
    nouns = [(abs(p - d.start), p, v) for p, v, k in words.items if k == "noun"
             and not (d.start <= p < d.end)]
    if nouns:
        return (*min(nouns)[1:], "sentence")
    copulas = [(abs(p - d.start), p, v) for p, v, k in words.items if k == "copula"]
    if copulas:
        return (*min(copulas)[1:], "sentence")
    return None


# --- Dates that date no happening ------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class DateBound(Rule):
    """A date that bounds a state, a list or a comparison rather than locating a happening:
    what comes right before it (``before``, a pattern ending where the date begins, looked for
    in the ``window`` characters before it), and what the date itself says (``date``, a pattern
    its text must begin with), when given. The examples' values are the texts of the dates
    the row vetoes."""

    before: str
    window: int
    date: str | None = None


BOUNDS: tuple[DateBound, ...] = (
    DateBound(name="bound", window=16,
              before=r"(?i)\b(?:as\s+of|as\s+at|until|till|since|compared\s+(?:to|with)|from|"
                     r"than|versus|vs\.?)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$",
              examples=(Example("Reserves stood at $2 billion as of Friday.", "Friday"),
                        Example("The museum stays shut until Monday.", "Monday"),
                        Example("Output is up 4% compared with June.", "June"),
                        Example("The museum reopened on Monday.", None))),
    DateBound(name="record-date", window=20,
              before=r"(?i)\bof\s+record\s+(?:on\s+|as\s+of\s+)?$",
              examples=(Example("The dividend goes to holders of record Nov. 15.", "Nov. 15"),
                        Example("The board set a record on Nov. 15.", None))),
    DateBound(name="year-ago-comparison", window=40,
              date=r"(?i)(?:the\s+)?(?:a\s+)?year[\s-](?:ago|earlier|before)\b",
              before=r"[\d%][\w.,%]*(?:\s+(?:million|billion|trillion|cents?|percent|points?|"
                     r"a\s+share|shares|yen|marks|francs|pounds|pence))*,?\s+$",
              examples=(Example("Profit rose to $9 million from $7 million a year earlier.",
                                "a year earlier"),
                        Example("The plant closed a year ago.", None))),
    DateBound(name="comparison-base", window=20,
              date=r"(?i)(?:last|the\s+previous|the\s+prior)\s+(?:year|month|week|quarter|"
                   r"season|summer|winter|spring|autumn)\b",
              before=r"(?i)\b(?:ahead\s+of|behind|(?:up|down)\s+on|above|below|against)\s+$",
              examples=(Example("Summer bookings were running ahead of last year.",
                                "last year"),
                        Example("Sales were up on last month.", "last month"),
                        Example("Profits were below last year.", "last year"),
                        Example("Sales rose sharply last year.", None),
                        Example("The club finished above them last season.", None))),
)
_BOUND_PATTERNS = [(row.name, re.compile(row.before), row.window,
                    re.compile(row.date) if row.date else None) for row in BOUNDS]


def _bound(text: str, d: DateMention) -> str | None:
    """The name of the row that makes ``d`` a bound, not a happening's date, or None."""
    for name, before, window, date in _BOUND_PATTERNS:
        if (date is None or date.match(d.text)) and \
                before.search(text, max(0, d.start - window), d.start):
            return name
    return None


def _furniture(doc: Document) -> list[tuple[int, int]]:
    """A wire dateline and the page's metadata lines: they date the article, not a happening."""
    spans = [(s, e) for s, e, _ in METADATA_LINES(doc)]
    if doc.dateline is not None:
        spans.append((doc.dateline.start, doc.dateline.end))
    return spans


def extract_events(doc: Document, dates: Sequence[DateMention],
                   entities: Sequence[LocalEntity],
                   published: dt.date | None = None) -> list[Event]:
    """One event per date expression whose sentence names a happening, and one per later
    sentence the narrative dates (``narrative_events``: only with the publication date)."""
    text = doc.text
    events = []
    sentence_words: dict[tuple[int, int], _Words] = {}
    anchoring: set[int] = set()  # the dates that may set the narrative's day
    signatures = [(m.start(), m.end(), m.group("handle")) for m in SIGNATURES(doc)]
    furniture = _furniture(doc)
    for d in dates:
        if any(s <= d.start and d.end <= e for s, e in furniture):
            continue
        post = next(((a, b, h) for a, b, h in signatures if a <= d.start < b), None)
        if post is not None:  # an embedded post's date: the account posted it that day
            a, b, handle = post
            owner = next((x.name for x in entities
                          if handle.lower() in (h.lower() for h in x.handles)), None)
            events.append(Event(a, b, text[a:b], d, "post", owner))
            continue
        if d.rule == "clock-time" or _bound(text, d) is not None:
            continue  # a time of day alone; "as of Friday", "holders of record Nov. 15", ...
        sentence = doc.sentence_at(d.start)
        if sentence is None:
            continue
        s, e = sentence.start, sentence.end
        if not (s <= d.start and d.end <= e):
            continue
        if (s, e) not in sentence_words:
            sentence_words[(s, e)] = _Words(doc, s, e)
        chosen = _choose(text, d, s, e, sentence_words[(s, e)], published)
        if chosen is None:
            continue
        pos, action, link = chosen
        kind = next(k for p, _, k in sentence_words[(s, e)].items if p == pos)
        if kind == "verb" or kind == "noun" and not BACKGROUND_BEFORE.search(
                text, max(s, min(pos, d.start) - 30), min(pos, d.start)):
            anchoring.add(d.start)
        actor = _actor(s, pos, entities)
        if actor is None and pos > d.end:
            actor = _actor_after(d.end, e, entities)
        events.append(Event(s, e, text[s:e], d, action, actor, link))
    if published is not None:
        events += narrative_events(doc, published, dates,
                                   [ev for ev in events if ev.date.start in anchoring], entities,
                                   furniture)
    return sorted(events, key=lambda ev: (ev.start, ev.date.start))


_EXAMPLES_PUBLISHED = dt.date(2020, 11, 4)


def _apply(text: str) -> list[tuple[str, str]]:
    """The dates of an example's text each row vetoes, as (row, date text)."""
    doc = Document(text)
    return [(name, d.text) for d in extract_dates(doc, _EXAMPLES_PUBLISHED)
            if (name := _bound(text, d)) is not None]


register(RuleTable("events.bounds", BOUNDS, _apply))
