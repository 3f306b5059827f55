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
   form not after a determiner;
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

The narrative's current day (``narrative_events``; needs the publication date): news states a
day once ("Rebels seized the airport on Friday.") and narrates the rest of it without repeating
it ("Troops withdrew to the coast. Later, the rebels marched on the port."). A sentence with no
date of its own whose first finite verb outside quotation marks is in the past (or which ends
on a reporting clause, ", the minister said.") is an event of the day the article stated just
before. Only a day of the week before publication, or the quarter a company just reported,
sets the current day, and only from a past clause, not a past perfect, a relative clause
("who was signed on Tuesday"), a comparison ("up from 2 million Thursday") or a background
noun ("after a large loss yesterday"). The day holds for four sentences and 600 characters,
and ends at another date, a future or a past perfect ("had warned"), "previously", or a
headline; a present tense ("The grid is old.") is no event of the day but keeps it. Sayings
are no events of a quarter ("The company said ..." is today's).

``date_link`` says how each event got its date, surest first: ``clause`` (a noun the date
modifies, a verb of the date's own clause, the verb a fronted date opens, a post's signature),
``sentence`` (another word of its sentence), ``narrative`` (the current day, stated earlier).
Measured by hand (see ``benchmarks/dated_events.py`` for the gold figures): about two thirds
of narrative rows are events of their day on TimeBank, MEANTIME and ECB+ news.

Limits: no parser: in long sentences with several clauses the nearest verb may belong to
another clause; lemmas of verbs outside the word list are guessed from their endings; years
alone date events only at year precision; a narrative row's action is its sentence's first
past verb, which may be a relative clause's ("Libya, which brought the case, hailed ...").
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.lexicon.actions import (AUXILIARIES, BASE_VERBS, COPULAS, E_STEM_ENDINGS,
                                        EVENT_NOUNS, IRREGULAR, IRREGULAR_MORE, NOT_REGULAR_FORMS,
                                        NOT_VERBS, NOUN_DETERMINERS)
from newsledger.lexicon.people import CUES
from newsledger.lexicon.time import MONTHS
from newsledger.records import DateMention, Event, LocalEntity
from newsledger.rules import Example, Rule, RuleTable, register
from newsledger.text import HEADLINE, TEXT, Document
from newsledger.text.quotemarks import QUOTE_SPANS

from .dates import extract_dates
from .dates.publication import METADATA_LINES
from .dates.tense import clause_tense
from .signatures import SIGNATURES

_DETERMINER = re.compile(r"(?i)\b(?:" + "|".join(NOUN_DETERMINERS) + r")\s+$")
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\b(?:that|which|who|when|where|while|but|because|after|"
                           r"before|since|until|as|if|although|though)\b")

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
def _regular_lemma(word: str) -> str | None:
    """The guessed lemma of a regular -ed or -ing form outside the word list ("acquired")."""
    w = word.lower()
    if w.startswith(("re-", "co-", "pre-")) and "-" not in w[3:]:
        return lemma(w.split("-", 1)[1]) or _regular_lemma(w.split("-", 1)[1])  # "re-open"
    if w in NOT_REGULAR_FORMS or w in NOT_VERBS or "-" in w or "'" in w or "’" in w:
        return None
    if w.endswith("ied") and len(w) > 5:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 5:
        return _guess_stem(w[:-2])
    if w.endswith("ing") and len(w) > 6:
        return _guess_stem(w[:-3])
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


def _actor_after(pos: int, end: int, entities: Sequence[LocalEntity]) -> str | None:
    best, best_pos = None, end
    for ent in entities:
        if ent.kind not in ("person", "organization", "account"):
            continue
        for m in ent.mentions:
            if pos <= m.start < best_pos:
                best, best_pos = ent.name, m.start
    return best


def _singular(noun: str) -> str:
    """An event noun's singular when the list holds it: "talks" -> "talk", "clashes" -> "clash"."""
    if noun.endswith("es") and noun[:-2] in EVENT_NOUNS and noun.endswith(("shes", "ches", "xes")):
        return noun[:-2]
    return noun.rstrip("s") if noun.endswith("s") and noun[:-1] in EVENT_NOUNS else noun


class _Words:
    """The candidate triggers of one sentence: (position, lemma, kind) with kind "verb",
    "noun" (an event noun) or "copula"; ``ends`` maps each position to its word's end."""

    __slots__ = ("items", "ends")

    def __init__(self, doc: Document, s: int, e: int):
        text = doc.text
        items: list[tuple[int, str, str]] = []
        self.ends: dict[int, int] = {}
        for t in doc.tokens_in(s, e):
            start, end = t.start, t.end
            word = text[start:end]
            if not word[0].isalpha():
                continue  # a number, a handle, a hashtag
            low = word.lower()
            if low in MONTHS and word.isupper():
                continue  # "WEDNESDAY, MARCH 4": the month, no march
            self.ends[start] = end
            after_determiner = _DETERMINER.search(text, max(s, start - 8), start)
            if low in EVENT_NOUNS:
                items.append((start, _singular(low), "noun"))
                continue
            if after_determiner:
                continue
            if low in COPULAS:
                items.append((start, COPULAS[low], "copula"))
                continue
            if word[0].isupper() and start != s:
                continue  # a name, not a verb
            v = lemma(word) or _regular_lemma(word)
            if v:
                items.append((start, v, "verb"))
        self.items = items


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


def _choose(text: str, d: DateMention, s: int, e: int,
            words: _Words) -> tuple[int, str, str] | None:
    """(position, lemma, date link) of the date's trigger (see the module docstring): the link
    is "clause" for a noun the date modifies, a verb of the date's own clause or the verb a
    fronted date opens, "sentence" for any other word of the sentence."""
    noun = _modified_noun(text, d, words)
    if noun:
        return (*noun, "clause")
    verbs = [(p, v) for p, v, k in words.items if k == "verb" and not (d.start <= p < d.end)]
    if verbs:
        # the date's clause: from the last break before it to the first break after it
        left = s
        for m in _CLAUSE_BREAK.finditer(text, s, d.start):
            left = m.end()
        right_m = _CLAUSE_BREAK.search(text, d.end, e)
        right = right_m.start() if right_m else e
        own = [(p, v) for p, v in verbs if left <= p < right]
        fronted = not text[s:d.start].strip(" \"“'‘([") or \
            re.fullmatch(r"(?i)\W*(?:on|in|at|by|early|late|also|and|then|since|until|"
                         r"during|as\s+of|from|for)?\s*", text[s:d.start]) is not None
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
        before = [(d.start - ends[p], p, v) for p, v in verbs if p < d.start]
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
        chosen = _choose(text, d, s, e, sentence_words[(s, e)])
        if chosen is None:
            continue
        pos, action, link = chosen
        kind = next(k for p, _, k in sentence_words[(s, e)].items if p == pos)
        if kind == "verb" or kind == "noun" and not _BACKGROUND_BEFORE.search(
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


# --- Dates the narrative carries to the sentences after them ---------------------------------

# Words before a dated noun that make it the background of another happening ("after a large
# loss yesterday", "since Friday's vote"): such a date sets no current day.
_BACKGROUND_BEFORE = re.compile(r"(?i)\b(?:after|before|since|following|until|ahead\s+of|amid|"
                                r"despite|from|than|like|unlike)\s+(?:\S+\s+){0,3}?$")

# Dates that set the narrative's current day: a day (or a week or quarter a report is about),
# not a year or a month, which frame a background rather than a day's events.
NARRATIVE_PRECISIONS = frozenset({"day", "quarter"})
NARRATIVE_REACH = 4  # sentences after the one that stated the date
NARRATIVE_CHARS = 600  # and characters from the date to the sentence
# How long before publication a day, or the end of a quarter, may lie to set the current day or
# quarter: the news of the week, the quarter a company just reported; older dates are background.
NARRATIVE_RECENT = {"day": 7, "quarter": 120}
_FUTURE_WORDS = frozenset({"will", "shall", "'ll", "’ll"})
_MODALS = frozenset({"would", "could", "might", "should", "must", "can", "may"})
_SAYING = frozenset(CUES.values()) | {"report"}
_PRESENT_WORDS = frozenset({"is", "are", "am", "has", "have", "does", "do", "says", "'s"})


_QUOTED = re.compile(r"``.*?(?:''|$)|“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|^[^“\"`]*?(?:”|'')",
                     re.S)


_MARKS = re.compile(r"[\"“”`']")


def _unquoted(text: str, s: int, e: int, quoted) -> list[tuple[int, int]]:
    """The stretches of text[s:e] outside quotation marks: the document's paired marks, and
    marks the sentence pairs on its own (wire copy's ``...'' among them)."""
    if _MARKS.search(text, s, e) is None:  # most sentences: no mark, quoted whole or not at all
        return [(s, e)] if quoted(s) is None else []
    cuts = [(m.start() + s, m.end() + s) for m in _QUOTED.finditer(text[s:e])]
    out, pos = [], s
    for a, b in cuts:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < e:
        out.append((pos, e))
    return [(a, b) for a, b in out if quoted(a) is None]


def _finite(doc: Document, s: int, e: int, quoted) -> tuple[str, int, str] | None:
    """The tense of a sentence's first finite verb outside quotation marks, its position and
    lemma: ("past", pos, lemma), ("perfect", ...) for a past perfect, ("future", ...),
    ("other", ...) for a present or a modal; None when the sentence has no verb outside
    quotes."""
    text = doc.text
    stretches = _unquoted(text, s, e, quoted)
    # The first finite verb is most often among the first words: read a window of them first
    # (the whole sentence only when the window ends too soon to tell).
    stop = (stretches[0][0] if stretches else s) + _FIRST_WINDOW
    toks = [(t.start, text[t.start:t.end]) for a, b in stretches if a < stop
            for t in doc.tokens_in(a, min(b, stop)) if text[t.start].isalpha()]
    found = _first_finite(doc, s, toks)
    if found is None or found[0] != "past" or found[1] > stop - 40:
        toks = [(t.start, text[t.start:t.end]) for a, b in stretches
                for t in doc.tokens_in(a, b) if text[t.start].isalpha()]
        found = _first_finite(doc, s, toks)
    if found is not None and found[0] in ("future", "other"):
        # "Talks will resume in May, the minister said.": the saying is the past event
        for k, (pos, word) in enumerate(toks):
            if pos > found[1] and word.lower() in _PAST_CUES and \
                    toks[k - 1][1].lower() not in _NOT_BEFORE_CUE and \
                    re.search(r",\W*(?!and\b|but\b|or\b)(?:\S+\s+){0,6}$", text[found[1]:pos]) and \
                    (e - pos < 80 or k + 1 < len(toks) and toks[k + 1][1][0].isupper()):
                return "past", pos, CUES[word.lower()]
    return found


_FIRST_WINDOW = 100  # characters
_NOT_BEFORE_CUE = frozenset({"has", "have", "had", "which", "who", "that", "and", "or"})
_PAST_CUES = frozenset(w for w, v in CUES.items() if w != v and not w.endswith("s"))


def _first_finite(doc: Document, s: int,
                  toks: list[tuple[int, str]]) -> tuple[str, int, str] | None:
    text = doc.text
    for k, (pos, word) in enumerate(toks):
        low = word.lower().replace("’", "'")
        if low.endswith(("n't", "'re", "'ve", "'ll", "'d")) or \
                low.endswith("'s") and low[:-2] in _IS_CONTRACTED:  # not "Acme's"
            low = _CONTRACTED.get(low.split("'")[0].removesuffix("n"), "is") \
                if not low.endswith("'ll") else "will"  # "hasn't" -> has, "it's" -> is
        if low in _FUTURE_WORDS:
            return "future", pos, "will"
        if low in _MODALS and word.islower():
            return "other", pos, low
        if low in _PRESENT_WORDS:
            return "other", pos, low
        if low in ("was", "were", "did", "had"):
            if low == "had":
                rest = [w for _, w in toks[k + 1:k + 4] if w.lower() not in _BETWEEN_AUXILIARY
                        and not w.lower().endswith("ly")]
                if rest and (rest[0].lower() == "been" or _participle(rest[0])):
                    return "perfect", pos, "have"
            for p2, w2 in toks[k + 1:k + 4]:
                if _participle(w2) or w2.lower().endswith("ing"):
                    v = lemma(w2) or _regular_lemma(w2)
                    if v:
                        return "past", p2, v
            return "past", pos, COPULAS.get(low, "do")
        if k and word[0].isupper():
            continue  # a name
        before = toks[k - 1][1].lower() if k else ""
        if before in _PREPOSITIONS or before in _SUBORDINATORS or \
                before.endswith(("'s", "’s")):
            continue  # an adjective ("with reduced volume", "Ticketron's automated business")
        plural = low.endswith("s") and not low.endswith("ss")
        if plural and before in _SINGULAR_SUBJECTS and lemma(word):
            return "other", pos, lemma(word)  # "he hopes": a present
        if before in _PLURAL_SUBJECTS and low in BASE_VERBS:
            return "other", pos, low  # "they share"
        if plural or low.endswith("ing"):
            continue  # a participle opener ("Taking the stand, ..."), a plural
        if low in IRREGULAR and low != IRREGULAR[low] and not low.endswith("s") or \
                low in IRREGULAR_MORE and low != IRREGULAR_MORE[low] and low != "been" or \
                (low.endswith("ed") and (lemma(word) or _regular_lemma(word))):
            v = lemma(word) or _regular_lemma(word)
            if v and not _DETERMINER.search(text, max(s, pos - 8), pos):
                return "past", pos, v  # (after a determiner: a noun, "the record")
    return None


_BETWEEN_AUXILIARY = frozenset({"not", "n't", "never", "already", "just", "also", "since",
                                "still", "yet", "ever", "long", "always", "later", "earlier",
                                "once", "first", "previously", "recently", "often", "then"})
# Adverbs that put a past tense before the narrative's day ("Ohio State previously said").
_EARLIER = frozenset({"previously", "earlier", "already", "formerly", "once", "originally"})
_PREPOSITIONS = frozenset({"with", "of", "by", "for", "in", "on", "at", "from", "to", "into",
                           "about", "against", "over", "under", "than"})
# A participle right after one of these opens a clause of its own ("Although filed as a
# capital case, ..."): no finite verb.
_SUBORDINATORS = frozenset({"although", "though", "if", "once", "unless", "while", "when",
                            "whether", "as", "until", "because"})
# Auxiliaries a contraction ends ("hasn't", "wasn't", "won't"); any other ("it's",
# "there's", "they're") is a present.
_CONTRACTED = {"has": "has", "have": "have", "had": "had", "was": "was", "were": "were",
               "did": "did", "does": "does", "do": "do", "is": "is", "are": "are",
               "wo": "will", "would": "would", "could": "could", "should": "should",
               "ca": "can", "must": "must", "might": "might"}
_IS_CONTRACTED = frozenset({"it", "he", "she", "there", "here", "that", "what", "who", "where",
                            "this", "let"})
_SINGULAR_SUBJECTS = frozenset({"he", "she", "it", "who", "which", "that", "also", "now"})
_PLURAL_SUBJECTS = frozenset({"they", "we", "i", "you", "who", "which", "that", "also", "now"})


_WORD = re.compile(r"[A-Za-z]+")
# "that" right after a plural or a name opens a relative clause ("markets that rose Friday");
# after a verb it opens what was said ("said that ...").
_NOUN_THAT = re.compile(r"(?:\b[a-z]{3,}(?<!ss)(?<!ly)s|\b[A-Z][a-z]+)\s+that$")
_RELATIVES = frozenset({"who", "which"})
_COMPARED = re.compile(r"(?i)\b(?:up|down|rising|falling|rose|fell)\s+from\s+[^.;,]*$")
_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:\w+ly\s+)?(?:been|\w+ed|" +
                           "|".join(w for w in IRREGULAR if w != IRREGULAR[w]) + r")\b")


def _sets_the_day(doc: Document, d: DateMention, published: dt.date) -> bool:
    """Whether a date sets the narrative's current day: a day of the past week (the news of
    the day; older dates are background), in a past clause that is no past perfect ("which
    had condemned the invasion on Aug. 2")."""
    if d.precision not in NARRATIVE_PRECISIONS or d.rule == "clock-time" or \
            d.rule.startswith("ago"):
        return False  # "terminated as recently as a week ago": counted back, a background
    last = d.date if d.precision == "day" else \
        dt.date(d.date.year + (d.date.month == 10), (d.date.month + 2) % 12 + 1, 1)
    if not 0 <= (published - last).days <= NARRATIVE_RECENT[d.precision]:
        return False
    if _COMPARED.search(doc.text, max(0, d.start - 60), d.start):
        return False  # "up from 443.6 million Thursday": a comparison, not the story's day
    if clause_tense(doc, d.start, d.end) not in ("past", None):
        return False
    sent = doc.sentence_at(d.start)
    left, right = (sent.start, sent.end) if sent is not None else (0, len(doc.text))
    opener = ""
    for m in _CLAUSE_BREAK.finditer(doc.text, left, d.start):
        left, opener = m.end(), m.group(0).lower()
    if opener in _RELATIVES or opener == "that" and _NOUN_THAT.search(doc.text, 0, left):
        return False  # "DeShawn Wynn, who was signed on Tuesday": a background
    if (m := _CLAUSE_BREAK.search(doc.text, d.end, right)) is not None:
        right = m.start()
    return _PAST_PERFECT.search(doc.text, left, right) is None


def _participle(word: str) -> bool:
    w = word.lower()
    return word.islower() and (w.endswith("ed") and w not in NOT_REGULAR_FORMS or
                               (w in IRREGULAR and w != IRREGULAR[w]) or
                               w in IRREGULAR_MORE)


def narrative_events(doc: Document, published: dt.date, dates: Sequence[DateMention],
                     anchoring: Sequence[Event],
                     entities: Sequence[LocalEntity],
                     furniture: Sequence[tuple[int, int]]) -> list[Event]:
    """Events of sentences without a date of their own, dated by the day the article stated
    just before and kept narrating ("On Friday, the rebels took the airport. They then marched
    on the capital."): each such sentence whose first finite verb is past tense is a
    ``narrative`` event of that day. The day holds for ``NARRATIVE_REACH`` sentences, and ends
    at a sentence that names another date (which becomes the current day if it dates a past
    happening), a future or a past perfect ("had been"), or a headline."""
    text = doc.text
    quoted = QUOTE_SPANS(doc).quoted_at
    by_sentence: dict[int, list[DateMention]] = {}
    for d in dates:
        if any(a <= d.start and d.end <= b for a, b in furniture):
            continue
        k = doc.sentence_index(d.start)
        by_sentence.setdefault(k, []).append(d)
    dating: dict[int, list[Event]] = {}
    for ev in anchoring:
        if ev.action != "post":
            dating.setdefault(doc.sentence_index(ev.date.start), []).append(ev)
    out: list[Event] = []
    current: DateMention | None = None
    stated = 0
    for sent in doc.sentences:
        if sent.kind != TEXT:
            if sent.kind == HEADLINE:
                current = None
            continue
        k = sent.index
        here = by_sentence.get(k)
        if here:
            anchors = [ev.date for ev in dating.get(k, ()) if quoted(ev.date.start) is None
                       and _sets_the_day(doc, ev.date, published)]
            if anchors:
                current, stated = anchors[0], k
            elif current is None or any(d.value != current.value for d in here):
                current = None
            continue
        if current is None or any(a < sent.end and sent.start < b for a, b in furniture):
            continue  # no current day; a metadata line ("Published: ...")
        if k - stated > NARRATIVE_REACH or sent.start - current.end > NARRATIVE_CHARS:
            current = None
            continue
        if text[sent.end - 1] == ":" and sent.end - sent.start < 40:
            continue  # a heading of a list ("Did Not Practice:")
        found = _finite(doc, sent.start, sent.end, quoted)
        if found is None:
            continue
        tense, pos, action = found
        if tense in ("future", "perfect"):
            current = None
            continue
        if tense != "past" or action == "be":
            continue  # a present, a modal, a state ("There were ...")
        if _EARLIER & {w.lower() for w in _WORD.findall(text, sent.start, pos)} or \
                text[pos:pos + 30].split()[1:2] in (["earlier"], ["previously"]):
            current = None  # "Ohio State previously said ...": before the day
            continue
        if current.precision == "quarter" and action in _SAYING:
            continue  # "the company said": today, not in the quarter it reports on
        actor = _actor(sent.start, pos, entities) or _actor_after(pos, sent.end, entities)
        out.append(Event(sent.start, sent.end, text[sent.start:sent.end], current, action,
                         actor, "narrative"))
    return out


_EXAMPLES_PUBLISHED = dt.date(2020, 11, 4)


def _apply(text: str) -> list[tuple[str, str]]:
    """The dates of an example's text each row vetoes, as (row, date text)."""
    doc = Document(text)
    return [(name, d.text) for d in extract_dates(doc, _EXAMPLES_PUBLISHED)
            if (name := _bound(text, d)) is not None]


register(RuleTable("events.bounds", BOUNDS, _apply))
