"""Every example of every rule table holds (``newsledger.rules``): the rules' examples are the
tests, so a rule cannot drift from what its row says it does."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from newsledger.rules import Example, Rule, RuleTable, check_names, examples, rule_tables

CASES = examples()


@pytest.mark.parametrize("table, row, example", CASES,
                         ids=[f"{t.name}/{r.name}/{i}" for i, (t, r, _) in enumerate(CASES)])
def test_rule_example_holds(table, row, example):
    assert table.check(row, example) is None


@pytest.mark.parametrize("table", rule_tables(), ids=lambda t: t.name)
def test_every_rule_is_named_once_and_has_an_example(table):
    check_names(table.rows)


@dataclass(frozen=True, kw_only=True)
class _Word(Rule):
    pattern: str


def test_a_table_reports_what_fired_when_an_example_fails():
    rows = (_Word(name="digits", pattern=r"\d+", examples=(Example("4 votes", "4"),
                                                            Example("four votes", None))),)
    table = RuleTable("toy", rows, lambda text: [(r.name, m.group()) for r in rows
                                                 for m in re.finditer(r.pattern, text)])
    assert table.check(rows[0], rows[0].examples[0]) is None
    assert table.check(rows[0], rows[0].examples[1]) is None
    assert "expected '5'" in table.check(rows[0], Example("4 votes", "5"))
    assert "must not" in table.check(rows[0], Example("4 votes", None))
    with pytest.raises(ValueError, match="no example"):
        check_names([_Word(name="x", pattern="x")])
