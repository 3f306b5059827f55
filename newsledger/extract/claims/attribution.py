"""Subject and claimant: what a number is about, and who asserts it.

The subject is the first entity mention in the number's part of its sentence (after the last
comma, semicolon or "and"/"but"/"while"), else the nearest before it in the sentence, else one
named shortly after it behind a preposition; never the one who says it ("Sue Blake said the
club would get £50,000") or puts the figure at it ("the Red Cross put the toll at 70"), nor a
stock exchange named as where shares trade, nor the news agency of a wire dateline
("HALVERSTON, March 3 (Harbor Wire) -"); a title in quote marks counts ('"The Long Shore" took
£4.2m'). A measured claim with no subject in its sentence
takes the first entity of the sentence before (same paragraph), else the article's
most-mentioned person or organization (its topic; for a count of people, not the source that
reports it: "..., killing five people, British Transport Police said"); not an amount, rate or
length of time in a sentence about an unnamed "a/an" one ("A man ... has been jailed for
eight years"), and in a transcript only a name said before the number, not the speaker of a
count's turn. The claimant is the speaker of the quote the
number sits in, else an "according to X" / "as per X" phrase or the subject of a reporting verb
in the sentence ("police said"), as written (or the canonical entity name when that span is an
entity mention).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsledger.lexicon.markets import MARKET_VENUE_WORDS, MARKET_VENUES
from newsledger.lexicon.numbers import (CITED_SOURCE_NOUNS, CLAIMANT_PREFIXES, CLAIMANT_VERBS,
                                        CLAUSE_WORDS, DENOMINATOR_BEFORE, ESTIMATE_VERBS,
                                        SUBJECT_REPORTING_WORDS)
from newsledger.records import LocalEntity
from newsledger.text import Document
from newsledger.text.turns import SPOKEN_LABELS

from ..entities import DATELINE_AGENCY, quoted_titles, storm_names
from ..patterns import break_pattern, has_case_fold, trie_alternation, word_start_alternation
from .window import SP as _SP
from .window import alt as _alt

if TYPE_CHECKING:
    from .context import ClaimContext

DENOMINATOR = re.compile(rf"(?i)\b{_alt(DENOMINATOR_BEFORE)}{_SP}+$")
_CLAIMANT_PREFIX = re.compile(
    rf"(?i)\b{_alt(CLAIMANT_PREFIXES)}{_SP}+"
    # (a full stop of an initial or an abbreviation stays: 'the U.S. Geological Survey')
    r"(?P<who>(?:[^,.;:!?\n()\"“”]|(?<=\b(?-i:[A-Z]))\.){2,60}?)(?=(?<!\b(?-i:[A-Z]))[,.;:!?\n()\"“”]|$"
    rf"|{_SP}+(?:on|in|at|which|who|that|as|after|before|since|when|and|but)\b)")
# Where one of them is written in a lower-cased sentence (a first look: one search, not one
# per phrase)
_PREFIX_HINT = re.compile(trie_alternation(CLAIMANT_PREFIXES, space=" "))
_CLAUSE_BEFORE = re.compile(r"(?:^|[,;:\"“”(—–])\s*(?P<who>[^,;:\"“”()—–\d]{2,60}?)\s*$")
# The last mark that can open ``_CLAUSE_BEFORE`` in a stretch: its only possible start (a
# mark is never inside "who" nor in the spaces around it, so a start before the last mark
# fails, and the text's start is one only with no mark before the verb).
_LAST_CLAUSE_MARK = re.compile(r".*[,;:\"“”(—–]", re.DOTALL)


def _clause_before(sentence: str, vs: int) -> re.Match | None:
    """``_CLAUSE_BEFORE.search(sentence, max(0, vs - 80), vs)``, tried at its one start."""
    lo = vs - 80 if vs > 80 else 0
    mark = _LAST_CLAUSE_MARK.match(sentence, lo, vs)
    if mark is not None:
        return _CLAUSE_BEFORE.match(sentence, mark.end() - 1, vs)
    return _CLAUSE_BEFORE.match(sentence, 0, vs) if lo == 0 else None

# A joining word before a source: it speaks of what follows only ("12 died, and officials
# said ...", "the pound fell to $1.26 after figures showed unemployment at 5.1%").
_JOINING = re.compile(r"(?i:and|but|though|although|after|before|as)(?:\s+|\Z)")
_LIVES_CLAIMED = re.compile(r"\s+(?:the\s+lives\b|(?:[\w,.-]+\s+){1,3}?(?:lives|victims)\b)")
_CONTRASTING = re.compile(r"(?:while|whereas)\s+")  # after a comma only
_AFTER_VERB = re.compile(r"\s+(?P<who>(?:the\s+)?[A-Z][^,.;:!?\"“”()\d]{1,60}?)\s*(?:[,.;:!?]|$)")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|on|from|by|of|for|near)\s+(?:the\s+)?$")
# A poll's or a table's standing: "put Labour on 41%", "the Conservatives on 27%".
_STANDING_ON = re.compile(r"[ \t]+on[ \t]+")
_POSSESSOR = re.compile(r"['’]s?[ \t]+[$£€¥]?")
_TRADING_AFTER = re.compile(r"\s+(?:composite\s+)?trading\b")
_TRADING_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?(?:composite\s+)?$")
_POSSESSIVE_GAP = re.compile(r"['’]s?[ \t]+(?:[Tt]he[ \t]+)?")
_PART_BREAK = re.compile(break_pattern(",;:—–(", ("and", "but", "while", "whereas")))
# (as ``word_start_alternation`` writes ``\b(?:said|says|...)``: each alternative opens with its
# first letter, so a search jumps to the letters that can start one)
_REPORTING = re.compile(rf"{word_start_alternation(SUBJECT_REPORTING_WORDS)}\b")
# A reporting verb whose clause is about its own speaker, an organization: "Persimmon ... said
# it expected to complete 10,500 homes", "the bank said its profit rose to £2bn".
_ABOUT_ITSELF = re.compile(rf"{word_start_alternation(SUBJECT_REPORTING_WORDS)}(?:\s+that)?\s+"
                           r"(?:it|its|we|our)\b")
_SPEAKS_AFTER = re.compile(
    rf"(?:,? (?:also |later |previously )?){_alt(SUBJECT_REPORTING_WORDS)}\b")
_CLAUSE_BREAK = re.compile(r"[,;:—–()\"“”]|\s-\s")
# Whoever puts "the" toll, crowd or cost at a figure estimates it, it is not about them ("The
# Red Cross put the toll at 70"; "Halden put its losses at £40m" is its own).
_ESTIMATE_OF_THE = re.compile(rf"\b{_alt(ESTIMATE_VERBS)}\s+the\s+(?:[\w-]+\s+){{0,5}}?at\s")


def subject_mentions(doc: Document, entities: Sequence[LocalEntity]
                     ) -> tuple[list[tuple[int, int, str]], dict[int, str],
                                dict[tuple[int, int], str]]:
    """(mentions that can be a subject, sorted; place names by mention start; entity name by
    mention span). Places are not subjects (they scope a measure); neither is a stock exchange
    named as where shares trade, nor the news agency of a wire dateline, wherever the article
    names it. Titles in quote marks are ('"The Long Shore" earned £4.2m')."""
    text = doc.text
    agency = DATELINE_AGENCY(doc)
    mentions = []
    places: dict[int, str] = {}
    entity_at: dict[tuple[int, int], str] = {}
    # a transcript's labels, speakers and their roles ('ED LAVANDERA, CNN CORRESPONDENT:'): no
    # subjects
    labels = [m.span() for _, m in SPOKEN_LABELS(doc)]
    for ent in entities:
        venue = _venue_name(ent.name)
        for mm in ent.mentions:
            entity_at[(mm.start, mm.end)] = ent.name
            if labels and any(a <= mm.start < b for a, b in labels):
                continue
            if ent.kind == "place":
                places[mm.start] = ent.name
            elif agency and ent.name == agency[2]:
                continue  # "(Harbor Wire)": the agency reports the number, it is not about it
            elif not (venue and _trading_venue(text, mm.start, mm.end)) and not (
                    ent.kind == "person" and _vocative(text, mm.start, mm.end)):
                mentions.append((mm.start, mm.end, ent.name))
    mentions += quoted_titles(doc)  # '"The Long Shore" earned £4.2m': about the film
    mentions += storm_names(doc)  # 'Storm Elin killed seven people': no entity, the subject
    mentions.sort()
    return mentions, places, entity_at


# Who is spoken to, in a quote or a transcript's turn: one name set off by commas right after
# the label or the opening mark ("ED LAVANDERA: Anderson, authorities here say …"), or after
# an interjection ("Well, Ed, the
# first 72 hours …"); not a subject with an aside ("Smith, 45, said", "Reid, however, said",
# "Jones, the coach, said").
_OPENING_BEFORE = re.compile(r"[:\"“][ \t]*\Z")  # a turn's label or an opening mark
_INTERJECTION_BEFORE = re.compile(r"\b(?:[Ww]ell|[Ll]ook|[Tt]hanks|[Yy]es|[Nn]o|OK|[Oo]h),[ \t]*\Z")
_VOCATIVE_AFTER = re.compile(r",[ \t]+(?!\d|(?:a|an|the|who|whose|which|however|meanwhile|too|"
                             r"though|also|for|of|from|in|at|on|said|says|told)\b)[a-zA-Z]")


def _vocative(text: str, start: int, end: int) -> bool:
    """Whether the one-word name text[start:end] is someone spoken to."""
    if " " in text[start:end] or text[end:end + 1] != ",":
        return False
    if _INTERJECTION_BEFORE.search(text, max(0, start - 8), start):
        return True
    return _OPENING_BEFORE.search(text, max(0, start - 4), start) is not None and \
        _VOCATIVE_AFTER.match(text, end) is not None


def topics(text: str, mentions: Sequence[tuple[int, int, str]], lead_end: int
           ) -> tuple[list[str], list[str]]:
    """The article's topics, most mentioned first (the first mentioned first on a tie): the
    people, organizations and quoted titles it names, trading venues aside, that are named
    more than once or before ``lead_end`` (in the headline or the first sentence). Twice: as
    they come, and without the names only ever mentioned as a source ("British Transport
    Police said"), the others ordered by their mentions not as a source (what a count of
    people is about: ``topic``)."""
    by_name: dict[str, list[int]] = {}
    speaking: dict[str, int] = {}
    for ms, me, name in mentions:
        by_name.setdefault(name, []).append(ms)
        if _SPEAKS_AFTER.match(text, me):
            speaking[name] = speaking.get(name, 0) + 1
    # A topic is named in the headline or the lead, or more than once: with every name said
    # once, "the most mentioned" would be whichever came first ("At least 12 people have
    # died" is not about the Environment Agency, named once, later, as a source).
    named = {name: starts for name, starts in by_name.items()
             if len(starts) > 1 or starts[0] < lead_end}
    plain = [name for _, _, name in sorted((-len(starts), starts[0], name)
                                           for name, starts in named.items())]
    not_sources = [name for _, _, _, name in sorted(
        (speaking.get(name, 0) - len(starts), -len(starts), starts[0], name)
        for name, starts in named.items() if speaking.get(name, 0) < len(starts))]
    return plain, not_sources


def _venue_name(name: str) -> bool:
    """Whether ``name`` is a stock exchange's ("Nasdaq", "New York Stock Exchange")."""
    low = name.lower()
    return low in MARKET_VENUES or low.rsplit(None, 1)[-1] in MARKET_VENUE_WORDS


