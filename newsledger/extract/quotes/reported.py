"""Reported speech: what a speaker is reported to have said without quote marks, as quotes of
kind ``indirect`` ('The council said the road would reopen on Monday' -> "the road would
reopen on Monday", speaker The council, cue "said").

Rule-based, one pass over the reporting verbs of the article (``REPORTED_CUES``: the lemmas of
``newsledger.lexicon.people.CUES`` that take a clause of speech, with denials and base forms).
Each verb is tried against the rows of ``REPORTED_RULES`` in order, the first that applies
gives the row:

- ``said-that``: a speaker phrase before the verb and a clause after it, with "that" or
  without, past adjuncts ('said on Tuesday that', 'said in a statement that');
- ``told-that``: the same with a hearer between the verb and the clause ('told reporters
  that', 'assured voters the plan was safe');
- ``clause-then-cue``: the clause first, the attribution closing the sentence ('The road will
  reopen, the council said.', '..., said Mayor Ana Ruiz.');
- ``parenthetical``: the attribution inside the sentence ('The road, the council said, will
  reopen'): the span is the whole sentence, attribution included (a span is one stretch);
- ``as-cue``: 'As the council said, the road will reopen';
- ``relative``: a relative clause whose verb is what was said ('the bus lanes, which critics
  said were dangerous'): the span runs from the relative pronoun, speaker and verb included;
- ``according-to``: 'according to X' before, inside or after the clause;
- ``participle``: ', saying that ...' after a clause: its sentence's subject speaks.

The span is the reported content: the clause after "that" (or the whole clause), to the end of
the sentence, cut before a colon, a semicolon or a following participle (', adding that');
quoted words inside it stay (the sentence 'He said the plan was "a disaster"' gives the
partial quote and the reported clause, with the same speaker). Speakers are read and resolved
by the code of the direct quotes (``phrases.phrase_before``/``phrase_after``,
``resolve.from_phrase``): pronouns and descriptions name the person the article named.

Not reported speech, never a row (``filters.not_speech``): beliefs, intentions and evidence
(their verbs are no cues: 'wants', 'hopes', 'the poll shows'; evidence nouns as speakers:
'the survey suggests'), negated or refused speech ('did not say', 'refused to say'),
hypotheticals and questions ('if he said', 'did she say ...?'), passives with no speaker ('is
said to'), the headline (the outlet's voice, condensed) and words inside quote marks (speech
within a quote). A clause that is quoted whole is a direct or partial quote, not reported
speech.

Confidence: the measured precision of the row on PolNeAR train (``lexicon.reliability``,
``python -m benchmarks.reported_rules``): the share of its rows whose span matches an
annotated attribution and whose speaker is right.

Limits: clauses are recognized by a verb among their first words, not parsed, so a clause
without a recognizable verb is missed and an object with one ('said the words that ...') can
be taken for a clause; reported questions and requests ('asked whether', 'urged X to') and
noun complements ('announced his candidacy', 'accused X of Y') are not read; statements
introduced by a colon or continued over several sentences give their first sentence only.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice

from newsledger.lexicon.actions import AUXILIARIES, IRREGULAR, IRREGULAR_MORE, NOT_VERBS
from newsledger.lexicon.people import (ADJUNCT_NOUNS, ANONYMOUS, CONTAINERS, CUES,
                                       DESCRIPTIONS, DETERMINERS, NOUN_FORMS, OBJECT_PRONOUNS, ORG_DESCRIPTIONS,
                                       PLURAL_SPEAKERS, REPORTED_EXTRA_CUES, REPORTED_LEMMAS,
                                       REPORTED_PARTICIPLES, SUBJECT_PRONOUNS, TELLING_LEMMAS)
from newsledger.lexicon.reliability import REPORTED_PRECISION
from newsledger.lexicon.time import WEEKDAYS
from newsledger.records import LocalEntity, Quote
from newsledger.rules import Example, Rule, RuleTable, check_names, register
from newsledger.text import Document
from newsledger.text.headline import HEADLINE_SPAN
from newsledger.text.quotemarks import MARK, QUOTE_SPANS

from .common import PREPOSITION_BEFORE, alternation
from .filters import evidence_speaker, not_speech
from .mentions import Mentions
from .phrases import phrase_after, phrase_before, valid_phrase
from .resolve import from_phrase, speaker_fields
from .subjects import subject

REPORTED_CUES = {w: lemma for w, lemma in CUES.items()
                 if lemma in REPORTED_LEMMAS and w not in NOUN_FORMS} | REPORTED_EXTRA_CUES
# Present forms that are as often plural nouns ('his claims that', 'news reports that'): a
# speaker must be named or described before them.
_NOUN_LIKE = frozenset({"claims", "reports", "notes", "posts", "comments", "charges",
                        "promises", "pledges", "vows", "answers", "counters", "texts",
                        "emails", "remarks", "estimates", "tweets", "warns", "insists"})
def trie_alternation(words) -> str:
    """A regular expression matching any of ``words``, written as a trie ('sa(?:id|ys)'):
    the engine rejects a position after its first letters instead of trying every word."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch).replace(r"\ ", r"\s+") + emit(sub)
                    for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else \
            "(?:" + "|".join(branches) + ")"
        if len(branches) == 1 and not ends:
            return body
        return body + ("?" if ends else "")
    return emit(tree)


# Every reporting verb, participle and 'according to', found in one pass over the text.
_CUE = re.compile(
    rf"(?<![\w'’-])(?:(?P<acc>[Aa]ccording\s+to)|(?P<part>{trie_alternation(REPORTED_PARTICIPLES)})|"
    rf"(?P<cue>{trie_alternation(REPORTED_CUES)}))(?![\w'’-])")
_WORD = re.compile(r"[\w'’&@$%-][\w'’.&@$%-]*|[^\w\s]")
MIN_WORDS = 3  # reporter's words (outside quote marks) a reported statement has at least
MAX_CLAUSE_LOOKAHEAD = 12  # words after a clause's start within which its verb must come
# Words that may open a clause of reported content ('said the', 'said Trump', 'said 40
# percent'); pronoun subjects are enough by themselves.
_SUBJECT_WORDS = frozenset({"there", "this", "these", "those", "some", "many", "most", "all",
                            "no", "none", "both", "each", "every", "several", "few", "any",
                            "our", "my", "your", "her", "whoever", "nobody", "everyone",
                            "anyone", "someone", "everybody", "somebody", "nothing",
                            "everything", "something", "only", "neither", "either", "more",
                            "fewer", "less", "such", "if"}) | DETERMINERS | SUBJECT_PRONOUNS
