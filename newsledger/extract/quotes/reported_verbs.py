"""Reported speech, the rows of a verb of saying and the clause after it (rows of
``reported.REPORTED_RULES``): ``said-that`` and ``told-that`` (the rows with the clause set off
before the verb, ``clause-then-cue``, ``parenthetical`` and ``inverted-parenthetical``, are in
``reported_set_off``; those opened by "as" and by a relative pronoun in ``reported_as``; the
span of what was said is cut by ``reported_content``). Each finder takes a ``Cue`` (a verb of
saying in its sentence) and gives a ``Reported`` row or None; ``reported.py`` says what each
row reads (``block-after-colon``: a verb closing its paragraph with a colon, the next
paragraph its words)."""
from __future__ import annotations

import re

from newsledger.lexicon.actions import FINITE_AUXILIARIES
from newsledger.lexicon.grammar import NAME_PARTICLE_WORDS
from newsledger.lexicon.people import OBJECT_PRONOUNS

from .phrases import phrase_after
from .reported_clauses import (_NOUN_LIKE, _VERB_FORMS, REPORTED_CUES, Cue, Reported,
                               _is_clause, _words)
from .reported_content import _content
from .reported_heads import _names_people
from .reported_resolve import _resolve
from .reported_set_off import _inverted, _inverted_people
from .reported_speakers import _speaker_before
from .reported_starts import _clause_after

def said_that(q: Cue) -> Reported | None:
    """'The council said (on Monday) (that) the road would reopen.'"""
    if q.m.group("cue") is None or q.telling or _inverted(q) is not None:
        return None  # (not 'Part of the problem, say engineers, is …': its speaker follows)
    text = q.text
    if text.find("aving", max(q.s0, q.m.start() - 8), q.m.start()) >= 0 and \
            _HAVING_SAID.search(text, max(q.s0, q.m.start() - 8), q.m.start()) and \
            _THAT_SAID.match(text, q.m.end(), q.s1):
        return None  # 'Having said that, the club …': a connective, no statement
    if text[max(q.s0, q.m.start() - 2):q.m.start()] == ", " and \
            _NAME_AFTER.match(text, q.m.end(), q.s1) and \
            not _TIME_NAME.match(text, q.m.end(), q.s1) and \
            phrase_after(text, q.m.end(), q.s1) is not None:
        return None  # '…, said Matt Reed, a former adviser who worked …': inverted
    if text[max(q.s0, q.m.start() - 2):q.m.start()] == ", " and _inverted_people(q):
        return None  # '…, said one union source, and …': inverted, its speaker unnamed
    cleft = _CLEFT_AFTER.match(text, q.m.end(), q.s1) if text.find(
        "hat", q.s0, q.m.start()) >= 0 and _WHAT_BEFORE.fullmatch(text, q.s0, q.m.start()) \
        else None
    # ('What the minister said was that the policy would be reviewed': after 'was')
    start = cleft.end() if cleft is not None and _is_clause(text, cleft.end(), q.s1) else \
        _clause_after(q, False)
    if start is not None and q.word in _NOUN_LIKE and text[start - 5:start].lower() == "that " \
            and _RELATIVE_VERB.match(text, start):
        return None  # 'filed reports that track spending': a noun and its relative clause
    span = _content(q, start)
    if span is None:
        return None
    who = _WHO_SET_OFF.search(text, max(q.s0, q.m.start() - 100), q.m.start())
    if who is not None:  # 'Ana Ruiz, who said the plan would fail, resigned': to the comma
        comma = text.find(",", span[0], span[1])  # (its first comma only)
        verb = _COMMA_WORD.match(text, comma, span[1])
        if comma > span[0] and verb is not None and q.marks.quoted_at(comma) is None and (
                _COMMA_VERB.match(text, comma, span[1]) or
                verb.group("w") in _VERB_FORMS):  # ('…, withdrew on Friday')
            span = (span[0], comma)
    if text.find("who", q.s0, q.m.start()) >= 0 and _WHO_SUBJECT.fullmatch(text, q.s0,
                                                                             q.m.start()):
        span = (span[0], _main_verb_after(text, *span))
    info = _speaker_before(q)
    if cleft is not None and start == cleft.end() and info is not None and \
            info["speaker_start"] is not None and \
            text[info["speaker_start"]:info["speaker_start"] + 5].lower() == "what ":
        info = _resolve(q, (info["speaker_start"] + 5, info["speaker_end"]))  # (not 'What')
    return None if info is None else Reported(*span, info)


