"""The tense of the clause around a date: "future", "past" or None (see the package docstring).

A date without its year takes the tense of its clause, read on the ``Document``'s sentences: the
clause is cut at punctuation and at words that open clauses ("that", "which", "when" ...), and
the tense marker nearest the date decides. Tenses depend on the document only, so each span's
is computed once (``clause_tense`` keeps them on the document) however often dates are resolved.
"""
from __future__ import annotations

import re

from newsledger.lexicon.actions import BASE_VERBS, IRREGULAR
from newsledger.lexicon.people import SUBJECT_PRONOUNS
from newsledger.lexicon.time import (ADJECTIVE_ADVERBS, AMBIGUOUS_PAST_FORMS, CLAUSE_OPENERS,
                                     CONDITIONAL_OPENERS, FUTURE_CLAUSE, FUTURE_IN_PAST,
                                     LIGHT_WORDS, NOT_INFINITIVES, PARTICIPLE_DETERMINERS,
                                     PASSIVE_AUXILIARIES, PAST_AUXILIARIES, PAST_COULD_AFTER,
                                     PLURAL_SUBJECTS, SCHEDULE_SUBJECTS, SCHEDULE_VERBS,
                                     SUBJECT_OPENERS)
from newsledger.text import Document, Fact

from ..patterns import lower_window, start_alternation

_TENSES: Fact[dict[tuple[int, int], str | None]] = Fact("clause_tenses", lambda doc: {})


def clause_tense(doc: Document, start: int, end: int) -> str | None:
    """The tense of the clause around doc.text[start:end] (``_clause_tense``), computed once
    per span and document."""
    known = _TENSES(doc)
    key = (start, end)
    if key not in known:
        known[key] = _clause_tense(doc, start, end)
    return known[key]


