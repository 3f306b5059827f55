"""Word lists used by the extractors, kept as data in one place, one module per domain:

- ``people``: titles, roles, pronouns, descriptive nouns, anonymous speakers
- ``people_nouns``: nouns of one person and of people, singular and plural, read by the
  quote extractor and the claims filters
- ``given_names``: given names that say a person's gender
- ``offices``: the titles that name what a person holds
- ``organizations``: evidence that a name is an organization's (head words, cues, sides,
  descriptions that stand for a body)
- ``outlets``: news outlets, by name and by the last words of their names
- ``politics``: parties whose names are common words, constituencies and what is none, the
  buildings and streets that speak for a government
- ``places``: place names and their canonical forms
- ``works``: works and occasions, which name no entity ("the film ...", "the Games")
- ``weather``: the words that open a storm's name
- ``grammar``: small grammar word lists the quote and entity patterns read
- ``speech``: reporting verbs (cues) and their lemmas, framing and title words
- ``speech_objects``: the verbs, objects and adjuncts of reported speech
- ``reliability``: how often each speaker rule names the right speaker (measured)
- ``time``: months, weekdays, seasons, parts of the day, relative date words
- ``actions``: verb forms to lemmas for event actions
- ``numbers``: number words, units and their singular forms, qualifier phrases, what is not a
  claim
- ``measures``: what a claim counts (measure nouns, verbs and phrases), period phrases, and
  what makes a number not a count asserted as fact
- ``markets``: market reports' benchmarks (indices, currencies, commodities, bonds), their
  moves and the words between a benchmark and its number
- ``comparison``: words for comparing claims across a story's sources
- ``function_words``: words that say nothing about which happening an article reports
- ``proceedings``: the course and the outcome of proceedings that run for weeks (stories)
- ``ingest``: reading corpora (headline heuristics, header fields)
- ``abbreviations``: abbreviations and sentence openers, for sentence ends (``newsledger.text``)

Extraction modules import from here; they hold no word lists of their own.
"""
