"""The document model: sentences tile paragraphs, offsets round-trip, abbreviations, initials,
quote marks, datelines, bylines and headlines, tokens and capitalized runs."""
from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.text import BYLINE, DATELINE, HEADLINE, TEXT, Document


def sentences(text: str) -> list[str]:
    return [s.text for s in Document(text).sentences]


def check_tiling(doc: Document) -> None:
    text = doc.text
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    covered = []
    for p in doc.paragraphs:
        assert p.text == p.text.strip() and p.text
        sents = [doc.sentences[i] for i in p.sentences]
        assert sents, "every paragraph has a sentence"
        assert sents[0].start == p.start and sents[-1].end == p.end
        for a, b in zip(sents, sents[1:]):
            assert a.end <= b.start and not text[a.end:b.start].strip()
        for s in sents:
            assert s.paragraph == p.index and s.text == s.text.strip() and s.text
            assert text[s.start:s.end] == s.text
        covered += sents
    assert covered == list(doc.sentences)


NEWS = ("Senate Passes Budget After Long Night\n\nBy Jane Doe and John Smith\n\n"
        "WASHINGTON (Reuters) - Gov. Mike Pence (R-IN) said U.S. officials met Mr. Trump on "
        "Jan. 5. \"We won,\" he said. \"We will win again.\"\n\n"
        "George W. Bush spoke at 5 p.m. in St. Louis. No. 2 on the list is Acme Inc. The firm "
        "declined to comment…\n• Taxes rise\n• Spending falls\n")


def test_sentences_tile_paragraphs_and_offsets_round_trip():
    doc = Document(NEWS)
    check_tiling(doc)
    for s in doc.sentences:
        for pos in (s.start, (s.start + s.end) // 2, s.end - 1):
            assert doc.sentence_at(pos) == s
            assert doc.paragraph_at(pos) == doc.paragraphs[s.paragraph]
        for tok in doc.tokens_in(s.start, s.end):
            assert NEWS[tok.start:tok.end] == tok.text and s.start <= tok.start < tok.end <= s.end
    assert doc.sentence_at(-1) is None and doc.paragraph_at(-1) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab. \n\"“”'?!…()U.S.Mr-—,0")), max_size=300))
def test_any_text_tiles(text):
    check_tiling(Document(text))


@pytest.mark.parametrize("text, expected", [
    ("Gov. Mike Pence (R-IN) spoke on Tuesday. He left.",
     ["Gov. Mike Pence (R-IN) spoke on Tuesday.", "He left."]),
    ("U.S. officials said the talks failed. Talks resume on Monday.",
     ["U.S. officials said the talks failed.", "Talks resume on Monday."]),
    ("Mr. Trump said he would win. Mrs. Clinton disagreed.",
     ["Mr. Trump said he would win.", "Mrs. Clinton disagreed."]),
    ("The vote is on Jan. 5 in the capital. No. 2 is next.",
     ["The vote is on Jan. 5 in the capital.", "No. 2 is next."]),
    ("George W. Bush and John F. Kennedy met. They talked.",
     ["George W. Bush and John F. Kennedy met.", "They talked."]),
    ("Shares of Acme Inc. fell 5% on Monday. The company blamed costs.",
     ["Shares of Acme Inc. fell 5% on Monday.", "The company blamed costs."]),
    ("She arrived at 5 p.m. and left at 9 p.m. Then she slept.",
     ["She arrived at 5 p.m. and left at 9 p.m.", "Then she slept."]),
    ("St. Louis is in Missouri. It is large.", ["St. Louis is in Missouri.", "It is large."]),
    ("The firm works in the U.S. and Canada.", ["The firm works in the U.S. and Canada."]),
    ("Sen. Elizabeth Warren and Rep. Jim Jordan spoke.",
     ["Sen. Elizabeth Warren and Rep. Jim Jordan spoke."]),
    # Negatives: an abbreviation-like word that does end its sentence.
    ("He moved to the U.S. The rest is history.",
     ["He moved to the U.S.", "The rest is history."]),
    ("He said no. Then he left.", ["He said no.", "Then he left."]),
    ("They chose Plan B. The rest followed.", ["They chose Plan B.", "The rest followed."]),
    ("The SEC. The agency declined.", ["The SEC.", "The agency declined."]),
    ("Prices rose 2.5. Analysts were surprised.",
     ["Prices rose 2.5.", "Analysts were surprised."]),
])
def test_abbreviations_and_initials(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"We won," she said. "We will win again."',
     ['"We won," she said.', '"We will win again."']),
    ('He said, "It is over." Then he left.', ['He said, "It is over."', "Then he left."]),
    ('"Why?" he asked.', ['"Why?" he asked.']),
    ("He called it a “disaster.” Others agreed.", ["He called it a “disaster.”", "Others agreed."]),
    ("(The plan failed.) Others agreed.", ["(The plan failed.)", "Others agreed."]),
    ("It was a good year… The best yet.", ["It was a good year…", "The best yet."]),
    ("It ended... Then it began.", ["It ended...", "Then it began."]),
    ("He said it was “ over . ” Then he left.", ["He said it was “ over . ”", "Then he left."]),
    ("She voted Friday. ``This is a turning point,'' she said.",
     ["She voted Friday.", "``This is a turning point,'' she said."]),
    ("Stop! Who goes there? Nobody.", ["Stop!", "Who goes there?", "Nobody."]),
    ("It costs $5. $10 buys two.", ["It costs $5.", "$10 buys two."]),
    ("He wrote etc. and left.", ["He wrote etc. and left."]),
])
def test_quote_marks_and_brackets_after_the_stop(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, dateline", [
    ("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON (Reuters) -"),
    ("NEW YORK, Nov. 4 — Stocks rose. They fell later.", "NEW YORK, Nov. 4 —"),
    ("LONDON — Prices fell.", "LONDON —"),
    ("BEIJING, May 5 (Xinhua) -- Trade grew.", "BEIJING, May 5 (Xinhua) --"),
    ("SAN FRANCISCO _ The company said it would grow.", "SAN FRANCISCO _"),
    # a town the reader may not know, then its country, then the day
    ("LUDFORD, England, March 11 (Wirex) - A blast killed three.",
     "LUDFORD, England, March 11 (Wirex) -"),
    ("SMITH, Jones, Brown and others - a list.", None),
    ("The Senate voted - narrowly - on Tuesday.", None),
    ("NATO said on Tuesday it would act.", None),
    ("I - for one - agree.", None),
    ("WASHINGTON —", None),  # nothing after the dash: no article body, no dateline
])
def test_dateline(text, dateline):
    doc = Document(text)
    assert (doc.dateline.text if doc.dateline else None) == dateline
    if dateline:
        first, second = doc.sentences[:2]
        assert (first.kind, first.text) == (DATELINE, dateline)
        assert second.kind == TEXT and second.start > first.end
        check_tiling(doc)


