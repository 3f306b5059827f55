"""Verb forms and their lemmas, for the actions of events. Regular verbs lose -ed/-s/-ing."""

IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "won": "win", "wins": "win", "lost": "lose", "loses": "lose", "made": "make",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "went": "go",
    "gone": "go", "came": "come", "got": "get", "met": "meet", "ran": "run", "began": "begin",
    "begun": "begin", "held": "hold", "left": "leave", "led": "lead", "saw": "see",
    "seen": "see", "spoke": "speak", "spoken": "speak", "thought": "think", "brought": "bring",
    "bought": "buy", "sold": "sell", "paid": "pay", "sent": "send", "spent": "spend",
    "built": "build", "fell": "fall", "rose": "rise", "risen": "rise", "hit": "hit",
    "quit": "quit", "put": "put", "set": "set", "cut": "cut", "struck": "strike",
    "chose": "choose", "became": "become", "became": "become", "found": "find",
    "kept": "keep", "knew": "know", "heard": "hear", "felt": "feel", "fought": "fight",
    "forgot": "forget", "shot": "shoot", "stood": "stand", "drew": "draw", "drove": "drive",
    "flew": "fly", "grew": "grow", "threw": "throw", "wore": "wear", "broke": "break",
    "read": "read", "announced": "announce", "premiered": "premiere", "deleted": "delete",
    "conceded": "concede", "revealed": "reveal", "canceled": "cancel", "cancelled": "cancel",
    "voted": "vote", "tweeted": "tweet", "posted": "post", "died": "die", "married": "marry",
    "declared": "declare", "released": "release", "launched": "launch", "signed": "sign",
    "filed": "file", "arrested": "arrest", "charged": "charge", "elected": "elect",
    "reposted": "repost", "received": "receive", "garnered": "garner", "managed": "manage",
    "scheduled": "schedule", "used": "use", "removed": "remove", "shared": "share",
}
# Auxiliaries and copulas: never the action of an event.
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have",
                         "had", "having", "do", "does", "did", "will", "would", "shall",
                         "should", "can", "could", "may", "might", "must", "am", "'s", "get",
                         "got"})
# The auxiliaries and modals that show a finite clause right after its subject ('the plan
# would', 'the party was'; not 'do' or 'did', which open questions as often).
FINITE_AUXILIARIES = frozenset({"is", "was", "are", "were", "has", "have", "had", "will",
                                "would", "could", "can", "should", "may", "might", "must"})
# Words ending in -ed/-s that are not verbs often enough to skip.
NOT_VERBS = frozenset({"red", "bed", "need", "speed", "seed", "feed", "hundred", "united",
                       "news", "this", "his", "is", "was", "has", "its", "us", "as", "yes",
                       "less", "unless", "across", "always", "perhaps", "series", "states",
                       "votes", "times", "days", "years", "weeks", "months", "fans",
                       "users", "those", "these", "kids", "others", "ballots", "sources"})
# Frequent news verbs in their base form (a -ed/-s form of one of these is a verb).
BASE_VERBS = frozenset({
    "announce", "tweet", "vote", "cancel", "delete", "concede", "reveal", "premiere", "say",
    "post", "win", "lose", "launch", "release", "sign", "file", "arrest", "charge", "elect",
    "repost", "receive", "garner", "declare", "die", "marry", "meet", "open", "close", "start",
    "end", "begin", "hold", "host", "visit", "attend", "appear", "perform", "play", "score",
    "beat", "defeat", "report", "publish", "return", "resign", "retire", "join", "leave",
    "fire", "hire", "buy", "sell", "pay", "raise", "cut", "approve", "reject", "pass", "ban",
    "sue", "rule", "order", "warn", "claim", "kill", "injure", "crash", "strike", "attack",
    "invade", "withdraw", "agree", "sign", "submit", "propose", "introduce", "unveil",
    "celebrate", "mark", "honor", "honour", "award", "name", "appoint", "nominate", "run",
    "campaign", "debate", "interview", "discuss", "confirm", "deny", "admit", "accuse",
    "schedule", "plan", "expect", "decide", "drop", "rise", "fall", "jump", "surge", "plunge",
    "record", "break", "set", "reach", "hit", "add", "remove", "share", "comment", "write",
    "reply", "respond", "speak", "talk", "tell", "ask", "call", "manage", "happen", "occur",
})

