"""Speaker resolution: from the words that attribute a quote (a name, a description, a pronoun,
a transcript label) to the row's speaker fields: its text and span, its kind (person,
organization, account, anonymous, unknown) and the entity it names.

A phrase's head names the speaker ('White House spokesman Josh Earnest' -> Josh Earnest; 'a
spokesman for Mayor Reyes' stays anonymous: ``phrases.head``). Pronouns and descriptions
resolve to whom they stand for (``referents``: "he" a person of that gender, "the minister"
the person that role names, "the agency" the organization whose name holds the noun); the
row keeps the words as its speaker text and takes the entity's name; aliases through the
mentions of ``extract_entities``. A statement, caption or post ("the statement said") speaks
for its author (``containers.py``); unnamed speakers ("one commented", "a commenter",
"officials") are ``anonymous``.
"""
from __future__ import annotations

import re

from newsledger.lexicon.abbreviations import ABBREVIATIONS
from newsledger.lexicon.organizations import (FORCE_NOUNS, NOT_ORG_INITIALS,
                                              ORGANIZATION_VOICES, SIDE_ROLES, SIDE_STAFF)
from newsledger.lexicon.function_words import FUNCTION_WORDS
from newsledger.lexicon.people_nouns import INHABITANTS, PEOPLE_NOUNS, PERSON_NOUNS
from newsledger.lexicon.grammar import DETERMINERS
from newsledger.lexicon.people import (ANONYMOUS, DESCRIPTIONS, GENERIC_PEOPLE, KIN_NOUNS,
                                       OFFICIAL_PLURALS, ORG_DESCRIPTIONS, PLURAL_SPEAKERS,
                                       ROLE_NOUNS, SPEAKER_PRONOUNS, TIME_NOUN_PHRASES, TITLES,
                                       TRANSCRIPT_ROLES)
from newsledger.lexicon.speech import CONTAINERS

from .common import (NOT_SPEAKER_WORDS, POSSESSIVE_END, PREPOSITION_BEFORE, alternation,
                     trim)
from .mentions import Mentions
from .phrases import head as speaker_head
from .phrases import valid_phrase
from .referents import (organization_described, person_described, portfolio_of,
                        pronoun_referent, unnamed_opener)

STATEMENT_FROM = re.compile(rf"(?i:an?|the)\s+(?:[\w-]+\s+)?(?i:{alternation(CONTAINERS)}|"
                             rf"release|spokesperson|spokesman|spokeswoman)\s+(?i:from|by)\s+"
                             rf"(?:the\s+)?(?P<who>[A-Z][^,]*?)[.]?\Z")
# A title and a name after an organization's name ('Party| chairman Will Rogers').
_TITLED_NAME = re.compile(r"[ \t]+(?P<noun>[a-z][\w-]*)[ \t]+"
                          r"(?P<name>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3})")
_THE_ACRONYM = re.compile(r"[Tt]he\s+([A-Z]{2,6})")
# A website's name ('PowerOutage.us', 'Politico.com', 'Gov.uk').
_WEBSITE = re.compile(r"\w\.(?:com|org|net|gov|us|uk|io|co\.uk|org\.uk)\Z", re.I)
_TIME_WORDS = frozenset(w.lower() for w in NOT_SPEAKER_WORDS) | {
    "later", "earlier", "then", "now", "today", "yesterday", "tonight", "week", "month",
    "year", "morning", "evening", "night", "afternoon", "weekend"}
# A speaker's final period that belongs to an abbreviation ("Jr.", "Gov.") or an initial.
_ABBREV = re.compile(rf"(?:\b(?:{alternation(TITLES | ABBREVIATIONS)}|[A-Z])\.)\Z", re.I)


