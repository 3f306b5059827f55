"""Evidence that a name is an organization's, beside ``people.ORG_WORDS``: more head words, the
single words that name no particular organization alone, saints' abbreviations kept in names,
and how a wire dateline names its agency.

Hand-written from the usage of English news (local, business, sport, wire copy). Lower case.
"""
from __future__ import annotations

# Last words that make a capitalized name an organization ("Gull Line", a ferry company;
# "Harbor Wire", a news agency; "Leeds United", "Bristol Rovers"), besides people.ORG_WORDS.
# Not "city" or "town" ("Kansas City", "Cape Town" are places).
# The nicknames of North American and British sides that follow their city's name ("Charlotte
# Panthers", "Chicago Bears", "Leicester Tigers"): heads of an organization's name, as "United"
# is. Plural or collective nouns no person's surname is.
TEAM_NICKNAMES = frozenset({
    # American football
    "patriots", "cowboys", "eagles", "giants", "commanders", "packers", "bears", "lions",
    "vikings", "saints", "falcons", "buccaneers", "panthers", "49ers", "seahawks", "rams",
    "cardinals", "chiefs", "raiders", "broncos", "chargers", "steelers", "ravens", "bengals",
    "colts", "titans", "jaguars", "texans", "bills", "dolphins", "jets",
    # basketball
    "lakers", "celtics", "knicks", "bulls", "warriors", "nets", "spurs", "rockets", "mavericks",
    "clippers", "suns", "nuggets", "grizzlies", "pelicans", "timberwolves", "blazers", "bucks",
    "cavaliers", "pistons", "pacers", "hawks", "hornets", "wizards", "raptors", "76ers",
    "sixers", "thunder", "jazz", "heat", "bobcats",
    # baseball
    "yankees", "mets", "dodgers", "cubs", "braves", "phillies", "pirates", "padres", "brewers",
    "orioles", "twins", "tigers", "astros", "mariners", "nationals", "marlins", "rockies",
    "diamondbacks", "royals", "reds", "angels", "athletics", "rays", "guardians",
    # ice hockey
    "bruins", "canadiens", "penguins", "flyers", "capitals", "blackhawks", "oilers", "flames",
    "canucks", "sharks", "ducks", "predators", "islanders", "sabres", "kings",
    # rugby and cricket ("Leicester Tigers", "Sale Sharks", "Lancashire Lightning")
    "saracens", "harlequins", "quins", "wasps", "warriors", "falcons", "lightning", "vikings",
})
# Nicknames that name a side by themselves after "the" ("the Chiefs will face the Eagles", "the
# Gunners", "the Toffees"): the nicknames above and British clubs' own, less those that also
# name people or other things with a capital ("the Royals", "the Saints", "the Kings", "the
# Cardinals", "the Vikings", "the Giants", "the Twins", "the Reds", "the Nationals", "the
# Angels", "the Pirates", "the Titans", "the Heat", "the Thunder", "the Jazz", "the
# Lightning", "the Bills"). Lower case.
SIDE_NICKNAMES = TEAM_NICKNAMES - frozenset({
    "royals", "saints", "kings", "cardinals", "vikings", "giants", "twins", "reds", "nationals",
    "angels", "pirates", "titans", "heat", "thunder", "jazz", "lightning", "bills", "warriors",
    "rangers", "guardians", "athletics", "commanders", "capitals", "jets", "bears", "lions",
    "tigers", "falcons", "wasps", "sharks",
}) | frozenset({
    "gunners", "toffees", "magpies", "hammers", "canaries", "seagulls", "foxes", "cherries",
    "villans", "baggies", "owls", "blades", "potters", "terriers", "cottagers", "clarets",
    "bhoys", "hoops", "gers", "dons", "pompey", "addicks", "tractor boys", "black cats",
    "red devils", "cityzens", "trotters", "tykes", "posh", "shrimpers", "rams",
})
ORG_HEADS = TEAM_NICKNAMES | frozenset({
    # transport and utilities ("Thames Water", "British Gas", "Network Rail", "National Grid";
    # not "power" or "steel": Samantha Power, David Steel)
    "line", "airways", "ferries", "railways", "railroad", "shipping", "transit", "logistics",
    "utilities", "coastguard", "water", "gas", "oil", "rail", "grid", "distribution",
    "electricity", "telecoms", "broadband",
    # news ("Sky Sports", "Fox Sports")
    "wire", "newswire", "broadcasting", "sports",
    # public bodies
    "government", "infirmary", "tribunal", "constabulary",
    # business
    "bancorp", "petroleum", "mining", "electric", "chemicals", "pharma", "brewery", "realty",
    "partnership", "mutual", "productions", "networks", "consortium", "institution",
    "aerospace", "aviation", "automotive", "motor", "retail", "software", "technology",
    "laboratories", "therapeutics", "biotech", "healthcare", "financial", "investments",
    "enterprises", "construction", "engineering", "resources", "minerals", "metals", "hotels",
    "resorts", "solutions", "homes", "properties", "developments", "management",
    "associates", "advisors", "advisers", "consulting", "consultants", "equity", "watch",
    # research and analysis firms ("Jupiter Research", "Capital Economics", "Kantar Insights")
    "research", "economics", "analytics", "insight", "insights", "consultancy",
    # more trades ("Lehman Brothers", "Korean Air", "Desert Inn", "Bell Curve Trading",
    # "Federated Investors", "Launch Services", "Gang Enforcement Unit")
    "brothers", "air", "inn", "hotel", "shop", "services", "trading", "investors", "unit",
    "projects", "workers",  # (unions: "United Auto Workers", "Canadian Auto Workers")
    # sport
    "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "utd", "afc",
    "thistle", "argyle", "academical", "harriers",
})
# Head words that end an organization's name ("Kent Police", "Greater Manchester Police",
# "Human Rights Watch", "European Union") but alone name no one and open sentences or captions
# ("Police said", "Union leaders said", "Watch: ..."): kept at the end of a name of two or more
# words, dropped alone.
HEADS_NAMING_NO_ONE_ALONE = frozenset({"police", "watch", "live", "union"})
# Title words that also end a body's name, after a word that is no title: "the Health and
# Safety Executive", "the Scottish Executive" (but "Tesco Chief Executive" names a post).
BODY_TITLES = frozenset({"Executive"})
# Plural nouns of a force: after a place's name they name an organization ('according to
# Vancouver police', 'Essex police said'), where other plural speakers after a name are people
# left unnamed ('Labour sources', 'Tory MPs').
FORCE_NOUNS = frozenset({"police"})
# Head words of organizations named "<head> for <field>" ("Office for Budget Responsibility",
# "Institute for Fiscal Studies", "Department for Education", "Centre for Cities"): a name
# joined by "for" after one of these is one organization; after any other word it is two
# names ("Smith for Mayor": split).
FOR_HEADS = frozenset({
    "office", "institute", "department", "centre", "center", "society", "campaign", "council",
    "commission", "committee", "alliance", "coalition", "foundation", "fund", "association",
    "agency", "trust", "league", "network", "partnership", "movement", "group", "board",
    "academy", "organisation", "organization", "federation", "forum", "project", "unit",
    "service", "authority", "ministry", "fellowship", "secretariat", "union", "friends",
    "people", "citizens", "scientists", "doctors", "lawyers", "parents", "americans",
    "transport"})
