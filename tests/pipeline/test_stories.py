"""Multi-outlet stories written for these tests (tests/data/stories/: wire, tabloid, broadsheet,
local and transcript styles; lookalikes.jsonl: dated pairs of look-alike happenings): the
articles of each story and no others share a story, copies name their original, genuine
conflicts are flagged, genuine agreements found, and no trap (ages, durations, phone numbers,
other awards, other years, a rise against a fall, two stories' numbers) is compared at all.
Built end to end with ``build_locally``."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsledger.build import BuildOptions, build_locally

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"

CONFLICTS = [
    "brennan plastics|workers killed||worker",  # three against FOUR
    "brennan plastics|people killed||person",  # the wire's headline "kills three": that toll
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
    "kestrel logistics|people injured||person",  # 12, Twelve and 12 ("Three of the injured
    #                      were taken to hospital" is no second count of the injured)
    "bank of england|interest rate||percent",  # "held its Bank Rate at 5.25%" and "kept
    #                     interest rates at 5.25%"; in the next story, 5% and 5% (lookalikes)
]


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    out = tmp_path_factory.mktemp("stories")
    build_locally(BuildOptions(corpus=(STORIES,), out=out, release_date="2024-01-01",
                               cache=None, workers=1, strict=True))
    return out / "0.1.0"


@pytest.fixture(scope="module")
def claims(release):
    return pq.read_table(release / "claims.parquet").to_pylist()


def table(release, name):
    return pq.read_table(release / f"{name}.parquet").to_pylist()


# Each story's articles: the folder of a .txt story, the part of a lookalikes.jsonl id before "/".
STORY_OF = {"usk-floods-february": "usk-february", "usk-floods-march": "usk-march",
            "bank-rate-hold": "rate-hold", "bank-rate-cut": "rate-cut",
            "ferry-fire": "ferry-fire", "bus-crash": "bus-crash",
            "eastmere-stabbing": "eastmere", "dunford-stabbing": "dunford"}


def test_each_story_holds_its_articles_and_no_others(release):
    """Two floods of one town five weeks apart, a rate hold and a later cut, a cup final and its
    league rematch: look-alike happenings are separate stories."""
    sources = table(release, "sources")
    expected = {}
    for r in sources:
        sid = r["source_id"]
        group = sid.split("/")[0]
        if sid == "county-cup/wire-rematch":
            group = "rematch"
        expected.setdefault(STORY_OF.get(group, group), set()).add(sid)
    found = {}
    for r in sources:
        found.setdefault(r["story_id"], set()).add(r["source_id"])
    assert sorted(map(sorted, found.values())) == sorted(map(sorted, expected.values()))


def test_stories_table_counts_sources_outlets_and_copies(release):
    stories = {r["title"]: r for r in table(release, "stories")}
    ferry = stories["Fire breaks out on Irish Sea ferry, two crew hurt"]
    assert (ferry["n_sources"], ferry["n_outlets"], ferry["n_independent"]) == (4, 4, 2)
    assert str(ferry["first_published"]) == "2024-04-10"
    assert str(ferry["last_published"]) == "2024-04-11"


def test_copies_name_the_wire_story_they_reprint(release):
    copies = {r["source_id"]: r["copy_of"] for r in table(release, "sources") if r["copy_of"]}
    assert copies == {"ferry-fire/courier": "ferry-fire/wire",
                      "ferry-fire/herald": "ferry-fire/wire"}


def test_a_toll_that_rose_overnight_is_an_update_not_a_dispute(release):
    groups = [g for g in table(release, "claim_groups") if g["measure"] == "people killed"
              and g["verdict"] == "updated"]
    assert len(groups) == 1 and "2024-06-03: 12 people" in groups[0]["reason"]
    assert {c["consistency"] for c in table(release, "claims")
            if c["cluster_id"] == groups[0]["cluster_id"]} == {"single_source"}


def test_every_conflict_explains_itself(release):
    claims = table(release, "claims")
    for g in table(release, "claim_groups"):
        members = [c for c in claims if c["cluster_id"] == g["cluster_id"]]
        assert g["n_claims"] == len(members) and g["n_sources"] == len({c["source_id"]
                                                                         for c in members})
        if g["verdict"] == "conflicts":
            assert {c["consistency"] for c in members} == {"conflicts"}
            for c in members:
                assert c["value_text"] in g["reason"] and c["source_id"] in g["reason"]


def test_story_ids_stay_when_unrelated_articles_are_added(release, tmp_path):
    more = tmp_path / "more"
    build_locally(BuildOptions(corpus=(STORIES, STORIES.parent / "formats"), out=more,
                               release_date="2024-01-01", cache=None, workers=1))
    before = {r["source_id"]: r["story_id"] for r in table(release, "sources")}
    after = {r["source_id"]: r["story_id"] for r in table(more / "0.1.0", "sources")}
    assert len(after) > len(before)
    assert {sid: after[sid] for sid in before} == before


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


# The train crash's wire names Northline Rail once, after its lead: its counts have no subject
# (a name said once, late, is no topic), and they are in the crash's conflict all the same.
UNNAMED_IN_CONFLICT = ["|people killed||person"]


def test_nothing_else_is_flagged(claims):
    flagged = {c["measure_key"] for c in claims if c["consistency"] == "conflicts"}
    assert flagged == set(CONFLICTS) | set(UNNAMED_IN_CONFLICT)


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


def test_outlets_that_ran_the_same_text_are_copies_of_the_first(tmp_path):
    import json

    text = ("A fire at the Brennan Plastics plant in Hartwell killed three workers on Tuesday, "
            "officials said. About 30 people were hurt, and 120 firefighters fought the blaze "
            "for six hours before it was brought under control.")
    rows = [{"id": "wire", "text": text, "outlet": "Ohio Wire", "published": "2024-03-05"},
            {"id": "gazette", "text": text, "outlet": "Hartwell Gazette",
             "published": "2024-03-06"}]
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out"
    build_locally(BuildOptions(corpus=(corpus,), out=out, release_date="2024-03-07",
                               cache=None, workers=1))
    sources = {r["source_id"]: r for r in table(out / "0.1.0", "sources")}
    assert sources["gazette"]["copy_of"] == "wire" and sources["wire"]["copy_of"] is None
    (story,) = table(out / "0.1.0", "stories")
    assert (story["n_sources"], story["n_outlets"], story["n_independent"]) == (2, 2, 1)
