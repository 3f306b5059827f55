"""Claims on held-out styles of news: British market reports, courts, prices, wires.

Run through every extractor (``extract_all``), as the pipeline does. All sentences are written
for these tests (invented names).
"""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all

_DAY = dt.date(2026, 11, 10)


def _claim(text: str, value_text: str):
    got = [c for c in extract_all(text, _DAY).claims if c.value_text == value_text]
    assert got, f"no claim {value_text!r}"
    return got[0]


# (text, value, measure, subject): the level a change reached has the measure of the change
@pytest.mark.parametrize("text, value, measure, subject", [
    ("Shares in Harcourt Foods rose 8p to 573p after the grocer's results.", "573p",
     "share price", "Harcourt Foods"),
    ("Shares in Harcourt Foods rose 8p to 573p after the grocer's results.", "8p",
     "share price rise", "Harcourt Foods"),
    ("Oil prices jumped on Tuesday. US crude rose 87 cents to $55.17 a barrel.", "$55.17",
     "oil price", None),
    ("Oil prices jumped on Tuesday. US crude rose 87 cents to $55.17 a barrel.", "87 cents",
     "oil price rise", None),
    ("Brent crude climbed 1.2% to $61.40 in London trading.", "$61.40", "oil price", None),
    ("Revenue at Delmore Group rose 3% to £2.1bn.", "£2.1bn", "revenue", "Delmore Group"),
    # a change written after its number
    ("Shares in Brackwell Bank closed 3.2% higher at 214.5p.", "3.2%", "share price rise",
     "Brackwell Bank"),
    ("Shares in Brackwell Bank closed 3.2% higher at 214.5p.", "214.5p", "share price",
     "Brackwell Bank"),
    ("Shares in Brackwell Bank ended 4% lower.", "4%", "share price fall", "Brackwell Bank"),
])
def test_level_after_a_change(text, value, measure, subject):
    c = _claim(text, value)
    assert (c.measure, c.subject) == (measure, subject)


def test_oil_price_is_not_the_topic_s():
    # a market's price in a report about a company: no subject, not the company
    text = ("Harcourt Foods said profits rose 14% to £412m. Harcourt Foods will open 40 stores."
            "\n\nElsewhere, benchmark crude was down $2.86 to $77.11 in New York.")
    c = _claim(text, "$77.11")
    assert (c.measure, c.subject) == ("oil price", None)


def test_a_cargo_of_crude_is_no_oil_price():
    c = _claim("Pirates seized a tanker loaded with $100 million of crude oil.", "$100 million")
    assert c.measure != "oil price"


# An unnamed subject the sentence introduces: no subject carried from elsewhere
@pytest.mark.parametrize("text, value, measure", [
    ("A man who attacked a 79-year-old woman in her own home has been jailed for eight years."
     "\n\nThe victim, Margaret Ellis, said she no longer felt safe. Margaret Ellis is 79.",
     "eight years", "prison sentence"),
    ("Tesco has cut the price of 200 products, Tesco said.\n\nA first-class stamp now costs 85p.",
     "85p", "cost"),
    ("Harcourt Foods reported results. Harcourt Foods shares rose.\n\nRoyal Mail said a "
     "first-class stamp now costs 85p.", "85p", "cost"),
])
def test_unnamed_subject_takes_no_other(text, value, measure):
    c = _claim(text, value)
    assert (c.measure, c.subject) == (measure, None)


# Negatives: the topic still stands for a count, a measure phrase, a time adverbial, and the
# speaker's own announcement
@pytest.mark.parametrize("text, value, subject", [
    # a count of people in a disaster stays the article's topic's
    ("Northline Rail runs the line. Northline Rail said it was shocked.\n\nA passenger train "
     "derailed near Dorrington on Friday, killing five people, police said.", "five people",
     "Northline Rail"),
    # "a year earlier" is when, not who
    ("Hadson Corp reported a profit. Hadson Corp said sales rose.\n\nA year earlier, net income "
     "was $2.1 million.", "$2.1 million", "Hadson Corp"),
    # "announced a loss": the speaker's own
    ("Columbia Savings announced a loss for the third quarter of $226.3 million.",
     "$226.3 million", "Columbia Savings"),
])
def test_named_subject_kept(text, value, subject):
    assert _claim(text, value).subject == subject