# Verbs of what an organization does, after ", which" and a name ("Unite, which represents
# the workers", "Halden Foods, which employs 300 people"): the name is an organization's (or a
# place's after "in", "near" ...).
WHICH_VERBS = frozenset({
    "represents", "employs", "owns", "runs", "operates", "makes", "sells", "said", "says",
    "declined", "provides", "manages", "controls", "builds", "produces", "supplies",
    "publishes", "organises", "organizes", "campaigns", "lobbies", "funds", "announced",
    "confirmed", "told", "describes", "bills", "owned", "acquired", "bought", "trades",
    "listed", "invests", "lends", "insures", "develops", "designs", "manufactures"})
# What a company or a union counts after ", which has" ("Telvora, which has 4.5 million
# customers"); a town counts residents, not these.
ORG_COUNTS = frozenset({"customers", "members", "employees", "staff", "workers", "stores",
                        "shops", "branches", "subscribers", "users", "passengers", "clients",
                        "outlets", "restaurants", "pubs"})
# Words that name an organization only with a name before them: alone ("the Council said",
# "the Board will meet", "the Government") they are no entity, whichever council is meant.
GENERIC_ORG_WORDS = frozenset({
    "council", "board", "government", "committee", "commission", "authority", "department",
    "ministry", "agency", "office", "bureau", "trust", "group", "company", "corporation",
    "hospital", "school", "college", "university", "team", "club", "foundation", "institute",
    "association", "administration",
})
# One-word institution names that are also everyday nouns, and the lower-case nouns that make
# them the common noun of a compound, capitalized only by a sentence's start or a market's
# usage ("House prices rose", "Treasury yields fell", "Court documents show", "Bank holidays";
# but "House lawmakers", "Treasury officials", "Senate leaders" are the institutions).
COMPOUND_NOUNS_AFTER = {
    "house": frozenset({"prices", "price", "sales", "values", "builders", "builder",
                        "building", "hunters", "buyers", "sellers", "moves", "fire", "fires",
                        "party", "parties", "plants", "guests", "insurance", "owners", "rents",
                        "arrest", "music", "sitting", "viewings", "calls", "purchases"}),
    "treasury": frozenset({"yields", "yield", "bonds", "bond", "notes", "note", "bills",
                           "prices", "futures", "securities", "market", "markets", "auction",
                           "auctions", "rates", "curve", "holdings", "debt", "issuance",
                           "supply", "investors", "traders"}),
    "court": frozenset({"documents", "records", "papers", "filings", "fees", "costs", "dates",
                        "cases", "hearings", "transcripts", "reporters", "staff", "backlogs",
                        "backlog", "appearances"}),
    "bank": frozenset({"shares", "holidays", "holiday", "accounts", "account", "details",
                       "notes", "statements", "statement", "balances", "balance", "cards",
                       "card", "loans", "loan", "deposits", "transfers", "transfer",
                       "robbery", "robberies", "branches", "customers", "fees", "charges"}),
}

