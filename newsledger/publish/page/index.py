"""The list of releases (``<out>/index.html``): every release, newest first, with its rows per
table (and their change since the release before) and its changelog entry."""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from schemas import TABLES

from .markup import asset, e, markdown_lite, page_start, render
from .queries import PAGE_NAME


def changelog_sections(text: str) -> dict[str, str]:
    """``## Dataset X.Y.Z`` sections of a changelog, by version (heading line left out)."""
    out: dict[str, str] = {}
    for m in re.finditer(r"^## Dataset (\S+)[^\n]*\n(.*?)(?=^## |\Z)", text, re.M | re.S):
        out[m[1]] = m[2].strip()
    return out


def dataset_index(out: Path, changelog: str | None = None) -> str:
    """``<out>/index.html``: every release, newest first, with its rows (and their change
    since the release before) and its changelog entry."""
    data = json.loads((out / "releases.json").read_text(encoding="utf-8"))
    releases = data.get("releases", [])
    latest = (out / "LATEST").read_text(encoding="utf-8").strip() \
        if (out / "LATEST").is_file() else None
    entries = changelog_sections(changelog or "")
    items = []
    previous: Mapping[str, int] = {}
    for r in releases:
        v = r["version"]
        rows = r.get("rows") or {}
        cells = []
        for t in TABLES:
            n, before = rows.get(t, 0), previous.get(t)
            delta = "" if before is None or before == n else f" ({n - before:+,})"
            cells.append(f"<td class=num>{n:,}{e(delta)}</td>")
        previous = rows
        folder = out / v
        page = next((p for p in (PAGE_NAME, "README.md") if (folder / p).is_file()), None)
        entry = entries.get(v)
        items.append(render(
            "release-entry.html", version=e(v),
            heading=f'<a href="{e(v)}/{page}">{e(v)}</a>' if page else e(v),
            latest=" <span class=note>latest</span>" if v == latest else "",
            date=e(r.get("date") or "undated"),
            head="".join(f"<th class=num>{e(t)}</th>" for t in TABLES), cells="".join(cells),
            entry=markdown_lite(entry) if entry else '<p class="note">No changelog entry.</p>'))
    return page_start("newsledger releases", "default-src 'none'; style-src 'unsafe-inline'",
                      asset("page.css")) + render(
        "releases.html", n_releases=len(releases),
        latest=", latest " + e(latest) if latest else "", body="\n".join(reversed(items)))


def write_dataset_index(out: Path, changelog: Path | None = None) -> Path:
    """Write ``<out>/index.html`` (see ``dataset_index``), atomically."""
    text = changelog.read_text(encoding="utf-8") if changelog and changelog.is_file() else None
    path = out / PAGE_NAME
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(dataset_index(out, text), encoding="utf-8")
    tmp.chmod(0o644)  # readable by all, whatever the umask
    tmp.replace(path)
    return path