# A video resolution is no price; a share price in pence still is
@pytest.mark.parametrize("text, value, unit", [
    ("The new cameras record in 1080p and cost £149 each.", "1080p", None),
    ("The console streams games at 2160p.", "2160p", None),
    ("Shares in Tarrow Holdings rose 12p to 720p.", "720p", "pence"),
])
def test_video_resolution(text, value, unit):
    got = [c for c in extract_all(text, _DAY).claims if c.value_text == value]
    assert (got[0].unit if got else None) == unit


# "an estimated" is an adjective, not a source's verb
@pytest.mark.parametrize("text, value, claimant", [
    ("Income tax thresholds will be frozen until 2028, raising an estimated £8bn a year, the "
     "Office for Budget Responsibility said.", "£8bn", "the Office for Budget Responsibility"),
    ("An estimated 2,000 people marched through Dunmore on Saturday.", "2,000 people", None),
    ("The fire caused an estimated £40,000 of damage, firefighters estimated.", "£40,000",
     "firefighters"),
])
def test_estimated_is_no_claimant(text, value, claimant):
    assert _claim(text, value).claimant == claimant


def test_transcript_topic_named_later_is_no_subject():
    # the chancellor's own figures are not about a body the presenter names in a later turn
    text = ("PRESENTER: Chancellor, thank you for joining us.\n\n"
            "CHANCELLOR: Well, the figures speak for themselves. Growth is 3%, higher than in "
            "any other G7 country, and unemployment is down to 4.1%.\n\n"
            "PRESENTER: But the Institute for Fiscal Studies says taxes will rise by £20bn over "
            "the next five years.\n\nCHANCELLOR: I don't accept that figure at all.")
    assert (_claim(text, "3%").measure, _claim(text, "3%").subject) == ("growth", None)
    assert _claim(text, "4.1%").subject is None


# A time on the match clock is no claim (about the scorer or anyone); other minutes still are
@pytest.mark.parametrize("text, value, kept", [
    ("Leon Okafor opened the scoring after 22 minutes at Ashby Town.", "22 minutes", False),
    ("Sam Pryce scored on 67 minutes to seal the win.", "67 minutes", False),
    ("Rovers conceded a penalty 10 minutes into the second half.", "10 minutes", False),
    ("The fire at the Dunmore depot was put out after 40 minutes.", "40 minutes", True),
    ("Sam Pryce scored three goals in 22 minutes.", "22 minutes", True),
])
def test_match_minute(text, value, kept):
    assert any(c.value_text == value for c in extract_all(text, _DAY).claims) == kept


def test_running_total_keeps_no_carried_subject():
    # a running total loses its measure, and the subject carried for that measure with it
    text = ("A poll by Fieldline for the Daily Courier put Labour ahead. The Daily Courier "
            "said so.\n\nThe chancellor announced £15bn of spending cuts in the Budget.")
    c = _claim(text, "£15bn")
    assert (c.measure, c.subject) == (None, None)


@pytest.mark.parametrize("value, subject", [("41%", "Labour"), ("27%", "Conservatives"),
                                            ("12%", "Liberal Democrats")])
def test_poll_standing_on(value, subject):
    text = ("A poll by Fieldline for the Daily Courier put Labour on 41%, the Conservatives on "
            "27% and the Liberal Democrats on 12%.")
    assert _claim(text, value).subject == subject


_CNN = ("ANCHOR: Good evening. We begin tonight in Texas, where flooding has forced thousands "
        "from their homes. Our correspondent Maria Delgado is in Houston.\n\n"
        "MARIA DELGADO, CORRESPONDENT: Thanks. Officials here tell us at least 14 people have "
        "died and more than 3,000 homes are under water.\n\n"
        "ANCHOR: And Maria, what about the power?\n\n"
        "MARIA DELGADO: About 250,000 customers are still without electricity tonight.")


@pytest.mark.parametrize("value", ["14 people", "3,000 homes", "250,000 customers"])
def test_transcript_count_is_not_the_correspondent_s(value):
    c = _claim(_CNN, value)
    assert (c.subject, c.claimant) == (None, "Maria Delgado")


