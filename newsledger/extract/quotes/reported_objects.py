"""Reported speech whose content is the object of the verb, not a clause: requests ('urged the
council to reopen the road', 'called for an inquiry'), judgements and accusations ('accused
the mayor of misleading voters', 'criticized the plan'), commitments ('vowed to cut taxes'),
questions ('asked whether the road would reopen') and statements named by their object
('cited the rising cost of rent', 'denied any wrongdoing', 'announced a new budget'). The
span is the object, to where the clause stops (``reported_ends._content_end``): what the
speaker asked for, accused of, promised, asked or cited. The speaker is read as for the
clauses (``reported_speakers``): the phrase before the verb, or, for a participle ('…,
citing …'), the subject of its sentence.

Verbs that take a clause are read as clauses first ('announced that …', 'warned that …',
'told reporters the deal was done'); these finders run after the clause rows of
``reported.py`` found nothing. A verb with no object of words ('he said he would', 'asked
about it') or whose object is a preposition ('cited in the report', 'praised by critics':
passives) gives no row.
"""
from __future__ import annotations

import re

from newsledger.lexicon.people import OBJECT_PRONOUNS, PLURAL_SPEAKERS
from newsledger.lexicon.speech import CUE_FILLERS, REPORTED_PARTICIPLES
from newsledger.lexicon.speech_objects import (ADMISSION_LEMMAS, DURATION_WORDS,
                                               EMPTY_OBJECT_HEADS, EVENT_NOUNS,
                                               EVENT_OBJECT_LEMMAS, GERUND_OBJECT_LEMMAS,
                                               NOT_ADMITTED, NOT_GERUNDS, OBJECT_CUES,
                                               OBJECT_LEMMAS_OF_CUES, OBJECT_PARTICIPLES, OFFENCES,
                                               PARTICLE_OBJECTS, PROPOSITION_NOUNS,
                                               PROPOSITION_OBJECT_LEMMAS)

from .reported_clauses import (_BASE_FORMS, _CLOSERS, _VERB_FORMS, _PREPOSITIONS,
                               _TIME_WORDS, REPORTED_CUES, Cue, _words)

# Question words that open a reported question ('asked whether …', 'wondered why …').
_QUESTION_WORDS = frozenset({"whether", "if", "why", "what", "how", "who", "whom", "when",
                             "where", "which", "whose"})
# Words that can open the object of a verb of saying: a noun phrase or an infinitive.
_NOT_OBJECT = (_PREPOSITIONS - {"this", "last", "first"}) | _CLOSERS | frozenset({
    "that", "and", "or", "but", "nor", "so", "as", "not", "it", "itself", "is", "was",
    "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
    "should", "can", "may", "might", "must", "do", "does", "did", "he", "she", "they", "we",
    "i", "you", "there", "here", "out", "up", "down", "off", "away", "back", "then", "too",
    "'s", "’s", "such", "than"})
# Particles that follow a verb of warning or asking before its object ('warned of a strike').
_WARN_PARTICLES = frozenset({"of", "about", "against"})


def lemma_kind(q: Cue) -> tuple[str, str] | None:
    """The lemma and the kind of object the verb of ``q`` takes ('urged' -> ('urge',
    'request')), or None when it takes no object of speech (read once per verb)."""
    if q.object_verb is False:
        q.object_verb = _lemma_kind(q)
    return q.object_verb  # type: ignore[return-value]


def _lemma_kind(q: Cue) -> tuple[str, str] | None:
    word = q.word.lower()
    word = " ".join(word.split())
    if q.m.group("obj") is not None:
        return OBJECT_CUES.get(word)
    if q.m.group("objpart") is not None or (q.m.group("part") is not None
                                            and word in OBJECT_PARTICIPLES):
        lemma = OBJECT_PARTICIPLES.get(word)
        if lemma is None:
            return None
        kind = OBJECT_CUES.get(lemma, (lemma, OBJECT_LEMMAS_OF_CUES.get(lemma)))[1]
        return (lemma, kind) if kind else None
    if q.m.group("cue") is not None:
        lemma = REPORTED_CUES.get(q.word, q.word)
        kind = OBJECT_LEMMAS_OF_CUES.get(lemma) or ("object" if lemma in
                                                    _NOUN_GUARDED_LEMMAS else None)
        return (lemma, kind) if kind else None
    return None


