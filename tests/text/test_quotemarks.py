"""Paired quote marks and the headline, facts of the text layer (``newsledger.text.quotemarks``,
``newsledger.text.headline``)."""
from __future__ import annotations

from newsledger.text import Document
from newsledger.text.headline import (HEADLINE_SPAN, TITLE_CASE_LINES, in_title_case_line,
                                      title_case_line)
from newsledger.text.quotemarks import QUOTE_SPANS, QuoteSpan


def quoted(text: str) -> list[str]:
    doc = Document(text)
    return [text[q.start:q.end] for q in QUOTE_SPANS(doc)]


def test_straight_and_curly_marks_pair_inside_a_paragraph():
    assert quoted('"We are ready," the coach said. Fans chanted “one more”.') == [
        "We are ready,", "one more"]


def test_a_curly_mark_typed_the_wrong_way_round_still_closes():
    assert quoted("“It is unusual,“ said the clerk.") == ["It is unusual,"]


def test_an_inch_mark_before_the_closing_mark_stays_inside():
    assert quoted("“He is like 6’2”,” the scout said.") == ["He is like 6’2”,"]


def test_tokenized_text_alternates_lone_marks():
    assert quoted('She said , " we will win " , and left .') == [" we will win "]


def test_single_marks_pair_only_without_double_marks():
    assert quoted("The minister called it ‘a fair deal’ on Monday.") == ["a fair deal"]
    assert quoted("Back in the '90s the players' union won.") == []
    assert quoted('"He said ‘no’ twice," she recalled.') == ["He said ‘no’ twice,"]


def test_an_open_quote_continues_when_the_next_paragraph_reopens():
    doc = Document('"The first part of it.\n\n"The second part," she said.\n\n"New one."')
    spans = list(QUOTE_SPANS(doc))
    assert [(q.group, q.closed) for q in spans] == [(1, False), (1, True), (2, True)]


def test_an_open_quote_stops_at_its_paragraph_end():
    doc = Document('He said "this never closes\n\nThe next paragraph is prose.')
    (span,) = QUOTE_SPANS(doc)
    assert span == QuoteSpan(9, 26, 1, False)


def test_quoted_at_answers_by_offset_and_the_fact_is_kept():
    text = 'Before "inside" after.'
    doc = Document(text)
    marks = QUOTE_SPANS(doc)
    assert marks is QUOTE_SPANS(doc)
    assert marks.quoted_at(text.index("ins")) is not None
    assert marks.quoted_at(text.index("Bef")) is None
    assert marks.quoted_at(text.index("after")) is None


def test_headline_is_the_documents_or_a_short_first_paragraph():
    doc = Document("Council Approves New Budget\n\nThe council voted on Monday.")
    assert HEADLINE_SPAN(doc) == (0, 27)
    doc = Document("Mayor calls plan 'reckless.'\n\nThe mayor spoke on Monday.")
    assert HEADLINE_SPAN(doc) == (0, 28)
    doc = Document("The mayor said it was over.\n\nThen she left.")
    assert HEADLINE_SPAN(doc) is None
    # body sentences that report in the past tense are no headline (a participle may be one:
    # 'Ex-general says PM "right" in saying …')
    doc = Document('The mayor posted on X: "We will rebuild."\n\nThe storm hit on Monday.')
    assert HEADLINE_SPAN(doc) is None
    doc = Document('Ex-general says PM "right" in saying troops were cut\n\nHe spoke on TV.')
    assert HEADLINE_SPAN(doc) is not None
    assert HEADLINE_SPAN(Document("One paragraph only.")) is None


def test_title_case_lines():
    assert title_case_line("Stocks Fall Sharply as Markets Brace for Rate Rise")
    assert not title_case_line("Stocks Fall Sharply")  # too short to tell
    assert not title_case_line("The Markets Fell Sharply On Monday Morning.")
    doc = Document("Stocks Fall Sharply as Markets Brace for Rate Rise\n\nTraders sold.")
    assert TITLE_CASE_LINES(doc) == frozenset({0})
    assert in_title_case_line(doc, 3) and not in_title_case_line(doc, len(doc.text) - 3)
