"""The source viewer's data: every (article, span) the page links to, and the linked articles
embedded in the page (whole while short and within budget, else windows around the spans).

Links are written with the article's id (``data-sid``) while the page is made; once every
section is rendered, ``number_links`` replaces the ids by the article's index in the embedded
list, which the page script reads (article text is only ever set with ``textContent``).
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .markup import e
from .queries import ArticleTexts

FULL_TEXT_CHARS = 20_000  # longer articles are embedded as windows around the linked spans
CONTEXT_CHARS = 400  # characters either side of a span in a window
TIGHT_CONTEXT_CHARS = 120  # the same, once the budget is spent
TEXT_BUDGET = 150_000  # article characters embedded in one page before windows get tight


@dataclass
class SourceLinks:
    """Every (article, span) the page links to; the page embeds just those articles."""

    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, source_id: str, start: int | None = None, end: int | None = None) -> None:
        spans = self.spans.setdefault(source_id, [])
        if start is not None and end is not None:
            spans.append((start, end))
        else:
            spans.append((-1, -1))  # the whole article

    def merge(self, other: SourceLinks) -> None:
        """Add the links of ``other`` (a part of the page that was kept)."""
        for sid, spans in other.spans.items():
            self.spans.setdefault(sid, []).extend(spans)

    def link(self, source_id: str, start: int | None = None, end: int | None = None,
             label: str = "text") -> str:
        """The <a> opening the source viewer (registered here; indexes are set on render)."""
        self.add(source_id, start, end)
        span = "" if start is None or end is None else f' data-a="{start}" data-b="{end}"'
        return f'<a class="src" href="#source" data-sid="{e(source_id)}"{span}>{e(label)}</a>'


def windows(spans: Sequence[tuple[int, int]], n: int, context: int = CONTEXT_CHARS
            ) -> list[tuple[int, int]]:
    """Merged character ranges around ``spans`` (the opening for a (-1, -1) span)."""
    ranges = sorted((max(0, a - context), min(n, b + context)) for a, b in spans if a >= 0)
    if any(a < 0 for a, _ in spans):
        ranges = [(0, min(n, 2 * context))] + ranges
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def embedded_sources(texts: ArticleTexts, links: SourceLinks) -> list[dict[str, Any]]:
    """The linked articles as the viewer needs them (id, title, length, text segments), by
    id. ``TEXT_BUDGET`` is spent in the order the page first links them (the stories
    first): whole while short and within budget, else windows around their linked spans,
    tight ones once the budget is spent."""
    texts.load(links.spans)
    out, budget = {}, TEXT_BUDGET
    for sid, spans in links.spans.items():  # in the order first linked
        text = texts.text(sid)
        if len(text) <= min(FULL_TEXT_CHARS, budget):
            segs = [[0, text]]
        else:
            context = CONTEXT_CHARS if budget else TIGHT_CONTEXT_CHARS
            segs = [[a, text[a:b]] for a, b in windows(spans, len(text), context)]
        budget = max(0, budget - sum(len(s[1]) for s in segs))
        out[sid] = {"id": sid, "title": texts.title(sid), "n": len(text), "segs": segs}
    return [out[sid] for sid in sorted(out)]


_LINK = re.compile(r'data-sid="([^"]*)"')


def number_links(fragment: str, sources: Sequence[dict[str, Any]]) -> str:
    """``fragment`` with each link's article id replaced by its index in ``sources``."""
    index = {s["id"]: i for i, s in enumerate(sources)}
    return _LINK.sub(lambda m: f'data-s="{index[html.unescape(m[1])]}"', fragment)