# Common words that open an institution's name of two words and never stand alone for it as a
# short form ('White' of 'White House': "White voters"; 'State' of 'State Police': "State
# officials" are a state's; 'City' of 'City Council'); besides ``people.PORTFOLIOS``
# ('Justice' of 'Justice Department') and ``people.NOT_PERSON_FIRST`` ('National', 'Royal').
NOT_SHORT_FORMS = frozenset({
    "white", "black", "red", "blue", "green", "golden", "silver", "state", "city", "county",
    "town", "village", "civil", "crown", "general", "standard", "common", "family", "press",
    "news", "media", "people", "community", "democracy", "freedom", "liberty", "peace", "fire",
    "air", "sea", "space", "union", "young", "little", "small", "fair", "citizens", "voters",
    "women", "children", "students", "workers", "parents", "patients", "home", "house"})

# Abbreviations of "Saint" that open a name ("St. Brigid's Hospital", "Ste. Anne"): kept in it.
SAINT_ABBREVIATIONS = frozenset({"st", "ste"})
# Initials of a country or a union of them that open an organization's name ("U.S. Geological
# Survey", "U.K. Home Office", "U.N. Security Council"): kept in it.
COUNTRY_INITIALS = frozenset({"u.s", "u.k", "u.n", "e.u"})
# The first words of such a body's name ("Geological", "Department", "Army"). Any other name
# after the initials opens a new sentence: "… the crisis in the U.S. Deutsche Bank lost …".
NATIONAL_BODY_OPENERS = GENERIC_ORG_WORDS | frozenset({
    "army", "navy", "air", "marine", "marines", "coast", "senate", "house", "congress", "court",
    "courts", "supreme", "district", "federal", "national", "geological", "census", "secret",
    "security", "marshals", "customs", "immigration", "border", "postal", "forest", "fish",
    "food", "environmental", "treasury", "justice", "state", "embassy", "consulate", "mission",
    "military", "central", "patent", "home", "foreign", "defence", "defense", "health",
    "trade", "labor", "labour", "commerce", "education", "energy", "interior", "agriculture",
    "transportation", "veterans", "judicial", "attorney's", "attorney’s", "men's", "men’s",
    "women's", "women’s", "olympic", "chamber", "special", "space", "public", "joint",
    "capitol", "armed", "civil", "general", "human", "atomic", "nuclear", "drug", "refugee",
    "peacekeeping", "children's", "children’s", "development", "high", "citizenship",
})
# Title words that open an organization's name when one of these words follows them ("General
# Motors", "General Mills", "General Assembly", "Police Federation"): the title is part of the
# name, not a person's rank ("General David Petraeus", "Judge Mills" keep theirs out).
TITLE_NAME_OPENERS = {
    "general": frozenset({
        "motors", "motor", "electric", "dynamics", "mills", "foods", "atomics", "electronics",
        "instruments", "accident", "cable", "mining", "medical", "re", "growth", "assembly",
        "hospital", "council", "synod", "court", "staff", "election", "secretariat",
        "directorate", "command", "chamber", "union", "insurance", "investment"}),
    "police": frozenset({
        "federation", "department", "service", "scotland", "authority", "force", "academy",
        "union", "association", "commission", "headquarters", "station", "ombudsman"}),
    "premier": frozenset({"league", "division", "foods", "inn"}),
}
# First words that make a name an organization's ("League Two", "Radio Essex", "Division One").
ORG_OPENERS = frozenset({"league", "radio", "division", "air"})  # "Air India"
# Last words of a name that a number completes ("BBC Radio 4", "Channel 4 News", "League 2",
# "Division 1"): the number is part of the name. Lower case.
NUMBERED_NAME_HEADS = frozenset({"radio", "channel", "league", "division"})
# Initials that stand for a person's role or a group of people, not an organization ("the DA
# said", "the PM told MPs", "the LGBT community"): never an organization's initials (titles
# such as "CEO" or "MP" are left out through ``people.TITLES``).
NOT_ORG_INITIALS = frozenset({"da", "ag", "pm", "gm", "lgbt", "lgbtq", "bame", "poc", "maga"})
# Nouns whose organization's name goes before them in a description ("the RMT union", "the
# Aslef union", "the Labour party"): a later "the union said" is that organization. Not
# "campaign", "company", "government": the name before those is a person's, a place's or a
# nationality ("the Trump campaign", "the St. Louis company", "the Italian automaker").
NAMED_BEFORE_HEADS = frozenset({"union", "party"})
# Nouns of a description that stands for no organization but one so described: when none
# named in the article holds the noun or was introduced with it, "the union said" is an
# unnamed union, not the company named last ("Boeing said … The union said talks had broken
# down"; a court, a council, the police, the government likewise). Not "party" ("Labour …
# the party said"), "club" or "firm", whose names seldom hold the noun.
# The words other than the noun that such a body's name may hold ('the union' after "the
# Association of Flight Attendants", "the Footplate Guild", "the Teamsters"), lower case.
ONLY_NAMED_HEADS = {
    "union": frozenset({"association", "guild", "federation", "brotherhood", "workers",
                        "teamsters", "confederation", "congress", "unite", "unison", "aslef",
                        "rmt", "gmb", "nurses", "teachers"}),
    "court": frozenset({"tribunal"}),
    "council": frozenset(),
    "police": frozenset({"constabulary", "garda"}),
    "government": frozenset({"administration"}),
    "ministry": frozenset(),
    "department": frozenset(),
}
# Nouns that describe a business ("the company said", "the firm", "the carmaker"), and the last
# words of public bodies' names, which no such description stands for ("the Health and Safety
# Executive ... the company has confirmed": the company is not the regulator).
COMPANY_NOUNS = frozenset({"company", "firm", "retailer", "carmaker", "automaker", "airline",
                           "lender", "insurer", "maker", "operator", "chain", "startup",
                           "start-up", "conglomerate", "manufacturer", "developer", "brand",
                           "supermarket", "grocer", "chipmaker", "miner", "producer", "bank",
                           "bookmaker", "housebuilder", "broker"})
