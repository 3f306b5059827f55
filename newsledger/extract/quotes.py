"""Quotations, their kind and their speakers.

Method (rule-based, following the conventions of English news writing; the word lists are in
``newsledger.lexicon.people``):

1. Marks. Straight and curly double quotes and guillemets are paired left to right inside a
   paragraph: a straight mark opens after a space, a bracket, a dash or the paragraph start
   and before a non-space; it closes after a non-space. Curly marks say which side they are,
   and mixed pairs (opened ``"`` closed ``”``) are accepted, as are curly marks typed the
   wrong way round (``“It's unusual,“ said …``; a paragraph opened with ``”``) and an inch
   mark right before the closing one (``he's like 6’2”,” Rubio said``). Single quotes and
   apostrophes (``you’re``, ``'90s``) are never marks: nested single quotes stay inside the
   outer quote.
   A quote left open at a paragraph end continues when the next paragraph opens with a mark
   (news style for multi-paragraph quotes): one Quote per paragraph piece, all pieces sharing
   the speaker. Otherwise an open quote is bounded at its paragraph end, so no quote swallows
   the rest of the article.
2. Embedded posts. The text before a post signature (``— Name (@handle) Month D, YYYY``, see
   ``signatures.py``) is an ``embedded_post``: the paragraph(s) just above it (short ones are
   joined, at most four) or the text before the dash on the same line; trailing
   ``pic.twitter.com``/``t.co`` links are left out of the text and the last link becomes
   ``post_url``. The speaker is the display name, resolved to a named entity through the handle
   or the name.
3. Speaker. In order, each rule named (``quotes_with_rules``): ``"…," said X`` / ``"…," X
   said`` right after the closing mark (after-mark), also with a speaker phrase of any length
   (after-mark-phrase: "Democratic pollster Peter Fenn said", "said former state treasurer
   Dana Whitlock, who …", read by ``speakers.py``) or after the reporter's words
   (after-adjunct: '"…" in this race, says X'); transcript labels (``HOLT: "…"``); ``X said:
   "…"`` / ``X told reporters on Tuesday that "…"`` right before the opening mark
   (before-mark, before-mark-phrase); a name after a dash that signs the quote, on its line
   or opening the next paragraph (dash-name: '"…" ― Karen Bobadilla', fact-check lists); a
   sentence that ends on its reporting verb right before the quote ('Dianne Bystrom agreed.
   "…"': cue-sentence-before); a reporting verb coordinated with an earlier verb ('He praised
   them but said, "…"': coordinated-subject, the sentence's subject); participles (``…,
   tweeting on July 4: "…"``: the clause subject; ``quoted X as saying``: X); a verb of
   saying earlier in the sentence (in-sentence; framing for "called", "described");
   ``according to X``; a sentence that introduces the
   quote with a colon, in the paragraph or ending the one before (colon-subject); any
   past-tense verb closing the clause after the quote (verb-after: '"…," Oliver barked'); a
   reporting clause set off by a comma at the end of the sentence, past more of the
   reporter's words or other quotes (sentence-end: 'Trump's "excesses" are sickening, Hollande
   said Tuesday'). Words that cannot be a verb's subject are never the speaker: a possessive
   before a noun that looks like a verb ("Trump's comments had …"), a subordinator ('When
   asked, …'), a phrase of time ('Priebus later Thursday told'), an object relative ('Rubio,
   who he dubbed "…"'), a noun phrase after a preposition ('marching through the streets
   chanted'); an unnamed source described by what it knows ('a source familiar with the talks
   said') is anonymous. With none of these: the speaker of the previous quote when the
   paragraph (or the next one) continues it (continues); for a partial quote, the subject of
   its clause, named or described (clause-subject: 'Trump accused Cruz of being "politically
   correct"' -> Trump); for a lone quote, the person the sentence before is about
   (previous-sentence). The speaker phrase's head names the speaker ('White House spokesman
   Josh Earnest' -> Josh Earnest; 'a spokesman for Mayor Reyes' stays anonymous). Pronouns,
   descriptions ("the late-night host") and aliases resolve through the mentions of
   ``extract_entities``; "the company" resolves to the closest organization named before;
   unnamed speakers ("one commented", "a commenter", "officials") are ``anonymous``; where no
   rule applies the speaker is ``unknown``.
4. Confidence: the share of right speakers of the rule that found the speaker, measured on
   annotated news (``newsledger.lexicon.reliability``).
5. Kind. ``direct`` when the quote starts its sentence or follows a reporting verb or a colon;
   ``partial`` when it is a fragment woven into the reporter's sentence.
6. Not quotes, by clear signs only (real quotes far outnumber the rest, so a filter on weak
   signs loses more quotes than it removes): a headline's marks (``Document.headline``, or a
   short first paragraph set off by a blank line: headlines condense or paraphrase, the body
   quotes the words); titles of works after a work word, an outlet or before the noun they
   name ('the song "Runaway"', 'on NBC's "Meet the Press"', 'the "Jesus Is King" rapper');
   nicknames ('dubbed "The Iceman"'); terms being named or defined ('also known as "swap
   lines"', '"jobs bank", a system …'); ``so-called``; and, in a sentence with no verb of
   saying, words named as words (``the word "WELP"``) and one-word scare quotes. A fragment
   in a sentence that attributes it ('Critics called the plan a "disaster"') is a quote.

Limits: quotes without marks (indirect speech) are not read; single quotes never run over
several paragraphs, and two apostrophes used as double marks (``''…''``) are not read as marks;
attributions more than one sentence away are missed unless the quote continues an attributed
one; speakers are found by pattern and phrase boundaries, not a parser, so unusual word orders
are missed and a clause subject can be the wrong noun phrase.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from newsledger.lexicon.people import (ANONYMOUS, ATTRIBUTION_ADJUNCTS, CONTAINERS,
                                       CUE_FILLERS, CUES, DESCRIPTIONS, DETERMINERS,
                                       FRAMING_CUES, INVERTED_ROLE_BREAKERS,
                                       NAME_ABBREVIATIONS, NAME_PARTICLES,
                                       NICKNAMING, NOT_ROLE_WORDS, NOT_SPEAKER_OPENERS,
                                       NP_BREAKERS, PREPOSITIONAL_PARTICIPLES,
                                       SOURCE_LINKS, SOURCE_NOUNS,
                                       TIME_NOUN_PHRASES,
                                       WORD_WORDS, WORK_NOUNS_AFTER, WORK_WORDS,
                                       ATTRIBUTION_VERBS,
                                       ORG_DESCRIPTIONS, PARTICIPLE_CUES, PLURAL_SPEAKERS,
                                       POST_CONTEXT_WORDS, POST_VOICE_WORDS, SENTENCE_OPENERS,
                                       TITLE_PRECEDERS, TITLES, TRANSCRIPT_ROLES)
from newsledger.lexicon.reliability import RULE_PRECISION
from newsledger.lexicon.time import MONTHS, WEEKDAYS
from newsledger.lexicon.abbreviations import ABBREVIATIONS
from newsledger.records import EntityMention, LocalEntity, Quote
from newsledger.text import Document
from newsledger.text.headline import HEADLINE_SPAN
from newsledger.text.quotemarks import MARK, QUOTE_SPANS, QuoteSpan

from .signatures import SIGNATURE, SIGNATURES
from .speakers import head as speaker_head
from .speakers import phrase_after, phrase_before, possessive, valid_phrase

MAX_QUOTE_CHARS = 3000  # longer "quotes" are mark errors
MAX_POST_CHARS = 1200  # an embedded post is short (a tweet is at most 280 characters)
MAX_POST_PARAGRAPHS = 4
_WINDOW = 220  # how far before/after a quote its attribution is looked for
STRONG, MEDIUM, WEAK = 2, 1, 0  # how directly a reporting verb ties a speaker to a quote


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


_CUE = _alternation(CUES)
_PART = _alternation(PARTICIPLE_CUES)
_FRAME = _alternation(FRAMING_CUES)
_FILL = rf"(?:(?:{_alternation(CUE_FILLERS)}|[a-z]+ly)\s+){{0,2}}"
_ABBR = rf"(?:{_alternation(NAME_ABBREVIATIONS)})"
# A capitalized name word; a trailing period only on initials and abbreviations, so a name
# never runs over a sentence end ('said Jobs. There').
_NAMEW = rf"(?:{_ABBR}\.|[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'’-]*\w|[A-Z])"
_PARTICLE = rf"(?:{_alternation(NAME_PARTICLES)})"
_NAME_NP = rf"{_NAMEW}(?:\s+(?:{_PARTICLE}\s+)?{_NAMEW}){{0,4}}"
# (a possessive name is a determiner too: "Sanders’ campaign called it …")
_DETS = (r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|"
         r"(?!(?:It|That|There|Here|What|He|She|Who|Let|Where|How|When|Why)['’]s\b)"
         r"[A-Z][\w.-]*(?:['’]s|s['’]))")
# Words that cannot be inside a speaker's noun phrase ('the public he said').
_NOT_NP = rf"(?!(?:{_alternation(NP_BREAKERS)})\b)"
_DET_NP = (rf"{_DETS}\s+(?:{_NOT_NP}[\w’'-]+\s+){{0,3}}?{_NOT_NP}[\w’'-]+"
           rf"(?:\s+(?:for|of|at|from|with|close\s+to)\s+(?:the\s+)?(?:{_NAME_NP}|[a-z]+))?")
# Lower-case role words before a name ('manager Luis Ortega', 'senator Patty Murray').
_ROLE = rf"(?:(?!(?:{_alternation(NOT_ROLE_WORDS)})\b)[a-z][\w-]*\s+)"
_BARE = _alternation({w for w in ANONYMOUS if " " not in w} | PLURAL_SPEAKERS
                     | {"he", "she", "they", "we", "I", "it", "you"})
_BARE = rf"(?:{_BARE}|{_BARE.title()}|{_BARE.upper()})"
# Capitalized words that open a clause but never name a speaker ('When asked, …').
_NOT_OPENER = rf"(?!(?:{_alternation(NOT_SPEAKER_OPENERS)})(?![\w'’-]))"
_SPEAKER = (rf"(?:{_DET_NP}|{_ROLE}{{0,2}}{_NOT_OPENER}{_NAME_NP}|@\w{{1,30}}|"
            rf"(?<![\w-]){_BARE}(?![\w-]))")
# After a cue, the speaker runs to the end of the clause: 'said the vice president and
# chairman of Chrysler LLC Jim Press.'
_LONG_DET_NP = rf"{_DETS}\s+[^,.;:!?\"“”«»\n]{{1,90}}"
_APPOS = (rf"(?:,\s+(?:\d{{1,3}}|(?P<app>{_NAME_NP})(?=,)|(?:a|an|the|who|whose|which|now|then|"
          r"formerly|former|also|founder|co-founder|chief|head|director|president|chairman|"
          r"chairwoman|CEO|spokesperson|spokesman|spokeswoman|author|editor|professor|"
          r"[\w-]+\s+of)\b[^,\"“”\n]{0,90}?),)?")
# After the closing mark: ', said X' / 'X said' / 'X, founder of Y, wrote'.
_AFTER = re.compile(
    rf"[ \t]*[,—–-]?[ \t]*(?:(?P<cue1>{_CUE})\s+(?P<spk1>{_LONG_DET_NP}|{_SPEAKER})"
    rf"(?=[\s,.;:!?]|$)|"
    rf"(?P<spk2>{_SPEAKER}){_APPOS}\s+{_FILL}(?P<cue2>{_CUE})\b)")
# After an inverted verb, a name that qualifies a role before the speaker's own name: 'said
# Labour spokesman Phil Willis', 'said former Obama adviser David Axelrod', 'said Cruz
# constituent Dan Golvach when asked ...': the speaker is the name after the role words.
_ROLE_THEN_NAME = re.compile(
    r"(?:[a-z]+[ \t]+){0,2}(?:[A-Z][\w.'’&/-]*[ \t]+){1,4}"
    r"(?:(?!(?:" + "|".join((*NAME_PARTICLES, *INVERTED_ROLE_BREAKERS)) + r")\b)"
    r"[a-z][\w-]*[ \t]+){1,3}"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})")
# A stop right after the closing mark: the sentence ended with the quote (British style).
_SENTENCE_END_AFTER = re.compile(r"[.!?][ \t\n]")
# Before the opening mark: 'X said: ', 'X wrote on Twitter: ', 'X told reporters that '.
_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<spk>{_SPEAKER}){_APPOS}\s+{_FILL}(?P<cue>{_CUE})"
    rf"(?:\s+(?!that\b)[^\s\"“”«»]+){{0,7}}?[ \t]*[:,]?[ \t]*(?:that[ \t]+)?\Z")
# A sentence that is only a name and a colon before the mark: '… ISIS." Bush: "…"'.
_NAME_LABEL = re.compile(r"[ \t]*(?P<spk>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*\w)[ \t]*:"
                         r"[ \t]*\Z")
_TRANSCRIPT = re.compile(r"^[ \t]*(?P<spk>[A-Z][A-Z.'’ -]{0,40}[A-Z.]|[QA]):[ \t]*\Z", re.M)
_PARTICIPLE = re.compile(rf"\b(?P<cue>{_PART})\b(?:\s+[^\s\"“”«».!?]+){{0,6}}?[ \t]*[:,]?"
                         rf"[ \t]*(?:that[ \t]+)?\Z")
_PARTICIPLE_ANY = re.compile(rf"\b(?P<cue>{_PART})\b")
_IN_SENTENCE = re.compile(rf"(?<![\w'’-])(?P<spk>{_SPEAKER}){_APPOS}\s+{_FILL}"
                          rf"(?P<cue>{_CUE}|{_FRAME})\b")
# 'A source familiar with Cruz’s thinking said', 'two officials close to the campaign told'
_UNNAMED_SOURCE = re.compile(
    rf"(?<![\w'’-])(?P<spk>(?:{_DETS}|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]ultiple|[Bb]oth)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_alternation(SOURCE_NOUNS)})\s+(?:{_alternation(SOURCE_LINKS)})"
    rf"\s+[^.;:!?\"“”\n]{{1,80}}?)\s+{_FILL}(?P<cue>{_CUE})\b")
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<spk>{_ROLE}{{0,4}}{_NAME_NP}|{_SPEAKER})")
_CONTAINER = re.compile(rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+)?"
                        rf"(?:{_alternation(CONTAINERS)})\Z")
_WORK_BEFORE = re.compile(rf"(?<![\w-])(?:{_alternation(WORK_WORDS)})[ \t]*[:,]?[ \t]*"
                          r"(?:(?:a|an|the|as)[ \t]+)?\Z", re.I)
_WORD_WORD_BEFORE = re.compile(rf"(?<![\w-])(?:{_alternation(WORD_WORDS)})[ \t]*[:,]?[ \t]*"
                               r"(?:(?:a|an|the|as|of)[ \t]+)?\Z", re.I)
_NICKNAME_BEFORE = re.compile(rf"(?<![\w-])(?:{_alternation(NICKNAMING)})[ \t]*[:,]?[ \t]*"
                              r"(?:(?:a|an|the|as|him|her|it|them)[ \t]+)?\Z", re.I)
# A term being named or defined: 'credit arrangements, also known as "swap lines"', 'a new
# screen, dubbed a "retina display"', 'Formerly "iPhone OS"', 'a free case, or "bumper"', and
# 'the UAW's "jobs bank", a system where …'.
_NAMED_AS_BEFORE = re.compile(
    r"(?:(?:,|\b(?i:also|commonly|often|sometimes|informally|popularly|widely|is|are|was|were|"
    r"be|been|being))[ \t]+(?i:known[ \t]+as|called|dubbed|nicknamed|termed|referred[ \t]+to"
    r"[ \t]+as)|\b(?i:formerly)|,[ \t]+or)[ \t]+(?:(?i:an?|the)[ \t]+)?\Z")
_DEFINED_AFTER = re.compile(r"[ \t]*,[ \t]+(?:a|an|which)[ \t]")
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)]*\Z")
_CHANT_BEFORE = re.compile(r"\b(?i:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|"
                           r"cr(?:y|ies|ied)|scream(?:s|ed|ing)?)(?:[ \t]+of)?[ \t]*[:,]?[ \t]*\Z")
_SO_CALLED = re.compile(r"(?<![\w-])(?i:so-called|quote-unquote)[ \t]*\Z")
# A title after an outlet or a show's host ('on NBC's "Meet the Press"', 'told "Fox and
# Friends"', 'on "Saturday Night Live"') or before the noun it names ('the "Jesus Is King"
# rapper', 'the "No Comparison" ad').
_OUTLET_BEFORE = re.compile(r"(?:[A-Z][\w&.]*(?:’s|'s)|\b(?:on|told|to|hosts?\s+of|host))"
                            r"[ \t]*\Z")
_WORK_AFTER = re.compile(rf"[ \t]*(?:{_alternation(WORK_NOUNS_AFTER)})\b")
_SAYING = re.compile(rf"(?<![\w'’-])(?i:{_alternation(set(CUES) | set(PARTICIPLE_CUES) | FRAMING_CUES | ATTRIBUTION_VERBS)})(?![\w'’-])")
_LAST_WORD = re.compile(r"([\w'’-]+)[ \t]*\Z")
_CUE_BEFORE = re.compile(rf"(?:\b(?:{_CUE}|{_PART})\b|:)[ \t]*,?[ \t]*\Z")
# After '"…." X said', words that end an attribution ('X said on Tuesday.') rather than
# start a new sentence of reported speech ('He said the team was ready').
_ADJUNCT = re.compile(rf"\s*[.,;]|\s+(?:{_alternation(ATTRIBUTION_ADJUNCTS)})\b")
_STATEMENT_FROM = re.compile(rf"(?i:an?|the)\s+(?:[\w-]+\s+)?(?i:{_alternation(CONTAINERS)}|"
                             rf"release|spokesperson|spokesman|spokeswoman)\s+(?i:from|by)\s+"
                             rf"(?:the\s+)?(?P<who>[A-Z][^,]*?)[.]?\Z")
_THE_ACRONYM = re.compile(r"[Tt]he\s+([A-Z]{2,6})")
# Calendar words are never speakers ('Last Friday', 'On Monday').
_NOT_SPEAKER_WORDS = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS)) | frozenset(
    {"Last", "Next", "This", "Early", "Late", "On", "In", "At"})
# A speaker word ending in a possessive ("Trump’s comments had …") is a determiner.
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])\Z")
_TIME_WORDS = frozenset(w.lower() for w in _NOT_SPEAKER_WORDS) | {
    "later", "earlier", "then", "now", "today", "yesterday", "tonight", "week", "month",
    "year", "morning", "evening", "night", "afternoon", "weekend"}
_MARK = MARK
# A speaker's final period that belongs to an abbreviation ("Jr.", "Gov.") or an initial.
_ABBREV = re.compile(rf"(?:\b(?:{_alternation(TITLES | ABBREVIATIONS)}|[A-Z])\.)\Z", re.I)
_LINK = re.compile(r"(?:https?://)?pic\.twitter\.com/\w+|https?://[^\s<>\"”]+")
_TRAILING_LINKS = re.compile(r"(?:[ \t]*(?:(?:https?://)?pic\.twitter\.com/\w+|"
                             r"https?://t\.co/\w+))+[ \t]*\Z")
_POST_DATE = re.compile(r"(?P<mon>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4})")
_END_PUNCT = re.compile(r"[.!?…,;:—-][\"'’”)]*\Z")
_TITLE_WORD = re.compile(r"[A-Z0-9]|[a-z]{1,3}\Z|(?:and|the|of|for|with)\Z")
# Words of the reporter's prose around a post, not of the post itself.
_REPORTER = re.compile(rf"\b(?:{_CUE}|{_PART}|{_alternation(POST_CONTEXT_WORDS)})\b")
# Marks of a post's own voice: first or second person, exclamations, questions, trailing
# dots, shouting, emoji, hashtags and mentions (reporter prose has none of them).
_POST_VOICE = re.compile(rf"(?<![\w'’])(?:{_alternation(POST_VOICE_WORDS)})(?![\w'’])|[!?]|"
                         r"\.\.|\b[A-Z]{3,}\b|[\U0001F000-\U0001FAFF\u2600-\u27BF]|[#@]\w")
_POST_END = re.compile(r"(?:[.!?…)]|[^\x00-\u2000]|\w+\.\w+/\w+)\s*\Z")


# --- marks and spans -------------------------------------------------------------------------

def _spans(doc: Document) -> list[QuoteSpan]:
    """The document's quote spans (``QUOTE_SPANS``, paired once in the text layer), but those
    too long to be a quotation (mark errors)."""
    return [q for q in QUOTE_SPANS(doc) if q.end - q.start <= MAX_QUOTE_CHARS]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# --- sentences and paragraphs (read from the Document) ----------------------------------------

def _sentence_start(doc: Document, pos: int) -> int:
    """Start of the sentence holding offset ``pos`` (0 before the first one)."""
    sentence = doc.sentence_at(pos)
    return sentence.start if sentence is not None else 0


def _sentence_end(doc: Document, pos: int) -> int:
    """End of the sentence holding offset ``pos`` (at least ``pos``)."""
    sentence = doc.sentence_at(pos)
    return max(pos, sentence.end) if sentence is not None else pos


def _line(doc: Document, pos: int) -> tuple[int, int]:
    """(start, end) of the paragraph holding offset ``pos``."""
    para = doc.paragraph_at(pos)
    return (para.start, para.end) if para is not None else (0, len(doc.text))


# --- speakers ----------------------------------------------------------------------------------

class _Mentions:
    """Entity mentions by position."""

    def __init__(self, entities: Sequence[LocalEntity],
                 skip: tuple[int, int] = (-1, -1)) -> None:
        # mentions inside ``skip`` (the byline: the author is not a speaker's referent) are
        # left out
        rows = sorted(((m.start, m.end, m, ent) for ent in entities for m in ent.mentions
                       if not skip[0] <= m.start < skip[1]), key=lambda r: (r[0], -r[1]))
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.entities = entities

    def at(self, s: int, e: int) -> tuple[EntityMention, LocalEntity] | None:
        """The longest mention overlapping text[s:e] that starts first."""
        i = bisect.bisect_left(self.starts, s)
        j = max(0, i - 1)
        best = None
        while j < len(self.rows) and self.rows[j][0] < e:
            ms, me, m, ent = self.rows[j]
            if ms < e and s < me and (best is None or me - ms > best[0].end - best[0].start):
                best = (m, ent)
            j += 1
        return best

    def between(self, s: int, e: int):
        i = bisect.bisect_left(self.starts, s)
        while i < len(self.rows) and self.rows[i][0] < e:
            yield self.rows[i]
            i += 1

    def last_before(self, pos: int, floor: int, kinds: tuple[str, ...]) -> tuple | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.rows[i][0] >= floor:
            if self.rows[i][3].kind in kinds and self.rows[i][1] <= pos:
                return self.rows[i]
            i -= 1
        return None

    def surname(self, name: str) -> LocalEntity | None:
        """The one person whose last name is ``name`` ('HOLT' -> 'Lester Holt')."""
        low = name.lower()
        found = [e for e in self.entities
                 if e.kind == "person" and " " in e.name and e.name.lower().split()[-1] == low]
        return found[0] if len(found) == 1 else None

    def named(self, name: str) -> LocalEntity | None:
        low = name.lower()
        for ent in self.entities:
            if ent.name.lower() == low or low in (a.lower() for a in ent.aliases) or \
                    low in (h.lower() for h in ent.handles):
                return ent
        return None


def _not_subject(text: str, s: int, e: int, mentions: _Mentions) -> bool:
    """Speaker words that cannot be a verb's subject: a possessive ("Trump’s comments had
    rattled them") unless a name ends so ("McDonald’s"), or a phrase of time ('at the time
    said', 'later Thursday told')."""
    words = text[s:e].split()
    if not words or _PREPOSITION_BEFORE.search(text, max(0, s - 12), s):
        return True  # ('Protesters marching through the streets chanted': not 'the streets')
    if _POSSESSIVE_END.search(words[-1]):
        hit = mentions.at(s, e)
        return not (hit is not None and hit[0].end >= e)
    low = " ".join(words).lower()
    return low in TIME_NOUN_PHRASES or all(w.lower().rstrip(".,") in _TIME_WORDS for w in words)


