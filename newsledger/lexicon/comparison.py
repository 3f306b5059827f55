"""Words for comparing claims across the sources of a story (``reconcile.claim_groups``)."""
from __future__ import annotations

# Measures that name who is counted but not what is counted of them: "Seven members (backed
# the cut)" and "two members (wanted a hold)" are different counts under one word, so claims
# whose measure is only one of these are never compared across sources.
VAGUE_MEASURES = frozenset({"people", "persons", "members", "others", "individuals", "ones"})
