"""The text layer: one article segmented once (paragraphs, sentences, tokens, headline,
byline, dateline), the model every extractor reads instead of raw text. See ``document``."""
from .document import (BYLINE, DATELINE, HEADLINE, TEXT, Document, Paragraph, Sentence, Span,
                       Token)

__all__ = ["BYLINE", "DATELINE", "HEADLINE", "TEXT", "Document", "Paragraph", "Sentence", "Span",
           "Token"]
