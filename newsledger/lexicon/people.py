"""Words about people and speech, for the entity and quote extractors."""

# Reporting verbs as they are written, with the lemma they stand for.
CUES = {
    "said": "say", "says": "say", "say": "say", "told": "tell", "tells": "tell",
    "wrote": "write", "writes": "write", "tweeted": "tweet", "tweets": "tweet",
    "posted": "post", "posts": "post", "commented": "comment", "comments": "comment",
    "added": "add", "adds": "add", "asked": "ask", "asks": "ask", "explained": "explain",
    "explains": "explain", "declared": "declare", "stated": "state", "states": "state",
    "replied": "reply", "responded": "respond", "noted": "note", "notes": "note",
    "claimed": "claim", "claims": "claim", "insisted": "insist", "argued": "argue",
    "argues": "argue", "continued": "continue", "shared": "share", "captioned": "caption",
    "announced": "announce", "recalled": "recall", "joked": "joke", "admitted": "admit",
    "warned": "warn", "urged": "urge", "acknowledged": "acknowledge", "confirmed": "confirm",
    "revealed": "reveal", "quipped": "quip", "exclaimed": "exclaim", "shouted": "shout",
    "read": "read", "reads": "read", "laughed": "laugh", "sighed": "sigh", "cried": "cry",
    "remarked": "remark", "suggested": "suggest", "predicted": "predict",
    "conceded": "concede", "vowed": "vow", "pleaded": "plead", "boasted": "boast",
    "complained": "complain", "demanded": "demand", "tweeting": "tweet", "saying": "say",
    "writing": "write", "adding": "add", "telling": "tell",
}
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female",
            "hers": "female"}
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# Speakers who are deliberately not named.
ANONYMOUS = frozenset({
    "one", "another", "someone", "somebody", "a commenter", "another commenter", "a fan",
    "another fan", "one fan", "a user", "another user", "one user", "a twitter user",
    "another twitter user", "one twitter user", "a netizen", "the netizen", "a follower",
    "another follower", "the third", "a third", "a second", "the second", "one person",
    "a source", "one source", "a spokesperson", "a spokesman", "a spokeswoman", "an official",
    "one official", "a witness", "one witness", "a resident", "one resident", "a reader",
    "some", "many", "others", "critics", "fans", "a critic", "one critic", "a viewer",
    "the twitter user", "a different user", "an insider", "a source close to",
})
# Nouns that, after "the", describe a person the article has named ("the rapper").
DESCRIPTIONS = frozenset({
    "rapper", "singer", "musician", "artist", "star", "actor", "actress", "host", "comedian",
    "president", "candidate", "senator", "governor", "mayor", "minister", "chancellor",
    "coach", "player", "striker", "manager", "founder", "ceo", "executive", "chief",
    "spokesperson", "spokesman", "spokeswoman", "director", "author", "writer", "reporter",
    "billionaire", "businessman", "businesswoman", "politician", "lawmaker", "congressman",
    "congresswoman", "judge", "prosecutor", "lawyer", "attorney", "officer", "detective",
    "producer", "designer", "mogul", "entrepreneur", "star", "grammy-winner", "hitmaker",
    "veteran", "leader", "official", "premier", "prime", "secretary", "chairman", "chairwoman",
})
# Titles before a name ("President Joe Biden").
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "senator", "sen",
    "rep", "representative", "governor", "gov", "mayor", "judge", "justice", "general", "gen",
    "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "rev",
    "reverend", "coach", "captain", "capt", "officer", "detective", "minister", "secretary",
    "chancellor", "vice", "former", "late", "rapper", "singer", "actor", "actress", "chief",
    "police", "manager", "spokesman", "spokeswoman", "spokesperson", "ceo", "director",
    "deputy", "assistant", "inspector", "sergeant", "sgt", "lt", "col", "maj", "adm",
})
# Last words that make a name an organization.
ORG_WORDS = frozenset({
    "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "group", "org",
    "organization", "organisation", "party", "university", "college", "school", "council",
    "committee", "commission", "authority", "agency", "service", "department", "ministry",
    "trust", "foundation", "institute", "association", "union", "league", "club", "bank",
    "news", "times", "post", "journal", "press", "network", "studios", "records", "energy",
    "hospital", "police", "court", "senate", "congress", "house", "fc", "team", "airlines",
    "motors", "capital", "partners", "fund", "board", "office", "bureau", "army", "navy",
    "festival", "awards", "show", "summit", "conference", "games", "cup", "live", "live!",
    "podcast", "magazine", "channel", "radio", "tv", "church", "ministries", "campaign",
    "twitter", "facebook", "instagram", "tiktok", "youtube", "google", "apple", "amazon",
    "microsoft", "reuters", "ap", "afp", "bbc", "cnn", "nbc", "abc", "cbs", "fox", "nasa",
    "fbi", "cia", "un", "nato", "eu", "who", "gop", "nfl", "nba", "mlb", "fifa",
})
# Places named often in news (kept short; a name after "in"/"from" is also read as a place).
PLACES = frozenset({
    "america", "united states", "us", "u.s.", "usa", "uk", "britain", "england", "scotland",
    "wales", "ireland", "france", "germany", "italy", "spain", "china", "japan", "india",
    "russia", "ukraine", "canada", "mexico", "brazil", "australia", "africa", "europe", "asia",
    "israel", "iran", "iraq", "syria", "egypt", "nigeria", "kenya", "pakistan", "turkey",
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
    "wisconsin", "wyoming", "london", "paris", "berlin", "tokyo", "beijing", "moscow",
    "chicago", "los angeles", "boston", "atlanta", "miami", "seattle", "houston", "dallas",
    "detroit", "philadelphia", "san francisco", "las vegas", "brooklyn", "manhattan",
    "hollywood", "washington dc", "washington d.c.", "wyoming", "kyiv", "gaza", "jerusalem",
})
# Capitalized words that start sentences or fill headlines but never name anyone.
NOT_NAMES = frozenset({
    "the", "a", "an", "and", "but", "or", "so", "yet", "if", "when", "while", "after",
    "before", "since", "as", "at", "in", "on", "of", "for", "to", "from", "by", "with",
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "my", "its",
    "this", "that", "these", "those", "there", "here", "what", "who", "why", "how", "where",
    "meanwhile", "however", "despite", "although", "even", "many", "some", "others", "one",
    "another", "apart", "similar", "also", "still", "now", "then", "today", "yesterday",
    "tomorrow", "tonight", "last", "next", "this", "every", "all", "no", "not", "yes", "oh",
    "welp", "crazy", "people", "screw", "happy", "thank", "thanks", "dear", "please", "let",
    "we'll", "i'm", "it's", "don't", "can't", "won't", "according", "election", "day",
    "independence", "photo", "credit", "getty", "images", "reuters", "source", "read",
    "watch", "see", "related", "advertisement", "pic", "ap", "afp", "our", "your", "do",
    "did", "does", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will",
    "would", "could", "should", "may", "might", "must", "can", "just", "only", "like",
    "mr", "mrs", "ms", "dr", "god", "jesus", "christmas", "easter", "covid", "twitter",
    "instagram", "facebook", "youtube", "tiktok", "breaking", "update", "updated", "exclusive",
    "presidential", "lost", "won", "says", "said", "wins", "loses", "announces", "text",
})
