"""What reconciliation needs of each article to find its copies and its story, computed in the
extract stage from the document and the article's entities and dates (so in parallel, once).

- ``terms``: what the article is about, as weighted terms: content words (lower case; function
  words and news-style words left out, ``lexicon.function_words``), numbers of two or more
  digits (``#60000``), the article's entities (``e:kanye west``), and the years its absolute
  dates name (``y:2020``), and the days the lead's dates name, relative ones resolved
  (``d:2020-11-04``), and the exact figures of its first paragraph (``f:score:2-1``,
  ``f:%:3.75``, ``f:duration:48``, ``f:.:6.2``: ``lead_figures``; no part of its vector,
  story clustering compares them as figures), and the specific places its lead names
  (``p:seacroft``: ``lead_places``; compared as places, no part of the vector either), and
  the days and weeks its first paragraph names (``h:2025-11-12``, ``h:2025-W45``:
  ``happening_days``; compared as days, no part of the vector either), and ``r:`` when it is
  a round-up of labelled items (``extract.round_ups``; no part of the vector). A
  word in the headline or the first two paragraphs of text (the lead) counts twice: that is
  where news states its happening. A dateline ("LONDON (Reuters) -") counts not at all: it
  says where the story was filed, not what happened. Weights are raw counts; the story
  clustering (``newsledger.reconcile.stories``) turns them into TF-IDF vectors over the corpus.
- ``dateline_day``: the month and day of a wire dateline ("LONDON, Feb 27 (Reuters) -":
  ``02-27``), which dates an article for story clustering when no year can be had for it.
- ``sketch``: the ``SKETCH_SIZE`` smallest hashes of the text's word 5-grams (a bottom-k
  MinHash sketch, Broder 1997): two articles that reproduce each other nearly word for word
  share most of them, so copies are found by looking up shared hashes, never by comparing every
  pair (``newsledger.reconcile.copies``).
"""
from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter

import numpy as np

from newsledger.lexicon.function_words import FUNCTION_WORDS, NEWS_WORDS
from newsledger.lexicon.numbers import (CURRENCY_WORDS, LETTER_SCALES, MAGNITUDES,
                                        SCALE_ABBREVIATIONS)
from newsledger.lexicon.places import (ADMIN_LAST_WORDS, CITY_NAMES, PLACE_NAMES, PLACE_PARTS,
                                       REGION_NOUNS_AFTER, ROUTE_WORDS, place_key)
from newsledger.lexicon.time import SPAN_BOUND_BEFORE
from newsledger.lexicon.people import PROGRAMME_ROLES
from newsledger.extract.patterns import LOWER_TEXT
from newsledger.extract.round_ups import is_round_up
from newsledger.records import DateMention, LocalEntity, StoryKeys
from newsledger.text import Document
from newsledger.text.credits import CREDITS_START
from newsledger.text.turns import SPOKEN_LABELS

from .key_numbers import number_terms

SHINGLE_WORDS = 5
SKETCH_SIZE = 24
LEAD_PARAGRAPHS = 2  # text paragraphs after the headline that count as the lead
LEAD_WEIGHT = 2.0
HEADLINE_CHARS = 140
LEAD_MIN_WORDS = 8  # a first paragraph of fewer words is a dateline, byline or time stamp
ENTITY_KINDS = ("person", "organization", "place")
_SKIP = FUNCTION_WORDS | NEWS_WORDS
# An exact figure of a kind every outlet of one happening states alike (``lead_figures``): a
# score ("2-1", "4–0"; not a boxer's record "52-3"), a duration ("a 48-hour strike", "for 24
# hours"), a number with a percent ("3.75%", "4 per cent") or a decimal ("a magnitude 6.2
# quake"); a number right after a currency sign is an amount, after a colon a time.
_EXACT_FIGURE = re.compile(
    r"(?<![\w.,:/$£€-])(?:(?P<score>1?\d[-\u2013]1?\d)(?![\w.,:/-]*\d)"
    r"|(?P<duration>\d{1,3})(?=[-\s](?:hour|day|week|month)s?\b)"
    r"|(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)(?![\d:])"
    r"(?P<percent>\s?(?:%|per\s?cent\b|percent\b))?)")