def test_transcript_first_person_count_stays_the_speaker_s():
    text = ("HOST: Senator Dale Rourke joins us. Senator Dale Rourke, welcome.\n\n"
            "DALE ROURKE: Thank you. We lost 3,000 people that day.")
    assert _claim(text, "3,000 people").subject == "Dale Rourke"


@pytest.mark.parametrize("text, value, measure, subject", [
    ("A former care worker who stole £48,000 from elderly residents has been ordered to repay "
     "the money.", "£48,000", "amount stolen", None),
    # the theft's subject is not carried from elsewhere
    ("Harbour Jewellers is on Bond Street. Harbour Jewellers opened in 1990.\n\nThieves rammed "
     "a car into a shop window, stealing £2m of watches.", "£2m", "amount stolen", None),
    ("Lisa Drummond stole £48,000 from the residents.", "£48,000", "amount stolen",
     "Lisa Drummond"),
])
def test_amount_stolen(text, value, measure, subject):
    c = _claim(text, value)
    assert (c.measure, c.subject) == (measure, subject)


# "over" after a quantity spans the next one; it bounds it elsewhere
@pytest.mark.parametrize("text, value, qualifier", [
    ("The minister set aside £1.8bn over five years for new roads.", "five years", "exact"),
    ("Prices at Delmore rose 12% over three years.", "three years", "exact"),
    ("Kerr has scored 9 goals over 12 games.", "12 games", "exact"),
    ("The nurse was jailed for over five years.", "five years", "more_than"),
    ("The appeal raised over £40,000.", "£40,000", "more_than"),
    ("In 2019 over 500 people were evacuated.", "500 people", "more_than"),
    ("The town, home to 40,000, had over 600 burglaries.", "600 burglaries", "more_than"),
])
def test_over_after_a_quantity_is_a_span(text, value, qualifier):
    assert _claim(text, value).qualifier == qualifier


# "claimed" after a speaker reports the count; after a disaster it kills
@pytest.mark.parametrize("text, value, measure", [
    ("Organisers claimed more than 20,000 people came to the rally.", "20,000 people", None),
    ("Police claimed 300 people were there.", "300 people", None),
    ("The storm claimed 12 lives.", "12 lives", "people killed"),
    ("The blast claimed 7 people.", "7 people", "people killed"),
])
def test_claimed_by_a_speaker_is_no_toll(text, value, measure):
    assert _claim(text, value).measure == measure


# A noun that is its own plural modifying the counted noun ("police officers"): the last noun
@pytest.mark.parametrize("text, value, unit", [
    ("The city will hire 12 new police officers.", "12 new police officers", "officer"),
    ("Bristow sent 30 police cars to the ground.", "30 police cars", "car"),
    ("Ashdown Foods employs 300 staff.", "300 staff", "staff"),
])
def test_invariant_plural_before_a_noun_modifies_it(text, value, unit):
    assert _claim(text, value).unit == unit


# "The number of people killed ... rose to 15": the toll, with no counted noun by the number
@pytest.mark.parametrize("text, measure", [
    ("The number of people killed in the floods rose to 15 on Wednesday.", "people killed"),
    ("The number of people who died has risen to 40, officials said.", "people killed"),
    ("The number of people injured in the crash was 12.", "people injured"),
])
def test_number_of_people_names_the_toll(text, measure):
    c = [c for c in extract_all(text, _DAY).claims if c.value >= 12]
    assert [x.measure for x in c] == [measure]


# British hedges of a figure
@pytest.mark.parametrize("text, value", [
    ("Organisers said the crowd was nearer 20,000.", "20,000"),
    ("The repairs will cost in the region of £4m.", "£4m"),
    ("The club paid getting on for £30m for him.", "£30m"),
])
def test_british_approximations(text, value):
    assert _claim(text, value).qualifier == "approximate"


# A sentence that credits two sources: each number is its own reporter's
@pytest.mark.parametrize("text, claimants", [
    ("Police said 5,000 people took part, but organisers said the crowd was nearer 20,000.",
     {"5,000 people": "Police", "20,000": "organisers"}),
    ("Officials said 40 homes were flooded, while residents said 60 homes were lost.",
     {"40 homes": "Officials", "60 homes": "residents"}),
    ("About 200 people were evacuated, and police said 14 were hurt.",
     {"14": "police"}),
])
def test_each_number_has_its_own_reporter(text, claimants):
    for value, who in claimants.items():
        assert _claim(text, value).claimant == who


