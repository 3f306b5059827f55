"""The entity extractor's fast scans find what the plain patterns they replace find (property
tests on text made of the pieces these patterns care about)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.entities import cues, handles, kinds, names, references
from newsledger.lexicon.people import DESCRIPTIONS, TITLES
from newsledger.text import Document

PIECES = st.lists(st.sampled_from(
    list("aehimrstxHST -'’.@_\t\n9") +
    ["he", "She", "HIM", "his", "herself", "hers", "the", "The ", "the rapper", "the 43-year-old",
     "mother-of-two", "@kanyewest", "a@b", "@@x", "President ", "Gov. ", "vice president ",
     "Mr.", "co-founder ", "ſ", "K", "İ", "ı", "Xhe", "_he"]),
    max_size=40).map("".join)

_HANDLE = re.compile(r"(?<![\w@])@\w{1,30}")
_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:\d{1,3}-year-old|(?:mother|father|mum|mom|dad|"
                          r"grandmother|grandfather)-of-[a-z]+|(?:[\w-]+\s+){0,2}(?:"
                          + "|".join(sorted(DESCRIPTIONS, key=len, reverse=True)) + r"))\b")


@settings(max_examples=400, deadline=None)
@given(PIECES)
def test_fast_entity_scans_find_what_the_patterns_find(text):
    assert references.pronouns(text) == [(m.start(), m.end(), m.group(0), "pronoun")
                                        for m in references._PRONOUN.finditer(text)]
    assert [m.span() for m in handles._HANDLE.finditer(text)] == \
        [m.span() for m in _HANDLE.finditer(text)]
    assert [m.span() for m in references.DESCRIPTION.finditer(text)] == \
        [m.span() for m in _DESCRIPTION.finditer(text)]
    for pos in range(len(text) + 1):
        assert names.title_before(text, pos) == (
            names._TITLE_BEFORE.search(text, max(0, pos - 25), pos) is not None
            and not names.ends_sentence(text[max(0, pos - 25):pos].rstrip()))


@settings(max_examples=200, deadline=None)
@given(PIECES)
def test_words_of_a_span_are_its_white_space_separated_pieces(text):
    assert names._words(text, 0, len(text)) == \
        [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]


def test_titles_are_lower_case_words():
    assert all(t == t.lower() for t in TITLES)


PLURAL_PIECES = st.lists(st.sampled_from(
    ["banks", "Banks", "BANKS", "ban", "ks", "retailers", "RETAILERS", "firm", "firms", "s", "ſ",
     "K", "\u212a", "İ", "ı", "x", " ", ",", "-", "_", "9", "and ", "Aldi"]),
    max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(PLURAL_PIECES)
def test_plural_business_nouns_start_where_the_pattern_matches(text):
    assert kinds.ORG_PLURAL_STARTS(Document(text)) == tuple(
        i for i in range(len(text)) if re.compile(kinds._ORG_PLURAL).match(text, i))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["gold", "Gold", "u.s.", "x", "_", "é", "٣", " ", ".", "-", "'"]),
                max_size=20).map("".join),
       st.sampled_from(["gold", "u.s.", ".x", "é", "_"]))
def test_whole_word_is_found_where_the_pattern_finds_it(text, word):
    assert cues._whole_word_in(text, word) == (
        re.search(rf"\b{re.escape(word)}\b", text) is not None)
