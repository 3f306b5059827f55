"""Reported speech (issue 22): subjects far from their verb, adjuncts after a
closing verb, 'according to' after a fronted adjunct, and a fronted setting that states
nothing. Every sentence here is written for these tests, in the styles of UK and US papers,
wire copy, sport and business news."""
from __future__ import annotations

import pytest

from tests.extract.reported_rows import reported


SPEECH = [
    # the subject past a modifier: 'whose', a participle and its adjunct with an aside, a
    # restrictive relative clause with an aside, an aside in brackets
    ("The nurses whose shifts were cut last winter say the wards are now short of staff.",
     [("the wards are now short of staff", "The nurses")]),
    ("Numerous shopkeepers interviewed on the high street this week, including Mr. Patel, "
     "said business had halved.", [("business had halved", "Numerous shopkeepers")]),
    ("The magistrates who refused bail on Tuesday, for example, said the risk of flight was "
     "too high.", [("the risk of flight was too high", "The magistrates")]),
    ("Dr. Asha Mehta (a surgeon at the city hospital) says the rota is unworkable.",
     [("the rota is unworkable", "Asha Mehta")]),
    ("Several season-ticket holders we approached before kick-off said the manager had lost "
     "the dressing room.", [("the manager had lost the dressing room",
                             "Several season-ticket holders")]),
    # adjuncts after a closing verb whose nouns end in -s ('union officials'): no verb there
    ("Outright victory is vital, the party leader said after meeting union officials on "
     "Friday.", [("Outright victory is vital", "the party leader")]),
    ("The talks have stalled, the minister told union leaders.",
     [("The talks have stalled", "the minister")]),
    # 'according to' after a clause opened by a fronted adjunct, the reporter's words after it
    ("In Leeds, turnout was below 30 per cent, according to the returning officer, which left "
     "the result in doubt.", [("In Leeds, turnout was below 30 per cent", "the returning officer")]),
    ("In the first quarter, the retailer made a loss of £40m, according to its accounts, "
     "although sales rose.", [("In the first quarter, the retailer made a loss of £40m",
                              "its accounts")]),
    # an apposition summing up the statement closes it; a figure's change and an apposition
    # inside the statement stay
    ("The trust said it would close the maternity ward, a decision that angered campaigners.",
     [("it would close the maternity ward", "The trust")]),
    ("The club confirmed it would not renew the lease, a move first reported by the Echo.",
     [("it would not renew the lease", "The club")]),
    ("Halden Group said its profit rose to £12m, a rise of a fifth on last year.",
     [("its profit rose to £12m, a rise of a fifth on last year", "Halden Group")]),
    ("The coach said the plan, a move he called overdue, would save money.",
     [("the plan, a move he called overdue, would save money", "The coach")]),
    # another speaker's verb after a conjunction ends the statement, even with no clause of
    # its own; 'and that' goes on with it
    ("Two in three members said the chairman should go, and one in five said the same of the "
     "treasurer.", [("the chairman should go", "Two in three members")]),
    ("He said the club had tried to sell the ground, and that the council had refused.",
     [("the club had tried to sell the ground, and that the council had refused", "He")]),
    # the speaker's next verb of saying after an adverb ends the statement
    ("The mayor said the road would reopen on Monday but later admitted the date could slip.",
     [("the road would reopen on Monday", "The mayor"), ("the date could slip", "The mayor")]),
    # 'noted' with an object: a remark (business, sport)
    ("Analysts noted a sharp rise in bad loans at the bank.",
     [("a sharp rise in bad loans at the bank", "Analysts")]),
    ("The manager noted the improvement in his side's defending after the break.",
     [("the improvement in his side's defending after the break", "The manager")]),
    # a subject past an apposition opened by a possessive name that holds a participle
    ("Brett Hale, the Prime Minister's special envoy to the coalition fighting the rebels, "
     "tweeted that he welcomed the ceasefire.", [("he welcomed the ceasefire", "Brett Hale")]),
    # 'who' contracted with its auxiliary, as 'who has'
    ("Ann Lee, who's argued for years that the pier should be sold, welcomed the vote.",
     [("the pier should be sold", "Ann Lee")]),
    # the second verb of the subject, an adjunct of time before it
    ("The council froze parking fees and on Monday announced the library would reopen in "
     "May.", [("the library would reopen in May", "The council")]),
    # a participle after 'aside from' or a container of speech: its sentence's subject speaks
    ("Apart from saying he was tired, the striker gave no reason for his exit.",
     [("he was tired", "the striker")]),
    ("Chief Constable Ann Lee spoke at a news conference announcing that two men had been "
     "charged.", [("two men had been charged", "Ann Lee")]),
    # (a fronted subordinate clause before a parenthetical attribution stays in its sentence)
    ("If the pitch is waterlogged, the referee said, the match will be moved to Sunday.",
     [("If the pitch is waterlogged, the referee said, the match will be moved to Sunday",
       "the referee")]),
]


@pytest.mark.parametrize("text, expected", SPEECH)
def test_distant_subjects_and_adjuncts(text, expected):
    assert reported(text) == expected


NOT_SPEECH = [
    # a fronted setting (an adjunct and a subordinate clause) is no statement of the speaker's
    "On Tuesday, even as shares were tumbling, the founder wrote to investors.",
    "When the final whistle went, the captain told his players.",
    # a participle after the verb's adjunct: the attribution is the main clause
    "Before the vote, the senator wrote to colleagues, warning of delays.",
    # a contact clause's own subject and verb are no speaker; beliefs, refusals, questions
    "The report we published in May said nothing new.",
    "Analysts at the bank expect the central bank to cut rates in June.",
    "The chairman refused to say whether the club would be sold.",
    "She noted down the registration number of the van.",
    "The noted author will speak at the festival.",
    "The fans booed without saying why they were angry.",
    # a connective, not a statement
    "Having said that, the club will not sell its best players this summer.",
    # an imperative; what explains is no speaker
    "Now tell us the club is not for sale.",
    "The weather helps explain why turnout was so low.",
    "Did the manager say the striker would start?",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_fronted_settings_give_no_indirect_row(text):
    assert reported(text) == []
