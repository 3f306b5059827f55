"""What is not a quote, and what kind a quote is.

Kind: ``direct`` when the quote starts its sentence or follows a reporting verb or a colon;
``partial`` when it is a fragment woven into the reporter's sentence.

Not quotes, by clear signs only (real quotes far outnumber the rest, so a filter on weak signs
loses more quotes than it removes): a headline's marks (``newsledger.text.headline``:
headlines condense or paraphrase, the body quotes the words); titles of works after a work
word, an outlet or before the noun they name ('the song "Runaway"', 'on NBC's "Meet the
Press"', 'the "Jesus Is King" rapper'); nicknames ('dubbed "The Iceman"'); terms being named or
defined ('also known as "swap lines"', '"jobs bank", a system …'); ``so-called``; and, in a
sentence with no verb of saying, words named as words (``the word "WELP"``) and one-word scare
quotes. A fragment in a sentence that attributes it ('Critics called the plan a "disaster"')
is a quote.
"""
from __future__ import annotations

import re

from newsledger.extract.patterns import trie_alternation
from newsledger.lexicon.speech import (CUES, EVIDENCE_NOUNS, NICKNAMING, NOT_SAID_BEFORE,
                                       PARTICIPLE_CUES, SAYING_WORDS, TITLE_PRECEDERS,
                                       TO_SAY_SPEECH, WORD_WORDS, WORK_NOUNS_AFTER, WORK_WORDS)

from .common import CUE, CUE_BEFORE, STRONG, alternation, first_letters

# A capitalized word right before a capitalized work word: a name ('Dr. Paul Song').
_IN_NAME = re.compile(r"[A-Z][\w'’.-]*[ \t]+[A-Z]\Z")
_WORK_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(WORK_WORDS)})[ \t]*[:,]?[ \t]*"
                          r"(?:(?:a|an|the|as)[ \t]+)?\Z", re.I)
# A verb of saying and a programme before a colon: speech, not a title ('He told the BBC's
# Today programme: "…"', 'she said on the show: "…"').
_TOLD_THE_WORK = re.compile(rf"\b(?:{CUE})\b[^.!?\"“”]{{0,40}}:[ \t]*\Z")
_WORD_WORD_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(WORD_WORDS)})[ \t]*[:,]?[ \t]*"
                               r"(?:(?:a|an|the|as|of)[ \t]+)?\Z", re.I)
_NICKNAME_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(NICKNAMING)})[ \t]*[:,]?[ \t]*"
                              r"(?:(?:a|an|the|as|him|her|it|them)[ \t]+)?\Z", re.I)
# A term being named or defined: 'credit arrangements, also known as "swap lines"', 'a new
# screen, dubbed a "retina display"', 'Formerly "iPhone OS"', 'a free case, or "bumper"', and
# 'the UAW's "jobs bank", a system where …'.
_NAMED_AS_BEFORE = re.compile(
    r"(?:(?:,|\b(?i:also|commonly|often|sometimes|informally|popularly|widely|is|are|was|were|"
    r"be|been|being))[ \t]+(?i:known[ \t]+as|called|dubbed|nicknamed|termed|referred[ \t]+to"
    r"[ \t]+as)|\b(?i:formerly)|,[ \t]+or)[ \t]+(?:(?i:an?|the)[ \t]+)?\Z")
_DEFINED_AFTER = re.compile(r"[ \t]*,[ \t]+(?:a|an|which)[ \t]")
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)]*\Z")
_CHANT_BEFORE = re.compile(r"\b(?i:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|"
                           r"cr(?:y|ies|ied)|scream(?:s|ed|ing)?)(?:[ \t]+of)?[ \t]*[:,]?[ \t]*\Z")
_SO_CALLED = re.compile(r"(?<![\w-])(?i:so-called|quote-unquote)[ \t]*\Z")
# A title after an outlet or a show's host ('on NBC's "Meet the Press"', 'told "Fox and
# Friends"', 'on "Saturday Night Live"') or before the noun it names ('the "Jesus Is King"
# rapper', 'the "No Comparison" ad').
_OUTLET_BEFORE = re.compile(r"(?:[A-Z][\w&.]*(?:’s|'s)|\b(?:on|told|to|hosts?\s+of|host))"
                            r"[ \t]*\Z")
