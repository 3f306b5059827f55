"""What a numeric claim counts: its ``measure`` (claims table); when it counts it, its
``period``, is ``newsledger.extract.periods``'s.

A measure is one thing counted: the counted noun and what happened to it ("12 people were
killed" -> "people killed", "West garnered 60,000 votes" -> "votes received", "cut 650 jobs"
-> "jobs cut"), what an amount or a percentage measures ("revenue of $2bn" -> "revenue",
"profits rose 5%" -> "profit rise", "shares fell 2%" -> "share price fall"), or a phrase
before the number ("a crowd of 40,000" -> "attendance", "the death toll rose to 14" ->
"people killed", "won by 1,800 votes" -> "margin of victory"). A place limits it when the
number is part of a larger count ("10,188 of those votes are from Tennessee" -> "votes
received in tennessee") and always for a share of the vote; an award limits a count of
nominations or prizes ("11 Bafta nominations" -> "nominations (bafta)"). Counts of people are
keyed in persons whatever their noun ("a crowd of 12,500", "15,000 fans").

No measure (never compared): ages and durations (unless a sentence or a ban: "jailed for 12
years" -> "prison sentence"), scores, points, ranks, repetitions ("21-time"), distances and
weights, amounts and percentages whose clause names no measure, poll figures and subgroups'
shares, award counts without the award, and numbers not asserted as fact
(``newsledger.extract.asserted``): references to a known set ("the 1,237 delegates needed", "her 2.1 million members"),
selections and proportions ("eight of the past nine", "6 in 10"), the ends of a range,
hyphenated descriptions ("a 187-member committee") and hypotheticals ("if", "needs", "could").

Method: word lists (``newsledger.lexicon.numbers``: NOUN_MEASURES, PREDICATES,
MEASURE_BEFORE, AMOUNT_NOUNS, CHANGE_VERBS, UNCOMPARABLE_UNITS, ...) read in a window of a few
words either side of the number, inside its clause. Linear in the clause; no parsing.

What an amount or a percentage measures is ``newsledger.extract.amounts``'s; the level or the
move of a market benchmark ("the FTSE 100 rose 0.5%") ``newsledger.extract.markets``'s.

Limits: predicates further than a place phrase from the counted noun, or in another clause,
are not read ("the number of people who have now been confirmed dead is 12"); the subject
(who or what) is the claim extractor's.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from newsledger.lexicon.measures import (
    AUDIENCE_NOUNS, AWARD_NOUNS, CHANGE_VERBS, CONTRACT_AGREED, COUNT_PRONOUNS, DURATION_MEASURES,
    EVACUATION_SHELTERS, EVACUATION_VERBS, MEASURE_BEFORE, NOT_POLL_MEASURES,
    NOUN_MEASURES, PEOPLE_MEASURES, PEOPLE_NOUNS, PLACE_PREPOSITIONS, POLL_WORDS,
    PREDICATE_AUXILIARIES, PREDICATES, SPEECH_PREDICATES,
    SAMPLE_NOUNS, SAMPLE_SENTENCE_WORDS, TOLL_NOUNS, TRANSFER_OBJECT_WORDS, UNCOMPARABLE_UNITS,
    UNIT_AFTER_MEASURES)
from newsledger.lexicon.numbers import IRREGULAR_SINGULAR
from newsledger.lexicon.people import PLURAL_SPEAKERS, SUBJECT_PRONOUNS

from .amounts import (FILLER_LAST, MONEY_UNITS, RATE_UNITS, amount_measure, clause_start,
                      words_before)
from .asserted import FILLER, distributive, lower_words, not_asserted
from .markets import GAP_WORDS, MARKET_UNITS, market_measure
from .patterns import literal_alternation as _alt
from .patterns import has_case_fold, lower_window, trie_alternation, word_start_alternation

_PLURAL = {v: k for k, v in IRREGULAR_SINGULAR.items() if k != v}
_PLURAL.update({"person": "people", "staff": "staff", "aircraft": "aircraft", "crew": "crew"})
# A count of one: a count only with what happened to it ("one person died"); with its noun
# alone it names someone ("one voter asked about jobs", "one protester threw a bomb").
_ONE = frozenset({"one", "1", "a", "an"})
# The longest PREDICATES phrase, in words: phrases after a counted noun are tried up to it.
_LONGEST_PREDICATE = max(len(p.split()) for p in PREDICATES)
_PREDICATE_FIRST = frozenset(p.split()[0] for p in PREDICATES if " " in p)


# The word right before a number, and the last words of the MEASURE_BEFORE phrases: the
# phrase pattern runs only when the word could end one (or is a qualifier between them).
# The last word before an offset, read backwards on the reversed text: what
# r"([A-Za-z][A-Za-z'’-]*)\W*$" finds searching forwards, without trying every offset.
_LAST_WORD_REVERSED = re.compile(r"(?:\W*[^\w'’-])?([A-Za-z'’-]*[A-Za-z])")
_BEFORE_LAST = frozenset(p.split()[-1] for p in MEASURE_BEFORE)
_AT_VENUE = re.compile(r"\s+(?:were|was)\s+(?:at|inside|in attendance)\b")
_BEFORE = re.compile(rf"(?i)\b(?P<p>{_alt(MEASURE_BEFORE)})\s+{FILLER}[$£€¥]?$")
# The same on lower-cased windows (``patterns.lower_window``), opening with a letter.
_BEFORE_LOWER = re.compile(
    rf"(?P<p>{word_start_alternation(MEASURE_BEFORE)})\s+{FILLER}[$£€¥]?$")
_AWARD_AFTER = re.compile(
    r"\s+(?:at|for|in|from)\s+(?:the\s+|this\s+year's\s+|last\s+year's\s+)?(?:\d{4}\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of))*)")
# The word right after a quantity ("a five-year contract", "12 points clear"), and the units
# ``UNIT_AFTER_MEASURES`` reads it for.
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_UNITS_WITH_AFTER = frozenset(u for u, _ in UNIT_AFTER_MEASURES)
_TOLL = re.compile(rf"(?i)\b(?:{_alt(TOLL_NOUNS)})\b")
# A word every TOLL_NOUNS phrase holds (lower case).
_TOLL_WORDS = ("toll", "dead", "death", "injured", "crowd", "attendance", "turnout", "population",
               "unemploy", "jobless", "out of work", "claimant", "killed", "died", "fatalit",
               "waiting")
assert all(any(w in noun for w in _TOLL_WORDS) for noun in TOLL_NOUNS)
# A comma or semicolon between the last word before a number and the number.
_COMMA_BEFORE = re.compile(r"[,;][^A-Za-z]*$")
_POLL = re.compile(rf"(?i)\b(?:{_alt(POLL_WORDS)})\b")
_SAMPLE_SENTENCE = re.compile(rf"{word_start_alternation(SAMPLE_SENTENCE_WORDS)}\b")
# "80 people were moved to a rest centre", "140 people spent the night at the Borough Theatre
# rest centre": people taken to a shelter are evacuees.
_SHELTER = re.compile(
    rf"(?:\s+(?:{_alt(PREDICATE_AUXILIARIES)}))*\s+(?:{_alt(EVACUATION_VERBS)})\s+"
    rf"(?:the|a|an|their|its)\s+(?:[A-Z][\w'’.-]*\s+){{0,4}}(?:{_alt(EVACUATION_SHELTERS)})\b")
_POLL_LOWER = re.compile(rf"{word_start_alternation(POLL_WORDS)}\b")
# A clause break after a number (also the period's: ``periods``).
CLAUSE_MARK = re.compile(r"[,;:()\"“”]|\b(?:and|but|while|who|which|when|after|before)\b")
_CAPS = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def plural(noun: str) -> str:
    """"person" -> "people", "vote" -> "votes", "electoral vote" -> "electoral votes"."""
    head, _, last = noun.rpartition(" ")
    if last in _PLURAL:
        p = _PLURAL[last]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        p = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        p = last + "es"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def _last_word(text: str, lo: int, hi: int) -> str | None:
    """The last word of text[lo:hi], only non-word characters after it ("crowd of" ->
    "of"), or None."""
    m = _LAST_WORD_REVERSED.match(text[lo:hi][::-1])
    return m.group(1)[::-1] if m else None


# Who can claim a count rather than cause it ("police claimed", "they claimed"; not "it").
_SPEAKERS = PLURAL_SPEAKERS | (SUBJECT_PRONOUNS - {"it"})


def _predicate(text: str, s: int, e: int, vs: int, ve: int) -> str | None:
    """What happened to the counted things: the verb right before the number ("killed 12
    people") or after the counted noun, past auxiliaries ("12 people were killed")."""
    before = words_before(text, s, vs, 3)
    if before and not _COMMA_BEFORE.search(text, max(s, vs - 12), vs):
        # (not across a comma: "1 Dead, 2 Injured", "Of the 23 arrested, 12 are")
        if len(before) >= 2 and f"{before[-2]} {before[-1]}" in PREDICATES:
            return PREDICATES[f"{before[-2]} {before[-1]}"]
        if before[-1] in PREDICATES and not (
                before[-1] in SPEECH_PREDICATES and len(before) >= 2 and before[-2] in _SPEAKERS):
            return PREDICATES[before[-1]]
    stop = min(e, ve + 80)
    mark = CLAUSE_MARK.search(text, ve, stop)
    after = lower_words(text, ve, mark.start() if mark else stop)[:8]
    i = 1 if after and after[0] in COUNT_PRONOUNS else 0  # "nine others were hurt"
    if after and after[0] in PLACE_PREPOSITIONS:  # "350 homes in the Rhondda valley were"
        j = next((k for k in range(1, min(len(after), 6)) if after[k] in ("were", "was",
                                                                          "have", "had")), 0)
        i = j
    while i < len(after) and after[i] in PREDICATE_AUXILIARIES:
        i += 1
    if i < len(after):
        if after[i] in _PREDICATE_FIRST:  # a phrase of two words or more may start here
            for k in range(min(_LONGEST_PREDICATE, len(after) - i), 1, -1):
                phrase = " ".join(after[i:i + k])
                if phrase in PREDICATES:
                    return PREDICATES[phrase]
        if after[i] in PREDICATES and (i > 0 or not after[i].endswith("s")):
            return PREDICATES[after[i]]
    if (text.find("cent", ve, e) >= 0 or text.find("shelter", ve, e) >= 0) and \
            _SHELTER.match(text, ve, e):
        return "evacuated"  # "80 people were moved to a rest centre"
    return None


def _award(text: str, s: int, e: int, num_end: int, ve: int) -> str | None:
    """The award a count of nominations or prizes is for: capitalized words between the number
    and the noun ("11 Bafta nominations"), or after it ("nominations at the Golden Globes")."""
    between = _CAPS.search(text, num_end, ve)
    if between:
        return between.group().lower()
    m = _AWARD_AFTER.match(text, ve)
    if m and m.end() <= e:
        return m.group("name").lower()
    return None


def _poll_word(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] holds a POLL_WORDS word (``_POLL``), on the lower-cased text."""
    low = lower_window(text, s, e)
    if low is None:
        return _POLL.search(text, s, e) is not None
    return _POLL_LOWER.search(low[0], low[1]) is not None


def _poll_sample(text: str, s: int, e: int) -> bool:
    """Whether the sentence text[s:e] is about a poll ("poll", "surveyed", "margin of error"):
    the people it counts are the poll's sample."""
    low = lower_window(text, s, e)
    if low is None:
        return _SAMPLE_SENTENCE.search(text[s:e].lower()) is not None
    return _SAMPLE_SENTENCE.search(low[0], low[1]) is not None


def _phrase_before(text: str, lo: int, hi: int) -> str | None:
    """The MEASURE_BEFORE phrase (lower case) that text[lo:hi] ends with, fillers and a currency
    sign after it allowed ("a crowd of about"), or None."""
    low = lower_window(text, lo, hi)
    if low is None:
        m = _BEFORE.search(text, lo, hi)
        return m.group("p").lower() if m else None
    window, first = low
    m = _BEFORE_LOWER.search(window, first)
    return m.group("p") if m else None


def _toll(text: str, s: int, vs: int) -> str | None:
    """A toll noun earlier in the number's part of the clause ("the death toll from the storm
    rose to 14" -> "people killed"), and its change when the number is one ("Unemployment rose
    by 50,000 to 1.6 million": "people unemployed rise" for 50,000, the level for 1.6 million)."""
    start = clause_start(text, s, vs)
    if _TO_LEVEL.fullmatch(text, start, vs):  # the level after a change: read past the change
        start = clause_start(text, s, max(s, start - 12))
    low = lower_window(text, start, vs)
    if low is not None and not any(w in low[0] for w in _TOLL_WORDS):
        return None  # (a first look: most clauses name no toll)
    found = [m for m in _TOLL.finditer(text, start, vs)]
    if not found:
        return None
    toll = TOLL_NOUNS[found[-1].group().lower()]
    between = lower_words(text, found[-1].end(), vs)
    if len(between) >= 2 and between[-1] == "by" and between[-2] in CHANGE_VERBS:
        return f"{toll} {CHANGE_VERBS[between[-2]]}"  # "rose by 50,000": the change
    return toll


# The gap between a change and the level it reached ("rose by 50,000 to 1.6 million").
_TO_LEVEL = re.compile(r"[ \t]+to[ \t]+")


# A verb of what happened to people right after a bare number, then a count: the number is
# the verb's agent or a label ("magnitude 6.1 killed at least 14 people"), not the people.
_VERB_THEN_COUNT = re.compile(
    r"[ \t]+(?:(?:was|were|has|have|had)[ \t]+)?(?:killed|killing|injured|injuring|"
    r"arrested|evacuated|rescued)[ \t]+(?:(?:at[ \t]+least|more[ \t]+than|nearly|almost|"
    r"about|around|some|over|up[ \t]+to)[ \t]+)?\d", re.IGNORECASE)


def _agent_of_count(text: str, e: int, ve: int) -> bool:
    return _VERB_THEN_COUNT.match(text, ve, e) is not None


# What happened to people that a bare count can be about ("14 were killed"), and a word of
# every PREDICATES phrase that says it, with the toll words: a first look for a count with no
# noun (``_may_count_people``).
_PEOPLE_PREDICATES = ("killed", "injured", "arrested", "evacuated", "rescued", "missing")
_PEOPLE_HINT = re.compile(trie_alternation(
    {max(reversed(p.split()), key=len) for p, v in PREDICATES.items() if v in _PEOPLE_PREDICATES}
    | set(_TOLL_WORDS)))


def _may_count_people(text: str, s: int, e: int, vs: int, ve: int) -> bool:
    """False when a count with no noun at text[vs:ve] can have no measure: no toll word and no
    word of a people predicate in the words ``_toll`` and ``_predicate`` read (at most 80
    characters either side, in the sentence text[s:e]), and no shelter ("rest centre") after
    it. A letter that folds case oddly (a dotted I) sends it to the rules."""
    raw = text[max(s, vs - 80):min(e, ve + 80)]
    return (_PEOPLE_HINT.search(raw.lower()) is not None or has_case_fold(raw)
            or text.find("cent", ve, e) >= 0 or text.find("shelter", ve, e) >= 0)


# "passenger numbers rose to 14.2 million": the counted noun before "numbers" (singular).
_NUMBERS_OF = re.compile(r"\b([A-Za-z]+)[ \t]+numbers\b")


def _count_measure(text: str, s: int, e: int, vs: int, ve: int, num_end: int,
                   unit: str | None) -> tuple[str | None, str]:
    """The measure of a count: its noun and what happened to it, if anything comparable; with
    the ``claims.measures`` rule."""
    if unit is None and text.find(" numbers", s, vs) >= 0:
        counted = [m.group(1).lower()
                   for m in _NUMBERS_OF.finditer(text, clause_start(text, s, vs), vs)]
        if counted and counted[-1] in NOUN_MEASURES:
            return NOUN_MEASURES[counted[-1]], "numbers-of"
    if unit is None and text.find("polled", max(s, vs - 30), vs) >= 0 and \
            words_before(text, s, vs, 1) == ["polled"]:
        return "votes received", "polled"  # "Dunn, who polled 11,895, came second"
    if unit is None and not _may_count_people(text, s, e, vs, ve):
        return None, "no-noun"
    if unit is None or unit in AUDIENCE_NOUNS:
        toll = _toll(text, s, vs)
        if toll:
            return toll, "toll"
    if unit is None:
        pred = _predicate(text, s, e, vs, ve)
        if pred in _PEOPLE_PREDICATES:
            if _agent_of_count(text, e, ve):
                return None, "agent"  # "a quake of magnitude 6.1 killed 14 people": not 6.1
            return f"people {pred}", "people-predicate"
        return None, "no-noun"
    if unit in UNCOMPARABLE_UNITS:
        if _described_measure(text, s, e, vs, ve, unit):
            # "signed a five-year contract" (not "offered him an eight-year deal")
            return UNIT_AFTER_MEASURES[unit, _NEXT_WORD.match(text, ve, e).group(1).lower()], \
                "unit-after"
        before = words_before(text, s, vs, 4)
        return next((DURATION_MEASURES[w] for w in reversed(before)
                     if w in DURATION_MEASURES), None), "sentence-or-ban"
    if unit in AWARD_NOUNS:
        award = _award(text, s, e, num_end, ve)
        return (f"{plural(unit)} ({award})" if award else None), "award"
    pred = _predicate(text, s, e, vs, ve)
    if unit in AUDIENCE_NOUNS and (pred in ("attending", "watching") or _AT_VENUE.match(
            text, ve)):
        return "attendance", "attendance"  # "35,000 fans attended", "were at Victoria Park"
    if unit in ("life", "death", "fatality", "dead"):
        return ("people killed" if unit != "life" or pred == "killed" else None), "deaths"
    default = NOUN_MEASURES.get(unit)
    if pred is None:
        if default and text[vs:num_end].strip().lower() in _ONE:
            return None, "one-alone"  # "one protester threw a bomb": someone, not a count
        return default, "noun"
    if unit in PEOPLE_NOUNS:  # "140 residents were evacuated": people evacuated
        return f"people {pred}", "people-predicate"
    if default and (default.endswith(pred) or (
            pred in ("received", "won") and default.endswith(("received", "won")))):
        return default, "noun"
    return f"{plural(unit)} {pred}", "noun-predicate"


# A win's margin with the loser named ("beat Australia by 62 runs", "beating Ethiopia's Selam
# Tadesse by 41 seconds"), and a player's transfer fee ("signed midfielder Luca Brennan from
# Castleford City for £45m", "joined Marlow from Castleford for a reported £30m"; not "signed a
# deal for $2bn").
_BEAT_BY = re.compile(
    rf"\b(?:beat|beats|beating|defeated|defeating|thrashed|thrashing|edged|edging|outpolled|"
    rf"outscored)\s+(?:(?:the|of)\s+|[A-Z][\w'’.&-]*\s+){{1,6}}by\s+{FILLER}[$£€¥]?$")
# A seat held or won by a count of votes ("held Harwick North by 412 votes", "clung on in
# the seat by just 412 votes"); not a division's tally ("won the vote by 286 votes to 134").
_HELD_BY = re.compile(
    r"\b(?:won|wins|winning|held|holds|holding|retained|retains|retaining|kept|keeps|keeping"
    r"|(?:clung|clings|hung|hangs)\s+on)\b(?:\s+[\w'’.&-]+){0,6}?\s+by\s+"
    rf"{FILLER}$")
_TALLY_AFTER = re.compile(r"\s+to\s+\d")
# A fine with whoever is fined between ("fined Derek Holt £6,500", "fined the company a record
# £12m"); "fined £500" is a MEASURE_BEFORE phrase.
_FINED = re.compile(rf"\b(?:fined|fines|fining)\s+(?:[\w'’.&-]+\s+){{1,4}}?{FILLER}[$£€¥]?$")
_SIGNED_FOR = re.compile(
    rf"(?<![\w-])(?:sign|signs|signed|signing|joined|joins|join|joining)\s+(?P<obj>(?:[\w'’.&-]+\s+)"
    rf"{{1,10}}?)for\s+(?:(?:a|an)\s+(?:reported|initial|club-record|record|fee\s+of)\s+)?"
    rf"{FILLER}[$£€¥]?$")
_WIN_OR_FEE_LAST = frozenset({"by", "for", "reported", "initial", "record", "club-record",
                              "of", "about", "around", "nearly", "almost", "just"})


def _win_or_fee(text: str, s: int, vs: int, ve: int, last: str, unit: str | None
                ) -> str | None:
    """"margin of victory" after a win over a named loser ("beat Australia by 62 runs") or a
    seat held by votes ("held Harwick North by 412 votes"), "transfer fee" after a signing
    ("signed Luca Brennan from Castleford City for £45m")."""
    lo = max(s, vs - 100)
    if (last == "by" or text.find("by", max(lo, vs - 30), vs) >= 0) and (
            _BEAT_BY.search(text, lo, vs) or (
                unit == "vote" and _HELD_BY.search(text, lo, vs)
                and not _TALLY_AFTER.match(text, ve))):
        return "margin of victory"
    if unit in MONEY_UNITS and text.find("for", max(lo, vs - 40), vs) >= 0 and \
            (m := _SIGNED_FOR.search(text, lo, vs)) and all(
                w[:1].isupper() or w.lower() in TRANSFER_OBJECT_WORDS
                for w in m.group("obj").split()):
        return "transfer fee"  # (a player signed: names and a player's words only)
    return None


def _described_measure(text: str, s: int, e: int, vs: int, ve: int, unit: str | None
                       ) -> bool:
    """Whether a quantity is a measure of what it describes (``UNIT_AFTER_MEASURES``: "signed a
    five-year contract"), agreed (``CONTRACT_AGREED`` among the six words before it), not a
    mere description ("a 187-member committee") nor an offer ("offered him an eight-year
    deal")."""
    nxt = _NEXT_WORD.match(text, ve, e) if unit in _UNITS_WITH_AFTER else None
    return nxt is not None and (unit, nxt.group(1).lower()) in UNIT_AFTER_MEASURES and \
        not CONTRACT_AGREED.isdisjoint(lower_words(text, max(s, vs - 60), vs)[-6:])


def _not_asserted(text: str, s: int, e: int, vs: int, ve: int, in_range: bool,
                  rule: str) -> bool:
    """``not_asserted`` as a yes or no, a described measure ("a five-year contract", rule
    "unit-after") not counted as a mere description."""
    why = not_asserted(text, s, e, vs, ve, in_range)
    return why is not None and not (why == "description" and rule == "unit-after")


def measure_of(text: str, s: int, e: int, vs: int, ve: int, num_end: int,
               unit: str | None, place: str | None = None, part: bool = True,
               trace: list[tuple[str, str, object]] | None = None,
               in_range: bool = False,
               scope: Callable[[], tuple[str | None, bool]] | None = None,
               low_text: str | None = None) -> str | None:
    """The measure of the quantity text[vs:ve] (number ends at ``num_end``) in the clause
    text[s:e], or None when it counts nothing comparable or is not asserted as fact. A
    ``place`` limits the measure when the wording makes the number a part of a larger count
    (``part``: "10,188 of those votes are from Tennessee") and always for a share of the vote;
    the place a whole story happens in ("killed seven people in Wales") does not (``scope``,
    when given, gives both, asked only for a number that has a measure). ``trace``, when
    given, receives the rule that decided (``claims.measures``, ``claims.not-asserted``).
    ``in_range``: the high end of a range read as one ("between 30 and 40 people"), which
    takes the measure its words give. ``low_text``: the text lower-cased, when it keeps the
    text's offsets (the market rule's first look reads it).

    Every rule here only reads, so the order they run in changes nothing but the trace: with
    a trace, the reasons a number is not asserted come first (the trace names the one that
    decided); without one, they run only for a number that has a measure (most have none)."""
    tracing = trace is not None
    if tracing and (why := not_asserted(text, s, e, vs, ve, in_range)) is not None and not (
            why == "description" and _described_measure(text, s, e, vs, ve, unit)):
        trace.append(("claims.not-asserted", why, text[vs:ve]))
        return None
    if tracing and unit not in MONEY_UNITS and distributive(text, e, ve):
        # "two Americans were killed at each location" ("$37 each" is a price)
        trace.append(("claims.not-asserted", "distributive", text[vs:ve]))
        return None
    last = _last_word(text, max(s, vs - 30), vs)
    last_low = last.lower() if last is not None else None
    phrase = _phrase_before(text, max(s, vs - 60), vs) if last_low is not None and (
        last_low in _BEFORE_LAST or last_low in FILLER_LAST) else None
    win_or_fee = _win_or_fee(text, s, vs, ve, last_low, unit) if phrase is None and \
        last_low in _WIN_OR_FEE_LAST else None
    if phrase:
        name, rule = MEASURE_BEFORE[phrase], "phrase-before"
    elif win_or_fee:
        name, rule = win_or_fee, "win-or-fee"
    elif unit in MARKET_UNITS and last_low is not None and last_low in GAP_WORDS and (
                benchmark := market_measure(text, s, vs, ve, unit, low_text)):
        name, rule = benchmark, "market"
    elif unit in MONEY_UNITS and text.find("fin", max(s, vs - 60), vs) >= 0 and \
            _FINED.search(text, max(s, vs - 60), vs):
        name, rule = "fine", "fined-object"
    elif unit in MONEY_UNITS or unit in RATE_UNITS:
        name, rule = amount_measure(text, s, e, vs, ve)
    else:
        name, rule = _count_measure(text, s, e, vs, ve, num_end, unit)
    if (unit in RATE_UNITS or unit == "point") and name not in (None, "turnout") and \
            not (rule == "phrase-before" and name in NOT_POLL_MEASURES) and _poll_word(text, s, e):
        name = None  # a poll figure or a subgroup's share: which poll or group is not known
        if tracing:
            trace.append(("claims.not-asserted", "poll", text[vs:ve]))
    if name is not None and unit in SAMPLE_NOUNS and _poll_sample(text, s, e):
        name = None  # "the poll was conducted among 1,358 registered voters": its sample
        if tracing:
            trace.append(("claims.not-asserted", "poll-sample", text[vs:ve]))
    if name is None:
        if tracing and rule in ("one-alone", "agent"):
            trace.append(("claims.measures", rule, text[vs:ve]))
        return None
    if not tracing and (_not_asserted(text, s, e, vs, ve, in_range, rule) or (
            unit not in MONEY_UNITS and distributive(text, e, ve))):
        return None
    if rule == "market":
        place = None  # the benchmark is named: "In Hong Kong, the Hang Seng index fell 5.5%"
    elif scope is not None:
        place, part = scope()
    if name == "vote share" and not place:
        return None  # a share of the vote differs from contest to contest: name the place
    if place and (part or name == "vote share"):
        name = f"{name} in {place}"
    if tracing:
        trace.append(("claims.measures", rule, name))
    return name


def measure_key(subject: str | None, measure: str | None, period: str | None,
                unit: str | None) -> str:
    """subject|measure|period|unit, lower case, spaces collapsed: what sources are compared
    on ("kanye west|votes received||vote"). A count of people is in "person" whatever the
    noun or none ("a crowd of 12,500", "15,000 fans" -> attendance in person)."""
    if measure and measure.startswith(PEOPLE_MEASURES):
        unit = "person"
    key = f"{(subject or '').lower()}|{measure or ''}|{period or ''}|{unit or ''}"
    if key.isprintable() and "  " not in key and key[:1] != " " and key[-1:] != " ":
        return key  # (no white space but single spaces inside: already collapsed)
    return " ".join(key.split())
