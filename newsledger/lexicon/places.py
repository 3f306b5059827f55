"""Place names and their canonical forms, for typing entities as places and merging the forms
news uses for one place ("US", "U.S.", "USA", "America", "United States").

Field data first: every country of ISO 3166-1 (its short, common and official names) and the
first-level subdivisions (states, provinces, nations) of the countries English-language news
covers most, from ``pycountry`` (ISO's own tables, no download at run time). Then, by hand, what
ISO does not hold: the informal names and abbreviations of countries ("America", "Britain",
"U.K."), the news-usual short name where ISO's is formal ("Russia" for "Russian Federation"),
and big cities. Keys are lower case with periods removed ("u.s." -> "us"): look names up with
``place_key``.
"""
from __future__ import annotations

import functools
from pathlib import Path

import pycountry

from newsledger.lexicon.numbers import STREET_WORDS

# Last words that make a name a street or a square, a place ("Elm Street", "Times Square");
# not "court", "way", "place", "lane", "drive" or "Dr" (the Supreme Court, the Milky Way,
# Nathan Lane, Dr as a title).
STREET_NAME_ENDINGS = STREET_WORDS - {"way", "place", "court", "lane", "drive", "dr"}
# Last words of the names of venues, places ("Villa Park", "Wembley Stadium", "the County
# Ground", "TD Garden", "Kew Gardens");
# "Park" only after a word that is no given name ("Jennifer Park" is a person), unless the name
# has three words or more ("Madison Square Garden").
VENUE_ENDINGS = frozenset({"park", "stadium", "arena", "velodrome", "racecourse", "speedway",
                           "raceway", "ground", "garden", "gardens"})
# Words before a place that name it as a point a happening passes or heads for, not where it
# happens ("tractors rumbled past Downing Street", "a storm heading towards Cornwall", "a
# march to Parliament Square via Whitehall"): no lead place of a story (``extract.keys``).
ROUTE_WORDS = frozenset({"past", "via", "towards", "toward"})
# Last and first words of the names of natural and local places ("Tampa Bay", "Qeshm Island",
# "Lake Erie", "Mount Cook", "Fort Worth"): places, unless a given name opens the name
# ("Michael Bay", "Ricki Lake" are people). Not "hills" or "brook" (Carla Hills, Rebekah
# Brooks: surnames). Rivers are places ("River Eden", "the Hudson River"), as a lake is.
GEO_LAST_WORDS = frozenset({"river", "bay", "island", "islands", "isle", "valley", "heights",
                            "falls", "springs", "canyon", "peninsula", "gulf", "sea", "coast",
                            "harbour", "harbor", "beach", "creek", "county", "township", "parish",
                            "borough", "mountains", "desert", "strait",
                            "estuary", "glacier", "reservoir", "lake", "ocean",
                            "side"})  # a city's part ("the East Side", "Lower West Side")
GEO_FIRST_WORDS = frozenset({"river", "lake", "mount", "mt", "cape", "fort", "isle", "loch"})
# Of those, the last words of administrative areas: places whatever their first word ("Marion
# County", "Grant Parish"; a given name first does not make them people).
ADMIN_LAST_WORDS = frozenset({"county", "township", "parish", "borough"})
# Words that name a part of a place before its name ('Northern California', 'East London').
PLACE_PARTS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                         "western", "central", "upper", "lower", "greater", "inner", "outer",
                         "downtown", "rural", "coastal"})
# Nouns of a country's parts, in lower case after a one-word name ("Malatya province", "Izmir
# province", "Cork county"): the name is a place's.
REGION_NOUNS_AFTER = frozenset({"province", "county", "district", "region", "prefecture",
                                "governorate", "oblast", "canton", "municipality"})
# Nouns of places before "of" and a one-word name ("the town of Yesilyurt", "the village of
# Ashby", "the port city of Aden"): the name is a place's.
PLACE_NOUNS_OF = frozenset({"town", "city", "village", "hamlet", "port", "suburb", "district",
                            "region", "province", "county", "island", "state", "borough",
                            "municipality", "capital"})
# Last words of towns' and cities' names, which also name their sports clubs ('Harlow Town').
SETTLEMENT_HEADS = frozenset({"City", "Town"})

