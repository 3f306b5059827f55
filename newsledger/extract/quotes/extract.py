"""The quote extractor: every quotation of a document with its kind and speaker, one pass over
the quote spans the text layer paired (``newsledger.text.quotemarks``).

For each span, in order: embedded posts and transcript turns first (``posts.py``,
``transcripts.py``: marks inside a post or a turn belong to it); the attribution rules
(``rules.py``, in their order); failing those, the speaker of the previous quote when the
paragraph continues it (``continues``) or opens a paragraph after one or two of the reporter's
that name nobody else (``continues-across``), or for a fragment in a new sentence its clause
subject (``clause-subject``); quotes that are not quotes are dropped (``filters.py``); then,
still without a speaker, a partial quote's clause subject (``clause-subject``) or, for a lone
quote, the person the sentence before is about (``previous-sentence``); else nobody
(``none``). The pieces of a quote over several paragraphs before the piece that names its
speaker take that speaker (``continues``). A quote's confidence is the measured precision of
the rule that named its speaker.

Text with two-apostrophe marks (``''…''``) is read through ``quotemarks.with_double_marks``:
the same offsets with double marks, the rows keeping the words as written.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsledger.lexicon.people import DESCRIPTIONS, ORG_DESCRIPTIONS, PLURAL_SPEAKERS
from newsledger.records import LocalEntity, Quote
from newsledger.text import Document
from newsledger.text.headline import HEADLINE_SPAN
from newsledger.text.quotemarks import QUOTE_SPANS, QuoteSpan, with_double_marks

from .common import (CUE_WORD, MARK, MAX_QUOTE_CHARS, alternation, paragraph_span,
                     sentence_end, sentence_start, trim)
from .filters import is_partial, not_a_quote
from .mentions import Mentions
from .posts import embedded_posts
from .quoted import Quoted
from .rules import PRECISION, RULES, attribute
from .subjects import clause_subject, previous_subject
from .transcripts import STAGE_DIRECTION, transcript_turns


def quote_spans(doc: Document) -> list[QuoteSpan]:
    """The document's quote spans (``QUOTE_SPANS``, paired once in the text layer), but those
    too long to be a quotation (mark errors)."""
    return [q for q in QUOTE_SPANS(doc) if q.end - q.start <= MAX_QUOTE_CHARS]


# Rules that guess a speaker without a verb of saying: no quote goes on with their speaker
# across a paragraph.
_GUESSES = frozenset({"clause-subject", "previous-sentence"})


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


# How many paragraphs a quote paragraph may stand after the previous quote's and still go on
# with its speaker ('"…," Whitlock said.' / a paragraph of the reporter's / '"…"').
MAX_PARAGRAPHS_ACROSS = 3


# Someone unnamed who may speak: 'the board', 'a spokesman', 'police', 'officials'.
_UNNAMED = PLURAL_SPEAKERS - {"some", "many", "all", "most", "both", "few", "several", "others",
                              "people"}
_SOMEONE = re.compile(
    rf"(?i:\b(?:the|a|an|its|his|her|their|another|one)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alternation(ORG_DESCRIPTIONS | DESCRIPTIONS)})\b)|"
    rf"(?<![\w'’-])(?i:{alternation(_UNNAMED)})(?![\w'’-])")


def _continues_across(doc: Document, s: int, line_start: int, previous: dict | None,
                      mentions: Mentions) -> bool:
    """Whether a quote that opens its paragraph goes on with the speaker of a quote one or two
    paragraphs before (news leaves a speaker's quotes open across a paragraph of the
    reporter's: '"…," Whitlock said.' / 'It was a third draw in a row.' / '"We go again."'):
    only when its own paragraph has no verb of saying, and nothing in between quotes anyone,
    names anyone else (a person or organization, by name, description or pronoun, or 'the
    board', 'police') or has a verb of saying whose subject is not that speaker."""
    text = doc.text
    if previous is None or previous.get("speaker_kind") == "unknown" or \
            previous.get("rule") in _GUESSES or text[line_start:s - 1].strip():
        return False
    end = previous.get("quote_end", -1)
    here, there = doc.paragraph_at(line_start), doc.paragraph_at(end)
    if here is None or there is None or not 2 <= here.index - there.index <= \
            MAX_PARAGRAPHS_ACROSS or MARK.search(text, end + 1, line_start) or \
            CUE_WORD.search(text, s, here.end):
        return False  # (a verb of saying after the quote: an attribution no rule could read)
    name = previous.get("speaker_name")
    own = [(a, b) for a, b, _, ent in mentions.between(there.start, line_start)
           if name and ent.name == name]
    if any(ent.kind in ("person", "organization") and ent.name != name
           for _, _, _, ent in mentions.between(end + 1, line_start)):
        return False
    if _SOMEONE.search(text, end + 1, line_start):
        return False  # ('The board met.', 'Police arrived.': someone who may speak next)
    for cue in CUE_WORD.finditer(text, there.end, line_start):
        # (the previous quote's own paragraph holds its attribution)
        if not any(b <= cue.start() <= b + 40 for _, b in own):
            return False
    return True


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
    if not doc.text:
        return []
    marked = with_double_marks(doc.text)
    if marked is None:
        return _quotes_with_rules(doc, entities, HEADLINE_SPAN(doc))
    # ''…'' marks: the rules read the text with double marks at the same offsets; the rows
    # keep the words as written
    original = doc.text
    return [(replace(q, text=original[q.start:q.end],
                     speaker_text=None if q.speaker_start is None
                     else original[q.speaker_start:q.speaker_end]), rule)
            for q, rule in _quotes_with_rules(Document(marked), entities, HEADLINE_SPAN(doc))]


def _quotes_with_rules(doc: Document, entities: Sequence[LocalEntity],
                       headline: tuple[int, int] | None) -> list[tuple[Quote, str]]:
    text = doc.text
    mentions = Mentions.of_document(entities, doc)
    posts = embedded_posts(doc, mentions)
    turns = transcript_turns(doc, mentions)
    taken = [(a, b) for _, a, b in posts] + [(a, b) for _, a, b in turns]
    quotes: list[tuple[Quote, str]] = [(q, "post") for q, _, _ in posts] + [
        (q, "transcript") for q, _, _ in turns if not any(a <= q.start < b for _, a, b in posts)]
    previous: dict | None = None  # the last quote's speaker, for continued quotes
    prev_group, prev_para = -1, -1
    pieces: dict[int, list[int]] = {}  # the rows of each quote (pieces over paragraphs)
    for s, e, group, closed in quote_spans(doc):
        if any(a <= s < b for a, b in taken):
            continue  # marks inside an embedded post belong to the post
        qs, qe = trim(text, s, e)
        if qe <= qs or STAGE_DIRECTION.fullmatch(text, qs, qe):
            continue  # ('"(CROSSTALK.)': a stage direction in a quoted transcript)
        mark_end = e if closed else qe  # where the closing mark is (or the paragraph ends)
        line_start = paragraph_span(doc, qs)[0]
        # s - 1 is the opening mark: spaced ('" like this "') marks keep their spaces inside.
        mentions.previous = previous
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
        elif info is None and not partial and _continues_across(doc, s, line_start, previous,
                                                                mentions):
            info = {**previous, "rule": "continues-across"}
            strong = RULES["continues-across"].strength
        sentence = (sentence_start(doc, s - 1), max(qe + 1, sentence_end(doc, qe)))
        if not_a_quote(text, s, qe, strong, line_start, sentence, headline):
            continue
        if info is None and partial:
            info = _ruled(clause_subject(text, sentence_start(doc, s - 1), s - 1, mentions),
                          "clause-subject")
        if info is None and not partial:
            info = _ruled(previous_subject(doc, s - 1, mentions), "previous-sentence")
        kind = "partial" if partial else "direct"
        pieces.setdefault(group, []).append(len(quotes))
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
    for rows in pieces.values():
        if len(rows) > 1:
            _named_later(quotes, rows)
    return sorted(quotes, key=lambda q: (q[0].start, q[0].end))


def _named_later(quotes: list[tuple[Quote, str]], rows: list[int]) -> None:
    """The pieces of a quote over several paragraphs that come before the piece naming its
    speaker ('‘We were poor.' / '‘I told the players so,' he said.') take that speaker, in
    place of none or a guess from the sentence before."""
    named = next((i for i in rows if quotes[i][1] not in _GUESSES | {"none", "continues"}),
                 None)
    if named is None:
        return
    who = quotes[named][0]
    for i in rows:
        if i == named:
            break
        quote, rule = quotes[i]
        if rule in ("none", "previous-sentence"):
            quotes[i] = (replace(quote, speaker_kind=who.speaker_kind,
                                 confidence=PRECISION["continues"],
                                 speaker_text=who.speaker_text, speaker_start=who.speaker_start,
                                 speaker_end=who.speaker_end, speaker_name=who.speaker_name,
                                 speaker_handle=who.speaker_handle, cue=who.cue), "continues")
