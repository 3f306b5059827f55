"""What the release page shows, read from the release's Parquet files.

Each function reads only the columns it needs, and big tables are never read whole: a few rows
of a wide table (article texts, claim sentences) are picked one row group at a time
(``select``). Every result is sorted, so the page is the same bytes for the same files.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

PAGE_NAME = "index.html"
QUALITY_NAME = "quality.json"
PREVIEW_ROWS = 40  # rows per table preview
TOP_BARS = 15  # bars of the speakers and entities charts
TIMELINE_BARS = 40  # dates on the timeline (the busiest, in date order)
HAPPENINGS = 12  # event clusters listed under the timeline
PRECISION_ORDER = ("decade", "year", "season", "quarter", "month", "week", "day")
UNSIZED = ("build_report.json",)  # run-dependent (timings): no size or checksum on the page


def read(release: Path, name: str, columns: Sequence[str], filters: Any = None) -> pa.Table:
    """Columns of table ``name``, the rows ``filters`` keeps (pyarrow's filter syntax)."""
    return pq.read_table(release / f"{name}.parquet", columns=list(columns), filters=filters)


def select(release: Path, name: str, columns: Sequence[str], key: str,
           values: Sequence[str]) -> pa.Table:
    """The rows of table ``name`` whose ``key`` is one of ``values``, read one row group at a
    time: a few rows of a wide table (article texts) without reading the whole column."""
    file = pq.ParquetFile(release / f"{name}.parquet")
    cols = list(dict.fromkeys([key, *columns]))
    wanted = pa.array(sorted(set(values)), pa.string())
    parts = []
    for group in range(file.metadata.num_row_groups):
        mask = pc.is_in(file.read_row_group(group, columns=[key]).column(0), value_set=wanted)
        if pc.any(mask).as_py():
            parts.append(file.read_row_group(group, columns=cols).filter(mask))
    return pa.concat_tables(parts) if parts else file.schema_arrow.empty_table().select(cols)


class ArticleTexts:
    """Titles and texts of the articles the page shows, read once for the whole page. A row's
    text is sliced from its article (``text[char_start:char_end]`` is the contract of every
    span), so the wide text columns of quotes, claims and events are never read."""

    def __init__(self, release: Path) -> None:
        self.release = release
        self.rows: dict[str, dict[str, Any]] = {}

    def load(self, source_ids: Iterable[str]) -> None:
        """Read the articles of ``source_ids`` not read yet."""
        missing = sorted(set(source_ids) - self.rows.keys())
        if missing:
            for r in select(self.release, "sources", ["title", "text"], "source_id",
                            missing).to_pylist():
                self.rows[r["source_id"]] = r
            for sid in missing:  # unknown ids read as empty articles
                self.rows.setdefault(sid, {"source_id": sid, "title": None, "text": None})

    def text(self, source_id: str) -> str:
        return self.rows[source_id]["text"] or ""

    def title(self, source_id: str) -> str | None:
        return self.rows[source_id]["title"]

    def fill(self, rows: Sequence[dict[str, Any]], column: str) -> None:
        """Set ``row[column]`` to the span's text, for rows with source_id and offsets."""
        self.load(r["source_id"] for r in rows)
        for r in rows:
            r[column] = self.text(r["source_id"])[r["char_start"]:r["char_end"]]


def top_speakers(release: Path, n: int = TOP_BARS) -> list[tuple[str, int]]:
    """Named speakers by number of quotes, most quoted first (ties by name)."""
    t = read(release, "quotes", ["speaker_name"]).filter(pc.is_valid(pc.field("speaker_name")))
    counts = t.group_by("speaker_name").aggregate([("speaker_name", "count")]).to_pylist()
    rows = sorted(((r["speaker_name"], r["speaker_name_count"]) for r in counts),
                  key=lambda r: (-r[1], r[0]))
    return rows[:n]


def top_entities(release: Path, n: int = TOP_BARS) -> list[dict[str, Any]]:
    """Entities by number of mentions, most mentioned first (ties by name, id)."""
    rows = read(release, "entities",
                ["entity_id", "name", "kind", "n_mentions", "n_sources"]).to_pylist()
    rows.sort(key=lambda r: (-r["n_mentions"], r["name"], r["entity_id"]))
    return rows[:n]


def timeline(release: Path, n: int = TIMELINE_BARS) -> tuple[list[dict[str, Any]], int]:
    """Dated happenings per date as written (``date_value``: a day, a month, a year…): the
    ``n`` dates with most distinct happenings (event clusters), in date order; and how many
    dates were left out."""
    t = read(release, "events", ["date_value", "event_date", "date_precision", "cluster_id"])
    if t.num_rows == 0:
        return [], 0
    g = t.group_by("date_value").aggregate([
        ("cluster_id", "count_distinct"), ("cluster_id", "count"), ("event_date", "min"),
        ("date_precision", "min")]).to_pylist()
    busiest = sorted(g, key=lambda r: (-r["cluster_id_count_distinct"], r["date_value"]))[:n]
    rank = {p: i for i, p in enumerate(PRECISION_ORDER)}
    busiest.sort(key=lambda r: (r["event_date_min"], rank.get(r["date_precision_min"], 0),
                                r["date_value"]))
    bars = [{"date": r["date_value"], "happenings": r["cluster_id_count_distinct"],
             "events": r["cluster_id_count"]} for r in busiest]
    return bars, len(g) - len(bars)


def top_clusters(release: Path, name: str, n: int, filters: Any = None
                 ) -> tuple[list[dict[str, Any]], int]:
    """The ``n`` clusters of table ``name`` reported by most articles (then most rows, then
    id), and the number of clusters; from the two key columns only: big tables are never
    read whole."""
    t = read(release, name, ["cluster_id", "source_id"], filters)
    if t.num_rows == 0:
        return [], 0
    g = t.group_by("cluster_id").aggregate([("source_id", "count_distinct"),
                                            ("source_id", "count")])
    top = g.sort_by([("source_id_count_distinct", "descending"),
                     ("source_id_count", "descending"), ("cluster_id", "ascending")])
    return [{"cluster_id": r["cluster_id"], "n_sources": r["source_id_count_distinct"],
             "n_rows": r["source_id_count"]} for r in top.slice(0, n).to_pylist()], g.num_rows


def happenings(release: Path, texts: ArticleTexts, n: int = HAPPENINGS
               ) -> list[dict[str, Any]]:
    """The event clusters reported by most articles, in date order: date, actor, action,
    counts and the first report (by source and position) with its text."""
    top, _ = top_clusters(release, "events", n)
    if not top:
        return []
    cols = ["cluster_id", "date_value", "event_date", "actor", "action", "source_id",
            "char_start", "char_end"]
    rows = select(release, "events", cols, "cluster_id",
                  [c["cluster_id"] for c in top]).to_pylist()
    first: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: (r["cluster_id"], r["source_id"], r["char_start"])):
        first.setdefault(r["cluster_id"], r)
    out = [dict(first[c["cluster_id"]], n_sources=c["n_sources"], n_reports=c["n_rows"])
           for c in top]
    out.sort(key=lambda r: (r["event_date"], r["date_value"], r["cluster_id"]))
    texts.fill(out, "event_text")
    return out


