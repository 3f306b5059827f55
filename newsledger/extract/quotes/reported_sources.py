"""Reported speech, the rows that are not a verb and its clause (rows of
``reported.REPORTED_RULES``): ``according-to`` (any source), ``participle`` (', saying that
…'), the object rows (``request``, ``judgement``, ``commitment``, ``object``, ``question``:
what the verb's object says was said; read by ``reported_objects.py``) and the reported
question put by someone unnamed ('Asked whether …, X said'). Each finder takes a ``Cue`` and
gives a ``Reported`` row or None; ``reported.py`` says what each row reads."""
from __future__ import annotations

import re
from collections.abc import Callable

from newsledger.lexicon.grammar import DETERMINERS
from newsledger.lexicon.people import PERSON_PRONOUNS, PLURAL_SPEAKERS
from newsledger.lexicon.speech import CONTAINERS, EVIDENCE_NOUNS

from .common import alternation
from .filters import evidence_speaker
from .phrases import phrase_after
from .reported_object_ends import object_end
from .reported_objects import event_object, lemma_kind, object_start, proposition_object
from .reported_clauses import (_CUE_WORDS, _OPENER, _VERB_FORMS, MIN_WORDS, Cue, Reported,
                               _has_verb, _is_clause, _words)
from .reported_ends import _content_end
from .reported_heads import _head_noun, _names_people
from .reported_resolve import _resolve
from .reported_speakers import _main_subject, _speaker_before, _with_speaker
from .resolve import speaker_fields
from .subjects import subject
from .reported_starts import _clause_after
from .reported_content import _content
from .reported_set_off import _PARTICIPLE_TAIL


# A possessive's mark right after a name ("Lee's lawyer", "the Joneses' lawyer").
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|[ \t])")
# A title in quote marks inside the source's phrase, and the rest of the phrase to the next
# stop ('according to the "Medicare for all" document he released').
_TITLED_OPENING = re.compile(r"(?:the|a|an|its|his|her|their|this|our)(?:[ \t]+[a-z][\w'’-]*){0,2}")
_TITLE_AFTER = re.compile(r"[ \t]*[\"“][^\"“”,;]{1,60}[\"”][ \t]+[^,;.!?:\"“”()—–]*")


