"""The page's charts: inline SVG bar charts, every label escaped, each bar with a tooltip."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .markup import cut, e

KIND_COLORS = {"person": "#4e79a7", "organization": "#f28e2b", "place": "#59a14f",
               "account": "#b07aa1"}
BAR_COLOR = "#4e79a7"
TIMELINE_COLOR = "#2a9d8f"


def hbars(items: Sequence[tuple[str, int, str, str]], label: str) -> str:
    """A horizontal bar chart: (label, value, color, tooltip) per bar, in the given order."""
    if not items:
        return '<p class="note">Nothing to chart in this release.</p>'
    row, left, width, right = 22, 210, 400, 60
    top = max(v for _, v, _, _ in items) or 1
    height = row * len(items) + 6
    parts = [f'<svg class="chart" role="img" aria-label="{e(label)}" '
             f'viewBox="0 0 {left + width + right} {height}" '
             f'width="{left + width + right}" height="{height}">']
    for i, (name, value, color, tip) in enumerate(items):
        y = 3 + i * row
        w = max(1.0, width * value / top)
        parts.append(
            f'<g class="bar"><title>{e(tip)}</title>'
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{e(cut(name, 30))}</text>'
            f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 7}" rx="2" '
            f'fill="{color}"></rect>'
            f'<text x="{left + w + 6:.1f}" y="{y + 15}">{value:,}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def vbars(bars: Sequence[dict[str, Any]], label: str) -> str:
    """The timeline: one bar per date (as written), height = distinct happenings."""
    if not bars:
        return '<p class="note">No dated events in this release.</p>'
    left, plot, bottom, step = 40, 170, 78, max(14, min(44, 900 // max(1, len(bars))))
    width = left + step * len(bars) + 10
    top = max(b["happenings"] for b in bars) or 1
    parts = [f'<svg class="chart" role="img" aria-label="{e(label)}" '
             f'viewBox="0 0 {width} {plot + bottom}" width="{width}" '
             f'height="{plot + bottom}">',
             f'<line class="axis" x1="{left}" y1="{plot + 10}" x2="{width - 5}" '
             f'y2="{plot + 10}"></line>',
             f'<text x="{left - 6}" y="18" text-anchor="end">{top:,}</text>',
             f'<text x="{left - 6}" y="{plot + 10}" text-anchor="end">0</text>']
    for i, b in enumerate(bars):
        x = left + i * step + 2
        h = max(1.0, (plot - 10) * b["happenings"] / top)
        y = plot + 10 - h
        tip = (f"{b['date']}: {b['happenings']:,} happening(s) in {b['events']:,} "
               "event row(s)")
        lx, ly = x + (step - 4) / 2, plot + 22
        parts.append(
            f'<g class="bar"><title>{e(tip)}</title>'
            f'<rect x="{x}" y="{y:.1f}" width="{step - 4}" height="{h:.1f}" rx="1" '
            f'fill="{TIMELINE_COLOR}"></rect>'
            f'<text x="{lx:.1f}" y="{ly}" text-anchor="end" '
            f'transform="rotate(-55 {lx:.1f} {ly})">{e(b["date"])}</text></g>')
    parts.append("</svg>")
    return "".join(parts)
