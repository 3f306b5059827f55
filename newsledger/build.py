"""The build as plain functions, one per stage; ``flows/build.py`` wraps each in a Prefect task.

    ingest → extract (per batch of articles) → spill → reconcile → validate + publish

Nothing here imports Prefect, so every stage can be tested and reused without an orchestrator.
What one extract task does (in a worker process) is ``newsledger.batch``; this process never
imports the extractors.
``build_locally`` chains the stages in-process (used by tests and by library users). The
options are defined in ``newsledger.options``; the summary, the stopwatch and the failures a
build reports in ``newsledger.summary`` (re-exported here).

Memory stays bounded however large the corpus: batches are submitted a few at a time, each
batch's tables are spilled to disk as soon as they arrive (``publish.store.PartStore``), and
publishing reads them back one key bucket at a time. Only the articles themselves, the entity
index and per-cluster claim verdicts are held for the whole corpus.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.compute as pc

from newsledger import progress
from newsledger.batch import Batch, BatchOutput, extract  # noqa: F401 - re-exported
from newsledger.cache import ExtractionCache, cache_key
from newsledger.extract import KNOWN_LIMITS
from newsledger.fingerprint import ROOT, pipeline_version
from newsledger.ingest import CorpusRead
from newsledger.options import DEFAULT_MAX_BYTES, BuildOptions  # noqa: F401 - re-exported
from newsledger.publish.info import DatasetInfo, InfoError, resolve_info
from newsledger.publish.release import ReleaseError, ReleaseResult, make_out, publish
from newsledger.publish.store import N_BUCKETS, PartStore
from newsledger.publish.tables import Tables
from newsledger.publish.validate import (Failure, ValidationFailed, local_foreign_keys,
                                         merge_failures)
from newsledger.publish.versions import latest_build_key
from newsledger.reconcile.claim_groups import COLUMNS as GROUP_COLUMNS, ClaimGroups
from newsledger.reconcile.rows import (RECONCILED, ROW_BUILDERS, entity_index, entity_table,
                                       resolve)
from newsledger.reconcile.story_index import StoryIndex
from newsledger.records import Article
from newsledger.summary import (BuildSummary, NothingPublished,  # noqa: F401 - re-exported
                                QuarantineFailed, Stopwatch, check_accepted, check_strict,
                                finish, summarize_ingest, up_to_date)
from newsledger.uptodate import (already_published, batch_key, build_key,  # noqa: F401
                                 check_up_to_date, ingest)  # (re-exported)
from schemas import TABLES

from . import parallel

BATCH_SIZE = 200  # articles per extract task, on average: bounds memory, streams results
IN_FLIGHT_PER_WORKER = 2  # batches submitted ahead of the one being collected
# Spilled tables and the key that splits them into buckets (sources keep user ids: one bucket).
SPILLED: dict[str, str | None] = {name: (None if name == "sources" else TABLES[name].primary_key)
                                  for name in ROW_BUILDERS} | {"_entities": None,
                                                               "_stories": None}


def iter_batches(articles: Iterable[Article], batch_size: int | None = None
                 ) -> Iterator[list[Article]]:
    """Articles in batches of about ``batch_size`` (default BATCH_SIZE), made as they are
    asked for.

    Batches end after an article whose id hashes to 0 modulo the batch size (content-defined,
    as in rsync), or at twice the size. So a batch depends only on its own articles: adding or
    removing articles changes the batches around them and no others, and every other batch is
    found whole in the batch cache."""
    size = batch_size or BATCH_SIZE
    current: list[Article] = []
    for a in articles:
        current.append(a)
        if len(current) >= 2 * size or int(hashlib.sha256(
                a.source_id.encode("utf-8")).hexdigest()[:12], 16) % size == 0:
            yield current
            current = []
    if current:
        yield current


def largest_first(batches: Iterable[list[Article]]) -> Iterator[list[Article]]:
    """The batches, those with the most text first (ties in corpus order), each forgotten
    here once handed over. Extracting the long batches first lets the workers finish
    together, instead of one idling while the other extracts a long batch met last (the
    longest-processing-time rule: 1% above the ideal on the 2,000-article benchmark, against
    8% in corpus order). Nothing the build publishes depends on the order."""
    pending: list[list[Article] | None] = list(batches)
    sizes = [sum(len(a.text) for a in b or ()) for b in pending]
    for i in sorted(range(len(pending)), key=lambda i: -sizes[i]):
        batch, pending[i] = pending[i], None
        assert batch is not None
        yield batch


def batch_articles(articles: Sequence[Article], batch_size: int | None = None,
                   workers: int = 1) -> list[list[Article]]:
    """All batches of ``iter_batches`` at once (``workers`` is kept for callers; unused)."""
    return list(iter_batches(articles, batch_size))


def handing_over(articles: Sequence[Article]) -> Iterator[Article]:
    """The articles one by one, each forgotten here once handed over: when a batch has been
    extracted, its texts can be freed while later batches are still being read."""
    pending = list(articles)
    for i in range(len(pending)):
        article, pending[i] = pending[i], None  # type: ignore[call-overload]
        yield article


class _Future(Protocol):
    def result(self) -> BatchOutput: ...


def run_batches(batches: Iterable[Batch], submit: Callable[[Batch], _Future],
                workers: int) -> Iterator[BatchOutput]:
    """Submit batches a few at a time and yield their outputs in submission order, so at most
    about ``IN_FLIGHT_PER_WORKER * workers`` outputs exist at once."""
    pending: deque[_Future] = deque()
    limit = max(2, IN_FLIGHT_PER_WORKER * workers)
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _batch(articles: list[Article], key: str, cache: ExtractionCache,
           options: BuildOptions) -> Batch:
    """A batch to extract, with the cached extractions of its articles."""
    return Batch(tuple(articles), cache.get_many(cache_key(a) for a in articles), key,
                 options.cache is not None)


def extract_ahead(read: CorpusRead, options: BuildOptions) -> int:
    """Start extracting now, in the worker pool started ahead (``parallel.start_pool``), the
    first batches the build will extract (as many as it keeps in flight), while the build
    waits for something else: Prefect's temporary server, whose start leaves a core or more
    idle for a few seconds. The build's extract tasks then take these calls' results
    (``parallel.submit`` finds the same batch, equal, started ahead). Nothing when the build
    will have nothing to extract (an up-to-date release, nothing accepted) or no pool is
    open; returns the number of batches started."""
    if not read.articles or (latest_build_key(options.out) is not None
                             and already_published(build_key(read), options)):
        return 0
    started = 0
    cache = ExtractionCache(options.cache)
    try:
        for articles_ in largest_first(iter_batches(read.articles, options.batch_size)):
            if started >= IN_FLIGHT_PER_WORKER * options.workers:
                break
            key = batch_key(articles_)
            if cache.batch(key, SPILLED) is not None:  # added from the batch cache
                continue
            if parallel.ahead(extract, _batch(articles_, key, cache, options)) is None:
                break
            started += 1
    finally:
        cache.close()
    return started


class Spill:
    """Takes batch outputs as they arrive: tables to a PartStore on disk, new extractions to
    the cache, errors and failures to the summary. A scratch folder in ``options.out``,
    removed on exit."""

    def __init__(self, options: BuildOptions, summary: BuildSummary, total: int = 0):
        make_out(options.out)
        progress.current().start(total)
        self.store = PartStore(Path(tempfile.mkdtemp(prefix=".build-", dir=options.out)),
                               SPILLED)
        self.cache = ExtractionCache(options.cache)
        self.summary = summary
        self.failures: list[Failure] = []
        self.quarantined: list[dict[str, str]] = []

    def batches(self, articles: Iterable[Article], options: BuildOptions) -> Iterator[Batch]:
        """The batches to extract, the longest first: a batch found whole in the batch cache
        is added to the store at once; the others come with the cached extractions of their
        articles."""
        for articles_ in largest_first(iter_batches(articles, options.batch_size)):
            key = batch_key(articles_)
            found = self.cache.batch(key, SPILLED)
            if found is not None and self.store.add_files(found[0]):
                self.summary.n_cached += len(articles_)
                self.quarantined += found[1]
                progress.current().advance(len(articles_))
                continue
            batch = _batch(articles_, key, self.cache, options)
            self.summary.n_cached += len(batch.cached)
            yield batch

    def collect(self, outputs: Iterable[BatchOutput]) -> None:
        """Spill each output as it arrives; keep batches that passed every check whole."""
        for o in outputs:
            part = self.store.n_parts
            self.store.add(o.tables)
            self.cache.put_many(o.new_cache)
            # Prefect keeps a reference to every task's result until the flow ends: empty it.
            o.tables, o.new_cache = {}, {}
            self.quarantined += o.quarantined
            progress.current().advance(o.n_articles)
            if o.failures:
                self.failures = merge_failures(self.failures + list(o.failures))
            elif o.key:
                self.cache.put_batch(o.key, self.store.part_files(part), list(o.quarantined))
        self.summary.n_batches = self.store.n_parts
        self.summary.quarantined = sorted(self.quarantined, key=lambda d: d["input_path"])

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        progress.current().stop()
        self.cache.close()
        self.store.close()


# Pieces the sources table (article texts: the widest rows) is published in: at most
# SOURCE_RANGES, of at least SOURCE_PIECE_ROWS articles (each piece reads every spilled part).
SOURCE_RANGES = 8
SOURCE_PIECE_ROWS = 5_000
# What the claim groups need of each spilled claims table (``resolve`` reads some of them).
CLAIM_COLUMNS = tuple(dict.fromkeys(("_subject_local", "measure_key", "cluster_id",
                                     *GROUP_COLUMNS)))
# Tables made whole in reconciliation (not spilled by the batches).
WHOLE = ("entities", "stories", "claim_groups")


class Reconciled:
    """The spilled batches with their cross-article columns, handed to publishing piece by
    piece (a ``publish.writer.RowSource``): one key bucket of one table at a time.

    Made with the entity index and the stories, which the first tables published need (the
    stories, then the sources); the entities table is made when publishing comes to it, so
    the release database's child process is already inserting the tables before it (its work
    is the longest chain of publishing). The claim groups are made in a thread from then on,
    beside the writing of the first tables (much of it in Arrow, without the GIL): the claims
    wait for them, and the database for the claims."""

    def __init__(self, store: PartStore, failures: Sequence[Failure] = ()):
        self.store = store
        self.failures = list(failures)
        self.index = entity_index(store.parts("_entities"))
        self.stories = StoryIndex.build(lambda: store.parts("_stories"), self._texts)
        # Claims are resolved twice (whole, for their groups; by bucket, to publish): their
        # cluster ids (one SHA-256 each) are made once. The claim-groups thread and the first
        # claims bucket may fill it at once: each key's value is made from the key alone, so
        # either write is the same.
        self._cluster_ids: dict[str, str] = {}
        self._claim_groups: Future[ClaimGroups] = Future()
        threading.Thread(target=self._group_claims, name="newsledger-claim-groups",
                         daemon=True).start()

    def _group_claims(self) -> None:
        try:
            groups = ClaimGroups(self.stories)
            for t in self.store.parts("claims", CLAIM_COLUMNS):
                groups.add(resolve("claims", t, self.index, cluster_ids=self._cluster_ids))
            self._claim_groups.set_result(groups.finish())
        except BaseException as exc:  # noqa: BLE001 - raised where the groups are needed
            self._claim_groups.set_exception(exc)

    @property
    def claim_groups(self) -> ClaimGroups:
        """Every claim's group and each group's verdict (waited for)."""
        return self._claim_groups.result()

    def _whole(self, name: str) -> pa.Table:
        """A table of WHOLE, made now."""
        if name == "stories":
            return self.stories.stories_table()
        if name == "claim_groups":
            return self.claim_groups.table()
        return entity_table(self.index, (
            resolve("mentions", t, self.index)
            for t in self.store.parts("mentions", ["source_id", "entity_id", "_entity_local"])))

    def _texts(self, ids: list[str]) -> dict[str, str]:
        """The texts of some articles (candidate copies), read batch by batch."""
        wanted = pa.array(ids, pa.string())
        out: dict[str, str] = {}
        for t in self.store.parts("sources", ["source_id", "text"]):
            t = t.filter(pc.is_in(t.column("source_id"), value_set=wanted))
            out.update(zip(t.column("source_id").to_pylist(), t.column("text").to_pylist()))
        return out

    def pieces(self, name: str) -> Iterator[pa.Table]:
        if name in WHOLE:
            yield self._whole(name)
            return
        if SPILLED[name] is None:  # keys are not ids (sources): cut at key quantiles
            n = min(SOURCE_RANGES, -(-self.store.rows[name] // SOURCE_PIECE_ROWS))
            for piece in self.store.key_ranges(name, TABLES[name].primary_key, max(1, n)):
                yield self.stories.with_stories(piece)
            return
        for b in range(N_BUCKETS):
            piece = self.store.bucket(name, b)
            if piece is None:
                return
            piece = resolve(name, piece, self.index, self.stories, self._cluster_ids)
            if name == "claims":
                piece = self.claim_groups.assign(piece)
            yield piece

    def early_failures(self) -> list[Failure]:
        return self.failures

    def row_count(self) -> int:
        """The rows spilled (the published tables hold about as many)."""
        return sum(self.store.rows.values())

    def checked_columns(self, name: str) -> tuple[str, ...]:
        """Columns every batch checked already (all but those reconciliation fills)."""
        if name not in SPILLED:
            return ()
        return tuple(c for c in TABLES[name].columns if c not in RECONCILED.get(name, ()))

    def checked_foreign_keys(self, name: str) -> tuple[str, ...]:
        """Foreign keys into the article's own rows, checked in each batch."""
        if name not in SPILLED:
            return ()
        return tuple(c for c in local_foreign_keys(name, list(SPILLED))
                     if c not in RECONCILED.get(name, ()))