_WORK_AFTER = re.compile(rf"[ \t]*(?:{alternation(WORK_NOUNS_AFTER)})\b")
_SAYING = re.compile(rf"(?<![\w'’-])(?i:{alternation(SAYING_WORDS)})(?![\w'’-])")


def _last_word(head: str) -> str:
    """The last word of ``head`` before spaces or tabs (letters, digits, '_', apostrophes,
    hyphens), or "" (the match of ``([\\w'’-]+)[ \\t]*\\Z``, read from the end)."""
    tail = head.rstrip(" \t")
    i = len(tail)
    while i and (tail[i - 1].isalnum() or tail[i - 1] in "_'’-"):
        i -= 1
    return tail[i:]


_END_PUNCT = re.compile(r"[.!?…,;:—-][\"'’”)]*\Z")
_TITLE_WORD = re.compile(r"[A-Z0-9]|[a-z]{1,3}\Z|(?:and|the|of|for|with)\Z")

# The head patterns above end their match at the end of the text before the quote: the last
# word of one of their phrases is then one of the head's last two words (the second last when
# a small word follows it: 'the song a', 'known as him', 'chants of'). Those two words are read
# once per quote, and a pattern runs only when one of its last words is among them (ASCII heads;
# a head with other characters runs every pattern, whose case-blind matching is wider).
_ASCII_WORD = re.compile(r"[a-z]+")


def _last_words(phrases) -> frozenset[str]:
    return frozenset(_ASCII_WORD.findall(p.lower())[-1] for p in phrases)


_SO_CALLED_LAST = _last_words(("so-called", "quote-unquote"))
_WORK_LAST = _last_words(WORK_WORDS)
_WORD_WORD_LAST = _last_words(WORD_WORDS)
_NICKNAME_LAST = _last_words(NICKNAMING)
_NAMED_AS_LAST = _last_words(("known as", "called", "dubbed", "nicknamed", "termed",
                              "referred to as", "formerly", "or"))
_CHANT_LAST = _last_words(f"{stem}{end}" for stem in ("chant", "shout", "yell", "scream")
                          for end in ("", "s", "ed", "ing")) | {"cry", "cries", "cried"}


def _tail(head: str) -> frozenset[str] | None:
    """The last two words of ``head`` (lower case), or None when it is not ASCII."""
    if not head.isascii():
        return None
    return frozenset(_ASCII_WORD.findall(head.lower())[-2:])


def _may_end(tail: frozenset[str] | None, last: frozenset[str]) -> bool:
    """Whether a head pattern whose phrases end with ``last`` may match a head ending so."""
    return tail is None or not tail.isdisjoint(last)


# The last word of each reporting verb and participle ("said", "out" of "pointed out"):
# ``CUE_BEFORE`` can match only where the text ends with one of them, then spaces and a comma.
_CUE_LAST_WORDS = frozenset(re.search(r"\w+\Z", w).group() for w in (*CUES, *PARTICIPLE_CUES))


def _cue_before(head: str) -> bool:
    """``CUE_BEFORE.search(head)``, tried only when ``head`` ends with a cue's last word (or a
    colon), spaces and one comma after it allowed."""
    tail = head.rstrip(" \t")
    if tail.endswith(","):
        tail = tail[:-1].rstrip(" \t")
    if not tail.endswith(":"):
        i = len(tail)
        while i and (tail[i - 1].isalnum() or tail[i - 1] == "_"):
            i -= 1
        if tail[i:] not in _CUE_LAST_WORDS:
            return False
    return CUE_BEFORE.search(head) is not None


def starts_sentence(text: str, qs: int, line_start: int) -> bool:
    head = text[max(line_start, qs - 1 - 40):qs - 1]
    stripped = head.rstrip(" \t")
    if not text[line_start:qs - 1].strip(" \t—–-•*·"):
        return True
    return stripped.endswith((".", "!", "?", ":", "…", '"', "”")) or _cue_before(head)


def is_partial(text: str, qs: int, qe: int, line_start: int) -> bool:
    """A fragment inside the reporter's sentence rather than a statement of its own."""
    return not starts_sentence(text, qs, line_start)


