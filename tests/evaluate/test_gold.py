"""Gold sets: the committed offsets are exactly what the hand-written annotations resolve to,
and the resolver fails loudly on spans it cannot place."""
from __future__ import annotations

import pytest

from newsledger.evaluate.gold import RESOLVED, GoldError, load_gold, resolve, resolve_set
from newsledger.records import Article
from tests.conftest import ROOT

GOLD = ROOT / "evaluation" / "gold"
SETS = sorted(p for p in GOLD.iterdir() if (p / "set.json").is_file())


@pytest.mark.parametrize("set_dir", SETS, ids=lambda p: p.name)
def test_resolved_gold_is_up_to_date(set_dir):
    assert (set_dir / RESOLVED).read_text(encoding="utf-8") == resolve_set(set_dir), \
        f"run python -m newsledger.evaluate.resolve {set_dir.relative_to(ROOT)}"


@pytest.mark.parametrize("set_dir", SETS, ids=lambda p: p.name)
def test_every_gold_set_has_license_and_credit(set_dir):
    sets = load_gold(set_dir)
    assert sets[0].manifest["license"] and sets[0].manifest["credit"]
    assert (set_dir / "README.md").is_file()


def test_every_resolved_span_equals_its_text():
    for gold in load_gold(GOLD):
        for a in gold.annotations:
            if "start" in a:
                text = gold.articles[a["doc"]].text
                assert text[a["start"]:a["end"]] == a["text"]
            if "trigger_start" in a:
                assert text[a["trigger_start"]:a["trigger_end"]] == a["trigger"]


TEXT = 'He said "yes." Later she said "yes." They voted on Monday. They voted again on Friday.'
ARTICLES = {"d": Article("d", "d.txt", TEXT, "utf-8")}


def one(**ann):
    rows = resolve([{"doc": "d", "type": "article"}, {"doc": "d", **ann}], ARTICLES)
    return rows[1]


@pytest.mark.parametrize("ann, span", [
    ({"type": "quote", "text": "yes.", "context": 'she said "yes.'}, "yes."),
    ({"type": "quote", "text": "yes.", "occurrence": 1}, "yes."),
    ({"type": "quote", "from": "Later", "to": "Monday."},
     'Later she said "yes." They voted on Monday.'),
    ({"type": "claim", "text": "Monday", "value": 1}, "Monday"),
])
def test_resolves_spans(ann, span):
    row = one(**ann)
    assert TEXT[row["start"]:row["end"]] == span == row["text"]
    assert "context" not in row and "occurrence" not in row


def test_occurrence_and_context_pick_the_named_one():
    assert one(type="quote", text="yes.", occurrence=1)["start"] == TEXT.rindex("yes.")
    assert one(type="quote", text="yes.", context='He said "yes.')["start"] == TEXT.index("yes.")


def test_event_trigger_is_the_occurrence_nearest_the_date():
    row = one(type="event", text="Friday", value="2020-11-06", trigger="voted")
    assert row["trigger_start"] == TEXT.rindex("voted")


@pytest.mark.parametrize("ann, message", [
    ({"type": "quote", "text": "no such words"}, "not found"),
    ({"type": "quote", "text": "yes."}, "occurs 2 times"),
    ({"type": "quote", "text": "yes.", "context": "said"}, "occurs 2 times; it must occur once"),
    ({"type": "quote", "text": "yes.", "occurrence": 5}, "only 2"),
    ({"type": "quote", "from": "Nowhere", "to": "Monday."}, "occurs 0 times"),
    ({"type": "event", "text": "Monday", "value": "x", "trigger": "sang"}, "not found"),
    ({"type": "opinion", "text": "yes."}, "is not one of"),
    ({"type": "entity", "kind": "person", "name": "Ann Lee", "aliases": ["Lee"]},
     "neither the name 'Ann Lee' nor an alias occurs"),
])
def test_fails_loudly(ann, message):
    with pytest.raises(GoldError, match=message):
        one(**ann)


def test_an_article_entity_needs_a_form_in_the_text_and_a_set_entity_none():
    assert one(type="entity", kind="place", name="Mondayville", aliases=["Monday"])["name"] \
        == "Mondayville"
    rows = resolve([{"doc": "*", "type": "entity", "kind": "person", "name": "Nobody"}],
                   ARTICLES)
    assert rows == [{"doc": "*", "type": "entity", "kind": "person", "name": "Nobody"}]


def test_unknown_article_and_missing_article_line():
    with pytest.raises(GoldError, match="no article with id 'x'"):
        resolve([{"doc": "x", "type": "quote", "text": "yes."}], ARTICLES)
    with pytest.raises(GoldError, match="no article line"):
        resolve([{"doc": "d", "type": "claim", "text": "Monday"}], ARTICLES)


def test_resolve_command_checks_and_fails_loudly(tmp_path, capsys):
    from newsledger.evaluate.resolve import main

    assert main(["--check", *map(str, SETS)]) == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "set.json").write_text('{"name": "bad", "articles": {"format": "corpus", '
                                  f'"path": "{ROOT / "corpus" / "kanye-2020"}"}}}}')
    (bad / "annotations.jsonl").write_text(
        '{"doc": "000_d2616ab7bcfb8cd2", "type": "article"}\n'
        '{"doc": "000_d2616ab7bcfb8cd2", "type": "quote", "text": "not in the article"}\n')
    assert main([str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "line 2" in err and "not found" in err
    assert not (bad / "gold.jsonl").exists()
