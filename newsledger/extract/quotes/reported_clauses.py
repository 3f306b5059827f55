"""Reported speech, the clause side: which words are reporting verbs (``REPORTED_CUES``),
whether words open a clause (a subject and a finite verb among its first words, not a parse),
where a statement starts after 'that' or a fronted clause (``reported_adjuncts`` skips the
hearer and the adjuncts before them), which words are quoted (``QUOTE_SPANS``, and
two-apostrophe marks), and the records the rows of ``reported.py`` read and return (``Cue``,
``Reported``)."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from newsledger.lexicon.actions import AUXILIARIES, IRREGULAR, IRREGULAR_MORE, NOT_VERBS
from newsledger.lexicon.grammar import DETERMINERS
from newsledger.lexicon.people import OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from newsledger.lexicon.speech import (CUES, NOUN_FORMS, REPORTED_EXTRA_CUES, REPORTED_LEMMAS,
                                       REPORTED_PARTICIPLES, TELLING_LEMMAS)
from newsledger.lexicon.speech_objects import OBJECT_CUES, OBJECT_PARTICIPLES
from newsledger.lexicon.numbers import QUALIFIERS
from newsledger.lexicon.time import WEEKDAYS
from newsledger.extract.patterns import trie_alternation
from newsledger.text import Document
from newsledger.text.quotemarks import QUOTE_SPANS

from .common import alternation
from .mentions import Mentions
from .phrases import phrase_before
from .resolve import from_phrase


REPORTED_CUES = {w: lemma for w, lemma in CUES.items()
                 if lemma in REPORTED_LEMMAS and w not in NOUN_FORMS} | REPORTED_EXTRA_CUES
# Present forms that are as often plural nouns ('his claims that', 'news reports that'): a
# speaker must be named or described before them.
_NOUN_LIKE = frozenset({"claims", "reports", "notes", "posts", "comments", "charges",
                        "promises", "pledges", "vows", "answers", "counters", "texts",
                        "emails", "remarks", "estimates", "tweets", "warns", "insists"})


# Every reporting verb, participle and 'according to', found in one pass over the text; verbs
# whose object is what was said ('urged', 'called for', 'cited') and their participles too.
_OBJECT_WORDS = (set(OBJECT_CUES) - set(REPORTED_CUES)) | {"Asked"}
_KNOWN_WORDS = ("understands", "understood", "learned", "learnt", "heard")
_CUE = re.compile(
    rf"(?<![\w'’-])(?:(?P<acc>[Aa]ccording\s+to)|"
    rf"(?P<part>{trie_alternation(REPORTED_PARTICIPLES)})|"
    rf"(?P<cue>{trie_alternation(REPORTED_CUES)})|"
    rf"(?P<objpart>{trie_alternation(set(OBJECT_PARTICIPLES) - REPORTED_PARTICIPLES)})|"
    rf"(?P<obj>{trie_alternation(_OBJECT_WORDS)})|"
    rf"(?P<know>{'|'.join(_KNOWN_WORDS)}))"
    rf"(?![\w'’-])")
# Where a cue may start: the character before it (no letter, digit, apostrophe or hyphen:
# the look-behind of ``_CUE``), then any of its words. The engine passes over the letters
# of the text without trying the words (a character class first), so finding the places
# is faster than ``_CUE.finditer``; ``cue_matches`` reads ``_CUE`` at each.
_CUE_ANY_WORDS = {*REPORTED_PARTICIPLES, *REPORTED_CUES, *OBJECT_PARTICIPLES, *_OBJECT_WORDS,
                  *_KNOWN_WORDS, "according to", "According to"}
_CUE_BEFORE_START = re.compile(rf"[^\w'’-](?:{trie_alternation(_CUE_ANY_WORDS)})(?![\w'’-])")


def cue_matches(text: str) -> Iterator[re.Match]:
    """The matches of ``_CUE.finditer(text)``: ``_CUE`` read at the text's start and after
    each place ``_CUE_BEFORE_START`` finds (every place a match of ``_CUE`` can start, and
    maybe more), left to right, none overlapping."""
    match, search = _CUE.match, _CUE_BEFORE_START.search
    m = match(text, 0)
    pos = 0
    if m is not None:
        yield m
        pos = m.end()
    while True:
        before = search(text, pos)
        if before is None:
            return
        m = match(text, before.start() + 1)
        if m is None:
            pos = before.start() + 1
            continue
        yield m
        pos = m.end()


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
    "fail", "lack", "reflect", "represent", "outweigh", "target", "threaten", "risk",
    "approve", "disapprove", "misunderstand", "accept", "consider", "continue", "refuse",
    "tend", "ignore", "realize", "realise", "recognize", "recognise", "dislike", "distrust",
    "cannot", "mustn't", "shan't", "needn't"})
_VERB_FORMS |= frozenset(w.replace("'", "’") for w in _VERB_FORMS if "'" in w)  # curly too
_CLOSERS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–", '"', "“", "”"})
_MARKS = frozenset({'"', "“", "”"})  # quote marks inside a clause: a partial quote in it
_CUE_WORD_SET = frozenset(w for w in REPORTED_CUES if " " not in w)
_CUE_WORDS = trie_alternation(_CUE_WORD_SET)
_CONTRACTED = re.compile(r"(?i)(?:he|she|it|they|we|i|you|there|that|who)['’](?:d|ll|s|re|ve|m)")
_SUBORDINATORS = frozenset({"as", "since", "once", "while", "after", "before", "because",
                            "although", "though", "when", "unless", "whereas", "until"})


# (sets read per word, made once)
_NEGATED_STEMS = _VERB_FORMS | {"ca", "wo", "sha"}  # ('can't', 'won't', 'shan't')
_NOUN_SUBJECT_WORDS = _SUBJECT_WORDS - SUBJECT_PRONOUNS
_PRONOUN_OR_THIS = SUBJECT_PRONOUNS | {"this"}
_COUNTED_OPENERS = DETERMINERS | {"this", "that", "no", "every", "each"}


def _is_verb(words: list[re.Match], k: int, loose: bool = False) -> bool:
    """Whether words[k] can be the finite verb of a clause that starts at words[0]: an
    auxiliary or irregular form anywhere; a lower-case -ed form not after a determiner; a
    lower-case -s form right after the subject ('Trump wants', 'the plan needs'), or, with
    ``loose``, after any lower-case word that is no determiner or adjective."""
    word = words[k].group(0)
    low = word.lower().replace("’", "'")  # ('shouldn’t' as 'shouldn't')
    if low in _BASE_FORMS and k and words[k - 1].group(0).lower() == "to":
        return False  # 'plans to give away': an infinitive, not the clause's verb
    if low in _VERB_FORMS or _CONTRACTED.fullmatch(word) or (
            low.endswith("n't") and low[:-3] in _NEGATED_STEMS):
        return True  # ('mustn't', 'aren’t', 'mightn't')
    if not word[:1].islower() or low in NOT_VERBS or len(low) < 4:
        return False
    before = words[k - 1].group(0).lower() if k else ""
    if low.endswith("ed"):
        return before not in DETERMINERS and before not in ("very", "most", "more", "so", ",")
    if not low.endswith("s") or low.endswith(("ss", "us", "is", "ics", "ous")):
        return False
    first = words[0].group(0)
    if (k == 1 and (first.lower() not in _NOUN_SUBJECT_WORDS or
                    first.lower() == "this")  # ('This includes …': a pronoun subject)
            and (first[:1].isupper() or first.lower() in _PRONOUN_OR_THIS)) or \
            (k == 2 and first.lower() in _COUNTED_OPENERS):
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


# A present verb of a singular subject ('puts', 'makes'; not 'business', 'status', 'crisis').
_PRESENT_S = re.compile(r"[a-z]{2,}(?<![su]s|is)s")
# What opens the object of such a verb ('puts the budget', 'makes it', 'gives even …'): a
# plural noun before a preposition is none ('concerts for students').
_OBJECT_OPENERS = DETERMINERS | OBJECT_PRONOUNS | frozenset({"it", "even", "more", "less", "no",
                                                              "up", "clear", "sense"})


# A word set off by commas after a pronoun subject ('they, too, had heard nothing').
_ASIDE_WORDS = frozenset({"too", "however", "though", "meanwhile", "instead", "indeed", "also",
                          "therefore"})


_PLAIN_PREPOSITIONS = _PREPOSITIONS - _SUBJECT_WORDS  # (made once)
_OBJECT_PRONOUNS_NOT_HER = OBJECT_PRONOUNS - {"her"}


def _clause_words(words: list[re.Match], commas: bool = False) -> bool:
    """``_is_clause`` on words already read (at most its look-ahead and one)."""
    if len(words) < 2:
        return False
    first, second = words[0].group(0), words[1].group(0)
    low = first.lower()
    if _CONTRACTED.fullmatch(first):
        return True
    if low == "having" and (second.lower() in DETERMINERS or second[:1].isupper()):
        # a gerund subject: 'said having a referendum now would be a mistake', 'said having
        # the final in June puts …' (a present verb after its noun)
        return any(_is_verb(words, j) and words[j].group(0).lower() in AUXILIARIES or
                   _PRESENT_S.fullmatch(words[j].group(0)) and words[j].group(0) not in NOT_VERBS
                   and j + 1 < len(words) and words[j + 1].group(0).lower() in _OBJECT_OPENERS
                   for j in range(3, len(words)))
    if low in ("it", "you"):  # ('it actively investigated')
        return _is_verb(words, 1) or (second.endswith("ly") and second[:1].islower()
                                      and len(words) > 2 and _is_verb(words, 2))
    if low in SUBJECT_PRONOUNS or low == "there":
        return second not in _CLOSERS or (
            second in _MARKS and len(words) > 2 and words[2].group(0) not in _CLOSERS
        ) or (second == "," and len(words) > 4 and
                                          words[2].group(0).lower() in _ASIDE_WORDS and
                                          words[3].group(0) == "," and _is_verb(words[3:], 1))
    if low == "no" and second not in _CLOSERS and second.lower() not in ("to", "longer", "way"):
        # 'said no decision had been made' (not 'said no to the plan')
        return any(_is_verb(words, k) for k in range(2, min(len(words), 6)))
    if first in _CLOSERS or (low in _PLAIN_PREPOSITIONS and not _counted(words, 0)) \
            or (low in _SUBORDINATORS and not _counted(words, 0)) or \
            low in _OBJECT_PRONOUNS_NOT_HER or low in ("that", "so", "yes", "no", "nothing",
                                                       "to", "not", "how", "what", "why",
                                                       "and", "or", "but", "nor", "-",
                                                       "--") or \
            low in AUXILIARIES or (low.endswith("ly") and first[:1].islower()
                                   and not _counted(words, 0)):
        return False
    for k in range(1, len(words)):
        w = words[k].group(0)
        if w in _MARKS and k > 1:
            continue  # 'said the budget "breaks promise after promise"': a partial quote's verb
        if w in _CLOSERS and not (w == "," and (commas or (k == 1 and first[:1].isupper()))):
            return False
        if w in ("and", "or", "but") and k + 1 < len(words) and (
                words[k + 1].group(0).lower() in AUXILIARIES or
                words[k + 1].group(0) in REPORTED_CUES):
            return False  # 'claimed self-defense and was acquitted', 'claimed momentum and
            # argued …': a noun, then the subject's next verb
        if _is_verb(words, k, commas):
            return True
    return False


# Conjunctions that open a statement's fronted clause after its verb ('said when the team is
# fit, it can …', 'explained after losing the first leg, his side had …').
_FRONTED_OPENERS = frozenset({"when", "once", "while", "after", "before", "because",
                              "although", "though", "since", "unless", "until", "whenever"})
# What opens the main clause after the fronted one's comma: a subject.
_MAIN_OPENERS = frozenset({"he", "she", "they", "we", "i", "it", "there", "the", "his", "her",
                           "their", "its", "our", "this", "these", "those", "a", "an"})


def _fronted_then_clause(words: list[re.Match], k: int) -> int | None:
    """Where the main clause starts when words[k:] are a fronted subordinate clause closed by
    a comma within a few words, then a main clause with its subject and verb; else None."""
    for j in range(k + 2, min(len(words) - 2, k + 16)):
        w = words[j].group(0)
        if w == ",":
            first = words[j + 1].group(0)
            return words[j + 1].start() if (first.lower() in _MAIN_OPENERS or
                                            first[:1].isupper()) and \
                _clause_words(words[j + 1:j + 1 + MAX_CLAUSE_LOOKAHEAD]) else None
        if w in _CLOSERS or w.lower() in ("that", "and", "but", "or"):
            return None
    return None


# Words that open a counted subject ('said about 20,000 customers had lost power', 'said nearly
# half the roads were shut', 'said more than 300 homes'): not an adjunct of the verb.
# (the first words of the claims' qualifier phrases, less articles, verbs and prepositions of
# place that open adjuncts: 'said in 2020', 'said a day later', 'said as ...')
_APPROXIMATORS = frozenset(p.split()[0] for p in QUALIFIERS if p[:1].isalpha()) - {
    "a", "an", "in", "as", "or", "no", "not", "could", "couldn't", "failed", "close", "short",
    "shy", "north", "well", "little", "slightly", "somewhere", "below", "above", "ca.", "est.",
    "approx."}
_COUNT_OPENER = re.compile(r"[\d£$€]|(?:half|a|an|one|two|three|four|five|six|seven|eight|nine|"
                           r"ten|dozens?|hundreds?|thousands?|millions?|least|than|to)\Z",
                           re.IGNORECASE)


def _counted(words: list[re.Match], k: int) -> bool:
    """Whether words[k] opens a counted subject: an approximator before a number ('about
    20,000', 'nearly half', 'at least 300', 'more than 300', 'up to 50', 'as many as 300')."""
    if words[k].group(0).lower() == "as":  # 'as many as 300', 'as much as $2bn'
        return k + 3 < len(words) and words[k + 1].group(0).lower() in ("many", "much") and \
            words[k + 2].group(0).lower() == "as" and \
            _COUNT_OPENER.match(words[k + 3].group(0)) is not None
    return words[k].group(0).lower() in _APPROXIMATORS and k + 1 < len(words) and \
        _COUNT_OPENER.match(words[k + 1].group(0)) is not None


_THAT = re.compile(r"(?i:\bthat\b)")
# A past form right after 'that': the verb of a relative clause ('a story that posted').
_RELATIVE_THAT_VERB = re.compile(r"[a-z]{3,}ed|was|were|has|had|is|are")
_HEARER_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                             "him", "them", "us", "me", "reporters", "journalists"})


