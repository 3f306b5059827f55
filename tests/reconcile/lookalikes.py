"""What the written look-alike story sets' tests read: a set's articles as story clustering sees
them (``StoryItem``), with or without their publication dates, and each article's gold story (the
part of its id before "/")."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from newsledger.extract.article import extract_all
from newsledger.ingest.normalize import normalize_text
from newsledger.reconcile.stories import StoryItem, cluster


def story_items(path: Path, dated: bool = True) -> tuple[list[StoryItem], dict[str, str]]:
    """(the articles of the JSONL at ``path``, sorted by id; {article id: its gold story})."""
    rows = sorted((json.loads(line) for line in path.open(encoding="utf-8")),
                  key=lambda r: r["id"])
    items = []
    for r in rows:
        published = dt.date.fromisoformat(r["published"]) if dated and "published" in r \
            else None
        keys = extract_all(normalize_text(r["text"]), published).keys  # days resolved
        items.append(StoryItem(r["id"], published, dict(keys.terms), keys.dateline_day,
                               published is not None))
    return items, {r["id"]: r["id"].split("/")[0] for r in rows}


def found_stories(path: Path, dated: bool = True) -> tuple[dict[str, str], dict[str, str]]:
    """({article: its story's first article}, {article: its gold story}) of the set at
    ``path``, clustered as a build clusters it."""
    items, gold = story_items(path, dated)
    found = {items[i].source_id: items[g[0]].source_id for g in cluster(items) for i in g}
    return found, gold


def stories_of(found: dict[str, str], story: str) -> set[str]:
    """The found stories that hold an article of the gold ``story``."""
    return {s for a, s in found.items() if a.split("/")[0] == story}
