"""Words of speech, for the quote extractors: reporting verbs as written (cues) with their
lemmas, participles and framing verbs, the words that make quoted words a title, a word or a
nickname rather than a statement, and the verbs and adjuncts of reported speech (quotes of
kind ``indirect``). Hand-written from the usage of English news; extend them as data. The
verbs whose object is what was said are in ``speech_objects``; the people who speak are in
``people``."""

# Reporting verbs as they are written (finite forms), with the lemma they stand for. A cue
# joins a speaker to a quote: '"...," X said', 'X wrote on Twitter: "..."'.
CUES = {
    "said": "say", "says": "say", "say": "say", "told": "tell", "tells": "tell",
    "wrote": "write", "writes": "write", "tweeted": "tweet", "tweets": "tweet",
    "posted": "post", "posts": "post", "commented": "comment", "comments": "comment",
    "added": "add", "adds": "add", "asked": "ask", "asks": "ask", "explained": "explain",
    "explains": "explain", "declared": "declare", "stated": "state", "states": "state",
    "replied": "reply", "responded": "respond", "noted": "note", "notes": "note",
    "claimed": "claim", "claims": "claim", "insisted": "insist", "insists": "insist",
    "argued": "argue", "argues": "argue", "continued": "continue", "shared": "share",
    "captioned": "caption", "announced": "announce", "recalled": "recall", "joked": "joke",
    "admitted": "admit", "warned": "warn", "warns": "warn", "urged": "urge",
    "acknowledged": "acknowledge", "confirmed": "confirm", "revealed": "reveal",
    "quipped": "quip", "exclaimed": "exclaim", "shouted": "shout", "read": "read",
    "reads": "read", "laughed": "laugh", "sighed": "sigh", "cried": "cry", "remarked": "remark",
    "suggested": "suggest", "predicted": "predict", "conceded": "concede", "vowed": "vow",
    "pleaded": "plead", "boasted": "boast", "complained": "complain", "demanded": "demand",
    "mentioned": "mention", "reminded": "remind", "reiterated": "reiterate",
    "stressed": "stress", "emphasized": "emphasize", "emphasised": "emphasise",
    "countered": "counter", "retorted": "retort", "answered": "answer", "observed": "observe",
    "agreed": "agree", "cautioned": "caution", "alleged": "allege", "maintained": "maintain",
    "contended": "contend", "concluded": "conclude", "promised": "promise", "pledged": "pledge",
    "assured": "assure", "bragged": "brag", "lamented": "lament", "mused": "muse",
    "snapped": "snap", "fumed": "fume", "gushed": "gush", "raved": "rave", "teased": "tease",
    "hinted": "hint", "reasoned": "reason", "testified": "testify", "texted": "text",
    "messaged": "message", "emailed": "email", "recounted": "recount", "described": "describe",
    "blasted": "blast", "slammed": "slam", "wondered": "wonder", "questioned": "question",
    "interjected": "interject", "whispered": "whisper", "yelled": "yell", "screamed": "scream",
    "chimed": "chime", "wrote back": "write", "went on": "go on", "pointed out": "point out",
    "tweeted out": "tweet", "posted on": "post", "shot back": "shoot back", "opined": "opine",
    "clarified": "clarify", "elaborated": "elaborate", "disclosed": "disclose",
    "proclaimed": "proclaim", "dished": "dish", "spilled": "spill", "gushes": "gush",
    "announces": "announce", "recalls": "recall",
    # present tense (feature and opinion writing: 'Viguerie concludes') and verbs of reports,
    # wire copy and commentary ('The Daily Caller reported', '"…," he charged')
    "concludes": "conclude", "agrees": "agree", "admits": "admit", "continues": "continue",
    "predicts": "predict", "suggests": "suggest", "recounts": "recount", "observes": "observe",
    "acknowledges": "acknowledge", "contends": "contend", "maintains": "maintain",
    "reiterates": "reiterate", "stresses": "stress", "testifies": "testify", "replies": "reply",
    "responds": "respond", "quips": "quip", "jokes": "joke", "muses": "muse",
    "concedes": "concede", "confirms": "confirm", "reveals": "reveal", "declares": "declare",
    "alleges": "allege", "boasts": "boast", "complains": "complain", "wonders": "wonder",
    "opines": "opine", "asserts": "assert", "asserted": "assert", "affirmed": "affirm",
    "reported": "report", "reports": "report", "charged": "charge", "scoffed": "scoff",
    "grumbled": "grumble", "groused": "grouse", "marveled": "marvel", "speculated": "speculate",
    "surmised": "surmise", "thundered": "thunder", "pressed": "press", "challenged": "challenge",
    "editorialized": "editorialize", "blogged": "blog", "griped": "gripe",
    "chided": "chide", "mocked": "mock", "cracked": "crack", "intoned": "intone",
    "put it": "put", "puts it": "put", "sang": "sing", "sings": "sing",
    "mocks": "mock", "beamed": "beam", "remembered": "remember", "exhorted": "exhort",
    "retaliated": "retaliate", "cut in": "cut in", "barked": "bark", "chanted": "chant",
    "chant": "chant",
    # plural present ('"…," the two senators write', 'Democrats argue "…"')
    "write": "write", "conclude": "conclude", "argue": "argue", "insist": "insist",
    "explain": "explain", "add": "add", "warn": "warn", "contend": "contend",
    "predict": "predict", "recall": "recall", "complain": "complain", "acknowledge":
    "acknowledge", "declare": "declare", "maintain": "maintain",
}
# Participles that hang a quote on the subject of their clause
# ('West turned to Twitter, tweeting on July 4: "..."'; 'she launched a post saying, "..."').
PARTICIPLE_CUES = {
    "saying": "say", "adding": "add", "writing": "write", "tweeting": "tweet",
    "telling": "tell", "noting": "note", "posting": "post", "declaring": "declare",
    "explaining": "explain", "stating": "state", "insisting": "insist", "arguing": "argue",
    "warning": "warn", "captioning": "caption", "commenting": "comment", "asking": "ask",
    "announcing": "announce", "claiming": "claim", "replying": "reply", "responding": "respond",
    "joking": "joke", "quipping": "quip", "urging": "urge", "vowing": "vow",
    "calling": "call", "describing": "describe", "yelling": "yell", "shouting": "shout",
    "chanting": "chant",
}
# Verbs that frame a quoted fragment as someone's words only inside one sentence
# ('She called the proposal "a betrayal"'), never across a sentence boundary.
FRAMING_CUES = frozenset({"called", "calls", "described", "describes", "labeled", "labelled",
                          "branded", "deemed", "termed", "likened"})
