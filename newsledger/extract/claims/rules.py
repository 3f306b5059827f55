"""The claim extractor's rules as data, each row with its examples (``newsledger.rules``).

Seven tables, one per decision the extractor makes about a quantity; each row names a rule the
code applies (the code reports the row's name when it decides: ``extract_claims(...,
trace=...)``), what it reads and the lexicon lists it reads it with, and examples of text and
what the rule gives for it (``Example(text, None)``: the rule must not fire there). The last
two tables are in ``claims.rules_forms``; all seven are registered here.

- ``claims.filters``: what makes a number not a claim (a year, a code, a name, an idiom).
- ``claims.units``: how a quantity's unit is read ("60,000 votes" -> vote, "£2.1bn" -> gbp).
- ``claims.qualifiers``: how it is hedged ("more than" -> more_than, "nearly" -> approximate).
- ``claims.measures``: what it counts ("votes received", "people killed", "revenue").
- ``claims.not-asserted``: why a number counts nothing comparable (a reference, a proportion,
  a range end, a hypothesis, a poll figure).
- ``claims.words``: fractions and lengths of time written as words, when they state a
  quantity ("half of voters", "for a decade") and when they do not ("the first half", "a
  year ago").
- ``claims.forms``: quantities written as a relation between numbers: ranges ("between 30
  and 40"), a vote's tally ("52-35"), proportions ("one in five"), multiples ("twice as
  many").

Every example runs as a test (``tests/test_rule_examples.py``): the text goes through the date,
entity, quote and claim extractors as an article without a publication date, and the example
holds when its row decided as the example says. All example sentences are written for this
project.
"""
from __future__ import annotations

import functools

from newsledger.lexicon.numbers import QUALIFIERS
from newsledger.rules import Example, RuleTable, register
from newsledger.text import Document

from . import extract_claims
from .rule_row import ClaimRule, E
from .rules_forms import FORM_RULES, WORD_RULES


def _qualifier_row(value: str, *examples: Example) -> ClaimRule:
    phrases = ", ".join(repr(p) for p, v in QUALIFIERS.items() if v == value)
    return ClaimRule(name=value, reads=f"a phrase right before the quantity: {phrases}",
                     words=("QUALIFIERS",), examples=examples)


QUALIFIER_RULES = (
    _qualifier_row("more_than",
                   E("The appeal raised more than £40,000 for the hospice.", "£40,000"),
                   E("Turnout was little more than 30 percent.", "30 percent"),
                   E("The storm is over. 300 homes lost power.", None)),
    _qualifier_row("less_than",
                   E("The striker couldn't even reach 10 goals this season.", "10 goals"),
                   E("Fewer than 200 supporters made the trip north.", "200 supporters")),
    _qualifier_row("approximate",
                   E("Nearly 3,000 runners finished the marathon.", "3,000 runners"),
                   E("The club paid roughly $12m for the winger.", "$12m"),
                   E("Organisers put the crowd nearer 20,000.", "20,000")),
    _qualifier_row("at_least", E("At least 14 people were hurt in the crash.", "14 people")),
    _qualifier_row("at_most",
                   E("Up to 500 jobs could go at the plant.", "500 jobs"),
                   E("The council may lose as much as £3m in grants.", "£3m")),
    _qualifier_row("exact",
                   E("The bill passed with only 12 votes to spare.", "12 votes"),
                   E("The ferry carried 40 passengers.", None)),
    ClaimRule(name="span", reads='"over" right after a quantity: a span, not a bound',
              examples=(E("The plan sets aside £2.5bn over five years.", "five years"),
                        E("Kerr has scored 11 goals over 14 games.", "14 games"),
                        E("In 2019 over 500 people were evacuated.", None))),
    ClaimRule(name="tilde", reads='a tilde right before the number ("~300")',
              examples=(E("The list names ~300 donors.", "300 donors"),)),
    ClaimRule(name="plus", reads='a plus sign or "-plus" right after the number',
              examples=(E("The queue held 1,000+ shoppers.", "1,000+ shoppers"),
                        E("The band has 50-plus shows booked.", "50-plus shows"))),
    ClaimRule(name="after", reads='"or more", "or so", "or fewer", "or less", "plus '
                                  'add-ons" after it',
              words=("TRAILING_QUALIFIERS",),
              examples=(E("Repairs will take 30 days or more.", "30 days"),
                        E("A ticket costs $40 or so.", "$40"),
                        E("Rovers signed him for £45m plus add-ons.", "£45m"))),
    ClaimRule(name="as-written", reads="no qualifying word: the value is exact as written",
              examples=(E("The mayor's budget is $4.2bn.", "$4.2bn"),
                        E("Nearly 3,000 runners finished.", None))),
)