# --- Dated events (issue 12) ---------------------------------------------------------------
# More irregular verb forms of news copy (past and participle) and their lemmas.
IRREGULAR_MORE = {
    "was": "be", "were": "be", "been": "be", "had": "have", "has": "have", "did": "do",
    "does": "do", "ate": "eat", "bore": "bear", "born": "bear", "bound": "bind", "bit": "bite",
    "blew": "blow", "caught": "catch", "chosen": "choose", "dealt": "deal", "dug": "dig",
    "drank": "drink", "driven": "drive", "fed": "feed", "fled": "flee", "flown": "fly",
    "forgave": "forgive", "froze": "freeze", "frozen": "freeze", "hid": "hide",
    "hung": "hang", "laid": "lay", "lent": "lend", "lit": "light", "meant": "mean",
    "overtook": "overtake", "paid": "pay", "rode": "ride", "rang": "ring", "sank": "sink",
    "sought": "seek", "shook": "shake", "shut": "shut", "slid": "slide", "sang": "sing",
    "sat": "sit", "slept": "sleep", "spun": "spin", "split": "split", "spread": "spread",
    "stole": "steal", "stuck": "stick", "stung": "sting", "swore": "swear", "swept": "sweep",
    "swam": "swim", "swung": "swing", "taught": "teach", "tore": "tear", "torn": "tear",
    "undertook": "undertake", "upheld": "uphold", "woke": "wake", "withheld": "withhold",
    "wound": "wind", "wept": "weep", "understood": "understand", "overthrew": "overthrow",
    "oversaw": "oversee", "beaten": "beat", "become": "become", "broken": "break",
    "done": "do", "drawn": "draw", "eaten": "eat", "fallen": "fall", "forgotten": "forget",
    "grown": "grow", "known": "know", "shown": "show", "shot": "shoot", "spoken": "speak",
    "stolen": "steal", "struck": "strike", "sworn": "swear", "thrown": "throw",
    "woken": "wake", "worn": "wear", "won": "win", "wrote": "write", "foresaw": "foresee",
    "rebuilt": "rebuild", "reread": "reread", "resold": "resell", "retook": "retake",
    "outlined": "outline", "sped": "speed", "quit": "quit", "cost": "cost", "let": "let",
    "withdrew": "withdraw", "withdrawn": "withdraw", "arose": "arise", "arisen": "arise",
    "awoke": "awake", "bled": "bleed", "bent": "bend", "clung": "cling", "crept": "creep",
    "dove": "dive", "forbade": "forbid", "foretold": "foretell", "knelt": "kneel",
    "leapt": "leap", "misled": "mislead", "mistook": "mistake", "overcame": "overcome",
    "overran": "overrun", "overtaken": "overtake", "rewrote": "rewrite", "ridden": "ride",
    "shone": "shine", "shrank": "shrink", "slain": "slay", "sprang": "spring", "sprung": "spring",
    "stank": "stink", "strode": "stride", "strove": "strive", "sunk": "sink",
    "swollen": "swell", "underwent": "undergo", "undergone": "undergo", "withstood": "withstand",
    "wove": "weave", "woven": "weave", "wrung": "wring", "overheard": "overhear",
    "outran": "outrun", "oversold": "oversell", "befell": "befall", "forsook": "forsake",
    "burst": "burst", "shed": "shed", "thrust": "thrust", "upset": "upset", "forecast": "forecast",
}
# Nouns that name a happening: a date next to one dates it ("the 2020 election", "Tuesday's
# vote", "the attack on Monday"). Lower case, singular and plural.
EVENT_NOUNS = frozenset({
    "election", "elections", "vote", "votes", "poll", "appearance", "appearances", "decision",
    "decisions", "announcements", "talk", "negotiations", "visits", "operation", "mission", "referendum", "primary",
    "primaries", "caucus", "runoff", "inauguration", "attack", "attacks", "bombing", "bombings",
    "explosion", "blast", "shooting", "killing", "killings", "massacre", "assassination",
    "invasion", "war", "battle", "offensive", "raid", "strike", "strikes", "airstrike",
    "ceasefire", "truce", "coup", "uprising", "protest", "protests", "rally", "march",
    "demonstration", "riot", "riots", "crackdown", "meeting", "meetings", "summit", "talks",
    "conference", "session", "hearing", "hearings", "trial", "verdict", "ruling", "sentencing",
    "arrest", "arrests", "indictment", "resignation", "dismissal", "appointment",
    "nomination", "visit", "trip", "tour", "speech", "address", "announcement", "statement",
    "interview", "debate", "ceremony", "funeral", "wedding", "birth", "death", "deaths",
    "launch", "landing", "flight", "crash", "collision", "accident", "earthquake", "quake",
    "tsunami", "storm", "hurricane", "typhoon", "cyclone", "flood", "floods", "fire", "wildfire",
    "eruption", "outbreak", "epidemic", "pandemic", "agreement", "accord", "treaty", "deal",
    "merger", "acquisition", "takeover", "bid", "offer", "sale", "auction", "ipo", "listing",
    "bankruptcy", "default", "bailout", "layoffs", "closure", "opening", "release", "premiere",
    "debut", "concert", "show", "festival", "match", "game", "final", "race", "tournament",
    "championship", "olympics", "cup", "season", "crash", "plunge", "rally", "decline", "drop",
    "fall", "gain", "gains", "jump", "slump", "surge", "tumble", "rebound", "recovery",
    "rise", "increase", "loss", "losses", "profit", "earnings", "results", "report", "deadline",
    "campaign", "election-day", "anniversary", "holiday", "strike", "walkout", "lockout",
    "shutdown", "recall", "ban", "sanctions", "embargo", "blockade", "evacuation", "rescue",
    "kidnapping", "hijacking", "siege", "cyberattack", "hack", "leak", "scandal", "impeachment",
    "clash", "clashes", "robbery", "heist", "murder", "abduction", "execution",
    "testimony", "arraignment", "briefing", "boycott", "vigil", "parade", "semifinal",
    "quarterfinal", "playoff", "derby", "victory", "collapse", "derailment",
    "landslide", "avalanche", "blaze", "unveiling", "sell-off", "selloff", "layoff", "signing",
    "handover", "withdrawal", "deployment", "selloffs", "downgrade", "upgrade",
})
# Auxiliaries that may stand as the action when a sentence has no other verb ("Sales were $5
# million in the quarter": a state, action "be").
COPULAS = {"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "be": "be",
           "has": "have", "have": "have", "had": "have"}
