"""Dated look-alike happenings that crowd (``newsledger.reconcile.stories``): the written
corpus of tests/data/stories-crowded/ (gold: evaluation/gold/stories-crowded/; 71 articles in
25 stories by wire services, broadsheets, US papers, transcripts, tabloids, a live blog and an
op-ed: a club's league win and its cup exit three days later, a hold and a cut by two central
banks on one day, two shootings in one city a week apart, a grocer's results and its chief's
exit the next day, two storms nine days apart, a trial (its opening and verdict), two marches,
two by-elections on one night, two wildfires in one county, two plant closures, two cyber
attacks, two emergency landings), numbers written as outlets write them ("60,000", "60k",
"sixty thousand"), and the rules that tell such happenings apart. Every sentence here and
there was written for these tests; every person, company and figure is invented."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsledger.evaluate.stories import bcubed, pairwise
from newsledger.extract.article import extract_all
from newsledger.ingest.normalize import normalize_text
from newsledger.reconcile.stories import StoryItem, cluster, profiles_of
from newsledger.reconcile.stories_dates import lead_days_differ, pair_date_factor
from tests.reconcile.lookalikes import stories_of, story_items

CROWDED = Path(__file__).resolve().parents[1] / "data" / "stories-crowded" / "lookalikes.jsonl"


def numbers(text: str) -> set[str]:
    keys = extract_all(normalize_text(text), None).keys
    return {t for t, _ in keys.terms if t.startswith("#")}


@pytest.mark.parametrize("text, expected", [
    # one crowd, four ways: a wire's, a tabloid's, a broadcaster's
    ("Organisers said about 60,000 farmers marched through the capital on Saturday.",
     {"#60000"}),
    ("A 60k-strong army of farmers brought the capital to a standstill.", {"#60000"}),
    ("Organisers say sixty thousand people took part in the march this afternoon.",
     {"#60000"}),
    ("Some 60k homes were blacked out overnight by the gales.", {"#60000"}),
    # amounts with their scale, glued or not
    ("Profit fell to £412m from £502 million, and sales rose to 14.1bn.",
     {"#412000000", "#502000000", "#14100000000"}),
    ("He steered three point two million pounds of work to the firm.", {"#3200000"}),
    # units and ages: the number
    ("Gusts of 92mph brought down trees; a 19-year-old was hurt.", {"#92", "#19"}),
    ("A gust of a hundred and six miles an hour was measured there.", {"#106"}),
    ("Crane took nineteen thousand eight hundred and forty-two votes.", {"#19842"}),
    # a comma ends a spelled number; a lone small number is no term; scores stay as written
    ("About forty-five thousand, seven of them in one town, lost power.", {"#45000"}),
    ("Seven changes, two goals and a 3-1 win on a 7-2 vote.", {"#3-1", "#7-2"}),
    ("A dozen eggs, ten hens and 1,234,567 grains cost 0.3% more.",
     {"#12", "#10", "#1234567", "#0.3"}),
])
def test_numbers_are_terms_by_value(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("a, b, differ", [
    ({"d:2025-08-04"}, {"d:2025-08-12"}, True),  # two wildfires eight days apart
    ({"d:2025-05-03"}, {"d:2025-05-04"}, False),  # "late Saturday", "early Sunday"
    ({"d:2025-11-02", "d:2025-11-03"}, {"d:2025-11-02"}, False),  # a follow-up recalls the day
    ({"d:2025-10-06"}, set(), False),  # a lead that dates nothing: no evidence
    # a week is its seven days ("a fire last week"), a weekend its two
    ({"h:2025-W45", "h:2025-11-13"}, {"h:2025-11-04"}, False),
    ({"h:2025-W45-WE"}, {"h:2025-11-04"}, True),
    ({"h:2025-W45-WE"}, {"h:2025-11-10"}, False),
])
def test_lead_days_differ(a, b, differ):
    assert lead_days_differ(frozenset(a), frozenset(b)) is differ


@pytest.mark.parametrize("given, factor", [(True, 0.0), (False, 1.0)])
def test_only_a_given_publication_date_dates_an_article(given, factor):
    """Two articles published a month apart are two stories; when the dates were inferred
    from their texts (the first date an undated article names: often its happening's, or
    another's), they date nothing."""
    terms = {"storm": 2.0, "e:porthcawl": 1.0}
    items = [StoryItem("a", dt.date(2025, 11, 2), terms, None, given),
             StoryItem("b", dt.date(2025, 12, 2), terms, None, given)]
    a, b = profiles_of(items)
    assert pair_date_factor(a, b) == factor


def _corpus() -> tuple[list[StoryItem], dict[str, str]]:
    return story_items(CROWDED)


@pytest.fixture(scope="module")
def crowded() -> tuple[dict[str, str], dict[str, str]]:
    """({article: its story's first article}, {article: its gold story})."""
    items, gold = _corpus()
    found = {items[i].source_id: items[g[0]].source_id for g in cluster(items) for i in g}
    return found, gold


def test_crowded_look_alikes_are_clustered_as_measured(crowded):
    """Pairwise F1 0.758 before numbers were terms by value, lead days and the entity rule's
    minimum (B-cubed 0.878); 0.895 (B-cubed 0.952) since; 0.910 (B-cubed 0.961) since a place
    a march passes is no lead place (the tabloid's "past Downing Street"); 0.901 (B-cubed
    0.964) since "Boss Margaret Ashdown" is Margaret Ashdown: the grocer's tabloid brief joins
    its results story, which the known limit below joins to the chief executive's exit (the
    pairs it makes with the exit's four articles cost pairwise precision, not B-cubed); 0.910
    (B-cubed 0.961) since "Supermarket giant Halvern" is an organization: the brief's short
    name is a term the wire's "Halvern Foods" is not, and the brief stands alone (below).
    P 0.857 R 0.892 F1 0.874 (B-cubed 0.944) since the gold makes the trial's opening and its
    verdict one story, as stories-month and stories-season do (the code unchanged: they are
    two). P 0.819 R 0.919 F1 0.866 (B-cubed 0.948) since a company's short name in an article
    that gives its full name is a term too ("Halvern" beside "Halvern Foods"): the brief joins
    its results story again, and with it the exit (the known limit below). P 0.831 R 1.000
    F1 0.908 (B-cubed 0.964) since the steps of one proceeding join for weeks
    (``stories_steps``): the trial's verdict 25 days on joins its opening."""
    found, gold = crowded
    p, r, f = pairwise(found, gold)
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.831, 1.0, 0.908)
    assert round(bcubed(found, gold), 3) == 0.964


