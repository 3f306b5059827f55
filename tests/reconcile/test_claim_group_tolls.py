"""Claim groups for tolls of one kind of people: the two sides of a conflict give the dead of
one army ("42 soldiers were killed", "it killed 230 troops") and the figures are a dispute,
within one article as between articles."""
from __future__ import annotations

import pytest

from newsledger.reconcile.clusters import counts_people

from .test_claim_groups import groups

SOLDIERS = (None, "soldiers killed", "soldier")


@pytest.mark.parametrize("measure, expected", [
    ("people killed", True), ("attendance", True), ("soldiers killed", True),
    ("civilians injured", True), ("police officers wounded", True),
    ("loss", False), ("suspects", False), ("jobs cut", False), (None, False),
])
def test_counts_people(measure, expected):
    assert counts_people(measure) == expected


def test_two_sides_of_a_conflict_dispute_one_toll():
    # "At least 42 soldiers were killed, the defence ministry said. The enemy army said it had
    # killed more than 200 troops." and another outlet: "officials said 42 of their soldiers
    # died; the enemy claimed 230"
    row = groups([("a", 42, "at_least", "42 soldiers", *SOLDIERS, "the defence ministry"),
                  ("a", 200, "more_than", "200 troops", *SOLDIERS, "the army"),
                  ("b", 42, "exact", "42 of their soldiers", *SOLDIERS, "officials"),
                  ("b", 230, "exact", "230 troops", *SOLDIERS, "the enemy")],
                 outlets={"a": "Harbour Post"}).rows[0]
    assert row["verdict"] == "conflicts"
    assert "one article gives two of the values that differ" in row["reason"]


@pytest.mark.parametrize("claims", [
    # one claimant giving two tolls: two different things, not compared
    [("a", 42, "exact", "42 soldiers", *SOLDIERS, "the ministry"),
     ("a", 230, "exact", "230 soldiers", *SOLDIERS, "the ministry")],
    # a toll with no claimant beside a claimed one: not a dispute
    [("a", 42, "exact", "42 soldiers", *SOLDIERS),
     ("a", 230, "exact", "230 troops", *SOLDIERS, "the army")],
])
def test_one_article_without_a_dispute_makes_no_group(claims):
    assert groups(claims).rows == []
