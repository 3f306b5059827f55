"""Name candidates: capitalized runs split and trimmed to names ("Transport Minister Ellen
Price" -> "Ellen Price"; "Keith Springer of Capital Advisory" -> two names; "St." and a
country's initials joined to the name they open), the agency of a wire dateline,
and the tests the kinds of ``kinds`` share (``is_place``, ``shouted``, ``title_before``). Titles
of works in quote marks and Title Case lines: ``works``."""
from __future__ import annotations

import re
from functools import lru_cache

from newsledger.lexicon.grammar import NAME_JOINERS, TITLE_CASE_VERBS
from newsledger.lexicon.organizations import (AMPERSAND_NOUNS, APPOSITION_ORG_NOUNS,
                                              BODY_TITLES, COLLECTIVE_POSSESSORS,
                                              COUNTRY_INITIALS, DESCRIBING_PARTICIPLES,
                                              FIRM_PARTNER_WORDS, FOR_HEADS, GENERIC_ORG_WORDS,
                                              HEADS_NAMING_NO_ONE_ALONE, KNOWN_SIDES,
                                              NATIONAL_BODY_OPENERS, NOT_ORG_INITIALS,
                                              ORG_HEADS, ORG_OPENERS,
                                              SAINT_ABBREVIATIONS, SHIP_PREFIXES,
                                              TEAM_NICKNAMES, TITLE_NAME_OPENERS)
from newsledger.lexicon.politics import SEATS_OF_POWER
from newsledger.lexicon.outlets import NEWS_OUTLETS
from newsledger.lexicon.people import (FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NOT_NAMES,
                                       NOT_PERSON_FIRST, ORG_WORDS, PARENT_WORDS,
                                       PARTY_MEMBER_WORDS, PEER_TITLES, PERSON_DESCRIPTORS,
                                       PORTFOLIOS, PORTFOLIO_ROLES, ROLE_INITIALS_BEFORE_NAMES,
                                       TITLES)
from newsledger.lexicon.places import (CITY_NAMES, DEMONYM_ENDINGS, GIVEN_NAMES,
                                      IRREGULAR_DEMONYMS, PLACE_INITIALS, PLACE_NAMES,
                                      PLACE_PARTS, place_key)
from newsledger.lexicon.time import MONTHS, WEEKDAYS
from newsledger.text import Document, Fact

# Last words and whole names that make a name an organization's.
ORGANIZATION_WORDS = ORG_WORDS | ORG_HEADS
# The agency of a wire dateline: "HALVERSTON, March 3 (Harbor Wire) -", "WASHINGTON (AP) -".
_AGENCY = re.compile(r"\((?P<name>[A-Z][\w.' -]{0,29})\)")
_TITLE_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(TITLES, key=len, reverse=True))
                           + r")\.?[^\S\n]+\Z")
