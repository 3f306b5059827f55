"""Sports sides (clubs and teams) named like people or places: "Aston Villa", "West Ham",
"Leeds", "the Lakers", "Arsenal". Their kind is an organization's, decided from what the
article says around the name, as data: one row per context rule, with its examples
(``tests/test_rule_examples.py`` runs them; every sentence written for them).

Method: a name is a side when a sport role follows it ("West Ham boss", "Aston Villa's
manager", "Lakers forward"), when a player moves or scores for it ("signed for Leeds", "at home
to Burnley"), when it is a well-known club ``KNOWN_SIDES`` lists or a nickname
``SIDE_NICKNAMES`` lists after "the" ("the Gunners", "the Chiefs"), when it tops a table
("Liverpool top the table"), or when it plays another
side ("Leeds lost at home to Manchester United", "Everton host Brighton", "Arsenal drew with
Celtic": a name with a club's last word, a side found by the other rules, or, with a score in
the sentence, a city, a team's plural name, a club's last word alone ("Villa beat Brentford
2-1") or a name of several words that reads as a club's).
Never a side: a name with a person's evidence (a title before it, a given name first: "Marcus
Rashford beat the keeper", a word of such a person's name: "Rashford's striker partner"), a
country, state or nation (national teams stay places, as CoNLL-2003 tags them), a competition
("win the County Cup"), a name after "in", "near" ... ("in Leeds").

Limits: a side named once with no sport word near it ("Arsenal's accounts") keeps the kind
its words give; individual sports ("Nadal beat Djokovic 6-3") give no side, as wanted.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.lexicon.organizations import (CLUB_LAST_WORDS, COMPETITION_WORDS, KNOWN_SIDES,
                                              MATCH_VERBS, SIDE_FOLLOWERS, SIDE_NICKNAMES,
                                              SIDE_ROLES, SIDE_STAFF, TEAM_ROLES)
from newsledger.lexicon.people import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NOT_PERSON_FIRST
from newsledger.lexicon.places import CITY_KEYS, PLACE_NAMES, PLACE_PARTS, place_key
from newsledger.rules import Example, Rule, RuleTable, check_names, register

from .names import title_before

Name = tuple[int, int, str]  # (start, end, name) of a candidate name



def _words_after(words: frozenset[str], possessive: bool) -> re.Pattern[str]:
    return re.compile((r"(?:'s|’s|')?" if possessive else "") + r"[ \t]+(?:" + "|".join(
        sorted((re.escape(w) for w in words), key=len, reverse=True)) + r")\b")


_ROLE_AFTER = _words_after(SIDE_ROLES, True)  # 'Aston Villa's striker', 'Lakers forward'
_STAFF_AFTER = _words_after(SIDE_STAFF, False)  # 'West Ham boss'
# a city's or a club's only: 'Leeds fans', "Aston Villa's manager" (not "Lena Ashby's manager")
_FOLLOWERS_AFTER = _words_after(SIDE_FOLLOWERS, True)
_STAFF_AFTER_POSSESSIVE = _words_after(SIDE_STAFF, True)
_COACH_AFTER = re.compile(r"[ \t]+coach[ \t]+[A-Z]")  # 'Sixers coach Mo Cheeks', not 'Alps coach crash'
_TEAM_ROLE_AFTER = _words_after(TEAM_ROLES, False)  # a team named by its players: 'Lakers guard'
_FOR_BEFORE = re.compile(
    r"\b(?:signed|signs|signing|scored|scores|scoring|debut|goals?)"
    r"[ \t]+(?:for|from|with)[ \t]+(?:the[ \t]+)?\Z"
    r"|\b(?:at[ \t]+home|(?<!far )(?<!miles )away)[ \t]+(?:to|at)[ \t]+(?:the[ \t]+)?\Z",
    re.IGNORECASE)
_SCORE_WORDS = r"\d{1,3}[-–]\d{1,3}"
# What joins two sides: 'beat', 'lost 2-1 at home to', 'drew with', 'v' (``MATCH_VERBS``), or
# a win before a score or where it was.
_MATCH = re.compile(
    r"(?:'s?|’s?|,[ \t]+who)?[ \t]+(?:(?:" + _SCORE_WORDS + r"[ \t]+)?"
    r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                      for w in sorted(MATCH_VERBS, key=len, reverse=True)) + "|"
    r"(?:wins?|victory)(?=[ \t]+(?:\d|at|away|over|against))|won(?=[ \t]+(?:\d|at|away)))"
    r"(?:[ \t]+" + _SCORE_WORDS + r")?"
    r"(?:[ \t]+(?:at[ \t]+home[ \t]+to|away[ \t]+(?:to|at)|to|at|with|by|over|against))?"
    r"|" + _SCORE_WORDS + r")[ \t]+(?:the[ \t]+)?\Z")
# The first words of what ``_MATCH`` reads between two sides (a score: any digit).
_MATCH_FIRST_WORDS = frozenset(w.split()[0] for w in MATCH_VERBS) | {"win", "wins", "victory",
                                                                      "won"}
_SCORE = re.compile(r"(?<![\d.:/])\d{1,3}[-–]\d{1,3}(?![\d:/]|\.\d)")
_LOCATIVE = re.compile(r"\b(?:in|near|outside|around|across|into|of)[ \t]+\Z", re.IGNORECASE)
_LOCATIVE_PLACE = re.compile(r"\b(?:in|near|from|outside|around|across|into|of)[ \t]+\Z",
                             re.IGNORECASE)
# Title words that are also a side's verbs or a team's past ('host', 'former'): before a
# side's name they are no person's title.
_NOT_A_TITLE = re.compile(r"\b(?:former|late|host|hosts|coach|captain|head|guard)[ \t]+\Z")
_GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES


@dataclass(frozen=True, kw_only=True)
class SideRule(Rule):
    """A context that makes a name a sports side (the code that reads it: ``sides``)."""

    what: str


E = Example
SIDE_RULES: tuple[SideRule, ...] = (
    SideRule(name="role-after", what="a sport role after the name, or after its possessive",
             examples=(E("West Ham boss Carl Osei was furious.", "West Ham"),
                       E("Aston Villa's manager praised the crowd.", "Aston Villa"),
                       E("Leeds fans sang all night.", "Leeds"),
                       E("Lena Ashby's manager declined to comment.", None),
                       E("Trump supporters gathered. Donald Trump spoke.", None))),
    SideRule(name="played-for", what="a player signs, scores or plays for it, or a side is "
             "at home or away to it",
             examples=(E("The winger signed for Halden Rovers in June.", "Halden Rovers"),
                       E("He scored for Burnley on his debut.", "Burnley"),
                       E("Brentwood were at home to Stanmore Park.", "Stanmore Park"),
                       E("She played for Molly Jones in the duet.", None))),
    SideRule(name="league-place", what="its place in a league table: points clear, top of "
             "the table or the league",
             examples=(E("Chelsea moved eight points clear at the top of the Premiership.",
                         "Chelsea"),
                       E("Harbour Town stay bottom of the league.", "Harbour Town"),
                       E("Liverpool top the table after a 2-0 win.", "Liverpool"),
                       E("Halden remain two points clear of the relegation zone.", "Halden"),
                       E("Hale moved eight points clear in the drivers' standings.", None),
                       E("Mara Quist went top of the leaderboard.", None))),
    SideRule(name="league-rival", what="the side a league place is measured from, in a "
             "text of scoring",
             examples=(E("Halden scored twice and are now two points clear of Manchester "
                         "City.", "Manchester City"),
                       E("Her goal left the party five points clear of Sam Hale.", None),
                       E("The poll puts Labour five points clear of Reform Alliance.", None))),
    SideRule(name="nickname", what="a side's nickname after \"the\" (``SIDE_NICKNAMES``)",
             examples=(E("The Chiefs will face the Eagles in New Orleans.", "Eagles"),
                       E("Odegaard scored twice as the Gunners went top.", "Gunners"),
                       E("The Royals arrived at the palace.", None),
                       E("A pair of magpies nested in the Eagles' old stand.", None))),
    SideRule(name="full-name", what="a name of several words whose last word alone is a "
             "side in the article, though it opens with a given name",
             examples=(E("Chelsea won 2-0 at Aston Villa. Villa boss Carl Osei was furious.",
                         "Aston Villa"),
                       E("Marcus Rashford scored twice. Rashford's strike partner was off.",
                         None))),
    SideRule(name="known-side", what="a well-known club whose name says nothing else",
             examples=(E("Arsenal were sharper after the break.", "Arsenal"),
                       E("Protesters marched in Tottenham.", None))),
    SideRule(name="plays-a-side", what="it plays a side (a club's last word, or a side by "
             "another rule); with a score in the sentence, a city or a name of several words",
             examples=(E("Arsenal drew with Celtic at the Emirates.", "Celtic"),
                       E("Harbour Town won the County Cup final.", None),
                       E("Leeds lost 2-1 at home to Burnley Athletic.", "Leeds"),
                       E("Aston Villa beat West Ham 2-1.", "West Ham"),
                       E("Villa beat Brentford 2-1 on Saturday.", "Brentford"),
                       E("Palace lost 3-0 to Wolves.", "Wolves"),
                       E("Nadal beat Djokovic 6-3 in Paris.", None),
                       E("Lena Ashby beat Mara Quist 6-3 in the final.", None),
                       E("Ashby beat Quist 6-3, 6-4.", None),
                       E("Moira Kent defeated Sam Hale in the election.", None),
                       E("Halden Rovers play Aston Villa on Sunday.", "Halden Rovers"),
                       E("Bristol Rovers, who play Leeds on Saturday, are third.", "Leeds"),
                       E("Tom Hanks played Walt Disney in the film.", None))),
)
check_names(SIDE_RULES)


def _person_words(names: Sequence[Name], text: str) -> set[str]:
    """Words of the names with a person's evidence (a title before, a given name first)."""
    out: set[str] = set()
    for s, _, name in names:
        words = name.split()
        if len(words) > 1 and (words[0].lower() in _GIVEN_NAMES or title_before(text, s)):
            out.update(words)
    return out


