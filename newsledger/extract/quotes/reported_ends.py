"""Reported speech, where a statement ends in its sentence (``_content_end``): at the first
stop outside quote marks (``_CONTENT_STOP``: a semicolon, a link, another speaker's verb or
participle, the speaker's next verb, an apposition summing the statement up), or at the
comma closing a fronted subordinate clause that holds the verb; how many of its words are
the reporter's (``_outside_words``); and where it ends before the speaker of a later
statement of its sentence (``_cut_at_next_speaker``)."""
from __future__ import annotations

import re

from newsledger.extract.patterns import trie_alternation
from newsledger.lexicon.speech import NEXT_ACTS, REPORTED_PARTICIPLES, SUMMARY_NOUNS
from newsledger.lexicon.speech_objects import OBJECT_CUES

from .reported_clauses import _CUE_WORDS, _OPENER, Reported, _is_clause

# Where reported content stops inside its sentence: a semicolon (another statement follows),
# a link, or a participle or a verb that reports more (', adding that', 'and said'). A colon
# does not stop it: what follows spells the statement out ('said the choice was simple: the
# club sells or it folds'), the speaker's quoted words included.
_DASH = re.compile(r"\s(?:[—–]|--?)\s")
_OBJECT_PAST = frozenset(w for w in OBJECT_CUES if w.endswith(("ed", "ed for", "ed on", "ed upon",
                                                                 "ed to")) and
                         w not in ("asked", "announced", "denied", "questioned", "wondered",
                                   "proposed", "cited", "disputed", "recommended", "pressed",
                                   "threatened"))
_CONTENT_STOP = re.compile(
    # (every stop opens with a semicolon, a comma or a space: the look-ahead passes over
    # the other positions before the alternatives are tried)
    r"(?=[;,\s])(?:"
    rf";|\s(?:https?://|www\.)|,\s+but\s+(?:(?:did|does|do|would|could|has|have|had|was|is)\s+not|declined|"
    rf"refused|would\s+not|won't|didn't|wouldn't)\b|"
    rf"\s+but\s+(?:(?:did|has|have)\s+not|didn't|hasn't|haven't|declined|refused|"
    rf"stopped\s+short)\b|,\s+(?:releasing|issuing|citing|"
    rf"speaking|responding|referring|pointing|declining|refusing|"
    # the speaker's next act, a judgement of someone ('…, calling them "boring"', '…, accusing
    # the board of …')
    rf"calling|describing|branding|labelling|labeling|accusing|blaming|urging|praising|"
    rf"criticizing|criticising|dismissing|slamming|hailing)\b|"
    rf",\s+(?:however|according\s+to|compared\s+(?:with|to)|(?P<concessive>while|whereas))\b|"
    # ('…, with one analyst saying …': another speaker's statement)
    rf",\s+with\s+(?:[\w'’.-]+\s+){{1,6}}?(?:{trie_alternation(REPORTED_PARTICIPLES)})\b|"
    rf",\s+(?:[a-z]+ly\s+)?(?:meaning|prompting|sparking|drawing|raising|leading|making|"
    rf"putting|giving|signaling|signalling|indicating|suggesting|throwing|highlighting|"
    rf"underscoring|underlining|fuelling|fueling|casting|"
    # (a market's reaction: '…, sending its shares down 5 percent')
    rf"sending|pushing|knocking|wiping|dragging)\b|"
    rf"\s[—–-]{{1,2}}\s+(?:has|have|had|is|was|are|were|will|would)\b|"
    # a dash and the reporter's summing up ('… wanted a seat on the board -- something he
    # denied', '— a claim the club rejects')
    rf"\s[—–-]{{1,2}}\s+(?:something|a\s+claim|an\s+allegation|an\s+accusation|a\s+charge)"
    rf"\s+(?:that|which|he|she|they|the|his|her|their|its|it)\b|"
    # the speaker's verb shared by another ('have said they will not back him, as has the
    # mayor'), after a verb in the perfect (below)
    rf"(?P<shared>,\s+as\s+(?:has|have|had)\s+(?!been\b|not\b))|"
    rf"(?:,\s+|,?\s+(?:and|but)\s+|\s[—–-]{{1,2}}\s+)(?:{trie_alternation(REPORTED_PARTICIPLES)})\b|"
    # the speaker's next act after 'and' with no comma ('said the plan would fail and left
    # the room'): read only after a statement in the present or with a modal (below)
    rf"(?P<act>\s+and\s+(?:then\s+|later\s+)?(?:{trie_alternation(NEXT_ACTS)})\b)|"
    rf",?\s+(?:and|but)\s+(?:(?:he|she|they|we|I|then)\s+)?(?:(?:also|later|again|[a-z]{{3,}}ly)\s+)?(?:{_CUE_WORDS})\b|"
    # ('… and called on the firm to reconsider', '… and urged fans to …': the speaker's next
    # request or judgement)
    rf",?\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:{trie_alternation(_OBJECT_PAST)})\b"
    # the main clause goes on: a coordinated verb ('…, and requested a delay') or a new
    # clause with a pronoun subject ('…, and he railed against the moderators')
    r"|,\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?[a-z]{3,}(?:ed|s)\b(?!\s+(?:by|to)\b)"
    r"|,\s+(?:and|but)\s+(?:he|she|they|we|I)\s+(?:also\s+)?[a-z]{3,}(?:ed|s)\b"
    # another speaker's verb after a conjunction ('…, and three in ten said the same'; the
    # pronoun subjects are above)
    r"|,\s+(?:and|but|while)\s+(?!that\b)(?:[\w'’.-]+\s+){1,4}?(?:said|say|says|told|tell|tells)\b"
    # an apposition summing up the statement ('…, a swipe at his rivals', '…, a plan the
    # party dropped'): the reporter's words, when it closes the sentence
    rf"|(?P<summary>(?:,|\s[—–-]{{1,2}})\s+(?:a|an|the|another)\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{trie_alternation(SUMMARY_NOUNS)})\b(?!['’]s|\s+(?:of\s+(?:the|his|her|their|its)\s+)?"
    rf"(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must)\b)))")
