"""Numbers asserted as fact: value, unit, qualifier, subject, claimant and measure key.

Method: one regular expression finds quantities (digits with thousands separators and
decimals, currency signs, scale words such as "million"/"bn", percent signs and words,
"43-year-old" ages, "three-hour-long" durations, number words); each is kept unless it is a
date (inside a date expression), a year, a time, a code or phone number, a handle or link, or
part of a name ("Apollo 11", "COVID-19", "KANYE 2024"). The unit is the noun after the number
(singularized; "10,188 of those votes" reads through "of those"), the qualifier the phrase
before it ("little more than" → more_than), the subject the nearest entity mention before it
in the sentence, the claimant the speaker of the quote it sits in or an "according to" /
"as per" phrase. ``measure_key`` = "subject|unit" plus "|place" when the sentence scopes the
number to a place ("from Tennessee"), so the same measure collides across articles.

Limits: ranges ("10 to 12") give two claims; fractions and ordinals are not read; the subject
is positional, not syntactic.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsledger.lexicon.numbers import (CURRENCIES, CURRENCY_WORDS, IRREGULAR_SINGULAR,
                                        NAME_BEFORE, NOT_UNITS, NUMBER_WORDS, QUALIFIERS, SCALES)
from newsledger.records import Claim, DateMention, LocalEntity, Quote

_WORDNUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE = r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)"
_QUANTITY = re.compile(
    rf"(?P<cur>US\$|C\$|A\$|[$£€¥])?\s?"
    rf"(?:(?P<num>(?<![\w.,/:@#-])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?<![\w.,/:@#-])\d+(?:\.\d+)?)"
    rf"|(?P<word>\b(?:{_WORDNUM})(?:[- ](?:{_WORDNUM}))?\b))"
    rf"{_SCALE}?"
    rf"(?:(?P<pct>\s?%|\s(?:percentage points?|per\s?cent)\b)"
    rf"|(?P<age>-year-old|\s+years?\s+old)\b"
    rf"|-(?P<dur>second|minute|hour|day|week|month|year)s?(?:-long)?\b)?",
    re.I)
_PLAIN_UNIT = re.compile(r"\s+(?P<pre>(?:of those|of these|of the|of them|of)\s+)?"
                         r"(?P<unit>[a-z]+)\b")
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?](?=\s|$)|\n|$)")
_TIME = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|:\d\d|GMT|ET|EST|PST|BST|UTC)")
_PHONE = re.compile(r"\d{3}[-. )]\d{3,4}[-. ]\d{3,4}")
_CLAIMANT = re.compile(r"\b(?:as per|according to|reported by|citing)\s+"
                       r"(?P<who>[^,.;\n]{2,60})", re.I)
_SCOPE = re.compile(r"\s+(?:\w+\s+){0,3}?(?:are |were |is |was )?(?:from|in)\s+"
                    r"(?P<place>[A-Z][\w]+(?:\s[A-Z][\w]+)?)")
_YEARLIKE = re.compile(r"^(1[5-9]\d\d|20\d\d|21\d\d)$")


def _singular(word: str) -> str:
    w = word.lower()
    if w in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _value(m: re.Match) -> float | None:
    if m.group("num"):
        value = float(m.group("num").replace(",", ""))
    else:
        parts = re.split(r"[- ]", m.group("word").lower())
        if len(parts) == 2 and parts[1] == "hundred":
            value = NUMBER_WORDS[parts[0]] * 100.0
        else:
            value = float(sum(NUMBER_WORDS[p] for p in parts))
    scale = (m.group("scale") or "").lower()
    if scale:
        if scale in ("k", "m", "b") and not m.group("cur"):
            return None  # "5m" is five metres, "3b" a name: only read with a currency
        value *= SCALES[scale]
    return value


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind("\n", 0, pos), max((m.end() for m in re.finditer(
        r"[.!?](?=\s+[A-Z\"“])", text[max(0, pos - 400):pos])), default=-1) +
        max(0, pos - 400) if re.search(r"[.!?](?=\s+[A-Z\"“])", text[max(0, pos - 400):pos])
        else -1) + 1
    m = re.search(r"[.!?](?=\s|$)|\n", text[pos:])
    end = pos + m.end() if m else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _excluded(text: str, m: re.Match, dates: Sequence[DateMention]) -> bool:
    s, e = m.start(), m.end()
    if any(d.start <= s < d.end or d.start < e <= d.end for d in dates):
        return True
    raw = m.group("num")
    if raw:
        before = text[max(0, s - 12):s]
        after = text[e:e + 12]
        if _YEARLIKE.match(raw) and not m.group("cur") and not m.group("pct") and \
                not m.group("age") and not re.match(r"\s+[a-z]", after):
            return True  # a year
        if _TIME.match(text, m.end("num")) or re.match(r"[-/]\d", text[m.end("num"):]):
            return True  # a time, a date or a code like 3-2, 24/7
        if _PHONE.match(text, max(0, s - 4)) or _PHONE.match(text, s):
            return True
        if len(raw) >= 5 and "," not in raw and "." not in raw and not m.group("cur"):
            return True  # codes, zip codes, short codes ("Text VOTE to 56005")
        word_before = re.search(r"([\w.-]+)\s*$", before)
        if word_before:
            w = word_before.group(1)
            if w.lower().rstrip(".") in NAME_BEFORE or w.lower() in NAME_BEFORE:
                return True
            if (w.isupper() and len(w) > 1) or (w[:1].isupper() and w.lower() not in QUALIFIERS
                                                and not _sentence_start(text, s - len(w) - 1)
                                                and not re.search(r"[,;:]\s*$", before)):
                return True  # part of a name: "Apollo 11", "KANYE 2024", "Windows 10"
        if re.match(r"\w", text[e:e + 1]) and not m.group("pct") and not m.group("scale"):
            return True  # "3D", "G7x"
    else:
        word = m.group("word").lower()
        if word == "one" and not (m.group("scale") or m.group("pct") or m.group("age")
                                  or m.group("dur")):
            return True  # "one" is far more often a pronoun or article than a count
        after = text[e:e + 20]
        if not (m.group("age") or m.group("dur") or m.group("pct") or m.group("scale")) and \
                not re.match(r"\s+(?:of\s+)?[a-z]", after):
            return True  # a number word must count something
    return False


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos + 1]
    return pos <= 0 or bool(re.search(r"(?:[.!?][\"”]?\s+|\n\s*|^\s*)$", before))


_QUALIFIER = re.compile(r"(?<!\w)(?P<q>" + "|".join(
    re.escape(p) for p in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+(?:even\s+)?$")


def _qualifier(text: str, s: int) -> tuple[str, int]:
    """The qualifier phrase right before the number (the longest that fits)."""
    before = text[max(0, s - 40):s].lower()
    for start in range(len(before)):
        m = _QUALIFIER.match(before, start)
        if m:
            return QUALIFIERS[m.group("q")], len(m.group("q"))
    return "exact", 0


def _unit(text: str, m: re.Match) -> tuple[str | None, int]:
    """(unit, end of value_text)."""
    if m.group("pct"):
        return ("percentage point" if "point" in m.group("pct").lower() else "percent"), m.end()
    if m.group("age"):
        return "year", m.end()
    if m.group("dur"):
        return m.group("dur").lower(), m.end()
    if m.group("cur"):
        return CURRENCIES[m.group("cur").lower()], m.end()
    u = _PLAIN_UNIT.match(text, m.end())
    if u and u.group("unit").lower() not in NOT_UNITS:
        word = u.group("unit").lower()
        if word in CURRENCY_WORDS:
            return CURRENCY_WORDS[word], u.end()
        return _singular(word), u.end()
    return None, m.end()


def _subject(text: str, s: int, sent_start: int, entities: Sequence[LocalEntity]) -> str | None:
    best, best_pos = None, -1
    for ent in entities:
        for mm in ent.mentions:
            if sent_start <= mm.start < s and mm.start > best_pos and ent.kind != "place":
                best, best_pos = ent.name, mm.start
    return best


def extract_claims(text: str, dates: Sequence[DateMention], entities: Sequence[LocalEntity],
                   quotes: Sequence[Quote]) -> list[Claim]:
    """Every number asserted as fact in ``text`` (see the module docstring)."""
    out = []
    for m in _QUANTITY.finditer(text):
        if not (m.group("num") or m.group("word")) or _excluded(text, m, dates):
            continue
        value = _value(m)
        if value is None:
            continue
        vs = m.start() if m.group("cur") else m.start("num") if m.group("num") else m.start(
            "word")
        unit, ve = _unit(text, m)
        value_text = text[vs:ve].rstrip()
        ve = vs + len(value_text)
        qualifier, _ = _qualifier(text, vs)
        s, e = _sentence_of(text, vs)
        if not (s <= vs and ve <= e):
            s, e = min(s, vs), max(e, ve)
        sentence = text[s:e]
        subject = _subject(text, vs, s, entities)
        quote = next((q for q in quotes if q.start <= vs < q.end), None)
        claimant = None
        if quote is not None:
            claimant = quote.speaker_name or quote.speaker_text
        else:
            c = _CLAIMANT.search(sentence)
            if c:
                claimant = c.group("who").strip()
        as_of = None
        for d in dates:
            if s <= d.start < e and re.search(r"(?i)\b(?:as of|as at|by)\s+$",
                                              text[max(s, d.start - 8):d.start]):
                as_of = d.date
        scope = _SCOPE.match(text, ve)
        key = f"{(subject or '').lower()}|{unit or ''}"
        if scope and scope.end() <= e:
            key += f"|{scope.group('place').lower()}"
        out.append(Claim(s, e, sentence, value, vs, ve, value_text, qualifier, key, unit,
                         subject, claimant, as_of))
    return sorted(out, key=lambda c: (c.value_start, c.start))
