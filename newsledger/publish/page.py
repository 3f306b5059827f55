"""The release page (``<release>/index.html``) and the list of releases (``<out>/index.html``).

Generated from the schemas and the release's own files, like the data dictionary; never written
by hand. The release page is one self-contained file: CSS, JavaScript (``assets/``) and SVG
charts are inline, and its Content-Security-Policy allows no network at all, so it opens from
the file system or any static host. It shows the dataset card, the measured quality
(``quality.json`` when the release has one), charts (the timeline of dated events, top
speakers, entities by mentions, claims the sources disagree on), every table with its row
count, download links, sizes and checksums, a sortable and filterable preview of its first
rows, and a source viewer: every previewed row links to its article with the span highlighted.

Bounded for big corpora: previews hold ``PREVIEW_ROWS`` rows, charts ``TOP_BARS`` /
``TIMELINE_BARS`` bars, ``CONFLICTS`` clusters; only the articles the page links to are
embedded: whole while short and within ``TEXT_BUDGET``, else as windows around the linked spans.
The measured quality comes from ``quality.json`` when it is in the release folder before the
page is written (publishing writes the page after every other file but SHA256SUMS).

Untrusted text: every string from the data is HTML-escaped here, embedded JSON has ``<``, ``>``
and ``&`` escaped, and the script sets article text with ``textContent`` only; the policy
allows just the page's own script (by hash), so even markup that slipped through would not run.

Deterministic: the same release files give the same bytes (no clock, sorted everything).
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas import TABLES, Table

from .info import DatasetInfo
from .sqlite import DATASETTE_METADATA, SQLITE_NAME
from .tables import logical_type

PAGE_NAME = "index.html"
QUALITY_NAME = "quality.json"
ASSETS = Path(__file__).with_name("assets")
PREVIEW_ROWS = 40  # rows per table preview
CELL_CHARS = 160  # longer values are cut in preview cells (the files hold them whole)
TOP_BARS = 15  # bars of the speakers and entities charts
TIMELINE_BARS = 40  # dates on the timeline (the busiest, in date order)
HAPPENINGS = 12  # event clusters listed under the timeline
CONFLICTS = 12  # conflicting claim clusters shown
CLAIMS_PER_CONFLICT = 6
REJECTED_SHOWN = 20
FULL_TEXT_CHARS = 20_000  # longer articles are embedded as windows around the linked spans
CONTEXT_CHARS = 400  # characters either side of a span in a window
TEXT_BUDGET = 1_500_000  # article characters embedded in one page at most
KIND_COLORS = {"person": "#4e79a7", "organization": "#f28e2b", "place": "#59a14f",
               "account": "#b07aa1"}
BAR_COLOR = "#4e79a7"
TIMELINE_COLOR = "#2a9d8f"
PRECISION_ORDER = ("decade", "year", "season", "quarter", "month", "week", "day")
UNSIZED = ("build_report.json",)  # run-dependent (timings): no size or checksum on the page


def e(value: Any) -> str:
    """HTML-escape any value (quotes too: safe in attributes)."""
    return html.escape("" if value is None else str(value), quote=True)


def _json_for_script(data: Any) -> str:
    """JSON safe inside a <script> element: no "</script>", no "<!--", no entities."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _number(value: float | int) -> str:
    if isinstance(value, float):
        if value != value:  # NaN
            return "NaN"
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    return str(value)


def _pretty(value: float) -> str:
    """A value for people: thousands separated (60,000; 0.5)."""
    return f"{int(value):,}" if value.is_integer() and abs(value) < 1e16 else f"{value:,}"


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def _cut(text: str, limit: int = CELL_CHARS) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _inline(text: str) -> str:
    """Escaped text with `code` spans (the markdown the generated documents use)."""
    parts = re.split(r"`([^`]+)`", text)
    return "".join(f"<code>{e(p)}</code>" if i % 2 else e(p) for i, p in enumerate(parts))


