"""The quote extractor: every quotation of a document with its kind and speaker, one pass over
the quote spans the text layer paired (``newsledger.text.quotemarks``).

For each span, in order: embedded posts first (``posts.py``: marks inside a post belong to the
post); the attribution rules (``rules.py``, in their order); failing those, the speaker of the
previous quote when the paragraph continues it (``continues``), or for a fragment in a new
sentence its clause subject (``clause-subject``); quotes that are not quotes are dropped
(``filters.py``); then, still without a speaker, a partial quote's clause subject
(``clause-subject``) or, for a lone quote, the person the sentence before is about
(``previous-sentence``); else nobody (``none``). A quote's confidence is the measured
precision of the rule that named its speaker.
"""
from __future__ import annotations

from collections.abc import Sequence

from newsledger.records import LocalEntity, Quote
from newsledger.text import Document
from newsledger.text.headline import HEADLINE_SPAN
from newsledger.text.quotemarks import QUOTE_SPANS, QuoteSpan

from .common import MAX_QUOTE_CHARS, paragraph_span, sentence_end, sentence_start, trim
from .filters import is_partial, not_a_quote
from .mentions import Mentions
from .posts import embedded_posts
from .quoted import Quoted
from .rules import PRECISION, RULES, attribute
from .subjects import clause_subject, previous_subject


def quote_spans(doc: Document) -> list[QuoteSpan]:
    """The document's quote spans (``QUOTE_SPANS``, paired once in the text layer), but those
    too long to be a quotation (mark errors)."""
    return [q for q in QUOTE_SPANS(doc) if q.end - q.start <= MAX_QUOTE_CHARS]


def _previous_line(doc: Document, line_start: int) -> int:
    """Start of the paragraph before the one starting at ``line_start`` (-2 for none)."""
    para = doc.paragraph_at(line_start)
    return doc.paragraphs[para.index - 1].start if para is not None and para.index > 0 else -2


def _continues(doc: Document, s: int, line_start: int, group: int, prev_group: int,
               prev_para: int) -> bool:
    """Whether the quote opening at ``s - 1`` goes on with the previous quote's speaker: a
    piece of the same multi-paragraph quote, a quote in the same paragraph, or a quote that
    opens the paragraph right after the previous quote's."""
    return group == prev_group or prev_para == line_start or (
        not doc.text[line_start:s - 1].strip() and _previous_line(doc, line_start) == prev_para)


def _ruled(info: dict | None, rule: str) -> dict | None:
    """``info`` marked with the rule that found it."""
    if info is not None:
        info["rule"] = rule
    return info


def extract_quotes(doc: Document, entities: Sequence[LocalEntity]) -> list[Quote]:
    """Every quotation of the document with its kind and speaker (see the module docstring)."""
    return [q for q, _ in quotes_with_rules(doc, entities)]


def quotes_with_rules(doc: Document, entities: Sequence[LocalEntity]) -> list[tuple[Quote, str]]:
    """``extract_quotes`` with the name of the rule that found each speaker (the names of the
    rows of ``rules.ATTRIBUTION_RULES``, measured in ``RULE_PRECISION``; "post" for embedded
    posts, "none" for no speaker)."""
    text = doc.text
    if not text:
        return []
    mentions = Mentions(entities, (doc.byline.start, doc.byline.end) if doc.byline else (-1, -1))
    posts = embedded_posts(doc, mentions)
    taken = [(a, b) for _, a, b in posts]
    quotes: list[tuple[Quote, str]] = [(q, "post") for q, _, _ in posts]
    headline = HEADLINE_SPAN(doc)
    previous: dict | None = None  # the last quote's speaker, for continued quotes
    prev_group, prev_para = -1, -1
    for s, e, group, closed in quote_spans(doc):
        if any(a <= s < b for a, b in taken):
            continue  # marks inside an embedded post belong to the post
        qs, qe = trim(text, s, e)
        if qe <= qs:
            continue
        mark_end = e if closed else qe  # where the closing mark is (or the paragraph ends)
        line_start = paragraph_span(doc, qs)[0]
        # s - 1 is the opening mark: spaced ('" like this "') marks keep their spaces inside.
        info, strong = attribute(Quoted.of(doc, s, mark_end, closed, mentions, previous))
        continues = previous is not None and _continues(doc, s, line_start, group,
                                                        prev_group, prev_para)
        partial = is_partial(text, s, qe, line_start)
        if info is None and continues and partial and (
                previous.get("quote_end", -1) < sentence_start(doc, s - 1)):
            # a fragment in a new sentence of its own: its subject speaks ('…," she said.
            # She blamed it on a "disturbed person"'), else the speaker goes on
            info = _ruled(clause_subject(text, sentence_start(doc, s - 1), s - 1, mentions),
                          "clause-subject")
        if info is None and continues:
            info = {**previous, "rule": "continues"}
            strong = RULES["continues"].strength
        sentence = (sentence_start(doc, s - 1), max(qe + 1, sentence_end(doc, qe)))
        if not_a_quote(text, s, qe, strong, line_start, sentence, headline):
            continue
        if info is None and partial:
            info = _ruled(clause_subject(text, sentence_start(doc, s - 1), s - 1, mentions),
                          "clause-subject")
        if info is None and not partial:
            info = _ruled(previous_subject(doc, s - 1, mentions), "previous-sentence")
        kind = "partial" if partial else "direct"
        if info is None:
            quotes.append((Quote(qs, qe, text[qs:qe], kind, "unknown", PRECISION["none"]),
                           "none"))
            previous = None
        else:
            rule = info["rule"]
            quotes.append((Quote(qs, qe, text[qs:qe], kind, info["speaker_kind"],
                                 PRECISION[rule], info["speaker_text"], info["speaker_start"],
                                 info["speaker_end"], info["speaker_name"],
                                 info.get("speaker_handle"), info["cue"]), rule))
            previous = {**info, "quote_end": mark_end, "partial": partial}
        prev_group, prev_para = group, line_start
    return sorted(quotes, key=lambda q: (q[0].start, q[0].end))
