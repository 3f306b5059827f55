"""Speakers written only as a role ('the spokesman said', 'the minister said', 'the coach
said'): the person the article names in that role, else the unnamed person it introduced with
"a"/"an" in that role, else (when the person before holds no office: 'Farmer Anne Bell') nobody
named. Every sentence here is written for these tests (invented people and organizations)."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes
from newsledger.text import Document

P, A = "person", "anonymous"


def quoted(text: str) -> list[tuple[str, str | None, str]]:
    """(quote, speaker name, speaker kind) of every direct or partial quote."""
    doc = Document(text)
    return [(q.text, q.speaker_name, q.speaker_kind)
            for q in extract_quotes(doc, extract_entities(doc)) if q.kind != "indirect"]


@pytest.mark.parametrize("text, expected", [
    # 'a spokesman for the operator' (no named body) is the spokesman quoted after, not the
    # union leader quoted before
    ('Rail strike called off\n\nUnion leader Mick Dunn said members had voted to accept the '
     'offer. "This is a victory for our members," he said.\n\nA spokesman for the rail operator '
     'said services would return to normal on Monday.\n\n"We apologise to passengers for the '
     'disruption," the spokesman said.',
     [("This is a victory for our members,", "Mick Dunn", P),
      ("We apologise to passengers for the disruption,", None, A)]),
    ('Schools to close\n\nThe education minister, Claire Hobbs, visited the town. "These are '
     'hard choices," the minister said.\n\nA spokeswoman for the council said it had not yet '
     'decided. "No final decision has been made," the spokeswoman said.',
     [("These are hard choices,", "Claire Hobbs", P),
      ("No final decision has been made,", None, A)]),
    # an official of a body the article does not name as one
    ('Blaze at the depot\n\nChief Constable Ray Odell said the fire had been started '
     'deliberately.\n\nA senior fire service official said crews arrived within minutes. "We '
     'did everything we could," the official said.',
     [("We did everything we could,", None, A)]),
])
def test_the_role_of_someone_introduced_unnamed(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a farmer quoted before is not the minister
    ('Farm subsidies to be cut\n\nThe government will announce cuts on Wednesday.\n\nFarmer '
     'Anne Bell said she feared for her future. "We are losing money on every lamb," she '
     'said.\n\n"We cannot keep paying farmers to do nothing," the minister said in Cardiff.',
     [("We are losing money on every lamb,", "Anne Bell", P),
      ("We cannot keep paying farmers to do nothing,", None, A)]),
    # nor a striker the coach
    ('Rovers sign striker\n\nRovers have signed striker Leo Mendes on a three-year deal. "I '
     'am very happy to be here," Mendes said.\n\n"He is quick and he is hungry," the coach '
     'said.',
     [("I am very happy to be here,", "Leo Mendes", P),
      ("He is quick and he is hungry,", None, A)]),
])
def test_someone_of_no_office_is_not_the_office_holder(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the role names the person it titles
    ('Farm subsidies to be cut\n\nAgriculture Minister Rhys Tudor will announce the cuts. '
     'Farmer Anne Bell said she feared for her future.\n\n"We cannot keep paying farmers to '
     'do nothing," the minister said.',
     [("We cannot keep paying farmers to do nothing,", "Rhys Tudor", P)]),
    # a role introduced with "a" and then named ('a coach, Dave Ince,')
    ('Pupils upset\n\nThe school team has a coach, Dave Ince, who took over in May. "They are '
     'scared of losing their friends," the coach said.',
     [("They are scared of losing their friends,", "Dave Ince", P)]),
    # the one introduced unnamed is named in a later sentence
    ('Ban on visit sought\n\nA lawmaker is calling for the singer to be banned. Congressman '
     'Leo Baptiste filed the motion on Monday.\n\n"He has insulted our country," the lawmaker '
     'said.',
     [("He has insulted our country,", "Leo Baptiste", P)]),
    # "a" before other words is no introduction ('a question for the president')
    ('Town hall\n\nPresident Ana Ruiz took questions in Dayton. A nurse had a question for the '
     'president.\n\n"We will fund every hospital," the president said.',
     [("We will fund every hospital,", "Ana Ruiz", P)]),
    # a predicate describes someone named ('she is a spokeswoman')
    ('Store closes\n\nDana Cole is a spokeswoman for the shop. "We are sad to go," the '
     'spokeswoman said.',
     [("We are sad to go,", "Dana Cole", P)]),
])
def test_the_role_of_someone_named(text, expected):
    assert quoted(text) == expected