# Failures a build reports as such (a message, exit 1), never as a crash.
EXPECTED_FAILURES = (ValidationFailed, QuarantineFailed, NothingPublished, ReleaseError)


def reconcile(store: PartStore, failures: Sequence[Failure] = ()) -> Reconciled:
    return Reconciled(store, failures)


def dataset_info(options: BuildOptions) -> DatasetInfo:
    """The dataset's metadata: each option given, else newsledger.toml's, else the default."""
    try:
        return resolve_info(options.given_info(), options.corpus)
    except InfoError as exc:
        raise ReleaseError(str(exc)) from None


def release(rows: Tables | Reconciled, summary: BuildSummary, options: BuildOptions,
            key: str | None = None) -> ReleaseResult:
    started = time.perf_counter()  # the report's publish time includes measuring quality
    return publish(rows, summary.report(), options.out, info=dataset_info(options),
                   version=options.version, release_date=options.release_date,
                   limits=KNOWN_LIMITS, why=options.why, changelog=options.changelog,
                   build_key=key, quality=lambda: measured_quality(options.cache),
                   started=started)  # (quality: waited for once the tables are written)


# The gold sets quality.json is measured on: ``newsledger.evaluate.quality.GOLD_DIR``, named
# here because importing that package imports every extractor (about 1.3 s of CPU), which the
# build's own process needs only when it measures the quality itself.
GOLD_DIR = ROOT / "evaluation" / "gold"


