"""Reported speech: what a speaker is reported to have said without quote marks, as quotes of
kind ``indirect`` ('The council said the road would reopen on Monday' -> "the road would
reopen on Monday", speaker The council, cue "said").

Rule-based, one pass over the reporting verbs of the article (``REPORTED_CUES``: the lemmas of
``newsledger.lexicon.people.CUES`` that take a clause of speech, with denials and base forms).
Each verb is tried against the rows of ``REPORTED_RULES`` in order, the first that applies
gives the row (the clauses are read by ``reported_clauses.py``, the speakers by
``reported_speakers.py``):

- ``said-that``: a speaker phrase before the verb and a clause after it, with "that" or
  without, past adjuncts ('said on Tuesday that', 'said in a statement that');
- ``told-that``: the same with a hearer between the verb and the clause ('told reporters
  that', 'assured voters the plan was safe');
- ``clause-then-cue``: the clause first, the attribution closing the sentence ('The road will
  reopen, the council said.', '..., said Mayor Ana Ruiz.');
- ``parenthetical``: the attribution inside the sentence ('The road, the council said, will
  reopen'): the span is the whole sentence, attribution included (a span is one stretch);
- ``inverted-parenthetical``: the verb and its speaker inside the sentence ('The cost, said the
  finance director, will be met from reserves'): the whole sentence, as ``parenthetical``;
- ``as-cue``: 'As the council said, the road will reopen';
- ``as-by``: 'As reported by the BBC, the road will reopen', '…, as Sky News first reported';
- ``relative``: a relative clause whose verb is what was said ('the bus lanes, which critics
  said were dangerous'): the span runs from the relative pronoun, speaker and verb included;
- ``according-to``: 'according to X' before, inside or after the clause;
- ``participle``: ', saying that ...' after a clause: its sentence's subject speaks;
- ``request``, ``judgement``, ``commitment``, ``object``, ``question``: verbs whose object is
  what was said (``reported_objects.py``): 'urged the council to reopen the road', 'called
  for an inquiry', 'accused the mayor of misleading voters', 'criticized the plan', 'called
  the plan reckless' (not a quoted label: that is the partial quote's), 'vowed to cut taxes', 'cited the cost of rent', 'announced a new budget', 'denied the charges',
  'asked whether the road would reopen'; the span is the object, the hearer of a request
  included, to where the reporter's own words start (', which …', ', after …', '… and
  proposed …'). A reported request, accusation, promise or question is who-said-what as
  much as a reported clause, and users searching what a minister said want it; these rows
  run after the clause rows, so 'announced that …' stays a clause.

The span is the reported content: the clause after "that" (or the whole clause), to the end of
the sentence, cut before a colon, a semicolon or a following participle (', adding that');
quoted words inside it stay (the sentence 'He said the plan was "a disaster"' gives the
partial quote and the reported clause, with the same speaker). Speakers are read and resolved
by the code of the direct quotes (``phrases.phrase_before``/``phrase_after``,
``resolve.from_phrase``): pronouns and descriptions name the person the article named.

'According to' takes any source, evidence included ('according to the latest poll',
'according to court records'): the attribution is explicit and users searching who reports
what want it; the poll or the records are its speaker.

Not reported speech, never a row (``filters.not_speech``): beliefs, intentions and evidence
as a subject (their verbs are no cues: 'wants', 'hopes', 'the poll shows'; evidence nouns as
speakers: 'the survey suggests'), passives and nouns of the object verbs ('was praised by',
'calls for reform', 'pledged delegates'), negated or refused speech ('did not say', 'refused to say'),
hypotheticals and questions ('if he said', 'did she say ...?'), passives with no speaker ('is
said to'), the headline (the outlet's voice, condensed) and words inside quote marks (speech
within a quote). A clause that is quoted whole is a direct or partial quote, not reported
speech.

Confidence: the measured precision of the row on PolNeAR train (``lexicon.reliability``,
``python -m benchmarks.reported_rules``): the share of its rows whose span matches an
annotated attribution and whose speaker is right.

Limits: clauses are recognized by a verb among their first words, not parsed, so a clause
without a recognizable verb is missed and an object with one ('said the words that ...') can
be taken for a clause; an object's end is guessed from punctuation and the words after it;
passive questions with no asker ('Asked whether …, she said') and objects of verbs not listed
(``lexicon.people.OBJECT_CUES``) are not read; statements introduced by a colon or continued
over several sentences give their first sentence only; statements in two-apostrophe marks
(''…'') are direct quotes, not reported speech.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsledger.lexicon.actions import AUXILIARIES
from newsledger.lexicon.people import CONTAINERS, DETERMINERS, PLURAL_SPEAKERS
from newsledger.lexicon.reliability import REPORTED_PRECISION
from newsledger.records import LocalEntity, Quote
from newsledger.rules import Example, Rule, RuleTable, check_names, register
from newsledger.text import Document
from newsledger.text.headline import HEADLINE_SPAN
from newsledger.text.quotemarks import MARK

from .common import alternation
from .filters import evidence_speaker, not_speech
from .mentions import Mentions
from .phrases import phrase_after, phrase_before
from .reported_objects import lemma_kind, object_end, object_start
from .reported_clauses import (_BULLET, _CUE, _CUE_WORDS, _LINE_END, _NOUN_LIKE, _OPENER,
                               _VERB_FORMS, MAX_CLAUSE_LOOKAHEAD, MIN_WORDS, REPORTED_CUES,
                               Cue, Reported, _adjunct_tail, _content_end, _has_verb,
                               _is_clause, _Marks, _outside_words, _skip_adjuncts, _span_end,
                               _words)
from .reported_speakers import (_head_noun, _head_with_complement, _main_subject, _names_people,
                                _resolve, _speaker_before, _with_speaker)
from .resolve import from_phrase, speaker_fields
from .subjects import subject


def _content(q: Cue, start: int | None, end: int | None = None) -> tuple[int, int] | None:
    """The content span from ``start`` (to its stop in the sentence, or ``end``), if it is
    reported speech: enough of the reporter's words, not a quote in two-apostrophe marks."""
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
    tail = _ENDS_ON_CUE.search(text, start, end)
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
    if end - start < 8 or text.startswith(("''", "``"), start) or \
            _outside_words(text, start, end, q.marks) < MIN_WORDS:
        return None
    if q.marks.quoted_at(start) is not None and q.marks.quoted_at(end - 1) is not None:
        return None  # a quote, whole: the direct quote's row
    last = q.marks.quoted_at(end - 1)
    if last is not None and _span_end(last) > q.s1:
        return None  # 'commented the business has "committed … . We already …"': a lead-in
    return start, end