def _strip_speaker(text: str, s: int, e: int) -> tuple[int, int]:
    s, e = _strip(text, s, e)
    while e > s and text[e - 1] in ",.;:" and not _ABBREV.search(text[max(s, e - 8):e]):
        e -= 1
    return s, e


def _role_then_name(text: str, start: int, line_end: int,
                    mentions: _Mentions) -> tuple[int, int, tuple[int, int]] | None:
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


def _speaker(text: str, s: int, e: int, cue: str | None, mentions: _Mentions,
             confidence: float, head: tuple[int, int] | None = None) -> dict:
    """Speaker fields for the speaker words text[s:e] (apposition included); ``head``, when
    given, is the part of them that names the speaker (``speakers.head``)."""
    s, e = _strip_speaker(text, s, e)
    if head is None:
        head = speaker_head(text, s, e, mentions)
    if head != (s, e):
        hit = mentions.at(*head)
        if hit is not None and hit[0].start >= s and hit[0].end <= e and hit[1].kind in (
                "person", "organization", "account"):
            return {"speaker_text": text[s:e], "speaker_start": s, "speaker_end": e,
                    "cue": cue, "confidence": confidence, "speaker_kind": hit[1].kind,
                    "speaker_name": hit[1].name}
    comma = text.find(",", s, e)
    core_end = comma if comma > 0 else e
    core = text[s:core_end].strip()
    low = core.lower()
    first = low.split(" ", 1)[0] if low else ""
    info = {"speaker_text": text[s:e], "speaker_start": s, "speaker_end": e, "cue": cue,
            "confidence": confidence}
    anonymous = {**info, "speaker_kind": "anonymous", "speaker_name": None}
    source = _STATEMENT_FROM.match(core)
    if source:  # 'a statement from Apple Computer': the organization speaks
        hit = mentions.at(s + source.start("who"), s + source.end("who"))
        return {**info, "speaker_kind": hit[1].kind if hit and hit[1].kind in (
            "person", "organization") else "organization",
            "speaker_name": hit[1].name if hit else source.group("who")}
    if low in ANONYMOUS or low in PLURAL_SPEAKERS or low in TRANSCRIPT_ROLES or first in (
            "a", "an", "another", "one", "some", "several", "many"):
        return anonymous
    hit = mentions.at(s, s + len(core))
    if hit is not None and hit[1].kind == "place" and not low.startswith(hit[0].text.lower()):
        hit = None  # 'the mayor of Chicago' is not Chicago
    if hit is not None:
        kind = hit[1].kind if hit[1].kind in ("person", "organization", "account") \
            else "organization"
        return {**info, "speaker_kind": kind, "speaker_name": hit[1].name}
    words = low.split()
    acronym = _THE_ACRONYM.fullmatch(core)
    if acronym:  # 'the UAW'
        return {**info, "speaker_kind": "organization", "speaker_name": acronym.group(1)}
    if first in ("the", "its", "this", "that") and words:
        head = _description_head(words)
        if head in ORG_DESCRIPTIONS or " ".join(words[1:]) in ORG_DESCRIPTIONS:
            org = mentions.last_before(s, 0, ("organization",))
            return {**info, "speaker_kind": "organization",
                    "speaker_name": org[3].name if org else None}
        if head in DESCRIPTIONS or _AGE_OR_KIN.fullmatch(head):
            person = mentions.last_before(s, max(0, s - 600), ("person",))
            if person is not None:
                return {**info, "speaker_kind": "person", "speaker_name": person[3].name,
                        "confidence": confidence * 0.85}
        return anonymous
    if core[:1].islower() and len(words) > 1 and _description_head(words) in DESCRIPTIONS:
        # a role without a determiner ('former secretary of state said'): the person named
        # last before it
        person = mentions.last_before(s, max(0, s - 600), ("person",))
        if person is not None:
            return {**info, "speaker_kind": "person", "speaker_name": person[3].name,
                    "confidence": confidence * 0.85}
    if low in ("he", "she", "his", "her"):
        # a pronoun the entity resolver left alone (its gender guess disagreed): the person
        # named last before it, within a few sentences
        person = mentions.last_before(s, max(0, s - 400), ("person",))
        if person is not None and person[2].kind in ("name", "alias"):
            return {**info, "speaker_kind": "person", "speaker_name": person[3].name}
    if low in ("he", "she", "they", "i", "we", "it", "you", "his", "her", "their"):
        return {**info, "speaker_kind": "unknown", "speaker_name": None,
                "confidence": confidence * 0.6}
    if core[:1] == "@":
        ent = mentions.named(core)
        return {**info, "speaker_kind": ent.kind if ent else "account",
                "speaker_name": ent.name if ent else core, "speaker_handle": core}
    if len(words) > 1 and _POSSESSIVE_END.search(words[0]):
        return anonymous  # "Ministers' critics": a description, nobody the article names
    name_words = core.split()
    while name_words and (name_words[0][:1].islower()
                          or name_words[0].rstrip(".").lower() in TITLES):
        name_words.pop(0)
    if not name_words or all(w in _NOT_SPEAKER_WORDS for w in name_words):
        return {**info, "speaker_kind": "unknown", "speaker_name": None,
                "confidence": confidence * 0.5}
    name = " ".join(name_words)
    ent = mentions.named(name) or mentions.surname(name)
    if ent is None and cue is None and name.isupper() and len(name) > 3:
        name = name.title()  # a transcript label: 'HOLT:'
    if ent is not None:
        return {**info, "speaker_kind": ent.kind if ent.kind != "place" else "organization",
                "speaker_name": ent.name}
    if first in PLURAL_SPEAKERS:
        return {**info, "speaker_kind": "organization", "speaker_name": name}
    return {**info, "speaker_kind": "person", "speaker_name": name}


