"""Names a reader types by what stands around them: a business noun before a one-word name
("video games publisher Redkite"), a company's head or executive after it ("Halvern CEO, Dana
Price"), a list that joins it to a company ("Toyota, Nissan, and Honda"), "A and B" where the
article names A and B alone, names opening in lower case ("easyJet", "eBay"), magazines, shows,
clubs named by a club's word ("Villa beat Brentford 2-1"), and makes and models before
the things made ("Apple Macintosh computers": no person). Sentences written for these
tests, in wire, UK, business, sport, tabloid and broadcast styles."""
from __future__ import annotations

import pytest

from newsledger.extract.entities import extract_entities
from newsledger.text import Document


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for e in extract_entities(Document(text))}


@pytest.mark.parametrize("text, found", [
    # business wire: a trade's noun before the name, a head or executive after it
    ("Video games publisher Redkite said on Monday it would cut 200 jobs.",
     [("Redkite", "organization")]),
    ("LONDON, May 3 - Games maker Skyvane cut its prices again.", [("Skyvane", "organization")]),
    ("Halvern CEO, Dana Price, said the deal would close in May.",
     [("Halvern", "organization"), ("Dana Price", "person")]),
    ("Corran executive Ann Lee left the company in March.", [("Corran", "organization")]),
    ("Halden Marwick executive Ron Sugar said they took a big swing.",
     [("Halden Marwick", "organization"), ("Ron Sugar", "person")]),
    # lists joined to a company
    ("Shares in Toyota fell 3%. Toyota, Nissan, and Honda all lost ground in Tokyo.",
     [("Nissan", "organization"), ("Honda", "organization")]),
    ("The Big Three -- Chrysler, Ford, and General Motors -- asked Congress for loans.",
     [("Chrysler", "organization"), ("Ford", "organization"), ("General Motors", "organization")]),
    # "A and B" where the article names A and B alone too
    ("Brimley said its profits rose. Brimley and Quillo will merge. Quillo has 900 staff.",
     [("Brimley", "organization"), ("Quillo", "organization")]),
    # names that open in lower case
    ("Shares in easyJet and eBay rose on Friday.",
     [("easyJet", "organization"), ("eBay", "organization")]),
    ("An easyJet spokeswoman said the flight had been cancelled.", [("easyJet", "organization")]),
    # tabloid and broadcast: magazines
    ("The reality star was pictured in Vogue last month, looking tanned.",
     [("Vogue", "organization")]),
    ("Forbes listed her among the richest women in Britain, the programme heard.",
     [("Forbes", "organization")]),
    # sport: a club's word alone, and the side it played
    ("Villa beat Brentford 2-1 on Saturday.",
     [("Villa", "organization"), ("Brentford", "organization")]),
    ("Palace lost 3-0 to Wolves at Molineux.", [("Wolves", "organization")]),
])
def test_found(text: str, found: list[tuple[str, str]]) -> None:
    assert set(found) <= kinds(text)


@pytest.mark.parametrize("text, absent", [
    ("She appeared on Love Island last year and now sells swimwear.", ("Love Island", None)),
    ("The former Gogglebox star opened a cafe in Leeds.", ("Gogglebox", None)),
    ("The iPhone maker gained 2% in New York.", ("iPhone", None)),
    ("Refunds are on easyJet.com, the airline said.", ("easyJet", None)),
    ("The charger uses 3 kWh; the mRNA lab runs macOS.", ("kWh", None)),
    ("The publisher Rupert Murdoch, who owns the paper, spoke at the dinner.",
     ("Rupert Murdoch", "organization")),
    ("Kate Forbes said the budget was fair. Forbes added that taxes would rise.",
     ("Forbes", "organization")),
    ("Marks and Spencer said sales rose 4% in the spring.", ("Marks", None)),
    ("Trinidad and Tobago won independence in 1962.", ("Trinidad", None)),
    ("Salmon and other fish were dying, the Fish and Wildlife Service said. Fish campaigners "
     "and Wildlife Service staff agreed.", ("Fish", None)),
    ("Harlow, Epping and Loughton voted; Harlow Council said turnout was low.",
     ("Loughton", "organization")),
    ("The aircraft carrier Dwight D. Eisenhower sailed on Monday.",
     ("Dwight D. Eisenhower", "organization")),
    ("Nadal beat Djokovic 6-3 in Paris.", ("Nadal", "organization")),
    ("Biden spokesman Andrew Bates said the claim was false.", ("Biden", "organization")),
    ("Republican strategist Ann Lee said the race was close.", ("Republican", "organization")),
    ("It will be held at the Venetian Hotel and Casino. Casino staff and Venetian Hotel guests "
     "will watch.", ("Casino", "organization")),
    ("Bidders offered 5,745 shares of Connaught and C$44.3 million of debt. Connaught said its "
     "board agreed.", ("C", "organization")),
    ("Stripes are in vogue this year, designers say.", ("vogue", None)),
    # a make and a model before the things made: no person
    ("He said that future Apple Macintosh computers will use Intel chips.",
     ("Apple Macintosh", "person")),
    ("Dealers said Corran Vantor cars sold well in June.", ("Corran Vantor", "person")),
])
def test_not_found(text: str, absent: tuple[str, str | None]) -> None:
    name, kind = absent
    got = kinds(text)
    assert not any(n == name and kind in (None, k) for n, k in got)
