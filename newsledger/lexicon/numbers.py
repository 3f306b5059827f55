"""Number words, scales, currencies, units, qualifier phrases and what is not a claim, for the
claim extractor (what a claim counts is in ``measures``).

Hand-written from the usage of English news (wire copy, business, sports, politics, crime,
health, tabloids). Everything is lower case unless said otherwise; extend these as data.
"""
from __future__ import annotations

# Cardinal number words and their values ("twenty-five" = 20 + 5 is composed by the extractor).
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Magnitude words inside a spelled-out number ("two hundred fifty thousand") or after digits
# ("130 million", "1.2bn", "5 mln" in Reuters copy, "20 crore" in Indian outlets).
MAGNITUDES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
# Abbreviated scales written after digits, with or without a space ("£20bn", "5 mln").
SCALE_ABBREVIATIONS = {
    "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "thous": 1e3,
}
# One-letter scales glued to digits: read only after a currency sign ("$5m", "€300k") or
# before a plural noun ("5m people"); "100m" alone is a distance, "3b" a code.
LETTER_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9}
# Multipliers read as numbers after "a" / "half a" ("a dozen", "half a million").
ARTICLE_NUMBERS = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6,
                   "billion": 1e9, "trillion": 1e12}

# Currency signs and codes written before a number, and their ISO 4217 code (lower case).
# Keys are matched case-sensitively for letters ("US$", "Rs", "USD").
CURRENCY_PREFIXES = {
    "US$": "usd", "U.S.$": "usd", "USD": "usd", "$": "usd", "C$": "cad", "CA$": "cad",
    "CAD": "cad", "A$": "aud", "AU$": "aud", "AUD": "aud", "NZ$": "nzd", "NZD": "nzd",
    "HK$": "hkd", "HKD": "hkd", "S$": "sgd", "SGD": "sgd", "R$": "brl", "BRL": "brl",
    "£": "gbp", "GBP": "gbp", "€": "eur", "EUR": "eur", "¥": "jpy", "JPY": "jpy",
    "CNY": "cny", "RMB": "cny", "₹": "inr", "Rs.": "inr", "Rs": "inr", "INR": "inr",
    "CHF": "chf", "₩": "krw", "₽": "rub", "₺": "try", "₦": "ngn", "ZAR": "zar",
    "₱": "php", "MXN": "mxn", "KSh": "kes",
    # The pound sign as 7-bit British copy writes it ("#13 billion", "GB #20.1 billion"): read
    # only before an amount with a scale; elsewhere "#" opens a hashtag or a rank ("#1").
    "#": "gbp",
}
# Currency words written after a number ("40 billion euros"), with their code.
CURRENCY_WORDS = {
    "dollar": "usd", "dollars": "usd", "usd": "usd", "euro": "eur", "euros": "eur",
    "eur": "eur", "yen": "jpy", "yuan": "cny", "renminbi": "cny", "rupee": "inr",
    "rupees": "inr", "pounds sterling": "gbp", "sterling": "gbp", "gbp": "gbp",
    "francs": "chf", "rand": "zar", "naira": "ngn", "shillings": "kes", "won": "krw",
    "rubles": "rub", "roubles": "rub", "ruble": "rub", "rouble": "rub", "franc": "chf",
    "shilling": "kes", "pesos": "peso", "peso": "peso", "cents": "cent", "cent": "cent",
    "pence": "pence", "penny": "pence", "p": "pence",
}
# Singular measure words read as the unit right after any number ("a 20 year low",
# "a 40 mile trip", "the 5000 point mark" is not: only these words).
MEASURE_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "mile",
                           "kilometer", "kilometre", "meter", "metre", "foot", "inch", "yard",
                           "acre", "hectare", "ton", "tonne", "pound", "kilogram", "gram",
                           "liter", "litre", "gallon", "barrel", "degree", "point", "percent",
                           "decade", "century", "storey", "story", "seat", "game", "match",
                           "lap", "round", "vote", "mph"})
# "pounds" is money after a scale word ("20 million pounds"), a weight otherwise.
POUND_WORDS = frozenset({"pound", "pounds"})

