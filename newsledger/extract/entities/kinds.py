"""The kind of a name (person, organization, place) by its words and the words around it: a
town's or city's name by the word before it, places from the lexicon, organization words and
head words ("Harbor Bank", "Gull Line", "Coast Guard"), venues and natural places ("Villa
Park", "Tampa Bay"), constituencies in their context, parties named by a common word, a
business noun right before a name ("retailer John Lewis"), a title before a name, a plural
verb after a name opening a sentence ("Aston Villa have"), "analysts at", a street after "on",
", which" and an organization's verb; else two to four capitalized words -> person. The name
candidates themselves come from ``names``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from newsledger.lexicon.numbers import NUMBER_WORDS, STREET_WORDS
from newsledger.lexicon.organizations import (APPOSITION_ORG_NOUNS, APPOSITION_ORG_PLURALS,
                                              MADE_THINGS, OF_THE_HEADS, ORG_COUNTS,
                                              ORG_DESCRIBING_PARTICIPLES, ORG_HEADS,
                                              ORG_OPENERS, SAINT_ABBREVIATIONS, SHIP_PREFIXES,
                                              TRADE_ORG_NOUNS, WHICH_VERBS, WORKERS_AT)
from newsledger.lexicon.politics import (CONSTITUENCY_LAST_WORDS, CONSTITUENCY_NOUNS, PARTY_NAMES,
                                         PARTY_NOT_BEFORE, SEATS_OF_POWER, STREET_SEATS)
from newsledger.lexicon.grammar import NAME_PARTICLE_WORDS, PERSON_ONLY_PARTICLES
from newsledger.lexicon.people import (GROUP_NAMES, NOT_PERSON_FIRST, ORG_WORDS, PERSON_INITIALS,
                                       ROLE_NOUNS, SURNAME_ORG_WORDS)
from newsledger.lexicon.places import (ADMIN_LAST_WORDS, CITY_NAMES, GEO_FIRST_WORDS,
                                       GEO_LAST_WORDS, GIVEN_NAMES, PLACE_NAMES, PLACE_PARTS,
                                       SETTLEMENT_HEADS, STREET_NAME_ENDINGS, VENUE_ENDINGS,
                                       place_key)
from newsledger.text import Document, Fact

from ..patterns import LOWER_TEXT, has_case_fold

from .around import (MARKET_MOVE_AFTER, ROAD_NUMBER_AFTER, ROAD_WORDS,
                     constituency_at)
from .names import (_ACRONYM, _CAMEL, _OUTLET_INITIALS, GIVEN_NAME_WORDS, _head_word,
                    demonym, is_place, opens_name, shouted, tabloid_title, title_before)
def kind_of(name: str, text: str, start: int, nouns: Sequence[int]) -> str | None:
    """The kind of a name at ``start`` of ``text``: a town's or city's name ('... Town', '...
    City') by the word before it; else by its words (``_kind_by_name``), else by a business
    noun before it ('retailer John Lewis'), a title before it, a plural verb after it at a
    sentence's start ('Aston Villa have'), 'analysts at' or 'head of X at' before it, a
    street's word after 'on' ('on Cedar Lane'), "the" before a name of several words, ",
    which" and an organization's verb after it; else by its shape. ``nouns``: where the text's
    plural business nouns start (``ORG_PLURAL_STARTS``)."""
    words = name.split()
    low = name.lower()
    if low in SEATS_OF_POWER and (
            low not in STREET_SEATS or _SEAT_VOICE_AFTER.match(text, start + len(name))):
        # 'Downing Street said', 'Holyrood and Stormont', 'a White House official': the
        # government it houses; 'outside Downing Street', 'on Capitol Hill': the place
        return "place" if _SEAT_PLACE_BEFORE.search(text, max(0, start - 16), start) \
            else "organization"
    if len(words) > 1 and words[-1] in SETTLEMENT_HEADS and place_key(name) not in PLACE_NAMES \
            and not shouted(name):
        # 'in Cape Town', 'from Salt Lake City': a place; 'Harlow Town won', 'Kansas City
        # beat Denver': a club (or a council) named after it
        return "place" if _LOCATIVE_BEFORE.search(text, max(0, start - 12), start) \
            else "organization"
    if len(words) > 1 and words[-1] in ("Park", "Lane") and \
            not text.startswith(("'s", "’s"), start + len(name)) and (
                _IN_BEFORE.search(text, max(0, start - 6), start) or (
                    _AT_BEFORE.search(text, max(0, start - 4), start)
                    and words[0].lower() not in GIVEN_NAME_WORDS)):
        return "place"  # 'in Victoria Park', 'at Selhurst Park', 'at Mill Lane' (a ground; not
        #                  'looked at Grace Park', 'a tribute to Nathan Lane')
    if low in PARTY_NAMES and not _PARTY_NOT_BEFORE.match(text, start + len(name)):
        return "organization"  # 'Labour has held the seat' (not 'Labour costs rose')
    kind = _kind_by_name(name)
    if kind is not _BY_CONTEXT:
        return kind
    after = start + len(name)
    if constituency_at(text, start, after, name):
        return "place"  # 'the Mid Bedfordshire by-election', 'the Runcorn and Helsby seat'
    if len(words) > 1 and words[-1].lower() in ROAD_WORDS and ROAD_NUMBER_AFTER.match(text, after):
        return "place"  # 'State Route 7', 'Pacific Coast Highway 1'
    if len(words) > 1 and MARKET_MOVE_AFTER.match(text, after):
        return "organization"  # 'Anglo American fell 2.8%', 'Rolls-Royce shares rose 4p'
    # (the 40 characters before the name, past their spaces: what the two searches after
    # need them to end with or hold, a first look)
    window = text[max(0, start - 40):start]
    stripped = window.rstrip()
    if stripped.endswith(_PARTICIPLE_ENDINGS) and \
            _ORG_PARTICIPLE_BEFORE.search(text, max(0, start - 40), start) and \
            words[0].lower() not in GIVEN_NAME_WORDS and not is_place(name) and \
            name not in CITY_NAMES:
        # 'Shanghai-based Hurun Report', 'Koch-backed Concerned Veterans' (not 'Texas-based
        # Matt Reyes said', a person; not 'a state-owned Dubai company', a place's name)
        return "organization"
    if ("journal" in window or "published" in window) and \
            _PUBLISHED_IN.search(text, max(0, start - 36), start):
        return "organization"  # 'published in The Lancet', 'in the journal Nature Climate Change'
    if listed_after_org_noun(text, start, nouns):
        return "organization"  # 'discounters Aldi and Lidl'
    if len(words) > 1 and words[-1] in CONSTITUENCY_LAST_WORDS and (
            _SEAT_BEFORE.search(text, max(0, start - 12), start)
            or _SEAT_AFTER.match(text, start + len(name))):
        return "place"  # 'the MP for Harrow North', 'the Harrow North seat'
    before = text[max(0, start - 16):start].rstrip().rpartition(" ")[2]
    if before.lower() in _APPOSITION_LAST_WORDS and not (
            before.lower() in TRADE_ORG_NOUNS and words[0].lower() in GIVEN_NAME_WORDS) and \
            _ORG_NOUN_BEFORE.search(text, max(0, start - 20), start) and \
            (before[:1].isupper() or not _VERB_AFTER.match(text, start + len(name))
             or words[0].lower() not in GIVEN_NAME_WORDS and not _DETERMINED.search(
                 text, max(0, start - len(before) - 30),
                 len(text[:start].rstrip()) - len(before))) and \
            not _CAPITAL_AFTER.match(text, start + len(name)):
        # 'retailer John Lewis', 'Airline Ryanair cut fares' opening a sentence, 'US
        # planemaker Boeing has announced' (not 'the firm Bill Osei founded': a relative clause
        # needs its determiner; not 'manufacturer Ron Johnson was elected': a given name)
        return "organization"
    if title_before(text, start) and not (
            _FORMER_BEFORE.search(text, max(0, start - 8), start)
            and HEAD_OF_IT_AFTER.match(text, start + len(name))):
        return "person"  # (not 'Former WorldCom boss Bernie Ebbers': the firm he ran)
    if len(words) > 1 and not words[-1].endswith("s") and \
            PLURAL_VERB_AFTER.match(text, start + len(name)) and \
            SENTENCE_START_BEFORE.search(text, max(0, start - 3), start):
        return "organization"  # 'Aston Villa have signed', 'Harbor Bank were fined'
    if text.endswith(("at ", "at\t"), max(0, start - 3), start) and (
            _WORKERS_AT.search(text, max(0, start - 24), start) or
            _ROLE_AT.search(text, max(0, start - 60), start)):
        return "organization"  # 'analysts at Peel Hunt', 'head of research at Hale Rowe'
    if len(words) > 1 and words[-1].lower() in STREET_WORDS and \
            _ON_STREET.search(text, max(0, start - 8), start):
        return "place"  # 'lives on Cedar Lane', 'off Mill Drive' (not 'Nathan Lane')
    if len(words) > 1 and text[max(0, start - 4):start] in ("the ", "The ") and not (
            words[0].lower() in GIVEN_NAME_WORDS and not is_place(words[0])
            and _NOUN_AFTER.match(text, start + len(name))):
        # 'the Washington Examiner', 'The Riverton Daily': no person (but 'the Allen Iverson
        # era': a person's name before a noun)
        return "organization"
    if WHICH_AFTER.match(text, start + len(name)):
        return which_kind(text, start)  # 'Harbor Lane Capital, which owns the site,'
    if len(words) > 1 and name in CITY_NAMES and \
            _IN_PLACE_BEFORE.search(text, max(0, start - 10), start) and \
            not text.startswith(("'s", "’s", "'", "’"), start + len(name)):
        return "place"  # 'in Beverly Hills', 'in Elizabeth City': a listed town's name
    shape = _kind_by_shape(name)
    # shaped as a person's name, but no given name opens it: the context may say otherwise
    unnamed = shape == "person" and words[0].lower() not in GIVEN_NAME_WORDS
    if unnamed and _IN_PLACE_BEFORE.search(text, max(0, start - 10), start) and \
            not text.startswith(("'s", "’s", "'", "’"), start + len(name)) and \
            not _surname_alone(text, words[-1]):
        # 'based in San Jose', 'a rally in Port Talbot'; not a person's name, whose last word
        # the text uses alone ('believes in Kanye West. West said') or which owns something
        return "place"
    if unnamed and _MADE_THINGS_AFTER.match(text, start + len(name)):
        return None  # 'Apple Macintosh computers': a make and a model
    if unnamed and _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return None  # 'drive a Corran Vantor': a make and a model (not 'a Donald Trump rally')
    if unnamed and _common_word(text, words[-1], words[-2]):
        return None  # 'Ocean Drilling', 'Player Personnel' where 'drilling' is a common noun
    if shape == "person" and words[-1].lower() in GROUP_NAMES:
        return "organization"  # 'House Republicans unveiled', 'Senate Democrats balked'
    if shape == "person" and words[0].lower() not in GIVEN_NAME_WORDS and \
            HEAD_OF_IT_AFTER.match(text, start + len(name)):
        # 'Northrop Grumman CEO Ron Sugar', 'Lockheed Martin executive Ann Lee': the firm its
        # head or executive works for (not 'Donald Trump adviser Stephen Miller')
        return "organization"
    if shape == "person" and words[0].lower() not in GIVEN_NAME_WORDS and \
            "-based" not in name and \
            (role := _ROLE_AND_NAME_AFTER.match(text, start + len(name))) is not None and \
            role.group(1) in ROLE_NOUNS:
        # 'Strictly Come Dancing professional Giovanni Pernice': whose role it is, an
        # organization or a show (not 'Donald Trump adviser Stephen Miller': a given name)
        return "organization"
    return shape


def _common_word(text: str, word: str, before: str) -> bool:
    """Whether the article writes ``word`` in lower case as well, after another word than
    ``before`` (a common noun: 'drilling', 'guides', 'personnel'; not a name written all in
    lower case: 'pierre thomas, CNN, Washington'). A lower-cased word of two letters or more,
    hyphens and apostrophes inside it only, found with ``str.find``, with no letter, digit,
    apostrophe, hyphen or period glued before it and no letter, digit, apostrophe or hyphen
    after it (no pattern compiled per word)."""
    low = word.lower()
    if low == word or _LOWER_WORD.fullmatch(low) is None:
        return False
    after = before.lower() + " "
    i = text.find(low)
    while i >= 0:
        end = i + len(low)
        if not (i and _GLUED_BEFORE.match(text, i - 1)) and not _GLUED_AFTER.match(text, end) \
                and not text.endswith(after, 0, i):
            return True
        i = text.find(low, i + 1)
    return False


_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]")
_GLUED_BEFORE = re.compile(r"[\w'’.-]")
_GLUED_AFTER = re.compile(r"[\w'’-]")


def which_kind(text: str, start: int) -> str:
    """The kind of a name that ", which" follows (no person: people take "who"): the place
    after "in", "near", "from" ... ('in Millbrook, which flooded'), else an organization
    ('Unite, which represents the workers')."""
    return "place" if _LOCATIVE_BEFORE.search(text, max(0, start - 12), start) \
        else "organization"


_BY_CONTEXT = "by context"  # a name whose kind its words alone do not decide
# News outlets known by their initials ("ITV", "CBS"; not "PA", also a state and an assistant).
_LOCATIVE_BEFORE = re.compile(
    r"(?<!lost )(?<!defeat )(?<!fans )(?<!supporters )(?<!players )"  # 'lost to Ipswich Town'
    r"\b(?:in|near|from|outside|around|to|into|across|of)[ \t]+\Z", re.IGNORECASE)
# Where a happening or a body is, before a name ('in San Jose', 'near Phnom Penh'; not a blog's
# section, 'posted in Pedestrian Accidents', nor where words were published, 'a report in Ars
# Technica', 'wrote in Foreign Affairs').
_IN_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?<!posted )(?<!filed )(?<!published )(?<!wrote )(?<!writes )(?<!writing )"
    r"(?<!report )(?<!reports )(?<!article )(?<!story )(?<!column )(?<!piece )(?<!interview )"
    r"(?<!editorial )(?<!op-ed )(?<!essay )(?<!letter )(?<!appeared )(?<!quoted )"
    r"(?:in|near|outside|across|around)[ \t]+\Z")
_ORG_NOUN_BEFORE = re.compile(  # lower case, or capitalized at a sentence's start only (not
    # the last word of a name before another: 'Pitt Capital Group Charlie Smith')
    r"(?:\b(?:" + "|".join(sorted(APPOSITION_ORG_NOUNS)) + r")|(?:\A|(?<=\n)|(?<=[.!?] ))(?:"
    + "|".join(sorted(n.capitalize() for n in APPOSITION_ORG_NOUNS)) + r"))[ \t]+\Z")
_APPOSITION_LAST_WORDS = frozenset(n.split()[-1] for n in APPOSITION_ORG_NOUNS)
# A plural business noun, then the names listed before this one ('discounters Aldi and Lidl',
# 'the banks HSBC, Barclays and Lloyds'): each name of the list is an organization.
_ORG_PLURAL = r"(?i:\b(?:" + "|".join(sorted(APPOSITION_ORG_PLURALS)) + r"))"
_LISTED_AFTER_ORG_NOUNS = re.compile(
    _ORG_PLURAL + r"[ \t]+(?:[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3}"
    r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+))*\Z")
# The words a list of names may follow (``_LISTED_AFTER_ORG_NOUNS``): a plural business noun's
# last word, or "and" (as endings: a cheap first look that may also say yes to "riverbanks").
_LIST_LAST_WORDS = tuple(sorted({n.split()[-1].lower() for n in APPOSITION_ORG_PLURALS} | {"and"}))


def listed_after_org_noun(text: str, start: int, nouns: Sequence[int]) -> bool:
    """Whether the name at ``start`` is listed after a plural business noun
    (``_LISTED_AFTER_ORG_NOUNS``), searched for only after a comma, "and" or such a noun's last
    word, and with such a noun starting in the 80 characters before (``nouns``: where the
    text's such nouns start, ``ORG_PLURAL_STARTS``; the search is costly)."""
    i = bisect_left(nouns, max(0, start - 80))
    if i == len(nouns) or nouns[i] >= start:
        return False  # (most names: most articles hold no such noun)
    before = text[max(0, start - 40):start].rstrip(" \t")
    return (before.endswith(",") or before.lower().endswith(_LIST_LAST_WORDS)) and \
        _LISTED_AFTER_ORG_NOUNS.search(text, max(0, start - 80), start) is not None


_ORG_PLURAL_WORD = re.compile(_ORG_PLURAL)


def _org_plural_starts(doc: Document) -> tuple[int, ...]:
    """Where the document's plural business nouns start (``_ORG_PLURAL``, overlapping ones
    too): found with ``str.find`` on the lower-cased text (no case-blind scan of the whole
    text), each place then read by the pattern; a text that lower-casing changes in length, or
    with a character that matches a letter only case-blindly (``has_case_fold``), is scanned."""
    text, low = doc.text, LOWER_TEXT(doc)
    if len(low) != len(text) or has_case_fold(text):
        return tuple(i for i in range(len(text)) if _ORG_PLURAL_WORD.match(text, i))
    found = set()
    for head, lengths in _PLURALS_BY_HEAD.items():  # one scan per last word ('giants')
        i = low.find(head)
        while i >= 0:
            found.update(i - n for n in lengths if i >= n)
            i = low.find(head, i + 1)
    return tuple(i for i in sorted(found) if _ORG_PLURAL_WORD.match(text, i))


def _by_last_word(nouns: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """{last word: the lengths of the words before it} ('oil giants', 'tech giants': 'giants'
    and 4, 5), so that a text is scanned once per last word."""
    out: dict[str, set[int]] = {}
    for noun in nouns:
        head = noun.rpartition(" ")[2]
        out.setdefault(head, set()).add(len(noun) - len(head))
    return {head: tuple(sorted(out[head])) for head in sorted(out)}


_PLURALS_BY_HEAD = _by_last_word(APPOSITION_ORG_PLURALS)


ORG_PLURAL_STARTS: Fact[tuple[int, ...]] = Fact("org_plural_starts", _org_plural_starts)
"""Where the plural business nouns of a document start ("discounters", "Banks"), found on first
use: the names listed after one are organizations."""


# A run that opens with such a noun, capitalized at a sentence's start ('Discounters Aldi …').
PLURAL_ORG_NOUN_OPENING = re.compile(_ORG_PLURAL + r"[ \t]+(?=[A-Z])")
# A determiner before a business noun, perhaps with one word between ('the firm', 'a US
# company'): only then may a name and a verb after the noun be a relative clause ('the firm
# Bill Osei founded').
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
                         r"[Ww]hose|[Ww]hich)[ \t]+(?:[\w.’'-]+[ \t]+)?\Z")
# A plural verb after a name that opens a sentence: a team or a firm, as British English
# treats them ('Aston Villa have signed', 'Feyenoord are understood to'); a person takes the
# singular ('John Smith has'), and a name inside a sentence may be a clause's object ('the men
# who attacked John Smith were jailed').
_NOUN_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?!(?:is|are|was|were|has|have|had|will|would|"
                         r"said|says|and|or|of|in|on|at|to|for|who|which|that)\b)[a-z]")
_ROLE_AND_NAME_AFTER = re.compile(r"[ \t]+([a-z][a-z-]+)[ \t]+[A-Z][a-z]")
_MADE_THINGS_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(MADE_THINGS)) + r")\b")
PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:have|are|were)\b")
SENTENCE_START_BEFORE = re.compile(r"(?:\A|\n|[.!?][\"”’]?[ \t]+)\Z")
# ", which" and what an organization does after a name: no person (people take "who"), and no
# policy or event ('Brexit, which was', 'Universal Credit, which replaced': no such verb).
# Or what it counts: 'Telvora, which has 4.5 million customers' (not 'Leeds, which has 800,000
# residents').
WHICH_AFTER = re.compile(
    r",[ \t]+which[ \t]+(?:also[ \t]+)?(?:(?:" + "|".join(sorted(WHICH_VERBS)) + r")|ha[sd][ \t]+"
    r"(?:about[ \t]+|around[ \t]+|nearly[ \t]+|almost[ \t]+|more[ \t]+than[ \t]+|over[ \t]+)?"
    r"\d[\d.,]*(?:[ \t]*(?:million|m|bn|billion))?[ \t]+(?:" + "|".join(sorted(ORG_COUNTS)) +
    r"))\b")