# Verbs read for a clause whose object is a statement only with a noun that carries a
# proposition, or a gerund, heading it.
_NOUN_GUARDED_LEMMAS = PROPOSITION_OBJECT_LEMMAS | GERUND_OBJECT_LEMMAS | EVENT_OBJECT_LEMMAS


def _gerund_object(words: list[re.Match], k: int) -> bool:
    """Whether words[k] is a gerund opening the object ('reported raising $9 million',
    'acknowledged urging his staff to …'), not a noun in -ing ('reported meeting', 'said
    nothing')."""
    word = words[k].group(0)
    return word.endswith("ing") and len(word) > 5 and word.islower() and \
        word not in NOT_GERUNDS and word not in REPORTED_PARTICIPLES and \
        k + 1 < len(words) and words[k + 1].group(0) not in _CLOSERS and \
        words[k + 1].group(0).lower() not in _PREPOSITIONS  # (not 'fees he reported receiving
    # in May': the gerund's object is the noun before it; 'telling fans that …' is read as a
    # participle of its own)


# Words that end the head of a noun phrase object ('his support [for] the deal', 'her thanks
# [to] the president', 'his intention [to] vote'), or a time after it ('his candidacy [last]
# year', 'a ceasefire [yesterday]').
_HEAD_STOPS = frozenset({"that", "and", "or", "but", "to", "as", "from", "with", "by", "for",
                         "of", "on", "in", "at", "over", "after", "before", "about", "amid",
                         "despite", "during", "since", "until", "which", "who", "while",
                         "into", "against", "under", "between", "among", "toward", "towards",
                         "last", "earlier", "yesterday", "today", "tonight"})


def _possessive_her(words: list[re.Match], k: int) -> bool:
    """Whether 'her' at words[k] is a possessive with a noun phrase of at least two more
    words ('criticized her party's tax plans', 'praised her handling of the crisis'), not
    the object pronoun ('praised her yesterday', 'criticized her for …')."""
    nxt = [w.group(0) for w in words[k + 1:k + 3]]
    return len(nxt) == 2 and all(w[:1].islower() or w[:1].isdigit() for w in nxt[:1]) and \
        nxt[0].lower() not in _NOT_OBJECT and nxt[0].lower() not in _TIME_WORDS and \
        nxt[0].lower() not in CUE_FILLERS and not nxt[0].endswith("ly") and \
        nxt[1] not in _CLOSERS


def _about_object(words: list[re.Match], k: int) -> bool:
    """Whether words[k] opens what a question was about ('the delay', 'that vote', 'those
    claims'), a demonstrative included."""
    return _opens_object(words, k) or (k < len(words) and words[k].group(0).lower() in (
        "that", "this", "these", "those"))


def proposition_object(words: list[re.Match], k: int) -> bool:
    """Whether the noun phrase opened by words[k] is headed by a noun that carries a
    proposition (``PROPOSITION_NOUNS``: 'his resignation', 'her thanks to …', 'a loss of
    …'), its head being its last word before a preposition, a conjunction or punctuation
    within five words."""
    return _phrase_head(words, k) in PROPOSITION_NOUNS


def event_object(words: list[re.Match], k: int, lemma: str) -> bool:
    """Whether the noun phrase at words[k], the object of ``lemma``, names a measure, a change
    or an outcome that the verb reports ('unveiled plans for …', 'confirmed the closure of
    …', 'predicted a fall in …'; ``EVENT_NOUNS``)."""
    return lemma in EVENT_OBJECT_LEMMAS and _phrase_head(words, k) in EVENT_NOUNS


