"""Reported speech attributed by "as" and by a relative clause (rows of
``reported.REPORTED_RULES``): ``as-cue`` ('As the inspector noted, the rules have not
changed'), ``as-by`` ('as first reported by the Gazette') and ``relative`` ('policies, which
he said had harmed the economy'). Each finder takes a ``Cue`` and gives a ``Reported`` row or
None, like those of ``reported_set_off``, whose helpers it shares."""
from __future__ import annotations

import re

from newsledger.lexicon.actions import AUXILIARIES, IRREGULAR
from newsledger.lexicon.grammar import DETERMINERS

from .phrases import phrase_after
from .reported_clauses import (_BASE_FORMS, _CUE_WORDS, _VERB_FORMS, MAX_CLAUSE_LOOKAHEAD, Cue,
                               Reported, _adjunct_tail, _has_verb, _is_clause, _words)
from .reported_resolve import _resolve
from .reported_content import _content
from .reported_set_off import _PAREN_TAIL, _TAIL

_AS_CONNECTIVES = r"(?:But|And|Yet|So|Still|Indeed|However|Meanwhile|Moreover|Now|Also)"
_AS_START = re.compile(rf"[\s\"“(]*(?:{_AS_CONNECTIVES}[ \t,]+[Aa]s|As)\b")
_AS_OPENER = re.compile(rf"[\s\"“(]*(?:{_AS_CONNECTIVES}[ \t,]+[Aa]s|As)[ \t]+\Z")
# '…, and as the inspector noted, the rules have not changed': 'as' after a conjunction inside
# the sentence.
_AS_INSIDE = re.compile(r"[,;][ \t]+(?:and|but|yet|so)[ \t]+as[ \t]+\Z")


def as_cue(q: Cue) -> Reported | None:
    """'As the council said on Monday, the road will reopen.': the clause after the comma."""
    if q.m.group("cue") is None or not (_AS_START.match(q.text, q.s0, q.m.start()) or
                                        " as " in q.text[q.s0:q.m.start()]):
        return None
    text = q.text
    ph = q.phrase_before(q.m.start(), q.s0)
    if ph is None:
        return None
    inside = _AS_INSIDE.search(text, max(q.s0, ph[0] - 12), ph[0])
    if inside is None and not _AS_OPENER.match(text, q.s0, ph[0]):
        if not text[ph[0]:ph[1]].startswith("As "):
            return None
        ph = (ph[0] + 3, ph[1])  # (the phrase reader may keep 'As')
        if not _AS_OPENER.match(text, q.s0, ph[0]):
            return None
    tail = _PAREN_TAIL.match(text, q.m.end(), q.s1)
    if tail is None or not _adjunct_tail(text, q.m.end(), tail.end() - 1, q.telling):
        return None
    info = _resolve(q, ph)
    span = _content(q, tail.end())
    if info is None or span is None or not _is_clause(text, span[0], span[1], 2 *
                                                       MAX_CLAUSE_LOOKAHEAD, True):
        return None
    return Reported(*span, info)


