"""The text layer: each article segmented once into a ``Document`` that every extractor reads
instead of raw text (``document.py``; the rules are in ``segment.py``).

    from newsledger.text import Document
    doc = Document(text)
    doc.paragraphs, doc.sentences           # tuples of Paragraph / Sentence, in order
    doc.sentence_at(pos), doc.paragraph_at(pos)
    doc.previous_sentence(s), doc.next_sentence(s), doc.sentences_in(start, end)
    doc.tokens_in(start, end)               # Token: start, end, text, is_capitalized,
                                            #        is_sentence_start
    doc.capitalized_runs                    # (start, end) of name candidates
    doc.headline, doc.byline, doc.dateline  # Span or None; each is also its own Sentence
    Fact("name", compute)(doc)              # a fact a step finds once and later steps read

Facts of the text layer itself, each computed once per document on first use:

    from newsledger.text.quotemarks import QUOTE_SPANS
    QUOTE_SPANS(doc).spans, QUOTE_SPANS(doc).quoted_at(pos)   # paired quote marks
    from newsledger.text.headline import HEADLINE_SPAN, TITLE_CASE_LINES, is_title_case
    HEADLINE_SPAN(doc), TITLE_CASE_LINES(doc)                 # the headline, Title Case lines
    from newsledger.text.credits import CREDITS_START
    CREDITS_START(doc)                        # where a wire story's closing credits start
    from newsledger.text.clauses import main_clause_start
    main_clause_start(doc, index)             # where a sentence's main clause starts (after
                                              # a fronted clause: "As ..., West turned")

Every span is 0-based, end-exclusive offsets into ``doc.text``, as in the records.
"""
from .document import (BYLINE, DATELINE, HEADLINE, TEXT, Document, Fact, Paragraph, Sentence,
                       Span, Token)

__all__ = ["BYLINE", "DATELINE", "HEADLINE", "TEXT", "Document", "Fact", "Paragraph", "Sentence",
           "Span", "Token"]