def according_to(q: Cue) -> Reported | None:
    """'According to the council, the road will reopen.' / '..., according to the council.'"""
    if q.m.group("acc") is None:
        return None
    text, s0, s1 = q.text, q.s0, q.s1
    ph = phrase_after(text, q.m.end(), s1 + 1) or _long_source(q)
    if ph is None:
        return None  # (any source: a poll, records or a report are attributed to as a person)
    ps, pe = ph
    titled = _TITLE_AFTER.match(text, pe, s1) if _TITLED_OPENING.fullmatch(text, ps, pe) \
        else None
    if titled is not None:  # 'according to the "Better Roads" report the council published'
        pe = titled.end()
        while pe > ps and text[pe - 1] in " \t":
            pe -= 1
    comma = text.find(",", ps, pe)
    if comma > 0:  # 'according to Ann Lee, a pollster at Yale, the race …'
        second = text[comma + 1:pe].split()
        apposition = bool(second) and second[0][:1].islower() and \
            (text[pe:pe + 1] == "," or not text[pe:s1].strip(" \t.!?\"”")) and \
            not (text[pe - 1:pe].isdigit() and text[pe + 1:pe + 2].isdigit()) and \
            not _has_verb(text, comma + 1, pe, 0) and not (
                second[0].endswith("ing") and second[0] not in _ING_TITLES)
        if apposition and second[0].lower() not in DETERMINERS and \
                text[s0:q.m.start()].strip(" \t,—–-\"“(") and \
                not _is_clause(text, s0, q.m.start()) and \
                not _CONJUNCTION_ONLY.fullmatch(text[s0:q.m.start()].rstrip(" \t,")):
            apposition = False  # 'Other gaps, according to the poll, include age': its verb
        pe = pe if apposition else comma
    info = speaker_fields(text, ps, pe, "according to", q.mentions)
    if not info["speaker_name"]:  # 'an April report in Ars Technica': the name it holds
        # (not a word of the title; not the person of a pronoun or a possessive: 'her agent',
        # "Lee's lawyer" is someone of theirs, unnamed, as speaker_fields reads it; a body's
        # spokesman speaks for it, evaluation/GUIDE.md)
        named = [ent for ms, me, m, ent in q.mentions.between(ps, pe)
                 if ent.kind in ("person", "organization") and me <= pe and
                 (titled is None or not ms < titled.end()) and not (
                     ent.kind == "person" and (m.text.lower() in PERSON_PRONOUNS or
                                               _POSSESSIVE_AFTER.match(text, me)))]
        if named:
            info = {**info, "speaker_kind": named[-1].kind, "speaker_name": named[-1].name}
    info = _document_source(q, ps, pe, info)
    if titled is not None and any(c in (info["speaker_name"] or "") for c in "\"“”"):
        info = {**info, "speaker_name": None}  # (a title's word and its mark are no name)
    before = text[s0:q.m.start()].rstrip()
    after_end = pe
    while after_end < s1 and text[after_end] in " \t":
        after_end += 1
    if not before.strip(" \t—–-") or _CONJUNCTION_ONLY.fullmatch(before):
        # 'According to X, the road will reopen.', 'But according to X, …'
        if text[after_end:after_end + 1] != ",":
            return None
        span = _content(q, after_end + 1)
    elif text[after_end:after_end + 1] in (".", "!", "?", "") or after_end >= s1 or \
            _PARTICIPLE_TAIL.match(text, after_end):
        colon = text.rfind(":", s0, s0 + len(before))  # '… firms: London was …, according to X'
        start = s0 if colon < 0 or q.marks.quoted_at(colon) is not None else colon + 1
        span = _content(q, start, s0 + len(before))  # '…, according to X.'
    elif text[after_end:after_end + 1] == "," and _SUBORDINATE_END.search(before):
        # 'He went, because, according to X, the media would mock him': the clause after
        span = _content(q, after_end + 1)
    elif text[after_end:after_end + 1] == "," and _OPENER.match(before) and \
            _has_verb(before, 0, len(before)) and _is_clause(text, after_end + 1, s1):
        # 'While most were marked secret, according to X, two were …': the main clause
        span = _content(q, after_end + 1)
    elif text[after_end:after_end + 1] == "," and _NOT_GOING_ON.match(text, after_end + 1) and \
            _clause_before(q, s0 + len(before)):
        # '…, according to X, who …' / ', a blow to …': the clause before, set off
        span = _content(q, s0, _content_end(text, s0, s0 + len(before), q.marks))
    else:  # 'The road, according to X, will reopen.'
        span = _content(q, s0)
        if span is not None and not _has_verb(text, *span) and \
                _PAST_AFTER_COMMA.match(text, after_end):
            return Reported(*span, info)  # 'The blaze, according to X, started in …'
    if span is None or not _has_verb(text, *span):
        return None
    return Reported(*span, info)


def _document_source(q: Cue, ps: int, pe: int, info: dict) -> dict:
    """The speaker of 'according to' a document or data ('figures from the Office for National
    Statistics', 'LSEG data', 'a report by the IFS'): the organization that issued it, never a
    person named by the words of the document; unnamed, an anonymous source."""
    text = q.text
    if info["speaker_kind"] == "organization" or _DOCUMENT_NOUN.search(text, ps, pe) is None:
        return info
    words = text[ps:pe].split(",", 1)[0].split()
    heads = [k for k, w in enumerate(words) if w.lower().strip(".,;:") in _DOCUMENT_NOUNS]
    if not heads:
        return info
    k = heads[0]
    issuer = _ISSUER_AFTER.match(" ".join(words[k + 1:]))
    name = issuer.group("name") if issuer is not None else None
    people = [text[ms:me] for ms, me, _, ent in q.mentions.between(ps, pe)
              if ent.kind == "person"]
    if info["speaker_kind"] == "person" and info["speaker_name"] and people and (
            name is None or name in people):
        return info  # ('according to a report by Ann Lee': hers)
    if name is None:
        before = [w for w in words[:k] if w[:1].isupper() and w.lower() not in DETERMINERS]
        name = " ".join(before).removesuffix("'s").removesuffix("’s") or None
    if name is None:
        return {**info, "speaker_kind": "anonymous", "speaker_name": None}
    return {**info, "speaker_kind": "organization", "speaker_name": name}


# What is issued, not said: the head of a source after 'according to' ('figures', 'a report').
_DOCUMENT_NOUNS = frozenset(EVIDENCE_NOUNS | {"report", "reports", "documents", "filings",
                                              "filing", "accounts", "minutes", "release",
                                              "prices", "rankings", "tables", "returns"})