def _phrase_head(words: list[re.Match], k: int) -> str | None:
    """The head of the noun phrase opened by words[k]: its last word before a preposition, a
    conjunction or punctuation, within five words (else None)."""
    head = None
    for j in range(k, len(words)):
        word = words[j].group(0)
        low = word.lower().rstrip(".")
        if word in _CLOSERS or low in _HEAD_STOPS or word in ("'s", "’s"):
            break
        if j - k >= 5:
            return None  # (no end to the phrase within five words: no head read)
        head = low
    return head


def _admitted_object(words: list[re.Match], k: int) -> bool:
    """Whether the noun phrase at words[k] is something admitted ('the scale of the problem',
    'Labour's deep unpopularity'), not a person or a gesture ('the crowd', 'Mr. Ruiz')."""
    head = _phrase_head(words, k)
    if head is None or any(w.group(0).lower() in NOT_ADMITTED or
                           w.group(0).lower() in PLURAL_SPEAKERS for w in words[k:k + 3]):
        return False  # (the head or a word before it: 'the crowd outside the court')
    return not words[k].group(0)[:1].isupper() or any(
        w.group(0) in ("'s", "’s") or w.group(0).endswith(("'s", "’s", "s'"))
        for w in words[k:k + 4])  # ('Lee's mistake': a possessive, not a person)


_TIME_ADVERBS = _TIME_WORDS - {"on", "this", "last"}  # (made once)


def _skip_fillers(words: list[re.Match], k: int = 0) -> int:
    """Past adverbs and time words right after the verb ('urged Monday', 'cited again',
    'on Tuesday called for')."""
    while k < len(words):
        w = words[k].group(0)
        low = w.lower()
        if low == "further" and k + 1 < len(words) and words[k + 1].group(0)[:1].isalpha() \
                and words[k + 1].group(0).lower() != "that":
            break  # 'called for further action', 'announced further cuts': the object's own
        if low in CUE_FILLERS or low in _TIME_ADVERBS or \
                (low.endswith("ly") and w[:1].islower() and len(low) > 4):
            k += 1
        elif low in ("on", "last", "this") and k + 1 < len(words) and \
                words[k + 1].group(0).lower() in _TIME_WORDS:
            k += 2
        else:
            break
    return k


def _opens_object(words: list[re.Match], k: int) -> bool:
    """Whether words[k] can open a noun phrase object ('the plan', 'Clinton's record',
    'more school investment', '$30 billion')."""
    if k >= len(words):
        return False
    w = words[k].group(0)
    return w.lower() not in _NOT_OBJECT or \
        (w[:1].isupper() and w.lower() not in ("he", "she", "they", "we", "it", "i"))


def _hearer_then_to(words: list[re.Match], k: int, limit: int = 8) -> int | None:
    """The index of 'to' after a hearer ('urged [the council] to', 'called on [Mr. Ruiz and
    his deputy] to'), with a verb after it; None when no such 'to' comes before punctuation
    or a preposition ('told Yahoo in an interview'). A list of names ('asked Ruiz, Lee and
    Park to …'), a relative clause or an apposition set off by commas ('urged Ruiz, who chairs
    the board, to …', 'asked Tom Hale, the chair of the panel, to …') stay in the hearer."""
    j, stop = k, min(len(words), k + limit + 1)
    while j < stop:
        w = words[j].group(0)
        low = w.lower()
        if low == "to" and j > k and j + 1 < len(words):
            after = words[j + 1].group(0)
            return j if after[:1].islower() and (after.lower() not in _NOT_OBJECT or
                                                 after.lower() in _BASE_AUXILIARIES) and \
                after.lower() not in _NOT_VERB_AFTER_TO else None
        if w == "," and j > k and j + 1 < len(words) and words[j - 1].group(0)[:1].isupper():
            nxt = words[j + 1].group(0)
            if nxt[:1].isupper() and nxt.lower() not in _NOT_OBJECT:
                j += 1  # a list of names
                continue
            if nxt.lower() in ("who", "which", "the", "a", "an", "his", "her", "their", "its"):
                # (a relative clause or an apposition on the name: 'asked Tom Hale, the chair
                # of the panel, to …')
                close = next((i for i in range(j + 2, min(len(words), j + 16))
                              if words[i].group(0) in _CLOSERS), None)
                if close is not None and words[close].group(0) == ",":
                    j, stop = close + 1, min(len(words), close + 3)
                    continue  # the aside, then 'to' at once
            return None
        if w in _CLOSERS or low in ("that", "who", "which", "whether", "if") or \
                (low in _PREPOSITIONS and low != "of") or low.endswith("ing"):
            return None
        j += 1
    return None


