"""Claim groups for tolls of one kind of people: the two sides of a conflict give the dead of
one army ("42 soldiers were killed", "it killed 230 troops") and the figures are a dispute,
within one article as between articles."""
from __future__ import annotations

import pytest

from newsledger.reconcile.clusters import compared_measure, compared_unit, counts_people

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


@pytest.mark.parametrize("measure, unit, expected", [
    # one accident's dead, whatever a report calls them
    ("workers killed", "worker", ("people killed", "person")),
    ("pensioners killed", "pensioner", ("people killed", "person")),
    ("miners injured", "miner", ("people injured", "person")),
    ("staff members killed", "member", ("people killed", "person")),
    ("people killed", "person", ("people killed", "person")),
    ("people protesting", "person", ("attendance", "person")),
    # a part of the victims that reports give beside the whole, or no toll: kept
    ("children killed", "child", ("children killed", "child")),
    ("passengers injured", "passenger", ("passengers injured", "passenger")),
    ("soldiers killed", "soldier", ("soldiers killed", "soldier")),
    ("workers employed", "worker", ("workers employed", "worker")),
    ("jobs cut", "job", ("jobs cut", "job")),
])
def test_compared_measure_and_unit(measure, unit, expected):
    assert (compared_measure(measure), compared_unit(measure, unit)) == expected


def _toll(source, value, text, noun, unit):
    return (source, value, "exact", text, None, f"{noun} killed", unit)


@pytest.mark.parametrize("claims, expected", [
    # "Two workers were killed" and "two people have died": one toll
    ([_toll("a", 2, "Two workers", "workers", "worker"),
      _toll("b", 2, "Two people", "people", "person")], "agrees"),
    # "three people were killed" and "FOUR pensioners died": one toll, a dispute
    ([_toll("a", 3, "Three people", "people", "person"),
      _toll("b", 4, "FOUR pensioners", "pensioners", "pensioner"),
      _toll("c", 3, "three of its members", "members", "member")], "conflicts"),
    # two children among three people killed: a part, never compared with the whole
    ([_toll("a", 2, "two children", "children", "child"),
      _toll("b", 3, "three people", "people", "person")], None),
])
def test_tolls_of_one_accident_under_other_nouns(claims, expected):
    rows = groups(claims).rows
    assert (rows[0]["verdict"] if rows else None) == expected