def not_subject(text: str, s: int, e: int, mentions: Mentions) -> bool:
    """Speaker words that cannot be a verb's subject: a possessive ("Trump’s comments had
    rattled them") unless a name ends so ("McDonald’s"), or a phrase of time ('at the time
    said', 'later Thursday told')."""
    words = text[s:e].split()
    if not words or PREPOSITION_BEFORE.search(text, max(0, s - 12), s):
        return True  # ('Protesters marching through the streets chanted': not 'the streets')
    if POSSESSIVE_END.search(words[-1]):
        hit = mentions.at(s, e)
        return not (hit is not None and hit[0].end >= e)
    low = " ".join(words).lower()
    return low in TIME_NOUN_PHRASES or all(w.lower().rstrip(".,") in _TIME_WORDS for w in words)


def _strip_speaker(text: str, s: int, e: int) -> tuple[int, int]:
    s, e = trim(text, s, e)
    while e > s and text[e - 1] in ",.;:" and not _ABBREV.search(text[max(s, e - 8):e]):
        e -= 1
    return s, e


# (sets read per speaker, made once)
_SPECIFIC_ROLES = ROLE_NOUNS - GENERIC_PEOPLE
_SIDE_PEOPLE = SIDE_ROLES | SIDE_STAFF
_NOT_ACRONYM_ORGS = ROLE_NOUNS | NOT_ORG_INITIALS


