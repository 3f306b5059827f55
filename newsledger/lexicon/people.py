"""Words about people, for the entity and quote extractors: titles and roles, pronouns,
descriptive nouns ("the rapper"), anonymous and plural speakers ("one", "another fan",
"officials"), organization words and descriptions, and the small grammar word lists the
name and speaker patterns need (given names are in ``given_names``, re-exported here; the words
of speech are in ``speech``, places in ``places``). Hand-written from the usage of English news (wire copy, tabloids, transcripts,
social posts); extend them as data."""
from .given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES  # noqa: F401 (re-exported)

# Nouns that, after "the", stand for an organization the article has named ("the company").
ORG_DESCRIPTIONS = frozenset({
    "company", "firm", "group", "agency", "ministry", "department", "government", "team",
    "club", "airline", "carrier", "bank", "network", "council", "committee", "organization",
    "organisation", "campaign", "party", "administration", "union", "league", "court",
    "university", "school", "hospital", "retailer", "automaker", "carmaker", "studio",
    "label", "charity", "foundation", "startup", "start-up", "regulator", "office",
    "broadcaster", "publisher", "newspaper", "magazine", "outlet", "platform", "website",
    "site", "app", "service", "board", "commission", "authority", "institute", "association",
    "federation", "band", "franchise", "conglomerate", "giant", "maker", "operator",
    "developer", "insurer", "lender", "utility", "manufacturer", "brand", "chain",
    "prosecutor's office", "police department", "white house", "kremlin", "pentagon",
})
# Plural or collective speakers who are not named ('officials said', 'critics argued').
PLURAL_SPEAKERS = frozenset({
    "officials", "critics", "experts", "analysts", "witnesses", "residents", "fans", "users",
    "people", "observers", "sources", "authorities", "investigators", "prosecutors",
    "lawmakers", "economists", "researchers", "scientists", "doctors", "supporters",
    "opponents", "protesters", "protestors", "organizers", "organisers", "activists",
    "neighbors", "neighbours", "parents", "students", "teachers", "voters", "viewers",
    "readers", "commenters", "followers", "netizens", "insiders", "others", "some", "many",
    "several", "both", "few", "most", "all", "traders", "investors", "executives", "police",
    "officers", "troops", "rescuers", "medics", "aides", "advisers", "advisors", "diplomats",
    "councillors", "councilors", "ministers", "mps", "senators", "campaigners", "unions",
    "workers", "staff", "employees", "passengers", "commuters", "shoppers", "locals",
    "villagers", "families", "relatives", "victims", "survivors", "historians", "pollsters",
    "strategists", "lawyers", "attorneys", "judges", "nurses", "landlords", "tenants",
    "farmers", "retailers", "bosses", "leaders", "managers", "players", "coaches", "scholars",
    "donors", "groups", "charities", "businesses", "firms", "companies",
    # tabloid and local news ('Pals said the star was devastated')
    "pals", "onlookers", "bystanders", "eyewitnesses", "punters",
    "paramedics", "firefighters", "detectives", "doctors", "surgeons", "scientists",
    "engineers", "economists", "academics", "officers", "deputies", "guards", "soldiers",
    # commentary and politics ('Some columnists suggested …', 'Tory backbenchers said …')
    "columnists", "commentators", "pundits", "bloggers", "backbenchers", "rivals", "clerics",
    "physicians", "pilots", "inspectors", "auditors",
})
# Of those, the ones who speak for the body they belong to: after its name the body speaks
# ('USAF officials said', 'Tesco bosses', 'GOP leaders'), where the others are people left
# unnamed ('Labour sources', 'Senate aides', 'Tory MPs').
OFFICIAL_PLURALS = frozenset({"officials", "authorities", "leaders", "executives", "bosses",
                              "chiefs", "spokespeople", "spokesmen", "spokeswomen",
                              "representatives"})
# Sentence openers skipped when looking for the subject of a sentence (not the openers before
# a number of ``lexicon.numbers.SENTENCE_OPENERS``: another meaning, another list).
# The adverbs and conjunctions among them, which open a sentence before its subject with no
# object of their own ('Later a backbencher asked …', 'But one fan said …').
SENTENCE_ADVERBS = frozenset({
    "but", "and", "meanwhile", "however", "still", "yet", "so", "later", "earlier", "then",
    "now", "instead", "also", "indeed"})