# Where a study appears: a journal (listed places are read before: not 'published in London';
# not 'wrote in': a write-in vote, 'wrote in Ron Paul in 2012').
_PUBLISHED_IN = re.compile(r"\b(?:published[ \t]+in[ \t]+(?:the[ \t]+journal[ \t]+|[Tt]he[ \t]+)?|"
                           r"the[ \t]+journal[ \t]+)\Z")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)[ \t]+\Z")  # lower case: not 'A' opening a sentence
_CAPITAL_AFTER = re.compile(r" [A-Z]")  # a name cut short ('Judicial' of 'Judicial Watch')
_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ed|founded|runs|ran|owns|owned|leads|led|left|"
                         r"joined|built|started|set|took|bought|sold|has|had|is|was|won|lost|"
                         r"beat|made|got|gave|put|cut|hit|wants|likes)\b")
# A hyphenated word before a name that says where an organization is based, who owns or
# backs it ('London-based', 'state-owned'): the name is an organization's.
_ORG_PARTICIPLE_BEFORE = re.compile(
    r"\w-(?:" + "|".join(sorted(ORG_DESCRIBING_PARTICIPLES)) + r")[ \t]+\Z")
_PARTICIPLE_ENDINGS = tuple(sorted("-" + w for w in ORG_DESCRIBING_PARTICIPLES))  # a first look
# "former" or "ex-" before a name, and a head's title and a name after it: the name is what
# that person headed ('Former WorldCom boss Bernie Ebbers', 'ex-Enron chief Jeff Skilling').
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-?)[ \t]*\Z")
# The head or an executive of an organization named right after its one-word name, before
# that person's own name ('Ryanair boss Al Hale', 'Ryanair CEO, Al Hale', 'Corran executive Ann
# Lee'; not a spokesman: 'Biden spokesman Andrew Bates' is a person's; not an analyst or a
# strategist: 'Republican strategist Ann Lee', 'Conservative economist').
HEAD_OF_IT_AFTER = re.compile(r"[ \t]+(?:boss|chief|chairman|chairwoman|president|"
                               r"secretary-general|director-general|chief[ \t]+executive|"
                               r"CEO|executive),?[ \t]+[A-Z][a-z]")
