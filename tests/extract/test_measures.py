"""What a claim counts (measure) and when (period): text -> expected measure, and the numbers
that count nothing comparable. All sentences are written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.measures import measure_key, plural
from newsledger.records import DateMention
from tests.extract.test_claims import _entity, claims


def measures(text: str, *names: str, dates=()) -> dict[str, str | None]:
    ents = [_entity(text, n, kind="organization") for n in names if n in text]
    return {c.value_text: c.measure for c in claims(text, entities=ents, dates=dates)}


@pytest.mark.parametrize("text, value_text, measure", [
    ("West garnered little more than 60,000 votes.", "60,000 votes", "votes received"),
    ("Acme won 22 states.", "22 states", "states won"),
    ("A fire at Acme killed three workers.", "three workers", "workers killed"),
    ("Twelve people were killed at Acme.", "Twelve people", "people killed"),
    ("Another 32 people were hurt at Acme.", "32 people", "people injured"),
    ("Acme said 400 people were evacuated.", "400 people", "people evacuated"),
    ("The storm claimed 14 lives at Acme.", "14 lives", "people killed"),
    ("Acme said it would cut 650 jobs.", "650 jobs", "jobs cut"),
    ("Acme made a pre-tax profit of £2.4bn.", "£2.4bn", "pre-tax profit"),
    ("The damage at Acme was estimated at $350,000.", "$350,000", "damage"),
    ("The storm caused $2 million in damage at Acme.", "$2 million", "damage"),
    ("Acme's revenue rose to $9.8bn.", "$9.8bn", "revenue"),
    ("Acme's profits rose 5% to $2bn.", "5%", "profit rise"),
    ("Acme shares fell 2 percent.", "2 percent", "share price fall"),
    ("Turnout at Acme was 41.3%.", "41.3%", "turnout"),
    ("Acme drew a crowd of 40,000.", "40,000", "attendance"),
    ("Acme took £4.2m at the UK box office.", "£4.2m", "box office takings"),
    ("Acme's film has 11 Bafta nominations.", "11 Bafta nominations", "nominations (bafta)"),
    ("Acme got seven nominations at the Golden Globes.", "seven nominations",
     "nominations (golden globes)"),
    ("Acme's founder was jailed for 12 years.", "12 years", "prison sentence"),
    ("Acme got 10,188 of its votes in Tennessee.", "10,188 of its votes",
     "votes received in tennessee"),
    ("Acme got 12,000 votes from Ohio.", "12,000 votes", "votes received in ohio"),
    ("Acme killed seven people in Wales.", "seven people", "people killed"),  # the story's place
    ("Acme won 49.8 percent of the vote in Iowa.", "49.8 percent", "vote share in iowa"),
    ("Acme left 40,000 homes without power.", "40,000 homes", "homes without power"),
    ("At Acme, 38,000 homes had no electricity.", "38,000 homes", "homes without power"),
    ("More than 2,000 protesters marched past Acme.", "2,000 protesters", "people protesting"),
    ("Organisers said 10,000 people joined the march at Acme.", "10,000 people",
     "people protesting"),  # "march" the noun is not a month
    ("Acme offered £1.5bn for Northwind.", "£1.5bn", "bid"),
    ("Acme reported first-quarter revenue of $4.2 billion.", "$4.2 billion",
     "revenue (first-quarter)"),
    ("The Acme blast killed 12 and injured 30.", "30", "people injured"),
    ("Acme's earnings were $0.98 a share.", "$0.98", "profit per share"),
    ("About 120 firefighters fought the blaze at Acme.", "120 firefighters", "firefighters"),
    ("More than 300 flights were cancelled at Acme.", "300 flights", "flights cancelled"),
    ("Twelve people were taken to hospital from Acme.", "Twelve people", "people injured"),
    ("Acme raised $21 million in January.", "$21 million", "funds raised (january)"),
    ("Acme won by 1,800 votes.", "1,800 votes", "margin of victory"),
    ("The death toll at Acme rose to 14.", "14", "people killed"),
    ("Twelve people are feared dead at Acme.", "Twelve people", "people killed"),
    ("Acme won in front of 35,000 fans.", "35,000 fans", "attendance"),
    ("Acme is to axe 300 jobs.", "300 jobs", "jobs cut"),
    ("Acme said 300 staff would lose their jobs.", "300 staff", "staff laid off"),
    ("Acme's profits jumped 20% to £1.2bn.", "£1.2bn", "profit"),
    ("Acme's inflation rate is two point five percent.", "two point five percent",
     "inflation"),
    # an economy's growth is its output's; average earnings are wages, not profits
    ("Acme's economy grew by 0.6% last year.", "0.6%", "gdp rise (last year)"),
    ("At Acme, average weekly earnings rose 7.8%.", "7.8%", "wage rise"),
    ("Acme passed a $95 billion aid package.", "$95 billion", "aid"),
    # a count of people whose fate is known, understood or reported ("are now known to have
    # died"); help for the hit however it is worded
    ("Fourteen people are now known to have died at Acme.", "Fourteen people", "people killed"),
    ("Nine people are understood to have been injured at Acme.", "Nine people",
     "people injured"),
    ("Six people at Acme are said to have been arrested.", "Six people", "people arrested"),
    ("Acme announced an emergency fund of £25m.", "£25m", "aid"),
    ("Acme announced a £1.5bn support package for farmers.", "£1.5bn", "aid"),
    # "up" and "down" as a verb's particle are no change ("set up a fund", "turned down a bid")
    ("Acme set up a £2m fund for flood victims.", "£2m", "fund"),
    ("Acme turned down a £30m bid for the striker.", "£30m", "bid"),
    ("Acme shares were up 5% at 210p.", "5%", "share price rise"),
    # an amount's noun after it only, and a change set beside an amount before it (the first
    # look of ``amounts`` reads each side on its own)
    ("Acme took $3bn in sales.", "$3bn", "revenue"),
    ("Acme shares closed at 210p, up 5%.", "5%", "share price rise"),
    # a toll's change and the level it reached; the labour market's counts
    ("The death toll at Acme rose by three to 17.", "three", "people killed rise"),
    ("The death toll at Acme rose by three to 17.", "17", "people killed"),
    ("Unemployment at Acme rose by 50,000 to 1.6 million.", "50,000", "people unemployed rise"),
    ("Unemployment at Acme rose by 50,000 to 1.6 million.", "1.6 million", "people unemployed"),
    ("The jobless total at Acme fell to 1.52 million.", "1.52 million", "people unemployed"),
    # a central bank's decision; people told to leave their homes
    ("Acme held rates at 4.75%.", "4.75%", "interest rate"),
    ("Acme cut rates by 0.25 percentage points.", "0.25 percentage points", "interest rate fall"),
    ("About 12,000 residents near Acme were ordered to leave.", "12,000 residents",
     "people evacuated"),
])
def test_measures(text, value_text, measure):
    assert measures(text, "Acme", "West")[value_text] == measure


@pytest.mark.parametrize("text, value_text", [
    ("Acme's chief, 54, spoke.", "54"),  # an age
    ("Acme's boss is a 43-year-old.", "43-year-old"),
    ("Acme fought the fire for six hours.", "six hours"),  # a duration
    ("Acme are four points clear.", "four points"),  # a standing
    ("Acme has scored 13 goals.", "13 goals"),  # a score
    ("Acme made $158.8m.", "$158.8m"),  # money that names no measure
    ("Acme has 120 quiet corners.", "120 quiet corners"),  # a count noun with no measure
    ("Acme needs 1,237 delegates.", "1,237 delegates"),  # a goal
    ("If Acme won 60 delegates, it would lead.", "60 delegates"),  # hypothetical
    ("Acme reached the 1,237 delegates needed.", "1,237 delegates"),  # a reference
    ("Acme won eight of the past nine contests.", "nine contests"),  # a selection
    ("Four in 10 voters back Acme.", "Four in 10"),  # a proportion (a fraction)
    ("Acme sent it to the full 187-member committee.", "187-member"),  # a description
    ("Acme has 45 percent in a new poll.", "45 percent"),  # which poll is not known
    ("Acme is 11 nominations ahead.", "11 nominations"),  # which award is not known
    ("Acme has raised $6 million.", "$6 million"),  # a running total with no period
    ("The Acme jet's fares went from 210 to 250 dollars.", "210"),  # a change, not a range
    ("Acme is spending $1.5 million on ads.", "$1.5 million"),
    ("Two Acme guards were posted at each gate.", "Two Acme guards"),  # per gate, no total
    ("Acme now has at least 723 delegates.", "723 delegates"),  # a running total
    ("Acme won three of the previous four contests.", "four contests"),  # a selection
])
def test_no_comparable_measure(text, value_text):
    assert measures(text, "Acme")[value_text] is None


def _year(text: str, expr: str, value: str) -> DateMention:
    start = text.index(expr)
    return DateMention(start, start + len(expr), expr, value, "year",
                       dt.date(int(value), 1, 1), "absolute", "test")


@pytest.mark.parametrize("text, expr, value, period", [
    ("Acme made a pre-tax profit of £2.1bn in 2024.", "2024", "2024", "2024"),
    ("In 2023, Acme made a pre-tax profit of £1.8bn.", "2023", "2023", "2023"),
    ("Acme made a pre-tax profit of £2.1bn, the best since 2004.", "2004", "2004", None),
    ("Acme made a pre-tax profit of £2.1bn and plans to expand in 2026.", "2026", "2026",
     None),
])
def test_period_is_the_date_attached_to_the_number(text, expr, value, period):
    got = claims(text, entities=[_entity(text, "Acme", kind="organization")],
                 dates=[_year(text, expr, value)])
    assert [c.period for c in got if c.value_text.startswith("£")] == [period]


@pytest.mark.parametrize("text, measure", [
    ("Acme's pre-tax profit last year was £1.8bn.", "pre-tax profit (last year)"),
    ("This year Acme's pre-tax profit was £2.1bn.", "pre-tax profit (this year)"),
])
def test_unresolved_period_phrases_scope_the_measure(text, measure):
    assert list(measures(text, "Acme").values()) == [measure]


@pytest.mark.parametrize("text, value", [
    ("Turnout was one point three per cent.", 1.3),
    ("Inflation hit two point oh five percent.", 2.05),
])
def test_decimals_written_as_words(text, value):
    got = claims(text)
    assert [round(c.value, 6) for c in got] == [value]
    assert got[0].unit == "percent"


def test_measure_key_and_plural():
    assert measure_key("Kanye West", "votes received", None, "vote") == \
        "kanye west|votes received||vote"
    assert measure_key(None, None, "2004", None) == "||2004|"
    assert [plural(w) for w in ("person", "vote", "electoral vote", "country", "box")] == [
        "people", "votes", "electoral votes", "countries", "boxes"]


# One count, several wordings: outlets that report the same number must give it one measure
# and one unit, or it is never compared (the stories of tests/data/stories/lookalikes.jsonl).
@pytest.mark.parametrize("wordings, measure, unit", [
    (("The river burst its banks at Acme, flooding 60 homes.",
      "At Acme, 62 homes were flooded on Friday.",
      "Water swamped 35 houses near Acme.",
      "The storm inundated 40 homes around Acme.",
      "At Acme, at least 200 homes are under water."), "homes flooded", "home"),
    (("Acme made a pre-tax profit of £1.2bn.",
      "Acme said annual profit before tax rose to £1.21 billion.",
      "Acme's pretax profit was £40m."), "pre-tax profit", "gbp"),
    (("A fire at Acme injured two crew members.",
      "A fire broke out at Acme, injuring two crew members.",
      "Acme says three crew members were hurt in the fire.",
      "Acme said three crew were injured."), "crew injured", "crew"),
    (("The flood at Acme forced about 140 people to leave their houses.",
      "About 140 residents of Acme were evacuated.",
      "At Acme, 80 people were moved to a rest centre.",
      "About 140 people spent the night at the Acme Theatre rest centre."),
     "people evacuated", "person"),
    (("Acme held its Bank Rate at 5.25% on Thursday.",
      "Acme kept interest rates at 5.25% yesterday.",
      "Acme cut its base rate to 5%."), "interest rate", "percent"),
])
def test_one_count_one_measure(wordings, measure, unit):
    for text in wordings:
        got = [c for c in claims(text, entities=[_entity(text, "Acme", kind="organization")])
               if c.measure]
        assert [(c.measure, c.unit) for c in got] == [(measure, unit)], text


@pytest.mark.parametrize("text, value_text", [
    ("A poll of 1,737 registered voters put Acme ahead.", "1,737 registered voters"),
    ("Acme surveyed 1,051 adults by phone.", "1,051 adults"),
    ("The Acme poll was conducted among 1,358 registered voters.", "1,358 registered voters"),
    ("Acme's study of 2,400 patients ran for a year.", "2,400 patients"),
    ("Forty people were taken to the Acme leisure centre.", "Forty people"),  # no shelter
])
def test_poll_samples_and_unclear_moves_are_not_measures(text, value_text):
    assert measures(text, "Acme")[value_text] is None


@pytest.mark.parametrize("text, ends", [
    ("Between 30 and 40 people were hurt at Acme.",
     [("30", 30, "at_least"), ("40 people", 40, "at_most")]),
    ("Acme said 30 to 40 people were hurt.", [("30", 30, "at_least"), ("40 people", 40, "at_most")]),
    ("Acme said 30-40 people were hurt.", [("30", 30, "at_least"), ("40 people", 40, "at_most")]),
    ("The Acme jet seats between 210 and 250 passengers.",
     [("210", 210, "at_least"), ("250 passengers", 250, "at_most")]),
])
def test_a_range_is_two_ends_of_one_measure(text, ends):
    got = claims(text, entities=[_entity(text, "Acme", kind="organization")])
    assert [(c.value_text, c.value, c.qualifier) for c in got] == ends
    assert len({(c.measure, c.unit) for c in got}) == 1 and got[0].measure


@pytest.mark.parametrize("text", [
    "Acme stock fell $1.125 to $13.625 in trading.",  # a change, then the level reached
    "Acme shares rose from 30 to 40 pence.",
    "Acme won 3-2 at home.",  # a score
    "Delegates at Acme voted 89 to 52.",  # a tally
])
def test_not_a_range(text):
    assert all(c.qualifier == "exact" for c in claims(text))


def test_a_capitalized_name_after_a_number_is_no_unit_alias():
    got = claims("Acme paid for 10 House of Commons members to fly out.")
    assert [c.unit for c in got if c.value == 10] == [None]
