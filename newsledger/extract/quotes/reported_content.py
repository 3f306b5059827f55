"""Reported speech, the span of what was said (``content``): from where a row's statement
starts to its stop in the sentence, if it is reported speech at all (enough of the reporter's
own words, not a quote whole, not an aside). Every row finder (``reported_verbs``,
``reported_set_off``, ``reported_as``, ...) cuts its span here."""
from __future__ import annotations

import re

from newsledger.text.quotemarks import MARK

from .reported_clauses import _CUE_WORD_SET, _CUE_WORDS, MIN_WORDS, Cue
from .reported_ends import _content_end, _outside_words, _span_end

def _content(q: Cue, start: int | None, end: int | None = None,
             min_words: int = MIN_WORDS) -> tuple[int, int] | None:
    """The content span from ``start`` (to its stop in the sentence, or ``end``), if it is
    reported speech: enough of the reporter's words (``min_words``), not a quote in
    two-apostrophe marks, not an aside after a dash ('criticizing - and even threatening to
    sue - the paper')."""
    if start is None:
        return None
    text = q.text
    if end is None:
        end = _content_end(text, start, q.s1, q.marks, q.s0, q.m.start(), q.m.end())
    else:
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
            end -= 1
    while start < end and text[start].isspace():
        start += 1
    # (read only when the content's last word is a cue: the pattern ends on one after a space)
    last = max(text.rfind(" ", start, end), text.rfind("\t", start, end)) + 1
    tail = _ENDS_ON_CUE.search(text, start, end) if text[last:end] in _CUE_WORD_SET else None
    if tail is not None:  # '… loop-hole," she said.': the closing mark stays
        end = tail.start()
        j = end
        while j < tail.end() and text[j] in ",\"”":
            j += 1
        if len(MARK.findall(text, start, j)) % 2 == 0 and MARK.search(text, end, j):
            end = j  # (the quote it closes opened inside the content)
        while end > start and text[end - 1] in ", ":
            end -= 1
    if end > start and text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1  # '(As the BBC reported, the club has agreed a fee.)'
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
            end -= 1
    aside = _TRAILING_ASIDE.search(text, start, end) if text[end - 1:end] == ")" else None
    if aside is not None and aside.start() - start > 10:
        end = aside.start()  # 'proposed a levy on second homes (which the opposition backs)'
    if _ELLIPTIC.match(text, start, end) and _AS_SPEAKER.search(text, max(q.s0, q.m.start() - 40),
                                                                 q.m.start()):
        return None  # 'just as she said she would, and …': no statement of its own (an
        # answer is one: '55 percent say she does not')
    # (a noun object that carries a proposition says enough in fewer letters: 'a veto')
    if min_words >= MIN_WORDS and q.marks.quoted_at(start) is None and \
            not MARK.match(text, start) and any(True for _ in q.marks.spans_in(start, end)):
        min_words -= 1  # (the reporter's subject and the quoted rest is a statement: 'said the
        # government "respects the right to protest"', 'replied that she was "playing
        # politics"'; not a quote and its attribution: '"…," Ann Lee')
    if end - start < (8 if min_words >= MIN_WORDS else 5) or \
            text.startswith(("''", "``", "-", "—", "–"), start) or \
            _outside_words(text, start, end, q.marks, min_words) < min_words:
        return None
    first = q.marks.quoted_at(start)
    if first is not None and q.marks.quoted_at(end - 1) is not None:
        return None  # a quote, whole: the direct quote's row
    if first is not None and (first.start if hasattr(first, "start") else first[0]) < start - 1:
        return None  # ('"I shook his hand. That is good manners," he told reporters, according
        # to Reuters': the statement would start inside a quotation opened before it)
    last = q.marks.quoted_at(end - 1)
    if last is not None and _span_end(last) > q.s1:
        return None  # 'commented the business has "committed … . We already …"': a lead-in
    return start, end


# A bracketed relative clause closing a statement: the reporter's note ('proposed a levy on
# second homes (which the opposition also backs)').
_TRAILING_ASIDE = re.compile(r"[ \t]+\((?:which|who|whose|whom)[ \t][^()]*\)\Z")
# A pronoun and an auxiliary alone: the verb left out ('as she said she would, and …').
_ELLIPTIC = re.compile(r"(?:he|she|they|it|we|I|you)[ \t]+(?:would|will|did|could|can|had|has|"
                       r"have|was|were|is|are|might|should|must|does|do)(?:[ \t]+not|n['’]t)?"
                       r"(?:[ \t]+(?:too|so|again))?[ \t]*(?:[,;.]|\Z)")


_AS_SPEAKER = re.compile(r"(?<![\w'’-])(?:just[ \t]+)?as[ \t]+(?:[\w'’.-]+[ \t]+){1,3}\Z")


# A content that ends on an attribution of its own ('…," she said', '…,” the judge said'):
# the statement stops before it.
_ENDS_ON_CUE = re.compile(rf"[,\"”]+[ \t]+(?:[\w.'’-]+[ \t]+){{1,4}}(?:{_CUE_WORDS})\Z")
