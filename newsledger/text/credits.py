"""A wire story's closing credits: "(Reporting by Tom Ellery in Leeds; Editing by Kate
Mayhew)", "Compiled by the Data Desk". The people they name made the story; they are not in it
(story keys leave them out)."""
from __future__ import annotations

import re

from newsledger.lexicon.ingest import CREDIT_ROLES

from .document import Document, Fact

# A role, "by" and a capitalized name, at a paragraph's start, perhaps after "(".
_CREDITS = re.compile(r"\(?[ \t]*(?P<role>(?:[A-Za-z]+[ \t]+)?[A-Za-z]+)[ \t]+by[ \t]+[A-Z]")


def _credits_start(doc: Document) -> int:
    """Where the credits start: a last paragraph opened by a role of ``CREDIT_ROLES`` and "by";
    else the end of the text."""
    if doc.paragraphs:
        last = doc.paragraphs[-1]
        m = _CREDITS.match(doc.text, last.start, last.end)
        if m is not None and m.group("role").lower() in CREDIT_ROLES:
            return last.start
    return len(doc.text)


CREDITS_START = Fact("credits_start", _credits_start)
