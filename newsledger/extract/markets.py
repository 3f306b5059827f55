"""The market rule of a claim's ``measure`` (``newsledger.extract.measures``): a benchmark
named before a number (``INDEX_NAMES``, ``EXCHANGE_CURRENCIES``, ``COMMODITY_PRICES``,
``BOND_NAMES``), past words of a market's move only, gives the measure its level or its move
("the FTSE 100 rose 0.5% to 4,812" -> "index rise (ftse 100)", "index level (ftse 100)"; "the
pound rose to $1.89" -> "sterling exchange rate"; "gold fell $3 to $412" -> "gold price fall";
"the yield on 10-year gilts rose 5 basis points" -> "gilt yield rise (10-year)"). Such a
measure names what it is about: its claim has no subject besides (``is_market_measure``).
"""
from __future__ import annotations

import re

from newsledger.lexicon.markets import (BOND_NAMES, COMMODITY_PRICES, EXCHANGE_CURRENCIES,
                                        INDEX_NAMES, MARKET_GAP_WORDS, MARKET_MOVE_VERBS,
                                        MARKET_MOVES)
from newsledger.lexicon.measures import CHANGE_VERBS

from .amounts import CHANGE_AFTER, MONEY_UNITS, RATE_UNITS
from .patterns import literal_alternation as _alt
from .patterns import trie_alternation

# The units of a market benchmark's level or move (``market_measure``): an index's level is a bare
# number ("to 36,245.5") or in points.
MARKET_UNITS = MONEY_UNITS | RATE_UNITS | frozenset({None, "point"})
# The market rule (``INDEX_NAMES``, ``EXCHANGE_CURRENCIES``, ``COMMODITY_PRICES``,
# ``BOND_NAMES``): a benchmark named before a number, past words of a market's move only.
_MATURITY = r"(?:\d{1,2}|two|three|five|seven|ten|twenty|thirty)"
_MATURITY_WORDS = {"two": "2", "three": "3", "five": "5", "seven": "7", "ten": "10",
                   "twenty": "20", "thirty": "30"}
_BONDS = _alt(BOND_NAMES)
_MARKET_NAME = re.compile(
    rf"(?<![\w&])(?:(?P<m1>{_MATURITY})[- ]year\s+(?:(?P<b1>{_BONDS})\s+)?yields?"
    rf"|(?P<b2>{_BONDS})\s+yields?"
    rf"|yields?\s+on\s+(?:the\s+)?(?:benchmark\s+)?(?:(?P<m3>{_MATURITY})[- ]year\s+)?"
    rf"(?P<b3>{_BONDS})"
    rf"|(?P<index>{_alt(INDEX_NAMES)})|(?P<cur>{_alt(EXCHANGE_CURRENCIES)})"
    rf"|(?P<com>{_alt(COMMODITY_PRICES)}))(?![\w&])")
# A currency after these is the one another is quoted in ("fell against the dollar to $1.26").
_QUOTED_IN = re.compile(r"(?:against|versus|vs\.?|to|per|than)\s+(?:the\s+)?(?:us\s+)?$")
_GAP_TOKEN = re.compile(r"[a-z]+|\d[\d,.]*|[^\sa-z\d]")
_GAP_PUNCT = frozenset(",%$£€¥()-.")
_MOVES = {**CHANGE_VERBS, **MARKET_MOVES}
GAP_WORDS = MARKET_GAP_WORDS | frozenset(_MOVES) | MARKET_MOVE_VERBS | frozenset(
    w for name in EXCHANGE_CURRENCIES for w in name.split())
_LEVEL_LAST = frozenset({"to", "at", "from", "of", "was", "were", "is", "stood", "stands"})
_MARKET_HINTS = ("ftse", "footsie", "dow", "s&p", "nasdaq", "nikkei", "topix", "hang seng",
                 "dax", "cac", "stoxx", "shanghai", "sensex", "nifty", "kospi", "asx",
                 "russell", "ibex", "iseq", "tsx", "poor", "yield", *EXCHANGE_CURRENCIES,
                 "greenback", *COMMODITY_PRICES)
_MARKET_HINT = re.compile(rf"\b(?:{trie_alternation(_MARKET_HINTS)})s?\b")
_LEVEL_MONEY = frozenset(u for u in MONEY_UNITS if u not in ("cent", "pence", "pound"))


