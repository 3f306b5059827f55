"""Words of reported speech whose object is what was said (quotes of kind ``indirect``, issue
22): the verbs and their kinds (a request, a judgement, a commitment, a question, a statement
named by its object), their participles, the particles some need, and the nouns that make an
object a proposition, an event, an offence or nothing said. Hand-written from the usage of
English news; the verbs of saying with a clause are in ``speech.py``."""
from __future__ import annotations

# Verbs of saying whose object is what was said, not a clause (issue 22, second round): a
# request ('urged X to …', 'called for …', 'asked X to …'), an accusation or a judgement
# ('accused X of …', 'criticized …', 'praised …'), a commitment ('vowed to …', 'promised …'),
# a question ('asked whether …', 'questioned whether …') or a statement named by its object
# ('cited …', 'announced …', 'denied …'). Forms as written -> (lemma, kind); the kind is the
# row of ``extract/quotes/reported.py`` that reads them. Verbs that also take a clause
# ('announced that …', 'warned that …') are read as clauses first (``REPORTED_CUES``).
_OBJECT_VERBS = {
    "request": ("urge", "press", "implore", "beg", "exhort", "demand"),
    "judgement": ("accuse", "criticize", "criticise", "praise", "blame", "condemn", "denounce",
                  "applaud", "commend", "hail", "fault", "lambast"),
    "commitment": ("vow", "pledge", "promise", "threaten"),
    "object": ("cite", "announce", "deny", "propose", "recommend", "dispute", "unveil"),
    "question": ("question",),
}
_IRREGULAR_FORMS = {"deny": ("denied", "denies"), "beg": ("begged", "begs"),
                    "fault": ("faulted", "faults")}


def _forms(lemma: str) -> tuple[str, str]:
    """Past and third-person forms of a regular verb ('cite' -> 'cited', 'cites')."""
    if lemma in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[lemma]
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    return past, third


# Forms that are nouns far more often than verbs ('a question', 'the press', 'his promise').
_NOUN_ONLY = frozenset({"question", "questions", "promise", "pledge", "vow", "demand", "praise",
                        "blame", "press", "presses", "hail", "hails", "fault", "faults"})
OBJECT_CUES = {form: (lemma, kind) for kind, lemmas in _OBJECT_VERBS.items()
               for lemma in lemmas for form in (*_forms(lemma), lemma) if form not in _NOUN_ONLY}
OBJECT_CUES.update({  # (not the base form: 'a call for', 'the original call for')
    f"{verb} {particle}": (f"call {particle}", "request")
    for verb in ("called", "calls") for particle in ("for", "on", "upon")})
OBJECT_CUES.update({
    "called": ("call", "judgement"), "calls": ("call", "judgement"),  # 'called him a liar'
    "asked": ("ask", "question"), "asks": ("ask", "question"), "ask": ("ask", "question"),
    "asked for": ("ask for", "request"), "asks for": ("ask for", "request"),
    "appealed for": ("appeal for", "request"), "appealed to": ("appeal to", "request"),
    "wondered": ("wonder", "question"), "wonders": ("wonder", "question")})
# Verbs of saying already read for a clause (``REPORTED_CUES``) whose object can also be what
# was said: 'announced a plan to …', 'denied the report', 'warned of …', 'vowed to …',
# 'noted the poor state of the roof' (measured on PolNeAR: 'noted' with an object is a
# remark 13 times in 15; 'reported', 'posted', 'tweeted', 'acknowledged', 'confirmed',
# 'recalled' with an object are not, 0.5-0.75: 'reported a profit', 'posted a video').
# 'argue', 'complain' and 'insist' report a stance with a particle before their object
# (``PARTICLE_OBJECTS``); 'claim' is read as a commitment for its to-infinitive only ('claims to have seen the car',
# 'claimed to be undecided'), never for a noun ('claimed victory'); 'charge' is an accusation
# only with the charge after 'with' ('charged two men with fraud', not 'charged £5').
OBJECT_LEMMAS_OF_CUES = {"announce": "object", "deny": "object", "warn": "request",
                         "vow": "commitment", "promise": "commitment", "pledge": "commitment",
                         "tell": "request", "remind": "request", "challenge": "request",
                         "recommend": "object", "note": "object", "claim": "commitment",
                         "argue": "object", "complain": "object", "insist": "object",
                         "charge": "judgement"}
# Verbs of saying whose object after a particle is the stance they report ('argued against
# the closure of the depot', 'argued in favour of a second vote', 'complained about the
# noise', 'insisted on a recount'); without the particle they report nothing by their
# object ('argued the case', 'complained of chest pains': an ailment, not a statement).
PARTICLE_OBJECTS = {"argue": ("for", "against", "in favour of", "in favor of"),
                    "complain": ("about",), "insist": ("on", "upon")}
