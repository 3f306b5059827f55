"""Run CPU-bound stage functions in local worker processes.

Extraction is pure Python, so threads share one core (the GIL). ``local_pool(n)`` opens a pool
of ``n`` worker processes for the duration of a ``with`` block; inside it, ``run(fn, *args)``
runs ``fn`` in a worker and waits for the result (the calling thread sleeps, so a Prefect task
on a thread pool simply hands its batch over). Outside a pool, or with ``n < 2``, ``run`` calls
``fn`` in place: that is what happens on Dask workers, which are processes already.

Workers are forked from a "forkserver" process that imported the extractors once, so they
start in milliseconds and never inherit the parent's threads.

A build can also start its pool before the block that uses it (``start_pool``) and hand it
the first calls it will make (``ahead``) while it waits for something else (Prefect's
temporary server): inside the block, ``run`` and ``submit`` of the same call take the future
handed over ahead instead of calling again. The block adopts the pool and closes it at its
end; ``stop_pool`` closes a pool no block adopted.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from newsledger.forking import can_fork, fork_child

T = TypeVar("T")
PRELOAD = ["newsledger.build", "newsledger.worker"]

_pool: ProcessPoolExecutor | None = None
_adoptable = False  # the pool was started ahead: the next ``local_pool`` block takes it over
_ahead: list[tuple[Callable[..., Any], tuple[Any, ...], Future[Any]]] = []  # calls made ahead
_lock = threading.Lock()  # ``submit`` is called from several threads (Prefect's tasks)


def warm_up() -> None:
    """Start the forkserver now, without waiting for it: it imports the extractors (PRELOAD)
    in the background, so that a pool opened later starts its workers at once.

    On Linux, in a process without other threads, the forkserver is a fork of this process
    rather than a new interpreter: what this process has imported already (Arrow, pandas,
    pandera, ``newsledger.build``: about 1.2 s of CPU for a new interpreter) is not imported
    again, and the forkserver imports only the extractors. It is the same server
    (``multiprocessing.forkserver.main``, given the same listening socket and "alive" pipe):
    the processes forked from it are the same."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    from multiprocessing import forkserver, util  # noqa: PLC0415 - the context's server

    if not can_fork():
        forkserver.ensure_running()
        return
    spawn = util.spawnv_passfds

    def fork_or_spawn(path: str, args: list[str], passfds: Sequence[int]) -> int:
        if args[-2:-1] == ["-c"] and args[-1].startswith("from multiprocessing.forkserver "):
            return _fork_passfds(args[-1], passfds)
        return spawn(path, args, passfds)  # (the resource tracker, started first)

    util.spawnv_passfds = fork_or_spawn
    try:
        forkserver.ensure_running()
    finally:
        util.spawnv_passfds = spawn


def _fork_passfds(code: str, passfds: Sequence[int]) -> int:
    """``multiprocessing.util.spawnv_passfds`` for the forkserver's start, forking instead
    of executing a new interpreter: the child keeps only ``passfds`` and the standard
    streams, as the new interpreter would, and runs the same ``-c`` code."""

    def serve() -> int:
        keep = {0, 1, 2, *passfds}
        for fd in sorted(int(name) for name in os.listdir("/proc/self/fd")):
            if fd not in keep:
                try:
                    os.close(fd)
                except OSError:
                    pass
        # The parent held the server's lock while it forked.
        from multiprocessing import forkserver  # noqa: PLC0415

        forkserver._forkserver._lock = threading.Lock()  # type: ignore[attr-defined]
        try:
            exec(code, {"__name__": "__forkserver__"})  # noqa: S102 - multiprocessing's code
        except SystemExit as exc:  # the server's end: its last client has gone
            return exc.code if isinstance(exc.code, int) else 0
        return 0

    return fork_child(serve)


def _new_pool(processes: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return ProcessPoolExecutor(max_workers=processes, mp_context=context)


@contextmanager
def local_pool(processes: int) -> Iterator[None]:
    """Run ``run`` calls in ``processes`` worker processes until the block ends (in the pool
    started ahead by ``start_pool``, if there is one: the block then closes it)."""
    global _pool, _adoptable
    if _pool is not None and _adoptable:
        _adoptable = False
    elif processes < 2 or _pool is not None:
        yield
        return
    else:
        _pool = _new_pool(processes)
    try:
        yield
    finally:
        stop_pool()


def start_pool(processes: int) -> None:
    """Open the pool of ``processes`` workers now, before the ``local_pool`` block that will
    use it (and close it); nothing when ``processes`` < 2 or a pool is open."""
    global _pool, _adoptable
    if processes >= 2 and _pool is None:
        _pool, _adoptable = _new_pool(processes), True


def stop_pool() -> None:
    """Close the pool, cancelling the calls made ahead and never taken (the ones running are
    waited for)."""
    global _pool, _adoptable
    with _lock:
        pool, _pool, _adoptable = _pool, None, False
        _ahead.clear()
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def ahead(fn: Callable[..., T], *args: Any) -> Future[T] | None:
    """Start ``fn(*args)`` in the pool now, for a later ``submit`` or ``run`` of the same
    call (same function, equal arguments) to take; None, with nothing started, when no
    pool is open."""
    with _lock:
        if _pool is None:
            return None
        future = _pool.submit(fn, *args)
        _ahead.append((fn, args, future))
        return future


def _taken(fn: Callable[..., Any], args: tuple[Any, ...]) -> Future[Any] | None:
    """The future of ``fn(*args)`` started ahead, handed over once."""
    with _lock:
        for i, (f, a, future) in enumerate(_ahead):
            if f is fn and a == args:
                del _ahead[i]
                return future
    return None


def submit(fn: Callable[..., T], *args: Any) -> Future[T]:
    """``fn(*args)`` in a worker process when a local pool is open (else run now); the same
    call started ``ahead`` is taken, not started again."""
    if (started := _taken(fn, args)) is not None:
        return started
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