# Last words of the names of bodies that are no business ("the British Retail Consortium",
# "the Resolution Foundation", "Leeds University"): none of ``COMPANY_NOUNS`` stands for them
# ("The BRC said ... The bank said profit rose": not the consortium).
ASSOCIATION_HEADS = frozenset({"consortium", "association", "federation", "confederation",
                               "institute", "institution", "foundation", "society", "chamber",
                               "league", "union", "charity", "university", "college",
                               "school", "hospital", "party", "alliance", "coalition",
                               "forum", "centre", "center"})
# Last words of the names of financial firms ("Caldwell Securities", "Capital Economics",
# "Hargreaves Lansdown Partners"), and the nouns that may stand for them: an airline, a
# supermarket or a carmaker is not the broker quoted before it ("easyJet rose 2.4% after the
# airline said ...").
FINANCE_HEADS = frozenset({"securities", "capital", "partners", "economics", "research",
                           "investments", "advisers", "advisors", "markets", "associates"})
FINANCE_NOUNS = frozenset({"company", "firm", "bank", "lender", "broker", "brokerage",
                           "insurer"})
PUBLIC_BODY_HEADS = frozenset({"executive", "agency", "commission", "authority", "office",
                               "department", "ministry", "council", "police", "court",
                               "parliament", "committee", "government", "inquiry",
                               "constabulary", "tribunal", "assembly", "senate", "congress",
                               "inspectorate", "ombudsman", "regulator", "service"})