# The last word of every title: text that does not end with one (and a space) has no title.
_TITLE_LAST_WORDS = tuple({t.split()[-1].casefold() for t in TITLES})
# The same by their last letter: text ends with one of them when it ends with one of those of
# its own last letter (a look-up and a few comparisons, not one per title).
_TITLE_LAST_WORDS_BY_END = {end: tuple(sorted(w for w in _TITLE_LAST_WORDS if w.endswith(end)))
                            for end in {w[-1:] for w in _TITLE_LAST_WORDS}}
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_CAMEL = re.compile(r"\A(?!Mc|Mac|De|Di|La|Le|Van|Von|O’|O')[A-Z]?[a-z]+[A-Z]")
# Given names that say a person (a first word among them is no venue's: "Jennifer Park").
GIVEN_NAME_WORDS = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES | GIVEN_NAMES
CALENDAR_WORDS = {w.capitalize() for w in (*MONTHS, *WEEKDAYS)}
# A name that fills a pair of quote marks by itself is the title of a work or a nickname
# ('an appearance on "Jimmy Kimmel Live!"', 'the "Jesus Is King" rapper'): not an entity.


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words of text[start:end] (split at white space)."""
    piece = text[start:end]
    parts = piece.split()
    if len(parts) == 1 and len(parts[0]) == end - start:
        return [(start, end, piece)]  # one word, no white space around it: most runs
    out = []
    i = 0
    for word in parts:
        i = piece.index(word, i)
        out.append((start + i, start + i + len(word), word))
        i += len(word)
    return out


# Months that are also surnames ("Theresa May", "Mrs May", "Brian May").
MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})


def opens_name(words: list[str], i: int) -> bool:
    """Whether the title word ``words[i]`` opens an organization's name with the word after it
    ("General Motors", "General Mills", "Police Federation": ``TITLE_NAME_OPENERS``)."""
    heads = TITLE_NAME_OPENERS.get(words[i].lower())
    return heads is not None and i + 1 < len(words) and \
        words[i + 1].lower().strip(".,'’") in heads


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading non-name words (The, But, Meanwhile...) and trailing possessives."""
    words = _words(text, start, end)
    plain = [w for _, _, w in words]
    # a month that is a surname after a given name or a title ('Theresa May', 'Mrs May')
    # (or a title word after a given name: 'Billy King', 'Gayle King', 'Ben Judge')
    surname = words[-1] if len(words) > 1 and (
        words[-1][2] in MONTH_SURNAMES and (
            words[-2][2].lower() in GIVEN_NAME_WORDS
            or words[-2][2].rstrip(".").lower() in TITLES)
        or words[-1][2].lower() in TITLES and words[-1][2].istitle()
        and len(words[-1][2]) > 3 and words[-1][2] not in _ABBREVIATED_TITLES
        and words[-2][2].lower() in GIVEN_NAME_WORDS and not is_place(words[-2][2])
    ) else None  # (not 'Georgia Gov.', 'Christian Rev.', 'North America CEO')
    # 'Transport Minister Ellen Price', 'Police Chief Dana Reyes': the name follows the title
    # (but 'Police Department' is an organization, and 'General Mills' a company).
    if len(words) > 1 and words[-1][2].lower().strip(".,") not in ORGANIZATION_WORDS and \
            words[0][2] not in SHIP_PREFIXES:  # ('HMS Queen Elizabeth': a ship's whole name)
        for i in range(len(words) - 2, -1, -1):
            if words[i][2].rstrip(".").lower() in TITLES and not opens_name(plain, i):
                words = _after_portfolio(words[i + 1:])
                break
    if len(words) > 1 and words[0][2].lower() in APPOSITION_ORG_NOUNS and \
            words[0][2].lower() not in ORGANIZATION_WORDS:
        words = words[1:]  # 'Retailer John Lewis said', 'Chipmaker Arm is' at a sentence's start
    elif len(words) > 2 and describes_a_person(words[0][2]) and not any(
            w.lower().strip(".,") in ORGANIZATION_WORDS or
            w.lower().strip(".,").removesuffix("s") in ORGANIZATION_WORDS for _, _, w in words[1:]):
        words = words[1:]  # 'Neighbour Margaret Hughes', 'Mum-of-two Kerry Lane'; not
        #                    'Student Loans Company', 'Victim Services Unit'

    while words and not opens_name([w for _, _, w in words], 0) and \
            " ".join(w for _, _, w in words) not in KNOWN_SIDES and words[0] != surname and (
            words[0][2].lower().strip("'’") in NOT_NAMES
            or words[0][2].rstrip(".").lower() in TITLES
            or words[0][2] in CALENDAR_WORDS
            or len(words) > 1 and _POSSESSIVE.sub("", words[0][2]) in CALENDAR_WORDS
            or _participle_before_name(words)
            or len(words) > 1 and words[0][2].rpartition("-")[2] in DESCRIBING_PARTICIPLES):
        words.pop(0)  # ("Wednesday's Champions League tie": the day is no part of it)
    while words and words[-1] != surname and (
            (words[-1][2].lower() in NOT_NAMES and not (
                len(words) > 1 and words[-1][2].lower() in HEADS_NAMING_NO_ONE_ALONE))
            or words[-1][2] in CALENDAR_WORDS
            or (words[-1][2].rstrip(".").lower() in TITLES and not (
                len(words) > 1 and (words[-1][2].lower() in ORGANIZATION_WORDS
                                    or words[-2][2] == "of"
                                    or words[-1][2] in BODY_TITLES
                                    and words[-2][2].rstrip(".").lower() not in TITLES)))
            or words[-1][2].lower() in ("of", "the", "and", "de", "van")):
        words.pop()
    if not words:
        return start, start
    s, e = words[0][0], words[-1][1]
    for suffix in ("'s", "’s", "'", "’", "."):
        if text.endswith(suffix, s, e) and e - len(suffix) > s:
            e -= len(suffix)
            break
    return s, e