_WEEK = re.compile(r"\d{4}-W\d\d(?:-WE)?")  # an ISO week or its weekend ("2025-W45-WE")
_NEXT_WORD = re.compile(r"[^\S\n]?([A-Za-z]+)")
# Lead places (``lead_places``): last words of areas that are context, not a happening's spot
# ("Hennepin County", "Hormozgan province", "the Persian Gulf"), and abbreviations written out.
_REGION_WORDS = ADMIN_LAST_WORDS | REGION_NOUNS_AFTER | frozenset(
    {"gulf", "sea", "ocean", "peninsula", "coast", "desert", "mountains", "strait"})
_PLACE_WORDS = {"mt": "mount", "st": "street", "ave": "avenue", "blvd": "boulevard",
                "rd": "road", "sq": "square", "n": "", "s": "", "e": "", "w": ""}
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)[^\S\n]+(?:the[^\S\n]+)?$")
_AMOUNT_WORDS = frozenset(MAGNITUDES) | frozenset(SCALE_ABBREVIATIONS) | frozenset(
    LETTER_SCALES) | frozenset(CURRENCY_WORDS)


def _words(doc: Document) -> list[str]:
    """Every word token of the document, lower case."""
    text, low = doc.text, LOWER_TEXT(doc)
    if len(low) == len(text) and "\u03a3" not in text:
        # each character lower-cased on its own (a capital sigma's case depends on what
        # follows): the lower-cased text's slices are the tokens lower-cased
        return [low[s:e] for s, e in zip(*doc.token_spans)]
    return [text[s:e].lower() for s, e in zip(*doc.token_spans)]


# The hashes' constants, made once (a NumPy scalar costs a call to make).
_BASE, _ONE = np.uint64(1_000_003), np.uint64(1)
_MIX = tuple(np.uint64(v) for v in (30, 0xBF58476D1CE4E5B9, 27, 0x94D049BB133111EB, 31))


def _mix(h: np.ndarray) -> np.ndarray:
    """A 64-bit finalizer (splitmix64): spreads the bits of each hash, in place."""
    s1, m1, s2, m2, s3 = _MIX
    h ^= h >> s1
    h *= m1
    h ^= h >> s2
    h *= m2
    h ^= h >> s3
    return h


