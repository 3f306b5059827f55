"""Entities with their mentions, and dated events."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.dates import extract_dates
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import extract_events, lemma
from newsledger.text import Document


def people(text: str) -> dict[str, set[tuple[str, str]]]:
    return {e.name: {(m.text, m.kind) for m in e.mentions} for e in extract_entities(Document(text))}


def test_aliases_pronouns_and_handles_merge_into_one_person():
    text = ("Kanye West lost. West said he would run again. Kanye tweeted.\n\n"
            "KANYE 2024 — ye (@kanyewest) November 4, 2020")
    got = people(text)
    assert {("Kanye West", "name"), ("West", "alias"), ("he", "pronoun"), ("Kanye", "alias"),
            ("ye", "alias"), ("@kanyewest", "handle")} <= got["Kanye West"]


def test_people_sharing_a_name_part_stay_apart():
    got = people("Kim Kardashian West voted. Donda West raised Kanye West in Chicago.")
    assert {"Kim Kardashian West", "Donda West", "Kanye West"} <= set(got)
    assert ("Kim Kardashian West", "name") not in got["Kanye West"]


@pytest.mark.parametrize("text, name, kind", [
    ("The Harbor City Council voted.", "Harbor City Council", "organization"),
    ("Voters in Tennessee queued.", "Tennessee", "place"),
    ("President Joe Biden spoke.", "Joe Biden", "person"),
])
def test_entity_kinds(text, name, kind):
    assert (name, kind) in {(e.name, e.kind) for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text", ["WELP KANYE 2024", "The. And. But.", "I'LL DO IT AGAIN"])
def test_not_entities(text):
    assert extract_entities(Document(text)) == []


def test_description_resolves_to_the_person_named_before():
    got = people("Jimmy Kimmel revealed the news. The late-night host said it was off.")
    assert ("The late-night host", "description") in got["Jimmy Kimmel"]


@pytest.mark.parametrize("word, expected", [
    ("announced", "announce"), ("tweeted", "tweet"), ("won", "win"), ("cancelled", "cancel"),
    ("deletes", "delete"), ("the", None), ("was", None),
])
def test_lemma(word, expected):
    assert lemma(word) == expected


def test_events_carry_date_action_and_actor():
    text = "Kanye West announced his bid on July 4, 2020. He voted on November 3, 2020."
    events = extract_events(doc := Document(text), extract_dates(doc, None), extract_entities(doc))
    assert [(e.date.value, e.action, e.actor) for e in events] == [
        ("2020-07-04", "announce", "Kanye West"), ("2020-11-03", "vote", "Kanye West")]
    for e in events:
        assert text[e.start:e.end] == e.text


def test_embedded_post_date_is_a_post_event():
    text = "KANYE 2024 pic.twitter.com/x — ye (@kanyewest) November 4, 2020"
    (e,) = extract_events(doc := Document(text), extract_dates(doc, None), extract_entities(doc))
    assert (e.action, e.date.date) == ("post", dt.date(2020, 11, 4))


def test_no_verb_no_event():
    text = "November 4, 2020."
    doc = Document(text)
    assert extract_events(doc, extract_dates(doc, None), []) == []


def test_clause_verb_before_the_date_wins_over_one_after_a_comma():
    text = ("The rapper, after announcing his bid on July 4, 2020, garnered "
            "60,000 votes.")
    (e,) = extract_events(doc := Document(text), extract_dates(doc, None), extract_entities(doc))
    assert e.action == "announce"


def events_of(text: str, published=dt.date(2020, 11, 5)):
    doc = Document(text)
    return extract_events(doc, extract_dates(doc, published), extract_entities(doc))


@pytest.mark.parametrize("text, expected", [
    ("Kanye West lost the 2020 election.", ("2020", "election")),
    ("Turnout in Tuesday's vote was high.", ("2020-11-03", "vote")),
    ("He is eyeing a win in the next elections in 2024.", ("2024", "election")),
    ("The attack on Monday killed five people.", ("2020-11-02", "attack")),
    ("Acme Corp. acquired the plant on Monday.", ("2020-11-02", "acquire")),
    ("On Monday, the company said it would close the plant.", ("2020-11-02", "say")),
    ("Sales were $5 million in the third quarter.", ("2020-Q3", "be")),
    ("The musician cancelled his appearance on Wednesday night after he received little "
     "support.", ("2020-11-04", "cancel")),
    # a bare verb after a modal, maybe across one word: a verb the word list lacks
    ("On Monday the union would picket the depot.", ("2020-11-09", "picket")),
    ("On Monday the union will formally picket the depot.", ("2020-11-09", "picket")),
    ("On Monday the union will also picket the depot.", ("2020-11-09", "picket")),
])
def test_what_the_date_locates(text, expected):
    assert [(e.date.value, e.action) for e in events_of(text)][:1] == [expected]


@pytest.mark.parametrize("text", [
    "As of Wednesday evening, he has 60,000 votes.",
    "The index was down 2% at 16:08 UTC.",
    "Sales fell 20% compared to March of 2019.",
    "It was the lowest level since 1981.",
    "Markets stay closed until Friday.",
    "The dividend goes to holders of record Nov. 15.",
])
def test_states_bounds_and_times_of_day_date_no_event(text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "Profit rose to $94 million in the third quarter from $85 million a year earlier.",
    "Net income was $12 million, or 30 cents a share, compared with $9 million a year ago.",
])
def test_a_year_ago_after_an_amount_is_the_other_side_of_a_comparison(text):
    assert [e.date.text for e in events_of(text)] == ["the third quarter"] * ("third" in text)


def test_a_fronted_date_takes_the_actor_after_it():
    (e,) = events_of("On July 22, Kanye West tweeted again.")
    assert (e.action, e.actor) == ("tweet", "Kanye West")


def test_the_verb_before_the_date_counts_from_its_last_letter():
    (e,) = events_of("Kanye West deleted the tweet on Wednesday morning and reposted the image.")
    assert (e.action, e.actor) == ("delete", "Kanye West")


@pytest.mark.parametrize("text, action", [
    ("Russia's exchanges will re-open on Friday morning.", "open"),
    ("Shares recovered after yesterday's fall.", "fall"),
])
def test_prefixed_verbs_and_market_moves(text, action):
    assert [e.action for e in events_of(text)] == [action]


def test_an_all_capitals_headline_names_its_happening_but_not_a_month():
    # the words are the document's tokens: "FIRE" is the event noun, as "fire" would be
    got = events_of("CREWS BATTLE DOCKSIDE FIRE, 4 June 2019\n\nCrews worked through the night.")
    assert [(e.date.value, e.action) for e in got] == [("2019-06-04", "fire")]
    assert events_of("WEDNESDAY, MARCH 4, 2009, 10:53 AM\n\nCrews worked late.") == []


def test_words_glued_to_a_number_are_no_trigger():
    # a live blog's furniture run together: "...November 6, 2020 10:19PMTalk Times"
    assert events_of("Paige Lavender moderator November 6, 2020 10:19PMTalk of the night") == []