# Verbs that take a noun phrase as often as a clause ('noted the dichotomy', 'announced the
# appointment'): without 'that' or a pronoun subject, their clause's verb must come early.
_CLAUSE_VERBS = frozenset({"say", "saying", "tell", "claim", "insist", "argue", "contend",
                           "assert", "testify", "assure", "inform", "allege"})
# After a reporting verb, what shows at once that no clause follows it: the end of the
# sentence, a colon or a quote mark, a comma not leading to 'that' within a few words.
_NO_CLAUSE_NEXT = re.compile(r"[ \t]*(?:[.;:!?\"“”]|\Z|,(?![^.;:!?\"“”]{0,60}\bthat\b))")
# A content that ends on an attribution of its own ('…," she said', '…,” the judge said'):
# the statement stops before it.
_ENDS_ON_CUE = re.compile(rf"[,\"”]+[ \t]+(?:[\w.'’-]+[ \t]+){{1,4}}(?:{_CUE_WORDS})\Z")
_MARK_IN = re.compile(r"[\"”’']")
_AFTER_QUOTE = re.compile(r"[\"”'’][ \t]*\Z")


_ING_WORD = re.compile(r"[a-z]+ing\b")


def _clause_after(q: Cue, telling: bool) -> int | None:
    """Where the clause reported by the verb starts, if one follows it."""
    lemma = REPORTED_CUES.get(q.word, q.word)
    text = q.text
    if q.m.group("part") is None and _NO_CLAUSE_NEXT.match(text, q.m.end()):
        return None  # '… he said.', 'said: "…"' (a cheap test: most verbs end here)
    start = _skip_adjuncts(text, q.m.end(), q.s1, telling, lemma in _CLAUSE_VERBS)
    if start is None:
        return None
    if "," in text[q.m.end():start] and _ING_WORD.match(text, start):
        return None  # 'X said on Tuesday, adding that …': the participle's own clause
    said_that = text[max(q.m.end(), start - 6):start].rstrip().lower().endswith("that")
    if not said_that and text[q.m.end():q.m.end() + 1] == "," and q.m.group("part") is None:
        return None  # 'he said, and she gripped …' 
    if not said_that and lemma not in _CLAUSE_VERBS and not _is_clause(q.text, start, q.s1, 3):
        return None  # 'noted the dichotomy between …', 'announced the appointment of …'
    ph = None if said_that or not _MARK_IN.search(text, q.s0, q.m.start()) else \
        phrase_before(text, q.m.start(), q.s0)
    if ph is not None and _AFTER_QUOTE.search(text, max(q.s0, ph[0] - 4), ph[0]):
        return None  # '"…," spokesman Alex Conant said happily on MSNBC as …'
    return start


def said_that(q: Cue) -> Reported | None:
    """'The council said (on Monday) (that) the road would reopen.'"""
    if q.m.group("cue") is None or q.telling or _inverted(q) is not None:
        return None  # (not 'Part of the problem, say engineers, is …': its speaker follows)
    text = q.text
    if text[max(q.s0, q.m.start() - 2):q.m.start()] == ", " and \
            _NAME_AFTER.match(text, q.m.end(), q.s1) and \
            not _TIME_NAME.match(text, q.m.end(), q.s1) and \
            phrase_after(text, q.m.end(), q.s1) is not None:
        return None  # '…, said Matt Reed, a former adviser who worked …': inverted
    start = _clause_after(q, False)
    if start is not None and q.word in _NOUN_LIKE and text[start - 5:start].lower() == "that " \
            and _RELATIVE_VERB.match(text, start):
        return None  # 'filed reports that track spending': a noun and its relative clause
    span = _content(q, start)
    if span is None:
        return None
    who = _WHO_SET_OFF.search(text, max(q.s0, q.m.start() - 40), q.m.start())
    if who is not None:  # 'Ana Ruiz, who said the plan would fail, resigned': to the comma
        comma = text.find(",", span[0], span[1])  # (its first comma only)
        verb = _COMMA_WORD.match(text, comma, span[1])
        if comma > span[0] and verb is not None and q.marks.quoted_at(comma) is None and (
                _COMMA_VERB.match(text, comma, span[1]) or
                verb.group("w") in _VERB_FORMS):  # ('…, withdrew on Friday')
            span = (span[0], comma)
    info = _speaker_before(q)
    return None if info is None else Reported(*span, info)


# '…, said Matt Reed, …' / '…, said Mayor Ana Ruiz.': a capitalized name right after the verb
_NAME_AFTER = re.compile(r"[ \t]+(?:(?:[A-Z][\w.'’-]*|of|the|de|van|von)[ \t]+){0,5}"
                         r"[A-Z][\w'’-]*(?:[ \t]*,|[.!?]?[\"”’)]*[ \t]*\Z|[ \t]+(?:who|on|in|at)\b)")
# After 'reports that': a lower-case word that opens no subject ('reports that track …').
_TIME_NAME = re.compile(r"[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Today|Yesterday|Tonight)\b")
_RELATIVE_VERB = re.compile(r"(?!(?:the|a|an|his|her|their|its|our|this|these|those|some|many|"
                            r"most|all|no|more|few|each|every|any|there|it|he|she|they|we|i|"
                            r"you|one|both|such|only|much)\b)[a-z]+\b")
_WHO_SET_OFF = re.compile(r",[ \t]+who(?:[ \t]+(?:has|have|had|also|once|previously|"
                          r"recently|earlier|[a-z]+ly))*[ \t]+\Z")
_COMMA_WORD = re.compile(r",[ \t]+(?:(?:also|then|later|now|still|[a-z]+ly)[ \t]+)?(?P<w>[a-z]+)\b")
# the comma that closes a relative clause, before the main clause's verb
_COMMA_VERB = re.compile(r",[ \t]+(?:(?:also|then|later|now|still|[a-z]+ly)[ \t]+)?"
                         r"(?:[a-z]{3,}ed|[a-z]{3,}s|is|was|has|had|will|would|did)\b")


def told_that(q: Cue) -> Reported | None:
    """'She told reporters (on Friday) (that) the deal was done.'"""
    if q.m.group("cue") is None or not q.telling:
        return None
    span = _content(q, _clause_after(q, True))
    if span is None:
        return None
    info = _speaker_before(q)
    return None if info is None else Reported(*span, info)


# After a sentence-final reporting verb: the end, or adjuncts to it ('he said on Monday.',
# 'officials said in a statement.', 'the mayor told reporters.').
_TAIL = re.compile(r"(?:[ \t]+(?!that\b)[\w’'.-]+){0,8}?[ \t]*(?:[.!?;]|\Z|(?P<sep>,)[ \t]+(?:[a-z]+ing|"
                   r"on|in|at|during|after|before|while|when|as|citing)\b)")
