"""Reported speech (issue 22): a verb of saying closing its paragraph with a colon, and the
next paragraph its words without quote marks (a block quotation: 'The governor added:' then
the paragraph). Every sentence here is written for these tests (wire, UK, sport, business,
broadcast styles)."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import reported


@pytest.mark.parametrize("text, expected", [
    # broadcast (a talk-show host's words)
    ("The host was not finished. He added:\n\nAnd from a front-runner, this is the greatest "
     "fear I have ever seen. She cannot win without the referee?\n\nThe show went to a break.",
     ("And from a front-runner, this is the greatest fear I have ever seen. She cannot win "
      "without the referee?", "He")),
    # UK politics, an adjunct before the colon
    ("In a speech last July, the minister said:\n\nLet no one be mistaken, the plan is a cancer "
     "on the party and it must be cut out.",
     ("Let no one be mistaken, the plan is a cancer on the party and it must be cut out",
      "the minister")),
    # business
    ("In a note to clients, the bank wrote:\n\nWe expect rates to stay on hold until the "
     "spring, with a cut in May the most likely outcome.",
     ("We expect rates to stay on hold until the spring, with a cut in May the most likely "
      "outcome", "the bank")),
    # sport
    ("Asked about the title race, the manager said:\n\nWe have ten games left and every one of "
     "them is a final for us.",
     ("We have ten games left and every one of them is a final for us", "the manager")),
    # a columnist
    ("The film opened on Friday to poor reviews.\n\nAnn Lee writes:\n\nThe film names neither the mayor nor her deputy, and no argument is "
     "made about what either of them did.",
     ("The film names neither the mayor nor her deputy, and no argument is made about what "
      "either of them did", "Ann Lee")),
])
def test_block_after_a_colon(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, block", [
    # a direct quote, a post, a list, a heading: no block of prose
    ('The coach was upset. He said:\n\n"We were second best all afternoon and we know it."',
     "We were"),
    ("The crowd loved it. One fan tweeted:\n\n<tweet>What a goal, what a night for the club!"
     "</tweet>", "What a goal"),
    ("The manifesto is short. The party promised:\n\n- lower taxes for families\n- more "
     "nurses", "lower taxes"),
    ("The speech was brief. The minister said:\n\nBudget 2025", "Budget"),
    # the verb has an object of its own before the colon
    ("The rally was small. The network noted the sparse attendance:\n\nEven its own reporter "
     "pointed out the empty seats at the rally.", "Even its own"),
    # negated, hypothetical, a belief
    ("The talks went on. The club did not say:\n\nThe manager will leave at the end of the "
     "season.", "The manager will"),
    ("Nobody spoke. If the minister had said:\n\nThe plan is dead, the markets would have "
     "fallen.", "The plan is dead"),
    ("The works go on. The mayor hopes:\n\nThe road will reopen before the winter comes.",
     "The road will"),
])
def test_no_block(text, block):
    assert not any(content.startswith(block) for content, _ in reported(text))