SUBJECT_OPENERS = SENTENCE_ADVERBS | frozenset({
    "in", "on", "at", "after", "before", "when", "while",
    "since", "during", "as", "for", "despite", "although", "though", "even", "if",
    "across", "among", "amid", "with", "without", "under", "following", "by", "from", "like",
    "unlike", "given", "asked", "ask", "written", "first", "here", "there",
})
# Capitalized words that open a sentence but never name a speaker: subordinators,
# question words, pronoun contractions ('When asked, Smith said', 'That’s why he wanted to
# "go an extra step"'). A speaker pattern never starts on them.
NOT_SPEAKER_OPENERS = frozenset({
    "When", "If", "While", "Whilst", "After", "Before", "Once", "Although", "Though", "Because",
    "Since", "Until", "Unless", "Whether", "Where", "Why", "How", "What", "Whatever",
    "Whenever", "Asked", "Ask", "Written", "That’s", "That's", "It’s", "It's", "There’s",
    "There's", "Here’s", "Here's", "What’s", "What's", "Let’s", "Let's", "Yes", "No",
    "Thank", "Thanks", "Please", "Perhaps", "Maybe", "Those", "These", "Between",
})
# Unnamed sources described by what they know ('a source familiar with the talks', 'two
# officials close to the campaign'): the nouns and the words that link them to the matter.
SOURCE_NOUNS = frozenset({
    "source", "sources", "official", "officials", "person", "persons", "people", "aide",
    "aides", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers", "operative",
    "operatives", "insider", "insiders", "strategist", "strategists", "donor", "donors",
})
SOURCE_LINKS = ("familiar with", "close to", "with knowledge of", "briefed on",
                "knowledgeable about", "involved in", "with direct knowledge of", "inside",
                "speaking to", "talking to", "speaking on condition of", "who spoke to")
# Participles that work as prepositions at a sentence start ('Based on the ruling, …'): the
# words after their comma are no more the subject than before it.
PREPOSITIONAL_PARTICIPLES = frozenset({
    "according", "based", "given", "following", "including", "regarding", "considering",
    "compared", "concerning", "excluding", "barring", "pending", "starting", "beginning",
})
# Noun phrases of time that can stand between a subject and its verb ('Trump at the time
# said', 'Priebus later Thursday told'): never a speaker.
TIME_NOUN_PHRASES = frozenset({
    "the time", "the past", "the moment", "the end", "the weekend", "the day", "the night",
    "the morning", "the afternoon", "the evening", "the week", "the year", "the interview",
})
# Pronouns that can be the subject of a reporting verb ('…, he said'); compared lower-cased.
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
# Pronouns that are objects, never a speaker ('Trump wrote to him: "…"').
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "himself", "herself", "themselves"})
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
# Transcript labels that name a role, not a person ('Q: "…"', 'MODERATOR: "…"'): anonymous.
TRANSCRIPT_ROLES = frozenset({
    "q", "question", "a", "answer", "moderator", "host", "interviewer", "reporter",
    "reporters", "audience", "audience member", "unidentified", "unidentified male",
    "unidentified female", "voice", "narrator", "announcer", "crowd", "caller", "questioner",
    "presenter", "anchor", "newsreader",
    # unnamed people a broadcast gives a turn ('RESIDENT: We had ten minutes to get out.')
    "resident", "witness", "eyewitness", "neighbor", "neighbour", "bystander", "protester",
    "man", "woman", "guest", "correspondent", "official", "spokesperson", "spokesman",
    "spokeswoman",
})
# Roles of a programme's own staff in a transcript's labels ('KAREN HOLT, CNV ANCHOR:',
# 'MIKE FERRANTE, CORRESPONDENT:'): who presents the news, named at every turn, not who is in it.
PROGRAMME_ROLES = frozenset({
    "anchor", "host", "presenter", "newsreader", "correspondent", "reporter", "interviewer",
    "moderator", "co-host", "editor",
})
# Nouns that, after "the", describe a person the article has named ("the rapper").
DESCRIPTIONS = frozenset({
    "rapper", "singer", "musician", "artist", "star", "actor", "actress", "host", "comedian",
    "president", "candidate", "senator", "governor", "mayor", "minister", "chancellor",
    "coach", "player", "striker", "manager", "founder", "ceo", "executive", "chief",
    "spokesperson", "spokesman", "spokeswoman", "director", "author", "writer", "reporter",
    "billionaire", "businessman", "businesswoman", "politician", "lawmaker", "congressman",
    "congresswoman", "judge", "prosecutor", "lawyer", "attorney", "officer", "detective",
    "producer", "designer", "mogul", "entrepreneur", "grammy-winner", "hitmaker", "dancer",
    "veteran", "leader", "official", "premier", "prime", "secretary", "chairman", "chairwoman",
    "presenter", "footballer", "boxer", "golfer", "cricketer", "athlete", "model",
    "influencer", "professional", "king", "queen", "pope", "prince", "princess"})
