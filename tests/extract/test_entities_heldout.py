"""Entities in the styles of held-out news (UK regions and venues, research bodies named
together, a company's short name beside its shares): sentences written for these tests, each
with the names and kinds a reader finds, and what must not be found."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.text import Document


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract_entities(Document(text))}


def mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, found, not_found", [
    # a country's regions by the compass
    ("Commuters across the North West face a third day of disruption.",
     {("North West", "place")}, {("North West", "organization")}),
    ("Flood warnings remain in place for the South East and the East Midlands.",
     {("South East", "place"), ("East Midlands", "place")}, set()),
    ("Snow is forecast across the Midwest on Friday.", {("Midwest", "place")}, set()),
    ("West Midlands Police said a man had been arrested.",
     {("West Midlands Police", "organization")}, {("West Midlands", "place")}),
    # a saint's possessive inside a venue's or a hospital's name
    ("The 24-year-old has signed a five-year contract at St James' Park.",
     {("St James' Park", "place")}, {("St James", "place")}),
    ("She was taken to St Thomas' Hospital in London.",
     {("St Thomas' Hospital", "organization"), ("London", "place")}, {("St Thomas", "place")}),
    # a body named after a place, "and", another body
    ("Researchers at the University of Edinburgh and Public Health Scotland followed 1.2 "
     "million people.", {("University of Edinburgh", "organization"),
                         ("Public Health Scotland", "organization")},
     {("University of Edinburgh and Public Health Scotland", "organization")}),
    ("The Department of Health and Human Services said it would appeal.",
     {("Department of Health and Human Services", "organization")}, set()),
    ("The Bank of Scotland and Ireland said so.",
     {("Bank of Scotland and Ireland", "organization")}, set()),
])
def test_names_and_kinds(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)


def test_a_company_short_name_after_shares_in_is_the_company() -> None:
    text = ("Calder Foods has agreed to be bought for $3.2bn. Shares in Calder jumped 33% to "
            "398p. Calder employs 6,200 people.")
    got = mentions(text)
    assert got["Calder Foods"] == ["Calder Foods", "Calder", "Calder"]
    assert "Calder" not in got


def test_residents_in_a_place_keep_it_a_place() -> None:
    got = kinds("Tulsa Police said the road was closed. Residents in Tulsa said they heard shots.")
    assert ("Tulsa", "place") in got


# Towns and cities by GeoNames' list (``CITY_NAMES``), where the words around them allow a
# place; people's names and companies that are also towns' names stay what the article says.
@pytest.mark.parametrize("text, found, not_found", [
    ("Calder employs 6,200 people at sites in Leeds, Wrexham and Dundee.",
     {("Leeds", "place"), ("Wrexham", "place"), ("Dundee", "place")}, set()),
    ("Dr Helen Marsh, a GP in Dundee, said many patients had never heard of RSV.",
     {("Dundee", "place"), ("Helen Marsh", "person")}, set()),
    ("The governor told reporters in Austin that crews were ready.", {("Austin", "place")}, set()),
    ("Talks in Geneva, Munich and Athens ended without a deal.",
     {("Geneva", "place"), ("Munich", "place"), ("Athens", "place")}, set()),
    ("Rescue teams are ready from El Paso to Beaumont, Delgado said.",
     {("El Paso", "place")}, {("El Paso", "person")}),
    ("Students rallied on Capitol Hill and in Chapel Hill on Tuesday.",
     {("Capitol Hill", "place"), ("Chapel Hill", "place")}, set()),
    # negatives: a company one invests in, a person named before, a month, a particle's name
    ("The fund invested in Mercedes last year.", set(), {("Mercedes", "place")}),
    ("Hillary Clinton spoke first. Voters said they had confidence in Clinton.",
     {("Hillary Clinton", "person")}, {("Clinton", "place")}),
    ("The plant closed in March after a fire.", set(), {("March", "place")}),
    ("Martin Van Buren was the eighth president.", {("Martin Van Buren", "person")},
     {("Van Buren", "place")}),
])
def test_towns_by_name_where_a_place_may_stand(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)


def test_the_city_list_is_sorted_names_under_its_licence_header() -> None:
    from pathlib import Path

    from newsledger.lexicon import places

    lines = (Path(places.__file__).parent / "data" / "cities.txt").read_text(
        encoding="utf-8").splitlines()
    header = [x for x in lines if x.startswith("#")]
    names = [x for x in lines if not x.startswith("#")]
    assert "CC BY 4.0" in " ".join(header) and "GeoNames" in " ".join(header)
    assert names == sorted(set(names)) and all(n.strip() == n and n.isascii() for n in names)
    assert {"Dundee", "El Paso", "Wrexham"} <= places.CITY_NAMES


@pytest.mark.parametrize("text, found, not_found", [
    ("A shooting outside a nightclub in downtown Fresno left one person dead.",
     {("Fresno", "place")}, set()),
    ("The victim, a 27-year-old man from Clovis, died in hospital.", {("Clovis", "place")}, set()),
    ("The sides meet again at Madison Square Garden after Saturday's game at TD Garden.",
     {("Madison Square Garden", "place"), ("TD Garden", "place")},
     {("Madison Square Garden", "person"), ("TD Garden", "organization")}),
    ("Jennifer Park said the plan would work.", {("Jennifer Park", "person")}, set()),
    ("Support came from Mercedes and Renault.", set(), {("Mercedes", "place")}),
])
def test_venues_and_towns_people_come_from(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)


def test_residents_of_a_place_make_it_a_place() -> None:
    assert ("Eastfield", "place") in kinds("Residents of Eastfield said the road was unsafe.")
    assert ("Unite", "organization") in kinds("Tom Hale of Unite said the offer was poor.")


@pytest.mark.parametrize("text, found, not_found", [
    # initials shown to be an organization's by its kind of body, its head or what it does
    ("The GMB union said it would seek assurances over jobs.",
     {("GMB", "organization")}, set()),
    ("ASLEF's general secretary Mick Rowe said drivers were angry.",
     {("ASLEF", "organization"), ("Mick Rowe", "person")}, set()),
    ("Separately, the CAA has fined the airline £120,000 over late refunds.",
     {("CAA", "organization")}, set()),
    ("The FTC sued the app maker on Wednesday.", {("FTC", "organization")}, set()),
    # initials of people, a person's initials, or no body at all
    ("The LGBT party won no seats.", set(), {("LGBT", "organization")}),
    ("Mr JB's chief executive said so.", set(), {("JB", "organization")}),
    ("The MAGA party is over, he said.", set(), {("MAGA", "organization")}),
])
def test_initials_acting_as_an_organization(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)


@pytest.mark.parametrize("text, found, not_found", [
    # a one-word body by a fine it imposed, what it counts, "it … its" after its verb of saying
    ("Ofcom has fined mobile operator Telvora £3m for overcharging customers.",
     {("Ofcom", "organization")}, set()),
    ("Telvora, which has 4.5 million customers, said it accepted the findings.",
     {("Telvora", "organization")}, {("Telvora", "person")}),
    ("Northern says it will run only 40% of its services on Sunday.",
     {("Northern", "organization")}, {("Northern", "person")}),
    # a person fined, a town's residents, a person's "it": no body
    ("Hale was fined £200 by magistrates.", set(), {("Hale", "organization")}),
    ("Leeds, which has 800,000 residents, voted to keep the scheme.", set(),
     {("Leeds", "organization")}),
    ("Summer said it would be hard to replace him.", set(), {("Summer", "organization")}),
    ("Haines said it was time for the council to put its finances in order.", set(),
     {("Haines", "organization")}),
    # role nouns before a name stay no evidence
    ("Camera operator John Smith was injured.", {("John Smith", "person")},
     {("John Smith", "organization")}),
    ("Visitors queued for a giant Ferris wheel.", set(), {("Ferris", "organization")}),
    ("Gold fell 1% on Monday. Both indices closed lower.", set(),
     {("Gold", "organization"), ("Both", "organization")}),
])
def test_one_word_bodies_by_what_they_do(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)



@pytest.mark.parametrize("text, found, not_found", [
    # a journal or a paper where a study or a column appears
    ("The findings come from a study published in The Lancet on Tuesday.",
     {("Lancet", "organization")}, set()),
    ("A separate study published in Nature found similar results in mice.",
     {("Nature", "organization")}, set()),
    ("The paper, published in Nature Climate Change, was led by researchers in Exeter.",
     {("Nature Climate Change", "organization")}, {("Nature Climate Change", "person")}),
    ("The study, in the journal Neurology, followed 2,000 people.",
     {("Neurology", "organization")}, set()),
    # a public body named without introduction
    ("Experts say the NHS should consider offering the jab to everyone over 50.",
     {("NHS", "organization")}, set()),
    ("Ofsted rated the school inadequate.", {("Ofsted", "organization")}, set()),
    # where a book appeared, in which language: no organization
    ("The report was published in London on Monday.", {("London", "place")},
     {("London", "organization")}),
    ("The book was published in English in 2019.", set(), {("English", "organization")}),
    # a write-in vote
    ("He voted for Mr. Obama in 2008 and wrote in Ron Paul in 2012.", {("Ron Paul", "person")},
     {("Ron Paul", "organization")}),
])
def test_journals_and_public_bodies(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)
