"""Proceedings that run for weeks and end in an outcome: a trial (its opening, its evidence,
its verdict), a takeover (the approach, the bid, the agreed deal), a missing person's case (the
appeal and the search, then the person found or someone charged). The reports of its steps
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
    # not "bid": "in a bid to end the strike"
    "takeover": (frozenset({"takeover", "bidder", "merger", "buyout"}),
                 frozenset({"agreed", "agrees"})),
    "missing": (frozenset({"missing", "disappeared", "disappearance"}),
                frozenset({"found", "charged"})),
}
