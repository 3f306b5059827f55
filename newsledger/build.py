"""The build as plain functions, one per stage; ``flows/build.py`` wraps each in a Prefect task.

    ingest → extract (per batch of articles) → reconcile → validate + publish

Nothing here imports Prefect, so every stage can be tested and reused without an orchestrator.
``build_locally`` chains the stages in-process (used by tests and by library users).
"""
from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from newsledger.extract import KNOWN_LIMITS
from newsledger.cache import DEFAULT_CACHE, ExtractionCache, cache_key, pack, unpack
from newsledger.extract.article import extract_article
from newsledger.fingerprint import pipeline_version
from newsledger.ids import sha256_text
from newsledger.ingest import CorpusRead, read_corpus
from newsledger.publish.release import (ReleaseResult, latest_build_key, latest_version,
                                        publish)
from newsledger.publish.tables import Tables
from newsledger.reconcile.rows import batch_tables, combine
from newsledger.records import Article

DEFAULT_MAX_BYTES = 5_000_000
TASKS_PER_WORKER = 4
MIN_BATCH = 25


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build needs to know; the CLI and the flow both fill it."""

    corpus: tuple[Path, ...] = (Path("corpus"),)
    out: Path = Path("dataset")
    version: str | None = None
    release_date: str | None = None
    batch_size: int | None = None  # None: a few batches per worker
    workers: int = 2
    max_bytes: int = DEFAULT_MAX_BYTES
    changelog: Path | None = None
    why: str = ""
    cache: Path | None = DEFAULT_CACHE  # None: no cache
    name: str = "newsledger"
    title: str = "newsledger dataset"


@dataclass
class BuildSummary:
    """What the console summary and build_report.json say about one build."""

    n_inputs: int = 0
    n_accepted: int = 0
    rejected: list[dict[str, str]] = field(default_factory=list)
    extraction_errors: list[dict[str, str]] = field(default_factory=list)
    n_batches: int = 0
    n_cached: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    version: str | None = None
    release_path: str | None = None
    latest: str | None = None
    bump: str = ""

    def report(self) -> dict[str, Any]:
        """The build_report.json content (timings are its only run-dependent part)."""
        d = asdict(self)
        for k in ("version", "release_path", "latest", "bump"):
            d.pop(k)
        d["n_rejected"] = len(self.rejected)
        return d


def ingest(options: BuildOptions) -> CorpusRead:
    return read_corpus(options.corpus, max_bytes=options.max_bytes)


def build_key(read: CorpusRead) -> str:
    """Everything a release depends on: the whole pipeline's code and every input's content,
    metadata and rejection. Equal keys mean byte-identical data files."""
    h = hashlib.sha256(pipeline_version().encode())
    for a in read.articles:
        h.update(repr((a.source_id, a.input_path, a.encoding, a.title, a.url, a.outlet, a.author,
                       a.published, sha256_text(a.text))).encode())
    for r in read.rejections:
        h.update(repr((r.input_path, r.reason, r.detail)).encode())
    h.update(str(read.n_inputs).encode())
    return h.hexdigest()


def already_published(key: str, options: BuildOptions) -> str | None:
    """The latest version when it was built from exactly this input and code, else None."""
    if options.version is not None:
        return None
    return latest_version(options.out) if latest_build_key(options.out) == key else None


def batch_articles(articles: Sequence[Article], batch_size: int | None,
                   workers: int) -> list[list[Article]]:
    """Split articles into a few batches: by default about four per worker, at least 25 each,
    so per-task overhead stays small however large the corpus."""
    if not articles:
        return []
    size = batch_size or max(MIN_BATCH, math.ceil(len(articles) / (max(1, workers)
                                                                  * TASKS_PER_WORKER)))
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


@dataclass(frozen=True)
class Batch:
    """What one extract task is given: articles, and cached extractions of some of them."""

    articles: tuple[Article, ...]
    cached: dict[str, bytes] = field(default_factory=dict)  # cache_key -> packed extraction


@dataclass(frozen=True)
class BatchOutput:
    """What one extract task returns: the batch's tables, the articles extraction failed on,
    and the new extractions to cache."""

    tables: Tables
    errors: tuple[dict[str, str], ...]
    new_cache: dict[str, bytes]


def extract(batch: Batch) -> BatchOutput:
    """Extract a batch (reusing cached extractions) and turn it into Arrow tables right away."""
    results, new = [], {}
    for article in batch.articles:
        key = cache_key(article)
        blob = batch.cached.get(key)
        result = extract_article(article, unpack(blob) if blob is not None else None)
        if blob is None and result.error is None:
            new[key] = pack(result.extraction)
        results.append(result)
    errors = tuple({"input_path": r.article.input_path, "reason": "extraction-error",
                    "detail": r.error} for r in results if r.error)
    return BatchOutput(batch_tables(results), errors, new)


def plan_batches(articles: Sequence[Article], options: BuildOptions,
                 cache: ExtractionCache) -> list[Batch]:
    """Batches of articles with the cached extractions each will need."""
    return [Batch(tuple(b), cache.get_many(cache_key(a) for a in b))
            for b in batch_articles(articles, options.batch_size, options.workers)]


def reconcile(outputs: Sequence[BatchOutput]) -> Tables:
    return combine([o.tables for o in outputs])


def release(rows: Tables, summary: BuildSummary, options: BuildOptions,
            key: str | None = None) -> ReleaseResult:
    return publish(rows, summary.report(), options.out, name=options.name, title=options.title,
                   version=options.version, release_date=options.release_date,
                   limits=KNOWN_LIMITS, why=options.why, changelog=options.changelog,
                   build_key=key)


def up_to_date(latest: str, summary: BuildSummary) -> BuildSummary:
    """The summary of a build that found its release already published."""
    summary.latest, summary.bump = latest, "none"
    return summary


def summarize_ingest(read: CorpusRead, summary: BuildSummary) -> None:
    summary.n_inputs = read.n_inputs
    summary.n_accepted = len(read.articles)
    summary.rejected = [{"input_path": r.input_path, "reason": r.reason, "detail": r.detail}
                        for r in read.rejections]


def summarize_extraction(batches: Sequence[Batch], outputs: Sequence[BatchOutput],
                         summary: BuildSummary, cache: ExtractionCache) -> None:
    """Report extraction errors and store the new extractions in the cache."""
    summary.n_batches = len(batches)
    summary.n_cached = sum(len(b.cached) for b in batches)
    summary.extraction_errors = sorted((e for o in outputs for e in o.errors),
                                       key=lambda d: d["input_path"])
    for o in outputs:
        cache.put_many(o.new_cache)


def finish(result: ReleaseResult, tables: Tables, summary: BuildSummary) -> BuildSummary:
    summary.rows = {t: tables[t].num_rows for t in tables if not t.startswith("_")}
    summary.version = result.version
    summary.release_path = str(result.path) if result.path else None
    summary.latest = result.latest
    summary.bump = result.bump
    return summary


class Stopwatch:
    """Wall time per stage, for the build report only (never in data files)."""

    def __init__(self, timings: dict[str, float]):
        self.timings = timings

    def __call__(self, stage: str, fn: Callable[..., Any], *args: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.timings[stage] = round(self.timings.get(stage, 0.0)
                                        + time.perf_counter() - t0, 3)


def build_locally(options: BuildOptions) -> BuildSummary:
    """The whole build in this process, without Prefect."""
    summary = BuildSummary()
    clock = Stopwatch(summary.timings)
    read = clock("ingest", ingest, options)
    summarize_ingest(read, summary)
    key = build_key(read)
    if latest := already_published(key, options):
        return up_to_date(latest, summary)
    cache = ExtractionCache(options.cache)
    batches = clock("extract", plan_batches, read.articles, options, cache)
    outputs = [clock("extract", extract, b) for b in batches]
    summarize_extraction(batches, outputs, summary, cache)
    cache.close()
    rows = clock("reconcile", reconcile, outputs)
    result = clock("publish", release, rows, summary, options, key)
    return finish(result, rows, summary)
