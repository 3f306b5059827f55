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
    # roles in business, sport and public bodies ('Chelsea captain Reece James' is not "the
    # manager"; 'Shadow Chancellor Ed Lane' is not "the home secretary")
    "manager": "manager", "captain": "captain", "chairman": "chair", "chairwoman": "chair",
    "secretary": "secretary", "leader": "leader", "executive": "executive",
    "director": "director", "commissioner": "commissioner", "ambassador": "ambassador",
    "prosecutor": "prosecutor", "analyst": "analyst", "economist": "economist",
}
# Offices a title gives but a description does not ask for: "the Russian leader" may be a
# president or a prime minister, while 'Labour leader Keir Starmer' is not "the chancellor".
ANY_HOLDER_OFFICES = frozenset({"leader"})
# Offices a description names only of whom a title gives them: "the King" is nobody else.
NAMED_ONLY_OFFICES = frozenset({"king", "queen", "pope", "prince", "princess"})
# Offices of two words that a description names only of whom the article titles so, like a
# portfolio ('the Health Secretary'): "the prime minister" is not a chancellor named just
# before, nor "the vice president" a senator.
TITLED_ONLY_OFFICES = frozenset({"prime minister", "first minister", "chief minister",
                                 "vice president"})
OFFICE_QUALIFIERS = frozenset({"vice", "deputy", "former", "ex", "lieutenant", "assistant",
                               "shadow", "junior"})
# The named-only offices as British papers write them after "the" ("the King", "the Pope"):
# descriptions like their lower-case forms.
CAPITALIZED_OFFICES = ("King", "Queen", "Pope", "Prince", "Princess")