# Titles before a name ("President Joe Biden").
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "senator", "sen",
    "senators", "sens",
    "rep", "representative", "governor", "gov", "mayor", "judge", "justice", "general", "gen",
    "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "rev",
    "reverend", "coach", "captain", "capt", "officer", "detective", "minister", "secretary",
    "chancellor", "speaker", "vice", "former", "late", "rapper", "singer", "actor", "actress",
    "chief",
    "police", "manager", "spokesman", "spokeswoman", "spokesperson", "ceo", "director",
    "deputy", "assistant", "inspector", "sergeant", "sgt", "lt", "col", "maj", "adm",
    "striker", "midfielder", "defender", "goalkeeper", "quarterback", "winger", "pitcher",
    "forward", "guard", "centre-back", "outfielder", "superintendent", "commissioner",
    "ambassador", "attorney", "lawyer", "prosecutor", "economist", "analyst", "professor",
    "councilman", "councilwoman", "councillor", "congressman", "congresswoman", "chairman",
    "chairwoman", "chair", "founder", "co-founder", "president-elect", "premier", "sheriff",
    "executive", "ceo", "cfo", "coo", "cto", "vp", "head", "leader", "analyst", "writer",
    "moderator", "anchor", "correspondent", "columnist", "pollster", "strategist",
    "commentator", "historian", "adviser", "advisor", "aide", "activist", "consultant",
    "archbishop", "bishop", "cardinal", "rabbi", "imam", "pastor", "reporter", "host",
    "baroness", "viscount", "viscountess",
})
# Peers' titles, whose style names the peer's seat after "of" ("Baroness Smith of Basildon",
# "Lord Smith of Finsbury"): title, surname, "of", a place is one person, no place beside.
PEER_TITLES = frozenset({"lord", "lady", "baroness", "baron", "viscount", "viscountess"})
# Last words that make a name an organization.
# Parties and movements named by their members ("the Conservatives said", "Republicans
# blocked it"), and armed groups whose names have no organization's word ("Islamic State
# claimed the attack"): groups, typed as organizations, never a person.
GROUP_NAMES = frozenset({
    "republicans", "democrats", "conservatives", "tories", "liberals", "socialists",
    "greens", "nationalists", "unionists", "labourites", "progressives", "libertarians",
    "communists", "loyalists", "sandinistas", "taliban", "houthis",
    "islamic state", "al-qaeda", "al qaeda", "boko haram", "al-shabab", "al-shabaab",
})
ORG_WORDS = frozenset({
    "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "group", "org",
    "organization", "organisation", "party", "university", "college", "school", "council",
    "committee", "commission", "authority", "agency", "service", "department", "ministry",
    "trust", "foundation", "institute", "association", "union", "league", "club", "bank",
    "news", "times", "post", "journal", "press", "network", "studios", "records", "energy",
    "hospital", "police", "court", "senate", "congress", "house", "fc", "team", "airlines",
    "motors", "capital", "partners", "fund", "board", "office", "bureau", "army", "navy",
    "festival", "awards", "show", "summit", "conference", "games", "cup", "live", "live!",
    "globes", "oscars", "emmys", "grammys", "baftas",  # award ceremonies, as "awards"
    "podcast", "magazine", "channel", "radio", "tv", "church", "ministries", "campaign",
    "twitter", "facebook", "instagram", "tiktok", "youtube", "google", "apple", "amazon",
    "microsoft", "reuters", "ap", "afp", "bbc", "cnn", "nbc", "abc", "cbs", "fox", "nasa",
    "fbi", "cia", "un", "nato", "eu", "who", "gop", "nfl", "nba", "mlb", "fifa",
    # public bodies UK and US news name without introduction ('the NHS should consider')
    "nhs", "hmrc", "dvla", "ofcom", "ofgem", "ofwat", "ofsted", "fda", "cdc", "epa", "imf",
    "opec", "uefa", "rspca", "nspcc",
    "administration", "lines", "systems", "technologies", "holdings", "industries", "labs",
    "pharmaceuticals", "media", "entertainment", "limited", "society", "federation",
    "alliance", "coalition", "movement", "assembly", "parliament", "guard", "forces",
    "command", "corps", "force", "center", "centre", "museum", "library", "academy", "clinic",
    "airport", "railway", "brands", "foods", "stores", "communications", "telecom",
    "pictures", "films", "labs", "ventures", "securities", "insurance", "exchange",
    "reserve", "treasury", "cabinet", "politburo", "kremlin", "pentagon", "nations", "survey",
    # publications ('The Washington Examiner reported')
    "tribune", "herald", "gazette", "chronicle", "inquirer", "dispatch", "sentinel",
    "examiner", "telegraph", "courier", "bulletin", "ledger", "monitor", "observer",
    "guardian", "caller", "beast", "politico", "breitbart", "axios", "bloomberg",
})
# Words of ``ORG_WORDS`` that are also surnames: after a given name they end a person's name
# ("Liam Fox", "Michael J. Fox", "Michael Bloomberg", "Margaret Court", "Gabrielle Union";
# still "Fox News", "Washington Post": no given name before, or a place).
SURNAME_ORG_WORDS = frozenset({"fox", "bloomberg", "apple", "court", "press", "post", "union",
                               "courier"})