# How a regular -ed / -ing form's stem gives its base, for verbs outside the word lists
# (``extract.verbs.regular_lemma``), in order: a doubled last consonant is one ("stopped");
# a vowel pair before the last consonant takes no "e" ("pleaded", "treated", "poured"), unless
# the consonant is one of these (the "e" keeps it soft or voiced: "released", "voiced",
# "achieved", "squeezed", "gauged");
E_AFTER_VOWEL_PAIR = frozenset("sczvg")
# Vowel pairs that are two syllables, or a glide and a vowel, before these endings take an "e"
# ("created", "negotiated", "evacuated", "persuaded").
E_AFTER_TWO_VOWELS = ("iat", "uat", "creat", "suad")
# a one-syllable stem ending in consonant, vowel, consonant (not w, x, y) takes one ("hoped",
# "shaped", "blamed", "scored"); so do stems with these endings ("acquired", "forced",
# "described", "compared", "declined", "escaped", "invoked", "overruled") ...
E_STEM_ENDINGS = ("at", "iz", "is", "ur", "ir", "ov", "ud", "id", "ad", "od", "uc", "ic", "ac",
                  "nc", "rg", "iv", "um", "vot", "not", "mot", "uot", "ut", "us", "as", "os", "bl", "pl", "tl", "dl",
                  "gl", "cl", "fl", "kl", "rs", "ns", "lv", "rv", "dg", "ag", "eas",
                  "u", "rc", "ps", "lg", "ev", "az", "ez", "ls", "tr", "ar", "in", "ib", "ap",
                  "ak", "ok", "ik", "uk", "am", "ul", "ang", "ung", "eng", "com", "eg", "plet",
                  "elet", "ompet", "xcit", "ncit", "ecit", "vit", "nit", "ven", "ced", "wast",
                  "tast", "bast", "zl", "av", "yz", "esc", "fil", "pil", "vil", "xil", "pon", "phon", "jol",
                  "ath", "eeth", "ith", "oth", "ped", "radit", "pedit", "wip", "yp", "ys",
                  "oz")  # "forced",
