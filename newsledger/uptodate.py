"""What a build depends on, and whether it has anything to do: the build key (the whole
pipeline's code and every input) and the latest release's, compared before any work starts.

Light on purpose: an up-to-date ``newsledger build`` reads the corpus, computes the key and
stops, without importing Arrow tables, schemas, extractors or Prefect.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from newsledger.fingerprint import pipeline_version
from newsledger.ids import sha256_text
from newsledger.ingest import CorpusRead, read_corpus
from newsledger.options import BuildOptions
from newsledger.publish.versions import latest_build_key, latest_version
from newsledger.records import Article
from newsledger.summary import BuildSummary, Stopwatch, summarize_ingest, up_to_date


# The corpus read ahead (``read_ahead``), by what was read, until the build takes it.
_ahead: dict[tuple[tuple[Path, ...], int], CorpusRead] = {}


def _what(options: BuildOptions) -> tuple[tuple[Path, ...], int]:
    return tuple(options.corpus), options.max_bytes


def ingest(options: BuildOptions) -> CorpusRead:
    """The corpus read: the read made ahead for these options when there is one (taken:
    a second ingest reads again), else read now."""
    read = _ahead.pop(_what(options), None)
    return read if read is not None else read_corpus(options.corpus,
                                                     max_bytes=options.max_bytes)


def read_ahead(options: BuildOptions) -> CorpusRead:
    """Read the corpus now, for the build's ``ingest`` to take later in this process: the
    command line reads it while Prefect's temporary server starts, so the flow need not
    wait for it. Call ``drop_read_ahead`` once the build is over (a read not taken).
    Returns the read (kept for ``ingest``)."""
    if _what(options) not in _ahead:
        _ahead[_what(options)] = read_corpus(options.corpus, max_bytes=options.max_bytes)
    return _ahead[_what(options)]


def drop_read_ahead(options: BuildOptions) -> None:
    _ahead.pop(_what(options), None)


def build_key(read: CorpusRead) -> str:
    """Everything a release depends on: the whole pipeline's code and every input's content,
    metadata and rejection. Equal keys mean byte-identical data files."""
    h = _code_and(read.articles)
    for r in read.rejections:
        h.update(repr((r.input_path, r.reason, r.detail)).encode())
    h.update(str(read.n_inputs).encode())
    return h.hexdigest()


def _code_and(articles: Sequence[Article]) -> hashlib._Hash:
    """A SHA-256 of the whole pipeline's code and every article's fingerprint, in order."""
    h = hashlib.sha256(pipeline_version().encode())
    for a in articles:
        h.update(_fingerprint(a))
    return h


def _fingerprint(a: Article) -> bytes:
    """Everything about an article its rows depend on."""
    return repr((a.source_id, a.input_path, a.encoding, a.title, a.url, a.outlet, a.author,
                 a.published, sha256_text(a.text))).encode()


def batch_key(articles: Sequence[Article]) -> str:
    """The batch cache's key: the whole pipeline's code and every input of the batch."""
    return _code_and(articles).hexdigest()


def already_published(key: str, options: BuildOptions) -> str | None:
    """The latest version when it was built from exactly this input and code, else None."""
    if options.version is not None or options.strict:
        return None
    return latest_version(options.out) if latest_build_key(options.out) == key else None


def check_up_to_date(options: BuildOptions) -> BuildSummary | None:
    """The summary of a build with nothing to do (the latest release was built from exactly
    this input and code), found without starting an orchestrator; None when there is work.
    Reads the corpus only when a release with a build key exists; when there is work, that
    read is kept for the build (``read_ahead``)."""
    if options.version is not None or options.strict or latest_build_key(options.out) is None:
        return None
    summary = BuildSummary()
    read = Stopwatch(summary.timings)("ingest", ingest, options)
    summarize_ingest(read, summary)
    latest = already_published(build_key(read), options)
    if latest:
        return up_to_date(latest, summary)
    _ahead[_what(options)] = read
    return None
