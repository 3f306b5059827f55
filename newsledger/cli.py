"""The ``newsledger`` command: build, serve (scheduled builds), validate and diff releases.

A thin layer over the library: each command parses options, calls one function, and turns user
mistakes into one line on stderr with exit code 2 (validation failures exit 1).
"""
from __future__ import annotations

import atexit
import datetime as dt
import os
import re
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from newsledger.forking import flush_standard_streams
from newsledger.options import click_options, options_from_cli
from newsledger.preflight import (RUNNERS, OptionError, check_build, check_dataset_info,
                                  corpus_roots_problem)


class UserError(click.ClickException):
    """A mistake the user can fix: one line, exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:  # one line, no usage block
        click.echo(f"error: {self.message}", err=True)


def quiet_prefect() -> None:
    """No analytics from Prefect's server nor its client (whose notice is printed on a
    terminal), unless the user's environment says otherwise."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")


def _print_summary(summary) -> None:
    for line in summary.lines():
        click.echo(line)


@click.group()
@click.version_option(package_name="newsledger")
def main() -> None:
    """newsledger: news articles in, a versioned open dataset of quotes, claims, dates, events
    and entities out."""


@main.command()
@click_options()
@click.option("--runner", type=click.Choice(RUNNERS), default="threads", show_default=True,
              help="Prefect task runner.")
@click.option("--dask-address", default=None, help="tcp://HOST:PORT of a Dask scheduler.")
def build(runner: str, dask_address: str | None, **values) -> None:
    """Build the corpus and publish a new release if anything changed.

    The dataset's title, description, licence, citation, home page and publisher come from
    the options below, else from newsledger.toml in the corpus folder (README: "Run it on
    your own articles"), else newsledger's defaults.

    Example:

    \b
        newsledger build --corpus my_articles/ --out my_dataset/ \\
            --release-date 2026-03-04 --title "Harbor news"
    """
    options = options_from_cli(values)
    try:  # every mistake that can be seen before reading the corpus, in one line
        check_build(options, runner=runner, dask_address=dask_address)
    except OptionError as exc:
        raise UserError(str(exc))
    from newsledger.ingest import CorpusError
    from newsledger.publish.versions import ReleaseError, release_date_from_env

    try:
        date = release_date_from_env(options.release_date)
    except ReleaseError as exc:
        raise UserError(str(exc))
    if date is None:
        click.echo("warning: no release date given: the release will be undated (pass "
                   "--release-date YYYY-MM-DD or set SOURCE_DATE_EPOCH)", err=True)
    options = replace(options, release_date=date)
    quiet_prefect()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from newsledger import parallel, progress
    from newsledger.uptodate import check_up_to_date

    bar = progress.TerminalBar() if sys.stderr.isatty() else progress.Silent()
    try:
        with progress.reporting(bar):
            # Nothing changed since the latest release: say so without importing Prefect.
            summary = check_up_to_date(options)
            if summary is None:
                if runner == "threads" and options.workers > 1:
                    # The workers' forkserver imports the extractors while Prefect is imported
                    # here and its server boots, not after; it is forked from this process
                    # once the modules both need (Arrow, pandas, pandera) are imported here.
                    import newsledger.build  # noqa: F401,PLC0415

                    parallel.warm_up()
                # (Prefect's temporary server is forked from this process once it has
                # imported Prefect: flows/api.py)
                from flows.build import BuildParameters, run_build

                summary = run_build(BuildParameters.from_options(options), runner=runner,
                                    dask_address=dask_address)
    except CorpusError as exc:
        raise UserError(str(exc))
    except Exception as exc:
        from newsledger.build import EXPECTED_FAILURES  # (imported by the build that failed)

        if not isinstance(exc, EXPECTED_FAILURES):
            raise
        if isinstance(exc, ReleaseError):
            raise UserError(str(exc))
        if getattr(exc, "summary", None) is not None:  # nothing published: say what was read
            _print_summary(exc.summary)
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    _print_summary(summary)


