"""What an amount of money or a percentage measures (the ``measure`` of a claim,
``newsledger.extract.measures``): a measure noun right after it ("$2bn in sales", "5% of the
vote") or the nearest before it in its part of the clause ("revenue rose to $2bn"), with the
change a verb or "higher"/"lower" gives it ("profits rose 5%" -> "profit rise", "shares closed
3.2% higher" -> "share price rise"), per share ("earnings of $0.98 a share"), or the change of an
amount set beside it ("revenue of $2.34bn, up 14%" -> "revenue rise"). Also the units of
amounts, and the clause words every measure rule reads before a number.

Method: word lists (``newsledger.lexicon.measures``: AMOUNT_NOUNS, CHANGE_VERBS) read in a
window of a few words either side of the number, inside its clause; linear, no parsing.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsledger.lexicon.measures import (AMOUNT_NOUNS, CHANGE_VERBS, FILLER_PHRASES,
                                          PARTICLE_VERBS)
from newsledger.lexicon.numbers import CURRENCY_PREFIXES, CURRENCY_WORDS, QUALIFIERS

from .asserted import WORD, lower_words
from .patterns import literal_alternation as _alt
from .patterns import (break_pattern, has_case_fold, lower_window, trie_alternation,
                       word_start_alternation)

MONEY_UNITS = frozenset(CURRENCY_PREFIXES.values()) | frozenset(CURRENCY_WORDS.values()) | {
    "gbp", "pound"}
RATE_UNITS = frozenset({"percent", "percentage point", "basis point"})
# Units of amounts, rates and lengths of time: what an unnamed subject's number is in ("A
# first-class stamp now costs 85p", "A man ... has been jailed for eight years").
AMOUNT_UNITS = MONEY_UNITS | RATE_UNITS | frozenset({"year", "month", "week", "day", "hour"})
_FILLER_PHRASES = frozenset(q.lower() for q in QUALIFIERS) | frozenset(FILLER_PHRASES)
FILLER_LAST = frozenset(p.split()[-1] for p in _FILLER_PHRASES)  # a first look
_PER_SHARE = re.compile(r"(?i)\s+(?:a|per)\s+(?:share|diluted share)\b")
_AMOUNT = re.compile(rf"(?i)\b(?P<n>{_alt(AMOUNT_NOUNS)})\b")
# The same on lower-cased windows (``patterns.lower_window``), opening with a letter.
_AMOUNT_LOWER = re.compile(rf"(?P<n>{word_start_alternation(AMOUNT_NOUNS)})\b")
# (the nouns as a trie: a case-blind alternation of 150 nouns is tried noun by noun, a trie
# rejects a word after its first letters; the longest noun still wins)
_AMOUNT_AFTER = re.compile(
    rf"(?i)\s*(?:(?:in|of|of the|on|from|for|at)\s+)?(?:(?:annual|total|net|gross|its|their|"
    rf"his|her|the)\s+)?(?-i:[A-Z][A-Za-z]*\s+)?(?P<n>{trie_alternation(AMOUNT_NOUNS, space=' ')})"
    rf"\b")
# The gap between a change and the level it reached, after the change's number: its unit
# ("rose 20% to", "rose 87 cents to $55.17", "rose 8p to 573p"), a comma, "to" or "at".
# Also past when or where the change happened ("rose 6% in after-hours trading to $148.20",
# "fell 0.4% in November to £283,000", "rose 2% on Friday to 254p").
_TO_GAP = re.compile(r"(?i)\s*(?:%|percent|per cent|pc|points?|p|pence|cents?)?"
                     r"(?:\s+(?:in|on)\s+(?:(?:early|late|after-hours|afternoon|morning|"
                     r"extended|heavy|light|london|new\s+york)\s+)?(?:trading|trade|deals)"
                     r"|\s+(?:in|on)\s+(?-i:[A-Z][a-z]+))?"
                     r"(?:\s+(?:higher|lower))?,?\s*(?:to|at)\s+[$£€¥]?")
# A change written after its number ("closed 3.2% higher at 214.5p").
CHANGE_AFTER = re.compile(r"[ \t]+(higher|lower)\b")
# (written as ``break_pattern`` writes one: each alternative opens with a literal character,
# so the engine jumps to the characters that can start one)
_BREAK = re.compile(r"\d[\d,.]*|" + break_pattern(
    ";", ("and", "but", "while", "whereas", "compared with", "against")))


def words_before(text: str, start: int, stop: int, n: int) -> list[str]:
    """The last ``n`` words of text[start:stop], lower case, qualifiers and fillers right
    before ``stop`` left out ("injured about" -> [..., "injured"])."""
    words = lower_words(text, max(start, stop - 80), stop)
    stripped = True
    while words and stripped and words[-1] in FILLER_LAST:
        stripped = False
        for k in (4, 3, 2, 1):
            if len(words) >= k and " ".join(words[-k:]) in _FILLER_PHRASES:
                del words[-k:]
                stripped = True
                break
    return words[-n:]


def clause_start(text: str, s: int, vs: int) -> int:
    """Where the stretch of clause that can name a number's measure starts: not before another
    number or a clause break ("profit of $158m, and its shares rose to $0.98")."""
    lo = max(s, vs - 80)
    cut = 0
    for m in _BREAK.finditer(text[lo:vs]):  # (in order, never empty: the last ends furthest)
        cut = m.end()
    return lo + cut


def _change_around(text: str, s: int, ns: int, ne: int, vs: int) -> str | None:
    """"rise" or "fall" when a change word stands between the measure noun and the number or
    right before the noun ("tax to rise by", "tax rise of", "raise council tax by")."""
    between = [w.lower() for w in WORD.findall(text, ne, vs)]
    if between and between[-1] in ("to", "at"):
        return None  # "revenue rose to $9.8bn": the level it reached
    noun_before = [w.lower() for w in WORD.findall(text, max(s, ns - 25), ns)][-2:]
    return next((change for words in (between, noun_before) for i in range(len(words))
                 if (change := _change_at(words, i))), None)


def _change_at(words: Sequence[str], i: int) -> str | None:
    """"rise" or "fall" when words[i] is a change word, not the particle of a verb ("set up a
    fund", "handed down a fine": ``PARTICLE_VERBS``)."""
    word = words[i]
    if word not in CHANGE_VERBS or (word in ("up", "down") and i > 0
                                    and words[i - 1] in PARTICLE_VERBS):
        return None
    return CHANGE_VERBS[word]


def _amount_nouns(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, noun lower-cased) of every AMOUNT_NOUNS noun in text[lo:hi]."""
    low = lower_window(text, lo, hi)
    if low is None:
        return [(m.start(), m.end(), m.group("n").lower()) for m in _AMOUNT.finditer(text, lo, hi)]
    window, first = low
    return [(lo + m.start(), lo + m.end(), m.group("n"))
            for m in _AMOUNT_LOWER.finditer(window, first)]


# The amount nouns as one trie (lower case), for a first look (``_amount_nouns_near``).
_AMOUNT_HINT = trie_alternation(AMOUNT_NOUNS, space=" ")
_AMOUNT_HINT_AFTER = re.compile(rf"(?:{_AMOUNT_HINT})\b")
_AMOUNT_HINT_BEFORE = re.compile(rf"\b(?:{_AMOUNT_HINT})\b")


def _amount_nouns_near(text: str, s: int, e: int, vs: int, ve: int
                       ) -> tuple[bool | None, bool]:
    """Whether an AMOUNT_NOUNS noun can name what the amount text[vs:ve] measures: (one after
    it in the sentence text[s:e], one in the words before it that ``amount_measure`` reads, at
    most 172 characters: two stretches of clause). A first look: False on a side means the
    rules find no noun there. A letter that folds case oddly (a dotted I) sends both sides to
    the rules. The side after is looked at only when none is before (None: not looked at):
    with a noun before, ``amount_measure`` tries the noun-after pattern itself, which finds
    nothing where this look finds nothing."""
    before, after = text[max(s, vs - 172):vs], text[ve:e]
    if has_case_fold(before) or has_case_fold(after):
        return True, True
    if _AMOUNT_HINT_BEFORE.search(before.lower()) is not None:
        return None, True
    return _AMOUNT_HINT_AFTER.search(after.lower()) is not None, False


def amount_measure(text: str, s: int, e: int, vs: int, ve: int
                    ) -> tuple[str | None, str]:
    """What an amount of money or a percentage measures: a measure noun right after it
    ("$2bn in sales", "5% of the vote"), else the nearest one before it in its part of the
    clause ("revenue rose to $2bn"), not for a poll figure (which poll is not known); a change
    when a change verb comes right before ("rose 5%"). With the ``claims.measures`` rule."""
    noun_after, noun_before = _amount_nouns_near(text, s, e, vs, ve)
    if not (noun_after or noun_before):
        return None, "amount-without-noun"
    after = _AMOUNT_AFTER.match(text, ve) if noun_after is not False else None
    if after and after.end() <= e:
        name, rule = AMOUNT_NOUNS[after.group("n").lower()], "amount-noun-after"
    elif not noun_before:
        return _apposed_change(text, s, e, vs)  # (what the rules below find with no noun)
    else:
        start = clause_start(text, s, vs)
        if _TO_GAP.fullmatch(text, start, vs):  # "profits jumped 20% to £1.2bn"
            start = clause_start(text, s, max(s, start - 12))
        found = _amount_nouns(text, start, vs)
        if not found:
            return _apposed_change(text, s, e, vs)
        ns, ne, noun = found[-1]
        name, rule = AMOUNT_NOUNS[noun], "amount-noun-before"
        change = _change_around(text, s, ns, ne, vs)
        if change:  # "raise council tax by 4.99%", "a council tax rise of 4.9%"
            return f"{name} {change}", "amount-change"
    if rule == "amount-noun-before" and (later := CHANGE_AFTER.match(text, ve)):
        # "shares closed 3.2% higher": the change
        return f"{name} {'rise' if later.group(1) == 'higher' else 'fall'}", "amount-change"
    if _PER_SHARE.match(text, ve):
        return f"{name} per share", "per-share"  # "earnings of $0.98 a share": not the year's
    before = words_before(text, s, vs, 2)
    if before and (change := _change_at(before, len(before) - 1)) and \
            not text[max(s, vs - 4):vs].strip().endswith("to"):
        return f"{name} {change}", "amount-change"  # the sign is in it
    return name, rule


# A change set beside the amount before it ("Earnings per share were 23.4p, up 5% on the
# year", "revenue of $2.34 billion, up 14%"): the amount, a comma, "up" or "down".
_APPOSED = re.compile(
    r"(?P<q>[$£€¥]?\d[\d,.]*(?:[ \t]?(?:%|p|pence|cents?|bn|m|billion|million|trillion|"
    r"per[ \t]?cent|percent))?),[ \t]+(?P<d>up|down)[ \t]+$")


def _apposed_change(text: str, s: int, e: int, vs: int) -> tuple[str | None, str]:
    """The change of the amount right before ("23.4p, up 5%": the change of what 23.4p
    measures), when the clause names no measure of its own."""
    if not text.startswith((" ", "\t"), vs - 1) or text.rfind(",", max(s, vs - 8), vs) < 0:
        return None, "amount-without-noun"  # (a first look: ", up " or ", down " before it)
    m = _APPOSED.search(text, max(s, vs - 40), vs)
    if m is None or m.end() != vs:
        return None, "amount-without-noun"
    name, _ = amount_measure(text, s, e, m.start("q"), m.end("q"))
    if name is None or name.endswith((" rise", " fall")):
        return None, "amount-without-noun"
    return f"{name} {'rise' if m.group('d') == 'up' else 'fall'}", "apposed-change"
