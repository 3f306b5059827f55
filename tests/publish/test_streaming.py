"""Publishing in bounded memory: spilled batches, key buckets, pieces written in order."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.build import Reconciled
from newsledger.extract.article import extract_article
from newsledger.ids import make_id
from newsledger.ingest import read_corpus
from newsledger.publish import store as store_module
from newsledger.publish import writer
from newsledger.publish.release import publish
from newsledger.publish.store import N_BUCKETS, PartStore, buckets
from newsledger.publish.validate import Failure, ValidationFailed
from newsledger.reconcile.rows import build_tables

from newsledger.build import BuildOptions, build_locally

REPORT = {"n_inputs": 1, "n_accepted": 1, "rejected": [], "timings": {}}
DATE = "2020-11-06"


def _data_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.suffix in (".parquet", ".csv")}


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**6), max_size=200))
def test_sorted_buckets_in_order_are_the_sorted_table(numbers):
    keys = [make_id("q", n) for n in numbers]
    table = pa.table({"quote_id": keys, "n": numbers})
    parts = buckets(table, "quote_id")
    assert len(parts) == N_BUCKETS
    joined = [k for p in parts for k in sorted(p.column("quote_id").to_pylist())]
    assert joined == sorted(keys)


def test_tables_without_id_keys_stay_in_one_bucket():
    table = pa.table({"source_id": ["zeta", "alpha", "mid"]})
    parts = buckets(table, None)
    assert parts[0].num_rows == 3 and all(p.num_rows == 0 for p in parts[1:])


@pytest.mark.parametrize("keys", [["q_0123456789abcdef", "not-an-id"],
                                  ["q_0123456789abcdef", "c_0123456789abcdef"],
                                  ["q_0123456789abcdef", "q_g123456789abcdef"]])
def test_keys_that_cannot_be_bucketed_are_an_error_not_a_wrong_order(keys):
    with pytest.raises(ValueError):
        buckets(pa.table({"quote_id": keys}), "quote_id")


def test_part_store_reads_back_every_row_by_bucket_and_by_batch(tmp_path):
    store = PartStore(tmp_path / "parts", {"quotes": "quote_id", "sources": None})
    for batch in range(3):
        ids = [make_id("q", batch, i) for i in range(20)]
        store.add({"quotes": pa.table({"quote_id": ids, "batch": [batch] * 20}),
                   "sources": pa.table({"source_id": [f"s{batch}"]})})
    by_bucket = [store.bucket("quotes", b) for b in range(N_BUCKETS)]
    assert sum(t.num_rows for t in by_bucket) == 60 == store.rows["quotes"]
    assert [t.num_rows for t in store.parts("quotes", ["batch"])] == [20, 20, 20]
    assert store.bucket("sources", 0).column("source_id").to_pylist() == ["s0", "s1", "s2"]
    store.close()
    assert not (tmp_path / "parts").exists()


def test_part_store_rows_outlive_the_store_and_each_file_is_opened_once(tmp_path, monkeypatch):
    opened: list[object] = []
    open_file = store_module.ipc.open_file
    monkeypatch.setattr(store_module.ipc, "open_file",
                        lambda *a, **k: opened.append(a) or open_file(*a, **k))
    store = PartStore(tmp_path / "parts", {"quotes": "quote_id"})
    for batch in range(2):
        store.add({"quotes": pa.table({"quote_id": [make_id("q", batch, i) for i in range(9)],
                                       "text": [f"words {batch} {i}" for i in range(9)]})})
    whole = [store.bucket("quotes", b) for b in range(N_BUCKETS)]
    texts = [t.column("text") for t in store.parts("quotes", ["text"])]
    assert len(opened) == 2  # (one reader per spilled file, whatever is read from it)
    store.close()  # the folder goes; what was read stays readable
    assert sorted(v for t in whole for v in t.column("text").to_pylist()) == sorted(
        f"words {b} {i}" for b in range(2) for i in range(9))
    assert [sorted(c.to_pylist()) for c in texts] == [
        sorted(f"words {b} {i}" for i in range(9)) for b in range(2)]


def test_pieces_are_written_in_row_groups_of_the_whole_table(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "row_group_size", lambda name: 5)
    files = writer._TableFiles(tmp_path, "entities")
    rows = [{"entity_id": make_id("e", i), "name": f"N{i}", "kind": "person",
             "n_mentions": 1, "n_sources": 1} for i in range(13)]
    table = pa.Table.from_pylist(sorted(rows, key=lambda r: r["entity_id"]),
                                 schema=files.schema)
    for start, size in ((0, 3), (3, 4), (7, 6)):
        files.write(table.slice(start, size))
    files.close()
    meta = pq.ParquetFile(tmp_path / "entities.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [5, 5, 3]
    assert pq.read_table(tmp_path / "entities.parquet").equals(table)


def test_streamed_build_equals_the_in_memory_tables(seed_corpus, tmp_path):
    """Spilling batches and publishing bucket by bucket changes nothing in the files."""
    articles = read_corpus([seed_corpus]).articles
    publish(build_tables([extract_article(a) for a in articles]), REPORT, tmp_path / "mem",
            release_date=DATE)
    build_locally(BuildOptions(corpus=(seed_corpus,), out=tmp_path / "stream",
                               release_date=DATE, batch_size=1, cache=None, workers=1))
    assert _data_files(tmp_path / "mem" / "0.1.0") == _data_files(tmp_path / "stream" / "0.1.0")


def test_a_failure_found_in_a_batch_stops_the_release(seed_corpus, tmp_path):
    from newsledger.build import SPILLED, Batch, extract
    store = PartStore(tmp_path / "out" / ".parts", SPILLED)
    output = extract(Batch(tuple(read_corpus([seed_corpus]).articles)))
    store.add(output.tables)
    bad = Failure("quotes", "quote_text", "equals text[char_start:char_end]", 1, ("q_x",))
    with pytest.raises(ValidationFailed, match="quotes.quote_text"):
        publish(Reconciled(store, [bad]), REPORT, tmp_path / "out", release_date=DATE)
    assert not (tmp_path / "out" / "LATEST").exists()
    assert [p.name for p in (tmp_path / "out").iterdir()] == [".parts"]


@settings(max_examples=40, deadline=None)
@given(keys=st.lists(st.text(alphabet="ab/é-0", min_size=1, max_size=6), min_size=1,
                     max_size=60, unique=True), n_batches=st.integers(min_value=1, max_value=5))
def test_key_ranges_cut_any_keys_into_ascending_pieces(keys, n_batches, tmp_path_factory):
    store = PartStore(tmp_path_factory.mktemp("ranges"), {"sources": None})
    for i in range(n_batches):
        store.add({"sources": pa.table({"source_id": pa.array(keys[i::n_batches], pa.string())})})
    pieces = [sorted(t.column("source_id").to_pylist()) for t in store.key_ranges(
        "sources", "source_id", 4)]
    flat = [k for p in pieces for k in p]
    assert sorted(flat, key=lambda k: k.encode()) == flat  # ascending across pieces
    assert sorted(flat) == sorted(keys)  # every row exactly once


def test_batch_checks_find_rows_pointing_outside_their_batch():
    from newsledger.publish.tables import from_rows
    from newsledger.publish.validate import batch_key_failures
    from tests.helpers import tiny_rows, with_changes

    rows = with_changes(tiny_rows(), events={"date_id": "d_0000000000000000"},
                        quotes={"source_id": "elsewhere",
                                "speaker_entity_id": "e_0000000000000000"})
    tables = {name: from_rows(name, rows[name]) for name in
              ("sources", "quotes", "claims", "dates", "events", "mentions")}
    found = {(f.table, f.column) for f in batch_key_failures(tables)}
    # Entity ids are only known across articles: they are checked when publishing.
    assert found == {("events", "date_id"), ("quotes", "source_id")}
    assert batch_key_failures({name: from_rows(name, tiny_rows()[name]) for name in tables}) == []


def test_diff_reads_columns_in_batches_and_matches_rows_by_key(tmp_path, monkeypatch):
    from newsledger.publish import diff

    monkeypatch.setattr(diff, "BATCH_ROWS", 3)
    old = pa.table({"id": [f"k{i:02d}" for i in range(10)], "text": [f"t{i}" for i in range(10)],
                    "n": list(range(10))})
    new_text = [f"t{i}" if i not in (4, 7) else "edited" for i in range(2, 12)]
    new = pa.table({"id": [f"k{i:02d}" for i in range(2, 12)], "text": new_text,
                    "n": [i if i != 9 else None for i in range(2, 12)]})
    pq.write_table(old, tmp_path / "old.parquet", row_group_size=4)
    pq.write_table(new, tmp_path / "new.parquet", row_group_size=4)
    d = diff.diff_table("things", tmp_path / "old.parquet", tmp_path / "new.parquet")
    assert (d.added, d.removed, d.changed, d.unchanged) == (2, 2, 3, 5)


@pytest.mark.parametrize("sorted_keys", [True, False])
def test_diff_of_a_column_with_no_values_at_all(tmp_path, sorted_keys):
    from newsledger.publish import diff

    keys = ["a", "b", "c"] if sorted_keys else ["c", "a", "b"]
    old = pa.table({"id": keys, "note": pa.nulls(3)})
    new = pa.table({"id": keys, "note": pa.nulls(3)})
    pq.write_table(old, tmp_path / "old.parquet")
    pq.write_table(new, tmp_path / "new.parquet")
    d = diff.diff_table("things", tmp_path / "old.parquet", tmp_path / "new.parquet")
    assert (d.added, d.removed, d.changed, d.unchanged) == (0, 0, 0, 3)