# Any regular past after 'and' ('said she admires him and highlighted …'): read only after a
# past verb of saying whose statement is in the simple present (``_before_past_act``).
_PAST_ACT = re.compile(r"\s+and\s+(?:then\s+|later\s+|also\s+)?[a-z]{3,}ed\b"
                       r"(?!\s+(?:by|to|from|in|on|at|with|as|for|into|out|up|off|over)\b)")
# After a summing apposition opened by a dash: its closing dash or a verb of saying.
_ASIDE_GOES_ON = re.compile(_DASH.pattern + r"|(?<![\w'’-])(?:said|says)(?![\w'’-])")
# After a summing apposition: a comma and a verb, the sentence going on ('…, a move that …,
# has angered …'): the apposition was inside the statement.
_GOES_ON = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:is|was|are|were|has|have|had|will|would|could|"
                      r"can|may|might|should|must|[a-z]{3,}ed)\b")


# A statement's verb in the present or with a modal: a past verb after 'and' is then not its.
_PRESENT_OR_MODAL = re.compile(r"(?<![\w'’-])(?:will|would|can|could|should|must|may|might|"
                               r"shall|is|are|has|have|does|do|won['’]t|wouldn['’]t|can['’]t|"
                               r"isn['’]t|aren['’]t|hasn['’]t|haven['’]t|doesn['’]t|don['’]t)"
                               r"(?![\w'’-])")
