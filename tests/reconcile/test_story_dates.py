"""The date factor of the same-story model (``newsledger.reconcile.stories_dates``):
publication dates, and the month and day of an undated wire story's dateline. Texts are made up
for these tests."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from newsledger.extract.dates.publication import dateline_month_day
from newsledger.reconcile.profiles import Profile
from newsledger.reconcile.stories_dates import pair_date_factor
from newsledger.text import Document


def _profile(published: dt.date | None = None, dateline_day: str | None = None) -> Profile:
    empty = np.zeros(0)
    return Profile(empty.astype(np.int32), empty.astype(np.float32), empty.astype(np.float32),
                   empty.astype(np.int8), 0, (), frozenset(), frozenset(), published,
                   dateline_day)


D = dt.date


@pytest.mark.parametrize("a, b, factor", [
    ((D(2024, 2, 27), None), (D(2024, 2, 28), None), 1.0),  # within two days
    ((D(2024, 2, 27), None), (D(2024, 5, 14), None), 0.0),  # weeks apart: two stories
    ((D(2024, 2, 27), None), (None, None), 1.0),  # undated, no dateline: no evidence
    # an undated wire story's dateline, in the year nearest the other's date
    ((None, "02-27"), (D(2024, 2, 27), None), 1.0),
    ((None, "02-27"), (D(2024, 5, 14), None), 0.0),
    ((None, "12-30"), (D(2025, 1, 1), None), 1.0),  # the year before: two days apart
    ((None, "02-29"), (D(2023, 3, 1), None), 1.0),  # a leap day in a common year
    ((None, "02-27"), (D(2024, 3, 6), None), 0.5),  # eight days (a leap year): halfway down
    # two undated wire stories: their days' distance round the calendar
    ((None, "12-31"), (None, "01-01"), 1.0),
    ((None, "02-27"), (None, "05-14"), 0.0),
    ((None, "02-27"), (None, None), 1.0),
])
def test_pair_date_factor(a, b, factor):
    assert pair_date_factor(_profile(*a), _profile(*b)) == pytest.approx(factor)
    assert pair_date_factor(_profile(*b), _profile(*a)) == pytest.approx(factor)


@pytest.mark.parametrize("text, expected", [
    ("LONDON, Feb 27 (Harbor Wire) - Drivers will strike.", "02-27"),
    ("LISBON, 12 June (Harbor Wire) - The dock strike is over.", "06-12"),
    ("DUBLIN, Oct. 9, 2019 (AP) — The talks collapsed.", "10-09"),
    ("WASHINGTON (AP) — The talks collapsed.", None),  # a dateline without a day
    ("Drivers will strike on Feb 27, the union said.", None),  # no dateline
])
def test_dateline_month_day(text, expected):
    assert dateline_month_day(Document(text)) == expected
