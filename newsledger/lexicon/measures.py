"""What a numeric claim counts, and when (``newsledger.extract.measures``): units never
compared, the nouns, verbs and phrases that name a measure, period phrases, and the words that
make a number a reference, a proportion, a hypothesis or a poll figure rather than a count
asserted as fact.

Hand-written from the usage of English news; lower case unless said otherwise.
"""
from __future__ import annotations

# Units that never make a comparable measure on their own: ages and durations, scores and
# standings, ranks, repetitions ("21-time"). Two of them are the same number only by chance.
UNCOMPARABLE_UNITS = frozenset({
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
    "fortnight", "time", "point", "goal", "run", "wicket", "stroke", "lap", "round", "game",
    "match", "set", "inning", "innings", "try", "place", "position", "rank", "seed", "spot",
    "shot", "birdie", "under", "over", "minute", "yard", "step", "floor", "storey", "story",
    "page", "episode", "chapter", "edition", "generation", "grade", "level", "stage", "term",
    "thing", "way", "other", "one", "more", "part", "side", "half", "inch", "foot", "mile",
    "kilometer", "meter", "centimeter", "millimeter", "degree", "degree celsius",
    "degree fahrenheit", "mph", "kph", "pound", "kilogram", "gram", "ton",
})
# Durations that are comparable after these verbs: a sentence, a ban, a contract.
DURATION_MEASURES = {
    "jailed": "prison sentence", "sentenced": "prison sentence", "imprisoned": "prison sentence",
    "prison": "prison sentence", "jail": "prison sentence", "banned": "ban", "ban": "ban",
    "suspended": "suspension", "suspension": "suspension", "contract": "contract length",
}
# The words besides names between a signing and "for" when what is signed is a player and the
# amount a transfer fee ("signed midfielder Luca Brennan from Castleford City for £45m"; not
# "signed a letter of intent to buy the company for $3m", "re-signed core players ... for").
TRANSFER_OBJECT_WORDS = frozenset({
    "from", "the", "midfielder", "striker", "defender", "forward", "winger", "goalkeeper",
    "keeper", "full-back", "centre-back", "center-back", "left-back", "right-back",
    "centre-forward", "playmaker", "attacker", "teenager", "youngster", "international",
    "player", "star", "captain", "rivals", "champions", "side", "club"})
# A unit and the word right after it that make a number a comparable measure ("signed a
# five-year contract" -> contract length), and the words one of which must come before it in
# its clause: a contract agreed, not one offered, sought or hoped for ("offered him an
# eight-year deal", "seeking a 10-year contract"). A league's standings ("12 points clear at
# the top") change from match to match: like any running total they are not compared.
UNIT_AFTER_MEASURES = {
    ("year", "contract"): "contract length", ("year", "deal"): "contract length",
    ("year", "contracts"): "contract length", ("year", "extension"): "contract length",
}
CONTRACT_AGREED = frozenset({
    "signed", "signs", "sign", "signing", "agreed", "agrees", "agree", "agreeing", "penned",
    "pens", "inked", "inks", "handed", "gave", "given", "give", "received", "receives",
    "extended", "extends", "completed", "reached", "reach", "reaches", "under", "awarded",
    "secured", "committed", "put", "pen", "ink", "landed", "earned"})
