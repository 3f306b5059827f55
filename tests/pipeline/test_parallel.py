"""Local worker processes: same results as running in place; errors come back to the caller."""
from __future__ import annotations

import os

import pytest

from newsledger import parallel


def _square(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def _fail(message: str) -> None:
    raise ValueError(message)


def test_runs_in_place_without_a_pool():
    assert parallel.run(_square, 3) == (9, os.getpid())


def test_runs_in_worker_processes_inside_a_pool():
    with parallel.local_pool(2):
        results = [parallel.submit(_square, i) for i in range(6)]
        values = [r.result() for r in results]
    assert [v for v, _ in values] == [i * i for i in range(6)]
    assert all(pid != os.getpid() for _, pid in values)
    assert parallel.run(_square, 2)[1] == os.getpid()  # the pool is closed again


def test_an_error_in_a_worker_reaches_the_caller():
    with parallel.local_pool(2), pytest.raises(ValueError, match="bad batch"):
        parallel.run(_fail, "bad batch")


def test_one_process_means_no_pool():
    with parallel.local_pool(1):
        assert parallel.run(_square, 2)[1] == os.getpid()


def test_a_call_started_ahead_is_taken_once_and_the_block_closes_the_pool():
    parallel.start_pool(2)
    try:
        started = parallel.ahead(_square, 3)
        assert started is not None
        with parallel.local_pool(2):  # takes over the pool started ahead
            assert parallel.submit(_square, 3) is started  # taken, not made again
            again = parallel.submit(_square, 3)
            assert again is not started and again.result()[0] == 9
        assert parallel.run(_square, 2)[1] == os.getpid()  # the block closed the pool
        assert parallel.ahead(_square, 3) is None  # no pool: nothing started
    finally:
        parallel.stop_pool()


def test_a_pool_started_ahead_and_never_used_is_stopped():
    parallel.start_pool(2)
    parallel.ahead(_square, 5)
    parallel.stop_pool()
    assert parallel.run(_square, 5)[1] == os.getpid()


def test_the_forkserver_is_forked_from_the_build_and_ends_with_it():
    """``warm_up`` in a process without other threads (a build's, on Linux) forks the
    workers' forkserver from it; the workers run, and the forkserver ends when the process
    that started it does (multiprocessing's "alive" pipe, whose other copies are closed)."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    if not sys.platform.startswith("linux"):
        pytest.skip("forked only on Linux")
    code = """
import os
import newsledger.build
from multiprocessing import forkserver
from newsledger import parallel
parallel.warm_up()
pid = forkserver._forkserver._forkserver_pid
with open(f"/proc/{pid}/cmdline", "rb") as a, open("/proc/self/cmdline", "rb") as b:
    assert a.read() == b.read()  # a fork of this process, not a new interpreter
with parallel.local_pool(2):
    assert parallel.run(os.getppid) == pid
print(pid)
"""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    pid = int(done.stdout.split()[-1])
    deadline = time.monotonic() + 30
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(pid), "the forkserver outlived its build"


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # (Z: ended, not reaped)
    except OSError:
        return False