UNIT_RULES = (
    ClaimRule(name="percent", reads='"%", "percent", "per cent", "pct" after the number',
              examples=(E("Shares fell 5% on Monday.", "percent"),
                        E("Turnout rose to 61 per cent.", "percent"))),
    ClaimRule(name="percentage-point", reads='"percentage point(s)" after the number',
              examples=(E("Rates went up by 0.25 percentage points.", "percentage point"),)),
    ClaimRule(name="age", reads='"-year-old", "years old" glued to the number',
              examples=(E("A 43-year-old man was arrested.", "year"),)),
    ClaimRule(name="hyphenated", reads='a unit hyphenated to the number ("three-hour-long")',
              examples=(E("The three-hour-long meeting ended at dawn.", "hour"),
                        E("They met one-on-one.", None))),
    ClaimRule(name="suffix", reads='a unit glued to the digits ("5km", "30mph")',
              words=("UNIT_SUFFIXES", "UNIT_ALIASES"),
              examples=(E("She ran 5km before work.", "kilometer"),)),
    ClaimRule(name="currency-sign", reads='a currency sign or code before the number',
              words=("CURRENCY_PREFIXES",),
              examples=(E("The club posted a loss of £2.1bn.", "gbp"),
                        E("The studio paid US$3 billion for it.", "usd"))),
    ClaimRule(name="currency-word", reads='a currency word after the number ("euros")',
              words=("CURRENCY_WORDS",),
              examples=(E("The fund holds 40 billion euros.", "eur"),)),
    ClaimRule(name="pounds", reads='"pounds": money after a large amount, else a weight',
              words=("POUND_WORDS",),
              examples=(E("The deal is worth 20 million pounds.", "gbp"),
                        E("The baby weighed 8 pounds.", "pound"))),
    ClaimRule(name="alias", reads='a spelling the lexicon maps to a unit ("people" -> person), '
                                  'or one thing under two names ("houses" -> home, "crew '
                                  'members" -> crew)',
              words=("UNIT_ALIASES",),
              examples=(E("About 300 people attended the vigil.", "person"),
                        E("The tide swamped 35 houses on the quay.", "home"),
                        E("Four crew members were hurt in the blaze.", "crew"))),
    ClaimRule(name="measure-word", reads='a singular measure word ("a 20 year low")',
              words=("MEASURE_UNITS",),
              examples=(E("Sales hit a 20 year low.", "year"),)),
    ClaimRule(name="capitalized-plural", reads='a capitalized plural noun ("12 Democrats")',
              examples=(E("The bill won the backing of 12 Democrats.", "democrat"),)),
    ClaimRule(name="noun",
              reads="the first plural noun among the next three words, in the singular, "
                    "adjectives dropped and measure-changing modifiers kept; an invariant "
                    "plural before another plural modifies it (\"police officers\")",
              words=("UNIT_MODIFIERS", "NOT_UNITS", "IRREGULAR_SINGULAR", "INVARIANT_PLURALS"),
              examples=(E("He carried 12 swing states.", "state"),
                        E("Biden took 306 electoral votes.", "electoral vote"),
                        E("The force will hire 12 new police officers.", "officer"))),
    ClaimRule(name="aged", reads='"aged" or "age" before a bare number', words=("AGE_BEFORE",),
              examples=(E("The victim, aged 43, lived nearby.", "year"),)),
    ClaimRule(name="age-apposition", reads='a bare number between commas after a name, or in '
                                           'brackets after it ("Maria Lopez, 54,")',
              examples=(E("Maria Lopez, 54, of Springfield won the raffle.", "year"),
                        E("Dana Reyes (61) chaired the meeting.", "year"))),
    ClaimRule(name="votes-to", reads='a bare number after "to" or "against" and a possessive '
                                     'name, after a count of votes ("14,210 votes to Mark '
                                     'Dunn\'s 11,895"): the other candidate\'s votes',
              examples=(E("Hale won 14,210 votes to Mark Dunn's 11,895.", "vote"),
                        E("The fund grew to £2m, up from Tom Kerr's 1,800.", None))),
)