# Nouns that are a measure by themselves, and its name ("60,000 votes" counts votes received).
NOUN_MEASURES = {
    "vote": "votes received", "ballot": "ballots cast", "delegate": "delegates",
    "superdelegate": "superdelegates", "electoral vote": "electoral votes", "seat": "seats",
    "signature": "signatures", "nomination": "nominations", "death": "people killed",
    "fatality": "people killed", "dead": "people killed", "injury": "people injured",
    "casualty": "casualties", "arrest": "people arrested", "case": "cases",
    "infection": "infections", "member": "members", "follower": "followers",
    "subscriber": "subscribers", "employee": "employees", "staff": "employees",
    "worker": "workers", "job": "jobs", "visitor": "visitors", "passenger": "passengers",
    "spectator": "attendance", "attendee": "attendance", "customer": "customers",
    "user": "users", "student": "students", "troop": "troops", "soldier": "troops",
    "refugee": "refugees", "migrant": "migrants", "protester": "people protesting",
    "demonstrator": "people protesting", "victim": "victims", "patient": "patients",
    "donor": "donors", "home": "homes", "house": "homes", "store": "stores", "shop": "stores",
    "branch": "branches", "plant": "plants", "factory": "plants", "school": "schools",
    "hospital": "hospitals", "bed": "beds", "vehicle": "vehicles", "car": "cars", "aircraft": "aircraft",
    "plane": "aircraft", "copy": "copies sold", "ticket": "tickets sold", "unit": "units sold",
    "share": "shares", "barrel": "barrels", "signatory": "signatories",
    "contest": "contests won", "primary": "primaries won", "award": "awards",
    "medal": "medals", "prize": "prizes", "oscar": "oscars", "grammy": "grammys",
    "title": "titles", "trophy": "trophies", "view": "views", "download": "downloads",
    "complaint": "complaints", "charge": "charges", "count": "counts", "suspect": "suspects",
    "hostage": "hostages", "flight": "flights", "job cut": "job cuts", "layoff": "job cuts",
    "resident": "residents", "household": "households", "voter": "voters",
    "marcher": "people protesting", "pupil": "pupils", "firefighter": "firefighters",
    "firefighters": "firefighters", "paramedic": "paramedics", "officer": "officers",
    "volunteer": "volunteers", "rescuer": "rescuers", "fire engine": "fire engines",
    "engine": "fire engines", "ambulance": "ambulances", "crew member": "crew", "crew": "crew",
    "survivor": "survivors", "petition": "signatures",
}
# Counted nouns whose measure is an award race: compared only when the clause names the award
# ("11 Bafta nominations", "seven nominations at the Golden Globes").
AWARD_NOUNS = frozenset({"nomination", "award", "prize", "medal", "oscar", "grammy", "title",
                         "trophy", "bafta", "emmy"})
