"""Evidence that a name is an organization's, beside ``people.ORG_WORDS``: more head words, the
single words that name no particular organization alone, saints' abbreviations kept in names,
and how a wire dateline names its agency.

Hand-written from the usage of English news (local, business, sport, wire copy). Lower case.
"""
from __future__ import annotations

# Last words that make a capitalized name an organization ("Gull Line", a ferry company;
# "Harbor Wire", a news agency; "Leeds United", "Bristol Rovers"), besides people.ORG_WORDS.
# Not "city" or "town" ("Kansas City", "Cape Town" are places).
ORG_HEADS = frozenset({
    # transport and utilities ("Thames Water", "British Gas", "Network Rail", "National Grid";
    # not "power" or "steel": Samantha Power, David Steel)
    "line", "airways", "ferries", "railways", "railroad", "shipping", "transit", "logistics",
    "utilities", "coastguard", "water", "gas", "oil", "rail", "grid", "distribution",
    "electricity", "telecoms", "broadband",
    # news
    "wire", "newswire", "broadcasting",
    # public bodies
    "government", "infirmary", "tribunal", "constabulary",
    # business
    "bancorp", "petroleum", "mining", "electric", "chemicals", "pharma", "brewery", "realty",
    "partnership", "mutual", "productions", "networks", "consortium", "institution",
    # sport
    "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers",
})
# Words that name an organization only with a name before them: alone ("the Council said",
# "the Board will meet", "the Government") they are no entity, whichever council is meant.
GENERIC_ORG_WORDS = frozenset({
    "council", "board", "government", "committee", "commission", "authority", "department",
    "ministry", "agency", "office", "bureau", "trust", "group", "company", "corporation",
    "hospital", "school", "college", "university", "team", "club", "foundation", "institute",
    "association", "administration",
})
# Abbreviations of "Saint" that open a name ("St. Brigid's Hospital", "Ste. Anne"): kept in it.
SAINT_ABBREVIATIONS = frozenset({"st", "ste"})
# Title words that open an organization's name when one of these words follows them ("General
# Motors", "General Mills", "General Assembly", "Police Federation"): the title is part of the
# name, not a person's rank ("General David Petraeus", "Judge Mills" keep theirs out).
TITLE_NAME_OPENERS = {
    "general": frozenset({
        "motors", "motor", "electric", "dynamics", "mills", "foods", "atomics", "electronics",
        "instruments", "accident", "cable", "mining", "medical", "re", "growth", "assembly",
        "hospital", "council", "synod", "court", "staff", "election", "secretariat",
        "directorate", "command", "chamber", "union", "insurance", "investment"}),
    "police": frozenset({
        "federation", "department", "service", "scotland", "authority", "force", "academy",
        "union", "association", "commission", "headquarters", "station", "ombudsman"}),
}
# People who work at an organization: a name right after "<one of these> at" is the
# organization's ("analysts at Peel Hunt", "a professor at Kings Hollow", "staff at Halden
# Foods"), whatever its shape.
WORKERS_AT = frozenset({
    "analyst", "analysts", "economist", "economists", "strategist", "strategists",
    "researcher", "researchers", "scientist", "scientists", "professor", "professors",
    "lecturer", "engineer", "engineers", "worker", "workers", "staff", "employee", "employees",
    "executive", "executives", "trader", "traders", "broker", "brokers", "partner", "director",
    "manager", "managers", "doctors", "nurses", "teachers", "officials",
})
# Possessors inside organizations' names ("Eritrean People's Liberation Front", "Women's
# Institute", "Veterans' Party"): a name after them is not split off as a person's.
COLLECTIVE_POSSESSORS = frozenset({
    "people", "women", "men", "children", "workers", "citizens", "veterans", "farmers",
    "teachers", "nurses", "doctors", "parents", "students", "soldiers", "youth", "mothers",
    "fathers", "families", "consumers", "taxpayers", "writers",
})