# Words allowed between a speaker and its cue ('Lane further asked', 'he later told').
CUE_FILLERS = frozenset({
    "also", "later", "further", "then", "once", "again", "has", "had", "have", "would",
    "will", "previously", "recently", "reportedly", "simply", "only", "even", "just", "first",
    "earlier", "quickly", "repeatedly", "publicly", "privately", "angrily", "proudly",
    "bluntly", "flatly", "famously", "memorably", "separately", "similarly", "subsequently",
    "immediately", "finally", "herself", "himself", "themselves", "since", "already", "often",
    "together",
})
# Nouns ending in "-ly" that can speak ('the family said', 'a close ally says', 'the
# assembly voted', 'the Dutch daily reported'): a speaker's head, no adverb before its cue.
LY_NOUNS = frozenset({"family", "ally", "assembly", "daily", "weekly", "monthly",
                      "quarterly"})
# Pronouns of unnamed people that a relative clause defines ('Those who know him say',
# 'Anyone who has met her says'): the pronoun and its clause speak, anonymous.
RELATIVE_PEOPLE_HEADS = frozenset({"those", "anyone", "anybody", "everyone", "everybody",
                                   "someone", "somebody", "people", "others", "many", "most",
                                   "some", "few", "all"})
# Phrases ending a reporter's sentence right before a quote that name the quote's
# container, not a speaker: the poster of the last quote keeps speaking.
CONTAINERS = frozenset({"caption", "post", "tweet", "message", "statement", "note", "letter",
                        "text", "email", "headline", "sign", "video", "story", "comment"})