_PARTY_NOT_BEFORE = re.compile(r"[ \t]+(?:" + "|".join(sorted(PARTY_NOT_BEFORE)) + r")\b")
_SEAT_BEFORE = re.compile(r"\b(?:MPs?|MSPs?|MLAs?|TDs?|AMs?|MS|[Mm]ember|[Cc]andidate|"
                          r"[Cc]ouncillor|[Ss]eat|[Cc]onstituency|[Ww]ard)[ \t]+(?:for|of|in)"
                          r"[ \t]+(?:the[ \t]+)?\Z")
_SEAT_AFTER = re.compile(r"(?:'s|’s)?[ \t]+(?:" + "|".join(sorted(CONSTITUENCY_NOUNS)) + r")\b")
# Where a seat of power is a building or a street, before its name ('outside Downing Street',
# 'protesters on Capitol Hill', 'a march past the White House').
_SEAT_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|on|near|from|inside|outside|to|into|past|via|towards|toward|around|across|"
    r"opposite|behind|through)[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)
# What a seat of power that is also a street says or has ('Downing Street said', 'a Whitehall
# spokesman', "Downing Street's plans", 'Whitehall sources').
_SEAT_VOICE_AFTER = re.compile(
    r"(?:['’]s\b|[ \t]+(?:said|says|has|have|had|is|was|will|would|insisted|denied|confirmed|"
    r"declined|announced|warned|sources?|officials?|spokes\w+|insiders?|aides?)\b)")