def markdown_lite(text: str) -> str:
    """Paragraphs and ``- `` lists with `code`: enough for changelog entries and known limits."""
    out: list[str] = []
    items: list[str] = []
    para: list[str] = []

    def flush_para() -> None:
        if para:
            out.append(f"<p>{_inline(' '.join(para))}</p>")
            para.clear()

    def flush_items() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            flush_para()
            flush_items()
        elif stripped.startswith("- "):
            flush_para()
            items.append(stripped[2:])
        elif items and line.startswith(" "):
            items[-1] += " " + stripped
        else:
            flush_items()
            para.append(stripped)
    flush_para()
    flush_items()
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Links to the source texts

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

    def link(self, source_id: str, start: int | None = None, end: int | None = None,
             label: str = "text") -> str:
        """The <a> opening the source viewer (registered here; indexes are set on render)."""
        self.add(source_id, start, end)
        span = "" if start is None or end is None else f' data-a="{start}" data-b="{end}"'
        return (f'<a class="src" href="#source" data-sid="{e(source_id)}"{span} '
                f'title="show in the article">{e(label)}</a>')


def _windows(spans: Sequence[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """Merged character ranges around ``spans`` (the whole text for a (-1, -1) span)."""
    ranges = sorted((max(0, a - CONTEXT_CHARS), min(n, b + CONTEXT_CHARS))
                    for a, b in spans if a >= 0)
    if any(a < 0 for a, _ in spans):
        ranges = [(0, min(n, 2 * CONTEXT_CHARS))] + ranges
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def embedded_sources(release: Path, links: SourceLinks) -> list[dict[str, Any]]:
    """The linked articles as the viewer needs them: id, title, length, text segments."""
    ids = sorted(links.spans)
    if not ids:
        return []
    table = select(release, "sources", ["title", "text"], "source_id", ids)
    found = {r["source_id"]: r for r in table.to_pylist()}
    out, budget = [], TEXT_BUDGET
    for sid in ids:
        row = found.get(sid) or {"title": None, "text": ""}
        text = row["text"] or ""
        if len(text) <= min(FULL_TEXT_CHARS, budget):
            segs = [[0, text]]
        else:
            segs = [[a, text[a:b]] for a, b in _windows(links.spans[sid], len(text))]
        budget = max(0, budget - sum(len(s[1]) for s in segs))
        out.append({"id": sid, "title": row["title"], "n": len(text), "segs": segs})
    return out


# ---------------------------------------------------------------------------------------------
# Figures computed from the tables

def _read(release: Path, name: str, columns: Sequence[str], filters: Any = None) -> pa.Table:
    return pq.read_table(release / f"{name}.parquet", columns=list(columns), filters=filters)


def select(release: Path, name: str, columns: Sequence[str], key: str,
           values: Sequence[str]) -> pa.Table:
    """The rows of table ``name`` whose ``key`` is one of ``values``, read one row group at a
    time: a few rows of a wide table (article texts) without reading the whole column."""
    file = pq.ParquetFile(release / f"{name}.parquet")
    cols = list(dict.fromkeys([key, *columns]))
    wanted = pa.array(sorted(set(values)), pa.string())
    parts = []
    for group in range(file.metadata.num_row_groups):
        mask = pc.is_in(file.read_row_group(group, columns=[key]).column(0), value_set=wanted)
        if pc.any(mask).as_py():
            parts.append(file.read_row_group(group, columns=cols).filter(mask))
    return pa.concat_tables(parts) if parts else file.schema_arrow.empty_table().select(cols)


def top_speakers(release: Path, n: int = TOP_BARS) -> list[tuple[str, int]]:
    """Named speakers by number of quotes, most quoted first (ties by name)."""
    t = _read(release, "quotes", ["speaker_name"]).filter(
        pc.is_valid(pc.field("speaker_name")))
    counts = t.group_by("speaker_name").aggregate([("speaker_name", "count")]).to_pylist()
    rows = sorted(((r["speaker_name"], r["speaker_name_count"]) for r in counts),
                  key=lambda r: (-r[1], r[0]))
    return rows[:n]


def top_entities(release: Path, n: int = TOP_BARS) -> list[dict[str, Any]]:
    """Entities by number of mentions, most mentioned first (ties by name, id)."""
    rows = _read(release, "entities",
                 ["entity_id", "name", "kind", "n_mentions", "n_sources"]).to_pylist()
    rows.sort(key=lambda r: (-r["n_mentions"], r["name"], r["entity_id"]))
    return rows[:n]


def timeline(release: Path, n: int = TIMELINE_BARS) -> tuple[list[dict[str, Any]], int]:
    """Dated happenings per date as written (``date_value``: a day, a month, a year…): the
    ``n`` dates with most distinct happenings (event clusters), in date order; and how many
    dates were left out."""
    t = _read(release, "events", ["date_value", "event_date", "date_precision", "cluster_id"])
    if t.num_rows == 0:
        return [], 0
    g = t.group_by("date_value").aggregate([
        ("cluster_id", "count_distinct"), ("cluster_id", "count"), ("event_date", "min"),
        ("date_precision", "min")]).to_pylist()
    busiest = sorted(g, key=lambda r: (-r["cluster_id_count_distinct"], r["date_value"]))[:n]
    rank = {p: i for i, p in enumerate(PRECISION_ORDER)}
    busiest.sort(key=lambda r: (r["event_date_min"], rank.get(r["date_precision_min"], 0),
                                r["date_value"]))
    bars = [{"date": r["date_value"], "happenings": r["cluster_id_count_distinct"],
             "events": r["cluster_id_count"]} for r in busiest]
    return bars, len(g) - len(bars)


def _top_clusters(release: Path, name: str, n: int, filters: Any = None
                  ) -> tuple[list[dict[str, Any]], int]:
    """The ``n`` clusters of table ``name`` reported by most articles (then most rows, then
    id), and the number of clusters; from the two key columns only: big tables are never
    read whole."""
    t = _read(release, name, ["cluster_id", "source_id"], filters)
    if t.num_rows == 0:
        return [], 0
    g = t.group_by("cluster_id").aggregate([("source_id", "count_distinct"),
                                            ("source_id", "count")])
    top = g.sort_by([("source_id_count_distinct", "descending"),
                     ("source_id_count", "descending"), ("cluster_id", "ascending")])
    return [{"cluster_id": r["cluster_id"], "n_sources": r["source_id_count_distinct"],
             "n_rows": r["source_id_count"]} for r in top.slice(0, n).to_pylist()], g.num_rows


def happenings(release: Path, n: int = HAPPENINGS) -> list[dict[str, Any]]:
    """The event clusters reported by most articles, in date order: date, actor, action,
    counts and the first report (by source and position)."""
    top, _ = _top_clusters(release, "events", n)
    if not top:
        return []
    cols = ["cluster_id", "date_value", "event_date", "actor", "action", "source_id",
            "char_start", "char_end", "event_text"]
    rows = select(release, "events", cols, "cluster_id",
                  [c["cluster_id"] for c in top]).to_pylist()
    first: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: (r["cluster_id"], r["source_id"], r["char_start"])):
        first.setdefault(r["cluster_id"], r)
    out = [dict(first[c["cluster_id"]], n_sources=c["n_sources"], n_reports=c["n_rows"])
           for c in top]
    out.sort(key=lambda r: (r["event_date"], r["date_value"], r["cluster_id"]))
    return out


def conflicts(release: Path, n: int = CONFLICTS) -> tuple[list[dict[str, Any]], int]:
    """Clusters of claims flagged ``conflicts``, the most sources first: each with its first
    claims side by side (at most CLAIMS_PER_CONFLICT); and the number of such clusters."""
    flagged = [("consistency", "=", "conflicts")]
    top, total = _top_clusters(release, "claims", n, flagged)
    if not top:
        return [], 0
    cols = ["claim_id", "source_id", "char_start", "char_end", "claim_text", "value",
            "value_text", "value_start", "value_end", "unit", "qualifier", "claimant",
            "measure_key", "cluster_id"]
    ids = [c["cluster_id"] for c in top]
    keys = _read(release, "claims", ["cluster_id", "source_id", "value_start", "claim_id"],
                 flagged + [("cluster_id", "in", ids)])
    shown: dict[str, list[str]] = {}
    for r in sorted(keys.to_pylist(), key=lambda r: (r["cluster_id"], r["source_id"],
                                                      r["value_start"], r["claim_id"])):
        if len(shown.setdefault(r["cluster_id"], [])) < CLAIMS_PER_CONFLICT:
            shown[r["cluster_id"]].append(r["claim_id"])
    wanted = [i for ids_ in shown.values() for i in ids_]
    rows = {r["claim_id"]: r for r in select(release, "claims", cols, "claim_id",
                                             wanted).to_pylist()}
    out = []
    for c in top:
        claims = [rows[i] for i in shown[c["cluster_id"]]]
        out.append({"cluster_id": c["cluster_id"], "measure_key": claims[0]["measure_key"],
                    "n_claims": c["n_rows"], "n_sources": c["n_sources"], "claims": claims})
    return out, total


def first_rows(release: Path, name: str, n: int = PREVIEW_ROWS) -> pa.Table:
    """The first ``n`` rows of a table (rows are sorted by primary key)."""
    file = pq.ParquetFile(release / f"{name}.parquet")
    for batch in file.iter_batches(batch_size=n):
        return pa.Table.from_batches([batch])
    return file.schema_arrow.empty_table()


def first_mentions(release: Path, entity_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each entity's first mention (by source and position), to link entities to a text."""
    if not entity_ids:
        return {}
    t = select(release, "mentions", ["source_id", "char_start", "char_end"], "entity_id",
               entity_ids)
    out: dict[str, dict[str, Any]] = {}
    for r in sorted(t.to_pylist(), key=lambda r: (r["entity_id"], r["source_id"],
                                                  r["char_start"])):
        out.setdefault(r["entity_id"], r)
    return out


def read_quality(release: Path) -> dict[str, Any] | None:
    """The release's quality.json (measured quality), or None when it has none."""
    path = release / QUALITY_NAME
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def release_files(release: Path, digests: Mapping[str, str] | None = None
                  ) -> list[dict[str, Any]]:
    """Every file of the release but the page, with size and SHA-256 (None for the run's
    report, whose timings change from run to run); ``digests`` are known checksums."""
    out = []
    for p in sorted(release.iterdir(), key=lambda p: p.name):
        if not p.is_file() or p.name in (PAGE_NAME, "SHA256SUMS") or p.name.startswith("."):
            continue
        if p.name in UNSIZED:
            out.append({"name": p.name, "bytes": None, "sha256": None})
            continue
        digest = (digests or {}).get(p.name)
        if digest is None:
            h = hashlib.sha256()
            with p.open("rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
            digest = h.hexdigest()
        out.append({"name": p.name, "bytes": p.stat().st_size, "sha256": digest})
    return out


# ---------------------------------------------------------------------------------------------
# SVG charts

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
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{e(_cut(name, 30))}</text>'
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


# ---------------------------------------------------------------------------------------------
# Sections

def _cell(table: Table, column: str, value: Any) -> str:
    if value is None:
        return '<td class="null" data-v=""></td>'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<td class="num" data-v="{e(_number(value))}">{e(_number(value))}</td>'
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if len(text) > CELL_CHARS:
        return f'<td data-v="{e(text[:200])}">{e(_cut(text))}</td>'
    return f"<td>{e(text)}</td>"


def _row_link(table: Table, row: Mapping[str, Any], links: SourceLinks,
              mentions: Mapping[str, Mapping[str, Any]]) -> str:
    if table.name == "sources":
        return links.link(row["source_id"], label="text")
    if table.name == "entities":
        m = mentions.get(row["entity_id"])
        if m is None:
            return ""
        return links.link(m["source_id"], m["char_start"], m["char_end"], "first mention")
    if "source_id" not in row:  # stories, claim_groups: no single article
        return ""
    span = table.spans[0] if table.spans else None
    if span is None:
        return links.link(row["source_id"])
    return links.link(row["source_id"], row[span.start], row[span.end], "text")


def table_section(release: Path, table: Table, count: int, files: Mapping[str, Any],
                  links: SourceLinks) -> str:
    rows = first_rows(release, table.name).to_pylist()
    mentions = first_mentions(release, [r["entity_id"] for r in rows]) \
        if table.name == "entities" else {}
    cols = table.schema.columns
    downloads = []
    for ext, kind in (("csv", "CSV"), ("parquet", "Parquet")):
        f = files.get(f"{table.name}.{ext}")
        if f:
            downloads.append(f'<a href="{e(f["name"])}" download>{kind}</a> '
                             f'<span class="note">{_size(f["bytes"])}, SHA-256 '
                             f'<code title="{f["sha256"]}">{f["sha256"][:12]}…</code></span>')
    head = "".join(f'<th data-col="{e(c)}" title="{e(cols[c].description or "")}">{e(c)}</th>'
                   for c in table.columns)
    body = []
    for r in rows:
        cells = "".join(_cell(table, c, r[c]) for c in table.columns)
        body.append(f"<tr><td>{_row_link(table, r, links, mentions)}</td>{cells}</tr>")
    described = "".join(
        f"<tr><td><code>{e(c)}</code></td><td>{e(logical_type(table, c))}</td>"
        f"<td>{'yes' if cols[c].nullable else 'no'}</td><td>{_inline(cols[c].description or '')}"
        f"</td></tr>" for c in table.columns)
    tid = f"t-{table.name}"
    shown = len(rows)
    status = f"first {shown:,} of {count:,} rows" if shown < count else f"{shown:,} rows"
    return f"""
<section id="table-{e(table.name)}">
<h3>{e(table.name)} <span class="note">{count:,} rows</span></h3>
<p>{_inline(table.description)} Primary key <code>{e(table.primary_key)}</code>.</p>
<p class="downloads">Download: {" ".join(downloads)}</p>
<details class="columns"><summary>{len(table.columns)} columns</summary>
<table><thead><tr><th>column</th><th>type</th><th>nullable</th><th>meaning</th></tr></thead>
<tbody>{described}</tbody></table></details>
<div class="tools"><input type="search" class="filter" id="f-{e(table.name)}" \
data-table="{tid}" data-status="s-{e(table.name)}" placeholder="Filter the preview rows" \
aria-label="Filter the {e(table.name)} preview"><span class="note" id="s-{e(table.name)}">\
{status}; click a column to sort</span></div>
<div class="scroll"><table class="preview" id="{tid}"><thead><tr><th>source</th>{head}</tr>\
</thead><tbody>
{chr(10).join(body)}
</tbody></table></div>
</section>"""


def quality_section(quality: Mapping[str, Any] | None) -> str:
    if not quality:
        return '<p class="note">No quality measured for this release.</p>'
    version = quality.get("evaluator_version", "")
    rows = []
    for f in quality.get("figures", []):
        value = f.get("value")
        shown = (f"{value:.3f}" if isinstance(value, (int, float)) else
                 f'<span class="note">not measured: {e(f.get("note") or "no reason given")}'
                 "</span>")
        n = f.get("n")
        note = f.get("note") if value is not None else None
        rows.append(
            f"<tr><td>{e(f.get('label', ''))}<br><code>{e(f.get('name', ''))}</code>"
            f"{'<br><span class=note>' + e(note) + '</span>' if note else ''}</td>"
            f'<td class="num">{shown}</td><td class="num">{"" if n is None else f"{n:,}"}</td>'
            f"<td>{e(f.get('gold_set', ''))}</td><td>{e(f.get('gold_size', ''))}</td>"
            f"<td>{e(version)}</td></tr>")
    return ("<table><thead><tr><th>figure</th><th class=num>value</th><th class=num>n</th>"
            "<th>gold set</th><th>gold size</th><th>evaluator version</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>"
            f'<p class="note">From <a href="{QUALITY_NAME}">{QUALITY_NAME}</a>.</p>')


def conflicts_section(clusters: Sequence[Mapping[str, Any]], total: int,
                      links: SourceLinks) -> str:
    if not clusters:
        return '<p class="note">No claims flagged <code>conflicts</code> in this release.</p>'
    out = []
    for c in clusters:
        cards = []
        for r in c["claims"]:
            a, b = r["value_start"] - r["char_start"], r["value_end"] - r["char_start"]
            text = r["claim_text"]
            if 0 <= a <= b <= len(text):
                before = text[:a] if a <= 300 else "…" + text[a - 299:a]
                sentence = (e(before) + f"<mark>{e(text[a:b])}</mark>"
                            + e(_cut(text[b:], 300)))
            else:
                sentence = e(_cut(text, 600))
            claimant = f" · according to {e(r['claimant'])}" if r["claimant"] else ""
            cards.append(
                f'<div class="claim"><div class="value">{e(_pretty(r["value"]))} '
                f'{e(r["unit"] or "")} <span class="note">({e(r["qualifier"])})</span></div>'
                f"<div>{sentence}</div>"
                f'<div class="from">{e(r["source_id"])}{claimant} · '
                f'{links.link(r["source_id"], r["char_start"], r["char_end"], "in the article")}'
                "</div></div>")
        more = c["n_claims"] - len(c["claims"])
        extra = f'<p class="note">and {more:,} more claim(s) in this cluster</p>' if more else ""
        out.append(f'<div class="conflict"><h3><code>{e(c["measure_key"])}</code> '
                   f'<span class="note">{c["n_sources"]} sources, {c["n_claims"]} claims</span>'
                   f'</h3><div class="claims">{"".join(cards)}</div>{extra}</div>')
    note = (f'<p class="note">The {len(clusters)} of {total:,} conflicting clusters with most '
            "sources.</p>" if total > len(clusters) else "")
    return "".join(out) + note


def happenings_table(rows: Sequence[Mapping[str, Any]], links: SourceLinks) -> str:
    if not rows:
        return ""
    body = "".join(
        f"<tr><td>{e(r['date_value'])}</td><td>{e(r['actor'])}</td><td>{e(r['action'])}</td>"
        f'<td class="num">{r["n_sources"]:,}</td><td>{e(_cut(r["event_text"], 200))} '
        f"{links.link(r['source_id'], r['char_start'], r['char_end'], 'text')}</td></tr>"
        for r in rows)
    return ("<h3>Happenings reported by most articles</h3><div class=scroll><table><thead><tr>"
            "<th>date</th><th>actor</th><th>action</th><th class=num>articles</th>"
            "<th>first report</th></tr></thead><tbody>" + body + "</tbody></table></div>")


def files_section(files: Sequence[Mapping[str, Any]]) -> str:
    rows = []
    for f in files:
        size = "" if f["bytes"] is None else _size(f["bytes"])
        digest = f["sha256"] or "not checksummed: holds the run's timings"
        rows.append(f'<tr><td><a href="{e(f["name"])}">{e(f["name"])}</a></td>'
                    f'<td class="num" title="{"" if f["bytes"] is None else f["bytes"]} bytes">'
                    f'{size}</td><td class="hash">{e(digest)}</td></tr>')
    rows.append('<tr><td><a href="SHA256SUMS">SHA256SUMS</a></td><td></td>'
                '<td class="hash">the checksums of every file listed here; check them with '
                "<code>sha256sum -c SHA256SUMS</code></td></tr>")
    return ("<div class=scroll><table><thead><tr><th>file</th><th class=num>size</th>"
            "<th>SHA-256</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>")


def _script_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()


def _page_start(title: str, policy_attribute: str, css: str) -> str:
    """The opening of a self-contained page, up to ``<body>``: its security policy (given as
    it stands in the attribute), title and inline style."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{policy_attribute}">
<title>{e(title)}</title>
<style>
{css}</style>
</head>
<body>
"""


def _emphasis(text: str) -> str:
    """Escaped text with ``*emphasis*`` (the citation's title)."""
    return re.sub(r"\*([^*]+)\*", r"<em>\1</em>", e(text))


def release_page(release: Path, *, info: DatasetInfo, version: str,
                 release_date: str | None, counts: Mapping[str, int],
                 report: Mapping[str, Any], corpus_sha256: str, limits: str,
                 digests: Mapping[str, str] | None = None) -> str:
    """The HTML of the release page, from the files in ``release`` (write it last but for
    SHA256SUMS: it lists the other files' sizes and checksums; ``digests`` are those known)."""
    links = SourceLinks()
    files = release_files(release, digests)
    by_name = {f["name"]: f for f in files}
    speakers = top_speakers(release)
    entities = top_entities(release)
    bars, dates_left = timeline(release)
    events = happenings(release)
    clusters, n_conflicts = conflicts(release)
    speaker_chart = hbars([(s, n, BAR_COLOR, f"{s}: {n:,} quote(s)") for s, n in speakers],
                          "Top speakers by number of quotes")
    entity_chart = hbars([(r["name"], r["n_mentions"], KIND_COLORS.get(r["kind"], BAR_COLOR),
                           f"{r['name']} ({r['kind']}): {r['n_mentions']:,} mention(s) in "
                           f"{r['n_sources']:,} article(s)") for r in entities],
                         "Entities by number of mentions")
    legend = "".join(f'<span><i style="background:{c}"></i>{k}</span>'
                     for k, c in KIND_COLORS.items())
    timeline_note = (f" The {len(bars)} busiest of {len(bars) + dates_left:,} dates."
                     if dates_left else "")
    conflict_html = conflicts_section(clusters, n_conflicts, links)
    happen_html = happenings_table(events, links)
    tables_html = "".join(table_section(release, t, counts.get(t.name, 0), by_name, links)
                          for t in TABLES.values())
    sources = embedded_sources(release, links)
    index = {s["id"]: i for i, s in enumerate(sources)}
    body_links = re.compile(r'data-sid="([^"]*)"')

    def number_links(fragment: str) -> str:
        return body_links.sub(lambda m: f'data-s="{index[html.unescape(m[1])]}"', fragment)

    rejected = list(report.get("rejected", []))
    rej_items = "".join(f"<li><code>{e(r.get('input_path'))}</code>: {e(r.get('reason'))} "
                        f"({e(r.get('detail'))})</li>" for r in rejected[:REJECTED_SHOWN])
    if len(rejected) > REJECTED_SHOWN:
        rej_items += (f"<li>and {len(rejected) - REJECTED_SHOWN:,} more (see "
                      '<a href="build_report.json">build_report.json</a>)</li>')
    title = info.title
    licence = (f'<a href="{e(info.license_link)}">{e(info.license_title)}</a>'
               if info.license_link else e(info.license_title))
    own = "".join(f"<dt>{k}</dt><dd>{v}</dd>\n" for k, v in (
        ("Publisher", e(info.publisher or "")),
        ("Home page", f'<a href="{e(info.homepage)}">{e(info.homepage)}</a>'
         if info.homepage else "")) if v)
    about = f"<p>{e(info.description)}</p>\n" if info.description else ""
    table_rows = "".join(f'<tr><td><a href="#table-{e(t)}">{e(t)}</a></td>'
                         f'<td class="num">{counts.get(t, 0):,}</td></tr>' for t in TABLES)
    css = (ASSETS / "page.css").read_text(encoding="utf-8")
    script = (ASSETS / "page.js").read_text(encoding="utf-8")
    policy = (f"default-src 'none'; style-src 'unsafe-inline'; script-src "
              f"'{_script_hash(script)}'; img-src data:; base-uri 'none'; form-action 'none'")
    doc_links = " · ".join(f'<a href="{n}">{label}</a>' for n, label in (
        ("README.md", "dataset card"), ("DATA_DICTIONARY.md", "data dictionary"),
        ("datapackage.json", "datapackage.json"), (SQLITE_NAME, "SQLite database"),
        (DATASETTE_METADATA, "Datasette metadata")) if n in by_name)
    main = f"""
<section id="card">
<h2>About this release</h2>
{about}<p>Quotes with their speakers, numeric claims (and where sources disagree), dated events,
entities and their mentions, extracted from news articles by newsledger. Every row points
back to the exact characters of the article it was read from: click <em>text</em> in any
preview row to read the article with the span highlighted.</p>
<div class="grid2"><div>
<dl class="facts">
<dt>Version</dt><dd>{e(version)}</dd>
<dt>Release date</dt><dd>{e(release_date or "not set")}</dd>
{own}<dt>Articles</dt><dd>{report.get("n_inputs", 0):,} read, {report.get("n_accepted", 0):,}
accepted, {len(rejected):,} rejected</dd>
<dt>Corpus SHA-256</dt><dd><code>{e(corpus_sha256)}</code></dd>
<dt>License</dt><dd>Data: {licence}; article texts remain their publishers'</dd>
<dt>Cite as</dt><dd>{_emphasis(info.cite(version, release_date))}</dd>
<dt>Documents</dt><dd>{doc_links}</dd>
</dl>
{"<h3>Rejected inputs</h3><ul>" + rej_items + "</ul>" if rej_items else ""}
</div><div>
<table><thead><tr><th>table</th><th class="num">rows</th></tr></thead>
<tbody>{table_rows}</tbody></table>
</div></div>
<h3>Known limits</h3>
{markdown_lite(limits) or '<p class="note">none stated</p>'}
</section>

<section id="quality">
<h2>Measured quality</h2>
{quality_section(read_quality(release))}
</section>

<section id="charts">
<h2>At a glance</h2>
<figure class="chart" id="chart-timeline"><figcaption>Timeline: dated happenings per date as
written (a day, a month, a year…)</figcaption>
{vbars(bars, "Timeline of dated events")}
<p class="note">Bar height: distinct happenings (event clusters) dated so.{timeline_note}</p>
</figure>
{happen_html}
<div class="grid2">
<figure class="chart" id="chart-speakers"><figcaption>Top speakers (quotes)</figcaption>
{speaker_chart}</figure>
<figure class="chart" id="chart-entities"><figcaption>Entities by mentions</figcaption>
{entity_chart}<div class="legend">{legend}</div></figure>
</div>
<section id="conflicts">
<h3>Claims the sources disagree on</h3>
<p class="note">Claims about the same measure whose values cannot all hold
(<code>consistency = conflicts</code>), side by side with each source's sentence; the number
is highlighted.</p>
{conflict_html}
</section>
</section>

<section id="tables">
<h2>Tables</h2>
<p class="note">Previews show the first rows by primary key; the files hold every row.</p>
{tables_html}
</section>

<section id="files">
<h2>Files</h2>
{files_section(files)}
</section>

<section id="query">
<h2>Query it</h2>
<p>In a browser, with <a href="https://datasette.io/">Datasette</a> (facets, full-text search,
SQL), from this folder:</p>
<pre><code>datasette {SQLITE_NAME} --metadata {DATASETTE_METADATA}</code></pre>
<p>With <code>sqlite3</code>, full-text search over quotes:</p>
<pre><code>sqlite3 {SQLITE_NAME} "select quotes.speaker_name, quotes.quote_text from quotes
  join quotes_fts on quotes.rowid = quotes_fts.rowid where quotes_fts match 'election'"</code></pre>
<p>With pandas or DuckDB, straight from the Parquet files:</p>
<pre><code>import pandas as pd
quotes = pd.read_parquet("quotes.parquet")</code></pre>
<pre><code>import duckdb
duckdb.sql("select speaker_name, count(*) n from 'quotes.parquet' group by 1 order by n desc").show()</code></pre>
</section>
"""
    main = number_links(main)
    return _page_start(f"{title} {version}", e(policy), css) + f"""\
<header class="top"><div class="wrap">
<h1>{e(title)} <span class="version">{e(version)}</span></h1>
<p class="subtitle">Released {e(release_date or "(date not set)")} ·
{counts.get("sources", 0):,} articles · {sum(counts.values()):,} rows in {len(counts)} tables</p>
<nav class="toc"><a href="#card">About</a><a href="#quality">Quality</a>
<a href="#charts">Charts</a><a href="#conflicts">Conflicts</a><a href="#tables">Tables</a>
<a href="#files">Files</a><a href="#query">Query</a></nav>
</div></header>
<main class="wrap">
{main}
</main>
<footer class="wrap">Generated by newsledger from the schemas and the data of this release;
do not edit by hand.</footer>
<aside id="source" hidden role="dialog" aria-label="Article text">
<header><button type="button" class="close">Close</button>
<div class="stitle"></div><div class="note"><code class="sid"></code> · <span class="span">\
</span></div></header>
<div class="text" tabindex="0"></div>
</aside>
<script type="application/json" id="page-data">{_json_for_script({"sources": sources})}</script>
<script>{script}</script>
</body>
</html>
"""


def write_release_page(release: Path, **kwargs: Any) -> Path:
    path = release / PAGE_NAME
    path.write_text(release_page(release, **kwargs), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# The list of releases

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
    css = (ASSETS / "page.css").read_text(encoding="utf-8")
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
        heading = f'<a href="{e(v)}/{page}">{e(v)}</a>' if page else e(v)
        entry = entries.get(v)
        items.append((v, f"""<section class="release" id="v{e(v)}">
<h2>{heading}{" <span class=note>latest</span>" if v == latest else ""}
<span class="note">{e(r.get("date") or "undated")}</span></h2>
<div class="scroll"><table><thead><tr>{"".join(f"<th class=num>{e(t)}</th>" for t in TABLES)}
</tr></thead><tbody><tr>{"".join(cells)}</tr></tbody></table></div>
{markdown_lite(entry) if entry else '<p class="note">No changelog entry.</p>'}
</section>"""))
    body = "\n".join(html_ for _, html_ in reversed(items))
    return _page_start("newsledger releases",
                       "default-src 'none'; style-src 'unsafe-inline'", css) + f"""\
<header class="top"><div class="wrap"><h1>newsledger releases</h1>
<p class="subtitle">{len(releases)} release(s){", latest " + e(latest) if latest else ""}.
Rows per table, with the change since the release before; each release's changelog entry.</p>
</div></header>
<main class="wrap">
{body}
</main>
<footer class="wrap">Generated by newsledger from releases.json and the changelog.</footer>
</body>
</html>
"""


def write_dataset_index(out: Path, changelog: Path | None = None) -> Path:
    text = changelog.read_text(encoding="utf-8") if changelog and changelog.is_file() else None
    path = out / PAGE_NAME
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(dataset_index(out, text), encoding="utf-8")
    tmp.chmod(0o644)  # readable by all, whatever the umask
    tmp.replace(path)
    return path
