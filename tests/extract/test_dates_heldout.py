"""Dates and dated events in the styles of the held-out news: BBC-style UK reports, US wire
copy with datelines, broadcast transcripts and sport. Every text here is made up for these
tests (invented names and places)."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all

MONDAY = dt.date(2019, 1, 21)  # a Monday: "this week" and "last week" are the easy to get wrong


def dates(text: str, published: dt.date | None = MONDAY) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_all(text, published).dates]


def events(text: str, published: dt.date | None = MONDAY) -> list[tuple[str, str]]:
    return [(e.action, e.date.value) for e in extract_all(text, published).events]


# --- Names that hold a weekday or a day word --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mrs Hale told the Sunday Times that she had no regrets.",
    "In an interview with the Mail on Sunday, the minister defended the plan.",
    "He wrote a weekly column for the Independent on Sunday.",
    "The Sunday Mirror claimed the deal was dead. The Sunday Telegraph disagreed.",
    "Speaking on Sunday Politics, Mr Evans defended the cuts.",
    "The singer has performed on Saturday Night Live twice.",
    "Fans watched Monday Night Football at the bar.",
    "She presented Tomorrow's World for ten years.",
    "The comedian will appear on The Tonight Show.",
])
def test_papers_and_programmes_are_no_days(text: str) -> None:
    assert dates(text) == []


def test_sheffield_wednesday_alone_is_the_club() -> None:
    text = ("Hartwell Rovers beat Sheffield Wednesday 2-1 at Elmfield Park on Tuesday night. "
            "Dan Price scored after 22 minutes, but Wednesday equalised in the second half.")
    assert dates(text) == [("Tuesday night", "2019-01-15")]


def test_a_wednesday_introduced_is_a_day_beside_the_club() -> None:
    text = "Sheffield Wednesday sacked their manager on Wednesday."
    assert dates(text) == [("Wednesday", "2019-01-16")]


def test_weekday_in_running_text_stays_a_day() -> None:
    assert dates("The Sunday vote was close.") == [("Sunday", "2019-01-20")]
    assert dates("Tomorrow the council meets.") == [("Tomorrow", "2019-01-22")]


# --- Durations and sets --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Treasury estimated the scheme would cost $4bn over the next decade.",
    "Wages have fallen behind prices in the last decade.",
    "Protesters march through the town every year in May.",
])
def test_durations_and_sets_give_no_date(text: str) -> None:
    assert dates(text) == []


# --- The happening a future clause dates -------------------------------------------------------

def test_a_verb_after_a_modal_is_the_dated_happening() -> None:
    text = ("Sen. Martha Reyes, D-N.M., said she would march with teachers in Albuquerque on "
            "Saturday.")
    assert events(text) == [("march", "2019-01-26")]
    text = "A spokeswoman said the department would issue guidance by mid-February."
    assert events(text) == [("issue", "2019-02")]
    text = "Qantira will almost double its flights to India by August."
    assert events(text) == [("double", "2019-08")]


def test_no_verb_after_an_inverting_modal() -> None:
    assert [a for a, _ in events("But what will things be like next year?")] != ["things"]
    assert [a for a, _ in events("Senators will most likely vote on the bill on Monday.")] == \
        ["vote"]


# --- British days, seasons of sport, a weekday that names a day just given ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Fireworks were banned across the city on Bonfire Night.", [("Bonfire Night", "2018-11-05")]),
    ("Parades were held on St Patrick's Day.", [("St Patrick's Day", "2018-03-17")]),
    ("Revellers gathered in the square for Hogmanay.", [("Hogmanay", "2018-12-31")]),
    ("Wreaths were laid on Remembrance Sunday.", [("Remembrance Sunday", "2018-11-11")]),
])
def test_british_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


def test_a_season_across_two_years_is_no_one_year() -> None:
    assert dates("Rovers finished third in 2018/19.") == []
    # named a season: its two ends, as "from 2004 to 2005" gives
    assert dates("He joined the club in the 2004-05 season.") == [("2004", "2004"),
                                                                  ("05", "2005")]


def test_a_weekday_in_brackets_names_the_day_before_it() -> None:
    assert dates("The vote is tomorrow (Tuesday).") == [("tomorrow", "2019-01-22"),
                                                        ("Tuesday", "2019-01-22")]


def test_a_shortened_clause_takes_the_tense_of_the_clause_it_shortens() -> None:
    assert dates("The budget will be reviewed in the spring, and again in the autumn.") == \
        [("the spring", "2019-SP"), ("the autumn", "2019-FA")]
    assert dates("Talks will resume in March, and then in June.") == \
        [("in March", "2019-03"), ("in June", "2019-06")]
    assert dates("The plant closed in March, and again in June.") == \
        [("in March", "2018-03"), ("in June", "2018-06")]


# --- British forms of a day: a week after a weekday, a weekday with its day number -------------

@pytest.mark.parametrize("text, expected", [
    ("The hearing resumes on Tuesday week.", [("Tuesday week", "2019-01-29")]),
    ("The hearing resumes a week on Thursday.", [("a week on Thursday", "2019-01-31")]),
    ("She was last seen a week last Saturday.", [("a week last Saturday", "2019-01-12")]),
    ("Kick-off is on Saturday 26th.", [("Saturday 26th", "2019-01-26")]),
    ("The club was fined after the game on Saturday the 19th.",
     [("Saturday the 19th", "2019-01-19")]),
    ("The inquest opens on Friday the 1st.", [("Friday the 1st", "2019-02-01")]),
    ("The council met on 3 December. On the 12th it voted to close the library.",
     [("3 December", "2018-12-03"), ("the 12th", "2018-12-12")]),
    ("The by-election will be held on the 7th.", [("the 7th", "2019-02-07")]),
    ("Kick-off is at 3pm on Saturday 26th.", [("at 3pm", "2019-01-26"),
                                              ("Saturday 26th", "2019-01-26")]),
    ("ANCHOR: Police were called to the flat on the 18th.", [("the 18th", "2019-01-18")]),
    ("Nurses will strike on the 15th and 16th of February.",
     [("the 15th", "2019-02-15"), ("16th of February", "2019-02-16")]),
    ("Car sales boomed in the 1960s and 70s.", [("the 1960s", "196"), ("70s", "197")]),
    ("Crowds flocked to the coast on the August bank holiday.",
     [("August bank holiday", "2018-08-27")]),
    ("Engineering works are planned for the Easter bank holiday weekend.",
     [("Easter bank holiday weekend", "2019-W16-WE")]),
])
def test_british_forms_of_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Saturday 3rd XI lost again.", [("Saturday", "2019-01-19")]),  # a team, no day number
    ("On Monday week one of the course begins.", [("Monday", "2019-01-21")]),
    ("Pensioners in their 70s and 80s were hurt.", []),  # ages
])
def test_british_forms_that_are_not_those_days(text: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# --- A quarter written "Q3", a forecast with "could" -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ticket sales in Q3 were down 4%.", [("Q3", "2018-Q3")]),
    ("Its Q4 profit fell to £84m.", [("Q4", "2018-Q4")]),
    ("Profits rose in Q3 2016.", [("Q3 2016", "2016-Q3")]),
    ("The Audi Q3 is a small SUV.", []),  # a product
    ("Hartwell Motors sold 400 Q5 models.", []),
])
def test_a_quarter_without_its_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Forecasters warned that 80mm of rain could fall by Thursday.", [("Thursday", "2019-01-24")]),
    ("The vote could come on Friday, aides said.", [("Friday", "2019-01-25")]),
    # the past of "can"
    ("Residents said they could see the smoke on Saturday.", [("Saturday", "2019-01-19")]),
    ("The mayor could not attend on Friday.", [("Friday", "2019-01-18")]),
    ("Rovers could have won it on Saturday.", [("Saturday", "2019-01-19")]),
])
def test_could_looks_ahead_unless_it_is_the_past_of_can(text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# --- The quarter or half a British statistic or interim result covers --------------------------

@pytest.mark.parametrize("text, expected", [
    ("Unemployment fell to 4.1% in the three months to December.",
     [("the three months to December", "2018-Q4")]),
    ("Pre-tax profit rose 23% to £412m in the six months to June 30.",
     [("the six months to June 30", "2018-H1")]),
    ("Sales rose in the six months ended 31 December 2017.",
     [("the six months ended 31 December 2017", "2017-H2")]),
    ("Wages rose 3% in the three months to May.", [("to May", "2018-05")]),  # no quarter
])
def test_months_to_a_quarter_or_half_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


def test_a_name_in_a_noun_phrase_after_and_is_no_plural_subject() -> None:
    # "and made his England debut in March": a past debut, not "England debut" (a side's
    # schedule, as "He and Arafat meet on Monday" is a schedule)
    text = ("Hartley, who came through the academy at Villa Park, scored nine goals last season "
            "and made his England debut against Slovakia in March.")
    assert ("in March", "2025-03") in dates(text, dt.date(2025, 8, 29))
    assert ("Monday", "2025-09-01") in dates("He and Arafat meet on Monday.", dt.date(2025, 8, 29))


# --- A week named by its last day; a happening's day named before its time --------------------

@pytest.mark.parametrize("text, expected", [
    # Saturday 19 January 2019 ends ISO week 3; Sunday 13 January ends week 2
    ("Sales rose 4% in the week ending 19 January, the retailer said.",
     [("the week ending 19 January", "2019-W03")]),
    ("In the week to Sunday 13 January, 900 people attended A&E.",
     [("the week to Sunday 13 January", "2019-W02")]),
    ("Jobless claims fell in the week ended Jan. 12, 2019.",
     [("the week ended Jan. 12, 2019", "2019-W02")]),
])
def test_the_week_ending_a_day_is_that_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kick-off on Saturday is at 3pm.", ("Saturday", "2019-01-26")),
    ("The vote on Tuesday is due to start at noon.", ("Tuesday", "2019-01-22")),
    # a happening past, then what it is now: the day before publication's
    ("The attack on Saturday is the latest in a series.", ("Saturday", "2019-01-19")),
    ("The match on Saturday was at 3pm.", ("Saturday", "2019-01-19")),
])
def test_a_happenings_day_before_its_time_ahead(text: str, expected: tuple[str, str]) -> None:
    assert dates(text)[0] == expected