# A pseudo-cleft: 'What the coach said was (that) the squad was tired.'
# ('What' opening its sentence: not '… what they say was his role', a relative 'what')
_WHAT_BEFORE = re.compile(r"[\s\"“(]*(?:(?:But|And|Yet|So)[ \t,]+[Ww]|W)hat[ \t]+"
                          r"(?:[\w'’.-]+[ \t]+){1,5}?(?:(?:has|had|have|also|actually|really)"
                          r"[ \t]+)?")
_CLEFT_AFTER = re.compile(r"[ \t]+(?:was|is)[ \t]+(?:that[ \t]+)?")


# A subject with its restrictive relative clause, the verb of saying inside it ('Voters who
# say the economy matters most were evenly divided'): the main clause's verb follows the
# statement.
_WHO_SUBJECT = re.compile(r"[\s\"“]*(?:[A-Z][\w'’.-]*|[Tt]hose|[Tt]he)[^,;:\"“”]{0,60}?"
                          r"[ \t]who(?:[ \t]+[a-z]+ly)?[ \t]+")
_MAIN_FINITE = FINITE_AUXILIARIES
_CLAUSE_JOINS = frozenset({"and", "or", "but", "that", "which", "who", "because", "if", "when",
                           "while", "whether", "than", "as", "to", ","})


def _main_verb_after(text: str, start: int, end: int) -> int:
    """Where the statement text[start:end] of a relative clause on the sentence's subject
    ends: before a second finite verb with no conjunction between the two ('the economy is
    most important were evenly divided' -> 'the economy is most important'); else ``end``."""
    words = _words(text, start, end, 40)
    first = next((k for k in range(1, len(words)) if words[k].group(0).lower() in _MAIN_FINITE
                  or words[k].group(0).lower() in _VERB_FORMS), None)
    if first is None:
        return end
    for j in range(first + 2, len(words)):
        w = words[j].group(0).lower()
        if w in _CLAUSE_JOINS:
            return end
        if w in _MAIN_FINITE and words[j - 1].group(0).lower() not in _MAIN_FINITE:
            cut = words[j].start()
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            return cut
    return end


_HAVING_SAID = re.compile(r"(?<![\w'’-])[Hh]aving[ \t]+\Z")
_THAT_SAID = re.compile(r"[ \t]+(?:that|this|so|all[ \t]+that)[ \t]*,")



# '…, said Matt Reed, …' / '…, said Mayor Ana Ruiz.': a capitalized name right after the verb
_NAME_AFTER = re.compile(r"[ \t]+(?:(?:[A-Z][\w.'’-]*|"
                         + "|".join(sorted(NAME_PARTICLE_WORDS | {"the"}))
                         + r")[ \t]+){0,5}"
                         r"[A-Z][\w'’-]*(?:[ \t]*,|[.!?]?[\"”’)]*[ \t]*\Z|[ \t]+(?:who|on|in|at)\b)")
# After 'reports that': a lower-case word that opens no subject ('reports that track …').
_TIME_NAME = re.compile(r"[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Today|Yesterday|Tonight)\b")
_RELATIVE_VERB = re.compile(r"(?!(?:the|a|an|his|her|their|its|our|this|these|those|some|many|"
                            r"most|all|no|more|few|each|every|any|there|it|he|she|they|we|i|"
                            r"you|one|both|such|only|much)\b)[a-z]+\b")
_WHO_SET_OFF = re.compile(r",[ \t]+(?:who|which|(?:many|some|most|all|several|both|few|none|half|"
                          r"dozens|hundreds|thousands|one|two|three|four|five)[ \t]+of[ \t]+"
                          r"whom)(?:['’](?:ve|s|d)\b)?(?:[ \t]+(?:has|have|had|also|once|previously|"
                          r"recently|earlier|[a-z]+ly))*[ \t]+\Z|"
                          r",[ \t]+who[ \t]+[^,;:\"“”]{3,80}?[ \t]+and[ \t]+(?:also[ \t]+)?\Z")
