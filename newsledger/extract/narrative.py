"""The narrative's current day: events of sentences without a date of their own, dated by
the day the article stated just before (``date_link = "narrative"``).

News states a day once ("Rebels seized the airport on Friday.") and narrates the rest of it
without repeating it ("Troops withdrew to the coast. Later, the rebels marched on the port."). A sentence with no
date of its own whose first finite verb outside quotation marks is in the past (or which ends
on a reporting clause, ", the minister said.") is an event of the day the article stated just
before. Only a day of the week before publication, or the quarter a company just reported,
sets the current day, and only from a past clause, not a past perfect, a relative clause
("who was signed on Tuesday"), a comparison ("up from 2 million Thursday") or a background
noun ("after a large loss yesterday"). The day holds for four sentences and 600 characters,
and ends at another date, a future or a past perfect ("had warned"), "previously", or a
headline; a present tense ("The grid is old.") is no event of the day but keeps it. Sayings
are no events of a quarter ("The company said ..." is today's).

Measured by hand: about seven in ten narrative rows are events of their day on TimeBank,
MEANTIME and ECB+ news (the dev gold links few events across sentences; see
``benchmarks/dated_events.py`` for its figures by ``date_link``).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence

from newsledger.lexicon.actions import BASE_VERBS, COPULAS, IRREGULAR, IRREGULAR_MORE
from newsledger.lexicon.speech import CUES
from newsledger.records import DateMention, Event, LocalEntity
from newsledger.text import HEADLINE, TEXT, Document
from newsledger.text.quotemarks import QUOTE_SPANS

from .dates.tense import clause_tense
from .verbs import (CLAUSE_BREAK as _CLAUSE_BREAK, determiner_before as _determiner_before,
                    actor_after as _actor_after, actor_before as _actor, lemma,
                    participle as _participle, regular_lemma as _regular_lemma)

# Words before a dated noun that make it the background of another happening ("after a large
# loss yesterday", "since Friday's vote"): such a date sets no current day.
BACKGROUND_BEFORE = re.compile(r"(?i)\b(?:after|before|since|following|until|ahead\s+of|amid|"
                               r"despite|from|than|like|unlike)\s+(?:\S+\s+){0,3}?$")

# Dates that set the narrative's current day: a day, or the quarter a company reports on; not
# a week, a month or a year, which frame a background rather than a day's events.
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
    toks = _words(doc, [(a, min(b, stop)) for a, b in stretches if a < stop])
    found = _first_finite(doc, s, toks)
    if found is None or found[0] != "past" or found[1] > stop - 40:
        toks = _words(doc, stretches)
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


def _words(doc: Document, stretches: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(start, text) of the word tokens that start in the stretches and open with a letter."""
    text = doc.text
    starts, ends = doc.token_spans
    out: list[tuple[int, str]] = []
    for a, b in stretches:
        i, j = bisect_left(starts, a), bisect_left(starts, b)
        out += [(p, text[p:q]) for p, q in zip(starts[i:j], ends[i:j]) if text[p].isalpha()]
    return out


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
            if v and not _determiner_before(text, max(s, pos - 8), pos):
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


def _noun_before(text: str, left: int) -> bool:
    """``_NOUN_THAT.search(text, 0, left)``, "that" ending at ``left``: read from the letters
    before the white space before it (where any match starts), not from the text's start."""
    lo = left - len("that")
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    while lo > 0 and text[lo - 1].isalpha():
        lo -= 1
    return _NOUN_THAT.search(text, lo, left) is not None


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
    if opener in _RELATIVES or opener == "that" and _noun_before(doc.text, left):
        return False  # "DeShawn Wynn, who was signed on Tuesday": a background
    if (m := _CLAUSE_BREAK.search(doc.text, d.end, right)) is not None:
        right = m.start()
    return _PAST_PERFECT.search(doc.text, left, right) is None


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
            anchor = next((ev.date for ev in dating.get(k, ()) if quoted(ev.date.start) is None
                           and _sets_the_day(doc, ev.date, published)), None)  # the first
            if anchor is not None:
                current, stated = anchor, k
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
