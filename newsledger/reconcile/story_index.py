"""Copies and stories of a whole corpus, found once in reconciliation and read by every table
that needs them: ``sources.story_id`` / ``copy_of``, the ``stories`` table, claims compared
within a story (``claim_groups``) and event clusters within a story.

Built from the ``_stories`` helper table every extract batch spills (one row per article: its
publication date, outlet, title, story terms and sketch: ``newsledger.extract.keys``) and, for
the few candidate copies only, the article texts.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

import pyarrow as pa

from newsledger.extract.keys import shingles
from newsledger.publish.tables import arrow_schema
from newsledger.text import Document
from schemas import TABLES

from .copies import find_copies
from .stories import assign_from_tables

# One row per article, spilled by each extract batch (``rows.story_row``).
STORY_KEYS = pa.schema([("source_id", pa.string()), ("published", pa.date32()),
                        ("outlet", pa.string()), ("title", pa.string()),
                        ("headline", pa.string()), ("headline_line", pa.bool_()),
                        ("terms", pa.list_(pa.string())), ("weights", pa.list_(pa.float64())),
                        ("sketch", pa.list_(pa.int64())), ("dateline_day", pa.string()),
                        ("dated", pa.bool_())])


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the stories table and the claim verdicts need of one article."""

    source_id: str
    published: dt.date | None
    outlet: str | None
    title: str | None  # given with the article, or detected by ingest
    headline: str | None  # its headline line or first sentence (``extract.keys.headline``)
    headline_line: bool = False  # whether ``headline`` is a headline line


class StoryIndex:
    """Every article's story and original (when it is a copy), and the stories table."""

    def __init__(self, articles: Mapping[str, ArticleInfo], story_of: Mapping[str, str],
                 copy_of: Mapping[str, str],
                 links: Mapping[tuple[str, str], float] | None = None):
        self.articles = articles
        self.story_of = dict(story_of)
        self.copy_of = dict(copy_of)
        self.links = dict(links or {})  # same-story probability of compared pairs (a < b)

    @classmethod
    def build(cls, keys: Callable[[], Iterable[pa.Table]],
              texts: Callable[[list[str]], Mapping[str, str]]) -> StoryIndex:
        """From the ``_stories`` tables of all batches (``keys()`` is read three times, one
        table at a time); ``texts(ids)`` returns the texts of the given articles (asked for
        candidate copies only)."""
        articles: dict[str, ArticleInfo] = {}
        sketches: dict[str, tuple[int, ...]] = {}
        for t in keys():
            cols = {c: t.column(c).to_pylist() for c in ("source_id", "published", "outlet",
                                                        "title", "headline", "headline_line",
                                                        "sketch")}
            for sid, pub, outlet, title, head, line, sketch in zip(*cols.values()):
                articles[sid] = ArticleInfo(sid, pub, outlet, title, head, bool(line))
                sketches[sid] = tuple(sketch or ())
        published = {sid: a.published for sid, a in articles.items()}

        def shingles_of(ids: Iterable[str]) -> dict[str, set[int]]:
            return {sid: shingles(Document(text)) for sid, text in texts(list(ids)).items()}

        copy_of = find_copies(sketches, published, shingles_of)
        story_of, links = assign_from_tables(keys, copy_of)
        return cls(articles, story_of, copy_of, links)

    def story(self, source_id: str) -> str:
        return self.story_of[source_id]

    def link(self, a: str, b: str) -> float:
        """How alike two independent articles of one story are: their same-story probability
        (0 when they were never compared directly; 1 for an article and itself)."""
        if a == b:
            return 1.0
        return self.links.get((a, b) if a < b else (b, a), 0.0)

    def closest(self, pairs: Iterable[tuple[str, str]]) -> float:
        """The highest ``link`` of some pairs of articles (at least one pair): a group's
        closest two sources whose values differ, over every such pair."""
        links = self.links
        return max(1.0 if a == b else links.get((a, b) if a < b else (b, a), 0.0)
                   for a, b in pairs)

    def original(self, source_id: str) -> str:
        """The article itself, or the one it copies: what counts as an independent source."""
        return self.copy_of.get(source_id, source_id)

    @cached_property
    def members(self) -> dict[str, list[str]]:
        """{story_id: its articles' source ids, sorted}."""
        out: dict[str, list[str]] = defaultdict(list)
        for sid in sorted(self.story_of):
            out[self.story_of[sid]].append(sid)
        return out

    @cached_property
    def alikeness(self) -> dict[str, float]:
        """{source_id: the sum of its same-story probabilities with the other articles of its
        story}: how typical of its story an article is. Read from the compared pairs once,
        not from every pair of a story's articles."""
        others: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for (a, b), p in self.links.items():
            if self.story_of.get(a) is not None and self.story_of.get(a) == self.story_of.get(b):
                others[a].append((b, p))
                others[b].append((a, p))
        return {s: round(sum(p for _, p in sorted(ps)), 9) for s, ps in others.items()}

    @cached_property
    def titles(self) -> dict[str, str]:
        """{story_id: its title}."""
        return {story: self._title(ids) for story, ids in self.members.items()}

    def _title(self, ids: list[str]) -> str:
        """The title of the story's earliest independent article that has one (of one day's,
        or of undated ones, one not in capitals: 'STORM OF THE CENTURY' is a splash, not a
        title; then the one most copied: the account others reprint; then the most
        typical: the most alike to the story's other articles; then the first by source_id;
        else a copy's title); failing titles, the headline line of the first in that order
        that has one; else the first article's first sentence; else its source id."""
        copies = Counter(self.copy_of.values())
        alike = self.alikeness
        ordered = sorted((self.articles[s] for s in ids),
                         key=lambda a: (a.source_id in self.copy_of, a.published is None,
                                        a.published or dt.date.min, _shouted(a.title),
                                        -copies[a.source_id], -alike.get(a.source_id, 0.0),
                                        a.source_id))
        for a in ordered:
            if a.title:
                return a.title
        return next((a.headline for a in ordered if a.headline and a.headline_line),
                    next((a.headline for a in ordered if a.headline), ordered[0].source_id))

    def stories_table(self) -> pa.Table:
        rows = []
        for story_id, ids in sorted(self.members.items()):
            arts = [self.articles[s] for s in ids]
            dates = [a.published for a in arts if a.published is not None]
            outlets = {a.outlet.casefold() for a in arts if a.outlet}
            rows.append({"story_id": story_id, "title": self.titles[story_id],
                         "first_published": min(dates) if dates else None,
                         "last_published": max(dates) if dates else None,
                         "n_sources": len(arts),
                         "n_outlets": len(outlets) + sum(1 for a in arts if not a.outlet),
                         "n_independent": sum(1 for s in ids if s not in self.copy_of)})
        return pa.Table.from_pylist(rows, schema=arrow_schema(TABLES["stories"]))

    def with_stories(self, sources: pa.Table) -> pa.Table:
        """A piece of the sources table with ``story_id`` and ``copy_of`` filled."""
        ids = sources.column("source_id").to_pylist()
        for name, values in (("story_id", [self.story_of.get(s) for s in ids]),
                             ("copy_of", [self.copy_of.get(s) for s in ids])):
            i = sources.schema.get_field_index(name)
            sources = sources.set_column(i, sources.schema.field(i),
                                         pa.array(values, sources.schema.field(i).type))
        return sources


def _shouted(title: str | None) -> bool:
    """A title in capitals ('STORM OF THE CENTURY'): the last choice for a story's title."""
    return bool(title) and title.isupper()