def _description_head(words: list[str]) -> str:
    """The head noun of a description: its last word before 'of', 'for', 'at' ('the former
    secretary of state' -> 'secretary')."""
    for k, w in enumerate(words):
        if k and w in ("of", "for", "at", "from", "with"):
            return words[k - 1]
    return words[-1]


_NP_STOP = frozenset(CUES) | frozenset(PARTICIPLE_CUES) | CUE_FILLERS | NP_BREAKERS
_WORDS = re.compile(r"[\w’'@-]+|[^\w\s]")


def _noun_phrase_end(text: str, s: int, pos: int) -> int:
    """End of a determiner noun phrase starting at s ('A different user also said' ->
    'A different user'): at most five words, up to a verb, a filler or punctuation."""
    end = s
    head_seen = False
    for n, w in enumerate(_WORDS.finditer(text, s, min(pos, s + 80))):
        word = w.group(0)
        if n > 5 or not word[:1].isalnum() or (n and word.lower() in _NP_STOP) or \
                (n > 1 and word.endswith("ed") and word[:1].islower()) or \
                (head_seen and word.lower() not in _PREPOSITION_WORDS):
            break
        end = w.end()
        # a head noun ('The administration', 'the crowd') ends the phrase unless a
        # preposition follows ('the head of the committee')
        head_seen = n > 0 and word.lower() in _HEAD_NOUNS
    return end


