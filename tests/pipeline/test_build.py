"""End to end: the seed corpus and generated corpora through the whole build."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.build import BuildOptions, build_locally
from newsledger.publish.check import check_release
from newsledger.synthetic import write_corpus

DATE = "2020-11-06"


def build(corpus: Path, out: Path, **kw):
    kw.setdefault("cache", None)
    return build_locally(BuildOptions(corpus=(corpus,), out=out, release_date=DATE, **kw))


def release_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.name != "build_report.json"}


def test_seed_corpus_builds_a_valid_release(seed_corpus, tmp_path):
    summary = build(seed_corpus, tmp_path / "ds")
    assert summary.version == "0.1.0"
    assert summary.n_accepted == 4 and summary.rejected == []
    assert check_release(tmp_path / "ds") == []
    for table in ("sources", "quotes", "claims", "dates", "events", "entities", "mentions"):
        assert summary.rows[table] > 0, table


def test_two_builds_are_byte_identical(seed_corpus, tmp_path):
    build(seed_corpus, tmp_path / "a")
    build(seed_corpus, tmp_path / "b", batch_size=1)
    a, b = release_files(tmp_path / "a" / "0.1.0"), release_files(tmp_path / "b" / "0.1.0")
    assert a == b
    assert a["SHA256SUMS"] == b["SHA256SUMS"]


def test_unchanged_corpus_is_up_to_date(seed_corpus, tmp_path):
    build(seed_corpus, tmp_path / "ds")
    again = build(seed_corpus, tmp_path / "ds")
    assert again.version is None and again.latest == "0.1.0"


def test_up_to_date_is_known_before_any_work_starts(seed_corpus, tmp_path):
    from newsledger.build import check_up_to_date

    options = BuildOptions(corpus=(seed_corpus,), out=tmp_path / "ds", release_date=DATE,
                           cache=None)
    assert check_up_to_date(options) is None  # no release yet: there is work
    build(seed_corpus, tmp_path / "ds")
    summary = check_up_to_date(options)
    assert summary is not None and summary.latest == "0.1.0" and summary.n_accepted == 4
    (seed_corpus / "extra.txt").write_text('The mayor said: "We will rebuild the bridge."\n')
    assert check_up_to_date(options) is None  # a new article: there is work again


def test_new_article_bumps_minor(seed_corpus, tmp_path):
    build(seed_corpus, tmp_path / "ds")
    (seed_corpus / "extra.txt").write_text('The mayor said: "We will rebuild the bridge."\n')
    summary = build(seed_corpus, tmp_path / "ds")
    assert (summary.version, summary.bump) == ("0.2.0", "minor")


def test_bad_articles_are_reported_and_never_stop_the_build(seed_corpus, tmp_path):
    (seed_corpus / "empty.txt").write_bytes(b"")
    (seed_corpus / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    (seed_corpus / "copy.txt").write_bytes(
        (seed_corpus / "kanye-2020" / "000_d2616ab7bcfb8cd2.txt").read_bytes())
    summary = build(seed_corpus, tmp_path / "ds")
    reasons = {r["input_path"]: r["reason"] for r in summary.rejected}
    assert reasons == {"empty.txt": "empty", "blob.txt": "binary", "copy.txt": "duplicate"} or \
        reasons == {"empty.txt": "empty", "blob.txt": "binary",
                    "kanye-2020/000_d2616ab7bcfb8cd2.txt": "duplicate"}
    report = json.loads((tmp_path / "ds" / "0.1.0" / "build_report.json").read_text())
    assert report["n_rejected"] == 3 and report["n_accepted"] == 4
    assert check_release(tmp_path / "ds") == []


def test_generated_corpus_in_jsonl_builds(tmp_path):
    corpus = write_corpus(tmp_path / "gen", 60, layout="jsonl", per_file=25)
    summary = build(corpus, tmp_path / "ds")
    assert summary.n_accepted == 60
    assert check_release(tmp_path / "ds") == []
    assert summary.rows["quotes"] > 60 and summary.rows["claims"] > 60


def test_cached_build_is_byte_identical_to_a_cold_one(seed_corpus, tmp_path):
    cache = tmp_path / "cache"
    cold = build(seed_corpus, tmp_path / "cold", cache=cache)
    assert cold.n_cached == 0
    warm = build(seed_corpus, tmp_path / "warm", cache=cache)
    assert warm.n_cached == 4
    assert release_files(tmp_path / "cold" / "0.1.0") == release_files(tmp_path / "warm" / "0.1.0")


def test_adding_articles_reextracts_only_their_batches(tmp_path):
    corpus, extra = tmp_path / "corpus", tmp_path / "extra"
    write_corpus(corpus, 80, seed=3, layout="txt")
    cache = tmp_path / "cache"
    first = build(corpus, tmp_path / "ds", cache=cache, batch_size=8)
    assert first.n_cached == 0
    write_corpus(extra, 2, seed=4, layout="txt")
    options = dict(out=tmp_path / "ds", release_date=DATE, batch_size=8)
    warm = build_locally(BuildOptions(corpus=(corpus, extra), cache=cache, **options))
    assert warm.version == "0.2.0"
    assert warm.n_cached >= 70  # whole batches reused; only the batches around the new ones redone
    cold = build_locally(BuildOptions(corpus=(corpus, extra), cache=None,
                                      **{**options, "out": tmp_path / "cold"}))
    def data(folder: Path) -> dict[str, bytes]:
        return {k: v for k, v in release_files(folder).items() if k.endswith((".parquet", ".csv"))}

    assert data(tmp_path / "ds" / "0.2.0") == data(tmp_path / "cold" / "0.1.0")
    assert cold.rows == warm.rows


def test_measured_quality_is_kept_in_the_cache(tmp_path, monkeypatch):
    """quality.json depends only on the code and the gold: measured once per cache."""
    import newsledger.evaluate
    from newsledger.build import measured_quality

    fresh = measured_quality(None)
    assert measured_quality(tmp_path / "cache") == fresh
    assert len(list((tmp_path / "cache" / "quality").glob("*.json"))) == 1

    def refuse():
        raise AssertionError("measured again")
    monkeypatch.setattr(newsledger.evaluate, "release_quality", refuse)
    again = measured_quality(tmp_path / "cache")
    assert json.dumps(again, indent=2, ensure_ascii=False) == \
        json.dumps(fresh, indent=2, ensure_ascii=False)


def test_the_build_names_the_gold_sets_the_quality_is_measured_on():
    """build.GOLD_DIR spares the build's process importing the extractors with evaluate."""
    from newsledger.build import GOLD_DIR
    from newsledger.evaluate.quality import GOLD_DIR as measured_on

    assert GOLD_DIR == measured_on