@pytest.mark.parametrize("a, b", [
    ("albion-league-win", "albion-cup-exit"),  # three days apart, one club, one manager
    ("albion-league-win", "dunholm-draw"),  # one league, one Saturday
    ("boe-hold", "fed-cut"),  # two central banks, one day
    ("block-party-shooting", "nightclub-shooting"),  # one city, a week apart
    ("storm-freya", "storm-gideon"),  # nine days apart, the second's wire names the first
    ("farmers-march", "teachers-march"),
    ("ashcombe-byelection", "northfleet-byelection"),  # one night
    ("ridge-fire", "canyon-fire"),  # one county, eight days apart: the leads' days
    ("eastfield-closure", "kirkby-closure"),
    ("hospital-cyberattack", "council-cyberattack"),  # three days apart
    ("denver-landing-engine", "denver-landing-smoke"),  # one airport, six days apart
    # Known limit: a grocer's results and its chief executive's exit the next day share the
    # company, its people, its figures and a day: one story.
    pytest.param("halvern-results", "halvern-ceo-exit",
                 marks=pytest.mark.xfail(strict=True, reason="results and exit a day apart")),
    # Known limit: a column about both rate decisions joins the Bank of England's.
    pytest.param("boe-hold", "rates-wrap",
                 marks=pytest.mark.xfail(strict=True, reason="an article about both")),
])
def test_crowded_look_alikes_are_two_stories(crowded, a, b):
    found, _ = crowded
    assert not stories_of(found, a) & stories_of(found, b)


@pytest.mark.parametrize("story", [
    "storm-gideon",  # a transcript that names only its reporter
    "storm-freya",  # "60k" in a tabloid, "sixty thousand" the next day
    "block-party-shooting",  # an arrest two days on
    "halvern-ceo-exit",  # an op-ed three days on
    "canyon-fire", "council-cyberattack",
    "farmers-march",  # a tabloid whose tractors rumbled past Downing Street
    "halvern-results",  # a tabloid brief that names the firm "Supermarket giant Halvern"
    "vance-trial",  # the opening and the verdict 25 days later (``stories_steps``)
])
def test_each_crowded_story_holds_together(crowded, story):
    found, _ = crowded
    assert len(stories_of(found, story)) == 1
