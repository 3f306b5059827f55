"""Reported speech, the rows whose statement is set off from its attribution by commas (rows
of ``reported.REPORTED_RULES``): ``clause-then-cue`` ('The road will reopen, the council
said.', '…, said Mayor Ana Ruiz.'), ``parenthetical`` ('The road, the council said, will
reopen.') and ``inverted-parenthetical`` ('The cost, said the finance director, will be met
from reserves.'), and the readers of an inverted speaker after its verb, which ``said-that``
(``reported_verbs``) also asks. Each finder takes a ``Cue`` and gives a ``Reported`` row or
None."""
from __future__ import annotations

import re

from newsledger.lexicon.people import SUBJECT_PRONOUNS

from .phrases import phrase_after
from .reported_clauses import (_CUE_WORDS, _OPENER, _VERB_FORMS, Cue, Reported, _adjunct_tail,
                               _has_verb, _is_clause, _words)
from .reported_content import _content
from .reported_ends import _GOES_ON, _content_end
from .reported_groups import _head_with_complement
from .reported_heads import _head_noun, _names_people
from .reported_resolve import _resolve
from .reported_starts import _ING_WORD, _MARK_IN

def _inverted_people(q: Cue) -> bool:
    """Whether a phrase naming people follows the verb and ends the clause ('…, said one
    union source, and …', '…, say analysts at the bank.'): the verb's inverted speaker."""
    text = q.text
    ph = _inverted_phrase(text, q.m.end(), q.s1)
    if ph is None or not _INVERTED_END.match(text, ph[1]):
        return False
    verb = _APPOSITION_THEN_VERB.match(text, ph[1], q.s1)
    if verb is not None and verb.group("verb") in _VERB_FORMS:
        return False  # 'Ann Lee, 52, said her son, 23, had worked there': the clause's subject
    words = text[ph[0]:ph[1]].split(",", 1)[0].split()
    return 0 < len(words) <= 6 and words[0][:1].islower() and \
        not _has_verb(text, ph[0], ph[0] + len(text[ph[0]:ph[1]].split(",", 1)[0])) and \
        _names_people(_head_noun(words))


