"""Fingerprints of the code and of the input, so that a build can tell what changed.

The extraction cache is keyed on the extractor code's fingerprint (change any extractor or word
list and every article is extracted again, no version number to remember); a build whose input
and whole code are unchanged is up to date without extracting anything.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
# The text layer segments every article (with ingest's headline rule), so it is extractor code.
EXTRACTOR_CODE = (PACKAGE / "extract", PACKAGE / "lexicon", PACKAGE / "records.py",
                  PACKAGE / "text", PACKAGE / "ingest" / "normalize.py")
PIPELINE_CODE = (PACKAGE, ROOT / "schemas")
CODE_SUFFIXES = (".py", ".css", ".js")  # the release page's assets shape a release too


def _files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out += sorted(f for f in p.rglob("*") if f.suffix in CODE_SUFFIXES and f.is_file()) \
            if p.is_dir() else [p]
    return out


@lru_cache(maxsize=None)
def code_fingerprint(paths: tuple[Path, ...]) -> str:
    """SHA-256 over the names and bytes of the code files (Python, page assets) under
    ``paths``."""
    h = hashlib.sha256()
    for f in _files(paths):
        h.update(f.relative_to(ROOT).as_posix().encode())
        h.update(b"\x00")
        h.update(f.read_bytes())
        h.update(b"\x00")
    return h.hexdigest()


def extractor_version() -> str:
    return code_fingerprint(EXTRACTOR_CODE)[:16]


def pipeline_version() -> str:
    return code_fingerprint(PIPELINE_CODE)[:16]