# PREDICATES that also report speech: after a speaker they say who claims the count, not what
# happened to it ("the flood claimed 12 lives", but "organisers claimed 20,000 people came").
SPEECH_PREDICATES = frozenset({"claimed"})
# Verbs (as written) that say what happened to the counted people or things, and the
# participle that names the measure ("killed 12 people", "12 people died" -> "people killed").
PREDICATES = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed",
    "died": "killed", "dead": "killed", "die": "killed", "perished": "killed",
    "lost their lives": "killed", "claimed": "killed", "murdered": "killed",
    "injured": "injured", "injuring": "injured", "hurt": "injured", "wounded": "injured",
    "wounding": "injured", "hospitalised": "injured", "hospitalized": "injured",
    "arrested": "arrested", "detained": "arrested", "held": "arrested",
    "charged": "charged", "evacuated": "evacuated", "rescued": "rescued",
    "missing": "missing", "displaced": "displaced", "homeless": "displaced",
    "infected": "infected", "affected": "affected", "employed": "employed",
    "employs": "employed", "employ": "employed", "hired": "hired", "laid off": "laid off",
    "fired": "laid off", "sacked": "laid off", "cut": "cut", "axed": "cut", "shed": "cut",
    "cuts": "cut", "cutting": "cut", "axe": "cut", "axes": "cut", "axing": "cut",
    "sheds": "cut", "shedding": "cut", "slash": "cut", "slashed": "cut", "slashing": "cut",
    "eliminate": "cut", "eliminated": "cut", "eliminating": "cut", "scrap": "cut",
    "scrapped": "cut", "lose their jobs": "laid off", "lost their jobs": "laid off",
    "losing their jobs": "laid off", "create": "created", "creating": "created",
    "creates": "created",
    "lost": "lost", "created": "created", "sold": "sold", "sells": "sold", "bought": "bought",
    "attended": "attending", "attending": "attending", "watched": "watching",
    "flooded": "flooded", "destroyed": "destroyed", "damaged": "damaged",
    "vaccinated": "vaccinated", "tested": "tested", "deported": "deported",
    "signed": "signed", "registered": "registered", "enrolled": "enrolled",
    "received": "received", "receive": "received", "receives": "received", "won": "won",
    "win": "won", "wins": "won", "got": "received", "get": "received",
    "garnered": "received", "bagged": "received", "secured": "received", "polled": "received",
    "earned": "received", "collected": "received", "gained": "received", "took": "received",
    "drew": "received", "attracted": "received", "picked up": "received", "scooped": "received",
    "cast": "cast", "counted": "counted", "without power": "without power",
    "marched": "protesting", "protested": "protesting", "demonstrated": "protesting",
    "rallied": "protesting", "joined the march": "protesting", "joined the protest": "protesting",
    "took to the streets": "protesting", "go": "cut", "be lost": "lost", "be axed": "cut",
    "be cut": "cut", "cancelled": "cancelled", "canceled": "cancelled",
    "delayed": "delayed", "stranded": "stranded", "grounded": "grounded", "closed": "closed",
    "shut": "closed", "taken to hospital": "injured", "treated in hospital": "injured",
    "treated for": "injured", "in hospital": "injured", "hospitalized": "injured",
    "without electricity": "without power", "no electricity": "without power",
    "no power": "without power", "lost power": "without power", "cut off": "without power",
    # The same happening before the counted noun (a participle or gerund: "flooding 60
    # homes", "destroying 12 houses") as after it ("62 homes were flooded").
    "flooding": "flooded", "swamped": "flooded", "swamping": "flooded",
    "inundated": "flooded", "inundating": "flooded", "submerged": "flooded",
    "under water": "flooded", "underwater": "flooded",
    "destroying": "destroyed", "wrecked": "destroyed", "wrecking": "destroyed",
    "damaging": "damaged", "evacuating": "evacuated", "rescuing": "rescued",
    "arresting": "arrested", "displacing": "displaced", "cancelling": "cancelled",
    "canceling": "cancelled", "stranding": "stranded", "grounding": "grounded",
    # People made to leave their homes ("forcing 140 people to leave their houses", "80 people
    # were moved out"); a shelter phrase is ``EVACUATION_SHELTERS``.
    "moved out": "evacuated", "forced to leave": "evacuated", "told to leave": "evacuated",
    "ordered to leave": "evacuated", "told to evacuate": "evacuated",
    "ordered to evacuate": "evacuated", "forced from their homes":
    "evacuated", "forced out of their homes": "evacuated", "leave their homes": "evacuated",
    "leave their houses": "evacuated", "left their homes": "evacuated",
    "fled their homes": "evacuated", "evacuated from their homes": "evacuated",
    # taking part ("42,000 runners took part": not what they took)
    "took part": "taking part", "take part": "taking part", "taking part": "taking part",
    "takes part": "taking part",
}
# Counts of people that name no particular group: with a predicate they are "people ..."
# ("140 residents were evacuated" and "140 people were evacuated" -> "people evacuated").
PEOPLE_NOUNS = frozenset({"person", "resident", "villager", "inhabitant", "local",
                          "householder"})
# Measures that count people, whatever the noun ("12 residents were killed", "9 deaths", "a
# crowd of 9,800", "15,000 fans attended"): their unit is "person".
PEOPLE_MEASURES = ("people ", "attendance")
# The endings of a toll of one kind of people ("soldiers killed", "civilians injured"): the
# figures two sides of a conflict dispute, as police and organisers dispute a crowd's.
TOLL_ENDINGS = (" killed", " injured", " wounded")
# Nouns for the people a toll counts that name all of one accident's victims, as "people" does:
# outlets call the same dead "three people", "three workers" or "three pensioners"
# ("workers killed" is compared as "people killed"). Not the nouns reports give a part of the
# victims by beside the whole ("three people, two of them children", "the driver and two
# passengers", "a soldier and two civilians").
TOLL_PEOPLE_NOUNS = frozenset({"workers", "employees", "staff", "staff members", "miners",
                               "pensioners", "members", "holidaymakers", "pilgrims",
                               "worshippers", "climbers", "hikers", "shoppers"})
# Words before "record" that make the number after it a record that stands, not this story's
# count ("The club's record attendance, 52,000, was set in 1961", "beating the previous record
# of 9.58 seconds", "its all-time high of $98"): a possessive ("club's") does too. "A record
# crowd of 41,233" is the story's own count.
STANDING_RECORD_BEFORE = frozenset({"previous", "old", "former", "existing", "standing",
                                    "its", "their", "his", "her"})
