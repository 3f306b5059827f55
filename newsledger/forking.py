"""Helper processes as forks of the build's process: Prefect's temporary server
(``flows/api.py``) and the extraction workers' forkserver (``newsledger.parallel``) start with
what the build has imported already instead of importing it again in a new interpreter.

Forking is safe only where no other thread runs (a child would inherit their locks, held), and
is done on Linux only (``can_fork``); elsewhere the callers start a new interpreter as before.
"""
from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Callable


def can_fork() -> bool:
    """Whether this process may fork a helper: Linux, and no thread but this one."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def flush_standard_streams() -> None:
    """Write out what standard output and error hold (a stream already closed is left)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


def fork_child(run: Callable[[], int]) -> int:
    """Fork this process; in the child, call ``run()`` and end with the code it returns (1,
    with the traceback on standard error, if it raises): the child never returns here. The
    parent gets the child's pid. The standard streams are flushed first (else the child would
    write their contents out again) and in the child the parent's objects are kept out of the
    garbage collector's sight (they are not garbage, and each collection's visit would copy
    their pages into the child)."""
    flush_standard_streams()
    pid = os.fork()
    if pid:
        return pid
    gc.freeze()
    code = 1
    try:
        code = run()
    except BaseException:  # noqa: BLE001 - the child says why and ends, never returns
        import traceback  # noqa: PLC0415

        traceback.print_exc()
    finally:
        flush_standard_streams()
        os._exit(code)