def test_headline_byline_dateline_are_their_own_units():
    doc = Document(NEWS)
    assert doc.headline.text == "Senate Passes Budget After Long Night"
    assert doc.byline.text == "By Jane Doe and John Smith"
    assert doc.dateline.text == "WASHINGTON (Reuters) -"
    kinds = [s.kind for s in doc.sentences[:4]]
    assert kinds == [HEADLINE, BYLINE, DATELINE, TEXT]


@pytest.mark.parametrize("text", [
    "By the numbers, the year was good.\n\nIt was.",
    "Bystanders watched the fire.\n\nIt spread.",
])
def test_not_bylines(text):
    assert Document(text).byline is None


def test_no_headline_for_body_text():
    doc = Document("The Senate voted on Tuesday to pass the bill.\n\nIt now goes to the House.")
    assert doc.headline is None and doc.sentences[0].kind == TEXT


def test_lines_without_stops_are_sentences():
    text = "Key points:\n• Taxes rise\n• Spending falls\nThe end."
    assert sentences(text) == ["Key points:", "• Taxes rise", "• Spending falls", "The end."]


def test_tokens():
    doc = Document("Mr. Smith met U.S. officials. \"They agreed,\" said @jane_doe.")
    toks = doc.tokens_in(0, len(doc.text))
    assert [t.text for t in toks] == ["Mr.", "Smith", "met", "U.S.", "officials", "They",
                                      "agreed", "said", "@jane_doe"]
    assert [t.text for t in toks if t.is_sentence_start] == ["Mr.", "They"]
    assert [t.text for t in toks if t.is_capitalized] == ["Mr.", "Smith", "U.S.", "They"]
    assert [t.index for t in toks] == list(range(len(toks)))
    assert [t.text for t in doc.tokens_in(4, 17)] == ["Smith", "met", "U.S."]
    assert len(doc.tokens) == len(toks)


def test_capitalized_runs_stop_at_line_breaks():
    doc = Document("Bank of America hired Kanye West\nJohn Smith agreed.")
    assert [doc.text[s:e] for s, e in doc.capitalized_runs] == [
        "Bank of America", "Kanye West", "John Smith"]


def test_neighbours_and_sentences_in():
    doc = Document("One here. Two here.\n\nThree here.")
    two = doc.sentence_at(doc.text.index("Two"))
    assert doc.previous_sentence(two).text == "One here."
    assert doc.next_sentence(two).text == "Three here."
    assert doc.previous_sentence(doc.sentences[0]) is None
    assert doc.next_sentence(doc.sentences[-1]) is None
    assert [s.text for s in doc.sentences_in(5, 15)] == ["One here.", "Two here."]
    assert doc.sentence_at(doc.text.index("\n\n") + 1) == two  # a gap: the sentence before
    assert list(doc.paragraphs[0].sentences) == [0, 1]


@pytest.mark.parametrize("unit", [".", ". A", "A. ", "Mr. ", "U.S. ", "\"", "By A ",
                                  "WASHINGTON - ", " ", "\n", "``"])
def test_pathological_inputs_stay_linear(unit):
    text = unit * (200_000 // len(unit))
    t0 = time.perf_counter()
    doc = Document(text)
    doc.tokens_in(0, 10)
    assert doc.capitalized_runs is not None
    # a guard against quadratic work (minutes on 200,000 characters), not a benchmark: the
    # bound holds on a loaded machine (about 0.5 s at rest)
    assert time.perf_counter() - t0 < 20.0


def test_empty():
    doc = Document("")
    assert doc.sentences == () and doc.paragraphs == () and doc.sentence_at(0) is None


def test_a_fact_is_computed_once_per_document_and_kept_on_it():
    from newsledger.text import Fact

    calls: list[str] = []
    words = Fact("test_words", lambda doc: calls.append(doc.text) or doc.text.split())
    one, two = Document("One two."), Document("Three.")
    assert words(one) == ["One", "two."] and words(one) is words(one)
    assert words(two) == ["Three."]
    assert calls == ["One two.", "Three."]


def test_tokens_carry_their_lower_form_capitals_and_number_likeness():
    doc = Document("KANYE got 3.5 million votes in the U.S. on Wednesday.")
    got = [(t.text, t.lower, t.is_capitalized, t.is_upper, t.like_num) for t in doc.tokens]
    assert got[0] == ("KANYE", "kanye", True, True, False)
    assert got[2] == ("3.5", "3.5", False, False, True)
    assert ("U.S.", "u.s.", True, True, False) in got
    assert ("Wednesday", "wednesday", True, False, False) in got