_DOCUMENT_NOUN = re.compile(rf"(?i:{alternation(_DOCUMENT_NOUNS)})")
# The issuer after the document ('figures from the ONS', 'a report by the Institute for …').
# (not 'of': 'a poll of Indiana voters' names whom it asked)
_ISSUER_AFTER = re.compile(r"(?:\w+[ \t]+){0,3}?(?:from|by|at)[ \t]+(?:the[ \t]+)?"
                           r"(?P<name>[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:for|of|and|&)[ \t]+)?"
                           r"[A-Z][\w&.'’-]*)*)")


def _clause_before(q: Cue, end: int) -> bool:
    """Whether the sentence up to ``end`` is a clause, past a fronted adjunct set off by a
    comma ('In Leeds, turnout was below 30 per cent, according to X, which …')."""
    text, s0 = q.text, q.s0
    if _is_clause(text, s0, end):
        return True
    comma = text.find(",", s0, end)
    return comma > 0 and _FRONTED.match(text, s0, comma) is not None and \
        q.marks.quoted_at(comma) is None and _is_clause(text, comma + 1, end)


# A fronted adjunct: a preposition and a few words ('In the first quarter', 'At Anfield').
_FRONTED = re.compile(r"[\s\"“]*(?:(?:But|And|Yet|So)[ \t]+)?(?:In|On|At|For|By|Of|Among|Across|"
                      r"Since|During|After|Before|Until|Over|Under|Within|Outside|Last|This|"
                      r"Earlier|Later)[ \t]+[^,;:\"“”]{1,60}\Z")


# Words in -ing that open an apposition ('according to Sam Lee, acting director of …'); any
# other opens a participle of the sentence ('…, according to its owner, ending 60 years …').
_ING_TITLES = frozenset({"acting", "managing", "outgoing", "incoming", "presiding", "founding",
                         "leading", "reigning", "visiting", "polling"})
_PAST_AFTER_COMMA = re.compile(r",[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{3,}ed\b")
# Before a mid-sentence 'according to X,': a subordinator or conjunction that opens the clause
# after it ('…, because, according to X, the media …').
_SUBORDINATE_END = re.compile(r"(?<![\w'’-])(?:because|since|after|before|although|though|"
                              r"and|but|that|so|while|whereas|if|when)[ \t]*,?\Z")
# After 'according to X,': words that go on no clause of the sentence ('who …', 'which …', an
# apposition 'a blow to …', a verb of the sentence's subject '… and has …', a participle):
# the statement was the clause before the source (not '…, and the top tenth paid …': a
# second clause, attributed too).
_NOT_GOING_ON = re.compile(r"[ \t]+(?:who|whose|which|where|a|an|even|though|although|while|"
                           r"whereas|including|than|with|[a-z]{3,}ing|"
                           r"(?:and|but)[ \t]+(?:also[ \t]+)?"
                           r"(?:has|have|had|is|was|are|were|will|would|[a-z]{3,}(?:ed|s)))\b")
_CONJUNCTION_ONLY = re.compile(r"[\s\"“(]*(?:But|And|Yet|So|Still|Now|Yet|Also|However,?|"
                               r"Instead,?|Meanwhile,?)")


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


# 'was quoted as saying', 'was heard telling', 'was caught on camera saying': the subject of the
# passive said it (not 'as saying' alone: 'such as saying …').
_QUOTED_AS = re.compile(r"[ \t]+(?:is|was|were|are|has[ \t]+been|have[ \t]+been|had[ \t]+been)"
                        r"(?:[ \t]+(?:also|later|reportedly|widely|once))?[ \t]+(?:quoted[ \t]+as|"
                        r"(?:over)?heard|recorded|filmed|caught[ \t]+on[ \t]+(?:camera|tape|video|"
                        r"film))[ \t]+\Z")
_QUOTED_AS_LAST = ("as", "heard", "recorded", "filmed", "camera", "tape", "video", "film")
_PROGRESSIVE = re.compile(r"(?<![\w'’-])(?:is|are|was|were|been|be|keeps|kept)"
                          r"(?:[ \t]+[a-z]+ly)?[ \t]+\Z")
_SUBORDINATE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ss]ince|[Uu]pon|"
                                 r"[Ww]hen|(?:[Aa]side|[Aa]part)[ \t]+from|[Bb]esides|"
                                 r"[Ii]n[ \t]+addition[ \t]+to)[ \t]+(?:also[ \t]+|first[ \t]+)?\Z")
_AND_BEFORE = re.compile(r"(?<![\w'’-])and[ \t]+\Z")
_BY_BEFORE = re.compile(r"(?<![\w'’-])by[ \t]+\Z")  # 'by telling Clinton she had been …'

