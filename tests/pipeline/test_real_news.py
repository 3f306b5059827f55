"""Real news nobody here wrote builds end to end: the 120 MEANTIME Wikinews articles (CC BY 4.0,
tests/data/meantime) are published whole, with nothing rejected or quarantined."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from newsledger.build import BuildOptions, build_locally
from newsledger.publish.check import check_release
from tests.extract.test_meantime import DATA, parse_dct


def write_corpus(folder: Path) -> int:
    folder.mkdir(parents=True)
    lines = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        published = parse_dct(doc.get("dct"))
        lines.append(json.dumps({"id": doc["doc_id"], "text": doc["text"], "url": doc.get("url"),
                                 "published": published.isoformat() if published else None}))
    (folder / "meantime.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def test_meantime_builds_and_publishes_every_article(tmp_path):
    n = write_corpus(tmp_path / "corpus")
    summary = build_locally(BuildOptions(corpus=(tmp_path / "corpus",), out=tmp_path / "ds",
                                         release_date="2024-01-01", cache=None, workers=1,
                                         strict=True))
    assert summary.version == "0.1.0"
    assert (summary.n_accepted, summary.rejected, summary.quarantined) == (n, [], [])
    assert check_release(tmp_path / "ds") == []
    release = tmp_path / "ds" / "0.1.0"
    assert pq.read_table(release / "sources.parquet").num_rows == n
    for table in ("quotes", "claims", "dates", "events", "entities", "mentions"):
        assert pq.read_table(release / f"{table}.parquet").num_rows > 100, table