# A police appeal's log number is no claim
@pytest.mark.parametrize("text", [
    "Anyone with information should call 101 quoting incident 452.",
    "Witnesses should contact police quoting reference 1234.",
])
def test_an_appeal_reference_is_no_claim(text):
    assert [c.value_text for c in extract_all(text, _DAY).claims if c.value > 400] == []


def test_a_joining_word_is_no_claimant():
    text = "Carrow Air posted a profit of £410m, up 5%, and said it carried 14m passengers."
    assert _claim(text, "14m passengers").claimant is None


# A party's or a company's person: the number is the person's
@pytest.mark.parametrize("text, value, subject", [
    ("Labour's Sarah Hale won the seat with 14,210 votes.", "14,210 votes", "Sarah Hale"),
    ("Tesco's profits rose 5% to £2bn.", "£2bn", "Tesco"),
])
def test_possessive_leads_to_the_subject(text, value, subject):
    assert _claim(text, value).subject == subject


# A source a joining word brings in after the number speaks of what follows, not of it
@pytest.mark.parametrize("text, value", [
    ("Seven workers were trapped inside, but police say they escaped unhurt.", "Seven workers"),
    ("The fire caused $1 million in damage, and investigators say it could be arson.",
     "$1 million"),
    # a clause "while" opens a sentence with: no reporter ("added": jobs, not words)
    ("While Britain added 29,000 jobs in May, Spain lost more.", "29,000 jobs"),
])
def test_a_source_joined_after_the_number_is_not_its_claimant(text, value):
    assert _claim(text, value).claimant is None


def test_a_reporting_clause_is_no_claimant():
    text = ("\"I will never eat them again,\" Mr Pike said in August after Oakfield announced it "
            "was cutting 600 bakery jobs.")
    assert _claim(text, "600 bakery jobs").claimant != "Mr Pike said in August after Oakfield"


# An estimate "put at" a figure: whoever puts it claims it
@pytest.mark.parametrize("text, value, claimant", [
    ("Officials put the death toll at 32.", "32", "Officials"),
    ("Police put the crowd at 5,000, while organisers put it at 20,000.", "20,000", "organisers"),
    ("Analysts put the cost of the scheme at £4bn.", "£4bn", "Analysts"),
    ("The council put £5m into the fund.", "£5m", None),
    # what claims lives kills, it does not report
    ("The storm claimed 12 lives.", "12 lives", None),
    ("The storm claimed at least 12 lives, officials said.", "12 lives", "officials"),
])
def test_put_at_is_an_estimate(text, value, claimant):
    assert _claim(text, value).claimant == claimant


def test_a_count_polled_is_votes():
    assert _claim("Mark Dunn, who polled just 11,895, came second.", "11,895").measure == \
        "votes received"


# A number word after a colon opens its clause: a broadcast transcript's turn, a verdict
@pytest.mark.parametrize("text, value, measure", [
    ("NEWSREADER: Four people are now known to have died after an explosion at a chemical "
     "plant in Ludford yesterday.", "Four people", "people killed"),
    ("ANCHOR: Thirty people were taken to hospital.", "Thirty people", "people injured"),
])
def test_a_number_word_after_a_colon(text, value, measure):
    assert _claim(text, value).measure == measure


def test_a_name_after_a_colon_is_still_a_name():
    assert not [c for c in extract_all("Sponsors: Formula One teams paid.", _DAY).claims]


# "others" and "more" after a count stand for its people: the predicate after them measures it
@pytest.mark.parametrize("text, value, measure", [
    ("Two people died and at least nine others were hurt in the pileup.", "nine",
     "people injured"),
    ("Three climbers were rescued. Two more died on the mountain.", "Two", "people killed"),
])
def test_others_and_more_are_the_count_s_people(text, value, measure):
    assert _claim(text, value).measure == measure


def test_more_than_a_number_is_no_toll():
    got = [c for c in extract_all("He scored 12 more than last season.", _DAY).claims]
    assert all(c.measure is None for c in got)