# People who work at an organization: a name right after "<one of these> at" is the
# organization's ("analysts at Peel Hunt", "a professor at Kings Hollow", "staff at Halden
# Foods"), whatever its shape.
WORKERS_AT = frozenset({
    "analyst", "analysts", "economist", "economists", "strategist", "strategists",
    "researcher", "researchers", "scientist", "scientists", "professor", "professors",
    "lecturer", "engineer", "engineers", "worker", "workers", "staff", "employee", "employees",
    "executive", "executives", "trader", "traders", "broker", "brokers", "partner", "director",
    "manager", "managers", "doctors", "nurses", "teachers", "officials",
})
# Nouns of the people who act for an organization named by its initials ("RSPCA officers", "a
# spokesman for the NHS"): evidence that the initials are an organization's. Not
# ``WORKERS_AT``: those nouns name who works at a place ("analysts at", "a professor at").
ORG_STAFF = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
    "officer", "officers", "agent", "agents", "staff", "inspectors", "director", "chief",
    "chairman", "chairwoman", "boss", "head", "leaders", "investigators", "lawyers",
    "researchers", "analysts", "economists", "members", "bosses", "executives", "chiefs",
    "insiders", "employees"})
# An organization's head after its name's possessive ("ASLEF's general secretary", "the
# CMA's chief executive"): a person's name takes none of these.
HEAD_TITLES = frozenset({
    "general secretary", "chief executive", "secretary-general", "secretary general",
    "director-general", "director general", "chief operating officer"})
# What a regulator, a prosecutor or a company does to another ("Ofcom has fined Telvora £3m",
# "the FTC sued app maker Quillo"). "sued" only after initials: a person sues too ("Smith sued
# his employer").
BODY_ACTS = frozenset({"fined"})
INITIALS_ACT = BODY_ACTS | {"sued"}
# Possessors inside organizations' names ("Eritrean People's Liberation Front", "Women's
# Institute", "Veterans' Party"): a name after them is not split off as a person's.
COLLECTIVE_POSSESSORS = frozenset({
    "people", "women", "men", "children", "workers", "citizens", "veterans", "farmers",
    "teachers", "nurses", "doctors", "parents", "students", "soldiers", "youth", "mothers",
    "fathers", "families", "consumers", "taxpayers", "writers",
})


# --- Sports sides (``extract/entities/sides.py``) ---------------------------------------------
# Last words of clubs' names ("Leeds United", "Man Utd", "Derby County", "Aston Villa", "Crystal
# Palace"): a name of several words ending with one that plays, or is played by, another name
# makes both sides ("Leeds lost at home to Manchester United", "Aston Villa beat Burnley").
CLUB_LAST_WORDS = ORG_HEADS & frozenset({
    "united", "utd", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "afc",
    "thistle", "argyle", "academical", "harriers"}) | frozenset({
    "fc", "city", "town", "county", "villa", "rfc", "orient", "palace", "forest", "vale"})
# Roles of a side's staff and players written right after its name, or after its possessive
# ("West Ham boss", "Aston Villa's striker"). Not "coach", "captain" or "star": a tennis player
# or a singer has them too.
SIDE_ROLES = frozenset({
    "striker", "strikers", "midfielder", "midfielders", "defender", "goalkeeper", "goalkeepers",
    "keeper", "winger", "wingers", "full-back", "centre-back", "centre-half", "center-back",
    "quarterback", "shortstop", "fly-half", "scrum-half", "flanker", "youth team",
    "first team", "under-21s", "under-23s", "loanee", "debutant", "head coach"})
