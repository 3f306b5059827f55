"""Progress of a long build: articles extracted out of the total, rate and time left.

The build stages report to whatever ``reporting`` installed (nothing by default); the CLI
installs a terminal bar (rich) when standard error is a terminal. Reports never reach data
files or the build report.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Progress(Protocol):
    def start(self, total: int) -> None:
        """Extraction of ``total`` articles begins."""

    def advance(self, n: int) -> None:
        """``n`` more articles are extracted (or found in the cache)."""

    def stop(self) -> None:
        """Extraction ended (also on errors)."""


class Silent:
    def start(self, total: int) -> None:
        pass

    def advance(self, n: int) -> None:
        pass

    def stop(self) -> None:
        pass


_current: Progress = Silent()


def current() -> Progress:
    return _current


@contextmanager
def reporting(progress: Progress) -> Iterator[Progress]:
    """Send the build's progress to ``progress`` until the block ends."""
    global _current
    before, _current = _current, progress
    try:
        yield progress
    finally:
        progress.stop()
        _current = before


class TerminalBar:
    """A rich progress bar on standard error: ``extract ━━━━━╸ 1,200/2,000 articles
    310 articles/s 0:00:03 left``."""

    def __init__(self) -> None:
        self._bar = None
        self._task = None

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn,
                                   TimeRemainingColumn)

        self._bar = Bar(TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("articles"),
                        TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
                        TextColumn("left"), console=Console(stderr=True), transient=True)
        self._task = self._bar.add_task("extract", total=total, rate="")
        self._bar.start()

    def advance(self, n: int) -> None:
        if self._bar is None:
            return
        self._bar.advance(self._task, n)
        speed = self._bar.tasks[0].speed
        self._bar.update(self._task, rate=f"{speed:,.0f} articles/s" if speed else "")

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
