"""Multi-outlet stories written for these tests (tests/data/stories/: wire, tabloid, broadsheet,
local and transcript styles): genuine conflicts are flagged, genuine agreements found, and no
trap (ages, durations, phone numbers, other awards, other years, a rise against a fall) is
compared at all. Built end to end with ``build_locally``."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsledger.build import BuildOptions, build_locally

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"

CONFLICTS = [
    "brennan plastics|workers killed||worker",  # three against FOUR
    "maria lopez|votes received||vote",  # 12,400 against 14,200
    "northwind bank|pre-tax profit|2024|gbp",  # £2.1bn (twice) against £2.4bn
    "storm elin|people killed||person",  # 7 / seven against NINE
    "storm elin|homes without power||home",  # 40,000 against 38,000 with no electricity
    "harbour town|attendance||person",  # a crowd of 12,500, 12,480, about 15,000 fans
    "northline rail|people killed||person",  # five / 5 against SIX
    "celtic star|crew injured||crew",  # "injuring two crew members" (wire, reprinted twice)
    #                                    against "three crew members were hurt" (radio)
]
AGREES = [
    "brennan plastics|people injured||person",  # about 30 and 32
    "maria lopez|turnout||percent",  # about 41% and 41.3%
    "northwind bank|jobs cut||job",  # 650 and 650
    "northwind bank|revenue||gbp",  # £9.8bn, nearly £10bn, 9.8 billion pounds
    "tom healy|votes received||vote",  # 10,600 in a transcript and on the wire
    "long shore|box office takings||gbp",  # £4.2m and 4.2 million pounds
    "long shore|nominations (bafta)||nomination",  # 11 Bafta nominations, twice
    "storm elin|homes flooded||home",  # more than 300, 320, around 330
    "harbour town|prize money||gbp",  # £50,000 in a paper and on air
    "northline rail|people injured||person",  # 61 and at least 60 (a survivor speaks between)
    "northline rail|passengers||passenger",  # about 200 and 180
    "bank of england|interest rate||percent",  # "held its Bank Rate at 5.25%" and "kept
    #                     interest rates at 5.25%"; in the next story, 5% and 5% (lookalikes)
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    out = tmp_path_factory.mktemp("stories")
    build_locally(BuildOptions(corpus=(STORIES,), out=out, release_date="2024-01-01",
                               cache=None, workers=1, strict=True))
    return pq.read_table(out / "0.1.0" / "claims.parquet").to_pylist()


def verdicts(claims: list[dict]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in claims:
        out.setdefault(c["measure_key"], set()).add(c["consistency"])
    return out


@pytest.mark.parametrize("key", CONFLICTS)
def test_genuine_conflicts_are_flagged(claims, key):
    assert verdicts(claims)[key] == {"conflicts"}


@pytest.mark.parametrize("key", AGREES)
def test_genuine_agreements_are_found(claims, key):
    assert verdicts(claims)[key] == {"agrees"}


def test_nothing_else_is_flagged(claims):
    flagged = {c["measure_key"] for c in claims if c["consistency"] == "conflicts"}
    assert flagged == set(CONFLICTS)


TRAPS = {
    "factory-fire": ["52", "23", "61", "two years", "six hours", "88"],
    "mayor-race": ["47", "four-year", "20 years"],
    "bank-results": ["seven years", "£1.8bn", "3%", "2 percent"],
    "film-awards": ["seven nominations"],
    "storm-floods": ["84", "60 years", "£1.2m", "90mph"],
    "cup-final": ["31 goals", "29 goals", "four points", "six points", "three years", "45"],
    "train-crash": ["34", "£3.2m", "40 million passengers", "58 mph", "60 mph", "three days"],
}


@pytest.mark.parametrize("story, value_text", [(s, v) for s, vs in TRAPS.items() for v in vs])
def test_traps_are_never_compared(claims, story, value_text):
    """Ages, durations, scores, another award's nominations, another year's profit, a rise
    against a fall: each stays in a cluster of its own source."""
    matching = [c for c in claims if c["value_text"] == value_text
                and c["source_id"].startswith(f"{story}/")]
    assert matching
    assert {c["consistency"] for c in matching} == {"single_source"}


def test_numbers_that_are_not_claims(claims):
    texts = {c["value_text"] for c in claims}
    assert not texts & {"1985", "9", "555-0143", "0800", "123", "456", "555", "0199", "1962",
                        "14", "2019", "3-1", "3", "1"}


def test_measure_and_period_columns(claims):
    by_text = {(c["source_id"], c["value_text"]): c for c in claims}
    profit = by_text[("bank-results/broadsheet", "£2.1bn")]
    assert (profit["measure"], profit["period"]) == ("pre-tax profit", "2024")
    age = by_text[("factory-fire/tabloid", "52")]
    assert (age["measure"], age["unit"]) == (None, "year")