_IN_BEFORE = re.compile(r"\b(?:in|near|from|inside|outside)[ \t]+\Z", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\b(?:at|to)[ \t]+\Z", re.IGNORECASE)
_WORKERS_AT = re.compile(r"\b(?:" + "|".join(sorted(WORKERS_AT)) + r")[ \t]+at[ \t]+\Z",
                         re.IGNORECASE)
# A role in a field at an organization ("head of money and markets at", "director of
# research at", "professor of economics at"): what follows "at" is where the person works.
_ROLE_AT = re.compile(r"\b(?:head|director|chief|professor|lecturer|editor)[ \t]+of[ \t]+"
                      r"(?:[a-z]+[ \t]+){1,4}at[ \t]+\Z")
# A street's name after the prepositions that put a home or a crash on it.
_ON_STREET = re.compile(r"\b(?:on|off|along)[ \t]+\Z")


def _surname_alone(text: str, last: str) -> bool:
    """Whether ``last`` stands alone in the text, not as the last word of a longer name: a
    person's surname as news uses it after the full name ("West said")."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])", text):
        if not text[max(0, m.start() - 2):m.start()].rstrip(" \t")[-1:].isalpha():
            return True  # (no word right before it: "West said", "Brand, who …")
    return False


@lru_cache(maxsize=1 << 15)
def _kind_by_name(name: str) -> str | None:
    """The kind the words of a name decide (listed places, organization words, acronyms),
    ``_BY_CONTEXT`` when they do not, None for a name of shouted words. Names recur, so
    their answers are kept."""
    words = name.split()
    low = name.lower()
    if "&" in name:
        return "organization"  # 'Marks & Spencer', 'AT&T': no person's name has it
    if shouted(name) or len(words) > 1 and words[0] in SHIP_PREFIXES and \
            words[-1].lower().strip(".") not in ORG_WORDS:
        return None  # (a ship: 'MV Sirius Star', 'HMS Belfast')
    if len(words) == 2 and words[0].lower() in PLACE_PARTS and demonym(words[1]):
        return None  # 'West German', 'North American': a nation's adjective
    if is_place(name):
        return "place"
    if low in GROUP_NAMES:
        return "organization"  # 'the Conservatives said'
    if name in _OUTLET_INITIALS:
        return "organization"  # 'ITV bosses', 'CBS reported'
    if (words[-1].lower().strip(".") in ORG_WORDS and not _surname_of(words)) or \
            low in ORG_WORDS or (
            len(words) > 1 and words[-1].lower().strip(".") in ORG_HEADS):
        return "organization"  # "Harbor Bank"; "Gull Line", but "Line" alone is no name
    if " for " in name:
        return "organization"  # "Office for Budget Responsibility" (``split_run``)
    if " of the " in name and _head_word(name) in OF_THE_HEADS:
        return "organization"  # "Friends of the Earth", "Bank of the West" (``_joined_runs``)
    if opens_name(words, 0):
        return "organization"  # "General Mills", "Police Scotland"
    if len(words) > 1 and words[0].lower() in ORG_OPENERS:
        return "organization"  # "League Two", "Radio Essex"
    if len(words) > 1 and words[0].lower().rstrip(".") in SAINT_ABBREVIATIONS:
        return "place"  # "St. Louis", "St. Gallen" (a saint's organization has its word)
    if len(words) > 1 and words[-1].lower().strip(".") in STREET_NAME_ENDINGS:
        return "place"  # "Elm Street", "Times Square"
    if len(words) > 1 and words[-1].lower() in ADMIN_LAST_WORDS and \
            all(w[0].isupper() for w in words):
        return "place"  # "Marion County", "Grant Parish": no person's name ends so
    if len(words) > 1 and (words[-1].lower() in GEO_LAST_WORDS or
                           words[0].lower().rstrip(".") in GEO_FIRST_WORDS) and \
            words[0].lower() not in GIVEN_NAME_WORDS and all(w[0].isupper() for w in words):
        return "place"  # "Tampa Bay", "Qeshm Island", "Lake Erie" (not "Michael Bay")
    if len(words) > 1 and words[-1].lower() in VENUE_ENDINGS and \
            (words[0].lower() not in GIVEN_NAME_WORDS or len(words) > 2) and \
            all(w[0].isupper() for w in words):
        return "place"  # "Villa Park", "Madison Square Garden" (not "Jennifer Park")
    if len(words) > 2 and words[1] == "of" and \
            words[0].lower() in GEO_LAST_WORDS | GEO_FIRST_WORDS:
        return "place"  # "Gulf of Mexico", "Isle of Wight", "Strait of Hormuz"
    if len(words) > 1 and name in CITY_NAMES and words[0].lower() not in GIVEN_NAME_WORDS and \
            words[0].lower() not in NAME_PARTICLE_WORDS and all(w[0].isupper() for w in words):
        return "place"  # 'El Paso', 'Lake Charles', 'Tel Aviv' (not 'Van Buren', 'Elizabeth City')
    if any(_ACRONYM.fullmatch(w.strip(".,'’")) and not _REGNAL.fullmatch(w) for w in words[
            len(words) == 2 and words[0].lower() in PERSON_INITIALS
            or _shouted_given_name(words):]) or \
            any(w[0].isupper() and place_key(w) in PLACE_NAMES and place_key(w) not in
                GIVEN_NAMES for w in words):  # (not a particle: 'de la Cruz' has no 'LA')
        return "organization"  # 'New GM', 'Chrysler LLC', 'Ford Australia'
    return _BY_CONTEXT


def _shouted_given_name(words: list[str]) -> bool:
    """Whether a name opens with a given name in a tabloid's capitals, then Title Case words
    ("KATIE Price", "HARRY Styles"): no initials (but three capitals are: "ADA Fairman", an
    assistant district attorney)."""
    return len(words) > 1 and len(words[0]) > 3 and words[0].isupper() and \
        words[0].lower() in GIVEN_NAME_WORDS and \
        all(w[:1].isupper() and not w.isupper() for w in words[1:])


def _surname_of(words: list[str]) -> bool:
    """Whether an organization's word ends a person's name: a given name (no place), perhaps
    an initial, then a word such as "Fox" or "Court" ("Liam Fox", "Michael J. Fox")."""
    return words[-1].lower() in SURNAME_ORG_WORDS and 2 <= len(words) <= 3 and \
        words[0].lower() in GIVEN_NAME_WORDS and not is_place(words[0]) and \
        (len(words) == 2 or _INITIAL.fullmatch(words[1]) is not None)


_INITIAL = re.compile(r"[A-Z]\.?")
# A regnal or family number after a name ('George III', 'Harry Hurt III'): no acronym.
_REGNAL = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})[.,]?")


@lru_cache(maxsize=1 << 15)
def _kind_by_shape(name: str) -> str | None:
    """A person for two to four capitalized words, unless a word says otherwise (a count opens
    no person's name: "Twenty-two Republicans joined them"; a model's number is in no person's
    name: "Airbus A320", "Vickers VC-10")."""
    words = name.split()
    if words[0].lower() in NOT_PERSON_FIRST or tabloid_title(name) or \
            any(_CAMEL.search(w) for w in words) or \
            "'s " in name or "’s " in name or " of " in name or \
            any(c.isdigit() for c in name) or \
            all(part in NUMBER_WORDS for part in words[0].lower().split("-")):
        return None
    if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
        return "person"
    if 3 <= len(words) <= 4 and words[-1][0].isupper() and words[0][0].isupper() and all(
            w in _PARTICLES for w in words[1:-1]) and (
            words[1] in PERSON_ONLY_PARTICLES or words[0].lower() in GIVEN_NAME_WORDS):
        # a given name, particles, a surname: 'Ursula von der Leyen', 'Erik ten Hag', 'Oscar de
        # la Renta' (not 'Rue de Rivoli', 'Casa de Campo': "de" opens places' names too)
        return "person"
    return None


_PARTICLES = NAME_PARTICLE_WORDS - {"of"}
