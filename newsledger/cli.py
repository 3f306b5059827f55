"""The ``newsledger`` command: build, validate and diff releases.

A thin layer over the library: each command parses options, calls one function, and turns user
mistakes into one line on stderr with exit code 2 (validation failures exit 1).
"""
from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from urllib.parse import urlparse

import click

RUNNERS = ("threads", "processes", "dask")


class UserError(click.ClickException):
    """A mistake the user can fix: one line, exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:  # one line, no usage block
        click.echo(f"error: {self.message}", err=True)


def _check_dask_address(address: str) -> None:
    parsed = urlparse(address if "://" in address else f"tcp://{address}")
    if not parsed.hostname or not parsed.port:
        raise UserError(f"--dask-address {address!r} is not like tcp://HOST:PORT")
    try:
        socket.create_connection((parsed.hostname, parsed.port), timeout=3).close()
    except OSError:
        raise UserError(f"cannot reach the Dask scheduler at {address}: start one with "
                        "`dask scheduler` or leave out --dask-address for a local cluster")


def _print_summary(summary) -> None:
    click.echo(f"articles read: {summary.n_inputs}, accepted: {summary.n_accepted}, "
               f"rejected: {len(summary.rejected)}; extracted in {summary.n_batches} batch(es), "
               f"{summary.n_cached} from the cache")
    for r in summary.rejected:
        click.echo(f"  rejected {r['input_path']}: {r['reason']} ({r['detail']})")
    for r in summary.extraction_errors:
        click.echo(f"  extraction failed on {r['input_path']}: {r['detail']}")
    if summary.rows:
        click.echo("rows: " + ", ".join(f"{t} {n}" for t, n in summary.rows.items()))
    if summary.version:
        click.echo(f"published {summary.version} ({summary.bump}) at {summary.release_path}")
    else:
        click.echo(f"up to date: the latest release {summary.latest} has the same data; "
                   "nothing published")
    if summary.timings:
        click.echo("seconds per stage: " + ", ".join(f"{stage} {seconds:.2f}" for stage, seconds
                                                     in summary.timings.items()))


@click.group()
@click.version_option(package_name="newsledger")
def main() -> None:
    """newsledger: news articles in, a versioned open dataset of quotes, claims, dates, events
    and entities out."""


@main.command()
@click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=Path),
              default=("corpus",), show_default=True, help="Corpus folder (repeatable).")
@click.option("--out", type=click.Path(path_type=Path), default="dataset", show_default=True,
              help="Folder of releases.")
@click.option("--version", "version", default=None,
              help="Version to publish (default: bump the latest by the size of the change).")
@click.option("--release-date", default=None,
              help="ISO date of the release (default: from SOURCE_DATE_EPOCH; never the clock).")
@click.option("--runner", type=click.Choice(RUNNERS), default="threads", show_default=True,
              help="Prefect task runner.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--dask-address", default=None, help="tcp://HOST:PORT of a Dask scheduler.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Articles per extract task (default: about four tasks per worker).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=5_000_000, show_default=True,
              help="Input files larger than this are rejected.")
@click.option("--changelog", type=click.Path(path_type=Path), default=None,
              help="CHANGELOG.md to add the release entry to.")
@click.option("--why", default="", help="One sentence on why, for the changelog entry.")
@click.option("--cache", type=click.Path(path_type=Path), default=".newsledger-cache",
              show_default=True, help="Extraction cache folder (safe to delete).")
@click.option("--no-cache", is_flag=True, help="Extract every article again; touch no cache.")
def build(corpus, out, version, release_date, runner, workers, dask_address, batch_size,
          max_bytes, changelog, why, cache, no_cache) -> None:
    """Build the corpus and publish a new release if anything changed.

    Example:

        newsledger build --corpus my_articles/ --out my_dataset/
    """
    from newsledger.ingest import CorpusError
    from newsledger.publish.release import ReleaseError, parse_version, release_date_from_env
    from newsledger.publish.validate import ValidationFailed

    if dask_address and runner != "dask":
        raise UserError("--dask-address needs --runner dask")
    try:
        if version:
            parse_version(version)
        date = release_date_from_env(release_date)
    except ReleaseError as exc:
        raise UserError(str(exc))
    for root in corpus:
        if not root.exists():
            raise UserError(f"corpus folder {root} does not exist: pass --corpus PATH to a "
                            "folder of .txt, .md, .jsonl or .html articles")
    if dask_address:
        _check_dask_address(dask_address)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.api import launch

    api = launch()  # Prefect's temporary server boots while the rest is imported (flows/api.py)
    from flows.build import BuildParameters, run_build
    from newsledger.build import check_up_to_date

    params = BuildParameters(corpus=[str(c) for c in corpus], out=str(out), version=version,
                             release_date=date, batch_size=batch_size, workers=workers,
                             max_bytes=max_bytes, changelog=str(changelog) if changelog else None,
                             why=why, cache=None if no_cache else str(cache))
    try:
        # Nothing changed since the latest release: say so without starting Prefect.
        summary = check_up_to_date(params.options()) or run_build(
            params, runner=runner, dask_address=dask_address, api=api)
    except (CorpusError, ReleaseError) as exc:
        raise UserError(str(exc))
    except ValidationFailed as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    finally:
        if api is not None:
            api.stop()  # up to date, or failed: the server is not needed (a no-op after a run)
    _print_summary(summary)


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


if __name__ == "__main__":
    main()
