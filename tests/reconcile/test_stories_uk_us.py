"""UK and US look-alike happenings as held-out news carries them (``newsledger.reconcile.stories``):
the written corpus of tests/data/stories-uk-us/ (gold: evaluation/gold/stories-uk-us/; 34
articles, 7 of them undated, in 11 stories: wire copy, radio and TV transcripts, live blogs,
broadsheet analysis, tabloid briefs and an op-ed; two Commons votes a week apart on two bills,
two matches of one club a week apart, two tornadoes in neighbouring states four days apart, two
vehicle recalls two days apart, two strikes by two unions on one day, one power failure reported
four ways). Every person, company, club, bill and figure is invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.evaluate.stories import bcubed, pairwise
from newsledger.reconcile.stories import StoryItem, cluster
from tests.reconcile.lookalikes import stories_of, story_items

UK_US = Path(__file__).resolve().parents[1] / "data" / "stories-uk-us" / "lookalikes.jsonl"


def _corpus(dated: bool = True) -> tuple[list[StoryItem], dict[str, str]]:
    return story_items(UK_US, dated)


@pytest.fixture(scope="module")
def uk_us() -> tuple[dict[str, str], dict[str, str]]:
    """({article: its story's first article}, {article: its gold story})."""
    items, gold = _corpus()
    found = {items[i].source_id: items[g[0]].source_id for g in cluster(items) for i in g}
    return found, gold


def test_uk_us_look_alikes_are_clustered_as_measured(uk_us):
    """Pairwise P 0.800 R 1.000 F1 0.889 (B-cubed 0.954) when the set was written, before
    any change made for it: the two recalls were one story. P 0.919 R 0.944 F1 0.932 (B-cubed
    0.958) since stories of dated articles whose core names differ stay apart: the second
    recall's paper and broadcast reports leave the first's story; its wire, which names the
    first carmaker, stays in it."""
    found, gold = uk_us
    p, r, f = pairwise(found, gold)
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.919, 0.944, 0.932)
    assert round(bcubed(found, gold), 3) == 0.958


def test_uk_us_look_alikes_clustered_undated_as_measured():
    """Every article undated (as ECB+ and PolNeAR are clustered): every story but the
    recalls' holds; the second recall's wire, which names the first, joins the first's story
    and leaves its own."""
    items, gold = _corpus(dated=False)
    found = {items[i].source_id: items[g[0]].source_id for g in cluster(items) for i in g}
    p, r, f = pairwise(found, gold)
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.919, 0.944, 0.932)


@pytest.mark.parametrize("a, b", [
    ("renters-bill-vote", "rivers-bill-vote"),  # two second readings a week apart
    ("ashworth-crossbridge", "fenmoor-ashworth"),  # one club, one manager, a week apart
    ("tupelo-tornado", "decatur-tornado"),  # neighbouring states, the second names the first
    ("rail-strike", "nurses-strike"),  # one day, two unions, the rail wire names the nurses
    # Known limit: two carmakers' recalls two days apart, announced by one regulator, the
    # second's wire naming the first: the regulator, the country and the back-reference
    # put that wire in the first's story (its other reports stay apart: their core names).
    pytest.param("corran-recall", "halden-recall",
                 marks=pytest.mark.xfail(strict=True, reason="two recalls, one regulator")),
])
def test_uk_us_look_alikes_are_two_stories(uk_us, a, b):
    found, _ = uk_us
    assert not stories_of(found, a) & stories_of(found, b)


@pytest.mark.parametrize("story", [
    "renters-bill-vote",  # a radio bulletin with its figures in words, an undated analysis
    "rivers-bill-vote",  # an undated tabloid brief that gives only the majority
    "ashworth-crossbridge", "fenmoor-ashworth",  # a live blog of time stamps, newest first
    "tupelo-tornado", "decatur-tornado", "corran-recall",
    # Known limit: the second recall's wire, which names the first carmaker, stays in the
    # first's story while the second's other reports stand apart.
    pytest.param("halden-recall",
                 marks=pytest.mark.xfail(strict=True, reason="its wire names the first")),
    "rail-strike", "nurses-strike",
    "tube-power-failure",  # a live blog, wire copy, a TV transcript and an op-ed three days on
])
def test_each_uk_us_story_holds_together(uk_us, story):
    found, _ = uk_us
    assert len(stories_of(found, story)) == 1
