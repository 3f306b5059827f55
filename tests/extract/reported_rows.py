"""What the reported-speech tests read: every statement of a text, through the same steps as a
build (entities, direct quotes, then reported speech)."""
from __future__ import annotations

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes, reported_speech
from newsledger.records import Quote
from newsledger.text import Document


def rows(text: str) -> list[Quote]:
    doc = Document(text)
    entities = extract_entities(doc)
    return reported_speech(doc, entities, extract_quotes(doc, entities))


def reported(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker name or, without one, the speaker as written) of every statement."""
    return [(q.text, q.speaker_name or q.speaker_text) for q in rows(text)]


def contents(text: str) -> list[str]:
    return [q.text for q in rows(text)]
