"""Build a newsledger release from a corpus with Prefect: ingest → extract (batches) → reconcile →
validate and publish. Tasks are thin wrappers over ``newsledger.build``; all logic lives there."""
from __future__ import annotations

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from pathlib import Path  # noqa: E402

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner  # noqa: E402
from pydantic import BaseModel, Field  # noqa: E402

from newsledger import build as stages  # noqa: E402
from newsledger.ingest import CorpusRead  # noqa: E402
from newsledger.publish.release import ReleaseResult  # noqa: E402
from newsledger.publish.tables import Tables  # noqa: E402

RUNNERS = ("threads", "processes", "dask")


class BuildParameters(BaseModel):
    """Parameters of the build flow (shown in the Prefect UI)."""

    corpus: list[str] = Field(default=["corpus"], description="Corpus folders, read recursively.")
    out: str = Field(default="dataset", description="Folder of releases.")
    version: str | None = Field(default=None, description="Version to publish; default: bump.")
    release_date: str | None = Field(
        default=None, description="ISO date of the release; default: SOURCE_DATE_EPOCH.")
    batch_size: int | None = Field(default=None, ge=1, description="Articles per extract task.")
    workers: int = Field(default=2, ge=1, description="Parallel workers of the task runner.")
    max_bytes: int = Field(default=stages.DEFAULT_MAX_BYTES, ge=1,
                           description="Larger input files are rejected.")
    changelog: str | None = Field(default=None, description="CHANGELOG.md to add an entry to.")
    why: str = Field(default="", description="One sentence on why, for the changelog.")
    cache: str | None = Field(default=str(stages.DEFAULT_CACHE),
                              description="Extraction cache folder; None disables it.")

    def options(self) -> stages.BuildOptions:
        return stages.BuildOptions(
            corpus=tuple(Path(c) for c in self.corpus), out=Path(self.out),
            version=self.version, release_date=self.release_date, batch_size=self.batch_size,
            workers=self.workers, max_bytes=self.max_bytes,
            changelog=Path(self.changelog) if self.changelog else None, why=self.why,
            cache=Path(self.cache) if self.cache else None)


# Task inputs are large (article texts) and every run must recompute: no Prefect input hashing.
@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(options: stages.BuildOptions) -> CorpusRead:
    """Read and normalize the corpus; bad inputs become rejections, never errors."""
    return stages.ingest(options)


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(batch: stages.Batch) -> stages.BatchOutput:
    """Run every extractor over one batch of articles; return the batch's tables."""
    return stages.extract(batch)


@task(name="reconcile", cache_policy=NO_CACHE)
def reconcile_task(outputs: list[stages.BatchOutput]) -> Tables:
    """Merge entities and cluster quotes, claims and events across all articles."""
    return stages.reconcile(outputs)


@task(name="validate-and-publish", cache_policy=NO_CACHE)
def publish_task(rows: Tables, summary: stages.BuildSummary, options: stages.BuildOptions,
                 key: str) -> ReleaseResult:
    """Validate every table and publish a new release, or nothing when it is up to date."""
    return stages.release(rows, summary, options, key)


@flow(name="newsledger-build", log_prints=False)
def build_flow(params: BuildParameters) -> stages.BuildSummary:
    """Build and publish a release of the corpus."""
    options = params.options()
    summary = stages.BuildSummary()
    clock = stages.Stopwatch(summary.timings)
    read = clock("ingest", lambda: ingest_task(options))
    stages.summarize_ingest(read, summary)
    key = stages.build_key(read)
    if latest := stages.already_published(key, options):
        return stages.up_to_date(latest, summary)
    cache = stages.ExtractionCache(options.cache)
    batches = stages.plan_batches(read.articles, options, cache)
    outputs = clock("extract", lambda: [f.result() for f in
                                        [extract_task.submit(b) for b in batches]])
    stages.summarize_extraction(batches, outputs, summary, cache)
    cache.close()
    rows = clock("reconcile", lambda: reconcile_task(outputs))
    result = clock("publish", lambda: publish_task(rows, summary, options, key))
    return stages.finish(result, rows, summary)


def task_runner(runner: str, workers: int, dask_address: str | None):
    """The Prefect task runner for ``--runner``; Dask uses a LocalCluster without an address."""
    if runner == "threads":
        return ThreadPoolTaskRunner(max_workers=workers)
    if runner == "processes":
        return ProcessPoolTaskRunner(max_workers=workers)
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    raise ValueError(f"unknown runner {runner!r}; choose one of {', '.join(RUNNERS)}")


def run_build(params: BuildParameters, runner: str = "threads",
              dask_address: str | None = None) -> stages.BuildSummary:
    """Run the flow with the chosen task runner and return its summary."""
    flow_ = build_flow.with_options(task_runner=task_runner(runner, params.workers, dask_address))
    return flow_(params)