STANDING_RECORD_NOUNS = ("record", "all-time high", "all-time low")
# Measures that count one crowd, whatever a report calls its people ("4,000 people took part",
# "15,000 protesters", "marchers", "demonstrators", "a crowd of 20,000", "police put the
# attendance at 4,000"): claims compare them as the one measure they name here.
SAME_COUNT = {"people protesting": "attendance", "people taking part": "attendance"}
# Shelters that make a count of people moved or housed there a count of evacuees ("80 people
# were moved to a rest centre", "140 people spent the night at the theatre's rest centre"),
# and the verbs that take them there. A leisure centre or a hospital alone is not a shelter.
EVACUATION_SHELTERS = ("rest centre", "rest center", "rest centres", "rest centers",
                       "evacuation centre", "evacuation center", "evacuation centres",
                       "evacuation centers", "emergency shelter", "emergency shelters",
                       "evacuation shelter", "evacuation shelters")
EVACUATION_VERBS = ("moved to", "taken to", "sent to", "brought to", "housed in", "housed at",
                    "spent the night at", "spent the night in", "slept at", "slept in",
                    "stayed at", "stayed in", "sheltered at", "sheltered in", "sheltering in",
                    "sheltering at", "went to", "fled to")
# Words after a count that stand for its people ("nine others were hurt", "two more died"):
# read past, to the predicate.
COUNT_PRONOUNS = frozenset({"others", "more"})
# Words that join "were"/"have been" and a predicate ("12 people were killed").
PREDICATE_AUXILIARIES = frozenset({"were", "was", "are", "is", "have", "has", "had", "been",
                                   "being", "be", "reportedly", "also", "now", "later",
                                   "subsequently", "all", "would", "will", "to", "set",
                                   "expected", "are", "due", "feared", "believed", "thought",
                                   "confirmed", "since", "then", "known", "understood",
                                   "reported", "said"})
