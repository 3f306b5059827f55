"""Words of market reports: benchmarks (share indices, currencies, commodities, government
bonds) with the names their measures carry, the words that may stand between a benchmark and
its number, moves and their direction, and the words that tell a market from a company
(``newsledger.extract.markets``, the claims' subjects and the entities' company names)."""
from __future__ import annotations

# Verbs of a share price's move, after a company's name and before a percentage ("Barclays
# fell 2.3%", "Tesco shares rose 4p"): evidence that a one-word name is a company's.
MARKET_MOVE_VERBS = frozenset({
    "rose", "fell", "jumped", "climbed", "soared", "surged", "gained", "added", "advanced",
    "rallied", "dropped", "slipped", "slid", "sank", "slumped", "tumbled", "plunged", "lost",
    "shed", "dipped", "eased", "declined", "edged"})
# What a company reports or has, after its name in the possessive ("Tesco's annual pre-tax
# profits", "Airbus's chief executive", "IBM's quarterly revenue"): evidence that a one-word name
# is a company's. Not "shares" or "stake" (people hold them too: "Musk's shares"), nor "staff".
COMPANY_RESULT_NOUNS = frozenset({
    "profit", "profits", "sales", "revenue", "revenues", "turnover", "earnings", "results",
    "dividend", "dividends", "shareholders", "share price", "market value", "chief executive",
    "finance director", "chief financial officer", "annual report", "stores", "branches",
    "factories", "outlook", "guidance"})
# The words that may stand between that possessive and the noun ("annual pre-tax", "full-year
# underlying", "first-quarter").
COMPANY_RESULT_ADJECTIVES = frozenset({
    "annual", "full-year", "half-year", "interim", "quarterly", "first-quarter",
    "second-quarter", "third-quarter", "fourth-quarter", "pre-tax", "pretax", "underlying",
    "operating", "adjusted", "net", "group", "gross", "like-for-like", "total", "global", "uk",
    "us", "latest", "new", "former", "outgoing", "incoming", "record"})
# What moves by a percentage besides a company's shares ("Gold fell 1%", "Sterling slipped
# 0.3%", "Brent rose 2%"): never taken for a company's name, with ``AMOUNT_NOUNS`` ("Revenue
# fell 5%") and the currencies.
MARKET_NOT_COMPANIES = frozenset({
    "net", "gold", "silver", "platinum", "palladium", "copper", "aluminium", "aluminum", "nickel",
    "zinc", "iron", "oil", "crude", "brent", "gas", "wheat", "corn", "soybeans", "sugar",
    "coffee", "cocoa", "cotton", "bitcoin", "ether", "bonds", "gilts", "treasuries", "yields",
    "stocks", "shares", "equities", "prices", "rents", "wages", "exports", "imports", "output"})

# Where shares trade is not what a share price is about ("Its shares closed at $5.125 in
# composite New York Stock Exchange trading, down 37.5 cents"): a name ending in one of these
# words, or one of these names, read as a place of trading ("on the Nasdaq", "in ... trading").
# Elsewhere an exchange is a company like any other ("the London Stock Exchange made £100m").
MARKET_VENUE_WORDS = frozenset({"exchange", "bourse", "boerse"})
MARKET_VENUES = frozenset({"nasdaq", "nyse", "ftse", "lse", "amex"})