# Common nouns that British and American papers, tabloids and local news above all, put before
# an ordinary person's name as if a title ("Neighbour Margaret Hughes, 71, said", "Pensioner
# John Ellis", "Shopper Tom Reid"): not part of the name. "Mum-of-two", "father-of-three" and
# the like: a word of ``PARENT_WORDS`` then "-of-" and a number.
# A party's member, as US copy puts it before a full name ("Democrat Estes Kefauver",
# "Republican Mike Pence"): no part of the name (but "Republican National Convention").
PARTY_MEMBER_WORDS = frozenset({"democrat", "republican"})
PERSON_DESCRIPTORS = frozenset({
    "veteran", "veterans", "super-agent", "superagent",
    "neighbour", "neighbor", "pensioner", "witness", "eyewitness", "bystander", "onlooker",
    "shopper", "customer", "diner", "punter", "student", "pupil", "schoolboy", "schoolgirl",
    "teenager", "youngster", "teacher", "headteacher", "lecturer", "nurse", "midwife",
    "paramedic", "doctor", "surgeon", "patient", "carer", "resident", "villager", "local",
    "homeowner", "tenant", "landlord", "landlady", "motorist", "driver", "cyclist",
    "pedestrian", "commuter", "passenger", "traveller", "traveler", "holidaymaker", "tourist",
    "visitor", "parent", "mum", "mom", "dad", "mother", "father", "grandmother", "grandfather",
    "gran", "granny", "grandma", "grandpa", "grandad", "nan", "widow", "widower", "victim",
    "survivor", "defendant", "fan", "supporter", "worker", "employee", "volunteer", "campaigner",
    "activist", "protester", "protestor", "farmer", "builder", "chef", "shopkeeper",
    "publican", "cabbie", "postman", "postwoman", "firefighter", "soldier", "veteran",
    "tycoon", "millionaire", "billionaire", "influencer", "model", "comedian", "footballer",
    "boxer", "jockey", "golfer", "cricketer", "athlete", "swimmer", "mechanic", "plumber",
    "electrician", "hairdresser", "beautician", "stylist", "scientist", "engineer", "vet",
    "architect", "dancer", "musician", "artist", "author", "poet", "photographer",
    "filmmaker", "producer", "walker", "runner", "climber", "angler", "fisherman", "sailor",
    "pilot", "trucker", "partygoer", "businessman", "businesswoman", "entrepreneur",
    # tabloids' trades ("Binman Darren Crouch, 34", "Barmaid Kelly Shaw")
    "binman", "dustman", "barmaid", "barman", "caretaker", "labourer", "roofer",
    "decorator", "welder", "carpenter", "joiner", "gardener", "waitress", "waiter",
    "receptionist", "nanny", "childminder", "courier",
    # sport and showbiz copy ("Boss Margaret Ashdown", "Skipper Dan Cole", "Ace Ruth Lam")
    "boss", "keeper", "skipper", "gaffer", "ace", "mogul", "hitmaker", "teen", "starlet",
    "songstress", "heiress", "socialite", "bride", "groom",
    # positions a match report puts before a player's name ("Substitute Wilfried Gnonto",
    # "Fly-half Marcus Smith"); not those that open other names ("Forward Operating Base",
    # "Centre Parcs", "Wing Commander")
    "substitute", "striker", "midfielder", "defender", "goalkeeper", "winger", "full-back",
    "centre-back", "centre-half", "fly-half", "scrum-half", "flanker", "batsman", "batter",
    "bowler", "spinner", "seamer", "paceman", "wicketkeeper", "wicket-keeper", "all-rounder",
    "opener",
    "debutant", "rookie", "quarterback", "pitcher", "shortstop", "linebacker", "playmaker",
})
# Descriptors before a name that say the person holds no office ("Farmer Anne Bell", "Striker
# Leo Mendes"): such a person is not "the minister" or "the coach" an article quotes later. Not
# the words a boss or an office-holder goes by too ("Boss Dean Kerr" is "the manager";
# "Campaigner Ann Ruiz" may be "the candidate"; "Businessman Tom Hill" "the chairman").
OFFICELESS_DESCRIPTORS = PERSON_DESCRIPTORS - frozenset({
    "boss", "skipper", "gaffer", "ace", "keeper", "veteran", "veterans", "campaigner",
    "activist", "businessman", "businesswoman", "entrepreneur", "tycoon", "mogul",
    "millionaire", "billionaire", "socialite", "heiress", "bride", "groom", "local",
    "super-agent", "superagent"})