# 'As (first) reported by the BBC, …' / '…, as (first) reported by the BBC.'
_AS_BY_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(,]))(?P<as>[Aa]s)[ \t]+(?:(?:first|originally|previously|"
                           r"earlier|also|widely)[ \t]+)?\Z")
# (the words _AS_BY_BEFORE ends on: read only before them)
_AS_BY_LAST = ("as", "As", "first", "originally", "previously", "earlier", "also", "widely")
_BY_AFTER = re.compile(r"[ \t]+by[ \t]+")
# '…, as the BBC (first) reported (last week).': 'as' and the speaker before the verb
_AS_SPEAKER_BEFORE = re.compile(r",[ \t]+as[ \t]+\Z")
_AS_AFTER_COMMA = re.compile(r",[ \t]+as[ \t]")  # a first look: most cues have none before
# An auxiliary and adverbs between the speaker and the verb ('has sometimes', 'had also').
_AUXILIARY_BEFORE = re.compile(r"[ \t]+(?:(?:has|have|had)(?:[ \t]+_ADVERBS)*|_ADVERBS)[ \t]*\Z"
                               .replace("_ADVERBS", r"(?:also|often|since|long|sometimes|"
                                                    r"repeatedly|previously|rightly|correctly)"))


# 'The talks were first reported by Reuters.': a scoop credited to the outlet that had it
# first; the subject is what it reported (not 'The fire was reported by a neighbour': an
# event, no statement).
_FIRST_REPORTED = re.compile(r"(?<![\w'’-])(?P<aux>was|were|(?:has|have|had)[ \t]+been)[ \t]+"
                             r"(?:first|initially|originally|earlier|previously)[ \t]+\Z")
_SUBJECT_OPENING = re.compile(r"[\s\"“(]*(?:(?:But|And|Yet|So)[ \t,]+)?")


def _first_reported_by(q: Cue, first: re.Match) -> Reported | None:
    """'Scully's role in the speech was first reported by the Times.': the subject (two words
    are enough: 'The meeting'), the outlet after "by" its speaker, the sentence ending
    after it (or after a time: 'last week', 'on Tuesday')."""
    text, s0, s1 = q.text, q.s0, q.s1
    outlet = _OUTLET_AFTER.match(text, q.m.end(), s1)
    if outlet is None or not _REPORT_END.fullmatch(text, outlet.end(), s1):
        return None
    ph = outlet.span("np")
    info = q.from_phrase(ph, after_with=True)
    start = _SUBJECT_OPENING.match(text, s0, first.start()).end()
    if info is None or "," in text[start:first.start()]:
        return None  # (a subject set off: 'In May, the deal …' is the reporter's frame)
    span = _content(q, start, first.start(), min_words=2)
    # (the filters of what is not speech read the words before the auxiliary)
    return None if span is None else Reported(*span, {**info,
                                                      "filter_start": first.start("aux")})


# 'by the Financial Times', 'by Sky News': a name, the outlet's.
_OUTLET_AFTER = re.compile(r"[ \t]+by[ \t]+(?P<np>(?:the[ \t]+)?(?:[A-Z][\w.'’&-]*[ \t]+){0,4}"
                           r"[A-Z][\w.'’&-]*?)(?=[ \t.,!?\"”)]|\Z)")
# After the outlet: the sentence's end, or a time of the report first.
_REPORT_END = re.compile(r"(?:[ \t]+(?:on[ \t]+[A-Z][a-z]+day|last[ \t]+(?:week|month|year)|"
                         r"earlier[ \t]+this[ \t]+(?:week|month|year)|in[ \t]+[A-Z][a-z]+))?"
                         r"[ \t]*[.!?]?[\"”)]?[ \t]*")


def as_by(q: Cue) -> Reported | None:
    """'As reported by the BBC, the hospital will close.' / 'The hospital will close, as first
    reported by the BBC.' / 'The hospital will close, as the BBC reported last week.'"""
    if q.m.group("cue") is None or q.telling:
        return None
    text, s0, s1 = q.text, q.s0, q.s1
    lo = max(s0, q.m.start() - 30)
    before = _AS_BY_BEFORE.search(text, lo, q.m.start()) if text[lo:q.m.start()].rstrip(
        " \t").endswith(_AS_BY_LAST) else None
    if before is not None:  # passive: 'as reported by X'
        by = _BY_AFTER.match(text, q.m.end(), s1)
        if by is None:
            return None
        comma = text.find(",", by.end(), s1)
        opening = not text[s0:before.start()].strip(" \t\"“(")
        stop = comma if opening and comma > 0 else s1
        ph = phrase_after(text, by.end(), stop)
        if ph is None or (not opening and text[max(s0, before.start() - 2):before.start()]
                          .strip() != ","):
            return None
        info = q.from_phrase(ph, after_with=True)
        if info is None:
            return None
        if opening:
            if comma < 0 or ph[1] > comma:
                return None
            span = _content(q, comma + 1)
        else:
            if text[ph[1]:s1].strip(" \t.!?)\"”"):
                return None  # (a clause goes on after the source)
            span = _content(q, s0, before.start())
        return None if span is None or not _has_verb(text, *span) else Reported(*span, info)
    if q.word == "reported" and text.startswith(" by ", q.m.end()):
        first = _FIRST_REPORTED.search(text, max(s0, q.m.start() - 40), q.m.start())
        if first is not None:
            return _first_reported_by(q, first)
    if _AS_AFTER_COMMA.search(text, s0, q.m.start()) is None:
        return None  # (the phrase before the verb starts after ', as ')
    aux = _AUXILIARY_BEFORE.search(text, max(s0, q.m.start() - 40), q.m.start())
    # ('…, as the minister has sometimes acknowledged': the phrase before the auxiliary)
    ph = q.phrase_before(q.m.start() if aux is None else aux.start(), s0)
    if ph is None or not _AS_SPEAKER_BEFORE.search(text, max(s0, ph[0] - 6), ph[0]):
        return None
    tail = _TAIL.match(text, q.m.end(), s1 + 1)
    if tail is None or tail.group("sep") or not _adjunct_tail(text, q.m.end(), tail.end(),
                                                              q.telling):
        return None
    info = _resolve(q, ph)
    comma = text.rfind(",", s0, ph[0])
    if info is None or comma <= s0:
        return None
    span = _content(q, s0, comma)
    return None if span is None or not _has_verb(text, *span) else Reported(*span, info)


# 'policies, which he said had harmed the economy', 'a bill which critics said was unfair':
# a relative pronoun, the speaker, the verb, and the rest of the relative clause.
_RELATIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<rel>which|that|who|whom|what)[ \t]+(?P<spk>he|she|they|we|I|it|"
    r"(?:[A-Za-z][\w'’.-]*[ \t]+){0,3}?[A-Za-z][\w'’.-]*)[ \t]+"  # (fewest words)
    r"(?:(?:has|have|had|also|once|later|previously|repeatedly|often|always|long|publicly|"
    r"privately)[ \t]+){0,2}\Z")