# Words of a length of time, no stance ('argued for hours', 'complained for years').
DURATION_WORDS = frozenset({"hour", "hours", "minute", "minutes", "day", "days", "week",
                            "weeks", "month", "months", "year", "years", "decade", "decades",
                            "ages", "long", "time", "while", "some", "several", "two", "three",
                            "an", "a"})
# Nouns that carry a proposition or a speech act of their speaker, so that the object of a
# verb of saying headed by one is what was said ('announced his resignation' = that he
# resigns, 'tweeted her thanks to the president', 'stated his intention to vote for the
# bill', 'reiterated his support for the deal', 'admitted his mistake', 'maintained his
# innocence', 'reported a loss of $2 million'); objects headed by other nouns are things
# ('announced a new album', 'tweeted a photograph', 'wrote a check', 'confirmed a judge').
PROPOSITION_NOUNS = frozenset({
    # what the speaker will do or has done
    "resignation", "retirement", "candidacy", "bid", "run", "intention", "intentions",
    "intent", "plan", "plans", "decision", "withdrawal", "departure", "exit", "return",
    "refusal", "willingness", "readiness", "determination", "commitment", "pledge",
    "promise", "vow", "veto", "boycott",
    # the speaker's stance towards someone or something
    "support", "backing", "endorsement", "opposition", "objection", "objections",
    "approval", "disapproval", "preference", "interest", "desire", "wish", "hope", "hopes",
    "thanks", "gratitude", "appreciation", "admiration", "congratulations", "condolences",
    "sympathy", "solidarity", "apology", "apologies", "regret", "regrets", "concern",
    "concerns", "fears", "doubts", "reservations", "misgivings", "frustration", "anger",
    "disappointment", "dismay", "outrage", "displeasure", "satisfaction", "confidence",
    "optimism", "scepticism", "skepticism", "criticism", "criticisms", "praise",
    # what the speaker owns up to or rejects
    "innocence", "guilt", "responsibility", "credit", "involvement", "mistake", "mistakes",
    "error", "errors", "failure", "failures", "wrongdoing", "allegation", "allegations",
    "accusation", "accusations", "charge", "charges", "claim", "claims", "rumour",
    "rumours", "rumor", "rumors",
    # what the speaker declares agreed
    "agreement", "deal", "ceasefire", "truce", "settlement",
    # a firm's results, as it announces them ('announced a loss of $14.6 billion')
    "profit", "profits", "loss", "losses", "earnings", "revenue", "revenues",
})
# (Not 'victory' nor 'defeat': 'conceded defeat', 'declared victory' acknowledge an outcome
# and report nothing more.)
# Verbs of saying, read for a clause first, that report a statement with a noun object only
# when a noun of ``PROPOSITION_NOUNS`` heads it ('acknowledged his mistake', not
# 'acknowledged the crowd'; 'tweeted her thanks', not 'tweeted a photograph'): the
# ``object`` row reads them after the clause rows found nothing.
# (Not 'post', 'claim', 'report': 'posted a loss', 'claimed a victory in the primary',
# 'reported a profit', 'reported a fire' give a result or an event, not a statement; nor
# 'reveal', whose subject is as often evidence: 'the tweet reveals plans for …'.)
PROPOSITION_OBJECT_LEMMAS = frozenset({
    "tweet", "state", "acknowledge", "confirm", "admit", "concede", "declare", "maintain",
    "reiterate", "disclose", "affirm", "proclaim", "assert", "signal", "indicate",
    "announce", "deny"})
