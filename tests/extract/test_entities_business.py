"""Entities in business and wire news written in the BBC's 2000s style: a firm named by its
trade ("oil giant"), by where it is based or who owns it ("State-owned", "London-based"), a
former head's firm, plural initials that are common nouns, a listed town after "in".
Sentences written for these tests, each with the names and kinds a reader finds, and what must
not be found."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.text import Document


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, found, not_found", [
    # a trade's giant, major or operator
    ("The owners of embattled Russian oil giant Varnek are to ask for the loan back. Varnek "
     "says the sale was illegal.", {("Varnek", "organization")}, {("Varnek", "person")}),
    ("Regulators have fined mobile operator Telvora £3m.", {("Telvora", "organization")},
     set()),
    ("Oil majors Halden and Brevik both rose 2%.", {("Halden", "organization")}, set()),
    # where a firm is based, who owns or backs it: no part of its name
    ("State-owned Rosvag bought the unit for $9.3bn. A Rosvag spokesman declined to comment.",
     {("Rosvag", "organization")}, {("State-owned Rosvag", "person")}),
    ("The Shanghai-based Moreau Report ranks the country's richest people.",
     {("Moreau Report", "organization")}, {("Shanghai-based Moreau Report", "organization")}),
    ("The Glasgow-born Annie Calder sang the anthem.", {("Annie Calder", "person")},
     {("Glasgow-born Annie Calder", "person")}),
    ('"He is cratering," Texas-based Matt Reyes said.', {("Matt Reyes", "person")},
     {("Matt Reyes", "organization")}),
    ("The row was over a state-owned Dubai company running the ports.", set(),
     {("Dubai", "organization")}),
    ("Troops returned to the Israeli-controlled Golan Heights.", {("Golan Heights", "place")},
     set()),
    # "former" before a firm's name and its head's title: the firm, not a person
    ("Former Telcorp boss Bernard Ebbs was directly involved in the fraud.",
     {("Telcorp", "organization"), ("Bernard Ebbs", "person")}, {("Telcorp", "person")}),
    ("Former President Jimmy Carter spoke first.", {("Jimmy Carter", "person")}, set()),
    # a trade body by its noun, or by its head after the possessive
    ("Piracy cost the industry £2.6bn, according to the trade body Elspar.",
     {("Elspar", "organization")}, set()),
    ("Elspar's director general Roger Benn said piracy was theft.",
     {("Elspar", "organization"), ("Roger Benn", "person")}, set()),
    # plural initials are common nouns
    ("Mobile phones 'to outsell PCs'\n\nSales of PCs fell as MPs and CEOs met.", set(),
     {("PCs", "organization"), ("MPs", "organization"), ("CEOs", "organization")}),
    ("GPs warned the NHS about waiting lists.", {("NHS", "organization")},
     {("GPs", "organization")}),
    # a listed town of several words after "in", even where its first word is a given name
    ("The shortlist was announced in Beverly Hills on Tuesday.", {("Beverly Hills", "place")},
     {("Beverly Hills", "person")}),
    # negatives: a trade word alone is no firm's evidence
    ("Camera operator John Ames filmed the match.", {("John Ames", "person")},
     {("John Ames", "organization")}),
    ("A giant Ferris wheel opened on the seafront.", set(), {("Ferris", "organization")}),
])
def test_business_entities(text: str, found: set, not_found: set) -> None:
    got = kinds(text)
    assert found <= got
    assert not (not_found & got)
