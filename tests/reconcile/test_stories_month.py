"""A month of look-alike news from many outlets (``newsledger.reconcile.stories``): the written
corpus of tests/data/stories-month/month.jsonl, 48 articles (43 dated, 2-27 March 2026; 5
undated) in 17 stories, written before any clustering rule was read for it, in shapes the
earlier sets lack: wire "URGENT"/"FLASH" one-paragraph alerts then the full story, broadcast
transcripts (speaker labels, numbers in words), live blogs (newest first), a UK regional weekly,
a US TV station's site, a sports wire, a business wire, a tabloid, op-eds and an undated results
line. An article's story is the part of its id before "/" (evaluation/GUIDE.md, "Stories and
verdicts"). The look-alikes: two derailments in one week in Scotland and Pennsylvania; two rounds
of one tennis tournament; the trials of two co-defendants in one court in one month; one
retailer's profit warning and its chief executive's exit three weeks later; one town's protest on
two Saturdays (a story per Saturday: each march is its own happening); two wildfires in one
state nine days apart; one MP's two controversies a fortnight apart. Two stories join what looks
apart: a trial's opening and its verdict 18 days later (one trial), and a coach crash abroad told
from the country it happened in and from the pupils' home town. A column arguing from both
derailments is a story of its own (it reports neither); a column on the chief executive's exit
that recalls the warning joins the exit. Every person, company, school, tournament, fire and
figure is invented (the places, courts and agencies are real; what happens to them here is
not)."""
from __future__ import annotations

from pathlib import Path

import pytest

import datetime as dt

from newsledger.evaluate.stories import bcubed, pairwise
from newsledger.extract.article import extract_all
from newsledger.ingest.normalize import normalize_text
from newsledger.reconcile.stories import StoryItem, profiles_of
from newsledger.reconcile.stories_dates import reported_days
from newsledger.reconcile.stories_linkage import average_link
from tests.reconcile.lookalikes import found_stories, stories_of

MONTH = Path(__file__).resolve().parents[1] / "data" / "stories-month" / "month.jsonl"


@pytest.mark.parametrize("text, published, expected", [
    ("Harwick beat Crossley 3-1 at Kelso Park on Saturday, their best win since Christmas.",
     "2025-03-09", {"h:2025-03-08"}),
    # a span's first day is a point of reference, not the happening's
    ("About 600 people marched on Saturday, as they have every Saturday since January 24.",
     "2026-03-23", {"h:2026-03-21"}),
    # a strike called for a later day: a preview dates no happening
    ("Train drivers will walk out on 12 March after pay talks broke down, the union said.",
     "2026-02-27", set()),
    ("Train drivers will walk out on 12 March, the union said on Tuesday.", "2026-03-03",
     {"h:2026-03-03"}),
])
def test_a_report_s_days_are_its_first_paragraph_s_past_days(text, published, expected):
    day = dt.date.fromisoformat(published)
    keys = extract_all(normalize_text(text), day).keys
    item = StoryItem("a", day, dict(keys.terms), keys.dateline_day)
    assert reported_days(profiles_of([item, item])[0]) == expected


def test_an_undated_piece_like_two_days_stories_joins_neither():
    """One town's march on two Saturdays: an undated weekly's report of the first is like the
    second's reports too (same hospital, same organiser); the two stories' dated reports date
    them a week apart, so they merge at a quarter of their mean (0.35 -> 0.09)."""
    sims = {(0, 1): 0.7, (1, 2): 0.6, (1, 3): 0.6, (2, 3): 0.8, (0, 2): 0.1, (0, 3): 0.1}
    days = [frozenset({"h:2026-03-14"}), frozenset(), frozenset({"h:2026-03-21"}),
            frozenset({"h:2026-03-21"})]
    assert len(set(average_link(4, sims, 0.2))) == 1
    assert average_link(4, sims, 0.2, days=days) == [0, 0, 2, 2]


def _found(dated: bool = True) -> tuple[dict[str, str], dict[str, str]]:
    return found_stories(MONTH, dated)