_POSSESSIVE = re.compile(r"['’]s\Z")


def _participle_before_name(words: list) -> bool:
    """A participle opening a sentence ('Fired Jim O'Brien said …', 'Replacing Anna Kerr, …'),
    a position's initials ('GM Tony DiLeo') or a party's member ('Democrat Estes Kefauver')
    before a person's full name: no part of it."""
    first = words[0][2].lower()
    if len(words) > 2 and words[0][2].isupper() and first in ROLE_INITIALS_BEFORE_NAMES:
        return words[1][2].lower() in GIVEN_NAME_WORDS  # 'GM Tony DiLeo', 'LB Danny Clark'
    if len(words) > 2 and first in PARTY_MEMBER_WORDS:
        # 'Democrat Estes Kefauver' (not 'Republican National Convention', 'Republican
        # Governors Association')
        return words[1][2].lower() not in NOT_PERSON_FIRST and not any(
            w.lower().strip(".,") in ORGANIZATION_WORDS for _, _, w in words[1:])
    return len(words) > 2 and len(first) > 4 and first.endswith(("ed", "ing")) and \
        first not in GIVEN_NAME_WORDS and words[1][2].lower() in GIVEN_NAME_WORDS
# Titles written short, never surnames (a surname that is a title: 'King', 'Judge', 'Bishop').
_ABBREVIATED_TITLES = frozenset({"Capt", "Supt", "Insp", "Cllr", "Prof", "Cmdr", "Chief"})


def _after_portfolio(words: list) -> list:
    """The words after a title, less the portfolio that "of" or "for" gives it ("of State Jon
    Husted" -> "Jon Husted", "of Staff Denis McDonough" -> "Denis McDonough"): the name starts
    at a given name. Without one the words stay as they are: "CEO of Boeing Commercial
    Airplanes" names no person, and a given name no list knows ("Jeh") keeps its portfolio."""
    if len(words) < 3 or words[0][2] not in ("of", "for"):
        return words
    rest = words[1:]
    first = next((j for j in range(1, len(rest)) if rest[j][2].lower() in GIVEN_NAME_WORDS),
                 None)
    return rest[first:] if first is not None else words


_PARENT_OF = re.compile(rf"(?:{'|'.join(sorted(PARENT_WORDS))})-of-[a-z\d]+")


def describes_a_person(word: str) -> bool:
    """Whether ``word`` is a common noun put before a person's name like a title ("Neighbour",
    "Pensioner", "Mum-of-two": ``PERSON_DESCRIPTORS``, ``PARENT_WORDS``)."""
    low = word.lower()
    if word.isupper() and len(word) <= 3:
        return False  # initials ('ACE Cash Express'), not a descriptor in capitals
    return low in PERSON_DESCRIPTORS or _PARENT_OF.fullmatch(low) is not None


def is_place(name: str) -> bool:
    """A listed place, or a part of one ('Northern California', 'East London')."""
    if place_key(name) in PLACE_NAMES:
        return True
    first, _, rest = name.partition(" ")
    return bool(rest) and first.lower() in PLACE_PARTS and place_key(rest) in PLACE_NAMES


@lru_cache(maxsize=1 << 14)
def demonym(word: str) -> bool:
    """Whether a capitalized word is a nation's adjective or its people ("Mexican",
    "Ukrainians", "Iraqi", "British"): its place's name is listed, by a regular ending
    (``DEMONYM_ENDINGS``), or the word is ``IRREGULAR_DEMONYMS``'. No person."""
    low = word.lower().removesuffix("s")
    if low in IRREGULAR_DEMONYMS or low.removesuffix("-american") != low:
        return True
    for ending, place_endings in DEMONYM_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[:-len(ending)]
            if any(place_key(stem + p) in PLACE_NAMES for p in place_endings):
                return True
    return False


