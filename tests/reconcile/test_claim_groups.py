"""Claims compared within a story: verdicts with their reasons, subjects that split a group,
copies that never count twice, units and days."""
from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from newsledger.reconcile.claim_groups import COLUMNS, ClaimGroups
from newsledger.reconcile.clusters import value_interval
from newsledger.reconcile.story_index import ArticleInfo, StoryIndex

DAY = dt.date(2024, 3, 4)


def index(sources="abcdef", copies=None, dates=None, outlets=None, links=None):
    """Articles of one story, every pair closely alike unless ``links`` says otherwise."""
    dates, outlets = dates or {}, outlets or {}
    articles = {s: ArticleInfo(s, dates.get(s, DAY), outlets.get(s), None, None) for s in sources}
    pairs = {(a, b): 0.9 for a in sources for b in sources if a < b} | (links or {})
    return StoryIndex(articles, {s: "st_0000000000000001" for s in sources}, copies or {},
                      pairs)


def claims_table(rows):
    """rows: (source, value, qualifier, value_text[, subject[, measure[, unit[, claimant]]]])."""
    out = []
    for i, r in enumerate(rows):
        sid, value, qualifier, text, *rest = r
        subject, measure, unit, claimant = (
            rest + [None, "people killed", "person", None][len(rest):])[:4]
        low, high = value_interval(value, qualifier, text)
        out.append({"claim_id": f"c_{i:016x}", "source_id": sid, "subject_entity_id": None,
                    "subject": subject, "measure": measure, "period": None, "unit": unit,
                    "value": float(value), "value_text": text, "qualifier": qualifier,
                    "claimant": claimant,
                    "_low": low, "_high": high, "_scope": None})
    return pa.Table.from_pylist(out, schema=pa.schema(
        [(c, pa.float64() if c in ("value", "_low", "_high") else pa.string())
         for c in COLUMNS]))


def groups(rows, **kw):
    g = ClaimGroups(index(**kw))
    g.add(claims_table(rows))
    return g.finish()


def verdict(*rows, **kw):
    found = groups(rows, **kw).rows
    return found[0]["verdict"] if found else None


@pytest.mark.parametrize("claims, expected", [
    ([("a", 60000, "exact", "60,000")], None),  # one source: no group
    ([("a", 60000, "exact", "60,000"), ("b", 60000, "exact", "60,000 votes")], "agrees"),
    ([("a", 60000, "more_than", "60,000"), ("b", 60000, "exact", "60,000")], "agrees"),
    ([("a", 60000, "more_than", "60,000"), ("b", 60000, "exact", "60,000"),
      ("c", 57000, "exact", "57,000")], "conflicts"),
    ([("a", 60000, "exact", "60,000"), ("b", 57000, "exact", "57,000")], "conflicts"),
    ([("a", 60000, "approximate", "60,000"), ("b", 59000, "exact", "59,000")], "agrees"),
    ([("a", 0.5, "less_than", "0.5%"), ("b", 0.4, "exact", "0.4%")], "agrees"),
    ([("a", 0.5, "less_than", "0.5%"), ("b", 0.7, "at_least", "0.7%")], "conflicts"),
    ([("a", 12, "at_least", "12"), ("b", 15, "exact", "15")], "agrees"),
    ([("a", 300, "approximate", "300"), ("b", 312, "exact", "312")], "agrees"),
    ([("a", 300, "approximate", "300"), ("b", 340, "exact", "340")], "conflicts"),
    ([("a", 12, "at_most", "12"), ("b", 15, "exact", "15")], "conflicts"),
    ([("a", 4.2e6, "exact", "4.2 million"), ("b", 4.23e6, "exact", "4,230,000")], "agrees"),
    ([("a", 4.2e6, "exact", "4.2 million"), ("b", 4.3e6, "exact", "4.3 million")],
     "conflicts"),
    ([("a", 12, "exact", "12"), ("b", 13, "exact", "13")], "conflicts"),
    ([("a", 2.5e9, "exact", "$2.5bn"), ("b", 2.54e9, "exact", "$2.54 billion")], "agrees"),
    # two crowd estimates of one rally, more than half apart: a genuine dispute
    ([("a", 10000, "exact", "10,000"), ("b", 25000, "approximate", "25,000")], "conflicts"),
    # a bound agrees with a value up to twice itself, not with one ten times larger
    ([("a", 300, "more_than", "300"), ("b", 320, "exact", "320"),
      ("c", 330, "approximate", "330")], "agrees"),
    ([("a", 72000, "more_than", "72,000"), ("b", 800000, "exact", "800,000")], "bound_only"),
    # values more than three times apart count different things
    ([("a", 13, "exact", "13"), ("b", 836, "exact", "836")], "far_apart"),
    ([("a", 4, "exact", "four"), ("b", 14, "exact", "14")], "far_apart"),
])
def test_verdicts(claims, expected):
    assert verdict(*claims) == expected