@pytest.fixture(scope="module")
def month() -> tuple[dict[str, str], dict[str, str]]:
    return _found()


def test_month_is_clustered_as_measured(month):
    """Pairwise P 0.764 R 0.875 F1 0.816 (B-cubed 0.903) when the set was written, before any
    change made for it: the tournament's two rounds one story, the two Saturdays' protests one
    (an undated results line, an undated weekly's report, like both, joined them), the column
    on both derailments joined to the second; the trial's opening and verdict two stories, the
    profit warning's TV report one of its own. P 0.933 R 0.875 F1 0.903 (B-cubed 0.949) since
    two stories whose dated reports date their happenings days apart merge at a quarter of
    their mean (``stories_linkage.DAYS_APART``). P 0.936 R 0.917 F1 0.926 (B-cubed 0.964)
    since a company's short name in an article that also gives its full name is a term of its
    own ("Corvell" beside "Corvell Group"): the TV transcript that calls it "Corvell" joins.
    P 0.941 R 1.000 F1 0.970 (B-cubed 0.984) since the steps of one proceeding join for weeks
    (``stories_steps``): the treasurer's verdict 18 days on joins the trial's opening, and the
    co-defendants' two verdicts stay apart."""
    found, gold = month
    p, r, f = pairwise(found, gold)
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.941, 1.0, 0.970)
    assert round(bcubed(found, gold), 3) == 0.984


def test_month_clustered_undated_as_measured():
    """Every article undated: P 0.506 R 0.854 F1 0.636 (B-cubed 0.773) when the set was
    written: without days the two fires, the two trials, the two protests, the tournament's
    rounds and the retailer's warning and exit are each one story."""
    found, gold = _found(dated=False)
    p, r, f = pairwise(found, gold)
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.506, 0.854, 0.636)
    assert round(bcubed(found, gold), 3) == 0.773


@pytest.mark.parametrize("a, b", [
    ("highland-derailment", "lewistown-derailment"),  # two countries, two days apart
    ("thorne-bribery-trial", "ashworth-bribery-trial"),  # co-defendants, one court
    ("corvell-profit-warning", "corvell-ceo-exit"),  # one company, three weeks apart
    ("hollis-creek-fire", "caprock-fire"),  # one state, nine days apart
    ("cartwright-expenses", "cartwright-remarks"),  # one MP, a fortnight apart
    ("palm-coast-quarterfinal", "palm-coast-final"),  # one tournament, three days apart
    ("kendal-protest-mar14", "kendal-protest-mar21"),  # one town, two Saturdays
    # Known limit: the second derailment's reports recall the first, as the column does.
    pytest.param("lewistown-derailment", "rail-safety-column",  # a column on both
                 marks=pytest.mark.xfail(strict=True, reason="the column joins the second")),
])
def test_month_look_alikes_are_two_stories(month, a, b):
    found, _ = month
    assert not stories_of(found, a) & stories_of(found, b)


@pytest.mark.parametrize("story", [
    "highland-derailment",  # an URGENT flash, a regional paper, a radio transcript
    "lewistown-derailment",  # a US TV station's site, a UK paper
    "palm-coast-quarterfinal",  # an undated results line
    "palm-coast-final",  # a live blog, newest first
    "thorne-bribery-trial", "ashworth-bribery-trial",  # an undated tabloid brief
    "corvell-ceo-exit",  # an undated column
    "kendal-protest-mar14",  # an undated weekly
    "kendal-protest-mar21",
    "hollis-creek-fire", "caprock-fire",
    "cartwright-expenses", "cartwright-remarks",
    "tyrol-coach-crash",  # told from Austria and from Chester
    "corvell-profit-warning",  # a TV transcript that calls the company "Corvell"
    "treasurer-trial",  # the opening and the verdict 18 days later (``stories_steps``)
])
def test_each_month_story_holds_together(month, story):
    found, _ = month
    assert len(stories_of(found, story)) == 1
