"""Cold builds end to end, as issue 20 measures them: one corpus, a fresh output folder and
extraction cache each time, Prefect's temporary server included; several source trees
alternating, so a machine whose load changes treats each tree alike.

    python -m benchmarks.cold_build CORPUS [--tree DIR ...] [--rounds 2]

Each build is ``newsledger build`` in a child process run from the tree's folder (its code:
``PYTHONPATH`` is the tree), ``SOURCE_DATE_EPOCH`` fixed, 2 workers. It prints one Markdown
row per build: the wall time, the build's own seconds per stage (the start-up is the wall
time less the stages), the release's SHA256SUMS digest (the trees' releases must agree
byte for byte) and the load average before and after, then each tree's best round. A
measurement, not a test.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EPOCH = "1767225600"  # 2026-01-01
STAGES = ("ingest", "extract", "reconcile", "publish")


def cold_build(tree: Path, corpus: Path, work: Path) -> dict:
    """One cold build of ``corpus`` with the code in ``tree``: wall seconds, stages, digest."""
    out, cache = work / "out", work / "cache"
    for d in (out, cache):
        shutil.rmtree(d, ignore_errors=True)
    env = dict(os.environ, PYTHONPATH=str(tree), SOURCE_DATE_EPOCH=EPOCH,
               PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    cmd = [sys.executable, "-m", "newsledger.cli", "build", "--corpus", str(corpus), "--out",
           str(out), "--cache", str(cache), "--release-date", "2026-01-01", "--workers", "2"]
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"build with {tree} failed:\n{done.stdout}{done.stderr}")
    stages: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("seconds per stage: "):
            for part in line.split(": ", 1)[1].split(", "):
                stage, seconds = part.rsplit(" ", 1)
                stages[stage] = float(seconds)
    latest = (out / "LATEST").read_text().strip()
    digest = hashlib.sha256((out / latest / "SHA256SUMS").read_bytes()).hexdigest()[:12]
    return {"wall": wall, "stages": stages, "digest": digest,
            "load": (load, os.getloadavg()[0])}


def row(name: str, r: dict) -> str:
    s = r["stages"]
    start = r["wall"] - sum(s.get(k, 0.0) for k in STAGES)
    return (f"| {name} | {r['wall']:.2f} | " + " | ".join(f"{s.get(k, 0.0):.2f}" for k in STAGES)
            + f" | {start:.2f} | {r['digest']} | {r['load'][0]:.1f} -> {r['load'][1]:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--tree", type=Path, action="append",
                        help="A source tree (repeatable; default: this one).")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    trees = [t.resolve() for t in args.tree or [Path(__file__).resolve().parents[1]]]
    corpus = args.corpus.resolve()
    best: dict[Path, dict] = {}
    print("| tree | wall | " + " | ".join(STAGES) + " | start-up and the rest | SHA256SUMS | "
          "load |\n|---|---|---|---|---|---|---|---|---|", flush=True)
    with tempfile.TemporaryDirectory(prefix="cold-build-") as work:
        for _ in range(args.rounds):
            for tree in trees:
                r = cold_build(tree, corpus, Path(work))
                print(row(str(tree), r), flush=True)
                if tree not in best or r["wall"] < best[tree]["wall"]:
                    best[tree] = r
    print("\nBest round of each tree:\n")
    for tree, r in best.items():
        print(row(str(tree), r))


if __name__ == "__main__":
    main()