# Countries whose first-level subdivisions are news places ("Ohio", "Ontario", "Bavaria"), and
# the subdivision types taken (districts, departments, municipalities are left out: many of
# their names are common words or surnames: "Central", "Bay", "Aurora").
SUBDIVISION_COUNTRIES = {
    "US": ("State", "District"), "CA": ("Province", "Territory"),
    "AU": ("State", "Territory"), "GB": ("Country", "Province"), "IN": ("State",),
    "CN": ("Province",),
}
# The name news uses where ISO's short name is formal or differs.
SHORT_NAMES = {
    "Russian Federation": "Russia", "Viet Nam": "Vietnam", "Türkiye": "Turkey",
    "Korea, Republic of": "South Korea", "Korea, Democratic People's Republic of": "North Korea",
    "Iran, Islamic Republic of": "Iran", "Syrian Arab Republic": "Syria",
    "Venezuela, Bolivarian Republic of": "Venezuela", "Bolivia, Plurinational State of": "Bolivia",
    "Tanzania, United Republic of": "Tanzania", "Moldova, Republic of": "Moldova",
    "Palestine, State of": "Palestine", "Czechia": "Czech Republic",
    "Lao People's Democratic Republic": "Laos", "Holy See (Vatican City State)": "Vatican",
    "Taiwan, Province of China": "Taiwan", "Brunei Darussalam": "Brunei",
    "Congo, The Democratic Republic of the": "Democratic Republic of the Congo",
    "Micronesia, Federated States of": "Micronesia",
}
# Informal names and abbreviations, with the canonical name they stand for.
INFORMAL = {
    "us": "United States", "usa": "United States", "america": "United States",
    "united states of america": "United States", "the united states": "United States",
    "uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "the uk": "United Kingdom", "uae": "United Arab Emirates", "holland": "Netherlands",
    "the netherlands": "Netherlands", "drc": "Democratic Republic of the Congo",
    "ussr": "Soviet Union", "soviet union": "Soviet Union",
    "washington dc": "Washington, D.C.", "dc": "Washington, D.C.", "district of columbia": "Washington, D.C.",
    "nyc": "New York City", "new york city": "New York City", "la": "Los Angeles",
    "europe": "Europe", "asia": "Asia", "africa": "Africa", "latin america": "Latin America",
    "middle east": "Middle East", "south america": "South America",
    "north america": "North America", "gaza": "Gaza", "kyiv": "Kyiv", "kiev": "Kyiv",
    # a country's regions by the compass, as British and American news name them ("commuters
    # across the North West", "storms in the Midwest"); one compass word alone is too often a
    # firm's ("Southwest said it would cancel flights")
    "north west": "North West", "north east": "North East", "south west": "South West",
    "south east": "South East", "midlands": "Midlands", "west midlands": "West Midlands",
    "east midlands": "East Midlands", "midwest": "Midwest",
}
# Big cities (ISO lists no cities): a short hand list of those news names most.
CITIES = (
    "London", "Paris", "Berlin", "Tokyo", "Beijing", "Moscow", "Chicago", "Los Angeles",
    "Boston", "Atlanta", "Miami", "Seattle", "Houston", "Dallas", "Detroit", "Philadelphia",
    "San Francisco", "Las Vegas", "Brooklyn", "Manhattan", "Hollywood", "Jerusalem",
    "Baghdad", "Damascus", "Tehran", "Kabul", "Cairo", "Istanbul", "Rome", "Madrid",
    "Brussels", "Geneva", "Vienna", "Warsaw", "Toronto", "Sydney", "Mumbai", "Delhi",
    "New Delhi", "Shanghai", "Hong Kong", "Seoul", "Pyongyang", "Mexico City", "Havana",
    "Phoenix", "Denver", "Milwaukee", "Cleveland", "Philadelphia", "Des Moines", "Orlando",
    "Baltimore", "Pittsburgh", "Minneapolis", "San Diego", "Nashville", "Charleston",
    "St. Louis", "St. Paul", "St. Petersburg",
    # the United Kingdom's and Ireland's (ISO lists their nations, not their cities)
    "Manchester", "Birmingham", "Liverpool", "Leeds", "Glasgow", "Edinburgh", "Cardiff",
    "Belfast", "Bristol", "Sheffield", "Newcastle", "Nottingham", "Leicester", "Southampton",
    "Aberdeen", "Dublin", "Cork",
)


@functools.lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """The lookup form of a place name: lower case, periods dropped, spaces single."""
    return " ".join(name.replace(".", "").replace("’", "'").lower().split())