def split_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalized run can hold two names: 'Pitt Capital Group Charlie Smith' (an
    organization word, then a name), 'Keith Springer of Capital Advisory' (a name 'of' an
    organization), "Ada Quinn's The Long Shore" (a possessor, then a title), "Labour's Yvette
    Cooper" (a possessor, then a name). Split there; a run like 'Bank of America' stays whole."""
    if place_key(text[start:end]) in PLACE_NAMES:
        return [(start, end)]  # 'United States of America'
    words = _words(text, start, end)
    if len(words) == 1:
        return [(start, end)]
    for i, (_, _, w) in enumerate(words[1:-1], 1):
        if w == "for" and words[i - 1][2].lower() not in FOR_HEADS:
            # 'Smith for Mayor', 'Votes for Women': two names ('Office for Budget
            # Responsibility', 'Department for Education': one)
            after = i + 1
            if words[i - 1][2].rstrip(".").lower() in TITLES:
                # 'Commissioner for Competition Neelie Kroes', 'Minister for Europe Denis
                # MacShane': the title's portfolio, then the name
                for k in range(i + 2, min(i + 4, len(words) - 1)):
                    if words[k][2].lower() in GIVEN_NAME_WORDS:
                        after = k
                        break
                else:
                    if len(words) - i - 1 == 3 and words[i + 1][2][:1].isupper() and \
                            words[i + 2][2][:1].isupper():
                        after = i + 2  # one word of portfolio, then a name of two
            return [*split_run(text, start, words[i - 1][1]),
                    *split_run(text, words[after][0], end)]
    for i, (_, _, w) in enumerate(words[1:], 1):
        if w.replace("’", "'") in TITLE_CASE_VERBS:  # 'Donald Trump Is Right': a headline's verb
            return [*split_run(text, start, words[i - 1][1]),
                    *(split_run(text, words[i + 1][0], end) if i + 1 < len(words) else [])]
    for i, (_, e, w) in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")) and words[i + 1][2] == "The":
            # 'Ada Quinn's The Long Shore', "Disney's The Lion King": a possessor, then a title
            return [(start, e), (words[i + 1][0], end)]
    for i, (_, e, w) in enumerate(words[:-2]):
        tail = [x for _, _, x in words[i + 1:]]
        if w.endswith(("'s", "’s")) and w[:-2].lower() not in COLLECTIVE_POSSESSORS and (
                not _organization_by_evidence(tail)
                or _organization_by_evidence([x for _, _, x in words[:i]] + [w[:-2]])) and \
                tail[-1].lower().strip(".,") not in GENERIC_ORG_WORDS and "of" not in tail:
            # "Labour's Yvette Cooper", "Apple's Tim Cook": a possessor, then a name of two
            # words or more (not "Moody's Investors Service", "St. Brigid's Hospital")
            return [(start, e), *split_run(text, words[i + 1][0], end)]
    if len(words) == 2 and words[0][2].endswith(("'s", "’s")) and \
            is_place(words[0][2][:-2]) and \
            words[1][2].lower().strip(".,") not in ORGANIZATION_WORDS | GENERIC_ORG_WORDS:
        # "Britain's FTSE", "Japan's Nikkei", "China's Huawei": a country's, then a name
        # (not "America's Cup")
        return [(start, words[0][1]), (words[1][0], end)]
    for i, (_, _, w) in enumerate(words):
        if w == "and" and 0 < i < len(words) - 1 and "&" in text[start:end]:
            # 'Procter & Gamble and Johnson & Johnson', 'Apple and AT&T': two names (a firm's
            # name joins its words with "&", not with "and" too)
            return [*split_run(text, start, words[i - 1][1]),
                    *split_run(text, words[i + 1][0], end)]
        if w == "and" and 0 < i < len(words) - 1 and (
                is_place(text[start:words[i - 1][1]]) and (
                    is_place(text[words[i + 1][0]:end]) or i + 2 == len(words))
                or i == 1 and is_place(text[words[i + 1][0]:end])
                or i == 1 and len(words) == 3 and words[0][2] in CITY_NAMES
                and words[2][2] in CITY_NAMES):
            # 'Ohio and Iowa'; 'London and Frankfurt', 'Lyon and Paris': a listed place and
            # one word; 'Wrexham and Dundee': two towns
            return [(start, words[i - 1][1]), (words[i + 1][0], end)]
        if w == "and" and 0 < i < len(words) - 1 and (
                _joined_pair(words[i - 1][2], words[i + 1][2], i, len(words),
                             [x for _, _, x in words[:i - 1]])
                or i >= 2 and is_place(text[words[i + 1][0]:end])
                and not any(x == "of" for _, _, x in words[:i])):
            # 'IBF and WBO', 'Bobcats and Timberwolves': two organizations; 'Sam Mitchell and
            # Minnesota': a name and a place
            return [*split_run(text, start, words[i - 1][1]),
                    *split_run(text, words[i + 1][0], end)]
        if w == "and" and 3 <= i < len(words) - 1 and (
                of := next((j for j in range(i - 2, 0, -1) if words[j][2] == "of"), 0)) and \
                is_place(text[words[of + 1][0]:words[i - 1][1]]) and \
                not is_place(text[words[i + 1][0]:end]):
            # 'the University of Edinburgh and Public Health Scotland', 'Bank of England and
            # Barclays': a body named after a place, then another name (not 'Department of
            # Health and Human Services', nor 'Bank of Scotland and Ireland': two places)
            return [*split_run(text, start, words[i - 1][1]),
                    *split_run(text, words[i + 1][0], end)]
        if w == "and" and i == 1 and len(words) >= 4 and is_place(words[0][2]):
            # 'Ted Cruz of Texas and Marco Rubio of Florida': a place, then another name
            return [(start, words[0][1]), *split_run(text, words[2][0], end)]
    for i, (_, _, w) in enumerate(words):
        if w == "and" and 2 <= i < len(words) - 1 and _organization_by_evidence(
                [x for _, _, x in words[:i]]) and (
                words[i + 1][2].lower().strip(".,") not in ORGANIZATION_WORDS | GENERIC_ORG_WORDS
                or i + 2 == len(words) and _ACRONYM.fullmatch(words[i + 1][2])) and \
                not any(x == "of" for _, _, x in words[:i]):
            # 'General Motors and Chrysler', 'Lloyds Bank and Barclays', 'Fox News Channel and
            # CNN': two organizations (not 'First Citizens Bank and Trust Company', 'Marks and
            # Spencer', 'Office of Management and Budget')
            return [*split_run(text, start, words[i - 1][1]),
                    *split_run(text, words[i + 1][0], end)]
    for i, (_, _, w) in enumerate(words):
        if w == "and" and i >= 2 and (len(words) - i >= 3 or len(words) - i == 2 and (
                words[0][2].lower() in GIVEN_NAME_WORDS and not is_place(words[0][2])
                and words[-1][2].lower() not in FIRM_PARTNER_WORDS)) and not any(
                x.lower() in NAME_JOINERS for _, _, x in words if x != "and") and \
                words[-1][2].lower().strip(".,") not in ORGANIZATION_WORDS | GENERIC_ORG_WORDS:
            # 'John Smith and Jane Doe', 'Kerry Lane and Tom Ash': two names of two words or
            # more; 'Gary Pryce and Southport': a person's full name, then a name of one word
            # (not 'Marks and Spencer', 'Department of Health and Human Services', 'John
            # Lewis and Sons')
            return [*split_run(text, start, words[i - 1][1]),
                    *split_run(text, words[i + 1][0], end)]
    for i in range(len(words) - 3, -1, -1):
        if words[i][2].lower().strip(".,") in ORG_WORDS and \
                len(words) - i - 1 >= 2 and words[i + 1][2].lower() not in NAME_JOINERS and \
                (words[-1][2].lower().strip(".,") not in ORGANIZATION_WORDS
                 or words[i + 1][2].lower() in ORG_OPENERS
                 or words[i + 1][2].lower() in GIVEN_NAME_WORDS) and \
                (words[i + 1][2].lower().strip(".,") not in ORG_WORDS
                 or words[i + 1][2].lower() in ORG_OPENERS) and \
                not (words[i][2].lower() in PORTFOLIOS
                     and words[i + 1][2].lower() in PORTFOLIO_ROLES):
            # 'Apple CEO Tim Cook': the organization, then the person (not 'Energy Minister
            # Ann Hale', 'Treasury Secretary Ann Hale': a portfolio of the title; not
            # 'University College London': one name of organization words; not 'United
            # Nations Security Council': an organization's words at both ends; but 'BBC |
            # Radio Essex': a word that opens a name of its own, 'Chrysler LLC | Jim Press':
            # a given name)
            return [(start, words[i][1]), (words[i + 1][0], end)]
    for i, (_, _, w) in enumerate(words):
        if w == "of" and i >= 2 and words[0][2].lower() not in ORG_WORDS \
                and words[0][2] not in SHIP_PREFIXES and not _peer_style(words, i) \
                and words[i - 1][2].lower().strip(".,") not in ORG_WORDS \
                and not (words[i - 1][2].rstrip(".").lower() in TITLES
                         and _after_portfolio(words[i:]) != words[i:]):
            # (not 'Secretary of State Jon Husted': a title, its portfolio and a name, which
            # ``trim`` reads; not 'HMS Prince of Wales': a ship)
            return [(start, words[i - 1][1]), *split_run(text, words[i + 1][0], end)] \
                if i + 1 < len(words) else [(start, words[i - 1][1])]
    return [(start, end)]