_PREPOSITIONS = frozenset({"of", "against", "toward", "towards", "among", "between", "behind",
                           "across", "around", "without", "within", "beyond", "upon", "like",
                           "in", "on", "at", "during", "via", "through", "over", "to", "with",
                           "after", "before", "from", "while", "for", "by", "about", "outside",
                           "inside", "near", "ahead", "amid", "following", "under", "into",
                           "late", "early", "earlier", "later", "last", "this", "again",
                           "also", "repeatedly", "publicly", "privately", "recently", "then",
                           "previously", "separately", "yesterday", "today", "tonight",
                           "afterward", "afterwards", "often", "once", "twice", "first",
                           "onstage", "here", "there", "shortly", "flatly", "bluntly",
                           "immediately", "subsequently", "similarly", "likewise"})
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset({
    "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "last",
    "this", "week", "month", "year", "weekend", "earlier", "later", "again", "also", "on",
    "recently", "previously", "repeatedly", "publicly", "privately", "then", "separately",
    "once", "often", "flatly", "bluntly", "now", "first"})
_BASE_FORMS = frozenset({"need", "want", "think", "know", "believe", "plan", "intend", "hope",
                         "expect", "support", "oppose", "deserve", "remain", "seem", "appear",
                         "feel", "look", "stand", "agree", "like", "love", "hate", "come", "go",
                         "lead", "win", "lose", "face", "owe", "pose", "mean", "make", "take",
                         "give", "help", "hurt", "show", "cost", "become", "stay", "play",
                         "put", "run", "keep", "let", "leave", "bring", "send", "start", "stop",
                         "work", "wish", "fear", "prefer", "favor", "favour", "trust",
                         "understand", "care", "matter", "count", "exist", "happen", "fail",
                         "lack", "reflect", "represent", "outweigh", "target", "threaten",
                         "risk", "read", "set", "cut", "hit", "quit", "be", "have", "do"})
_VERB_FORMS = frozenset(IRREGULAR) | frozenset(IRREGULAR_MORE) | AUXILIARIES | frozenset({
    "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't", "couldn't",
    "don't", "doesn't", "didn't", "hasn't", "haven't", "hadn't", "shouldn't", "it's", "he's",
    "she's", "they're", "we're", "there's", "that's", "he'd", "she'd", "they'd", "we'd",
    "it’s", "he’s", "she’s", "they’re", "we’re", "there’s", "that’s", "won’t", "don’t",
    "doesn’t", "didn’t", "isn’t", "wasn’t", "can’t", "wouldn’t", "couldn’t", "need", "want",
    "think", "know", "believe", "plan", "intend", "hope", "expect", "support", "oppose",
    "deserve", "remain", "seem", "appear", "feel", "look", "stand", "agree", "like", "love",
    "hate", "come", "go", "lead", "win", "lose", "face", "owe", "pose", "mean", "am", "make",
    "take", "give", "help", "hurt", "show", "cost", "become", "stay", "play", "put", "run",
    "keep", "let", "leave", "bring", "send", "start", "stop", "work", "wish", "fear", "prefer",
    "favor", "favour", "trust", "understand", "care", "matter", "count", "exist", "happen",
    "fail", "lack", "reflect", "represent", "outweigh", "target", "threaten", "risk"})
_CLOSERS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–", '"', "“", "”"})
# Where reported content stops inside its sentence: a colon or semicolon (what follows is
# the speaker's own words or another statement), or a participle or a verb that reports more
# (', adding that', 'and said').
_DASH = re.compile(r"\s(?:[—–]|--?)\s")
_CUE_WORDS = alternation(w for w in REPORTED_CUES if " " not in w)
_CONTENT_STOP = re.compile(
    rf"[;:]|,\s+but\s+(?:(?:did|does|do|would|could|has|have|had|was|is)\s+not|declined|"
    rf"refused|would\s+not|won't|didn't|wouldn't)\b|,\s+(?:releasing|issuing|citing|"
    rf"speaking|responding|referring|pointing|declining|refusing)\b|"
    rf",\s+(?:however|according\s+to)\b|"
    rf",\s+(?:[a-z]+ly\s+)?(?:meaning|prompting|sparking|drawing|raising|leading|making|"
    rf"putting|giving|signaling|signalling|indicating|suggesting)\b|"
    rf"\s[—–-]{{1,2}}\s+(?:has|have|had|is|was|are|were|will|would)\b|"
    rf"(?:,\s+|\s+and\s+)(?:{alternation(REPORTED_PARTICIPLES)})\b|"
    rf",?\s+(?:and|but)\s+(?:(?:he|she|they|we|I|then)\s+)?(?:also\s+)?(?:{_CUE_WORDS})\b")


_CONTRACTED = re.compile(r"(?i)(?:he|she|it|they|we|i|you|there|that|who)['’](?:d|ll|s|re|ve|m)")
_SUBORDINATORS = frozenset({"as", "since", "once", "while", "after", "before", "because",
                            "although", "though", "when", "unless", "whereas", "until"})


