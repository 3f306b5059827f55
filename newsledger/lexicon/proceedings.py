"""Proceedings that run for weeks and end in an outcome: a trial (its opening, its evidence,
its verdict), a takeover or a player's transfer (the approach, the offer, the agreed deal or
the signing), a missing person's case (the appeal and the search, then the person found or
someone charged). The reports of its steps
are one story however many weeks apart (``evaluation/GUIDE.md``, "Stories and verdicts";
``newsledger.reconcile.stories_steps``). Lower case, single words as story terms are.

Each proceeding: the words any report of it uses (``course``) and the words only a report
of its outcome uses (``outcome``). "Guilty" is no outcome: a trial's opening says the defendant
pleaded not guilty. Hand-written from UK and US news usage."""
from __future__ import annotations

PROCEEDINGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # not "cleared": a drug clears its trials, a road is cleared
    "trial": (frozenset({"trial", "jury", "jurors"}),
              frozenset({"convicted", "acquitted", "verdict", "verdicts"})),
    # one buyer's offer for a company or a player, from the approach to the agreed deal or the
    # signing (not "bid": "in a bid to end the strike"; a dispute's pay offer: ``NOT_IN``)
    "takeover": (frozenset({"takeover", "bidder", "merger", "buyout", "offer", "offers"}),
                 frozenset({"agreed", "agrees", "signed"})),
    "missing": (frozenset({"missing", "disappeared", "disappearance"}),
                frozenset({"found", "charged"})),
}

# Words that say a report is of no such proceeding whatever its step words: a labour
# dispute's pay offer and the deal its union agrees are no takeover's steps, and its strike
# days are stories of their own (``evaluation/GUIDE.md``). Not "strikers": a club's forwards.
NOT_IN: dict[str, frozenset[str]] = {
    "takeover": frozenset({"strike", "strikes", "striking", "walkout", "walked", "union",
                           "unions", "pay"}),
}
