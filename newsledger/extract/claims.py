"""Numbers asserted as fact: value, unit, qualifier, subject, claimant, as-of date, measure key.

Method. One precompiled regular expression finds every quantity candidate in one pass: an
optional currency sign or code ("$", "US$", "£", "Rs", "USD"), digits (thousands separators,
decimals) or a spelled-out number ("twenty-five", "two hundred and fifty thousand",
"a dozen", "half a million"), an optional scale ("million", "bn", "mln", "crore"; "k"/"m"/"b"
only after a currency sign or before a plural noun) and an optional glued unit: percent
("%", "percent", "per cent", "pct", "percentage points"), an age ("43-year-old", "43 years
old"), a hyphenated unit ("three-hour-long", "10-point") or a unit suffix ("5km", "30mph").
Spans that cannot hold a claim are computed once per text and skipped: the ``dates`` the date
extractor found, links, handles, hashtags, e-mail addresses, phone numbers and clock times.
Each remaining candidate is then tested by small local rules (a few characters either side):
years (four digits 1800-2100 unless a count noun follows: "2,020 votes" and "2000 people" are
counts), codes (leading zeros, five or more digits without separators, digits glued to letters:
"G7", "3D", "4th", "1990s"), scores and ranges ("3-2", "10-12", "24/7": not claims), list
markers, addresses ("10 Downing Street"), numbers inside names (a capitalized word right
before: "Apollo 11", "Windows 10", "S&P 500", "KANYE 2024", except in Title Case headlines;
a reference word: "page 3", "Section 230", "top 10"; a model number the article also writes
after a name, in the plural or three times bare: "the 787" next to "Boeing 787", "787s"),
day-month dates the date extractor missed ("4 November"), "one" as a pronoun, an idiom or an
anonymous speaker ("no one", "one of the", "one day", "one fan wrote"), capitalized number
words inside names ("Formula One").

For a kept quantity: the unit is its glued unit, its currency, or the head noun among the next
three words (plural nouns; adjectives skipped: "12 swing states" -> "state"; measure-changing
modifiers kept: "306 electoral votes" -> "electoral vote"; "of those" read through:
"10,188 of those votes"), singularized with the lexicon. Ages ("Smith, 54,", "aged 43") get
the unit "year". The qualifier is the longest lexicon phrase right before the quantity
("little more than" -> more_than, "couldn't even reach" -> less_than) or after it ("or more",
"+"), else exact. The clause is the sentence of the document (``newsledger.text``:
abbreviations such as "Nov." and "Mr." do not end one), at most about 400 characters either
side of the number. The subject is the nearest non-place entity mention (or a title in quote
marks: '"The Long Shore" took £4.2m') before the quantity in its sentence (None for
denominators: "out of 130 million ballots"); the
claimant is the speaker of the quote the number sits in, else an "according to X" / "as per X"
phrase or the subject of a reporting verb in the sentence ("police said"), as written (or the
canonical entity name when that span is an entity mention). ``as_of_date`` is the date of a
``dates`` expression introduced by "as of" / "by" / "as at" in the same sentence.
``measure`` and ``period`` come from ``measures.py`` (what is counted, when; a
place right after the number, "10,188 of those votes are from Tennessee", or a sentence-initial
"In <Place>," limits the measure); ``measure_key`` = "subject|measure|period|unit" (lower
case). A measured claim with no subject in its sentence takes the first entity of the sentence
before (same paragraph), else the article's most-mentioned person or organization.

Sources: hand-written rules from the usage of English news; word lists in
``newsledger.lexicon.numbers``. Standard library only; every pattern is bounded, so the cost is
linear in the text length.

Two more passes read what the quantity pattern cannot. Fractions written as words ("half",
"a third", "two-thirds", "three quarters") are claims when they state a quantity: followed by
"of" ("half of voters", "a quarter of a million people" -> 250000, "half of 1 percent" -> 0.5
percent), "half" before a determiner ("half that", "half the price") or "a"/"an" and a unit
("half a percentage point"), a numerator form before "majority"/"stake" ("a two-thirds
majority"), or after "by" or a qualifier at the end of a phrase ("cut by half", "more than half
said"); never after an ordinal or a period word ("the first half", "in half", "a third term").
Their value is the fraction (0.5), unit "fraction", with no measure (never compared). Lengths
of time written with an article ("a decade", "an hour") are claims of 1 unit after a duration
word, a qualifier or a superlative's "in" ("for a decade", "lasted an hour", "more than a
year", "the lowest in a decade") or glued to "-long" ("a year-long inquiry"), not before "ago",
"later", "after" ("a year ago").

Limits: sports scores and ranges written with a hyphen or slash ("3-2", "10-12") are not
claims (neither side is read); multiples ("twice", "double"), ordinals ("finished third") and
vague plurals ("hundreds of", "dozens") are not read; a fraction's whole ("half of the 400
staff") is not linked to it; numbers right after a
capitalized word are taken as part of a name, so Title Case headlines lose their numbers;
subjects and claimants are positional, not syntactic; the sign of negative numbers is lost.
"""
from __future__ import annotations

import datetime as dt

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence

from newsledger.lexicon.numbers import (
    RUNNING_MEASURES, ADJECTIVE_ENDINGS, AGE_BEFORE, ARTICLE_DURATIONS, ARTICLE_NUMBERS,
    AS_OF_PHRASES,
    CLAIMANT_PREFIXES, CLAIMANT_VERBS, CLAUSE_WORDS, CURRENCY_PREFIXES, CURRENCY_WORDS,
    DEFINITE_BEFORE, DENOMINATOR_BEFORE, DURATION_BEFORE, DURATION_NOT_BEFORE,
    FRACTION_DENOMINATORS, FRACTION_DETERMINERS, FRACTION_NOUNS_AFTER,
    FRACTION_PERIOD_WORDS, HALF_A_UNITS,
    HALF_IDIOMS, HYPHEN_NOT_UNITS, INVARIANT_PLURALS, IRREGULAR_SINGULAR,
    LETTER_SCALES, MAGNITUDES, MARKET_VENUE_WORDS, MARKET_VENUES, MEASURE_UNITS, METRE_CONTEXT,
    NAME_BEFORE, NOT_UNITS, NUMBER_WORDS,
    ONE_HYPHEN_IDIOMS, ONE_IDIOMS, ONE_PRONOUN_BEFORE, POUND_WORDS, QUALIFIERS,
    SCALE_ABBREVIATIONS, SENTENCE_OPENERS, SPEAKER_VERBS, STREET_WORDS, SUPERLATIVES,
    TRAILING_QUALIFIERS,
    UNIT_ALIASES, UNIT_MODIFIERS, UNIT_SUFFIXES, YEAR_COUNT_NOUNS)
from newsledger.lexicon.time import MONTHS, WEEKDAYS
from newsledger.records import Claim, DateMention, LocalEntity, Quote
from newsledger.text import Document

from .entities import quoted_titles
from .measures import measure_key, measure_of, period_of