def _never_side(text: str, s: int, name: str, person_words: set[str]) -> bool:
    words = name.split()
    if len(words) == 1 and name.lower() in NOT_PERSON_FIRST:
        return True  # 'European', 'American': adjectives of place
    if words[0].lower() in _GIVEN_NAMES and len(words) > 1:
        return True  # 'Marcus Rashford beat the keeper'
    if len(words) == 1 and name in person_words:
        return True  # 'Rashford', the surname of a person named in full
    if title_before(text, s) and not _NOT_A_TITLE.search(text, max(0, s - 8), s):
        return True  # 'Coach Reed' (but 'former Sixers player', 'Everton host Brighton')
    if words[-1].lower() in COMPETITION_WORDS:
        return True  # 'win the County Cup', 'beat them in the FA Cup': a competition
    key = place_key(name)
    if key in PLACE_NAMES and key not in CITY_KEYS:
        return True  # countries, states and nations: national teams stay places
    return bool(_LOCATIVE.search(text, max(0, s - 12), s)) and \
        not _RIVAL_BEFORE.search(text, max(0, s - 24), s)  # ('two points clear of Leeds')


def _sentence_has_score(text: str, s: int, e: int) -> bool:
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    b = [x for x in (text.find(". ", e), text.find("\n", e)) if x >= 0]
    return _SCORE.search(text, a, min(b) if b else len(text)) is not None