# A market report's benchmarks (``newsledger.extract.measures``: the market rule): a number
# right after one of them, past words of a market's move only ("The FTSE 100 closed up 45
# points at 7,512", "the pound rose 0.5% to $1.27", "the 10-year gilt yield rose to 4.2%",
# "Gold climbed to $2,050 an ounce"), measures its level or its move, and the measure names the
# benchmark: two indices, currencies or bonds in one story are never compared with each other.
# Share indices, as written (lower case) -> the name in the measure ("index level (ftse 100)").
INDEX_NAMES = {
    "ftse 100": "ftse 100", "footsie": "ftse 100", "ftse 250": "ftse 250",
    "ftse all-share": "ftse all-share", "ftse all share": "ftse all-share",
    "dow jones industrial average": "dow jones", "dow jones": "dow jones", "dow": "dow jones",
    "s&p 500": "s&p 500", "s&p": "s&p 500", "standard & poor's 500": "s&p 500",
    "nasdaq composite": "nasdaq composite", "nasdaq": "nasdaq composite",
    "nikkei 225": "nikkei 225", "nikkei": "nikkei 225", "topix": "topix",
    "hang seng": "hang seng", "dax": "dax", "cac 40": "cac 40", "cac": "cac 40",
    "stoxx 600": "stoxx 600", "euro stoxx 50": "euro stoxx 50",
    "shanghai composite": "shanghai composite", "sensex": "sensex", "nifty 50": "nifty 50",
    "kospi": "kospi", "asx 200": "asx 200", "russell 2000": "russell 2000",
    "ibex 35": "ibex 35", "ftse mib": "ftse mib", "iseq": "iseq", "tsx": "tsx",
}
# Currencies whose exchange rate a market report gives ("the pound rose to $1.27", "sterling
# fell against the euro to €1.15") -> the name in the measure, and its code (a currency is not
# quoted in itself: "the dollar ... $1.09" is no exchange rate of the dollar).
EXCHANGE_CURRENCIES = {
    "pound": ("sterling", "gbp"), "sterling": ("sterling", "gbp"), "euro": ("euro", "eur"),
    "dollar": ("dollar", "usd"), "us dollar": ("dollar", "usd"), "greenback": ("dollar", "usd"),
    "yen": ("yen", "jpy"), "yuan": ("yuan", "cny"), "renminbi": ("yuan", "cny"),
    "swiss franc": ("swiss franc", "chf"), "rouble": ("rouble", "rub"),
    "ruble": ("rouble", "rub"), "rupee": ("rupee", "inr"), "lira": ("lira", "try"),
    "aussie dollar": ("australian dollar", "aud"),
    "australian dollar": ("australian dollar", "aud"),
    "canadian dollar": ("canadian dollar", "cad"),
}
# Commodities priced by the ounce, the barrel or the tonne ("Gold climbed to $2,050 an
# ounce") -> the measure ("gold price"). Oil's benchmarks are ``AMOUNT_NOUNS``.
COMMODITY_PRICES = {
    "gold": "gold price", "spot gold": "gold price", "gold price": "gold price",
    "price of gold": "gold price", "silver": "silver price", "platinum": "platinum price",
    "palladium": "palladium price", "copper": "copper price",
}
# Government bonds whose yield is quoted ("the 10-year gilt yield", "the yield on the two-year
# Treasury") -> the name in the measure ("gilt yield (10-year)").
BOND_NAMES = {
    "gilt": "gilt", "gilts": "gilt", "treasury": "treasury", "treasuries": "treasury",
    "treasury note": "treasury", "treasury notes": "treasury", "note": "treasury",
    "bund": "bund", "bunds": "bund", "bond": "bond", "bonds": "bond",
    "government bond": "bond", "government bonds": "bond", "jgb": "jgb", "jgbs": "jgb",
}
# Words that can stand between a benchmark and its number in a market report ("closed up 45
# points at", "rose 312.4 points, or 0.9%, to", "fell almost a cent against the dollar to"),
# besides numbers, the move verbs (``MARKET_MOVE_VERBS``, ``CHANGE_VERBS``) and the
# currencies: any other word ("while Barclays rose 3%") ends the benchmark's reach.
MARKET_GAP_WORDS = frozenset({
    "closed", "close", "ended", "finished", "opened", "settled", "traded", "trading", "trade",
    "was", "were", "is", "are", "has", "had", "have", "been", "stood", "stands", "standing",
    "higher", "lower", "by", "or", "to", "at", "a", "an", "the", "further", "another", "also",
    "of", "on", "in", "early", "late", "afternoon", "morning", "evening", "day", "week",
    "session", "new", "points", "point", "per", "cent", "percent", "pc", "basis", "bps", "bp",
    "percentage", "cents", "pence", "p", "against", "versus", "vs", "almost", "nearly",
    "about", "around", "some", "just", "more", "than", "less", "over", "under", "benchmark",
    "index", "average", "composite", "its", "yesterday", "today", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "overnight", "intraday", "edged",
    "from", "slightly", "sharply", "firmly", "little", "steady", "level", "mark", "ounce",
    "barrel", "troy", "tonne", "yield", "yields", "spot", "price", "prices", "futures",
    "dollars", "euros", "pounds", "and"})
# Words of a move and its direction besides ``CHANGE_VERBS`` ("added 1.2%", "shed 0.4%").
MARKET_MOVES = {"added": "rise", "advanced": "rise", "rallied": "rise", "firmed": "rise",
                "strengthened": "rise", "higher": "rise", "shed": "fall", "sank": "fall",
                "slid": "fall", "dipped": "fall", "eased": "fall", "weakened": "fall",
                "lower": "fall", "retreated": "fall", "skidded": "fall"}
