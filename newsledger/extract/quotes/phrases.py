"""The speaker's noun phrase next to a reporting verb, and its head.

News attributes quotes with noun phrases of any length: "Democratic pollster Peter Fenn said",
"said Sarah Warbelow, legal director for the gay rights group Human Rights Campaign", "Jeff
Weaver, Sanders' campaign manager, said", "The New York Post reported". A pattern that lists
what may stand before a name misses most of them. Here the phrase is read by its boundaries
instead: it runs from the reporting verb back to the start of its clause (after a quote, the
closing mark), or forward to the end of the clause, and a phrase that holds words which cannot
be inside a noun phrase (auxiliaries, subordinators, pronoun subjects) is no speaker at all.

The head is what the row names: the last person or organization named in the phrase before its
first apposition comma ("Clinton press secretary Brian Fallon" -> "Brian Fallon", "Jeff Weaver,
Sanders' campaign manager," -> "Jeff Weaver"), leaving out possessives ("Sanders'") and names
after a preposition ("a spokesman for Bernie Sanders" is not Bernie Sanders: the whole phrase is
the speaker, an anonymous one). Mentions come from the entity extractor (``mentions`` is the
quote extractor's index of them).

Limits: a phrase is bounded by punctuation and a short list of words (``NP_BREAKERS``), not by a
parser, so a clause without a comma before its subject ("Other spots matter as well. …") is
found only when such a word ends it.
"""
from __future__ import annotations

import functools
import re

from newsledger.lexicon.grammar import (DETERMINERS, INVERTED_ROLE_BREAKERS, NAME_PARTICLES,
                                        NP_BREAKERS)
from newsledger.lexicon.people import ROLE_NOUNS, SUBJECT_PRONOUNS, TITLES
from newsledger.lexicon.speech import CUE_FILLERS, LY_NOUNS

MAX_NP_WORDS = 16  # a speaker phrase after its verb
MAX_PHRASE_WORDS = 30  # a speaker phrase with its appositions, before its verb
MAX_CLAUSE_WORDS = 40
_WORD = re.compile(r"[\w'’&@-][\w'’.&@-]*|[(),;:—–\"“”.!?]")
# Words that may stand between a speaker and its verb ('Trump, speaking Sunday, said' is not
# handled here; 'Rubio said Sunday' / 'Smith also said' is).
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "today", "yesterday", "tonight", "recently", "earlier",
                         "later", "previously", "once", "again", "last", "week", "night",
                         "morning", "evening", "afternoon"})
_PREPOSITIONS = frozenset({"for", "of", "at", "with", "to", "from", "by", "on", "in", "about",
                           "against", "toward", "towards", "behind", "under"})
# Lower-case words that end a phrase read backwards from a verb: a clause starts after them.
_CLAUSE_WORDS = frozenset(w.lower() for w in NP_BREAKERS) | {
    "because", "since", "although", "though", "if", "unless", "whether", "so", "then",
    "where", "after", "before", "until", "than", "also", "with"} - {"of", "and"}