def _trading_venue(text: str, start: int, end: int) -> bool:
    """Whether a stock exchange's mention text[start:end] names it as where shares trade ("in
    composite New York Stock Exchange trading", "on the Nasdaq"): not what a price is about."""
    return bool(_TRADING_AFTER.match(text, end) or
                _TRADING_BEFORE.search(text, max(0, start - 30), start))


def subject(a: ClaimContext, vs: int, s: int, e: int) -> str | None:
    """The first entity in the number's part of its sentence (after the last comma, semicolon
    or "and"/"but"/"while": "Clinton leads Sanders by 271 delegates" -> Clinton; "Cruz has 370,
    Rubio has 163" -> Rubio), else the nearest before it in the sentence, else one named
    shortly after it in the same clause behind a preposition ("12 people died in a fire at Acme
    Plastics"); never the one who says it ("Sue Blake said the club would get £50,000")."""
    i = bisect_left(a.mention_starts, vs) - 1
    if i < 0 or a.mentions[i][0] < s:  # none in the sentence before the number
        return _named_after(a, vs, s, e)
    if _POSSESSOR.fullmatch(a.text, a.mentions[i][1], vs) or \
            _STANDING_ON.fullmatch(a.text, a.mentions[i][1], vs):
        return a.mentions[i][2]  # "to Trump's 232", "put Labour on 41%"
    breaks = a.part_breaks.get((s, e))
    if breaks is None:  # (found once per sentence: its numbers share them)
        breaks = a.part_breaks[s, e] = [m.end() for m in _PART_BREAK.finditer(a.text, s, e)]
    k = bisect_right(breaks, vs)
    part = breaks[k - 1] if k else s  # where the last break before the number ends
    i = bisect_left(a.mention_starts, part)
    while i < len(a.mentions) and a.mentions[i][1] <= vs:
        ms, me, name = a.mentions[i]
        if i + 1 < len(a.mentions) and a.mentions[i + 1][1] <= vs and \
                _POSSESSIVE_GAP.fullmatch(a.text, me, a.mentions[i + 1][0]):
            i += 1  # "Labour's Sarah Hale won 14,210 votes": the one the possessive leads to
            continue
        if not _REPORTING.search(a.text, me, vs) and \
                not _ESTIMATE_OF_THE.search(a.text, me, vs):
            return name  # the first in the number's part of the sentence: its subject
        i += 1
    i = bisect_left(a.mention_starts, vs) - 1
    while i >= 0:
        ms, me, name = a.mentions[i]
        if ms < s:
            break
        if (me <= vs or ms < vs) and (not _REPORTING.search(a.text, me, vs)
                                      or _ABOUT_ITSELF.search(a.text, me, vs)) and \
                not _ESTIMATE_OF_THE.search(a.text, me, vs):
            # not the one who says it ("Sue Blake, 45, said the club ..."), unless its
            # words are about itself ("Persimmon said it expected to complete 10,500 homes")
            return name
        i -= 1
    return _named_after(a, vs, s, e)


