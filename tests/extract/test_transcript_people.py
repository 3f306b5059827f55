"""The people who speak a transcript's turns are entities, named by their labels in capitals;
their labels are no antecedents of pronouns, nor of descriptions inside their own turn. Every
transcript here is written for these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes
from newsledger.text import Document

NEWS_HOUR = """MARA QUILL, HOST: Good evening. Storms have torn through northern Kansas tonight.

Our correspondent Dev Anand is in Salina. Dev, what are you seeing?

DEV ANAND, CORRESPONDENT: Mara, officials here say at least four people have died.

(BEGIN VIDEO CLIP)

GOV. RUTH HALE (D), KANSAS: We will stand with every family that lost a home tonight.

(END VIDEO CLIP)

ANAND: The governor has declared an emergency in three counties.

UNIDENTIFIED FEMALE: It came out of nowhere. We lost everything.

QUILL: Dev, thank you. Stay safe out there.
"""

SUNDAY_SHOW = """PEREZ: Joining me now is Senator Lena Brook of Ohio. Senator, thanks for coming.

BROOK: Thanks for having me, Dan.

PEREZ: Your colleague says the bill is dead. Is he right?

BROOK: No. He has said that before, and he was wrong then too.
"""


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract_entities(Document(text))
            if e.kind == "person"}


def test_labels_name_people_and_roles_name_nobody() -> None:
    found = people(NEWS_HOUR)
    assert found["Mara Quill"] == ["MARA QUILL", "Mara", "QUILL"]
    assert found["Dev Anand"][:3] == ["Dev Anand", "Dev", "DEV ANAND"]
    assert "ANAND" in found["Dev Anand"]
    # a title before the name is no part of it; "the governor" in another's turn is her
    assert found["Ruth Hale"] == ["RUTH HALE", "The governor"]
    assert not any("Unidentified" in name or "Female" in name for name in found)


def test_a_surname_label_names_the_person_named_in_full() -> None:
    found = people(SUNDAY_SHOW)
    assert "BROOK" in found["Lena Brook"]
    assert "Perez" not in found  # named by a surname only: nobody the article names in full


def test_a_speaker_s_label_is_no_antecedent_of_their_own_pronouns() -> None:
    """'BROOK: No. He has said that before': "he" is not Lena Brook."""
    doc = Document(SUNDAY_SHOW)
    brook = next(e for e in extract_entities(doc) if e.name == "Lena Brook")
    he_at = SUNDAY_SHOW.index("He has said")
    assert all(m.start != he_at for m in brook.mentions)


def test_transcript_speakers_are_the_label_people() -> None:
    doc = Document(NEWS_HOUR)
    entities = extract_entities(doc)
    names = {e.name for e in entities}
    speakers = {q.speaker_name for q in extract_quotes(doc, entities)}
    assert {"Mara Quill", "Dev Anand", "Ruth Hale"} <= speakers & names


@pytest.mark.parametrize("text", [
    # an all-caps heading in prose is no label, so no person
    "IN NUMBERS: The council spent £4m on roads last year, it said.\n\nThe rest went on "
    "parks.",
    "BREAKING NEWS: A fire has closed the main road through Alston.\n\nPolice said it "
    "would reopen tonight.",
])
def test_headings_in_capitals_name_nobody(text: str) -> None:
    assert people(text) == {}


def test_a_programme_title_in_the_headline_is_no_turn() -> None:
    """'NEWS HOUR: Storms in Kansas' heads the transcript: the programme's title, not a turn
    spoken by 'News Hour'."""
    text = "NEWS HOUR: Storms in Kansas\n\n" + NEWS_HOUR
    doc = Document(text)
    quotes = extract_quotes(doc, extract_entities(doc))
    assert "NEWS HOUR" not in {q.speaker_text for q in quotes}
    assert "Storms in Kansas" not in {q.text for q in quotes}
    assert quotes[0].speaker_text == "MARA QUILL"
    assert "NEWS HOUR" not in people(text) and "News Hour" not in people(text)
