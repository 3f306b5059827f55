"""Real news never breaks a build: an article whose extraction raises or whose rows fail a
row-level check is quarantined (left out, reported with its reason); everything else is
published. ``strict`` turns any quarantine into a failed build."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsledger.build import BuildOptions, QuarantineFailed, build_locally
from newsledger.extract import article as article_module
from newsledger.publish.check import check_release

DATE = "2020-11-06"


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text('Ana Ruiz said: "We will win." The vote was on May 3, 2020.\n')
    (root / "bad.txt").write_text('Bo Lee said: "It broke." It happened on June 4, 2019.\n')
    (root / "other.txt").write_text("The council met on Tuesday, March 3, 2020, to vote.\n")
    return root


def build(root: Path, out: Path, **kw):
    # One worker: extraction runs in this process, where the tests patch it.
    return build_locally(BuildOptions(corpus=(root,), out=out, release_date=DATE, cache=None,
                                      workers=1, **kw))


@pytest.fixture
def breaking(monkeypatch):
    """Make extraction of the article containing "broke" misbehave in a chosen way."""
    real = article_module.extract_all

    def use(how):
        def fake(text, published):  # the article's text, or its Document
            x = real(text, published)
            if "broke" not in getattr(text, "text", text):
                return x
            if how == "raise":
                raise RuntimeError("boom in a rule")
            if how == "confidence":
                q = dataclasses.replace(x.quotes[0], confidence=1.5)
                return dataclasses.replace(x, quotes=(q,) + x.quotes[1:])
            if how == "untyped":
                d = dataclasses.replace(x.dates[0], date="June 4")  # not a date at all
                return dataclasses.replace(x, dates=(d,) + x.dates[1:])
            raise AssertionError(how)
        monkeypatch.setattr(article_module, "extract_all", fake)
    return use


def published_sources(out: Path, version: str = "0.1.0") -> list[str]:
    return pq.read_table(out / version / "sources.parquet").column("source_id").to_pylist()


def report(out: Path, version: str = "0.1.0") -> dict:
    return json.loads((out / version / "build_report.json").read_text())


@pytest.mark.parametrize("how, reason, detail", [
    ("raise", "extraction-error", "RuntimeError: boom in a rule"),
    ("confidence", "invalid-rows", "quotes.confidence = 1.5 in bad ["),
    ("untyped", "invalid-rows", "a value cannot be typed"),
])
def test_a_bad_article_is_quarantined_and_the_rest_published(tmp_path, breaking, how, reason,
                                                              detail):
    breaking(how)
    out = tmp_path / "ds"
    summary = build(corpus(tmp_path), out)
    assert summary.version == "0.1.0"
    assert published_sources(out) == ["good", "other"]
    assert [q["input_path"] for q in summary.quarantined] == ["bad.txt"]
    entry = summary.quarantined[0]
    assert entry["reason"] == reason and detail in entry["detail"]
    listed = report(out)
    assert listed["n_quarantined"] == 1
    assert {"input_path": "bad.txt", "reason": reason, "detail": entry["detail"]} in \
        listed["rejected"]
    assert check_release(out) == []
    for table in ("quotes", "dates", "mentions", "events", "claims"):
        ids = pq.read_table(out / "0.1.0" / f"{table}.parquet").column("source_id").to_pylist()
        assert "bad" not in ids, table


def test_the_row_problem_names_table_column_value_span_and_check(tmp_path, breaking):
    breaking("confidence")
    summary = build(corpus(tmp_path), tmp_path / "ds")
    detail = summary.quarantined[0]["detail"]
    text = (tmp_path / "corpus" / "bad.txt").read_text()
    start = text.index("It broke.")
    assert detail == (f"quotes.confidence = 1.5 in bad [{start}:{start + 9}] fails "
                      "less_than_or_equal_to(1.0)")


def test_strict_fails_the_build_and_publishes_nothing(tmp_path, breaking):
    breaking("raise")
    out = tmp_path / "ds"
    with pytest.raises(QuarantineFailed,
                       match=r"(?s)1 article\(s\) quarantined .* bad.txt: extraction-error"):
        build(corpus(tmp_path), out, strict=True)
    assert not (out / "LATEST").exists()
    assert [p.name for p in out.iterdir() if not p.name.startswith(".")] == []


def test_clean_corpus_passes_strict(tmp_path):
    summary = build(corpus(tmp_path), tmp_path / "ds", strict=True)
    assert summary.version == "0.1.0" and summary.quarantined == []


def test_dates_of_every_era_are_published(tmp_path):
    """Calendar dates from year 1 to 9999 are real values (no nanosecond timestamps)."""
    from tests.helpers import tiny_rows, with_changes
    from newsledger.publish.release import publish

    rows = with_changes(tiny_rows(), dates={"date": dt.date(1, 1, 1), "value": "0001"},
                        events={"event_date": dt.date(9999, 12, 31)},
                        claims={"as_of_date": dt.date(1066, 10, 14)},
                        sources={"published_date": dt.date(1500, 1, 1)})
    result = publish(rows, {}, tmp_path / "ds", release_date=DATE)
    dates = pq.read_table(result.path / "dates.parquet")
    assert str(dates.schema.field("date").type) == "date32[day]"
    assert dates.column("date").to_pylist() == [dt.date(1, 1, 1)]
    assert pq.read_table(result.path / "claims.parquet").column("as_of_date").to_pylist() == \
        [dt.date(1066, 10, 14)]
    assert check_release(tmp_path / "ds") == []