# A quoted subject and the verb after it ('"a tiny share of buyers" had reported …').
_QUOTED_SUBJECT = re.compile(r"[\"“][^\"“”]{3,80}[\"”][ \t]+"
                             r"(?:(?:also|still|now|not|[a-z]+ly)[ \t]+)?"
                             r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
                             r"should|must|did|does|do|[a-z]{3,}ed)\b")


def _after_that(text: str, pos: int, end: int) -> int | None:
    """The clause after 'that' ('that' itself kept when it is the clause's subject: 'said that
    was wrong')."""
    words = _words(text, pos, end, 4)
    if words and words[0].group(0) == ",":  # 'reported that, when holding the phone, …'
        if len(words) > 2 and words[1].group(0).lower() in _ASIDE_WORDS and \
                words[2].group(0) == "," and text[pos - 4:pos].lower() == "that":
            return pos - 4  # 'said that, too, was wrong': 'that' is the subject
        # (else an adjunct set off after it: 'noted that, like him, the mayor …'; a clause
        # after it, not 'noted that, in the end.')
        return words[1].start() if len(words) > 2 and words[1].group(0) not in _CLOSERS \
            and _has_verb(text, words[1].start(), end, 0) else None
    if words and words[0].group(0) in ('"', "“"):
        # 'that "a tiny share of buyers" had reported faults': a quoted subject, then its verb
        close = _QUOTED_SUBJECT.match(text, words[0].start(), end)
        return words[0].start() if close is not None else None
    if len(words) < 2 or words[0].group(0) in _CLOSERS:
        return None
    if words[0].group(0).lower() in _VERB_FORMS and words[0].group(0)[:1].islower() and \
            not _CONTRACTED.fullmatch(words[0].group(0)):  # ('that it's', a subject and a verb)
        return pos - 4 if text[pos - 4:pos].lower() == "that" else words[0].start()
    return words[0].start()


