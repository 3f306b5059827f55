"""Entities beside peers' styles, works' titles, occasions and one-word bodies: sentences
written for these tests, each with the names and kinds a reader finds, and what must not be
found."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.text import Document


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, found, not_found", [
    # a peer's style: title, surname, "of", the seat: one person, no place or body beside
    ("Baroness Mardle of Hexworth said the bill was rushed.",
     {("Mardle of Hexworth", "person")}, {("Hexworth", "organization"), ("Hexworth", "place"),
                                          ("Baroness Mardle", "person")}),
    ("Lord Penrose of Aldwick told peers the report was fair.",
     {("Penrose of Aldwick", "person")}, {("Aldwick", "organization")}),
    ("Viscount Ashby said he would vote against it.", {("Ashby", "person")},
     {("Viscount Ashby", "person")}),
    # an office is no peer's style
    ("The Lord Mayor of London opened the bridge.", {("London", "place")},
     {("Mayor of London", "person")}),
    # a person's full name, "and", a one-word name: two names
    ("Gary Pryce and Southport parted company on Monday.", {("Gary Pryce", "person")},
     {("Gary Pryce and Southport", "person")}),
    ("Kerry Lane and Tom Ash were arrested.", {("Kerry Lane", "person"), ("Tom Ash", "person")},
     set()),
    # a work's title after its noun is no person
    ("The film Harbour Lights Burning opened on Friday.", set(),
     {("Harbour Lights Burning", "person")}),
    ("Her album Golden Hours sold 40,000 copies in its first week.", set(),
     {("Golden Hours", "person")}),
    ("His documentary Cold Water Blues won the prize.", set(), {("Cold Water Blues", "person")}),
    ("Her previous film The Glass Orchard was nominated twice.", set(),
     {("Glass Orchard", "organization"), ("Glass Orchard", "person")}),
    ("Her single Paper Boats reached number three.", set(), {("Paper Boats", "person")}),
    ("Their new show Harbour Nights starts on Monday.", set(), {("Harbour Nights", "person")}),
    # negatives: a relative clause's subject after the noun, a verb or an adjective before a
    # name, a game a side lost
    ("The film Steven Hale directed won two awards.", {("Steven Hale", "person")}, set()),
    ("Polls show Ann Lee ahead in the race.", {("Ann Lee", "person")}, set()),
    ("Not a single Labour MP voted for it.", {("Labour", "organization")}, set()),
    ("The game Leeds United lost on Saturday was their fifth defeat.",
     {("Leeds United", "organization")}, set()),
    # a cricketer's position is no part of his name
    ("Opener Tom Haines made 54 before lunch.", {("Tom Haines", "person")},
     {("Opener Tom Haines", "person")}),
    # a ground in a lane; a person so named
    ("Harfield beat Brenton 3-2 at Mill Lane on Saturday.", {("Mill Lane", "place")},
     {("Mill Lane", "person")}),
    ("Fans paid tribute to Nathan Lane.", {("Nathan Lane", "person")}, set()),
    # an occasion's word alone names no body; its full name does
    ("Organisers said the Games would open on time.", set(), {("Games", "organization")}),
    ("The Festival sold out in an hour.", set(), {("Festival", "organization")}),
    ("Tickets for the Glastonbury Festival sold out.",
     {("Glastonbury Festival", "organization")}, set()),
])
def test_names_and_kinds(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)


@pytest.mark.parametrize("text, found, not_found", [
    # ", which" and what a body does: no person (people take "who"), wherever the article
    # names it
    ("Dunmore said sales rose 4%. Dunmore, which employs 12,000 staff, will open ten stores.",
     {("Dunmore", "organization")}, {("Dunmore", "person")}),
    ("Dormex, Severneft's main shareholder, said it would fight the claim. Dormex said the "
     "demand was unfair.", {("Dormex", "organization")}, {("Dormex", "person")}),
    ("Corran, Halden's UK unit, said orders fell.", {("Corran", "organization")}, set()),
    # negatives: a surname with "who"; a rival, who may be a person
    ("Dunmore said sales rose 4%. Dunmore, who joined in 2019, will step down.",
     {("Dunmore", "person")}, {("Dunmore", "organization")}),
    ("Hale said the plan was fair.", {("Hale", "person")}, set()),
    ("Abbott said the plan was fair. Abbott, Corbyn's rival, spoke for ten minutes.",
     {("Abbott", "person")}, {("Abbott", "organization")}),
])
def test_one_word_bodies(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)