def _inverted_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker phrase after an inverted verb, to a comma before a conjunction that goes
    on with the sentence ('said one union source, and the strike …': one union source)."""
    ph = phrase_after(text, start, end)
    if ph is None:  # '…, said Ann Lee, a longtime adviser to the family who runs the
        # campaign': a long apposition, then a relative clause on it; the phrase to 'who'
        rel = _RELATIVE_AFTER.search(text, start, end)
        ph = None if rel is None else phrase_after(text, start, rel.start())
    if ph is not None:
        cut = _CONJUNCTION_AFTER.search(text, ph[0], ph[1])
        if cut is not None and cut.start() > ph[0]:
            ph = (ph[0], cut.start())
    return ph


_CONJUNCTION_AFTER = re.compile(r",[ \t]+(?:and|but|while|whereas|so|yet)[ \t]")
_RELATIVE_AFTER = re.compile(r"[ \t](?:who|whose|which)[ \t]")
# A fronted subordinate clause ('Though the sale went well, …') and, after the attribution, a
# gerund with its object as the main clause's subject, then its verb ('replacing him will be …';
# not 'adding that he was …').
_SUBORDINATE_OPENING = re.compile(r"[\s\"“(]*(?:Though|Although|While|Whereas|Even[ \t]+if|"
                                  r"Even[ \t]+though|If|Unless|Because|Since|Once|When)\b")
_GERUND_SUBJECT = re.compile(r"[a-z]+ing(?:[ \t]+(?!that\b)[\w'’-]+){0,6}?[ \t]+(?:is|was|are|"
                             r"were|will|would|could|can|may|might|should|must|has|had)\b")


# After a sentence-final reporting verb: the end, or adjuncts to it ('he said on Monday.',
# 'officials said in a statement.', 'the mayor told reporters.').
# (the reporter's words after the attribution: a participle, an adjunct, an apposition that
# sums the statement up ('…, the minister said, a view shared by many MPs'), a dash)
# ('…, he said, and added that …': the speaker's next statement; not any past verb: '…, police
# say, and headed back' is the statement's subject's)
_TAIL = re.compile(r"(?:[ \t]+(?!that\b)[\w’'.-]+){0,12}?[ \t]*(?:[.!?;]|\Z|(?P<sep>,(?=[ \t]+"
                   r"(?:[a-z]+ing|on|in|at|during|after|before|while|when|as|citing|a|an)\b|"
                   r"[ \t]+(?:and|but)[ \t]+(?:then[ \t]+|later[ \t]+|also[ \t]+)?"
                   rf"(?:{_CUE_WORDS})\b)|"
                   r"[—–]|--?(?=[ \t])))")
# A participle after a statement's end: '…, according to X, adding …', 'he said, wiping …'.
# After an inverted speaker ('…, said Mayor Ana Ruiz'): the sentence ends, or an apposition,
# an adjunct or a participle follows.
_INVERTED_END = re.compile(r"[ \t]*(?:[.!?]|\Z|,|\n|[ \t](?:on|in|at|during|after|before|"
                           r"when|while|who|adding|[A-Z][a-z]+day)\b)")
# After an inverted speaker: a relative clause on it or where it is ('…, said a handful of MPs
# who point to …', '…, says Dossym Satpayev in Almaty').
# After a phrase, an apposition and the verb of a clause ('her son, 23, had …'): the phrase is
# the clause's subject, no inverted speaker.
_APPOSITION_THEN_VERB = re.compile(r",(?:[ \t]+[^,.;:!?\n]{1,40},)?[ \t]+(?P<verb>[a-z’']+)")
_INVERTED_TAIL = re.compile(r"[ \t]+(?:who|whose|which|in|at|from)[ \t]")
_JOINED_SPEAKER = re.compile(r",[ \t]+(?P<first>(?:[\w'’.-]+[ \t]+){1,3})(?:and|or)[ \t]+\Z")
_TO_BEFORE_APPOSITION = re.compile(r"[ \t]+to[ \t][^,]*,[ \t]+an?[ \t]")
_PARTICIPLE_TAIL = re.compile(r"[ \t]*,[ \t]+[a-z]+ing\b")
_PAREN_TAIL = re.compile(r"(?:[ \t]+(?!that\b)[\w’'.-]+){0,5}?[ \t]*,[ \t]+(?!and\b|but\b|or\b)")
# The same, before a conjunction that goes on with the statement: a clause ('…, analysts said,
# and it would lift profits') or 'but also' ('A wall would stop goods, she said, but also
# people').
# After ', and' past a parenthetical attribution: an auxiliary or a modal goes on with the
# statement's own subject ('He had no injuries, the club added, and had passed all checks',
# '…, she said, and would not stand again'); a past verb is the speaker's next act ('…, he
# said, and walked off').
_AUXILIARY_NEXT = re.compile(r"(?:had|has|have|was|were|is|are|would|will|could|can|should|"
                             r"might|may|must)[ \t]+(?!been[ \t]+(?:told|asked)\b)[a-z]")
_SPEECH_NEXT = re.compile(rf"(?:then[ \t]+|later[ \t]+|also[ \t]+)?(?:{_CUE_WORDS})\b")
_HAVE_NOUN = re.compile(r"\b(?:have|has|had)[ \t]+\Z")
_PAREN_JOINED = re.compile(r"(?:[ \t]+(?!that\b)[\w’'.-]+){0,5}?[ \t]*,[ \t]+(?:and|but)[ \t]+"
                           r"(?:(?P<also>(?:also|not)\b)|(?=[\w’'-]+[ \t]))")


def _set_off_phrase(q: Cue) -> tuple[tuple[int, int], int] | None:
    """The speaker phrase right before the verb and the comma that sets it off from the words
    before it ('The road will reopen, the council said', 'The only problem, Ms. Bigbee said,
    …', '…, teachers and union officials told'): (phrase, comma offset), or None."""
    text, s0 = q.text, q.s0
    ph = q.phrase_before(q.m.start(), s0)
    if ph is None:
        return None
    head = text[s0:ph[0]].rstrip()
    joined = _JOINED_SPEAKER.search(text, s0, ph[0]) if text[s0:ph[0]].rstrip(" \t").endswith(
        ("and", "or")) else None  # (the pattern ends on 'and' or 'or', spaces after it)
    if not head.endswith(",") and joined is not None:  # '…, teachers and union officials'
        ph = (joined.start("first"), ph[1])
        head = text[s0:ph[0]].rstrip()
    if not head.endswith(","):
        comma = text.rfind(",", ph[0], ph[1])
        if comma < 0:  # 'a source close to [the board] said': the phrase from its comma
            comma = text.rfind(",", max(s0, ph[0] - 60), ph[0])
            if comma < 0 or not _COMPLEMENT_WORDS.fullmatch(text, comma + 1, ph[0]):
                return None
            ph = (comma + 1, ph[1])
        if not text[comma + 1:ph[1]].strip():
            return None
        ph = (comma + 1 + len(text[comma + 1:ph[1]]) - len(text[comma + 1:ph[1]].lstrip()),
              ph[1])  # 'The only problem, Ms. Bigbee said': the last segment speaks
        head = text[s0:ph[0]].rstrip()
    return ph, s0 + len(head) - 1


# A noun of people and its connector before a phrase ('a source close to', 'aides to').
_COMPLEMENT_WORDS = re.compile(r"[ \t]+(?:[A-Za-z][\w'’.-]*[ \t]+){1,4}?(?:close[ \t]+to|"
                               r"familiar[ \t]+with|to|for|of|with|at|in|inside|within|"
                               r"among|around|like)[ \t]+")
_LEADING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Now|Instead)[ \t]+")