# Phrases right before a number that name its measure ("a crowd of 40,000", "a death toll of
# 12", "turnout of 64%"). Matched lower case, with the words in between as written.
MEASURE_BEFORE = {
    "crowd of": "attendance", "attendance of": "attendance", "audience of": "audience",
    "death toll of": "people killed", "death toll rose to": "people killed",
    "death toll to": "people killed", "death toll stands at": "people killed",
    "death toll reached": "people killed", "toll of": "people killed",
    "turnout of": "turnout", "turnout was": "turnout", "turnout at": "turnout",
    # a central bank's decision ("held rates at 4.75%", "cut rates by a quarter of a point",
    # "to a target range of 4.25% to 4.5%")
    "held rates at": "interest rate", "kept rates at": "interest rate",
    "left rates at": "interest rate", "holds rates at": "interest rate",
    "keeps rates at": "interest rate", "leaves rates at": "interest rate",
    "cut rates to": "interest rate", "raised rates to": "interest rate",
    "lowered rates to": "interest rate", "hiked rates to": "interest rate",
    "cut rates by": "interest rate fall", "lowered rates by": "interest rate fall",
    "raised rates by": "interest rate rise", "hiked rates by": "interest rate rise",
    "target range of": "interest rate",
    "population of": "population", "majority of": "majority", "unemployment rate of": "unemployment rate",
    "unemployment rate": "unemployment rate", "unemployment to": "unemployment rate",
    "unemployment at": "unemployment rate", "inflation rate of": "inflation",
    "inflation of": "inflation", "inflation to": "inflation", "inflation at": "inflation",
    "approval rating of": "approval rating", "approval rating to": "approval rating",
    "interest rates to": "interest rate", "interest rate to": "interest rate",
    "interest rates at": "interest rate", "interest rate at": "interest rate",
    "interest rates of": "interest rate", "interest rate of": "interest rate",
    "bank rate at": "interest rate", "bank rate to": "interest rate",
    "bank rate of": "interest rate", "base rate at": "interest rate",
    "base rate to": "interest rate", "base rate of": "interest rate",
    "growth of": "growth", "growth rate of": "growth", "salary of": "salary",
    "pay of": "pay", "fine of": "fine", "fined": "fine", "ransom of": "ransom",
    "reward of": "reward", "prize of": "prize money", "prize money of": "prize money",
    "budget of": "budget", "deficit of": "deficit", "debt of": "debt",
    "price of": "price", "priced at": "price", "valued at": "valuation",
    "valuation of": "valuation", "worth": "worth", "raised": "funds raised",
    "donated": "donations", "bid of": "bid", "offer of": "bid", "paid": "price paid",
    "compensation of": "compensation", "damages of": "damages", "bail of": "bail",
    "bail set at": "bail", "mortgage of": "mortgage", "bill of": "bill",
    "vote total of": "votes received", "vote total stood at": "votes received",
    "vote total at": "votes received", "vote tally of": "votes received",
    "vote count of": "votes received", "won by": "margin of victory",
    "in front of": "attendance", "watched by": "attendance",
    # a show's audience ("the band played to 62,000 fans")
    "played to": "attendance", "performed to": "attendance", "sang to": "attendance",
    "win by": "margin of victory", "lost by": "margin of defeat", "lead by": "lead",
    "leads by": "lead", "led by": "lead", "leading by": "lead", "a margin of": "margin",
    "offered": "bid", "offering": "bid", "offers": "bid", "bid": "bid",
    "values it at": "valuation",
    # a court report's theft ("a care worker who stole £48,000 from residents")
    "stole": "amount stolen", "stealing": "amount stolen", "embezzled": "amount stolen",
    "embezzling": "amount stolen", "swindled": "amount stolen",
    # a company buying back its own shares or debt ("buy back up to $5bn of its shares": not
    # their price), and what a deal values it at
    "buy back": "buyback", "buyback of": "buyback", "buy-back of": "buyback",
    "repurchase": "buyback", "buyback programme of": "buyback",
    "valuing the company at": "valuation", "valuing it at": "valuation",
    "valuing the group at": "valuation", "valuing the business at": "valuation",
    "premium of": "bid premium",
}
# Nouns that name what an amount of money or a percentage measures, and the measure's name
# ("revenue of $2bn", "profits fell 5%", "a £5m fine", "64% turnout").
AMOUNT_NOUNS = {
    "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue",
    "profit": "profit", "profits": "profit", "earnings": "profit", "net income": "profit",
    "pre-tax profit": "pre-tax profit", "pre-tax profits": "pre-tax profit",
    # the same profit named after the tax ("annual profit before tax rose to £1.21bn")
    "profit before tax": "pre-tax profit", "profits before tax": "pre-tax profit",
    "pretax profit": "pre-tax profit", "pretax profits": "pre-tax profit",
    "operating profit": "operating profit", "loss": "loss", "losses": "loss",
    "net loss": "loss", "debt": "debt", "debts": "debt", "deficit": "deficit",
    "surplus": "surplus", "budget": "budget", "cost": "cost", "costs": "cost",
    "price": "price", "fine": "fine", "fines": "fine", "bid": "bid", "offer": "bid",
    "takeover": "bid", "deal": "deal value", "valuation": "valuation", "salary": "salary",
    "pay": "pay", "bonus": "bonus", "fee": "fee", "fees": "fee", "investment": "investment",
    "funding": "funding", "spending": "spending", "tax": "tax", "taxes": "tax",
    "bill": "bill", "damage": "damage", "damages": "damages", "compensation": "compensation",
    "ransom": "ransom", "reward": "reward", "donation": "donations", "donations": "donations",
    "dividend": "dividend", "wage": "wage", "wages": "wage", "fund": "fund",
    "bailout": "bailout", "loan": "loan", "loans": "loan", "grant": "grant",
    "market value": "market value", "market share": "market share", "stake": "stake",
    "turnout": "turnout", "unemployment": "unemployment rate", "inflation": "inflation",
    "growth": "growth", "gdp": "gdp", "economy": "gdp", "approval": "approval rating",
    "average earnings": "wage", "weekly earnings": "wage", "regular pay": "wage",
    "aid": "aid", "aid package": "aid", "relief": "aid",
    # help for those hit by a disaster or a crisis, however an outlet words it ("an emergency
    # fund of £25m", "£20m in emergency support", "25 million pounds for relief")
    "emergency fund": "aid", "relief fund": "aid", "hardship fund": "aid",
    "emergency support": "aid", "emergency funding": "aid", "support package": "aid",
    "relief package": "aid", "rescue package": "aid", "financial support": "aid",
    "emergency aid": "aid", "humanitarian aid": "aid",
    "approval rating": "approval rating", "interest rate": "interest rate",
    "interest rates": "interest rate", "bank rate": "interest rate",
    "base rate": "interest rate", "tax rate": "tax rate", "tariff": "tariff",
    "tariffs": "tariff", "margin": "margin", "majority": "majority", "lead": "lead",
    "population": "population", "attendance": "attendance", "crowd": "attendance",
    "the vote": "vote share", "popular vote": "vote share",
    "ratings": "ratings", "rating": "ratings", "audience": "audience",
    "jackpot": "jackpot", "prize money": "prize money", "bail": "bail",
    "shares": "share price", "share price": "share price", "stock": "share price",
    "box office": "box office takings", "box-office": "box office takings",
    "payout": "payout", "settlement": "settlement", "transfer fee": "transfer fee",
    "budget gap": "budget gap", "shortfall": "budget gap", "black hole": "budget gap",
    "savings": "savings", "save": "savings", "cuts": "savings", "council tax": "council tax",
    "redundancy": "redundancy pay", "pension": "pension", "subsidy": "subsidy",
    # a market report's benchmark oil ("US crude rose 87 cents to $55.17 a barrel"; not
    # "$100m of crude oil", a cargo's value)
    "us crude": "oil price", "benchmark crude": "oil price", "brent crude": "oil price",
    "brent": "oil price", "light crude": "oil price", "crude futures": "oil price",
    "u.s. crude": "oil price", "wti": "oil price", "west texas intermediate": "oil price",
    # a retailer's and a company's results ("Like-for-like sales rose 4.8%", "Earnings per
    # share were 23.4p": a share's, not the year's profit)
    "like-for-like sales": "like-for-like sales", "like-for-like": "like-for-like sales",
    "same-store sales": "like-for-like sales", "comparable sales": "like-for-like sales",
    "earnings per share": "profit per share", "eps": "profit per share",
    "dividend per share": "dividend per share",
    "market capitalisation": "market value", "market capitalization": "market value",
    "market cap": "market value", "borrowing": "borrowing",
    "house prices": "house price", "house price": "house price",
    "mortgage rate": "mortgage rate", "mortgage rates": "mortgage rate",
}
# Measures whose subject is named in their own sentence or not at all: a market's, not a
# company's or a person's ("US crude rose 87 cents" in a report about a grocer's results), and
# a theft's (what thieves took is not the article's topic's).
OWN_SUBJECT_MEASURES = frozenset({"oil price", "amount stolen", "house price", "mortgage rate"})
# Verbs of change before a percentage or amount: the measure is the change, not the level
# ("profits rose 5%" counts a change of profit; "rose to 5%" the level).
CHANGE_VERBS = {
    **dict.fromkeys(("rose", "risen", "rise", "rises", "increased", "increase", "grew", "grown",
                     "jumped", "jump", "climbed", "soared", "surged", "gained", "gain", "up",
                     "raised", "boosted", "raise", "raising", "hike", "increases", "rises"),
                    "rise"),
    **dict.fromkeys(("fell", "fallen", "fall", "falls", "decreased", "decrease", "dropped",
                     "drop", "slipped", "declined", "decline", "slumped", "plunged",
                     "tumbled", "lost", "down", "cut", "lowered", "slashed", "reduction",
                     "reduce", "reduced"), "fall"),
}
# Verbs whose particle "up" or "down" is no change ("set up a £2m fund", "handed down a £50,000
# fine", "turned down a £3m offer", "racked up £2m of debt"): before them, "up" and "down" are
# not CHANGE_VERBS.
PARTICLE_VERBS = frozenset({
    "set", "sets", "setting", "put", "puts", "putting", "stump", "stumped", "stumping",
    "cough", "coughed", "sign", "signed", "signs", "draw", "draws", "drew", "drawn", "drawing",
    "build", "built", "shore", "shored", "prop", "propped", "tie", "tied", "lock", "locked",
    "pick", "picked", "picks", "snap", "snapped", "make", "makes", "made", "making", "rack",
    "racked", "racks", "run", "ran", "runs", "hand", "hands", "handed", "handing", "turn",
    "turns", "turned", "turning", "take", "took", "taken", "takes", "use", "used", "using",
    "back", "backed", "climb", "climbed", "sum", "summed", "open", "opened", "offer", "offered",
    "free", "freed", "follow", "followed", "line", "lined", "wind", "wound", "step", "stepped"})