_RIVAL_BEFORE = re.compile(r"[ \t]+(?:to|against)[ \t]+(?:[\w'’.-]+[ \t]+){0,4}")
_RIVAL_AFTER = re.compile(r"['’]s?[ \t]+\d")


def rival(a: ClaimContext, ve: int, e: int) -> str | None:
    """The rival named right after a count ("14,210 votes to Mark Dunn's 11,895" -> Mark
    Dunn): the one the next figure is about, not this one's subject."""
    i = bisect_left(a.mention_starts, ve)
    if i < len(a.mentions) and (m := a.mentions[i])[0] < min(e, ve + 60) and \
            _RIVAL_BEFORE.fullmatch(a.text, ve, m[0]) and _RIVAL_AFTER.match(a.text, m[1]):
        return m[2]
    return None


def _named_after(a: ClaimContext, vs: int, s: int, e: int) -> str | None:
    """An entity named shortly after the number in its clause, behind a preposition ("12 people
    died in a fire at Acme Plastics")."""
    i = bisect_left(a.mention_starts, vs)
    if i < len(a.mentions) and a.mentions[i][0] < min(e, vs + 60) and \
            not _CLAUSE_BREAK.search(a.text, vs, a.mentions[i][0]) and \
            _PREPOSITION_BEFORE.search(a.text, max(s, a.mentions[i][0] - 12), a.mentions[i][0]):
        return a.mentions[i][2]
    return None


