"""Event clusters: reports of one happening in several articles share a cluster id."""
from __future__ import annotations

import pytest

from newsledger.reconcile.clusters import event_cluster_id

STORY = "st_0000000000000001"


@pytest.mark.parametrize("a, b", [
    (("Kanye West", "tweet", "2020-11-04"), ("kanye west", "post", "2020-11-04")),
    (("Acme", "announcement", "2020-07-04"), ("Acme", "announce", "2020-07-04")),
    ((None, "election", "2020"), (None, "elect", "2020")),
])
def test_reports_of_one_happening_share_an_event_cluster(a, b):
    assert event_cluster_id(STORY, *a) == event_cluster_id(STORY, *b)


@pytest.mark.parametrize("a, b", [
    (("Kanye West", "vote", "2020-11-03"), ("Kanye West", "election", "2020-11-03")),
    (("Kanye West", "post", "2020-11-04"), ("Kanye West", "post", "2020-11-03")),
    (("Kanye West", "post", "2020-11-04"), ("Kim Kardashian", "post", "2020-11-04")),
])
def test_different_happenings_keep_apart(a, b):
    assert event_cluster_id(STORY, *a) != event_cluster_id(STORY, *b)


def test_the_same_kind_of_happening_in_two_stories_keeps_apart():
    """Two storms named alike, a match and its rematch: clusters never cross stories."""
    happening = ("Storm Elin", "hit", "2024-03-04")
    assert event_cluster_id(STORY, *happening) != event_cluster_id("st_0000000000000002",
                                                                   *happening)