#                 "collapsed", "bulged", "achieved", "blazed", "squeezed", "pulsed", "centred"
# ... but not these stems, whose last syllable is unstressed or whose "ng" ends the word
# ("focused", "biased"; "hanged", "banged"), nor "-or" stems but after these clusters
# ("restored", "ignored", "explored", "deplored"; "honored", "sponsored", "monitored" take none).
STEMS_WITHOUT_E = frozenset({"focus", "bias", "caucus", "bang", "hang", "clang", "twang",
                             "canvas", "pivot", "combat"})
E_BEFORE_OR = ("st", "pl", "gn", "sc", "sn")
# Doubled last consonants that stay double ("called", "passed", "buzzed", "staffed").
DOUBLED_KEPT = frozenset("lszf")
# Two-syllable stems ending in these double their "l" in British spelling and lose it again
# ("controlled", "patrolled", "compelled", "cancelled"; not "installed", "recalled", "spelled").
UNDOUBLED_L_ENDINGS = ("ell", "oll")
# Actions that name the same kind of happening, for clustering reports of one event across
# articles: a key's action is its group's name ("tweeted" in one article and the embedded post
# in another are one posting; "announcement" and "announced" one announcing).
ACTION_GROUPS = {
    "tweet": "post", "repost": "post", "share": "post", "write": "post",
    "announcement": "announce", "statement": "announce", "unveil": "announce",
    "resignation": "resign", "election": "elect", "elections": "elect", "poll": "vote",
    "arrest": "arrest", "killing": "kill", "attack": "attack", "bombing": "attack",
    "strike": "attack", "raid": "attack", "meeting": "meet", "summit": "meet", "talk": "meet",
    "talks": "meet", "visit": "visit", "trip": "visit", "launch": "launch", "release": "launch",
    "premiere": "launch", "debut": "launch", "speech": "speak", "address": "speak",
    "say": "speak", "tell": "speak", "interview": "speak", "lose": "lose", "defeat": "lose",
    "concede": "lose", "win": "win", "acquisition": "acquire", "takeover": "acquire",
    "buy": "acquire", "merger": "merge", "crash": "crash", "collision": "crash",
    "death": "die", "funeral": "die", "sale": "sell", "offer": "bid", "bid": "bid",
}
# Words ending in -ed or -ing that are not regular verb forms ("need", "morning", "earnings",
# "so-called"): never guessed as the action of an event.
NOT_REGULAR_FORMS = frozenset({
    "need", "indeed", "speed", "seed", "feed", "bed", "red", "hundred", "united", "wed", "shed",
    "led", "fled", "bred", "sled", "nothing", "something", "anything", "everything", "thing",
    "things", "king", "ring", "sing", "spring", "string", "wing", "morning", "evening", "during",
    "ceiling", "building", "meeting", "bring", "sibling", "earnings", "savings", "holdings",
    "proceedings", "offering", "offerings", "housing", "funding", "trading", "lending",
    "spending", "rating", "ratings", "according", "including", "following", "remaining",
    "leading", "outstanding", "pending", "beijing", "ed", "interested", "related", "based",
    "owned", "limited", "advanced", "so-called", "detailed", "expected", "unexpected",
    "concerned", "armed", "used", "supposed", "aged", "skilled", "talented", "lightning",
    "hamstring", "hamstrings", "darling", "sterling", "pudding", "wedding", "sapling",
    "hatred", "sacred", "kindred", "clothing", "wrongdoing", "upbringing", "underlying",
    "scathing", "upcoming", "incoming", "forthcoming", "shortcoming", "shortcomings",
    "homecoming"})
# Determiners: a word right after one is a noun, not the verb of an event ("the record", "his
# bid").
NOUN_DETERMINERS = ("the", "a", "an", "his", "her", "their", "its", "this", "that", "my", "our",
                    "your", "these", "those", "some", "any", "no", "each", "every")
