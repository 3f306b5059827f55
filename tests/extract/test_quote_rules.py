"""The quote extractor's rule table: every measured rule is a row, rows carry their measured
precision, the order of the cascade is the documented one, and a quote's confidence is the
precision of the rule that named its speaker."""
from __future__ import annotations

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import quotes_with_rules
from newsledger.extract.quotes.rules import ATTRIBUTION_RULES, CASCADE, RULES
from newsledger.lexicon.reliability import RULE_PRECISION
from newsledger.text import Document


def test_every_measured_rule_is_a_row_and_every_row_is_measured():
    assert set(RULES) == set(RULE_PRECISION)
    for row in ATTRIBUTION_RULES:
        assert row.precision == RULE_PRECISION[row.name]


def test_the_cascade_tries_the_rules_in_their_documented_order():
    assert [row.name for row in CASCADE] == [
        "after-mark", "dash-name", "after-mark-phrase", "transcript", "colon-name",
        "before-mark", "before-mark-phrase", "cue-sentence-before", "participle", "in-sentence",
        "coordinated-subject", "according-to", "colon-subject", "verb-after", "sentence-end"]


def test_rules_without_a_finder_are_given_by_another_row_or_the_extractor():
    assert {row.name for row in ATTRIBUTION_RULES if row.find is None} == {
        "container", "after-adjunct", "participle-continues", "framing", "continues",
        "continues-across", "clause-subject", "previous-sentence", "none"}


def test_a_quotes_confidence_is_its_rules_precision():
    text = ('"We will appeal," Maria Lopez said on Tuesday. "It is not over."\n\n'
            'The board met.\n\n"Nobody expected this."')
    doc = Document(text)
    found = quotes_with_rules(doc, extract_entities(doc))
    assert [rule for _, rule in found] == ["after-mark", "continues", "none"]
    for quote, rule in found:
        assert quote.confidence == RULE_PRECISION[rule]