# A subordinate clause opening a sentence ('While …', 'But as …').
_OPENER = re.compile(r"[\s\"“]*(?:(?:But|And|Yet|So)[ \t]+|(?=[A-Z]))"
                     r"(?i:Despite|Although|Though|While|When|"
                     r"Whereas|After|Before|Because|As|If|Since|Once|Having|Even[ \t]+as|"
                     r"Even[ \t]+though|Even[ \t]+if|Until|Unless|Like|Unlike|With|"
                     r"(?:Apart|Aside)[ \t]+from|Besides)\b")


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
    object_verb: tuple[str, str] | None | bool = False  # (lemma, kind), once read
    inverted: object = False  # ``reported_set_off._inverted``, once read
    # the fields resolved from a speaker phrase, which the rows of one verb ask for again (a
    # pure function of the text and the mentions), read once
    _fields: dict | None = None  # (start, end, after_with) -> fields
    word: str = field(init=False)  # the verb's words, m.group(0)
    telling: bool = field(init=False)  # a verb of telling ('told', 'warned')

    def __post_init__(self) -> None:
        self.word = self.m.group(0)
        self.telling = self.word in _TELLING_WORDS

    def phrase_before(self, at: int, s0: int) -> tuple[int, int] | None:
        """``phrases.phrase_before(text, at, s0)`` (which keeps its recent answers)."""
        return phrase_before(self.text, at, s0)

    def from_phrase(self, ph: tuple[int, int] | None, after_with: bool = False) -> dict | None:
        """``resolve.from_phrase`` of the phrase ``ph`` for this verb, read once per cue (the
        fields are read, never changed, by the rows)."""
        if ph is None:
            return from_phrase(self.text, ph, self.word, self.mentions, after_with)
        memo = self._fields
        if memo is None:
            memo = self._fields = {}
        key = (ph[0], ph[1], after_with)
        try:
            return memo[key]
        except KeyError:
            found = memo[key] = from_phrase(self.text, ph, self.word, self.mentions,
                                            after_with)
            return found