def test_a_dispute_needs_two_closely_alike_sources():
    """Articles that joined a story through others may report another moment of it."""
    assert verdict(("a", 12, "exact", "12"), ("b", 15, "exact", "15"),
                   links={("a", "b"): 0.3}) == "loosely_linked"
    assert verdict(("a", 12, "exact", "12"), ("b", 15, "exact", "15"), ("c", 15, "exact", "15"),
                   links={("a", "b"): 0.3, ("a", "c"): 0.8}) == "conflicts"


CROWD = (None, "attendance", "person")


@pytest.mark.parametrize("claims, expected", [
    # one article: "police said 4,000 people marched, but organisers said nearer 15,000"
    ([("a", 4000, "exact", "4,000", *CROWD, "Police"),
      ("a", 15000, "approximate", "15,000", *CROWD, "organisers")],
     ("conflicts", 1, ["one article gives two of the values that differ",
                       "Harbour Post (a), organisers: 15,000 (about)",
                       "Harbour Post (a), police: 4,000"])),
    # two articles give both estimates, and a third the police's alone
    ([("a", 4000, "exact", "4,000", *CROWD, "Police"),
      ("a", 15000, "approximate", "15,000", *CROWD, "organisers"),
      ("b", 15000, "exact", "15,000", *CROWD, "Organisers"),
      ("b", 4000, "exact", "4,000", *CROWD, "the police"),
      ("c", 4000, "approximate", "4,000", *CROWD, "police")],
     ("conflicts", 3, ["Harbour Post (a), organisers: 15,000 (about)",
                       "Harbour Post (a), police: 4,000", "b, organisers: 15,000",
                       "b, police: 4,000", "c: 4,000 (about)"])),
    # a toll by two authorities, more than three times apart: still one dispute
    ([("a", 20, "exact", "20", None, "people killed", "person", "the ministry"),
      ("a", 70, "at_least", "70", None, "people killed", "person", "the Red Cross")],
     ("conflicts", 1, ["Harbour Post (a), red cross: 70 (at least)",
                       "Harbour Post (a), ministry: 20"])),
])
def test_a_dispute_between_claimants_of_one_article_is_shown(claims, expected):
    verdict_, n_sources, said = expected
    row = groups(claims, outlets={"a": "Harbour Post"}).rows[0]
    assert (row["verdict"], row["n_sources"]) == (verdict_, n_sources)
    assert all(s in row["reason"] for s in said), row["reason"]


@pytest.mark.parametrize("claims", [
    # one claimant, or none, giving two values: no dispute, no group
    [("a", 4000, "exact", "4,000", *CROWD, "police"),
     ("a", 15000, "exact", "15,000", *CROWD, "police")],
    [("a", 4000, "exact", "4,000", *CROWD, "police"), ("a", 15000, "exact", "15,000")],
    # figures that are not counts of people: parts or stages of a thing, not a dispute ("a
    # net loss of $35.2 million" and "an operating loss of $5.5 million, a spokesman said")
    [("a", 35.2e6, "exact", "$35.2 million", None, "loss", "usd", "Hallam Corp."),
     ("a", 5.5e6, "exact", "$5.5 million", None, "loss", "usd", "a spokesman")],
    [("a", 23, "exact", "23 suspects", None, "suspects", "suspect", "officials"),
     ("a", 11, "exact", "11 suspects", None, "suspects", "suspect", "the navy")],
    # two claimants who agree: one article, one value
    [("a", 4000, "exact", "4,000", *CROWD, "police"),
     ("a", 4000, "approximate", "4,000", *CROWD, "organisers")],
])
def test_one_article_without_a_dispute_makes_no_group(claims):
    assert groups(claims).rows == []


@pytest.mark.parametrize("claims, expected", [
    # "4,000 people took part" and "police put the attendance at 4,000": one crowd
    ([("a", 4000, "exact", "4,000 people", None, "people taking part", "person"),
      ("b", 4000, "approximate", "about 4,000", None, "attendance", "person")],
     [("attendance", "agrees")]),
    # "15,000 protesters" and "a crowd of 4,000": one crowd, two counts
    ([("a", 15000, "exact", "15,000 protesters", None, "people protesting", "person"),
      ("b", 12000, "exact", "12,000", None, "attendance", "person"),
      ("c", 12000, "exact", "12,000 people", None, "people taking part", "person")],
     [("attendance", "conflicts")]),
    # a toll, runners or arrests are not the crowd
    ([("a", 12, "exact", "12 people", None, "people killed", "person"),
      ("b", 12, "exact", "a crowd of 12", None, "attendance", "person")], []),
    ([("a", 42000, "exact", "42,000 runners", None, "runners taking part", "runner"),
      ("b", 40000, "exact", "40,000", None, "attendance", "person")], []),
    ([("a", 40, "exact", "40 people", None, "people arrested", "person"),
      ("b", 40, "exact", "40 protesters", None, "people protesting", "person")], []),
])
def test_one_crowd_counted_under_several_names_is_one_group(claims, expected):
    assert [(r["measure"], r["verdict"]) for r in groups(claims).rows] == expected