# Words in a clause that make a percentage a poll figure, comparable only within one named
# poll ("45% in a Quinnipiac poll").
POLL_WORDS = frozenset({"poll", "polls", "polling", "survey", "surveys", "surveyed",
                        "respondents", "voters", "pollster", "approval", "among", "would",
                        "sampling", "likely", "favorable", "unfavorable", "rating", "support",
                        "supporters", "backing", "prefer", "percentage"})
# Measures a phrase right before the number names that no poll measures ("cut rates by 0.25
# percentage points": a central bank's, whatever poll words the sentence holds).
NOT_POLL_MEASURES = frozenset({"interest rate", "interest rate rise", "interest rate fall"})
# Phrases right before a number that make it a poll's or a study's sample ("a poll of 1,737
# registered voters", "surveyed 1,051 adults"): who was asked, not a count of anything that
# happened; poll figures are never compared.
SAMPLE_BEFORE = ("poll of", "polls of", "survey of", "surveys of", "sample of", "study of",
                 "surveyed", "surveying", "interviewed", "interviewing", "sampled",
                 "canvassed")
# People counted in a sentence about a poll ("The poll was conducted among 1,358 registered
# voters", "data from 4,060 voters with a margin of error of ..."): the sample, not a count.
SAMPLE_NOUNS = frozenset({"voter", "adult", "respondent", "person", "american", "resident",
                          "democrat", "republican", "independent", "parent", "student",
                          "worker", "employee", "consumer", "household", "member",
                          "participant", "briton", "citizen", "customer", "user", "teen",
                          "teenager", "child", "patient", "doctor", "nurse", "teacher"})