# Spellings of units that singularizing alone does not normalize.
UNIT_ALIASES = {
    "people": "person", "persons": "person", "per cent": "percent", "percent": "percent",
    "pct": "percent", "pc": "percent", "%": "percent", "p": "pence", "percentage point": "percentage point",
    "percentage points": "percentage point", "pts": "point", "bps": "basis point",
    "yrs": "year", "hrs": "hour", "mins": "minute", "secs": "second", "km": "kilometer",
    "kms": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer", "mi": "mile",
    "kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "lb": "pound", "lbs": "pound", "ft": "foot", "feet": "foot", "metre": "meter",
    "metres": "meter", "cm": "centimeter", "mm": "millimeter", "ml": "milliliter",
    "mg": "milligram", "tonne": "ton", "tonnes": "ton", "litre": "liter", "litres": "liter",
    "mph": "mph", "kph": "kph", "km/h": "kph", "gb": "gigabyte", "mb": "megabyte",
    "tb": "terabyte", "kw": "kilowatt", "kwh": "kilowatt hour", "mw": "megawatt",
    "gw": "gigawatt", "ghz": "gigahertz", "mhz": "megahertz", "°c": "degree celsius",
    "°f": "degree fahrenheit", "°": "degree",
    # One thing counted under two names: a count of houses is a count of homes, crew members
    # are the crew ("62 homes were flooded", "water swamped 35 houses").
    "house": "home", "houses": "home", "crew member": "crew", "crew members": "crew",
    "crewmen": "crew", "crewman": "crew",
    # troops are soldiers: one side's "42 soldiers were killed", the other's "killed 230 troops"
    "troops": "soldier",
}
# Units glued to digits ("5km", "30mph", "6ft"), matched case-insensitively.
UNIT_SUFFIXES = ("km/h", "kmh", "kph", "mph", "kwh", "kms", "km", "kgs", "kg", "cm", "mm", "ml",
                 "mg", "lbs", "lb", "ft", "gb", "mb", "tb", "kw", "mw", "gw", "ghz", "mhz",
                 "°c", "°f", "°", "bps", "pc", "yrs", "hrs", "mins", "secs",
                 "p")  # pence, glued as British copy writes it ("rose 8p to 573p")
# Irregular plurals and words that look plural but are not; regular ones lose -s/-es/-ies.
IRREGULAR_SINGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
    "knives": "knife", "halves": "half", "wolves": "wolf", "leaves": "leave",
    "data": "data", "series": "series", "species": "species", "news": "news",
    "viruses": "virus", "buses": "bus", "statuses": "status", "campuses": "campus",
    "bonuses": "bonus", "census": "census", "analyses": "analysis", "crises": "crisis",
    "indices": "index", "criteria": "criterion", "media": "media", "police": "police",
    "staff": "staff", "crew": "crew", "aircraft": "aircraft", "sheep": "sheep",
    "fish": "fish", "deer": "deer", "personnel": "personnel",
    "cattle": "cattle", "troops": "troop", "votes": "vote", "cases": "case",
    "houses": "house", "causes": "cause", "horses": "horse", "nurses": "nurse",
    "responses": "response", "licenses": "license", "expenses": "expense", "doses": "dose",
    "courses": "course", "purchases": "purchase", "releases": "release",
    "increases": "increase", "decreases": "decrease", "phases": "phase", "bases": "base",
}
# Nouns whose plural is the singular: counted like plurals ("91 aircraft", "40 staff").
INVARIANT_PLURALS = frozenset({"aircraft", "sheep", "fish", "deer", "staff", "police",
                               "personnel", "cattle", "series", "species", "spacecraft",
                               "offspring", "crew", "livestock", "counterparts"})
# Adjectives kept in the unit because they change the measure ("306 electoral votes" is not
# "81 million votes"); other words between a number and its noun are dropped
# ("12 swing states" -> "state").
UNIT_MODIFIERS = frozenset({"electoral", "popular", "basis", "percentage", "square", "cubic",
                            "light", "nautical", "metric", "board"})