def clause_then_cue(q: Cue) -> Reported | None:
    """'The road will reopen on Monday, the council said.' / '..., said Mayor Ana Ruiz.'"""
    if q.m.group("cue") is None or q.text.find(",", q.s0, q.m.start()) < 0:
        return None  # (no comma before the verb: no clause set off before it)
    text, s0 = q.text, q.s0
    tail = _TAIL.match(text, q.m.end(), q.s1 + 1)
    inverted = text[max(s0, q.m.start() - 2):q.m.start()] == ", "
    cue_end = q.m.end() - 3 if q.word.endswith(" on") else q.m.end()  # ('posted on X')
    adjuncts = tail is not None and _adjunct_tail(text, cue_end, tail.start("sep") if
                                                  tail.group("sep") else tail.end(), q.telling)
    if adjuncts and tail.group("sep") == "," and _TO_BEFORE_APPOSITION.match(
            text, q.m.end(), tail.start("sep") + 5):
        adjuncts = False  # 'X vowed to repeal the levy, a measure …': its object, no adjunct
    if not adjuncts and not inverted:
        return None
    ph = _inverted_phrase(text, q.m.end(), q.s1) if inverted else None
    if inverted and (ph is None or not _INVERTED_END.match(text, ph[1])):
        if not adjuncts or _MARK_IN.search(text, s0, q.m.start()):
            return None  # (not '"…," Ann Lee, the chair, said': the quote's speaker)
        inverted = False  # '…, a spokeswoman, Ann Lee, said on Friday.': set off, not inverted
    if inverted:  # '…, said Mayor Ana Ruiz.'
        comma = q.m.start() - 2
        info = q.from_phrase(ph)
        cut = _INVERTED_TAIL.search(text, ph[0], ph[1]) if info is None and not q.telling \
            else None  # (not '…, tells Breitbart News in an interview': its hearer)
        named = _NAME_THEN_APPOSITION.match(text, ph[0], ph[1])
        if info is not None and named is not None and \
                (info.get("speaker_name") or "") not in named.group("name"):
            # '…, said Smith, a Texas Democrat': the name, not a name inside its apposition
            info = q.from_phrase(named.span("name")) or info
        if cut is not None and cut.start() > ph[0]:
            # '…, said a handful of MPs who point to …', '…, says Dossym Satpayev in Almaty'
            ph = (ph[0], cut.start())
            info = q.from_phrase(ph)
        words = text[ph[0]:ph[1]].split(",", 1)[0].split()
        if info is not None and not info.get("speaker_name") and words and \
                words[0][:1].islower() and not _names_people(_head_noun(words)) and \
                not _names_people(words[-1]):  # ('a handful of councillors')
            return None  # '…, tweeted a warning.': an object, no inverted speaker
    else:
        found = _set_off_phrase(q)
        if found is None:
            return None
        ph, comma = found
        closing = _CLOSING_MARKS.match(text, ph[0], ph[1])
        if closing is not None and closing.end() < ph[1]:
            ph = (closing.end(), ph[1])  # "…,'' Mr. Hedge said": the closing marks are the
            # quote's, not the speaker's
        info = _resolve(q, ph) or _head_with_complement(q, ph)
        last = _LAST_CONJUNCT.search(text, ph[0], ph[1]) if info is None else None
        if last is not None and text[ph[0]:last.start()].strip().lower() in SUBJECT_PRONOUNS:
            # '…, he and Mr. Allen said': a pronoun and a name speak together; the name
            # is the one the article can resolve
            info = _resolve(q, (last.end(), ph[1]))
        words = text[ph[0]:ph[1]].split()
        if info is not None and not info.get("speaker_name") and q.word not in _SAY_TELL and \
                words and words[0].lower() in ("a", "an") and \
                not _names_people(_head_noun(words)):
            return None  # '…, a plan announced in May.': an apposition, not a speaker
        if len(words) > 1 and words[0].endswith("ing") and words[0].islower() and \
                all(w[:1].isupper() for w in words[1:]):
            return None  # '…, beating Wall Street estimates, …': a participle and its object
    if info is None:
        return None
    start = s0
    while start < comma and (text[start].isspace() or text[start] in "—–-•*"):
        start += 1
    opener = _LEADING_CONJUNCTION.match(text, start, comma)  # 'But he operates …, he said.'
    first = start if opener is None else opener.end()
    if not _is_clause(text, first, comma + 1) and not _has_verb(text, first, comma):
        return None
    if _SUBJECT_WITH_RELATIVE.match(text, first, comma):
        return None  # 'Dick Dever, who was on the slate, told X': the verb's own subject
    if _FRONTED_SUBORDINATE.fullmatch(text, first, comma):
        return None  # 'On Tuesday, even as shares fell, Ann Lee wrote to investors': no statement
    span = _content(q, start, comma)
    return None if span is None else Reported(*span, info)


