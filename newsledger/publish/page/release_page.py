"""The release page (``<release>/index.html``): the sections rendered into the
``release.html`` template, with the page's CSS and script inline and the linked articles
embedded for the source viewer."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from schemas import TABLES

from ..info import DatasetInfo
from ..sqlite import DATASETTE_METADATA, SQLITE_NAME
from .charts import BAR_COLOR, KIND_COLORS, hbars, vbars
from .markup import (asset, e, emphasis, json_for_script, markdown_lite, page_start, plural,
                     render, script_hash)
from .queries import (PAGE_NAME, ArticleTexts, happenings, read_quality, release_files,
                      timeline, top_entities, top_speakers)
from .sections import files_section, happenings_table, quality_section, table_section
from .sources import SourceLinks, embedded_sources, number_links
from .stories import stories_section
from .story_queries import stories

REJECTED_SHOWN = 20


def _rejected(report: Mapping[str, Any]) -> str:
    rejected = list(report.get("rejected", []))
    items = "".join(f"<li><code>{e(r.get('input_path'))}</code>: {e(r.get('reason'))} "
                    f"({e(r.get('detail'))})</li>" for r in rejected[:REJECTED_SHOWN])
    if len(rejected) > REJECTED_SHOWN:
        items += (f"<li>and {len(rejected) - REJECTED_SHOWN:,} more (see "
                  '<a href="build_report.json">build_report.json</a>)</li>')
    return "<h3>Rejected inputs</h3><ul>" + items + "</ul>" if items else ""


def _facts(info: DatasetInfo) -> str:
    """The dataset's own publisher and home page, as the card's facts (when given)."""
    return "".join(f"<dt>{k}</dt><dd>{v}</dd>\n" for k, v in (
        ("Publisher", e(info.publisher or "")),
        ("Home page", f'<a href="{e(info.homepage)}">{e(info.homepage)}</a>'
         if info.homepage else "")) if v)


def release_page(release: Path, *, digests: Mapping[str, str] | None = None,
                 **kwargs: Any) -> str:
    """The HTML of the release page, from the files in ``release`` (write it last but for
    SHA256SUMS: it lists the other files' sizes and checksums; ``digests`` are those known).
    ``kwargs``: as ``prepare_release_page``'s."""
    return prepare_release_page(release, digests=digests, **kwargs)(digests)


def prepare_release_page(release: Path, *, info: DatasetInfo, version: str,
                         release_date: str | None, counts: Mapping[str, int],
                         report: Mapping[str, Any], corpus_sha256: str, limits: str,
                         digests: Mapping[str, str] | None = None
                         ) -> Callable[[Mapping[str, str] | None], str]:
    """Everything of the release page that the tables give (the queries and sections), once
    the tables' files are written; the function it returns renders the page when the other
    files are complete too (the list of files, with their sizes and ``digests``)."""
    links, texts = SourceLinks(), ArticleTexts(release)
    by_name = {f["name"]: f for f in release_files(release, digests)}  # the tables' files
    speakers = top_speakers(release)
    entities = top_entities(release)
    bars, dates_left = timeline(release)
    linked = {  # the sections that link to articles, numbered once all are rendered
        "stories": stories_section(stories(release, texts), links),
        "happenings": happenings_table(happenings(release, texts), links),
        "tables": "".join(table_section(release, t, counts.get(t.name, 0), by_name, links)
                          for t in TABLES.values()),
    }
    sources = embedded_sources(texts, links)
    linked = {k: number_links(v, sources) for k, v in linked.items()}
    script = asset("page.js")
    policy = (f"default-src 'none'; style-src 'unsafe-inline'; script-src "
              f"'{script_hash(script)}'; img-src data:; base-uri 'none'; form-action 'none'")
    page = dict(
        **linked,
        title=e(info.title), version=e(version), released=e(release_date or "(date not set)"),
        n_articles=plural(counts.get("sources", 0), "article"),
        n_stories=plural(counts.get("stories", 0), "story", "stories"),
        n_rows=f"{sum(counts.values()):,}",
        n_tables=len(counts), release_date=e(release_date or "not set"),
        n_inputs=f'{report.get("n_inputs", 0):,}', n_accepted=f'{report.get("n_accepted", 0):,}',
        n_rejected=f'{len(report.get("rejected", [])):,}', corpus_sha256=e(corpus_sha256),
        about=f"<p>{e(info.description)}</p>\n" if info.description else "",
        facts=_facts(info),
        licence=(f'<a href="{e(info.license_link)}">{e(info.license_title)}</a>'
                 if info.license_link else e(info.license_title)),
        cite=emphasis(info.cite(version, release_date)),
        rejected=_rejected(report),
        table_rows="".join(f'<tr><td><a href="#table-{e(t)}">{e(t)}</a></td>'
                           f'<td class="num">{counts.get(t, 0):,}</td></tr>' for t in TABLES),
        limits=markdown_lite(limits) or '<p class="note">none stated</p>',
        quality=quality_section(read_quality(release)),
        timeline_chart=vbars(bars, "Timeline of dated events"),
        timeline_note=(f" The {len(bars)} busiest of {len(bars) + dates_left:,} dates."
                       if dates_left else ""),
        speaker_chart=hbars([(s, n, BAR_COLOR, f"{s}: {n:,} quote(s)") for s, n in speakers],
                            "Top speakers by number of quotes"),
        entity_chart=hbars([(r["name"], r["n_mentions"], KIND_COLORS.get(r["kind"], BAR_COLOR),
                             f"{r['name']} ({r['kind']}): {r['n_mentions']:,} mention(s) in "
                             f"{r['n_sources']:,} article(s)") for r in entities],
                           "Entities by number of mentions"),
        legend="".join(f'<span><i style="background:{c}"></i>{k}</span>'
                       for k, c in KIND_COLORS.items()),
        sqlite=SQLITE_NAME, datasette_metadata=DATASETTE_METADATA,
        data=json_for_script({"sources": sources}), script=script)
    start = page_start(f"{info.title} {version}", e(policy), asset("page.css"))

    def finish(digests: Mapping[str, str] | None) -> str:
        files = release_files(release, digests)
        names = {f["name"] for f in files}
        documents = " · ".join(f'<a href="{n}">{label}</a>' for n, label in (
            ("README.md", "dataset card"), ("DATA_DICTIONARY.md", "data dictionary"),
            ("datapackage.json", "datapackage.json"), (SQLITE_NAME, "SQLite database"),
            (DATASETTE_METADATA, "Datasette metadata")) if n in names)
        return start + render("release.html", **page, documents=documents,
                              files=files_section(files))
    return finish


def write_release_page(release: Path, **kwargs: Any) -> Path:
    """Write ``<release>/index.html`` (see ``release_page``)."""
    return write_page(release, release_page(release, **kwargs))


def write_page(release: Path, html: str) -> Path:
    path = release / PAGE_NAME
    path.write_text(html, encoding="utf-8")
    return path
