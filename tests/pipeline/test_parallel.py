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