def _shingle_hashes(words: Sequence[str]) -> np.ndarray:
    """A 63-bit hash of every run of ``SHINGLE_WORDS`` consecutive words (of the whole text
    when it is shorter): each word hashed once (CRC-32), the runs combined by a polynomial in
    wrapping 64-bit arithmetic, then mixed; the same on every machine (in place: NumPy's
    cost on an article's few hundred hashes is its calls)."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    codes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64,
                        count=len(words))  # of the UTF-8
    k = min(SHINGLE_WORDS, len(codes))
    n = len(codes) - k + 1
    h = codes[:n].copy()
    with np.errstate(over="ignore"):
        for j in range(1, k):
            h *= _BASE
            h += codes[j:j + n]
        h = _mix(h)
        h >>= _ONE
        return h


def shingles(doc: Document) -> set[int]:
    """Hashes (63-bit) of every run of ``SHINGLE_WORDS`` consecutive word tokens of the
    document, lower case (a text shorter than that: of the whole text)."""
    return set(_shingle_hashes(_words(doc)).tolist())


def sketch(doc: Document, words: Sequence[str] | None = None) -> tuple[int, ...]:
    """The ``SKETCH_SIZE`` smallest shingle hashes of the document, ascending."""
    h = _shingle_hashes(_words(doc) if words is None else words)
    if len(h) > SKETCH_SIZE:
        # The smallest hashes without sorting them all (a fifth of the cost): when they are
        # all different (no repeated 5-gram among them), they are the sketch.
        low = set(np.partition(h, SKETCH_SIZE - 1)[:SKETCH_SIZE].tolist())
        if len(low) == SKETCH_SIZE:
            return tuple(sorted(low))
    return tuple(np.unique(h)[:SKETCH_SIZE].tolist())


def _lead_end(doc: Document) -> int:
    """Offset where the lead ends: after the headline and ``LEAD_PARAGRAPHS`` text paragraphs."""
    seen = 0
    for p in doc.paragraphs:
        if doc.headline is not None and p.start == doc.headline.start:
            continue
        seen += 1
        if seen == LEAD_PARAGRAPHS:
            return p.end
    return len(doc.text)


def _term(word: str) -> str | None:
    """The story term a lower-case word token gives: ``#`` and its digits for a number of two
    or more digits, the word without a possessive for a content word, else None."""
    if word[0].isdigit():
        digits = word.replace(",", "")
        if len(digits) > 1 and (digits[1].isdigit() or sum(c.isdigit() for c in digits) >= 2):
            return "#" + digits.rstrip(".")
        return None
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    word = word.strip(".")
    if len(word) < 3 or word in _SKIP or not word[0].isalpha():
        return None
    return word


def _programme_staff(doc: Document) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """The spans of a transcript's labels that give one of its own presenters or reporters
    (a role of ``PROGRAMME_ROLES``: 'KAREN HOLT, CNV ANCHOR:', 'MIKE FERRANTE, CORRESPONDENT:'),
    and the words of their names (karen, holt, mike, ferrante)."""
    spans: list[tuple[int, int]] = []
    words: set[str] = set()
    for _, m in SPOKEN_LABELS(doc):
        role = m.group("role")
        if role and PROGRAMME_ROLES & set(role.lower().split()):
            spans.append((m.start(), m.end()))
            words.update(w for w in m.group("spk").lower().split() if len(w) > 2)
    return spans, frozenset(words)


def story_terms(doc: Document, entities: Sequence[LocalEntity],
                dates: Sequence[DateMention],
                words: Sequence[str] | None = None) -> tuple[tuple[str, float], ...]:
    """The article's weighted terms (module docstring), sorted by term; ``words`` are the
    document's word tokens in lower case, when the caller has them."""
    lead_end = _lead_end(doc)
    line = doc.dateline  # "LONDON (Reuters) -" says where a story was filed, not what it is
    skip_start, skip_end = (line.start, line.end) if line is not None else (0, 0)
    credits = CREDITS_START(doc)  # "(Reporting by …; Editing by …)": who made it, not what
    starts = doc.token_spans[0]
    if words is None:
        words = _words(doc)
    # (a word of letters only, most of them, is its own term unless short or skipped: read
    # here without a call of ``_term``, which gives the same)
    terms = [(w if len(w) > 2 and w not in _SKIP else None) if w.isalpha() else _term(w)
             for w in words]
    for k, t in number_terms(words, starts, doc.token_spans[1], doc.text).items():
        terms[k] = t  # numbers as values, however written
    lead = bisect_left(starts, lead_end)
    skip0, skip1 = bisect_left(starts, skip_start), bisect_left(starts, skip_end)
    if skip0 < skip1:  # the dateline's words give no terms
        terms[skip0:skip1] = [None] * (skip1 - skip0)
    # nor the labels of a transcript's own presenters and reporters ("KAREN HOLT, CNV ANCHOR:")
    # and their names wherever they are said ("Thank you, Karen"): who is on air, not what
    # happened (a guest's or witness's label, "GWEN MORGAN, RESIDENT:", is the story's)
    labels, staff = _programme_staff(doc)
    for a, b in labels:
        a, b = bisect_left(starts, a), bisect_left(starts, b)
        terms[a:b] = [None] * (b - a)
    if staff:
        terms = [None if t in staff else t for t in terms]
    del terms[bisect_left(starts, credits):]  # nor the credits' words
    kept = list(filter(None, terms))
    in_lead = list(filter(None, terms[:lead]))
    counts: Counter[str] = Counter()
    counts.update({t: float(n) for t, n in Counter(kept).items()})
    for t, n in Counter(in_lead).items():  # the lead counts LEAD_WEIGHT times
        counts[t] += (LEAD_WEIGHT - 1.0) * n
    for e in entities:
        if e.kind in ENTITY_KINDS:
            named = [m for m in e.mentions if (m.kind == "name" or m.kind == "alias")
                     and not skip_start <= m.start < skip_end and m.start < credits]
            if labels:
                named = [m for m in named if not any(a <= m.start < b for a, b in labels)]
            if named and not (staff and set(e.name.lower().split()) <= staff):
                counts["e:" + e.name.lower()] += float(len(named))
            if e.kind == "organization":
                # its short name as the article writes it ("Halvern" for "Halvern Foods"): the
                # term another outlet's brief that names only the short form shares with it
                for alias in e.aliases:
                    if not (e.name.startswith(alias + " ") and " " not in alias):
                        continue
                    n = sum(1 for m in named if m.kind == "alias" and m.text == alias)
                    if n:
                        counts["e:" + alias.lower()] += float(n)
    for d in dates:
        if d.anchor == "absolute" and d.precision in ("day", "week", "month", "quarter",
                                                      "season", "year"):
            counts["y:" + d.value[:4]] += 1.0
        if d.precision == "day" and d.start < lead_end and len(d.value) == 10 \
                and _word_before(doc.text, d.start) not in SPAN_BOUND_BEFORE:
            counts["d:" + d.value] += 1.0
    for day in happening_days(doc, dates):
        counts["h:" + day] = 1.0
    for f in lead_figures(doc, dates):
        counts[f] = 1.0
    for p in lead_places(doc, entities):
        counts[p] = 1.0
    if is_round_up(doc, entities):
        counts["r:"] = 1.0
    return tuple(sorted(counts.items(), key=_TERM_OF))  # (by term alone: terms are unique)