def _sentence(doc: Document, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence(s) holding doc.text[start:end]."""
    first, last = doc.sentence_at(start), doc.sentence_at(max(start, end - 1))
    if first is None or last is None:
        return start, end
    return first.start, max(last.end, end)


_CLAUSE_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|[,;:()\[\]—–\"“”]")
_FUTURE_PHRASE = re.compile(r"(?<![\w'’])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(FUTURE_CLAUSE, key=len, reverse=True))
    + r")(?![\w])", re.I)
# The same on lower-cased text (``patterns.lower_window``), each phrase opening with its first
# character: the engine jumps to those instead of trying a case-blind pattern at every offset.
_FUTURE_PHRASE_LOWER = re.compile(
    start_alternation(FUTURE_CLAUSE, r"[\w'’]").replace(r"\ ", r"\s+") + r"(?![\w])")
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z']+\s+){1,3}$")
# A date that ends a period, or opens one whose end follows: "until Saturday", "from 6pm on
# Friday until midday on Saturday", "strikes from Tuesday until Thursday".
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:[\w:]+\s+){0,3}\Z", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[\w:]+\s+){0,3}\Z", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"[^.;!?\n]{0,40}?\b(?:until|till)\b", re.IGNORECASE)
_OPENS = re.compile(r"(?:until|till|from)\b", re.IGNORECASE)


def _ends_a_period(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] ends a period ("until Saturday") or opens one that
    "until" ends just after it."""
    opener = _OPENS.match(text, start, end)
    word = opener.group(0).lower() if opener else ""
    if word in ("until", "till") or _UNTIL_BEFORE.search(text, max(0, start - 30), start):
        return True
    return (word == "from" or _FROM_BEFORE.search(text, max(0, start - 30), start) is not None) \
        and _UNTIL_AFTER.match(text, end) is not None


# The commas around a US state's abbreviation after a city ("Peoria, Ill., bank").
_PLACE_COMMA = re.compile(r",[^\S\n]+[A-Z][a-z]{1,4}\.,")
_PLACE_COMMA_AFTER = re.compile(r",[^\S\n]+[A-Z][a-z]{1,4}\.,$")


def _schedule_verb(word: str) -> bool:
    """A present-tense third-person form of a schedule verb ("visits", "holds", "goes")."""
    if not word.islower() or not word.endswith("s"):
        return False
    return word[:-1] in SCHEDULE_VERBS or (word.endswith("es") and word[:-2] in SCHEDULE_VERBS)


def _noun_subject(words: list[tuple[int, str]], k: int, plural: bool) -> bool:
    """Whether the words before word ``k`` are a lower-case noun phrase opened by a determiner
    or a count ("the team", "the two leaders", "the national team"), plural when asked."""
    nouns = []
    for j in range(k - 1, max(-1, k - 4), -1):
        w = words[j][1]
        if w.lower() in SUBJECT_OPENERS:
            head = nouns[0] if nouns else ""
            return bool(head) and (not plural or (head.endswith("s") and not head.endswith("ss")))
        if not w.islower() or w in LIGHT_WORDS or w.endswith(("ly", "'s", "’s")) or \
                _is_past_form(w):  # "the minister's visits": a noun after a possessive
            return False
        nouns.append(w)
    return False


def _compound_name_subject(words: list[tuple[int, str]], k: int) -> bool:
    """Whether word ``k`` follows a name or a noun phrase that ends subjects joined by "and"
    ("Israel and Syria", "He and Arafat", "He and the union leader"): a plain verb form is
    then plural."""
    if k >= 2 and words[k - 1][1][0].isupper() and words[k - 2][1].lower() in \
            PARTICIPLE_DETERMINERS:
        return False  # "and made his England debut in March": a name in a noun phrase
    return (words[k - 1][1][0].isupper() or _noun_subject(words, k, plural=False)) and any(
        w.lower() == "and" for _, w in words[max(0, k - 6):k - 1])


def _side_subject(words: list[tuple[int, str]], k: int) -> bool:
    """Whether the clause opens with a name right before word ``k`` and nothing else: a club or
    a country, plural in British usage ("Arsenal host Brighton", "Manchester United face
    Leeds"); not "The Senate vote" (a determiner: a noun phrase)."""
    return all(w[:1].isupper() for _, w in words[:k]) and \
        words[0][1].lower() not in SUBJECT_OPENERS


_PAST_FORMS = frozenset(w for w in IRREGULAR
                        if not w.endswith("s") and w not in AMBIGUOUS_PAST_FORMS)


def _is_past_form(word: str) -> bool:
    w = word.lower()
    if w in PAST_AUXILIARIES or w in _PAST_FORMS:
        return True
    return word.islower() and len(w) > 4 and w.endswith("ed") and not w.endswith("eed")




def _infinitive(word: str) -> bool:
    """A lower-case word after "to" that reads as a verb ("to acquire", "to close")."""
    return word.islower() and word not in NOT_INFINITIVES and word not in LIGHT_WORDS and \
        not word.endswith(("s", "ed", "ing", "ly")) or word in BASE_VERBS


_WORD, _BREAK, _PLACE = "word", "break", "place"
_TOKENS: Fact[dict[tuple[int, int], list[tuple[int, str, str]]]] = Fact("clause_tokens",
                                                                        lambda doc: {})


def _clause_tokens(doc: Document, s: int, e: int) -> list[tuple[int, str, str]]:
    """(position, word, role) of the ``_CLAUSE_TOKEN`` tokens of doc.text[s:e], read once per
    span and document: role ``_WORD``; ``_BREAK`` for a mark that cuts a clause; ``_PLACE``
    for a place's comma, which cuts none ("the Peoria, Ill., bank"); or the lower-case word
    that opens a clause ("that", "which")."""
    known = _TOKENS(doc)
    if (s, e) in known:
        return known[(s, e)]
    text = doc.text
    out = []
    for m in _CLAUSE_TOKEN.finditer(text, s, e):
        word, pos = m.group(0), m.start()
        if word == "," and (_PLACE_COMMA.match(text, pos) or
                            _PLACE_COMMA_AFTER.search(text, max(s, pos - 10), m.end())):
            role = _PLACE
        elif not word[0].isalpha():
            role = _BREAK
        elif (low := word.lower()) in CLAUSE_OPENERS:
            role = low
        else:
            role = _WORD
        out.append((pos, word, role))
    known[(s, e)] = out
    return out


def _clause_tense(doc: Document, start: int, end: int) -> str | None:
    """"future", "past" or None: the tense marker nearest the expression text[start:end]
    within its clause; for a fronted date ("On Tuesday, ...") the clause after it. Other
    clauses of the sentence can only say "past" (news reports the past; a future elsewhere in
    the sentence is weak evidence for this date)."""
    text = doc.text
    s, e = _sentence(doc, start, end)
    clauses: list[list[tuple[int, str]]] = [[]]
    openers: list[str] = [""]
    own = None
    for pos, word, role in _clause_tokens(doc, s, e):
        if own is None and pos >= start:
            own = len(clauses) - 1  # the clause the expression sits in
        if start <= pos < end or role is _PLACE:
            continue
        if role is not _WORD:  # a break, or the word that opens a clause
            if clauses[-1] or own == len(clauses) - 1:
                clauses.append([])
                openers.append("")
            if role is not _BREAK:
                openers[-1] = role
            continue
        clauses[-1].append((pos, word))
    if own is None:
        own = len(clauses) - 1
    headline = getattr(doc.sentence_at(start), "kind", "") == "headline"
    if clauses[own]:
        tense = _tense_of(text, clauses[own], start, end)
        if tense == "present" and headline:
            tense = None  # headlines tell the past in the present tense
        if tense:
            return None if tense == "neutral" else tense
    if openers[own] in CONDITIONAL_OPENERS:
        return "future"  # "if he is the nominee in November"
    if openers[own] in ("who", "which") and clauses[own] and \
            clauses[own][0][1] in SCHEDULE_VERBS:
        return "present"  # "Leeds, who play Norwich on Sunday": a plural's schedule
    if own >= 2 and clauses[own] and clauses[own - 2] and openers[own - 1] in ("who", "which") \
            and (clauses[own][0][1] in SCHEDULE_VERBS or _schedule_verb(clauses[own][0][1])):
        # "Albion, who have won five of their last six, travel to Millbrook on Tuesday": the
        # subject's schedule after its relative aside, whose tense is not the verb's
        return "present"
    fronted = all(w.lower() in LIGHT_WORDS for _, w in clauses[own])
    if fronted and own + 1 < len(clauses) and clauses[own + 1]:
        tense = _tense_of(text, clauses[own + 1], start, end)
        if tense:
            return None if tense == "neutral" else tense
    if fronted and clauses[own] and clauses[own][0][1].lower() in ("and", "or", "then") and \
            own > 0 and clauses[own - 1]:
        # "will be reviewed in the spring, and again in the autumn": the clause it shortens
        tense = _tense_of(text, clauses[own - 1], start, end)
        if tense in ("future", "past"):
            return tense
    if openers[own] in ("before", "after") and own > 0 and clauses[own - 1]:
        # a preposition, not a clause, when its words have no tense ('is due to appear before
        # Bristol magistrates on Friday'): the clause it ends
        tense = _tense_of(text, clauses[own - 1], start, end)
        if tense == "future" and openers[own] == "after" and clauses[own] and \
                clauses[own][0][1].endswith("ing"):
            # "will be sentenced on Friday after pleading guilty in February": what was done
            # before a happening ahead may lie on either side of now
            return None
        if tense:
            return None if tense == "neutral" else tense
    for k in (own + 1, own - 1):
        if 0 <= k < len(clauses) and clauses[k] and \
                _tense_of(text, clauses[k], start, end) == "past":
            return "past"
    everything = [w for c in clauses for w in c]
    return "past" if everything and _tense_of(text, everything, start, end) == "past" else None


_BACKSHIFTED = frozenset({"was", "were"})
# What may come between "is" and the date it is ("is Friday", "is on Saturday", "is set for
# March 20"): a happening's day, which lies ahead (not "is in": "than there are in 2016" is a
# state of that year).
_COPULA_TO_DATE = re.compile(r"\s+(?:(?i:set|scheduled|slated|due|expected)\s+)?"
                             r"(?:(?i:for|on|at)\s+)?")
# What may follow "is" after the date it is ("Kick-off on Saturday is at 3pm", "the vote on
# Tuesday is due to ..."): a happening named by its day, whose time or schedule lies ahead
# (not "the attack on Tuesday is the latest", "is expected to raise tensions": a day past).
_COPULA_AFTER_DATE = re.compile(r"\s+(?i:is|are)\s+(?:(?i:at)\s+\d|"
                                r"(?i:(?:set|scheduled|slated|due)\s+(?:to|for|at)\b))")
_REPORT_WORD = re.compile(r"\b(?:said|says|told|tells)\b")
_COORDINATOR = re.compile(r"\b(?:and|but)\b")


def _reported(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` (its stretch between full stops or line breaks) has
    a word of a report ("said", "told")."""
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e != -1]
    return _REPORT_WORD.search(text, a, min(ends, default=len(text))) is not None


def _future_phrases(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of what ``_FUTURE_PHRASE.finditer(text, a, b)`` finds, read on the
    lower-cased text[a:b] when lower case keeps its offsets and matches."""
    low = lower_window(text, a, b)
    if low is None:
        return [m.span() for m in _FUTURE_PHRASE.finditer(text, a, b)]
    window = low[0]
    # a phrase may start at a only when no word character or apostrophe comes before it
    first = 1 if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_'’") else 0
    return [(a + m.start(), a + m.end()) for m in _FUTURE_PHRASE_LOWER.finditer(window, first)]


def _tense_of(text: str, words: list[tuple[int, str]], start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None

    def consider(pos: int, length: int, tense: str, weight: int = 1) -> None:
        nonlocal best
        if pos >= end and _COORDINATOR.search(text, end, pos):
            # "was sent home on Friday and will resume on Monday": the verb after "and" is
            # another verb's, whose tense is its own
            weight *= 10
        dist = start - pos - length if pos < start else (pos - end) * weight
        if best is None or dist < best[0] or (dist == best[0] and tense == "future"):
            best = (dist, tense)

    a, b = words[0][0], words[-1][0] + len(words[-1][1])
    for ms, me in _future_phrases(text, a, b):
        if not (start <= ms < end):
            before = _WORDS_BEFORE.search(text, max(a, ms - 30), ms)
            in_past = before and FUTURE_IN_PAST & set(before.group(0).lower().split())
            if in_past and in_past <= _BACKSHIFTED and _reported(text, ms):
                # "officials said the river was expected to crest on Monday": reported speech
                # shifts "is expected" back a tense; the expectation still points ahead
                in_past = set()
            # "had been due to", "was planning to": a future seen from the past says nothing;
            # "said Tuesday it would": a pronoun after the date opens the reported clause
            reported = ms >= end and before and \
                before.group(0).split()[-1].lower() in SUBJECT_PRONOUNS
            consider(ms, me - ms, "neutral" if in_past else "future", 3 if reported else 1)
    lows = [w.lower() for _, w in words]  # each word lower-cased once, not once per look
    skip = -1
    for k, (pos, w) in enumerate(words):
        low = lows[k]
        before = lows[k - 1] if k else ""
        if low in ("is", "are") and pos < start and _COPULA_TO_DATE.fullmatch(
                text, pos + len(w), start) and text[end:end + 2] not in ("'s", "’s"):
            # "the funeral is on Friday": a day ahead (not "it is Tuesday's vote that ...")
            consider(pos, len(w), "present")
            continue
        if low in ("is", "are") and pos >= end and _COPULA_AFTER_DATE.match(text, end):
            consider(pos, len(w), "present")  # "Kick-off on Saturday is at 3pm": ahead
            continue
        if low in ("has", "have") and k + 1 < len(words) and (
                lows[k + 1] == "been" or _is_past_form(words[k + 1][1])):
            # "has received": a present perfect reports the past, but what it sets up lasts
            # "until" a day ahead ("has issued a warning from 6pm on Friday until Saturday")
            if pos < start and _ends_a_period(text, start, end):
                consider(pos, len(w), "future")
                skip = k + 2 if lows[k + 1] == "been" and k + 2 < len(words) else k + 1
                continue  # (its participle says no more)
            consider(pos, len(w), "past")
            continue
        if k == skip:
            continue
        if before in PASSIVE_AUXILIARIES and (low.endswith("ed") or low in _PAST_FORMS):
            continue
        if w in ("may", "can"):  # lower case: the modal, not the month
            consider(pos, len(w), "future")
            continue
        if low == "could" and k + 1 < len(words) and _infinitive(words[k + 1][1]) and \
                lows[k + 1] not in PAST_COULD_AFTER:
            consider(pos, len(w), "future")  # "rain could fall by Thursday"
            continue
        if k and w.endswith("s") and _schedule_verb(w) and (
                before in SCHEDULE_SUBJECTS or words[k - 1][1][0].isupper()
                or _noun_subject(words, k, plural=False)):
            consider(pos, len(w), "present")  # "Obama visits China on Monday", "the team plays"
            continue  # "should be completed": a participle, its tense is the auxiliary's
        if k and w in SCHEDULE_VERBS and (before in PLURAL_SUBJECTS or
                                          _noun_subject(words, k, plural=True) or
                                          _compound_name_subject(words, k) or
                                          _side_subject(words, k)):
            consider(pos, len(w), "present")  # "they meet on Friday", "the two leaders meet",
            continue  # "He and Arafat meet Monday", "Arsenal host Brighton on Saturday"
        if low == "to" and pos < start and k + 1 < len(words) and _infinitive(words[k + 1][1]) \
                and not text[pos + 2:words[k + 1][0]].strip():  # "to $16.25 in": no verb
            in_past = FUTURE_IN_PAST & {x.lower() for _, x in words[max(0, k - 5):k]} or \
                (k and _is_past_form(words[k - 1][1]))
            # "expects to close" is ahead; "started to heat up", "was to close" say nothing
            consider(pos, len(w), "neutral" if in_past else "future")
        if _is_past_form(w) and not (low.endswith("ed") and _after_determiner(words, k)):
            # "a still unspecified date": an adjective; a regular -ed form after the date
            # counts a third ("double its flights by August for markets untouched by ...")
            regular = low not in PAST_AUXILIARIES and low not in _PAST_FORMS
            consider(pos, len(w), "past", 3 if regular and pos >= end else 1)
    return best[1] if best else None




def _after_determiner(words: list[tuple[int, str]], k: int) -> bool:
    """Whether word ``k`` follows a determiner, maybe across an adverb ("a still ...")."""
    before = [w.lower() for _, w in words[max(0, k - 2):k]]
    return bool(before) and (before[-1] in PARTICIPLE_DETERMINERS or (
        len(before) == 2 and before[-1] in ADJECTIVE_ADVERBS and before[0] in PARTICIPLE_DETERMINERS))