def _peer_style(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a run is a peer's style, a title, a surname, "of" at ``i`` and a place: one
    person ('Baroness Smith of Basildon', 'Lord Smith of Finsbury'; not 'Lord Mayor of
    London': an office)."""
    return i == 2 and len(words) == 4 and words[0][2].lower() in PEER_TITLES and \
        words[1][2].rstrip(".").lower() not in TITLES and words[3][2][:1].isupper()


def _joined_pair(left: str, right: str, i: int, n: int, lead: list[str]) -> bool:
    """Whether "and" joins two names of one word each (after ``lead``, words that open no name)
    that are each a whole name: initials ('IBF and WBO', 'FWS and NMFS'), teams' nicknames
    ('Bobcats and Timberwolves') or seats of power ('Holyrood and Stormont'; not 'Marks and
    Spencer')."""
    if n - i != 2 or not all(w.lower() in NOT_NAMES for w in lead):
        return False
    return bool(_ACRONYM.fullmatch(left) and _ACRONYM.fullmatch(right)) or any(
        left.lower() in words and right.lower() in words
        for words in (TEAM_NICKNAMES, SEATS_OF_POWER))


def _organization_by_evidence(words: list[str]) -> bool:
    """Whether a name of two words or more is an organization's by its last word ("General
    Motors", "Lloyds Bank") or a title word that opens it ("General Mills")."""
    return len(words) >= 2 and (words[-1].lower().strip(".,") in ORGANIZATION_WORDS
                                or (len(words) == 2 and opens_name(words, 0)))


_OUTLET_INITIALS = frozenset(n for n in NEWS_OUTLETS if n.isupper() and len(n) > 1) - {"PA"}


def shouted(name: str) -> bool:
    """ALL-CAPS words are emphasis or slogans ("KANYE 2024"), not names, unless listed or
    joined by "&" as firms' initials are ("AT&T", "M&S"; not "Q&A": ``AMPERSAND_NOUNS``)."""
    if name.isascii() and not name.isupper():
        return False  # a lower-case letter: a word of it is not all capitals
    letters = [w for w in name.split() if any(c.isalpha() for c in w)]
    return ("&" not in name or name in AMPERSAND_NOUNS) and \
        all(w.isupper() and len(w) > 1 for w in letters) and \
        name.lower() not in ORG_WORDS and place_key(name) not in PLACE_NAMES and \
        name not in _OUTLET_INITIALS


def tabloid_title(name: str) -> bool:
    """Whether a name opens with a word in capitals that is no given name, then Title Case
    words: tabloid capitals on a show's or a thing's name ("STRICTLY Come Dancing", "LOVE
    Island"), never a person's (the capitals of "KATIE Price" fall on her given name)."""
    first, _, rest = name.partition(" ")
    return bool(rest) and len(first) >= 4 and first.isalpha() and first.isupper() and \
        first.lower() not in GIVEN_NAME_WORDS and all(w[:1].isupper() and not w.isupper()
                                                       for w in rest.split())


def title_before(text: str, start: int) -> bool:
    """Whether a title ends right before ``start`` ("President ", "Gov. "): ``_TITLE_BEFORE``,
    tried only when the text there ends with a title's last word and white space."""
    window = text[max(0, start - 25):start]
    words = window.rstrip()
    if len(words) == len(window):
        return False
    last = words.removesuffix(".").casefold()
    if not last.endswith(_TITLE_LAST_WORDS_BY_END.get(last[-1:], ())) or \
            "\n" in window[len(words):] or ends_sentence(words):
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 25), start) is not None