_PASSIVE_AUX = re.compile(r"(?<![\w'’-])(?:be|been|being|get|gets|got)(?![\w'’-])")
# A statement's verb in the simple present after a pronoun subject ('he makes', 'she
# admires'), its first words.
_PRONOUN_PRESENT = re.compile(r"(?:that[ \t]+)?(?:he|she|it)[ \t]+(?:[a-z]+ly[ \t]+)?"
                              r"[a-z]{2,}[^s\W]s(?![\w'’-])")
# A past verb of saying ('said', 'told', 'wrote', '-ed'), the row's own.
_PAST_CUE = re.compile(r"(?:[\w'’ -]*[ \t])?(?:said|told|wrote|[a-z]{2,}ed)(?:[ \t].*)?\Z",
                       re.S)


def _past_speaker_present_statement(text: str, start: int, stop: int, cue: int,
                                    cue_end: int) -> bool:
    """Whether a regular past after 'and' at ``stop`` is the speaker's next act: the row's
    verb of saying is in the past and the statement before ``stop`` a pronoun and a verb in
    the simple present, with no clause of its own in between ('said she admires his resolve
    and praised …', 'said he earns £30,000 a year and questioned …'; not 'said prices rose
    and fell', 'said it is shut and reopened', nor '… where it rains and flooded')."""
    if cue < 0 or not _PAST_CUE.match(text, cue, cue_end):
        return False
    stretch = text[start:stop]
    return _PRONOUN_PRESENT.match(stretch) is not None and not _CLAUSE_INSIDE.search(stretch)


def _before_past_act(text: str, start: int, end: int, marks, cue: int, cue_end: int) -> int:
    """Where a statement in the simple present ends before its speaker's next act, a regular
    past after 'and' (``_past_speaker_present_statement``); else ``end``."""
    for m in _PAST_ACT.finditer(text, start, end):
        if m.start() - start > 10 and marks.quoted_at(m.start()) is None and \
                _past_speaker_present_statement(text, start, m.start(), cue, cue_end):
            return m.start()
    return end


# A relative or subordinate clause inside the statement: a past after 'and' may be its
# ('… the convention in Charlotte, where organizers fell short and curtailed events').
_CLAUSE_INSIDE = re.compile(r"(?<![\w'’-])(?:who|which|where|when|that|because|after|before|"
                            r"while|if|as)(?![\w'’-])")


# A short aside after 'while' closed by a comma and the clause's verb ('…, while
# troublesome, was dealt with properly').
_SHORT_ASIDE = re.compile(r"(?:\s+[\w'’-]+){1,4}?(?=,\s+(?:[a-z]+ly\s+)?(?:is|was|are|were|has|"
                          r"have|had|will|would|could|can|may|might|should|must)\b)")


_PERFECT_BEFORE = re.compile(r"(?<![\w'’-])(?:has|have|had)(?:[ \t]+[a-z]+ly)?[ \t]+\Z")
# A relative clause that holds the verb, opened after a comma ('The inquiry, which began in
# May and announced that the leader would go, was closed') or with no comma after the
# sentence's subject ('The hacker who first revealed that the minister used a private server
# was jailed'): the statement ends where the sentence's own verb comes.
_RELATIVE_OPENED = re.compile(r",[ \t]+(?:(?:in|at|of|during|for|with|by|from|after)[ \t]+)?"
                              r"(?:which|who|whose|whom)[ \t][^,;:()—–]*\Z")
_SUBJECT_RELATIVE = re.compile(r"[\s\"“(]*(?:(?:The|A|An|This|That|Those|These|[A-Z][\w'’.-]*)"
                               r"[ \t]+)(?:[\w'’.-]+[ \t]+){0,4}?(?:who|whose[ \t]+[\w'’-]+)"
                               r"[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+|first[ \t]+)?\Z")
# The sentence's own verb after the statement: an auxiliary after a noun ('… a private server
# was jailed', 'the referee was biased were banned').
_MAIN_AUX = re.compile(r"(?<=[a-z])[ \t]+(?:was|were|is|are|has|have|had|will|would|pleaded)"
                       r"[ \t]")