def _quality_path(cache: Path) -> Path:
    """Where the measured quality of this code and gold is kept in the cache folder."""
    h = hashlib.sha256(pipeline_version().encode())
    for f in sorted(p for p in GOLD_DIR.rglob("*") if p.is_file()):
        h.update(f.relative_to(GOLD_DIR).as_posix().encode() + b"\x00" + f.read_bytes())
    return cache / "quality" / f"{h.hexdigest()[:32]}.json"


def _measure_into(path: Path) -> dict[str, Any]:
    """Measure the quality and keep it at ``path`` (written whole or not at all)."""
    from newsledger.evaluate import release_quality  # noqa: PLC0415 - loads the gold sets

    quality = release_quality()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(quality, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    return quality


_measuring: dict[Path, Any] = {}  # cache path -> the child process measuring into it
QUALITY_NICENESS = 10  # the measuring child yields the cores to reconciliation and publishing


def _measure_aside(path: Path) -> None:
    """``_measure_into`` in a child process, at a lower priority: it fills the core that
    reconciliation leaves idle, and gives way to publishing's two processes once they run
    (``release`` waits for it only once the tables are written)."""
    if hasattr(os, "nice"):  # (POSIX)
        os.nice(QUALITY_NICENESS)
    _measure_into(path)


def start_measuring_quality(cache: Path | None) -> None:
    """Measure quality.json's content in a child process now, unless it is in the cache
    already (or there is no cache): it takes about a second and a half, which a cold build
    then spends beside reconciliation and the writing of the tables (``release`` waits for
    it only once they are written)."""
    if cache is None or not GOLD_DIR.is_dir() or (os.cpu_count() or 1) < 2:
        return
    path = _quality_path(cache)
    if path.is_file() or path in _measuring:
        return
    child = multiprocessing.get_context("forkserver").Process(
        target=_measure_aside, args=(path,), name="newsledger-quality", daemon=True)
    child.start()
    _measuring[path] = child


def measured_quality(cache: Path | None) -> dict[str, Any]:
    """quality.json's content: the gold sets scored with this code (about two seconds). It
    depends only on the pipeline's code and the gold, so it is kept in the cache folder under
    a key made of both: measured once per change of either, like an article's extraction
    (measured ahead, in a child process, after ``start_measuring_quality``)."""
    if cache is None or not GOLD_DIR.is_dir():
        from newsledger.evaluate import release_quality  # noqa: PLC0415 - the extractors

        return release_quality()
    path = _quality_path(cache)
    child = _measuring.pop(path, None)
    if child is not None:
        child.join()  # (if it failed, the file is missing and the quality is measured here)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    return _measure_into(path)


def build_locally(options: BuildOptions) -> BuildSummary:
    """The whole build without Prefect (batches in local worker processes when
    ``options.workers`` > 1)."""
    summary = BuildSummary()
    clock = Stopwatch(summary.timings)
    if options.workers > 1:
        parallel.warm_up()  # the workers' (and the release database's) forkserver, meanwhile
    read = clock("ingest", ingest, options)
    summarize_ingest(read, summary)
    check_accepted(summary)
    key = build_key(read)
    if latest := already_published(key, options):
        return up_to_date(latest, summary)
    with Spill(options, summary, len(read.articles)) as spill:
        articles = handing_over(read.articles)
        del read
        with parallel.local_pool(options.workers):
            outputs = run_batches(spill.batches(articles, options),
                                  lambda b: parallel.submit(extract, b), options.workers)
            clock("extract", spill.collect, outputs)
        del articles, outputs
        check_accepted(summary)
        check_strict(options, summary)
        start_measuring_quality(options.cache)  # beside reconciliation, on the other core
        rows = clock("reconcile", reconcile, spill.store, spill.failures)
        result = clock("publish", release, rows, summary, options, key)
    return finish(result, summary)