# Words right after a number that are not its unit (function words, verbs, adverbs).
NOT_UNITS = frozenset({
    "and", "or", "but", "nor", "the", "a", "an", "in", "on", "at", "to", "from", "by", "for",
    "with", "of", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
    "does", "did", "that", "this", "these", "those", "which", "who", "whom", "whose", "what",
    "than", "more", "less", "fewer", "most", "least", "per", "p.m", "a.m", "pm", "am", "it",
    "he", "she", "they", "we", "i", "you", "so", "after", "before", "since", "over", "under",
    "into", "during", "about", "across", "all", "his", "her", "their", "its", "our", "my",
    "your", "out", "up", "down", "off", "each", "apiece", "if", "when", "while", "where",
    "then", "there", "here", "not", "no", "also", "only", "just", "even", "still", "yet",
    "ago", "later", "earlier", "away", "behind", "ahead", "back", "against", "between", "among",
    "through", "toward", "towards", "until", "till", "via", "said", "says", "say", "told",
    "according", "including", "respectively", "percent", "plus", "minus", "or so", "other",
    "others", "another", "both", "either", "neither", "such", "too", "very", "now", "again",
    "being", "got", "get", "gets", "went", "go", "goes", "came", "come", "comes", "made",
    "make", "makes", "took", "take", "takes", "left", "remain", "remained", "remains",
    "voted", "vote", "times", "time", "way", "because", "though", "although", "unless",
    "whether", "them", "him", "us", "me", "one", "ones", "someone", "something",
})
# Nouns after "one" that make it an idiom, not a count ("one day he will", "at one point").
ONE_IDIOMS = frozenset({
    "day", "time", "way", "thing", "point", "hand", "side", "another", "other", "such",
    "question", "reason", "place", "word", "night", "morning", "evening", "afternoon",
    "moment", "instance", "example", "more", "last", "big", "major", "key", "main", "true",
    "sense", "level", "respect", "piece", "direction", "stage", "bit", "kind", "sort",
    "thing", "another", "fell", "swoop", "go", "off", "on", "less", "after",
})
# Endings of the word after "one" that make it an adjective or a verb, not the counted noun
# ("one important difference", "one commented", "one possible outcome").
ADJECTIVE_ENDINGS = ("ed", "ing", "ly", "ant", "ent", "al", "ive", "ous", "ful", "ic", "able",
                     "ible", "est", "less")
# Words before "one" that make it a pronoun ("no one", "the one", "this one", "any one").
ONE_PRONOUN_BEFORE = frozenset({
    "no", "the", "this", "that", "any", "every", "each", "which", "another", "some",
    "someone", "such", "little", "big", "new", "old", "right", "wrong", "last", "same",
    "only", "loved", "a", "what", "whichever", "everyone", "anyone", "other", "good", "bad",
    "number", "no.",
})
# Determiners before a number word that make "the three" a pronoun-like reference when no
# noun follows.
DEFINITE_BEFORE = frozenset({"the", "these", "those", "all", "both", "its", "their", "his",
                             "her", "our", "my", "your"})

# Words of a match's events: "after 22 minutes" in a sentence with one is when in the match
# something happened (a time on the match clock, no claim about the scorer).
MATCH_EVENT_WORDS = frozenset({
    "scored", "scoring", "scores", "goal", "goals", "equaliser", "equalizer", "equalised",
    "equalized", "header", "penalty", "netted", "booked", "opener", "winner", "volley",
    "try", "touchdown", "wicket", "dismissed", "substituted", "half-time", "kick-off",
    "goalkeeper", "keeper", "free-kick", "own-goal"})

# Video resolutions written with a glued "p" ("1080p"), and the words near one that make it a
# resolution, not pence ("records in 1080p", "720p video"; "shares rose to 720p" is pence).
VIDEO_RESOLUTIONS = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160",
                               "4320"})
VIDEO_WORDS = frozenset({"video", "videos", "resolution", "hd", "screen", "screens", "display",
                         "displays", "footage", "stream", "streams", "streaming", "streamed",
                         "camera", "cameras", "record", "records", "recording", "recorded",
                         "monitor", "monitors", "tv", "tvs", "television", "pixels", "fps",
                         "film", "films", "filmed", "console", "consoles", "webcam", "4k",
                         "projector", "playback", "upscaled", "upscaling"})

