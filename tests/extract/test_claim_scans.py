"""The claim extractor's fast scans find what the plain patterns they replace find (property
tests on text made of the pieces these patterns care about)."""
from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract import amounts, measures, periods
from newsledger.extract.claims import filters, qualifiers, window
from newsledger.lexicon.measures import RELATIVE_PERIODS
from newsledger.lexicon.numbers import QUALIFIERS

PIECES = st.lists(st.sampled_from(
    list("abnoprstxyAKPGU -'’.&\t\n9,0:") +
    ["call us on ", "phone ", "555 0199", "0800 123 4567", "555-123-4567", "9.30am", "7 p.m.",
     "10:30", "1400 GMT", "737s", "787", "Boeing 787", "the 787", "A320", "12hrs", "2,000",
     "more than ", "nearly ", "couldn’t even reach ", "approx. ", "~", "or so ", "even ",
     "up to ", "rose to ", "not even ", "UP TO ", "less than\u00a0", "\tEVEN ",
     "Last Year", "last year", "a year ago", "this season", "March", "may", "ſ", "K", "İ", "ı",
     "overnight", "so far", "year-end", "x-", "a.m.", "U.S.", "AT&T"]),
    max_size=40).map("".join)

_PREV_WORD = re.compile(r"([\w.’'&-]*\w[.’'&]?)[ \t\u00a0]*$")


@settings(max_examples=400, deadline=None)
@given(PIECES, st.integers(0, 60))
def test_prev_word_reads_backwards_what_the_pattern_finds_forwards(text, cut):
    pos = min(cut, len(text))
    m = _PREV_WORD.search(text, max(0, pos - 30), pos)
    assert window.prev_word(text, pos, 0) == ((m.group(1), m.start(1)) if m else ("", pos))


_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z'’-]*)\W*$")


@settings(max_examples=400, deadline=None)
@given(PIECES, st.integers(0, 60), st.integers(0, 60))
def test_last_word_reads_backwards_what_the_pattern_finds_forwards(text, lo, hi):
    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    m = _LAST_WORD.search(text, lo, hi)
    assert measures._last_word(text, lo, hi) == (m.group(1) if m else None)


@settings(max_examples=400, deadline=None)
@given(PIECES)
def test_qualifier_first_look_never_hides_a_qualifier(text):
    full = qualifiers.QUALIFIER.search(text)
    fast = qualifiers.qualifier_phrase(text)
    assert (full and full.span()) == (fast and fast.span())


@settings(max_examples=400, deadline=None)
@given(PIECES)
def test_digit_run_scans_find_what_the_patterns_find(text):
    runs = window.digit_runs(text)
    assert [m.span() for m in filters._spaced_digits(text, runs)] == \
        [m.span() for m in filters._SPACED_DIGITS.finditer(text)]
    low = text.lower()
    assert [m.span() for m in filters.blocked_matches(text, low, runs)] == \
        [m.span() for m in filters.BLOCKED.finditer(text)]
    bare = Counter(m.group(1) for s, e in runs if (m := filters._BARE_NUMBER.match(text, s)))
    assert bare == Counter(filters._BARE_NUMBER.findall(text))
    plural = {m.group(1) for s, e in runs if (m := filters._MODEL_PLURAL.match(text, s))}
    assert plural == set(filters._MODEL_PLURAL.findall(text))


@settings(max_examples=400, deadline=None)
@given(PIECES, st.integers(0, 30))
def test_relative_periods_on_lower_case_text_match_the_case_blind_pattern(text, lo):
    lo = min(lo, len(text))
    slow = [(m.start(), m.group("p").lower())
            for m in periods._RELATIVE.finditer(text, lo, len(text))]
    window_ = text[lo:].lower()
    if len(window_) != len(text) - lo or any(c in window_ for c in periods._CASE_FOLDS):
        return  # such windows take the case-blind pattern
    first = 1 if lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] == "_") else 0
    fast = [(lo + m.start(), m.group("p"))
            for m in periods._RELATIVE_LOWER.finditer(window_, first)]
    assert fast == slow


def test_the_lexicon_phrases_the_first_looks_rely_on():
    assert all(p == p.lower() for p in QUALIFIERS) and all(
        p == p.lower() for p in RELATIVE_PERIODS)


