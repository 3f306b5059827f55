"""Progress of a long build: articles extracted out of the total, rate and time left.

The build stages report to whatever ``reporting`` installed (nothing by default); the CLI
installs a terminal bar (rich) when standard error is a terminal. Reports never reach data
files or the build report.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
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


def rate_and_left(done: int, total: int, seconds: float) -> tuple[str, str]:
    """("310 articles/s", "0:00:03 left") after ``done`` of ``total`` articles in ``seconds``;
    empty strings before the first article."""
    if done <= 0 or seconds <= 0:
        return "", ""
    rate = done / seconds
    left = int(round(max(total - done, 0) / rate))
    return (f"{rate:,.0f} articles/s",
            f"{left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d} left")


class TerminalBar:
    """A rich progress bar on standard error: ``extract ━━━━━╸ 1,200/2,000 articles
    310 articles/s 0:00:03 left``. The rate is articles done (extracted or found in the cache)
    per second since extraction began; batches arrive whole, so it is updated per batch."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._bar = None
        self._task = None
        self._clock = clock
        self._started = 0.0
        self._done = 0
        self._total = 0

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn

        self._started, self._done, self._total = self._clock(), 0, total
        self._bar = Bar(TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("articles"), TextColumn("{task.fields[rate]}"),
                        TextColumn("{task.fields[left]}"), console=Console(stderr=True),
                        transient=True)
        self._task = self._bar.add_task("extract", total=total, rate="", left="")
        self._bar.start()

    def fields(self) -> tuple[str, str]:
        """The rate and the time left as shown now."""
        return rate_and_left(self._done, self._total, self._clock() - self._started)

    def advance(self, n: int) -> None:
        if self._bar is None:
            return
        self._done += n
        rate, left = self.fields()
        self._bar.update(self._task, advance=n, rate=rate, left=left)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
