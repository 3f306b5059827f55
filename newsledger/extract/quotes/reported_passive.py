"""Reported speech, verbs of telling in the passive with their speaker after "by": 'Staff
were told by the chief executive (on Monday) that the plant would close' -> "the plant would
close", the chief executive; the subject heard the statement and is no speaker (without
"by" no row: 'Staff have been told that …'). ``told_that`` is the row ``told-that`` of
``reported.py``: the passive first, then the active verb and its hearer
(``reported_verbs.told_that``)."""
from __future__ import annotations

import re

from .reported_clauses import Cue, Reported
from .reported_ends import _content_end
from .reported_heads import _head_noun, _names_people
from .reported_content import _content
from .reported_verbs import told_that as told_active
from .resolve import speaker_fields


def told_that(q: Cue) -> Reported | None:
    """'She told reporters that …', 'Staff were told by the chief executive that …'."""
    if q.m.group("cue") is None or not q.telling:
        return None
    return _told_by(q) or told_active(q)


# A verb of telling in the passive, its speaker after "by", then "that" ('were told by the
# manager that', 'was assured by officials on Monday that'); the hearer is the subject.
_TOLD_PASSIVE = re.compile(r"(?<![\w'’-])(?P<aux>was|were|is|are|been|being|be)[ \t]+"
                           r"(?:(?:also|later|then|repeatedly|reportedly|privately|first|"
                           r"personally)[ \t]+)?\Z")
_BY_THEN_THAT = re.compile(
    r"[ \t]+by[ \t]+(?P<np>(?:(?:a|an|the|his|her|their|its|one|two|three|several)[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+){0,3}?(?:[A-Z][\w.'’&-]*[ \t]+){0,3}[A-Za-z][\w.'’&-]*)"
    r"(?:,?[ \t]+(?:on|in|at|during|last|this|earlier)[ \t]+[^,.;:\"“”]{1,40}?)?,?[ \t]+that[ \t]+")


def _told_by(q: Cue) -> Reported | None:
    """'Staff were told by the chief executive (on Monday) that the plant would close': the
    clause after "that", the speaker the phrase after "by" (its subject heard it)."""
    text = q.text
    if text[q.m.end():q.m.end() + 4] not in (" by ", "\tby ") or \
            _TOLD_PASSIVE.search(text, max(q.s0, q.m.start() - 30), q.m.start()) is None:
        return None
    by = _BY_THEN_THAT.match(text, q.m.end(), q.s1)
    if by is None:
        return None
    span = _content(q, by.end())
    if span is None:
        return None
    info = _by_speaker(q, by.span("np"))
    if info is None:
        return None
    # (the filters of what is not speech read the words before the auxiliary)
    aux = _TOLD_PASSIVE.search(text, max(q.s0, q.m.start() - 30), q.m.start())
    return Reported(*span, {**info, "filter_start": aux.start("aux")})


def _by_speaker(q: Cue, ph: tuple[int, int]) -> dict | None:
    """Speaker fields of the phrase after "by" at text[ph[0]:ph[1]]: whom it names, else
    unnamed people ('by rivals', 'by some fans'); None for anything else."""
    text = q.text
    info = q.from_phrase(ph, after_with=True)
    if info is not None:
        return info
    fields = speaker_fields(text, *ph, q.word, q.mentions)
    if fields["speaker_kind"] != "unknown" or not _names_people(_head_noun(
            text[ph[0]:ph[1]].split())):
        return None
    return {**fields, "speaker_kind": "anonymous", "speaker_name": None}


# A verb of judgement in the passive, its speaker after "by", then the reason ('The mayor was
# accused by the opposition of misleading voters', 'has been criticized by rivals for …').
_JUDGED_PASSIVE = re.compile(r"(?<![\w'’-])(?P<aux>(?:(?:has|have|had)[ \t]+(?:(?:also|often|"
                             r"repeatedly|long|since|already)[ \t]+)?been)|was|were|is|are|"
                             r"being)[ \t]+"
                             r"(?:(?:also|later|then|often|widely|repeatedly|sharply|roundly|"
                             r"publicly|fiercely|strongly)[ \t]+)?\Z")
_BY_THEN_REASON = re.compile(
    r"[ \t]+by[ \t]+(?P<np>(?:(?:a|an|the|his|her|their|its|one|two|three|several|some|many)"
    r"[ \t]+)?(?:(?!(?:as|in|at|on|to|with|from|for|over|and|or|but|that|who|which)[ \t])"
    r"(?:of|[a-z][\w-]*)[ \t]+){0,4}?(?:[A-Z][\w.'’&-]*[ \t]+){0,3}"
    r"(?!(?:as|in|at|on|to|with|from|and|or|but|that|who|which)[ \t])[A-Za-z][\w.'’&-]*)"
    r",?[ \t]+(?:of|for|over)[ \t]+(?=[\w'’])")


def judged_by(q: Cue) -> Reported | None:
    """'The mayor was accused by the opposition of misleading voters': the whole clause from
    its subject (what the accusation says of it), the speaker the phrase after "by". Without
    "by" no row ('The mayor was accused of …': no one named accuses)."""
    text = q.text
    if q.m.group("cue") is None and q.m.group("obj") is None or \
            text[q.m.end():q.m.end() + 4] not in (" by ", "\tby "):
        return None
    aux = _JUDGED_PASSIVE.search(text, max(q.s0, q.m.start() - 30), q.m.start())
    by = None if aux is None else _BY_THEN_REASON.match(text, q.m.end(), q.s1)
    if by is None:
        return None
    subject = q.phrase_before(aux.start("aux"), q.s0)
    if subject is None or text[subject[1]:aux.start("aux")].strip(" \t,"):
        return None
    span = _content(q, subject[0], _content_end(text, by.end(), q.s1, q.marks, q.s0,
                                                 q.m.start(), q.m.end()))
    if span is None:
        return None
    info = _by_speaker(q, by.span("np"))
    if info is None:
        return None
    return Reported(*span, {**info, "filter_start": aux.start("aux")})
