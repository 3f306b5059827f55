"""Word lists used by the extractors, kept as data in one place, one module per domain:

- ``people``: titles, roles, pronouns, descriptive nouns, given names, anonymous speakers
- ``people_nouns``: nouns of one person and of people, singular and plural, read by the
  quote extractor and the claims filters
- ``speech``: reporting verbs (cues) and their lemmas, framing and title words, the verbs,
  objects and adjuncts of reported speech
- ``time``: months, weekdays, seasons, parts of the day, relative date words
- ``actions``: verb forms to lemmas for event actions
- ``numbers``: number words, units and their singular forms, qualifier phrases, what is not a
  claim
- ``measures``: what a claim counts (measure nouns, verbs and phrases), period phrases, and
  what makes a number not a count asserted as fact
- ``markets``: market reports' benchmarks (indices, currencies, commodities, bonds), their
  moves and the words between a benchmark and its number
- ``ingest``: headline heuristics
- ``abbreviations``: abbreviations and sentence openers, for sentence ends (``newsledger.text``)

Extraction modules import from here; they hold no word lists of their own.
"""