def _club_like(name: str) -> bool:
    """A name of several words that reads as a club's: a club's last word ("Aston Villa",
    "Crystal Palace"), a part of a place first ("West Ham"), or a city in it ("Bristol
    Rovers"); "Lena Ashby" does not."""
    words = name.split()
    return len(words) > 1 and place_key(name) not in PLACE_NAMES and (
        words[-1].lower() in CLUB_LAST_WORDS
                               or words[0].lower() in PLACE_PARTS
                               or any(place_key(w) in CITY_KEYS for w in words))


def plural(name: str) -> bool:
    """'Lakers', 'All Blacks': a team named by its players (not 'Ross', 'Williams')."""
    return name.endswith("s") and not name.endswith(("ss", "us", "is", "ms", "ns")) and \
        name[0].isupper() and name[1:2].islower()


def plural_after_the(text: str, start: int, name: str) -> bool:
    """'the Lakers', 'the Celtics': a team named by its players."""
    return plural(name) and text[max(0, start - 4):start] in ("the ", "The ")


def _evidence(text: str, s: int, e: int, name: str, after: str, sport: bool) -> str | None:
    """The rule a mention's own context makes its name a side by, or None. ``after``: the
    word after the name (``_word_after``); ``sport``: whether the text has a word of
    ``_FOR_BEFORE`` (cheap tests first: most names have no evidence)."""
    if after in _ROLE_FIRST_WORDS:
        if _ROLE_AFTER.match(text, e) or _STAFF_AFTER.match(text, e) or (
                (_TEAM_ROLE_AFTER.match(text, e) or _COACH_AFTER.match(text, e))
                and plural(name)) or (
                (_FOLLOWERS_AFTER.match(text, e) or _STAFF_AFTER_POSSESSIVE.match(text, e))
                and (place_key(name) in CITY_KEYS or _club_like(name))):
            return "role-after"
    if sport and text[max(0, s - 6):s].rstrip().rpartition(" ")[2].lower() in \
            _FOR_LAST_WORDS and _for_stem_in(text[max(0, s - 40):s]) and \
            _FOR_BEFORE.search(text, max(0, s - 40), s):
        return "played-for"
    if name in KNOWN_SIDES:
        return "known-side"
    if name.lower() in SIDE_NICKNAMES and text[max(0, s - 4):s] in ("the ", "The ") and \
            not text.startswith(("'", "’"), e):
        return "nickname"  # 'the Chiefs', 'the Gunners' (not "the Eagles' old stand")
    if after in _TABLE_VERBS and _TABLE_PLACE.match(text, e):
        return "league-place"
    if sport and "clear" in text[max(0, s - 24):s] and \
            _RIVAL_BEFORE.search(text, max(0, s - 24), s):  # (a first look)
        return "league-rival"
    return None


