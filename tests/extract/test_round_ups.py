"""Round-ups (``newsledger.extract.round_ups``): an article of short items under topic labels
is a round-up, and its story keys say so (``r:``); a broadcast transcript, whose paragraphs
open with its speakers' names and roles, is none, nor is an article with a label or two.
Sentences written for the tests."""
from __future__ import annotations

import pytest

from newsledger.extract.article import extract_all
from newsledger.ingest.normalize import normalize_text

ROUND_UPS = [
    # a business week
    "MARKETS: Shares in London rose for a third week as oil fell.\n\n"
    "RATES: The central bank held its key rate at 3.5% on Thursday.\n\n"
    "JOBS: Unemployment was unchanged at 4.4%, official figures showed.\n\n"
    "RETAIL: Clothing sales slipped in a wet March, a survey said.",
    # a weekend's sport, sentence-case labels
    "Late drama: Two goals in stoppage time gave Pelham Rovers a 2-1 win at Corbridge.\n\n"
    "Record crowd: More than 9,000 watched the women's cup semi-final at Danby Road.\n\n"
    "Going up: Stourton Athletic sealed promotion with three games left.",
]
NOT_ROUND_UPS = [
    # a transcript: a role and a reporter's name, a role again
    "PRESENTER: Flooding has closed the main road into Tadley this morning.\n\n"
    "MARK HOLLOWAY: The water came up overnight and it is still rising.\n\n"
    "PRESENTER: Mark, thank you.",
    # a transcript whose speakers turn once each
    "NEWSREADER: A fire has destroyed a warehouse in Cradley Heath.\n\n"
    "Sarah Pike: The smoke could be seen for miles around.\n\n"
    "WITNESS: We heard a bang and then the roof went.",
    # a report with one labelled line
    "Pelham Rovers won 2-1 at Corbridge on Saturday with two late goals.\n\n"
    "Manager Dean Cole said the players never gave up.\n\n"
    "Attendance: 4,210.",
    # a report whose analysis runs under a few labels after its own lead
    "The senator laid off 180 campaign staff on Wednesday, a week after losing four "
    "primaries.\n\n"
    "Her spokesman said the campaign would focus on the remaining states.\n\n"
    "Delegates: She trails by more than 300 pledged delegates.\n\n"
    "Money: The campaign raised 12 million dollars in March, half its February total.\n\n"
    "Turnout: Young voters stayed home in all four states.\n\n"
    "Aides said she would stay in the race until the convention.\n\n"
    "Her rival did not comment.",
    # a report quoting a sign and a motto
    "Protesters marched through Tadley on Saturday against the bypass plan.\n\n"
    "Their banners read: Save Our Meadows.\n\n"
    "Police said the march passed off peacefully.",
]


def _round_up(text: str) -> bool:
    terms = dict(extract_all(normalize_text(text), None).keys.terms)
    return "r:" in terms


@pytest.mark.parametrize("text", ROUND_UPS)
def test_an_article_of_labelled_items_is_a_round_up(text):
    assert _round_up(text)


@pytest.mark.parametrize("text", NOT_ROUND_UPS)
def test_a_transcript_or_a_report_is_no_round_up(text):
    assert not _round_up(text)
