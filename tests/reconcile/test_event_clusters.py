"""Event clusters: reports of one happening in several articles share a cluster id."""
from __future__ import annotations

import pytest

from newsledger.reconcile.clusters import event_cluster_id


@pytest.mark.parametrize("a, b", [
    (("Kanye West", "tweet", "2020-11-04"), ("kanye west", "post", "2020-11-04")),
    (("Acme", "announcement", "2020-07-04"), ("Acme", "announce", "2020-07-04")),
    ((None, "election", "2020"), (None, "elect", "2020")),
])
def test_reports_of_one_happening_share_an_event_cluster(a, b):
    assert event_cluster_id(*a) == event_cluster_id(*b)


@pytest.mark.parametrize("a, b", [
    (("Kanye West", "vote", "2020-11-03"), ("Kanye West", "election", "2020-11-03")),
    (("Kanye West", "post", "2020-11-04"), ("Kanye West", "post", "2020-11-03")),
    (("Kanye West", "post", "2020-11-04"), ("Kim Kardashian", "post", "2020-11-04")),
])
def test_different_happenings_keep_apart(a, b):
    assert event_cluster_id(*a) != event_cluster_id(*b)