def _is_verb(words: list[re.Match], k: int, loose: bool = False) -> bool:
    """Whether words[k] can be the finite verb of a clause that starts at words[0]: an
    auxiliary or irregular form anywhere; a lower-case -ed form not after a determiner; a
    lower-case -s form right after the subject ('Trump wants', 'the plan needs'), or, with
    ``loose``, after any lower-case word that is no determiner or adjective."""
    word = words[k].group(0)
    low = word.lower()
    if low in _BASE_FORMS and k and words[k - 1].group(0).lower() == "to":
        return False  # 'plans to give away': an infinitive, not the clause's verb
    if low in _VERB_FORMS or _CONTRACTED.fullmatch(word):
        return True
    if not word[:1].islower() or low in NOT_VERBS or len(low) < 4:
        return False
    before = words[k - 1].group(0).lower() if k else ""
    if low.endswith("ed"):
        return before not in DETERMINERS and before not in ("very", "most", "more", "so", ",")
    if not low.endswith("s") or low.endswith(("ss", "us", "is", "ics", "ous")):
        return False
    first = words[0].group(0)
    if (k == 1 and first.lower() not in _SUBJECT_WORDS - SUBJECT_PRONOUNS
            and (first[:1].isupper() or first.lower() in SUBJECT_PRONOUNS)) or \
            (k == 2 and first.lower() in DETERMINERS | {"this", "that", "no", "every", "each"}):
        return True
    return loose and before[:1].islower() and before not in DETERMINERS and \
        before not in _SUBJECT_WORDS and not before.endswith(("al", "ic", "ive", "ful", "ous",
                                                               "ing", "ed", "'s", "’s"))


def _words(text: str, start: int, end: int, limit: int = 40) -> list[re.Match]:
    """The first ``limit`` words (and punctuation marks) of text[start:end]."""
    return list(islice(_WORD.finditer(text, start, end), limit))


def _is_clause(text: str, start: int, end: int, near: int = MAX_CLAUSE_LOOKAHEAD,
               commas: bool = False) -> bool:
    """Whether text[start:end] opens with a clause: a pronoun subject and a word, or a
    subject-like word followed by a finite verb (within ``near`` words) before any
    punctuation (but commas, with ``commas``: 'said Trump, despite his wealth, is …')."""
    return _clause_words(_words(text, start, end, near + 1), commas)


def _clause_words(words: list[re.Match], commas: bool = False) -> bool:
    """``_is_clause`` on words already read (at most its look-ahead and one)."""
    if len(words) < 2:
        return False
    first, second = words[0].group(0), words[1].group(0)
    low = first.lower()
    if _CONTRACTED.fullmatch(first):
        return True
    if low in ("it", "you"):
        return _is_verb(words, 1)
    if low in SUBJECT_PRONOUNS or low == "there":
        return second not in _CLOSERS
    if first in _CLOSERS or low in _PREPOSITIONS - _SUBJECT_WORDS or low in _SUBORDINATORS or \
            low in OBJECT_PRONOUNS - {"her"} or low in ("that", "so", "yes", "no", "nothing",
                                                       "to", "not", "how", "what", "why",
                                                       "and", "or", "but", "nor", "-",
                                                       "--") or \
            low in AUXILIARIES or (low.endswith("ly") and first[:1].islower()):
        return False
    for k in range(1, len(words)):
        w = words[k].group(0)
        if w in _CLOSERS and not (w == "," and (commas or (k == 1 and first[:1].isupper()))):
            return False
        if w in ("and", "or", "but") and k + 1 < len(words) and \
                words[k + 1].group(0).lower() in AUXILIARIES:
            return False  # 'claimed self-defense and was acquitted': a noun, then a new verb
        if _is_verb(words, k, commas):
            return True
    return False


def _adjunct_end(word: str) -> bool:
    """A word that can end an adjunct between a reporting verb and 'that' ('in a statement',
    'on CNN', 'last week', 'repeatedly')."""
    low = word.lower()
    return low in ADJUNCT_NOUNS or word[:1].isupper() or word[:1].isdigit() or \
        (low.endswith("ly") and word[:1].islower())


def _skip_adjuncts(text: str, pos: int, end: int, telling: bool,
                   loose: bool = False) -> int | None:
    """Where the reported clause starts after a reporting verb ending at ``pos``: past the
    hearer of a telling verb ('told reporters'), adjuncts of time and place ('on Tuesday',
    'in a statement') and 'that'. None when no clause follows."""
    words = _words(text, pos, end, 2 * MAX_CLAUSE_LOOKAHEAD + 12)
    if not words:
        return None
    # a 'that' within the next words, with only an adjunct (or the hearer) before it
    # (looked for word by word only when the next words hold one)
    ahead = words[:16] if _THAT.search(text, pos, words[min(15, len(words) - 1)].end()) \
        else ()
    for k, w in enumerate(ahead):
        token = w.group(0)
        if token.lower() == "that":
            if k == 0:
                return _after_that(text, w.end(), end)
            before = words[k - 1].group(0)
            if before == ",":
                before = words[k - 2].group(0) if k > 1 else before
            head = words[0].group(0)
            set_off = head == "," and words[k - 1].group(0) == ","  # ', among others, that'
            if (head.lower() in _PREPOSITIONS or head.lower() in _TIME_WORDS or telling
                    or head[:1].isupper() or (head.endswith("ly") and head[:1].islower())
                    or set_off) and (_adjunct_end(before) or set_off or (telling and k <= 6)) \
                    and not any(
                        x.group(0) in (";", ":", ".", "!", "?", '"', "“", "”")
                        or (x.group(0)[:1].islower() and x.group(0).lower() in _VERB_FORMS)
                        for x in words[:k]):
                return _after_that(text, w.end(), end)
            break
        if token in (";", ":", ".", "!", "?", '"', "“", "”"):
            break
    k = 0
    if telling:  # the hearer: a pronoun, a name, or a short noun phrase ('reporters')
        first = words[0].group(0)
        if first.lower() in OBJECT_PRONOUNS or first.lower() in ("us", "me", "you"):
            k = 1
        elif first.lower() in _PREPOSITIONS or first in _CLOSERS:
            return None  # 'promised to', 'warned against'
        else:
            n = 0
            dets = ("the", "a", "an", "his", "her", "their", "its", "our", "of")
            while n < len(words) and n < 5 and words[n].group(0) not in _CLOSERS and (
                    words[n].group(0)[:1].isupper() or words[n].group(0).lower() in dets or
                    (words[n].group(0).islower()
                     and (n == 0 or words[n - 1].group(0).lower() in dets))):
                n += 1
                if words[n - 1].group(0)[:1].islower() and \
                        words[n - 1].group(0).lower() not in ("the", "a", "an", "his", "her",
                                                              "their", "its", "our", "of"):
                    break  # 'reporters', 'supporters': one lower-case noun ends it
            k = n
        if k == 0:
            return None
    while k < len(words) and (words[k].group(0).lower() in _TIME_WORDS - {"on", "this", "last"}
                              or (words[k].group(0).endswith("ly")
                                  and words[k].group(0)[:1].islower())):
        k += 1
    # 'on Monday', 'last week', 'this morning'
    while k + 1 < len(words) and words[k].group(0).lower() in ("on", "last", "this") and \
            words[k + 1].group(0).lower() in _TIME_WORDS:
        k += 2
    while k < len(words) and words[k].group(0) == ",":
        k += 1
    if k >= len(words):
        return None
    if words[k].group(0).lower() == "that":
        return _after_that(text, words[k].end(), end)
    if words[k].group(0).lower() in _PREPOSITIONS:
        # 'said in an interview he would …', 'said on Twitter she was …': past the adjunct to
        # a pronoun subject
        for j in range(k + 1, min(len(words), k + 7)):
            w = words[j].group(0)
            if (w.lower() in ("he", "she", "they", "we", "i", "there") and j + 1 < len(words)
                    and _is_verb(words, j + 1)) or _CONTRACTED.fullmatch(w):
                k = j
                break
            if w in _CLOSERS or (w[:1].islower() and w.lower() in _VERB_FORMS) or \
                    w in REPORTED_CUES or w in REPORTED_PARTICIPLES:
                break  # (a verb of saying further on reports the clause itself)
    start = words[k].start()
    near = 2 * MAX_CLAUSE_LOOKAHEAD if loose else MAX_CLAUSE_LOOKAHEAD
    if len(words) - k <= near and words[-1].end() < end:
        return start if _is_clause(text, start, end, near, loose) else None  # (a long adjunct)
    return start if _clause_words(words[k:k + near + 1], loose) else None