# A side's place in a league table after its name: 'moved eight points clear at the top',
# 'stay bottom of the league', 'went top of the table', 'top the table' (not a driver's or golfer's standings
# or leaderboard).
_TABLE_VERBS = frozenset({"moved", "move", "moves", "went", "go", "goes", "climbed", "climb",
                          "climbs", "are", "were", "stay", "stays", "stayed", "remain",
                          "remains", "remained", "sit", "sits", "sat", "slipped", "slip",
                          "dropped", "drop", "fell", "top", "tops", "topped"})
_TABLE_PLACE = re.compile(
    r"[ \t]+(?:top|tops|topped)[ \t]+the[ \t]+(?:table|league|division|"
    r"Premiership|Premier[ \t]+League|Championship)\b"
    r"|[ \t]+[a-z]+[ \t]+(?:(?:[a-z]+|\d+)[ \t]+points?[ \t]+(?:clear|behind|adrift)"
    r"(?![ \t]+(?:in|on)[ \t]+the[ \t]+(?:[\w'’]+[ \t]+)?(?:standings|leaderboard))"
    r"|(?:to[ \t]+)?(?:top|bottom)[ \t]+of[ \t]+the[ \t]+(?:table|league|division|"
    r"Premiership|Premier[ \t]+League|Championship|standings(?=[ \t]+of[ \t]+the[ \t]+league))"
    r"|(?:top|bottom)[ \t]*[.,;])")


# The side a league place is measured from: 'two points clear of Halden Town' (not a poll's
# 'five points ahead of Ross': "clear of" only, in a text with a word of scoring).
_RIVAL_BEFORE = re.compile(r"\bpoints?[ \t]+clear[ \t]+of[ \t]+(?:the[ \t]+)?\Z")


def _word_after(text: str, e: int) -> str:
    """The word after a name, past its possessive ("West Ham's manager" -> "manager")."""
    c = text[e:e + 1]
    if c != " ":
        if c not in ("'", "’"):
            return ""
        e += 2 if text[e + 1:e + 2] == "s" else 1
        if text[e:e + 1] != " ":
            return ""
    j = text.find(" ", e + 1, e + 24)
    return text[e + 1:j if j > 0 else e + 24].rstrip(",.;:").lower()


# The first word of every role ``_evidence`` reads after a name.
_ROLE_FIRST_WORDS = frozenset(w.split()[0] for w in
                              SIDE_ROLES | SIDE_STAFF | SIDE_FOLLOWERS | TEAM_ROLES | {"coach"})
# Stems of the words that open ``_FOR_BEFORE``'s contexts: a text without any has none.
_FOR_STEMS = ("sign", "scor", "debut", "goal", "home", "away")