_LAST_CONJUNCT = re.compile(r"[ \t]+and[ \t]+")
# A name (capitalized words) and an apposition after its comma ('Smith, a Texas Democrat').
_NAME_THEN_APPOSITION = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}),"
                                   r"[ \t]+(?:a|an|the)[ \t]")
_CLOSING_MARKS = re.compile(r"(?:''|’’|[\"”’])[ \t]+")
_SAY_TELL = frozenset({"said", "says", "say", "told", "tells", "tell"})
# Adjuncts and a subordinate clause only, before the speaker ('On Tuesday, even as shares
# were tumbling, …', 'After the vote, when the count was in, …'): the sentence's own setting.
_FRONTED_SUBORDINATE = re.compile(
    r"(?:(?:In|On|At|By|Early|Late|Later|Earlier|Last|This)[ \t]+[^,;:\"“”]{1,40},[ \t]+)?"
    r"(?i:(?:even[ \t]+)?(?:as|when|while|after|before|because|although|though|if|since|until|"
    r"unless|once))[ \t]+[^,;:\"“”]{1,120}")
# A subject and its relative clause set off by commas, the verb right after ('Dana Fox, who
# chairs the board, told …'): no clause of its own before the verb.
_SUBJECT_WITH_RELATIVE = re.compile(r"[^,;:\"“”]{1,60},[ \t]+(?:who|which|whose)\b"
                                    r"[^,;:\"“”]*\Z")


