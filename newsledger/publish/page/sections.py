"""Sections of the release page that are not about stories: a table with its preview, the
measured quality, the happenings most articles report, the files with their checksums."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from schemas import Table

from ..tables import logical_type
from .markup import CELL_CHARS, cut, e, inline, number, render, size
from .queries import QUALITY_NAME, first_mentions, first_rows
from .sources import SourceLinks


def _cell(value: Any) -> str:
    if value is None:
        return '<td class="null" data-v=""></td>'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<td class="num" data-v="{e(number(value))}">{e(number(value))}</td>'
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if len(text) > CELL_CHARS:
        return f'<td data-v="{e(text[:200])}">{e(cut(text))}</td>'
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
    """A table: what it holds, downloads, its columns (folded), a preview of its first rows
    that sorts and filters, each row linking to its article."""
    rows = first_rows(release, table.name).to_pylist()
    mentions = first_mentions(release, [r["entity_id"] for r in rows]) \
        if table.name == "entities" else {}
    cols = table.schema.columns
    downloads = []
    for ext, kind in (("csv", "CSV"), ("parquet", "Parquet")):
        f = files.get(f"{table.name}.{ext}")
        if f:
            downloads.append(f'<a href="{e(f["name"])}" download>{kind}</a> '
                             f'<span class="note">{size(f["bytes"])}, SHA-256 '
                             f'<code title="{f["sha256"]}">{f["sha256"][:12]}…</code></span>')
    head = "".join(f'<th data-col="{e(c)}" title="{e(cols[c].description or "")}">{e(c)}</th>'
                   for c in table.columns)
    body = []
    for r in rows:
        cells = "".join(_cell(r[c]) for c in table.columns)
        body.append(f"<tr><td>{_row_link(table, r, links, mentions)}</td>{cells}</tr>")
    described = "".join(
        f"<tr><td><code>{e(c)}</code></td><td>{e(logical_type(table, c))}</td>"
        f"<td>{'yes' if cols[c].nullable else 'no'}</td><td>{inline(cols[c].description or '')}"
        f"</td></tr>" for c in table.columns)
    shown = len(rows)
    status = f"first {shown:,} of {count:,} rows" if shown < count else f"{shown:,} rows"
    return render("table.html", name=e(table.name), count=f"{count:,}",
                  description=inline(table.description), primary_key=e(table.primary_key),
                  downloads=" ".join(downloads), n_columns=len(table.columns),
                  columns=described, tid=f"t-{table.name}", status=status, head=head,
                  body="\n".join(body))


CAPABILITIES = (  # capability: the figures on its scorecard line (name without @gold, label)
    ("Quotes", (("quotes.span_f1.overlap", "span F1"), ("quotes.span_f1.exact", "exact F1"),
                ("quotes.kind_accuracy", "kind right"))),
    ("Speakers", (("quotes.speaker_accuracy", "right"), ("quotes.without_speaker", "none ↓"))),
    ("Dates", (("dates.value_f1", "value F1"), ("dates.value_precision", "precision"),
               ("dates.value_recall", "recall"))),
    ("Events", (("events.recall", "found"), ("events.precision", "precision"))),
    ("Claims", (("claims.value_f1", "value F1"), ("claims.span_f1", "span F1"))),
    ("Stories", (("stories.pairwise_f1", "pairwise F1"), ("stories.bcubed_f1", "B-cubed F1"))),
    ("Conflicts", (("claims.conflicts_found", "found"),
                   ("claims.conflict_precision", "genuine"),
                   ("claims.agreements_found", "agreements found"),
                   ("claims.traps_compared", "traps compared ↓"))),
    ("Entities", (("entities.persons_found_once", "persons found once"),)),
    ("Publication dates", (("sources.published_in_window", "in the true window"),)),
)


def _value(f: Mapping[str, Any]) -> str:
    value = f.get("value")
    if isinstance(value, (int, float)):
        return f"{value:.3f}"
    return (f'<span class="note">not measured: {e(f.get("note") or "no reason given")}'
            "</span>")


def scorecard(quality: Mapping[str, Any]) -> str:
    """One line per capability and gold set: its main figures (↓: lower is better); the
    gold set's size and each figure's definition show on hover."""
    figures: dict[tuple[str, str], Mapping[str, Any]] = {}
    for f in quality.get("figures", []):
        figures[(str(f.get("name", "")).split("@")[0], f.get("gold_set") or "")] = f
    golds = sorted({g for _, g in figures})
    rows = []
    for capability, shown in CAPABILITIES:
        for gold in golds:
            found = [(label, figures[(name, gold)]) for name, label in shown
                     if (name, gold) in figures]
            if not found:
                continue
            cells = " ".join(
                f'<span class="figure" title="{e(f.get("label", ""))}: '
                f'{"" if f.get("n") is None else "n = " + format(f["n"], ",")}">'
                f"{e(label)} <strong>{_value(f)}</strong></span>" for label, f in found)
            rows.append(f"<tr><th scope=row>{e(capability)}</th>"
                        f'<td title="{e(found[0][1].get("gold_size", ""))}">{e(gold)}</td>'
                        f"<td>{cells}</td></tr>")
    return ('<table class="scorecard"><thead><tr><th>capability</th><th>gold set</th>'
            "<th>measured</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def quality_section(quality: Mapping[str, Any] | None) -> str:
    """The scorecard, and every figure in a folded table."""
    if not quality:
        return '<p class="note">No quality measured for this release.</p>'
    version = quality.get("evaluator_version", "")
    rows = []
    for f in quality.get("figures", []):
        n = f.get("n")
        note = f.get("note") if f.get("value") is not None else None
        rows.append(
            f"<tr><td>{e(f.get('label', ''))}<br><code>{e(f.get('name', ''))}</code>"
            f"{'<br><span class=note>' + e(note) + '</span>' if note else ''}</td>"
            f'<td class="num">{_value(f)}</td>'
            f'<td class="num">{"" if n is None else f"{n:,}"}</td>'
            f"<td>{e(f.get('gold_set', ''))}</td><td>{e(f.get('gold_size', ''))}</td></tr>")
    return (scorecard(quality)
            + f'<details class="figures"><summary>All {len(rows):,} figures (evaluator '
            f"{e(version)})</summary><table><thead><tr><th>figure</th><th class=num>value</th>"
            "<th class=num>n</th><th>gold set</th><th>gold size</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></details>"
            f'<p class="note">Measured by <code>newsledger evaluate</code> on gold sets that '
            f'ship with the project; from <a href="{QUALITY_NAME}">{QUALITY_NAME}</a>. '
            "Hover a gold set for its size, a figure for its definition.</p>")


def happenings_table(rows: Sequence[Mapping[str, Any]], links: SourceLinks) -> str:
    if not rows:
        return ""
    body = "".join(
        f"<tr><td>{e(r['date_value'])}</td><td>{e(r['actor'])}</td><td>{e(r['action'])}</td>"
        f'<td class="num">{r["n_sources"]:,}</td><td>{e(cut(r["event_text"], 200))} '
        f"{links.link(r['source_id'], r['char_start'], r['char_end'], 'text')}</td></tr>"
        for r in rows)
    return ("<h3>Happenings reported by most articles</h3><div class=scroll><table><thead><tr>"
            "<th>date</th><th>actor</th><th>action</th><th class=num>articles</th>"
            "<th>first report</th></tr></thead><tbody>" + body + "</tbody></table></div>")


def files_section(files: Sequence[Mapping[str, Any]]) -> str:
    rows = []
    for f in files:
        shown = "" if f["bytes"] is None else size(f["bytes"])
        digest = f["sha256"] or "not checksummed: holds the run's timings"
        rows.append(f'<tr><td><a href="{e(f["name"])}">{e(f["name"])}</a></td>'
                    f'<td class="num" title="{"" if f["bytes"] is None else f["bytes"]} bytes">'
                    f'{shown}</td><td class="hash">{e(digest)}</td></tr>')
    rows.append('<tr><td><a href="SHA256SUMS">SHA256SUMS</a></td><td></td>'
                '<td class="hash">the checksums of every file listed here; check them with '
                "<code>sha256sum -c SHA256SUMS</code></td></tr>")
    return ("<div class=scroll><table><thead><tr><th>file</th><th class=num>size</th>"
            "<th>SHA-256</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>")
