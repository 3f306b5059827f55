"""Abbreviations and the words that decide whether a period ends a sentence (used by
``newsledger.text.segment``), and the limits of the text layer's headline and Title Case
lines (``newsledger.text.headline``). Compared lower-cased, without the final period; dotted forms
keep their inner periods ("u.s").
"""

# Titles and honorifics: always followed by a name, so their period never ends a sentence
# ("Gov. Mike Pence", "Mr. Trump said", "Sen. Warren"); only as written in Title Case
# ("SEC." is no title).
TITLE_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "gov", "govs", "sen", "sens",
    "rep", "reps", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm", "cpl", "pvt",
    "supt", "insp", "det", "rev", "fr", "msgr", "hon", "pres", "atty", "amb", "sec",
})

# Abbreviations that always lead on to more words, in any case: "Das Volk vs. The State",
# "e.g. The".
CONTINUING_ABBREVIATIONS = frozenset({"vs", "cf", "e.g", "i.e", "viz"})

# Abbreviations that stand before a number: "No. 1", "Vol. 3", "pp. 12-14", "Fig. 2".
NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "vol", "vols", "pp", "fig", "figs", "art",
                                  "ch", "para", "approx", "ca", "op", "p"})

# Abbreviated months: "Jan. 5", "Sept. 11". They never end a sentence before a number.
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                 "sept", "oct", "nov", "dec"})

# Abbreviations that end a word of a name ("St. Louis", "Martin Luther King Jr.", "Acme
# Inc."), and the titles a speaker's name read by the quote patterns may open with, period and
# all ("Gov. Mark Ellis said"); other titles stay out of the name ('Pres. Obama admits' ->
# Obama). Together: the abbreviations a name may hold (``NAME_ABBREVIATIONS``).
NAME_PART_ABBREVIATIONS = frozenset({"st", "jr", "sr", "corp", "inc", "co", "ltd", "bros"})
NAME_TITLE_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "maj", "sgt",
    "capt", "adm", "supt", "rev",
})
NAME_ABBREVIATIONS = NAME_TITLE_ABBREVIATIONS | NAME_PART_ABBREVIATIONS

# Abbreviations that may end a sentence as well as sit inside one ("U.S. officials" /
# "... in the U.S. The"): the period ends the sentence only when the next word is one of
# SENTENCE_STARTERS.
MAYBE_FINAL_ABBREVIATIONS = NAME_PART_ABBREVIATIONS | frozenset({
    "llc", "plc", "esq", "etc", "ste", "mt", "ft",
    "u.s", "u.k", "u.n", "e.u", "d.c", "l.a", "n.y", "u.s.a", "a.m", "p.m",
    "ave", "blvd", "rd", "dept", "univ", "assn", "est", "govt", "intl", "natl", "al",
    "ariz", "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn", "mont",
    "neb", "nev", "okla", "pa", "penn", "tenn", "tex", "va", "vt", "wis", "wyo",
})

# Every abbreviation above: the list the boundary check of benchmarks/segmentation.py uses.
ABBREVIATIONS = (TITLE_ABBREVIATIONS | CONTINUING_ABBREVIATIONS | NUMBER_ABBREVIATIONS
                 | MONTH_ABBREVIATIONS | MAYBE_FINAL_ABBREVIATIONS)

# Capitalized words that open sentences, so that after "U.S." or an initial they show a
# sentence has ended ("... in the U.S. The rest"); a name after "U.S." ("U.S. Army") does not.
SENTENCE_STARTERS = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
    "their", "our", "my", "this", "that", "these", "those", "there", "here", "but", "and",
    "or", "so", "yet", "in", "on", "at", "for", "with", "after", "before", "when", "while",
    "as", "if", "since", "although", "though", "because", "however", "meanwhile", "still",
    "also", "now", "then", "some", "many", "most", "both", "neither", "no", "not", "what",
    "who", "why", "how", "where", "which", "mr", "mrs", "ms", "last", "next", "earlier",
    "later", "today", "yesterday", "instead", "indeed", "even", "only", "all", "each",
    "every", "other", "such", "to", "from", "by", "about", "asked", "according",
})

# Capitalized words that open a byline line ("By Jane Doe"); compared lower-cased.
BYLINE_OPENERS = frozenset({"by"})
# A dateline is at most this many characters before its dash.
DATELINE_MAX_CHARS = 60

# A first paragraph of at most this many words, set off by a blank line, is the headline even
# when it ends with a stop (exported headlines: "Clinton calls plan 'reckless.'"); the stricter
# test of a first line ingest applies allows 25 (``lexicon.ingest.HEADLINE_MAX_WORDS``) but no
# final stop.
LOOSE_HEADLINE_MAX_WORDS = 20
# A Title Case line (headline, subhead) has at least this many words with letters.
TITLE_CASE_LINE_MIN_WORDS = 5
