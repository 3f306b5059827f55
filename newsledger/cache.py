"""A local cache of extraction results, so unchanged articles are not extracted again.

Two levels, in one folder users may delete at any time (a missing or unreadable cache only makes
the build slower, never different):

- articles: key = SHA-256 of the extractor code's fingerprint, the article text and its metadata
  publication date (everything extraction depends on); value = the pickled ``ArticleExtraction``,
  zlib-compressed; in one SQLite file.
- batches: key = SHA-256 of the whole pipeline's code and every input of a batch of articles;
  value = the batch's spilled tables (Arrow IPC files, as ``publish.store.PartStore`` writes
  them) and the articles it quarantined, under ``batches/``. A batch found here is neither extracted
  nor converted nor checked again.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from newsledger.fingerprint import extractor_version
from newsledger.records import Article, ArticleExtraction

DEFAULT_CACHE = Path(".newsledger-cache")
_FILE = "extractions.sqlite"


def cache_key(article: Article) -> str:
    h = hashlib.sha256()
    for part in (extractor_version(), article.published.isoformat() if article.published else "",
                 article.text):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def pack(extraction: ArticleExtraction) -> bytes:
    return zlib.compress(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack(blob: bytes) -> ArticleExtraction:
    return pickle.loads(zlib.decompress(blob))


class ExtractionCache:
    """get_many / put_many over a SQLite file; every method is safe to call when disabled."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self._db: sqlite3.Connection | None = None
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(folder / _FILE)
                self._db.execute("create table if not exists extraction "
                                 "(key text primary key, value blob not null)")
            except (OSError, sqlite3.Error):
                self._db = None

    def get_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        if self._db is None:
            return {}
        keys = list(keys)
        found: dict[str, bytes] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                marks = ",".join("?" * len(chunk))
                found.update(self._db.execute(
                    f"select key, value from extraction where key in ({marks})", chunk))
        except sqlite3.Error:
            return {}
        return found

    def put_many(self, items: Mapping[str, bytes]) -> None:
        if self._db is None or not items:
            return
        try:
            with self._db:
                self._db.executemany("insert or replace into extraction values (?, ?)",
                                     sorted(items.items()))
        except sqlite3.Error:
            pass  # a cache that cannot be written only costs time on the next build

    def batch(self, key: str, names: Iterable[str]) -> tuple[dict[str, Path], list] | None:
        """A whole batch's spilled tables and quarantined articles stored under ``key``."""
        if self.folder is None:
            return None
        folder = self.folder / "batches" / key[:2] / key
        meta = folder / "quarantined.json"
        if not meta.is_file():
            return None
        try:
            errors = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return {n: folder / f"{n}.arrow" for n in names}, errors

    def put_batch(self, key: str, files: Mapping[str, Path], quarantined: list) -> None:
        """Keep a batch's spilled tables (hard links when possible) and its quarantined articles."""
        if self.folder is None:
            return
        folder = self.folder / "batches" / key[:2] / key
        if folder.exists():
            return
        tmp = None
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
            for name, path in files.items():
                try:
                    os.link(path, tmp / f"{name}.arrow")
                except OSError:
                    shutil.copyfile(path, tmp / f"{name}.arrow")
            (tmp / "quarantined.json").write_text(json.dumps(quarantined), encoding="utf-8")
            os.replace(tmp, folder)
        except OSError:  # a cache that cannot be written only costs time on the next build
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