_THAT = re.compile(r"(?i:\bthat\b)")


def _after_that(text: str, pos: int, end: int) -> int | None:
    """The clause after 'that' ('that' itself kept when it is the clause's subject: 'said that
    was wrong')."""
    words = _words(text, pos, end, 4)
    if words and words[0].group(0) == ",":  # 'reported that, when holding the phone, …'
        words = words[1:]
    if len(words) < 2 or words[0].group(0) in _CLOSERS:
        return None
    if words[0].group(0).lower() in _VERB_FORMS and words[0].group(0)[:1].islower():
        return pos - 4 if text[pos - 4:pos].lower() == "that" else words[0].start()
    return words[0].start()


_OPENER = re.compile(r"[\s\"“]*(?:(?:But|And|Yet|So)[ \t]+)?(?:Despite|Although|Though|While|When|"
                     r"Whereas|After|Before|Because|As|If|Since|Once|Having|Even[ \t]+as|"
                     r"Even[ \t]+though|Even[ \t]+if|Until|Unless|Like|Unlike|With)\b")


def _content_end(text: str, start: int, end: int, marks, s0: int = -1, cue: int = -1,
                 cue_end: int = -1) -> int:
    """The end of reported content starting at ``start`` in a sentence ending at ``end``: the
    first stop outside quote marks (``_CONTENT_STOP``), else the sentence end; in a sentence
    that opens with a subordinate clause holding the verb ('While he has said he will fight,
    Sanders must decide …'), the comma that closes it. Trailing punctuation outside marks is
    left out."""
    if s0 >= 0 and _OPENER.match(text, s0) and "," not in text[s0:cue]:
        comma = text.find(",", start, end)
        while comma >= 0 and marks.quoted_at(comma) is not None:
            comma = text.find(",", comma + 1, end)
        if comma > start:
            end = comma
    for m in _CONTENT_STOP.finditer(text, start, end):
        if cue - 3 <= m.start() < cue_end:
            continue  # (the row's own verb: 'Fundraising, according to the campaign, has …')
        if m.group(0).lstrip()[:1] in "—–-" and len(_DASH.findall(text, start, m.start())) % 2:
            continue  # the closing dash of an aside: -- those earning less -- would face
        if m.start() - start > 10 and marks.quoted_at(m.start()) is None:
            end = m.start()
            break
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-—–"
                           or (text[end - 1] in ".!?" and not _abbreviation(text, start, end))):
        end -= 1
    return end


def _abbreviation(text: str, start: int, end: int) -> bool:
    """A final period that belongs to an abbreviation ('U.S.', 'Jr.')."""
    words = text[max(start, end - 6):end].split()
    return bool(words) and words[-1].count(".") > 1


_PLAIN_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def _outside_words(text: str, start: int, end: int, marks) -> int:
    """Words of text[start:end] that are not inside quote marks."""
    n, pos = 0, start
    for a, b in marks.spans_in(start, end):
        n += len(_PLAIN_WORD.findall(text, pos, max(pos, a)))
        pos = max(pos, b)
    return n + len(_PLAIN_WORD.findall(text, pos, end)) if pos < end else n


def _span_end(span) -> int:
    """The end of a quoted stretch (a ``QuoteSpan`` or a pair of offsets)."""
    return span.end if hasattr(span, "end") else span[1]


class _Marks:
    """Quoted stretches: the document's paired quote marks (``QUOTE_SPANS``) and, in texts
    that write their quote marks as two apostrophes (''…''), those too (the quote extractor
    does not read them; their words are still no reporter's words)."""

    __slots__ = ("marks", "starts", "extra")

    def __init__(self, doc: Document) -> None:
        self.marks = QUOTE_SPANS(doc)
        self.starts = [q.start for q in self.marks.spans]
        text = doc.text
        self.extra = [(m.start(1), m.end(1)) for m in _TWO_APOSTROPHES.finditer(text)] \
            if "''" in text else []

    def spans_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quoted stretches that overlap text[start:end], in order."""
        i = max(0, bisect_right(self.starts, start) - 1)
        found = []
        for q in self.marks.spans[i:]:
            if q.start >= end:
                break
            if q.end > start:
                found.append((q.start, q.end))
        found += [(a, b) for a, b in self.extra if a < end and b > start]
        return sorted(found)

    def quoted_at(self, pos: int):
        found = self.marks.quoted_at(pos)
        if found is None and self.extra:
            i = bisect_right(self.extra, (pos, float("inf"))) - 1
            if i >= 0 and self.extra[i][0] <= pos < self.extra[i][1]:
                return self.extra[i]
        return found


_TWO_APOSTROPHES = re.compile(r"(?:''|``)([^\n]{1,1500}?)''")


_TELLING_WORDS = frozenset(w for w, lemma in REPORTED_CUES.items() if lemma in TELLING_LEMMAS) | {
    "telling"}


@dataclass(slots=True)
class Cue:
    """A reporting verb as the rows read it: its match, its sentence (``s0``, ``s1``), the
    document's quote marks and entity mentions."""

    doc: Document
    text: str
    m: re.Match
    s0: int
    s1: int
    marks: _Marks
    mentions: Mentions

    @property
    def word(self) -> str:
        return self.m.group(0)

    @property
    def telling(self) -> bool:
        return self.word in _TELLING_WORDS