# Staff that other organizations have too, counted after the name itself but not after a
# possessive ("West Ham manager David Moyes", not "the singer's manager"). Not "chairman",
# "board", "owners" or "players": a party, a bank, a market have them.
SIDE_STAFF = frozenset({"manager", "boss", "caretaker manager", "assistant manager"})
# Players and staff written after a team's plural name ("Lakers forward", "Yankees pitcher",
# "Saints head coach"), not after another name ("Williams' coach" is a person's). Not "coach"
# or "safety" alone ("the Alps coach plunge").
TEAM_ROLES = frozenset({
    "forward", "guard", "center", "centre", "head coach", "star", "rookie", "pitcher",
    "outfielder", "catcher", "linebacker", "receiver", "wide receiver", "running back",
    "tight end", "cornerback", "goaltender", "goalie", "captain", "owner",
    "general manager", "quarterback", "fans", "player", "players", "assistant coach"})
# Followers counted for a city's name or a club's ("Leeds fans", "Halden Rovers supporters"),
# not for a person's ("Taylor Swift fans").
SIDE_FOLLOWERS = frozenset({"fans", "supporters"})
# What joins two sides' names in a match report ('Leeds beat Burnley', 'Villa were held by
# Spurs'; a score between them, 'lost 2-1 at home to', and 'won'/'win'/'victory' before a
# score or "at", "away" … are read by ``entities.sides``).
MATCH_VERBS = frozenset({
    "beat", "beats", "beating", "drew", "draw", "draws", "drawing", "v", "v.", "vs", "vs.",
    "versus", "lost", "lose", "loses", "losing", "host", "hosts", "hosted", "hosting",
    "travel to", "travels to", "visit", "visits", "face", "faces", "play", "plays", "played",
    "playing", "were beaten", "was beaten", "thrash", "thrashes", "thrashed", "thrashing",
    "hammer", "hammers", "hammered", "hammering", "defeat", "defeats", "defeated",
    "defeating", "edge", "edges", "edged", "edged past", "were held", "held"})
# Very well-known clubs whose one-word name says nothing else (a side wherever it is not
# after "in", "near", ...: "Protesters marched in Tottenham" is the place): a short list,
# each name also tested (``sides.SIDE_RULES``, tests/extract/test_entities_sides.py).
KNOWN_SIDES = frozenset({"Arsenal", "Everton", "Tottenham", "Spurs", "Juventus",
                         "All Blacks", "Wallabies", "Springboks"})

# Nouns that describe a business right before its name ("retailer John Lewis", "British lender
# Halden Bank", "Carmaker Nissan said"): the name is the organization's, whatever its shape
# (not when a verb follows: "the firm Bill Osei founded" names the founder). Dropped from the
# front of a name ("Retailer John Lewis" at a sentence's start). Not the nouns that also name
# a person's trade ("investor", "developer"), nor, before a given name, those of
# ``TRADE_ORG_NOUNS`` ("publisher Rupert Murdoch").
APPOSITION_ORG_NOUNS = frozenset({
    "retailer", "carmaker", "automaker", "lender", "insurer", "regulator", "conglomerate",
    "startup", "start-up", "supermarket", "grocer", "brewer", "housebuilder", "chipmaker",
    "drugmaker", "airline", "outsourcer", "manufacturer", "bank", "firm", "company", "chain",
    "supplier", "group", "planemaker", "airframer", "miner", "refiner", "shipbuilder",
    "watchdog",
    # who makes, publishes or broadcasts ('iPhone maker Apple', 'video games publisher
    # Redkite'): ``TRADE_ORG_NOUNS`` (not "carrier": 'the aircraft carrier Dwight D.
    # Eisenhower' is a ship)
    "maker", "publisher", "broadcaster",
    # publications and bodies ("the journal Nature Medicine", "the union Unite"; not "charity":
    # the Charity Commission)
    "journal", "newspaper", "magazine", "union", "think-tank", "discounter",
    "trade body", "industry body", "trade association",
    # a trade's giant, major or operator ('oil giant Yukos', 'mobile operator Telvora'; not
    # 'a giant Ferris wheel', 'camera operator John Smith': the trade word is required)
    *(f"{trade} {head}" for trade in (
        "oil", "energy", "gas", "tech", "technology", "software", "internet", "media",
        "retail", "banking", "insurance", "mining", "drinks", "food", "tobacco", "chemicals",
        "pharmaceutical", "pharmaceuticals", "drugs", "telecoms", "telecommunications",
        "engineering", "steel", "car", "chip", "aerospace", "defence", "defense", "shipping",
        "entertainment", "fashion", "supermarket", "utility", "mobile", "rail", "train", "bus",
        "network", "cable", "satellite", "travel", "holiday", "logistics")
      for head in ("giant", "major", "operator")),
})
# Last words of a company's name that a list of one-word names can lean on ('Chrysler, Ford,
# and General Motors': each a company); not words of outlets or places ('Newport News and
# Norfolk', 'Venetian Hotel and Casino').
FIRM_LAST_WORDS = frozenset({"motors", "company", "corp", "corp.", "corporation", "inc",
                             "inc.", "plc", "ltd", "ltd.", "group", "airlines", "holdings"})