def ends_sentence(words: str) -> bool:
    """Whether text ending with a title word and a period ends a sentence there: a word of
    four letters or more in lower case ('… the award for best director.'), not an
    abbreviation ('Gov.', 'Sen.', 'gen.')."""
    last = words[:-1].rpartition(" ")[2]
    return words.endswith(".") and last.islower() and len(last) > 3


def _dateline_agency(doc: Document) -> tuple[int, int, str] | None:
    """(start, end, name) of the agency a wire dateline names in brackets ("HALVERSTON, March 3
    (Harbor Wire) -", "WASHINGTON (AP) -"), or None."""
    if doc.dateline is None:
        return None
    m = _AGENCY.search(doc.text, doc.dateline.start, doc.dateline.end)
    return (m.start("name"), m.end("name"), m.group("name").strip()) if m else None


DATELINE_AGENCY: Fact[tuple[int, int, str] | None] = Fact("dateline_agency", _dateline_agency)
"""The news agency of the document's wire dateline: an organization wherever the article
names it, never a person, never what a number is about."""


def saints_joined(text: str, runs: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Capitalized runs, a saint's abbreviation joined to the name it opens, a person's initials
    to the name they open ("J.D. Vance"), and a country's initials to the organization's name
    they open: the text layer ends a run at a period ("St. Brigid's Hospital" is "St", then
    "Brigid's Hospital"; "the U.S. Army" is "U.S", then "Army")."""
    out: list[tuple[int, int]] = []
    for s, e in runs:
        if out and text[out[-1][1]:s] == ". ":  # (most runs: no period and space before)
            before = text[out[-1][0]:out[-1][1]].lower()
            last = before.rsplit(" ", 1)[-1]
            if before and (
                    before in SAINT_ABBREVIATIONS or (
                        _DOTTED_INITIALS.fullmatch(last) is not None
                        and last not in _NO_PERSON_S_INITIALS
                        and last.replace(".", "") not in NOT_ORG_INITIALS  # ('D.A. Ann Lowell')
                        and text[s:e].split(" ", 1)[0].lower() not in NOT_NAMES) or (
                        last in COUNTRY_INITIALS
                        and _head_word(text[s:e]) in ORGANIZATION_WORDS
                        and text[s:e].split(" ", 1)[0].lower() in NATIONAL_BODY_OPENERS)):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


# A person's initials written without spaces ('J.D. Vance', 'A.J. Styles'): the text layer
# ends the run at their last period. Not a state's or a country's ('N.J.', 'U.S.').
_DOTTED_INITIALS = re.compile(r"[a-z]\.[a-z]")
_NO_PERSON_S_INITIALS = PLACE_INITIALS | COUNTRY_INITIALS


def _head_word(name: str) -> str:
    """The lower-cased word that heads a name: its last word before "of" or "for"
    ("Department of Justice" -> "department")."""
    return name.split(" of ", 1)[0].split(" for ", 1)[0].rsplit(" ", 1)[-1].lower()