def _alt(words, flags: str = "") -> str:
    """A regex alternation of ``words``, longest first (so "US$" wins over "$")."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


_SP = r"[ \t\u00a0]"  # horizontal space: a quantity never spans lines
_WORD_TOKENS = (set(NUMBER_WORDS) | set(MAGNITUDES) | {"dozen"})
_W = _alt(_WORD_TOKENS)
_AFTER_MAGNITUDE = "(?:" + "|".join(f"(?<={w})" for w in MAGNITUDES) + ")"
_SCALE_WORDS = _alt(set(MAGNITUDES) - {"hundred"} | set(SCALE_ABBREVIATIONS))
_ARTICLE_HEAD = _alt(ARTICLE_NUMBERS)
_DIGIT_WORDS = {w: v for w, v in NUMBER_WORDS.items() if v < 10} | {"oh": 0, "nought": 0}
_DIGIT_WORD = _alt(_DIGIT_WORDS)

# The one pattern that finds quantity candidates. Groups:
#   cur   currency sign or code before the number      num   digits
#   word  spelled-out number ("a dozen", "twenty-five", "half a million")
#   dec   its decimals as words ("one point three")
#   scale "million", "bn" ...   lscale  a glued k/m/b   plus  "+" or "-plus" (at least)
#   pct   percent / percentage points    age  "-year-old"    hy  hyphenated unit ("-hour")
#   suf   glued unit suffix ("km", "mph")
_QUANTITY = re.compile(
    rf"(?:(?<![A-Za-z])(?P<cur>{_alt(CURRENCY_PREFIXES)}){_SP}?)?"
    rf"(?:(?<![\w.,/:@#\-–‐])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?<![\w\-–‐@#])(?P<word>(?i:(?:(?:a|half{_SP}+a|a{_SP}+half){_SP}+"
    rf"(?={_ARTICLE_HEAD}\b))?"
    rf"{_W}(?:(?:-|{_SP}+|{_AFTER_MAGNITUDE}{_SP}+and{_SP}+){_W}){{0,8}})(?!\w))"
    rf"(?P<dec>(?i:{_SP}+point(?:{_SP}+{_DIGIT_WORD})+)(?!\w))?)"
    rf"(?P<half>{_SP}+and{_SP}+a{_SP}+half(?!\w))?"
    rf"(?:{_SP}?-?(?P<scale>(?i:{_SCALE_WORDS}))\b|(?P<lscale>[kKmMbB])(?![\w]))?"
    rf"(?P<plus>\+|-plus\b)?"
    rf"(?:(?P<pct>{_SP}?%|{_SP}?(?i:percentage{_SP}+points?|per{_SP}?cent|percent|pct)\b|pc\b)"
    rf"|(?P<age>(?i:-years?-olds?|{_SP}+years?(?:{_SP}+|-)olds?|-year{_SP}+olds?))\b"
    rf"|-(?P<hy>[a-z]+)(?:-(?:long|old))?\b"
    rf"|(?P<suf>(?i:{_alt(UNIT_SUFFIXES)}))(?![A-Za-z]))?")

# Where a quantity can be: a digit or a number word (in the lower-cased text), at most
# _QUANTITY_BEFORE characters after the start of its match ("US$ 5", "half a million").
_QUANTITY_HINT = re.compile(r"\d+|(?<![a-z])" + _W)
_QUANTITY_BEFORE = 16

# Spans where a number is never a claim: links, handles, hashtags, e-mails, phones, times.
_BLOCKED = re.compile(
    r"(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.|pic\.twitter\.com/)\S+"  # links
    r"|\.(?:com|org|net|gov|edu|co|io|ly|uk)/\S*"  # paths after a domain
    r"|[@#][\w.-]{1,100}"  # handles, hashtags, e-mail domains
    r"|\+\d[\d \t().-]{6,18}\d|\(\d{3}\)[ \t]?\d{3}[-. ]\d{4}"  # phone numbers
    r"|\d(?:\d{2}[-.]\d{3}[-.]\d{4}\b"  # 555-123-4567
    r"|\d?(?:[:.]\d{2})?[ \t]?(?:[aApP]\.[mM]\.|[aApP][mM]\b|o['’]clock)"  # 7 p.m., 9.30am
    r"|\d?:\d{2}(?::\d{2})?\b"  # 10:30, 16:08:00
    r"|\d{3}[ \t]?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET|PT|hrs)\b)"  # 1400 GMT
    r"|\b0\d{2,4}[ \t]\d{3,4}[ \t]?\d{3,4}\b")  # 0800 123 456, 020 7946 0000
_BLOCKED_HINT = re.compile(  # one character each, so no hint hides another
    r"\d|[@#+(]|h(?=ttps?:)|w(?=ww\.)|p(?=ic\.twitter\.com/)"
    r"|\.(?=(?:com|org|net|gov|edu|co|io|ly|uk)/)")
# "call us on 555 0199": digit groups split by spaces, right after call, phone, ring, dial, text.
_SPACED_DIGITS = re.compile(r"(?<![\d,.])\d{3,4}[ \t-]\d{3,4}(?:[ \t-]\d{3,4})?(?![\d,.])")
_PHONE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:call|phone|ring|dial|text)(?:[ \t]+(?:us|them|him|her|on|at))*[ \t]+)$")
_PREV_WORD = re.compile(r"([\w.’'&-]*\w[.’'&]?)[ \t\u00a0]*$")
_NEXT_WORDS = re.compile(
    rf"{_SP}+(?P<of>of{_SP}+(?:those|these|the|its|his|her|their|all|which){_SP}+)?"
    rf"(?P<w1>[A-Za-z][A-Za-z'’]*)(?:{_SP}+(?P<w2>[a-z][a-z'’]*))?"
    rf"(?:{_SP}+(?P<w3>[a-z][a-z'’]*))?")
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_QUALIFIER = re.compile(
    rf"(?i)(?<![\w'’])(?P<q>{_alt(QUALIFIERS)}){_SP}+(?:even{_SP}+)?$")
_TRAILING = re.compile(rf"{_SP}*(?P<q>or{_SP}+(?:more|so|fewer|less))\b")
_DENOMINATOR = re.compile(rf"(?i)\b{_alt(DENOMINATOR_BEFORE)}{_SP}+$")
_AS_OF = re.compile(rf"(?i)\b{_alt(AS_OF_PHRASES)}{_SP}+$")
_CLAIMANT_PREFIX = re.compile(
    rf"(?i)\b{_alt(CLAIMANT_PREFIXES)}{_SP}+"
    r"(?P<who>[^,.;:!?\n()\"“”]{2,60}?)(?=[,.;:!?\n()\"“”]|$"
    rf"|{_SP}+(?:on|in|at|which|who|that|as|after|before|since|when|and|but)\b)")
_VERB = re.compile(r"\b" + _alt(CLAIMANT_VERBS) + r"\b")
_CLAUSE_BEFORE = re.compile(r"(?:^|[,;:\"“”(—–])\s*(?P<who>[^,;:\"“”()—–\d]{2,60}?)\s*$")
_AFTER_VERB = re.compile(r"\s+(?P<who>(?:the\s+)?[A-Z][^,.;:!?\"“”()\d]{1,60}?)\s*(?:[,.;:!?]|$)")
_SCOPE_AFTER = re.compile(
    rf"(?:{_SP}+[a-z]+){{0,3}}?{_SP}+(?:from|in){_SP}+(?:the{_SP}+)?"
    rf"(?P<place>[A-Z][\w'’.-]*(?:{_SP}+[A-Z][\w'’.-]*){{0,3}})")
_SCOPE_BEFORE = re.compile(
    rf"[\"“'‘(]?(?:In|From|Across){_SP}+(?:the{_SP}+)?"
    rf"(?P<place>[A-Z][\w'’.-]*(?:{_SP}+[A-Z][\w'’.-]*){{0,3}}),")
_STREET = re.compile(rf"(?:{_SP}+[A-Z][\w'’.-]*){{0,2}}{_SP}+(?P<st>[A-Z][A-Za-z]*)\b")
_LIST_MARKER = re.compile(r"[.)][ \t]")
_AGE_COMMA_BEFORE = re.compile(r"(?P<cap>[A-Z])?[\w'’.-]*[A-Za-z],[ \t]$")
_AGE_COMMA_AFTER = re.compile(r",|\)|[ \t]+(?:of|from|who|and|was|is|has|had|said)\b|\.")
_AGE_PAREN_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]\($")
_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_MONTH_AFTER = re.compile(
    rf"{_SP}+(?:{'|'.join(sorted((k.capitalize() for k in MONTHS), key=len, reverse=True))})\b")
# "Boeing 787", "A320", "Windows 2000": model numbers that are names wherever they recur.
# A bare three- or four-digit number written three times or more is a name ("the 787").
_BARE_NUMBER = re.compile(r"(?<![\w.,$£€¥-])(\d{3,4})(?![\w%]|[.,]\d|[ \t\u00a0]?(?:%|per))")
# "737s", "A380s": a three-digit number with a plural -s is a model name.
_MODEL_PLURAL = re.compile(r"(?<![\w.,])(\d{3})['’]?s\b")
_NAME_NUMBER = re.compile(r"\b([A-Z][\w&]{0,30})[ \t-]?(?<![.,])(\d{3,4})\b(?![,.]\d)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|on|from|by|of|for|near)\s+(?:the\s+)?$")
_POSSESSOR = re.compile(r"['’]s?[ \t]+[$£€¥]?")
_TRADING_AFTER = re.compile(r"\s+(?:composite\s+)?trading\b")
_TRADING_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?(?:composite\s+)?$")
_POSSESSIVE_GAP = re.compile(r"['’]s?[ \t]+(?:[Tt]he[ \t]+)?")
_PART_BREAK = re.compile(r"[,;:—–(]|\b(?:and|but|while|whereas)\b")
_REPORTING = re.compile(r"\b(?:said|says|say|told|tells|added|announced|claimed|insisted|"
                        r"explained|argued|warned|wrote|tweeted|stated|according)\b")
_CLAUSE_BREAK = re.compile(r"[,;:—–()\"“”]|\s-\s")
_MAX_HALF_CLAUSE = 400
_LEAD_JUNK = " \t\"'“‘(•*-–—[>"
# Fractions as words: "half", "a third", "an eighth", "one-quarter", "two-thirds", "three
# quarters" (the numerator, when written, in group n).
_FRACTION = re.compile(
    rf"(?<![\w\-–‐'’])(?i:(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine)"
    rf"(?:{_SP}+|-))?(?P<den>{_alt(FRACTION_DENOMINATORS)}))(?![\w\-–‐'’])")
# Where a fraction can be: its denominator word. Finding these first and trying _FRACTION only
# around them is several times faster than trying it at every offset (``_fractions``).
_FRACTION_HINT = re.compile(_alt(FRACTION_DENOMINATORS))  # whole words, lower case
_FRACTION_BEFORE = 16  # characters a numerator and its space take before the denominator
_FRACTION_OF = re.compile(
    rf"{_SP}+of(?:{_SP}+(?P<art>an?){_SP}+(?P<what>[A-Za-z]+(?:{_SP}+[a-z]+)?))?(?![\w\-])")
_HALF_A = re.compile(
    rf"{_SP}+an?{_SP}+(?P<what>{_alt(HALF_A_UNITS, 'i')})(?![\w\-–‐])")
_HALF_DETERMINER = re.compile(
    rf"(?i){_SP}+(?:the|that|this|those|these|its|their|his|her|our|all|them)\b"
    rf"(?:{_SP}+(?P<noun>[a-z]+))?")
_OF_PERCENT = re.compile(
    rf"{_SP}+of{_SP}+(?P<n>\d{{1,3}}(?:\.\d+)?|one){_SP}?(?:%|(?i:per{_SP}?cent|percent)\b)")
_SUPERLATIVE_IN = re.compile(
    rf"(?i)\b(?:{_alt(SUPERLATIVES)})\b[^,;:.!?\"“”]{{0,40}}?\bin{_SP}+"
    rf"(?:{_alt(QUALIFIERS)}{_SP}+)?$")
_ON_AFTER = re.compile(rf"{_SP}+on(?:[,.;:!?]|{_SP}*$)", re.M)
_AND_A_HALF = re.compile(rf"{_SP}+and{_SP}+a{_SP}+half(?![\w\-–‐])")
_NEXT_TOKEN = re.compile(rf"{_SP}*(?P<w>[A-Za-z][A-Za-z'’]*)?")
_BY_BEFORE = re.compile(rf"(?i)\bby{_SP}+$")
# "for a decade", "lasted an hour", "more than a year": an article duration.
_ARTICLE_DURATION = re.compile(
    rf"(?<![\w\-–‐])(?i:an?){_SP}+(?P<unit>(?i:{_alt(ARTICLE_DURATIONS)}))"
    rf"(?:(?P<long>-long)(?![\w\-–‐])|(?![\w\-–‐'’]))")


def _singular(word: str) -> str:
    """A plural noun in the singular ("states" -> "state", "people" -> "person")."""
    w = word.lower()
    if w in UNIT_ALIASES:
        return UNIT_ALIASES[w]
    if w in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and len(w) > 2:
        return w[:-1]
    return w


def _is_plural(w: str) -> bool:
    """Whether a lower-case word looks like a plural noun."""
    if w in INVARIANT_PLURALS:
        return True
    if w in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[w] != w
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


def _words_value(text: str, start: int, end: int) -> tuple[float, int, bool] | None:
    """Value of the spelled-out number in ``text[start:end]``, the end actually read, and
    whether it was cut short (an invalid continuation such as "one and two")."""
    total = 0.0
    cur = 0.0
    last = ""
    read_end = start
    half = False
    for t in _WORD_TOKEN.finditer(text, start, end):
        tok = t.group().lower()
        if tok == "and":
            if last not in ("hundred", "mag"):
                return (total + cur) * (0.5 if half else 1), read_end, True
            continue
        if tok == "half":
            half = True
            continue
        if tok == "a":
            cur = 1.0
            last = "a"
            continue
        v = NUMBER_WORDS.get(tok)
        if v is not None:
            if last in ("unit", "teen", "ten") and not (last == "ten" and 0 < v < 10):
                return (total + cur) * (0.5 if half else 1), read_end, True
            cur += v
            last = "ten" if v >= 20 else "teen" if v >= 10 else "unit"
        elif tok == "hundred":
            if last == "hundred":
                return None
            cur = (cur or 1.0) * 100
            last = "hundred"
        elif tok == "dozen":
            cur = (cur or 1.0) * 12
            last = "dozen"
        elif tok in MAGNITUDES:
            total += (cur or 1.0) * MAGNITUDES[tok]
            cur = 0.0
            last = "mag"
        else:
            return None
        read_end = t.end()
    return (total + cur) * (0.5 if half else 1), read_end, False


class _Article:
    """What every candidate needs, computed once per text."""

    __slots__ = ("text", "low", "blocked_starts", "blocked_ends", "doc", "mention_starts",
                 "mentions", "places", "quotes", "dates", "date_starts", "entity_at", "published",
                 "name_numbers", "claimants", "topic")

    def __init__(self, doc: Document, dates: Sequence[DateMention],
                 entities: Sequence[LocalEntity], quotes: Sequence[Quote],
                 published: dt.date | None = None) -> None:
        self.published = published
        text = self.text = doc.text
        self.low = text.lower()  # for the hint scans (``_scan_near``, ``_blocked``)
        spans = [(m.start(), m.end()) for m in _blocked(text, self.low)]
        spans += [(m.start(), m.end()) for m in _SPACED_DIGITS.finditer(text)
                  if _PHONE_VERB_BEFORE.search(text, max(0, m.start() - 25), m.start())]
        spans += [(d.start, d.end) for d in dates if 0 <= d.start < d.end]
        spans.sort()
        merged: list[list[int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.blocked_starts = [s for s, _ in merged]
        self.blocked_ends = [e for _, e in merged]
        self.doc = doc
        self.claimants: dict[tuple[int, int], str | None] = {}
        self.name_numbers = frozenset(
            m.group(2) for m in _NAME_NUMBER.finditer(text)
            if m.group(1).lower() not in SENTENCE_OPENERS and m.group(1).lower() not in QUALIFIERS
            and m.group(1).lower() not in _TIME_WORDS
            and not _title_case(doc, self.sentence(m.start())[0], m.start())) | frozenset(
            n for n, k in Counter(_BARE_NUMBER.findall(text)).items() if k >= 3) | frozenset(
            _MODEL_PLURAL.findall(text))
        mentions = []
        self.places: dict[int, str] = {}
        self.entity_at: dict[tuple[int, int], str] = {}
        for ent in entities:
            for mm in ent.mentions:
                self.entity_at[(mm.start, mm.end)] = ent.name
                if ent.kind == "place":
                    self.places[mm.start] = ent.name
                elif not _trading_venue(text, mm.start, mm.end, ent.name):
                    mentions.append((mm.start, mm.end, ent.name))
        mentions += quoted_titles(doc)  # '"The Long Shore" earned £4.2m': about the film
        mentions.sort()
        self.mentions = mentions
        # The article's topic: the person, organization or quoted title it mentions most
        # (first one on a tie), trading venues aside.
        by_name: dict[str, list[int]] = {}
        for ms, _, name in mentions:
            by_name.setdefault(name, []).append(ms)
        counted = [(-len(starts), starts[0], name) for name, starts in by_name.items()]
        self.topic = min(counted)[2] if counted else None
        self.mention_starts = [m[0] for m in mentions]
        self.quotes = sorted(quotes, key=lambda q: (q.start, q.end))
        self.dates = sorted(dates, key=lambda d: d.start)
        self.date_starts = [d.start for d in self.dates]

    def blocked(self, start: int, end: int) -> bool:
        i = bisect_right(self.blocked_starts, end - 1) - 1
        return i >= 0 and self.blocked_ends[i] > start

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``, trimmed, at most about 800 characters (a text without
        punctuation is cut at spaces around ``pos``)."""
        sentence = self.doc.sentence_at(pos)
        s, e = (sentence.start, sentence.end) if sentence is not None else (pos, pos)
        e = max(e, pos)
        text = self.text
        if pos - s > _MAX_HALF_CLAUSE:
            cut = text.find(" ", pos - _MAX_HALF_CLAUSE, pos)
            s = cut + 1 if cut >= 0 else pos
        if e - pos > _MAX_HALF_CLAUSE:
            cut = text.rfind(" ", pos + 50, pos + _MAX_HALF_CLAUSE)
            e = cut if cut >= 0 else pos + _MAX_HALF_CLAUSE
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return s, e


