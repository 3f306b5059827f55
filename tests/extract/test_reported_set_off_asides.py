"""Reported speech (issue 22): an aside set off between a reporting verb's adjunct and its
'that' — a relative clause on the adjunct's noun ('said on Sky, where he works, that …') or a
stretch between dashes — does not hide the statement after 'that'. Every sentence here is
written for these tests (wire, UK, sport, business, broadcast styles)."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    ("The former captain said on Sky, where he now works as a pundit, that the club should "
     "sack the manager.", ("the club should sack the manager", "The former captain")),
    ("The coach told reporters on Friday, when asked about the injury, that the striker would "
     "play.", ("the striker would play", "The coach")),
    ("She wrote in the Times, which has backed the scheme, that the cost was too high.",
     ("the cost was too high", "She")),
    ("The chief executive said in a call with analysts, who had pressed him on margins, that "
     "prices would rise in the spring.",
     ("prices would rise in the spring", "The chief executive")),
    ("The mayor said - on the radio, as it happens - that the tram would be late.",
     ("the tram would be late", "The mayor")),
    ("The mayor said on Friday — in an interview he gave to the Echo — that the tram would be "
     "late.", ("the tram would be late", "The mayor")),
])
def test_aside_before_that(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # beliefs, evidence, hypotheticals, questions and negated speech stay no rows
    "The mayor hopes, in his heart, that the tram will be finished by May.",
    "The survey shows, in the regions where it was run, that prices rose.",
    "If the mayor said on Sky, where he works, that the plan failed, nobody heard it.",
    "Did the mayor say on Sky, where he works, that the plan failed?",
    "The mayor refused to say on Sky, where he works, whether the plan failed.",
])
def test_no_statement(text):
    assert not contents(text)
