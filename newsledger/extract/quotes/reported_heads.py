"""Reported speech, the heads of speaker phrases: which nouns name people or a body that can
speak ('officials', 'aides', 'a spokesman', 'the union'; ``_names_people``), the head of a
noun phrase ('Some of his supporters' -> supporters; ``_head_noun``), the titles before a
name ('captain Joe Birch'), the last words that make a phrase no speaker ('the final
say', 'the most distant yet'), 'figures' that are people ('senior figures in the party'),
and descriptions the resolver took for a person's name ('Two sources'; ``_described``).
Read by ``reported_speakers`` and the rows."""
from __future__ import annotations

import re

from newsledger.lexicon.organizations import FORCE_NOUNS
from newsledger.lexicon.politics import SEATS_OF_POWER
from newsledger.lexicon.grammar import DETERMINERS, NAME_PARTICLE_WORDS
from newsledger.lexicon.people import (ORG_DESCRIPTIONS, PLURAL_SPEAKERS, ROLE_NOUNS,
                                       SUBJECT_PRONOUNS)
from newsledger.lexicon.people_nouns import PERSON_NOUNS

# Last words that make a phrase no speaker ('have a larger say', 'the final say').
_NOT_HEAD = frozenset({"larger", "bigger", "greater", "more", "final", "little", "big", "real",
                       "no", "any", "some", "much", "every", "equal", "strong", "direct",
                       "last", "first", "this", "that", "these", "those", "own"}) | DETERMINERS
# Nouns of people that head a speaker phrase ('Aides to the mayor', 'Fans of the club').
_PEOPLE_HEADS = frozenset({"aides", "sources", "advocates", "members", "speakers", "leaders",
                           "people", "majorities", "majority", "officials", "supporters",
                           "allies", "critics", "opponents", "voters", "lawmakers", "experts",
                           "analysts", "staffers", "friends", "associates", "delegates",
                           "residents", "executives", "attorneys", "lawyers", "spokesmen",
                           "representatives", "groups", "organizations", "newspapers",
                           "donors", "activists", "campaigners", "protesters", "organizers",
                           "organisers", "strategists", "advisers", "advisors", "economists",
                           "scientists", "researchers", "doctors", "nurses", "teachers",
                           "parents", "students", "workers", "employees", "fans", "players",
                           "investors", "bankers", "traders", "diplomats", "negotiators",
                           "prosecutors", "investigators", "witnesses", "neighbors",
                           "neighbours", "families", "relatives", "unions", "ministers",
                           "councillors", "senators", "legislators", "governors", "mayors",
                           "judges", "insiders", "operatives", "veterans", "owners",
                           "managers", "coaches", "bosses", "chairs", "chairmen", "experts",
                           "staff", "head", "heads", "chief", "chiefs", "deputy", "backers",
                           "boosters", "loyalists", "partisans", "defenders", "colleagues"})

# Words that end a phrase without being its noun ('the most distant yet confirmed').
_NOT_NOUN = frozenset({"yet", "still", "ever", "already", "now", "then", "too", "also",
                       "again", "most", "less", "least", "very", "quite", "only", "just",
                       "even", "far", "well", "so", "not", "newly", "widely", "previously"})
# Plural nouns of unnamed reports ('Reports say …'): anonymous speakers.
_REPORT_NOUNS = frozenset({"reports", "accounts", "rumors", "rumours", "media"})
_TIME_NOUNS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "times",
                         "decades", "nights", "mornings", "weekends", "always", "ago",
                         "sometimes", "perhaps", "yes", "news", "this", "thus", "is", "was",
                         "has", "his", "its", "as", "us", "unless", "across", "less"})
_QUANTIFIERS = frozenset({"some", "many", "most", "all", "none", "each", "one", "several",
                          "few", "both", "half", "majority", "any", "either", "neither", "two",
                          "three", "four", "five", "dozens", "hundreds", "thousands"})


def _people_head(head: str) -> bool:
    """A head that can be a noun speaking ('officials', 'a spokesman', 'the lawsuit'), not an
    adverb or adjective ending a phrase that speaks for nobody ('the most distant yet')."""
    return bool(head) and head not in _NOT_NOUN and not head.endswith("est") and \
        head not in _NOT_HEAD and head not in _TIME_NOUNS


def _head_noun(words: list[str]) -> str:
    """The head of a noun phrase: its last word before 'of', 'for', 'at', ... (lower case)."""
    for k, w in enumerate(words):
        if k and w.lower() in ("of", "for", "at", "from", "with", "in", "close", "familiar") \
                and not (w.lower() == "close" and words[k + 1:k + 2] != ["to"]):  # ('a close ally')
            if words[k - 1].lower() in _QUANTIFIERS:
                continue  # 'Some of his supporters': the supporters
            return words[k - 1].lower().strip(".,’'")
    return words[-1].lower().strip(".,’'") if words else ""