def parenthetical(q: Cue) -> Reported | None:
    """'The road, the council said, will reopen on Monday.': the whole sentence."""
    if q.m.group("cue") is None or q.text.find(",", q.s0, q.m.start()) < 0:
        return None
    text, s0 = q.text, q.s0
    tail = _PAREN_TAIL.match(text, q.m.end(), q.s1)
    joined = _PAREN_JOINED.match(text, q.m.end(), q.s1) if tail is None else None
    if joined is not None and _SPEECH_NEXT.match(text, joined.end(), q.s1):
        return None  # '…, he said, and added that …': the speaker's next statement
    if joined is not None and (joined.group("also") is not None or
                               _is_clause(text, joined.end(), q.s1) or
                               _AUXILIARY_NEXT.match(text, joined.end(), q.s1)):
        tail = joined  # '…, analysts said, and it would lift profits': the statement goes on
    elif tail is None or not _adjunct_tail(text, q.m.end(), tail.end() - 1, q.telling) or (
            _ING_WORD.match(text, tail.end()) and not (
                _SUBORDINATE_OPENING.match(text, s0) and
                _GERUND_SUBJECT.match(text, tail.end(), q.s1))):
        return None  # (not '…, she wrote to investors, telling them …': a participle follows;
        # but 'Though the sale went well, he said, replacing him will be harder': a gerund
        # subject and its verb, the main clause after a fronted subordinate one)
    if joined is not None and _HAVE_NOUN.search(text, max(s0, q.m.start() - 6), q.m.start()) \
            and q.word.endswith("s"):
        return None  # ('… have claims in the area, and …': a noun after "have")
    if joined is not None and not _adjunct_tail(text, q.m.end(), text.rfind(",", q.m.end(),
                                                                        joined.end()),
                                                q.telling):
        return None
    found = _set_off_phrase(q)
    if found is None:
        return None
    ph, comma = found
    head = text[s0:comma + 1]
    if q.marks.quoted_at(s0 + 1) is not None or any(c in head for c in "\"“”"):
        return None
    info = _resolve(q, ph) or _head_with_complement(q, ph)  # ('aides to the mayor say')
    if info is None:
        return None
    start = s0
    while start < q.s1 and text[start].isspace():
        start += 1
    opener = _LEADING_CONJUNCTION.match(text, start, comma)  # ('So it makes sense, …': 'it'
    # is the subject of 'makes')
    after = tail.end()
    if text[after:after + 1] in "\"“”'‘" or not (
            _has_verb(text, after, q.s1, 0) or _verb_next(text, after, q.s1) or (
                (_CONTINUATION.match(text, after, q.s1) or
                 joined is not None and joined.group("also") is not None) and
                _has_verb(text, start if opener is None else opener.end(), comma, 0))):
        return None  # 'Asked about it, Clinton said, "…"'
    if len(head.split()) <= 2 and not _NOUN_HEAD.fullmatch(head.strip(" \t,")):
        start = after  # 'But, he said, it is a risky strategy': what follows
    relative = _RELATIVE_BEFORE.search(text, s0, comma)
    if relative is not None and joined is None:
        start = relative.start("rel")  # 'The park is near the stadium, which, he said, is
        # full on match days': the relative clause is the statement, to the sentence's own
        # verb after its closing comma ('The bill, which, she said, will cost £2bn, passed')
        goes_on = _GOES_ON.search(text, after, q.s1)
        span = _content(q, start, None if goes_on is None or q.marks.quoted_at(
            goes_on.start()) is not None else goes_on.start())
        return None if span is None or span[1] <= q.m.end() + 3 else Reported(*span, info)
    # (after a conjunction, the statement's end is read from what follows it: 'and buyers
    # will wait' is no coordinated verb of the speaker's)
    span = _content(q, start, None if joined is None else _content_end(
        text, after, q.s1, q.marks, q.s0, q.m.start(), q.m.end()))
    if span is None or span[1] <= q.m.end() + 3:
        return None
    return Reported(*span, info)


# A relative pronoun right before a parenthetical attribution's comma, after a comma of its
# own ('…, which, the mayor said, will …').
_RELATIVE_BEFORE = re.compile(r",[ \t]+(?P<rel>which|who)[ \t]*\Z")