_TERM_OF = itemgetter(0)


def _first_paragraph(doc: Document) -> tuple[int, int] | None:
    """Where the article's first text paragraph runs: the first of ``LEAD_MIN_WORDS`` words
    or more after the headline (not a dateline, byline or time stamp line), without its
    dateline."""
    first = next((p for p in doc.paragraphs
                  if (doc.headline is None or p.start != doc.headline.start)
                  and len(p.text.split()) >= LEAD_MIN_WORDS), None)
    if first is None:
        return None
    start = first.start
    if doc.dateline is not None and first.start <= doc.dateline.start < first.end:
        start = max(start, doc.dateline.end)
    return start, first.end


def happening_days(doc: Document, dates: Sequence[DateMention]) -> set[str]:
    """The days and weeks the article's first text paragraph (``_first_paragraph``) names
    ("2025-11-12", "2025-W45"; ``h:`` terms: no part of the vector): where news dates its
    happening. The next paragraph often recalls an earlier one ("who scored twice on
    Saturday"), and a follow-up's first paragraph names the happening it follows ("a fire last
    week"), so these days, not all the lead's, tell two happenings days apart
    (``reconcile.stories_dates.lead_days_differ``). A day that bounds a span ("since
    Christmas", "until Friday": ``SPAN_BOUND_BEFORE``) is a point of reference, not one."""
    span = _first_paragraph(doc)
    if span is None:
        return set()
    start, end = span
    return {d.value for d in dates if start <= d.start < end and (
        d.precision == "day" and len(d.value) == 10
        or d.precision == "week" and _WEEK.fullmatch(d.value))
        and _word_before(doc.text, d.start) not in SPAN_BOUND_BEFORE}


def lead_places(doc: Document, entities: Sequence[LocalEntity]) -> set[str]:
    """The most specific places the article's lead (its first two text paragraphs; not its
    headline, whose title case names places of words, nor its dateline) names, as ``p:``
    terms (``p:seacroft``, ``p:mount cook``): its place entities named there, less those that
    are only context: the countries, states, nations and big cities the lexicon lists ("in
    Seacroft, Leeds": Seacroft), their parts ("southern Iran"), counties, provinces and
    regions, seas and gulfs, and the place its dateline names; and a place named only as one
    the happening passes or heads for ("tractors rumbled past Downing Street": ``ROUTE_WORDS``;
    one outlet names one point of a march's route, another another). Names are written in full
    ("Mt" as "mount", "Blvd" as "boulevard") and without compass words, so that one place's
    shorter name has no word its longer one lacks (``stories_linkage.places_differ``). Two
    look-alike happenings in one city (two fires, two stabbings) are told apart by their
    districts, streets and venues."""
    end = _lead_end(doc)
    skip = [(x.start, x.end) for x in (doc.headline, doc.dateline) if x is not None]
    line = doc.dateline  # its words, spaced: " leeds england reuters "
    dateline = " ".join(["", *re.findall(r"[\w']+", place_key(doc.text[line.start:line.end])),
                         ""]) if line is not None else ""
    out = set()
    for e in entities:
        if e.kind != "place" or not any(
                m.kind in ("name", "alias") and m.start < end
                and not any(a <= m.start < b for a, b in skip)
                and not _on_route(doc.text, m.start) for m in e.mentions):
            continue
        key = place_key(e.name)
        words = [x for w in key.split()
                 if w not in PLACE_PARTS and (x := _PLACE_WORDS.get(w, w))]
        if not words or key in PLACE_NAMES or " ".join(words) in PLACE_NAMES \
                or e.name in CITY_NAMES \
                or words[-1] in _REGION_WORDS or f" {key} " in dateline:
            continue
        out.add("p:" + " ".join(words))
    return out