@dataclass(frozen=True)
class Reported:
    """What a row found: the content span and the speaker fields."""

    start: int
    end: int
    info: dict


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
# Verbs of inference as much as of speech ('the data suggest', 'the move signals'): only a
# person, an organization or a personal pronoun is their speaker.
_INFERENCE = frozenset({"suggest", "indicate", "signal", "estimate", "predict"})
# Last words that make a phrase no speaker ('have a larger say', 'the final say').
_NOT_HEAD = frozenset({"larger", "bigger", "greater", "more", "final", "little", "big", "real",
                       "no", "any", "some", "much", "every", "equal", "strong", "direct",
                       "last", "first", "this", "that", "these", "those", "own"}) | DETERMINERS
_STEP_BACK = re.compile(r"(?:[ \t]+(?:long|since|consistently|frequently|already|now|yet|"
                        r"still|never|ever|not|has|have|had|also))+[ \t]*\Z")
_COORDINATED = re.compile(r",?[ \t]+(?:and|but)[ \t]+(?:(?:also|then|later|has|have|had|"
                          r"now|still|even|[a-z]+ly)[ \t]+)*\Z")
# 'Donald Trump, who is vying to be the next president, said': the name before the relative.
_RELATIVE_APPOSITION = re.compile(r"[ \t]*(?P<np>[^,]{2,60}?),[ \t]+(?:who|whose)\b[^,]*,"
                                  r"[ \t]*(?:(?:also|then|later|has|have|had|[a-z]+ly)[ \t]+)*\Z")
# After a reporting verb, what shows at once that no clause follows it: the end of the
# sentence, a colon or a quote mark, a comma not leading to 'that' within a few words.
_NO_CLAUSE_NEXT = re.compile(r"[ \t]*(?:[.;:!?\"“”]|\Z|,(?![^.;:!?\"“”]{0,60}\bthat\b))")
# A content that ends on an attribution of its own ('…," she said', '…,” the judge said'):
# the statement stops before it.
_ENDS_ON_CUE = re.compile(rf"[,\"”]+[ \t]+(?:[\w.'’-]+[ \t]+){{1,4}}(?:{_CUE_WORDS})\Z")
_MARK_IN = re.compile(r"[\"”’']")
_AFTER_QUOTE = re.compile(r"[\"”'’][ \t]*\Z")


def _speaker_before(q: Cue) -> dict | None:
    """The speaker phrase right before the verb, resolved (None when none fits): the phrase
    read by ``phrases.phrase_before``, else, for a verb coordinated with an earlier one ('…
    and says'), the subject of the sentence. An unnamed phrase the resolver leaves unknown
    ('attorneys for the department') is an anonymous speaker."""
    text, at = q.text, q.m.start()
    back = _STEP_BACK.search(text, max(q.s0, at - 40), at)
    if back is not None:
        at = back.start() + 1
    share = _share_before(text, max(q.s0, at - 120), at)
    if share is not None and share.group("share").strip():
        # 'About 4 in 10 say', '52 percent of voters said': people polled, unnamed
        s, e = share.span("share")
        return {**speaker_fields(text, s, e, q.word, q.mentions), "speaker_kind": "anonymous",
                "speaker_name": None}
    who = _WHO_BEFORE.search(text, max(q.s0, at - 30), at) \
        if "who" in text[max(q.s0, at - 30):at] else None
    if who is not None:  # 'teachers unions who said …', 'Obama, who says …'
        return _relative_speaker(q, who.start("who"), who.end("who"))
    ph = phrase_before(text, at, q.s0)
    info = None if ph is None else _resolve(q, ph)
    if info is None:
        rel = _RELATIVE_APPOSITION.match(text, q.s0, at)
        if rel is not None:
            info = _resolve(q, rel.span("np"))
    if info is None and _COORDINATED.search(text, max(q.s0, at - 30), at):
        # '… and says', 'X, who has …, said': the subject of the sentence
        info = _main_subject(q, at)
        if info is not None and (evidence_speaker(text, info["speaker_start"],
                                                  info["speaker_end"])
                                 or info["speaker_start"] > q.s0 + 40):
            info = None
    return info


# People polled, named by their share: 'About 4 in 10', '52 percent of registered voters',
# 'majorities in all five states', 'Six in 10 Virginia Democratic primary voters'.
_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+third|"
           r"two-thirds|three-quarters|three-fourths|one-third|a\s+fifth|a\s+quarter|half|"
           r"a\s+majority|majorities|most|many)")
