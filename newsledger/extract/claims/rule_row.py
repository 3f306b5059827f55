"""The row of the claim extractor's rule tables (``claims.rules``, ``claims.rules_forms``)."""
from __future__ import annotations

from dataclasses import dataclass

from newsledger.rules import Example, Rule


@dataclass(frozen=True, kw_only=True)
class ClaimRule(Rule):
    """A rule of the claim extractor: what it reads, and the lexicon lists it reads it with
    (names in ``newsledger.lexicon.numbers``)."""

    reads: str
    words: tuple[str, ...] = ()


E = Example