def _prev_word(text: str, pos: int, floor: int) -> tuple[str, int]:
    """The word right before ``pos`` (spaces allowed between), and where it starts."""
    m = _PREV_WORD.search(text, max(floor, pos - 30), pos)
    return (m.group(1), m.start(1)) if m else ("", pos)


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORDS.match(text, pos)
    return m.group("w1") if m and not m.group("of") else ("of" if m else "")


def _at_sentence_start(text: str, s: int, pos: int) -> bool:
    return not text[s:pos].strip(_LEAD_JUNK)


def _title_case(doc: Document, s: int, pos: int) -> bool:
    """Whether the sentence around ``pos`` is a Title Case headline ("Dow Falls 340 Points"),
    where a capital letter does not mark a name (read from ``s`` to the paragraph's end)."""
    para = doc.paragraph_at(pos)
    e = para.end if para is not None else len(doc.text)
    words = _LONG_WORD.findall(doc.text, s, min(e, s + 300))
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _name_before(word: str, at_start: bool) -> bool:
    """Whether ``word`` right before a number makes the number part of a name or reference."""
    low = word.lower().rstrip(".")
    if low in NAME_BEFORE:
        return True
    if not any(ch.isupper() for ch in word) or word.endswith(("'s", "’s", "s'", "’")):
        return False
    if low in QUALIFIERS or low in SENTENCE_OPENERS:
        return False
    return True  # "Apollo 11", "Windows 10", "S&P 500", "iPhone 12"; at a sentence start too