_SHARE_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<share>(?:(?i:about|nearly|almost|roughly|some|more\s+than|fewer\s+than|"
    rf"less\s+than|just|only|over|under|another)\s+)?(?:(?i:{_NUMBER})\s+(?:in|out\s+of)\s+"
    rf"(?:\d+|(?i:ten|five|four|three))|\d[\d.]*\s*(?:percent|per\s+cent|%)|(?i:a\s+majority|"
    rf"majorities|half|a\s+third|two-thirds|a\s+quarter|most|three-quarters|three-fourths|"
    rf"one-third)|(?i:at\s+least|more\s+than|about|nearly|some)\s+\d[\d,]+(?=\s+\w+\Z)|"
    rf"(?i:those|people|voters|respondents|adults)\s+(?:surveyed|polled|questioned|"
    rf"interviewed|asked))"
    rf"(?:\s+(?:of|in)(?:\s+(?:the|all|those|[A-Z][\w./-]*|[a-z]+(?:-[a-z]+)?)){{1,8}}?|"
    rf"(?:\s+(?:[A-Z][\w.-]*|[a-z]+(?:-[a-z]+)?)){{0,4}}?\s+(?i:voters|respondents|"
    rf"adults|americans|democrats|republicans|independents|people|residents|members))?)"
    rf"(?:[ \t]+(?:also|still|now|even))?[ \t]+\Z")
# Words without which no share of people polled stands before a verb (a cheap test first).
_SHARE_HINT = re.compile(r"\d|(?i:half|third|quarter|fourth|fifth|majorit|most|many|one|two|"
                         r"three|four|five|six|seven|eight|nine|ten|surveyed|polled|questioned|"
                         r"interviewed|asked)")


def _share_before(text: str, start: int, end: int) -> re.Match | None:
    """``_SHARE_BEFORE`` in text[start:end], tried only where a number or share word is."""
    return _SHARE_BEFORE.search(text, start, end) if _SHARE_HINT.search(text, start, end) \
        else None


_WHO_BEFORE = re.compile(r"(?<![\w'’-])(?P<who>who)(?:[ \t]+(?:also|has|have|had|later|now|"
                         r"previously|once|recently|[a-z]+ly))*[ \t]+\Z")


def _relative_speaker(q: Cue, s: int, e: int) -> dict | None:
    """'…, who said': the noun phrase before "who" speaks (its name when the entity
    extractor knows it), else an unnamed speaker written "who"."""
    text = q.text
    fields = {**speaker_fields(text, s, e, q.word, q.mentions), "speaker_kind": "anonymous",
              "speaker_name": None}
    ph = phrase_before(text, s, q.s0)
    if ph is not None and text[ph[1]:s].strip(" \t,") == "" and len(text[ph[0]:ph[1]].split(
            ",", 1)[0].split()) <= 6 and not _has_verb(text, ph[0], ph[1]):
        info = _resolve(q, ph)
        if info is not None:  # the row's speaker is "who", its name the antecedent's
            return {**fields, "speaker_kind": info["speaker_kind"],
                    "speaker_name": info["speaker_name"]}
    return fields


_OPENING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Now|Then|Also|Meanwhile|While|"
                                  r"Instead)[ \t,]+")


def _resolve(q: Cue, ph: tuple[int, int]) -> dict | None:
    """Speaker fields for the phrase text[ph[0]:ph[1]] before the verb, as the direct quotes'
    ``from_phrase`` gives them; an unnamed phrase it leaves unknown ('attorneys for the
    department', 'law enforcement officials') is an anonymous speaker."""
    text = q.text
    opener = _OPENING_CONJUNCTION.match(text, ph[0], ph[1])
    if opener is not None and opener.end() < ph[1]:
        ph = (opener.end(), ph[1])  # 'But analysts say …': the analysts
    if evidence_speaker(text, *ph):
        return None
    words = text[ph[0]:ph[1]].split()
    if not any(c.isalpha() for c in text[ph[0]:ph[1]]) or any(
            seg.split()[:1] and (seg.split()[0].lower() in AUXILIARIES)
            for seg in text[ph[0]:ph[1]].split(",")[1:]):
        return None  # "''", 'Miami, is projected to be …'
    core_words = text[ph[0]:ph[1]].split(",", 1)[0].split()
    if (len(core_words) > 1 and core_words[-1].lower() in _NOT_HEAD) or any(
            w in ("whose", "which", "that", "who", "whom") for w in core_words[1:]):
        return None  # 'have a larger say', 'The hacker whose cyber-mischief first revealed'
    lemma = REPORTED_CUES.get(q.word, q.word)
    if q.word in _NOUN_LIKE:  # 'his claims that' is a noun; 'Cruz claims that' a verb
        last = words[-1].lower().strip(",.")
        if not (words[-1][:1].isupper() or last in SUBJECT_PRONOUNS or last in DESCRIPTIONS
                or last in PLURAL_SPEAKERS or last in ORG_DESCRIPTIONS or last in ANONYMOUS):
            return None
    info = from_phrase(text, ph, q.word, q.mentions)
    if info is not None and not info["speaker_name"] and "," in text[ph[0]:ph[1]]:
        # 'Another automaker, General Motors (GM), announced': the name in apposition
        comma = text.find(",", ph[0], ph[1])
        named = [(ms, me, ent) for ms, me, _, ent in q.mentions.between(comma, ph[1])
                 if ent.kind in ("person", "organization") and me <= ph[1]]
        if named:
            ms, me, ent = named[0]
            info = {**info, "speaker_kind": ent.kind, "speaker_name": ent.name}
    if info is not None and info["speaker_kind"] == "anonymous" and len(core_words) > 1 and \
            not _people_head(_head_noun(core_words)):
        return None  # '…, the most distant yet confirmed': no one speaks
    if info is not None and info["speaker_kind"] == "person" and len(core_words) == 1 and \
            core_words[0].lower() in PLURAL_SPEAKERS | _REPORT_NOUNS:
        info = {**info, "speaker_kind": "anonymous", "speaker_name": None}  # 'Reports say'
    if lemma in _INFERENCE:  # 'That disproportionate impact suggests …'
        head = _head_noun(core_words)
        people = DESCRIPTIONS | PLURAL_SPEAKERS | _PERSON_NOUNS | ORG_DESCRIPTIONS
        return info if info is not None and (
            info["speaker_name"] or head in ("he", "she", "they", "i", "we") or head in people
            or head.removesuffix("s") in people) else None
    core = text[ph[0]:ph[1]].split(",", 1)[0].split()
    head = _head_noun(core)
    if info is None and valid_phrase(text, *ph) and words[0].lower() not in SUBJECT_PRONOUNS \
            and not words[-1].lower().endswith(("'s", "’s")) and len(words) <= 8 and \
            not PREPOSITION_BEFORE.search(text, max(0, ph[0] - 12), ph[0]) and not any(
                w.lower() in _VERB_FORMS or (w.endswith("ed") and w[:1].islower())
                for w in core[1:]) and head.isalpha() and head not in _TIME_NOUNS and (
                head.endswith("s") or head in DESCRIPTIONS or head in PLURAL_SPEAKERS
                or head in ORG_DESCRIPTIONS or head in _PERSON_NOUNS):
        info = {**speaker_fields(text, *ph, q.word, q.mentions), "speaker_kind": "anonymous",
                "speaker_name": None}
    return info