# Government portfolios, and the role nouns they qualify: "the Health Secretary" is whoever
# the article names as Health Secretary, never another secretary ("the union's general
# secretary"); "the Vermont senator" has no portfolio (any fitting senator named before).
PORTFOLIOS = frozenset({
    "health", "home", "foreign", "defence", "defense", "transport", "education", "business",
    "culture", "environment", "justice", "treasury", "energy", "trade", "interior", "finance",
    "labour", "labor", "commerce", "agriculture", "housing", "work", "pensions", "welfare",
    "industry", "communities", "security", "immigration", "sport", "digital", "science",
    "technology", "scottish", "welsh", "economy", "economic", "infrastructure", "veterans",
    "brexit", "equalities", "policing", "schools", "climate"})
PORTFOLIO_ROLES = frozenset({"secretary", "minister", "commissioner", "spokesman",
                             "spokeswoman", "spokesperson"})
# "Mum-of-two Kerry Lane", "Father-of-three", "grandmother-of-five": a parent, before a name.
PARENT_WORDS = frozenset({"mum", "mom", "mother", "dad", "father", "gran", "grandmother",
                          "grandfather", "grandad", "nan", "grandma", "grandpa"})
# First words of capitalized runs that are not people's names ('New GM', 'Current PowerPC').
NOT_PERSON_FIRST = frozenset({
    "new", "current", "former", "old", "big", "great", "first", "last", "next", "other",
    "many", "several", "northern", "southern", "eastern", "western", "central", "early",
    "late", "modern", "ancient", "greater", "upper", "lower", "global", "international",
    "national", "federal", "royal", "united", "world", "european", "american", "british",
    "chinese", "russian", "french", "german", "japanese", "indian", "african", "asian",
    "democratic", "republican", "supreme", "high", "super", "mobile", "digital", "online",
    "social", "public", "private", "free", "open", "total", "grand", "holy", "saint", "most",
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",  # ('Fifth Amendment')
    "article", "chapter", "section", "clause", "amendment", "schedule",  # ('Article II')
    # faiths' adjectives ('Islamic State', 'Catholic Relief Services'; not 'Christian')
    "islamic", "catholic", "jewish", "muslim", "orthodox", "protestant", "evangelical",
    "anglican", "methodist", "lutheran", "presbyterian", "hindu", "sikh", "buddhist", "sunni",
    "shia", "shiite",
})
# Reporting verbs after a one-word name that make it a person ("Rodriguez said").
PERSON_CUES = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added",
                         "tweeted", "posted", "explained", "recalled", "admitted", "insisted",
                         "replied", "asked", "joked", "laughed", "noted", "argued"})
