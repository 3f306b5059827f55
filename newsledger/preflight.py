"""Check a build's options before any work: every mistake a user can make in a command line
that can be seen without reading the corpus is reported here, in one sentence that says what
to do, before ingest starts (and before Prefect or a Dask cluster is started).

Light on purpose: imports nothing heavy, so a mistake is reported in a fraction of a second.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import socket
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlparse

from newsledger.lexicon.ingest import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES
from newsledger.options import BuildOptions
from newsledger.publish.info import InfoError, resolve_info

RUNNERS = ("threads", "processes", "dask")
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
ARTICLE_KINDS = ".txt, .md, .jsonl or .html"  # named in messages


class OptionError(Exception):
    """A mistake in the build's options; the message says what to do."""


def corpus_roots_problem(roots: Sequence[Path]) -> str | None:
    """What is wrong with the corpus roots themselves (none given, missing, not a folder)."""
    if not roots:
        return f"no corpus given: pass --corpus PATH to a folder of {ARTICLE_KINDS} articles"
    for root in roots:
        if not root.exists():
            return (f"corpus folder {root} does not exist: pass --corpus PATH to a folder of "
                    f"{ARTICLE_KINDS} articles")
        if not root.is_dir():
            return (f"corpus {root} is not a folder: pass the folder that holds the articles "
                    "(it is read recursively)")
    return None


def check_corpus(roots: Sequence[Path]) -> None:
    """Every corpus root exists, is a folder and holds at least one article file."""
    problem = corpus_roots_problem(roots)
    if problem:
        raise OptionError(problem)
    if not any(_has_article(root) for root in roots):
        names = ", ".join(str(r) for r in roots)
        raise OptionError(f"no articles found under {names}: add {ARTICLE_KINDS} files")


def _has_article(root: Path) -> bool:
    for _, dirnames, filenames in os.walk(root, followlinks=True):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        if any(not n.startswith(".") and Path(n).suffix.lower() in _SUFFIXES for n in filenames):
            return True
    return False


def check_out(out: Path) -> None:
    """The output folder is a folder (or can be made one)."""
    if out.exists() and not out.is_dir():
        raise OptionError(f"--out {out} is a file: pass a folder for the releases")
    parent = next((p for p in (out, *out.parents) if p.exists()), None)
    if parent is not None and not os.access(parent, os.W_OK):
        raise OptionError(f"cannot write to {parent}: pass an --out folder you can write to")


def check_version(version: str | None, out: Path) -> None:
    """An explicit version is MAJOR.MINOR.PATCH, greater than the latest release in ``out``
    and not published already."""
    if version is None:
        return
    m = SEMVER.match(version.strip())
    if not m:
        raise OptionError(f"--version {version!r} is not MAJOR.MINOR.PATCH (for example 1.2.0)")
    latest_file = out / "LATEST"
    latest = latest_file.read_text(encoding="utf-8").strip() if latest_file.is_file() else None
    if latest and SEMVER.match(latest):
        if tuple(map(int, m.groups())) <= tuple(map(int, SEMVER.match(latest).groups())):
            raise OptionError(f"--version {version} is not greater than the latest release "
                              f"{latest}; pass a higher version or leave it out")
    if (out / version).exists():
        raise OptionError(f"{out / version} exists already: releases are never overwritten")


def check_release_date(release_date: str | None) -> None:
    if release_date:
        try:
            dt.date.fromisoformat(release_date)
        except ValueError:
            raise OptionError(f"--release-date {release_date!r} is not an ISO date like "
                              "2020-11-05") from None


def check_paths(changelog: Path | None, cache: Path | None) -> None:
    if changelog is not None:
        if changelog.exists() and not changelog.is_file():
            raise OptionError(f"--changelog {changelog} is not a file: pass a CHANGELOG.md path")
        if not changelog.parent.is_dir():
            raise OptionError(f"--changelog {changelog}: folder {changelog.parent} does not exist")
    if cache is not None and cache.exists() and not cache.is_dir():
        raise OptionError(f"--cache {cache} is a file: pass a folder, or --no-cache")


def check_runner(runner: str, dask_address: str | None) -> None:
    """A known runner; a Dask address only with the Dask runner, well formed and reachable."""
    if runner not in RUNNERS:
        raise OptionError(f"unknown runner {runner!r}: choose one of {', '.join(RUNNERS)}")
    if not dask_address:
        return
    if runner != "dask":
        raise OptionError("--dask-address needs --runner dask")
    parsed = urlparse(dask_address if "://" in dask_address else f"tcp://{dask_address}")
    try:
        host, port = parsed.hostname, parsed.port
    except ValueError:
        host = port = None
    if not host or not port:
        raise OptionError(f"--dask-address {dask_address!r} is not like tcp://HOST:PORT")
    try:
        socket.create_connection((host, port), timeout=3).close()
    except OSError:
        raise OptionError(f"cannot reach the Dask scheduler at {dask_address}: start one with "
                          "`dask scheduler` or leave out --dask-address for a local cluster"
                          ) from None


def check_dataset_info(options: BuildOptions) -> None:
    """The dataset metadata given as options and in newsledger.toml are well formed."""
    try:
        resolve_info(options.given_info(), options.corpus)
    except InfoError as exc:
        raise OptionError(str(exc)) from None


def check_build(options: BuildOptions, *, runner: str = "threads",
                dask_address: str | None = None) -> None:
    """Every check above, cheapest first; raises OptionError on the first mistake."""
    check_runner(runner, None)
    check_release_date(options.release_date)
    check_out(options.out)
    check_version(options.version, options.out)
    check_paths(options.changelog, options.cache)
    check_corpus(list(options.corpus))
    check_dataset_info(options)
    check_runner(runner, dask_address)