# Titles before a name besides the nouns of people ('Republican nominee Ann Lee', 'United
# captain Joe Birch', "Kelly's co-star Dean Mott").
_TITLES = frozenset({"nominee", "co-star", "captain", "boss", "hopeful", "front-runner",
                     "frontrunner", "challenger", "incumbent", "goalkeeper", "keeper", "winger",
                     "midfielder", "defender", "forward"})


def _is_title(word: str) -> bool:
    """A lower-case title word before a name: a noun of people or a title ('coach')."""
    return word.islower() and (word in _TITLES or _names_people(word))


_PERSON_OR_BODY_NOUNS = PERSON_NOUNS | ORG_DESCRIPTIONS  # (made once, read per phrase)


def _names_people(head: str) -> bool:
    """A head noun that names people or a body ('prosecutors', 'the union', 'a spokesman'),
    not a thing or an event ('the storm', 'the primary')."""
    head = head.lower().strip(".,’'")
    return head in _PEOPLE_HEADS or head in PLURAL_SPEAKERS or any(
        h in _PERSON_OR_BODY_NOUNS
        for h in (head, head.removesuffix("s"), head.removesuffix("es")))


# 'figures' that are people ('senior figures in the party', 'Labour figures'), not numbers.
_FIGURE_WORDS = frozenset({
    "senior", "leading", "prominent", "key", "top", "party", "government", "opposition",
    "industry", "political", "public", "business", "community", "establishment", "labour",
    "tory", "conservative", "democratic", "republican", "liberal", "union", "club", "football",
    "sporting", "cabinet", "royal"})
_PEOPLE_FIGURES = re.compile(rf"(?<![\w'’-])(?i:{'|'.join(sorted(_FIGURE_WORDS))})[ \t]+figures\b")


_BODY_OR_ROLE_NOUNS = ORG_DESCRIPTIONS | ROLE_NOUNS
_BODY_OR_FORCE_NOUNS = ORG_DESCRIPTIONS | FORCE_NOUNS


def _described(info: dict | None) -> dict | None:
    """A person's "name" that the resolver took from a description: anonymous ('Our political
    editor says', 'Two sources told Reuters', 'Administration officials said'), a body when
    an organization's noun ends it ('Monmouthshire council', 'Cologne police'), the name
    after a descriptor ('regional newspaper Sol do Norte')."""
    if info is not None and info["speaker_kind"] == "person" and \
            (info["speaker_name"] or "").lower() in SEATS_OF_POWER:
        return {**info, "speaker_kind": "organization"}  # 'Number 10 said', 'The Palace said'
    if info is None or info["speaker_kind"] != "person" or not info["speaker_name"] or \
            not _NOT_A_NAME.match(info["speaker_name"]) or \
            (info["speaker_text"] or "").lower() in SUBJECT_PRONOUNS:
        return info  # (an entity so named too: 'Ukrainian officials' is nobody's name)
    name = info["speaker_name"]
    after = _NAME_AFTER_NOUN.fullmatch(name)
    if after is not None and after.group("noun") in _BODY_OR_ROLE_NOUNS:
        kind = "organization" if after.group("noun") in ORG_DESCRIPTIONS else "person"
        return {**info, "speaker_kind": kind, "speaker_name": after.group("name")}
    words = name.split()
    if words[-1] in _BODY_OR_FORCE_NOUNS and len(words) <= 3 and \
            not any(w[:1].islower() for w in words[:-1]) and \
            not _NOT_A_NAME_OPENING.match(name):
        return {**info, "speaker_kind": "organization"}  # 'Monmouthshire council'
    return {**info, "speaker_kind": "anonymous", "speaker_name": None}


# '… newspaper Sol do Norte', '… company DaimlerChrysler': the name after the noun.
_NAME_AFTER_NOUN = re.compile(r".*?\s(?P<noun>[a-z][\w-]*)\s(?P<name>[A-Z][\w.&'’-]*"
                              r"(?:\s(?:(?:de|da|del|van|von|der|of|la|le|du)\s)?[A-Z][\w.&'’-]*)*)")
# Words that open a description, not a name ('Our political editor', 'Two sources').
_DESCRIPTION_OPENERS = (r"Our|My|Your|Their|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|"
                        r"Hundreds|Thousands|Several|Some|Many|Most")
_NOT_A_NAME_OPENING = re.compile(rf"(?:{_DESCRIPTION_OPENERS}|Other|Local|When|After|In|Among|"
                                 r"For)\b")
# A person's "name" that is a description the resolver took for one: opened by a possessive
# or a number ('Our political editor', 'Two sources'), or with a word in lower case that is
# no particle of a name ('Labour sources', 'ONS figures').
_NAME_SMALL_WORDS = "|".join(sorted({*NAME_PARTICLE_WORDS, "and", "y", "e",
                                     "the", "for", "upon", "on", "in", "at"}))
_NOT_A_NAME = re.compile(rf"(?:(?:{_DESCRIPTION_OPENERS})\b|"
                         rf".*\s(?!(?:{_NAME_SMALL_WORDS})\b)[a-z])")
