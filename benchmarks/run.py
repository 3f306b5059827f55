"""`make bench`: build synthetic corpora of 2,000, 20,000 and 100,000 articles and record how
long each stage takes, throughput, peak memory, and incremental rebuilds, in RESULTS.md.

Benchmarks, not tests: nothing here asserts. Every build runs `newsledger build` in a child
process (Prefect start-up included), so its peak memory is measured alone.

    python -m benchmarks.run                 # all sizes (about 20 minutes on 2 cores)
    python -m benchmarks.run --sizes 2000    # a quick run
    python -m benchmarks.run --sizes --real-corpus DIR   # real news only
    make bench REAL_CORPUS=DIR               # all sizes and a real corpus

With a real corpus (``--real-corpus``, or ``REAL_CORPUS`` in the environment: any folder
``newsledger build`` reads, for example PolNeAR's train split written by the scorer's
``corpus`` command) it also measures words per second per core of the document model and of
each extractor on it (``benchmarks.realnews``) and builds it end to end from a cold cache.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from newsledger.build import batch_articles
from newsledger.extract.article import extract_batch
from newsledger.ingest import read_corpus
from newsledger.synthetic import iter_articles, write_corpus

from . import realnews

HERE = Path(__file__).resolve().parent
WORK = HERE / "corpora"
SIZES = (2_000, 20_000, 100_000)
SEED = 7
NEW_SEED = 8  # the articles added for the incremental run


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


class TreeMemory(threading.Thread):
    """Samples the memory of a process and all its descendants (the Prefect server, the
    extraction workers) every 0.2 s; ``peak`` is the largest sum seen, in bytes. Each
    process counts its proportional set size (PSS: pages shared by n processes count 1/n in
    each), so pages the forked workers share are counted once, as the machine holds them."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self._done = pid, 0, threading.Event()

    @staticmethod
    def _tree(root: int) -> list[int]:
        children: dict[int, list[int]] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        out, todo = [], [root]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo += children.get(pid, [])
        return out

    @staticmethod
    def _rss(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def run(self) -> None:
        while not self._done.wait(0.2):
            self.peak = max(self.peak, sum(self._rss(p) for p in self._tree(self.pid)))

    def stop(self) -> None:
        self._done.set()
        self.join()


def run_build(corpus: list[Path], out: Path, cache: Path) -> dict:
    """One `newsledger build` in a child process: wall time, peak RSS, the build report."""
    cmd = [sys.executable, "-m", "newsledger.cli", "build", "--out", str(out), "--cache",
           str(cache), "--release-date", "2020-01-01", "--workers", "2"]
    for c in corpus:
        cmd += ["--corpus", str(c)]
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOGGING_LEVEL="ERROR")
    log = out.parent / "build.log"
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT)
        sampler = TreeMemory(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        sampler.stop()
    wall = time.perf_counter() - t0
    output = log.read_text()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build failed:\n{output}")
    stages = {}
    for line in output.splitlines():
        if line.startswith("seconds per stage: "):
            for part in line.split(": ", 1)[1].split(", "):
                stage, seconds = part.rsplit(" ", 1)
                stages[stage] = float(seconds)
    return {"wall": wall, "stages": stages, "output": output, "peak_gib": sampler.peak / 2**30,
            # ru_maxrss (KiB on Linux): the largest single process of the build.
            "largest_process_gib": usage.ru_maxrss / 2**20}


def extraction_speed(corpus: Path, n: int = 2_000) -> tuple[float, int, float]:
    """Extraction alone, one process, one core: (words per second, words, seconds)."""
    articles = read_corpus([corpus]).articles[:n]
    words = sum(len(a.text.split()) for a in articles)
    t0 = time.perf_counter()
    for batch in batch_articles(articles, 250, 1):
        extract_batch(batch)
    seconds = time.perf_counter() - t0
    return words / seconds, words, seconds


def bench_size(n: int, rows: list[dict]) -> None:
    corpus = write_corpus(WORK / f"n{n}" / "corpus", n, seed=SEED, layout="jsonl")
    out, cache = WORK / f"n{n}" / "dataset", WORK / f"n{n}" / "cache"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    cold = run_build([corpus], out, cache)
    rebuild = run_build([corpus], out, cache)
    extra = write_corpus(WORK / f"n{n}" / "extra", max(1, n // 100), seed=NEW_SEED,
                         layout="jsonl")
    incremental = run_build([corpus, extra], out, cache)
    words = sum(len(t.split()) for _, _, t in iter_articles(min(n, 500), SEED)) / min(n, 500)
    runs = (cold, rebuild, incremental)
    rows.append({"n": n, "words_per_article": words, "cold": cold, "rebuild": rebuild,
                 "incremental": incremental, "peak_gib": max(r["peak_gib"] for r in runs),
                 "largest_process_gib": max(r["largest_process_gib"] for r in runs)})
    print(f"  cold {cold['wall']:.1f} s, rebuild {rebuild['wall']:.1f} s, +1% "
          f"{incremental['wall']:.1f} s, peak {rows[-1]['peak_gib']:.2f} GiB", flush=True)


def bench_real(corpus: Path) -> dict:
    """Real news: extraction speed per stage, and one cold end-to-end build."""
    articles, undated, words, stages = realnews.measure(corpus)
    out, cache = WORK / "real" / "dataset", WORK / "real" / "cache"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    build = run_build([corpus], out, cache)
    print(f"  real news: {words / sum(stages.values()):,.0f} words/s, build "
          f"{build['wall']:.1f} s", flush=True)
    return {"corpus": corpus, "articles": articles, "undated": undated, "words": words,
            "stages": stages, "build": build}


def render_real(real: dict) -> list[str]:
    b = real["build"]
    t = b["stages"]
    return ["", f"## Real news: `{real['corpus'].name}`", "",
            realnews.render(real["articles"], real["undated"], real["words"], real["stages"]),
            "",
            f"End to end (`newsledger build`, cold cache, 2 workers, Prefect's start-up "
            f"included): **{b['wall']:.1f} s** (ingest {t.get('ingest', 0):.1f}, extract "
            f"{t.get('extract', 0):.1f}, reconcile {t.get('reconcile', 0):.1f}, publish "
            f"{t.get('publish', 0):.1f}; the rest is start-up), peak memory "
            f"{b['peak_gib']:.2f} GiB."]


def render(rows: list[dict], speed: tuple[float, int, float] | None,
           real: dict | None = None) -> str:
    out = ["# Benchmarks", "",
           f"Machine: {machine()}.", "",
           "Produced by `make bench` (`python -m benchmarks.run`); synthetic corpora from "
           "`newsledger/synthetic.py` (seeded, no copyrighted text) in JSONL files, "
           "`newsledger build` with the default runner (Prefect threads, extraction in 2 local "
           "worker processes), in a child process, Prefect's temporary local API start-up "
           "included. Peak memory is the largest sum of the memory of the build and all its "
           "processes (Prefect's server, the extraction workers), as proportional set size "
           "(pages shared between processes counted once), sampled every 0.2 s; the largest "
           "resident set of a single process (ru_maxrss) is in brackets.", ""]
    if speed is not None:
        wps, words, seconds = speed
        out += [f"Extraction alone (one process, one core): **{wps:,.0f} words/s** "
                f"({words:,} words in {seconds:.1f} s).", ""]
    out += ["| articles | cold build (s) | articles/s | per article (ms) | ingest | extract | "
           "reconcile | publish | peak memory (GiB) | unchanged rebuild (s, % of cold) | "
           "+1% articles (s, % of cold) |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        t = r["cold"]["stages"]
        cold = r["cold"]["wall"]
        peak = f"{r['peak_gib']:.2f} ({r['largest_process_gib']:.2f})"
        out.append(
            f"| {r['n']:,} | {cold:.1f} | {r['n'] / cold:,.0f} | {1000 * cold / r['n']:.2f} | "
            f"{t.get('ingest', 0):.1f} | {t.get('extract', 0):.1f} | {t.get('reconcile', 0):.1f} "
            f"| {t.get('publish', 0):.1f} | {peak} | {r['rebuild']['wall']:.1f} "
            f"({100 * r['rebuild']['wall'] / cold:.0f}%) | {r['incremental']['wall']:.1f} "
            f"({100 * r['incremental']['wall'] / cold:.0f}%) |")
    out += ["", "Cross-article reconciliation (entity merging, claim verdicts, entity counts; "
            "the reconcile stage) per article, in ms, to show it grows linearly: " + ", ".join(
                f"{r['n']:,}: {1000 * r['cold']['stages'].get('reconcile', 0) / r['n']:.3f}"
                for r in rows) + ".", "",
            f"Average article length: {rows[0]['words_per_article']:.0f} words." if rows else ""]
    if real is not None:
        out += render_real(real)
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--real-corpus", type=Path, default=os.environ.get("REAL_CORPUS") or None,
                        help="a real news corpus folder (default: $REAL_CORPUS)")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    rows: list[dict] = []
    for n in sorted(args.sizes):
        print(f"benchmark: {n:,} articles", flush=True)
        bench_size(n, rows)
    speed = extraction_speed(WORK / f"n{min(args.sizes)}" / "corpus") if args.sizes else None
    real = None
    if args.real_corpus is not None:
        print(f"benchmark: real news in {args.real_corpus}", flush=True)
        real = bench_real(Path(args.real_corpus))
    args.results.write_text(render(rows, speed, real), encoding="utf-8")
    print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