# A clause whose subject is someone or something unnamed, introduced by "a"/"an" ("A man who
# attacked a 79-year-old woman has been jailed for eight years", "Royal Mail said a
# first-class stamp now costs 85p"): at the sentence's start or right after its reporting verb.
_UNNAMED_OPENING = re.compile(
    r"[\s\"“‘'(]*(?:that\s+)?(?:[Aa]n?)\s+(?!(?:[\w-]+\s+)?(?:year|day|week|month|decade|"
    r"moment|while|time|minute|hour|night|fortnight)s?\s+(?:earlier|later|ago|before|after)\b)"
    r"(?![\w-]+(?:\s+[\w-]+)?,)[a-z]")
# ... unless the unnamed words name the number's measure ("A crowd of 31,204 watched").
_MEASURE_OPENING = re.compile(r"[\s\"“‘'(]*(?:that\s+)?[Aa]n?(?:\s+[\w-]+){1,3}\s+of\s+"
                              r"(?:[a-z]+\s+){0,2}[$£€¥]?")
# (the verbs of saying: "Columbia announced a loss of $226m" is the speaker's own)
_SAYING = [w for w in SUBJECT_REPORTING_WORDS if w not in ("announced", "according")]
_REPORTED = re.compile(rf"\b{_alt(_SAYING)}\b")