def _reject_digits(a: _Article, m: re.Match, s: int) -> bool:
    """Local rules that make a digit string a year, code, score, time, name or list marker."""
    text = a.text
    raw = m.group("num")
    ns, ne = m.start("num"), m.end("num")
    glued = m.group("scale") or m.group("lscale") or m.group("pct") or m.group("suf") or \
        m.group("age") or m.group("hy") or m.group("plus")
    after = text[m.end():m.end() + 2]
    if after[:1].isalnum() or (after[:1] in "-–/:.," and after[1:2].isdigit()):
        return True  # "3D", "4th", "1990s", "3-2", "24/7", "1.2.3"
    if after[:1] == "-" and after[1:2].isalpha() and not m.group("hy"):
        return True  # "3-D"
    if not glued and text[ne:ne + 1] in "-–" and text[ne + 1:ne + 2].isdigit():
        return True
    if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
        return True  # "007", "0199"
    cur, pct = m.group("cur"), m.group("pct")
    plain = raw.isdigit()
    nxt = _next_word(text, m.end()).lower()
    if plain and len(raw) == 4 and 1800 <= int(raw) <= 2100 and not (
            cur or pct or m.group("scale") or m.group("lscale") or m.group("age")
            or m.group("suf") or m.group("plus")):
        if m.group("hy") or nxt not in YEAR_COUNT_NOUNS:
            return True  # a year: "in 2024", "the 2020 election", "KANYE 2024"
    if plain and len(raw) >= 5 and not (cur or m.group("scale") or pct) and \
            not (_is_plural(nxt) and nxt not in NOT_UNITS):
        return True  # zip codes, short codes ("Text VOTE to 56005"), ids
    if m.group("lscale") and not cur and not (_is_plural(nxt) and nxt not in NOT_UNITS) and (
            m.group("lscale") in "bB" or nxt in METRE_CONTEXT or "-" in text[m.end():m.end() + 1]
            or (not nxt and text[m.end():m.end() + 1] not in ".,;")):
        return True  # "the 100m final", "a 10m-high wall", "3b": not millions
    word, ws = _prev_word(text, m.start(), s)
    if word and not (cur or pct or m.group("scale") or m.group("age")) and \
            _name_before(word, _at_sentence_start(text, s, ws)) and (
                word.lower().rstrip(".") in NAME_BEFORE or not _title_case(a.doc, s, ns)):
        return True
    if raw in a.name_numbers and not (cur or pct or m.group("scale") or m.group("lscale")):
        return True  # "the 787" after "Boeing 787" in the same article
    if _MONTH_AFTER.match(text, m.end()) and plain and int(raw) <= 31 and not glued:
        return True  # "4 November": a date the date extractor did not report
    para = a.doc.paragraph_at(ns)
    line_start = para.start if para is not None else 0
    if not text[line_start:ns].strip(" \t•*-–>") and _LIST_MARKER.match(text, ne) and not glued:
        return True  # "1. Introduction"
    if not glued and not cur:
        st = _STREET.match(text, ne)
        if st and st.group("st").lower() in STREET_WORDS and text[st.start("st")].isupper():
            return True  # "10 Downing Street"
    return False