def not_a_quote(text: str, qs: int, qe: int, strength: int, line_start: int,
                 sentence: tuple[int, int], headline: tuple[int, int] | None) -> bool:
    """Quote marks that do not quote anyone: a headline's (headlines condense or paraphrase;
    the body quotes the words), titles of works, nicknames, words named as words with nobody
    said to use them, and one-word scare quotes in a sentence that attributes nothing. Real
    quotes outnumber all of these, so only clear signs drop a span (measured on news: a
    filter that drops fragments with no reporting verb next to them loses more quotes than it
    removes non-quotes)."""
    inner = text[qs:qe].strip()
    words = inner.split()
    if not words or not any(c.isalnum() for c in inner):
        return True
    if headline is not None and headline[0] <= qs < headline[1]:
        return True
    head = text[max(line_start, qs - 41):qs - 1]
    close = qe
    while close < len(text) and text[close] in " \t":
        close += 1  # spaced marks: '" voice control "'
    after_text = text[close + 1:close + 40]
    ends_punct = bool(_END_PUNCT.search(inner))
    tail = _tail(head)
    if _may_end(tail, _SO_CALLED_LAST) and _SO_CALLED.search(head) or \
            words[0].lower() in ("so-called", "quote-unquote"):
        return True  # 'so-called "experts"'
    work = _may_end(tail, _WORK_LAST) and _WORK_BEFORE.search(head)
    if len(words) <= 12 and work and not _TOLD_THE_WORK.search(head) and \
            not _IN_NAME.search(head, 0, work.start() + 1) and \
            not (strength >= STRONG and words[0][:1].islower()):
        # (not a name, 'Dr. Paul Song "was …"', nor a clause in lower case a verb of saying
        # attributes, 'the grant program, "states were …," DeSantis said')
        return True  # 'the song "Runaway"', 'a memo titled "The Facts on the Race"'
    capitalized = words[0][:1].isupper()
    title_case = capitalized and all(_TITLE_WORD.match(w) or not w[:1].isalpha() for w in words)
    if title_case and len(words) <= 8 and inner[-1:] not in "?" and (
            _OUTLET_BEFORE.search(head) or _WORK_AFTER.match(after_text)):
        return True  # 'on NBC's "Meet the Press."', 'The "Jesus Is King" rapper'
    if title_case and len(words) <= 4 and _may_end(tail, _NICKNAME_LAST) and \
            _NICKNAME_BEFORE.search(head):
        return True  # 'dubbed "The Iceman"'
    if len(words) <= 4 and not _SENTENCE_END.search(inner) and (
            _may_end(tail, _NAMED_AS_LAST) and _NAMED_AS_BEFORE.search(head) or
            _DEFINED_AFTER.match(after_text)):
        return True  # 'arrangements, also known as "swap lines"', '"jobs bank", a system'
    before = text[max(line_start, qs - 3):qs - 1]
    if (before.rstrip()[-1:].isupper() or before.rstrip().endswith(("'s", "’s"))) and \
            after_text[:1] == " " and after_text[1:2].isupper() and len(words) <= 4 and \
            not ends_punct:
        return True  # a nickname inside a name: 'Dwayne "The Rock" Johnson'
    preceded = _last_word(head).lower() in TITLE_PRECEDERS
    if _may_end(tail, _CHANT_LAST) and _CHANT_BEFORE.search(head):
        return False  # 'chants of "Feel the Bern!"': a crowd's words, whatever their case
    if strength < STRONG and len(words) <= 6 and title_case \
            and (not ends_punct or preceded or inner[-1:] in "!?"):
        return True  # a title, name or slogan with nobody saying it
    if len(words) <= 4 and _may_end(tail, _WORD_WORD_LAST) and \
            _WORD_WORD_BEFORE.search(head) and not _attributes(text, *sentence, qs - 1, qe + 1):
        return True  # 'removing the word "WELP" from the caption'
    if strength < STRONG and len(words) == 1 and not ends_punct and \
            not _attributes(text, *sentence, qs - 1, qe + 1):
        return True  # 'These "reforms" will hurt': a scare quote
    return False


