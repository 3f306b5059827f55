"""What shows a one-word name to be a body's ("a Tesco spokesman", "Tesco, the UK's biggest
retailer,", "Ryanair said it would cut 5% of its staff") and whether it is a common word
("Gold fell 1%", "both")."""
from __future__ import annotations

import re

from newsledger.lexicon.markets import MARKET_NOT_COMPANIES
from newsledger.lexicon.measures import AMOUNT_NOUNS
from newsledger.lexicon.numbers import CURRENCY_WORDS
from newsledger.lexicon.organizations import (APPOSITION_ORG_NOUNS, BODY_ACTS,
                                              COMPANY_POSSESSIONS, HOLDING_NOUNS,
                                              ORGANIZATION_VOICES)
from newsledger.lexicon.people import NOT_PERSON_FIRST, SUBJECT_OPENERS

from .kinds import WHICH_AFTER, which_kind
from .names import GIVEN_NAME_WORDS, is_place, title_before

# A spokesperson or official of the body a one-word name names: 'a Tesco spokesman' (after a
# determiner: not 'Two officials'), 'a spokeswoman for Ryanair', 'officials at Ofcom' (a
# person named in full before keeps the word: 'a spokesman for Johnson' after 'Boris
# Johnson' is his, read before these rules).
_VOICE_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(ORGANIZATION_VOICES))})\b")
_VOICE_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)[ \t]+\Z")
# A one-word company by what follows it: a business noun in apposition, closed by its comma
# ("Tesco, the UK's biggest retailer,"; not "Initially, the company said") or what a company
# has ("Tesco's chief executive", "Ryanair's share price"). (Not "it" after its verb of
# saying: "Ryanair said it would cut jobs", but also "Trump said it was rigged".)
_BUSINESS_APPOSITION = re.compile(
    r",[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:" +
    "|".join(sorted(APPOSITION_ORG_NOUNS)) + r"),")
# Or what it is to a body named by its possessive: 'Menatep, Yukos' majority shareholder,'.
_HOLDING_APPOSITION = re.compile(
    r",[ \t]+[A-Z][\w-]*(?:['’]s|s['’])[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:" +
    "|".join(sorted(HOLDING_NOUNS)) + r"),")
_COMPANY_POSSESSION = re.compile(r"['’]s[ \t]+(?:" + "|".join(
    sorted(COMPANY_POSSESSIONS, key=lambda w: (-len(w), w))) + r")\b")
# What a company has, after its verb of saying and "its": 'Skyvale said its profits rose',
# 'Ryanair reported its first-half profit' (a person's is "his" or "her").
_SAID_ITS_POSSESSION = re.compile(
    r"[ \t]+(?:said|says|reported|reports|posted|announced)[ \t]+(?:that[ \t]+)?its[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:" + "|".join(sorted(COMPANY_POSSESSIONS, key=lambda w: (-len(w), w)))
    + r")\b")
# "it" after the name's verb of saying, and "its" later in the sentence: a body speaking of
# itself ("Boeing said on Friday it would cut 17,000 jobs, or 10% of its workforce"); a person
# is "he" or "she", and "it" alone is too often the thing spoken of ("Trump said it was
# rigged"); no other noun or name between "it" and "its" ("… it was time for the party to find
# its nerve", "… it would force China to change its policy").
SAID_IT_AND_ITS = re.compile(
    r"[ \t]+(?:said|says|announced|confirmed)[ \t]+(?:[^.!?\n]{0,30}?[ \t])?(?:that[ \t]+)?it"
    r"[ \t](?:(?!\b(?:the|a|an|this|that|their|his|her)\b|\b[A-Z])[^.!?\n])*?\bits\b")
# A fine it has imposed: 'Ofcom has fined Telvora £3m' (not 'was fined': a person is fined too).
_FINED_AFTER = re.compile(rf"(?:[ \t]+ha(?:s|ve))?[ \t]+(?:{'|'.join(sorted(BODY_ACTS))})\b")
# 'Stamford, Conn.': a town and its state abbreviated, no body speaking.
_ABBREVIATED_STATE_AFTER = re.compile(r",[ \t]+[A-Z][a-z]{1,5}\.")
_VOICE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(ORGANIZATION_VOICES))})[ \t]+"
                           r"(?:for|at|of|from)[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)
_COMMA_NAME = re.compile(r",[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})")
_POLICE_SAID = re.compile(r"[ \t]+(?:said|say|says)\b")


