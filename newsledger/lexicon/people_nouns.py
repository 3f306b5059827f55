"""Nouns of people, each list once: who can be a speaker written as a noun ('the aide', 'a
mother in Leeds', 'Residents of Eastfield'), read by the quote extractor and the claims
filters."""
from __future__ import annotations

# People who can only be of a place, never of a body ('Residents of Eastfield said': a
# place, whatever kind the entity extractor gave its name).
INHABITANTS = frozenset({
    "residents", "locals", "villagers", "inhabitants", "townspeople", "townsfolk",
    "islanders", "neighbours", "neighbors", "homeowners", "citizens",
})