def _attributes(text: str, s0: int, s1: int, mark0: int, mark1: int) -> bool:
    """Whether the sentence text[s0:s1], outside the quote text[mark0:mark1], holds a verb of
    saying ('accused', 'called', 'said') or names a statement ('in an interview')."""
    return bool(_SAYING.search(text, s0, mark0) or _SAYING.search(text, mark1, s1))


# --- reported speech: what is not speech (issue 22) -------------------------------------------
# Reported speech (``reported.py``) is read after its reporting verb; these are the verbs and
# speakers that report no statement. Beliefs, intentions and evidence ('wants', 'hopes',
# 'fears', 'the poll shows', 'the report found') have no reporting verb and never get that far.
_EVIDENCE = re.compile(rf"(?<![\w'’-])(?i:{alternation(EVIDENCE_NOUNS)})(?![\w'’-])")
_NOT_SAID = re.compile(rf"(?=(?i:[{first_letters(NOT_SAID_BEFORE)}])|n)"
                       rf"(?:(?<![\w'’-])(?i:{trie_alternation(NOT_SAID_BEFORE)})(?![\w'’-])|n['’]t\b)")
# (the auxiliaries it ends on, which ``_passive_before`` looks for first)
_PASSIVE_LAST = ("is", "was", "were", "are", "be", "been", "being", "get", "got", "gets")
_PASSIVE_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{'|'.join(_PASSIVE_LAST)})"
                             r"(?:[ \t]+[a-z]+ly)?[ \t]+\Z")
# A 'told' coordinated with a passive before it and no hearer after it ('has been jailed for
# life and told he must serve at least 28 years', 'was arrested and told that …'): its subject
# heard the statement (not 'was arrested and told police he had …': he spoke).
_PASSIVE_AND_BEFORE = re.compile(r"(?<![\w'’-])(?i:is|was|were|are|been)[ \t]+(?:[a-z]+ly[ \t]+)?"
                                 r"[a-z]+(?:ed|en|t)\b[^,;:.!?\"“”]*[ \t]and[ \t]+\Z")
_PASSIVE_TOLD = re.compile(r"[ \t]+(?:that|he|she|they|we|I|it)\b")
_TO_BEFORE = re.compile(r"(?<![\w'’-])(?P<before>[\w'’-]+)[ \t]+to[ \t]+\Z")
# A clause's start: punctuation or a conjunction.
_CLAUSE_BOUNDARY = re.compile(r"(?=[,;:(—–abosw])(?:[,;:(—–]|\b(?:and|but|or|so|because|while|"
                              r"although)\b)")
# Words that open a clause whose verb is the cue ('should remember that analysts say', 'a
# country in which most voters say', 'a town where residents say'): the modal, negation or
# 'to' before them is another clause's (read only when one is there). Measured: 'after',
# 'who' and a bare 'that' here also unblock nouns after 'announced' or 'accusing' and
# relative clauses with a gap ('the article that Carson said was written'), mostly wrong.
# ('if', 'whether' and 'unless' are not here: 'if he said' is hypothetical.)
_SUBCLAUSE_START = re.compile(
    r"\b(?:where|(?i:in|of|on|for|under|by|from|with|among)[ \t]+which|"
    r"(?i:remember|remembers|recall|recalls|know|knows|note|notes|realize|realise|"
    r"understand|consider)[ \t]+that)\b")
_CLAUSE_AFTER = re.compile(r"[ \t]+(?:that|to)[ \t]+[a-z]")
_WHEN_SUBJECT = re.compile(r"\b(?i:when)[ \t]+(?=(?:he|she|they|we|I|[A-Z][\w'’.-]*)[ \t])")
_QUESTION_END = re.compile(r"\?[\"'’”)]*\s*\Z")


# Words after an evidence noun that keep it the head of its phrase ('a poll of 800 voters',
# 'the survey released Monday').
_EVIDENCE_AFTER = frozenset({"of", "by", "from", "in", "on", "out", "released", "conducted",
                             "published", "taken", "for", "this", "last", "with", "among",
                             "shows", "show", "showed", "found", "finds", "suggests", "done",
                             "carried", "commissioned", "compiled", "cited", "reported"})
WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday"})


