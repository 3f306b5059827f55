"""The matching rules of evaluation/GUIDE.md, on small hand-made gold and predictions."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsledger.evaluate.gold import GoldSet, resolve
from newsledger.evaluate.predict import Predictions
from newsledger.evaluate.quality import Quality, evaluate_release, measure
from newsledger.publish.metadata import quality_section
from newsledger.evaluate.matching import match_entities
from newsledger.evaluate.score import (Figure, match, precision_of, prf, score,
                                       speaker_correct)
from newsledger.records import Article
from tests.conftest import ROOT


@pytest.mark.parametrize("gold, pred, exact, pairs", [
    ([(0, 10)], [(0, 10)], True, [(0, 0)]),
    ([(0, 10)], [(0, 9)], True, []),
    ([(0, 10)], [(9, 20)], False, [(0, 0)]),
    ([(0, 10)], [(10, 20)], False, []),  # touching is not overlapping
    # one to one, greatest overlap first: the long prediction goes to the gold it covers most
    ([(0, 10), (12, 14)], [(0, 14), (12, 14)], False, [(0, 0), (1, 1)]),
    ([(0, 10)], [(0, 5), (0, 8)], False, [(0, 1)]),
])
def test_match(gold, pred, exact, pairs):
    assert match(gold, pred, exact=exact) == pairs


@pytest.mark.parametrize("gold, pred, ok", [
    ({"speaker": "Ron Sugar", "speaker_kind": "person"},
     {"speaker_name": "ron  sugar", "speaker_kind": "person"}, True),
    ({"speaker": "Ron Sugar", "speaker_kind": "person"},
     {"speaker_name": "Sugar", "speaker_kind": "person"}, False),
    ({"speaker": "The New York Times", "speaker_kind": "organization"},
     {"speaker_name": "New York Times", "speaker_kind": "organization"}, True),
    ({"speaker": "Federal Reserve Board", "aliases": ["Fed"], "speaker_kind": "organization"},
     {"speaker_name": "Fed", "speaker_kind": "organization"}, True),
    ({"speaker": None, "speaker_kind": "anonymous"},
     {"speaker_name": None, "speaker_kind": "anonymous"}, True),
    ({"speaker": None, "speaker_kind": "anonymous"},
     {"speaker_name": None, "speaker_kind": "unknown"}, False),
    ({"speaker": None, "speaker_kind": "anonymous"},
     {"speaker_name": "Kanye West", "speaker_kind": "person"}, False),
])
def test_speaker_rule(gold, pred, ok):
    assert speaker_correct(gold, pred) is ok


def ent(kind: str, name: str, *aliases: str) -> dict:
    return {"kind": kind, "name": name, "aliases": list(aliases)}


@pytest.mark.parametrize("gold, pred, pairs", [
    # the reconciler's name key: case, spaces, apostrophes, a country's initials
    ([ent("organization", "U.S. Army")], [ent("organization", "us  army")], [(0, 0)]),
    ([ent("person", "Michael O'Leary")], [ent("person", "Michael O’Leary")], [(0, 0)]),
    # an alias matches; the kind must be the same
    ([ent("organization", "EADS", "European Aeronautic Defence")],
     [ent("organization", "European Aeronautic Defence")], [(0, 0)]),
    ([ent("organization", "Northrop Grumman")], [ent("person", "Northrop Grumman")], []),
    # one to one, and the row with the name goes to the entity that has it as its name
    ([ent("organization", "Boeing")], [ent("organization", "Boeing")] * 2, [(0, 0)]),
    ([ent("organization", "Ford Motor Company", "Ford"), ent("organization", "Ford")],
     [ent("organization", "Ford"), ent("organization", "Ford Motor Company")], [(0, 1), (1, 0)]),
    # no partial names: 'Space Company EADS' is not EADS
    ([ent("organization", "EADS")], [ent("organization", "Space Company EADS")], []),
])
def test_match_entities(gold, pred, pairs):
    assert match_entities(gold, pred) == pairs


@pytest.mark.parametrize("value, level", [
    ("2020-11-04", "day"), ("2020-W45", "week"), ("2020-11", "month"), ("2020-Q3", "quarter"),
    ("2020-SU", "season"), ("2020", "year"), ("199", "decade"), ("P1Y", None),
    ("PRESENT_REF", None), ("2020-11-04T10:00", None),
])
def test_precision_of(value, level):
    assert precision_of(value) == level


def test_prf_conventions():
    assert prf(1, 2, 4) == (0.5, 0.25, pytest.approx(1 / 3))
    assert prf(0, 0, 3) == (None, 0.0, 0.0)  # gold, no prediction: nothing found
    assert prf(0, 2, 0) == (0.0, None, None)
    assert prf(0, 0, 0) == (None, None, None)


TEXT = ('Ann Lee said: "We won." A fan wrote "great". Sales rose 5% on Monday, '
        'to 12 stores. "Bye," said Bob Ray.')


def tiny_set(extra: list[dict] = ()) -> GoldSet:
    article = Article("a", "a.txt", TEXT, "utf-8", published=dt.date(2020, 11, 4))
    anns = [{"doc": "a", "type": "article", "published_window": ["2020-11-04", "2020-11-05"]},
            {"doc": "a", "type": "quote", "text": "We won.", "kind": "direct",
             "speaker": "Ann Lee", "speaker_kind": "person"},
            {"doc": "a", "type": "quote", "text": "Bye,", "kind": "direct",
             "speaker": "Bob Ray", "speaker_kind": "person"},
            {"doc": "a", "type": "claim", "text": "5%", "value": 5},
            {"doc": "a", "type": "claim", "text": "12 stores", "value": 12},
            {"doc": "a", "type": "event", "text": "Monday", "value": "2020-11-02",
             "trigger": "rose"},
            *extra]
    return GoldSet("tiny", Path("."), {}, {"a": article}, tuple(resolve(anns, {"a": article})))


def at(s: str) -> tuple[int, int]:
    i = TEXT.index(s)
    return i, i + len(s)


def tiny_predictions() -> Predictions:
    q = lambda s, name, kind, conf: {  # noqa: E731
        "char_start": at(s)[0], "char_end": at(s)[1], "quote_kind": kind, "speaker_name": name,
        "speaker_kind": "person" if name else "unknown", "speaker_handle": None,
        "quote_date": None, "confidence": conf}
    rows = {
        "sources": {"a": [{"source_id": "s", "published_date": dt.date(2020, 11, 6)}]},
        # exact and right; overlapping with no speaker; a false positive ("great" is no quote)
        "quotes": {"a": [q("We won.", "Ann Lee", "direct", 0.95), q("Bye", None, "direct", 0.6),
                         q("great", None, "partial", 0.3)]},
        "claims": {"a": [{"value_start": at("5%")[0], "value_end": at("5%")[1], "value": 5.0,
                          "cluster_id": "c1", "consistency": "single_source"},
                         {"value_start": at("12")[0], "value_end": at("12")[1], "value": 21.0,
                          "cluster_id": "c2", "consistency": "single_source"}]},
        "dates": {"a": [{"date_id": "d1", "char_start": at("Monday")[0],
                         "char_end": at("Monday")[1], "value": "2020-11-02",
                         "precision": "day"}]},
        "events": {"a": [{"char_start": at("Sales")[0], "char_end": at("stores.")[1],
                          "date_id": "d1", "date_value": "2020-11-02"}]},
    }
    return Predictions(found={"a": "s"}, rows={t: r for t, r in rows.items()},
                       confidence_columns={"quotes": ["confidence"]})


def test_figures_of_a_tiny_set():
    scored = score(tiny_set(), tiny_predictions())
    assert [f.name for f in scored] == sorted(f.name for f in scored)
    figures = {f.name.split("@")[0]: f for f in scored}
    v = {k: f.value for k, f in figures.items()}
    assert v["quotes.span_precision.exact"] == pytest.approx(1 / 3, abs=1e-4)
    assert v["quotes.span_recall.exact"] == 0.5
    assert v["quotes.span_recall.overlap"] == 1.0
    assert v["quotes.span_precision.overlap"] == pytest.approx(2 / 3, abs=1e-4)
    assert v["quotes.speaker_accuracy"] == 0.5
    assert v["quotes.without_speaker"] == 0.5
    assert v["claims.span_f1"] == 1.0
    assert v["claims.value_recall"] == 0.5  # 21 is not 12
    assert v["dates.value_f1"] == 1.0
    assert v["events.recall"] == v["events.precision"] == 1.0
    assert v["sources.published_in_window"] == 0.0  # Nov 6 is outside Nov 4-5
    # calibration: [0.9, 1.0] holds the one right quote; [0, 0.5) the false positive
    assert v["quotes.confidence.precision_0.9-1.0"] == 1.0
    assert v["quotes.confidence.precision_0.0-0.5"] == 0.0
    assert v["quotes.confidence.precision_0.7-0.9"] is None
    assert "no predicted row" in figures["quotes.confidence.precision_0.7-0.9"].note
    assert figures["quotes.span_f1.exact"].gold_size == "1 article, 2 quotes"


RTEXT = ("The board said the ferry would resume sailings on Friday, but islanders were "
         "sceptical. Ann Lee told reporters the fares would rise.")


def reported_set() -> GoldSet:
    article = Article("r", "r.txt", RTEXT, "utf-8")
    anns = [{"doc": "r", "type": "article"},
            {"doc": "r", "type": "quote", "text": "the ferry would resume sailings on Friday",
             "kind": "indirect", "speaker": "Harbour Board", "aliases": ["the board"],
             "speaker_kind": "organization"},
            {"doc": "r", "type": "quote", "text": "the fares would rise", "kind": "indirect",
             "speaker": "Ann Lee", "speaker_kind": "person"}]
    return GoldSet("rep", Path("."), {}, {"r": article}, tuple(resolve(anns, {"r": article})))


def test_reported_speech_is_scored_apart_with_half_overlap():
    def row(start: str, end: str, name, kind="indirect", conf=0.8):
        s = RTEXT.index(start)
        return {"char_start": s, "char_end": RTEXT.index(end) + len(end), "quote_kind": kind,
                "speaker_name": name, "speaker_kind": "person", "speaker_handle": None,
                "quote_date": None, "confidence": conf}
    preds = Predictions(found={"r": "s"}, rows={"quotes": {"r": [
        # runs on past the statement but covers more than half of it both ways: a match
        row("the ferry", "Friday, but islanders", "the board"),
        # shares a few characters only: no match (and an extra)
        row("sceptical", "Ann Lee told", "Ann Lee"),
        # a quote in marks is never scored as reported speech
        row("fares", "rise", "Ann Lee", kind="partial")]}},
        confidence_columns={"quotes": ["confidence"]})
    v = {f.name.split("@")[0]: f.value for f in score(reported_set(), preds)}
    assert v["quotes.reported.precision"] == 0.5
    assert v["quotes.reported.recall"] == 0.5
    assert v["quotes.reported.speaker_accuracy"] == 1.0
    assert v["quotes.reported.calibration_error"] == pytest.approx(0.3, abs=1e-4)
    assert "quotes.span_f1.overlap" not in v  # no gold quote in marks: not measured here


def test_quote_figures_ignore_reported_speech():
    gold = tiny_set()
    preds = tiny_predictions()
    preds.rows["quotes"]["a"].append({
        "char_start": 0, "char_end": 10, "quote_kind": "indirect", "speaker_name": None,
        "speaker_kind": "unknown", "speaker_handle": None, "quote_date": None,
        "confidence": 0.5})
    v = {f.name.split("@")[0]: f.value for f in score(gold, preds)}
    assert v["quotes.span_precision.exact"] == pytest.approx(1 / 3, abs=1e-4)
    assert "quotes.reported.precision" not in v  # no reported speech in this gold


def test_a_set_whose_articles_are_not_in_the_data_says_so():
    figures = score(tiny_set(), Predictions())
    assert figures and all(f.value is None and f.note for f in figures)
    assert any("none of the 1 annotated articles" in f.note for f in figures)


def test_conflicts_found_needs_one_cluster_flagged_conflicts():
    gold = tiny_set()
    gold = GoldSet(gold.name, gold.path, {}, gold.articles, tuple(
        dict(a, conflict="g") if a["type"] == "claim" else a for a in gold.annotations))
    preds = tiny_predictions()
    names = lambda: {f.name.split("@")[0]: f.value for f in score(gold, preds)}  # noqa: E731
    assert names()["claims.conflicts_found"] == 0.0  # two clusters, single_source
    for r in preds.rows["claims"]["a"]:
        r.update(cluster_id="c", consistency="conflicts")
    assert names()["claims.conflicts_found"] == 1.0


def test_entity_figures_overall_and_by_kind():
    gold = tiny_set([{"doc": "a", "type": "entity", "kind": "person", "name": "Ann Lee"},
                     {"doc": "a", "type": "entity", "kind": "person", "name": "Bob Ray"}])
    preds = tiny_predictions()
    preds.entities = {"a": [{"name": "Ann Lee", "kind": "person"},
                            {"name": "Bob Ray", "kind": "place"},  # the wrong kind
                            {"name": "@ann", "kind": "account"}]}  # accounts: not scored
    v = {f.name.split("@")[0]: f.value for f in score(gold, preds)}
    assert v["entities.precision"] == v["entities.recall"] == 0.5
    assert v["entities.recall.person"] == 0.5 and v["entities.precision.person"] == 1.0
    assert v["entities.precision.place"] == 0.0 and v["entities.recall.place"] is None
    assert "entities.persons_found_once" not in v  # the seed's persons are a set's, doc "*"


def test_quality_json_format_and_card():
    q = Quality("1.0+gold.x", (Figure("a.b@s", "A b", 0.5, 2, "s", "1 article"),
                               Figure("c.d@s", "C d", None, None, "s", "1 article", "why")))
    data = json.loads(q.to_json())
    assert list(data) == ["evaluator_version", "figures"]
    assert [list(f) for f in data["figures"]] == [
        ["name", "label", "value", "n", "gold_set", "gold_size", "note"]] * 2
    card = quality_section(data)
    assert "## Measured quality" in card and "not measured: why" in card and "1.0+gold.x" in card
    assert "Not measured" in quality_section(None)


SEED = ROOT / "evaluation" / "gold" / "kanye-2020"


def test_in_process_measure_is_deterministic_and_covers_every_layer():
    first, second = measure(SEED), measure(SEED)
    assert first.to_json() == second.to_json()
    names = {f.name.split("@")[0] for f in first.figures}
    for name in ("quotes.span_f1.overlap", "quotes.speaker_accuracy", "quotes.posts_found",
                 "dates.value_f1", "events.recall", "claims.value_f1", "claims.conflicts_found",
                 "entities.persons_found_once", "sources.published_in_window",
                 "quotes.confidence.calibration_error"):
        assert name in names
    assert all(f.gold_set == "kanye-2020" for f in first.figures)


def test_a_release_scores_like_the_in_process_run(seed_corpus, tmp_path):
    from newsledger.build import BuildOptions, build_locally

    out = tmp_path / "out"
    build_locally(BuildOptions(corpus=(seed_corpus,), out=out, release_date="2020-11-06",
                               workers=1, cache=None))
    release = out / (out / "LATEST").read_text().strip()
    assert evaluate_release(release, SEED).to_json() == measure(SEED).to_json()