# Words before a quote mark that make the quoted words the title of a work ('the song
# "Runaway"', 'a memo titled "The Facts"'), never somebody's statement.
WORK_WORDS = frozenset({
    "song", "songs", "album", "albums", "film", "films", "movie", "movies", "book", "books",
    "show", "shows", "series", "program", "programme", "single", "track", "tracks", "episode",
    "play", "musical", "novel", "memoir", "documentary", "podcast", "titled", "entitled",
    "headline", "headlined", "column", "essay", "sitcom", "opera", "poem", "painting",
})
# Nouns right after a quoted title that say what it names ('the "Jesus Is King" rapper', the
# "No Comparison" ad', 'a "Party of Trump" campaign').
WORK_NOUNS_AFTER = frozenset({
    "star", "stars", "actor", "actress", "host", "co-host", "anchor", "rapper", "singer",
    "hitmaker", "creator", "author", "ad", "ads", "program", "programme", "show", "series",
    "segment", "campaign", "movement", "book", "rally", "tour", "signs", "sign", "t-shirts",
    "t-shirt", "shirts", "hats", "banner", "documentary", "film", "movie", "podcast", "album",
    "song", "episode", "column", "initiative", "summit", "doctrine", "caucus", "pac", "law",
    "act", "bill", "plan", "strategy", "agenda", "slogan", "logo", "brand", "franchise",
})
# Words before a quote mark that name the quoted words as words ('the word "WELP"', 'the
# hashtag "#StopTheCount"'): not a quote unless the sentence says who used them.
WORD_WORDS = frozenset({
    "word", "words", "term", "terms", "phrase", "phrases", "hashtag", "hashtags", "slogan",
    "slogans", "label", "nickname", "moniker", "tagline", "motto", "mantra", "meme", "brand",
    "spelled", "spelling", "letters", "tag",
})
# Words before a short capitalized quote that make it a nickname or a name ('dubbed "The
# Iceman"', 'known as "Big Papi"'), and 'so-called', which always marks a scare quote.
NICKNAMING = frozenset({"dubbed", "nicknamed", "known as", "aka", "a.k.a.", "named", "called",
                        "labeled", "labelled", "so-called", "quote-unquote"})
# Verbs of saying in the broad sense, and nouns of statements, besides the cues above (the
# reporting verbs, participles and framing verbs are not repeated here): a sentence that holds
# one of SAYING_WORDS attributes its quoted fragments to someone ('accused Cruz of being
# "politically correct"'); in a sentence without any, a one-word quote is the reporter's scare
# quote ('These "reforms" will hurt').
ATTRIBUTION_VERBS = frozenset({
    "according", "accuse", "accused", "accuses", "accusing", "announce", "ask", "blast",
    "blasting", "blasts", "boast", "boasting", "brand", "branding", "call", "chants",
    "characterize", "characterized", "characterizes", "characterizing", "cite", "cited",
    "cites", "citing", "claim", "condemn", "condemned", "condemning", "condemns", "criticise",
    "criticised", "criticises", "criticize", "criticized", "criticizes", "criticizing",
    "decried", "decries", "decry", "demand", "demanding", "demands", "denied", "denies", "deny",
    "denying", "dismiss", "dismissed", "dismisses", "dismissing", "dub", "dubbed", "dubs",
    "e-mail", "editorial", "email", "hail", "hailed", "hails", "interview", "label", "labeling",
    "labels", "letter", "memo", "mock", "mocking", "op-ed", "pledge", "pledges", "pledging",
    "praise", "praised", "praises", "praising", "promise", "promises", "promising", "quote",
    "quoted", "quotes", "quoting", "refer", "referred", "referring", "refers", "remarks",
    "shout", "slam", "slamming", "slams", "speech", "statement", "suggest", "suggesting",
    "tell", "testimony", "tout", "touted", "touting", "touts", "tweet", "urge", "urges", "vow",
    "vows", "yell"
})
# Small words that, right before a short quoted title-case span, mark a title or a scare
# quote rather than a statement ('The "Jesus Is King" rapper', 'on "Jimmy Kimmel Live!"').
TITLE_PRECEDERS = frozenset({
    "the", "a", "an", "on", "in", "of", "at", "from", "with", "for", "to", "his", "her",
    "their", "its", "our", "my", "your", "this", "that", "new", "hit", "latest", "debut",
    "smash", "classic", "viral", "whose", "by", "into", "about",
})