# Words that end a phrase without being its noun ('the most distant yet confirmed').
_NOT_NOUN = frozenset({"yet", "still", "ever", "already", "now", "then", "too", "also",
                       "again", "most", "less", "least", "very", "quite", "only", "just",
                       "even", "far", "well", "so", "not", "newly", "widely", "previously"})
# Plural nouns of unnamed reports ('Reports say …'): anonymous speakers.
_REPORT_NOUNS = frozenset({"reports", "accounts", "rumors", "rumours", "media"})
_TIME_NOUNS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "times",
                         "decades", "nights", "mornings", "weekends", "always", "ago",
                         "sometimes", "perhaps", "yes", "news", "this", "thus", "is", "was",
                         "has", "his", "its", "as", "us", "unless", "across", "less"})
_PERSON_NOUNS = frozenset({"source", "official", "aide", "adviser", "advisor", "person",
                           "friend", "insider", "expert", "analyst", "lawyer", "attorney",
                           "witness", "resident", "voter", "supporter", "critic", "staffer",
                           "strategist", "operative", "observer", "neighbor", "neighbour"})


_QUANTIFIERS = frozenset({"some", "many", "most", "all", "none", "each", "one", "several",
                          "few", "both", "half", "majority", "any", "either", "neither", "two",
                          "three", "four", "five", "dozens", "hundreds", "thousands"})


def _people_head(head: str) -> bool:
    """A head that can be a noun speaking ('officials', 'a spokesman', 'the lawsuit'), not an
    adverb or adjective ending a phrase that speaks for nobody ('the most distant yet')."""
    return bool(head) and head not in _NOT_NOUN and not head.endswith("est") and \
        head not in _NOT_HEAD and head not in _TIME_NOUNS


def _head_noun(words: list[str]) -> str:
    """The head of a noun phrase: its last word before 'of', 'for', 'at', ... (lower case)."""
    for k, w in enumerate(words):
        if k and w.lower() in ("of", "for", "at", "from", "with", "in", "close", "familiar"):
            if words[k - 1].lower() in _QUANTIFIERS:
                continue  # 'Some of his supporters': the supporters
            return words[k - 1].lower().strip(".,’'")
    return words[-1].lower().strip(".,’'") if words else ""


def _clause_after(q: Cue, telling: bool) -> int | None:
    """Where the clause reported by the verb starts, if one follows it."""
    lemma = REPORTED_CUES.get(q.word, q.word)
    text = q.text
    if q.m.group("part") is None and _NO_CLAUSE_NEXT.match(text, q.m.end()):
        return None  # '… he said.', 'said: "…"' (a cheap test: most verbs end here)
    start = _skip_adjuncts(text, q.m.end(), q.s1, telling, lemma in _CLAUSE_VERBS)
    if start is None:
        return None
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
    if q.m.group("cue") is None or q.telling:
        return None
    span = _content(q, _clause_after(q, False))
    if span is None:
        return None
    info = _speaker_before(q)
    return None if info is None else Reported(*span, info)


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
_TAIL = re.compile(r"(?:[ \t]+(?!that\b)[\w’'.-]+){0,8}?[ \t]*(?:[.!?]|\Z|,[ \t]+[a-z]+ing\b)")
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
        if comma < 0 or not text[comma + 1:ph[1]].strip():
            return None
        ph = (comma + 1 + len(text[comma + 1:ph[1]]) - len(text[comma + 1:ph[1]].lstrip()),
              ph[1])  # 'The only problem, Ms. Bigbee said': the last segment speaks
        head = text[s0:ph[0]].rstrip()
    return ph, s0 + len(head) - 1


def clause_then_cue(q: Cue) -> Reported | None:
    """'The road will reopen on Monday, the council said.' / '..., said Mayor Ana Ruiz.'"""
    if q.m.group("cue") is None or q.text.find(",", q.s0, q.m.start()) < 0:
        return None  # (no comma before the verb: no clause set off before it)
    text, s0 = q.text, q.s0
    tail = _TAIL.match(text, q.m.end(), q.s1 + 1)
    inverted = text[max(s0, q.m.start() - 2):q.m.start()] == ", "
    if (tail is None or not _adjunct_tail(text, q.m.end(), tail.end(), q.telling)) and \
            not inverted:
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
        info = _resolve(q, ph)
    if info is None:
        return None
    start = s0
    while start < comma and (text[start].isspace() or text[start] in "—–-•*"):
        start += 1
    if not _is_clause(text, start, comma + 1) and not _has_verb(text, start, comma):
        return None
    span = _content(q, start, comma)
    return None if span is None else Reported(*span, info)


def _adjunct_tail(text: str, start: int, end: int, telling: bool) -> bool:
    """Whether the words text[start:end] after a reporting verb can only modify it ('on
    Tuesday', 'in a statement', 'late Monday'; a telling verb's hearer, 'told POLITICO'),
    never be its object ('claimed the nomination', 'announced four votes for Trump')."""
    words = [w for w in _words(text, start, end, 12) if w.group(0) not in _CLOSERS]
    if not words:
        return True
    first = words[0].group(0).rstrip(".")
    low = first.lower()
    if telling:
        return not _has_verb(text, start, end, 0)
    return (low in _PREPOSITIONS or low in _TIME_WORDS or low in ("again", "too", "so")
            or (low.endswith("ly") and first[:1].islower())) and \
        not _has_verb(text, start, end, 0)


def _has_verb(text: str, start: int, end: int, first: int = 1) -> bool:
    """Whether text[start:end] holds a finite verb (after its first ``first`` words)."""
    words = _words(text, start, end, 60)
    return any(_is_verb(words, k, True) for k in range(first, len(words)))


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
    if text[after:after + 1] in "\"“”'‘" or not _has_verb(text, after, q.s1, 0):
        return None  # 'Asked about it, Clinton said, "…"'
    if len(head.split()) <= 2:  # 'But, he said, it is a risky strategy': what follows
        start = after
    span = _content(q, start)
    if span is None or span[1] <= q.m.end() + 3:
        return None
    return Reported(*span, info)




