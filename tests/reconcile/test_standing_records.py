"""A record that stands is another time's count than the story's: "the club's record
attendance, 52,000, was set in 1961" beside "a crowd of 41,000 saw the match" is never compared
(``clusters.standing_record``, read in ``rows.claim_rows``)."""
from __future__ import annotations

import pytest

from newsledger.reconcile.clusters import standing_record


@pytest.mark.parametrize("text", [
    "The club's record attendance, 52,000",
    "That beat the previous record of 9.58 seconds",
    "The shares are far below their all-time high of $98",
    "The ground's record crowd of 61,000",
    "the old record of 3,422 votes",
    "its existing record, 7.2 million viewers",
])
def test_standing_records(text):
    before = text[:next(i for i, ch in enumerate(text) if ch.isdigit() or ch == "$")]
    assert standing_record(before), before


@pytest.mark.parametrize("text", [
    "Wexham drew a record crowd of 41,233",
    "A record 41,233 fans",
    "The record-breaking crowd of 41,233",
    "Shares hit an all-time high of $98",
    "The turnout was 64%",
    "Records show 1,200 people",
])
def test_the_storys_own_counts(text):
    before = text[:next(i for i, ch in enumerate(text) if ch.isdigit() or ch == "$")]
    assert not standing_record(before), before