# Pronouns that refer to a person, by gender ("they" is left out: often not one person).
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f",
                   "hers": "f", "herself": "f"}
# Capitalized words that start sentences or fill headlines but never name anyone.
NOT_NAMES = frozenset({
    "the", "a", "an", "and", "&", "but", "or", "so", "yet", "if", "when", "while", "after",
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
    "later", "earlier", "soon", "finally", "instead", "indeed", "thus", "hence", "besides",
    "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise", "sometimes",
    "often", "perhaps", "maybe", "certainly", "clearly", "obviously", "unfortunately",
    "fortunately", "ultimately", "eventually", "recently", "currently", "previously",
    "shares", "stocks", "sales", "asked", "speaking", "officials", "voters", "fans", "critics",
    "residents", "experts", "analysts", "police", "under", "over", "during", "about",
    "against", "between", "through", "without", "within", "across", "among", "around",
    # people by the initials of their role, in the plural ('Labour MPs', 'tells MPs')
    "mps", "meps", "msps", "mlas", "ceos", "gps", "cops",
    # indefinite pronouns and contractions that open sentences ('Nobody asked', "I've said")
    "nobody", "everybody", "anybody", "somebody", "anyone", "everyone", "someone", "none",
    "neither", "either", "both",
    "mine", "having", "whenever", "unlike", "wherever", "whatever", "whoever", "i've", "i’ve",
    "i'll", "i’ll", "i’m", "we've", "we’ve", "they've", "they’ve", "you've", "you’ve",
})

# --- Gender and roles of speakers, for pronoun and description speakers (quotes: "he said",
# "the minister added"; ``extract/quotes/mentions.py``). ------------------------------------
# Titles before a name that say the person's gender ("Mr Hale", "Dame Joan Reid").
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "duke", "earl", "baron",
                         "brother", "father", "fr", "monsieur", "herr", "senor"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "lady", "dame", "queen", "princess",
                           "duchess", "countess", "baroness", "sister", "madame", "mme",
                           "frau", "senora"})
# Role nouns next to a name that say the person's gender ("spokeswoman Ann Lee", "Tom Reed,
# her husband,").
MALE_ROLE_WORDS = frozenset({"spokesman", "chairman", "businessman", "congressman",
                             "husband", "father", "son", "brother", "boy", "man", "grandfather",
                             "uncle", "nephew", "headmaster", "policeman", "fireman",
                             "sportsman", "boyfriend", "widower", "dad", "grandson"})
FEMALE_ROLE_WORDS = frozenset({"spokeswoman", "chairwoman", "businesswoman", "congresswoman",
                               "actress", "wife", "mother", "daughter", "sister", "girl",
                               "woman", "grandmother", "aunt", "niece", "headmistress",
                               "policewoman", "sportswoman", "girlfriend", "widow", "mum",
                               "mom", "granddaughter", "waitress", "duchess"})
# Family nouns that put a person's given name in apposition ("his widow, Priya, said", "their
# son, Tom, 12,"): the one-word name after them is a person's.
KIN_NOUNS = frozenset({
    "wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother",
    "sister", "partner", "girlfriend", "boyfriend", "fiance", "fiancee", "fiancé", "fiancée",
    "mum", "mom", "dad", "grandson", "granddaughter", "grandmother", "grandfather", "stepson",
    "stepdaughter", "twin", "niece", "nephew", "cousin", "uncle", "aunt"})
