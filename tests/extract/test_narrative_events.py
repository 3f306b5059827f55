"""Dated events across sentences (issue 21, item 2): an event takes the day the article stated
just before it, as long as nothing in between moves the story to another time; every event says
how it got its date (``date_link``). Every text here is made up for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_article
from newsledger.extract.dates import extract_dates
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import extract_events
from newsledger.records import DATE_LINKS, Article
from newsledger.reconcile.rows import event_rows
from newsledger.text import Document
from schemas.events import Events

PUB = dt.date(2021, 3, 6)  # a Saturday


def events_of(text: str, published: dt.date | None = PUB):
    doc = Document(text)
    return extract_events(doc, extract_dates(doc, published), extract_entities(doc), published)


def rows(text: str, published: dt.date | None = PUB) -> list[tuple[str, str, str, str]]:
    """(first words of the event's sentence, date value, action, date link), in text order."""
    return [(" ".join(e.text.split()[:2]), e.date.value, e.action, e.date_link)
            for e in events_of(text, published)]


# --- The narrative's current day -----------------------------------------------------------

def test_a_wire_story_narrates_its_day_after_stating_it_once():
    text = ("KESTRAL, March 6 (Harbor Wire) - Rebels seized the northern airport on Friday, "
            "army officials said. Government troops withdrew to the coast. "
            "Later, the rebels marched on the port.")
    assert rows(text) == [
        ("Rebels seized", "2021-03-05", "seize", "clause"),
        ("Government troops", "2021-03-05", "withdraw", "narrative"),
        ("Later, the", "2021-03-05", "march", "narrative")]


def test_sport_the_match_day_dates_the_goals_told_after_it():
    text = ("Dunmore Rovers beat Halden City 3-1 on Saturday. Teo Marsh scored twice before "
            "half-time. The visitors pulled one back through a penalty.")
    got = rows(text)
    assert [r[1:] for r in got] == [("2021-03-06", "beat", "clause"),
                                    ("2021-03-06", "score", "narrative"),
                                    ("2021-03-06", "pull", "narrative")]


def test_business_the_quarter_just_reported_dates_its_figures_but_not_the_saying():
    text = ("Corvane Foods reported a third-quarter loss. Revenue fell 8% to $412 million. "
            "The company said demand was weak.")
    got = rows(text, dt.date(2021, 10, 28))
    assert ("Revenue fell", "2021-Q3", "fall", "narrative") in got
    assert not [r for r in got if r[0] == "The company"]  # said today, not in the quarter


def test_politics_a_reporting_clause_after_the_words_is_the_days_event():
    text = ("The senate passed the budget on Thursday. Talks on the next one will open in "
            "May, the majority leader said.")
    got = rows(text)
    assert ("Talks on", "2021-05", "open", "clause") in got or \
        ("Talks on", "2021-05", "say", "sentence") in got  # the sentence has its own date
    text = ("The senate passed the budget on Thursday. The bill will cut farm subsidies, "
            "the majority leader said.")
    assert rows(text)[1] == ("The bill", "2021-03-04", "say", "narrative")


def test_broadcast_today_dates_what_the_reporter_tells_next():
    text = ("Flood water reached the old bridge today. Firefighters carried two families to "
            "safety. They used a borrowed boat.")
    assert [r[1:] for r in rows(text)] == [("2021-03-06", "reach", "clause"),
                                           ("2021-03-06", "carry", "narrative"),
                                           ("2021-03-06", "use", "narrative")]


def test_quoted_words_are_no_event_but_their_attribution_is():
    text = ('The minister resigned on Friday. "I will not serve under him," she told '
            'reporters. "Never."')
    assert rows(text)[1:] == [('"I will', "2021-03-05", "tell", "narrative")]


# --- What moves the story to another time --------------------------------------------------

@pytest.mark.parametrize("between", [
    "The company will appeal the ruling.",  # a future
    "The fines had been rising, and the bank admitted it.",  # a coordinated verb is no attribution
    "The firm had warned of losses in 2019.",  # another date
    "The firm had warned of losses.",  # a past perfect
    "The company previously denied any wrongdoing.",  # before the day
])
def test_a_future_a_past_perfect_or_another_date_ends_the_day(between):
    text = f"A court fined Velda Bank $2 million on Friday. {between} Shares fell 4%."
    assert [r for r in rows(text) if r[3] == "narrative"] == []


def test_a_present_tense_is_no_event_of_the_day_but_keeps_it():
    text = ("Engineers restored power on Thursday. The grid is old. Crews replaced a cable.")
    assert [r[0] for r in rows(text) if r[3] == "narrative"] == ["Crews replaced"]


def test_the_day_holds_for_a_few_sentences_only():
    filler = " ".join(f"Volunteers filled {n} sandbags." for n in range(10, 19))
    got = rows(f"The river burst its banks on Friday. {filler}")
    assert 0 < len([r for r in got if r[3] == "narrative"]) <= 4


@pytest.mark.parametrize("opening", [
    "The river burst its banks on February 2.",  # a month ago: a background, not the news
    "The river, which burst its banks on Friday, is falling.",  # a relative clause
    "Volume rose to 3 million shares, up from 2 million Thursday.",  # a comparison
    "The council will meet on Monday.",  # a future
    "The council had met on Friday.",  # a past perfect
    "The clerk may have been fired as recently as a week ago.",  # counted back: a background
    "Traders sold the markets that rose Friday.",  # a relative clause opened by "that"
    'Marchers chanted "We want justice today" outside the hall.',  # quoted words
])
def test_dates_that_set_no_current_day(opening):
    text = f"{opening} Officials closed the ring road."
    assert [r for r in rows(text) if r[3] == "narrative"] == []


def test_without_a_publication_date_no_narrative_events():
    text = "Rebels seized the airport on March 5, 2021. Troops withdrew to the coast."
    assert [r[3] for r in rows(text, None)] == ["clause"]


def test_a_headline_or_a_metadata_line_is_no_narrated_sentence():
    text = ("Storm closes port\n\nThe harbour closed on Friday, the port authority said.\n\n"
            "Published: March 6, 2021\n\nFishermen waited on the quay.")
    got = rows(text)
    assert [r[0] for r in got] == ["The harbour", "Fishermen waited"]


# --- How each event got its date -------------------------------------------------------------

@pytest.mark.parametrize("text, link", [
    ("The mayor opened the new library on Tuesday.", "clause"),  # the date's own clause
    ("Tuesday's vote split the council.", "clause"),  # a nominal event the date modifies
    ("On Tuesday, the mayor opened the library.", "clause"),  # a fronted date
    ("In March, sales at the store, which analysts follow closely, fell.", "clause"),
])
def test_the_date_link_of_an_events_own_date(text, link):
    assert [e.date_link for e in events_of(text)][:1] == [link]


def test_the_date_link_values_are_the_schemas():
    assert set(Events.to_schema().columns["date_link"].checks[0].statistics["allowed_values"]) \
        == set(DATE_LINKS)


def test_the_event_rows_carry_the_date_link():
    text = "The harbour closed on Friday, the port authority said. Fishermen waited on the quay."
    result = extract_article(Article("wire/2", "wire/2.txt", text, "utf-8", published=PUB))
    assert [r["date_link"] for r in event_rows(result)] == ["clause", "narrative"]


@pytest.mark.parametrize("text, action", [
    ("Friday's robbery left the market stalls empty.", "robbery"),
    ("The clashes on Saturday injured four officers.", "clash"),
    ("Rovers sealed the derby victory on Sunday.", "seal"),
])
def test_nominal_events_with_a_date(text, action):
    assert [e.action for e in events_of(text)][:1] == [action]


def test_a_participle_after_a_subordinator_or_a_possessive_is_no_finite_verb():
    text = ("Police charged the driver on Friday. Although filed as a minor case, it will go "
            "to a jury. Acme's automated gates were shut.")
    assert [r for r in rows(text) if r[3] == "narrative"] == []


def test_contracted_auxiliaries_tell_the_tense_but_a_possessive_is_no_verb():
    text = ("The mill closed on Friday. It hasn't diversified beyond steel. There's nothing "
            "new on why the boiler exploded. Acme's shares fell. The owner wasn't told.")
    assert [r[0] for r in rows(text) if r[3] == "narrative"] == ["Acme's shares", "The owner"]


def test_a_list_heading_is_no_event():
    text = "The club trained on Thursday.\n\nDid not train:\n\nFull back Ron Dale (knee)."
    assert [r for r in rows(text) if r[3] == "narrative"] == []


@pytest.mark.parametrize("form, base", [
    ("forced", "force"), ("divorced", "divorce"), ("collapsed", "collapse"),
    ("glimpsed", "glimpse"), ("bulged", "bulge"), ("acquired", "acquire"),
    ("stopped", "stop"), ("launched", "launch"), ("helped", "help"), ("achieved", "achieve"),
    ("blazed", "blaze"), ("squeezed", "squeeze"), ("pulsed", "pulse"), ("centred", "centre"),
    # a vowel pair before the last consonant: no "e", unless it keeps the consonant soft
    ("pleaded", "plead"), ("treated", "treat"), ("poured", "pour"), ("shooting", "shoot"),
    ("headed", "head"), ("avoided", "avoid"), ("released", "release"), ("voiced", "voice"),
    ("quoted", "quote"), ("guided", "guide"), ("created", "create"), ("evacuated", "evacuate"),
    ("persuaded", "persuade"),
    # one syllable, consonant-vowel-consonant; and the endings that take an "e"
    ("scored", "score"), ("shaped", "shape"), ("blamed", "blame"), ("compared", "compare"),
    ("declined", "decline"), ("described", "describe"), ("escaped", "escape"),
    ("invoked", "invoke"), ("becoming", "become"), ("alleged", "allege"),
    ("completed", "complete"), ("invited", "invite"), ("ranged", "range"),
    ("postponed", "postpone"), ("compiled", "compile"), ("breathed", "breathe"),
    # "-or" after a cluster only; unstressed endings stay bare
    ("restored", "restore"), ("ignored", "ignore"), ("honored", "honor"),
    ("sponsored", "sponsor"), ("focused", "focus"), ("biased", "bias"), ("pivoted", "pivot"),
    ("visited", "visit"), ("abandoned", "abandon"),
    # "ng": "bringing" is no "bringe", "belonged" no "belonge"
    ("bringing", "bring"), ("belonged", "belong"), ("hanged", "hang"),
    # doubled letters: British "l", "ck" after "ic"; "ff", "ss", "ll" stay
    ("controlled", "control"), ("cancelled", "cancel"), ("installed", "install"),
    ("panicked", "panic"), ("handpicked", "handpick"), ("rebuffed", "rebuff"),
    ("staffing", "staff"),
    # "-eed" and "-eeing"
    ("guaranteed", "guarantee"), ("fleeing", "flee"), ("proceed", "proceed"),
])
def test_regular_verb_forms_take_their_base(form, base):
    from newsledger.extract.verbs import lemma, regular_lemma
    assert (lemma(form) or regular_lemma(form)) == base


@pytest.mark.parametrize("noun", ["lightning", "hamstring", "wedding", "hatred", "clothing",
                                  "upcoming", "wrongdoing"])
def test_nouns_in_ing_are_no_verb_forms(noun):
    from newsledger.extract.verbs import regular_lemma
    assert regular_lemma(noun) is None


