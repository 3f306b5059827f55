"""Where each sentence's main clause starts: after a fronted clause ("As the race between
Donald Trump and Joe Biden heated up in the summer, West turned …": West is the subject, not
Trump), else at the sentence's start. Found once per document and read by every step that
looks for a sentence's subject (the entity resolver's pronouns, the quote extractor's
antecedents).

    from newsledger.text.clauses import main_clause_start
    main_clause_start(doc, index)   # offset where sentence ``index``'s main clause starts

A fronted clause opens with a word of ``SUBJECT_OPENERS`` ("as", "after", "when", "although",
…) and ends at its first comma within ``FRONTED_SPAN`` characters; without such a comma the
sentence is taken whole.
"""
from __future__ import annotations

import re

from newsledger.lexicon.people import SUBJECT_OPENERS

from .document import Document, Fact

FRONTED_SPAN = 160  # characters a fronted clause runs at most before its comma
_OPENER = re.compile(r"[\s\"“”'‘’(—–-]*([A-Za-z]+)")  # a sentence's first word


def _starts(doc: Document) -> tuple[int, ...]:
    text = doc.text
    out = []
    for sentence in doc.sentences:
        start = sentence.start
        opener = _OPENER.match(text, start, sentence.end)
        if opener is not None and opener.group(1).lower() in SUBJECT_OPENERS:
            comma = text.find(",", opener.end(), min(sentence.end, start + FRONTED_SPAN))
            if comma >= 0:
                start = comma + 1
        out.append(start)
    return tuple(out)


MAIN_CLAUSE_STARTS = Fact("main_clause_starts", _starts)


def main_clause_start(doc: Document, index: int) -> int:
    """Where the main clause of sentence ``index`` of ``doc`` starts."""
    return MAIN_CLAUSE_STARTS(doc)[index]
