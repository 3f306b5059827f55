"""Cross-article reconciliation: entity merging, quote clusters, the intervals claims allow
(verdicts: test_claim_groups.py)."""
from __future__ import annotations

import pytest

from newsledger.reconcile.clusters import (ambiguous_keys, compared_key, normalize_quote,
                                           quote_cluster_id, rounding, value_interval)
from newsledger.reconcile.entities import LocalRef, merge_entities


def entity(name: str, kind: str = "person", handles: tuple[str, ...] = ()):
    return name, kind, handles


def merged(per_source):
    return merge_entities(LocalRef(sid, *e) for sid, ents in per_source for e in ents)


@pytest.mark.parametrize("a, b", [
    ("WELP KANYE 2024", "Welp, Kanye 2024"),
    ("KANYE 2024", "Kanye 2024!"),
    ("I’m done", "I'm   done"),
    ("“Hello” world", "\"hello\" WORLD"),
])
def test_same_words_share_a_quote_cluster(a, b):
    assert quote_cluster_id(a) == quote_cluster_id(b)


@pytest.mark.parametrize("a, b", [("KANYE 2024", "KANYE 2020"), ("I will run", "I won't run")])
def test_different_words_do_not(a, b):
    assert quote_cluster_id(a) != quote_cluster_id(b)


def test_normalize_quote():
    assert normalize_quote("  WELP,  KANYE—2024! ") == "welp kanye 2024"


@pytest.mark.parametrize("text, value, half", [
    ("4.2 million", 4.2e6, 5e4), ("60 million", 6e7, 5e5), ("60,000 votes", 6e4, 500), ("60,312 votes", 60312, 0.5),
        ("1,000", 1e3, 50),
    ("1.5%", 1.5, 0.05), ("$2.5bn", 2.5e9, 5e7), ("$5m", 5e6, 5e5), ("100m", 100, 0.5),
    ("sixty thousand", 6e4, 500), ("one point three per cent", 1.3, 0.05), ("twelve", 12, 0.5),
])
def test_rounding_as_written(text, value, half):
    assert rounding(text, value) == pytest.approx(half)


@pytest.mark.parametrize("a, b, agree", [
    (("24,000", 24000.0), ("24,312", 24312.0), True),  # a crowd's round figure and the count
    (("60,000", 60000.0), ("57,000", 57000.0), False),  # the seed's disagreement stays
    (("1,000", 1000.0), ("1,200", 1200.0), False),  # at most 5% of a round thousand
])
def test_round_thousands_allow_the_exact_count(a, b, agree):
    (lo_a, hi_a), (lo_b, hi_b) = (value_interval(v, "exact", t) for t, v in (a, b))
    assert (lo_a <= hi_b and lo_b <= hi_a) == agree


@pytest.mark.parametrize("value, low, high", [
    (300, 270, 330),  # a round number: half its last digit (50), at most 10%
    (312, 296.4, 327.6),  # at least 5%
    (60000, 55000, 65000),
])
def test_approximate_spread(value, low, high):
    assert value_interval(value, "approximate", str(value)) == (pytest.approx(low),
                                                                 pytest.approx(high))


def test_an_article_that_gives_one_key_two_values_is_ambiguous():
    i = value_interval
    assert ambiguous_keys([("k", i(29, "exact", "29"), None), ("k", i(3, "exact", "3"), None),
                           ("j", i(5, "exact", "5"), None), ("j", i(5, "approximate", "5"), None),
                           ("m", i(12, "at_least", "12"), None), ("m", i(15, "exact", "15"), None)
                           ]) == {"k"}


@pytest.mark.parametrize("claims, ambiguous", [
    # "police said 5,000 people marched, but organisers said nearer 20,000": a dispute
    ([(5000, "exact", "5,000", "Police"), (20000, "approximate", "20,000", "organisers")], False),
    # "The interior ministry said 48 died; the Red Cross said at least 70"
    ([(48, "exact", "48", "the interior ministry"), (70, "at_least", "70", "The Red Cross")],
     False),
    # each claimant repeats its own figure
    ([(9000, "exact", "9,000", "the union"), (6500, "exact", "6,500", "the council"),
      (9000, "approximate", "about 9,000", "The union")], False),
    # one claimant, two values: the key names two things
    ([(5000, "exact", "5,000", "police"), (20000, "exact", "20,000", "The police")], True),
    # no claimant for one of them
    ([(5000, "exact", "5,000", "police"), (20000, "exact", "20,000", None)], True),
    ([(29, "exact", "29", None), (3, "exact", "3", None)], True),
    # a claimant contradicting itself is no dispute between two
    ([(5000, "exact", "5,000", "police"), (7000, "exact", "7,000", "police"),
      (20000, "exact", "20,000", "organisers")], True),
])
def test_a_dispute_between_claimants_is_not_ambiguous(claims, ambiguous):
    rows = [("k", value_interval(v, q, t), who) for v, q, t, who in claims]
    assert ambiguous_keys(rows) == ({"k"} if ambiguous else set())


@pytest.mark.parametrize("key, measure, compared", [
    ("|people taking part||person", "people taking part", "|attendance||person"),
    ("march|people protesting|2026-04-11|person", "people protesting",
     "march|attendance|2026-04-11|person"),
    ("|attendance||person", "attendance", "|attendance||person"),
    ("|people killed||person", "people killed", "|people killed||person"),
    ("|runners taking part||runner", "runners taking part", "|runners taking part||runner"),
    ("", None, ""),
])
def test_a_claim_is_compared_under_the_measure_its_crowd_shares(key, measure, compared):
    assert compared_key(key, measure) == compared