_NOT_NOUN = frozenset({"he", "she", "they", "it", "we", "i", "you", "there", "who", "which",
                       "that", "what", "and", "or", "but", "also", "not", "never", "still",
                       "this", "these", "those", "so", "then", "now", "one"})


def _relative_end(text: str, s0: int, start: int, end: int, cue: int) -> int:
    """Where a statement whose verb is in a relative clause of the sentence's subject ends:
    at the comma closing the clause (', which … announced that …, was closed'), or before the
    sentence's own verb ('The hacker who revealed that … was jailed'); else ``end``."""
    if text.find("wh", s0, cue) < 0:
        return end  # (no relative pronoun before the verb: most sentences)
    if _RELATIVE_OPENED.search(text, s0, cue):
        m = _GOES_ON.search(text, start, end)
        if m is not None and "," not in text[start:m.start()] and m.start() - start > 10:
            return m.start()
        return end
    if _SUBJECT_RELATIVE.fullmatch(text, s0, cue):
        last = None
        for m in _MAIN_AUX.finditer(text, start, end):
            word = text[:m.start()].rsplit(None, 1)[-1].lower()
            if word not in _NOT_NOUN and m.start() - start > 10:
                last = m
        if last is not None:
            return last.start()
    return end


def _content_end(text: str, start: int, end: int, marks, s0: int = -1, cue: int = -1,
                 cue_end: int = -1) -> int:
    """The end of reported content starting at ``start`` in a sentence ending at ``end``: the
    first stop outside quote marks (``_CONTENT_STOP``), else the sentence end; in a sentence
    that opens with a subordinate clause holding the verb ('While he has said he will fight,
    Sanders must decide …'), the comma that closes it. Trailing punctuation outside marks is
    left out."""
    if s0 >= 0 and _OPENER.match(text, s0) and "," not in text[s0:cue] and \
            "," not in text[cue:start]:  # (not 'As the council said, the road …': closed)
        comma = text.find(",", start, end)
        while comma >= 0 and (marks.quoted_at(comma) is not None or (
                text[comma - 1:comma].isdigit() and text[comma + 1:comma + 2].isdigit())):
            comma = text.find(",", comma + 1, end)  # (nor '2,000')
        if comma > start:
            end = comma
    elif s0 >= 0 and _SUBORDINATE_BEFORE.search(text, s0, cue):
        end = _main_clause_comma(text, start, end, marks)
    elif s0 >= 0 and cue > s0:
        end = _relative_end(text, s0, start, end, cue)
    for m in _CONTENT_STOP.finditer(text, start, end):
        if cue - 3 <= m.start() < cue_end:
            continue  # (the row's own verb: 'Fundraising, according to the campaign, has …')
        if m.group(0).lstrip()[:1] in "—–-" and len(_DASH.findall(text, start, m.start())) % 2:
            continue  # the closing dash of an aside: -- those earning less -- would face
        if m.group("summary") is not None and (_GOES_ON.search(text, m.end(), end) or (
                m.group(0).lstrip()[:1] in "—–-" and _ASIDE_GOES_ON.search(text, m.end(), end))):
            continue  # (an aside between dashes, '-- a position he has since modified --', or
            # one that reports more, '- a provision, Corker said, that …': inside it)
        if m.group("act") is not None and (
                not _PRESENT_OR_MODAL.search(text, start, m.start()) or
                _PASSIVE_AUX.search(text, start, m.start())) and \
                not _past_speaker_present_statement(text, start, m.start(), cue, cue_end):
            continue  # ('said prices rose and fell', 'said he would be freed and sent home':
            # both verbs may be the statement's)
        if m.group("shared") is not None and not _PERFECT_BEFORE.search(
                text, max(0, cue - 24), max(0, cue)):
            continue  # ('said sales rose, as have profits': the statement's own comparison)
        if m.group("concessive") is not None and _SHORT_ASIDE.match(text, m.end(), end):
            continue  # ('the scandal, while troublesome, was dealt with': an aside)
        if m.start() - start > 10 and marks.quoted_at(m.start()) is None:
            end = m.start()
            break
    if _PRONOUN_PRESENT.match(text, start) is not None:  # (few statements)
        end = _before_past_act(text, start, end, marks, cue, cue_end)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-—–"
                           or (text[end - 1] in ".!?" and not _abbreviation(text, start, end))):
        end -= 1
    return end


