"""Cross-article reconciliation: entity merging, quote clusters, claim consistency."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.reconcile.clusters import (ambiguous_keys, consistency, normalize_quote,
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


def verdict(*claims: tuple[str, float, str, str]) -> str:
    """consistency of (source, value, qualifier, value_text) claims."""
    return consistency([(sid, *value_interval(v, q, t)) for sid, v, q, t in claims])


@pytest.mark.parametrize("claims, expected", [
    ([("a", 60000, "exact", "60,000")], "single_source"),
    ([("a", 60000, "exact", "60,000"), ("a", 57000, "exact", "57,000")], "single_source"),
    ([("a", 60000, "exact", "60,000"), ("b", 60000, "exact", "60,000 votes")], "agrees"),
    ([("a", 60000, "more_than", "60,000"), ("b", 60000, "exact", "60,000")], "agrees"),
    ([("a", 60000, "more_than", "60,000"), ("b", 60000, "exact", "60,000"),
      ("c", 57000, "exact", "57,000")], "conflicts"),
    ([("a", 60000, "exact", "60,000"), ("b", 57000, "exact", "57,000")], "conflicts"),
    ([("a", 60000, "approximate", "60,000"), ("b", 59000, "exact", "59,000")], "agrees"),
    ([("a", 0.5, "less_than", "0.5%"), ("b", 0.4, "exact", "0.4%")], "agrees"),
    ([("a", 0.5, "less_than", "0.5%"), ("b", 0.7, "at_least", "0.7%")], "conflicts"),
    # qualifiers make intervals
    ([("a", 12, "at_least", "12"), ("b", 15, "exact", "15")], "agrees"),
    ([("a", 300, "approximate", "300"), ("b", 312, "exact", "312")], "agrees"),
    ([("a", 300, "approximate", "300"), ("b", 340, "exact", "340")], "conflicts"),
    ([("a", 12, "at_most", "12"), ("b", 15, "exact", "15")], "conflicts"),
    # rounding as written
    ([("a", 4.2e6, "exact", "4.2 million"), ("b", 4.23e6, "exact", "4,230,000")], "agrees"),
    ([("a", 4.2e6, "exact", "4.2 million"), ("b", 4.3e6, "exact", "4.3 million")], "conflicts"),
    ([("a", 12, "exact", "12"), ("b", 13, "exact", "13")], "conflicts"),
    ([("a", 60e6, "exact", "60 million"), ("b", 60.4e6, "exact", "60.4 million")], "agrees"),
    ([("a", 2.5e9, "exact", "$2.5bn"), ("b", 2.54e9, "exact", "$2.54 billion")], "agrees"),
    ([("a", 60000, "exact", "60,000"), ("b", 60100, "exact", "60,100")], "conflicts"),
    ([("a", 100, "exact", "100m"), ("b", 101, "exact", "101m")], "conflicts"),
    # values far apart count different things under one key: no verdict
    ([("a", 13, "exact", "13"), ("b", 836, "exact", "836")], "single_source"),
    ([("a", 300, "exact", "300"), ("b", 400, "exact", "400")], "conflicts"),
    ([("a", 300, "exact", "300"), ("b", 500, "exact", "500")], "single_source"),
    ([("a", 200, "more_than", "200"), ("b", 38, "exact", "38")], "single_source"),
])
def test_claim_consistency(claims, expected):
    assert verdict(*claims) == expected


@pytest.mark.parametrize("text, value, half", [
    ("4.2 million", 4.2e6, 5e4), ("60 million", 6e7, 5e5), ("60,000 votes", 6e4, 0.5),
    ("1.5%", 1.5, 0.05), ("$2.5bn", 2.5e9, 5e7), ("$5m", 5e6, 5e5), ("100m", 100, 0.5),
    ("sixty thousand", 6e4, 500), ("one point three per cent", 1.3, 0.05), ("twelve", 12, 0.5),
])
def test_rounding_as_written(text, value, half):
    assert rounding(text, value) == pytest.approx(half)


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
    assert ambiguous_keys([("k", i(29, "exact", "29")), ("k", i(3, "exact", "3")),
                           ("j", i(5, "exact", "5")), ("j", i(5, "approximate", "5")),
                           ("m", i(12, "at_least", "12")), ("m", i(15, "exact", "15"))]) == {"k"}


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


QUALIFIERS = ["exact", "more_than", "at_least", "less_than", "at_most", "approximate"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["c1", "c2", "c3"]), st.sampled_from(["a", "b", "c"]),
                          st.sampled_from([0.0, 1.0, 57000.0, 60000.0, 63000.0, -5.0, 1e9]),
                          st.sampled_from(QUALIFIERS), st.sampled_from(["", "60,000", "1.5"])),
                max_size=30))
def test_vectorized_verdicts_match_the_reference_rule(rows):
    """claim_verdicts (Arrow, batch by batch, for large corpora) says what
    clusters.consistency says."""
    import pyarrow as pa

    from newsledger.reconcile.rows import claim_verdicts

    bounds = [value_interval(v, q, t) for _, _, v, q, t in rows]
    table = pa.table({"cluster_id": [r[0] for r in rows], "source_id": [r[1] for r in rows],
                      "_low": [b[0] for b in bounds], "_high": [b[1] for b in bounds]},
                     schema=pa.schema([("cluster_id", pa.string()), ("source_id", pa.string()),
                                       ("_low", pa.float64()), ("_high", pa.float64())]))
    half = len(rows) // 2  # two batches, split at a source boundary like the build's batches
    order = sorted(range(len(rows)), key=lambda i: rows[i][1])
    table = table.take(pa.array(order, type=pa.int64()))
    cut = next((i for i in range(half, len(rows)) if i == 0 or
                table.column("source_id")[i].as_py() != table.column("source_id")[i - 1].as_py()),
               len(rows))
    got = dict(zip(*(claim_verdicts([table.slice(0, cut), table.slice(cut)]).column(c)
                     .to_pylist() for c in ("cluster_id", "consistency"))))
    for cid in {r[0] for r in rows}:
        expected = consistency([(s, *b) for (c, s, *_), b in zip(rows, bounds) if c == cid])
        assert got.get(cid, "single_source") == expected
