"""The release page (``<release>/index.html``) and the list of releases (``<out>/index.html``).

Generated from the schemas and the release's own files, like the data dictionary; never written
by hand. The release page is one self-contained file: CSS, JavaScript and templates
(``publish/assets/``) and SVG charts are inline, and its Content-Security-Policy allows no
network at all, so it opens from the file system or any static host.

One job per module:

- ``queries`` and ``story_queries``: what the page shows, read from the release's Parquet
  files (a few columns, a few rows; big tables are never read whole, snippets are cut from the
  articles' texts);
- ``charts``: the SVG bar charts;
- ``sources``: the links to the articles and the articles embedded for the source viewer;
- ``markup``: escaping, numbers for people, templates and assets;
- ``stories``: the stories that lead the page (articles, timeline, who is quoted, the numbers
  the sources disagree and agree on);
- ``sections``: tables with their previews, the quality scorecard, happenings, files;
- ``release_page``: the release page put together; ``index``: the list of releases.

Untrusted text: every string from the data is HTML-escaped, embedded JSON has ``<``, ``>`` and
``&`` escaped, and the script sets article text with ``textContent`` only; the policy allows
just the page's own script (by hash), so even markup that slipped through would not run.

Deterministic: the same release files give the same bytes (no clock, sorted everything).
"""
from __future__ import annotations

from .index import changelog_sections, dataset_index, write_dataset_index
from .markup import json_for_script, markdown_lite
from .queries import PAGE_NAME, PREVIEW_ROWS, QUALITY_NAME
from .release_page import prepare_release_page, release_page, write_page, write_release_page
from .sources import SourceLinks

__all__ = ["PAGE_NAME", "PREVIEW_ROWS", "QUALITY_NAME", "SourceLinks", "changelog_sections",
           "dataset_index", "json_for_script", "markdown_lite", "prepare_release_page",
           "release_page", "write_dataset_index", "write_page", "write_release_page"]