def possessive(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a possessive ('Trump's', 'Sanders'')."""
    return text[end:end + 2] in ("'s", "’s") or text[end:end + 1] in ("'", "’")


def _descriptive(word: str) -> bool:
    """Words that open an apposition after a name ('Jeff Weaver, Sanders' campaign manager,',
    'Smith, 54,', 'Ann Lee, a professor at Yale,', 'Larry Noble, who ...')."""
    return word[:1].islower() or word[:1].isdigit() or word.endswith(("'", "’", "'s", "’s")) \
        or word.lower() in ("a", "an", "the", "one", "another", "who", "whose") \
        or bool(_PARTY.fullmatch(word))


_PARTY = re.compile(r"[RDI]-[A-Z][\w.]*")  # 'Mitch McConnell, R-Ky., said'


def _segments(words: list, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated segments of words[start:end] (commas inside parentheses do not count)."""
    out, seg0, depth = [], start, 0
    for k in range(start, end):
        w = words[k].group(0)
        depth += (w == "(") - (w == ")")
        if w == "," and depth <= 0:
            out.append((seg0, k))
            seg0 = k + 1
    out.append((seg0, end))
    return out


def _appositive(words: list, seg: tuple[int, int]) -> bool:
    """A segment that describes a name next to it: '53', 'who lives in Ohio', 'a professor at
    Yale', 'Sanders's campaign manager', 'R-Ky.', 'N.C.'."""
    a, b = seg
    if a >= b:
        return False
    first = words[a].group(0)
    if _descriptive(first):
        return True
    return b - a == 1 and (first.endswith(".") or first.isupper()  # 'N.C.', 'Calif.', 'AP'
                           or _PARTY_AND_STATE.fullmatch(first) is not None)  # 'R-Ohio'


# A US legislator's party and state after the name: 'R-Ohio', 'D-N.Y.', 'I-Vt.'.
_PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")


# The quote extractor and the reported-speech rows ask for the phrase before the same verb
# again and again (each row that reads a cue asks): the answers for the last articles' texts
# are kept (about a quarter of the calls on number-heavy news, almost half on ECB+).
@functools.lru_cache(maxsize=1024)
def phrase_before(text: str, cue_start: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending right before a reporting verb at ``cue_start`` (fillers such as
    "also", "Tuesday", "last week" skipped), from the start of its clause (never before
    ``floor``), with its appositions ('Harry Bond, 30, of Raleigh, N.C., who was polled,
    said'; 'Sanders's campaign manager, Jeff Weaver, said'; 'another friend, Mariam Emara
    told') and past an adjunct between commas ('Margaret Sullivan, in a column, wrote'). None
    when no phrase fits."""
    words = [m for m in _WORD.finditer(text, floor, cue_start)]
    end = len(words)
    while end and (words[end - 1].group(0).lower() in CUE_FILLERS
                   or words[end - 1].group(0).lower() in _TIME_WORDS
                   or (words[end - 1].group(0).endswith("ly")
                       and words[end - 1].group(0)[:1].islower()
                       and words[end - 1].group(0) not in LY_NOUNS)):
        end -= 1
    closing = bool(end) and words[end - 1].group(0) == ","
    if closing:
        end -= 1
    # the clause: back to a hard boundary, at most MAX_CLAUSE_WORDS words
    start = end
    depth = 0
    while start > 0 and end - start < MAX_CLAUSE_WORDS:
        w = words[start - 1].group(0)
        depth += (w == ")") - (w == "(")
        if depth < 0:
            break  # an unclosed '(' before the phrase
        if depth == 0 and (w in ('"', "“", "”", ";", ":", "—", "–") or (
                w.endswith(".") and w[:-1].islower() and len(w) > 2)):
            break
        start -= 1
    if start < end and start > 0 and words[start].group(0).isdigit() and \
            words[start - 1].group(0) == ":":
        start += 1  # ('12:15 Opposition leader Kate Brandt said': a live blog's time)
    segs = [sg for sg in _segments(words, start, end) if sg[0] < sg[1]]
    if not segs:
        return None
    k = len(segs) - 1
    if closing:
        # appositions and adjuncts right of the name: 'X, 53, of Raleigh, who …, said'
        while k > 0 and (_appositive(words, segs[k])
                         or words[segs[k][0]].group(0) in _PREPOSITIONS):
            k -= 1
        name = segs[k]
        first = k
    else:
        # no comma before the verb: the last segment, from its last clause word on
        a, b = segs[k]
        for m in range(b - 1, a - 1, -1):
            w = words[m].group(0)
            if m == b - 1 and w.lower() in SUBJECT_PRONOUNS:
                a = m  # '…, he said'
                break
            if w[:1].islower() and w.lower() in _CLAUSE_WORDS:
                a = m + 1
                break
        name = (a, b)
        first = k
        segs[k] = name
    if name[0] >= name[1]:
        return None
    # a description before the name: 'Sanders's campaign manager, Jeff Weaver', 'another
    # friend, Mariam Emara'
    if first > 0 and words[name[0]].group(0)[:1].isupper() and not _descriptive(
            words[name[0]].group(0)):
        a, b = segs[first - 1]
        lead = words[a].group(0).lower()
        if b - a <= 5 and (lead in DETERMINERS or lead.endswith(("'s", "’s", "'", "’"))) and \
                not any(words[m].group(0).lower() in _CLAUSE_WORDS for m in range(a + 1, b)):
            first -= 1
    s_word = segs[first][0] if first < len(segs) and segs[first] != name else name[0]
    last_word = segs[-1][1] - 1 if closing else name[1] - 1
    while s_word <= last_word and words[s_word].group(0) in (",", ")"):
        s_word += 1
    if s_word > last_word or words[s_word].group(0) in _PREPOSITIONS:
        return None  # 'in this race, says …': an adjunct, not a subject
    if last_word - s_word + 1 > MAX_PHRASE_WORDS:
        return None
    return words[s_word].start(), words[last_word].end()


def _sentence_end(word: str) -> bool:
    """A word with a period that ends a sentence, not an abbreviation ('Sen.', 'U.S.', 'D.')."""
    if not word.endswith(".") or len(word) < 2:
        return False
    body = word[:-1]
    return "." not in body and not (body[:1].isupper() and len(body) <= 3)


# (sets read per word, made once)
_TIME_WORDS_OR_COMMA = _TIME_WORDS | {","}
_NOT_INVERTED_OPENERS = _PREPOSITIONS | SUBJECT_PRONOUNS | {"that", "it", "this", "so", "yes", "no"}


def phrase_after(text: str, cue_end: int, ceiling: int) -> tuple[int, int] | None:
    """The noun phrase right after an inverted reporting verb ('said former secretary of state
    Hillary Clinton, who …'): to the end of the clause (a period, semicolon, quote mark or
    the second comma), at most ``MAX_NP_WORDS`` words; None when the verb is followed by an
    adjunct ('said in a statement', 'said Friday')."""
    words = list(_WORD.finditer(text, cue_end, ceiling))
    i = 0
    while i < len(words) and words[i].group(0).rstrip(".").lower() in _TIME_WORDS_OR_COMMA:
        i += 1
    if i == len(words) or words[i].group(0).lower() in _NOT_INVERTED_OPENERS or not words[i].group(0)[:1].isalnum():
        return None
    start = i
    commas = 0
    while i < len(words):
        w = words[i].group(0)
        if w in ('"', "“", "”", ";", ":", "—", "–", ".", "!", "?"):
            break
        if w == ",":
            commas += 1
            if commas == 2:
                break
        i += 1
        if _sentence_end(w):
            break
        if i - start > MAX_NP_WORDS:
            return None
    s, e = words[start].start(), words[i - 1].end()
    while e > s and text[e - 1] in ",.;:" and not (text[e - 1] == "." and not _sentence_end(
            text[words[i - 1].start():e])):
        e -= 1
    return (s, e) if e > s else None


def valid_phrase(text: str, s: int, e: int) -> bool:
    """A speaker phrase has no auxiliary or subordinator outside its appositions and is not a
    pronoun followed by more words ('he thought Yellen')."""
    core = text[s:e].split(",", 1)[0]
    words = core.split()
    if not words:
        return False
    if words[0].lower() in SUBJECT_PRONOUNS and len(words) > 1:
        return False
    return not any(w.lower() in NP_BREAKERS and w[:1].islower() and w.lower() not in ("of", "and")
                   for w in words[1:])


_MODIFIER_AFTER = re.compile(r"[\"”’]?[ \t]+(?!(?:of|for|at|with|from|and|or|in|on|to|who|"
                             r"which|that)\b)[a-z]")


# A role written in capitals after a name that qualifies it ('one Labour MP', 'a Tory MEP').
_CAPITAL_ROLE_AFTER = re.compile(r"[ \t]+([A-Z]{2,4})s?\b")


def _initials_role_after(text: str, me: int, pe: int) -> bool:
    """Whether a role in capitals ('MP', 'MEP') follows the name ending at ``me``."""
    m = _CAPITAL_ROLE_AFTER.match(text, me, pe)
    return m is not None and m.group(1).lower() in ROLE_NOUNS


_PREPOSITIONS_OR_THE = _PREPOSITIONS | {"the"}  # (made once)


def head(text: str, s: int, e: int, mentions) -> tuple[int, int]:
    """The words of the phrase text[s:e] that name the speaker (see the module docstring)."""
    comma = text.find(",", s, e)
    parts = [(s, comma), (comma + 1, e)] if comma > s else [(s, e)]
    determiner = text[s:e].split(" ", 1)[0].lower() in ("a", "an", "the", "one", "another")
    for ps, pe in parts:
        apposed = ps > s and determiner  # 'The club's manager, Pep Guardiola': a person only
        found = []
        for ms, me, _, ent in mentions.between(ps, pe):
            if me > pe or ent.kind not in ("person", "organization", "account") or \
                    possessive(text, me):
                continue
            if _MODIFIER_AFTER.match(text, me, pe) or _initials_role_after(text, me, pe):
                continue  # 'a Senate aide', 'White House spokesman Josh Earnest', 'one Labour MP'
            before = text[ps:ms].split()
            while before and before[-1].rstrip(".").lower() in TITLES:
                before.pop()  # 'a spokesman for Mayor Dana Reyes'
            if before and before[-1].lower() in _PREPOSITIONS_OR_THE and (
                    len(before) < 2 or before[-1].lower() != "the"
                    or before[-2].lower() in _PREPOSITIONS):
                if determiner or before[-1].lower() != "the":
                    continue  # 'a spokesman for Bernie Sanders', 'a professor at Yale'
            if not apposed or (ent.kind == "person" and ms == ps + (text[ps] == " ")):
                found.append((ms, me, ent))
        if found:
            persons = [f for f in found if f[2].kind == "person"]
            ms, me, _ = (persons or found)[-1]
            return ms, me
    return (s, e) if comma < 0 else (s, comma)


# After an inverted verb, a name that qualifies a role before the speaker's own name: 'said
# Labour spokesman Phil Willis', 'said former Obama adviser David Axelrod', 'said Cruz
# constituent Dan Golvach when asked ...': the speaker is the name after the role words. A
# capitalized word that ends a sentence is none of them ('said Mourinho. Newcastle manager
# Graeme Souness admitted ...': Mourinho spoke; "U.S.", "Capt." are no sentence's end).
_ROLE_THEN_NAME = re.compile(
    r"(?:[a-z]+[ \t]+){0,2}(?:[A-Z][\w.'’&/-]*(?<![a-z]{4}\.)[ \t]+){1,4}"
    r"(?:(?!(?:" + "|".join((*NAME_PARTICLES, *INVERTED_ROLE_BREAKERS)) + r")\b)"
    r"[a-z][\w-]*[ \t]+){1,3}"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})")


def role_then_name(text: str, start: int, line_end: int,
                   mentions) -> tuple[int, int, tuple[int, int]] | None:
    """'said Labour spokesman Phil Willis' read from ``start`` (after the verb): the phrase's
    span and its head, the last person named in the name after the role words; None when
    the words are not of that shape or name nobody the entity extractor knows."""
    m = _ROLE_THEN_NAME.match(text, start, line_end)
    if m is None:
        return None
    persons = [(ms, me) for ms, me, _, ent in mentions.between(m.start("name"), m.end("name"))
               if ent.kind == "person" and me <= m.end("name")]
    if not persons:
        return None
    return start, persons[-1][1], persons[-1]
