"""UK and US political names: a seat of power is the government it houses where it acts or
speaks ("Downing Street said", "talks with Holyrood"), and the building or street where
something happens there ("outside Downing Street", "on Capitol Hill"). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.text import Document


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, found", [
    ("Downing Street said the talks had been constructive.",
     ("Downing Street", "organization")),
    ("A Downing Street spokesman declined to comment.", ("Downing Street", "organization")),
    ("Ministers will hold talks with Holyrood next week.", ("Holyrood", "organization")),
    ("Stormont has not sat for two years.", ("Stormont", "organization")),
    ("Downing Street said talks with Holyrood and Stormont would continue.",
     ("Stormont", "organization")),
    ("Downing Street said talks with Holyrood and Stormont would continue.",
     ("Holyrood", "organization")),
    ("The White House said the president would veto the bill.",
     ("White House", "organization")),
    ("Farmers drove their tractors past Downing Street on Monday.",
     ("Downing Street", "place")),
    ("Protesters gathered outside the White House overnight.", ("White House", "place")),
    ("Lawmakers on Capitol Hill demanded answers.", ("Capitol Hill", "place")),
    ("The Tories have accused Labour of planning tax rises.", ("Tories", "organization")),
    ("The Tories have accused Labour of planning tax rises.", ("Labour", "organization")),
])
def test_names_and_kinds(text: str, found: tuple[str, str]) -> None:
    assert found in kinds(text)


@pytest.mark.parametrize("text, not_found", [
    # a seat that is a street or a common noun names the government only where it speaks
    ("Tractors lined Whitehall as the crowd moved towards the square.",
     ("Whitehall", "organization")),
    ("Palace inspections are not expected to start until May.", ("Palace", "organization")),
    ("The Tories have accused Labour of planning tax rises.", ("Tories", "person")),
])
def test_not_these_kinds(text: str, not_found: tuple[str, str]) -> None:
    assert not_found not in kinds(text)