_AS_START = re.compile(r"[\s\"“]*(?:(?:But|And|Yet|So|Still|Indeed)[ \t,]+)?As\b")
_AS_OPENER = re.compile(r"[\s\"“]*(?:(?:But|And|Yet|So|Still|Indeed)[ \t,]+)?As[ \t]+\Z")


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
    ph = phrase_after(text, q.m.end(), s1 + 1)
    if ph is None or evidence_speaker(text, *ph):
        return None
    ps, pe = ph
    comma = text.find(",", ps, pe)
    if comma > 0:  # 'according to Ann Lee, a pollster at Yale, the race …'
        second = text[comma + 1:pe].split()
        apposition = bool(second) and second[0][:1].islower() and \
            (text[pe:pe + 1] == "," or not text[pe:s1].strip(" \t.!?\"”")) and \
            not _has_verb(text, comma + 1, pe, 0)
        pe = pe if apposition else comma
    info = speaker_fields(text, ps, pe, "according to", q.mentions)
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
        span = _content(q, s0, s0 + len(before))  # '…, according to X.'
    else:  # 'The road, according to X, will reopen.'
        span = _content(q, s0)
    if span is None or not _has_verb(text, *span):
        return None
    return Reported(*span, info)


_PROGRESSIVE = re.compile(r"(?<![\w'’-])(?:is|are|was|were|been|be|keeps|kept)"
                          r"(?:[ \t]+[a-z]+ly)?[ \t]+\Z")
_AND_BEFORE = re.compile(r"(?<![\w'’-])and[ \t]+\Z")
_BY_BEFORE = re.compile(r"(?<![\w'’-])by[ \t]+\Z")  # 'by telling Clinton she had been …'

_WITH_BEFORE = re.compile(r"(?<![\w'’-])with[ \t]+\Z")
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
    text, at = q.text, q.m.start()
    head = text[max(q.s0, at - 40):at]
    progressive = _PROGRESSIVE.search(head)
    span = _content(q, _clause_after(q, q.telling))
    if span is None:
        return None
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
    elif text_before_comma(q) is not None or _CONTAINER_BEFORE.search(head) or \
            _AND_BEFORE.search(head) or _OBJECT_BEFORE.search(head) or _BY_BEFORE.search(head):
        info = _main_subject(q, at)
    if info is None or evidence_speaker(text, info["speaker_start"], info["speaker_end"]) or \
            q.marks.quoted_at(info["speaker_start"]) is not None:
        return None
    return Reported(*span, info)


_NAME_AFTER_PREPOSITION = re.compile(r"(?<![\w'’-])(?:of|from|by|showing|shows)[ \t]+"
                                     r"(?P<np>(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)"
                                     r"[ \t]+\Z")
# 'voters saying', 'critics saying': unnamed people right before the participle.
_PEOPLE_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<np>(?:[A-Z][\w-]*[ \t]+){{0,3}}(?i:{alternation(PLURAL_SPEAKERS - {'some', 'many', 'most', 'all', 'both', 'few', 'several', 'others'})}|"
    r"americans|republicans|democrats|respondents|adults|members|residents|women|men|"
    r"parents|workers|conservatives|liberals|independents))[ \t]+\Z")
# '…, Boeing saying': a name (or pronoun) set off by a comma right before the participle.
_ABSOLUTE_BEFORE = re.compile(r",[ \t]+(?P<np>(?:[A-Z][\w.&'’-]*[ \t]+){0,3}[A-Z][\w.&'’-]*)"
                              r"[ \t]+\Z")
# 'defended West saying …', 'thanked them saying …': an object the participle follows.
_OBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?:him|her|them|it|us|me|again|also|then|once|twice|"
                            r"later|[a-z]+ly|[A-Z][\w'’-]+)[ \t]+\Z")


def _with_speaker(q: Cue) -> dict | None:
    """'with three in 10 saying', 'with Airbus spokesman Stefan Schaffrath saying': the
    phrase between "with" and the participle."""
    text, at = q.text, q.m.start()
    share = _share_before(text, max(q.s0, at - 120), at)
    if share is not None and share.group("share").strip() and _WITH_BEFORE.search(
            text, max(q.s0, share.start("share") - 8), share.start("share")):
        s, e = share.span("share")
        return {**speaker_fields(text, s, e, q.word, q.mentions), "speaker_kind": "anonymous",
                "speaker_name": None}
    ph = phrase_before(text, at, q.s0)
    if ph is None or not _WITH_BEFORE.search(text, max(q.s0, ph[0] - 8), ph[0]):
        return None
    return from_phrase(text, ph, q.word, q.mentions, after_with=True)


def _main_subject(q: Cue, at: int) -> dict | None:
    """The subject of the sentence's main clause, past a fronted subordinate clause ('When
    the Air Force selected …, Boeing challenged …, claiming …' -> Boeing)."""
    start = q.s0
    bullet = _BULLET.match(q.text, start)
    if bullet is not None:
        start = bullet.end()
    if _OPENER.match(q.text, q.s0):
        comma = q.text.find(",", q.s0, at)
        if comma > 0:
            start = comma + 1
    return subject(q.text, start, at, q.mentions, q.word)


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
                  E("Turnout fell sharply, according to the latest poll.", None))),
    ReportedRule(
        name="participle", find=participle,
        examples=(E("Senator Jane Holt defended the bill, saying that it would cut waiting "
                    "times.", ("it would cut waiting times", "Jane Holt")),)),
)
check_names(REPORTED_RULES)
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
        if _DETERMINER_BEFORE.search(text, max(s0, at - 12), at):
            continue  # ('the alleged fraud', 'a noted author')
        q = Cue(doc, text, m, s0, s1, marks, mentions)
        for row in REPORTED_RULES:
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
_LINE_END = re.compile(r"[.!?:;\"”'’)…]\s*\Z")
_BULLET = re.compile(r"\s*[•*·–—-]")


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
