"""Offices: the titles that name what a person holds, one at a time ("President", "Sen.",
"Gov.") and the descriptions that name it ("the president", "the former president"), which
the entity resolver and the speakers read so that "the president" is nobody whose title gives
another office (``extract.entities.references.office``)."""
from __future__ import annotations

# Offices a person holds one of at a time, by the words that name them before a name
# ("Senator", "Sen.") or after "the" ("the senator"): "the president" is not the person the
# article calls "Senator Amy Klobuchar". A word of OFFICE_QUALIFIERS before the office makes it
# another one ("Vice President", "the former president").
OFFICES = {
    "president": "president", "president-elect": "president-elect",
    "senator": "senator", "sen": "senator", "governor": "governor", "gov": "governor",
    "mayor": "mayor", "minister": "minister", "chancellor": "chancellor",
    "premier": "premier", "judge": "judge", "justice": "judge", "coach": "coach",
    "sheriff": "sheriff", "congressman": "congress", "congresswoman": "congress",
    "rep": "congress", "representative": "congress", "king": "king", "queen": "queen",
    "pope": "pope", "prince": "prince", "princess": "princess",
}
# Offices a description names only of whom a title gives them: "the King" is nobody else.
NAMED_ONLY_OFFICES = frozenset({"king", "queen", "pope", "prince", "princess"})
OFFICE_QUALIFIERS = frozenset({"vice", "deputy", "former", "ex", "lieutenant", "assistant",
                               "shadow", "junior"})
# The named-only offices as British papers write them after "the" ("the King", "the Pope"):
# descriptions like their lower-case forms.
CAPITALIZED_OFFICES = ("King", "Queen", "Pope", "Prince", "Princess")
