"""Resolve hand-written gold annotations to character offsets.

    python -m newsledger.evaluate.resolve evaluation/gold/SET [...]   # writes SET/gold.jsonl
    python -m newsledger.evaluate.resolve --check evaluation/gold/SET  # exit 1 if out of date

Fails loudly (exit 1, one line naming the file, line and span) when a span is not found or is
ambiguous.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .gold import RESOLVED, GoldError, resolve_set


def main(argv: list[str]) -> int:
    check = "--check" in argv
    status = 0
    for arg in (a for a in argv if a != "--check"):
        set_dir = Path(arg)
        try:
            content = resolve_set(set_dir)
        except GoldError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        target = set_dir / RESOLVED
        if check:
            if not target.is_file() or target.read_text(encoding="utf-8") != content:
                print(f"{target} is out of date: run python -m newsledger.evaluate.resolve "
                      f"{set_dir}", file=sys.stderr)
                status = 1
        else:
            target.write_text(content, encoding="utf-8")
            print(f"wrote {target} ({content.count(chr(10))} annotations)")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
