"""Reported speech, what a news organization knows from people it does not name (rows of
``reported.REPORTED_RULES``, issue 22): ``outlet-knows`` ('The talks have stalled, the BBC
understands.', 'Sky News has learned that the budget will slip.') and ``it-is-understood``
('It is understood that the report will be published next week.', '…, it is understood.').

The verbs ('understands', 'has learned') are no verbs of saying for anyone else: 'She
understands that voters are angry' is a belief, so the speaker must be a news outlet
(``lexicon.outlets.NEWS_OUTLETS`` by name, or a capitalized name ending as an outlet's
does: 'ITV News', 'the Yorkshire Post'). The outlet is the speaker, an organization: it vouches
for the statement; 'it is understood' has no speaker (anonymous, unwritten). Other forms of the
verbs give no row ('is understood to be considering': a belief; 'is understood to have told
colleagues that …' is the subject's speech, read by the verb 'told').

``court-heard`` reads what a hearing was told ('The court heard that the defendant had …', 'The
inquest heard the pilot was flying too low', 'The jury was told that …'): the venue is the
hearer, the statement's speaker is not named in the sentence (a witness, counsel), so the row
has no speaker, as for 'it is understood'. Any other subject hears, it does not report ('She
heard the team had lost': no row)."""
from __future__ import annotations

import re

from newsledger.lexicon.outlets import NEWS_OUTLET_HEADS, NEWS_OUTLETS

from .common import alternation
from .reported_clauses import Cue, Reported, _has_verb, _is_clause
from .reported_resolve import _resolve
from .reported_starts import _clause_after
from .reported_content import _content

# A news outlet as written: a name from the list, or capitalized words ending in an outlet's
# head ('ITV News', 'The Sunday Times', 'the Manchester Evening News').
_OUTLET = re.compile(rf"(?:[Tt]he[ \t]+)?(?:(?:{alternation(NEWS_OUTLETS)})|"
                     rf"(?:[A-Z][\w&.'’-]*[ \t]+){{0,3}}(?:{alternation(NEWS_OUTLET_HEADS)}))"
                     rf"(?:['’]s[ \t]+[A-Za-z ]{{2,30}}?)?")
# Before the verb: 'has learned', 'has learnt', 'understands' (optionally 'also', 'now').
_HAS = re.compile(r"[ \t]+(?:also[ \t]+|now[ \t]+)?(?:has|have)(?:[ \t]+(?:also|now))?[ \t]*\Z")
_UNDERSTANDS = frozenset({"understands", "understand"})
_LEARNED = frozenset({"learned", "learnt"})
# 'It is understood (that) …' opening its sentence, after a conjunction at most.
_IT_IS = re.compile(r"[\s\"“(]*(?:(?:But|And|However|Yet|Now)[ \t,]+)?[Ii]t[ \t]+(?:is|was|"
                    r"has[ \t]+been|had[ \t]+been)(?:[ \t]+(?:also|now|further|widely))?[ \t]+\Z")
# Verbs of saying read as 'it is understood' is: the statement with no speaker ('It is alleged
# that …', 'It has been reported that …', '…, it is claimed.'). (Not 'it is believed', 'it is
# thought', 'it is expected': beliefs and forecasts.)
_IT_IS_VERBS = frozenset({"claimed", "alleged", "reported", "said", "rumoured", "rumored",
                          "announced", "argued", "suggested"})
# '…, it is understood.' / '…, the BBC understands.' closing the sentence.
_IT_IS_END = re.compile(r",[ \t]+it[ \t]+(?:is|was|has[ \t]+been)(?:[ \t]+(?:also|now))?[ \t]+\Z")
_SENTENCE_END = re.compile(r"[ \t]*(?:[.!]|\Z)")
# A hearing as the subject of 'heard' or 'was told', right before the verb, opening its clause
# ('The court heard', 'Southwark Crown Court heard', 'The inquest in Truro was told', 'the
# tribunal has heard', 'Jurors were told', 'Magistrates heard').
_VENUE = re.compile(r"(?:^|(?<=[\s\"“(,]))(?:(?:[Tt]he|[Aa]n?)[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}"
                    r"(?:court|Court|jury|inquest|Inquest|tribunal|Tribunal|hearing|trial|"
                    r"inquiry|Inquiry|[Jj]urors|[Mm]agistrates)(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w'’-]*)?[ \t]+"
                    r"(?:(?:has|had|was|were|also|previously|earlier)[ \t]+)*\Z")
_WAS = re.compile(r"(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:also[ \t]+)?\Z")