# Every word of saying, in any form: the cues, participles, framing verbs and the broader verbs
# and nouns of statements.
SAYING_WORDS = frozenset(CUES) | frozenset(PARTICIPLE_CUES) | FRAMING_CUES | ATTRIBUTION_VERBS

# --- Reported speech (issue 22: quotes of kind ``indirect``) ----------------------------------
# Reporting verbs whose complement is what was said ('The council said the road would
# reopen', 'She told reporters that ...'): the lemmas of ``CUES`` kept for reported speech
# (not the manner-of-speaking verbs such as 'laughed' or 'barked', which take no clause).
REPORTED_LEMMAS = frozenset({
    "say", "tell", "write", "tweet", "post", "add", "explain", "declare", "state", "reply",
    "respond", "note", "claim", "insist", "argue", "announce", "recall", "admit", "warn",
    "acknowledge", "confirm", "reveal", "suggest", "predict", "concede", "vow", "boast",
    "complain", "mention", "remind", "reiterate", "stress", "emphasize", "emphasise", "counter",
    "answer", "observe", "agree", "caution", "allege", "maintain", "contend", "conclude",
    "promise", "pledge", "assure", "brag", "lament", "hint", "testify", "disclose", "proclaim",
    "assert", "affirm", "report", "charge", "speculate", "surmise", "joke", "quip", "clarify",
    "opine", "text", "email", "recount", "go on", "point out", "remark",
})
# Reporting lemmas that are verbs of saying in every use (not 'add', 'post', 'report', 'note',
# 'charge', 'promise': 'the economy added jobs'); a date in the clause they report dates what
# was said, not the saying (``extract.events``).
ONLY_SAYING_LEMMAS = frozenset({
    "say", "tell", "announce", "state", "declare", "claim", "insist", "argue", "warn", "confirm",
    "reveal", "predict", "explain", "reply", "respond", "stress", "emphasize", "emphasise",
    "testify", "acknowledge", "admit", "deny", "allege", "suggest", "reiterate", "concede",
})
# Forms of reporting verbs that ``CUES`` does not list (they are no quote cues) but report
# speech with a clause: denials, base forms after plural subjects ('officials tell CNN').
REPORTED_EXTRA_CUES = {
    "denied": "deny", "denies": "deny", "deny": "deny", "tell": "tell", "announce": "announce",
    "confirm": "confirm", "admit": "admit", "insist": "insist", "informed": "inform",
    "informs": "inform", "reassured": "reassure", "estimated": "estimate",
    "estimates": "estimate", "estimate": "estimate", "signaled": "signal",
    "signalled": "signal", "indicated": "indicate", "emphasizes": "emphasize",
    "warn": "warn", "agree": "agree", "claim": "claim",
    # ('recommended that the pipes be replaced'; 'recommended a new budget' stays an object)
    "recommended": "recommend", "recommends": "recommend", "recommend": "recommend",
    # base forms after plural subjects ('officials privately concede', 'critics allege')
    # (not 'reveal': 'documents reveal' is evidence)
    "concede": "concede", "allege": "allege", "assert": "assert",
    # ('Patient groups note that …', 'Economists predict …', 'Aides point out …'; not
    # 'charge': 'Airbus charge an added cost')
    "note": "note", "contend": "contend", "maintain": "maintain", "acknowledge": "acknowledge",
    "predict": "predict", "explain": "explain", "point out": "point out", "observe": "observe",
    "stress": "stress", "complain": "complain", "recall": "recall",
    "write": "write", "testify": "testify", "reiterate": "reiterate", "caution": "caution",
    "emphasize": "emphasize",
    # a company's forecast to investors ('The firm guided that revenue would …')
    "guided": "guide",  # (not "guides": "Tour guides said …" is a noun)
}
# Reporting verbs that take the hearer as object before the clause ('told reporters that',
# 'assured voters the plan was safe').
TELLING_LEMMAS = frozenset({"tell", "inform", "assure", "reassure", "remind", "warn",
                            "promise"})
