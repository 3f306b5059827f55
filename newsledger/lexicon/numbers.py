"""Number words, scales, units and qualifier phrases for the claim extractor."""

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200,
    "thousands": 2000,
}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "hundred": 1e2}
CURRENCIES = {"$": "usd", "us$": "usd", "£": "gbp", "€": "eur", "¥": "jpy", "c$": "cad",
              "a$": "aud"}
CURRENCY_WORDS = {"dollars": "usd", "dollar": "usd", "pounds": "gbp", "euros": "eur",
                  "euro": "eur", "yen": "jpy", "rupees": "inr", "yuan": "cny"}
PERCENT_WORDS = ("percentage points", "percentage point", "per cent", "percent", "%")
# Irregular plurals; regular ones lose their -s / -es / -ies.
IRREGULAR_SINGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
                      "feet": "foot", "teeth": "tooth", "mice": "mouse", "data": "data",
                      "series": "series", "species": "species", "news": "news"}
# Words after a number that are not its unit.
NOT_UNITS = frozenset({
    "and", "or", "but", "the", "a", "an", "in", "on", "at", "to", "from", "by", "for", "with",
    "of", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would", "that",
    "this", "which", "who", "than", "more", "less", "times", "per", "p.m", "a.m", "pm", "am",
    "it", "he", "she", "they", "we", "i", "you", "so", "after", "before", "since", "over",
    "under", "into", "during", "about", "across", "all", "his", "her", "their", "its",
})
# Qualifier phrases before a number (lower case, longest first when matched).
QUALIFIERS = {
    "little more than": "more_than", "a little more than": "more_than",
    "slightly more than": "more_than", "more than": "more_than", "over": "more_than",
    "above": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "exceeding": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "couldn't even reach": "less_than", "could not even reach": "less_than",
    "failed to reach": "less_than", "short of": "less_than", "shy of": "less_than",
    "nearly": "approximate", "almost": "approximate", "about": "approximate",
    "around": "approximate", "roughly": "approximate", "approximately": "approximate",
    "some": "approximate", "an estimated": "approximate", "estimated": "approximate",
    "close to": "approximate", "about": "approximate", "circa": "approximate",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least",
    "at most": "at_most", "up to": "at_most", "no more than": "at_most",
    "a maximum of": "at_most",
    "only": "exact", "just": "exact", "exactly": "exact", "precisely": "exact",
}
# Words before a number that make it part of a name, code or reference, not a claim.
NAME_BEFORE = frozenset({"page", "chapter", "section", "article", "episode", "season",
                         "route", "highway", "flight", "room", "no", "no.", "number",
                         "version", "level", "grade", "act", "verse", "item", "line",
                         "text", "dial", "call", "code", "box", "suite", "apartment",
                         "unit", "gate", "platform", "interstate", "i-", "covid-", "g"})
