"""Reported speech, what stands between a reporting verb and its statement: the hearer of a
telling verb ('told the audience at his fundraiser for veterans that'), adjuncts of time,
place and occasion ('said on Tuesday in a statement that', 'told Sky News in a story that
aired this week that'), asides set off by dashes, a programme's name; ``_skip_adjuncts``
gives where the statement starts. It reads the clause tests of ``reported_clauses``."""
from __future__ import annotations

import re

from newsledger.lexicon.actions import FINITE_AUXILIARIES
from newsledger.lexicon.people import OBJECT_PRONOUNS
from newsledger.lexicon.speech import ADJUNCT_NOUNS, REPORTED_PARTICIPLES

from .common import alternation
from .reported_clauses import (_CLOSERS, _CONTRACTED, _FRONTED_OPENERS, _HEARER_OPENERS,
                               _PREPOSITIONS, _RELATIVE_THAT_VERB, _THAT, _TIME_SPAN,
                               _TIME_WORDS, _VERB_FORMS, MAX_CLAUSE_LOOKAHEAD, REPORTED_CUES,
                               _after_that, _clause_words, _counted, _fronted_then_clause,
                               _is_clause, _is_verb, _words)

# Prepositions that place a telling verb's hearer ('told the audience at his fundraiser for
# veterans that', 'told delegates in a speech on trade that').
_HEARER_PLACE_WORDS = frozenset({"at", "in", "on", "during", "for", "from"})
# An adjective between a telling verb's determiner and its plural hearer ('told his closest
# advisers', 'told the assembled reporters', 'told his own supporters').
_HEARER_ADJECTIVE = re.compile(r"[a-z]+est|assembled|gathered|visiting|senior|top|own|fellow|"
                               r"young|local|foreign|former|new|old|loyal")
_PLURAL_NOUN = re.compile(r"[a-z]{3,}s")
# (after 'her', adjectives that also open a statement's subject: 'told her new rules would …')
_COMMON_ADJECTIVES = frozenset({"new", "old", "young", "local", "foreign", "former"})
# Nouns of places that end a telling verb's hearer ('told a rally of supporters in the town
# centre that').
_PLACE_NOUNS = frozenset({"centre", "center", "square", "chamber", "studio", "headquarters",
                          "stadium", "ground", "commons", "lords", "constituency", "hq"})
# A participle after the noun of a statement, its adjunct after it ('in an email sent late on
# Friday that', 'in a letter seen by the BBC that'): no verb of a clause.
_NOUN_PARTICIPLE = re.compile(rf"(?:{alternation(ADJUNCT_NOUNS)}) (?:[a-z]+ed|sent|seen|written|"
                              r"given|shown|broadcast|released|made) (?:on|by|to|late|last|"
                              r"earlier|this|in|at|overnight)")


# What opens an aside set off right before the statement's 'that': a relative clause on the
# adjunct's noun ('on Sky, where he works,') or a stretch between dashes ('— in an interview he
# gave to the Echo —').
_ASIDE_OPENERS = frozenset({"where", "which", "who", "when"})
_DASHES = frozenset({"—", "–", "-", "--"})


def _aside_before(words: list, k: int) -> tuple[int, ...]:
    """The indices of an aside that closes right before words[k] ('that') and opens after an
    adjunct: a relative clause between commas or a stretch between dashes; () when none."""
    close = words[k - 1].group(0) if k > 2 else ""
    if close != "," and close not in _DASHES:
        return ()
    for j in range(k - 2, 0, -1):
        token = words[j].group(0)
        if close == "," and token == ",":
            opener = words[j + 1].group(0).lower()
            return tuple(range(j, k)) if opener in _ASIDE_OPENERS and j > 1 else ()
        if close in _DASHES and token in _DASHES:
            return tuple(range(j, k)) if j > 1 else ()
        if token in (";", ":", ".", "!", "?", '"', "“", "”"):
            return ()
    return ()


def _adjunct_end(word: str) -> bool:
    """A word that can end an adjunct between a reporting verb and 'that' ('in a statement',
    'on CNN', 'last week', 'repeatedly')."""
    low = word.lower()
    return low in ADJUNCT_NOUNS or word[:1].isupper() or word[:1].isdigit() or \
        (low.endswith("ly") and word[:1].islower())