@dataclass(frozen=True)
class Reported:
    """What a row found: the content span and the speaker fields."""

    start: int
    end: int
    info: dict


# A stretch of time before 'later', 'earlier' or 'ago' ('reported a few days later', 'said
# two weeks ago').
_TIME_SPAN = re.compile(r"(?i:a[ \t]+few|a|an|several|some|two|three|four|five|\d+)[ \t]+"
                        r"(?i:minutes|hours?|days?|weeks?|months?|years?)[ \t]+"
                        r"(?i:later|earlier|ago)\b")


def _adjunct_tail(text: str, start: int, end: int, telling: bool) -> bool:
    """Whether the words text[start:end] after a reporting verb can only modify it ('on
    Tuesday', 'in a statement', 'late Monday'; a telling verb's hearer, 'told POLITICO'),
    never be its object ('claimed the nomination', 'announced four votes for Trump')."""
    words = [w for w in _words(text, start, end, 12) if w.group(0) not in _CLOSERS]
    if not words:
        return True
    first = words[0].group(0).rstrip(".")
    low = first.lower()
    # (a finite verb read strictly: 'after meeting union officials' has none)
    if telling:
        return not _has_verb(text, start, end, 0, False)
    if low == "just" and len(words) > 1 and words[1].group(0).lower() in _TIME_WORDS:
        low = words[1].group(0).lower()  # 'reported just today', 'said just last week'
    return (low in _PREPOSITIONS or low in _TIME_WORDS or low in ("again", "too", "so")
            or _TIME_SPAN.match(text, words[0].start(), end) is not None
            or (low.endswith("ly") and first[:1].islower())) and \
        not _has_verb(text, start, end, 0, False)


def _has_verb(text: str, start: int, end: int, first: int = 1, loose: bool = True) -> bool:
    """Whether text[start:end] holds a finite verb (after its first ``first`` words; with
    ``loose``, an -s word after a lower-case noun counts: 'the plan needs')."""
    words = _words(text, start, end, 60)
    return any(_is_verb(words, k, loose) for k in range(first, len(words)))


_LINE_END = re.compile(r"[.!?:;\"”'’)…]\s*\Z")
_BULLET = re.compile(r"\s*[•*·–—-]")
