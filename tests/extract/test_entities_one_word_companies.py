"""One-word companies a reader knows by what the article says of them: what a company has,
after its verb of saying and "its" ("Skyvale said its profits rose"). Sentences written for
these tests; a person's "his" or "her", or a name a title marks, keeps a person."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.text import Document


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, found", [
    ("Skyvale said its profits rose 12% in the year to March.", ("Skyvale", "organization")),
    ("Brimley reported its first-half revenue on Tuesday, beating forecasts.",
     ("Brimley", "organization")),
    ("Dorrance said that its customers had been told of the breach.",
     ("Dorrance", "organization")),
    ("Quillo shares fell 8% after the company cut its forecast.", ("Quillo", "organization")),
])
def test_a_one_word_company(text: str, found: tuple[str, str]) -> None:
    assert found in kinds(text)


@pytest.mark.parametrize("text, name", [
    ("Hartigan said his profits had been wiped out by the floods.", "Hartigan"),
    ("Senator Rubio was asked about the firm. Rubio said its board had failed.", "Rubio"),
    ("Mary said its sales figures were wrong.", "Mary"),
])
def test_no_company(text: str, name: str) -> None:
    assert (name, "organization") not in kinds(text)