# A participle after a statement's end: '…, according to X, adding …', 'he said, wiping …'.
# After an inverted speaker ('…, said Mayor Ana Ruiz'): the sentence ends, or an apposition,
# an adjunct or a participle follows.
_INVERTED_END = re.compile(r"[ \t]*(?:[.!?]|\Z|,|\n|[ \t](?:on|in|at|during|after|before|"
                           r"when|while|who|adding|[A-Z][a-z]+day)\b)")
_JOINED_SPEAKER = re.compile(r",[ \t]+(?P<first>(?:[\w'’.-]+[ \t]+){1,3})(?:and|or)[ \t]+\Z")
_PARTICIPLE_TAIL = re.compile(r"[ \t]*,[ \t]+[a-z]+ing\b")
_PAREN_TAIL = re.compile(r"(?:[ \t]+(?!that\b)[\w’'.-]+){0,5}?[ \t]*,[ \t]+(?!and\b|but\b|or\b)")


def _set_off_phrase(q: Cue) -> tuple[tuple[int, int], int] | None:
    """The speaker phrase right before the verb and the comma that sets it off from the words
    before it ('The road will reopen, the council said', 'The only problem, Ms. Bigbee said,
    …', '…, teachers and union officials told'): (phrase, comma offset), or None."""
    text, s0 = q.text, q.s0
    ph = phrase_before(text, q.m.start(), s0)
    if ph is None:
        return None
    head = text[s0:ph[0]].rstrip()
    joined = _JOINED_SPEAKER.search(text, s0, ph[0])
    if not head.endswith(",") and joined is not None:  # '…, teachers and union officials'
        ph = (joined.start("first"), ph[1])
        head = text[s0:ph[0]].rstrip()
    if not head.endswith(","):
        comma = text.rfind(",", ph[0], ph[1])
        if comma < 0:  # 'a source close to [the board] said': the phrase from its comma
            comma = text.rfind(",", max(s0, ph[0] - 60), ph[0])
            if comma < 0 or not _COMPLEMENT_WORDS.fullmatch(text, comma + 1, ph[0]):
                return None
            ph = (comma + 1, ph[1])
        if not text[comma + 1:ph[1]].strip():
            return None
        ph = (comma + 1 + len(text[comma + 1:ph[1]]) - len(text[comma + 1:ph[1]].lstrip()),
              ph[1])  # 'The only problem, Ms. Bigbee said': the last segment speaks
        head = text[s0:ph[0]].rstrip()
    return ph, s0 + len(head) - 1


# A noun of people and its connector before a phrase ('a source close to', 'aides to').
_COMPLEMENT_WORDS = re.compile(r"[ \t]+(?:[A-Za-z][\w'’.-]*[ \t]+){1,4}?(?:close[ \t]+to|"
                               r"familiar[ \t]+with|to|for|of|with|at|in|inside|within|"
                               r"among|around|like)[ \t]+")
_LEADING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Now|Instead)[ \t]+")


def clause_then_cue(q: Cue) -> Reported | None:
    """'The road will reopen on Monday, the council said.' / '..., said Mayor Ana Ruiz.'"""
    if q.m.group("cue") is None or q.text.find(",", q.s0, q.m.start()) < 0:
        return None  # (no comma before the verb: no clause set off before it)
    text, s0 = q.text, q.s0
    tail = _TAIL.match(text, q.m.end(), q.s1 + 1)
    inverted = text[max(s0, q.m.start() - 2):q.m.start()] == ", "
    if (tail is None or not _adjunct_tail(text, q.m.end(), tail.start("sep") if tail.group("sep")
                                          else tail.end(), q.telling)) and not inverted:
        return None
    if inverted:  # '…, said Mayor Ana Ruiz.'
        ph = phrase_after(text, q.m.end(), q.s1)
        if ph is None or not _INVERTED_END.match(text, ph[1]):
            return None
        comma = q.m.start() - 2
        info = from_phrase(text, ph, q.word, q.mentions)
    else:
        found = _set_off_phrase(q)
        if found is None:
            return None
        ph, comma = found
        info = _resolve(q, ph) or _head_with_complement(q, ph)
    if info is None:
        return None
    start = s0
    while start < comma and (text[start].isspace() or text[start] in "—–-•*"):
        start += 1
    opener = _LEADING_CONJUNCTION.match(text, start, comma)  # 'But he operates …, he said.'
    first = start if opener is None else opener.end()
    if not _is_clause(text, first, comma + 1) and not _has_verb(text, first, comma):
        return None
    span = _content(q, start, comma)
    return None if span is None else Reported(*span, info)


def parenthetical(q: Cue) -> Reported | None:
    """'The road, the council said, will reopen on Monday.': the whole sentence."""
    if q.m.group("cue") is None or q.text.find(",", q.s0, q.m.start()) < 0:
        return None
    text, s0 = q.text, q.s0
    tail = _PAREN_TAIL.match(text, q.m.end(), q.s1)
    if tail is None or not _adjunct_tail(text, q.m.end(), tail.end() - 1, q.telling):
        return None
    found = _set_off_phrase(q)
    if found is None:
        return None
    ph, comma = found
    head = text[s0:comma + 1]
    if q.marks.quoted_at(s0 + 1) is not None or any(c in head for c in "\"“”"):
        return None
    info = _resolve(q, ph)
    if info is None:
        return None
    start = s0
    while start < q.s1 and text[start].isspace():
        start += 1
    after = _PAREN_TAIL.match(text, q.m.end(), q.s1).end()
    if text[after:after + 1] in "\"“”'‘" or not (
            _has_verb(text, after, q.s1, 0) or _verb_next(text, after, q.s1) or (
                _CONTINUATION.match(text, after, q.s1) and _has_verb(text, s0, comma, 0))):
        return None  # 'Asked about it, Clinton said, "…"'
    if len(head.split()) <= 2 and not _NOUN_HEAD.fullmatch(head.strip(" \t,")):
        start = after  # 'But, he said, it is a risky strategy': what follows
    span = _content(q, start)
    if span is None or span[1] <= q.m.end() + 3:
        return None
    return Reported(*span, info)


# A fronted subject of one or two words ('Time, he added, was on their side', 'The plan, …'),
# not a connective ('But', 'And yet', 'Still', 'In short').
_NOUN_HEAD = re.compile(r"(?!(?:But|And|Yet|So|Still|Now|Then|However|Indeed|Instead|Also|Again|"
                        r"Meanwhile|Moreover|Besides|Otherwise|Nonetheless|Nevertheless|Thus|"
                        r"Rather|Sometimes|Often|Today|Later|Earlier|Finally|First|Second|"
                        r"Ultimately|Overall|Yes|No|Well|Oh|In|On|At|For|Of)\b)(?:The|A|An|This|"
                        r"That|His|Her|Their|Its|Our)?[ \t]*[A-Z]?[a-z]+")
