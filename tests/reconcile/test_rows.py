"""From extraction records to table rows: ids, entity links, clusters and consistency."""
from __future__ import annotations

import dataclasses
import datetime as dt

from newsledger.extract.article import ArticleResult
from newsledger.publish.validate import find_failures
from newsledger.publish.tables import as_tables
from newsledger.reconcile.rows import build_tables
from newsledger.records import (Article, ArticleExtraction, Claim, DateMention, EntityMention,
                                Event, LocalEntity, Quote, StoryKeys)

NOV4 = dt.date(2020, 11, 4)


def article(sid: str, text: str, quote: str, votes: str, person: str) -> ArticleResult:
    q0 = text.index(quote)
    v0 = text.index(votes)
    p0 = text.index(person)
    d0 = text.index("Nov. 4")
    date = DateMention(d0, d0 + 6, "Nov. 4", "2020-11-04", "day", NOV4, "publication", "md")
    entity = LocalEntity(person, "person", (EntityMention(p0, p0 + len(person), person,
                                                          "name" if " " in person else "alias"),))
    s0 = text.index(person)
    sentence_end = text.index(".", v0) + 1
    extraction = ArticleExtraction(
        dates=(date,), entities=(entity,),
        quotes=(Quote(q0, q0 + len(quote), quote, "direct", "person", 0.9, person, p0,
                      p0 + len(person), person, None, "tweeted"),),
        claims=(Claim(s0, sentence_end, text[s0:sentence_end], float(votes.replace(",", "")),
                      v0, v0 + len(votes), votes, "exact",
                      f"{person.lower()}|votes received||vote", "vote", person,
                      measure="votes received"),),
        events=(Event(s0, sentence_end, text[s0:sentence_end], date, "win", person),),
        keys=StoryKeys(terms=(("e:kanye west", 1.0), ("tweeted", 1.0), ("votes", 1.0)),
                       sketch=(sid.encode()[0],)))
    a = Article(sid, f"{sid}.txt", text, "utf-8", published=NOV4)
    return ArticleResult(a, NOV4, "metadata", "0" * 64, len(text.split()), extraction)


A = article("a", 'Kanye West tweeted "WELP KANYE 2024" and won 60,000 votes on Nov. 4.',
            "WELP KANYE 2024", "60,000", "Kanye West")
B = article("b", 'West tweeted "Welp, Kanye 2024" and won 57,000 votes on Nov. 4.',
            "Welp, Kanye 2024", "57,000", "West")


def test_rows_pass_every_check():
    assert find_failures(as_tables(build_tables([A, B]))) == []


def test_same_words_across_articles_share_a_quote_cluster():
    quotes = build_tables([A, B])["quotes"].to_pylist()
    assert len({q["cluster_id"] for q in quotes}) == 1


def test_aliases_link_to_one_entity_across_articles():
    tables = build_tables([A, B])
    entities = tables["entities"].to_pylist()
    assert [(e["name"], e["n_mentions"], e["n_sources"]) for e in entities] == [
        ("Kanye West", 2, 2)]
    quotes = tables["quotes"].to_pylist()
    assert {q["speaker_entity_id"] for q in quotes} == {entities[0]["entity_id"]}
    assert {q["speaker_name"] for q in quotes} == {"Kanye West"}


def test_different_values_of_the_same_measure_conflict():
    tables = build_tables([A, B])
    claims = tables["claims"].to_pylist()
    assert len({c["cluster_id"] for c in claims}) == 1
    assert {c["consistency"] for c in claims} == {"conflicts"}


def test_claims_that_count_nothing_comparable_are_never_compared():
    unmeasured = [
        dataclasses.replace(r, extraction=dataclasses.replace(r.extraction, claims=tuple(
            dataclasses.replace(c, measure=None) for c in r.extraction.claims)))
        for r in (A, B)]
    claims = build_tables(unmeasured)["claims"].to_pylist()
    assert len({c["cluster_id"] for c in claims}) == 2
    assert {c["consistency"] for c in claims} == {"single_source"}
    assert {c["measure_key"] for c in claims} == {"kanye west|votes received||vote"}


def test_same_happening_in_two_articles_shares_an_event_cluster():
    events = build_tables([A, B])["events"].to_pylist()
    assert len({e["cluster_id"] for e in events}) == 1
    assert {e["actor"] for e in events} == {"Kanye West"}


def test_result_does_not_depend_on_batching_or_order():
    one = as_tables(build_tables([A, B]))
    from newsledger.reconcile.rows import batch_tables, combine
    two = as_tables(combine([batch_tables([B]), batch_tables([A])]))
    assert all(one[t].equals(two[t]) for t in one)