# After a capitalized word, what makes it a sentence opener rather than a subject ('Hours
# later, she …', 'Shortly after …', 'Based on …', 'Like Corker, …').
_OPENER_AFTER = re.compile(r"\s*,|\s+(?:later|after|before|ago|on|in|at|to|of|about|from|"
                           r"with|for|the|a|an|his|her|their|its)\b")
# Descriptions by age or family ('the 43-year-old', tabloid 'the mother-of-two').
_AGE_OR_KIN = re.compile(r"\d{1,3}-year-old|(?:mother|father|mum|mom|dad|grandmother|"
                         r"grandfather|grandma|grandpa)-of-[a-z]+")
_HEAD_NOUNS = ORG_DESCRIPTIONS | DESCRIPTIONS | PLURAL_SPEAKERS | frozenset({
    "crowd", "audience", "message", "ad", "report", "statement", "letter", "memo", "email",
    "lawsuit", "complaint", "ruling", "poll", "survey", "study", "analysis", "council",
    "protesters", "voters", "group", "people", "man", "woman", "employee", "friend", "source"})
_PREPOSITION_WORDS = frozenset({"of", "for", "at", "from", "with", "in", "on"})
_PRONOUN_WORDS = frozenset({"he", "she", "they", "i", "we", "it", "you"})


_SUBJECT = re.compile(rf"[\s\"“”'‘’(—–-]*(?P<spk>{_SPEAKER})")


def _subject(text: str, s0: int, pos: int, mentions: _Mentions, cue: str,
             confidence: float) -> dict | None:
    """The subject of the sentence text[s0:pos]: its first speaker-like noun phrase, else
    its first non-possessive person or organization mention."""
    start = s0
    opener = re.match(r"[\s\"“”'‘’(—–-]*([A-Za-z]+)", text[s0:pos])
    participial = opener is not None and opener.group(1)[:1].isupper() and \
        opener.group(1).endswith(("ing", "ed")) and \
        opener.group(1).lower() not in PREPOSITIONAL_PARTICIPLES and \
        mentions.at(s0 + opener.start(1), s0 + opener.end(1)) is None
    if opener and (opener.group(1).lower() in SENTENCE_OPENERS or participial):
        # ('Horrified at the prospect of Trump winning, Ramos believes in journalism that "…"')
        comma = text.find(",", s0, min(pos, s0 + 120 if participial else s0 + 80))
        if comma >= 0:
            start = comma + 1
    np = _SUBJECT.match(text, start, pos)
    if np and np.group("spk").split()[0].lower() not in SENTENCE_OPENERS:
        s, e = np.span("spk")
        if np.group("spk").split()[0].lower() in ("the", "a", "an", "another", "one"):
            e = max(e, _noun_phrase_end(text, s, pos))
        lone = " " not in text[s:e].strip() and text[s:s + 1].isupper() and \
            mentions.at(s, e) is None and text[s:e].lower() not in _PRONOUN_WORDS and (
                text[s:e].endswith(("ly", "ing", "ed")) or bool(_OPENER_AFTER.match(text, e)))
        if not possessive(text, e) and not lone:  # ('Shortly after …', 'Hours later, she')
            info = _speaker(text, s, e, cue, mentions, confidence)
            if info["speaker_kind"] != "unknown" or info["speaker_text"].lower() in (
                    "he", "she", "they", "i", "we"):
                return info
    for ms, me, mm, ent in mentions.between(s0, pos):
        if ent.kind in ("person", "organization") and not possessive(text, me):
            return _speaker(text, ms, me, cue, mentions, confidence)
    return None