# ('which she has repeatedly said was a mistake'; 'had' in 'which the network had said' is no
# part of the speaker)


def relative(q: Cue) -> Reported | None:
    """'… policies, which he said had harmed the economy': a relative clause whose verb the
    speaker is reported to have said; the span runs from the relative pronoun (the statement
    is about its antecedent) to the end of the clause, speaker and verb included."""
    if q.m.group("cue") is None:
        return None
    text = q.text
    rel = _RELATIVE_BEFORE.search(text, max(q.s0, q.m.start() - 60), q.m.start())
    if rel is None:
        return _zero_relative(q)
    words = _words(text, q.m.end(), q.s1, 3)
    first = words[0].group(0) if words else ""
    if len(words) < 2 or not (first.lower() in AUXILIARIES or (first[:1].islower() and (
            first.endswith(("ed", "s")) or first in IRREGULAR or (
                first in _BASE_FORMS and not q.m.group(0).endswith(("s", "d")))))):
        return None  # the verb's gap is the relative pronoun: a verb must follow at once
        # (an irregular past too: 'which fans say left the club without a home'; after a
        # plural's 'say', a base form: 'laws that critics say target migrants')
    spk = rel.group("spk")
    if spk.split()[0].lower() in DETERMINERS - {"the", "a", "an"} or any(
            w.lower() in _VERB_FORMS for w in spk.split()):
        return None
    info = _resolve(q, rel.span("spk"))
    span = _content(q, rel.start("rel"))
    if info is None or span is None:
        return None
    return Reported(*span, info)


# A relative clause without its pronoun ('an inquiry the regulator said was continuing', 'a rule
# Whitehall says will save millions', 'something his aides argue is possible'): a short noun
# phrase, the speaker (a pronoun, a phrase opened by 'the' or a possessive, or a name), the
# verb, and at once an auxiliary or modal, the verb of the gap.
_ZERO_RELATIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<ante>(?:[Aa]n?|[Tt]he|[Ss]omething|[Aa]nything|[Ee]verything|[Oo]ne|"
    r"[Aa]nother)(?:[ \t]+[a-z][a-z-]*){0,2})[ \t]+"
    r"(?P<spk>(?:he|she|they|we|I)|(?:the|his|her|their|its)(?:[ \t]+[a-z][\w'’-]*){1,3}|"
    r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*(?:[ \t]+[a-z]+s)?)[ \t]+\Z")
_EARLIER_CUE = re.compile(rf"(?<![\w'’-])(?:{_CUE_WORDS})(?![\w'’-])")
_GAP_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                        "could", "can", "may", "might", "should", "must"})
_GAP_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(_GAP_VERBS)) + r")[ \t]")


def _zero_relative(q: Cue) -> Reported | None:
    """'an inquiry the regulator said was continuing': the span runs from the noun phrase the
    relative clause is on (the statement is about it), speaker and verb included."""
    text = q.text
    if not _GAP_AFTER.match(text, q.m.end()):
        return None  # (read first: most verbs have no auxiliary right after them)
    rel = _ZERO_RELATIVE_BEFORE.search(text, max(q.s0, q.m.start() - 80), q.m.start())
    if rel is None:
        return None
    if not text[q.s0:rel.start("ante")].strip(" \t\n\"“'‘(") or \
            _EARLIER_CUE.search(text, q.s0, rel.start("ante")):
        return None  # the sentence's subject ('Everything he says is a lie': 'is' is the main
        # verb), or inside a statement already attributed ('…, experts say, including a rule
        # they say could …')
    words = _words(text, q.m.end(), q.s1, 3)
    if len(words) < 2 or words[0].group(0) not in _GAP_VERBS:
        return None
    ante = rel.group("ante").split()
    spk = rel.group("spk").split()
    if any(w.lower() in _VERB_FORMS or w.lower() in AUXILIARIES  # (the gap's verbs too)
           for w in ante[1:] + spk[1:]):
        return None
    info = _resolve(q, rel.span("spk"))
    span = _content(q, rel.start("ante"))
    if info is None or span is None:
        return None
    return Reported(*span, info)