def _build() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = SHORT_NAMES.get(country.name) or getattr(country, "common_name", None) \
            or country.name
        for form in (country.name, getattr(country, "common_name", None),
                     getattr(country, "official_name", None), canonical):
            if form and "," not in form:
                names.setdefault(place_key(form), canonical)
    for sub in pycountry.subdivisions:
        if sub.type in SUBDIVISION_COUNTRIES.get(sub.country_code, ()):
            name = sub.name.split(" [", 1)[0]  # 'Wales [Cymru GB-CYM]': the English name
            names.setdefault(place_key(name), name)
    for city in CITIES:
        names.setdefault(place_key(city), city)
    for form, canonical in INFORMAL.items():
        names[place_key(form)] = canonical
    return names


# lookup form -> canonical name ("us" -> "United States", "ohio" -> "Ohio")
PLACE_NAMES: dict[str, str] = _build()
# Lookup forms of the cities (not countries, states or nations): a city's name also names its
# sports clubs ("Leeds lost at home to Burnley").
CITY_KEYS = frozenset(place_key(c) for c in CITIES) | frozenset(
    {"nyc", "new york city", "la", "washington dc", "dc"})
# Place names that are also given names: inside a longer name they do not make it an
# organization ("Chad Smith", "Victoria Beckham", but "Chicago Tribune", "Ford Australia").
GIVEN_NAMES = frozenset({
    "chad", "jordan", "victoria", "georgia", "virginia", "carolina", "alberta", "israel",
    "india", "kenya", "florence", "sydney", "paris", "dallas", "houston", "phoenix",
    "denver", "austin", "madison", "lincoln", "charleston", "cleveland", "orlando", "tyler",
    "chelsea", "savannah", "brooklyn", "china", "asia", "africa", "america", "ireland",
    "jersey", "montana", "dakota", "nevada", "indiana", "washington", "guinea", "niger",
})

# Places written as initials, by AP style ("Cresskill, N.J.", "Washington, D.C."): never a
# person's initials, so a name after them opens a new sentence ("… in N.J. Roger Ailes said").
# (countries' initials are ``organizations.COUNTRY_INITIALS``)
PLACE_INITIALS = frozenset({"n.j", "n.y", "n.c", "n.d", "n.h", "n.m", "s.c", "s.d", "r.i",
                            "d.c", "l.a", "w.va"})
# Adjectives and nouns of a nation that no rule of ``entities.names.demonym`` derives from its
# name.
IRREGULAR_DEMONYMS = frozenset({
    "british", "english", "scottish", "welsh", "irish", "french", "dutch", "spanish",
    "portuguese", "swiss", "danish", "swedish", "finnish", "norwegian", "greek", "thai",
    "filipino", "lebanese", "peruvian", "argentine", "argentinian", "belgian", "kiwi",
    "texan", "bahamian", "arab", "afghan", "cypriot", "maltese", "sudanese", "congolese",
    "senegalese", "taiwanese", "nepalese", "burmese", "icelandic", "flemish", "basque",
    "catalan", "palestinian", "kurdish", "uzbek", "kazakh", "tajik", "turkmen", "inuit",
    "hispanic", "latino", "latina", "asian", "african", "european", "american", "slavic",
    "korean", "saudi", "somali", "nepali", "emirati", "german",
    # a nation's people, as sport and tabloid descriptions name them ('the Spaniard added')
    "spaniard", "briton", "swede", "frenchman", "englishman", "welshman", "irishman",
    "dutchman",
})
# Endings of a nation's adjective and what its place's name ends with instead ("Mexican" ->
# "Mexico", "Ukrainian" -> "Ukraine", "Iraqi" -> "Iraq"), tried in order.
DEMONYM_ENDINGS = (("ian", ("ia", "e", "", "a", "as", "y")), ("an", ("o", "a", "as", "", "e")),
                   ("ese", ("a", "", "an")), ("ish", ("ey", "and", "eland", "")), ("i", ("",)))


def _read_city_names() -> frozenset[str]:
    """GeoNames' cities of 15,000 people or more (``data/cities.txt``, CC BY 4.0; written by
    ``data/make_cities.py``)."""
    path = Path(__file__).parent / "data" / "cities.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# The world's towns and cities by name ("Dundee", "El Paso", "Wrexham"): evidence that a name is
# a place where the words around it allow one ("sites in Leeds, Wrexham and Dundee"); many are
# also people's names ("Clinton", "Obama") or words ("Nice", "Most"), so never alone.
CITY_NAMES = _read_city_names()
