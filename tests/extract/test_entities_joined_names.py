"""Names the text layer cuts into pieces, joined again by the entity rules (a body's name with
"of the" inside it, a name a number completes) or split (two names joined by "and" where the
second is a body's initials), a ship's name kept whole, and towns' names that are no places. Sentences written for these tests, each with the names and kinds a reader
finds, and what must not be found."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.text import Document


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, found, not_found", [
    # a body's head word, "of the", the rest of its name
    ("Campaigners from Friends of the Earth said the plan was weak.",
     {("Friends of the Earth", "organization")}, {("Earth", "person")}),
    ("The Church of the Nazarene opened a new hall in Leeds.",
     {("Church of the Nazarene", "organization"), ("Leeds", "place")},
     {("Church", "organization")}),
    ("The film will be shown at the Museum of the Moving Image next month.",
     {("Museum of the Moving Image", "organization")}, {("Moving Image", "organization")}),
    ("Bank of the West said it would close ten branches.",
     {("Bank of the West", "organization")}, {("West", "person"), ("Bank", "organization")}),
    ("The Society of the Cincinnati owns the house.",
     {("Society of the Cincinnati", "organization")}, set()),
    ("Her grandmother joined the Daughters of the American Revolution in 1960.",
     {("Daughters of the American Revolution", "organization")}, set()),
    ("The Department of the Interior approved the drilling permits.",
     {("Department of the Interior", "organization")}, set()),
    ("She studied at the University of the West of England in Bristol.",
     {("University of the West of England", "organization"), ("Bristol", "place")}, set()),
    # a title, "of the": the office, not a body's name
    ("The President of the United States met the Secretary of the Treasury.",
     {("United States", "place")},
     {("President of the United States", "organization"),
      ("Secretary of the Treasury", "organization")}),
    ("Members of the Senate voted late on Tuesday.", {("Senate", "organization")},
     {("Members of the Senate", "organization")}),
    ("News of the league's decision was first reported on Friday.", set(),
     {("News of the league", "organization")}),
    ("Council of the Great Lakes Region members met on Monday.",
     {("Council of the Great Lakes Region", "organization")}, set()),
    # a number completes a broadcaster's or a league's name
    ("Speaking on Radio 4's Today programme, the minister said the plan was fair.",
     {("Radio 4", "organization")}, {("Radio", "organization")}),
    ("He told Channel 4 News that the talks had failed.",
     {("Channel 4 News", "organization")}, {("Channel", "organization"),
                                            ("News", "organization")}),
    ("The club were promoted from League 2 last season.",
     {("League 2", "organization")}, {("League", "organization")}),
    # a body's name, "and", another body's initials
    ("Fox News Channel and CNN both carried the speech live.",
     {("Fox News Channel", "organization"), ("CNN", "organization")},
     {("Fox News Channel and CNN", "organization")}),
    ("First Citizens Bank and Trust Company said it would appeal.",
     {("First Citizens Bank and Trust Company", "organization")}, set()),
])
def test_names_and_kinds(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)


@pytest.mark.parametrize("text, not_entity", [
    # a ship's name is none of the contract's kinds: no person, nor a place in its name
    ("HMS Queen Elizabeth stayed in Portsmouth harbour.", "Elizabeth"),
    ("The crew of HMS Prince of Wales were told to stand by.", "Wales"),
])
def test_a_ship_names_no_person_or_place(text: str, not_entity: str) -> None:
    assert not_entity not in {name for name, _ in kinds(text)}


@pytest.mark.parametrize("text, not_place", [
    # towns of GeoNames whose names news uses for a person or a word
    ("General Aung San led the country to independence.", "Aung San"),
    ("Uptown residents said the new bar was too noisy.", "Uptown"),
])
def test_names_that_are_no_places(text: str, not_place: str) -> None:
    assert (not_place, "place") not in kinds(text)


def test_a_body_s_head_word_alone_is_the_body_named_before() -> None:
    text = ("The Bank of England held rates at 4%. Andrew Bailey, the Bank's governor, said "
            "inflation was falling.")
    got = {e.name: [m.text for m in e.mentions] for e in extract_entities(Document(text))}
    assert got["Bank of England"] == ["Bank of England", "Bank"]
    assert "Bank" not in got


def test_a_head_word_two_bodies_share_stays_apart() -> None:
    text = "The Bank of England and the Bank of Japan met. The Bank said little."
    got = {e.name: [m.text for m in e.mentions] for e in extract_entities(Document(text))}
    assert got["Bank of England"] == ["Bank of England"]
    assert got["Bank of Japan"] == ["Bank of Japan"]