def _attribution(doc: Document, qs: int, qe: int, closed: bool, mentions: _Mentions,
                 previous: dict | None) -> tuple[dict | None, int]:
    """The speaker of the quote text[qs:qe] (marks at qs-1 and qe), and whether the pattern
    that found it is STRONG (a reporting verb next to the quote), MEDIUM (one earlier in
    the sentence) or WEAK (a framing verb like "called", or nothing)."""
    text = doc.text
    line_start, line_end = _line(doc, qs)
    inner = text[qs:qe].rstrip()
    # 1. Right after the closing mark: '"…," X said' / '"…," said X'.
    if closed:
        after = _AFTER.match(text, qe + 1, min(line_end, qe + 1 + _WINDOW))
        if after and inner[-1:] in ".!?" and not inner.endswith("...") and \
                text[qe + 1:qe + 2] not in ",—–" and _NEXT_QUOTE.match(text, after.end()):
            after = None  # '"…." He added, "…"': the attribution opens the next quote
        if after and (after.group("cue1") or inner[-1:] != "." or inner.endswith("...")
                      or text[qe + 1:qe + 2] in ",—–" or after.group("spk2")[:1].islower()
                      or _ADJUNCT.match(text, after.end())):
            g = "1" if after.group("spk1") else "2"
            role = _role_then_name(text, after.start("spk1"), line_end, mentions) \
                if g == "1" else None
            if role is not None:  # 'said Labour spokesman Phil Willis'
                info = _speaker(text, role[0], role[1], after.group("cue1"), mentions, 0.95,
                                head=role[2])
            else:
                info = _speaker(text, *_who(after, f"spk{g}"), after.group(f"cue{g}"),
                                mentions, 0.95)
            if not _CONTAINER.match(info["speaker_text"]):
                return _rule(info, "after-mark"), STRONG
            return _rule(_container(info, previous), "container"), STRONG
        dash = _dash_name(doc, qe, line_end, not text[line_start:qs - 1].strip()) \
            if _starts_sentence(text, qs, line_start) else None
        if dash is not None:
            return _rule(_speaker(text, *dash, None, mentions, 0.9), "dash-name"), STRONG
        found = _phrase_after_mark(text, qs, qe, line_end, mentions)
        if found is not None:
            return found, STRONG if found["rule"] == "after-mark-phrase" else MEDIUM
    sent0 = max(line_start, _sentence_start(doc, qs - 1), qs - 1 - _WINDOW)
    head = text[sent0:qs - 1]
    # 2. Transcript label: 'HOLT: "…"', 'Secretary of the Air Force James Roche: "…"'.
    label = _TRANSCRIPT.search(text, line_start, qs - 1) or _NAME_LABEL.match(text, sent0,
                                                                             qs - 1)
    if label:
        return _rule(_speaker(text, label.start("spk"), label.end("spk"), None, mentions, 0.8),
                     "transcript"), STRONG
    colon = head.rstrip()
    if colon.endswith(":"):
        named = mentions.last_before(sent0 + len(colon) - 1, sent0, ("person",))
        if named is not None and not text[named[1]:sent0 + len(colon) - 1].strip() and \
                not _OBJECT_BEFORE.search(text, max(0, named[0] - 40), named[0]) and \
                text[named[0]:named[1]].lower() not in ("him", "her", "them", "himself",
                                                        "herself", "themselves"):
            # (not an object: 'Trump wrote to Roffman: "…"', 'added about Carson: "…"')
            return _rule(_speaker(text, named[0], named[1], None, mentions, 0.8),
                         "colon-name"), STRONG
    # 3. Right before the opening mark: 'X said: "…"' (an unnamed source described by what it
    # knows first: 'A source familiar with Ruiz’s thinking said he is "…"').
    unnamed = _UNNAMED_SOURCE.search(text, sent0, qs - 1)
    if unnamed is not None:
        info = _speaker(text, *unnamed.span("spk"), unnamed.group("cue"), mentions, 0.75)
        return _rule({**info, "speaker_kind": "anonymous", "speaker_name": None},
                     "in-sentence"), MEDIUM
    before = _BEFORE.search(text, sent0, qs - 1)
    if before and before.group("cue") in ("read", "reads") and not _CONTAINER.match(
            before.group("spk")) and not _STATEMENT_FROM.match(before.group("spk")):
        before = None  # 'She read "Pride and Prejudice"': a title, not a caption
    if before and _not_subject(text, *before.span("spk"), mentions):
        before = None  # "Trump’s comments had …", 'Priebus later Thursday told': the phrase
    if before:
        info = _speaker(text, *_who(before, "spk"), before.group("cue"), mentions, 0.9)
        if _CONTAINER.match(info["speaker_text"]):
            return _rule(_container(info, previous), "container"), STRONG
        return _rule(info, "before-mark"), STRONG
    found = _phrase_before_mark(text, sent0, qs - 1, mentions)
    if found is not None:
        return _rule(found, "before-mark-phrase"), STRONG
    # 3b. A reporting verb ending the sentence just before the quote, in its paragraph:
    # 'Dianne Bystrom agreed. "…"'.
    found = _cue_sentence_before(doc, qs - 1, line_start, mentions)
    if found is not None:
        return found, STRONG
    # 4. A participle: '…, tweeting on July 4: "…"' (the clause subject speaks).
    part = _PARTICIPLE.search(text, sent0, qs - 1) or (
        _PARTICIPLE_ANY.search(text, sent0, qs - 1) if head.count('"') + head.count("“") == 0
        else None)
    if part:
        near = STRONG if part.re is _PARTICIPLE else MEDIUM
        if previous is not None and previous.get("quote_end", -1) >= sent0 and \
                previous.get("rule") not in _GUESSES:
            return _rule({**previous, "cue": part.group("cue")}, "participle-continues"), near
        info = None
        quoted = _QUOTED_AS.search(text, sent0, part.end())
        if quoted is not None and quoted.end() == part.end("cue"):
            # 'GovExec.com quotes a "Senate aide" as saying': the one quoted speaks
            info = _speaker(text, *quoted.span("np"), part.group("cue"), mentions, 0.8)
            return _rule(info, "participle"), near
        if not text[max(sent0, part.start() - 2):part.start()].strip().endswith(","):
            # 'with UBS analyst David Strauss saying "…"': the phrase before the participle
            ph = phrase_before(text, part.start(), sent0)
            if ph is not None and text[max(sent0, ph[0] - 5):ph[0]].rstrip().endswith("with") \
                    and any(w[:1].isupper() for w in text[ph[0]:ph[1]].split()):
                info = _from_phrase(text, ph, part.group("cue"), mentions, 0.8, after_with=True)
        info = info or _subject(text, sent0, part.start(), mentions, part.group("cue"), 0.8)
        if info is not None:
            return _rule(info, "participle"), near
    # 5. A reporting verb earlier in the sentence: 'Police said the suspect "fled on foot"'.
    earlier = framing = None
    rejected = None  # a verb whose next words cannot be its subject: its phrase instead
    for m in _IN_SENTENCE.finditer(text, sent0, qs - 1):
        if possessive(text, m.end("spk")) or _not_subject(text, *m.span("spk"), mentions):
            if not _POSSESSIVE_END.search(m.group("spk")) and not possessive(text, m.end("spk")):
                rejected = rejected or m  # (a possessive's "comments" is a noun, not a verb)
            continue
        if m.group("cue") in FRAMING_CUES:
            framing = m
        else:
            earlier = earlier or m
    earlier = earlier or framing
    if earlier is not None:
        info = _speaker(text, *_who(earlier, "spk"), earlier.group("cue"), mentions, 0.75)
        if not _CONTAINER.match(info["speaker_text"]):
            if earlier is framing:
                return _rule(info, "framing"), WEAK
            return _rule(info, "in-sentence"), MEDIUM
    if rejected is not None and rejected.group("cue") not in FRAMING_CUES:
        # 'Another source familiar with Cruz’s thinking said …'
        info = _from_phrase(text, phrase_before(text, rejected.start("cue"), sent0),
                            rejected.group("cue"), mentions, 0.75)
        if info is not None and not _CONTAINER.match(info["speaker_text"]):
            return _rule(info, "in-sentence"), MEDIUM
    # 5b. A reporting verb coordinated with an earlier verb: 'He praised them but said, "…"'.
    found = _coordinated_subject(doc, sent0, qs - 1, mentions)
    if found is not None:
        return found, STRONG
    # 6. 'according to X' in the same sentence.
    acc = _ACCORDING.search(text, sent0, qs - 1) or _ACCORDING.search(
        text, qe + 1, max(qe + 1, _sentence_end(doc, qe)))  # (never inside the quote itself)
    if acc:
        return _rule(_speaker(text, acc.start("spk"), acc.end("spk"), "according to", mentions,
                              0.8), "according-to"), STRONG
    # 7. A sentence that introduces the quote with a colon, in this paragraph or ending the
    # one before: 'He also played up his strength: "…"', 'The Times reported:\n\n"…"'.
    colon_at = _introducing_colon(text, sent0, qs - 1, line_start)
    if colon_at is not None:
        cue = _CUE_BEFORE_COLON.search(text, max(0, colon_at - 40), colon_at + 1)
        info = None
        if cue is not None:  # 'Reporter Jomana Karadsheh says:', 'Dr. Ward stated:'
            info = _from_phrase(text, phrase_before(text, cue.start("cue"), _sentence_start(
                doc, colon_at)), cue.group("cue"), mentions, 0.8)
        info = info or _clause_subject(text, _sentence_start(doc, colon_at), colon_at, mentions)
        if info is not None:
            return _rule(info, "colon-subject"), MEDIUM
    # 8. Any verb between the closing mark and the end of its clause: '"…," Oliver barked.'
    if closed:
        verb = _ANY_VERB_AFTER.match(text, qe + 1, line_end)
        if verb is not None and (not inner[-1:] in ".!?" or inner.endswith("...")):
            info = _from_phrase(text, phrase_before(text, verb.start("verb"), qe + 1),
                                verb.group("verb"), mentions, 0.8)
            if info is not None and (_NAMEISH.match(info["speaker_text"]) or (
                    info["speaker_name"] and info["speaker_kind"] in ("person", "organization"))):
                return _rule(info, "verb-after"), MEDIUM
    # 9. A reporting clause that ends the sentence, set off by a comma, past more of the
    # reporter's words or other quotes: 'Trump’s "excesses" are sickening, Hollande said.'
    found = _trailing_attribution(doc, qe, mentions)
    if found is not None:
        return _rule(found, "sentence-end"), MEDIUM
    return None, WEAK


