"""Cross-article reconciliation: entity merging, quote clusters, claim consistency."""
from __future__ import annotations

import pytest

from newsledger.reconcile.clusters import consistency, normalize_quote, quote_cluster_id
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


@pytest.mark.parametrize("claims, expected", [
    ([("a", 60000, "exact")], "single_source"),
    ([("a", 60000, "exact"), ("a", 57000, "exact")], "single_source"),
    ([("a", 60000, "exact"), ("b", 60000, "exact")], "agrees"),
    ([("a", 60000, "more_than"), ("b", 60000, "exact")], "agrees"),
    ([("a", 60000, "more_than"), ("b", 60000, "exact"), ("c", 57000, "exact")], "conflicts"),
    ([("a", 60000, "exact"), ("b", 57000, "exact")], "conflicts"),
    ([("a", 60000, "approximate"), ("b", 59000, "exact")], "agrees"),
    ([("a", 0.5, "less_than"), ("b", 0.4, "exact")], "agrees"),
    ([("a", 0.5, "less_than"), ("b", 0.7, "at_least")], "conflicts"),
])
def test_claim_consistency(claims, expected):
    assert consistency(claims) == expected


def test_entities_merge_across_articles_by_name_word_and_handle():
    index = merged([
        ("s1", [entity("Kanye West", handles=("@kanyewest",)), entity("Kim Kardashian West")]),
        ("s2", [entity("Kanye"), entity("Donda West")]),
        ("s3", [entity("kanye west")]),
        ("s4", [entity("@kanyewest", kind="account")]),
    ])
    kanye = index.lookup("s1", "Kanye West")
    assert index.lookup("s2", "Kanye") == kanye
    assert index.lookup("s3", "kanye west") == kanye
    assert index.lookup("s4", "@kanyewest") == kanye
    assert index.lookup("s1", "Kim Kardashian West") != kanye
    assert index.lookup("s2", "Donda West") != kanye
    assert index.names[kanye] == "Kanye West"


def test_ambiguous_one_word_names_stay_apart():
    index = merged([("s1", [entity("Joe Biden"), entity("Joe Rogan")]),
                            ("s2", [entity("Joe")])])
    assert index.lookup("s2", "Joe") not in (index.lookup("s1", "Joe Biden"),
                                             index.lookup("s1", "Joe Rogan"))


def test_entity_ids_do_not_depend_on_input_order():
    a = merged([("s1", [entity("Kanye West")]), ("s2", [entity("Kanye")])])
    b = merged([("s2", [entity("Kanye")]), ("s1", [entity("Kanye West")])])
    assert a.ids == b.ids and a.names == b.names