def test_batches_go_longest_first_and_the_order_changes_nothing(tmp_path, monkeypatch):
    import newsledger.build as stages
    from newsledger.ingest import read_corpus

    corpus = write_corpus(tmp_path / "corpus", 40, seed=5, layout="txt")
    batches = list(stages.iter_batches(read_corpus([corpus]).articles, 4))
    longest = list(stages.largest_first(iter(batches)))
    sizes = [sum(len(a.text) for a in b) for b in longest]
    assert sizes == sorted(sizes, reverse=True) and len(longest) == len(batches)
    build(corpus, tmp_path / "longest", batch_size=4)
    monkeypatch.setattr(stages, "largest_first", lambda batches: batches)  # corpus order
    build(corpus, tmp_path / "in-order", batch_size=4)
    assert release_files(tmp_path / "longest" / "0.1.0") == \
        release_files(tmp_path / "in-order" / "0.1.0")


def test_a_corpus_read_ahead_is_taken_once_by_the_build(seed_corpus, monkeypatch):
    import newsledger.uptodate as uptodate

    options = BuildOptions(corpus=(seed_corpus,))
    reads = []
    real = uptodate.read_corpus
    monkeypatch.setattr(uptodate, "read_corpus",
                        lambda *a, **k: reads.append(1) or real(*a, **k))
    uptodate.read_ahead(options)
    uptodate.read_ahead(options)  # read once
    first = uptodate.ingest(options)
    assert len(reads) == 1 and len(first.articles) == 4
    assert uptodate.ingest(options).articles == first.articles and len(reads) == 2
    uptodate.read_ahead(options)
    uptodate.drop_read_ahead(options)
    uptodate.ingest(options)
    assert len(reads) == 4


def test_sources_published_in_pieces_or_whole_are_the_same_files(tmp_path, monkeypatch):
    import newsledger.build as stages

    corpus = write_corpus(tmp_path / "corpus", 30, seed=6, layout="txt")
    build(corpus, tmp_path / "whole", batch_size=5)  # 30 articles: one piece
    monkeypatch.setattr(stages, "SOURCE_PIECE_ROWS", 4)  # eight pieces
    build(corpus, tmp_path / "pieces", batch_size=5)
    assert release_files(tmp_path / "whole" / "0.1.0") == \
        release_files(tmp_path / "pieces" / "0.1.0")


def test_the_first_batches_are_started_ahead_unless_up_to_date(tmp_path, monkeypatch):
    from dataclasses import replace

    import newsledger.build as stages
    from newsledger.ingest import read_corpus

    corpus = write_corpus(tmp_path / "corpus", 40, seed=5, layout="txt")
    options = BuildOptions(corpus=(corpus,), out=tmp_path / "ds", release_date=DATE,
                           cache=None, batch_size=4, workers=2)
    started = []
    monkeypatch.setattr(stages.parallel, "ahead",
                        lambda fn, batch: started.append((fn, batch)) or object())
    read = read_corpus([corpus])
    assert stages.extract_ahead(read, options) == stages.IN_FLIGHT_PER_WORKER * 2
    firsts = list(stages.largest_first(stages.iter_batches(read.articles, 4)))
    assert [b.articles for _, b in started] == [tuple(b) for b in firsts[:len(started)]]
    assert all(fn is stages.extract for fn, _ in started)
    build_locally(replace(options, workers=1))
    started.clear()
    assert stages.extract_ahead(read, options) == 0 and not started  # up to date


def test_claim_groups_that_fail_in_their_thread_fail_the_build(seed_corpus, tmp_path,
                                                               monkeypatch):
    """The claim groups are made in a thread from the end of reconciliation: what goes wrong
    there is raised where publishing needs them, and nothing is published."""
    from newsledger.reconcile.claim_groups import ClaimGroups

    def broken(self):
        raise RuntimeError("claim groups broke")

    monkeypatch.setattr(ClaimGroups, "finish", broken)
    with pytest.raises(RuntimeError, match="claim groups broke"):
        build(seed_corpus, tmp_path / "out")
    assert not (tmp_path / "out" / "LATEST").exists()