# Words after a glued "m" that make it metres, not millions ("the 100m final", "10m high").
METRE_CONTEXT = frozenset({"high", "tall", "long", "wide", "deep", "sprint", "final", "race",
                           "hurdles", "freestyle", "butterfly", "backstroke", "breaststroke",
                           "medley", "relay", "dash", "heat", "heats", "title", "record",
                           "away", "above", "below", "from", "down", "up", "apart", "in",
                           "mark", "event", "world", "olympic", "gold", "silver", "bronze",
                           "metres", "meters", "depth", "height", "length"})
# Plural nouns that make a four-digit number a count, not a year ("2000 people").
YEAR_COUNT_NOUNS = frozenset({
    "people", "persons", "votes", "voters", "residents", "jobs", "workers", "employees",
    "troops", "soldiers", "cases", "deaths", "students", "homes", "houses", "units", "shares",
    "signatures", "ballots", "members", "fans", "runners", "miles", "kilometres", "kilometers",
    "feet", "meters", "metres", "points", "calories", "words", "pages", "tickets", "copies",
    "cars", "vehicles", "patients", "children", "families", "households", "users",
    "followers", "participants", "delegates", "seats", "acres", "tons", "tonnes", "pounds",
    "dollars", "euros", "barrels", "beds", "doctors", "nurses", "officers", "police",
    "protesters", "refugees", "migrants", "civilians", "victims", "infections", "tests",
    "flights", "passengers", "businesses", "companies", "stores", "schools", "teachers",
    "applications", "complaints", "arrests", "guests", "spectators", "attendees", "posts",
    "tweets", "likes", "views", "subscribers", "messages", "emails", "documents", "files",
    "rounds", "shots", "steps", "yards", "inches", "hours", "minutes", "seconds", "days",
    "weeks", "months", "years", "animals", "trees", "buildings", "apartments", "rooms",
})

# Words before a number that make it part of a name, code or reference ("page 3",
# "Section 230", "No. 10", "top 10"), not a claim. Matched lower case, trailing "." removed.
NAME_BEFORE = frozenset({
    "page", "pages", "p", "pp", "chapter", "ch", "section", "sec", "article", "art",
    "episode", "ep", "season", "route", "highway", "flight", "room", "no", "nos", "number",
    "version", "ver", "v", "level", "grade", "act", "verse", "item", "line", "text", "dial",
    "call", "code", "box", "suite", "apartment", "apt", "unit", "gate", "platform",
    "interstate", "channel", "phase", "stage", "round", "lane", "pier", "track", "bus",
    "ward", "district", "precinct", "exit", "terminal", "category", "class", "type", "model",
    "mark", "bill", "proposition", "prop", "measure", "amendment", "resolution", "rule",
    "clause", "paragraph", "figure", "fig", "table", "vol", "volume", "issue", "top",
    "game", "week", "matchday", "hole", "lap", "tier", "zone", "block", "lot", "plot",
    "title", "part", "book", "psalm", "psalms", "op", "opus", "covid", "sars", "windows",
    "ios", "android", "iphone", "ipad", "galaxy", "pixel", "playstation", "xbox",
    # a police appeal's log ("quoting incident 452", "reference 1234")
    "incident", "reference", "ref",
})
# Capitalized words that may open a sentence right before a number without being a name
# ("About 300 people", "In 12 states", "Only 12 states").
SENTENCE_OPENERS = frozenset({
    "about", "around", "some", "nearly", "almost", "only", "just", "roughly", "exactly",
    "approximately", "over", "under", "more", "less", "fewer", "at", "in", "on", "of", "by",
    "for", "with", "and", "but", "so", "yet", "or", "all", "another", "after", "before",
    "since", "until", "than", "those", "these", "the", "then", "now", "still", "last", "up",
    "down", "to", "from", "within", "among", "overall", "altogether", "also", "plus", "total",
    "barely", "estimated", "an", "a", "while", "when", "if", "as", "although", "though",
    "because", "whereas", "meanwhile", "today", "yesterday", "earlier", "later", "another",
    "exactly", "precisely", "nearly", "some", "each", "every", "his", "her", "their", "its",
    "our", "my", "your", "it", "there", "here", "we", "they", "he", "she", "i", "you",
})