# What may go on after a parenthetical attribution when the words before it hold the verb:
# 'He is leaning toward the mayor, he said, because …', 'It is in the city's interest, she
# says, to keep the port open', '…, they say, but he is still …'.
_CONTINUATION = re.compile(r"(?:because|since|although|though|unless|if|to|but|so|when|as)\b")
_AS_START = re.compile(r"[\s\"“(]*(?:(?:But|And|Yet|So|Still|Indeed)[ \t,]+)?As\b")
_AS_OPENER = re.compile(r"[\s\"“(]*(?:(?:But|And|Yet|So|Still|Indeed)[ \t,]+)?As[ \t]+\Z")


def as_cue(q: Cue) -> Reported | None:
    """'As the council said on Monday, the road will reopen.': the clause after the comma."""
    if q.m.group("cue") is None or not _AS_START.match(q.text, q.s0, q.m.start()):
        return None
    text = q.text
    ph = phrase_before(text, q.m.start(), q.s0)
    if ph is None:
        return None
    if not _AS_OPENER.match(text, q.s0, ph[0]):
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
_BY_AFTER = re.compile(r"[ \t]+by[ \t]+")
# '…, as the BBC (first) reported (last week).': 'as' and the speaker before the verb
_AS_SPEAKER_BEFORE = re.compile(r",[ \t]+as[ \t]+\Z")


def as_by(q: Cue) -> Reported | None:
    """'As reported by the BBC, the hospital will close.' / 'The hospital will close, as first
    reported by the BBC.' / 'The hospital will close, as the BBC reported last week.'"""
    if q.m.group("cue") is None or q.telling:
        return None
    text, s0, s1 = q.text, q.s0, q.s1
    before = _AS_BY_BEFORE.search(text, max(s0, q.m.start() - 30), q.m.start())
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
        info = from_phrase(text, ph, q.word, q.mentions, after_with=True)
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
    ph = phrase_before(text, q.m.start(), s0)
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


def inverted_parenthetical(q: Cue) -> Reported | None:
    """'The cost, said the finance director, will be met from reserves.': the speaker after
    the verb, both set off by commas inside the sentence; the span is the whole sentence."""
    found = _inverted(q)
    if found is None:
        return None
    ph, comma = found
    info = _resolve(q, ph)
    if info is None:
        return None
    span = _content(q, q.s0)
    if span is None or span[1] <= comma + 3:
        return None
    return Reported(*span, info)


def _inverted(q: Cue) -> tuple[tuple[int, int], int] | None:
    """The speaker phrase and its closing comma of an inverted parenthetical verb ('The cost,
    said [the finance director], will …'), or None."""
    if q.m.group("cue") is None or q.telling:
        return None
    text, s0, s1 = q.text, q.s0, q.s1
    if text[max(s0, q.m.start() - 2):q.m.start()] != ", ":
        return None
    head = text[s0:q.m.start() - 2]
    if not head.strip() or any(c in head for c in "\"“”") or q.marks.quoted_at(s0 + 1) or \
            _AGE_END.search(head):
        return None  # (not 'Mike Reyes, 52, said his son, 23, had …': the subject's apposition)
    before = phrase_before(text, q.m.start(), s0)
    if before is not None and before[0] <= s0 + 4 and "," in text[before[0]:before[1]] and \
            (from_phrase(text, before, q.word, q.mentions) or {}).get("speaker_name"):
        return None  # ('Dana Fox, the club's chair, said her deputy, …, had …': its subject)
    comma = text.find(",", q.m.end(), s1)
    if comma < 0:
        return None
    ph = phrase_after(text, q.m.end(), comma)
    if ph is None or text[ph[1]:comma].strip() or len(text[ph[0]:ph[1]].split()) > 8:
        return None
    rest = comma + 1
    verb_next = _verb_next(text, rest, s1)
    if not verb_next:  # '…, said Ana Ruiz, the club's chair, the deal is done': past an apposition
        second = text.find(",", rest, s1)
        if second > 0 and len(text[rest:second].split()) <= 12 and not any(
                c in text[rest:second] for c in "\"“”;:"):
            after = second + 1
            verb_next = _verb_next(text, after, s1) or (
                not _OPENER.match(text, s0) and head.split()[0][:1].isupper() and
                _is_clause(text, after, s1) and not _has_verb(text, s0, q.m.start()))
    if not verb_next or text[rest:rest + 2].strip()[:1] in "\"“":
        return None
    return ph, comma


_AGE_END = re.compile(r",[ \t]*\d{1,3}[ \t]*\Z")


def _verb_next(text: str, pos: int, end: int) -> bool:
    """Whether text[pos:end] opens with a finite verb ('…, is the soil itself')."""
    words = _words(text, pos, end, 2)
    return bool(words) and words[0].group(0)[:1].islower() and (
        words[0].group(0).lower().replace("’", "'") in _VERB_FORMS or
        words[0].group(0).lower().endswith(("ed", "s", "n't", "n’t")))


# 'policies, which he said had harmed the economy', 'a bill which critics said was unfair':
# a relative pronoun, the speaker, the verb, and the rest of the relative clause.
_RELATIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<rel>which|that|who|whom|what)[ \t]+(?P<spk>he|she|they|we|I|it|"
    r"(?:[A-Za-z][\w'’.-]*[ \t]+){0,3}[A-Za-z][\w'’.-]*)[ \t]+"
    r"(?:(?:has|have|had|also|once|later|previously)[ \t]+)?\Z")


def relative(q: Cue) -> Reported | None:
    """'… policies, which he said had harmed the economy': a relative clause whose verb the
    speaker is reported to have said; the span runs from the relative pronoun (the statement
    is about its antecedent) to the end of the clause, speaker and verb included."""
    if q.m.group("cue") is None:
        return None
    text = q.text
    rel = _RELATIVE_BEFORE.search(text, max(q.s0, q.m.start() - 60), q.m.start())
    if rel is None:
        return None
    words = _words(text, q.m.end(), q.s1, 3)
    if len(words) < 2 or not (words[0].group(0).lower() in AUXILIARIES or (
            words[0].group(0)[:1].islower() and words[0].group(0).endswith(("ed", "s")))):
        return None  # the verb's gap is the relative pronoun: a verb must follow at once
    spk = rel.group("spk")
    if spk.split()[0].lower() in DETERMINERS - {"the", "a", "an"} or any(
            w.lower() in _VERB_FORMS for w in spk.split()):
        return None
    info = _resolve(q, rel.span("spk"))
    span = _content(q, rel.start("rel"))
    if info is None or span is None:
        return None
    return Reported(*span, info)