# A broadcast programme heard by name ('told BBC Radio 4's Today programme', 'told Channel 4
# News'): a number after a capitalized word, and the noun of a programme after its name.
_PROGRAMME_NOUNS = frozenset({"programme", "program", "show", "podcast", "bulletin"})


def _in_programme_name(words: list, n: int) -> bool:
    if not n or not words[n - 1].group(0)[:1].isupper() and \
            not words[n - 1].group(0)[:1].isdigit():
        return False
    token = words[n].group(0)
    return token[:1].isdigit() or token.lower() in _PROGRAMME_NOUNS


# A programme heard, its title in quote marks after its broadcaster's possessive ('told
# NBC's "Meet the Press"', 'told CBS's "Face the Nation"').
_QUOTED_PROGRAMME = re.compile(r"[ \t]+(?:[A-Z][\w.&-]*[ \t]+){0,3}[A-Z][\w.&-]*['’]s[ \t]+"
                               r"[\"“][^\"“”]{1,40}[\"”]")


_THAT_AHEAD = 24
# The nouns of a statement that close an adjunct before a clause with a full subject ('said in
# a statement the strikes had …', 'said in an interview the club was …').
_STATEMENT_NOUNS = frozenset({"statement", "interview", "email", "letter", "post", "tweet",
                              "video", "speech", "release", "briefing", "filing"})
# ('said in an interview the BBC aired on Sunday': a relative clause on the noun, its verb
# then an adjunct to the sentence's end)
_ZERO_RELATIVE_END = re.compile(r"[^,;:.!?\"“”]{2,60}?[ \t](?:aired|published|released|posted|"
                                r"issued|sent|gave|broadcast|shared)(?:[ \t]+(?:on|in|last|this|"
                                r"late|earlier)[ \t]+[\w.]+)*[ \t]*[.!?]?\Z")


# Determiners that open a clause's subject after an adjunct (its verb: ``FINITE_AUXILIARIES``
# right after a short noun phrase).
_SUBJECT_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "this", "these",
                                  "those"})


def _subject_then_finite(words: list, j: int) -> bool:
    """Whether words[j:] open a subject (a determiner and one to three lower-case words) and an
    auxiliary or a modal: a clause after an adjunct ('the plan would', 'the party was')."""
    if words[j].group(0) not in _SUBJECT_DETERMINERS:
        return False
    for n in range(j + 2, min(len(words), j + 5)):
        w = words[n].group(0)
        if w in FINITE_AUXILIARIES:
            return True
        if not w.isalpha() or not w.islower() or w in _VERB_FORMS or w in _CLOSERS or \
                w in _SUBJECT_DETERMINERS or \
                w == "that":
            return False
    return False


def _relative_present(first: str, second: str) -> bool:
    """Whether the two words after a 'that' open a relative clause with a present verb ('that
    causes severe damage'), not a clause with a plural subject ('that prices rose')."""
    low = second.lower()
    return first[:1].islower() and first.endswith("es") and len(first) > 4 and \
        first.lower() not in _VERB_FORMS and second[:1].islower() and \
        low not in _VERB_FORMS and not low.endswith("ed") and low not in _CLOSERS


# (sets read per word, made once)
_TIME_ADVERBS = _TIME_WORDS - {"on", "this", "last"}
_PREPOSITIONS_NOT_OF = _PREPOSITIONS - {"of"}