def evidence_speaker(text: str, s: int, e: int) -> bool:
    """A speaker phrase whose head is evidence, not a person or an organization: 'the latest
    poll', 'data from the census', 'the survey's results'."""
    raw = text[s:e].split(",", 1)[0].split()
    words = [w.strip(".,'’").lower().removesuffix("'s").removesuffix("’s") for w in raw]
    for k, w in enumerate(words):
        if raw[k][:1].isupper() and k:
            continue  # a name: 'the U.S. Geological Survey', 'the Pew Research Center'
        if k and words[k - 1] in ("for", "on", "about", "into", "against"):
            return False  # the complement of the head: 'advocates for stem cell research'
        if _EVIDENCE.fullmatch(w) and (k == len(words) - 1 or words[k + 1] in _EVIDENCE_AFTER
                                       or words[k + 1] in WEEKDAY_NAMES):
            return True  # 'the new poll', 'a survey of voters', 'a poll out Thursday'
    return False


def not_speech(text: str, s0: int, s1: int, cue_start: int, cue_end: int, marks) -> bool:
    """A reporting verb that reports no statement: negated or refused ('did not say',
    'never told', 'refused to say'), modal or hypothetical ('would say', 'if he said'), in a
    question ('Did she say the plan was dead?'), passive with no speaker ('is said to', 'was
    told'), or an infinitive after a verb of intention ('wants to say')."""
    q = _QUESTION_END.search(text, s0, s1)
    if q is not None and marks.quoted_at(q.start()) is None:
        return True
    # the words of the verb's own clause before it
    floor = s0
    for m in _CLAUSE_BOUNDARY.finditer(text, s0, cue_start):
        floor = m.end()
    before = text[floor:cue_start]
    if _passive_before(before) and not text[cue_start:cue_end].endswith("ing"):
        return True  # (not the progressive: 'Critics are saying')
    if not before.strip() and text.startswith("told", cue_start) and \
            _PASSIVE_TOLD.match(text, cue_end) and \
            _PASSIVE_AND_BEFORE.search(text, max(s0, cue_start - 80), cue_start):
        return True  # 'was jailed for life and told he must serve 28 years': the hearer's
    to = _TO_BEFORE.search(text, max(s0, cue_start - 40), cue_start) if text[
        max(s0, cue_start - 40):cue_start].rstrip(" \t").endswith("to") else None
    if to is not None and to.group("before").lower() not in TO_SAY_SPEECH and \
            not _SAYING.search(text, max(s0, to.start() - 30), to.start()):
        return True  # 'refused to say', 'wants to say', 'is expected to announce'
    if to is None and _not_said(before):
        for m in _SUBCLAUSE_START.finditer(text, floor, cue_start):
            floor = m.end()
        if _CLAUSE_AFTER.match(text, cue_end):
            # ('… may not matter what he meant when he promised to push for …': 'when' and
            # its subject open the cue's clause; only before 'that' or 'to', as a noun object
            # after 'when he announced' is more often a thing done than said)
            for m in _WHEN_SUBJECT.finditer(text, floor, cue_start):
                floor = m.end()
        return _not_said(text[floor:cue_start])
    return False


def _passive_before(before: str) -> bool:
    """``_PASSIVE_BEFORE.search(before)``, tried on ASCII text only when ``before`` ends with
    one of its auxiliaries or an adverb (spaces after them)."""
    if before.isascii():
        tail = before.rstrip(" \t")
        if not tail.lower().endswith(_PASSIVE_LAST) and not tail.endswith("ly"):
            return False
    return _PASSIVE_BEFORE.search(before) is not None



def _not_said(before: str) -> bool:
    """Whether the words of the verb's clause before it negate it or make it hypothetical
    (not 'to' before a noun: 'Aides to Clinton say', 'close to her')."""
    return any(not _TO_NOUN.match(before, m.end()) or m.group(0).lower() != "to"
               for m in _NOT_SAID.finditer(before))


# ('to' before a relative 'what' or 'which' is a preposition too: 'adapt to what she said is
# growing demand', 'citizenship to what advocates estimated were 100,000 children')
_TO_NOUN = re.compile(r"[ \t]+(?:[A-Z]|(?:the|a|an|his|her|their|its|our|my|this|that|these|"
                      r"those|him|them|us|me|date|what|which|whom)\b)")
