"""Round-ups: an article of short items under topic labels ("RATES: The Bank of Canada cut
...", "Derby days: ..."), a business week, a weekend's football, a newsletter's briefs. It
reports several happenings, none of them its own, so story clustering leaves it a story of
its own (``newsledger.reconcile.stories``; ``evaluation/GUIDE.md``: a round-up that leads with
no one item). A broadcast transcript opens its paragraphs with labels too, its speakers'
("PRESENTER:", "KERRY WALSH, WESSEX TONIGHT:"): they are names or roles, and repeat."""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsledger.lexicon.people import TRANSCRIPT_ROLES
from newsledger.records import LocalEntity
from newsledger.text import Document

# A paragraph's label: up to four words of letters, then a colon and the item's first capital.
_LABEL = re.compile(r"([A-Za-z][A-Za-z'&-]*(?: [A-Za-z'&-]+){0,3}): +[A-Z0-9\"'‘“]")
MIN_ITEMS = 3  # labelled paragraphs: fewer are a transcript's turns or a Q and A


def is_round_up(doc: Document, entities: Sequence[LocalEntity]) -> bool:
    """Whether the article is made of labelled items: its first paragraph (after the
    headline) and half its paragraphs or more, ``MIN_ITEMS`` at least, open with a label,
    every label a different one and none a speaker (a role, ``TRANSCRIPT_ROLES``, or a name
    the article gives a person). A report whose analysis runs under a few labels
    ("Superdelegates: ...", "Campaign funding: ...") after its own lead is no round-up."""
    people = {m.start for e in entities if e.kind == "person" for m in e.mentions}
    paragraphs = [p for p in doc.paragraphs
                  if doc.headline is None or p.start != doc.headline.start]
    labels = []
    for k, p in enumerate(paragraphs):
        found = _LABEL.match(p.text)
        if found is None:
            if k == 0:
                return False
            continue
        label = found.group(1)
        if label.lower() in TRANSCRIPT_ROLES \
                or any(p.start <= s < p.start + len(label) for s in people):
            return False
        labels.append(label.lower())
    return len(labels) >= max(MIN_ITEMS, len(paragraphs) / 2) \
        and len(set(labels)) == len(labels)