# A subordinate clause opened inside the sentence that holds the verb ('Two years after the
# chancellor declared …', '…, and when the coach said …'): no comma between its conjunction
# and the verb.
_SUBORDINATE_BEFORE = re.compile(r"(?<![\w'’-])(?:when|while|after|before|because|although|"
                                 r"though|since|until|unless|whereas)[ \t][^,;:()]*\Z")
# What opens the main clause after the comma closing such a subordinate clause: a subject
# (a pronoun, a determiner, a name), not a relative or a conjunction ('the road, which had
# been shut, would …').
_MAIN_SUBJECT = re.compile(r",[ \t]+(?:he|she|they|we|I|it|there|the|a|an|his|her|their|its|"
                           r"our|this|these|those|some|many|most|[A-Z][\w'’.-]*)[ \t]")
# A statement's own fronted adjunct ('despite the investment, the squad …').
_OWN_OPENER = re.compile(r"(?i:despite|although|though|while|when|whereas|after|before|because|"
                         r"as|since|once|until|unless|with|without|in|on|at|for|during|"
                         r"given|amid|like|unlike|besides)\b")


def _main_clause_comma(text: str, start: int, end: int, marks) -> int:
    """The comma after which the main clause of a sentence goes on past a subordinate
    clause that holds the verb ('Two years after the chancellor declared the crisis was over,
    the economy fell back …'): a subject and its verb within a few words; else ``end``. (A
    statement that opens with an adjunct of its own keeps its first comma: 'after he told me
    despite the excitement, he did not think …'.)"""
    own = _OWN_OPENER.match(text, start) is not None
    for m in _MAIN_SUBJECT.finditer(text, start, end):
        if own:
            own = False
            continue
        if m.start() - start > 10 and marks.quoted_at(m.start()) is None and \
                _is_clause(text, m.start() + 1, end, 5):
            return m.start()
    return end


def _abbreviation(text: str, start: int, end: int) -> bool:
    """A final period that belongs to an abbreviation ('U.S.', 'a.m.'; not a number's:
    'reached 4.5%.')."""
    words = text[max(start, end - 6):end].split()
    return bool(words) and words[-1].count(".") > 1 and not any(c.isdigit() for c in words[-1])


_PLAIN_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def _outside_words(text: str, start: int, end: int, marks, enough: int | None = None) -> int:
    """Words of text[start:end] that are not inside quote marks (counted up to ``enough``,
    when given: whether there are that many)."""
    n, pos = 0, start
    for a, b in (*marks.spans_in(start, end), (end, end)):  # (the words after the last span)
        if enough is None:
            n += len(_PLAIN_WORD.findall(text, pos, max(pos, a)))
        else:
            for _ in _PLAIN_WORD.finditer(text, pos, max(pos, a)):
                n += 1
                if n >= enough:
                    return n
        pos = max(pos, b)
        if pos >= end:
            break
    return n


def _span_end(span) -> int:
    """The end of a quoted stretch (a ``QuoteSpan`` or a pair of offsets)."""
    return span.end if hasattr(span, "end") else span[1]


# Before another speaker inside a statement: where the first statement ends ('She said the
# plan was dead, but her deputy said …' -> "the plan was dead").
_SEPARATOR_BEFORE = re.compile(r"(?P<link>[,;]?[ \t]+(?:and|but|while|whereas|as|although|"
                               r"though)|[,;])[ \t]+(?:[A-Za-z]+[ \t]+){0,6}?\Z")