# After a sentence-final reporting verb: the end of the sentence, an adjunct ('on Monday',
# 'Tuesday in Paris') or a short object ('he told reporters.').
_TAIL = re.compile(rf"[ \t]*(?:[.,;!?:]|\Z)|[ \t]+(?:{_alternation(ATTRIBUTION_ADJUNCTS)}|"
                   rf"{_alternation(w.capitalize() for w in WEEKDAYS)})\b|"
                   r"(?:[ \t]+(?!that\b)[\w’'.-]+){1,4}[ \t]*[.,;]")
_COMMA_BEFORE = re.compile(r",[\"”’']?[ \t]*(?:as[ \t]+)?\Z")


def _trailing_attribution(doc: Document, qe: int, mentions: _Mentions) -> dict | None:
    """'… are "sickening," Hollande said Tuesday.', '… that the race "is a dead heat," as Cruz
    said on Monday, …': the first reporting verb after the closing mark at ``qe`` in its
    sentence (outside other quotes), its subject set off by a comma before it and the
    sentence ending (or an adjunct following) after it."""
    text = doc.text
    end = min(_sentence_end(doc, qe), _line(doc, qe)[1])
    for cue in _CUE_WORD.finditer(text, qe + 1, end):
        if cue.group(0) in ("read", "reads") or _inside_marks(text, qe + 1, cue.start()):
            continue
        if not _TAIL.match(text, cue.end(), end):
            continue
        ph = phrase_before(text, cue.start(), qe + 1)
        if ph is None or not _COMMA_BEFORE.search(text, qe - 1, ph[0]) or \
                len(text[ph[0]:ph[1]].split()) > 12:
            continue
        return _from_phrase(text, ph, cue.group(0), mentions, 0.8)
    return None


# After a closing mark: a short subject and a verb that ends the clause ('Oliver barked.').
_ANY_VERB_AFTER = re.compile(r"[ \t]*[,—–-]?[ \t]*(?:[\w'’.-]+[ \t]+){1,4}?"
                             r"(?P<verb>[a-z]+ed)(?=[ \t]*[.,;]|[ \t]+(?:on|in|at|to|as|"
                             r"after|before|while|when|into)\b)")
_NAMEISH = re.compile(r"(?:[A-Z](?!he\b)|(?:he|she|they)\b)")


def _introducing_colon(text: str, sent0: int, mark: int, line_start: int) -> int | None:
    """Where the colon that introduces a quote is: right before the mark in its sentence, or
    ending the paragraph before when the quote opens its paragraph."""
    head = text[sent0:mark].rstrip()
    if head.endswith(":"):
        return sent0 + len(head) - 1
    if text[line_start:mark].strip():
        return None
    prev = text[:line_start].rstrip()
    return len(prev) - 1 if prev.endswith(":") else None


_CUE_BEFORE_COLON = re.compile(rf"(?<![\w'’-])(?P<cue>{_CUE})[ \t]*:\Z")
_NEXT_QUOTE = re.compile(r"[ \t]*[,:][ \t]*[\"“]")
_CUE_WORD = re.compile(rf"(?<![\w'’-])(?:{_CUE})(?![\w'’-])")
_NEXT_MARK = MARK


# A name after a preposition, possibly with a title or role words between ('to Sen. Ann
# Lee', 'about the former governor Jeb Bush'): an object, not a speaker.
_OBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?:to|of|about|with|at|for|from|on|against|toward)"
                            rf"(?:[ \t]+(?:the|[a-z][\w-]*|(?i:{_alternation(TITLES)})\.?))*"
                            r"[ \t]+\Z")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:in|on|at|for|with|from|of|to|about|into|"
                                 r"during|since|until)[ \t]+\Z")


def _from_phrase(text: str, ph: tuple[int, int] | None, cue: str, mentions: _Mentions,
                 confidence: float, after_with: bool = False) -> dict | None:
    """Speaker fields for a speaker phrase found by ``speakers`` (None for no valid phrase)."""
    if ph is None or not valid_phrase(text, *ph):
        return None
    if (not after_with and _PREPOSITION_BEFORE.search(text, max(0, ph[0] - 12), ph[0])) or \
            text[ph[0]:ph[1]].lower() in TIME_NOUN_PHRASES:
        return None  # 'Beck, who has in the past described …': an adjunct, not the subject
    info = _speaker(text, *ph, cue, mentions, confidence, head=speaker_head(text, *ph, mentions))
    return info if info["speaker_kind"] != "unknown" or info["speaker_text"].lower() in (
        "he", "she", "they", "i", "we") else None


def _phrase_after_mark(text: str, qs: int, qe: int, line_end: int,
                       mentions: _Mentions) -> dict | None:
    """'"…," Democratic pollster Peter Fenn said' / '"…" said former secretary of state Hillary
    Clinton, who …' / '"…" in sharp contrast to …, says Dante Scala': the first reporting verb
    after the closing mark (within a dozen words, before the next mark) and its phrase."""
    if _SENTENCE_END_AFTER.match(text, qe + 1):
        return None  # '… "too little, too late". Shadow secretary Tim Collins added …'
    nxt = _NEXT_MARK.search(text, qe + 1, line_end)
    ceiling = min(nxt.start() if nxt else line_end, qe + 1 + _WINDOW)
    inner = text[qs:qe].rstrip()
    ends_sentence = inner[-1:] in ".!?" and not inner.endswith("...") and \
        text[qe + 1:qe + 2] not in ",—–"
    for cue in _CUE_WORD.finditer(text, qe + 1, ceiling):
        if cue.group(0) in ("read", "reads"):
            continue
        if len(text[qe + 1:cue.start()].split()) > 14:
            return None
        gap = text[qe + 1:cue.start()].strip(" \t,—–-")
        if not gap:  # '"…," said X'
            return _rule(_from_phrase(text, phrase_after(text, cue.end(), ceiling), cue.group(0),
                                      mentions, 0.95), "after-mark-phrase")
        ph = phrase_before(text, cue.start(), qe + 1)
        if ph is not None and not text[qe + 1:ph[0]].strip(" \t,—–-") and (
                not ends_sentence or (_ADJUNCT.match(text, cue.end())
                                      and not _NEXT_QUOTE.match(text, cue.end()))):
            found = _from_phrase(text, ph, cue.group(0), mentions, 0.95)
            if found is not None:
                return _rule(found, "after-mark-phrase")
        if ends_sentence:
            return None
        if text[max(qe + 1, cue.start() - 2):cue.start()] == ", ":
            return _rule(_from_phrase(text, phrase_after(text, cue.end(), ceiling), cue.group(0),
                                      mentions, 0.8), "after-adjunct")  # '"…" in …, says X'
        if ph is not None and text[max(qe + 1, ph[0] - 2):ph[0]] == ", " and \
                _ADJUNCT.match(text, cue.end()):
            return _rule(_from_phrase(text, ph, cue.group(0), mentions, 0.8),
                         "after-adjunct")  # '"…" at …, he said.'
        return None
    return None


def _phrase_before_mark(text: str, sent0: int, mark: int, mentions: _Mentions) -> dict | None:
    """'Tad Devine, Sanders's chief strategist, said, "…"': the last reporting verb before
    the opening mark (at most eight words before it) and its phrase."""
    cue = None
    for m in _CUE_WORD.finditer(text, sent0, mark):
        cue = m if m.group(0) not in ("read", "reads") else cue  # 'She read "Emma"': a title
    if cue is None or len(text[cue.end():mark].split()) > 8 or _NEXT_MARK.search(
            text, cue.end(), mark):
        return None
    return _from_phrase(text, phrase_before(text, cue.start(), sent0), cue.group(0), mentions,
                        0.9)


# A name after a dash that signs a quote, on its line or opening the next paragraph
# ('"…" ― Karen Bobadilla', '"…"\n\n- Bernie Sanders.', '-President Obama, tweeting …').
_DASH_NAME = re.compile(rf"[^\S\n]*[―—–-]{{1,2}}[^\S\n]*"
                        rf"(?P<spk>{_ROLE}{{0,2}}{_NOT_OPENER}{_NAME_NP})"
                        r"(?=[ \t]*(?:[,.;(]|\Z|\n))")


def _dash_name(doc: Document, qe: int, line_end: int, alone: bool) -> tuple[int, int] | None:
    """The span of the name signing the quote that closes at ``qe``, if any (on the next
    paragraph only for a quote that is its paragraph: a dash line after a paragraph of
    reporting is a byline)."""
    text = doc.text
    m = _DASH_NAME.match(text, qe + 1, line_end)
    if m is None and alone and not text[qe + 1:line_end].strip(" \t.,"):
        para = doc.paragraph_at(qe)
        if para is not None and para.index + 1 < len(doc.paragraphs):
            nxt = doc.paragraphs[para.index + 1]
            m = _DASH_NAME.match(text, nxt.start, nxt.end)
    return m.span("spk") if m is not None else None