# Verbs among the words that open no object that an infinitive may start with ('urged them
# to do more', 'asked voters to be patient', 'told staff to have their passes ready').
_BASE_AUXILIARIES = frozenset({"be", "do", "have"})
# Words after 'to' that make it a preposition, not an infinitive ('told Yahoo to its face').
_NOT_VERB_AFTER_TO = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my",
                                "your", "this", "these", "those", "every", "all", "some",
                                "any", "no", "each", "both", "one", "two", "whom"})


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
# Words that open the label after 'called X' ('a liar', 'reckless', 'her hero').
_LABEL_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "my", "our", "one",
                            "too", "very", "so", "more", "most", "deeply", "totally",
                            "completely", "utterly", "simply", "absolutely"})


_TIME_NOUNS = frozenset({"day", "week", "month", "year", "few", "couple", "second", "minute",
                         "hour", "number", "lot", "little", "bit", "half", "moment", "dozen",
                         "hundred", "thousand", "million", "total"})
# Quantities that open a bare object of "call" as a telephone call ('called half a dozen
# directors', 'called several donors').
_QUANTITIES = frozenset({"half", "dozens", "several", "many", "some", "both", "all", "each",
                         "every", "few", "most", "hundreds", "thousands", "two", "three", "four",
                         "five", "six", "seven", "eight", "nine", "ten"})
_ADJECTIVE_ENDS = ("ous", "ful", "ive", "ent", "ant", "ble", "ic", "al", "ed", "less", "ish",
                   "ing")


def _named_as(words: list[re.Match], k: int) -> int | None:
    """'called [him] a liar', 'called [Mr. Ruiz] dishonest': the object (a pronoun or a name)
    when a label follows it, not a place or a time ('called snap elections', 'now called
    Riverside Park', 'called him back')."""
    if k >= len(words):
        return None
    text_of = [w.group(0).rstrip(".") or w.group(0) for w in words]  # ('unworkable.')
    first = text_of[k]
    j = k + 1
    if first.lower() in ("him", "her", "them", "it") or first.lower() in _REFLEXIVES:
        pass
    elif first[:1].isupper() and first.lower() not in _NOT_OBJECT:
        while j < len(words) and text_of[j][:1].isupper():
            j += 1
    elif first.lower() == "the" and j < len(words) and text_of[j][:1].islower():
        j += 1  # 'called the plan reckless': a short noun phrase, then an adjective
        while j < min(len(words), k + 4) and text_of[j][:1].islower() and \
                text_of[j].lower() not in _LABEL_OPENERS and \
                not text_of[j].endswith(_ADJECTIVE_ENDS):
            j += 1
        if j >= len(words) or (text_of[j].lower() not in _LABEL_OPENERS
                               and not text_of[j].endswith(_ADJECTIVE_ENDS)):
            return None
        return words[k].start()
    elif first[:1].islower() and first.lower() not in _NOT_OBJECT and \
            first.lower() not in _LABEL_OPENERS and first.lower() not in OBJECT_PRONOUNS and \
            first.lower() not in _QUANTITIES:
        # 'called climate change a hoax': a bare noun phrase of up to three words, then "a"
        while j < min(len(words), k + 3) and text_of[j][:1].islower() and \
                text_of[j].lower() not in ("a", "an") and text_of[j].lower() not in _NOT_OBJECT:
            j += 1
        if j + 1 >= len(words) or text_of[j].lower() not in ("a", "an") or \
                text_of[j + 1].lower() in _TIME_NOUNS:
            return None  # (not 'called police a day later')
        return words[k].start()
    else:
        return None
    if j >= len(words):
        return None
    label = text_of[j]
    if any(w.group(0) in ('"', "“", "‘", "''", "``") or w.group(0).startswith(("''", "``"))
           for w in words[j:j + 3]):
        return None  # 'called it the "hottest thing going"': the quoted label is a partial quote
    low = label.lower()
    if label in _CLOSERS and label not in ('"', "“", "‘") or low in _NOT_OBJECT or \
            low in ("back", "up", "out", "off", "over", "home", "again", "today", "yesterday",
                    "tonight", "last", "this", "every", "each", "to", "for", "on", "in"):
        return None
    if label[:1].isupper() and low not in _LABEL_OPENERS:
        return None  # 'called Riverside Park Monday'
    if label[:1].isdigit() or (low in _VERB_FORMS and low not in _BASE_FORMS and
                               low not in _LABEL_OPENERS):
        return None  # 'a band called Copperline played', 'a group called Unit 9, was': a name
    return words[k].start()