def test_one_article_counting_one_crowd_two_ways_is_ambiguous_unless_disputed():
    """"4,000 people took part" and "a crowd of 15,000" in one article name one crowd."""
    took = (compared_key("|people taking part||person", "people taking part"),
            value_interval(4000, "exact", "4,000"))
    crowd = (compared_key("|attendance||person", "attendance"),
             value_interval(15000, "exact", "15,000"))
    assert ambiguous_keys([(*took, None), (*crowd, None)]) == {"|attendance||person"}
    assert ambiguous_keys([(*took, "police"), (*crowd, "organisers")]) == set()


def test_entities_merge_across_articles_by_name_word_and_handle():
    index = merged([
        ("s1", [entity("Kanye West", handles=("@kanyewest",)), entity("Kim Kardashian West")]),
        ("s2", [entity("Kanye"), entity("Donda West")]),
        ("s3", [entity("kanye west")]),
        ("s4", [entity("@kanyewest", kind="account")]),
    ])
    kanye = index.of("person", "Kanye West")
    assert index.of("person", "Kanye") == kanye
    assert index.of("person", "kanye west") == kanye
    assert index.of("account", "@kanyewest") == kanye
    assert index.of("person", "Kim Kardashian West") != kanye
    assert index.of("person", "Donda West") != kanye
    assert index.names[kanye] == "Kanye West"


def test_ambiguous_one_word_names_stay_apart():
    index = merged([("s1", [entity("Joe Biden"), entity("Joe Rogan")]),
                            ("s2", [entity("Joe")])])
    assert index.of("person", "Joe") not in (index.of("person", "Joe Biden"),
                                             index.of("person", "Joe Rogan"))


def test_entity_ids_do_not_depend_on_input_order():
    a = merged([("s1", [entity("Kanye West")]), ("s2", [entity("Kanye")])])
    b = merged([("s2", [entity("Kanye")]), ("s1", [entity("Kanye West")])])
    assert a.ids == b.ids and a.names == b.names


def test_a_shorter_name_an_article_linked_to_a_longer_one_merges_everywhere():
    index = merged([
        ("s1", [("Kim Kardashian West", "person", (), ("Kim Kardashian", "Kim"))]),
        ("s2", [entity("Kim Kardashian"), entity("Kardashian")]),
    ])
    long_id = index.of("person", "Kim Kardashian West")
    assert index.of("person", "Kim Kardashian") == long_id
    assert index.of("person", "Kardashian") == long_id
    assert index.names[long_id] == "Kim Kardashian West"


def test_one_headline_s_longer_name_does_not_take_in_a_common_name():
    # A Title Case headline ("Donald Trump Is Right, Says Fact-Checker") read as one longer
    # name, linked once to a name that five other articles write on its own.
    index = merged([
        ("s1", [("Donald Trump Is Right", "person", (), ("Donald Trump", "Trump"))]),
        *[(f"s{i}", [entity("Donald Trump"), entity("Trump")]) for i in range(2, 7)],
    ])
    trump = index.of("person", "Donald Trump")
    assert index.names[trump] == "Donald Trump"
    assert index.of("person", "Trump") == trump
    assert index.of("person", "Donald Trump Is Right") != trump


def test_a_short_name_linked_to_two_people_stays_apart():
    index = merged([
        ("s1", [("John Smith Jr", "person", (), ("John Smith",))]),
        ("s2", [("John Smith Williams", "person", (), ("John Smith",))]),
        ("s3", [entity("John Smith")]),
    ])
    assert len({index.of("person", n) for n in
                ("John Smith Jr", "John Smith Williams", "John Smith")}) == 3


def test_an_organization_named_after_a_place_joins_the_shorter_name():
    index = merged([("s1", [entity("US White House", "organization")]),
                    ("s2", [entity("White House", "organization")]),
                    ("s3", [entity("U.S. Chamber", "organization")])])
    assert index.of("organization", "US White House") == index.of("organization", "White House")
    assert index.names[index.of("organization", "U.S. Chamber")] == "U.S. Chamber"


def test_a_range_allows_the_values_between_its_ends():
    """A range is two claims (``claims.forms``): the low end at_least, the high end at_most.
    A source's interval is the meet of its claims': the range, as written and rounded; a
    value inside it shares a point with it, a value outside does not."""
    low = value_interval(30, "at_least", "30")
    high = value_interval(40, "at_most", "40 people")
    meet = (max(low[0], high[0]), min(low[1], high[1]))
    assert meet == (pytest.approx(29.5), pytest.approx(40.5))
    assert ambiguous_keys([("k", low, None), ("k", high, None)]) == set()  # one article: fine
    inside = value_interval(35, "exact", "35")
    outside = value_interval(80, "exact", "80")
    assert meet[0] <= inside[0] and inside[1] <= meet[1]
    assert outside[0] > meet[1]
    # "US$ 300 to 350 million": the low end carries the shared scale (300,000,000)
    low = value_interval(3e8, "at_least", "US$ 300")
    high = value_interval(3.5e8, "at_most", "350 million")
    assert (low[0], high[1]) == (pytest.approx(3e8 - 0.5), pytest.approx(3.505e8))
