"""Reported speech, where a statement starts after its verb (``_clause_after``): past the
hearer and the adjuncts ('told reporters on Monday that'), at a clause with a pronoun or a
short subject, or a long one when an auxiliary or a modal follows it ('suggested the reality
TV star is …'), at a question word ('explained how …'); not after a verb whose object is a
standing ('maintained a wide lead') or a noun phrase ('noted the dichotomy between …'). The
end of the statement is ``reported_ends``'s."""
from __future__ import annotations

import re

from newsledger.lexicon.actions import FINITE_AUXILIARIES
from newsledger.lexicon.grammar import DETERMINERS

from .reported_adjuncts import _skip_adjuncts
from .reported_clauses import (_FRONTED_OPENERS, _VERB_FORMS, REPORTED_CUES, Cue, _has_verb,
                               _is_clause, _words)


# Verbs that take a noun phrase as often as a clause ('noted the dichotomy', 'announced the
# appointment'): without 'that' or a pronoun subject, their clause's verb must come early.
_CLAUSE_VERBS = frozenset({"say", "saying", "tell", "claim", "insist", "argue", "contend",
                           "assert", "testify", "assure", "inform", "allege"})
# After a reporting verb, what shows at once that no clause follows it: the end of the
# sentence, a colon or a quote mark, a comma not leading to 'that' within a few words.
_NO_CLAUSE_NEXT = re.compile(r"[ \t]*(?:[.;:!?\"“”]|\Z|,(?![^.;:!?\"“”]{0,60}\bthat\b))")
_MARK_IN = re.compile(r"[\"”’']")
# A colon right after the verb and a clause on its line, unquoted ('The club said: the manager
# will stay.'); not a quote, a list or a post on lines of its own.
_COLON_CLAUSE = re.compile(r":[ \t]+(?:(?=(?:[Ii]t|[Tt]hat|[Hh]e|[Ss]he|[Tt]here|[Ww]hat|[Hh]ere|"
                           r"[Tt]his)['’]s[ \t])|(?![\w.-]+['’]s[ \t]))(?=[\w’'])")
_AFTER_QUOTE = re.compile(r"[\"”'’][ \t]*\Z")
# A short aside set off by commas right after 'says' and before its clause ('says, win or
# lose, he is staying', 'said, in his view, the plan was sound').
_ASIDE_AFTER_SAY = re.compile(r",[ \t]+(?P<aside>[^,;:.!?\"“”()\n]{2,40}),[ \t]+")
_MAX_ASIDE_WORDS = 5


_ING_WORD = re.compile(r"[a-z]+ing\b")
# Verbs whose content may be a clause opened by a question word ('explained how the deal
# would work', 'told them why the plant closed'); 'asked' is the question row's.
_WH_LEMMAS = frozenset({"explain", "tell", "note", "recall", "reveal", "describe", "write",
                        "detail", "admit", "acknowledge", "recount", "disclose"})
_WH_CLAUSE = re.compile(r"[ \t]+(?:(?:them|him|her|us|me|[a-z]+s|the[ \t]+[a-z]+|"
                        r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]+)?"
                        r"(?P<wh>how|why|what|where|whether)[ \t]+(?!to\b|if\b|else\b|not\b)")
# Verbs that also hold, win or count a standing ('maintained a lead', 'claimed victory',
# 'boasts a majority', 'pledged delegates', 'claims more territory', 'claimed three lives'):
# with such an object they report nothing.
_STANDING_VERBS = frozenset({"maintain", "claim", "boast", "pledge"})
_STANDING = re.compile(
    r"[ \t\xa0]+(?!that\b)(?:(?:a|an|the|his|her|its|their|our|this|that)[ \t\xa0]+)?"
    r"(?:[\w,.$%-]+[ \t\xa0]+){0,3}?"
    r"(?:lead|leads|victory|victories|win|wins|edge|advantage|majority|seat|seats|title|"
    r"titles|delegate|delegates|margin|share|credit|responsibility|territory|lives)\b")
# After the standing: its clause's verb within a few words ('the lead in the polls was …').
# (not right after a conjunction: 'claimed three lives and destroyed …' is the subject's
# next verb; 'claimed 400 delegates and alternates took part' is a clause)
_STANDING_CLAUSE = re.compile(r"(?:[ \t]+[\w'’-]+){0,4}?[ \t]+"
                              r"(?<![ \t]and[ \t])(?<![ \t]but[ \t])(?:is|was|were|are|has|had|have|"
                              r"will|would|could|can|may|might|must|should|[a-z]{4,}ed)\b")


# Finite verbs that show a clause behind a long subject ('suggested the reality TV star is
# …', 'acknowledged the former secretary and Sanders had split …'): auxiliaries and modals.
_FINITE = FINITE_AUXILIARIES | {"does", "did"}
# Words that end the subject's reading: a relative or a conjunction of clauses (the noun
# object's own clause: 'noted the dichotomy that is …').
_NOT_IN_SUBJECT = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "while",
                             "because", "if", "as", "but", "or", "than", "to"})


# A relative 'that' right before the verb ('the firm that posted a gain in sales was …'): the
# verb after its object is the main clause's.
_THAT_BEFORE = re.compile(r"(?<![\w'’-])that[ \t]+\Z")