def first_rows(release: Path, name: str, n: int = PREVIEW_ROWS) -> pa.Table:
    """The first ``n`` rows of a table (rows are sorted by primary key)."""
    file = pq.ParquetFile(release / f"{name}.parquet")
    for batch in file.iter_batches(batch_size=n):
        return pa.Table.from_batches([batch])
    return file.schema_arrow.empty_table()


def first_mentions(release: Path, entity_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each entity's first mention (by source and position), to link entities to a text."""
    if not entity_ids:
        return {}
    t = select(release, "mentions", ["source_id", "char_start", "char_end"], "entity_id",
               entity_ids)
    out: dict[str, dict[str, Any]] = {}
    for r in sorted(t.to_pylist(), key=lambda r: (r["entity_id"], r["source_id"],
                                                  r["char_start"])):
        out.setdefault(r["entity_id"], r)
    return out


def read_quality(release: Path) -> dict[str, Any] | None:
    """The release's quality.json (measured quality), or None when it has none."""
    path = release / QUALITY_NAME
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def release_files(release: Path, digests: Mapping[str, str] | None = None
                  ) -> list[dict[str, Any]]:
    """Every file of the release but the page, with size and SHA-256 (None for the run's
    report, whose timings change from run to run); ``digests`` are known checksums."""
    out = []
    for p in sorted(release.iterdir(), key=lambda p: p.name):
        if not p.is_file() or p.name in (PAGE_NAME, "SHA256SUMS") or p.name.startswith("."):
            continue
        if p.name in UNSIZED:
            out.append({"name": p.name, "bytes": None, "sha256": None})
            continue
        digest = (digests or {}).get(p.name)
        if digest is None:
            h = hashlib.sha256()
            with p.open("rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
            digest = h.hexdigest()
        out.append({"name": p.name, "bytes": p.stat().st_size, "sha256": digest})
    return out
