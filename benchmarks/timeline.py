"""What one cold build does when, process by process: ``newsledger build`` in a child process,
its process tree sampled from /proc every 50 ms (wall span and CPU of the build's own process,
Prefect's temporary server, the forkserver and the processes forked from it: extraction
workers, the quality measurement, the release database), and the moments each stage and the
server's start begin and end.

    python -m benchmarks.timeline CORPUS [--workers 2] [--bins 1.0]

A measurement, not a test: it prints a Markdown report. The cache and the output are fresh
(a temporary folder): the build is cold. On a shared machine, read the CPU columns (what each
process did) rather than the wall times (what the others let it do).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HZ = os.sysconf("SC_CLK_TCK")


def _child(argv: list[str]) -> None:
    """In the build's process: mark each stage and the server's start, then run the CLI."""
    trace = open(os.environ["NEWSLEDGER_TIMELINE"], "a", encoding="utf-8")  # noqa: SIM115
    sys.path[0] = os.getcwd()  # the tree's newsledger, from the folder it is run in

    def mark(what: str) -> None:
        trace.write(json.dumps([what, time.time(), time.process_time()]) + "\n")
        trace.flush()

    mark("start")
    import newsledger.summary as summary  # noqa: PLC0415 - light (no Arrow, no Prefect)
    from flows import api  # noqa: PLC0415 - imports nothing from Prefect

    stopwatch = summary.Stopwatch.__call__

    def stage(self, name, fn, *args):
        mark(f"{name} >")
        try:
            return stopwatch(self, name, fn, *args)
        finally:
            mark(f"{name} <")

    wait = api.TemporaryAPI.wait

    def waited(self, timeout):
        mark("waiting for the server >")
        try:
            return wait(self, timeout)
        finally:
            mark("waiting for the server <")

    summary.Stopwatch.__call__ = stage
    api.TemporaryAPI.wait = waited
    import atexit  # noqa: PLC0415

    atexit.register(mark, "exit handlers")
    sys.argv = ["newsledger", *argv]
    from newsledger.cli import run  # noqa: PLC0415

    run()


def _stat(pid: int) -> tuple[int, float] | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / HZ


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return "?"


def sample(cmd: list[str], env: dict[str, str], log: Path
           ) -> tuple[float, float, dict[int, dict]]:
    """Run ``cmd``; every 50 ms, the CPU seconds of each process of its tree. Returns the
    time it started at (``time.time()``), its wall time and each process's samples (seconds
    since the start)."""
    t0 = time.time()
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)
        procs: dict[int, dict] = {}
        while proc.poll() is None:
            now = time.time() - t0
            stats = {int(p.name): s for p in Path("/proc").glob("[0-9]*")
                     if (s := _stat(int(p.name))) is not None}
            tree, grew = {proc.pid}, True
            while grew:
                grew = False
                for pid, (ppid, _) in stats.items():
                    if ppid in tree and pid not in tree:
                        tree.add(pid)
                        grew = True
            for pid in tree & stats.keys():
                ppid, cpu = stats[pid]
                p = procs.setdefault(pid, {"first": now, "ppid": ppid, "cmd": _cmdline(pid),
                                           "samples": []})
                p["last"], p["cpu"] = now, cpu
                p["samples"].append((now, cpu))
            time.sleep(0.05)
    return t0, time.time() - t0, procs


def kind(pid: int, procs: dict[int, dict], root: int) -> str:
    p = procs[pid]
    if pid == root:
        return "build"
    if "uvicorn" in p["cmd"]:
        return "server"
    if "resource_tracker" in p["cmd"]:
        return "tracker"
    if p["ppid"] == root and p["cmd"] == procs[root]["cmd"]:
        # forked from the build: the workers' forkserver (newsledger.parallel) has children,
        # Prefect's temporary server (flows.api) has none
        has_children = any(q["ppid"] == pid for q in procs.values())
        return "forkserver" if has_children else "server"
    if p["ppid"] in procs and kind(p["ppid"], procs, root) == "forkserver":
        return "forked"  # a worker, the quality measurement or the release database
    if "forkserver" in p["cmd"]:
        return "forkserver"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--bins", type=float, default=1.0, help="seconds per row of CPU use")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child)
        return
    if args.corpus is None:
        parser.error("CORPUS is required")
    work = Path(tempfile.mkdtemp(prefix="newsledger-timeline-"))
    trace = work / "trace.jsonl"
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="ERROR", NEWSLEDGER_TIMELINE=str(trace))
    # (this file, run from the current folder: another tree's build can be timed with it)
    cmd = [sys.executable, __file__, "--child", "build", "--corpus",
           str(args.corpus), "--out", str(work / "dataset"), "--cache", str(work / "cache"),
           "--release-date", "2020-01-01", "--workers", str(args.workers)]
    load = os.getloadavg()[0]
    started, wall, procs = sample(cmd, env, work / "build.log")
    root = min(procs, key=lambda p: procs[p]["first"])
    print(f"# One cold build: {args.corpus}\n\nWall {wall:.2f} s; load average before: "
          f"{load:.1f}.\n\n| s | build's CPU s | moment |\n|---:|---:|---|")
    for line in trace.read_text().splitlines():
        what, at, cpu = json.loads(line)
        print(f"| {at - started:.2f} | {cpu:.2f} | {what} |")
    print("\n| process | kind | first s | last s | CPU s |\n|---:|---|---:|---:|---:|")
    for pid, p in sorted(procs.items(), key=lambda kv: kv[1]["first"]):
        print(f"| {pid} | {kind(pid, procs, root)} | {p['first']:.2f} | "
              f"{p['last']:.2f} | {p['cpu']:.2f} |")
    kinds = sorted({kind(p, procs, root) for p in procs})
    bins: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    for pid, p in procs.items():
        prev = p["samples"][0][1] if p["first"] < 0.2 else 0.0  # (CPU before it was seen)
        for at, cpu in p["samples"]:
            bins[int(at // args.bins)][kind(pid, procs, root)] += cpu - prev
            prev = cpu
    print(f"\nCPU seconds per {args.bins:g} s of wall time:\n\n| s | " + " | ".join(kinds)
          + " |\n|---:|" + "---:|" * len(kinds))
    for b in sorted(bins):
        print(f"| {b * args.bins:.0f} | " + " | ".join(f"{bins[b][k]:.2f}" for k in kinds)
              + " |")
    print("\n```\n" + (work / "build.log").read_text().strip()[-600:] + "\n```\n\n"
          f"(the build's output and its log are in {work})")


if __name__ == "__main__":
    main()