SAMPLE_SENTENCE_WORDS = ("poll", "polls", "survey", "surveys", "surveyed", "surveying",
                         "margin of error", "respondents", "pollster", "pollsters",
                         "sampling error")
# Period phrases the date extractor cannot resolve without a publication date ("last year's
# profit"): the claim's measure is scoped to the phrase instead ("profit (last year)").
RELATIVE_PERIODS = ("last year", "this year", "next year", "last season", "this season",
                    "next season", "last month", "this month", "last week", "this week",
                    "a year earlier", "a year ago", "the previous year", "the year before",
                    "the same period last year", "first quarter", "second quarter",
                    "first-quarter", "second-quarter", "third-quarter", "fourth-quarter",
                    "year-end", "year-earlier", "half-yearly", "quarterly",
                    "third quarter", "fourth quarter", "first half", "second half",
                    "the quarter", "the year", "full-year", "half-year", "last quarter",
                    "this quarter", "year-on-year", "annual", "annually", "a year", "per year",
                    "per cent a year", "each year", "every year", "last term", "this term",
                    "that day", "that week", "that month", "that year", "in a day",
                    "overnight", "so far", "to date", "january", "february", "march", "april",
                    "june", "july", "august", "september", "october", "november", "december")
# Phrases right before a date that make it the period of the number whatever its precision
# ("as of Wednesday", "by the end of June"). Narrower than ``numbers.AS_OF_PHRASES`` (the
# claim's as-of date: also "through", "until", "up to"), on purpose: a period is compared
# across sources, an as-of date is only reported.
PERIOD_AS_OF = ("as of", "as at", "by")
# Words right before a number that make it a reference to a known set, not a count asserted
# here ("the 1,237 delegates needed", "those two states", "her 2.1 million members").
REFERENCE_BEFORE = frozenset({"the", "these", "those", "this", "that", "its", "their", "his",
                              "her", "our", "my", "your", "all", "both", "each", "every",
                              "whose", "which", "per", "first", "last", "past",
                              "next", "other", "remaining", "top", "only", "combined",
                              "full", "entire", "whole", "additional", "further", "extra"})