def _skip_adjuncts(text: str, pos: int, end: int, telling: bool,
                   loose: bool = False) -> int | None:
    """Where the reported clause starts after a reporting verb ending at ``pos``: past the
    hearer of a telling verb ('told reporters'), adjuncts of time and place ('on Tuesday',
    'in a statement') and 'that'. None when no clause follows."""
    words = _words(text, pos, end, 2 * MAX_CLAUSE_LOOKAHEAD + 12)
    if not words:
        return None
    span = _TIME_SPAN.match(text, words[0].start(), end)
    if span is not None:  # 'said two weeks ago that …': past the time
        return _skip_adjuncts(text, span.end(), end, telling, loose)
    programme = _QUOTED_PROGRAMME.match(text, pos, end) if telling else None
    if programme is not None:  # 'told NBC's "Meet the Press" (that) …': the hearer heard
        return _skip_adjuncts(text, programme.end(), end, False, loose)
    # a 'that' within the next words, with only an adjunct (or the hearer) before it
    # (looked for word by word only when the next words hold one)
    # (24 words: 'announced at a packed meeting in the town hall on Tuesday evening after weeks
    # of protests that …'; the words before 'that' must still be adjuncts, no verb among them)
    far = words[min(_THAT_AHEAD - 1, len(words) - 1)].end()
    ahead = words[:_THAT_AHEAD] if "that" in text[pos:far].lower() and _THAT.search(
        text, pos, far) else ()
    relative = ()
    for k, w in enumerate(ahead):
        token = w.group(0)
        if token.lower() == "that":
            if k == 0:
                return _after_that(text, w.end(), end)
            if k + 1 < len(ahead) and _RELATIVE_THAT_VERB.fullmatch(ahead[k + 1].group(0)):
                relative = (k, k + 1)
                continue  # 'told Yahoo News in a story that posted this week that …': a
                # relative 'that' on the adjunct's noun; its clause's 'that' comes later
            if k + 2 < len(words) and _relative_present(words[k + 1].group(0),
                                                        words[k + 2].group(0)):
                relative = (k, k + 1)
                continue  # '… a defect linked to the virus that causes small heads': the
                # relative clause's own verb, no subject
            aside = _aside_before(words, k)
            if aside:  # 'said on Sky, where he works, that', 'said — in an interview he gave —
                # that': the aside's verbs are no clause's before 'that'
                relative = (*relative, *aside)
            before = words[(min(aside) if aside else k) - 1].group(0)
            if before == "," and not aside:
                before = words[k - 2].group(0) if k > 1 else before
            head = words[0].group(0)
            set_off = head in (",", "—", "–", "-", "--") and words[k - 1].group(0) == head
            # (', among others, that', '— on Twitter, as it happens — that')
            to_hearer = head.lower() == "to" and k <= 7 and len(words) > 1 and (
                words[1].group(0)[:1].isupper() or words[1].group(0).lower() in _HEARER_OPENERS)
            # ('wrote to the board's office that', not 'agreed to hear cases that')
            if (head.lower() in _PREPOSITIONS or head.lower() in _TIME_WORDS or telling
                    or head[:1].isupper() or (head.endswith("ly") and head[:1].islower())
                    or set_off) and (_adjunct_end(before) or set_off or (telling and k <= 6)
                                     or to_hearer or (telling and k <= 10 and (
                                         before.lower() in _PLACE_NOUNS or (any(
                                             x.group(0).lower() in _HEARER_PLACE_WORDS
                                             for x in words[1:k - 1]) and not any(
                                             x.group(0) == "," for x in words[:k]))))) \
                    and not any(
                        x.group(0) in (";", ":", ".", "!", "?", '"', "“", "”")
                        or (x.group(0)[:1].islower() and x.group(0).lower() in _VERB_FORMS
                            and not (i == k - 1 and i and words[i - 1].group(0).lower() in
                                     ("the", "a", "an", "this", "last", "that"))
                            and not _NOUN_PARTICIPLE.fullmatch(" ".join(
                                y.group(0).lower() for y in words[max(0, i - 1):i + 2])))
                        for i, x in enumerate(words[:k]) if i not in relative):
                # (not 'from the start that')
                return _after_that(text, w.end(), end)
            break
        if token in (";", ":", ".", "!", "?", '"', "“", "”"):
            break
    k = 0
    if telling:  # the hearer: a pronoun, a name, or a short noun phrase ('reporters')
        first = words[0].group(0)
        if first in ("he", "she", "they", "we", "I") and len(words) > 1 and \
                _is_verb(words, 1):
            k = 0  # 'warned they could sell', 'promised he would stay': no hearer
        elif first.lower() in OBJECT_PRONOUNS or first.lower() in ("us", "me", "you"):
            k = 1
            if first.lower() == "her" and len(words) > 2 and \
                    _HEARER_ADJECTIVE.fullmatch(words[1].group(0)) and \
                    words[1].group(0) not in _COMMON_ADJECTIVES and \
                    _PLURAL_NOUN.fullmatch(words[2].group(0)) and \
                    words[2].group(0) not in _VERB_FORMS:
                k = 3  # 'told her closest advisers': a possessive
        elif (first.lower() in _PREPOSITIONS and not (
                first.lower() == "this" and len(words) > 1 and
                words[1].group(0).lower() not in _TIME_WORDS)) or first in _CLOSERS:
            return None  # 'promised to', 'warned against'
        else:
            n = 0
            dets = ("the", "a", "an", "his", "her", "their", "its", "our", "of", "this", "my",
                    "your")  # ('told this programme he was …')
            while n < len(words) and n < 6 and words[n].group(0) not in _CLOSERS and (
                    words[n].group(0)[:1].isupper() or words[n].group(0).lower() in dets or
                    (words[n].group(0).islower()
                     and (n == 0 or words[n - 1].group(0).lower() in dets or
                          words[n - 1].group(0).endswith(("'s", "’s")))) or
                    _in_programme_name(words, n)):
                if n and words[n].group(0).lower() in dets and words[n].group(0) != "of" and \
                        words[n - 1].group(0).lower() not in dets:
                    break  # 'told the AP his firm …': a new noun phrase, the clause's subject
                n += 1
                if words[n - 1].group(0)[:1].islower() and \
                        words[n - 1].group(0).lower() not in dets and \
                        not words[n - 1].group(0).endswith(("'s", "’s")):
                    if n >= 2 and words[n - 2].group(0).lower() in dets and \
                            _HEARER_ADJECTIVE.fullmatch(words[n - 1].group(0)) and \
                            n < len(words) and _PLURAL_NOUN.fullmatch(words[n].group(0)) and \
                            words[n].group(0) not in _VERB_FORMS:
                        n += 1  # 'told his closest advisers', 'told the assembled reporters'
                    break  # 'reporters', 'supporters': one lower-case noun ends it
                    # (not a possessive: 'told the club's website he …')
            k = n
        if k == 0 and words[0].group(0) not in ("he", "she", "they", "we", "I"):
            return None
        if k < len(words) and words[k].group(0).lower() in ("who", "whom", "which"):
            # 'told the players who had missed training that they …': a relative clause on
            # the hearer, then the statement's 'that'
            for j in range(k + 2, min(len(words) - 1, k + 12)):
                token = words[j].group(0)
                if token in _CLOSERS:
                    return None
                if token.lower() == "that":
                    return _after_that(text, words[j].end(), end)
            return None
    while k < len(words) and not _counted(words, k) and (
            words[k].group(0).lower() in _TIME_ADVERBS
            or (words[k].group(0).endswith("ly") and words[k].group(0)[:1].islower())):
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
    if words[k].group(0).lower() in _PREPOSITIONS_NOT_OF and not _counted(words, k):
        # 'said in an interview he would …', 'said on Twitter she was …': past the adjunct to
        # a pronoun subject (not 'said of the meeting he had …': its relative clause)
        for j in range(k + 1, min(len(words), k + 7)):
            w = words[j].group(0)
            if (w.lower() in ("he", "she", "they", "we", "i", "there") and j + 1 < len(words)
                    and _is_verb(words, j + 1)) or _CONTRACTED.fullmatch(w):
                k = j
                break
            if j > k + 1 and _subject_then_finite(words, j):
                k = j  # 'said in the long run the plan would fail', 'said at this point the
                break  # party was united': past the adjunct to the clause's subject
            if w.lower() in _STATEMENT_NOUNS and j + 2 < len(words) and \
                    words[j + 1].group(0).lower() in ("the", "a", "an") and \
                    _is_clause(text, words[j + 1].start(), end) and \
                    not _ZERO_RELATIVE_END.match(text, words[j + 1].start(), end):
                k = j + 1  # 'said in a statement the strikes had hit …': past the statement
                break
            if w in _CLOSERS or (w[:1].islower() and w.lower() in _VERB_FORMS) or \
                    w in REPORTED_CUES or w in REPORTED_PARTICIPLES:
                break  # (a verb of saying further on reports the clause itself)
    start = words[k].start()
    if words[k].group(0).lower() in _FRONTED_OPENERS:
        main = _fronted_then_clause(words, k)
        if main is not None:
            return main  # 'said when the team is fit, it can beat anyone': the main clause
            # (the fronted one may be the saying's time: 'said when he resigned, he …')
    near = 2 * MAX_CLAUSE_LOOKAHEAD if loose else MAX_CLAUSE_LOOKAHEAD
    if len(words) - k <= near and words[-1].end() < end:
        return start if _is_clause(text, start, end, near, loose) else None  # (a long adjunct)
    return start if _clause_words(words[k:k + near + 1], loose) else None