# Participles that report what the subject of their sentence said ('..., saying that ...').
# A speaker's next act after a statement and 'and' ('said the plan would fail and left the
# room', 'said the club is for sale and declined to name a buyer'): not the statement's verb.
NEXT_ACTS = frozenset({
    "left", "walked", "stormed", "went", "hung up", "defended", "thanked",
    "praised", "dismissed", "rejected", "declined", "refused", "laughed", "smiled", "shrugged",
    "stepped", "headed", "sat", "hugged", "waved", "apologized", "apologised",
})
REPORTED_PARTICIPLES = frozenset({
    "saying", "adding", "noting", "arguing", "claiming", "insisting", "explaining", "warning",
    "declaring", "stating", "suggesting", "acknowledging", "admitting", "announcing",
    "predicting", "promising", "vowing", "writing", "tweeting", "stressing", "asserting",
    "conceding", "contending", "telling", "arguing", "complaining", "boasting", "recalling",
    "reiterating", "denying", "maintaining", "emphasizing", "pointing out", "confirming",
    "revealing", "alleging", "pledging", "emphasising", "replying", "responding",
})
# Subjects that are evidence, not speakers: 'the poll suggests', 'the data show' (PolNeAR
# annotates them; a user asking who said what does not want them).
EVIDENCE_NOUNS = frozenset({
    "poll", "polls", "polling", "survey", "surveys", "study", "studies", "data", "figures",
    "research", "analysis", "analyses", "statistics", "numbers", "results", "census", "model",
    "models", "forecast", "forecasts", "chart", "charts", "map", "maps", "evidence", "records",
    "trend", "trends", "estimates", "projections", "findings", "index", "indicators",
})
# Words before a reporting verb that make it no report of speech: negation, refusal, a
# modal (not said yet, or only hypothetically), a condition or a question ('did not say',
# 'refused to say', 'would say', 'if he said', 'did she say').
NOT_SAID_BEFORE = frozenset({
    "not", "n't", "never", "no", "nor", "neither", "hardly", "barely", "scarcely", "refused",
    "refuses", "refuse", "declined", "declines", "decline", "would", "could", "might", "may",
    "will", "shall", "should", "must", "can", "wouldn't", "couldn't", "won't", "didn't",
    "doesn't", "don't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "cannot", "if",
    "whether", "unless", "suppose", "imagine", "let's", "let", "to",
    "dare", "whenever", "wherever", "whoever", "whatever", "lest", "anyone", "nobody",
    "none",
})
# Verbs before 'to <say>' that do report speech ('went on to say', 'took to Twitter to say').
TO_SAY_SPEECH = frozenset({"on", "twitter", "facebook", "instagram", "quick", "hastened",
                           "rushed", "proceeded", "wrote", "called", "appeared", "stood",
                           "continued", "continues", "continue", "used", "went", "goes",
                           "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday", "statement", "stage", "podium", "microphone",
                           # ('took to social media to say', 'went online to say')
                           "media", "online", "tiktok"})
