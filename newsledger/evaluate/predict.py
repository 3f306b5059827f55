"""What the evaluator scores: the tables of a release, or of the extractors run in-process over
a gold set's articles, as plain rows grouped by the gold article they belong to.

Gold articles are found in the tables by the SHA-256 of their text (``sources.content_sha256``),
so any source id works: a release of a corpus that holds the gold articles among others, or the
gold articles alone.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsledger.extract.article import extract_article
from newsledger.ids import sha256_text
from newsledger.reconcile.rows import build_tables
from newsledger.records import Article

Row = dict[str, Any]
# Tables and the columns the scores read (a release may have more columns).
COLUMNS = {
    "sources": ("source_id", "content_sha256", "published_date", "story_id"),
    "quotes": ("source_id", "char_start", "char_end", "quote_kind", "speaker_name",
               "speaker_kind", "speaker_handle", "quote_date", "confidence"),
    "claims": ("source_id", "value_start", "value_end", "value", "cluster_id", "consistency"),
    "dates": ("date_id", "source_id", "char_start", "char_end", "value", "precision"),
    "events": ("source_id", "char_start", "char_end", "date_id", "date_value", "date_link"),
    "mentions": ("source_id", "entity_id"),
    "entities": ("entity_id", "name", "kind"),
}


@dataclass
class Predictions:
    """Rows of every scored table for the gold articles found, keyed by gold article id."""

    found: dict[str, str] = field(default_factory=dict)  # gold doc id -> source_id
    rows: dict[str, dict[str, list[Row]]] = field(default_factory=dict)  # table -> doc -> rows
    persons: list[Row] = field(default_factory=list)  # person entities mentioned in found docs
    entities: dict[str, list[Row]] = field(default_factory=dict)  # doc -> entities it mentions
    confidence_columns: dict[str, list[str]] = field(default_factory=dict)  # table -> columns

    def of(self, table: str, doc: str) -> list[Row]:
        return self.rows.get(table, {}).get(doc, [])


def _confidence_columns(tables: dict[str, pa.Table]) -> dict[str, list[str]]:
    return {name: [c for c in t.column_names if c == "confidence" or c.endswith("_confidence")]
            for name, t in sorted(tables.items())
            if any(c == "confidence" or c.endswith("_confidence") for c in t.column_names)}


def collect(tables: dict[str, pa.Table], texts: dict[str, str]) -> Predictions:
    """The rows of ``tables`` that belong to the gold articles ``texts`` (doc id -> text)."""
    by_digest = {sha256_text(t): doc for doc, t in texts.items()}
    sources = tables["sources"].select(["source_id", "content_sha256"]).to_pylist()
    found = {by_digest[s["content_sha256"]]: s["source_id"] for s in sources
             if s["content_sha256"] in by_digest}
    doc_of = {sid: doc for doc, sid in found.items()}
    wanted = pa.array(sorted(doc_of), pa.string())
    out = Predictions(found=dict(sorted(found.items())),
                      confidence_columns=_confidence_columns(tables))
    for name, columns in COLUMNS.items():
        if name == "entities" or name not in tables:
            continue
        t = tables[name]
        t = t.filter(pc.is_in(t.column("source_id"), value_set=wanted))
        wanted_columns = dict.fromkeys(columns + tuple(out.confidence_columns.get(name, [])))
        grouped: dict[str, list[Row]] = defaultdict(list)
        for r in t.select([c for c in wanted_columns if c in t.column_names]).to_pylist():
            grouped[doc_of[r["source_id"]]].append(r)
        out.rows[name] = dict(grouped)
    mentions = out.rows.get("mentions", {})
    entity_ids = {r["entity_id"] for rows in mentions.values() for r in rows}
    if "entities" in tables:
        rows = {r["entity_id"]: r for r in tables["entities"].select(list(COLUMNS["entities"]))
                .to_pylist() if r["entity_id"] in entity_ids}
        out.persons = [r for r in rows.values() if r["kind"] == "person"]
        out.entities = {doc: [rows[e] for e in sorted({m["entity_id"] for m in ms})]
                        for doc, ms in mentions.items()}
    return out


def in_process(articles: Iterable[Article]) -> dict[str, pa.Table]:
    """The tables the build would publish for these articles alone (extracted and reconciled
    in this process, no cache, no orchestrator)."""
    return build_tables([extract_article(a) for a in articles])


def from_release(release: Path) -> dict[str, pa.Table]:
    """The scored tables of a release folder (Parquet files)."""
    tables = {}
    for name in COLUMNS:
        path = release / f"{name}.parquet"
        if path.is_file():
            tables[name] = pq.read_table(path)
    return tables
