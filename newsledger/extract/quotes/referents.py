"""Whom a pronoun or description speaker stands for (read by ``resolve.speaker_fields``).

Pronouns (``pronoun_referent``): "he"/"she" a person of that gender, "it" an organization;
the speaker of the quote just before when nobody else who fits is named since, else the
antecedent ``Mentions.antecedent`` finds; names in a fronted 'Asked whether X …,' clause are
never whom a pronoun stands for. Descriptions: "the minister" the person that role names
('Transport Minister Ellen Price': ``person_described``), "the GMB union" the name inside
it, "the agency" the organization whose name holds the noun, "the company" the subject of
the nearest sentence naming an organization (``organization_described``).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from bisect import bisect_left

from newsledger.lexicon.abbreviations import NAME_TITLE_ABBREVIATIONS
from newsledger.lexicon.function_words import FUNCTION_WORDS
from newsledger.lexicon.offices import TITLED_ONLY_OFFICES
from newsledger.lexicon.organizations import (ASSOCIATION_HEADS, COMPANY_NOUNS, FINANCE_HEADS,
                                              FINANCE_NOUNS, NAMED_BEFORE_HEADS,
                                              ONLY_NAMED_HEADS, PUBLIC_BODY_HEADS)
from newsledger.lexicon.outlets import MEDIA_NOUNS, NEWS_OUTLETS, OUTLET_NAME_ENDINGS
from newsledger.lexicon.people import (FEMALE_ROLE_WORDS, GENERIC_PEOPLE, MALE_ROLE_WORDS,
                                       OFFICELESS_DESCRIPTORS, PORTFOLIO_ROLES, PORTFOLIOS,
                                       ROLE_NOUNS, SENTENCE_ADVERBS, SPEAKER_PRONOUNS)
from newsledger.records import LocalEntity
from newsledger.lexicon.people_nouns import PERSON_NOUNS

from ..entities.references import holds, office
from ..patterns import has_case_fold
from .common import NOT_SPEAKER_WORDS, POSSESSIVE_END, alternation
from .mentions import Mentions


def pronoun_referent(pos: int, pronoun: str, mentions: Mentions) -> tuple[str, str] | None:
    """(kind, name) of whom the pronoun speaker at ``pos`` stands for ("he", "she": a person
    of that gender; "it": an organization): the speaker of the quote just before when nobody
    else who fits is named since ('"…," Whitlock said. … "…," he added'), else the closest
    fitting mention of the sentence, else the subject of the nearest earlier sentence that
    names one (``Mentions.antecedent``). None when nobody fits."""
    want = SPEAKER_PRONOUNS[pronoun]
    kinds, gender = (("organization",), None) if want == "organization" else (("person",), want)
    asked = _asked_about(pos, mentions)
    if _goes_on(mentions.previous, pos, kinds, gender, mentions, asked):
        return mentions.previous["speaker_kind"], mentions.previous["speaker_name"]
    row = mentions.antecedent(pos, kinds, gender, skip=asked)
    return (row[3].kind, row[3].name) if row is not None else None


# A paragraph that opens with an unnamed person as its subject ('A neighbor who asked not to
# be named said …', 'One resident, 34, told …', 'Later a Tory backbencher asked …', 'One
# Labour MP …'): a noun of people after "a", "an", "one", "another" (a sentence adverb
# before it), with up to two words before it.
_UNNAMED_OPENING = re.compile(
    rf"[\"“]?(?:(?i:{alternation(SENTENCE_ADVERBS)}),?[ \t]+(?:a|an|one|another)|"
    r"A|An|One|Another)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<noun>(?i:"
    rf"{alternation(PERSON_NOUNS)}))\b")
# ... or with a person "the" describes, whom an apposition says is not to be named ('The
# defendant, who cannot be named for legal reasons, told …', 'The woman, who asked not to be
# named, said …').
_UNNAMED_THE = re.compile(
    r"[\"“]?The[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    rf"(?P<noun>(?i:{alternation(PERSON_NOUNS)})),[ \t]+who[ \t]+"
    r"(?:cannot|can[’']t|could[ \t]+not|(?:asked|wished)[ \t]+not[ \t]+to|"
    r"(?:did|does)[ \t]+not[ \t]+want[ \t]+to|declined[ \t]+to|would[ \t]+not)[ \t]+be[ \t]+"
    r"named\b")

# A pronoun's parenthetical attribution right after the opening ('A new manager, he said,').
_ASIDE_AFTER = re.compile(r",[ \t]+(?:he|she|they)[ \t]+[a-z]+,")


def unnamed_opener(pos: int, pronoun: str, mentions: Mentions) -> bool:
    """Whether the person pronoun at ``pos`` stands for the unnamed person its paragraph opens
    with in an earlier sentence ('A neighbor who asked not to be named said her car was hit.
    "It's a nightmare," she said': not a person named in a paragraph before), nobody named
    between them, the noun's gender, if it has one, the pronoun's."""
    doc = mentions.doc
    para = doc.paragraph_at(pos) if doc is not None else None
    if para is None:
        return False
    m = _UNNAMED_OPENING.match(doc.text, para.start, pos) or \
        _UNNAMED_THE.match(doc.text, para.start, pos)
    if m is None or doc.sentence_index(m.start()) == doc.sentence_index(pos) or \
            _ASIDE_AFTER.match(doc.text, m.end()):
        return False  # ('A new manager, he said, could …': the opening is what he said)
    noun = m.group("noun").lower()
    gender = "m" if noun in MALE_ROLE_WORDS else "f" if noun in FEMALE_ROLE_WORDS else None
    if gender is not None and gender != SPEAKER_PRONOUNS.get(pronoun):
        return False
    return not any(row[2].kind in ("name", "alias") for row in mentions.between(m.end(), pos))


# A fronted clause that asks the speaker about someone ('Asked whether Fry would start, he
# replied', 'When asked about Ms Lee, she said'): whom it names is asked about, not asking.
_ASKED = re.compile(r"(?:(?i:when|after|once|if)[ \t]+|(?i:upon|on)[ \t]+being[ \t]+)?"
                    r"(?i:asked|questioned|pressed)\b[^.!?;:\"“”\n]*,[ \t]*")


def _asked_about(pos: int, mentions: Mentions) -> frozenset[str]:
    """The names in a fronted 'Asked …,' clause of the sentence of the pronoun at ``pos``,
    when the pronoun follows it: never whom the pronoun stands for."""
    doc = mentions.doc
    if doc is None:
        return frozenset()
    sentence = doc.sentences[doc.sentence_index(pos)]
    m = _ASKED.match(doc.text, sentence.start, pos)
    if m is None or doc.text[m.end():pos].strip():
        return frozenset()
    return frozenset(row[3].name for row in mentions.between(sentence.start, m.end())
                     if row[2].kind in ("name", "alias"))  # (not 'Asked if it gave him …')


def _goes_on(previous: dict | None, pos: int, kinds: tuple[str, ...], gender: str | None,
             mentions: Mentions, skip: frozenset[str] = frozenset()) -> bool:
    """Whether the speaker of the quote before (``previous``) is the one a pronoun or
    description at ``pos`` stands for: named, of the right kind and gender, their quote in the
    same paragraph or the one before, and nobody else who fits named in between."""
    doc = mentions.doc
    if doc is None or previous is None or not previous.get("speaker_name") or \
            previous.get("speaker_kind") not in kinds or previous.get("rule") in _GUESSES:
        return False
    end = previous.get("quote_end", -1)
    here, there = doc.paragraph_at(pos), doc.paragraph_at(end)
    if end < 0 or end > pos or here is None or there is None or here.index - there.index > 1:
        return False
    name = previous["speaker_name"]
    if gender is not None:
        ent = mentions.named(name)
        if ent is not None and mentions.gender(ent) not in (None, gender):
            return False
    return not any(row[3].name != name and row[3].name not in skip and
                   mentions.fits(row, kinds, gender)
                   for row in mentions.between(end, pos) if row[1] <= pos)


# Rules that guess a speaker without a verb of saying (a pronoun does not go on with them).
_GUESSES = frozenset({"clause-subject", "previous-sentence"})
_NAME_IN_DESCRIPTION = re.compile(r"(?:[A-Z][\w&.'’-]*[ \t]+)*[A-Z][\w&.'’-]*")


def organization_described(core: str, s: int, head: str, mentions: Mentions) -> str | None:
    """The organization a description stands for: the name inside it ('the GMB union' ->
    GMB), else the nearest organization named before whose name holds the description's noun
    ('the agency' -> Environment Agency), else the one the speaker before was when it is near
    ('"…," it said. "…," the firm added'), else the subject of the nearest earlier sentence
    that names an organization, else the last organization named before; none for a noun of
    ``ONLY_NAMED_HEADS`` that no organization named holds ('the union said')."""
    rest = core.split(None, 1)[1] if " " in core else ""
    inner = _NAME_IN_DESCRIPTION.search(rest)
    if inner is not None and not POSSESSIVE_END.search(inner.group(0)) and \
            not _ADJECTIVE_OF_NAME.search(inner.group(0)) and \
            inner.group(0).lower() != rest.lower() and \
            rest[inner.end():].strip().lower() == head:  # ('the GMB union', not 'the No. 1 …')
        at = s + len(core) - len(rest) + inner.start()
        hit = mentions.at(at, at + len(inner.group(0)))
        if hit is not None and hit[1].kind == "organization":
            return hit[1].name
        if hit is None:
            return inner.group(0)
    word = _word(head)
    if (named := _nearest_organization(mentions, s, word.search)) is not None:
        return named
    if (named := _named_before(mentions, s, head, word)) is not None:
        return named
    if head in ONLY_NAMED_HEADS:
        # 'The union said' after "the Footplate Guild": that body; with no union named,
        # unnamed (not the company named last)
        words = ONLY_NAMED_HEADS[head]
        return _nearest_organization(mentions, s,
                                     lambda name: bool(words & set(name.lower().split())))
    # a public body or an association is not what 'the company' stands for ('Investigators
    # from the Health and Safety Executive arrived, and the company has confirmed ...'), nor a
    # broker what 'the airline' does
    bodies = _other_kinds(mentions, head) if head in COMPANY_NOUNS else frozenset()
    if _goes_on(mentions.previous, s, ("organization",), None, mentions) and \
            mentions.previous["speaker_name"] not in bodies:
        return mentions.previous["speaker_name"]
    # a news outlet is what 'the broadcaster' or 'the paper' stands for, not 'the firm' ('Arm
    # is to cut 300 jobs, the BBC has learned. The firm ...': Arm)
    skip = (frozenset() if head in MEDIA_NOUNS else _outlets(mentions)) | bodies
    row = mentions.antecedent(s, ("organization",), max_sentences=40, window=6000,
                              skip=skip) or mentions.last_before(s, 0, ("organization",), skip)
    return row[3].name if row is not None else None


def _nearest_organization(mentions: Mentions, s: int,
                          named: Callable[[str], object]) -> str | None:
    """The name of the nearest organization named in the 6,000 characters before ``s`` whose
    name ``named`` accepts, else None."""
    for row in reversed(list(mentions.between(max(0, s - 6000), s))):
        if mentions.fits(row, ("organization",), None) and named(row[3].name):
            return row[3].name
    return None


def _outlets(mentions: Mentions) -> frozenset[str]:
    """The article's organizations that are news outlets ("BBC", "Sky News", "the Washington
    Post": ``NEWS_OUTLETS``, or a name ending in a newspaper's or broadcaster's word)."""
    return frozenset(e.name for e in mentions.entities if e.kind == "organization" and (
        e.name in NEWS_OUTLETS or e.name.rsplit(None, 1)[-1] in OUTLET_NAME_ENDINGS))


def _other_kinds(mentions: Mentions, head: str) -> frozenset[str]:
    """The article's organizations whose names say they are no business that a description
    of ``head`` (a noun of ``COMPANY_NOUNS``) stands for: public bodies ("Health and Safety
    Executive", "Food Standards Agency": ``PUBLIC_BODY_HEADS``), associations ("British Retail
    Consortium": ``ASSOCIATION_HEADS``), and, unless ``head`` may name one, financial firms
    ("Caldwell Securities" is no airline: ``FINANCE_HEADS``, ``FINANCE_NOUNS``)."""
    heads = PUBLIC_BODY_HEADS | ASSOCIATION_HEADS
    if head not in FINANCE_NOUNS:
        heads |= FINANCE_HEADS
    return frozenset(e.name for e in mentions.entities if e.kind == "organization" and
                     e.name.rsplit(None, 1)[-1].lower() in heads)


def _named_before(mentions: Mentions, s: int, head: str, word: re.Pattern) -> str | None:
    """The name an earlier description of the same noun gave ('Drivers in the Aslef union
    will strike, the union said' -> Aslef), unless an organization whose name holds the noun
    is named after it."""
    if mentions.text is None or head not in NAMED_BEFORE_HEADS:
        return None
    found = None
    for m in _named_noun(head).finditer(mentions.text, max(0, s - 6000), s):
        found = m
    if found is None or any(row[3].kind == "organization" and word.search(row[3].name)
                            for row in mentions.between(found.start(), s)):
        return None
    name = found.group("name").strip()
    hit = mentions.at(found.start("name"), found.start("name") + len(name))
    if name.split()[0] in NOT_SPEAKER_WORDS or (hit is not None and
                                                  hit[1].kind in ("person", "place")):
        return None
    return name


@functools.lru_cache(maxsize=64)
def _named_noun(noun: str) -> re.Pattern:
    """'the GMB union', 'the Footplate Guild union': a capitalised name between "the" and the
    noun."""
    return re.compile(rf"\b[Tt]he[ \t]+(?P<name>(?:[A-Z][\w&'’.-]*[ \t]+){{1,3}}){re.escape(noun)}\b")


# A name made an adjective ('the Leeds-based group', 'the London-listed miner'): it locates
# the organization, it does not name it.
_ADJECTIVE_OF_NAME = re.compile(r"-[a-z]")


@functools.lru_cache(maxsize=256)
def _word(noun: str) -> re.Pattern:
    """The noun as a word, any case."""
    return re.compile(rf"\b{re.escape(noun)}\b", re.I)


@functools.lru_cache(maxsize=256)
def _role(noun: str) -> re.Pattern:
    """The role noun right before a name (capitalized words between: 'Minister for Transport
    Ellen Price'; not another role: 'Vice President'), searched in the words before the name,
    or in an apposition after it, matched at the name's end."""
    word = rf"(?i:\b{re.escape(noun)})\b"
    return re.compile(rf"{_OTHER_ROLE}{word}(?:[ \t]+(?:of|for|the|[A-Z][\w.'’-]*)){{0,4}}"
                      rf"[ \t,]*{_NAME_TITLE}\Z|\A,[ \t]+[^,.;\n]{{0,40}}{word}")


# A title the name's mention leaves out ('the Prime Minister of Singapore, Mr. Lee').
_NAME_TITLE = rf"(?:(?i:{alternation(NAME_TITLE_ABBREVIATIONS)})\.?[ \t]+)?"


def _noun_places(text: str, noun: str, a: int, b: int) -> list[int]:
    """Where ``noun`` starts in text[a:b], case-blind (as ``_role`` reads it), overlaps
    included: found in the lower-cased stretch, unless lower case would change what matches."""
    window = text[a:b].lower()
    if len(window) != b - a or has_case_fold(window):
        return [m.start() for m in re.compile(rf"(?=(?i:{re.escape(noun)}))").finditer(text, a, b)]
    low, out = noun.lower(), []
    i = window.find(low)
    while i >= 0:
        out.append(a + i)
        i = window.find(low, i + 1)
    return out


# Predicates and appositions before "a"/"an" ('she is a minister', 'Jo Kerr, a spokeswoman,'):
# they describe someone named, not someone introduced unnamed.
_DESCRIBES_NAMED = re.compile(r"(?:,|\b(?i:is|was|are|were|be|been|being|became|becomes|as))"
                              r"[ \t]*\Z")


@functools.lru_cache(maxsize=256)
def _introduced(noun: str) -> re.Pattern:
    """Someone introduced by the role noun after "a"/"an" and left unnamed ('A spokesman for
    the rail operator said', 'a senior fire official'): up to three words between, no name
    after the noun ('a coach, Dave Ince,')."""
    return re.compile(rf"(?<![\w'’-])(?i:an?)[ \t]+(?P<between>(?:[\w'’-]+[ \t]+){{0,3}}?)"
                      rf"(?i:{re.escape(noun)})\b(?![ \t]*,?[ \t]*[A-Z])")


def _unnamed_introduced(head: str, lo: int, s: int, mentions: Mentions) -> int:
    """Where the last unnamed person introduced by the role noun ``head`` in text[lo:s] ends
    (whom a later 'the spokesman' stands for), or -1 when there is none or a person is named
    in a sentence after its own (who may be that person: 'A lawmaker is calling for a ban. …
    Rep. Joey Salceda said …'). Not a noun after other words ('a question for the
    president', 'a fit for president')."""
    text, doc, last = mentions.text or "", mentions.doc, -1
    for m in _introduced(head).finditer(text, lo, s):
        if not _DESCRIBES_NAMED.search(text, max(0, m.start() - 12), m.start()) and \
                not FUNCTION_WORDS.intersection(m.group("between").lower().split()):
            last = m.end()
    if last < 0 or doc is None:
        return last
    after = doc.sentences[doc.sentence_index(last - 1)].end
    named = any(row[3].kind == "person" and row[2].kind in ("name", "alias") and row[1] <= s
                for row in mentions.between(after, s))
    return -1 if named else last


def _noun_near(near: list[int], start: int, end: int) -> bool:
    """Whether a role noun starts in ``near`` within 40 characters before a mention text[start:
    end] or 60 after its end (where ``_role`` looks)."""
    i = bisect_left(near, start - 40)
    return i < len(near) and (near[i] < start or any(
        end <= p < end + 60 for p in near[i:bisect_left(near, end + 60)]))


_OTHER_ROLE = "".join(rf"(?<!(?i:{w}) )" for w in ("vice", "deputy", "former", "shadow",
                                                     "assistant"))


def _officeless(ent: LocalEntity, text: str) -> bool:
    """Whether the article puts a descriptor of someone who holds no office right before one
    of the person's names ("Farmer Anne Bell", "striker Leo Mendes")."""
    for m in ent.mentions:
        if m.kind in ("name", "alias"):
            words = text[max(0, m.start - 30):m.start].rpartition("\n")[2].split()
            if words and words[-1].lower() in OFFICELESS_DESCRIPTORS:
                return True
    return False


def portfolio_of(core: str, head: str) -> str | None:
    """The government portfolio a description puts before its role noun ('the Health
    Secretary' -> Health, 'the Foreign Minister' -> Foreign: ``PORTFOLIOS``), or the word
    that makes its office another ('the prime minister' -> prime: ``TITLED_ONLY_OFFICES``),
    or None ('the secretary', 'the Vermont senator', 'the former minister')."""
    words = core.split()
    for k in range(2, len(words)):
        if words[k].lower() == head:
            before = words[k - 1].lower()
            return words[k - 1] if (head in PORTFOLIO_ROLES and before in PORTFOLIOS) or \
                f"{before} {head}" in TITLED_ONLY_OFFICES else None
    return None


def person_described(s: int, head: str, mentions: Mentions,
                      portfolio: str | None = None) -> str | None:
    """The person a description stands for ('the minister', 'the 41-year-old'): the nearest
    person before whose name the same role noun qualifies ('Transport Minister Ellen Price',
    'Peter Gault, the club's chairman,'), else (but for nouns of people in general: 'the man',
    'the aide') the speaker before when near, else the subject of the nearest earlier
    sentence naming a fitting person, else the person named last within a few sentences.
    A description with a portfolio ('the Health Secretary') is only the person that role
    names ('Health Secretary Wes Rowe', 'Wes Rowe, the Health Secretary'), else nobody named:
    a union's general secretary quoted just before is not the Health Secretary."""
    gender = "m" if head in MALE_ROLE_WORDS else "f" if head in FEMALE_ROLE_WORDS else None
    text = mentions.text
    if text is not None and head in ROLE_NOUNS:
        noun = f"{portfolio} {head}" if portfolio else head
        role, lo = _role(noun), max(0, s - 4000)
        # where the role noun stands in the stretch, found once: a mention it qualifies has
        # it within 40 characters before or 60 after (most mentions have not)
        near = _noun_places(text, noun, max(0, lo - 40), min(len(text), s + 60))
        unnamed = _unnamed_introduced(head, lo, s, mentions)
        for row in reversed(list(mentions.between(lo, s))):
            if row[1] <= unnamed:
                break  # ('A spokesman for the operator said …. "…," the spokesman said')
            if row[1] > s or not _noun_near(near, row[0], row[1]):
                continue
            if mentions.fits(row, ("person",), gender) and (
                    role.search(text[max(0, row[0] - 40):row[0]])
                    or role.match(text[row[1]:row[1] + 60])):
                return row[3].name
        if portfolio is not None or unnamed >= 0:
            return None
    if head in GENERIC_PEOPLE:
        return None  # ('the man', 'the aide': someone the article may not name)
    # ('the president' is nobody the article calls "Senator Amy Klobuchar")
    words = text[s:s + 80].lower().split() if text is not None else []
    held = office(words[:words.index(head) + 1]) if head in words else None
    other = frozenset(ent.name for ent in mentions.entities if held and ent.kind == "person"
                      and (not holds(held, mentions.offices(ent))
                           or not mentions.offices(ent) and _officeless(ent, text or "")))
    previous = mentions.previous
    if _goes_on(previous, s, ("person",), gender, mentions) and \
            previous["speaker_name"] not in other:
        return previous["speaker_name"]
    row = mentions.antecedent(s, ("person",), gender, skip=other) or \
        mentions.last_before(s, max(0, s - 600), ("person",), skip=other)
    return row[3].name if row is not None else None