def _reject_words(a: _Article, m: re.Match, s: int, value: float, truncated: bool,
                  num_end: int, unit: str | None) -> bool:
    """Local rules that make a number word a pronoun, an idiom or part of a name."""
    text = a.text
    ws = m.start("word")
    word = text[ws:num_end]
    low = word.lower()
    at_start = _at_sentence_start(text, s, ws)
    first = _WORD_TOKEN.match(word).group()
    if first.lower() in MAGNITUDES or first.lower() == "dozen":
        return True  # "billion" or "dozen" alone: its number was not read ("#13 billion")
    if first[0].isupper() and not at_start and not word.isupper() and \
            not _title_case(a.doc, s, ws):
        return True  # "Formula One", "the Big Three", "Page Six"
    prev, _ = _prev_word(text, ws, s)
    prev_low = prev.lower()
    if prev_low.rstrip(".") in NAME_BEFORE:
        return True  # "number two", "Chapter Three"
    hy = m.group("hy") if not truncated else None
    if hy and (hy in HYPHEN_NOT_UNITS or (low == "one" and hy in ONE_HYPHEN_IDIOMS)):
        return True  # "one-third", "one-on-one", "a one-time payment"
    glued = not truncated and (m.group("pct") or m.group("age") or hy or m.group("scale"))
    if glued:
        return False
    nw = _NEXT_WORDS.match(text, num_end)
    nxt = ""
    if nw:
        nxt = "of" if nw.group("of") else nw.group("w1")
    nlow = nxt.lower()
    if low.startswith("a") and prev_low == "in":
        return True  # "one in a million"
    if low in ("one", "a"):  # "a" alone never reaches here; kept for safety
        if prev_low in ONE_PRONOUN_BEFORE or not nxt or nxt[0].isupper() and not _is_plural(nlow):
            return True
        if nw and (nw.group("w2") or "").lower() in SPEAKER_VERBS:
            return True  # "one fan wrote": an anonymous speaker, not a count
        if nlow in NOT_UNITS or nlow in ONE_IDIOMS or nlow in CLAIMANT_VERBS or \
                nlow.endswith(ADJECTIVE_ENDINGS):
            return True  # "one of the", "one day", "one commented", "one important"
        return False
    if low == "zero" and not _is_plural(nlow):
        return True  # "zero tolerance"
    if value == 0 and low != "zero":
        return True
    if prev_low in DEFINITE_BEFORE and nlow != "of" and unit is None and \
            not any(t in MAGNITUDES for t in low.replace("-", " ").split()):
        return True  # "the two met", "the three were": a reference, not a count
    return False


def _unit(a: _Article, m: re.Match | None, num_end: int, value: float, scaled: bool,
          use_tail: bool) -> tuple[str | None, int, float]:
    """(unit, end of value_text, value) for a candidate whose number ends at ``num_end``."""
    text = a.text
    if use_tail:
        if m.group("pct"):
            return ("percentage point" if "point" in m.group("pct").lower() else "percent",
                    m.end(), value)
        if m.group("age"):
            return "year", m.end(), value
        if m.group("hy"):
            return _singular(m.group("hy")), m.end(), value
        if m.group("suf"):
            return UNIT_ALIASES.get(m.group("suf").lower(), m.group("suf").lower()), m.end(), \
                value
    if m is not None and m.group("cur"):
        return CURRENCY_PREFIXES[m.group("cur")], num_end, value
    nw = _NEXT_WORDS.match(text, num_end)
    if not nw:
        return None, num_end, value
    words = [(nw.group(g), nw.start(g), nw.end(g)) for g in ("w1", "w2", "w3") if nw.group(g)]
    w1 = words[0][0].lower()
    if not nw.group("of"):
        if len(words) > 1 and f"{w1} {words[1][0]}" == "pounds sterling":
            return "gbp", words[1][2], value
        if w1 in CURRENCY_WORDS:
            return CURRENCY_WORDS[w1], words[0][2], value
        if w1 in POUND_WORDS:
            return ("gbp" if scaled else "pound"), words[0][2], value
        if w1 in UNIT_ALIASES:
            return UNIT_ALIASES[w1], words[0][2], value
        if w1 in MEASURE_UNITS and words[0][0].islower():
            return _singular(w1), words[0][2], value  # "a 20 year low"
    modifiers = []
    for i, (w, ws, we) in enumerate(words):
        lw = w.lower().rstrip("'’")
        if lw in NOT_UNITS or lw.endswith("ly"):
            break
        if not w.islower():
            if _is_plural(lw) and i == 0 and w[-1] == "s":
                return _singular(lw), we, value  # "12 Democrats"
            if i > 0:
                break
            continue  # "12 Republican senators"
        if _is_plural(lw) or (value == 1 and i == 0 and not lw.endswith(("ed", "ing"))):
            unit = _singular(lw)
            if modifiers:
                unit = " ".join(modifiers + [unit])
            return unit, we, value
        if lw in UNIT_MODIFIERS:
            modifiers.append(lw)
    return None, num_end, value