def unnamed_subject(a: ClaimContext, vs: int, s: int) -> bool:
    """Whether the number at ``vs`` in the sentence starting at ``s`` is about an unnamed
    subject the sentence introduces ("A man ... has been jailed for eight years"): then no
    subject is carried from the sentence before or the article's topic (a wrong subject is
    worse than none). Not when the unnamed one reports the number ("A spokesman said profit
    rose 5%")."""
    last = None
    for last in _REPORTED.finditer(a.text, s, vs):
        pass
    start = last.end() if last is not None else s
    return _UNNAMED_OPENING.match(a.text, start, vs) is not None and \
        _MEASURE_OPENING.fullmatch(a.text, start, vs) is None


def previous_subject(a: ClaimContext, s: int) -> str | None:
    """The first entity the sentence before names, in the same paragraph: the subject a
    sentence without one continues ("Lopez won the race. Turnout was 41%."). Failing that,
    a measured claim is about the article's topic (``topic``)."""
    sentence = a.doc.sentence_at(s)
    if sentence is None or sentence.index == 0:
        return None
    before = a.doc.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    i = bisect_left(a.mention_starts, before.start)
    while i < len(a.mentions) and a.mentions[i][0] < before.end:
        if not _REPORTING.search(a.text, a.mentions[i][1], before.end) and not (
                i + 1 < len(a.mentions) and
                _POSSESSIVE_GAP.fullmatch(a.text, a.mentions[i][1], a.mentions[i + 1][0])):
            # not the one who speaks ("Amy Cole, 34, said: ..."), nor a possessor ("Ada
            # Quinn's The Long Shore scooped seven nominations")
            return a.mentions[i][2]
        i += 1
    return None


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|I|[Mm]y)\b")  # ("tell us": a reporter)


def topic(a: ClaimContext, vs: int, s: int, e: int, people: bool, count: bool = False
          ) -> str | None:
    """The article's topic as the subject of a measured claim at ``vs`` in the sentence
    text[s:e] that names none: the most mentioned person, organization or title; for a count
    of people, not counting its mentions as a source, and never the one the sentence credits
    with the count ("..., killing five people, British Transport Police said": the police
    count the dead, the dead are not theirs; a company's own profit and a speaker's own
    figures in quote marks stay theirs). In a transcript, only a name said before the number,
    and for a ``count`` (not an amount, a rate or a length of time) not the speaker of its
    turn ("MARIA DELGADO: ... at least 14 people have died": not hers)."""
    first = a.first_named  # in a transcript: only a name said before the number
    if first is not None and count and not _FIRST_PERSON.search(a.text, s, vs):
        # nor the speaker of the turn: a correspondent reports a count, it is not theirs
        # (unless in the first person: "We lost 3,000 people")
        speaker = claimant(a, vs, s, e)
        return next((t for t in (a.topics_not_sources if people else a.topics)
                     if first[t] < vs and t != speaker), None)
    if not people:
        return next((t for t in a.topics if first is None or first[t] < vs), None)
    reporter = None if a.in_quote(vs) else sentence_claimant(a, s, e)
    if reporter is not None and reporter[:4] in ("The ", "the "):
        reporter = reporter[4:]  # "The Red Cross put the toll at 70": the entity Red Cross
    return next((t for t in a.topics_not_sources
                 if t != reporter and (first is None or first[t] < vs)), None)


def claimant(a: ClaimContext, vs: int, s: int, e: int) -> str | None:
    starts, reach = a.speaking_reach
    k = bisect_right(starts, vs)
    if k and reach[k - 1] > vs:  # inside a quote with a speaker: the first that holds it
        return next(speaker for start, end, speaker in a.speaking_quotes[:k] if vs < end)
    credited = sentence_claimants(a, s, e)
    if not credited:
        return None  # (most sentences credit no one)
    # a sentence that credits two sources ("police said 5,000, but organisers said 20,000"):
    # a number's is the one whose reporting verb comes last before it; one a joining word
    # brings in speaks only of what follows ("12 died, and officials said the fire ...")
    before = [who for at, who, _ in credited if at < vs]
    if before and len(credited) > 1:
        return before[-1]
    return next((who for at, who, joined in credited if not joined or at < vs), None)


def sentence_claimant(a: ClaimContext, s: int, e: int) -> str | None:
    """The first source the sentence text[s:e] credits, not one a joining word brings in."""
    return next((who for _, who, joined in sentence_claimants(a, s, e) if not joined), None)