# Before 'claim' as a noun: a possessive ("Trump's claim to"), or a name after an article
# ('the Sanders claim to').
_NOUN_CLAIM_BEFORE = re.compile(r"(?:['’]s|(?<![\w'’-])(?i:the|a|an|his|her|their|its|our|this|"
                                r"that)(?:[ \t]+[A-Z][\w'’.-]*)*)[ \t]+\Z")


def _particle_object(text: str, words: list[re.Match], k: int,
                     particles: tuple[str, ...]) -> int | None:
    """The object after a particle of ``particles`` at words[k] ('argued against the
    closure', 'argued in favour of a vote'), not a length of time ('argued for hours')."""
    for particle in particles:
        n = particle.count(" ") + 1
        if " ".join(w.group(0).lower() for w in words[k:k + n]) != particle:
            continue
        j = k + n
        if j < len(words) and _opens_object(words, j) and \
                words[j].group(0).lower() not in OBJECT_PRONOUNS and \
                not (words[j].group(0).lower() in DURATION_WORDS and (
                    words[j].group(0).lower().endswith("s") or j + 1 < len(words) and
                    words[j + 1].group(0).lower() in DURATION_WORDS)):
            return words[j].start()
    return None


# What opens the accused of 'charged … with': a determiner, a number, a pronoun or a name.
_ACCUSED_OPENERS = frozenset({"a", "an", "the", "two", "three", "four", "five", "six",
                              "several", "his", "her", "their", "its"}) | OBJECT_PRONOUNS


def _charged_with(words: list[re.Match], k: int) -> bool:
    """Whether words[k] opens the accused of a charge, an offence after 'with' (``OFFENCES``:
    'charged two men, Al Reed and Tom Hale, with fraud', 'charged him with murder'), not a
    price, a task or an adjective ('charged £5 for entry', 'charged the inspectors with
    verifying …', 'a politically charged debate with')."""
    first = words[k].group(0)
    if not (first.lower() in _ACCUSED_OPENERS or first[:1].isupper() or first[:1].isdigit()):
        return False
    for j in range(k + 1, min(len(words) - 1, k + 12)):
        w = words[j].group(0)
        if w.lower() == "with":
            return any(x.group(0).lower().rstrip(".") in OFFENCES for x in words[j + 1:j + 6])
        if (w in _CLOSERS and w != ",") or w.lower() in ("that", "which", "for", "to", "after",
                                                         "before", "in", "on", "at"):
            return False
    return False


_GAP_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would",
                              "could", "can", "may", "might", "should", "must"})


