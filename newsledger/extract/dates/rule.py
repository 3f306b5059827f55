"""The date rule: one row of the date table (``patterns.RULES``)."""
from __future__ import annotations

from dataclasses import dataclass

from newsledger.rules import Rule


@dataclass(frozen=True, kw_only=True)
class DateRule(Rule):
    """A date pattern and how its match becomes values.

    ``firsts``: the lower-case words a match can begin with ("0" for a digit or an
    apostrophe); matching tries, at each word, only the rows that can begin with it.
    ``normalise``: the name of its normaliser (``resolve.NORMALISERS``), which may give the
    ``dates.rule`` ids listed in ``gives`` (the row's own name when empty).
    ``guards``: named predicates (``resolve.GUARDS``) that veto a match before it is normalised.
    ``relative``: it needs the publication date (without one it gives nothing)."""

    pattern: str
    firsts: frozenset[str]
    normalise: str
    gives: tuple[str, ...] = ()
    guards: tuple[str, ...] = ()
    relative: bool = False