def _age_between_commas(text: str, vs: int, ve: int) -> bool:
    """"Maria Lopez, 54, of Springfield", "The senator, 71, announced": an age apposition."""
    before = _AGE_COMMA_BEFORE.search(text, max(0, vs - 30), vs)
    if not before:
        return False
    if before.group("cap"):
        return bool(_AGE_COMMA_AFTER.match(text, ve))
    return text[ve:ve + 1] == ","


def _qualifier(text: str, vs: int, ve: int, plus: bool) -> str:
    if vs > 0 and text[vs - 1] == "~":
        return "approximate"
    window = text[max(0, vs - 40):vs].replace("’", "'")
    q = _QUALIFIER.search(window)
    if q:
        return QUALIFIERS[q.group("q").lower()]
    if plus:
        return "at_least"
    t = _TRAILING.match(text, ve)
    if t:
        return TRAILING_QUALIFIERS[re.sub(r"\s+", " ", t.group("q").lower())]
    return "exact"


def _trading_venue(text: str, start: int, end: int, name: str) -> bool:
    """A stock exchange named as where shares trade ("in composite New York Stock Exchange
    trading", "on the Nasdaq"): not what a price is about."""
    low = name.lower()
    if low not in MARKET_VENUES and low.rsplit(None, 1)[-1] not in MARKET_VENUE_WORDS:
        return False
    return bool(_TRADING_AFTER.match(text, end) or
                _TRADING_BEFORE.search(text, max(0, start - 30), start))


def _subject(a: _Article, vs: int, s: int, e: int) -> str | None:
    """The first entity in the number's part of its sentence (after the last comma, semicolon
    or "and"/"but"/"while": "Clinton leads Sanders by 271 delegates" -> Clinton; "Cruz has 370,
    Rubio has 163" -> Rubio), else the nearest before it in the sentence, else one named
    shortly after it in the same clause behind a preposition ("12 people died in a fire at Acme
    Plastics"); never the one who says it ("Sue Blake said the club would get £50,000")."""
    i = bisect_left(a.mention_starts, vs) - 1
    if i >= 0 and a.mentions[i][0] >= s and _POSSESSOR.fullmatch(a.text, a.mentions[i][1], vs):
        return a.mentions[i][2]  # "to Trump's 232"
    part = max((m.end() for m in _PART_BREAK.finditer(a.text, s, vs)), default=s)
    i = bisect_left(a.mention_starts, part)
    while i < len(a.mentions) and a.mentions[i][1] <= vs:
        ms, me, name = a.mentions[i]
        if not _REPORTING.search(a.text, me, vs):
            return name  # the first in the number's part of the sentence: its subject
        i += 1
    i = bisect_left(a.mention_starts, vs) - 1
    while i >= 0:
        ms, me, name = a.mentions[i]
        if ms < s:
            break
        if (me <= vs or ms < vs) and not _REPORTING.search(a.text, me, vs):
            return name  # not the one who says it ("Sue Blake, 45, said the club ...")
        i -= 1
    i = bisect_left(a.mention_starts, vs)
    if i < len(a.mentions) and a.mentions[i][0] < min(e, vs + 60) and \
            not _CLAUSE_BREAK.search(a.text, vs, a.mentions[i][0]) and \
            _PREPOSITION_BEFORE.search(a.text, max(s, a.mentions[i][0] - 12), a.mentions[i][0]):
        return a.mentions[i][2]
    return None


def _previous_subject(a: _Article, s: int) -> str | None:
    """The first entity the sentence before names, in the same paragraph: the subject a
    sentence without one continues ("Lopez won the race. Turnout was 41%."). Failing that,
    a measured claim is about the article's topic (``_Article.topic``)."""
    sentence = a.doc.sentence_at(s)
    if sentence is None or sentence.index == 0:
        return None
    before = a.doc.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    i = bisect_left(a.mention_starts, before.start)
    while i < len(a.mentions) and a.mentions[i][0] < before.end:
        if not _REPORTING.search(a.text, a.mentions[i][1], before.end) and not (
                i + 1 < len(a.mentions) and
                _POSSESSIVE_GAP.fullmatch(a.text, a.mentions[i][1], a.mentions[i + 1][0])):
            # not the one who speaks ("Amy Cole, 34, said: ..."), nor a possessor ("Ada
            # Quinn's The Long Shore scooped seven nominations")
            return a.mentions[i][2]
        i += 1
    return None


def _claimant(a: _Article, vs: int, s: int, e: int) -> str | None:
    for q in a.quotes:
        if q.start > vs:
            break
        if q.start <= vs < q.end and (q.speaker_name or q.speaker_text):
            return q.speaker_name or q.speaker_text
    key = (s, e)
    if e - s > 600:
        return None  # a very long run without sentence ends: no attribution phrase is read
    if key not in a.claimants:
        a.claimants[key] = _sentence_claimant(a, s, e)
    return a.claimants[key]


def _sentence_claimant(a: _Article, s: int, e: int) -> str | None:
    """The source a sentence credits: "according to X", "as per X", "X said", "said X"."""
    sentence = a.text[s:e]
    c = _CLAIMANT_PREFIX.search(sentence)
    if c:
        return _canonical(a, s + c.start("who"), c.group("who").strip())
    for v in _VERB.finditer(sentence):
        before = _CLAUSE_BEFORE.search(sentence, max(0, v.start() - 80), v.start())
        if before:
            who = before.group("who").strip()
            if 0 < len(who.split()) <= 6 and not any(w.lower() in CLAUSE_WORDS
                                                     for w in who.split()):
                return _canonical(a, s + before.start("who"), who)
        after = _AFTER_VERB.match(sentence, v.end())
        if after and len(after.group("who").split()) <= 6 and v.start() > 0 and \
                sentence[:v.start()].rstrip()[-1:] in ",\"”":
            return _canonical(a, s + after.start("who"), after.group("who").strip())
    return None


def _canonical(a: _Article, start: int, who: str) -> str:
    """The entity's canonical name when ``who`` is exactly one of its mentions."""
    return a.entity_at.get((start, start + len(who)), who)


def _as_of(a: _Article, vs: int, s: int, e: int):
    best = None
    i = bisect_left(a.date_starts, s)
    while i < len(a.dates) and a.dates[i].start < e:
        d = a.dates[i]
        if _AS_OF.search(a.text, max(s, d.start - 20), d.start):
            if best is None or d.start < vs:
                best = d.date
        i += 1
    return best


