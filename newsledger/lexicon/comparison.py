"""Words for comparing claims across the sources of a story (``reconcile.claim_groups``)."""
from __future__ import annotations

# Measures that name who is counted but not what is counted of them: "Seven members (backed
# the cut)" and "two members (wanted a hold)" are different counts under one word, so claims
# whose measure is only one of these are never compared across sources.
VAGUE_MEASURES = frozenset({"people", "persons", "members", "others", "individuals", "ones"})

# Words of measures that are levels, which move from day to day in either direction (a share
# price, an interest rate, an index, a yield, an exchange rate): two days' reports of a level
# that differ, each day's sources agreeing, report a move, not a dispute.
LEVEL_WORDS = frozenset({"price", "prices", "rate", "rates", "index", "indexes", "indices",
                         "yield", "yields", "exchange", "level"})