# Cue forms that are nouns more often than reporting verbs ('the United States', 'a state').
NOUN_FORMS = frozenset({"states", "state", "read", "reads", "shared", "continues",
                        "continued"})
# Nouns after a reporting verb that end an adjunct before 'that' ('said in a statement that',
# 'told a news conference that').
ADJUNCT_NOUNS = frozenset({
    "start", "beginning", "outset", "quarter", "season", "campaign", "floor", "stage",
    "podium", "phone", "camera", "scene", "record",
    "statement", "statements", "interview", "interviews", "speech", "speeches", "conference",
    "call", "letter", "letters", "email", "emails", "post", "posts", "tweet", "tweets",
    "video", "release", "memo", "hearing", "rally", "appearance", "filing", "op-ed", "column",
    "show", "program", "programme", "broadcast", "podcast", "meeting", "event", "debate",
    "briefing", "remarks", "address", "testimony", "book", "essay", "article", "editorial",
    "report", "message", "note", "radio", "television", "tv", "reporters", "supporters",
    "audience", "crowd", "voters", "forum", "session", "gathering", "luncheon", "dinner",
    "breakfast", "summit", "convention", "stop", "trail", "stump", "hall", "time", "past",
    "year", "years", "week", "weeks", "month", "months", "day", "days", "ago", "night",
    "morning", "afternoon", "evening", "weekend", "earlier", "later", "recently", "repeatedly",
    "publicly", "privately", "often", "again", "also", "then", "once", "previously", "him",
    "her", "them", "us", "me", "you", "journalists", "lawmakers", "members", "staff",
    "employees", "investors", "analysts", "officials", "students", "workers", "residents",
    "court", "judge", "jury", "committee", "panel", "congress", "parliament", "senate",
    "assembly", "council", "media", "press", "newspaper", "magazine", "site", "website",
    "blog", "page", "account", "feed", "online", "twitter", "facebook", "instagram",
    "friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday",
    # court and tribunal papers ('admitted in his plea that', 'alleged in the suit that')
    "plea", "suit", "lawsuit", "complaint", "affidavit", "submission", "submissions",
    "deposition", "petition", "filings", "papers", "documents", "tribunal", "inquiry",
    # events the statement followed or preceded ('said after the match that', 'told reporters
    # before the vote that'); no noun that takes a clause of its own ('the ruling that …')
    "match", "game", "games", "win", "defeat", "victory", "loss", "draw", "race", "fight",
    "final", "tie", "training", "practice", "vote", "talks", "visit", "trip", "tour",
    "ceremony", "launch", "trial", "sentencing", "inquest", "funeral", "election",
    "referendum", "count", "protest", "march", "walkout",
})

# Nouns that sum up a statement in an apposition closing its sentence, the reporter's words
# about it, not the speaker's ('said the rally would be calm, a swipe at his rivals', '…, a
# plan the party has since dropped', '…, a recommendation the minister adopted'). (Not the
# nouns of a figure's change, 'a drop from 76 percent', 'a threefold increase': often the
# speaker's own comparison.)
SUMMARY_NOUNS = frozenset({
    "swipe", "dig", "jab", "reference", "nod", "allusion", "move", "step", "plan", "proposal",
    "recommendation", "goal", "promise", "pledge", "remark", "comment", "view", "position",
    "stance", "sign", "signal", "indication", "reminder", "reversal", "shift", "departure",
    "contrast", "echo", "rebuke", "rebuttal", "admission", "concession", "assertion",
    "acknowledgment", "acknowledgement",
    "prediction", "forecast", "decision", "suggestion", "idea", "notion", "argument",
    "theme", "message", "refrain", "boast", "threat", "warning", "claim", "charge",
    "accusation", "allegation", "criticism", "complaint", "rejoinder", "retort", "response",
    "answer", "description", "assessment", "characterization", "characterisation", "sentiment",
    "policy", "measure", "provision", "practice", "tactic", "strategy", "approach",
})