def _place(a: _Article, m: re.Match) -> str | None:
    place = m.group("place")
    start = m.start("place")
    first = place.split()[0].lower().rstrip(".,")
    if first in _TIME_WORDS:
        return None
    if start in a.places:
        return a.places[start].lower()
    if any(ms <= start < me for ms, me, _ in a.mentions[max(0, bisect_left(
            a.mention_starts, start) - 1):bisect_right(a.mention_starts, start)]):
        return None  # a person or organization, not a place
    return place.rstrip(".,'’").lower()


def _scope(a: _Article, vs: int, ve: int, s: int, e: int) -> tuple[str | None, bool]:
    """The place a quantity is limited to, and whether the wording makes it a part of a
    larger count ("10,188 of those votes are from Tennessee", "In Ohio, ...") rather than the
    place the whole story happens in ("killed seven people in Wales")."""
    m = _SCOPE_AFTER.match(a.text, ve)
    if m and m.end() <= e and "\n" not in m.group():
        part = " of " in a.text[vs:ve] or re.search(r"\bfrom\b", m.group()) is not None
        return _place(a, m), part
    m = _SCOPE_BEFORE.match(a.text, s)
    if m and m.end() <= ve:
        return _place(a, m), True
    return None, False


def _claim(a: _Article, m: re.Match) -> Claim | None:
    text = a.text
    num, word = m.group("num"), m.group("word")
    if num is None and word is None:
        return None
    ns, ne = m.span("num") if num is not None else m.span("word")
    if a.blocked(ns, ne):
        return None
    vs = m.start("cur") if m.group("cur") else ns
    s, e = a.sentence(vs)
    truncated = False
    scale = 1.0
    if num is not None:
        if _reject_digits(a, m, s):
            return None
        value = float(num.replace(",", ""))
        num_end = ne
    else:
        parsed = _words_value(text, ns, ne)
        if parsed is None:
            return None
        value, num_end, truncated = parsed
        if m.group("dec") and not truncated:  # "one point three": decimals as words
            digits = "".join(str(_DIGIT_WORDS[w.lower()])
                             for w in _WORD_TOKEN.findall(m.group("dec"))[1:])
            value += float("0." + digits)
            num_end = m.end("dec")
    if not truncated:
        if m.group("half"):
            value += 0.5  # "two and a half years"
            num_end = m.end("half")
        if m.group("scale"):
            sc = m.group("scale").lower()
            scale = MAGNITUDES.get(sc) or SCALE_ABBREVIATIONS[sc]
            num_end = m.end("scale")
        elif m.group("lscale"):
            scale = LETTER_SCALES[m.group("lscale").lower()]
            num_end = m.end("lscale")
        if m.group("plus"):
            num_end = m.end("plus")
    value *= scale
    if not math.isfinite(value):
        return None
    unit, ve, value = _unit(a, m, num_end, value, scale > 1 or (word is not None and value >= 1e3),
                            not truncated)
    if word is not None and _reject_words(a, m, s, value, truncated, num_end, unit):
        return None
    if unit is None and num is not None and value.is_integer() and 0 < value <= 120:
        prev, _ = _prev_word(text, vs, s)
        if prev.lower() in AGE_BEFORE or (
                _age_between_commas(text, vs, ve)
                or (_AGE_PAREN_BEFORE.search(text, max(0, vs - 30), vs)
                    and text[ve:ve + 1] == ")")):
            unit = "year"  # "aged 43", "Smith, 54,", "John Smith (54)"
    return _finish(a, s, e, vs, ve, num_end, value, unit,
                   bool(m.group("plus")) and not truncated)


def _finish(a: _Article, s: int, e: int, vs: int, ve: int, num_end: int, value: float,
            unit: str | None, plus: bool = False, comparable: bool = True) -> Claim:
    """The claim of the quantity text[vs:ve] (its number ends at ``num_end``) in the sentence
    text[s:e]: qualifier, subject, claimant, measure, period. ``comparable`` False leaves
    the measure out (a fraction: what it is a fraction of is not read)."""
    text = a.text
    value_text = text[vs:ve]
    qualifier = _qualifier(text, vs, ve, plus)
    if not (s <= vs and ve <= e):
        s, e = min(s, vs), max(e, ve)
    denominator = _DENOMINATOR.search(text, max(0, vs - 25), vs) is not None
    subject = None if denominator else _subject(a, vs, s, e)
    place, part = _scope(a, vs, ve, s, e)
    measure = measure_of(text, s, e, vs, ve, num_end, unit, place, part) if comparable \
        else None
    if subject is None and measure is not None and not denominator:
        subject = _previous_subject(a, s) or a.topic
    period, relative = period_of(text, s, e, vs, ve, a.dates, a.date_starts, a.published)
    if measure and relative:
        measure = f"{measure} ({relative})"  # "last year" without a publication date
    elif measure in RUNNING_MEASURES and period is None:
        measure = None  # a running total with no period: compared with nothing
    return Claim(s, e, text[s:e], value, vs, ve, value_text, qualifier,
                 measure_key(subject, measure, period, unit), unit, subject,
                 _claimant(a, vs, s, e), _as_of(a, vs, s, e), measure, period)