_NOUN_OBJECT_LEMMAS = PROPOSITION_OBJECT_LEMMAS | EVENT_OBJECT_LEMMAS  # (made once)


def object_start(q: Cue, kinds: frozenset[str]) -> int | None:
    """Where the object of speech after the verb of ``q`` starts, for a verb of one of
    ``kinds``; None when the verb has none."""
    found = lemma_kind(q)
    if found is None or found[1] not in kinds and not (
            found[0] in ("ask", "warn") and "request" in kinds):
        return None
    lemma, kind = found
    words = _words(q.text, q.m.end(), q.s1, 24)
    k = _skip_fillers(words)
    if any(w.group(0) in _GAP_AUXILIARIES for w in words[:k + 1]):
        return None  # 'The figure the chairman cited (on Monday) has been disputed …': the
        # verb's object is the noun before it (a relative clause without its pronoun)
    if k >= len(words):
        return None
    first = words[k].group(0)
    low = first.lower()
    if lemma in ("ask", "wonder", "question") and "question" in kinds:
        # 'asked (the mayor) whether …', 'wondered why …', 'questioned whether …'
        for j in range(k, min(len(words), k + 7)):
            w = words[j].group(0)
            if w.lower() in _QUESTION_WORDS and j + 1 < len(words) and \
                    words[j + 1].group(0) not in _CLOSERS:
                return words[j].start()
            if w in _CLOSERS or (j > k and w.lower() == "to"):
                break
        if lemma == "question" and _opens_object(words, k) and low not in OBJECT_PRONOUNS:
            return words[k].start()  # 'questioned the health of …'
        if lemma == "ask" and low == "about" and _about_object(words, k + 1):
            return words[k + 1].start()  # 'asked about the delay'
        if lemma == "ask" and low in ("by", "at", "during", "on", "in", "later", "again",
                                      "repeatedly", "recently"):
            # 'Asked by a reporter on Monday about the delay, …', 'asked at a briefing in
            # Leeds about …': the asker or the occasion, then the question
            for j in range(k + 1, min(len(words) - 1, k + 9)):
                w = words[j].group(0)
                if w in _CLOSERS or w.lower() in ("to", "whether", "if", "that", "for", "and",
                                                  "but", "who", "which"):
                    break
                if w.lower() == "about" and _about_object(words, j + 1):
                    return words[j + 1].start()
        if lemma == "ask" and (low in OBJECT_PRONOUNS or low in ("us", "me") or
                               first[:1].isupper() or low in ("the", "a", "an")):
            for j in range(k + 1, min(len(words) - 1, k + 6)):
                w = words[j].group(0)
                if w in _CLOSERS or (w[:1].islower() and w.lower() not in ("the", "a", "an")
                                     and j > k + 2):
                    break
                if w.lower() == "about" and _opens_object(words, j + 1):
                    return words[j + 1].start()  # 'asked the minister about the delay'
        return None
    if "request" in kinds and lemma in ("ask", "warn", "tell", "remind", "challenge",
                                        "urge", "call on", "press", "implore", "beg",
                                        "exhort", "appeal to", "call for", "demand", "ask for",
                                        "appeal for"):
        if lemma in ("call on", "call upon") and low == "for" and k > 0 and \
                _opens_object(words, k + 1) and words[k + 1].group(0).lower() not in \
                OBJECT_PRONOUNS:
            return words[k + 1].start()  # 'called on Friday for an inquiry': no hearer
        if lemma == "warn" and low in _WARN_PARTICLES:
            return words[k + 1].start() if _opens_object(words, k + 1) else None
        to = _hearer_then_to(words, k)
        if to is not None and (low in OBJECT_PRONOUNS or _opens_object(words, k)):
            return words[k].start()  # 'urged the council to …': the hearer and the request
        if lemma in ("ask for", "appeal for") and not (
                proposition_object(words, k) or _phrase_head(words, k) in EVENT_NOUNS):
            return None  # 'asked for a glass of water': a thing, not a measure or a stance
        if lemma in ("call for", "demand", "urge", "ask for", "appeal for") and \
                _opens_object(words, k) and low not in OBJECT_PRONOUNS:
            return words[k].start()  # 'called for an inquiry', 'urged caution'
        return None
    if lemma in PARTICLE_OBJECTS:
        return _particle_object(q.text, words, k, PARTICLE_OBJECTS[lemma])
    if kind == "commitment":
        if lemma == "claim" and _NOUN_CLAIM_BEFORE.search(q.text, max(q.s0, q.m.start() - 40),
                                                          q.m.start()):
            return None  # 'rubbished Trump's claim to understand …': the noun
        if low in ("not", "never") and lemma in ("vow", "pledge", "promise") and \
                k + 2 < len(words) and words[k + 1].group(0) == "to" and \
                words[k + 2].group(0)[:1].islower() and \
                words[k + 2].group(0).lower() not in _NOT_OBJECT:
            return words[k].start()  # 'vowed never to return', 'pledged not to raise taxes'
        if low == "to" and k + 1 < len(words) and words[k + 1].group(0)[:1].islower() and (
                words[k + 1].group(0).lower() not in _NOT_OBJECT or
                lemma in ("claim", "vow", "pledge") and
                words[k + 1].group(0).lower() in ("be", "have")):
            return words[k].start()  # 'vowed to cut taxes', 'claims to have seen the car',
            # 'vowed to be tougher on tax avoidance'
        if lemma != "promise":
            return None  # ('pledged delegates', 'threatened species')
        return words[k].start() if _opens_object(words, k) and low not in OBJECT_PRONOUNS \
            else None  # 'promised a new budget'
    if lemma == "call":  # 'called him a liar', 'calls the plan reckless': a name and its label
        if low == "for" and k > 0 and _opens_object(words, k + 1) and \
                words[k + 1].group(0).lower() not in OBJECT_PRONOUNS:
            return words[k + 1].start()  # 'called on Friday for an inquiry': a request
        # a reflexive right after the verb is its object, not a filler ('calls himself a
        # moderate': what he says he is)
        own = next((j for j in range(k) if words[j].group(0).lower() in _REFLEXIVES), None)
        return _named_as(words, k if own is None else own)
    if kind == "object" and lemma not in OBJECT_LEMMAS_OF_CUES and \
            q.m.group("cue") is not None:
        # a verb read for a clause: its object is a statement only when a noun that carries
        # a proposition heads it ('acknowledged his mistake', not 'acknowledged the crowd')
        if lemma in _NOUN_OBJECT_LEMMAS and \
                _opens_object(words, k) and (low not in OBJECT_PRONOUNS or low == "her") and (
                proposition_object(words, k) or
                lemma in ADMISSION_LEMMAS and _admitted_object(words, k) or
                event_object(words, k, lemma)):
            return words[k].start()  # ('her thanks': a possessive)
        return words[k].start() if _gerund_object(words, k) else None
    if lemma in EVENT_OBJECT_LEMMAS and not (proposition_object(words, k) or
                                             event_object(words, k, lemma)):
        return None  # 'unveiled a statue': a thing, not what was said
    if lemma == "charge":
        return words[k].start() if _charged_with(words, k) else None
    if kind in ("judgement", "object"):
        if kind == "object" and _phrase_head(words, k) in EMPTY_OBJECT_HEADS:
            return None  # 'announced the news': it points at a statement, says none
        if low == "her" and (kind == "object" and proposition_object(words, k) or
                             _possessive_her(words, k)):
            return words[k].start()  # ('announced her resignation': a possessive)
        if low in OBJECT_PRONOUNS or low == "us" or low == "me":
            # 'accused him of lying', 'praised them for …': the object needs its reason
            if k + 1 < len(words) and words[k + 1].group(0).lower() in ("of", "for", "as"):
                return words[k].start()
            return None
        return words[k].start() if _opens_object(words, k) else None
    return None

