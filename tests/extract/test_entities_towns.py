"""Towns a reader knows only from the text (no gazetteer names them) and bodies whose name ends
in a title word, as local, wire and broadcast reports of one happening write them: "in the
northern English town of Ludford", "an explosion in Ludford yesterday", "residents of Ludford",
"the Health and Safety Executive"; and a tabloid's trade before a name ("Binman Darren
Crouch"). Sentences written for these tests, each with the names and kinds a reader finds, and
what must not be found."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.text import Document


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, found, not_found", [
    # the town's noun after two words that describe it
    ("A blast ripped through a plant in the northern English town of Ludford on Wednesday.",
     {("Ludford", "place")}, set()),
    ("Police were called to the small Welsh village of Cwmderi.", {("Cwmderi", "place")}, set()),
    # "in", "near" or "outside" a one-word name, then when: where it happened
    ("Four people died after an explosion at a chemical plant in Ludford yesterday.",
     {("Ludford", "place")}, set()),
    ("A man was stabbed outside a pub in Eastmere on Saturday night.", {("Eastmere", "place")},
     set()),
    ("Two cars collided near Brackwell last night.", {("Brackwell", "place")}, set()),
    ("CEOs met in Davos on Monday.", {("Davos", "place")}, {("CEOs", "organization")}),
    # the people who live there
    ("Residents of Ludford described the moment the windows shook.", {("Ludford", "place")},
     set()),
    ("The people of Carlow deserve answers, the MP said.", {("Carlow", "place")}, set()),
    ("Villagers in Oakhurst have been told to boil their water.", {("Oakhurst", "place")},
     set()),
    # not a town: what one holds in a company, a body, a month
    ("Investors in Tesco yesterday sold their shares.", set(), {("Tesco", "place")}),
    ("The bill was debated in Parliament on Monday.", set(), {("Parliament", "place")}),
    ("The plant will reopen in March on Monday, the firm said.", set(), {("March", "place")}),
    # a body whose name ends in a title word
    ("Investigators from the Health and Safety Executive arrived at first light.",
     {("Health and Safety Executive", "organization")},
     {("Health and Safety", "organization")}),
    ("The Scottish Executive said it would not intervene.",
     {("Scottish Executive", "organization")}, set()),
    # ... but a post after a firm's name is a title
    ("Tesco Chief Executive Dave Lewis said sales rose.", {("Dave Lewis", "person")},
     {("Tesco Chief Executive", "organization")}),
])
def test_towns_and_bodies(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)


@pytest.mark.parametrize("text, name", [
    ("Binman Darren Crouch, 34, from Grimsby, splashed out on three cars.", "Darren Crouch"),
    ("Barmaid Kelly Shaw said the regulars had raised £2,000.", "Kelly Shaw"),
    ("Roofer Dean Platt fell from the scaffolding.", "Dean Platt"),
])
def test_a_tabloid_s_trade_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert (name, "person") in kinds(text)


@pytest.mark.parametrize("text, found, not_found", [
    # a constituency by its election or its seat
    ("Labour has won the Hartwell by-election with a majority of 3,218.",
     {("Hartwell", "place")}, set()),
    ("Reform UK came second in the Mid Ashcombe by-election.",
     {("Mid Ashcombe", "place")}, {("Mid Ashcombe", "organization")}),
    ("Voters in the Runcorn and Helsby constituency went to the polls on Thursday.",
     {("Runcorn and Helsby", "place")}, {("Runcorn and Helsby", "organization")}),
    ("She held the Hartwell seat for Labour.", {("Hartwell", "place")}, set()),
    ("He is expected to lose his Maidenhead seat.", {("Maidenhead", "place")}, set()),
    # a party's or a chamber's seat is no place
    ("Chris Hale won the Labour seat.", {("Labour", "organization")}, {("Labour", "place")}),
    ("The Senate seat has been open since March.", set(), {("Senate", "place")}),
    # a group of voters is no constituency
    ("She wants to rally this vital Democratic constituency in the autumn.", set(),
     {("Democratic", "place")}),
    ("Labour lost the Tory seat of Ashcombe.", set(), {("Tory", "place")}),
    # a person from a town
    ("Tom Varley, a vet from Tamworth, said the result was a shock.", {("Tamworth", "place")},
     set()),
    ("Tom Varley, a vet from Chelsea Barnes's practice, said it was a shock.", set(),
     {("Chelsea", "place")}),
    # a company whose shares move; a numbered road
    ("Glencore shares lost 3.1% and Anglo American fell 2.8%.",
     {("Glencore", "organization"), ("Anglo American", "organization")},
     {("Anglo American", "person")}),
    ("Drivers should avoid State Route 7 after the collapse.", {("State Route", "place")},
     {("State Route", "person")}),
])
def test_constituencies_companies_and_roads(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)