# Qualifier phrases right before a quantity, and their QUALIFIERS enum value.
QUALIFIERS = {
    "little more than": "more_than", "a little more than": "more_than",
    "slightly more than": "more_than", "more than": "more_than", "over": "more_than",
    "above": "more_than", "upwards of": "more_than", "upward of": "more_than",
    "in excess of": "more_than", "exceeding": "more_than", "just over": "more_than",
    "just above": "more_than", "a little over": "more_than", "well over": "more_than",
    "well above": "more_than", "north of": "more_than", "a bit more than": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "couldn't even reach": "less_than",
    "could not even reach": "less_than", "couldn't reach": "less_than",
    "failed to reach": "less_than", "short of": "less_than", "shy of": "less_than",
    "just under": "less_than", "just below": "less_than", "well under": "less_than",
    "well below": "less_than", "a little less than": "less_than",
    "slightly less than": "less_than", "not even": "less_than",
    "nearly": "approximate", "almost": "approximate", "about": "approximate",
    "around": "approximate", "roughly": "approximate", "approximately": "approximate",
    "approx.": "approximate", "some": "approximate", "an estimated": "approximate",
    "estimated": "approximate", "est.": "approximate", "close to": "approximate",
    "circa": "approximate", "ca.": "approximate", "~": "approximate", "barely": "approximate",
    "more or less": "approximate", "somewhere around": "approximate", "or so": "approximate",
    "nearer": "approximate", "nearer to": "approximate", "closer to": "approximate",
    "in the region of": "approximate", "getting on for": "approximate",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "not fewer than": "at_least",
    "at most": "at_most", "up to": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "as many as": "at_most",
    "as much as": "at_most", "as high as": "at_most",
    "only": "exact", "just": "exact", "exactly": "exact", "precisely": "exact",
    "a mere": "exact", "merely": "exact", "a total of": "exact", "a record": "exact",
}
# Qualifiers written after the quantity ("300 or more", "50-plus", "1,000+").
TRAILING_QUALIFIERS = {"or more": "at_least", "-plus": "at_least", "+": "at_least",
                       "or so": "approximate", "or fewer": "at_most", "or less": "at_most",
                       # a fee before what more it may reach ("£45m plus add-ons")
                       "plus add-ons": "at_least", "plus bonuses": "at_least"}

# Phrases that credit a number to a source; the words after them name the claimant.
CLAIMANT_PREFIXES = ("according to", "as per", "citing", "reported by", "data from",
                     "figures from", "estimates from", "as reported by")
# "Citing" credits a source only when what follows names one (a name, or a noun of these):
# "citing Reuters", "citing figures from the ONS", "citing people familiar with the talks";
# not a reason: "asked for five years, citing her client's health problems".
CITED_SOURCE_NOUNS = frozenset({
    "report", "reports", "source", "sources", "official", "officials", "document", "documents",
    "statement", "filing", "filings", "people", "person", "data", "figures", "estimates",
    "survey", "study", "poll", "research", "analysis", "statistics", "records", "census",
    "analysts", "experts", "economists", "authorities", "police", "media", "newspaper",
    "agency", "ministry", "department", "government", "website", "study", "paper"})
# Reporting verbs whose subject is the claimant ("police said", "the company reported").
# Plural-looking forms ("states", "reports", "shows") are left out: they are units too.
CLAIMANT_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "reported", "announced", "announces",
    "estimated", "stated", "claimed", "wrote", "writes", "tweeted", "added", "noted",
    "confirmed", "confirms", "showed", "revealed", "disclosed", "projected", "predicted",
})
# Verbs of an estimate, a claimant's only before "the <noun> at <number>" ("police put the
# crowd at 5,000", "officials placed the toll at 32"; not "put £5m into the fund").
ESTIMATE_VERBS = ("put", "puts", "putting", "placed", "places")
# Reporting words after a name that make it the one who speaks, not what a number is about
# ("Sue Blake said the club would get £50,000"; "according" for "according to").
SUBJECT_REPORTING_WORDS = ("said", "says", "say", "told", "tells", "added", "announced",
                           "claimed", "insisted", "explained", "argued", "warned", "wrote",
                           "tweeted", "stated", "according")