def according_to(q: Cue) -> Reported | None:
    """'According to the council, the road will reopen.' / '..., according to the council.'"""
    if q.m.group("acc") is None:
        return None
    text, s0, s1 = q.text, q.s0, q.s1
    ph = phrase_after(text, q.m.end(), s1 + 1) or _long_source(q)
    if ph is None:
        return None  # (any source: a poll, records or a report are attributed to as a person)
    ps, pe = ph
    comma = text.find(",", ps, pe)
    if comma > 0:  # 'according to Ann Lee, a pollster at Yale, the race …'
        second = text[comma + 1:pe].split()
        apposition = bool(second) and second[0][:1].islower() and \
            (text[pe:pe + 1] == "," or not text[pe:s1].strip(" \t.!?\"”")) and \
            not _has_verb(text, comma + 1, pe, 0)
        pe = pe if apposition else comma
    info = speaker_fields(text, ps, pe, "according to", q.mentions)
    if not info["speaker_name"]:  # 'an April report in Ars Technica': the name it holds
        named = [ent for ms, me, _, ent in q.mentions.between(ps, pe)
                 if ent.kind in ("person", "organization") and me <= pe]
        if named:
            info = {**info, "speaker_kind": named[-1].kind, "speaker_name": named[-1].name}
    before = text[s0:q.m.start()].rstrip()
    after_end = pe
    while after_end < s1 and text[after_end] in " \t":
        after_end += 1
    if not before.strip(" \t—–-"):  # 'According to X, the road will reopen.'
        if text[after_end:after_end + 1] != ",":
            return None
        span = _content(q, after_end + 1)
    elif text[after_end:after_end + 1] in (".", "!", "?", "") or after_end >= s1 or \
            _PARTICIPLE_TAIL.match(text, after_end):
        colon = text.rfind(":", s0, s0 + len(before))  # '… firms: London was …, according to X'
        start = s0 if colon < 0 or q.marks.quoted_at(colon) is not None else colon + 1
        span = _content(q, start, s0 + len(before))  # '…, according to X.'
    else:  # 'The road, according to X, will reopen.'
        span = _content(q, s0)
    if span is None or not _has_verb(text, *span):
        return None
    return Reported(*span, info)


def _long_source(q: Cue) -> tuple[int, int] | None:
    """The source after 'according to' that the phrase reader does not take ('according to
    law enforcement officials', 'according to early results of exit polls conducted for the
    networks'): its words to the next comma or the sentence's end, outside quote marks, when
    a comma sets it off from the statement (before it, or after it at the sentence's start)."""
    text, start = q.text, q.m.end()
    while start < q.s1 and text[start] in " \t":
        start += 1
    opening = not text[q.s0:q.m.start()].strip(" \t—–-\"“")
    if not opening and text[max(q.s0, q.m.start() - 2):q.m.start()].strip() != ",":
        return None  # ('… grew according to plan'): a statement set off by a comma only
    end = text.find(",", start, min(q.s1, start + 200))
    if end < 0:
        if opening:
            return None
        end = q.s1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
            end -= 1
        if end - start > 200:
            return None
    if end - start < 3 or q.marks.quoted_at(end - 1) is not None or \
            not text[start:start + 1].isalnum():
        return None
    return start, end


_PROGRESSIVE = re.compile(r"(?<![\w'’-])(?:is|are|was|were|been|be|keeps|kept)"
                          r"(?:[ \t]+[a-z]+ly)?[ \t]+\Z")
_SUBORDINATE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ss]ince|[Uu]pon|"
                                 r"[Ww]hen)[ \t]+(?:also[ \t]+|first[ \t]+)?\Z")
_AND_BEFORE = re.compile(r"(?<![\w'’-])and[ \t]+\Z")
_BY_BEFORE = re.compile(r"(?<![\w'’-])by[ \t]+\Z")  # 'by telling Clinton she had been …'

_CONTAINER_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{alternation(CONTAINERS | {'release', 'ad', 'memo', 'video'})})"
    rf"(?:[ \t]+(?:on|this|last)?[ \t]*[A-Za-z]+day)?[ \t]+\Z")


def participle(q: Cue) -> Reported | None:
    """'The mayor defended the plan, saying (that) the road would reopen.': the sentence's
    subject speaks; so after a statement or post ('issued a statement saying that …');
    'with three in ten saying …': the phrase after "with"; 'Critics are saying …': the
    phrase before the verb."""
    if q.m.group("part") is None:
        return None
    span = _content(q, _clause_after(q, q.telling))
    if span is None:
        return None
    info = _participle_speaker(q)
    return None if info is None else Reported(*span, info)


def _participle_speaker(q: Cue) -> dict | None:
    """The speaker of a participle ('…, saying', 'with three in 10 saying', 'Critics are
    saying'): the subject of its sentence, the phrase after "with" or before the verb."""
    text, at = q.text, q.m.start()
    said = _SAID_BEFORE.search(text, max(q.s0, at - 60), at)
    if said is not None:  # '…, the council said, adding that …': the verb's speaker
        ph = phrase_before(text, said.start("verb"), q.s0)
        info = None if ph is None else _resolve(q, ph)
        if info is not None:
            return info
    head = text[max(q.s0, at - 40):at]
    progressive = _PROGRESSIVE.search(head)
    info = None
    with_np = _with_speaker(q) if progressive is None else None
    if progressive is not None:  # 'some are quietly saying it is time …'
        back = max(q.s0, at - 40) + progressive.start()
        ph = phrase_before(text, back, q.s0)
        info = None if ph is None else _resolve(q, ph)
    elif with_np is not None:  # 'with three in 10 saying …'
        info = with_np
    elif (people := _PEOPLE_BEFORE.search(head)) is not None:
        # 'GOP primary voters saying they want …': the people right before the participle
        s0 = max(q.s0, at - 40)
        info = {**speaker_fields(text, s0 + people.start("np"), s0 + people.end("np"), q.word,
                                 q.mentions), "speaker_kind": "anonymous", "speaker_name": None}
    elif (absolute := _ABSOLUTE_BEFORE.search(head)) is not None:
        # '…, Boeing saying that …': the name right before the participle
        s0 = max(q.s0, at - 40)
        info = _resolve(q, (s0 + absolute.start("np"), s0 + absolute.end("np")))
    elif (named := _NAME_AFTER_PREPOSITION.search(head)) is not None:
        # 'a clip of McCain saying he will …': the name before the participle speaks
        s0 = max(q.s0, at - 40)
        info = _resolve(q, (s0 + named.start("np"), s0 + named.end("np")))
    elif (sub := _SUBORDINATE_BEFORE.search(head)) is not None:
        # 'After saying he was nervous, the man …', '… gaffes after telling his aides he …':
        # the subject of the main clause, after the fronted clause or before the participle
        start = max(q.s0, at - 40) + sub.start()
        if not text[q.s0:start].strip(" \t\"“(").removesuffix("But").removesuffix("And") \
                .strip():
            comma = text.find(",", q.m.end(), q.s1)
            verb = None if comma < 0 else next(
                (w for k, w in enumerate(_words(text, comma + 1, q.s1, 12)) if k and (
                    w.group(0).lower() in _VERB_FORMS or (w.group(0)[:1].islower() and
                                                          w.group(0).rstrip(".").endswith("ed")))),
                None)
            info = None if verb is None else subject(text, comma + 1, verb.start(), q.mentions,
                                                     q.word)
        else:
            info = _main_subject(q, start)
    elif text_before_comma(q) is not None or _CONTAINER_BEFORE.search(head) or \
            _AND_BEFORE.search(head) or _OBJECT_BEFORE.search(head) or _BY_BEFORE.search(head):
        info = _main_subject(q, at)
    if info is None or evidence_speaker(text, info["speaker_start"], info["speaker_end"]) or \
            q.marks.quoted_at(info["speaker_start"]) is not None:
        return None
    return info