def speaker_fields(text: str, s: int, e: int, cue: str | None, mentions: Mentions,
                   head: tuple[int, int] | None = None) -> dict:
    """Speaker fields for the speaker words text[s:e] (apposition included); ``head``, when
    given, is the part of them that names the speaker (``phrases.head``)."""
    s, e = _strip_speaker(text, s, e)
    if _people_placed(text[s:e], s, mentions) or (
            text.find("of", s, e) >= 0 and _PEOPLE_OF.match(text, s, e)):
        # ('Residents of Tamworth', 'Fans of Manchester United': unnamed, never the name)
        return {"speaker_text": text[s:e], "speaker_start": s, "speaker_end": e, "cue": cue,
                "speaker_kind": "anonymous", "speaker_name": None}
    if head is None:
        head = speaker_head(text, s, e, mentions)
    if head != (s, e):
        hit = mentions.at(*head)
        if hit is not None and hit[0].start >= s and hit[0].end <= e and hit[1].kind in (
                "person", "organization", "account"):
            return {"speaker_text": text[s:e], "speaker_start": s, "speaker_end": e,
                    "cue": cue, "speaker_kind": hit[1].kind,
                    "speaker_name": hit[1].name}
    comma = text.find(",", s, e)
    core_end = comma if comma > 0 else e
    core = text[s:core_end].strip()
    low = core.lower()
    first = low.split(" ", 1)[0] if low else ""
    info = {"speaker_text": text[s:e], "speaker_start": s, "speaker_end": e, "cue": cue}
    anonymous = {**info, "speaker_kind": "anonymous", "speaker_name": None}
    source = STATEMENT_FROM.match(core)
    if source:  # 'a statement from Apple Computer': the organization speaks
        hit = mentions.at(s + source.start("who"), s + source.end("who"))
        return {**info, "speaker_kind": hit[1].kind if hit and hit[1].kind in (
            "person", "organization") else "organization",
            "speaker_name": hit[1].name if hit else source.group("who")}
    voice = _voice_of(core, s, mentions)
    if voice is not None:  # 'a Tesco spokesman', 'a spokeswoman for Network Rail'
        return {**info, "speaker_kind": "organization", "speaker_name": voice}
    if low in ANONYMOUS or low in PLURAL_SPEAKERS or low in TRANSCRIPT_ROLES or first in (
            "a", "an", "another", "one", "some", "several", "many"):
        return anonymous
    if low in SPEAKER_PRONOUNS and (cue is not None or low != "it"):
        # ("it" only next to a verb of saying: a clause's "it" is seldom an organization)
        if low != "it" and unnamed_opener(s, low, mentions):
            return anonymous  # ('A neighbor who asked not to be named said …, she said')
        found = pronoun_referent(s, low, mentions)
        if found is not None:
            return {**info, "speaker_kind": found[0], "speaker_name": found[1]}
    if _possessed_role(text, s, s + len(core), mentions):
        # "the Prime Minister's spokesman": the spokesman, unnamed, not the Prime Minister (a
        # role noun earlier in the article may name someone else's: 'Murphy's spokeswoman
        # Galia Slayen' is not Grayson's spokeswoman)
        return anonymous
    hit = mentions.at(s, s + len(core))
    if _PERSON_OF_PRONOUN.fullmatch(core) and \
            (named := _named_before(text, core, s, mentions)) is not None:
        # ('Her mother, Ruth Brandt, remembers it. … Her mother laughed.')
        return {**info, "speaker_kind": "person", "speaker_name": named}
    if (hit is None or hit[1].kind == "place") and _PERSON_OF_PRONOUN.fullmatch(core):
        return anonymous  # ('…, said his daughter.', 'their lawyers', 'his critics in the
        # United States'): someone of theirs
    if hit is not None and hit[0].end < s + len(core) and (
            _unnamed_plural(core, named_body=hit[1].kind != "person")
            or _PERSON_OF_PRONOUN.fullmatch(core)
            or (hit[1].kind == "person" and
                _PERSON_OF_NAME.fullmatch(text, hit[0].end, s + len(core)))):
        # 'Labour sources said', 'Trump officials': people of it, unnamed ('USAF officials'
        # speak for the USAF); 'her agent', "Lopez's agent": someone of the person the
        # pronoun or the possessive stands for, unnamed (not 'his campaign', 'her office':
        # the person's own)
        return anonymous
    if hit is not None and mentions.doc is not None and first in ("the", "its", "this",
                                                                   "that") and \
            _description_head(low.split()) in _SPECIFIC_ROLES and (
                hit[0].kind == "description" or hit[1].name.lower() in ROLE_NOUNS):
        hit = None  # ('the minister', 'the Spaniard': the role it names decides, below)
    if hit is not None and hit[1].kind == "place" and not low.startswith(hit[0].text.lower()):
        hit = None  # 'the mayor of Chicago' is not Chicago
    if hit is not None and hit[1].kind == "organization" and first == "the" and \
            _description_head(low.split()) in _SIDE_PEOPLE and \
            not low.endswith(hit[0].text.lower()):
        hit = None  # 'the Chelsea boss' is a person of the club's (the role decides, below)
    titled = _TITLED_NAME.fullmatch(core, hit[0].end - s) \
        if hit is not None and hit[1].kind == "organization" and hit[0].start == s else None
    if titled is not None and titled.group("noun").lower() in ROLE_NOUNS:
        # 'Party chairman Will Rogers', 'Acme analyst Jo Kerr': the person the title names,
        # not the body before it
        name = titled.group("name")
        ent = mentions.named(name) or mentions.surname(name.split()[-1])
        return {**info, "speaker_kind": "person",
                "speaker_name": ent.name if ent is not None and ent.kind == "person" else name}
    if hit is not None:
        kind = hit[1].kind if hit[1].kind in ("person", "organization", "account") \
            else "organization"
        return {**info, "speaker_kind": kind, "speaker_name": hit[1].name}
    words = low.split()
    acronym = _THE_ACRONYM.fullmatch(core)
    if acronym and acronym.group(1).lower() not in _NOT_ACRONYM_ORGS:
        # 'the UAW' (not 'the MP', 'the GM': a general manager)
        return {**info, "speaker_kind": "organization", "speaker_name": acronym.group(1)}
    if first in ("the", "its", "this", "that") and words:
        head = _description_head(words)
        if head in ORG_DESCRIPTIONS or " ".join(words[1:]) in ORG_DESCRIPTIONS:
            return {**info, "speaker_kind": "organization",
                    "speaker_name": organization_described(core, s, head, mentions)}
        previous = mentions.previous
        if previous is not None and previous.get("speaker_kind") == "anonymous" and \
                head in (previous.get("speaker_text") or "").lower().split():
            return anonymous  # ('A spokesman said …. "…," the spokesman added': still unnamed)
        body = _voice_introduced(text, s, head, mentions) if head in ORGANIZATION_VOICES \
            else None
        if body is not None:
            # ('A spokeswoman for Network Rail said …. "…," the spokeswoman added': the
            # body she speaks for, evaluation/GUIDE.md)
            return {**info, "speaker_kind": "organization", "speaker_name": body}
        if head in ROLE_NOUNS or _AGE_OR_KIN.fullmatch(head):
            name = person_described(s, head, mentions, portfolio_of(core, head))
            if name is not None:
                return {**info, "speaker_kind": "person", "speaker_name": name}
        return anonymous
    if core[:1].islower() and len(words) > 1 and _description_head(words) in DESCRIPTIONS:
        # a role without a determiner ('former secretary of state said'): the person named
        # last before it
        name = person_described(s, _description_head(words), mentions)
        if name is not None:
            return {**info, "speaker_kind": "person", "speaker_name": name}
    if low in ("he", "she", "his", "her"):
        # a pronoun the entity resolver left alone (its gender guess disagreed): the person
        # named last before it, within a few sentences
        person = mentions.last_before(s, max(0, s - 400), ("person",))
        if person is not None and person[2].kind in ("name", "alias"):
            return {**info, "speaker_kind": "person", "speaker_name": person[3].name}
    if low in ("he", "she", "they", "i", "we", "it", "you", "his", "her", "their"):
        return {**info, "speaker_kind": "unknown", "speaker_name": None}
    if core[:1] == "@":
        ent = mentions.named(core)
        return {**info, "speaker_kind": ent.kind if ent else "account",
                "speaker_name": ent.name if ent else core, "speaker_handle": core}
    if len(words) > 1 and POSSESSIVE_END.search(words[0]):
        return anonymous  # "Ministers' critics": a description, nobody the article names
    if " " not in core and core[:1].isupper() and (ent := mentions.surname(core)) is not None:
        # a surname that is also a title ('King said' after 'Billy King')
        return {**info, "speaker_kind": "person", "speaker_name": ent.name}
    name_words = core.split()
    while name_words and (name_words[0][:1].islower()
                          or name_words[0].rstrip(".").lower() in TITLES):
        name_words.pop(0)
    if not name_words or all(w in NOT_SPEAKER_WORDS for w in name_words) or (
            len(name_words) == 1 and name_words[0].lower() in FUNCTION_WORDS):
        # (nobody: 'Every few years a minister … promises', 'All said')
        return {**info, "speaker_kind": "unknown", "speaker_name": None}
    if _unnamed_plural(" ".join(name_words)):
        return anonymous  # 'Tory MPs said', 'Whitehall insiders': people, unnamed (a force,
        # 'Vancouver police', is an organization below)
    name = " ".join(name_words)
    ent = mentions.named(name) or mentions.surname(name)
    if ent is None and cue is None and name.isupper() and len(name) > 3:
        name = name.title()  # a transcript label: 'HOLT:'
    if ent is not None:
        return {**info, "speaker_kind": ent.kind if ent.kind != "place" else "organization",
                "speaker_name": ent.name}
    if first in PLURAL_SPEAKERS or _WEBSITE.search(name) or \
            _ORG_APPOSED.search(text, max(0, s - 60), s) or name_words[-1].lower() in FORCE_NOUNS:
        # ('officials', 'according to PowerOutage.us': a website is an organization's; 'The
        # toy's maker, Brightplay, said': a name in apposition to an organization's noun;
        # 'Vancouver police': a force)
        return {**info, "speaker_kind": "organization", "speaker_name": name}
    return {**info, "speaker_kind": "person", "speaker_name": name}