# A fronted subject of one or two words ('Time, he added, was on their side', 'The plan, …'),
# not a connective ('But', 'And yet', 'Still', 'In short').
_NOUN_HEAD = re.compile(r"(?!(?:But|And|Yet|So|Still|Now|Then|However|Indeed|Instead|Also|Again|"
                        r"Meanwhile|Moreover|Besides|Otherwise|Nonetheless|Nevertheless|Thus|"
                        r"Rather|Sometimes|Often|Today|Later|Earlier|Finally|First|Second|"
                        r"Ultimately|Overall|Yes|No|Well|Oh|In|On|At|For|Of)\b)(?:The|A|An|This|"
                        r"That|His|Her|Their|Its|Our)?[ \t]*[A-Z]?[a-z]+")
# What may go on after a parenthetical attribution when the words before it hold the verb:
# 'He is leaning toward the mayor, he said, because …', 'It is in the city's interest, she
# says, to keep the port open', '…, they say, but he is still …', 'The case would be helped,
# Cole said, by the timing of the vote'.
_CONTINUATION = re.compile(r"(?:because|since|although|though|unless|if|to|but|so|when|as|by|for|"
                           r"with|than)\b")


def inverted_parenthetical(q: Cue) -> Reported | None:
    """'The cost, said the finance director, will be met from reserves.': the speaker after
    the verb, both set off by commas inside the sentence; the span is the whole sentence."""
    found = _inverted(q)
    if found is None:
        return None
    ph, comma = found
    info = _resolve(q, ph)
    if info is None:
        return None
    span = _content(q, q.s0)
    if span is None or span[1] <= comma + 3:
        return None
    return Reported(*span, info)


def _inverted(q: Cue) -> tuple[tuple[int, int], int] | None:
    """The speaker phrase and its closing comma of an inverted parenthetical verb ('The cost,
    said [the finance director], will …'), or None (read once per verb: ``said-that`` asks
    too)."""
    if q.inverted is False:
        q.inverted = _find_inverted(q)
    return q.inverted  # type: ignore[return-value]


def _find_inverted(q: Cue) -> tuple[tuple[int, int], int] | None:
    if q.m.group("cue") is None or q.telling:
        return None
    text, s0, s1 = q.text, q.s0, q.s1
    if text[max(s0, q.m.start() - 2):q.m.start()] != ", ":
        return None
    head = text[s0:q.m.start() - 2]
    if not head.strip() or any(c in head for c in "\"“”") or q.marks.quoted_at(s0 + 1) or \
            (head.rstrip(" \t")[-1:].isdigit() and _AGE_END.search(head)):
        return None  # (not 'Mike Reyes, 52, said his son, 23, had …': the subject's apposition)
    before = q.phrase_before(q.m.start(), s0)
    if before is not None and before[0] <= s0 + 4 and "," in text[before[0]:before[1]] and \
            (q.from_phrase(before) or {}).get("speaker_name"):
        return None  # ('Dana Fox, the club's chair, said her deputy, …, had …': its subject)
    comma = text.find(",", q.m.end(), s1)
    if comma < 0:
        return None
    ph = phrase_after(text, q.m.end(), comma)
    if ph is None or text[ph[1]:comma].strip() or len(text[ph[0]:ph[1]].split()) > 8:
        return None
    rest = comma + 1
    verb_next = _verb_next(text, rest, s1)
    if not verb_next:  # '…, said Ana Ruiz, the club's chair, the deal is done': past an apposition
        second = text.find(",", rest, s1)
        if second > 0 and len(text[rest:second].split()) <= 12 and not any(
                c in text[rest:second] for c in "\"“”;:"):
            after = second + 1
            verb_next = _verb_next(text, after, s1) or (
                not _OPENER.match(text, s0) and head.split()[0][:1].isupper() and
                _is_clause(text, after, s1) and not _has_verb(text, s0, q.m.start()))
    if not verb_next or text[rest:rest + 2].strip()[:1] in "\"“":
        return None
    return ph, comma


_AGE_END = re.compile(r",[ \t]*\d{1,3}[ \t]*\Z")


def _verb_next(text: str, pos: int, end: int) -> bool:
    """Whether text[pos:end] opens with a finite verb ('…, is the soil itself')."""
    words = _words(text, pos, end, 2)
    return bool(words) and words[0].group(0)[:1].islower() and (
        words[0].group(0).lower().replace("’", "'") in _VERB_FORMS or
        words[0].group(0).lower().endswith(("ed", "s", "n't", "n’t")))
