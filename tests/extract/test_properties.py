"""Property tests: arbitrary text never crashes an extractor, and every span equals its text."""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsledger.extract.article import extract_all

NEWSY = st.lists(st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyz ABCKWJN0123456789.,;:!?-—–()@#$%'\"“”‘’\n") +
    ["Kanye West", " said", " tweeted: ", "November 4, 2020", " on Wednesday", "60,000 votes",
     " — ye (@kanyewest) November 4, 2020", "pic.twitter.com/x", " he ", " the rapper ",
     "\n\n", "\"", "“", "”", "0.5%", " million", "one commented", "according to "]),
    max_size=120).map("".join)
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1),
                                      max_value=dt.date(2100, 12, 31)))


def check_spans(text: str, published: dt.date | None) -> None:
    x = extract_all(text, published)
    for d in x.dates:
        assert text[d.start:d.end] == d.text
    for e in x.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    for q in x.quotes:
        assert text[q.start:q.end] == q.text and q.text
        assert 0 <= q.confidence <= 1
        if q.speaker_text is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text
    for c in x.claims:
        assert text[c.start:c.end] == c.text
        assert text[c.value_start:c.value_end] == c.value_text
        assert c.start <= c.value_start <= c.value_end <= c.end
        assert c.value == c.value  # finite, not NaN
    for ev in x.events:
        assert text[ev.start:ev.end] == ev.text


@settings(max_examples=300, deadline=None)
@given(NEWSY, DATES)
def test_newsy_text_never_crashes_and_spans_hold(text, published):
    check_spans(text, published)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), DATES)
def test_any_unicode_never_crashes(text, published):
    check_spans(text, published)


DATEY = st.lists(st.sampled_from(
    list("abcdefgmnorstuwy ATMJFSOND0123456789.,-/'’\n_") +
    ["May", "the ", "early ", "mid-", "1990s", "'90s", "Nov.", " 4", ", 2020", "this week",
     "last ", "Wednesday", " morning", "in ", "the next day", "Q3 ", "2021-03-04", "3/4/2021",
     " of ", "spring", " percent", "KANYE ", "4th", "42,646", "281", "53%", "12345", "7",
     "1430 GMT", "10.30", "The ", "first quarter", "year-ago ", "same period", "compan",
     "ſ", "\u212a", "İ", "\u00e9"]),
    max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(DATEY)
def test_date_scan_at_word_starts_finds_what_a_full_scan_finds(text):
    from newsledger.extract import dates

    fast = [(m.span(), m.lastgroup) for m in dates._matches(text)]
    full = [(m.span(), m.lastgroup) for m in dates._COMBINED.finditer(text)]
    assert fast == full


NUMBERY = st.lists(st.sampled_from(
    list("abfhlqrtx -'’\t9,.%+") +
    ["half", "halves", "a ", "an ", "one", "two-thirds", "three ", "quarters", " of ", "the ",
     "third", "seven", "fifths", "half-time", "tenth", "eighth", "  ", "Half", "QUARTER",
     "US$", "$", "£", "€", "Rs.", "million", "bn", "m", "k", "per cent", "1,000", "3.5",
     "twenty", "-five", "and", "hundred", "point", "oh", "dozen", "-plus", "-year-old", "km",
     "-hour", "MILLION", "Two", "someone", "İ", "http://x.com/a", "WWW.X.ORG", "pic.twitter.com/",
     "bbc.co.uk/", "@h", "#t", "+44 20 7946 0000", "(555) 123-4567", "7 p.m.", "10:30",
     "21400 GMT", "0800 123 456", "o'clock", "Rs", "KSh ", "was ", "U.S.$", "HK$", "\u00a0",
     "CAD"]),
    max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(NUMBERY)
def test_number_scans_near_hints_find_what_a_full_scan_finds(text):
    from newsledger.extract.claims import filters, fractions, quantities

    low = text.lower()
    for fast, full in ((filters.blocked_matches(text, low), filters.BLOCKED.finditer(text)),
                       (fractions.find_fractions(text, low), fractions.FRACTION.finditer(text)),
                       (quantities.find_quantities(text, low), quantities.QUANTITY.finditer(text))):
        assert [(m.span(), m.groupdict()) for m in fast] == \
            [(m.span(), m.groupdict()) for m in full]


ADVERSARIAL = st.lists(st.sampled_from(
    list("abcdefgmnorstuwy ATMJFSOND0123456789.,-/'’\"“”:;()\n") +
    ["the 1500m", " in 1066", "Local 1520", " 9999", " 0001", "Dec. 31, 9999", "Jan. 1, 0001",
     " next year", " last year", "tomorrow", " next week", "last December", " the next day",
     "$1e400", "9" * 40, " votes", "%", " million", " billion", "'90s", "the 1990s",
     "<script>alert(1)</script>", "\u0000", "\ufeff", "\u202e", "e\u0301", "🙂", "\t",
     'Ana Ruiz said: "', '," said ', "— ana (@ana) December 31, 9999", " he said"]),
    max_size=60).map("".join)
ANY_DATE = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1),
                                         max_value=dt.date(9999, 12, 31)))


