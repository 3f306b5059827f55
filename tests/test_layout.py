"""The layout the project promises its maintainers (DESIGN.md, issue 20): modules small enough to
read in one sitting, and Prefect only in ``flows/`` (the library runs without it)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = sorted((ROOT / "newsledger").rglob("*.py"))
MAX_LINES = 500


@pytest.mark.parametrize("path", LIBRARY + sorted((ROOT / "flows").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_module_is_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines: split it by job"


def _imports(path: Path, top_level_only: bool = False) -> set[str]:
    """The top packages ``path`` imports (absolute imports only), at module level only or all."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    names = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_prefect_outside_flows(path: Path) -> None:
    """Only ``flows/`` imports Prefect; the command line (``cli.py``) calls ``flows/`` from
    inside its commands, so ``import newsledger.cli`` needs no Prefect."""
    where = path.relative_to(ROOT)
    assert "prefect" not in _imports(path), f"{where} imports Prefect: keep it in flows/"
    if where.as_posix() == "newsledger/cli.py":
        assert "flows" not in _imports(path, top_level_only=True), \
            f"{where} imports flows/ at module level: import it inside the command"
    else:
        assert "flows" not in _imports(path), f"{where} imports flows/: the library must not"