INTERVAL_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_interval(text: str) -> dt.timedelta:
    """``90s``, ``30m``, ``1h``, ``1h30m``, ``1d``, ``1w`` or a number of seconds."""
    t = text.strip().lower()
    parts = re.findall(r"(\d+)([smhdw])", t)
    if t.isdigit():
        seconds = int(t)
    elif parts and "".join(n + u for n, u in parts) == t:
        seconds = sum(int(n) * INTERVAL_UNITS[u] for n, u in parts)
    else:
        raise UserError(f"--interval {text!r} is not like 30m, 1h, 1h30m or 1d")
    if seconds < 60:
        raise UserError(f"--interval {text!r} is shorter than a minute")
    return dt.timedelta(seconds=seconds)


@main.command()
@click_options(serve=True)
@click.option("--interval", default="1h", show_default=True,
              help="Time between scheduled builds: 30m, 1h, 1h30m, 1d.")
@click.option("--name", "deployment", default="scheduled", show_default=True,
              help="Deployment name (the runs show as newsledger-build/NAME).")
@click.option("--log-level", type=click.Choice(("DEBUG", "INFO", "WARNING")), default="INFO",
              show_default=True, help="Level of the run logs sent to the Prefect UI.")
def serve(interval: str, deployment: str, log_level: str, **values) -> None:
    """Rebuild on a schedule, as a Prefect deployment; watch the runs in the Prefect UI.

    Needs a Prefect server (`prefect server start`) and PREFECT_API_URL pointing at it. Each
    run publishes a new release when the data changed and logs "up to date" otherwise;
    releases are dated by the day their run was scheduled for. Ctrl-C stops serving: a run in
    progress is cancelled and the schedule paused.

    Example:

        newsledger serve --corpus my_articles/ --out my_dataset/ --interval 1h
    """
    options = options_from_cli(values, serve=True)
    every = parse_interval(interval)
    problem = corpus_roots_problem(options.corpus)
    if problem:
        raise UserError(problem)
    try:
        check_dataset_info(options)
    except OptionError as exc:
        raise UserError(str(exc))
    quiet_prefect()
    from flows.build import BuildParameters
    from flows.serve import ServeError, check_server, serve_builds

    try:
        check_server()
    except ServeError as exc:
        raise UserError(str(exc))
    # Runs start in subprocesses, maybe elsewhere: every path is absolute.
    serve_builds(BuildParameters.from_options(options, absolute=True), every, deployment,
                 log_level, say=click.echo)


@main.command()
@click.argument("release_dir", type=click.Path(path_type=Path))
def validate(release_dir: Path) -> None:
    """Check a release: files, schemas, keys, foreign keys, spans, checksums. Exit 1 on failure.

    Example:

        newsledger validate dataset/        (the latest release)
    """
    from newsledger.publish.check import check_release, resolve_release

    if not release_dir.exists():
        raise UserError(f"{release_dir} does not exist: pass a release folder such as dataset/0.1.0")
    problems = check_release(release_dir)
    for p in problems:
        click.echo(f"FAIL {p}")
    if problems:
        click.echo(f"{len(problems)} problem(s) in {resolve_release(release_dir)}")
        sys.exit(1)
    click.echo(f"release OK: {resolve_release(release_dir)}")


@main.command()
@click.argument("old_dir", type=click.Path(path_type=Path))
@click.argument("new_dir", type=click.Path(path_type=Path))
def diff(old_dir: Path, new_dir: Path) -> None:
    """Rows added, removed and changed per table (by primary key), and schema changes.

    Example:

        newsledger diff dataset/0.1.0 dataset/0.2.0
    """
    from newsledger.publish.check import resolve_release
    from newsledger.publish.diff import diff_releases, format_diff

    for d in (old_dir, new_dir):
        if not resolve_release(d).is_dir() or not any(resolve_release(d).glob("*.parquet")):
            raise UserError(f"{d} is not a release folder (it holds no .parquet tables)")
    click.echo(format_diff(diff_releases(resolve_release(old_dir), resolve_release(new_dir))))