def _fraction(a: _Article, m: re.Match) -> Claim | None:
    """A fraction written as words when it states a quantity: "half of voters", "a third of
    the 400 staff", "more than half said", "cut by a quarter", "a two-thirds majority" (value
    1/2, 1/3 ..., unit "fraction", never compared); "half a percentage point",
    "three-quarters of an hour" (0.5 percentage point, 0.75 hour); "a quarter of a million
    people" (250000 person). Not "the first half", "in half", "a third term", "half the
    time", "half-time", "one-third owned"."""
    text = a.text
    vs, ve = m.span()
    if a.blocked(vs, ve):
        return None
    n, den = (m.group("n") or "").lower(), m.group("den").lower()
    d = FRACTION_DENOMINATORS[den]
    plural = den.endswith("s")
    if d == 2:
        if n not in ("", "one") or plural:
            return None  # "a half" ("and a half", "a half million" are numbers), "halves"
        numerator = 1
    elif plural:
        if n in ("", "a", "an", "one"):
            return None  # "quarters of", "the thirds"
        numerator = NUMBER_WORDS[n]
    elif n in ("a", "an", "one"):
        numerator = 1
    else:
        return None  # "the third of", "third of the way", "three third"
    s, e = a.sentence(vs)
    if m.group()[0].isupper() and not _at_sentence_start(text, s, vs) and \
            not _title_case(a.doc, s, vs):
        return None  # "Half Moon Bay", "A Third Way"
    prev, ps = _prev_word(text, vs, s)
    prev_low = prev.lower()
    if prev[:1].isupper() and ps + len(prev) < vs and not _title_case(a.doc, s, vs) and \
            prev_low not in SENTENCE_OPENERS and prev_low not in QUALIFIERS:
        return None  # "the Republican half of the team"
    lo = max(s, vs - 40)
    q = _QUALIFIER.search(text[lo:vs].replace("’", "'"))
    by = _BY_BEFORE.search(text, lo, lo + q.start() if q else vs)  # "by nearly half"
    nlow = (_NEXT_TOKEN.match(text, ve).group("w") or "").lower()
    value, unit, num_end, comparable = numerator / d, "fraction", ve, False
    of = _FRACTION_OF.match(text, ve)
    if prev_low in FRACTION_PERIOD_WORDS:
        return None  # "the first half", "the lower half"
    if n and nlow in FRACTION_NOUNS_AFTER:  # "a two-thirds majority", "a one-quarter stake"
        return _finish(a, s, e, vs, ve, ve, value, unit, comparable=False)
    if d == 2 and nlow in HALF_IDIOMS:
        return None  # "half way"
    if prev_low in FRACTION_DETERMINERS and not (prev_low in ("in", "into") and of):
        return None  # "the half", "in half", "cut into thirds" ("in half of the states" is)
    if d == 2 and nlow in ("a", "an") and not _HALF_A.match(text, ve):
        return None  # "half a million" is a number, "half a chance" no quantity
    pct = _OF_PERCENT.match(text, ve)
    if pct:  # "less than half of 1 percent"
        n_pct = pct.group("n")
        value *= 1.0 if n_pct.lower() == "one" else float(n_pct)
        unit, ve, num_end, comparable = "percent", pct.end(), pct.end(), True
    elif of:
        what = (of.group("what") or "").lower()
        head = what.split()[0] if what else ""
        if of.group("art") and head in ARTICLE_NUMBERS:
            value *= ARTICLE_NUMBERS[head]  # "a quarter of a million people"
            num_end = of.start("what") + len(head)
            unit, ve, value = _unit(a, None, num_end, value, True, False)
            comparable = True
        elif of.group("art") and (what in HALF_A_UNITS or head in HALF_A_UNITS):
            key = what if what in HALF_A_UNITS else head  # "three-quarters of an hour"
            unit = HALF_A_UNITS[key]
            ve = num_end = of.start("what") + len(key)
            comparable = True
    elif d == 2 and (h := _HALF_A.match(text, ve)):
        unit = HALF_A_UNITS[" ".join(h.group("what").lower().split())]
        ve = num_end = h.end()  # "half a percentage point", "half an hour"
        comparable = True
    elif d == 2 and (h := _HALF_DETERMINER.match(text, ve)):
        if (h.group("noun") or "") in HALF_IDIOMS:
            return None  # "half the time", "half the battle"
    elif not ((by or q) and (not nlow or nlow in NOT_UNITS or nlow in CLAIMANT_VERBS)):
        return None  # "cut by half", "fell by a third since", "more than half said"
    return _finish(a, s, e, vs, ve, num_end, value, unit, comparable=comparable)


def _article_duration(a: _Article, m: re.Match) -> Claim | None:
    """A length of time written with an article after a word that makes it one: "for a
    decade", "lasted an hour", "took a year", "more than a year", "nearly a decade" (value
    1, the unit). Not "a year ago", "a decade later", "£28 an hour", "once a year"."""
    text = a.text
    vs, ve = m.span()
    if a.blocked(vs, ve):
        return None
    s, e = a.sentence(vs)
    if vs <= s and not m.group("long"):
        return None
    nxt = (_NEXT_TOKEN.match(text, ve).group("w") or "").lower()
    if nxt in DURATION_NOT_BEFORE or _ON_AFTER.match(text, ve):
        return None
    q = _QUALIFIER.search(text[max(s, vs - 40):vs].replace("’", "'"))
    prev, _ = _prev_word(text, vs, s)
    if not (m.group("long") or q or prev.lower() in DURATION_BEFORE or
            _SUPERLATIVE_IN.search(text, max(s, vs - 80), vs)):
        return None  # "in a year" alone is a time to come
    unit = m.group("unit").lower()
    value = 1.0
    half = _AND_A_HALF.match(text, ve)
    if half:  # "a year and a half"
        value, ve = 1.5, half.end()
    return _finish(a, s, e, vs, ve, ve, value, unit)


def _scan_near(pattern: re.Pattern, hint: re.Pattern, text: str, low: str,
               before: int) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` (leftmost, non-overlapping matches), tried only around the
    places ``hint`` finds in ``low``, the lower-cased text: every match holds the start of one
    of them, at most ``before`` characters after its own start, and needs nothing after the
    hint but one character to exist (what follows, "hundred" after "one", only lengthens it).
    Each hint is searched in a short window, and a match found there is read again on the
    whole text. Several times faster than trying a long case-blind pattern at every offset;
    property tests check both give the same matches."""
    if len(low) != len(text):  # a character whose lower case is longer shifts offsets
        yield from pattern.finditer(text)
        return
    end = 0
    for h in hint.finditer(low):
        start = h.start()
        if start < end:
            continue
        m = pattern.search(text, max(end, start - before), h.end() + 1)
        if m is None or m.start() > start:
            continue
        m = pattern.match(text, m.start())
        if m is not None and start < m.end():
            end = m.end()
            yield m


def _fractions(text: str, low: str) -> Iterator[re.Match]:
    return _scan_near(_FRACTION, _FRACTION_HINT, text, low, _FRACTION_BEFORE)


def _blocked(text: str, low: str) -> Iterator[re.Match]:
    """``_BLOCKED.finditer(text)``: its matches start where ``_BLOCKED_HINT`` matches in the
    lower-cased text, so the pattern is tried there only."""
    if len(low) != len(text):
        yield from _BLOCKED.finditer(text)
        return
    end = 0
    for h in _BLOCKED_HINT.finditer(low):
        if h.start() >= end and (m := _BLOCKED.match(text, h.start())):
            end = m.end()
            yield m


def _quantities(text: str, low: str) -> Iterator[re.Match]:
    return _scan_near(_QUANTITY, _QUANTITY_HINT, text, low, _QUANTITY_BEFORE)


def extract_claims(doc: Document, dates: Sequence[DateMention], entities: Sequence[LocalEntity],
                   quotes: Sequence[Quote], published: dt.date | None = None) -> list[Claim]:
    """Every number asserted as fact in the document, sorted by (value_start, start).

    ``dates``, ``entities`` and ``quotes`` are the article's records from the other extractors:
    numbers inside a date are skipped, entities give subjects and places, quotes claimants;
    ``published`` tells an "as of" the day of writing from an earlier day."""
    text = doc.text
    if not text:
        return []
    a = _Article(doc, dates, entities, quotes, published)
    out = []
    for m in _quantities(text, a.low):
        c = _claim(a, m)
        if c is not None:
            out.append(c)
    for m in _fractions(text, a.low):
        c = _fraction(a, m)
        if c is not None:  # it replaces a number read inside it ("two thirds", "a million")
            out = [o for o in out if not (c.value_start <= o.value_start < c.value_end)]
            if not any(o.value_start < c.value_end and c.value_start < o.value_end
                       for o in out):
                out.append(c)
    for m in _ARTICLE_DURATION.finditer(text):
        c = _article_duration(a, m)
        if c is not None and not any(o.value_start < c.value_end and c.value_start <
                                     o.value_end for o in out):
            out.append(c)
    out.sort(key=lambda c: (c.value_start, c.start))
    return out