# Plural nouns of made things after a make and a model ('future Apple Macintosh computers',
# 'Ford Taurus cars'): the name before them is no person's.
MADE_THINGS = frozenset({"computers", "laptops", "tablets", "phones", "handsets", "cars",
                         "vehicles", "trucks", "jets", "planes", "airliners", "engines",
                         "consoles", "devices"})
# Of ``APPOSITION_ORG_NOUNS``, a trade's nouns a person has too: before a name that opens
# with a given name they name the person ('publisher Rupert Murdoch', 'film-maker Ken Loach',
# 'broadcaster Nick Robinson'), before any other name the business ('publisher Redkite').
TRADE_ORG_NOUNS = frozenset({"maker", "publisher", "broadcaster"})
# Last words of a firm named after its founder and kin or partners ('John Lewis and Sons'):
# one name with the words before "and".
FIRM_PARTNER_WORDS = frozenset({"sons", "son", "daughters", "partners", "associates",
                                "brothers", "company", "co", "co."})
# What a body is to another body named in its apposition ("Menatep, Yukos' majority
# shareholder,", "Corran, Halden's UK unit,"; not "owner" or "rival": a person is one too).
HOLDING_NOUNS = frozenset({"shareholder", "shareholders", "parent", "subsidiary", "unit"})
# The second half of a hyphenated word that says where an organization is based, who owns or
# backs it ('State-owned Rosneft', 'Shanghai-based Hurun Report', 'Koch-backed Concerned
# Veterans'): no part of the name, and the name is an organization's.
ORG_DESCRIBING_PARTICIPLES = frozenset({
    "owned", "based", "backed", "run", "controlled", "listed", "funded", "registered",
    "headquartered", "founded", "focused"})
# Those, and the ones that describe a person ('Glasgow-born Annie Lennox'): no part of the name.
DESCRIBING_PARTICIPLES = ORG_DESCRIBING_PARTICIPLES | {"born", "educated", "trained"}
# What a company has, after its one-word name and "'s" ("Tesco's chief executive", "Ryanair's
# share price", "Unilever's profits"): the name is a company's (a person has a spokesman, a
# chief of staff, a campaign, and shares too: "Musk's shares in Tesla"; not these).
COMPANY_POSSESSIONS = frozenset({
    "share price", "profit", "profits", "sales", "revenue", "revenues", "turnover",
    "shareholders", "customers", "stores", "shops", "branches", "factories", "factory", "plant",
    "chief executive", "chief financial officer", "chairman", "chairwoman", "board",
    "annual report", "market value",
}) | HEAD_TITLES  # ("Elspa's director general Roger Bennett")
# Their plurals, before a list of names ('discounters Aldi and Lidl', 'the banks HSBC,
# Barclays and Lloyds'): each name an organization.
APPOSITION_ORG_PLURALS = frozenset(n[:-1] + "ies" if n.endswith("y") else n + "s"
                                   for n in APPOSITION_ORG_NOUNS)
# Last words of competitions' names: what sides play in or win, never a side ("win the County
# Cup", "knocked out of the FA Cup").
COMPETITION_WORDS = frozenset({
    "cup", "trophy", "league", "championship", "championships", "final", "finals", "shield",
    "open", "series", "games", "olympics", "prix", "classic", "tournament", "award", "awards",
    "prize", "medal", "plate", "vase", "bowl"})

# Words that only say a company is one, after its name ("Unisys Corp.", "Magna International
# Inc.", "Hewlett-Packard Co."): the name alone ("Unisys said") is the same company.
CORPORATE_SUFFIXES = frozenset({
    "inc", "corp", "co", "cos", "ltd", "llc", "plc", "lp", "sa", "ag", "nv", "se", "spa", "gmbh",
    "corporation", "company", "companies", "limited", "holdings", "group", "international",
    "incorporated", "&",
})

