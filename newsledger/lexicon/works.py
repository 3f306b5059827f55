"""Words of works and occasions, which name no entity of the contract's kinds (no person,
organization, place or account): the nouns that put a work's title after them ("the film
Harbour Lights", "her album Golden Hours") and the words of occasions that name nothing alone
("the Games", "the Festival")."""
from __future__ import annotations

# Nouns of works whose title follows right after them ("the film Harbour Lights", "his novel
# The Long Shore", "her debut album Golden Hours"): the title is no person's name. Not nouns
# that are also verbs or adjectives before a name ("play Arsenal", "polls show Ann Lee
# ahead", "book Ryanair flights", "not a single Labour MP", "the storm hit Florida"), nor
# nouns a match report puts before a scorer ("in a thriller Tom Hale scored twice").
WORK_NOUNS = frozenset({
    "film", "films", "movie", "movies", "album", "albums", "novel", "novels", "documentary",
    "sitcom", "musical", "opera", "memoir", "biopic", "mixtape", "song", "songs", "ballad",
    "anthem", "soap", "sequel", "podcast", "programme"})
# Nouns of works that are other words too ("not a single Labour MP", "the game Leeds United
# lost", "polls show Ann Lee ahead"): a work's title follows them only after its maker's
# possessive or a word of release ("her single Paper Boats", "their new show Harbour Nights").
OWNED_WORK_NOUNS = frozenset({"single", "show", "game", "book", "play", "series", "track",
                              "hit", "ep"})

# Occasions whose word makes a name of several words an organization's ("Commonwealth Games",
# "Glastonbury Festival"; ``people.ORG_WORDS``) but which alone name no body: "the Games
# begin on Friday", "the Festival sold out". (Not "Summit": a company's name as often as the
# occasion's, which news writes in lower case.)
OCCASION_WORDS = frozenset({"games", "festival", "conference", "show", "cup", "awards"})

# Television shows news names without a noun of works before them ('she appeared on Love
# Island', 'Strictly Come Dancing star'): a work's title, no place or person. Hand-written
# from UK and US entertainment news; as written.
SHOW_NAMES = frozenset({
    "Love Island", "Strictly Come Dancing", "Big Brother", "Celebrity Big Brother",
    "Gogglebox", "EastEnders", "Emmerdale", "Hollyoaks", "Coronation Street", "The Apprentice",
    "Great British Bake Off", "Bake Off", "Britain's Got Talent", "America's Got Talent",
    "The X Factor", "X Factor", "Dragons' Den", "Question Time", "Match of the Day", "Top Gear",
    "Doctor Who", "Saturday Night Live", "Love Island USA", "Married at First Sight",
    "Loose Women", "Good Morning Britain", "This Morning", "The Traitors", "Dancing on Ice",
    "Blue Peter", "Countryfile", "Panorama", "Game of Thrones", "Keeping Up with the Kardashians",
})