# ('issued a response saying …', 'at a news conference announcing that …': its speaker's)
_MORE_CONTAINERS = frozenset({"release", "ad", "memo", "video", "conference", "briefing",
                              "response", "reply"})
_CONTAINER_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{alternation(CONTAINERS | _MORE_CONTAINERS)})"
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
        ph = q.phrase_before(said.start("verb"), q.s0)
        info = None if ph is None else _resolve(q, ph)
        if info is not None:
            return info
    head = text[max(q.s0, at - 40):at]
    quoted = _QUOTED_AS.search(text, max(q.s0, at - 50), at) if text[max(q.s0, at - 12):at] \
        .rstrip().endswith(_QUOTED_AS_LAST) else None
    if quoted is not None:  # 'The minister was quoted as saying …': the subject
        ph = q.phrase_before(quoted.start(), q.s0)
        return None if ph is None else _resolve(q, ph)
    progressive = _PROGRESSIVE.search(head)
    info = None
    with_np = _with_speaker(q) if progressive is None else None
    if progressive is not None:  # 'some are quietly saying it is time …'
        back = max(q.s0, at - 40) + progressive.start()
        ph = q.phrase_before(back, q.s0)
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


# A comma and the main clause's verb, after a relative clause ('…, will return the favor').
_MAIN_GOES_ON = re.compile(r",[ \t]+(?:will|would|has|have|had|is|was|are|were|can|could|"
                           r"should|must|may|might)[ \t]")


# Two objects after 'denied': what was withheld and from whom ('denied the nominee a hearing',
# 'denied him bail', 'denied them entry'), not a denial of what was said.
_WITHHELD = re.compile(r"(?:(?:him|them|us|me)[ \t]+(?!that\b|of\b|to\b|in\b|on\b|at\b|for\b)"
                       r"[a-z]|(?:the|his|her|their|its|[A-Z][\w'’-]*)(?:[ \t]+(?!(?:that|which|who|in|of|to|"
                       r"on|at|for|from|with|by|through|during|over|about|as)\b)[\w'’-]+){0,3}?"
                       r"[ \t]+(?:a|an|any)[ \t])")


def _object_row(kinds: frozenset[str]) -> Callable[[Cue], Reported | None]:
    """A finder for verbs whose object is what was said, of the given kinds
    (``reported_objects``): the object to the end of its clause, and the speaker before
    the verb (or, for a participle, the participle's)."""
    def find(q: Cue) -> Reported | None:
        start = object_start(q, kinds)
        if start is None:
            return None
        if "object" in kinds and (lemma_kind(q) or ("",))[0] == "deny" and \
                _WITHHELD.match(q.text, start, q.s1):
            return None  # 'denied the nominee a hearing', 'denied him bail': nothing said
        end = _content_end(q.text, start, q.s1, q.marks, q.s0, q.m.start(), q.m.end())
        # an object headed by a noun that carries a proposition says enough in two words
        # ('announced his resignation', 'denied the allegations', 'promised a veto',
        # 'confirmed his death')
        head_words = _words(q.text, start, q.s1, 8)
        least = 2 if kinds & {"object", "commitment"} and (
            proposition_object(head_words, 0) or
            event_object(head_words, 0, (lemma_kind(q) or ("",))[0])) else MIN_WORDS
        span = _content(q, start, object_end(q.text, start, end, q.marks,
                                             (lemma_kind(q) or ("",))[0] != "call", least),
                        min_words=least)
        if span is None:
            return None
        participle = q.m.group("part") is not None or q.m.group("objpart") is not None
        info = _participle_speaker(q) if participle else _speaker_before(q)
        if info is not None and "question" in kinds and \
                (info["speaker_text"] or "").lower() in ("when", "whenever"):
            info = None  # 'When asked whether …, she said': a conjunction, no speaker
        if info is None and "question" in kinds:
            return _asked(q, start)
        if info is not None and (lemma_kind(q) or ("",))[0] == "threaten" and \
                info["speaker_kind"] not in ("person", "organization") and \
                info["speaker_text"].lower() not in ("he", "she", "they", "we", "i", "who") and \
                not _names_people(_head_noun(info["speaker_text"].split())) and \
                not (len(info["speaker_text"].split()) > 1 and
                     info["speaker_text"].split()[-1][:1].isupper()):  # ('One Republican')
            return None  # 'the primary threatens to knock …', 'That threatened to create …'
        if info is None:
            return None
        if (info["speaker_text"] or "").lower() in ("who", "which"):
            # the verb in a relative clause on its speaker: the object ends where the main
            # clause goes on ('Ruiz, who declared victory on Tuesday, will …')
            main = _MAIN_GOES_ON.search(q.text, span[0], span[1])
            if main is not None and q.marks.quoted_at(main.start()) is None:
                span = _content(q, span[0], main.start(), min_words=least)
                if span is None:
                    return None
        return Reported(*span, info)
    find.__name__ = "object_" + "_".join(sorted(kinds))
    return find