# Verbs after "one <noun>" that make it an anonymous speaker ("one fan wrote"), not a count.
SPEAKER_VERBS = CLAIMANT_VERBS | frozenset({
    "commented", "posted", "replied", "asked", "joked", "responded", "quipped", "shared",
    "chimed", "argued", "insisted", "explained", "recalled", "tweets", "writes", "comments",
    "asks", "adds", "argues", "suggested", "complained", "warned",
})
# Words that show a stretch before a reporting verb is a clause, not its subject
# ("revenue rose 5%, the company said" -> "the company"; "he has won 12 said" -> nobody).
CLAUSE_WORDS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "must", "should", "do", "does", "did", "that", "which", "who",
    "when", "while", "because", "if", "than", "rose", "fell", "got", "won", "lost", "it",
    "this", "there", "not", "to", "also",
})
# Phrases right before a date that make it the date the number holds for ("As of Wednesday").
AS_OF_PHRASES = ("as of", "as at", "by", "through", "as of the end of", "at the end of",
                 "up to", "until")
# Phrases right before a number that make it a total or denominator, not the subject's own
# figure ("out of 130 million ballots", "of total 130 million").
DENOMINATOR_BEFORE = ("out of", "of total", "of a total of", "of the total", "a total of",
                      "total of")

# Words after "number-" that are not a unit: fractions and idioms ("one-third", "one-on-one",
# "two-way", "4-for-5"); the number is then not read at all.
HYPHEN_NOT_UNITS = frozenset({
    "third", "thirds", "quarter", "quarters", "half", "halves", "fifth", "fifths", "sixth",
    "sixths", "eighth", "eighths", "tenth", "tenths", "on", "off", "sided", "way", "to",
    "and", "in", "of", "or", "by", "for", "nil", "all", "up", "zip", "love", "liner",
})
# Borrowing that a length of time before it names by its term ("the 10-year gilt yield", "a
# 30-year mortgage", "two-year Treasury notes"): a maturity, not a claim.
MATURITY_UNITS = frozenset({"year", "month", "week", "day"})
DEBT_WORDS = frozenset({"bond", "bonds", "gilt", "gilts", "treasury", "treasuries", "note",
                        "notes", "bund", "bunds", "yield", "yields", "mortgage", "mortgages",
                        "fixed", "loan", "loans", "debt", "paper", "bill", "bills", "swap",
                        "swaps", "borrowing", "jgb", "jgbs", "tips", "government"})
# Words after "one-" that make an idiom, not a count ("a one-time payment", "one-man show").
ONE_HYPHEN_IDIOMS = frozenset({"time", "man", "woman", "party", "size", "stop", "shot", "hit",
                               "off", "note", "track", "horse", "eyed", "armed", "handed"})
# Street words: "10 Downing Street", "221B Baker Street" are addresses, not claims.
STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
                          "lane", "drive", "dr", "way", "place", "court", "square", "terrace",
                          "crescent", "parkway", "highway", "plaza"})
# Verbs before digits spaced like a phone number ("call us on 555 0199", "text 0800 123 456").
PHONE_VERBS = ("call", "phone", "ring", "dial", "text")
# Words before a number that make it an age ("aged 43", "age 43").
AGE_BEFORE = frozenset({"aged", "age", "ages"})

# Fractions written as words ("half", "a third of", "two-thirds", "three quarters"): the
# denominator of each word. A fraction is a claim when it states a quantity ("half of
# voters", "cut by a third", "a two-thirds majority"), not in a period or an idiom ("the
# first half", "in half", "half-time", "a quarter-final", "a third term").
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
    "tenth": 10, "tenths": 10,
}
# Nouns right after a fraction that make it a quantity without "of" ("a two-thirds majority",
# "a one-third stake").
FRACTION_NOUNS_AFTER = frozenset({"majority", "stake", "share", "shareholding", "cut", "drop",
                                  "fall", "rise", "increase", "reduction", "discount"})