# Someone of the person a possessive pronoun stands for: 'her agent', 'his longtime lawyer',
# 'their relatives' (a noun of people, ``PERSON_NOUNS``, or of unnamed people).
_PERSON_OF_PRONOUN = re.compile(
    r"(?i:his|her|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    rf"(?:{alternation(PERSON_NOUNS | PLURAL_SPEAKERS | KIN_NOUNS)})"
    r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)?")
# The same after a person's name in the possessive: "Lopez's agent", "Hale's lawyers".
_PERSON_OF_NAME = re.compile(
    r"['’]s?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    rf"(?:{alternation(PERSON_NOUNS | PLURAL_SPEAKERS | KIN_NOUNS)})")


def _named_before(text: str, core: str, s: int, mentions: Mentions) -> str | None:
    """The person the same words named in apposition before ``s`` ('Her mother, Ruth Brandt,
    remembers it. … Her mother laughed': Ruth Brandt), the last such one; None when none did."""
    found = None
    apposed = re.compile(rf"(?<![\w'’-])(?i:{re.escape(core)}),[ \t]+(?=[A-Z])")
    for m in apposed.finditer(text, 0, s):  # (no copy of the text before ``s``)
        hit = mentions.at(m.end(), m.end() + 1)
        if hit is not None and hit[1].kind == "person" and hit[0].start == m.end():
            found = hit[1].name
    return found


def _unnamed_plural(words: str, named_body: bool = False) -> bool:
    """Whether words end with a plural noun of people after a name or a word ('Labour
    sources', 'Tory MPs', 'Whitehall insiders'): people left unnamed, not a force ('Vancouver
    police': ``FORCE_NOUNS``); after the name of a body (``named_body``) not those who speak
    for it either ('USAF officials said': the USAF, ``OFFICIAL_PLURALS``)."""
    last = words.rsplit(None, 2)
    return len(last) > 1 and last[-2].lower() != "of" and last[-1].lower() in (
        _UNNAMED_PLURALS if named_body else _PEOPLE_PLURALS)  # (of: 'chief of staff')


_PEOPLE_PLURALS = PLURAL_SPEAKERS - FORCE_NOUNS
_UNNAMED_PLURALS = _PEOPLE_PLURALS - OFFICIAL_PLURALS
# Unnamed people of something (not the officials who speak for a body: 'officials of the firm').
_PEOPLE_OF = re.compile(rf"(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{alternation(_UNNAMED_PLURALS)})"
                        r"[ \t]+of[ \t]")


# A description of an organization right before a name in apposition ('The toy's maker,
# Brightplay, said', 'its parent company, Norbrook, said').
_ORG_APPOSED = re.compile(rf"\b(?i:the|a|an|its|their|his|her|[\w-]+['’]s)[ \t]+(?:[\w-]+[ \t]+)"
                          rf"{{0,2}}(?i:{alternation(ORG_DESCRIPTIONS)}),[ \t]+\Z")


_VOICE_BEFORE = re.compile(rf"(?i:an?|one|the|two|three|several|some)[ \t]+(?:(?i:senior|local|"
                           rf"chief|official)[ \t]+)?(?P<org>[A-Z].*?)[ \t]+"
                           rf"(?P<role>{alternation(ORGANIZATION_VOICES)})")
_VOICE_AFTER = re.compile(rf"(?i:an?|one|the|two|three|several|some)[ \t]+(?:(?i:senior|local|"
                          rf"chief)[ \t]+)?(?P<role>{alternation(ORGANIZATION_VOICES)})[ \t]+"
                          rf"(?:for|of|at|from)[ \t]+(?:the[ \t]+)?(?P<org>[A-Z].*)")


# (what the patterns need: a voice word, in the phrase or at its end for _VOICE_BEFORE)
_VOICE_WORDS = tuple(sorted(ORGANIZATION_VOICES))
_VOICE_STEMS = ("official", "representative", "spokes")
assert all(any(stem in word for stem in _VOICE_STEMS) for word in _VOICE_WORDS)


def _voice_of(core: str, s: int, mentions: Mentions) -> str | None:
    """The organization an unnamed spokesperson or official in ``core`` (text from ``s``)
    speaks for, when the organization's name is the whole rest of the phrase ('a Tesco
    spokesman', 'a spokeswoman for Network Rail', 'officials at the Environment Agency');
    else None ('a spokesman for Mayor Dana Reyes', 'a senior Labour source')."""
    if not any(stem in core for stem in _VOICE_STEMS):
        return None  # (no voice word: most speakers)
    m = (_VOICE_BEFORE.fullmatch(core) if core.endswith(_VOICE_WORDS) else None) or \
        _VOICE_AFTER.fullmatch(core)
    if m is None:
        return None
    hit = mentions.at(s + m.start("org"), s + m.end("org"))
    if hit is None or hit[1].kind != "organization" or \
            (hit[0].start, hit[0].end) != (s + m.start("org"), s + m.end("org")):
        return None
    return hit[1].name


# An unnamed voice introduced with the body it speaks for ('a spokeswoman for Network Rail',
# 'a Tesco spokesman'): ``_voice_introduced``.
_VOICE_INTRODUCED = re.compile(
    rf"(?<![\w'’-])(?i:an?|one)[ \t]+(?:[\w'’&.-]+[ \t]+){{0,4}}?"
    rf"(?P<role>{alternation(ORGANIZATION_VOICES)})(?:[ \t]+(?:for|of|at|from)[ \t]+"
    rf"(?:the[ \t]+)?[A-Z][\w'’&.-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w'’&.-]*))*)?")
# How far back (characters) such a voice is looked for.
_VOICE_WINDOW = 800


def _voice_introduced(text: str, s: int, role: str, mentions: Mentions) -> str | None:
    """The body the same unnamed voice spoke for when the article introduced it ('A
    spokeswoman for Network Rail said …. "…," the spokeswoman added' -> Network Rail): the
    last introduction of ``role`` before ``s``, within ``_VOICE_WINDOW``; None when that one
    names no body ('a spokesman for Mayor Ana Ruiz')."""
    floor = max(0, s - _VOICE_WINDOW)
    last = None
    for m in _VOICE_INTRODUCED.finditer(text, floor, s):
        if m.group("role").lower() == role:
            last = m
    if last is None:
        return None
    core = text[last.start():last.end()].rstrip()
    return _voice_of(core, last.start(), mentions)


_POSSESSOR = re.compile(r"(?:['’]s|s['’])(?=[ \t])")


def _possessed_role(text: str, s: int, e: int, mentions: Mentions) -> bool:
    """Whether text[s:e] is a role of someone named before it in the possessive ('the Prime
    Minister's spokesman', "the Treasury's chief economist", "Tesco's boss"): the one in the
    role speaks, unnamed, not the possessor. Not a name that holds the possessive ("St John's
    Ambulance", "Moody's Investors Service")."""
    words = text[s:e].split()
    if len(words) < 2 or _description_head([w.lower() for w in words]) not in ROLE_NOUNS:
        return False  # ("Mrs. Obama's chief of staff": a chief)
    for m in _POSSESSOR.finditer(text, s, e):
        hit = mentions.at(m.start() - 1, m.start())
        if hit is not None and hit[0].end > m.start():
            continue  # the possessive is inside a name
        return True
    return False


def _description_head(words: list[str]) -> str:
    """The head noun of a description: its last word before 'of', 'for', 'at' ('the former
    secretary of state' -> 'secretary')."""
    for k, w in enumerate(words):
        if k and w in ("of", "for", "at", "from", "with"):
            return words[k - 1]
    return words[-1]
# Descriptions by age or family ('the 43-year-old', tabloid 'the mother-of-two').
_AGE_OR_KIN = re.compile(r"\d{1,3}-year-old|(?:mother|father|mum|mom|dad|grandmother|"
                         r"grandfather|grandma|grandpa)-of-[a-z]+")


def from_phrase(text: str, ph: tuple[int, int] | None, cue: str, mentions: Mentions,
                after_with: bool = False) -> dict | None:
    """Speaker fields for a speaker phrase found by ``phrases`` (None for no valid phrase)."""
    if ph is None or not valid_phrase(text, *ph):
        return None
    if text[ph[0]:ph[1]].lower() in TIME_NOUN_PHRASES:
        return None
    if not after_with and PREPOSITION_BEFORE.search(text, max(0, ph[0] - 12), ph[0]):
        # 'Beck, who has in the past described …': an adjunct, not the subject; but the
        # people before a place speak ('Detectives in Manchester said', 'A mother in Leeds
        # said'), unnamed
        group = _PEOPLE_BEFORE.search(text, max(0, ph[0] - 40), ph[0])
        if group is None or group.group("head").lower() not in PEOPLE_NOUNS or not any(
                ent.kind == "place" for _, _, _, ent in mentions.between(*ph)):
            return None
        return {**speaker_fields(text, group.start("np"), ph[1], cue, mentions),
                "speaker_kind": "anonymous", "speaker_name": None}
    info = speaker_fields(text, *ph, cue, mentions, head=speaker_head(text, *ph, mentions))
    return info if info["speaker_kind"] != "unknown" or info["speaker_text"].lower() in (
        "he", "she", "they", "i", "we") else None


# A noun of people, with a determiner and a word before it, and the preposition of where they
# are ('Detectives in', 'A mother in', 'Two nurses at the', 'Party members in'), before a place:
# ``from_phrase``.
_PEOPLE_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>(?:(?i:an?|one|another|the|two|three|some|"
                            r"many|several)[ \t]+)?(?:[A-Za-z][\w-]*[ \t]+)?"
                            r"(?P<head>[A-Za-z][a-z-]+))"
                            r"[ \t]+(?:in|at|from|near|outside)[ \t]+(?:the[ \t]+)?\Z")


# People named by where they are ('Residents of Eastfield', 'officers in Manchester', 'staff at
# the scene'): ``_people_placed``.
_PLACED = re.compile(r"(?:(?i:the)[ \t]+)?(?P<head>[A-Za-z][a-z-]+)[ \t]+(?:in|at|from|near|"
                     r"outside|of|across)[ \t]+(?P<where>(?:the[ \t]+)?\S.*)")


def _people_placed(core: str, s: int, mentions: Mentions) -> bool:
    """Whether ``core`` (text from ``s``) is people named by a place they are in or from
    ('Residents of Eastfield said', '"…," police in Leeds said', 'Fans of Lena Hart'):
    unnamed people, not the place or person. People at a body speak for it ('analysts at
    Barclays': evaluation/GUIDE.md) unless they can only be of a place (``INHABITANTS``: a
    place the entity extractor took for a body); officials are read as before
    (``OFFICIAL_PLURALS``); a name that holds the words is kept ('Friends of the Earth')."""
    m = _PLACED.fullmatch(core)
    head = None if m is None else m.group("head").lower()
    if head is None or head not in PEOPLE_NOUNS or head in OFFICIAL_PLURALS or \
            not head.endswith("s") and head not in PLURAL_SPEAKERS:
        return False  # (one person: 'Secretary of State Ann Lee', 'the senator from Ohio')
    whole = mentions.at(s, s + len(core))
    if whole is not None and whole[0].start <= s:
        return False
    where = mentions.at(s + m.start("where"), s + m.end("where"))
    return where is None or where[1].kind != "organization" or \
        head in INHABITANTS


def who(m: re.Match, group: str) -> tuple[int, int]:
    """The speaker span of a match: the name in apposition when the speaker words are a
    description ('The central bank's governor, Liu Wen, said' -> 'Liu Wen')."""
    app = m.groupdict().get("app")
    first = m.group(group).split(" ", 1)[0]
    if app and (first.lower() in DETERMINERS or POSSESSIVE_END.search(first)):
        return m.span("app")
    return m.span(group)