def _object_row(kinds: frozenset[str]) -> Callable[[Cue], Reported | None]:
    """A finder for verbs whose object is what was said, of the given kinds
    (``reported_objects``): the object to the end of its clause, and the speaker before
    the verb (or, for a participle, the participle's)."""
    def find(q: Cue) -> Reported | None:
        start = object_start(q, kinds)
        if start is None:
            return None
        end = _content_end(q.text, start, q.s1, q.marks, q.s0, q.m.start(), q.m.end())
        span = _content(q, start, object_end(q.text, start, end, q.marks))
        if span is None:
            return None
        participle = q.m.group("part") is not None or q.m.group("objpart") is not None
        info = _participle_speaker(q) if participle else _speaker_before(q)
        if info is None and "question" in kinds:
            return _asked(q, start)
        if info is not None and (lemma_kind(q) or ("",))[0] == "threaten" and \
                info["speaker_kind"] not in ("person", "organization") and \
                info["speaker_text"].lower() not in ("he", "she", "they", "we", "i", "who") and \
                not _names_people(_head_noun(info["speaker_text"].split())) and \
                not (len(info["speaker_text"].split()) > 1 and
                     info["speaker_text"].split()[-1][:1].isupper()):  # ('One Republican')
            return None  # 'the primary threatens to knock …', 'That threatened to create …'
        return None if info is None else Reported(*span, info)
    find.__name__ = "object_" + "_".join(sorted(kinds))
    return find


# 'Asked whether …, she said', '… when asked about …': a question put by someone unnamed
# (or named after 'by'); the question runs to the comma before the answer's clause.
_ASKED_OPENING = re.compile(r"[\s\"“]*(?:(?:And|But|So|Yet)[ \t]+)?(?:(?i:when|whenever)[ \t]+)?\Z")
_ASKED_AFTER = re.compile(r"(?<![\w'’-])(?:when|whenever)[ \t]+\Z")
_ASKED_BY = re.compile(r"[ \t]+by[ \t]+(?P<np>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*)")


def _asked(q: Cue, start: int) -> Reported | None:
    """A question asked of the sentence's subject by someone the article does not name ('Asked
    whether the road would reopen, the mayor said …'): the speaker is the asker after "by",
    else anonymous and unwritten."""
    text = q.text
    if q.word.lower() != "asked" or not (
            _ASKED_OPENING.fullmatch(text, q.s0, q.m.start())
            or _ASKED_AFTER.search(text, max(q.s0, q.m.start() - 10), q.m.start())):
        return None
    end = _content_end(text, start, q.s1, q.marks, q.s0, q.m.start(), q.m.end())
    comma = text.find(",", start, end)
    while comma >= 0:  # the comma before the answer: '…, Trump replied', '…, the mayor said'
        if q.marks.quoted_at(comma) is None and _is_clause(text, comma + 1, end):
            end = comma
            break
        comma = text.find(",", comma + 1, end)
    span = _content(q, start, end)
    if span is None:
        return None
    by = _ASKED_BY.match(text, q.m.end())
    if by is not None:
        info = from_phrase(text, by.span("np"), q.word, q.mentions)
        if info is not None:
            return Reported(*span, info)
    return Reported(*span, {"speaker_text": None, "speaker_start": None, "speaker_end": None,
                            "cue": q.word, "speaker_kind": "anonymous", "speaker_name": None})


request = _object_row(frozenset({"request"}))
judgement = _object_row(frozenset({"judgement"}))
commitment = _object_row(frozenset({"commitment"}))
named_object = _object_row(frozenset({"object"}))
question = _object_row(frozenset({"question"}))


# A verb of saying that closes an attribution right before a participle ('…, X said, adding').
_SAID_BEFORE = re.compile(rf"(?<![\w'’-])(?P<verb>{_CUE_WORDS})(?:[ \t]+(?:on|in|at|last|this|"
                          rf"[A-Z][a-z]+day|[a-z]+ly))*[ \t]*,[ \t]*\Z")
_NAME_AFTER_PREPOSITION = re.compile(r"(?<![\w'’-])(?:of|from|by|showing|shows)[ \t]+"
                                     r"(?P<np>(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)"
                                     r"[ \t]+\Z")
# 'voters saying', 'critics saying': unnamed people right before the participle.
_PLURAL_PEOPLE = PLURAL_SPEAKERS - {"some", "many", "most", "all", "both", "few", "several",
                                    "others"}
_PEOPLE_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<np>(?:[A-Z][\w-]*[ \t]+){{0,3}}(?i:{alternation(_PLURAL_PEOPLE)}|"
    r"americans|republicans|democrats|respondents|adults|members|residents|women|men|"
    r"parents|workers|conservatives|liberals|independents))[ \t]+\Z")
# '…, Boeing saying': a name (or pronoun) set off by a comma right before the participle.
_ABSOLUTE_BEFORE = re.compile(r",[ \t]+(?P<np>(?:[A-Z][\w.&'’-]*[ \t]+){0,3}[A-Z][\w.&'’-]*)"
                              r"[ \t]+\Z")
# 'defended West saying …', 'thanked them saying …': an object the participle follows.
_OBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?:him|her|them|it|us|me|again|also|then|once|twice|"
                            r"later|[a-z]+ly|[A-Z][\w'’-]+)[ \t]+\Z")


def text_before_comma(q: Cue) -> int | None:
    """The comma right before a participle ('…, saying'), or None."""
    k = q.m.start() - 1
    while k > q.s0 and q.text[k] in " \t":
        k -= 1
    return k if k > q.s0 and q.text[k] in ",—–" else None


