"""The steps of a proceeding that runs for weeks (``lexicon.proceedings``: a trial's opening
and its verdict, a takeover's approach and its agreed deal, a missing person's appeal and the
charge): reports of its course and of its outcome are one story though weeks apart
(``stories``, steps 3 and 4), where two reports of outcomes (two verdicts: co-defendants'
trials) or of no proceeding (two strike days, two months' figures) are not, nor are the
steps of two proceedings where neither report names the other's protagonist (two trials at one
court: ``Profile.protagonists``, ``protagonists_meet``)."""
from __future__ import annotations

from collections.abc import Iterable

from newsledger.lexicon.proceedings import NOT_IN, PROCEEDINGS

SAME_DAYS = 2  # as ``stories_dates.SAME_DAYS`` (which imports ``profiles``, which imports this)

STEP_WORDS = frozenset().union(*NOT_IN.values(), *(course | outcome
                                                   for course, outcome in PROCEEDINGS.values()))
# The steps of one proceeding join across this many days at most (a long fraud trial runs two
# months), their same-story probability falling linearly from ``stories_dates.SAME_DAYS``.
STEPS_WINDOW_DAYS = 60


def steps_of(words: Iterable[str]) -> frozenset[str]:
    """The proceedings an article reports (``PROCEEDINGS``: one of its course words) and
    which step: "trial:outcome" when it also uses an outcome word, else "trial:course"; none
    when it uses a word that says it is of no such proceeding (``NOT_IN``: a labour dispute's
    "offer" is a pay offer, no takeover's)."""
    present = set(words) & STEP_WORDS
    out = set()
    for name, (course, outcome) in PROCEEDINGS.items():
        if present & course and not present & NOT_IN.get(name, frozenset()):
            out.add(f"{name}:{'outcome' if present & outcome else 'course'}")
    return frozenset(out)


def steps_of_one(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two articles' or stories' steps (``steps_of``; a story's, its articles'
    together) are the course and the outcome of one kind of proceeding, and not both its
    outcome (two verdicts are two trials)."""
    if not (a and b):
        return False
    for name in PROCEEDINGS:
        course, outcome = f"{name}:course", f"{name}:outcome"
        if (course in a and outcome in b or outcome in a and course in b) \
                and not (outcome in a and outcome in b):
            return True
    return False


def protagonists_meet(most_a: frozenset[str], names_a: frozenset[str],
                      most_b: frozenset[str], names_b: frozenset[str]) -> bool:
    """Whether two reports (or stories) name each other's protagonists (``most_``: the
    entities each names most often; ``names_``: all it names): one club's offer for a player
    whose report names the selling club most and whose signing's names the player most, each
    naming the other; not two trials at one court, each about its own defendant."""
    return bool(most_a & names_b) and bool(most_b & names_a)


def steps_date_factor(gap: int) -> float:
    """``stories_dates.date_factor`` of two steps of one proceeding ``gap`` days apart: 1
    within ``SAME_DAYS``, down to 0 at ``STEPS_WINDOW_DAYS``."""
    if gap <= SAME_DAYS:
        return 1.0
    return max(0.0, 1.0 - (gap - SAME_DAYS) / (STEPS_WINDOW_DAYS - SAME_DAYS))