FILTER_RULES = (
    ClaimRule(name="blocked", reads="inside a link, handle, hashtag, e-mail, phone number, "
                                    "clock time or a date the date extractor found",
              examples=(E("Call 555-123-4567 for tickets.", "555"),
                        E("Doors open at 7 p.m. sharp.", "7"),
                        E("Follow @club1874 for news.", None))),
    ClaimRule(name="glued", reads='digits glued to a letter ("3D", "4th", "1990s", "3-D")',
              examples=(E("The 3D printer sold out.", "3"),
                        E("They finished 4th in the league.", "4"))),
    ClaimRule(name="score-or-range", reads='digits joined by a dash, slash or colon to more '
                                           'digits ("3-2", "24/7")',
              examples=(E("City won 3-2 at home.", "3"),)),
    ClaimRule(name="leading-zero", reads='a leading zero ("007")',
              examples=(E("The code was 0199 all along.", "0199"),)),
    ClaimRule(name="year", reads="four digits from 1800 to 2100 not followed by a counted noun",
              words=("YEAR_COUNT_NOUNS",),
              examples=(E("KANYE 2024 posters went up overnight.", "2024"),
                        E("Organisers expected 2000 people.", None))),
    ClaimRule(name="code", reads="five digits or more, not before a plural noun",
              examples=(E("Text VOTE to 56005 to enter.", "56005"),)),
    ClaimRule(name="metres", reads='"m" or "b" glued to digits that is a distance or a code',
              words=("METRE_CONTEXT",),
              examples=(E("She won the 100m final.", "100"),
                        E("She finished third in the 200m.", "200"),
                        E("He broke the world record in the 400m and the 800m.", "400"),
                        E("Of its budget, the club spent 20m on wages.", None))),
    ClaimRule(name="maturity", reads='a length of time naming a bond or loan by its term',
              words=("MATURITY_UNITS", "DEBT_WORDS"),
              examples=(E("The 10-year gilt yield rose to 4.6%.", "10"),
                        E("Rates on a 30-year mortgage fell.", "30"),
                        E("Demand for two-year Treasury notes was weak.", "two"),
                        E("He signed a five-year contract.", None))),
    ClaimRule(name="video-resolution", reads='a video resolution glued to "p" ("1080p") with '
                                             'a word of video in its sentence',
              words=("VIDEO_RESOLUTIONS", "VIDEO_WORDS"),
              examples=(E("The new cameras record in 1080p and cost £149 each.", "1080"),
                        E("Shares in Tarrow rose 12p to 720p.", None))),
    ClaimRule(name="match-minute", reads='minutes after "after", "on", "within" or before '
                                         '"in" in a sentence with a word of a match\'s events',
              words=("MATCH_EVENT_WORDS",),
              examples=(E("Okafor opened the scoring after 22 minutes.", "22 minutes"),
                        E("Pryce headed the equaliser 10 minutes into the second half.",
                          "10 minutes"),
                        E("The fire was put out after 40 minutes.", None))),
    ClaimRule(name="name-before", reads='a capitalized word or a reference word right before '
                                        '("Apollo 11", "page 3", "number two")',
              words=("NAME_BEFORE", "SENTENCE_OPENERS"),
              examples=(E("Apollo 11 landed on the moon.", "11"),
                        E("See page 3 for the full results.", "3"),
                        E("Call 101 quoting incident 452 of 3 May.", "452"),
                        E("About 300 people marched.", None))),
    ClaimRule(name="model-number", reads="a number the article also writes after a name, in "
                                         'the plural or three times bare ("the 787")',
              examples=(E("The Boeing 787 is quieter. The 787 seats 240.", "787"),)),
    ClaimRule(name="day-month", reads='a day before a month name ("4 November")',
              examples=(E("Polls close on 4 November.", "4"),)),
    ClaimRule(name="list-marker", reads='a number opening a line before "." or ")"',
              examples=(E("Our plan\n1. Cut the fares\n2. Fix the roads", "1"),)),
    ClaimRule(name="phone-number", reads='a number after "on" after call, phone, ring, dial, '
                                         'text or contact and a word or more ("call police on '
                                         '101")',
              words=("PHONE_VERBS",),
              examples=(E("Anyone who saw the crash should call police on 101.", "101"),
                        E("Ring the hotline on 111 if you feel unwell.", "111"),
                        E("The minister will call on 40 countries to help.", None))),
    ClaimRule(name="address", reads='a number before a street name ("10 Downing Street")',
              words=("STREET_WORDS",),
              examples=(E("The shop moved to 42 Harbor Road last year.", "42"),)),
    ClaimRule(name="scale-alone", reads='a scale word with no number ("the dozen")',
              examples=(E("She bought the dozen eggs.", "dozen"),)),
    ClaimRule(name="name-word", reads='a capitalized number word inside a name',
              examples=(E("He raced in Formula One for years.", "One"),)),
    ClaimRule(name="hyphen-idiom", reads='"one-on-one", "one-time", "two-way"',
              words=("HYPHEN_NOT_UNITS", "ONE_HYPHEN_IDIOMS"),
              examples=(E("The coach met them one-on-one.", "one"),)),
    ClaimRule(name="one-pronoun", reads='"one" as a pronoun ("no one", "the one")',
              words=("ONE_PRONOUN_BEFORE",),
              examples=(E("She picked the one in blue.", "one"),)),
    ClaimRule(name="one-speaker", reads='"one <noun> <reporting verb>": an anonymous speaker, '
                                        'also past an aside or where the person is from',
              words=("SPEAKER_VERBS",),
              examples=(E("One fan wrote that the gig was loud.", "One"),
                        E("One fan, who had travelled from Aberdeen, said she was gutted.",
                          "One"),
                        E("One mother in Eastfield said her son studies in a cafe.", "One"))),
    ClaimRule(name="one-idiom", reads='"one" in an idiom ("one day", "one of the")',
              words=("ONE_IDIOMS", "ADJECTIVE_ENDINGS"),
              examples=(E("One day the river rose.", "One"),
                        E("She is one in a million.", "one"))),
    ClaimRule(name="zero-idiom", reads='"zero" before a word that is not a plural noun',
              examples=(E("The police have zero tolerance for it.", "zero"),)),
    ClaimRule(name="definite-reference", reads='"the three" with no counted noun: a reference',
              words=("DEFINITE_BEFORE",),
              examples=(E("Then the three met in private.", "three"),)),
    ClaimRule(name="clock-word", reads='a number word before "o\'clock": a time of day',
              examples=(E("Crews have been out since about three o'clock.", "three"),
                        E("By eleven o’clock the hall was full.", "eleven"))),
)