@main.command()
@click.argument("release", required=False, type=click.Path(path_type=Path))
@click.option("--gold", type=click.Path(path_type=Path), default=None,
              help="Gold folder: a gold set, or a folder of them (default: evaluation/gold "
                   "of this newsledger).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("quality.json"),
              show_default=True, help="Where to write the figures as JSON.")
@click.option("--update-baseline", is_flag=True,
              help="Rewrite evaluation/baseline.json (the quality gate of make test) from the "
                   "extractors run in-process; refuses to lower a figure without --why.")
@click.option("--why", default=None,
              help="With --update-baseline: why figures may go down (also say it in "
                   "CHANGELOG.md, naming each figure).")
def evaluate(release: Path | None, gold: Path | None, out: Path, update_baseline: bool,
             why: str | None) -> None:
    """Score RELEASE against hand-annotated gold; print one table, write quality.json.

    Without RELEASE, the extractors run in-process over the gold articles (what every build
    states in its card). Gold articles are found in RELEASE by the SHA-256 of their text.
    Matching rules (evaluation/GUIDE.md): quotes match exactly (same offsets) or by overlap,
    one to one, greatest overlap first; speakers by case-folded name or alias, unnamed ones
    by kind; dates and dated events by overlapping span and equal value (events: and a clause
    holding the trigger); claims by overlapping value span, and equal value within 0.1%;
    persons when exactly one person entity carries their name; an article's
    entities by kind and name or alias; confidence columns are binned
    against measured precision. A figure that cannot be measured is n/a with a note.

    Quality gate: make test fails when a figure falls below evaluation/baseline.json by more
    than its margin. After improving an extractor, raise the baseline with --update-baseline.

    Example:

        newsledger evaluate dataset/ --gold evaluation/gold
        newsledger evaluate --update-baseline
    """
    from newsledger.evaluate import baseline as gate
    from newsledger.evaluate.gold import GoldError
    from newsledger.evaluate.quality import GOLD_DIR, evaluate_release, measure, table
    from newsledger.publish.check import resolve_release

    if update_baseline and (release is not None or gold is not None):
        raise UserError("--update-baseline measures the extractors in-process on "
                        "evaluation/gold: leave out RELEASE and --gold")
    if why and not update_baseline:
        raise UserError("--why goes with --update-baseline")
    gold = gold or GOLD_DIR
    if not gold.is_dir():
        raise UserError(f"gold folder {gold} does not exist: pass --gold evaluation/gold")
    if release is not None and not any(resolve_release(release).glob("*.parquet")):
        raise UserError(f"{release} is not a release folder (it holds no .parquet tables)")
    try:
        quality = evaluate_release(resolve_release(release), gold) if release else measure(gold)
    except GoldError as exc:
        raise UserError(str(exc))
    click.echo(table(quality))
    out.write_text(quality.to_json(), encoding="utf-8")
    click.echo(f"wrote {out}")
    if update_baseline:
        current = gate.load() if gate.BASELINE.is_file() else None
        try:
            new, lowered = gate.update(quality, current, why)
        except gate.BaselineError as exc:
            raise UserError(str(exc))
        gate.BASELINE.write_text(gate.dumps(new), encoding="utf-8")
        click.echo(f"wrote {gate.BASELINE} ({len(new['figures'])} figures"
                   + (f"; lowered: {'; '.join(lowered)}" if lowered else "") + ")")


def run() -> None:
    """The ``newsledger`` program: ``main``, then out of the process as soon as its work is
    done. A build leaves a large heap (Arrow, pandas, Prefect) that Python would otherwise
    tear down module by module at exit, 0.3 to 1 s of freeing what the system frees at once:
    here the threads still running are waited for and the exit handlers run (logging,
    multiprocessing, Prefect's), as at a normal exit, then the output is flushed and the
    process ends without the teardown."""
    try:
        main()
        code: Any = 0
    except SystemExit as exc:
        code = exc.code
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    # What Python's own exit does first, in its order: the threads' exit hooks (executors
    # are shut down) and the wait for non-daemon threads, then the exit handlers.
    threading._shutdown()  # type: ignore[attr-defined]
    atexit._run_exitfuncs()
    flush_standard_streams()
    os._exit(code)


if __name__ == "__main__":
    run()
