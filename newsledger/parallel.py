"""Run CPU-bound stage functions in local worker processes.

Extraction is pure Python, so threads share one core (the GIL). ``local_pool(n)`` opens a pool
of ``n`` worker processes for the duration of a ``with`` block; inside it, ``run(fn, *args)``
runs ``fn`` in a worker and waits for the result (the calling thread sleeps, so a Prefect task
on a thread pool simply hands its batch over). Outside a pool, or with ``n < 2``, ``run`` calls
``fn`` in place: that is what happens on Dask workers, which are processes already.

Workers are forked from a "forkserver" process that imported the extractors once, so they
start in milliseconds and never inherit the parent's threads.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
PRELOAD = ["newsledger.build", "newsledger.worker"]

_pool: ProcessPoolExecutor | None = None


def warm_up() -> None:
    """Start the forkserver now, without waiting for it: it imports the extractors (PRELOAD)
    in the background, so that a pool opened later starts its workers at once."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    from multiprocessing import forkserver  # noqa: PLC0415 - the context's server module

    forkserver.ensure_running()


@contextmanager
def local_pool(processes: int) -> Iterator[None]:
    """Run ``run`` calls in ``processes`` worker processes until the block ends."""
    global _pool
    if processes < 2 or _pool is not None:
        yield
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    _pool = ProcessPoolExecutor(max_workers=processes, mp_context=context)
    try:
        yield
    finally:
        pool, _pool = _pool, None
        pool.shutdown(wait=True, cancel_futures=True)


def submit(fn: Callable[..., T], *args: Any) -> Future[T]:
    """``fn(*args)`` in a worker process when a local pool is open (else run now)."""
    pool = _pool
    if pool is not None:
        return pool.submit(fn, *args)
    done: Future[T] = Future()
    try:
        done.set_result(fn(*args))
    except BaseException as exc:  # noqa: BLE001 - re-raised by result(), as a pool would
        done.set_exception(exc)
    return done


def run(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)``, in a worker process when a local pool is open."""
    return submit(fn, *args).result()