# ('Dana Fox, who endorsed the plan and said …, arrived late': a second verb of the clause)
_COMMA_WORD = re.compile(r",[ \t]+(?:(?:also|then|later|now|still|[a-z]+ly)[ \t]+)?(?P<w>[a-z]+)\b")
# the comma that closes a relative clause, before the main clause's verb
_COMMA_VERB = re.compile(r",[ \t]+(?:(?:also|then|later|now|still|[a-z]+ly)[ \t]+)?"
                         r"(?:[a-z]{3,}ed|[a-z]{3,}s|is|was|has|had|will|would|did)\b")


# Words between a verb of telling and its clause that are no hearer's but the clause's own
# first word's neighbours: object pronouns and the words that open a clause.
_NOT_CLAUSE_OPENERS = OBJECT_PRONOUNS | frozenset({
    "me", "you", "it", "us", "everyone", "everybody", "anyone", "nobody", "that", "if",
    "whether", "how", "why", "what", "when", "where", "who", "which", "then", "again", "also",
    "today", "yesterday", "tonight", "publicly", "privately"})


# Verbs of telling that also take a clause without a hearer ('warned (that) the plan would
# fail'); 'told the plan would fail' is no English.
_HEARER_OPTIONAL = frozenset({"warn", "caution"})


def told_that(q: Cue) -> Reported | None:
    """'She told reporters (on Friday) (that) the deal was done.'"""
    if q.m.group("cue") is None or not q.telling:
        return None
    start = _clause_after(q, True)
    if start is None and REPORTED_CUES.get(q.word, q.word) in _HEARER_OPTIONAL:
        start = _clause_after(q, False)  # 'warned the plan would fail': no hearer
    if start is not None:
        hearer = q.text[q.m.end():start]
        word = hearer.strip()
        if word.isalpha() and word.islower() and not word.endswith("s") and \
                word not in _NOT_CLAUSE_OPENERS and not _names_people(word):
            start = q.m.end() + len(hearer) - len(hearer.lstrip())  # 'warn beef prices could …'
    span = _content(q, start)
    if span is None:
        return None
    info = _speaker_before(q)
    return None if info is None else Reported(*span, info)


# A verb of saying closing its paragraph with a colon, an adjunct allowed before it ('The
# governor added:', 'In a speech in July, he said:', 'Ms. Hale wrote on her blog:'), and the
# next paragraph its words set off as a block, without quote marks.
_BLOCK_COLON = re.compile(r"(?:[ \t]+(?:in|on|at|back|later|then|recently|afterwards|again|"
                          r"earlier|also|to)\b[^:\n\"“”]{0,40})?:[ \t]*\n(?:[ \t]*\n)*[ \t]*")
# The block is prose: it ends on a stop, a closing mark or a question or exclamation mark.
_PROSE_END = re.compile(r"[.!?…][\"”’')]*[ \t]*\Z")


def block_after_colon(q: Cue) -> Reported | None:
    """'Limbaugh added:' and, as the next paragraph, the words he added without quote marks
    (a block quotation): the whole paragraph is the statement; not a quote, a post or a list
    after the colon ('He wrote:' then '"…"', an embedded tweet, bullet points)."""
    text = q.text
    last = q.s1
    while last > q.s0 and text[last - 1] in " \t":
        last -= 1
    if text[last - 1:last] != ":" or q.m.group("cue") is None:
        return None  # (read first: most sentences end on a stop)
    block = _BLOCK_COLON.match(text, q.m.end())
    if block is None or text.rfind("\n", 0, block.end()) < q.m.end():
        return None  # (no paragraph break after the colon: said_that's 'said: the …')
    start = block.end()
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 20 or text[start] in "\"“'‘<•*-–—" or q.marks.quoted_at(start) is not None \
            or not _PROSE_END.search(text, start, end):
        return None
    while end > start and text[end - 1] in ".":
        end -= 1
    info = _speaker_before(q)
    return None if info is None else Reported(start, end, info)