MEASURE_RULES = (
    ClaimRule(name="phrase-before", reads='a phrase right before the number ("a crowd of")',
              words=("MEASURE_BEFORE",),
              examples=(E("A crowd of 40,000 watched the final.", "attendance"),
                        E("The band played to 62,000 fans at Wembley.", "attendance"),
                        E("The ship was valued at $90m.", "valuation"),
                        E("The bank held its Bank Rate at 4.75% on Friday.", "interest rate"))),
    ClaimRule(name="fined-object", reads='an amount after "fined" and whoever is fined '
                                         '("fined Derek Holt £6,500")',
              examples=(E("Magistrates fined Derek Holt £6,500 on Tuesday.", "fine"),
                        E("The regulator fined the bank a record £12m.", "fine"))),
    ClaimRule(name="amount-noun-after", reads='a measure noun right after an amount',
              words=("AMOUNT_NOUNS",),
              examples=(E("The firm booked $2bn in sales.", "revenue"),)),
    ClaimRule(name="amount-noun-before", reads="the last measure noun before an amount in its "
                                               "part of the clause",
              words=("AMOUNT_NOUNS",),
              examples=(E("Revenue reached $9.8bn.", "revenue"),)),
    ClaimRule(name="amount-change", reads='a change verb with the measure noun ("profits rose 5%")',
              words=("CHANGE_VERBS",),
              examples=(E("Profits rose 5% in the spring.", "profit rise"),)),
    ClaimRule(name="per-share", reads='"a share" / "per share" after an amount',
              examples=(E("Earnings were $0.98 a share.", "profit per share"),)),
    ClaimRule(name="apposed-change", reads='a change set beside the amount before it, in a '
                                          'clause of its own ("23.4p, up 5% on the year"): the '
                                          "change of that amount's measure",
              examples=(E("Earnings per share were 23.4p, up 5% on the year.",
                          "profit per share rise"),
                        E("Sales were $8.6bn, down 2% from a year earlier.", "revenue fall"),
                        E("The stamp costs 85p, up 5p.", "cost rise"),
                        E("The firm made $158m, up 5%.", None))),
    ClaimRule(name="market", reads="a market benchmark named before the number, past words of "
                                   "a market's move only: an index's level or move, a "
                                   "currency's exchange rate, a commodity's price, a bond's "
                                   "yield (the benchmark named in the measure)",
              words=("INDEX_NAMES", "EXCHANGE_CURRENCIES", "COMMODITY_PRICES", "BOND_NAMES",
                     "MARKET_GAP_WORDS", "MARKET_MOVES"),
              examples=(E("The FTSE 100 closed up 45 points at 7,512.", "index level (ftse 100)"),
                        E("The Dow Jones Industrial Average fell 0.4% on Monday.",
                          "index fall (dow jones)"),
                        E("The pound rose 0.5% to $1.27.", "sterling exchange rate"),
                        E("Sterling fell almost a cent against the dollar to $1.26.",
                          "sterling exchange rate"),
                        E("Gold climbed to $2,050 an ounce.", "gold price"),
                        E("The yield on the two-year Treasury fell 8 basis points.",
                          "treasury yield fall (2-year)"),
                        E("The 10-year gilt yield rose to 4.2%.", "gilt yield (10-year)"),
                        E("The FTSE 100 rose 0.5% while Harcourt Foods slipped 3%.",
                          "index rise (ftse 100)"))),
    ClaimRule(name="win-or-fee", reads='a win with its loser named before "by" ("beat '
                                       'Australia by 62 runs" -> margin of victory) or a '
                                       'seat held or won by votes, not a tally ("held the '
                                       'seat by 412 votes"); a player signed for an amount '
                                       '("signed midfielder Luca Brennan from Castleford City '
                                       'for £45m" -> transfer fee)',
              words=("TRANSFER_OBJECT_WORDS",),
              examples=(E("England beat Australia by 62 runs at the Oval.", "margin of victory"),
                        E("Labour held Dunmore West by 412 votes.", "margin of victory"),
                        E("She clung on in the seat by just 98 votes.", "margin of victory"),
                        E("Marlow signed striker Dan Kerr from Halden Town for £12m.",
                          "transfer fee"),
                        E("He signed a letter of intent to buy the company for $3m.", None))),
    ClaimRule(name="unit-after", reads='a length of time right before "contract" or "deal", '
                                       'in a clause that says it was agreed ("signed a five-'
                                       'year contract"; not "offered him an eight-year deal")',
              words=("UNIT_AFTER_MEASURES", "CONTRACT_AGREED"),
              examples=(E("The winger has signed a five-year contract.", "contract length"),
                        E("The club offered him an eight-year deal.", None))),
    ClaimRule(name="toll", reads='a toll noun earlier in the clause ("the death toll ... 14")',
              words=("TOLL_NOUNS",),
              examples=(E("The death toll from the storm climbed to 14.", "people killed"),)),
    ClaimRule(name="polled", reads='a bare count right after "polled": votes',
              examples=(E("Mark Dunn, who polled 11,895, came second.", "votes received"),)),
    ClaimRule(name="numbers-of", reads='"<noun> numbers" before a bare count in its clause',
              words=("NOUN_MEASURES",), examples=(E("Visitor numbers hit 2m.", "visitors"),)),
    ClaimRule(name="people-predicate", reads='a bare count, or a count of people in general '
                                             '(residents, villagers), killed, injured, '
                                             'evacuated ... ("claimed" after a speaker is speech)',
              words=("PREDICATES", "SPEECH_PREDICATES", "PEOPLE_NOUNS", "EVACUATION_SHELTERS",
                     "EVACUATION_VERBS"),
              examples=(E("The blast killed 12.", "people killed"),
                        E("About 140 residents were evacuated overnight.", "people evacuated"),
                        E("The gale forced 90 villagers to leave their homes.",
                          "people evacuated"),
                        E("Officers said 80 people were moved to a rest centre.",
                          "people evacuated"),
                        E("Organisers claimed 20,000 people came.", None))),
    ClaimRule(name="sentence-or-ban", reads='a length of time after "jailed", "banned" ...',
              words=("DURATION_MEASURES", "UNCOMPARABLE_UNITS"),
              examples=(E("He was jailed for 12 years.", "prison sentence"),)),
    ClaimRule(name="award", reads="a count of nominations or prizes with the award's name",
              words=("AWARD_NOUNS",),
              examples=(E("The film earned 11 Bafta nominations.", "nominations (bafta)"),)),
    ClaimRule(name="attendance", reads="people who attended or watched",
              words=("AUDIENCE_NOUNS",),
              examples=(E("Some 35,000 fans attended the match.", "attendance"),)),
    ClaimRule(name="deaths", reads='"deaths", "fatalities", "dead", "lives lost"',
              examples=(E("Officials confirmed 9 deaths.", "people killed"),)),
    ClaimRule(name="noun", reads="the counted noun's own measure", words=("NOUN_MEASURES",),
              examples=(E("West garnered 60,000 votes.", "votes received"),
                        E("The school has 900 pupils.", "pupils"))),
    ClaimRule(name="one-alone", reads='a count of one with no verb that says what happened to '
                                      'it: someone, not a count ("one voter wore a hat")',
              examples=(E("At the rally, one voter wore a red hat.", "one voter"),
                        E("One protester was injured.", None))),
    ClaimRule(name="agent", reads='a bare number right before a verb of what happened to people '
                                  'and another count: it did it, or labels what did ("a quake of '
                                  'magnitude 6.1 killed 14 people"), and counts nobody',
              examples=(E("A quake of magnitude 6.1 killed at least 14 people.", "6.1"),
                        E("Six were killed and 14 injured.", None))),
    ClaimRule(name="noun-predicate", reads="the counted noun and what happened to it",
              words=("PREDICATES",),
              examples=(E("The bank will cut 650 jobs.", "jobs cut"),
                        E("The surge swamped 35 houses on the quay.", "homes flooded"),
                        E("The river rose, flooding 60 homes.", "homes flooded"),
                        E("A blaze broke out, injuring two crew members.", "crew injured"))),
)