def place_follows(text: str, end: int) -> bool:
    """Whether a comma and a listed place ('…, Leeds') or a police force's attribution
    ('…, West Midlands Police said') follow a name: the name is a district or a village."""
    m = _COMMA_NAME.match(text, end)
    if m is None:
        return False
    name = m.group("name")
    return is_place(name) or (name.endswith("Police") and
                              _POLICE_SAID.match(text, m.end()) is not None)


# What every word of ORGANIZATION_VOICES holds: a first look before ``_VOICE_BEFORE``'s search
# (a test checks that they cover the list).
VOICE_HINTS = ("spokes", "official", "representative")


def _voice_hint(lower: str) -> bool:
    for hint in VOICE_HINTS:  # (a loop: no generator made per name)
        if hint in lower:
            return True
    return False


def bodies_by_cue(text: str, singles: list[tuple[int, int, str]]) -> set[str]:
    """One-word names a mention shows to be a body's: its spokespeople ('a Tesco spokesman',
    'a spokeswoman for Ryanair'), a business noun in apposition, what a company has (after
    the name or after its verb of saying and "its"), what it is to a body in apposition
    ('Menatep, Yukos' majority shareholder,'), "it … its" after its verb of saying, a
    fine it imposed, ", which" and what a body does ('Tesco, which employs 300,000 staff,':
    people take "who", so 'Tesco said' elsewhere in the article is the body's too). Not a given name, an adjective ('a
    Republican official'), a place, a surname a title marks anywhere ('Senator Rubio' … 'a
    spokesman for Rubio'), or a town before its state or a listed place ('Stamford, Conn.')."""
    cued = {name for s, e, name in singles if _cued(text, s, e, name)
            and not place_follows(text, e) and not _ABBREVIATED_STATE_AFTER.match(text, e)}
    if not cued:
        return cued
    titled = {name for s, _, name in singles if name in cued and title_before(text, s)}
    return {name for name in cued if name not in titled and name.lower() not in
            GIVEN_NAME_WORDS and name.lower() not in NOT_PERSON_FIRST and not is_place(name)}


def _cued(text: str, s: int, e: int, name: str) -> bool:
    """Whether a cue of ``bodies_by_cue`` stands around the one-word name text[s:e]: the cues
    after it are read by the character right after it, which each of their patterns opens
    with (a space or tab, a comma, an apostrophe; most names are followed by none of them
    with a cue)."""
    after = text[e:e + 1]
    if after == " " or after == "\t":
        if (_VOICE_AFTER.match(text, e) and _VOICE_DETERMINER.search(text, max(0, s - 10), s)) \
                or SAID_IT_AND_ITS.match(text, e) or _SAID_ITS_POSSESSION.match(text, e) \
                or _FINED_AFTER.match(text, e):
            return True
    elif after == ",":
        if _HOLDING_APPOSITION.match(text, e) or (
                _BUSINESS_APPOSITION.match(text, e) and not name.endswith("ly")
                and name.lower() not in SUBJECT_OPENERS) or (
                WHICH_AFTER.match(text, e) and which_kind(text, s) == "organization"):
            return True
    elif after == "'" or after == "’":
        if _COMPANY_POSSESSION.match(text, e):
            return True
    return _voice_hint(text[max(0, s - 40):s].lower()) and \
        _VOICE_BEFORE.search(text, max(0, s - 40), s) is not None


def no_common_word(text: str, name: str) -> bool:
    """Whether a one-word name is no common word: not a commodity, currency or measure that
    moves by a percentage ("Gold fell 1%", "Sterling slipped", "Revenue fell 5%"), and not
    written in lower case elsewhere in the article."""
    low = name.lower()
    return low not in MARKET_NOT_COMPANIES and low not in AMOUNT_NOUNS and \
        low not in CURRENCY_WORDS and not _whole_word_in(text, low)


def _whole_word_in(text: str, word: str) -> bool:
    r"""Whether ``word`` stands in ``text`` between word boundaries, as ``re.search(r"\b" +
    re.escape(word) + r"\b", text)`` finds it, with ``str.find`` (no pattern compiled per
    word: a one-word name is seldom met twice)."""
    i = text.find(word)
    while i >= 0:
        if _boundary(text, i) and _boundary(text, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    r"""Whether ``\b`` holds at offset ``at``: a word character (``\w``: alphanumeric or "_")
    on one side of it only."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after