_CUE_PERIOD = re.compile(rf"(?<![\w'’-])(?P<cue>{_CUE})\.[ \t]*\Z")
_COORDINATED_CUE = re.compile(rf"\b(?:and|but)[ \t]+{_FILL}(?P<cue>{_CUE})[ \t]*[:,]?[ \t]*\Z")


def _cue_sentence_before(doc: Document, mark: int, line_start: int,
                         mentions: _Mentions) -> dict | None:
    """'Iowa State's Dianne Bystrom agreed. "…"': a sentence that ends on its reporting verb
    right before the quote, in the same paragraph."""
    text = doc.text
    floor = max(line_start, mark - _WINDOW)
    ended = _CUE_PERIOD.search(text, floor, mark)
    if ended is not None and ended.group("cue") not in ("read", "reads"):
        s0 = max(floor, _sentence_start(doc, ended.start()))
        if not _MARK.search(text, max(line_start, _sentence_start(doc, ended.start())),
                            ended.start()):  # ('"…" Clinton said. "…" Maddow repeated.')
            found = _from_phrase(text, phrase_before(text, ended.start(), s0), ended.group("cue"),
                                 mentions, 0.8)
            if found is not None:
                return _rule(found, "cue-sentence-before")
    return None


def _coordinated_subject(doc: Document, sent0: int, mark: int,
                         mentions: _Mentions) -> dict | None:
    """'He praised those who left but said, "…"': a reporting verb right before the quote,
    coordinated with an earlier verb of its sentence: the sentence's subject speaks."""
    text = doc.text
    coordinated = _COORDINATED_CUE.search(text, sent0, mark)
    if coordinated is not None and not _MARK.search(text, sent0, coordinated.start()):
        found = _subject(text, sent0, coordinated.start(), mentions, coordinated.group("cue"), 0.8)
        if found is not None:
            return _rule(found, "coordinated-subject")
    return None


_QUOTED_AS = re.compile(r"\b(?:quotes?|quoted|quoting)\s+(?P<np>[^.;:!?]{1,80}?)\s+as\s+"
                        rf"(?:{_PART})\b")
# Rules that guess a speaker without a verb of saying: a quote after one of them does not
# inherit its speaker through a participle.
_GUESSES = frozenset({"clause-subject", "previous-sentence"})


def _rule(info: dict | None, rule: str) -> dict | None:
    """``info`` marked with the rule that found it (its confidence comes from the rule's
    measured precision: ``RULE_PRECISION``)."""
    if info is not None:
        info["rule"] = rule
    return info


def _who(m: re.Match, group: str) -> tuple[int, int]:
    """The speaker span of a match: the name in apposition when the speaker words are a
    description ('The central bank's governor, Liu Wen, said' -> 'Liu Wen')."""
    app = m.groupdict().get("app")
    if app and m.group(group).split(" ", 1)[0].lower() in DETERMINERS:
        return m.span("app")
    return m.span(group)


def _container(info: dict, previous: dict | None) -> dict:
    """'"…," the caption further read', '"…," the statement said': the words belong to whoever
    wrote the caption or statement (the speaker of the quote before); the row keeps the
    container as written ("the statement") as its speaker text."""
    if previous is None:
        return {**info, "speaker_kind": "unknown", "speaker_name": None}
    keep = ("speaker_kind", "speaker_name", "speaker_handle")
    return {**info, **{k: previous.get(k) for k in keep}, "confidence": 0.7}


# --- kinds and non-quotes ----------------------------------------------------------------------

def _starts_sentence(text: str, qs: int, line_start: int) -> bool:
    head = text[max(line_start, qs - 1 - 40):qs - 1]
    stripped = head.rstrip(" \t")
    if not text[line_start:qs - 1].strip(" \t—–-•*·"):
        return True
    return stripped.endswith((".", "!", "?", ":", "…", '"', "”")) or \
        bool(_CUE_BEFORE.search(head))


def _is_partial(text: str, qs: int, qe: int, line_start: int) -> bool:
    """A fragment inside the reporter's sentence rather than a statement of its own."""
    return not _starts_sentence(text, qs, line_start)


def _not_a_quote(text: str, qs: int, qe: int, strength: int, line_start: int,
                 sentence: tuple[int, int], headline: tuple[int, int] | None) -> bool:
    """Quote marks that do not quote anyone: a headline's (headlines condense or paraphrase;
    the body quotes the words), titles of works, nicknames, words named as words with nobody
    said to use them, and one-word scare quotes in a sentence that attributes nothing. Real
    quotes outnumber all of these, so only clear signs drop a span (measured on news: a
    filter that drops fragments with no reporting verb next to them loses more quotes than it
    removes non-quotes)."""
    inner = text[qs:qe].strip()
    words = inner.split()
    if not words or not any(c.isalnum() for c in inner):
        return True
    if headline is not None and headline[0] <= qs < headline[1]:
        return True
    head = text[max(line_start, qs - 41):qs - 1]
    close = qe
    while close < len(text) and text[close] in " \t":
        close += 1  # spaced marks: '" voice control "'
    after_text = text[close + 1:close + 40]
    ends_punct = bool(_END_PUNCT.search(inner))
    if _SO_CALLED.search(head) or words[0].lower() in ("so-called", "quote-unquote"):
        return True  # 'so-called "experts"'
    if _WORK_BEFORE.search(head) and len(words) <= 12:
        return True  # 'the song "Runaway"', 'a memo titled "The Facts on the Race"'
    capitalized = words[0][:1].isupper()
    title_case = capitalized and all(_TITLE_WORD.match(w) or not w[:1].isalpha() for w in words)
    if title_case and len(words) <= 8 and inner[-1:] not in "?" and (
            _OUTLET_BEFORE.search(head) or _WORK_AFTER.match(after_text)):
        return True  # 'on NBC's "Meet the Press."', 'The "Jesus Is King" rapper'
    if title_case and len(words) <= 4 and _NICKNAME_BEFORE.search(head):
        return True  # 'dubbed "The Iceman"'
    if len(words) <= 4 and not _SENTENCE_END.search(inner) and (
            _NAMED_AS_BEFORE.search(head) or _DEFINED_AFTER.match(after_text)):
        return True  # 'arrangements, also known as "swap lines"', '"jobs bank", a system'
    before = text[max(line_start, qs - 3):qs - 1]
    if (before.rstrip()[-1:].isupper() or before.rstrip().endswith(("'s", "’s"))) and \
            after_text[:1] == " " and after_text[1:2].isupper() and len(words) <= 4 and \
            not ends_punct:
        return True  # a nickname inside a name: 'Dwayne "The Rock" Johnson'
    last = _LAST_WORD.search(head)
    preceded = last is not None and last.group(1).lower() in TITLE_PRECEDERS
    if _CHANT_BEFORE.search(head):
        return False  # 'chants of "Feel the Bern!"': a crowd's words, whatever their case
    if strength < STRONG and len(words) <= 6 and title_case \
            and (not ends_punct or preceded or inner[-1:] in "!?"):
        return True  # a title, name or slogan with nobody saying it
    if _WORD_WORD_BEFORE.search(head) and len(words) <= 4 and \
            not _attributes(text, *sentence, qs - 1, qe + 1):
        return True  # 'removing the word "WELP" from the caption'
    if strength < STRONG and len(words) == 1 and not ends_punct and \
            not _attributes(text, *sentence, qs - 1, qe + 1):
        return True  # 'These "reforms" will hurt': a scare quote
    return False


def _attributes(text: str, s0: int, s1: int, mark0: int, mark1: int) -> bool:
    """Whether the sentence text[s0:s1], outside the quote text[mark0:mark1], holds a verb of
    saying ('accused', 'called', 'said') or names a statement ('in an interview')."""
    return bool(_SAYING.search(text, s0, mark0) or _SAYING.search(text, mark1, s1))


# --- embedded posts ----------------------------------------------------------------------------

def _post_date(value: str) -> dt.date | None:
    m = _POST_DATE.match(value)
    if not m or m.group("mon").lower() not in MONTHS:
        return None
    try:
        return dt.date(int(m.group("y")), MONTHS[m.group("mon").lower()], int(m.group("d")))
    except ValueError:
        return None


def _post_start(doc: Document, sig_start: int, floor: int) -> int:
    """Where the post printed above a signature starts: the text before the dash on the
    signature's line, else the paragraph above; then short paragraphs just above are joined
    (a post of several paragraphs), never past the previous signature."""
    text = doc.text
    here = doc.paragraph_at(sig_start)
    line_start = here.start if here is not None else 0
    start = line_start if text[line_start:sig_start].strip() else None
    index = here.index if here is not None else 0
    for _ in range(MAX_POST_PARAGRAPHS):
        index -= 1
        if index < 0 or doc.paragraphs[index].end <= floor:
            break
        s, e = max(floor, doc.paragraphs[index].start), doc.paragraphs[index].end
        para = text[s:e]
        if start is not None and (len(para) > 200 or para.rstrip().endswith(":")
                                  or not _POST_END.search(para)
                                  or sig_start - s > MAX_POST_CHARS or SIGNATURE.search(para)
                                  or _REPORTER.search(para) or not _POST_VOICE.search(para)):
            break
        start = s
        if len(para) > 200:
            break
    return start if start is not None else line_start


