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