def sentence_claimants(a: ClaimContext, s: int, e: int) -> tuple[tuple[int, str, bool], ...]:
    """(where, who, brought in by a joining word) of the sources the sentence text[s:e]
    credits (``_sentence_claimants``), read once."""
    key = (s, e)
    if e - s > 600:
        return ()  # a very long run without sentence ends: no attribution phrase is read
    if key not in a.claimants:
        a.claimants[key] = _sentence_claimants(a, s, e)
    return a.claimants[key]


def _sentence_claimants(a: ClaimContext, s: int, e: int) -> tuple[tuple[int, str, bool], ...]:
    """The sources a sentence credits, with where each is credited: "according to X" or "as
    per X" (the only one), else every "X said" and "said X" in order."""
    sentence = a.text[s:e]
    low = sentence.lower()
    c = _CLAIMANT_PREFIX.search(sentence) if (
        _PREFIX_HINT.search(low) or len(low) != len(sentence)
        or has_case_fold(low)) else None  # the phrases first, cheaply
    if c and not (low.startswith("citing", c.start()) and not _cites_a_source(c.group("who"))):
        return ((s + c.start(), _canonical(a, s + c.start("who"), c.group("who").strip()),
                 False),)
    found: list[tuple[int, str, bool]] = []
    for vs, ve in _verbs(sentence):
        if _ARTICLE_BEFORE.search(sentence, max(0, vs - 5), vs):
            continue  # "raising an estimated £8bn": an adjective, no one reports
        if sentence.startswith("claimed", vs) and _LIVES_CLAIMED.match(sentence, ve):
            continue  # "the storm claimed 12 lives": it killed, it does not report
        before = _clause_before(sentence, vs)
        if before:
            who = before.group("who").strip()
            joined = _JOINING.match(who) or (  # ", but organisers said": organisers
                _CONTRASTING.match(who) if sentence[:before.start("who")].rstrip().endswith(
                    (",", ";")) else None)  # (not "While the U.S. added 292,000 jobs")
            at = before.start("who") + (joined.end() if joined else 0)
            who = who[joined.end():] if joined else who
            if 0 < len(who.split()) <= 6 and not any(w.lower() in CLAUSE_WORDS
                                                     for w in who.split()) and \
                    not _CLAIMANT_VERB.search(who):  # ("Howard said other jurors" told)
                found.append((s + vs, _canonical(a, s + at, who), joined is not None))
                continue
        after = _AFTER_VERB.match(sentence, ve)
        if after and len(after.group("who").split()) <= 6 and vs > 0 and \
                sentence[:vs].rstrip()[-1:] in ",\"”":
            found.append((s + vs, _canonical(a, s + after.start("who"),
                                             after.group("who").strip()), False))
    return tuple(found)


def _cites_a_source(who: str) -> bool:
    """Whether what "citing" introduces names a source (a name or a noun of sources), not a
    reason ("citing her client's health problems")."""
    return any(w[:1].isupper() or w.lower().strip("'’") in CITED_SOURCE_NOUNS
               for w in who.split())


# A reporting verb written as a whole word (the verbs are single words: whole-word matches
# never overlap, so one scan finds them all); each alternative opens with its first letter,
# so the engine jumps to the letters a verb can start with.
_CLAIMANT_VERB = re.compile(rf"{word_start_alternation(CLAIMANT_VERBS)}(?!\w)")


_ESTIMATE_VERB = re.compile(
    rf"(?<!\w){_alt(ESTIMATE_VERBS)}(?=\s+(?:the|its|their|his|her|it)\s+(?:[\w-]+\s+){{0,5}}?"
    r"at\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?[\d$£€])")


def _verbs(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of every reporting verb of the sentence written as a whole word, and of
    every verb of an estimate ("put the crowd at 5,000"), in order."""
    verbs = [m.span() for m in _CLAIMANT_VERB.finditer(sentence)]
    if "put" in sentence or "place" in sentence:
        verbs = sorted(verbs + [m.span() for m in _ESTIMATE_VERB.finditer(sentence)])
    return verbs


def _canonical(a: ClaimContext, start: int, who: str) -> str:
    """The entity's canonical name when ``who`` is exactly one of its mentions."""
    return a.entity_at.get((start, start + len(who)), who)


