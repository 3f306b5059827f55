"""The steps of a proceeding that runs for weeks (``lexicon.proceedings``: a trial's opening
and its verdict, a takeover's approach and its agreed deal, a missing person's appeal and the
charge): reports of its course and of its outcome are one story though weeks apart
(``stories``, steps 3 and 4), where two reports of outcomes (two verdicts: co-defendants'
trials) or of no proceeding (two strike days, two months' figures) are not, nor are the
steps of two proceedings whose reports name most different protagonists (two trials at one
court: ``Profile.protagonists``)."""
from __future__ import annotations

from collections.abc import Iterable

from newsledger.lexicon.proceedings import PROCEEDINGS

SAME_DAYS = 2  # as ``stories_dates.SAME_DAYS`` (which imports ``profiles``, which imports this)

STEP_WORDS = frozenset().union(*(course | outcome for course, outcome in PROCEEDINGS.values()))
# The steps of one proceeding join across this many days at most (a long fraud trial runs two
# months), their same-story probability falling linearly from ``stories_dates.SAME_DAYS``.
STEPS_WINDOW_DAYS = 60


def steps_of(words: Iterable[str]) -> frozenset[str]:
    """The proceedings an article reports (``PROCEEDINGS``: one of its course words) and
    which step: "trial:outcome" when it also uses an outcome word, else "trial:course"."""
    present = set(words) & STEP_WORDS
    out = set()
    for name, (course, outcome) in PROCEEDINGS.items():
        if present & course:
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


def steps_date_factor(gap: int) -> float:
    """``stories_dates.date_factor`` of two steps of one proceeding ``gap`` days apart: 1
    within ``SAME_DAYS``, down to 0 at ``STEPS_WINDOW_DAYS``."""
    if gap <= SAME_DAYS:
        return 1.0
    return max(0.0, 1.0 - (gap - SAME_DAYS) / (STEPS_WINDOW_DAYS - SAME_DAYS))
