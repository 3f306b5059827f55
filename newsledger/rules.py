"""Rules as data, each with its examples (HeidelTime's resource files are the model).

An extractor keeps its rules in a table: one row per rule, with a short ``name`` (the id the
release shows, e.g. ``dates.rule``), what the rule matches and how it normalises, and one or
more examples of text and what the rule gives for it. The examples are tests:
``tests/test_rule_examples.py`` runs every example of every registered table, so adding a rule
is adding a row with its example, and a rule whose example no longer holds fails the suite.

    from newsledger.rules import Example, Rule, RuleTable, register

    @dataclass(frozen=True, kw_only=True)
    class DateRule(Rule):
        pattern: str
        value: str                     # how the match is normalised

    RULES = (
        DateRule(name="month-day", pattern=r"...", value="...",
                 examples=(Example("on Nov. 4", "2020-11-04"),
                           Example("No. 4 seed", None))),   # None: the rule must not fire
        ...
    )
    register(RuleTable("dates", RULES, apply=lambda text: [(rule_name, value), ...]))

``apply`` runs the table's extractor on an example's text (with any context the table needs
fixed in the closure, such as a publication date) and returns what fired, as (rule name,
result) pairs. An example holds when its row fired with the expected result, or, for an
``Example(text, None)``, when its row did not fire at all. Guards that do not fit a row stay
small named predicates that rows refer to by name.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Example:
    """A text and what its rule gives for it; ``expect=None``: the rule must not fire."""

    text: str
    expect: Any = None


@dataclass(frozen=True, kw_only=True)
class Rule:
    """A row of a rule table: its name and its examples. Tables subclass it with their own
    fields (pattern, normalisation, cue, confidence, ...)."""

    name: str
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class RuleTable:
    """A named table of rules and how to run one example through it."""

    name: str
    rows: Sequence[Rule]
    apply: Callable[[str], Iterable[tuple[str, Any]]] = field(repr=False)

    def check(self, row: Rule, example: Example) -> str | None:
        """None when ``example`` holds for ``row``, else a sentence saying what fired instead."""
        fired = list(self.apply(example.text))
        mine = [result for name, result in fired if name == row.name]
        if example.expect is None:
            return None if not mine else (
                f"{self.name}/{row.name} fired on {example.text!r} (gave {mine[0]!r}); "
                "its example says it must not")
        if example.expect in mine:
            return None
        return (f"{self.name}/{row.name} on {example.text!r}: expected {example.expect!r}, "
                f"got {fired!r}")


_TABLES: dict[str, RuleTable] = {}
# Modules that register rule tables when imported (each calls ``register`` at import time).
RULE_MODULES: tuple[str, ...] = ("newsledger.extract.claims.rules", "newsledger.extract.dates",
                                 "newsledger.extract.events", "newsledger.extract.quotes.rules",
                                 "newsledger.extract.quotes.reported",
                                 "newsledger.extract.entities.sides")


def register(table: RuleTable) -> RuleTable:
    """Make ``table`` known to the example tests; its name must be unique."""
    if table.name in _TABLES and _TABLES[table.name] is not table:
        raise ValueError(f"two rule tables are named {table.name!r}")
    _TABLES[table.name] = table
    return table


def rule_tables() -> list[RuleTable]:
    """Every registered table (importing ``RULE_MODULES`` first), by name."""
    for module in RULE_MODULES:
        importlib.import_module(module)
    return [_TABLES[name] for name in sorted(_TABLES)]


def examples() -> list[tuple[RuleTable, Rule, Example]]:
    """Every (table, row, example) of every registered table, for parametrized tests."""
    return [(t, row, ex) for t in rule_tables() for row in t.rows for ex in row.examples]


def measured_precision(measured: Mapping[str, float], name: str) -> float:
    """A row's confidence: its measured share of right rows (``lexicon.reliability``), kept
    within 0 and 1 and rounded to three places."""
    return round(min(1.0, max(0.0, measured[name])), 3)


def check_names(rows: Iterable[Rule]) -> None:
    """Rule names are unique within a table and every row has an example."""
    seen: set[str] = set()
    for row in rows:
        if row.name in seen:
            raise ValueError(f"two rules are named {row.name!r}")
        if not row.examples:
            raise ValueError(f"rule {row.name!r} has no example")
        seen.add(row.name)
