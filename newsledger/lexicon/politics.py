"""Words of politics that tell what a name is: parties whose names are common words, the
constituencies named after towns and the words that are no constituency, and the buildings and
streets that speak for a government (``extract.entities``, ``extract.quotes``)."""
from __future__ import annotations

# Political parties whose one-word name is also a common word or no organization word
# ("Labour has held the seat", "Likud won 32 seats"): organizations, not when a noun of work
# follows ("Labour costs rose": ``PARTY_NOT_BEFORE``).
PARTY_NAMES = frozenset({
    "labour", "likud", "fidesz", "syriza", "podemos", "sinn fein", "plaid cymru", "fine gael",
    "fianna fail", "fianna fáil", "vox", "reform uk", "ennahda", "hezbollah",
    "hamas", "fatah"})
PARTY_NOT_BEFORE = frozenset({"cost", "costs", "shortage", "shortages", "market", "markets",
                              "force", "law", "laws", "relations", "supply", "productivity",
                              "day", "camp", "camps", "dispute", "disputes", "exploitation"})
# Last words of the names of constituencies and wards after a town's name ("Harrow North",
# "Islington South"): a place after "for", "in" ... or before "seat", "constituency" ...
# (Kanye West and Oliver North stay people: no such context).
CONSTITUENCY_LAST_WORDS = frozenset({"North", "South", "East", "West", "Central"})
# Words before "seat" or "constituency" that name a party or a group of voters, not a place
# ("a vital Democratic constituency", "the Tory seat", "a Liberal Democrat seat", "the
# Hispanic constituency"): lower case, whole names.
VOTER_GROUP_WORDS = frozenset({
    "democratic", "democrat", "republican", "gop", "conservative", "tory", "labour", "liberal",
    "lib dem", "liberal democrat", "green", "snp", "reform", "reform uk", "plaid", "independent",
    "unionist", "nationalist", "socialist", "progressive", "black", "hispanic", "latino",
    "latina", "evangelical", "catholic", "jewish", "muslim", "asian"})
CONSTITUENCY_NOUNS = frozenset({"seat", "constituency", "constituencies", "by-election",
                                "ward", "division", "riding", "electorate"})

# Buildings that speak for a government or a court ('Number 10 said', 'The Palace said', 'the
# Elysee said'): organizations, never a person's name. Lower case.
SEATS_OF_POWER = frozenset({
    "number 10", "no 10", "no. 10", "number ten", "downing street", "palace", "buckingham palace",
    "kensington palace", "clarence house", "lambeth palace", "whitehall", "holyrood",
    "stormont", "elysee", "élysée", "the elysee", "quai d'orsay", "zhongnanhai", "blue house",
    "white house", "kremlin", "pentagon", "vatican", "capitol hill", "foggy bottom",
})
# Of those, the streets and common nouns, which name the government only where it speaks
# ('Downing Street said', 'a Whitehall spokesman'; not 'tractors lined Whitehall', 'Palace
# inspections'). Lower case.
STREET_SEATS = frozenset({"downing street", "whitehall", "capitol hill", "foggy bottom",
                          "palace"})