def _outlet_info(q: Cue, ph: tuple[int, int] | None) -> dict | None:
    """Speaker fields for the phrase text[ph[0]:ph[1]] if it names a news outlet."""
    if ph is None or _OUTLET.fullmatch(q.text, *ph) is None:
        return None
    info = _resolve(q, ph)
    if info is None:
        return None
    if info["speaker_kind"] != "organization" or not info["speaker_name"]:
        name = q.text[ph[0]:ph[1]]
        name = name[4:] if name[:4].lower() == "the " else name
        info = {**info, "speaker_kind": "organization", "speaker_name": name}
    return info


def outlet_knows(q: Cue) -> Reported | None:
    """'Sky News has learned that …', 'The Guardian understands the talks have …', 'The talks
    have stalled, the BBC understands.'"""
    word = q.word.lower()
    text = q.text
    if word in _LEARNED:
        has = _HAS.search(text, max(q.s0, q.m.start() - 16), q.m.start())
        if has is None:
            return None  # ('she learned that …': hers; 'learned' of an outlet needs 'has')
        at = has.start()
    elif word in _UNDERSTANDS:
        at = q.m.start()
    else:
        return None
    ph = q.phrase_before(at, q.s0)
    if ph is not None and ph[1] < at - 1:
        return None  # (fillers between the outlet and the verb: not read)
    if ph is None:
        return None
    comma = text.rfind(",", q.s0, ph[0])
    if comma >= 0 and not text[comma + 1:ph[0]].strip() and \
            _SENTENCE_END.match(text, q.m.end()):
        # '…, the BBC understands.': the clause before the comma
        info = _outlet_info(q, ph)
        start = q.s0
        while start < comma and text[start] in " \t\"“(":
            start += 1
        if info is None or not (_is_clause(text, start, comma + 1) or
                                _has_verb(text, start, comma)):
            return None
        span = _content(q, start, comma)
        return None if span is None else Reported(*span, info)
    if text[q.s0:ph[0]].strip(" \t\"“(—–-"):
        return None  # (the outlet opens its sentence: 'Sky News has learned that …')
    info = _outlet_info(q, ph)
    if info is None:
        return None
    span = _content(q, _clause_after(q, False))
    return None if span is None else Reported(*span, info)


def it_is_understood(q: Cue) -> Reported | None:
    """'It is understood (that) the report will be published next week.' / 'The report will
    be published next week, it is understood.' / 'It is alleged that …', '…, it is claimed.'"""
    if q.word != "understood" and q.word not in _IT_IS_VERBS:
        return None
    text = q.text
    info = {"speaker_text": None, "speaker_start": None, "speaker_end": None, "cue": q.word,
            "speaker_kind": "anonymous", "speaker_name": None}
    opening = _IT_IS.fullmatch(text, q.s0, q.m.start())
    if opening is not None:
        span = _content(q, _clause_after(q, False))
        # (the filters of what is not speech read the words before 'It is': a passive)
        return None if span is None else Reported(*span, {**info, "filter_start": q.s0})
    closing = _IT_IS_END.search(text, max(q.s0, q.m.start() - 24), q.m.start())
    if closing is None or not _SENTENCE_END.match(text, q.m.end()):
        return None
    start = q.s0
    while start < closing.start() and text[start] in " \t\"“(":
        start += 1
    if not (_is_clause(text, start, closing.start() + 1) or
            _has_verb(text, start, closing.start())):
        return None
    span = _content(q, start, closing.start())
    return None if span is None else Reported(*span, {**info, "filter_start": q.s0})


def court_heard(q: Cue) -> Reported | None:
    """'The court heard (that) the defendant had sent the messages.', 'The jury was told that
    …': the statement made at a hearing, its speaker unnamed."""
    word = q.word
    text = q.text
    at = q.m.start()
    if word == "told":
        was = _WAS.search(text, max(q.s0, at - 16), at)
        if was is None:
            return None
        at = was.start()
    elif word != "heard":
        return None
    venue = _VENUE.search(text, max(q.s0, at - 60), at)
    if venue is None or text[q.s0:venue.start()].strip(" \t\"“(—–-,") and \
            not text[q.s0:venue.start()].rstrip().endswith(","):
        return None  # (the venue opens its clause: 'The court heard …', 'On Monday, the jury …')
    start = _clause_after(q, False)
    if start is None:
        return None
    span = _content(q, start)
    info = {"speaker_text": None, "speaker_start": None, "speaker_end": None, "cue": word,
            "speaker_kind": "anonymous", "speaker_name": None}
    return None if span is None else Reported(*span, {**info, "filter_start": venue.start()})
