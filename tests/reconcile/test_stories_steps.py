"""The steps of a proceeding that runs for weeks (``newsledger.reconcile.stories_steps``): a
trial's opening and its verdict, a takeover's approach and its agreed deal, a club's offer for
a player and his signing, a missing person's appeal and the charge are one story though weeks
apart; two verdicts (co-defendants' trials),
two strike days or two months' figures are not. Sentences written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all
from newsledger.ingest.normalize import normalize_text
from newsledger.reconcile.stories import StoryItem, cluster, profiles_of
from newsledger.reconcile.stories_steps import (protagonists_meet, steps_date_factor,
                                                  steps_of_one)


def _steps(text: str) -> frozenset[str]:
    keys = extract_all(normalize_text(text), None).keys
    item = StoryItem("a", None, dict(keys.terms), keys.dateline_day)
    return profiles_of([item, item])[0].steps


@pytest.mark.parametrize("text, expected", [
    ("A former mayor went on trial on Monday accused of fraud. He denies the charge and has "
     "pleaded not guilty, the jury was told.", {"trial:course"}),
    ("The jury convicted the former mayor of fraud after a three-week trial.",
     {"trial:outcome"}),
    ("A brewer said it had received a takeover approach from a rival.", {"takeover:course"}),
    ("Drivers walked out in a bid to win a better offer, and union leaders agreed to talks.",
     set()),  # a dispute's offer is a pay offer
    ("Nurses at the hospital trust accepted the revised pay offer, and the deal was signed.",
     set()),
    ("A food group rejected a 310p-a-share offer from a private equity firm.",
     {"takeover:course"}),
    ("The club turned down a second offer for their goalkeeper.", {"takeover:course"}),
    ("The midfielder signed a three-year contract after his club accepted an improved offer.",
     {"takeover:outcome"}),
    ("The drug cleared its final trial, the company said.", {"trial:course"}),
    ("The brewer agreed to a takeover after its rival raised its bid.", {"takeover:outcome"}),
    ("Police appealed for help to find a teenager missing since Friday.", {"missing:course"}),
    ("The missing teenager was found safe and a man was charged.", {"missing:outcome"}),
    # no proceeding: a strike day, a monthly figure, a storm
    ("Train drivers walked out on Thursday after rejecting a pay offer.", set()),
    ("Inflation fell to 3.1 percent in March, official figures showed.", set()),
    ("Fallen trees were cleared from the line after the storm.", set()),
    ("The jury cleared her of murder.", {"trial:course"}),  # "cleared" says no more
])
def test_what_step_a_report_is(text, expected):
    assert _steps(text) == expected


@pytest.mark.parametrize("a, b, expected", [
    ({"trial:course"}, {"trial:outcome"}, True),  # an opening and its verdict
    ({"trial:course", "trial:outcome"}, {"trial:course"}, True),  # a story with both, a report
    ({"trial:outcome"}, {"trial:outcome"}, False),  # two verdicts: two trials
    ({"trial:course", "trial:outcome"}, {"trial:outcome"}, False),
    ({"trial:course"}, {"trial:course"}, False),  # two reports of a trial's course: days decide
    ({"trial:course"}, {"takeover:outcome"}, False),  # two proceedings
    (set(), {"trial:outcome"}, False),
])
def test_steps_of_one_proceeding(a, b, expected):
    assert steps_of_one(frozenset(a), frozenset(b)) is expected


@pytest.mark.parametrize("a, b, expected", [
    # the offer's report names the selling club most, the signing's the player: each names both
    (({"e:brayford city"}, {"e:brayford city", "e:kofi mensah", "e:tolleston"}),
     ({"e:kofi mensah"}, {"e:kofi mensah", "e:brayford city"}), True),
    # two trials at one court: neither report names the other's defendant
    (({"e:dean foley"}, {"e:dean foley", "e:old bailey"}),
     ({"e:ryan teague"}, {"e:ryan teague", "e:old bailey"}), False),
    # one names the other's protagonist, not the other way round
    (({"e:dean foley"}, {"e:dean foley", "e:ryan teague"}),
     ({"e:ryan teague"}, {"e:ryan teague", "e:old bailey"}), False),
])
def test_protagonists_meet_when_each_report_names_the_others(a, b, expected):
    (most_a, names_a), (most_b, names_b) = a, b
    assert protagonists_meet(frozenset(most_a), frozenset(names_a), frozenset(most_b),
                             frozenset(names_b)) is expected


def test_steps_join_for_weeks_not_months():
    assert steps_date_factor(2) == 1.0
    assert 0.4 < steps_date_factor(30) < 0.6
    assert steps_date_factor(60) == steps_date_factor(90) == 0.0


def _items(rows: list[tuple[str, str, str]]) -> list[StoryItem]:
    items = []
    for sid, published, text in rows:
        day = dt.date.fromisoformat(published)
        keys = extract_all(normalize_text(text), day).keys
        items.append(StoryItem(sid, day, dict(keys.terms), keys.dateline_day))
    return items


OPENING = ("Former Redbank council leader Carl Ostrowski went on trial at Leeds Crown Court on "
           "Monday accused of taking bribes from a builder over a housing estate. Ostrowski, "
           "61, denies six counts of bribery, the jury was told.")
OPENING_LOCAL = ("Redbank's former council leader Carl Ostrowski took cash from a builder in "
                 "return for planning votes, a jury at Leeds Crown Court heard yesterday as his "
                 "trial opened. Ostrowski denies bribery.")
VERDICT = ("Former Redbank council leader Carl Ostrowski was convicted of bribery at Leeds Crown "
           "Court on Thursday after a four-week trial over a housing estate. The jury cleared "
           "him of one count.")
VERDICT_TV = ("The former leader of Redbank council, Carl Ostrowski, has been convicted of "
              "taking bribes from a builder. The jury at Leeds Crown Court took six hours to "
              "reach its verdicts.")


def test_a_trial_is_one_story_from_opening_to_verdict():
    items = _items([("opening", "2026-04-06", OPENING), ("opening-local", "2026-04-07",
                                                         OPENING_LOCAL),
                    ("verdict", "2026-05-07", VERDICT), ("verdict-tv", "2026-05-07",
                                                         VERDICT_TV)])
    assert cluster(items) == [[0, 1, 2, 3]]


def test_a_verdict_months_after_the_opening_is_apart():
    items = _items([("opening", "2026-01-05", OPENING), ("opening-local", "2026-01-06",
                                                        OPENING_LOCAL),
                    ("verdict", "2026-05-07", VERDICT), ("verdict-tv", "2026-05-07",
                                                         VERDICT_TV)])
    assert cluster(items) == [[0, 1], [2, 3]]


def test_two_trials_at_one_court_are_two_stories():
    """An opening and a verdict three weeks apart at one court, in one town, of two
    defendants: the steps of two proceedings (their protagonists differ), two stories."""
    items = _items([
        ("a-opening", "2026-04-06", "A man accused of murdering his neighbour in a row over "
         "parking went on trial at the Old Bailey on Monday. Dean Foley, 44, of Enfield, denies "
         "murdering Kevin Marsh, 52, the jury was told."),
        ("a-opening-local", "2026-04-07", "Dean Foley stabbed his neighbour Kevin Marsh after "
         "years of rows over a parking space, a jury at the Old Bailey heard yesterday. Foley, "
         "44, denies murder."),
        ("b-verdict", "2026-04-28", "A man was convicted at the Old Bailey on Tuesday of "
         "murdering a shopkeeper in Enfield during a robbery. Jurors found Ryan Teague, 29, "
         "guilty of the murder of Sunil Mehta, 61. The verdict came after a two-week trial."),
        ("b-verdict-tv", "2026-04-28", "Ryan Teague has been found guilty of murdering Enfield "
         "shopkeeper Sunil Mehta. The jury at the Old Bailey took five hours to reach its "
         "verdict. Teague will be sentenced next month."),
    ])
    assert cluster(items) == [[0, 1], [2, 3]]


def test_a_transfer_is_one_story_from_first_offer_to_signing():
    """A club's rejected offer for a goalkeeper, its second offer nine days on and his signing
    three weeks after the first: one pursuit of one player. The offers' reports name the
    selling club most, the signing's the player."""
    items = _items([
        ("offer", "2026-07-01", "Brayford City have rejected an offer of 6 million pounds from "
         "Tolleston for goalkeeper Kofi Mensah. Brayford City manager Alan Rudd said the "
         "goalkeeper was not for sale. Brayford City want 9 million."),
        ("second-offer", "2026-07-10", "Tolleston have returned with a second offer of 8 "
         "million pounds for Brayford City goalkeeper Kofi Mensah. Brayford City said they "
         "would consider it. Mensah has a year left on his Brayford City contract."),
        ("signed", "2026-07-22", "Tolleston have signed goalkeeper Kofi Mensah from Brayford "
         "City on a five-year contract. Mensah, 26, said he was delighted. Brayford City had "
         "rejected two offers for Mensah this month, and Mensah kept 14 clean sheets last "
         "season."),
    ])
    assert cluster(items) == [[0, 1, 2]]


def test_a_strike_day_and_the_deal_weeks_later_are_two_stories():
    """A strike over a pay offer and the deal the union agrees five weeks later: a dispute's
    steps are no takeover's (``lexicon.proceedings.NOT_IN``)."""
    items = _items([
        ("strike", "2026-03-05", "Bus drivers at Harrowgate Coaches walked out on Thursday after "
         "rejecting a pay offer of 4 percent. The Unite union said the offer was too low."),
        ("deal", "2026-04-09", "Bus drivers at Harrowgate Coaches have agreed a new pay offer "
         "of 6 percent, ending their dispute. The Unite union said members had voted to accept "
         "the offer."),
    ])
    assert cluster(items) == [[0], [1]]
