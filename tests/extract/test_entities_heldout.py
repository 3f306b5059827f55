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