# Initials before a name: a sport's position or a job ("GM Tony DiLeo", "LB Danny Clark", "QB
# Tom Brady"): no part of it.
ROLE_INITIALS_BEFORE_NAMES = frozenset({
    "gm", "lb", "qb", "rb", "wr", "te", "cb", "de", "dt", "ol", "ot", "og", "fs", "db", "dh",
    "sp", "rp", "ceo", "cfo", "coo", "cto", "md", "pm", "mp", "dj", "mc", "rn",
})
# People known by two initials and a surname, written without stops ("PJ Carlesimo", "CJ
# Smith"): a person's, not an organization's acronym.
PERSON_INITIALS = frozenset({"aj", "bj", "cj", "jj", "kj", "pj", "rj", "tj", "mj", "jt"})
# Nationalities as sports and foreign news use them for a person named before ('the Spaniard
# said', 'The Scot, who has won it four times,'), written with a capital.
NATIONALITY_NOUNS = frozenset({
    "spaniard", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "englishman",
    "englishwoman", "scot", "welshman", "welshwoman", "irishman", "irishwoman", "dane",
    "swede", "finn", "pole", "swiss", "argentine", "brazilian", "australian", "american",
    "german", "italian", "portuguese", "belgian", "norwegian", "croat", "serb", "kiwi",
    "canadian", "russian", "serbian", "croatian", "austrian", "czech", "slovak", "hungarian",
    "romanian", "bulgarian", "greek", "turk", "ukrainian", "georgian", "japanese", "chinese",
    "korean", "indian", "pakistani", "kenyan", "ethiopian", "nigerian", "ghanaian",
    "egyptian", "moroccan", "jamaican", "mexican", "colombian", "chilean", "peruvian",
    "uruguayan", "venezuelan", "argentinian", "israeli", "iranian", "iraqi", "syrian",
    "afghan", "filipino", "dutch", "scotsman", "ulsterman", "cornishman", "yorkshireman",
    "lancastrian", "geordie", "texan", "californian", "new yorker", "aussie",
})
# Role nouns between a modifying name and the person's own name ("Ashfield boss Dean Mercer",
# "Labour leader Ann Lee"): the first name qualifies the role and is nobody a pronoun stands
# for.
ROLE_NOUNS = DESCRIPTIONS | MALE_ROLE_WORDS | FEMALE_ROLE_WORDS | frozenset({
    "boss", "captain", "chief", "head", "defender", "midfielder", "forward", "goalkeeper",
    "winger", "keeper", "adviser", "advisor", "aide", "analyst", "economist", "strategist",
    "pollster", "member", "mp", "mep", "councillor", "councilor", "chair", "owner", "partner",
    "colleague", "teammate", "rival", "opponent", "spokesperson", "deputy", "presenter",
    "correspondent", "editor", "counsel", "secretary", "treasurer", "chancellor",
    "inspector", "superintendent", "constable", "sergeant", "commissioner", "campaigner",
    "skipper", "gaffer", "veteran", "youngster", "teenager", "midfielder", "full-back",
    "centre-back", "batsman", "bowler", "jockey", "trainer", "driver", "rider", "boxer",
    "golfer", "sprinter", "swimmer", "champion", "chef", "presenter", "broadcaster",
    "novelist", "poet", "playwright", "footballer", "cricketer", "tycoon", "entrepreneur",
}) | NATIONALITY_NOUNS
# Role nouns that describe people in general ('the man', 'the aide', 'the mother'): a
# description by one of them names a person only when the same noun stands right before or in
# apposition to their name ('analyst Ruth Gale'), never by closeness alone.
GENERIC_PEOPLE = frozenset({
    "man", "woman", "boy", "girl", "member", "aide", "adviser", "advisor", "analyst",
    "economist", "partner", "colleague", "teammate", "rival", "opponent", "owner", "youngster",
    "teenager", "dad", "mum", "mom", "son", "daughter", "husband", "wife", "brother", "sister",
    "father", "mother", "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece",
    "boyfriend", "girlfriend", "widow", "widower", "grandson", "granddaughter", "policeman",
    "policewoman", "fireman", "sportsman", "sportswoman", "waitress", "driver", "rider",
    "chef", "deputy", "counsel", "correspondent", "editor",
    "agent", "publicist", "friend", "pal", "neighbour", "neighbor", "associate",
    "confidant", "confidante", "acquaintance", "assistant"}) - DESCRIPTIONS