def test_a_copy_never_counts_as_a_second_source():
    found = groups([("a", 12, "exact", "12"), ("b", 12, "exact", "12")], copies={"b": "a"})
    row = found.rows[0]
    assert (row["verdict"], row["n_sources"], row["n_independent"]) == ("copies_only", 2, 1)
    assert found.verdicts[row["cluster_id"]] == "single_source"
    three = groups([("a", 12, "exact", "12"), ("b", 12, "exact", "12"),
                    ("c", 15, "exact", "15")], copies={"b": "a"})
    assert (three.rows[0]["verdict"], three.rows[0]["n_independent"]) == ("conflicts", 2)


def test_a_running_count_that_rises_day_by_day_is_an_update_not_a_dispute():
    dates = {"a": DAY, "b": DAY, "c": DAY + dt.timedelta(days=1)}
    assert verdict(("a", 12, "exact", "12"), ("b", 12, "exact", "twelve"),
                   ("c", 15, "exact", "15"), dates=dates) == "updated"
    # a count that falls, or sources of one day that disagree, are disputes
    assert verdict(("a", 15, "exact", "15"), ("c", 12, "exact", "12"),
                   dates=dates) == "conflicts"
    assert verdict(("a", 12, "exact", "12"), ("b", 13, "exact", "13"),
                   ("c", 15, "exact", "15"), dates=dates) == "conflicts"


def test_a_level_that_moves_between_days_is_an_update_either_way():
    """A share price or a rate reported on two days: a move, not a dispute; on one day, a
    dispute."""
    dates = {"a": DAY, "b": DAY, "c": DAY + dt.timedelta(days=1)}
    price = ("northwind", "share price", "pence")
    assert verdict(("a", 412, "exact", "412p", *price), ("b", 412, "exact", "412 pence", *price),
                   ("c", 398, "exact", "398p", *price), dates=dates) == "updated"
    assert verdict(("a", 412, "exact", "412p", *price), ("b", 398, "exact", "398p", *price),
                   dates=dates) == "conflicts"
    # a count that falls between days stays a dispute
    toll = ("storm elin", "people killed", "person")
    assert verdict(("a", 15, "exact", "15", *toll), ("c", 12, "exact", "12", *toll),
                   dates=dates) == "conflicts"


def test_the_subject_splits_a_group_only_where_one_article_gives_two_subjects_values():
    # two candidates' votes in one article: compared candidate by candidate
    two = groups([("a", 12400, "exact", "12,400", "maria lopez", "votes received", "vote"),
                  ("a", 10600, "exact", "10,600", "tom healy", "votes received", "vote"),
                  ("b", 14200, "exact", "14,200", "maria lopez", "votes received", "vote"),
                  ("b", 10600, "exact", "10,600", "tom healy", "votes received", "vote")])
    assert sorted((r["subject"], r["verdict"]) for r in two.rows) == [
        ("maria lopez", "conflicts"), ("tom healy", "agrees")]
    # a toll next to whoever speaks of it: one group whatever the subject
    one = groups([("a", 7, "exact", "seven", "storm elin"), ("b", 9, "exact", "NINE", "jo price")])
    assert [(r["subject"], r["verdict"]) for r in one.rows] == [(None, "conflicts")]


def test_a_claim_without_a_unit_joins_its_measure_with_the_one_unit_others_give():
    found = groups([("a", 5, "exact", "five people"), ("b", 6, "exact", "SIX", None,
                                                        "people killed", None)])
    assert [(r["unit"], r["n_claims"], r["verdict"]) for r in found.rows] == [
        ("person", 2, "conflicts")]


def test_the_reason_names_each_source_and_its_values_as_written():
    found = groups([("a", 12, "exact", "12 killed"), ("b", 15, "approximate", "15")],
                   outlets={"a": "Wire"})
    reason = found.rows[0]["reason"]
    assert "Wire (a): 12 killed" in reason and "b: 15 (about)" in reason
    assert reason.startswith("2 independent sources and no value fits")


def test_assign_gives_claims_their_group_and_consistency():
    found = groups([("a", 12, "exact", "12"), ("b", 15, "exact", "15")])
    table = claims_table([("a", 12, "exact", "12"), ("b", 15, "exact", "15")])
    table = table.append_column("cluster_id", pa.array(["x", "y"])).append_column(
        "consistency", pa.array(["single_source"] * 2))
    out = found.assign(table).to_pylist()
    assert {r["cluster_id"] for r in out} == {found.rows[0]["cluster_id"]}
    assert {r["consistency"] for r in out} == {"conflicts"}
