"""Where a build's start-up time goes: imports and Prefect's temporary API server.

    python -m benchmarks.startup [--repeat 3]

Each import is timed in a fresh Python process (the best of ``--repeat``; what Python had
imported before it is not counted, so the rows overlap: ``flows.build`` includes Prefect,
``newsledger.build`` includes pandas, pandera and pyarrow). The server row is the time from
launching Prefect's temporary API server (``flows.api``) to its first healthy answer. A
measurement, not a test: it prints a Markdown table.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time

MODULES = ("pyarrow", "pandas", "pandera.pandas", "prefect", "prefect.server.api.server",
           "newsledger.extract.article", "newsledger.build", "flows.build")


def import_seconds(module: str, repeat: int) -> float:
    """Best wall time of ``import module`` in a fresh interpreter, less the interpreter's
    own start-up."""
    def run(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - t0
    bare = min(run("pass") for _ in range(repeat))
    return min(run(f"import {module}") for _ in range(repeat)) - bare


def server_seconds(repeat: int) -> float:
    """Best time from launching the temporary API server to its first healthy answer."""
    from flows.api import TemporaryAPI  # noqa: PLC0415 - imports nothing from Prefect

    best = float("inf")
    for _ in range(repeat):
        api = TemporaryAPI()
        t0 = time.perf_counter()
        api.start()
        try:
            api.wait(120)
            best = min(best, time.perf_counter() - t0)
        finally:
            api.stop()
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| start-up step | seconds |\n|---|---|")
    for module in MODULES:
        print(f"| import {module} | {import_seconds(module, args.repeat):.2f} |", flush=True)
    print(f"| Prefect's temporary API server, launch to healthy | "
          f"{server_seconds(args.repeat):.2f} |")


if __name__ == "__main__":
    main()