# Pronoun speakers, by what they can stand for: a person of a gender, or an organization.
SPEAKER_PRONOUNS = {"he": "m", "she": "f", "it": "organization"}
# Capitalized labels before a colon that head a note, a link or a section, never a speaker's
# turn in a transcript ('NOTE: …', 'READ MORE: …', 'UPDATE: …'; places are datelines).
NOT_TURN_LABELS = frozenset({
    "NOTE", "NOTES", "EDITOR'S NOTE", "EDITOR’S NOTE", "EDITORS NOTE", "UPDATE", "UPDATED",
    "UPDATES", "CORRECTION", "CORRECTIONS", "CLARIFICATION", "WATCH", "LISTEN", "READ",
    "READ MORE", "MORE", "RELATED", "SEE ALSO", "ALSO", "ALSO READ", "PHOTO", "PHOTOS",
    "PICTURE", "PICTURES", "VIDEO", "AUDIO", "SOURCE", "SOURCES", "WARNING", "BREAKING",
    "BREAKING NEWS", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENT", "FACT CHECK", "CLAIM",
    "VERDICT", "RATING", "BACKGROUND", "CONTEXT", "WHAT", "WHY", "WHO", "WHEN", "WHERE", "HOW",
    "PS", "P.S.", "NB", "N.B.", "FULL STORY", "ADVERTISEMENT", "SUBSCRIBE", "TIMELINE", "LIVE",
    "LATEST", "KEY POINTS", "SUMMARY", "FILE", "DISCLOSURE", "DISCLAIMER", "TRANSCRIPT",
    "EMBED", "RECOMMENDED", "MUST READ", "TOP STORIES", "SPONSORED", "CREDIT", "CREDITS",
    "CAPTION", "IMAGE", "IMAGES", "GRAPHIC", "MAP", "CHART", "TABLE", "QUOTE", "POLL",
    "RESULTS", "RESULT", "SCORE", "SCORES", "TEAMS", "SUBS", "SUBSTITUTES", "REFEREE",
    "ATTENDANCE", "VENUE", "DATE", "TIME", "WHAT'S NEXT", "WHAT’S NEXT", "NEXT", "TIP",
    "TIPS", "FACT", "FACTS", "PROS", "CONS", "PRICE", "SPECS", "STEP", "WARNING", "DEADLINE",
    "AP", "AFP", "UPI", "PA", "REUTERS", "CNN", "BBC", "NBC", "CBS", "ABC", "FOX", "NPR",
    "LONDON", "WASHINGTON", "NEW YORK", "PARIS", "BRUSSELS", "UK", "US", "USA", "EU", "UN"})
# British police ranks and council titles before a name, as UK news abbreviates them ("Det
# Insp Laura Brennan", "Det Con Sarah Price", "Ch Supt Ruth Kane", "Cllr Ann Lee"; not "PC":
# PC World), and the letters after one ("Jane Lee MP", "Tom Reed KC", "Ann Cole OBE"): titles
# too.
TITLES = TITLES | frozenset({
    "det", "con", "insp", "supt", "ch", "pcso", "dci", "dsupt", "cllr", "cmdr", "commander",
    "constable", "mp", "mep", "msp", "qc", "kc", "obe", "mbe", "cbe", "asst",
    # military ranks ("Lieutenant Gerry Scherlinck", "Admiral Sureesh Mehta"; not "Major", a
    # surname as often, nor "Marshal": "State Fire Marshal", "U.S. Marshals Service")
    "lieutenant", "admiral", "commodore", "colonel", "brigadier", "corporal", "cpl",
    # hyphenated offices ("U.N. Secretary-General Antonio Guterres")
    "secretary-general", "director-general", "attorney-general", "solicitor-general",
    "governor-general", "surgeon-general", "inspector-general"})
