"""What is not a claim: spans where no number is one (links, handles, hashtags, e-mail
addresses, phone numbers, clock times, the dates the date extractor found), numbers that are
names in this article ("the 787" beside "Boeing 787"), and the local rules that make a number
candidate a year, a code, a score, a name, a list marker, an address, a pronoun or an idiom.

Digits (``reject_digits``): years (four digits 1800-2100 unless a count noun follows: "2,020
votes" and "2000 people" are counts), codes (leading zeros, five or more digits without
separators, digits glued to letters: "G7", "3D", "4th", "1990s"), scores and ranges ("3-2",
"10-12", "24/7"), list markers, addresses ("10 Downing Street"), numbers inside names (a
capitalized word right before: "Apollo 11", "Windows 10", "S&P 500", "KANYE 2024", except in
Title Case headlines; a reference word: "page 3", "Section 230", "top 10"; a model number the
article also writes after a name, in the plural or three times bare), day-month dates the date
extractor missed ("4 November"), "100m" as a distance, the number to call ("call police on
101"). Number words (``reject_words``): "one" as a pronoun, an idiom or an anonymous speaker
("no one", "one of the", "one day", "one fan wrote"), capitalized number words inside names
("Formula One"), "the three met".
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from newsledger.lexicon.numbers import (ADJECTIVE_ENDINGS, ARTICLE_DURATIONS, CLAIMANT_VERBS,
                                        DEBT_WORDS, DEFINITE_BEFORE, DURATION_NOT_BEFORE,
                                        HYPHEN_NOT_UNITS, MAGNITUDES, MATCH_EVENT_WORDS,
                                        MATURITY_UNITS, METRE_CONTEXT,
                                        NAME_BEFORE, NOT_UNITS, NUMBER_WORDS, ONE_HYPHEN_IDIOMS,
                                        ONE_IDIOMS,
                                        ONE_PRONOUN_BEFORE, PHONE_VERBS, QUALIFIERS,
                                        SENTENCE_OPENERS, SPEAKER_VERBS, STREET_WORDS,
                                        VIDEO_RESOLUTIONS, VIDEO_WORDS, YEAR_COUNT_NOUNS)
from newsledger.lexicon.people_nouns import PERSON_NOUNS
from newsledger.lexicon.time import MONTHS, WEEKDAYS
from newsledger.records import DateMention
from newsledger.text import Document

from .units import is_plural as _is_plural
from .window import NEXT_WORDS as _NEXT_WORDS
from .window import SP as _SP
from .window import WORD as _WORD_TOKEN
from .window import at_sentence_start as _at_sentence_start
from .window import digit_runs
from .window import next_word as _next_word
from .window import prev_word as _prev_word
from .window import title_case as _title_case

if TYPE_CHECKING:
    from .context import ClaimContext

# A date written as a length of time before or after another ("two years ago", "9 months
# ago", "two years later"): its number is a length, a claim as any "two years" is (with
# "a"/"an" or "one" it is not: "a year ago", "one year after").
_LENGTH_AGO = re.compile(
    rf"(?i)(?:(?:{'|'.join(sorted(QUALIFIERS, key=len, reverse=True))})[ \t]+)?"
    rf"(?:\d+|(?:{'|'.join(w for w in NUMBER_WORDS if w != 'one')})(?:[ -](?:{'|'.join(NUMBER_WORDS)}))?)"
    rf"[ \t]+(?:years?|months?|weeks?|days?|decades?|hours?|centuries|century)[ \t]+"
    rf"(?:ago|later|earlier|before|after|on|back|previously)")
_LENGTH_AGO_ENDS = ("ago", "later", "earlier", "before", "after", "on", "back", "previously")
# Spans where a number is never a claim: links, handles, hashtags, e-mails, phones, times.
BLOCKED = re.compile(
    r"(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.|pic\.twitter\.com/)\S+"  # links
    r"|\.(?:com|org|net|gov|edu|co|io|ly|uk)/\S*"  # paths after a domain
    r"|@[\w.-]{1,100}"  # handles, e-mail domains
    r"|#(?!\d[\d,.]*[ \t]?(?:million|billion|trillion|bn|mn|m)\b)[\w.-]{1,100}"  # hashtags
    #                          (not "#13 billion": a pound sign written "#" in ASCII copy)
    r"|\+\d[\d \t().-]{6,18}\d|\(\d{3}\)[ \t]?\d{3}[-. ]\d{4}"  # phone numbers
    r"|\d(?:\d{2}[-.]\d{3}[-.]\d{4}\b"  # 555-123-4567
    r"|\d?(?:[:.]\d{2})?[ \t]?(?:[aApP]\.[mM]\.|[aApP][mM]\b|o['’]clock)"  # 7 p.m., 9.30am
    r"|\d?:\d{2}(?::\d{2})?\b"  # 10:30, 16:08:00
    r"|\d{3}[ \t]?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET|PT|hrs)\b)"  # 1400 GMT
    r"|\b0\d{2,4}[ \t]\d{3,4}[ \t]?\d{3,4}\b")  # 0800 123 456, 020 7946 0000
# Where a BLOCKED match can start, besides digits (``_digit_starts``): one character each, so
# no hint hides another. Every alternative opens with a literal character, so the engine jumps
# to them.
_BLOCKED_HINT = re.compile(
    r"@|#|\+|\(|h(?=ttps?:)|w(?=ww\.)|p(?=ic\.twitter\.com/)"
    r"|\.(?=(?:com|org|net|gov|edu|co|io|ly|uk)/)")
# What can follow the digit run a BLOCKED match starts in: "-" or "." (555-123-4567), ":" or "."
# (10:30, 9.30am), a space, "a"/"p"/"o" (7 p.m., 9am, 7 o'clock), a zone (1400 GMT, 12hrs).
_AFTER_BLOCKED_DIGITS = frozenset("-.: \taApPoGUBCEh")
# After a space there: a time's "a"/"p"/"o" or zone, or a digit (0800 123 456).
_AFTER_BLOCKED_SPACE = frozenset("aApPoGUBCEh")
# "call us on 555 0199": digit groups split by spaces, right after call, phone, ring, dial, text.
_SPACED_DIGITS = re.compile(r"(?<![\d,.])\d{3,4}[ \t-]\d{3,4}(?:[ \t-]\d{3,4})?(?![\d,.])")
_PHONE_VERB_BEFORE = re.compile(
    rf"(?i:\b(?:{'|'.join(PHONE_VERBS)})(?:[ \t]+(?:us|them|him|her|on|at))*[ \t]+)$")
# "call police on 101", "ring the helpline on 116 123": the number to call (one word or more
# between the verb and "on": "call on 40 countries" asks them).
_PHONE_ON = re.compile(
    rf"(?i:\b(?:{'|'.join(PHONE_VERBS)}|contact)(?:[ \t]+[\w'’]+){{1,4}}?[ \t]+on[ \t]+)$")
_STREET = re.compile(rf"(?:{_SP}+[A-Z][\w'’.-]*){{0,2}}{_SP}+(?P<st>[A-Z][A-Za-z]*)\b")
_LIST_MARKER = re.compile(r"[.)][ \t]")
TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_MONTH_AFTER = re.compile(
    rf"{_SP}+(?:{'|'.join(sorted((k.capitalize() for k in MONTHS), key=len, reverse=True))})\b")
# "Boeing 787", "A320", "Windows 2000": model numbers that are names wherever they recur.
# A bare three- or four-digit number written three times or more is a name ("the 787").
_BARE_NUMBER = re.compile(r"(?<![\w.,$£€¥-])(?<![$£€¥][ \t\u00a0])(\d{3,4})"
                          r"(?![\w%]|[.,]\d|[ \t\u00a0]?(?:%|per|(?:million|billion|trillion|"
                          r"thousand|bn|mn)\b))")
# "737s", "A380s": a three-digit number with a plural -s is a model name.
_MODEL_PLURAL = re.compile(r"(?<![\w.,])(\d{3})['’]?s\b")
_NAME_NUMBER = re.compile(r"\b([A-Z][\w&]{0,30})[ \t-]?(?<![.,])(\d{3,4})\b(?![,.]\d)")


def blocked_spans(text: str, low: str, dates: Sequence[DateMention],
                  runs: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of the merged spans where no number is a claim: links, handles,
    hashtags, e-mails, phone numbers, times (``BLOCKED``), digits spaced like a phone number
    after "call", "phone", "ring" ... (or "ring the helpline on"), and the article's dates.
    ``runs``: the text's runs of digits (``window.DIGIT_RUNS``)."""
    spans = [(m.start(), m.end()) for m in blocked_matches(text, low, runs)]
    spans += [(m.start(), m.end()) for m in _spaced_digits(text, runs)
              if _PHONE_VERB_BEFORE.search(text, max(0, m.start() - 25), m.start())
              or _PHONE_ON.search(text, max(0, m.start() - 60), m.start())]
    spans += [(d.start, d.end) for d in dates
              if 0 <= d.start < d.end and not (
                  d.text.endswith(_LENGTH_AGO_ENDS) and _LENGTH_AGO.fullmatch(d.text))]
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = [s for s, _ in merged]
    ends = [e for _, e in merged]
    return starts, ends


