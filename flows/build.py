"""Build a newsledger release from a corpus with Prefect: ingest → extract (batches) → reconcile →
validate and publish. Tasks are thin wrappers over ``newsledger.build``; all logic lives there.

Only the extract tasks are submitted to the task runner (threads, processes or Dask); ingest,
reconcile and publish run in the flow's own process, next to the corpus and the output folder.
With the thread runner each extract task hands its batch to a local worker process
(``newsledger.parallel``), so extraction uses every core despite the GIL.
"""
from __future__ import annotations

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")  # Prefect's client analytics (and their notice)

import datetime as dt  # noqa: E402
from dataclasses import replace  # noqa: E402
from typing import Generic, TypeVar  # noqa: E402

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.context import FlowRunContext  # noqa: E402
from prefect.states import Failed  # noqa: E402
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner  # noqa: E402

from flows.api import TemporaryAPI, temporary_api  # noqa: E402
from newsledger import build as stages  # noqa: E402
from newsledger import parallel  # noqa: E402
from newsledger.ingest import CorpusRead  # noqa: E402
from newsledger.options import parameters_model  # noqa: E402
from newsledger.publish.release import ReleaseResult  # noqa: E402
from newsledger.publish.store import PartStore  # noqa: E402
from newsledger.publish.validate import Failure  # noqa: E402
from newsledger.uptodate import drop_read_ahead, read_ahead  # noqa: E402

from newsledger.preflight import RUNNERS  # noqa: E402,F401 - the runners task_runner knows
T = TypeVar("T")


# The flow's parameters, derived from newsledger.options.BuildOptions (one field each, same
# defaults, the help as description); ``.options()`` gives the BuildOptions back.
BuildParameters = parameters_model(__name__)


class Handoff(Generic[T]):
    """A task result the flow takes the data out of. Prefect keeps a reference to every task
    result until the flow ends; with the data taken out, the flow alone decides when it is
    freed (the corpus, once extracted)."""

    def __init__(self, value: T):
        self._value: T | None = value

    def take(self) -> T:
        value, self._value = self._value, None
        if value is None:
            raise RuntimeError("the result was taken already")
        return value


# Task inputs are large (article texts) and every run must recompute: no Prefect input hashing.
@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(options: stages.BuildOptions) -> Handoff[CorpusRead]:
    """Read and normalize the corpus; bad inputs become rejections, never errors."""
    return Handoff(stages.ingest(options))


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(batch: stages.Batch) -> stages.BatchOutput:
    """Run every extractor over one batch of articles; return the batch's tables."""
    return parallel.run(stages.extract, batch)


@task(name="reconcile", cache_policy=NO_CACHE)
def reconcile_task(store: PartStore, failures: list[Failure]) -> stages.Reconciled:
    """Merge entities and compute claim verdicts across all articles."""
    return stages.reconcile(store, failures)


@task(name="validate-and-publish", cache_policy=NO_CACHE)
def publish_task(rows: stages.Reconciled, summary: stages.BuildSummary,
                 options: stages.BuildOptions, key: str) -> ReleaseResult | Exception:
    """Validate every table and publish a new release, or nothing when it is up to date.
    A release that does not pass its checks is returned as the exception that says why (the
    flow fails with it, without a traceback: it is a report, not a crash)."""
    try:
        return stages.release(rows, summary, options, key)
    except stages.EXPECTED_FAILURES as exc:
        return exc


def _local_processes(workers: int) -> int:
    """Worker processes for extraction when tasks run on threads (else 0: the runner's own
    workers are processes already)."""
    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    return workers if isinstance(runner, ThreadPoolTaskRunner) else 0


def scheduled_release_date() -> str | None:
    """The UTC day a deployment's run was scheduled for; None outside deployments. Scheduled
    rebuilds (``newsledger serve``) are dated by their schedule slot, not by when they publish."""
    context = FlowRunContext.get()
    run = context.flow_run if context else None
    if run is None or run.deployment_id is None or run.expected_start_time is None:
        return None
    return run.expected_start_time.astimezone(dt.timezone.utc).date().isoformat()


def _logged(summary: stages.BuildSummary) -> stages.BuildSummary:
    logger = get_run_logger()
    for line in summary.lines():
        logger.info(line)
    return summary


def _failed(exc: Exception) -> Failed:
    """The flow's end when nothing can be published: the summary so far in the run's logs,
    and a failed state carrying the exception (raised to the caller; a report, not a crash)."""
    summary = getattr(exc, "summary", None)
    if summary is not None:
        _logged(summary)
    return Failed(message=str(exc), data=exc)


@flow(name="newsledger-build", log_prints=False)
def build_flow(params: BuildParameters) -> stages.BuildSummary:
    """Build and publish a release of the corpus."""
    options = params.options()
    if options.release_date is None and (day := scheduled_release_date()):
        options = replace(options, release_date=day)
    summary = stages.BuildSummary()
    clock = stages.Stopwatch(summary.timings)
    read = clock("ingest", lambda: ingest_task(options).take())
    stages.summarize_ingest(read, summary)
    try:
        stages.check_accepted(summary)
    except stages.NothingPublished as exc:
        return _failed(exc)
    key = stages.build_key(read)
    if latest := stages.already_published(key, options):
        return _logged(stages.up_to_date(latest, summary))
    with stages.Spill(options, summary, len(read.articles)) as spill:
        articles = stages.handing_over(read.articles)  # texts freed batch by batch
        del read
        with parallel.local_pool(_local_processes(options.workers)):
            outputs = stages.run_batches(spill.batches(articles, options), extract_task.submit,
                                         options.workers)
            clock("extract", spill.collect, outputs)
        del articles, outputs
        try:
            stages.check_accepted(summary)
            stages.check_strict(options, summary)
        except (stages.NothingPublished, stages.QuarantineFailed) as exc:
            return _failed(exc)
        stages.start_measuring_quality(options.cache)  # beside reconciliation
        # Called, not submitted: these run here, next to the spilled tables and the output.
        rows = clock("reconcile", reconcile_task, spill.store, spill.failures)
        result = clock("publish", publish_task, rows, summary, options, key)
    if isinstance(result, Exception):  # the flow run fails with it; the caller gets it raised
        return _failed(result)
    return _logged(stages.finish(result, summary))


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
              dask_address: str | None = None, api: TemporaryAPI | None = None
              ) -> stages.BuildSummary:
    """Run the flow with the chosen task runner and return its summary; ``api``: a temporary
    API server launched earlier (``flows.api.launch``), used unless a server is configured."""
    flow_ = build_flow.with_options(task_runner=task_runner(runner, params.workers, dask_address))
    options = params.options()

    local = runner == "threads" and params.workers > 1

    def meanwhile() -> None:
        """While a temporary server starts: the extraction workers' forkserver imports the
        extractors, this process reads the corpus for the flow's ingest task to take, and
        the workers start on the first batches, for the flow's extract tasks to take
        (``stages.extract_ahead``: the server's start leaves a core idle)."""
        if local:
            parallel.warm_up()
        read = read_ahead(options)
        if local:
            parallel.start_pool(params.workers)  # (the flow's local_pool closes it)
            stages.extract_ahead(read, options)

    try:
        with temporary_api(api, meanwhile=meanwhile):
            return flow_(params)
    finally:
        parallel.stop_pool()  # (when the flow did not extract)
        drop_read_ahead(options)