@dataclass(frozen=True, kw_only=True)
class ReportedRule(Rule):
    """A reported-speech rule: ``find`` reads a reporting verb and gives the content and the
    speaker, or None."""

    find: Callable[[Cue], Reported | None]

    @property
    def precision(self) -> float:
        """The measured share of right rows (``REPORTED_PRECISION``), the row's confidence."""
        return round(min(1.0, max(0.0, REPORTED_PRECISION[self.name])), 3)


E = Example
REPORTED_RULES: tuple[ReportedRule, ...] = (
    ReportedRule(
        name="as-cue", find=as_cue,
        examples=(E("As the mayor told reporters on Monday, the bridge will stay closed until "
                    "spring.", ("the bridge will stay closed until spring", "the mayor")),)),
    ReportedRule(
        name="as-by", find=as_by,
        examples=(E("As reported by the Evening Post, the mayor plans to sell the site.",
                    ("the mayor plans to sell the site", "Evening Post")),
                  E("The talks collapsed on Friday, as Sky News first reported.",
                    ("The talks collapsed on Friday", "Sky News")),
                  E("The bank will cut 2,000 jobs, as first reported by Reuters.",
                    ("The bank will cut 2,000 jobs", "Reuters")),
                  E("The work was done as reported by the inspectors on site.", None))),
    ReportedRule(
        name="inverted-parenthetical", find=inverted_parenthetical,
        examples=(E("The cost, said the finance director, will be met from reserves.",
                    ("The cost, said the finance director, will be met from reserves",
                     "the finance director")),
                  E("Part of the problem, say engineers at the site, is the soil itself.",
                    ("Part of the problem, say engineers at the site, is the soil itself",
                     "engineers at the site")),
                  E("The plan is dead, said Ana Ruiz, a former minister.", None))),
    ReportedRule(
        name="said-that", find=said_that,
        examples=(E("The council said the road would reopen on Monday.",
                    ("the road would reopen on Monday", "The council")),
                  E("Mayor Ana Ruiz said on Tuesday that the bridge was safe.",
                    ("the bridge was safe", "Ana Ruiz")),
                  E("Halden Group announced that it would close two plants in Wales.",
                    ("it would close two plants in Wales", "Halden Group")),
                  E("Striker Leo Vance denied that he had asked for a transfer.",
                    ("he had asked for a transfer", "Leo Vance")),
                  E("Coach Mia Lund said the team had played \"like cowards\" in the first "
                    "half.", ("the team had played \"like cowards\" in the first half",
                              "Mia Lund")),
                  E("The minister did not say whether taxes would rise.", None),
                  E("The mayor hopes the road will reopen on Monday.", None))),
    ReportedRule(
        name="told-that", find=told_that,
        examples=(E("Dana Fox told reporters that the talks had collapsed.",
                    ("the talks had collapsed", "Dana Fox")),
                  E("Owen Pryce told the BBC on Sunday the party would vote against the bill.",
                    ("the party would vote against the bill", "Owen Pryce")),
                  E("The spokesman told him to leave.", None))),
    ReportedRule(
        name="clause-then-cue", find=clause_then_cue,
        examples=(E("The road will reopen on Monday, the council said.",
                    ("The road will reopen on Monday", "the council")),
                  E("Rates are likely to rise again before the summer, said Bank of England "
                    "governor Ruth Adler.",
                    ("Rates are likely to rise again before the summer", "Ruth Adler")),
                  E('"We will win," Ana Ruiz said.', None))),
    ReportedRule(
        name="parenthetical", find=parenthetical,
        examples=(E("The new stadium, the club said, will open in August.",
                    ("The new stadium, the club said, will open in August", "the club")),)),
    ReportedRule(
        name="relative", find=relative,
        examples=(E("The mayor scrapped the bus lanes, which critics said were dangerous for "
                    "cyclists.", ("which critics said were dangerous for cyclists", "critics")),
                  E("It was the plan that she liked best.", None))),
    ReportedRule(
        name="according-to", find=according_to,
        examples=(E("According to the fire service, the blaze started in a kitchen.",
                    ("the blaze started in a kitchen", "the fire service")),
                  E("The blaze started in a kitchen, according to fire chief Tom Grady.",
                    ("The blaze started in a kitchen", "Tom Grady")),
                  E("Turnout fell sharply, according to the latest poll.",
                    ("Turnout fell sharply", "the latest poll")),
                  E("According to court records, the firm paid no tax in 2019.",
                    ("the firm paid no tax in 2019", "court records")))),
    ReportedRule(
        name="participle", find=participle,
        examples=(E("Senator Jane Holt defended the bill, saying that it would cut waiting "
                    "times.", ("it would cut waiting times", "Jane Holt")),
                  E("After saying he was nervous about the vote, the councillor abstained.",
                    ("he was nervous about the vote", "the councillor")),
                  E("The striker kept making mistakes after telling his coach he was fit.",
                    ("he was fit", "The striker")))),
    ReportedRule(
        name="request", find=request,
        examples=(E("The union urged the council to reopen the road before winter.",
                    ("the council to reopen the road before winter", "The union")),
                  E("Mayor Ana Ruiz called for an independent inquiry into the fire.",
                    ("an independent inquiry into the fire", "Ana Ruiz")),
                  E("Senator Jane Holt called on the minister to resign over the leak.",
                    ("the minister to resign over the leak", "Jane Holt")),
                  E("Rescuers warned of further landslides along the coast road.",
                    ("further landslides along the coast road", "Rescuers")),
                  E("She called for help.", None),
                  E("The coach was urged to stay calm.", None))),
    ReportedRule(
        name="judgement", find=judgement,
        examples=(E("Owen Pryce accused the mayor of misleading voters about the budget.",
                    ("the mayor of misleading voters about the budget", "Owen Pryce")),
                  E("The teachers' union criticized the new exam timetable.",
                    ("the new exam timetable", "The teachers' union")),
                  E("The plan was criticized by residents.", None),
                  E("Councillor Dana Fox called the new parking charges a tax on shoppers.",
                    ("the new parking charges a tax on shoppers", "Dana Fox")),
                  E("The minister called snap elections for June.", None),
                  E("The ground is now called Riverside Park.", None))),
    ReportedRule(
        name="commitment", find=commitment,
        examples=(E("Halden Group vowed to keep both plants open until 2030.",
                    ("to keep both plants open until 2030", "Halden Group")),
                  E("The promised bridge never came.", None))),
    ReportedRule(
        name="object", find=named_object,
        examples=(E("Dana Fox cited the rising cost of rent in the city centre.",
                    ("the rising cost of rent in the city centre", "Dana Fox")),
                  E("Striker Leo Vance denied any wrongdoing on Tuesday.",
                    ("any wrongdoing on Tuesday", "Leo Vance")),
                  E("The study was cited in the report.", None))),
    ReportedRule(
        name="question", find=question,
        examples=(E("Councillor Mia Lund asked whether the road would reopen before winter.",
                    ("whether the road would reopen before winter", "Mia Lund")),
                  E("She asked for a glass of water.", None))),
)
check_names(REPORTED_RULES)
_OBJECT_ROWS = frozenset({"request", "judgement", "commitment", "object", "question"})
assert {row.name for row in REPORTED_RULES[-len(_OBJECT_ROWS):]} == _OBJECT_ROWS  # (last)
INDIRECT = {row.name: row for row in REPORTED_RULES}
PRECISION = {row.name: row.precision for row in REPORTED_RULES}