# Words in the clause before a number that make it hypothetical, a goal or a condition, not a
# fact ("if he wins 60 delegates", "needs 836 delegates", "would cost $5bn").
HYPOTHETICAL_WORDS = frozenset({"if", "could", "might", "should", "needs", "need",
                                "needed", "must", "unless", "whether", "wants", "hopes",
                                "hoped", "aims", "target", "targets", "goal", "pledged",
                                "promised", "promises", "proposed", "proposes", "proposal",
                                "plan", "plans", "wish", "imagine", "suppose", "scenario",
                                "threshold", "required", "requires", "necessary", "enough",
                                "plea", "calls", "called", "call",
                                "demand", "demands", "demanded", "suppose", "supposing",
                                "hypothetical", "projected", "forecast", "predicts", "predicted",
                                "estimates", "could", "takes", "magic"})
# Nouns earlier in the clause that name what a bare count or a count of people measures ("the
# death toll from the storm rose to 14", "the crowd at the final was 35,000").
TOLL_NOUNS = {"death toll": "people killed", "toll": "people killed",
              "number of dead": "people killed", "number of deaths": "people killed",
              "crowd": "attendance", "attendance": "attendance", "turnout": "turnout",
              "population": "population", "number of injured": "people injured",
              "number of people killed": "people killed", "number of people who died":
              "people killed", "number of people who have died": "people killed",
              "number of fatalities": "people killed", "number of people injured":
              "people injured",
              # the labour market's counts ("Unemployment rose by 50,000 to 1.6 million")
              "unemployment": "people unemployed", "jobless total": "people unemployed",
              "number of unemployed": "people unemployed",
              "number of people out of work": "people unemployed",
              "claimant count": "people claiming jobless benefits",
              # a waiting list ("The waiting list for hospital treatment fell to 7.6 million",
              # "the number of people waiting for treatment fell to 7.57m")
              "waiting list": "people waiting", "waiting lists": "people waiting",
              "number of people waiting": "people waiting",
              "number of patients waiting": "people waiting"}
# Counted people who attend or watch: their count is the attendance.
AUDIENCE_NOUNS = frozenset({"fan", "spectator", "supporter", "attendee", "person", "viewer",
                            "people", "visitor", "crowd"})
# Measures that grow while a story runs (a campaign's spending, the money it has raised): only
# compared when the clause names their period ("raised $21 million in January").
RUNNING_MEASURES = frozenset({"spending", "funds raised", "donations", "investment"})
# Words before a count that make it a running total at the time of writing, whatever it counts
# ("Clinton now has at least 723 delegates", "the fund has now passed $2m"): compared only with
# a period, as RUNNING_MEASURES.
RUNNING_CUES = ("now has", "now have", "now holds", "now hold", "now totals", "now total",
                "now stands at", "now stand at", "has now", "have now", "now numbers",
                "now number")

# Words between a measure phrase or verb and the number, besides the qualifiers ("a crowd of
# about 40,000", "killed an estimated 12"): left out when reading the words before a number.
FILLER_PHRASES = ("a total of", "an estimated", "some", "the", "a", "an", "by", "to", "nearly",
                  "about")
# Prepositions after a count that open a place or a group before its verb ("350 homes in the
# Rhondda valley were flooded", "140 residents of Mill Street were evacuated").
PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "of", "across", "around", "near", "inside",
                                "along", "throughout"})
# Words among the four before a number that can make it part of a proportion ("6 in 10",
# "nine of the past 13"): only then is the proportion pattern tried.
PROPORTION_WORDS = frozenset({"in", "of", "out", "the", "its", "their", "those", "these",
                              "past", "last", "first", "previous"})
# Words after a count that share it out: the number is per place or per person, not a total
# ("two Americans were killed at each location", "they got £50 apiece").
DISTRIBUTIVE_AFTER = ("at each", "in each", "on each", "for each", "from each", "at every",
                      "in every", "on every", "for every", "from every", "apiece", "each")
