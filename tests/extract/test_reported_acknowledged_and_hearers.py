"""Reported speech: what a speaker acknowledges as a noun phrase ('acknowledged
the scale of the problem'), the date after an object being the verb's ('announced his
candidacy last year'), a hearer that is a list of names or has a relative clause set off by
commas ('urged Ruiz, who chairs the board, to resign'), a relative clause on the speaker's
body described by its kind ('The bank, which said …'), a relative clause whose verb after the
speaker is an irregular past ('which fans say left the club without a home'), and an object
that ends before a quoted word's comma and the sentence's verb of saying.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import contents, reported


@pytest.mark.parametrize("text, expected", [
    # business and politics: what was owned up to
    ("The chief executive acknowledged the scale of the problem at the bank.",
     ("the scale of the problem at the bank", "The chief executive")),
    ("The regulator has acknowledged difficulties in keeping customer data secure.",
     ("difficulties in keeping customer data secure", "The regulator")),
    ("In a radio interview, the minister acknowledged Labour's lead in the polls.",
     ("Labour's lead in the polls", "the minister")),
    # sport
    ("United's manager acknowledged the weakness of his defence on Saturday.",
     ("the weakness of his defence", "United's manager")),
])
def test_acknowledged_objects(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # people and gestures are acknowledged, not statements
    "The striker acknowledged the crowd as he left the pitch.",
    "The singer acknowledged the applause with a bow.",
    "Her lawyer acknowledged the fans waiting outside the court.",
    "The captain acknowledged Smith with a wave.",
    # (negated: no one acknowledged anything)
    "Neither candidate acknowledged the cost of the scheme.",
])
def test_acknowledged_people_and_gestures_are_not_statements(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    # the date after a noun phrase object is when it was said
    ("The senator announced his candidacy last year.", "his candidacy"),
    ("The mayor announced her candidacy in June 2015.", "her candidacy"),
    ("The rebels announced a ceasefire yesterday.", "a ceasefire"),
    ("The firm announced the closure of its Leeds plant in March.",
     "the closure of its Leeds plant"),
    # (an infinitive, a clause or a gerund keeps its own dates)
    ("The campaign vowed to stay in the race until the primary on June 7.",
     "to stay in the race until the primary on June 7"),
    ("The envoy urged the regime to resume talks it abandoned in 2009.",
     "the regime to resume talks it abandoned in 2009"),
])
def test_dates_after_objects(text, expected):
    assert contents(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a list of names, or a relative clause set off by commas, before the request's 'to'
    ("The inquiry asked Mills, Sullivan and Abedin to hand over their emails.",
     "Mills, Sullivan and Abedin to hand over their emails"),
    ("The union urged Ruiz, who chairs the board, to resign.",
     "Ruiz, who chairs the board, to resign"),
    ("The premier vowed to set up a task force, which would include the army, to fight "
     "smuggling.", "to set up a task force, which would include the army, to fight smuggling"),
])
def test_hearers_with_lists_and_asides(text, expected):
    assert contents(text) == [expected]


@pytest.mark.parametrize("text", [
    # 'to' after the aside is a preposition: no request
    "She thanked Lee, who was in Paris, to the delight of fans.",
])
def test_aside_then_preposition(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    # a body described by its kind speaks in a relative clause
    ("The bank, which said it had done nothing wrong, is cooperating with the inquiry.",
     ("it had done nothing wrong", "which")),
    ("The council, which announced on Monday that the pool would close, faces a protest.",
     ("the pool would close", "which")),
    # a relative clause whose verb after the speaker is an irregular past
    ("The club sold its ground, which fans said left it without a home.",
     ("which fans said left it without a home", "fans")),
])
def test_relative_clauses(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # a report is no speaker
    "The report, which said the bridge was unsafe, was published on Monday.",
])
def test_relative_clause_on_a_report(text):
    assert contents(text) == []


def test_object_ends_before_a_quoted_words_comma():
    # the object of 'citing' does not run on through the single-quoted words into 'said'
    text = "Mr. Hale, citing 'the unique magic of the team,' said the club could win."
    assert not any("said" in c for c in contents(text))


@pytest.mark.parametrize("text, expected", [
    # a measure unveiled, news confirmed, an outcome predicted: what was said
    ("The chancellor unveiled plans for a new rail link to the airport.",
     ("plans for a new rail link to the airport", "The chancellor")),
    ("The supermarket chain confirmed the closure of 20 stores in the north.",
     ("the closure of 20 stores in the north", "The supermarket chain")),
    ("Hospital officials confirmed the death of a second patient.",
     ("the death of a second patient", "Hospital officials")),
    ("The club confirmed the signing of the Danish striker.",
     ("the signing of the Danish striker", "The club")),
    ("City analysts predicted a sharp fall in quarterly profits.",
     ("a sharp fall in quarterly profits", "City analysts")),
    ("The former coach predicted a narrow win for the home side.",
     ("a narrow win for the home side", "The former coach")),
])
def test_event_objects(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # things unveiled or confirmed, and a forecast by evidence: no statement
    "The mayor unveiled a statue of the town's founder.",
    "The company unveiled a new phone with a folding screen.",
    "The senate confirmed a judge on Tuesday.",
    "The poll predicted a landslide.",
])
def test_things_unveiled_or_confirmed(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, expected", [
    # 'since' and 'until' before the verb's subject are conjunctions
    ("Rail fares have risen since the minister said the cap would go.",
     ("the cap would go", "the minister")),
    ("The share price has slid since the retailer announced its plans for 40 store closures.",
     ("its plans for 40 store closures", "the retailer")),
    ("Talks stalled until the striker's agent said the fee was agreed.",
     ("the fee was agreed", "the striker's agent")),
])
def test_since_and_until_clauses(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, expected", [
    # a label's second half, a participle with its agent, stays in the label
    ("The club called the claims false and fabricated by a former coach.",
     "the claims false and fabricated by a former coach"),
    # (a coordinated verb still ends the object)
    ("The mayor accused the developer of lying and was sued by its owner.",
     "the developer of lying"),
])
def test_label_with_participle(text, expected):
    assert contents(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a day between 'called' and 'for': still a request
    ("The shadow minister called on Friday for a public inquiry into the crash.",
     "a public inquiry into the crash"),
    ("The players' union called Tuesday for an independent review of the rules.",
     "an independent review of the rules"),
    # the occasion after the object is the verb's
    ("The senator announced his candidacy with a speech at a steelworks.", "his candidacy"),
    ("The chairman criticized the new stadium plan at a rally in Leeds.",
     "the new stadium plan"),
])
def test_requests_and_occasions(text, expected):
    assert contents(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the press told is the verb's hearer, not part of what was said
    ("The actor's publicist confirmed his death to the Associated Press.", "his death"),
    ("The coach acknowledged the scale of the defeat to reporters.",
     "the scale of the defeat"),
])
def test_press_hearer_after_object(text, expected):
    assert contents(text) == [expected]
