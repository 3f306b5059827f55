"""Calendar words for the date extractor."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
# TimeML season codes and the month each season starts in (northern hemisphere).
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
           "winter": ("WI", 12)}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
# Relative day words and their offset in days from the anchor.
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# this/last/next and their offset in units.
DEICTIC = {"this": 0, "last": -1, "next": 1, "earlier this": 0, "later this": 0}
# Phrases that move the reference point to the last explicit date.
NARRATIVE_DAYS = {"the next day": 1, "the following day": 1, "the day after": 1,
                  "that day": 0, "the same day": 0, "the day before": -1,
                  "the previous day": -1, "later in the day": 0, "earlier in the day": 0,
                  "late in the day": 0, "early in the day": 0, "that night": 0,
                  "that morning": 0, "that afternoon": 0, "that evening": 0,
                  "later that day": 0, "earlier that day": 0, "the next morning": 1,
                  "the following morning": 1, "the next evening": 1, "the next night": 1,
                  "the following night": 1, "the previous night": -1, "the night before": -1}
# Words right before a four-digit number that make it a name, number or code, not a year:
# "Local 1520" (a union local), "Flight 1549", "Route 1500", "Room 2101", "No. 1999".
# Matched lower case with a trailing "." removed.
YEAR_NAME_BEFORE = frozenset({
    "local", "locals", "route", "highway", "interstate", "flight", "flights", "room", "suite",
    "apartment", "apt", "unit", "gate", "platform", "bus", "train", "no", "nos", "number",
    "model", "version", "ver", "v", "windows", "channel", "box", "exit", "terminal", "pier",
    "track", "page", "pages", "p", "pp", "chapter", "section", "article", "resolution",
    "amendment", "proposition", "prop", "bill", "ward", "district", "precinct", "code",
    "extension", "ext", "tel", "dial", "item", "level", "squadron", "battalion", "regiment",
    "hall", "studio", "mk", "boeing", "airbus", "cessna", "ibm",
    "lot", "plot", "block", "pin", "id", "ref", "reference", "case", "docket", "file",
})
# Words right after a four-digit number that make it a clock time ("at 1500 GMT").
CLOCK_AFTER = frozenset({"gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst",
                         "mdt", "pst", "pdt", "hours", "hrs", "hr", "h", "local", "zulu"})
# Words right after a four-digit number that make it a measure ("the 5000 metres").
YEAR_UNIT_AFTER = frozenset({"m", "metre", "metres", "meter", "meters", "km", "kilometres",
                             "kilometers", "mile", "miles", "yard", "yards", "ft", "feet", "kg",
                             "cc", "hp", "rpm", "mph", "kph", "mw", "kw", "mah", "gb", "mb",
                             "calories", "kcal", "degrees", "points", "pts", "runs", "yards"})
# Words before a year that keep it a year even when a plural noun follows ("in 2019 police
# arrested ...", "the 2016 elections"), where "drew 2000 supporters" is a count.
YEAR_PREPOSITIONS = frozenset({"in", "since", "until", "till", "by", "during", "before", "after",
                               "from", "of", "to", "through", "early", "late", "mid", "circa",
                               "between", "the", "its", "their", "his", "her", "this", "that",
                               "fiscal", "calendar"})

# --- Relative periods, tense and holidays (issue 12) -------------------------------------
# Small counts before "ago" / "earlier" ("two weeks ago", "a year earlier").
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
               "a couple of": 2}
# Hedges allowed before such a count ("nearly four years ago"): the value stays the count's.
COUNT_HEDGES = ("about", "nearly", "almost", "more than", "less than", "some", "just",
                "only", "roughly", "around", "over", "exactly", "barely")
# Halves of a year: TimeML H1/H2.
HALVES = {"first": 1, "second": 2, "1st": 1, "2nd": 2, "last": 2, "latter": 2}
# "final quarter", "last quarter of 2009": the fourth.
QUARTER_ALIASES = {"final": 4, "last": 4}
# Part-of-day words after this/last/tomorrow/yesterday, and the day each points at.
DAY_PARTS = ("early morning", "morning", "afternoon", "evening", "night", "overnight")
# Words before a day part and its offset in days from the anchor: "last night" is yesterday.
DAY_PART_DEIXIS = {"this": 0, "early this": 0, "later this": 0, "earlier this": 0, "late this": 0,
                   "last": -1, "tomorrow": 1, "yesterday": -1, "today": 0, "mid": 0, "mid-": 0}
# Clock-time zone words ("16:08 UTC", "7 p.m. EST").
TIME_ZONES = ("GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
              "PDT", "ET", "PT", "local time")
# Words that put a period at its beginning, middle or end; the value stays the period's
# (TimeML's mod attribute, which the table does not carry).
PERIOD_MODIFIERS = ("early", "mid", "late", "the beginning of", "the start of", "the end of",
                    "the middle of", "the turn of", "the close of", "the first half of",
                    "the second half of")
# "the following week" / "the previous year": a unit step from the narrative's period.
NARRATIVE_STEPS = {"following": 1, "next": 1, "subsequent": 1, "previous": -1, "preceding": -1,
                   "prior": -1}
# Decade words ("the nineties").
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
# Nouns after a holiday's name that make it a thing, not the day ("Christmas trees").
HOLIDAY_THINGS = frozenset({
    "tree", "trees", "card", "cards", "carol", "carols", "light", "lights", "decoration",
    "decorations", "ornament", "ornaments", "song", "songs", "music", "movie", "movies",
    "special", "specials", "spirit", "stocking", "stockings", "present", "presents", "gift",
    "gifts", "turkey", "turkeys", "candy", "costume", "costumes", "sale", "sales", "shopping",
    "shoppers", "season", "seasons", "market", "markets", "rush", "travel", "bonus", "bonuses",
    "island", "tradition", "traditions", "theme", "party", "parties", "dinner", "lunch",
    "concert", "message", "card", "cards", "bonus", "break", "holidays", "film", "album",
    "egg", "eggs", "bunny", "rising", "hunt", "term"})
# Fixed-date holidays (month, day); "us"-prefixed and possessive forms are matched too.
HOLIDAYS = {"new year's day": (1, 1), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
            "independence day": (7, 4), "bastille day": (7, 14), "halloween": (10, 31),
            "veterans day": (11, 11), "armistice day": (11, 11), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
            "new year's eve": (12, 31), "may day": (5, 1),
            "juneteenth": (6, 19),
            # British and Irish days, written with or without the stop after "St"
            "st patrick's day": (3, 17), "st george's day": (4, 23), "st. george's day": (4, 23),
            "st andrew's day": (11, 30), "st. andrew's day": (11, 30), "st david's day": (3, 1),
            "st. david's day": (3, 1), "burns night": (1, 25), "bonfire night": (11, 5),
            "guy fawkes night": (11, 5), "hogmanay": (12, 31)}
# Capitalized words that make the weekday after them a name ("Black Friday", "Good Friday",
# "Super Tuesday", "Bloody Sunday"), not the day of this week.
NAMED_WEEKDAY_WORDS = frozenset({"black", "good", "cyber", "super", "ash", "holy", "maundy",
                                 "bloody", "palm", "easter", "shrove", "whit", "low", "blue",
                                 "sheffield", "mothering", "advent", "trinity"})  # (the football club Sheffield Wednesday)
# Capitalized words that make the weekday before them part of a title: newspapers ("the Sunday
# Times", "the Sunday Mirror") and programmes ("Sunday Politics", "Saturday Night Live",
# "Monday Night Football"), not the day of this week.
WEEKDAY_TITLE_HEADS = frozenset({"times", "telegraph", "mirror", "express", "post", "herald",
                                 "mail", "people", "sport", "politics", "tribune", "independent",
                                 "night live", "night football", "night raw", "brunch",
                                 "kitchen", "league"})
# Papers named "... on Sunday": "the Mail on Sunday", "the Independent on Sunday".
SUNDAY_PAPERS = frozenset({"mail", "independent"})
# US holidays on the n-th weekday of a month: (month, weekday, n); n = -1 is the last one.
# Election Day: the Tuesday after the first Monday of November (computed in the extractor).
FLOATING_HOLIDAYS = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
                     "labor day": (9, 0, 1), "memorial day": (5, 0, -1),
                     "martin luther king day": (1, 0, 3), "presidents' day": (2, 0, 3),
                     "election day": (11, 1, 0), "remembrance sunday": (11, 6, 2),
                     "father's day": (6, 6, 3),
                     # the second Sunday of February from 2022 (the first before: ``holiday``)
                     "super bowl sunday": (2, 6, 2)}
# Days whose date names what happened on them, with the year it happened ("the September 11
# attacks", "the January 6 committee"): the date of a name, not one of this year.
NAMED_EVENT_DAYS = {(9, 11): 2001, (1, 6): 2021, (7, 7): 2005, (10, 7): 2023}
# Words after such a day that make it the name ("attacks", "hijackers", "commission").
NAMED_EVENT_NOUNS = frozenset({"attack", "attacks", "bombing", "bombings", "hijackers",
                               "commission", "committee", "riot", "riots", "insurrection",
                               "massacre", "terror", "terrorist", "memorial", "museum",
                               "anniversary", "victims", "families"})
# Words after a span written "2023-24" that make it a twelve-month period across two years (a
# season, a fiscal or school year, a budget), of which both years are said; a bare "2010-11"
# may be a code or a score as well.
YEAR_SPAN_NOUNS = frozenset({"season", "seasons", "campaign", "financial", "fiscal", "tax",
                             "school", "academic", "budget", "budgets", "term", "session",
                             "winter", "year", "period", "league", "premiership", "championship",
                             "title", "accounts", "results", "figures"})
# Days named by their distance from Easter Sunday (the churches' and England's calendar).
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2,
                   "easter monday": 1, "maundy thursday": -3}
# England and Wales's bank holiday Mondays besides Easter Monday, by the word that names them
# ("the May bank holiday", "the August bank holiday"): (month, weekday, n) as above.
BANK_HOLIDAY_MONDAYS = {"may": (5, 0, 1), "spring": (5, 0, -1), "summer": (8, 0, -1),
                        "august": (8, 0, -1)}
# Tense of the clause around a date: markers of the future (a bare weekday or month after
# them is the next one), auxiliaries of the past and present.
FUTURE_CLAUSE = ("will", "'ll", "’ll", "shall", "going to", "plans to", "plan to", "planned to",
                 "planning to", "prepares to", "preparing to", "wants to", "expected",
                 "expect", "expects",
                 "scheduled", "planned", "slated", "due", "might", "should",
                 "intends to", "set to", "is to", "are to", "expected to", "scheduled to",
                 "scheduled for", "due to", "is due", "are due", "due on", "slated to",
                 "slated for", "hopes to", "aims to", "would", "to be held", "to begin",
                 "to start", "to meet", "next", "upcoming", "coming", "begins", "starts",
                 "opens", "ends", "expires", "closes", "payable", "effective")
# Words after "could" that make it the past of "can" ("could see the smoke on Monday", "could
# not attend", "could have won"); before another verb it looks ahead ("could fall by Thursday").
PAST_COULD_AFTER = frozenset({"not", "have", "never", "see", "hear", "feel", "smell", "tell",
                              "remember", "recall", "understand", "barely", "hardly"})
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did", "ago", "earlier", "previously",
                              "already"})
# Words that open a new clause inside a sentence (the tense of one clause does not carry over).
CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "when", "where", "because",
                            "while", "but", "although", "though", "whereas", "after", "before",
                            "since", "until", "if", "unless", "as"})
# A capitalized word right before a year makes it part of a name ("Kanye 2024", "Windows
# 2000"), unless the word names a yearly event or edition: then the year is still a date
# ("Conference 2010", "Olympics 2012", "Budget 2021").
YEAR_EVENT_WORDS = frozenset({
    "conference", "summit", "games", "olympics", "olympiad", "cup", "expo", "festival",
    "awards", "election", "elections", "budget", "census", "championship", "championships",
    "tour", "season", "week", "show", "forum", "congress", "convention", "fair", "open",
    "series", "edition", "meeting", "assembly", "session", "report", "review", "survey",
    "plan", "vision", "agenda", "strategy", "campaign", "fiscal", "year", "class", "draft",
    "wwdc", "ces", "davos", "biennale", "world", "european", "national", "annual"})
# Verbs whose present tense announces a schedule ("Obama visits China on Monday", "the state
# also holds its primary Tuesday"): a date in their clause lies ahead. Base forms.
SCHEDULE_VERBS = frozenset({
    "hold", "visit", "meet", "open", "close", "start", "begin", "end", "host", "attend",
    "appear", "perform", "unveil", "resume", "travel", "leave", "arrive", "head", "face",
    "speak", "testify", "address", "convene", "debut", "premiere", "play", "take", "go",
    "return", "expire", "kick", "launch", "release", "vote", "decide", "rule", "sign", "tour",
    "loom", "fall", "come",  # "another deadline looms in October", "Easter falls in April"
})
# Capitalized words right before a year that keep it a year, besides YEAR_PREPOSITIONS and
# YEAR_EVENT_WORDS ("January 2020", "Spring 2019", "Fiscal 1998", "Class 2020"): calendar words.
CALENDAR_WORDS = frozenset(set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | {
    "fiscal", "year", "class", "spring", "summer", "autumn", "winter", "fall", "early", "late",
    "mid", "circa", "christmas", "easter", "january"})
# Words before a date that make it a deadline ("by February", "extended to Nov. 20", "until
# mid-November"): a deadline may lie ahead even in a past clause.
DEADLINE_WORDS = frozenset({"by", "until", "till", "through", "to"})
# Periods a statistic covers, before the "to" or "ended" of the day or month they end in ("the
# three months to February", "the week ending June 6"): a period's end, no deadline ahead and
# no happening.
PERIOD_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                          "quarter", "quarters", "half", "period"})
# Nouns of figures published for a month ("data for April", "August unemployment figures",
# "April's trade numbers"): the month is one already ended (or the current one), even when the
# figures are still to come out.
MONTH_DATA_NOUNS = frozenset({"data", "figures", "numbers", "statistics", "payrolls", "reading",
                              "readings", "survey", "estimate", "estimates"})
# Labels of the metadata lines of a web page that date it ("Published: March 1, 2008", "Story
# Created: Aug 7, 2012"), and those that date an update of it ("Updated Thu 6 May 2010").
PUBLICATION_LABELS = frozenset({"published", "posted", "created", "date published"})
UPDATE_LABELS = frozenset({"updated", "modified", "date modified"})

# --- Tense of the clause around a date (extract/dates/tense.py) ---------------------------
# Words right before a schedule verb that make it a scheduled present ("he visits", "which holds"; a
# capitalized word, a name, does too).
SCHEDULE_SUBJECTS = frozenset({"he", "she", "it", "they", "also", "then", "which", "who", "that"})
# Subjects of a schedule verb's plain form ("they meet", "the two leaders meet").
PLURAL_SUBJECTS = frozenset({"they", "we", "you"})
# Words opening the noun phrase that is the subject of a scheduled present ("the team plays",
# "the two leaders meet"): a determiner or a count.
SUBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
                             "both", "two", "three", "four", "all", "another", "this", "that",
                             "each", "every", "next"})
# Words opening a condition: a date in such a clause lies ahead ("if he is the nominee in
# November").
CONDITIONAL_OPENERS = frozenset({"if", "unless", "once"})
# Words that leave a clause without a tense of its own: a fronted date ("On Tuesday, ...") reads
# the clause after it.
LIGHT_WORDS = frozenset({"on", "in", "at", "by", "also", "and", "or", "but", "early", "late",
                          "later", "earlier", "then", "again", "until", "since", "from", "as",
                          "of", "for", "during", "through", "about", "around", "before",
                          "after"})
# Words before a future marker that put it in the past ("was planning to", "had been due to"): the
# date's tense is not told.
FUTURE_IN_PAST = frozenset({"was", "were", "had", "previously", "originally"})
# Auxiliaries before a participle: its tense is theirs ("should be completed").
PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "am", "'s", "’s"})
# Irregular past forms that are also present or base forms ("read", "put", "set"): no past marker.
AMBIGUOUS_PAST_FORMS = frozenset({"read", "put", "set", "cut", "hit", "quit", "let", "cost", "spread",
                                  "bid", "hurt", "shut"})
# Words after "to" that are no infinitive ("to the", "to court", "to about"): no future marker.
NOT_INFINITIVES = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my",
                              "this", "that", "these", "those", "him", "them", "us", "me", "it",
                              "be", "date", "court", "power", "office", "work", "school",
                              "prison", "jail", "market", "about", "around", "nearly"})
# Determiners: an -ed form right after one (maybe across an adverb) is an adjective, no past
# ("a still unspecified date").
PARTICIPLE_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "my",
                                    "your"})
# Adverbs between a determiner and such an adjective ("a still unspecified", "a newly built").
ADJECTIVE_ADVERBS = frozenset({"still", "yet", "newly", "as-yet"})
# Nouns before "of tomorrow" that keep it a day ("by the end of tomorrow"; but "the cars of
# tomorrow" is the future at large).
PARTS_OF_A_DAY = frozenset({"end", "start", "beginning", "morning", "afternoon", "evening", "night",
                            "rest", "part", "close", "opening"})
# Words opening a noun phrase after "the day after" / "the day before": the day is counted from
# that happening ("the day after the vote"), which has no date here.
NOUN_PHRASE_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my",
                                 "this", "that"})

# --- Ordinal days ("on the 15th": a day of the month the text named) ----------------------
# Words right before "the 15th" that introduce a day.
ORDINAL_DAY_BEFORE = frozenset({"on", "by", "until", "till", "from", "since", "before", "after",
                                "through", "to", "and", "or", "between", "of"})
# Words of a sentence that make "the 15th" a hole, a lap, a floor, a round, a rank or a
# century rather than a day.
ORDINAL_NOT_DAY_WORDS = frozenset({
    "hole", "holes", "green", "tee", "birdie", "birdied", "bogey", "bogeyed", "par", "parred",
    "eagle", "lap", "laps", "inning", "innings", "round", "rounds", "minute", "minutes", "over",
    "overs", "floor", "floors", "storey", "grade", "place", "seed", "seeded", "ranked", "rank",
    "century", "centuries", "anniversary", "amendment", "district", "precinct", "ward",
    "street", "avenue", "division", "fleet", "battalion", "regiment", "congress", "term",
    "stage", "leg", "frame", "set", "game", "match", "race", "pick", "draft"})
# Words right before a date that make it the start or end of a span ("the best display since
# Christmas", "has marched every Saturday since January 24", "closed until Friday", "hopes of
# a rate cut before Christmas"): a point of reference, not the day a report's happening took
# place (``extract.keys.happening_days``, ``extract.keys.story_terms``' lead days).
SPAN_BOUND_BEFORE = frozenset({"since", "until", "till", "before"})