def reported_with_rules(doc: Document, entities: Sequence[LocalEntity],
                        quotes: Sequence[Quote] = (),
                        mentions: Mentions | None = None) -> list[tuple[Quote, str]]:
    """Every statement of reported speech in ``doc`` as an ``indirect`` quote, with the name of
    the row that found it; ``quotes`` are the document's quotes with marks (their spans are
    never reported speech's, and their embedded posts are left alone)."""
    text = doc.text
    if not text:
        return []
    if mentions is None:
        mentions = Mentions(entities, (doc.byline.start, doc.byline.end) if doc.byline
                            else (-1, -1))
    marks = _Marks(doc)
    headline = HEADLINE_SPAN(doc)
    posts = [(q.start, q.end) for q in quotes if q.kind == "embedded_post"]
    found: list[tuple[Reported, str]] = []
    unpunctuated: dict[int, bool] = {}  # paragraph index -> a caption or title line
    for m in _CUE.finditer(text):
        at = m.start()
        if headline is not None and headline[0] <= at < headline[1]:
            continue  # the headline: the outlet's own voice, condensed
        if marks.quoted_at(at) is not None or any(a <= at < b for a, b in posts):
            continue  # speech inside a quote or a post: the quote's own words
        sentence = doc.sentence_at(at)
        para = doc.paragraph_at(at)
        if para is not None and para.index not in unpunctuated:
            unpunctuated[para.index] = _unpunctuated_line(doc, at)
        if sentence is None or (para is not None and unpunctuated[para.index]):
            continue  # (a caption, a subhead, a title: no statement of the article's)
        # a sentence never runs over a line break here (list items without stops)
        s0 = max(sentence.start, text.rfind("\n", 0, at) + 1)
        s1 = text.find("\n", at, sentence.end)
        s1 = sentence.end if s1 < 0 else s1
        det = _DETERMINER_BEFORE.search(text, max(s0, at - 12), at)
        if det is not None and not (det.group(0).lower().startswith("her") and
                                    _PREPOSITION_END.search(text, max(s0, det.start() - 8),
                                                            det.start())):
            continue  # ('the alleged fraud', 'a noted author'; not 'people close to her say')
        q = Cue(doc, text, m, s0, s1, marks, mentions)
        for row in REPORTED_RULES:
            if row.name in _OBJECT_ROWS and lemma_kind(q) is None:
                break  # (the object rows come last and read only verbs with an object)
            hit = row.find(q)
            if hit is not None:
                # (the filters of what is not speech run on the few verbs a row applies to)
                if not not_speech(text, s0, s1, m.start(), m.end(), marks):
                    found.append((hit, row.name))
                break
    taken = {(q.start, q.end) for q in quotes}
    out: list[tuple[Quote, str]] = []
    for hit, rule in _cut_at_next_speaker(text, found):
        span = (hit.start, hit.end)
        if span in taken:
            continue
        taken.add(span)
        info = hit.info
        out.append((Quote(hit.start, hit.end, text[hit.start:hit.end], "indirect",
                          info["speaker_kind"], PRECISION[rule], info["speaker_text"],
                          info["speaker_start"], info["speaker_end"], info["speaker_name"],
                          info.get("speaker_handle"), info["cue"]), rule))
    return out


_DETERMINER_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{alternation(DETERMINERS - {'one'})}|this|"
                                r"these|those|its)[ \t]+\Z")


_PREPOSITION_END = re.compile(r"(?<![\w'’-])(?:to|of|for|with|near|around|behind)[ \t]+\Z")


def _unpunctuated_line(doc: Document, pos: int) -> bool:
    """Whether ``pos`` is in a paragraph that ends without punctuation and is no list item:
    a photo caption, a subhead or a title, not the article's prose."""
    para = doc.paragraph_at(pos)
    if para is None:
        return False
    line = doc.text[para.start:para.end]
    return not _LINE_END.search(line) and not _BULLET.match(line)


# Before another speaker inside a statement: where the first statement ends ('She said the
# plan was dead, but her deputy said …' -> "the plan was dead").
_SEPARATOR_BEFORE = re.compile(r"(?:[,;]?[ \t]+(?:and|but|while|whereas|as|although|though)|"
                               r"[,;])[ \t]+(?:[A-Za-z]+[ \t]+){0,6}?\Z")


def _cut_at_next_speaker(text: str, found: list[tuple[Reported, str]]
                         ) -> list[tuple[Reported, str]]:
    """Statements cut before the speaker of a later statement of the same sentence that
    their span runs into, when a comma or a conjunction separates them."""
    out = []
    for i, (hit, rule) in enumerate(found):
        end = hit.end
        for later, _ in found[i + 1:]:
            at = later.info.get("speaker_start")
            if at is None or not hit.start + 10 < at < end:
                continue
            sep = _SEPARATOR_BEFORE.search(text, max(hit.start, at - 60), at)
            if sep is not None and sep.start() > hit.start + 10:
                end = sep.start()
                while end > hit.start and text[end - 1] in " \t,;":
                    end -= 1
                break
        out.append((hit if end == hit.end else Reported(hit.start, end, hit.info), rule))
    return out


def reported_speech(doc: Document, entities: Sequence[LocalEntity],
                    quotes: Sequence[Quote] = ()) -> list[Quote]:
    """``reported_with_rules`` without the rule names."""
    return [q for q, _ in reported_with_rules(doc, entities, quotes)]


def _fired(text: str) -> list[tuple[str, tuple[str, str | None]]]:
    """(rule, (content, speaker name, else speaker words)) of every reported statement."""
    from newsledger.extract.entities import extract_entities

    from .extract import quotes_with_rules

    doc = Document(text)
    entities = extract_entities(doc)
    quotes = [q for q, _ in quotes_with_rules(doc, entities)]
    return [(rule, (q.text, q.speaker_name or q.speaker_text))
            for q, rule in reported_with_rules(doc, entities, quotes)]


TABLE = register(RuleTable("quotes.indirect", REPORTED_RULES, _fired))
