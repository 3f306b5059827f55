"""Number words, scales, currencies, units and qualifier phrases for the claim extractor.

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
# Vague plural quantities that assert no number ("hundreds of", "dozens of", "millions").
VAGUE_PLURALS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions",
                           "trillions", "tens", "scores"})

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
    "pct": "percent", "pc": "percent", "%": "percent", "percentage point": "percentage point",
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
}
# Units glued to digits ("5km", "30mph", "6ft"), matched case-insensitively.
UNIT_SUFFIXES = ("km/h", "kmh", "kph", "mph", "kwh", "kms", "km", "kgs", "kg", "cm", "mm", "ml",
                 "mg", "lbs", "lb", "ft", "gb", "mb", "tb", "kw", "mw", "gw", "ghz", "mhz",
                 "°c", "°f", "°", "bps", "pc", "yrs", "hrs", "mins", "secs")
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
    "ago", "later", "earlier", "away", "behind", "ahead", "against", "between", "among",
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
                       "or so": "approximate", "or fewer": "at_most", "or less": "at_most"}

# Phrases that credit a number to a source; the words after them name the claimant.
CLAIMANT_PREFIXES = ("according to", "as per", "citing", "reported by", "data from",
                     "figures from", "estimates from", "as reported by")
# Reporting verbs whose subject is the claimant ("police said", "the company reported").
# Plural-looking forms ("states", "reports", "shows") are left out: they are units too.
CLAIMANT_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "reported", "announced", "announces",
    "estimated", "stated", "claimed", "wrote", "writes", "tweeted", "added", "noted",
    "confirmed", "confirms", "showed", "revealed", "disclosed", "projected", "predicted",
})
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
# Words after "one-" that make an idiom, not a count ("a one-time payment", "one-man show").
ONE_HYPHEN_IDIOMS = frozenset({"time", "man", "woman", "party", "size", "stop", "shot", "hit",
                               "off", "note", "track", "horse", "eyed", "armed", "handed"})
# Street words: "10 Downing Street", "221B Baker Street" are addresses, not claims.
STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
                          "lane", "drive", "dr", "way", "place", "court", "square", "terrace",
                          "crescent", "parkway", "highway", "plaza"})
# Words before a number that make it an age ("aged 43", "age 43").
AGE_BEFORE = frozenset({"aged", "age", "ages"})

# --- Measures: what a claim counts (newsledger.extract.measures) ---------------------------
# Units that never make a comparable measure on their own: ages and durations, scores and
# standings, ranks, repetitions ("21-time"). Two of them are the same number only by chance.
UNCOMPARABLE_UNITS = frozenset({
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
    "fortnight", "time", "point", "goal", "run", "wicket", "stroke", "lap", "round", "game",
    "match", "set", "inning", "innings", "try", "place", "position", "rank", "seed", "spot",
    "shot", "birdie", "under", "over", "minute", "yard", "step", "floor", "storey", "story",
    "page", "episode", "chapter", "edition", "generation", "grade", "level", "stage", "term",
    "thing", "way", "other", "one", "more", "part", "side", "half", "inch", "foot", "mile",
    "kilometer", "meter", "centimeter", "millimeter", "degree", "degree celsius",
    "degree fahrenheit", "mph", "kph", "pound", "kilogram", "gram", "ton",
})
# Durations that are comparable after these verbs: a sentence, a ban, a contract.
DURATION_MEASURES = {
    "jailed": "prison sentence", "sentenced": "prison sentence", "imprisoned": "prison sentence",
    "prison": "prison sentence", "jail": "prison sentence", "banned": "ban", "ban": "ban",
    "suspended": "suspension", "suspension": "suspension", "contract": "contract length",
}
# Nouns that are a measure by themselves, and its name ("60,000 votes" counts votes received).
NOUN_MEASURES = {
    "vote": "votes received", "ballot": "ballots cast", "delegate": "delegates",
    "superdelegate": "superdelegates", "electoral vote": "electoral votes", "seat": "seats",
    "signature": "signatures", "nomination": "nominations", "death": "people killed",
    "fatality": "people killed", "dead": "people killed", "injury": "people injured",
    "casualty": "casualties", "arrest": "people arrested", "case": "cases",
    "infection": "infections", "member": "members", "follower": "followers",
    "subscriber": "subscribers", "employee": "employees", "staff": "employees",
    "worker": "workers", "job": "jobs", "visitor": "visitors", "passenger": "passengers",
    "spectator": "attendance", "attendee": "attendance", "customer": "customers",
    "user": "users", "student": "students", "troop": "troops", "soldier": "troops",
    "refugee": "refugees", "migrant": "migrants", "protester": "people protesting",
    "demonstrator": "people protesting", "victim": "victims", "patient": "patients",
    "donor": "donors", "home": "homes", "house": "homes", "store": "stores", "shop": "stores",
    "branch": "branches", "plant": "plants", "factory": "plants", "school": "schools",
    "hospital": "hospitals", "bed": "beds", "vehicle": "vehicles", "car": "cars", "aircraft": "aircraft",
    "plane": "aircraft", "copy": "copies sold", "ticket": "tickets sold", "unit": "units sold",
    "share": "shares", "barrel": "barrels", "signatory": "signatories",
    "contest": "contests won", "primary": "primaries won", "award": "awards",
    "medal": "medals", "prize": "prizes", "oscar": "oscars", "grammy": "grammys",
    "title": "titles", "trophy": "trophies", "view": "views", "download": "downloads",
    "complaint": "complaints", "charge": "charges", "count": "counts", "suspect": "suspects",
    "hostage": "hostages", "flight": "flights", "job cut": "job cuts", "layoff": "job cuts",
    "resident": "residents", "household": "households", "voter": "voters",
    "marcher": "people protesting", "pupil": "pupils", "firefighter": "firefighters",
    "firefighters": "firefighters", "paramedic": "paramedics", "officer": "officers",
    "volunteer": "volunteers", "rescuer": "rescuers", "fire engine": "fire engines",
    "engine": "fire engines", "ambulance": "ambulances", "crew member": "crew",
    "survivor": "survivors", "petition": "signatures",
}
# Counted nouns whose measure is an award race: compared only when the clause names the award
# ("11 Bafta nominations", "seven nominations at the Golden Globes").
AWARD_NOUNS = frozenset({"nomination", "award", "prize", "medal", "oscar", "grammy", "title",
                         "trophy", "bafta", "emmy"})
# Verbs (as written) that say what happened to the counted people or things, and the
# participle that names the measure ("killed 12 people", "12 people died" -> "people killed").
PREDICATES = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed",
    "died": "killed", "dead": "killed", "die": "killed", "perished": "killed",
    "lost their lives": "killed", "claimed": "killed", "murdered": "killed",
    "injured": "injured", "injuring": "injured", "hurt": "injured", "wounded": "injured",
    "wounding": "injured", "hospitalised": "injured", "hospitalized": "injured",
    "arrested": "arrested", "detained": "arrested", "held": "arrested",
    "charged": "charged", "evacuated": "evacuated", "rescued": "rescued",
    "missing": "missing", "displaced": "displaced", "homeless": "displaced",
    "infected": "infected", "affected": "affected", "employed": "employed",
    "employs": "employed", "employ": "employed", "hired": "hired", "laid off": "laid off",
    "fired": "laid off", "sacked": "laid off", "cut": "cut", "axed": "cut", "shed": "cut",
    "cuts": "cut", "cutting": "cut", "axe": "cut", "axes": "cut", "axing": "cut",
    "sheds": "cut", "shedding": "cut", "slash": "cut", "slashed": "cut", "slashing": "cut",
    "eliminate": "cut", "eliminated": "cut", "eliminating": "cut", "scrap": "cut",
    "scrapped": "cut", "lose their jobs": "laid off", "lost their jobs": "laid off",
    "losing their jobs": "laid off", "create": "created", "creating": "created",
    "creates": "created",
    "lost": "lost", "created": "created", "sold": "sold", "sells": "sold", "bought": "bought",
    "attended": "attending", "attending": "attending", "watched": "watching",
    "flooded": "flooded", "destroyed": "destroyed", "damaged": "damaged",
    "vaccinated": "vaccinated", "tested": "tested", "deported": "deported",
    "signed": "signed", "registered": "registered", "enrolled": "enrolled",
    "received": "received", "receive": "received", "receives": "received", "won": "won",
    "win": "won", "wins": "won", "got": "received", "get": "received",
    "garnered": "received", "bagged": "received", "secured": "received", "polled": "received",
    "earned": "received", "collected": "received", "gained": "received", "took": "received",
    "drew": "received", "attracted": "received", "picked up": "received", "scooped": "received",
    "cast": "cast", "counted": "counted", "without power": "without power",
    "marched": "protesting", "protested": "protesting", "demonstrated": "protesting",
    "rallied": "protesting", "joined the march": "protesting", "joined the protest": "protesting",
    "took to the streets": "protesting", "go": "cut", "be lost": "lost", "be axed": "cut",
    "be cut": "cut", "cancelled": "cancelled", "canceled": "cancelled",
    "delayed": "delayed", "stranded": "stranded", "grounded": "grounded", "closed": "closed",
    "shut": "closed", "taken to hospital": "injured", "treated in hospital": "injured",
    "treated for": "injured", "in hospital": "injured", "hospitalized": "injured",
    "without electricity": "without power", "no electricity": "without power",
    "no power": "without power", "lost power": "without power", "cut off": "without power",
}
# Words that join "were"/"have been" and a predicate ("12 people were killed").
PREDICATE_AUXILIARIES = frozenset({"were", "was", "are", "is", "have", "has", "had", "been",
                                   "being", "be", "reportedly", "also", "now", "later",
                                   "subsequently", "all", "would", "will", "to", "set",
                                   "expected", "are", "due", "feared", "believed", "thought",
                                   "confirmed", "since", "then"})
# Phrases right before a number that name its measure ("a crowd of 40,000", "a death toll of
# 12", "turnout of 64%"). Matched lower case, with the words in between as written.
MEASURE_BEFORE = {
    "crowd of": "attendance", "attendance of": "attendance", "audience of": "audience",
    "death toll of": "people killed", "death toll rose to": "people killed",
    "death toll to": "people killed", "death toll stands at": "people killed",
    "death toll reached": "people killed", "toll of": "people killed",
    "turnout of": "turnout", "turnout was": "turnout", "turnout at": "turnout",
    "population of": "population", "majority of": "majority", "unemployment rate of": "unemployment rate",
    "unemployment rate": "unemployment rate", "unemployment to": "unemployment rate",
    "unemployment at": "unemployment rate", "inflation rate of": "inflation",
    "inflation of": "inflation", "inflation to": "inflation", "inflation at": "inflation",
    "approval rating of": "approval rating", "approval rating to": "approval rating",
    "interest rates to": "interest rate", "interest rate to": "interest rate",
    "interest rates at": "interest rate", "interest rate at": "interest rate",
    "growth of": "growth", "growth rate of": "growth", "salary of": "salary",
    "pay of": "pay", "fine of": "fine", "fined": "fine", "ransom of": "ransom",
    "reward of": "reward", "prize of": "prize money", "prize money of": "prize money",
    "budget of": "budget", "deficit of": "deficit", "debt of": "debt",
    "price of": "price", "priced at": "price", "valued at": "valuation",
    "valuation of": "valuation", "worth": "worth", "raised": "funds raised",
    "donated": "donations", "bid of": "bid", "offer of": "bid", "paid": "price paid",
    "compensation of": "compensation", "damages of": "damages", "bail of": "bail",
    "bail set at": "bail", "mortgage of": "mortgage", "bill of": "bill",
    "vote total of": "votes received", "vote total stood at": "votes received",
    "vote total at": "votes received", "vote tally of": "votes received",
    "vote count of": "votes received", "won by": "margin of victory",
    "in front of": "attendance", "watched by": "attendance",
    "win by": "margin of victory", "lost by": "margin of defeat", "lead by": "lead",
    "leads by": "lead", "led by": "lead", "leading by": "lead", "a margin of": "margin",
    "offered": "bid", "offering": "bid", "offers": "bid", "bid": "bid",
    "values it at": "valuation",
}
# Nouns that name what an amount of money or a percentage measures, and the measure's name
# ("revenue of $2bn", "profits fell 5%", "a £5m fine", "64% turnout").
AMOUNT_NOUNS = {
    "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue",
    "profit": "profit", "profits": "profit", "earnings": "profit", "net income": "profit",
    "pre-tax profit": "pre-tax profit", "pre-tax profits": "pre-tax profit",
    "operating profit": "operating profit", "loss": "loss", "losses": "loss",
    "net loss": "loss", "debt": "debt", "debts": "debt", "deficit": "deficit",
    "surplus": "surplus", "budget": "budget", "cost": "cost", "costs": "cost",
    "price": "price", "fine": "fine", "fines": "fine", "bid": "bid", "offer": "bid",
    "takeover": "bid", "deal": "deal value", "valuation": "valuation", "salary": "salary",
    "pay": "pay", "bonus": "bonus", "fee": "fee", "fees": "fee", "investment": "investment",
    "funding": "funding", "spending": "spending", "tax": "tax", "taxes": "tax",
    "bill": "bill", "damages": "damages", "compensation": "compensation",
    "ransom": "ransom", "reward": "reward", "donation": "donations", "donations": "donations",
    "dividend": "dividend", "wage": "wage", "wages": "wage", "fund": "fund",
    "bailout": "bailout", "loan": "loan", "loans": "loan", "grant": "grant",
    "market value": "market value", "market share": "market share", "stake": "stake",
    "turnout": "turnout", "unemployment": "unemployment rate", "inflation": "inflation",
    "growth": "growth", "gdp": "gdp", "approval": "approval rating",
    "approval rating": "approval rating", "interest rate": "interest rate",
    "interest rates": "interest rate", "tax rate": "tax rate", "tariff": "tariff",
    "tariffs": "tariff", "margin": "margin", "majority": "majority", "lead": "lead",
    "population": "population", "attendance": "attendance", "crowd": "attendance",
    "the vote": "vote share", "popular vote": "vote share",
    "ratings": "ratings", "rating": "ratings", "audience": "audience",
    "jackpot": "jackpot", "prize money": "prize money", "bail": "bail",
    "shares": "share price", "share price": "share price", "stock": "share price",
    "box office": "box office takings", "box-office": "box office takings",
    "payout": "payout", "settlement": "settlement", "transfer fee": "transfer fee",
    "budget gap": "budget gap", "shortfall": "budget gap", "black hole": "budget gap",
    "savings": "savings", "save": "savings", "cuts": "savings", "council tax": "council tax",
    "redundancy": "redundancy pay", "pension": "pension", "subsidy": "subsidy",
}
# Verbs of change before a percentage or amount: the measure is the change, not the level
# ("profits rose 5%" counts a change of profit; "rose to 5%" the level).
CHANGE_VERBS = {
    **dict.fromkeys(("rose", "risen", "rise", "rises", "increased", "increase", "grew", "grown",
                     "jumped", "jump", "climbed", "soared", "surged", "gained", "gain", "up",
                     "raised", "boosted", "raise", "raising", "hike", "increases", "rises"),
                    "rise"),
    **dict.fromkeys(("fell", "fallen", "fall", "falls", "decreased", "decrease", "dropped",
                     "drop", "slipped", "declined", "decline", "slumped", "plunged",
                     "tumbled", "lost", "down", "cut", "lowered", "slashed", "reduction",
                     "reduce", "reduced"), "fall"),
}
# Words in a clause that make a percentage a poll figure, comparable only within one named
# poll ("45% in a Quinnipiac poll").
POLL_WORDS = frozenset({"poll", "polls", "polling", "survey", "surveys", "surveyed",
                        "respondents", "voters", "pollster", "approval", "among", "would",
                        "sampling", "likely", "favorable", "unfavorable", "rating", "support",
                        "supporters", "backing", "prefer", "percentage"})
# Period phrases the date extractor cannot resolve without a publication date ("last year's
# profit"): the claim's measure is scoped to the phrase instead ("profit (last year)").
RELATIVE_PERIODS = ("last year", "this year", "next year", "last season", "this season",
                    "next season", "last month", "this month", "last week", "this week",
                    "a year earlier", "a year ago", "the previous year", "the year before",
                    "the same period last year", "first quarter", "second quarter",
                    "first-quarter", "second-quarter", "third-quarter", "fourth-quarter",
                    "year-end", "year-earlier", "half-yearly", "quarterly",
                    "third quarter", "fourth quarter", "first half", "second half",
                    "the quarter", "the year", "full-year", "half-year", "last quarter",
                    "this quarter", "year-on-year", "annual", "annually", "a year", "per year",
                    "per cent a year", "each year", "every year", "last term", "this term",
                    "that day", "that week", "that month", "that year", "in a day",
                    "overnight", "so far", "to date", "january", "february", "march", "april",
                    "june", "july", "august", "september", "october", "november", "december")
# Words before a period date that make it the period of the number ("in 2004", "for 2005",
# "during the first quarter", "as of Wednesday").
PERIOD_BEFORE = ("in", "for", "during", "over", "of", "throughout", "since", "through",
                 "as of", "as at", "by", "until", "at", "from")
# Words right before a number that make it a reference to a known set, not a count asserted
# here ("the 1,237 delegates needed", "those two states", "her 2.1 million members").
REFERENCE_BEFORE = frozenset({"the", "these", "those", "this", "that", "its", "their", "his",
                              "her", "our", "my", "your", "all", "both", "each", "every",
                              "whose", "which", "per", "first", "last", "past",
                              "next", "other", "remaining", "top", "only", "combined",
                              "full", "entire", "whole", "additional", "further", "extra"})
# Words in the clause before a number that make it hypothetical, a goal or a condition, not a
# fact ("if he wins 60 delegates", "needs 836 delegates", "would cost $5bn").
HYPOTHETICAL_WORDS = frozenset({"if", "could", "might", "should", "needs", "need",
                                "needed", "must", "unless", "whether", "wants", "hopes",
                                "hoped", "aims", "target", "targets", "goal", "pledged",
                                "promised", "promises", "proposed", "proposes", "proposal",
                                "plan", "plans", "wish", "imagine", "suppose", "scenario",
                                "threshold", "required", "requires", "necessary", "enough",
                                "plea", "calls", "called", "call",
                                "demand", "demands", "demanded", "suppose", "supposing",
                                "hypothetical", "projected", "forecast", "predicts", "predicted",
                                "estimates", "could", "takes", "magic"})
# Nouns earlier in the clause that name what a bare count or a count of people measures ("the
# death toll from the storm rose to 14", "the crowd at the final was 35,000").
TOLL_NOUNS = {"death toll": "people killed", "toll": "people killed",
              "number of dead": "people killed", "number of deaths": "people killed",
              "crowd": "attendance", "attendance": "attendance", "turnout": "turnout",
              "population": "population", "number of injured": "people injured"}
# Counted people who attend or watch: their count is the attendance.
AUDIENCE_NOUNS = frozenset({"fan", "spectator", "supporter", "attendee", "person", "viewer",
                            "people", "visitor", "crowd"})
# Measures that grow while a story runs (a campaign's spending, the money it has raised): only
# compared when the clause names their period ("raised $21 million in January").
RUNNING_MEASURES = frozenset({"spending", "funds raised", "donations", "investment"})

# Where shares trade is not what a share price is about ("Its shares closed at $5.125 in
# composite New York Stock Exchange trading, down 37.5 cents"): a name ending in one of these
# words, or one of these names, read as a place of trading ("on the Nasdaq", "in ... trading").
# Elsewhere an exchange is a company like any other ("the London Stock Exchange made £100m").
MARKET_VENUE_WORDS = frozenset({"exchange", "bourse", "boerse"})
MARKET_VENUES = frozenset({"nasdaq", "nyse", "ftse", "lse", "amex"})

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