_SUBJECT_OPENERS = DETERMINERS | {"any", "some", "all", "most", "many"}  # (made once)


def _finite_after_subject(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a noun phrase of up to eight words (a determiner
    or a name first) and an auxiliary or a modal after it: a clause whose subject is too
    long for ``_is_clause``'s three words."""
    words = _words(text, start, end, 10)
    if len(words) < 3 or not (words[0].group(0).lower() in _SUBJECT_OPENERS
                              or words[0].group(0)[:1].isupper()):
        return False
    for k in range(1, len(words)):
        w = words[k].group(0)
        low = w.lower()
        if low in _FINITE:
            j = k - 1  # (not 'a truth Ms. Hale should heed': a relative clause on the noun)
            while j > 0 and words[j].group(0)[:1].isupper():
                j -= 1
            return k >= 3 and words[k - 1].group(0)[:1].isalnum() and not (
                j < k - 1 and words[j].group(0)[:1].islower() and
                words[j].group(0).lower() not in ("and", "of", "the", "or", "&"))
        if not (w[:1].isalnum() or w in ("'s", "’s", "&")) or low in _NOT_IN_SUBJECT or \
                low in _VERB_FORMS or (low.endswith("ed") and w[:1].islower()):
            return False
    return False


_FRONTED_BEFORE = re.compile(rf"[ \t]+(?i:{'|'.join(sorted(_FRONTED_OPENERS))})\b[^;:.!?]*,"
                             r"[ \t]*\Z")


def _clause_after(q: Cue, telling: bool) -> int | None:
    """Where the clause reported by the verb starts, if one follows it."""
    lemma = REPORTED_CUES.get(q.word, q.word)
    text = q.text
    if q.m.group("part") is None and _NO_CLAUSE_NEXT.match(text, q.m.end()):
        colon = _COLON_CLAUSE.match(text, q.m.end(), q.s1)
        if colon is not None and q.m.group("cue") is not None and \
                _is_clause(text, colon.end(), q.s1):
            return colon.end()  # 'Some voters say: it is time for a change.'
        aside = _ASIDE_AFTER_SAY.match(text, q.m.end(), q.s1) if lemma == "say" and \
            q.m.group("cue") is not None and not _MARK_IN.search(text, q.s0, q.m.start()) \
            and "," not in text[q.s0:q.m.start()] else None  # (not 'Acts, he said, are …')
        if aside is not None and len(aside.group("aside").split()) <= _MAX_ASIDE_WORDS and \
                not _ING_WORD.match(aside.group("aside")) and \
                _is_clause(text, aside.end(), q.s1, 2):
            return aside.end()  # 'says, win or lose, he is staying': the clause past the aside
        return None  # '… he said.', 'said: "…"' (a cheap test: most verbs end here)
    standing = _STANDING.match(text, q.m.end(), q.s1) if lemma in _STANDING_VERBS else None
    if standing is not None and (lemma == "pledge" and standing.group(0).endswith(("delegate",
                                                                                  "delegates")) or
                                 not _STANDING_CLAUSE.match(text, standing.end(), q.s1)):
        return None  # (not 'claimed the lead in the polls was an illusion')  # 'maintained a wide lead', 'claimed victory', '400 pledged delegates'
    start = _skip_adjuncts(text, q.m.end(), q.s1, telling, lemma in _CLAUSE_VERBS)
    if start is None and lemma in _WH_LEMMAS:  # 'explained how the deal would work'
        wh = _WH_CLAUSE.match(text, q.m.end(), q.s1)
        if wh is not None and _has_verb(text, wh.end(), min(q.s1, wh.end() + 80), 0):
            return wh.start("wh")
    if start is None:
        return None
    said_that = text[max(q.m.end(), start - 7):start].rstrip().rstrip(",").rstrip().lower() \
        .endswith("that")
    if "," in text[q.m.end():start] and _ING_WORD.match(text, start) and not said_that:
        return None  # 'X said on Tuesday, adding that …': the participle's own clause
        # (not 'said that, during the summer, …')
    # ('added that, in Wisconsin, …': an adjunct set off after 'that')
    if not said_that and text[q.m.end():q.m.end() + 1] == "," and q.m.group("part") is None:
        return None  # 'he said, and she gripped …' 
    fronted = _FRONTED_BEFORE.match(text, q.m.end(), start) is not None  # (_skip_adjuncts
    # read the fronted clause and its main clause's subject and verb)
    if not said_that and lemma not in _CLAUSE_VERBS and not fronted and \
            not _is_clause(q.text, start, q.s1, 3) \
            and (_THAT_BEFORE.search(text, max(q.s0, q.m.start() - 6), q.m.start()) or
                 not _finite_after_subject(q.text, start, q.s1)):
        return None  # 'noted the dichotomy between …', 'announced the appointment of …'
    ph = None if said_that or not _MARK_IN.search(text, q.s0, q.m.start()) else \
        q.phrase_before(q.m.start(), q.s0)
    if ph is not None and _AFTER_QUOTE.search(text, max(q.s0, ph[0] - 4), ph[0]):
        return None  # '"…," spokesman Alex Conant said happily on MSNBC as …'
    return start
