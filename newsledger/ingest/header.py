"""The metadata header a .txt or .md article may start with: its title, publication date,
URL, outlet and author, as plain text formats give them.

Two forms, both taken off the article's text (offsets count from the body):

- fenced front matter, as Markdown sites and exporters write it::

      ---
      title: "Two dead in tram crash"
      date: 2026-03-14T08:15:00Z
      authors:
        - Jane Smith
      tags: [transport]
      ---

  Keys outside ``lexicon.ingest.HEADER_FIELDS`` ("tags") are ignored.
- an unfenced block of ``Key: value`` lines ending at the first blank line, as scrapers and
  e-mail exports write it ("Title: …", "Date: …", "Source: …"). Every line must name a known
  field and at least ``HEADER_MIN_FIELDS`` must be there, so a headline such as
  "Source: Minister to quit" stays the headline.

Values are read as text (one level of quotes removed; ``[a, b]`` and "- item" lists joined
with ", "), not as YAML: hand-written front matter often holds colons YAML would refuse
("title: Derby: two dead"). A date the readers cannot parse is dropped, as for JSONL.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsledger.lexicon.ingest import (FRONT_MATTER_CLOSE, FRONT_MATTER_OPEN, HEADER_FIELDS,
                                       HEADER_MAX_LINES, HEADER_MIN_FIELDS)

_KEY_LINE = re.compile(r"([A-Za-z][A-Za-z0-9 _-]{0,30}?)\s*:(?:\s+(.*))?$")
_ITEM_LINE = re.compile(r"\s+-\s+(.*)$|-\s+(.*)$")


@dataclass
class Header:
    """The fields found (Article field -> value) and the text after the header."""
    fields: dict[str, str] = field(default_factory=dict)
    body: str = ""


def split_header(text: str) -> Header:
    """The header's fields and the body; no header: no fields and the text unchanged."""
    lines = text.split("\n", HEADER_MAX_LINES + 1)
    start = 0
    while start < len(lines) - 1 and not lines[start].strip():
        start += 1
    if lines[start].strip() == FRONT_MATTER_OPEN:
        return _fenced(lines, start) or Header(body=text)
    return _unfenced(lines, start) or Header(body=text)


def _fenced(lines: list[str], start: int) -> Header | None:
    for end in range(start + 1, min(len(lines) - 1, start + HEADER_MAX_LINES + 1)):
        if lines[end].strip() in FRONT_MATTER_CLOSE:
            pairs = _pairs(lines[start + 1:end], known_only=False)
            if pairs is None:
                return None
            return Header(_fields(pairs), "\n".join(lines[end + 1:]).lstrip("\n"))
    return None  # no closing line: a "---" rule in the text, not front matter


def _unfenced(lines: list[str], start: int) -> Header | None:
    end = start
    while end < len(lines) - 1 and lines[end].strip() and end - start < HEADER_MAX_LINES:
        end += 1
    if end == len(lines) - 1 or lines[end].strip():
        return None  # no blank line after the block, or no text after it
    pairs = _pairs(lines[start:end], known_only=True)
    if pairs is None or len(pairs) < HEADER_MIN_FIELDS:
        return None
    return Header(_fields(pairs), "\n".join(lines[end + 1:]).lstrip("\n"))


def _key(name: str) -> str:
    return re.sub(r"[\s-]+", "_", name.strip().lower())


def _pairs(lines: list[str], known_only: bool) -> list[tuple[str, str]] | None:
    """(key, value) for each ``key: value`` line, list items added to the key before them.
    With ``known_only`` (an unfenced block) every line must be a known field with a value,
    else None; in fenced front matter other lines are skipped."""
    pairs: list[tuple[str, list[str]]] = []
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM_LINE.match(line)
        if item and pairs and not known_only:
            pairs[-1][1].append(_unquote(item.group(1) or item.group(2)))
            continue
        m = _KEY_LINE.match(line.rstrip())
        if known_only and (m is None or _key(m.group(1)) not in HEADER_FIELDS
                           or not m.group(2)):
            return None
        if m is None or line[:1].isspace():
            continue  # in front matter: a folded value's next line, a nested key: not ours
        pairs.append((_key(m.group(1)), _values(m.group(2) or "")))
    return [(k, ", ".join(v for v in vs if v)) for k, vs in pairs]


def _values(raw: str) -> list[str]:
    raw = raw.strip()
    if raw.startswith("[") and raw.endswith("]"):
        return [_unquote(v) for v in raw[1:-1].split(",")]
    return [_unquote(raw)] if raw else []


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _fields(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """The Article fields the keys fill; the first key given for a field wins."""
    out: dict[str, str] = {}
    for key, value in pairs:
        name = HEADER_FIELDS.get(key)
        if name and value and name not in out:
            out[name] = value
    return out
