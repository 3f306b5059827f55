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
# Words in a sentence that put a bare weekday in the future.
FUTURE_MARKERS = ("will", "'ll", "’ll", "going to", "plans to", "plan to",
                  "set to", "is to", "are to", "expected to", "next")
# Phrases that move the reference point to the last explicit date.
NARRATIVE_DAYS = {"the next day": 1, "the following day": 1, "the day after": 1,
                  "that day": 0, "the same day": 0, "the day before": -1,
                  "the previous day": -1}
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
                               "between", "the", "its", "their", "his", "her", "this", "that"})