# Verbs whose noun phrase object is what was said when it names a measure, a change or an
# outcome (``EVENT_NOUNS``), as a clause would ('The chancellor unveiled plans for a new
# rail link', 'Tesco confirmed the closure of 20 stores', 'Analysts predicted a fall in
# profits'); other objects are things ('unveiled a statue', 'confirmed a judge', 'predicted
# the weather'; nor 'confirmed funding for two more years': a grant, no statement).
EVENT_OBJECT_LEMMAS = frozenset({"unveil", "confirm", "predict"})
EVENT_NOUNS = frozenset({
    # measures
    "proposal", "proposals", "policy", "policies", "measure", "measures", "reform", "reforms",
    "budget", "package", "strategy", "agenda", "scheme", "initiative", "programme", "program",
    "legislation", "bill", "rules", "regulations", "changes", "overhaul", "review", "inquiry",
    "investigation", "probe", "sentence", "ban", "tax", "taxes", "levy", "tariff", "tariffs", "subsidy",
    "subsidies", "target", "targets", "freeze", "cap",
    # a firm's or a body's news
    "cut", "cuts", "closure", "closures", "layoffs", "redundancies", "sale", "merger",
    "takeover", "acquisition", "appointment", "resignation", "signing", "death", "deaths",
    "recall", "strike", "strikes", "delay", "delays", "postponement", "cancellation",
    # changes and outcomes
    "rise", "increase", "increases", "fall", "decline", "drop", "slowdown", "recession",
    "recovery", "growth", "surge", "collapse", "shortage", "shortfall", "deficit", "surplus",
    "win", "victory", "defeat", "landslide", "upset",
})
# Heads of noun phrase objects that only point at what was said ('announced the news',
# 'confirmed the details'): no statement of their own, no row (but 'denied reports that …',
# 'condemned the remarks as …' say what they are about).
EMPTY_OBJECT_HEADS = frozenset({"news", "details", "information"})
# What a formal charge names after 'charged X with' ('with murder', 'with two counts of
# fraud', 'with defrauding investors', 'with failing to control its players'): an offence,
# not a task ('charged the inspectors with verifying …' gives them a job, no accusation).
OFFENCES = frozenset({
    "murder", "manslaughter", "homicide", "assault", "battery", "fraud", "theft", "robbery",
    "burglary", "rape", "kidnapping", "bribery", "corruption", "conspiracy", "perjury",
    "contempt", "treason", "terrorism", "trafficking", "possession", "harassment", "stalking",
    "misconduct", "obstruction", "embezzlement", "extortion", "arson", "libel", "espionage",
    "smuggling", "racketeering", "offence", "offences", "offense", "offenses", "crime",
    "crimes", "felony", "felonies", "misdemeanor", "misdemeanors", "count", "counts",
    "charges", "breaches", "violations",
    # what the accused did, as a charge words it
    "defrauding", "murdering", "killing", "stealing", "assaulting", "obstructing",
    "conspiring", "attempting", "possessing", "causing", "failing", "breaching", "violating",
    "misleading", "lying", "harassing", "threatening", "bringing", "receiving", "accepting",
    "selling", "supplying", "importing", "laundering", "leaking", "hacking", "using",
})
# Verbs of owning up whose noun phrase object is what they admit, whatever its head
# ('acknowledged the scale of the problem', 'acknowledged difficulties in keeping data
# secure'), unless the object is a person or a gesture of others ('acknowledged the crowd',
# 'acknowledged the applause', ``NOT_ADMITTED``). (Not 'admit', whose object is as often
# people let in: 'the hospital admitted 20 patients'; nor 'concede': 'conceded a goal'.)
ADMISSION_LEMMAS = frozenset({"acknowledge"})
NOT_ADMITTED = frozenset({
    "crowd", "crowds", "fans", "audience", "supporters", "applause", "cheers", "cheering",
    "ovation", "chants", "boos", "greeting", "greetings", "wave", "nod", "receipt",
    "presence", "victims", "families", "people", "players", "staff", "team", "him", "her",
    "them", "me", "us", "you", "it", "this", "that"})
# Verbs of saying whose gerund object is a statement, as a clause would be ('reported
# raising $9 million', 'acknowledged urging his staff to …', 'recalled meeting her in 2010'):
# those of ``PROPOSITION_OBJECT_LEMMAS`` and these.
GERUND_OBJECT_LEMMAS = frozenset({"report", "recall", "mention"})
# Words in -ing that are no gerund after a verb of saying ('said during', 'reported nothing',
# 'confirmed the meeting' has its article; 'reported meeting' without one is the noun).
NOT_GERUNDS = frozenset({
    "during", "nothing", "something", "anything", "everything", "according", "including",
    "regarding", "concerning", "following", "morning", "evening", "building", "meeting",
    "funding", "housing", "training", "polling", "warning", "wedding", "shooting", "bombing",
    "ruling", "hearing", "briefing", "landing", "opening", "offering", "spring", "string",
    "ceiling", "clothing", "painting", "setting", "feeling", "beginning", "ending",
    "outstanding", "pending", "notwithstanding", "amazing", "interesting", "surprising",
    "disappointing", "troubling", "alarming", "shocking", "striking", "willing"})
# Participles of those verbs after a statement ('…, citing …', '…, urging X to …').
OBJECT_PARTICIPLES = {"citing": "cite", "urging": "urge", "calling for": "call for",
                      "calling on": "call on", "accusing": "accuse", "blaming": "blame",
                      "criticizing": "criticize", "criticising": "criticise",
                      "praising": "praise", "vowing": "vow", "pledging": "pledge",
                      "promising": "promise", "demanding": "demand", "asking": "ask",
                      "questioning": "question", "denying": "deny", "announcing": "announce",
                      "threatening": "threaten", "condemning": "condemn"}