NAMED = st.lists(st.sampled_from(
    list("aAbB -\t.,9&x") + ["Boeing ", "787", "A320", "Windows 2000", "1234", "12345", ".5",
                             ",3", "Apollo", "x" * 30, "Y" * 31, "S&P 500", "Local-1520", "_",
                             "A380-800", "A123x 4567", "A&B123"]),
    max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(NAMED)
def test_numbers_in_names_are_found_from_the_runs_of_digits(text):
    runs = window.digit_runs(text)
    assert [m.span() for m in filters._name_number_matches(text, runs)] == \
        [m.span() for m in filters._NAME_NUMBER.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(PIECES, st.integers(0, 30))
def test_measure_words_on_lower_case_windows_match_the_case_blind_patterns(text, lo):
    lo = min(lo, len(text))
    text = text + " crowd of Revenue The Vote pre-tax profit valued at about $"
    hi = len(text)
    m = measures._BEFORE.search(text, lo, hi)
    assert measures._phrase_before(text, lo, hi) == (m.group("p").lower() if m else None)
    assert amounts._amount_nouns(text, lo, hi) == [
        (m.start(), m.end(), m.group("n").lower()) for m in amounts._AMOUNT.finditer(text, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_claimant_verbs_are_found_as_whole_words(text):
    from newsledger.extract.claims import attribution

    text = text + " said Says told reported"
    old = re.compile(r"\b" + window.alt(attribution.CLAIMANT_VERBS) + r"\b")
    assert attribution._verbs(text) == [m.span() for m in old.finditer(text)]


DURATIONS = st.lists(st.sampled_from(
    list("aAnN -\t") + ["year", "YEAR", "years", "day", "today", "an hour", "a decade", "plan ",
                        "a  week", "a\u00a0month", "-long", "fortnight", "aa", "A Century", "ſ"]),
    max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(DURATIONS)
def test_article_durations_are_found_from_their_duration_words(text):
    from newsledger.extract.claims import fractions

    assert [m.span() for m in fractions.find_article_durations(text, text.lower())] == \
        [m.span() for m in fractions.ARTICLE_DURATION.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_poll_words_on_lower_case_text_match_the_case_blind_pattern(text):
    text = "Poll " + text + " surveyed"
    for lo in range(0, len(text), 7):
        assert measures._poll_word(text, lo, len(text)) == \
            (measures._POLL.search(text, lo, len(text)) is not None)


SENTENCES = st.lists(st.sampled_from(
    ["Sales rose 5%. ", "It was 12 ", "x" * 90 + " ", "y" * 120, "! ", "\n\n", "  ", "The ",
     "9. ", "Mr. Lee paid $40", "? "]),
    max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(SENTENCES, st.randoms(use_true_random=False))
def test_a_sentences_bounds_kept_for_its_numbers_are_those_read_alone(text, rnd):
    from newsledger.extract.claims.context import ClaimContext
    from newsledger.text import Document

    doc = Document(text)
    kept = ClaimContext(doc, [], [], [])
    positions = list(range(len(text) + 1))
    rnd.shuffle(positions)
    for pos in positions:  # (any order: the first number read in a sentence keeps its bounds)
        assert kept.sentence(pos) == ClaimContext(doc, [], [], []).sentence(pos)


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_the_relative_period_first_look_finds_a_last_word_where_the_alternation_does(text):
    text = text + " year-end"
    old = re.compile(window.alt(periods._RELATIVE_LAST))
    for lo in range(0, len(text), 5):
        assert (periods._RELATIVE_HINT.search(text, lo) is None) == \
            (old.search(text, lo) is None)


@settings(max_examples=400, deadline=None)
@given(PIECES, st.data())
def test_a_sentences_clause_breaks_read_once_are_those_read_before_each_number(text, data):
    # (a number never starts right after a letter or digit: what the scan for one allows)
    from newsledger.extract.claims import attribution

    starts = [i for i in range(len(text) + 1) if i == 0 or not text[i - 1].isalnum()]
    s = data.draw(st.integers(0, len(text)))
    vs = data.draw(st.sampled_from([i for i in starts if i >= s] or [len(text)]))
    if vs < s or (vs and text[vs - 1].isalnum()):
        return
    alone = max((m.end() for m in attribution._PART_BREAK.finditer(text, s, vs)), default=s)
    breaks = [m.end() for m in attribution._PART_BREAK.finditer(text, s, len(text))]
    assert max([b for b in breaks if b <= vs], default=s) == alone


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=8),
       st.integers(0, 90))
def test_an_offset_is_in_a_quote_when_a_quote_before_it_reaches_past_it(spans, pos):
    from newsledger.extract.claims.context import _reach

    spans = sorted((start, start + n) for start, n in spans)
    starts, reach = _reach(spans)
    k = sum(start <= pos for start in starts)
    assert (k > 0 and reach[k - 1] > pos) == any(s <= pos < e for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["according to", "as per", "as ", "per", "citing", "cit",
                                 "reported by", "data from", "figures ", "from", "x", " ",
                                 "estimates from", "as reported by"]), max_size=12).map("".join))
def test_the_claimant_phrase_first_look_is_a_lookup_of_every_phrase(low):
    from newsledger.extract.claims import attribution
    from newsledger.lexicon.numbers import CLAIMANT_PREFIXES

    assert (attribution._PREFIX_HINT.search(low) is not None) == \
        any(p in low for p in CLAIMANT_PREFIXES)


_AMOUNT_PIECES = st.lists(st.sampled_from(
    ["revenue", "Revenue", "REVENUE", "sales", "box office", "box-office", "costs", "cost",
     "council tax", "of ", "in ", "of the ", "annual ", "Apple ", "$2bn", "5%", " ", "  ", "\t",
     ",", ".", "s", "ſ", "K", "İ", "x", "and ", "rose to ", "up ", "a share", "\n"]),
    max_size=16).map("".join)
# The noun-after pattern as it was written before the trie: a case-blind alternation.
_AMOUNT_AFTER_ALTERNATION = re.compile(
    amounts._AMOUNT_AFTER.pattern.replace(
        amounts.trie_alternation(amounts.AMOUNT_NOUNS, space=" "),
        amounts._alt(amounts.AMOUNT_NOUNS)))


@settings(max_examples=400, deadline=None)
@given(_AMOUNT_PIECES, st.integers(0, 40))
def test_the_amount_nouns_after_as_a_trie_match_the_alternation(text, pos):
    pos = min(pos, len(text))
    trie, alternation = amounts._AMOUNT_AFTER.match(text, pos), \
        _AMOUNT_AFTER_ALTERNATION.match(text, pos)
    assert (trie and (trie.span(), trie.group("n"))) == \
        (alternation and (alternation.span(), alternation.group("n")))


@settings(max_examples=400, deadline=None)
@given(_AMOUNT_PIECES, st.integers(0, 40), st.integers(0, 40))
def test_no_amount_noun_after_where_the_first_look_finds_none(text, ve, e):
    ve, e = min(ve, e, len(text)), min(max(ve, e), len(text))
    after, _ = amounts._amount_nouns_near(text, 0, e, ve, ve)
    m = amounts._AMOUNT_AFTER.match(text, ve)
    if after is False:  # (None: not looked at, a noun before)
        assert m is None or m.end() > e


@settings(max_examples=400, deadline=None)
@given(PIECES, st.integers(0, 60), st.integers(0, 60))
def test_the_clause_start_is_the_end_of_the_last_break(text, s, vs):
    s, vs = min(s, vs, len(text)), min(max(s, vs), len(text))
    window = text[max(s, vs - 80):vs]
    cut = max((m.end() for m in amounts._BREAK.finditer(window)), default=0)
    assert amounts.clause_start(text, s, vs) == max(s, vs - 80) + cut


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(
    ["1", "22", "٣", " ", "\t", ":", "05", "59", "60", ".", "hours", "hour", "hrs", "mins",
     "minutes", "minute", "x", "h", "s", "10:30:15", "2 hours 1 minute"]), max_size=20).map(
    "".join))
def test_timing_hints_are_matched_at_the_last_digit_of_a_run(text):
    from newsledger.extract.claims import timings

    assert [m.span() for m in timings._hints(text, window.digit_runs(text))] == \
        [m.span() for m in timings._HINT.finditer(text)]


def _quantity_as_alternations() -> re.Pattern:
    """``quantities.QUANTITY`` with its word lists written as alternations (longest first), as
    it was before they became tries."""
    from newsledger.extract.claims import quantities as q
    from newsledger.lexicon.numbers import MAGNITUDES, SCALE_ABBREVIATIONS, UNIT_SUFFIXES

    pattern = q.QUANTITY.pattern
    for words in (q._WORD_TOKENS, set(MAGNITUDES) - {"hundred"} | set(SCALE_ABBREVIATIONS),
                  q._DIGIT_WORDS, UNIT_SUFFIXES):
        assert q._trie(words) in pattern
        pattern = pattern.replace(q._trie(words), q._alt(words))
    return re.compile(pattern)


_QUANTITY_ALTERNATIONS = _quantity_as_alternations()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(
    ["1", "25", "3.5", "2,000", " ", "\t", "-", "$", "£", "US$", "one", "Twenty", "TWENTY-FIVE",
     "hundred", " and ", "a ", "half a ", "million", "MN", "bn", "m", "k", "%", " percent",
     " per cent", " point ", "three", "oh", "km", "KM/H", "mph", "°C", "p", "pc", "-year-old",
     "-hour", "-plus", "+", "ſ", "K", "İ", "x", "s", "often", "money", "dozen", "thousand"]),
    max_size=14).map("".join))
def test_the_quantity_pattern_with_tries_matches_the_alternations(text):
    from newsledger.extract.claims import quantities

    assert [(m.span(), m.groups()) for m in quantities.QUANTITY.finditer(text)] == \
        [(m.span(), m.groups()) for m in _QUANTITY_ALTERNATIONS.finditer(text)]