def assert_no_quarantine(text: str, published: dt.date | None) -> None:
    """One article, as ingest would accept it, through extraction, row building and every
    row-level check."""
    from newsledger.build import Batch, extract
    from newsledger.ingest import normalize_text
    from newsledger.records import Article

    text = normalize_text(text)
    assume(text.strip())
    article = Article("a/one", "a/one.txt", text, "utf-8", published=published)
    out = extract(Batch((article,), use_cache=False))
    assert out.quarantined == (), out.quarantined
    assert out.failures == (), out.failures


@settings(max_examples=200, deadline=None)
@given(ADVERSARIAL, ANY_DATE)
def test_adversarial_text_never_gives_an_invalid_row(text, published):
    assert_no_quarantine(text, published)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), ANY_DATE)
def test_random_text_never_gives_an_invalid_row(text, published):
    assert_no_quarantine(text, published)


WORDY = st.lists(st.sampled_from(
    list("abthesn \n\t_9'’-.\u00a0İıſé") + ["the", "The", "THE", "an", "a", "each", "those",
                                           "xthe", "its", "hİs", "thıs", "ſome"]),
    max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(WORDY, st.integers(0, 40), st.integers(0, 40))
def test_determiner_before_reads_from_the_end_what_the_pattern_finds(text, a, b):
    from newsledger.extract.verbs import DETERMINER_BEFORE, determiner_before

    lo, pos = min(a, b, len(text)), min(max(a, b), len(text))
    assert determiner_before(text, lo, pos) == \
        (DETERMINER_BEFORE.search(text, lo, pos) is not None)


HEADS = st.lists(st.sampled_from(
    ["so-called", "quote-unquote", "known as", "called", "dubbed", "termed", "formerly", "or",
     "referred to as", "a.k.a.", "aka", "chants", "shouted", "cried", "song", "film", "titled",
     "word", "slogan", "the", "a", "as", "of", "him", "them", "also", "re-", "x", "SONG", "Known",
     " ", "  ", "\t", ":", ",", "\n", "(", "-", "é", "ſ"]), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(HEADS)
def test_quote_head_patterns_run_only_where_their_last_word_ends_the_head(head):
    from newsledger.extract.quotes import filters as f

    tail = f._tail(head)
    for pattern, last in ((f._SO_CALLED, f._SO_CALLED_LAST), (f._WORK_BEFORE, f._WORK_LAST),
                          (f._WORD_WORD_BEFORE, f._WORD_WORD_LAST),
                          (f._NICKNAME_BEFORE, f._NICKNAME_LAST),
                          (f._NAMED_AS_BEFORE, f._NAMED_AS_LAST),
                          (f._CHANT_BEFORE, f._CHANT_LAST)):
        if pattern.search(head):
            assert f._may_end(tail, last)