# Between such a separator with no comma and the later speaker: a verb or a subordinator, so
# the separator is inside the statement's own clause.
_VERB_OR_LINK = re.compile(r"(?<![\w'’-])(?:was|were|is|are|has|have|had|will|would|after|"
                           r"before|when|because|since|until|if|once)(?![\w'’-])")


# The speaker's next verb of saying after 'and' or 'but' inside a statement ('said the talks
# had stalled and asked reporters to wait': the request is the speaker's next row).
_OWN_NEXT_VERB = re.compile(r",?[ \t]+(?:and|but)[ \t]+(?:(?:also|then|later|[a-z]+ly)[ \t]+)?"
                            r"(?P<cue>[a-z]+(?:[ \t]+(?:for|on|upon))?)(?![\w'’-])")


# A statement whose subject is a pronoun ('said he spoke to the mayor and asked him to …'):
# the verb after 'and' may be the pronoun's, a second act reported.
_PRONOUN_SUBJECT = re.compile(r"(?:that[ \t]+)?(?:he|she|they|we|I)(?![\w'’-])")


def _marks_free(text: str, start: int, end: int) -> bool:
    """No quote mark in text[start:end] (the verb is no quoted speaker's word)."""
    return not any(c in text[start:end] for c in "\"“”")


def _cut_at_next_speaker(text: str, found: list[tuple[Reported, str]]
                         ) -> list[tuple[Reported, str]]:
    """Statements cut before the speaker of a later statement of the same sentence that
    their span runs into, when a comma or a conjunction separates them; or before the verb
    of a later statement of the same speaker after 'and' or 'but' ('noted that troops lag the
    target and asked whether …': the question is the speaker's next row), unless the
    statement has a pronoun subject or a clause of its own that the verb may belong to."""
    out = []
    for i, (hit, rule) in enumerate(found):
        end = hit.end
        own = hit.info.get("speaker_start")
        for later, _ in found[i + 1:]:
            at = later.info.get("speaker_start")
            if at is not None and at == own and \
                    hit.start + 10 < later.start < end:
                verb = _OWN_NEXT_VERB.search(text, hit.start, later.start)
                while verb is not None and verb.group("cue") != later.info["cue"]:
                    verb = _OWN_NEXT_VERB.search(text, verb.end(), later.start)
                if verb is not None and verb.start() > hit.start + 10 and \
                        _marks_free(text, hit.start, verb.start()) and \
                        not _CLAUSE_INSIDE.search(text, hit.start, verb.start()) and \
                        not _PRONOUN_SUBJECT.match(text, hit.start, verb.start()):
                    end = verb.start()
                    break
            if at is None or not hit.start + 10 < at < end:
                continue
            if later.end < end and text[later.start - 2:later.start] == ", " and \
                    text[later.end:later.end + 1] == ",":
                continue  # a relative clause set off by commas inside the statement ('that
                # the plan, which some have argued was rushed, was an insult'): its own row
            if len(_DASH.findall(text, hit.start, at)) % 2 and _DASH.search(text, at, end):
                continue  # an aside between dashes: 'that Trump — even as he says …, — has …'
            sep = _SEPARATOR_BEFORE.search(text, max(hit.start, at - 60), at)
            if sep is not None and sep.group("link")[:1] not in ",;" and \
                    _VERB_OR_LINK.search(text, sep.end("link"), at):
                continue  # 'the deal between Acme and Bolt was revived after Bolt promised …':
                # the 'and' joins names, the later speaker is in the statement's own clause
            if sep is not None and sep.start() > hit.start + 10:
                end = sep.start()
                while end > hit.start and text[end - 1] in " \t,;":
                    end -= 1
                break
        out.append((hit if end == hit.end else Reported(hit.start, end, hit.info), rule))
    return out