# Words right before a fraction that make it a part of a period or of a thing, or an ordinal
# ("the first half", "the lower half of the table", "a third term" is read by the noun).
FRACTION_PERIOD_WORDS = frozenset({
    "first", "second", "third", "fourth", "last", "latter", "early", "earlier", "later",
    "late", "final", "opening", "closing", "back", "front", "top", "bottom", "next",
    "previous", "past", "lower", "upper", "middle", "richest", "poorest", "northern",
    "southern", "eastern", "western", "other", "better",
})
# Determiners and words right before a fraction that make it a thing, not an amount ("the
# half", "in half", "a half", "one and a half" is read as a number), unless a noun such as
# "majority" follows ("a two-thirds majority").
FRACTION_DETERMINERS = frozenset({
    "the", "a", "an", "in", "into", "and", "one", "each", "every", "per", "this", "that",
    "its", "their", "his", "her", "our", "my", "your",
})
# Nouns after "half" or "half the" that make an idiom ("half the time", "half way").
HALF_IDIOMS = frozenset({"time", "battle", "story", "fun", "truth", "trouble", "reason", "way"})
# Units read after "half a" / "half an" ("half a percentage point", "half an hour") and after
# "of a" / "of an" in a fraction ("three-quarters of an hour"), with their unit.
HALF_A_UNITS = {
    "percent": "percent", "per cent": "percent", "percentage point": "percentage point",
    "point": "point", "hour": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "decade": "decade", "century": "century", "mile": "mile",
    "kilometre": "kilometer", "kilometer": "kilometer", "metre": "meter", "meter": "meter",
    "inch": "inch", "ton": "ton", "tonne": "ton", "pound": "pound", "litre": "liter",
    "liter": "liter", "gallon": "gallon", "acre": "acre", "season": "season",
}
# Durations written with an article ("for a decade", "lasted an hour", "more than a year"):
# a claim only after a word that makes them a stated length of time (DURATION_BEFORE or a
# qualifier); "a year ago", "a year later", "£28 an hour", "once a year" are not.
ARTICLE_DURATIONS = frozenset({"decade", "century", "year", "month", "week", "fortnight",
                               "day", "hour"})
DURATION_BEFORE = frozenset({"for", "lasted", "lasting", "lasts", "last", "took", "take",
                             "takes", "taking", "spent", "spend", "spends", "spending",
                             "waited", "wait", "waiting", "served", "serving", "serve",
                             "within"})
# Superlatives before "in" that make "in a decade" a length of time ("the lowest level in a
# decade", "for the first time in a year"); "in a year" alone is a time to come.
SUPERLATIVES = frozenset({"highest", "lowest", "biggest", "largest", "smallest", "worst",
                          "best", "deepest", "fastest", "slowest", "strongest", "weakest",
                          "steepest", "sharpest", "most", "least", "first time", "longest",
                          "shortest", "hottest", "coldest", "wettest", "driest", "busiest",
                          "quietest", "last time"})
# Words right after an article duration that make it a point in time or an age, not a length
# ("a year ago", "a decade earlier", "a year after the vote", "a year old"; also "on" ending
# a phrase: "A year on, the town ...").
DURATION_NOT_BEFORE = frozenset({"ago", "earlier", "later", "after", "before", "since",
                                 "from", "old", "older", "younger", "previously",
                                 "prior", "back", "beforehand", "afterwards", "hence"})

# Multiples of another amount (``claims.forms``): words that need an amount after them
# ("twice as many", "double the number", "triple the size"), and words that are a multiple by
# themselves ("tripled", "a fourfold rise"); each with its factor. Not "twice as fast", "won
# twice", "a double room", "doubled as a shelter".
MULTIPLE_WORDS = {"twice": 2, "double": 2, "triple": 3, "treble": 3, "quadruple": 4}
MULTIPLE_VERBS = {
    "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "trebling": 3,
    "quadrupled": 4, "quadrupling": 4, "twofold": 2, "two-fold": 2, "threefold": 3,
    "three-fold": 3, "fourfold": 4, "four-fold": 4, "fivefold": 5, "five-fold": 5,
    "sixfold": 6, "tenfold": 10, "ten-fold": 10, "hundredfold": 100,
}
# Nouns after "double the" / "N times the" that make it a multiple of an amount.
MULTIPLIED_AMOUNTS = ("number", "amount", "size", "total", "level", "rate", "figure",
                      "price", "cost", "average", "sum", "value", "budget", "population")
# Words before a dashed pair of numbers that make it a vote's tally ("the vote was 52-35", "the
# Senate voted 52-35"), two counts, not a sports score ("won 3-2", which is no claim).
TALLY_WORDS = ("vote", "votes", "voted", "vote count", "tally", "passed", "approved",
               "rejected", "defeated", "ruled", "ruling", "confirmed", "margin of")