# 'Asked whether …, she said', '… when asked about …': a question put by someone unnamed
# (or named after 'by'); the question runs to the comma before the answer's clause.
_ASKED_OPENING = re.compile(r"[\s\"“]*(?:(?:And|But|So|Yet)[ \t]+)?(?:(?i:when|whenever)[ \t]+)?\Z")
_ASKED_AFTER = re.compile(r"(?<![\w'’-])(?:when|whenever)[ \t]+\Z")
# A passive question: its subject was asked, by someone unnamed or named after "by" ('The
# minister was asked about the delay', 'was later asked by a caller why …').
_ASKED_PASSIVE = re.compile(r"(?<![\w'’-])(?P<aux>was|were|is|are|been|being)[ \t]+"
                            r"(?:(?:also|later|then|repeatedly|again|first)[ \t]+)?\Z")
_ASKED_BY = re.compile(r"[ \t]+by[ \t]+(?P<np>(?:(?:a|an|the)[ \t]+)?(?:[a-z]+[ \t]+)?"
                       r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*|(?:a|an|the)[ \t]+[a-z]+)")


_CUE_AFTER_COMMA = re.compile(rf",[ \t]+(?:{_CUE_WORDS})\b")  # ('…, said no')
# After the question's comma: a counted or quantified subject ('…, 72 percent of residents said
# yes', '…, the vast majority named Britain').
_COUNTED_AFTER = re.compile(r"[\"”]?,[\"”]?[ \t]+(?:\d|(?:the|a)[ \t]+(?:vast[ \t]+)?"
                            r"(?:majority|minority|plurality)|most|many|some|few|half|"
                            r"a[ \t]+third)")


def _asked(q: Cue, start: int) -> Reported | None:
    """A question asked of the sentence's subject by someone the article does not name ('Asked
    whether the road would reopen, the mayor said …'): the speaker is the asker after "by",
    else anonymous and unwritten."""
    text = q.text
    passive = _ASKED_PASSIVE.search(text, max(q.s0, q.m.start() - 24), q.m.start()) \
        if q.word == "asked" else None
    if q.word.lower() != "asked" or not (
            _ASKED_OPENING.fullmatch(text, q.s0, q.m.start())
            or _ASKED_AFTER.search(text, max(q.s0, q.m.start() - 10), q.m.start())
            or passive is not None):
        return None
    end = _content_end(text, start, q.s1, q.marks, q.s0, q.m.start(), q.m.end())
    comma = text.find(",", start, end)
    set_off = text[max(q.s0, q.m.start() - 12):q.m.start()].rstrip().endswith(
        (", when", ", when also", ", whenever"))  # 'The coach, when asked about it, often …'
    while comma >= 0:  # the comma before the answer: '…, Trump replied', '…, the mayor said'
        following = text.find(",", comma + 1, end)
        if (q.marks.quoted_at(comma) is None or text[comma + 1:comma + 2] in "\"”") and (
                set_off or _is_clause(text, comma + 1, end) or
                _CUE_AFTER_COMMA.match(text, comma) or (
                    _COUNTED_AFTER.match(text, comma) and
                    _has_verb(text, comma + 1, following if following > 0 else end))):
            end = comma  # (and '…, 72 percent of residents said yes')
            break
        comma = following
    span = _content(q, start, end)
    if span is None:
        return None
    # (a passive's filters of what is not speech read the words before its auxiliary)
    extra = {} if passive is None else {"filter_start": passive.start("aux")}
    by = _ASKED_BY.match(text, q.m.end())
    if by is not None:
        info = q.from_phrase(by.span("np")) or \
            speaker_fields(text, *by.span("np"), q.word, q.mentions)  # ('by a caller')
        if info is not None:
            return Reported(*span, {**info, **extra})
    return Reported(*span, {"speaker_text": None, "speaker_start": None, "speaker_end": None,
                            "cue": q.word, "speaker_kind": "anonymous", "speaker_name": None,
                            **extra})


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