NOT_ASSERTED_RULES = (
    ClaimRule(name="reference", reads='a determiner right before: a known set, not a count',
              words=("REFERENCE_BEFORE",),
              examples=(E("She needs the 1,237 delegates to win.", "1,237 delegates"),
                        E("Nobody believed that 60,000 figure.", "60,000"),
                        # the 'that' of a clause before a count
                        E("Police said that 12 people died in the fire.", None),
                        E("The ministry said on Monday that 2,122 people had been killed.",
                          None))),
    ClaimRule(name="proportion", reads='a proportion or selection ("6 in 10", "nine of the 13")',
              examples=(E("Six in 10 voters backed the plan.", "10 voters"),)),
    ClaimRule(name="selection", reads='a part of a set named after it ("three of the injured", '
                                      '"two of them", "five of whom"): not a count of the set',
              examples=(E("A fire injured 12 people. Three of the injured were taken to "
                          "hospital.", "Three"),
                        E("Police held 40 people, two of them minors.", "two"),
                        E("He shot three guards, killing two of them.", None),
                        E("Three people were injured.", None))),
    ClaimRule(name="description", reads='a hyphenated description ("a 187-member committee")',
              examples=(E("A 187-member committee will vote.", "187-member"),)),
    ClaimRule(name="range-end", reads='an end of "from ... to ...": a change, not a range '
                                      '(ranges are ``claims.forms``)',
              examples=(E("Fares went from 210 to 250 dollars.", "210"),)),
    ClaimRule(name="hypothetical", reads='"if", "needs", "could" ... before it in its sentence',
              words=("HYPOTHETICAL_WORDS",),
              examples=(E("If he wins 60 delegates, he is the nominee.", "60 delegates"),)),
    ClaimRule(name="poll-sample", reads='the people a poll or a study asked ("a poll of 1,737 '
                                        'voters", "surveyed 1,051 adults", voters "among" whom '
                                        'a poll was conducted): its sample, not a count',
              words=("SAMPLE_BEFORE", "SAMPLE_NOUNS", "SAMPLE_SENTENCE_WORDS"),
              examples=(E("A poll of 1,737 registered voters was published.",
                          "1,737 registered voters"),
                        E("The institute surveyed 1,051 adults by phone.", "1,051 adults"),
                        E("The poll was taken among 918 registered voters.", "918 registered voters"),
                        E("Some 1,400 voters turned out in the ward.", None))),
    ClaimRule(name="distributive", reads='"at each", "in every", "apiece" after it: a count '
                                         'per place or person, not a total',
              words=("DISTRIBUTIVE_AFTER",),
              examples=(E("Two guards were posted at each gate.", "Two guards"),
                        E("Two guards were posted at the gate.", None))),
    ClaimRule(name="running-total", reads='"now has", "has now" ... before it, and no period: '
                                          'a running total at the time of writing',
              words=("RUNNING_CUES", "RUNNING_MEASURES"),
              examples=(E("The senator now has at least 723 delegates.", "723 delegates"),
                        E("The senator won 44 delegates.", None))),
    ClaimRule(name="poll", reads="a percentage in a sentence about a poll: which poll?",
              words=("POLL_WORDS",),
              examples=(E("Her approval rating climbed to 45% in the latest poll.", "45%"),)),
)


@functools.lru_cache(maxsize=512)
def explain(text: str) -> tuple[tuple[str, str, object], ...]:
    """(table, rule, result) of every rule that decided something about the quantities of
    ``text``, read as a whole article without a publication date."""
    from ..dates import extract_dates
    from ..entities import extract_entities
    from ..quotes import extract_quotes

    doc = Document(text)
    dates = extract_dates(doc, None)
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    trace: list[tuple[str, str, object]] = []
    extract_claims(doc, dates, entities, quotes, None, trace)
    return tuple(trace)


def _apply(table: str):
    return lambda text: [(rule, result) for t, rule, result in explain(text) if t == table]


TABLES = tuple(register(RuleTable(name, rows, _apply(name))) for name, rows in (
    ("claims.qualifiers", QUALIFIER_RULES), ("claims.units", UNIT_RULES),
    ("claims.filters", FILTER_RULES), ("claims.measures", MEASURE_RULES),
    ("claims.not-asserted", NOT_ASSERTED_RULES), ("claims.words", WORD_RULES),
    ("claims.forms", FORM_RULES)))
