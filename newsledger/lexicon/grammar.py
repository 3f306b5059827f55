"""Small grammar word lists the quote and entity patterns read: name particles, words that
break a noun phrase or a role, determiners, attribution adjuncts, the words of a post's voice,
clause breakers, title-case verbs, shouted words and elisions. One entry per meaning; the
people's words (titles, descriptions, roles) are in ``people.py``."""
from __future__ import annotations

# (Abbreviations inside a name, 'Mr. Okafor', 'Gov. Mark Ellis', are in
# ``lexicon.abbreviations.NAME_ABBREVIATIONS``.)
# Name particles that may sit between the capitalized words of a name.
NAME_PARTICLES = ("de", "da", "del", "della", "di", "van", "von", "der", "den", "bin", "al",
                  "ibn", "la", "le", "du", "dos", "das", "ten", "ter", "of")
# Particles that may follow another inside a name ('Ursula von der Leyen', 'Rafael van der
# Vaart', 'Pilar de la Torre').
SECOND_NAME_PARTICLES = ("der", "den", "de", "la", "le", "los", "las")
# Every particle, first or second.
NAME_PARTICLE_WORDS = frozenset(NAME_PARTICLES) | frozenset(SECOND_NAME_PARTICLES)
# Particles found only in people's names ('von', 'bin'), not in places' or firms' ('de', 'la':
# 'Rue de Rivoli', 'Casa de Campo').
PERSON_ONLY_PARTICLES = frozenset({"von", "van", "ten", "ter", "bin", "ibn", "al"})
# Words that end a speaker's noun phrase ('the public he said', 'The iPhone is claimed').
NP_BREAKERS = frozenset({
    "he", "she", "they", "it", "we", "I", "you", "who", "that", "which", "what", "is", "was",
    "are", "were", "has", "had", "have", "will", "would", "and", "or", "but", "as", "when",
    "while", "said", "says", "to", "in", "on", "by", "can", "could", "did", "does", "do",
    "may", "might", "should", "must",
})
# Lower-case words that are never role words before a name ('the news Neelie Kroes').
NOT_ROLE_WORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "at", "from", "and", "or",
    "but", "that", "what", "which", "who", "when", "his", "her", "their", "its", "as", "is",
    "was", "said", "says", "news", "staff", "while", "after", "before", "if",
})
# Lower-case words that join or end a phrase after an inverted verb, never the role words
# between a qualifying name and the speaker's ('said Labour spokesman Phil Willis', but 'wrote
# Cameron Easley for Morning Consult'). Read by a different rule than NOT_ROLE_WORDS, and
# measured with this list on PolNeAR: merging the two changes that rule's speakers.
INVERTED_ROLE_BREAKERS = frozenset({
    "for", "at", "with", "from", "in", "on", "to", "and", "or", "but", "who", "whose", "when",
    "while", "after", "before", "as", "the", "a", "an", "than", "about", "via", "by", "into",
    "over", "during", "since", "said", "says", "told", "tells", "wrote", "added", "is", "was",
    "were", "are", "has", "had", "have", "will", "would",
})
# Determiners that open a description of a speaker ('the bank's governor, Liu Wen').
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "another", "one"})
# Words right after '"…." X said' that close an attribution ('X said on Tuesday.').
ATTRIBUTION_ADJUNCTS = ("on", "in", "at", "to", "during", "after", "before", "from", "via",
                        "while", "when", "last", "yesterday", "today", "earlier", "later",
                        "recently", "afterwards", "of", "as")
# Words of the reporter's prose around an embedded post (never joined into the post).
POST_CONTEXT_WORDS = ("tweet", "tweets", "post", "posts", "Twitter", "Instagram", "Facebook",
                      "TikTok", "account", "followers")
# First and second person words that mark a post's own voice.
POST_VOICE_WORDS = ("I", "I'm", "I’m", "me", "my", "we", "We", "our", "us", "you", "You",
                    "your", "Your")
# Words between a subject and an object pronoun that let them co-refer
# ('West said God called him'); without one they do not ('West thanked her').
CLAUSE_BREAKERS = ("that", "who", "which", "and", "but", "because", "when", "after", "before",
                   "while", "if", "said", "says", "told", "asked", "wanted", "hoped", "let",
                   "made", "had")
# Words after "her" that make it an object ('thanked her for'), not a possessive.
OBJECT_FOLLOWERS = ("and", "for", "to", "in", "on", "at", "with", "that", "as", "by", "from",
                    "after", "before", "because", "again", "back", "too", "up", "out")
# Small words that join the capitalized words of one name ('Bank of America', 'Office for
# Budget Responsibility': "for" only after ``organizations.FOR_HEADS``; "&" of a firm's name:
# 'Marks & Spencer', 'Procter & Gamble', never split as "and" may be).
NAME_JOINERS = frozenset({"of", "the", "and", "&", "de", "da", "van", "von", "bin", "al", "for"})

# Capitalized verbs that end a name in a Title Case line: no name holds them after its first
# word ("Donald Trump Is Right", "Hillary Clinton Was Headed"; not "Will", "Said", "Can", which
# are names too: "Will Smith", "Edward Said").
TITLE_CASE_VERBS = frozenset({"Is", "Isn't", "Was", "Wasn't", "Are", "Aren't", "Were", "Has",
                              "Have", "Had", "Does", "Did", "Says", "Speaks", "Slams",
                              "Tells", "Wants",  # headline verbs ('Paul Ryan Joins …'):
                              "Joins", "Backs", "Urges", "Warns", "Vows", "Rejects", "Blasts",
                              "Rips", "Endorses", "Defends", "Attacks", "Praises", "Admits",
                              "Denies", "Reveals", "Announces", "Quits", "Resigns", "Unveils",
                              "Threatens", "Accuses", "Insists", "Captures", "Rebukes"})

# Words a tabloid puts in capitals for emphasis inside a sentence, before a name ('SOAP star
# QUIT Coronation Street', 'the FURIOUS Strictly judge'): no part of the name. Verb forms are
# read as such (``verbs.lemma``); these are the rest.
SHOUTED_WORDS = frozenset({
    "secret", "furious", "fuming", "shock", "shocking", "horror", "tragic", "tragedy", "fury",
    "rage", "exclusive", "axed", "slams", "raging", "heartbroken", "heartbreak", "devastated",
    "pregnant", "cheating", "cheat", "love", "boozy", "naked", "topless", "huge", "massive",
    "never", "ever", "not", "only", "first", "new", "real", "truth", "twice", "again", "legend",
    "brave", "evil", "sick", "vile", "killer", "monster", "hero", "heroic",
})

# Words that open with an apostrophe, not a single quotation mark ('tis, 'em, rock 'n' roll).
ELISIONS = frozenset({"tis", "twas", "em", "n", "cause", "til", "till", "bout", "round",
                      "nuff", "ello", "ere", "ow", "im", "er"})