def _for_stem_in(window: str) -> bool:
    """Whether a window of text holds a stem of ``_FOR_STEMS`` (as every match of
    ``_FOR_BEFORE`` in it does), or a character outside ASCII (which a case-blind pattern may
    read as a letter of one): a first look."""
    if not window.isascii():
        return True
    low = window.lower()
    return any(w in low for w in _FOR_STEMS)


# The last word of every context ``_FOR_BEFORE`` matches ('signed for', 'at home to the').
_FOR_LAST_WORDS = frozenset({"for", "from", "with", "to", "at", "the"})


def sides(text: str, names: Sequence[Name], lower: str | None = None) -> dict[str, str]:
    """The names of ``names`` that are sports sides in this text, each with the rule that
    made it one (see the module docstring); ``lower``: the text lower-cased, when the caller
    has it."""
    person_words: set[str] | None = None
    never: dict[int, bool] = {}

    def can_be(n: Name) -> bool:  # whether this mention of a name may be a side's
        nonlocal person_words
        if n[0] not in never:
            if person_words is None:
                person_words = _person_words(names, text)
            never[n[0]] = _never_side(text, n[0], n[2], person_words)
        return not never[n[0]]

    if lower is None:
        lower = text.lower()
    sport = any(w in lower for w in _FOR_STEMS)
    found: dict[str, str] = {}
    pairs: list[tuple[Name, Name]] = []
    ordered = sorted(names)
    for i, n in enumerate(ordered):
        s, e, name = n
        after = _word_after(text, e)
        if not after and text.startswith(", who ", e):  # 'Leeds, who play Burnley next'
            after = _word_after(text, e + 5)
        if (sport or after in _ROLE_FIRST_WORDS or after in _TABLE_VERBS
                or name in KNOWN_SIDES or name.lower() in SIDE_NICKNAMES) and \
                name not in found and \
                (rule := _evidence(text, s, e, name, after, sport)) is not None and can_be(n):
            found[name] = rule
        if after in _MATCH_FIRST_WORDS or after[:1].isdigit():
            # the next name within 40 characters, joined by a verb of playing ('X beat Y')
            for t in ordered[i + 1:i + 3]:
                if t[0] - e <= 40 and _MATCH.match(text, e, t[0]):
                    pairs.append((n, t))
                    break
    for _, _, name in ordered:  # 'Aston Villa' when 'Villa' alone is a side ('Villa boss')
        last = name.rpartition(" ")[2]
        if last != name and name not in found and found.get(last, "full-name") != "full-name":
            found[name] = "full-name"
    if not pairs:
        return found
    mentions: dict[str, list[Name]] = {}
    for n in names:
        mentions.setdefault(n[2], []).append(n)
    changed = True
    while changed:
        changed = False
        for a, b in pairs:
            for me, other in ((a, b), (b, a)):
                name = me[2]
                if name in found or not any(can_be(n) for n in mentions[name]):
                    continue
                other_side = other[2] in found or _club_like(other[2])
                if other_side or ((_club_like(name) or place_key(name) in CITY_KEYS
                                   or name.lower() in CLUB_LAST_WORDS  # 'Villa', 'Palace'
                                   or plural_after_the(text, me[0], name)) and
                                  _sentence_has_score(text, min(a[0], b[0]), max(a[1], b[1]))):
                    found[name] = "plays-a-side"
                    changed = True
    return found


def locative(text: str, start: int) -> bool:
    """Whether "in", "near", "from" ... comes right before ``start`` (a place follows)."""
    return _LOCATIVE_PLACE.search(text, max(0, start - 12), start) is not None


def side_kind(text: str, start: int, name: str) -> str:
    """The kind of a side's name at ``start``: the place a listed city's name is after "in",
    "near", "from" ... ("fans in Leeds"), else the organization (the side)."""
    if place_key(name) in PLACE_NAMES and _LOCATIVE_PLACE.search(text, max(0, start - 12), start):
        return "place"
    return "organization"


def _apply(text: str) -> list[tuple[str, str]]:
    from newsledger.text import Document

    from . import candidate_names
    return [(rule, name) for name, rule in sides(text, candidate_names(Document(text))).items()]


TABLE = register(RuleTable("entities.sides", SIDE_RULES, _apply))
