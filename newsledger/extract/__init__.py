"""Extractors: one module per kind of record, each a set of small pure functions over text.

- ``dates``: date expressions and their TimeML values; publication-date inference
- ``entities``: people, organizations, places, accounts and their mentions
- ``quotes``: quotations, their kind and their speakers, and reported speech (kind
  ``indirect``)
- ``claims``: numbers asserted as fact
- ``events``: dated happenings
- ``article``: runs them all over one article, in dependency order
"""

KNOWN_LIMITS = """\
- Extraction is rule-based (patterns and word lists, no statistical parser): it follows the
  usual conventions of English news writing and misses unusual constructions.
- Pronoun and description speakers ("he", "the rapper") are resolved to the most recent
  fitting person; long-distance or ambiguous references can be resolved wrongly.
- Reported speech (`quote_kind = indirect`) is found after a reporting verb with a clause
  ("said the road would reopen"), not by parsing: reported questions and requests ("asked
  whether", "urged X to"), noun complements ("announced his candidacy") and statements over
  several sentences are not read, and its span can end earlier or later than the statement.
- Relative dates are resolved against the publication date; articles without one keep only
  their explicit dates. An inferred publication date (from dates the text states) can be
  earlier than the true one.
- Entities merge across articles by name, one-word names and handles; two different people
  with the same full name are merged.
- Claim conflicts compare values of the same measure key: a key that is too coarse can flag
  different measures as conflicting, one too fine misses a conflict.
"""