def market_measure(text: str, s: int, vs: int, ve: int, unit: str | None, low_text: str | None = None
            ) -> str | None:
    """The level or the move of a market benchmark named before the number text[vs:ve] in its
    sentence (from ``s``), past words of a market's move only: "index level (ftse 100)",
    "index rise (dow jones)", "sterling exchange rate", "gilt yield (10-year)", "gilt yield
    rise (10-year)", "gold price". None when no benchmark reaches the number. ``low_text``:
    the text lower-cased, when it has the text's offsets (a first look without a copy)."""
    lo = max(s, vs - 120)
    while lo > s and lo < vs and text[lo - 1].isalnum():
        lo += 1  # (not from inside a word: "window" holds no "dow")
    if low_text is not None and _MARKET_HINT.search(low_text, lo, vs) is None:
        return None
    low = text[lo:vs].lower()
    if low_text is None and _MARKET_HINT.search(low) is None:
        return None
    found = None
    for m in _MARKET_NAME.finditer(low):
        if m.group("cur") and _QUOTED_IN.search(low, max(0, m.start() - 20), m.start()):
            continue  # "against the dollar": what the currency before it is quoted in
        found = m
    if found is None:
        return None
    tokens = _GAP_TOKEN.findall(low, found.end())
    direction, level, words = None, False, 0
    for t in tokens:
        if t[0].isdigit():
            level = False
            continue
        if t in _GAP_PUNCT:
            continue
        if t not in GAP_WORDS:
            return None  # "the FTSE 100 rose 0.5% while Barclays rose 3%": another subject
        words += 1
        level = t in _LEVEL_LAST
        if t in _MOVES:
            direction = _MOVES[t]
    if not level and (later := CHANGE_AFTER.match(text, ve)):
        direction = "rise" if later.group(1) == "higher" else "fall"  # "closed 0.4% lower"
    if not words or (not level and direction is None):
        return None
    move = None if level else direction
    if found.group("index"):
        name = INDEX_NAMES[found.group("index")]
        if (level and unit in (None, "point")) or (move and unit in ("point", "percent")):
            return f"index {move or 'level'} ({name})"
        return None
    if found.group("cur"):
        name, code = EXCHANGE_CURRENCIES[found.group("cur")]
        if (level and unit in _LEVEL_MONEY and unit != code) or (
                move and (unit == "percent" or (unit in MONEY_UNITS and unit != code))):
            return f"{name} exchange rate{' ' + move if move else ''}"
        return None
    if found.group("com"):
        name = COMMODITY_PRICES[found.group("com")]
        if (level and unit in _LEVEL_MONEY) or (move and (
                unit == "percent" or unit in MONEY_UNITS)):
            return f"{name}{' ' + move if move else ''}"
        return None
    maturity = found.group("m1") or found.group("m3")
    bond = found.group("b1") or found.group("b2") or found.group("b3")
    name = f"{BOND_NAMES[bond] if bond else 'bond'} yield"
    if (level and unit == "percent") or (
            move and unit in ("percent", "basis point", "percentage point")):
        if move:
            name = f"{name} {move}"
        if maturity:
            name = f"{name} ({_MATURITY_WORDS.get(maturity, maturity)}-year)"
        return name
    return None


def is_market_measure(measure: str | None) -> bool:
    """Whether ``measure`` is a market benchmark's (``market_measure``): its name is in the measure,
    so the claim has no subject besides."""
    if not measure or measure.partition(" ")[0] not in _MARKET_FIRST:
        return False
    base = measure.partition(" (")[0]
    return base.startswith("index ") or base.endswith(
        ("exchange rate", "exchange rate rise", "exchange rate fall")) or \
        base.removesuffix(" rise").removesuffix(" fall").endswith(" yield") or \
        base.removesuffix(" rise").removesuffix(" fall") in _COMMODITY_MEASURES


_COMMODITY_MEASURES = frozenset(COMMODITY_PRICES.values())
# The first words of the market rule's measures (a first look for ``is_market_measure``).
_MARKET_FIRST = frozenset({"index", "bond", *BOND_NAMES.values()} | {
    n.split()[0] for n, _ in EXCHANGE_CURRENCIES.values()} | {
    n.split()[0] for n in COMMODITY_PRICES.values()})