def _spaced_digits(text: str, runs: Sequence[tuple[int, int]]) -> Iterator[re.Match]:
    """``_SPACED_DIGITS.finditer(text)``: a match starts a run of three or four digits."""
    end = 0
    for s, e in runs:
        if s >= end and 3 <= e - s <= 4 and (m := _SPACED_DIGITS.match(text, s)):
            end = m.end()
            yield m


def _name_number_matches(text: str, runs: Sequence[tuple[int, int]]) -> Iterator[re.Match]:
    """``_NAME_NUMBER.finditer(text)``: a match's number is the end of a run of three digits or
    more, at most 36 characters after the match's start, so the pattern is searched there; a
    match found is read again on the whole text, where it may run on ("A380-800")."""
    end = 0
    for s, e in runs:
        if e - s < 3 or e <= end or text[max(end, e - 36):s].islower():
            continue  # (a match's capital comes before its digits: none there, no match)
        if m := _NAME_NUMBER.search(text, max(end, e - 36), e + 2):
            m = _NAME_NUMBER.match(text, m.start())
            end = m.end()
            yield m


def name_numbers(doc: Document, sentence: Callable[[int], tuple[int, int]],
                 runs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Numbers that are names wherever this article writes them: model numbers written right
    after a name ("Boeing 787", "Windows 2000"; not in a Title Case headline), a bare three- or
    four-digit number written three times or more ("the 787"), and plurals ("737s"). Bare
    numbers and plurals are whole runs of digits (``runs``), read there only."""
    text = doc.text
    bare = Counter(m.group(1) for s, e in runs if 3 <= e - s <= 4
                   and (m := _BARE_NUMBER.match(text, s)))
    return frozenset(
        m.group(2) for m in _name_number_matches(text, runs)
        if m.group(1).lower() not in SENTENCE_OPENERS and m.group(1).lower() not in QUALIFIERS
        and m.group(1).lower() not in TIME_WORDS
        and not _title_case(doc, sentence(m.start())[0], m.start())) | frozenset(
        n for n, k in bare.items() if k >= 3) | frozenset(
        m.group(1) for s, e in runs if e - s == 3 and (m := _MODEL_PLURAL.match(text, s)))


def _name_before(word: str) -> bool:
    """Whether ``word`` right before a number makes the number part of a name or reference."""
    low = word.lower().rstrip(".")
    if low in NAME_BEFORE:
        return True
    # (a word in lower case, most words before a number, has no capital: no look per letter)
    if word.islower() or not any(ch.isupper() for ch in word) or \
            word.endswith(("'s", "’s", "s'", "’")):
        return False
    if low in QUALIFIERS or low in SENTENCE_OPENERS:
        return False
    return True  # "Apollo 11", "Windows 10", "S&P 500", "iPhone 12"; at a sentence start too


_WORD = re.compile(r"[A-Za-z0-9]+")


def _video_near(text: str, s: int, end: int) -> bool:
    """Whether a ``VIDEO_WORDS`` word is in the sentence from ``s`` to 120 characters after
    ``end`` (a resolution's "1080p" ends at ``end``)."""
    return any(w.lower() in VIDEO_WORDS for w in _WORD.findall(text, s, end + 120))


_MINUTE_BEFORE = re.compile(r"\b(?:[Aa]fter|[Oo]n|[Ww]ithin|[Ii]nside)\s+(?:just\s+|only\s+)?$")
_MINUTE_AFTER = re.compile(r"\s+in\b(?!\s+(?:the|a|an|his|her|their|its)\b)|\s+into\s+the\b")


def match_minute(text: str, s: int, e: int, vs: int, ve: int) -> bool:
    """Whether the minutes text[vs:ve] ("22 minutes") are a time on a match's clock: "after
    22 minutes", "on 67 minutes", "10 minutes into the second half", "22 minutes in", in a
    sentence text[s:e] with a word of a match's events ("Okafor opened the scoring after 22
    minutes")."""
    return bool((_MINUTE_BEFORE.search(text, max(s, vs - 14), vs) or
                 _MINUTE_AFTER.match(text, ve, e)) and
                any(w.lower() in MATCH_EVENT_WORDS for w in _WORD.findall(text, s, e)))


def reject_digits(a: ClaimContext, m: re.Match, s: int) -> str | None:
    """The local rule that makes a digit string a year, code, score, name, list marker ... (its
    name, a row of ``rules.FILTER_RULES``), or None for a number that may be a claim."""
    text = a.text
    # (``QUANTITY``'s groups in their order, read with one call)
    cur, raw, _, _, _, scale, lscale, plus, pct, age, hy, suf = m.groups()
    ns, ne = m.span("num")
    end = m.end()
    glued = scale or lscale or pct or suf or age or hy or plus
    after = text[end:end + 2]
    if after[:1].isalnum():
        return "glued"  # "3D", "4th", "1990s"
    if after[:1] in "-–/:.," and after[1:2].isdigit():
        return "score-or-range"  # "3-2", "24/7", "1.2.3"
    if after[:1] == "-" and after[1:2].isalpha() and not hy:
        return "glued"  # "3-D"
    if not glued and text[ne:ne + 1] in "-–" and text[ne + 1:ne + 2].isdigit():
        return "score-or-range"
    if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
        return "leading-zero"  # "007", "0199"
    plain = raw.isdigit()
    # the word after, read only where a rule below needs it (most numbers reach none)
    nxt = _next_word(text, end).lower() if (plain and len(raw) >= 4) or lscale or hy else None
    if plain and len(raw) == 4 and 1800 <= int(raw) <= 2100 and not (
            cur or pct or scale or lscale or age or suf or plus):
        if hy or nxt not in YEAR_COUNT_NOUNS:
            return "year"  # "in 2024", "the 2020 election", "KANYE 2024"
    if plain and len(raw) >= 5 and not (cur or scale or pct) and \
            not (_is_plural(nxt) and nxt not in NOT_UNITS):
        return "code"  # zip codes, short codes ("Text VOTE to 56005"), ids
    if lscale and not cur and not (_is_plural(nxt) and nxt not in NOT_UNITS) and (
            lscale in "bB" or nxt in METRE_CONTEXT or "-" in text[end:end + 1]
            or (not nxt and text[end:end + 1] not in ".,;")):
        return "metres"  # "the 100m final", "a 10m-high wall", "3b": not millions
    word, _ = _prev_word(text, m.start(), s)
    the = word.lower() == "the"
    if the and nxt is None:
        nxt = _next_word(text, end).lower()
    # "the" before and nothing counted after: a thing named by its number, not a count
    the_alone = the and not cur and (not nxt or nxt in NOT_UNITS)
    if the_alone and lscale in ("m", "M"):
        return "metres"  # a race by its distance ("third in the 200m.", "won the 400m and")
    if hy in MATURITY_UNITS and nxt in DEBT_WORDS:
        return "maturity"  # "the 10-year gilt yield": the bond's term, not a claim
    if suf == "p" and raw in VIDEO_RESOLUTIONS and _video_near(text, s, end):
        return "video-resolution"  # "records in 1080p": not pence
    if word.lower() == "on" and not glued and not cur and \
            _PHONE_ON.search(text, max(s, m.start() - 60), m.start()):
        return "phone-number"  # "call police on 101"
    if word and not (cur or pct or scale or age) and \
            _name_before(word) and (
                word.lower().rstrip(".") in NAME_BEFORE or not _title_case(a.doc, s, ns)):
        return "name-before"  # "Apollo 11", "page 3", "Section 230"
    if not (cur or pct or scale or lscale) and 3 <= len(raw) <= 4 and \
            raw in a.name_numbers:  # (found only when asked: a name's number has 3-4 digits)
        return "model-number"  # "the 787" after "Boeing 787" in the same article
    if the_alone and plain and 3 <= len(raw) <= 4 and int(raw) % 10 and not glued:
        return "model-number"  # "shrink the 787 and", "the 747 would": a model, not a count
    if plain and not glued and int(raw) <= 31 and _MONTH_AFTER.match(text, end):
        return "day-month"  # "4 November": a date the date extractor did not report
    if not glued and _LIST_MARKER.match(text, ne) and _opens_line(a, ns):
        return "list-marker"  # "1. Introduction"
    if not glued and not cur:
        st = _STREET.match(text, ne)
        if st and st.group("st").lower() in STREET_WORDS and text[st.start("st")].isupper():
            return "address"  # "10 Downing Street"
    return None


def _opens_line(a: ClaimContext, pos: int) -> bool:
    """Whether only spaces and bullets lie between the start of the paragraph and ``pos``."""
    para = a.doc.paragraph_at(pos)
    line_start = para.start if para is not None else 0
    return not a.text[line_start:pos].strip(" \t•*-–>")


# After a noun of one person ("one fan", "one mother": ``PERSON_NOUNS``), a reporting verb
# after an aside or where the person is from: "One fan, who had travelled from Aberdeen,
# said", "One mother in Eastfield said".
_SPEAKS_LATER = re.compile(
    rf"(?:,[^,.;:!?\"“”\n]{{1,80}},|{_SP}+(?:in|from|at|of|on|outside){_SP}+"
    rf"[^,.;:!?\"“”\n]{{1,40}}?)?{_SP}+(?:{'|'.join(sorted(SPEAKER_VERBS))})\b")


def reject_words(a: ClaimContext, m: re.Match, s: int, value: float, truncated: bool,
                 num_end: int, unit: str | None) -> str | None:
    """The local rule that makes a number word a pronoun, an idiom or part of a name (its name,
    a row of ``rules.FILTER_RULES``), or None."""
    text = a.text
    ws = m.start("word")
    word = text[ws:num_end]
    low = word.lower()
    # (after a colon a capital opens a clause: a transcript's "NEWSREADER: Four people died")
    at_start = _at_sentence_start(text, s, ws) or text.endswith(": ", s, ws)
    first = _WORD_TOKEN.match(word).group()
    if first.lower() in MAGNITUDES or first.lower() == "dozen":
        return "scale-alone"  # "billion" or "dozen" alone: its number was not read
    if first[0].isupper() and not at_start and not word.isupper() and \
            not _title_case(a.doc, s, ws):
        return "name-word"  # "Formula One", "the Big Three", "Page Six"
    prev, _ = _prev_word(text, ws, s)
    prev_low = prev.lower()
    if prev_low.rstrip(".") in NAME_BEFORE:
        return "name-before"  # "number two", "Chapter Three"
    hy = m.group("hy") if not truncated else None
    if hy and (hy in HYPHEN_NOT_UNITS or (low == "one" and hy in ONE_HYPHEN_IDIOMS)):
        return "hyphen-idiom"  # "one-third", "one-on-one", "a one-time payment"
    if hy in MATURITY_UNITS and _next_word(text, m.end()).lower() in DEBT_WORDS:
        return "maturity"  # "ten-year Treasury notes": the term, not a claim
    glued = not truncated and (m.group("pct") or m.group("age") or hy or m.group("scale"))
    if glued:
        return None
    nw = _NEXT_WORDS.match(text, num_end)
    nxt = ""
    if nw:
        nxt = "of" if nw.group("of") else nw.group("w1")
    nlow = nxt.lower()
    if low.startswith("a") and prev_low == "in":
        return "one-idiom"  # "one in a million"
    if low in ("one", "a"):  # "a" alone never reaches here; kept for safety
        if prev_low in ONE_PRONOUN_BEFORE or not nxt or nxt[0].isupper() and not _is_plural(nlow):
            return "one-pronoun"  # "no one", "the one", "one."
        if nw and (nw.group("w2") or "").lower() in SPEAKER_VERBS:
            return "one-speaker"  # "one fan wrote": an anonymous speaker, not a count
        if nlow in PERSON_NOUNS and _SPEAKS_LATER.match(text, nw.end("w1")):
            return "one-speaker"  # "One fan, who had travelled from Aberdeen, said"
        if nlow in ARTICLE_DURATIONS and (nw.group("w2") or "").lower() in DURATION_NOT_BEFORE:
            return "one-idiom"  # "one year after launching": a point in time, as "a year"
        if nlow in NOT_UNITS or nlow in ONE_IDIOMS or nlow in CLAIMANT_VERBS or \
                nlow.endswith(ADJECTIVE_ENDINGS):
            return "one-idiom"  # "one of the", "one day", "one commented", "one important"
        return None
    if nlow in ("o'clock", "o’clock"):
        return "clock-word"  # "three o'clock": a time of day
    if low == "zero" and not _is_plural(nlow):
        return "zero-idiom"  # "zero tolerance"
    if value == 0 and low != "zero":
        return "zero-idiom"  # "oh", "nought" alone
    if prev_low in DEFINITE_BEFORE and nlow != "of" and unit is None and \
            not any(t in MAGNITUDES for t in low.replace("-", " ").split()):
        return "definite-reference"  # "the two met", "the three were": not a count
    return None


def _digit_starts(text: str, runs: Sequence[tuple[int, int]]) -> Iterator[int]:
    """Where in its runs of digits a BLOCKED match can start: its first digit (0800 123 456)
    or one of its last four (555-123-4567, 9.30am, 10:30, 1400 GMT), when what follows the run
    (and a space) can continue one."""
    n = len(text)
    for s, e in runs:
        if e < n and text[e] in _AFTER_BLOCKED_DIGITS:
            if text[e] in " \t" and not (text[e + 1:e + 2] in _AFTER_BLOCKED_SPACE
                                         or text[e + 1:e + 2].isdigit()):
                continue  # "646 supporters": no time, zone or phone number goes on so
            yield from range(max(s, e - 4), e) if e - s <= 4 else (s, *range(e - 4, e))


def blocked_matches(text: str, low: str,
                    runs: Sequence[tuple[int, int]] | None = None) -> Iterator[re.Match]:
    """``BLOCKED.finditer(text)``: its matches start in a run of digits (``_digit_starts``) or
    where ``_BLOCKED_HINT`` matches in the lower-cased text, so the pattern is tried there
    only."""
    if len(low) != len(text):
        yield from BLOCKED.finditer(text)
        return
    if runs is None:
        runs = digit_runs(text)
    end = 0
    starts = [*_digit_starts(text, runs), *(h.start() for h in _BLOCKED_HINT.finditer(low))]
    for start in sorted(starts):  # (both in order: one sort beats heapq.merge's generator)
        if start >= end and (m := BLOCKED.match(text, start)):
            end = m.end()
            yield m