def _on_route(text: str, start: int) -> bool:
    """Whether the place named at ``start`` follows a route word ("rumbled past Downing
    Street", "towards the Strand"): a point passed, not the happening's spot."""
    return _word_before(text, start) in ROUTE_WORDS


def _word_before(text: str, start: int) -> str:
    """The word before offset ``start`` (past a "the"), lower case; "" when there is none."""
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word.group(1).lower() if word is not None else ""


def lead_figures(doc: Document, dates: Sequence[DateMention] = ()) -> set[str]:
    """The exact figures the article's first text paragraph states, as ``f:`` terms (module
    docstring): scores (``f:score:2-1``), percentages (``f:%:3.75``), durations
    (``f:duration:48``) and decimals that are no amount (a magnitude: ``f:.:6.2``; not
    "$2.5 million"). The first text paragraph is the first of ``LEAD_MIN_WORDS`` words or more
    (not a dateline, byline or time stamp line); its dateline, dates and times are left out.
    Every outlet of one happening states its magnitude, rate, score or strike length alike (a
    death toll or a crowd may differ, or rise overnight); two look-alike happenings seldom do.
    Ages are left out: a lead names the victim's age in one outlet, the suspect's in another."""
    span = _first_paragraph(doc)
    if span is None:
        return set()
    start, end = span
    spans = [(d.start, d.end) for d in dates if d.end > start and d.start < end]
    text = doc.text
    out = set()
    for m in _EXACT_FIGURE.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in spans):
            continue  # "16 December 2008"
        if m.group("score"):
            out.add("f:score:" + m.group("score").replace("\u2013", "-"))
        elif m.group("duration"):
            out.add("f:duration:" + m.group("duration"))
        elif m.group("percent"):
            out.add("f:%:" + _plain(m.group("number")))
        elif "." in m.group("number") and not _amount_after(text, m.end()):
            out.add("f:.:" + _plain(m.group("number")))
    return out


def _amount_after(text: str, end: int) -> bool:
    """Whether a scale or currency word follows a number ("2.5 million", "1.2bn", "4.5 euros")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() in _AMOUNT_WORDS


def _plain(number: str) -> str:
    """A number as written, without thousands separators or trailing zeros after a point."""
    value = number.replace(",", "")
    return value.rstrip("0").rstrip(".") if "." in value else value


def headline(doc: Document) -> str | None:
    """The article's headline line, else its first sentence, on one line and cut at
    ``HEADLINE_CHARS`` characters at a word boundary: what names its story when the input
    gave no title."""
    first = doc.headline or (doc.sentences[0] if doc.sentences else None)
    if first is None:
        return None
    text = " ".join(first.text.split())
    if len(text) > HEADLINE_CHARS:
        text = text[:HEADLINE_CHARS].rsplit(" ", 1)[0] + "…"
    return text or None


def story_keys(doc: Document, entities: Sequence[LocalEntity],
               dates: Sequence[DateMention]) -> StoryKeys:
    # (imported here: reconciliation reads ``shingles`` from this module, and the build's own
    # process need not compile the date patterns for it)
    from newsledger.extract.dates.publication import dateline_month_day  # noqa: PLC0415

    words = _words(doc)
    return StoryKeys(terms=story_terms(doc, entities, dates, words), sketch=sketch(doc, words),
                     headline=headline(doc), headline_line=doc.headline is not None,
                     dateline_day=dateline_month_day(doc))
