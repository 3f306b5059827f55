"""What a build says about itself: the summary it prints and writes into build_report.json,
the stopwatch of its stages, and the two ways it ends without publishing (NothingPublished,
QuarantineFailed). Plain Python, shared by ``newsledger.build`` and the flow."""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from newsledger.ingest import CorpusRead
from newsledger.options import BuildOptions

if TYPE_CHECKING:  # (publishing's modules are not needed to say a build is up to date)
    from newsledger.publish.release import ReleaseResult


@dataclass
class BuildSummary:
    """What the console summary and build_report.json say about one build."""

    n_inputs: int = 0
    n_accepted: int = 0
    rejected: list[dict[str, str]] = field(default_factory=list)  # at ingest
    quarantined: list[dict[str, str]] = field(default_factory=list)  # at extraction
    n_batches: int = 0
    n_cached: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    version: str | None = None
    release_path: str | None = None
    latest: str | None = None
    bump: str = ""

    def lines(self) -> list[str]:
        """The summary a build prints (CLI) or logs (a Prefect run): inputs, every rejected
        and quarantined article with its reason, rows per table, what was published, and
        seconds per stage."""
        out = [f"articles read: {self.n_inputs}, accepted: {self.n_accepted}, "
               f"rejected: {len(self.rejected)}; extracted in {self.n_batches} batch(es), "
               f"{self.n_cached} from the cache"]
        out += [f"  rejected {r['input_path']}: {r['reason']} ({r['detail']})"
                for r in self.rejected]
        if self.quarantined:
            out.append(f"quarantined (left out of the release): {len(self.quarantined)}")
        out += [f"  quarantined {r['input_path']}: {r['reason']} ({r['detail']})"
                for r in self.quarantined]
        if self.rows:
            out.append("rows: " + ", ".join(f"{t} {n}" for t, n in self.rows.items()))
        if self.version:
            out.append(f"published {self.version} ({self.bump}) at {self.release_path}")
        elif self.bump == "none":
            out.append(f"up to date: the latest release {self.latest} has the same data; "
                       "nothing published")
        if self.timings:
            out.append("seconds per stage: " + ", ".join(
                f"{stage} {seconds:.2f}" for stage, seconds in self.timings.items()))
        return out

    def report(self) -> dict[str, Any]:
        """The build_report.json content (timings are its only run-dependent part)."""
        d = asdict(self)
        for k in ("version", "release_path", "latest", "bump", "quarantined"):
            d.pop(k)
        # Quarantined articles are listed with the inputs rejected at ingest, by their reason.
        d["rejected"] = sorted(self.rejected + self.quarantined,
                               key=lambda r: (r["input_path"], r["reason"]))
        d["n_rejected"] = len(self.rejected)
        d["n_quarantined"] = len(self.quarantined)
        return d


class QuarantineFailed(Exception):
    """``--strict`` and some articles were quarantined: nothing is published."""

    def __init__(self, quarantined: Sequence[dict[str, str]]):
        self.quarantined = tuple(quarantined)
        lines = "\n".join(f"  - {q['input_path']}: {q['reason']} ({q['detail']})"
                           for q in self.quarantined)
        super().__init__(f"{len(self.quarantined)} article(s) quarantined and --strict is set, "
                         f"nothing was published:\n{lines}")


class NothingPublished(Exception):
    """No article was accepted, or every accepted one was quarantined: there is nothing to
    publish. ``summary`` lists every rejected and quarantined input with its reason."""

    def __init__(self, summary: BuildSummary):
        self.summary = summary
        if summary.n_accepted == 0:
            why = (f"no article was accepted ({summary.n_inputs} input(s) read, "
                   f"{len(summary.rejected)} rejected)")
        else:
            why = f"all {summary.n_accepted} accepted article(s) were quarantined"
        super().__init__(f"nothing was published: {why}")


def check_accepted(summary: BuildSummary) -> None:
    """Raise NothingPublished when no article is left to publish (after ingest, when no input
    was accepted; after extraction, when every accepted one was quarantined)."""
    if summary.n_accepted == 0 or len(summary.quarantined) >= summary.n_accepted:
        raise NothingPublished(summary)


def check_strict(options: BuildOptions, summary: BuildSummary) -> None:
    """With ``options.strict``, any quarantined article stops the build before publishing."""
    if options.strict and summary.quarantined:
        raise QuarantineFailed(summary.quarantined)


def up_to_date(latest: str, summary: BuildSummary) -> BuildSummary:
    """The summary of a build that found its release already published."""
    summary.latest, summary.bump = latest, "none"
    return summary


def summarize_ingest(read: CorpusRead, summary: BuildSummary) -> None:
    summary.n_inputs = read.n_inputs
    summary.n_accepted = len(read.articles)
    summary.rejected = [{"input_path": r.input_path, "reason": r.reason, "detail": r.detail}
                        for r in read.rejections]


def finish(result: ReleaseResult, summary: BuildSummary) -> BuildSummary:
    summary.rows = dict(result.counts or {})
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
