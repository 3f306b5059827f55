"""Where a large build keeps its rows between extraction and publishing: on disk, not in memory.

Every extracted batch's tables are written ("spilled") as Arrow IPC files, one file per table
and batch. Inside a file the rows are split into ``N_BUCKETS`` record batches by the first hex
digit of the primary key (ids are ``prefix_`` + 16 hex digits), so that bucket 0 of every file
holds the smallest keys, the last bucket the largest. Publishing then sorts and writes one
bucket at a time: the output is exactly the fully sorted table, while only one bucket of one
table is ever in memory. Tables whose keys are not hex ids (``sources``) keep all rows in bucket 0.

The store is a scratch folder inside the output folder, deleted when the build ends.
"""
from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc

N_BUCKETS = 8  # bucket b holds the keys whose first hex digit is 2b or 2b + 1
HEX = pa.array(list("0123456789abcdef"))
_ID = re.compile(r"^[a-z]+_[0-9a-f]")


def buckets(table: pa.Table, key: str | None) -> list[pa.Table]:
    """The rows of ``table`` split into N_BUCKETS tables by the first hex digit of ``key``
    (ascending key ranges); with no key, every row is in bucket 0.
    Raises ValueError when a key is not a ``prefix_hex`` id sharing the others' prefix."""
    empty = table.schema.empty_table()
    if key is None or table.num_rows == 0:
        return [table] + [empty] * (N_BUCKETS - 1)
    keys = table.column(key)
    first = keys[0].as_py() or ""
    m = _ID.match(first)
    prefix = first[:m.end() - 1] if m else None
    digit = pc.utf8_slice_codeunits(keys, len(prefix or ""), len(prefix or "") + 1)
    index = pc.index_in(digit, value_set=HEX)
    if prefix is None or keys.null_count or index.null_count or \
            not pc.all(pc.starts_with(keys, prefix)).as_py():
        raise ValueError(f"{key}: keys are not ids of one prefix and hex digits ({first!r})")
    bucket = pc.divide(index, 16 // N_BUCKETS)
    return [table.filter(pc.equal(bucket, b)) for b in range(N_BUCKETS)]


class PartStore:
    """Spilled batch tables: ``add`` one batch's tables, then read them back by bucket."""

    def __init__(self, folder: Path, keys: dict[str, str | None]):
        """``keys`` maps each table name to its primary-key column (None: never split)."""
        self.folder = folder
        self.keys = keys
        self.n_parts = 0
        self.rows: dict[str, int] = dict.fromkeys(keys, 0)
        self._readers: dict[Path, ipc.RecordBatchFileReader] = {}
        folder.mkdir(parents=True, exist_ok=True)

    def _path(self, name: str, part: int) -> Path:
        return self.folder / f"{name}-{part:06d}.arrow"

    def add(self, tables: dict[str, pa.Table]) -> None:
        """Spill one batch's tables (every table named in ``keys`` must be present)."""
        part = self.n_parts
        for name, key in self.keys.items():
            table = tables[name]
            self.rows[name] += table.num_rows
            with ipc.new_file(self._path(name, part), table.schema) as writer:
                for piece in buckets(table, key):
                    writer.write_batch(_one_batch(piece))
        self.n_parts += 1

    def part_files(self, part: int) -> dict[str, Path]:
        """The files of one spilled batch, by table name."""
        return {name: self._path(name, part) for name in self.keys}

    def add_files(self, files: dict[str, Path]) -> bool:
        """Add a batch spilled earlier (``part_files`` of another store, kept in a cache):
        hard-linked or copied in. False, with nothing added, when a file is missing."""
        if set(files) != set(self.keys) or not all(p.is_file() for p in files.values()):
            return False
        part = self.n_parts
        for name, path in files.items():
            target = self._path(name, part)
            try:
                os.link(path, target)
            except OSError:
                shutil.copyfile(path, target)
            with pa.OSFile(str(target)) as source:
                self.rows[name] += ipc.open_file(source).count_rows()
        self.n_parts += 1
        return True

    def _reader(self, name: str, part: int) -> ipc.RecordBatchFileReader:
        """The reader of one spilled file, opened once: publishing reads every file once per
        bucket, and opening one parses its footer and schema again (a tenth of a second per
        2,000 articles). The file is memory-mapped, so a bucket or a column is read without
        the others (two threads may open the same file at once: either reader is kept)."""
        path = self._path(name, part)
        reader = self._readers.get(path)
        if reader is None:
            reader = self._readers[path] = ipc.open_file(pa.memory_map(str(path)))
        return reader

    def _batches(self, name: str, bucket: int | None,
                 columns: Sequence[str] | None) -> Iterator[pa.Table]:
        for part in range(self.n_parts):
            reader = self._reader(name, part)
            picks = [bucket] if bucket is not None else range(reader.num_record_batches)
            batches = [reader.get_batch(b) for b in picks]
            if columns is None:
                yield pa.Table.from_batches(batches, schema=reader.schema)
                continue
            # Some columns of every bucket, copied out of the mapped file, so the other
            # columns are never held in memory.
            yield _owned(pa.Table.from_batches(batches, schema=reader.schema).select(
                list(columns)))

    def bucket(self, name: str, bucket: int) -> pa.Table | None:
        """Bucket ``bucket`` of table ``name`` across all batches (unsorted); None when
        nothing was spilled."""
        parts = list(self._batches(name, bucket, None))
        return pa.concat_tables(parts) if parts else None

    def key_ranges(self, name: str, key: str, n: int = N_BUCKETS) -> Iterator[pa.Table]:
        """Table ``name`` (kept unsplit, such as ``sources``) in ``n`` pieces of ascending,
        disjoint ``key`` ranges, cut at quantiles of the keys: for tables whose keys are not
        ids. Reads the table ``n`` times, holding one piece (and one batch) at a time."""
        chunks = [c for t in self.parts(name, [key]) for c in t.column(key).chunks]
        if not chunks:
            return
        keys = pa.chunked_array(chunks)
        keys = keys.take(pc.sort_indices(keys))
        cuts = sorted({keys[(i * len(keys)) // n].as_py() for i in range(1, n)} - {None})
        del chunks, keys
        bounds = [None, *cuts, None]
        for lo, hi in zip(bounds, bounds[1:]):
            pieces = []
            for t in self.parts(name):
                mask = None
                if lo is not None:
                    mask = pc.greater_equal(t.column(key), lo)
                if hi is not None:
                    below = pc.less(t.column(key), hi)
                    mask = below if mask is None else pc.and_(mask, below)
                pieces.append(t.filter(mask) if mask is not None else t)
            yield pa.concat_tables(pieces)

    def parts(self, name: str, columns: Sequence[str] | None = None) -> Iterator[pa.Table]:
        """Table ``name`` batch by batch (optionally only some columns)."""
        yield from self._batches(name, None, columns)

    def close(self) -> None:
        self._readers.clear()  # (tables read from them keep their own mapping)
        shutil.rmtree(self.folder, ignore_errors=True)


def _one_batch(table: pa.Table) -> pa.RecordBatch:
    table = table.combine_chunks()
    batches = table.to_batches()
    if not batches:
        return pa.RecordBatch.from_arrays([pa.array([], type=f.type) for f in table.schema],
                                          schema=table.schema)
    return batches[0]



def _owned(table: pa.Table) -> pa.Table:
    """A copy of ``table`` in newly allocated memory (not a view of a memory map)."""
    return pa.Table.from_arrays(
        [pa.concat_arrays([*col.chunks, pa.array([], type=col.type)]) for col in table.columns],
        schema=table.schema)