# Initials joined by "&" that are common nouns, no firm's name ("a Q&A", "R&B singer", "in
# A&E", "M&A deals"; but "M&S", "AT&T", "P&G" are firms).
AMPERSAND_NOUNS = frozenset({"Q&A", "Q&As", "R&B", "R&D", "B&B", "B&Bs", "A&E", "M&A", "P&L",
                             "G&T", "G&Ts", "C&W", "F&B", "D&T", "S&M"})

# Words that head a body's name before "of the" ("Church of the Nazarene", "Bank of the West",
# "Museum of the Moving Image", "Department of the Interior"), and plural nouns of its members
# ("Friends of the Earth", "Daughters of the American Revolution"). Not a title ("the
# President of the United States": an office), nor a common noun that opens a sentence ("News
# of the deal broke", "Members of the Senate"). Lower case.
OF_THE_HEADS = frozenset({
    "church", "museum", "bank", "society", "department", "office", "ministry", "university",
    "college", "school", "academy", "institute", "council", "court", "commission", "committee",
    "association", "federation", "union", "league", "alliance", "army", "party", "foundation",
    "hospital", "library", "brotherhood", "congregation", "bureau", "agency", "authority",
    "guild", "fund", "trust", "corps",
    "friends", "daughters", "sons", "sisters", "brothers", "knights",
})

# Prefixes of ships' names ("MV Sirius Star", "HMS Belfast", "USS Cole", "INS Tabar"): a ship
# is none of the contract's kinds (no person, organization, place or account), so no entity.
SHIP_PREFIXES = frozenset({"MV", "HMS", "USS", "INS", "RMS", "HMAS", "HMCS", "HMNZS", "FV"})
# Roles whose unnamed holder speaks for the body named with them ('a Tesco spokesman', 'a
# spokeswoman for Network Rail', 'an official at the agency'): the organization is the
# speaker (evaluation/GUIDE.md). Not 'source', 'insider', 'MP', 'executive': people of it
# speaking for themselves.
ORGANIZATION_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen",
                                 "spokeswomen", "spokespeople", "representative",
                                 "representatives", "official", "officials"})
# Plural nouns of members whose possessive stands inside a body's name ("Bristol Magistrates'
# Court", "the National Farmers' Union", "the Royal College of Nurses' Council"): read as one
# name; any other possessive ends a name ("Fox News' Megyn Kelly", "Airbus' delivery centre",
# "the United States' ambassador").
MEMBER_POSSESSIVES = frozenset({
    "Magistrates", "Farmers", "Sheriffs", "Teachers", "Workers", "Veterans", "Parents",
    "Nurses", "Doctors", "Officers", "Miners", "Seafarers", "Governors", "Mayors", "Lawyers",
    "Journalists", "Writers", "Actors", "Directors", "Producers", "Players", "Cricketers",
    "Footballers", "Firefighters", "Employers", "Traders", "Bankers", "Pensioners", "Students",
    "Drivers", "Pilots", "Engineers", "Members", "Consumers", "Taxpayers", "Ratepayers",
    "Builders", "Retailers", "Brewers", "Growers", "Fishermen", "Publishers", "Editors",
    "Surgeons", "Physicians", "Dentists", "Pharmacists", "Midwives", "Soldiers", "Sailors",
    "Airmen", "Marines", "Judges", "Justices", "Solicitors", "Accountants", "Investors",
    "Shareholders", "Homeowners", "Landlords", "Tenants", "Residents", "Citizens", "Churches",
    "Schools", "Universities", "Colleges", "Hospitals", "Unions", "Councils", "Chiefs",
    "Commissioners", "Inspectors", "Scouts", "Guides",
})
# Saints' names ending in "s", whose possessive is written with a bare apostrophe inside the
# name of a place or body named after them ("St James' Park", "St Thomas' Hospital", "St Giles'
# Cathedral"); as "St", "St." or "Saint" and the name ("St Mary's Hospital" is one word already).
SAINT_POSSESSIVES = tuple(f"{saint} {name}" for saint in ("St", "St.", "Saint") for name in (
    "James", "Thomas", "Giles", "Nicholas", "Barnabas", "Agnes", "Columbas", "Dennis", "Marks"))