def _posts(doc: Document, mentions: _Mentions) -> list[tuple[Quote, int, int]]:
    """Embedded posts, each with the span of text they take (post text and signature)."""
    text = doc.text
    out: list[tuple[Quote, int, int]] = []
    floor = 0
    for m in SIGNATURES(doc):
        s = _post_start(doc, m.start(), floor)
        e = m.start()
        s, e = _strip(text, s, e)
        links = _LINK.findall(text, s, m.end())
        trail = _TRAILING_LINKS.search(text, s, e)
        if trail and trail.start() > s:
            e = _strip(text, s, trail.start())[1]
        floor = m.end()
        if e <= s or not any(c.isalnum() or ord(c) > 0x2000 for c in text[s:e]):
            continue
        ns, ne = m.start("name"), m.end("name")
        handle = m.group("handle")
        ent = mentions.named(handle)
        if ent is None:
            hit = mentions.at(ns, ne)
            ent = hit[1] if hit is not None and hit[0].start == ns else mentions.named(
                text[ns:ne].strip())
        url = links[-1] if links else None
        if url and not url.startswith("http"):
            url = "https://" + url
        kind = ent.kind if ent and ent.kind in ("person", "organization") else "account"
        name = ent.name if ent else handle
        out.append((Quote(s, e, text[s:e], "embedded_post", kind, 0.95, text[ns:ne], ns, ne,
                          name, handle, None, _post_date(m.group("date")), url), s, m.end()))
    return out


def _previous_subject(doc: Document, mark: int, mentions: _Mentions) -> dict | None:
    """For a quote that stands alone with no attribution, the person the sentence just before
    it is about ('Dieter Zetsche denied the reports. "We exclude nothing."'): a guess, so
    with low confidence."""
    text = doc.text
    i = doc.sentence_index(mark)
    if i < 1:
        return None
    here = doc.sentences[i].start
    if text[here:mark].strip():
        return None  # the quote does not start its sentence
    prev = doc.sentences[i - 1].start
    if here - prev > 600 or _MARK.search(text, prev, here):
        return None
    for ms, me, mm, ent in mentions.between(prev, here):
        if ent.kind == "person" and mm.kind in ("name", "alias") and not possessive(text, me):
            return _speaker(text, ms, me, None, mentions, 0.4)
    return None


_CLAUSE_BREAK = re.compile(r"(?:;|,?\s+(?:and|but|while|whereas|as|when|after|before|"
                           r"because|although|though|even as)\s+(?=[A-Z]|(?:he|she|they|it|we)\b))")


def _clause_subject(text: str, sent0: int, mark: int, mentions: _Mentions) -> dict | None:
    """The subject of the clause a partial quote is woven into, when no reporting verb names
    a speaker ('Trump accused Cruz of being "politically correct"' -> Trump, not Cruz): the
    first person or organization (or pronoun standing for one) of the last clause before the
    mark, else of the sentence."""
    start = sent0
    for m in _CLAUSE_BREAK.finditer(text, sent0, mark):
        start = m.end()
    relative = _relative_subject(text, max(start, sent0), mark, mentions)
    if relative is not None:
        return relative
    for floor in dict.fromkeys((start, sent0)):
        info = _subject(text, floor, mark, mentions, None, 0.5)
        if info is not None and info["speaker_start"] < mark and not _inside_marks(
                text, floor, info["speaker_start"]):
            return info
        for ms, me, mm, ent in mentions.between(floor, mark):
            if ent.kind in ("person", "organization") and me <= mark and \
                    not possessive(text, me) and not _inside_marks(text, floor, ms):
                return _speaker(text, ms, me, None, mentions, 0.5)
    return None


# (not an object relative: 'Marco Rubio, who he dubbed "the little senator"')
_RELATIVE = re.compile(r",?[ \t]+(?P<rel>who|which|that)[ \t]+(?!is\b|was\b|are\b|were\b)"
                       r"(?!(?:he|she|they|I|we|you|it)\b|[A-Z])")


def _relative_subject(text: str, floor: int, mark: int, mentions: _Mentions) -> dict | None:
    """'… Barack Obama, who called the nominee "unfit to serve"': the relative pronoun speaks
    for the name just before it (the row's speaker text is "who", its name the person's)."""
    found = None
    for m in _RELATIVE.finditer(text, floor, mark):
        found = m
    if found is None or _MARK.search(text, found.end(), mark):
        return None
    before = mentions.last_before(found.start() + 1, max(floor - 200, 0),
                                  ("person", "organization"))
    if before is None or text[before[1]:found.start("rel")].strip(" \t,") or \
            possessive(text, before[1]):
        return None
    info = _speaker(text, *found.span("rel"), None, mentions, 0.5)
    return {**info, "speaker_kind": before[3].kind, "speaker_name": before[3].name}


def _inside_marks(text: str, floor: int, pos: int) -> bool:
    """Whether ``pos`` is inside quote marks opened after ``floor``."""
    return len(_MARK.findall(text, floor, pos)) % 2 == 1


def _previous_line(doc: Document, line_start: int) -> int:
    """Start of the paragraph before the one starting at ``line_start`` (-2 for none)."""
    para = doc.paragraph_at(line_start)
    return doc.paragraphs[para.index - 1].start if para is not None and para.index > 0 else -2


# --- the extractor -----------------------------------------------------------------------------

def extract_quotes(doc: Document, entities: Sequence[LocalEntity]) -> list[Quote]:
    """Every quotation of the document with its kind and speaker (see the module docstring)."""
    return [q for q, _ in quotes_with_rules(doc, entities)]


def quotes_with_rules(doc: Document, entities: Sequence[LocalEntity]) -> list[tuple[Quote, str]]:
    """``extract_quotes`` with the name of the rule that found each speaker (the keys of
    ``RULE_PRECISION``; "post" for embedded posts, "none" for no speaker)."""
    text = doc.text
    if not text:
        return []
    mentions = _Mentions(entities, (doc.byline.start, doc.byline.end) if doc.byline else (-1, -1))
    posts = _posts(doc, mentions)
    taken = [(a, b) for _, a, b in posts]
    quotes: list[tuple[Quote, str]] = [(q, "post") for q, _, _ in posts]
    headline = HEADLINE_SPAN(doc)
    previous: dict | None = None  # the last quote's speaker, for continued quotes
    prev_group, prev_para = -1, -1
    for s, e, group, closed in _spans(doc):
        if any(a <= s < b for a, b in taken):
            continue  # marks inside an embedded post belong to the post
        qs, qe = _strip(text, s, e)
        if qe <= qs:
            continue
        mark_end = e if closed else qe  # where the closing mark is (or the paragraph ends)
        line_start = _line(doc, qs)[0]
        # s - 1 is the opening mark: spaced ('" like this "') marks keep their spaces inside.
        info, strong = _attribution(doc, s, mark_end, closed, mentions, previous)
        continues = previous is not None and (
            group == prev_group or prev_para == line_start
            or (not text[line_start:s - 1].strip() and _previous_line(doc, line_start)
                == prev_para))
        partial = _is_partial(text, s, qe, line_start)
        if info is None and continues and partial and (
                previous.get("quote_end", -1) < _sentence_start(doc, s - 1)):
            # a fragment in a new sentence of its own: its subject speaks ('…," she said.
            # She blamed it on a "disturbed person"'), else the speaker goes on
            info = _rule(_clause_subject(text, _sentence_start(doc, s - 1), s - 1, mentions),
                         "clause-subject")
        if info is None and continues:
            info = {**previous, "confidence": 0.7, "rule": "continues"}
            strong = MEDIUM
        sentence = (_sentence_start(doc, s - 1), max(qe + 1, _sentence_end(doc, qe)))
        if _not_a_quote(text, s, qe, strong, line_start, sentence, headline):
            continue
        if info is None and partial:
            info = _rule(_clause_subject(text, _sentence_start(doc, s - 1), s - 1, mentions),
                         "clause-subject")
        if info is None and not partial:
            info = _rule(_previous_subject(doc, s - 1, mentions),
                         "previous-sentence")
        kind = "partial" if partial else "direct"
        if info is None:
            quotes.append((Quote(qs, qe, text[qs:qe], kind, "unknown",
                                 RULE_PRECISION["none"]), "none"))
            previous = None
        else:
            rule = info.get("rule", "other")
            confidence = RULE_PRECISION.get(rule, info["confidence"])
            quotes.append((Quote(qs, qe, text[qs:qe], kind, info["speaker_kind"],
                                 round(min(1.0, max(0.0, confidence)), 3),
                                 info["speaker_text"], info["speaker_start"],
                                 info["speaker_end"], info["speaker_name"],
                                 info.get("speaker_handle"), info["cue"]), rule))
            previous = {**info, "quote_end": mark_end, "partial": partial}
        prev_group, prev_para = group, line_start
    return sorted(quotes, key=lambda q: (q[0].start, q[0].end))
