"""Smoke build with the runtime install alone (``make smoke``, run by ``.ci/run`` before the dev
extras are installed): a corpus holding every input format (.txt, .md, .jsonl, .html) is built
with the ``newsledger`` command, and every input must be accepted and published.

    python tests/smoke.py tests/data/formats
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path


def main(corpus: str) -> int:
    inputs = [p for p in Path(corpus).rglob("*") if p.is_file()]
    expected = sum(len(p.read_text(encoding="utf-8").splitlines()) if p.suffix == ".jsonl" else 1
                   for p in inputs)
    kinds = sorted({p.suffix for p in inputs})
    with tempfile.TemporaryDirectory() as out:
        command = [str(Path(sys.executable).with_name("newsledger")), "build", "--corpus", corpus,
                   "--out", out, "--no-cache", "--strict", "--release-date", "2024-01-01"]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stdout + done.stderr)
            print(f"smoke: the build failed (exit {done.returncode})")
            return 1
        version = (Path(out) / "LATEST").read_text().strip()
        report = json.loads((Path(out) / version / "build_report.json").read_text())
    if report["n_accepted"] != expected or report["rejected"]:
        print(json.dumps(report, indent=2))
        print(f"smoke: {report['n_accepted']} of {expected} articles published")
        return 1
    print(f"smoke: {expected} articles from {', '.join(kinds)} files built and published")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/formats"))
