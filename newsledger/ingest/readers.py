"""Read a corpus: folders of .txt/.md, .jsonl and .html articles, in a deterministic order.

Method: each root is walked recursively without following folder links (so link loops cannot
hang); article files are sorted by their path relative to the root (``/`` separators) and read
one at a time (JSONL line by line, each line bounded by ``max_bytes``), so memory holds one
article plus the set of text digests used to find duplicates. ``.txt``/``.md`` files are one
article each (title, date, URL, outlet and author from a header if it starts with
one: ``ingest.header``; else the title from ``detect_title``); ``.jsonl`` lines are
``{"id", "text", "title"?, "published"?, "url"?, "outlet"?, "author"?}``; ``.html``/``.htm``
pages go through trafilatura (main text only: navigation, footers, comments and tables are
dropped; metadata date from the page's meta tags only, never guessed from its text). Hidden
files and folders and other file kinds are ignored.

Bad inputs become ``Rejection`` records (reason slug + one human sentence) and never raise:
empty, whitespace-only, binary, too-large, undecodable, invalid-json, missing-text, missing-id,
no-main-text, duplicate (same normalized text as an earlier article, from no other outlet:
the same text from another outlet, as the input's ``outlet`` says, is a reprint and is kept,
to become a copy in ``sources.copy_of``), duplicate-id,
symlink-outside-corpus, unreadable. Only user mistakes (no corpus, a corpus folder that does
not exist, is not a folder, or holds no article files) raise ``CorpusError``.

Limits: duplicates are exact (after normalization) only; HTML quality is trafilatura's (a page
with very little text may give "no-main-text"); an invalid JSONL "published" value is dropped
silently (the article is kept with no date).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsledger.lexicon.ingest import (HTML_SUFFIXES, JSONL_SUFFIXES, SPELLED_DATE_FORMATS,
                                       TEXT_SUFFIXES)
from newsledger.preflight import ARTICLE_KINDS, corpus_roots_problem
from newsledger.records import Article, Rejection

from .header import split_header
from .normalize import UndecodableError, decode_bytes, detect_title, looks_binary, normalize_text

ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
METADATA = ("url", "outlet", "author")
# trafilatura's date search: meta tags only, and a fixed upper bound instead of "today" so the
# result does not depend on the clock.
# Loggers of the HTML libraries: their warnings ("discarding data") repeat what a rejection says.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")
HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


class CorpusError(Exception):
    """A user mistake about the corpus; the message says what to do."""


@dataclass(frozen=True)
class CorpusRead:
    articles: tuple[Article, ...]  # sorted by source_id
    rejections: tuple[Rejection, ...]  # sorted by input_path
    n_inputs: int  # inputs seen: files and JSONL lines


# ---------------------------------------------------------------------------------- walking


def _inside(path: Path, real_root: str) -> bool:
    """Whether path, links resolved, lies inside the (resolved) root. Never raises."""
    try:
        real = os.path.realpath(path)
        return os.path.commonpath([real, real_root]) == real_root
    except (ValueError, OSError):
        return False


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def iter_files(root: Path) -> Iterator[tuple[Path, Rejection | None]]:
    """Article files under root sorted by relative path, each with None, or a Rejection when
    it cannot be read (a link leading outside root, an unreadable folder)."""
    real_root = os.path.realpath(root)
    found: list[tuple[str, Path, Rejection | None]] = []

    def unreadable_folder(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        rel = _rel(where, root) if where != root and where.is_relative_to(root) else "."
        found.append((rel, where, Rejection(rel, "unreadable",
                                            f"the folder cannot be read ({exc.strerror})")))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable_folder,
                                                followlinks=False):
        here = Path(dirpath)
        kept = []
        for name in dirnames:
            path = here / name
            if name.startswith("."):
                continue
            if path.is_symlink():
                if not _inside(path, real_root):
                    rel = _rel(path, root)
                    found.append((rel, path, Rejection(
                        rel, "symlink-outside-corpus",
                        "this folder link leads outside the corpus folder and is not followed")))
                continue  # a link to a folder inside the corpus: read where it points
            kept.append(name)
        dirnames[:] = sorted(kept)
        for name in filenames:
            path = here / name
            if name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            rel = _rel(path, root)
            if path.is_symlink() and not _inside(path, real_root):
                found.append((rel, path, Rejection(
                    rel, "symlink-outside-corpus",
                    "this file link leads outside the corpus folder and is not followed")))
                continue
            found.append((rel, path, None))
    for _, path, rejection in sorted(found, key=lambda item: item[0]):
        yield path, rejection


# ---------------------------------------------------------------------------------- fields


def parse_published(value: object) -> dt.date | None:
    """An ISO date, or the date of an ISO datetime ("2020-11-05T10:00:00Z"), of an RFC 2822
    one as feeds and e-mail write them ("Thu, 05 Nov 2020 10:00:00 GMT") or a date with its
    month spelled ("5 November 2020", "Nov. 5, 2020"); else None. The date is the one the
    value was written in (its own time zone), never converted."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    spelled = " ".join("Sep" if w == "Sept" else w  # AP's "Sept." (strptime knows "Sep")
                       for w in value.replace(",", " ").replace(".", " ").split())
    for pattern in SPELLED_DATE_FORMATS:
        try:
            return dt.datetime.strptime(spelled, pattern).date()
        except ValueError:
            continue
    return None


def clean_field(value: object) -> str | None:
    """A metadata value as one trimmed string (a list of strings joined by ", "), or None."""
    if isinstance(value, (list, tuple)):
        parts = [clean_field(v) for v in value if isinstance(v, (str, int, float))]
        value = ", ".join(p for p in parts if p)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = normalize_text(str(value)).strip()
    return text or None


def _check_text(rel: str, text: str) -> Rejection | None:
    if not text:
        return Rejection(rel, "empty", "the article has no text")
    if not text.strip():
        return Rejection(rel, "whitespace-only", "the article holds only white space")
    return None


def _too_large(where: str, size: int, max_bytes: int, what: str) -> Rejection:
    return Rejection(where, "too-large", f"the {what} has {size:,} bytes, more than the limit "
                                         f"of {max_bytes:,} (raise --max-bytes to read it)")


# ---------------------------------------------------------------------------------- readers


def _jsonl_lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """(line number, line bytes) or (line number, size) for lines over max_bytes; a long line
    is skipped in chunks, never held whole."""
    number = 0
    while True:
        raw = fh.readline(max_bytes + 2)  # the line, its "\n" and one byte to spot overflow
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes + 1 or (len(raw) == max_bytes + 1 and not raw.endswith(b"\n")):
            size = len(raw)
            while not raw.endswith(b"\n"):
                raw = fh.readline(1 << 20)
                if not raw:
                    break
                size += len(raw)
            yield number, size - (1 if raw.endswith(b"\n") else 0)
            continue
        yield number, raw


def _jsonl_article(raw: bytes, where: str) -> Article | Rejection:
    if b"\x00" in raw:
        return Rejection(where, "binary", "the line holds binary data (NUL bytes), not JSON")
    try:
        line, encoding = decode_bytes(raw)
    except UndecodableError as exc:
        return Rejection(where, "undecodable", f"the line cannot be decoded: {exc}")
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Rejection(where, "invalid-json", f"the line is not valid JSON ({exc})")
    if not isinstance(record, dict):
        return Rejection(where, "invalid-json",
                         f"the line is a JSON {type(record).__name__}, not an object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return Rejection(where, "missing-text",
                         'the line has no "text" string with words in it')
    raw_id = record.get("id")
    source_id = (str(raw_id).strip() if isinstance(raw_id, (str, int, float))
                 and not isinstance(raw_id, bool) else "")
    if not source_id:
        return Rejection(where, "missing-id", 'the line has no "id" string or number')
    text = normalize_text(body)
    return Article(source_id=source_id, input_path=where, text=text, encoding=encoding,
                   title=clean_field(record.get("title")) or detect_title(text),
                   published=parse_published(record.get("published")),
                   **{k: clean_field(record.get(k)) for k in METADATA})


def read_jsonl(path: Path, rel: str, max_bytes: int) -> Iterator[Article | Rejection]:
    """One article or rejection per non-blank line; blank lines are skipped."""
    seen = False
    with path.open("rb") as fh:
        for number, raw in _jsonl_lines(fh, max_bytes):
            where = f"{rel}#L{number}"
            if isinstance(raw, int):
                seen = True
                yield _too_large(where, raw, max_bytes, "line")
                continue
            if not raw.strip():
                continue
            seen = True
            yield _jsonl_article(raw, where)
    if not seen:
        yield Rejection(rel, "empty", "the JSONL file has no lines with articles")


def read_html(text: str, encoding: str, rel: str, source_id: str) -> Article | Rejection:
    """The page's main text and metadata through trafilatura, or "no-main-text"."""
    import trafilatura

    for name in QUIET_LOGGERS:  # a page without text is a rejection, not a warning
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            text, favor_precision=True, include_comments=False, include_tables=False,
            with_metadata=True, date_extraction_params=dict(HTML_DATE_PARAMS))
    except Exception as exc:  # noqa: BLE001 - a bad page must never stop the build
        return Rejection(rel, "no-main-text",
                         f"the HTML page could not be parsed ({type(exc).__name__})")
    body = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(body, str) or not body.strip():
        return Rejection(rel, "no-main-text", "no article text was found in the HTML page")
    return Article(source_id=source_id, input_path=rel, text=normalize_text(body),
                   encoding=encoding, title=clean_field(getattr(doc, "title", None)),
                   url=clean_field(getattr(doc, "url", None)),
                   outlet=clean_field(getattr(doc, "sitename", None)),
                   author=clean_field(getattr(doc, "author", None)),
                   published=parse_published(getattr(doc, "date", None)))


def read_file(path: Path, root: Path, max_bytes: int) -> Iterator[Article | Rejection]:
    """The articles in one file (one, or one per JSONL line), or why not."""
    rel = _rel(path, root)
    source_id = path.relative_to(root).with_suffix("").as_posix()
    suffix = path.suffix.lower()
    try:
        if not path.is_file():
            yield Rejection(rel, "unreadable", "this is not a regular file (a device, a pipe, "
                                               "a folder or a broken link)")
            return
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, rel, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield _too_large(rel, size, max_bytes, "file")
            return
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        yield Rejection(rel, "unreadable", f"the file cannot be read ({exc.strerror or exc})")
        return
    if len(data) > max_bytes:
        yield _too_large(rel, len(data), max_bytes, "file")
        return
    if not data:
        yield Rejection(rel, "empty", "the file is empty (0 bytes)")
        return
    if looks_binary(data):
        yield Rejection(rel, "binary", "the file holds binary data, not text")
        return
    try:
        raw, encoding = decode_bytes(data)
    except UndecodableError as exc:
        yield Rejection(rel, "undecodable", f"the file cannot be decoded: {exc}")
        return
    if suffix in HTML_SUFFIXES:
        rejection = _check_text(rel, raw)
        yield rejection or read_html(raw, encoding, rel, source_id)
        return
    header = split_header(normalize_text(raw))
    text, found = header.body, header.fields
    yield _check_text(rel, text) or Article(
        source_id, rel, text, encoding, title=clean_field(found.get("title")) or detect_title(text),
        published=parse_published(found.get("published")),
        **{k: clean_field(found.get(k)) for k in METADATA})


# ---------------------------------------------------------------------------------- corpus


def _check_roots(roots: Sequence[Path]) -> None:
    problem = corpus_roots_problem(roots)
    if problem:
        raise CorpusError(problem)


def _iter_rooted(roots: Sequence[Path], max_bytes: int
                 ) -> Iterator[tuple[Path, Article | Rejection]]:
    for root in roots:
        for path, rejection in iter_files(root):
            if rejection is not None:
                yield root, rejection
            else:
                for item in read_file(path, root, max_bytes):
                    yield root, item


def iter_corpus(roots: Sequence[Path], *, max_bytes: int = 5_000_000
                ) -> Iterator[Article | Rejection]:
    """Every input of every root in order (roots as given, files by relative path), one at a
    time. User mistakes raise CorpusError before anything is yielded. Duplicates are not
    checked here (``read_corpus`` does)."""
    roots = [Path(r) for r in roots]
    _check_roots(roots)
    for _, item in _iter_rooted(roots, max_bytes):
        yield item


def read_corpus(roots: Sequence[Path], *, max_bytes: int = 5_000_000) -> CorpusRead:
    """Read every root; drop and report bad inputs, duplicate ids and duplicate texts (the
    first in reading order is kept)."""
    roots = [Path(r) for r in roots]
    _check_roots(roots)
    articles: dict[str, tuple[Article, Path]] = {}
    rejections: list[Rejection] = []
    kept_by_digest: dict[bytes, str] = {}
    outlets_by_digest: dict[bytes, set[str]] = {}  # outlets that ran each text kept
    n_inputs = 0
    for root, item in _iter_rooted(roots, max_bytes):
        n_inputs += 1
        if isinstance(item, Rejection):
            rejections.append(item)
            continue
        if item.source_id in articles:
            first, first_root = articles[item.source_id]
            where = f" (corpus {first_root}; this one is in {root})" if len(roots) > 1 else ""
            rejections.append(Rejection(
                item.input_path, "duplicate-id",
                f"source id {item.source_id!r} is already used by {first.input_path}{where}"))
            continue
        digest = hashlib.sha256(item.text.encode("utf-8")).digest()
        outlet = (item.outlet or "").casefold()
        if digest in kept_by_digest and (not outlet or outlet in outlets_by_digest[digest]):
            rejections.append(Rejection(item.input_path, "duplicate",
                                        f"same text as {kept_by_digest[digest]}"))
            continue
        # The same text from another outlet is a reprint: kept, it becomes a copy
        # (sources.copy_of) of the earliest, so the release says which outlets ran it.
        kept_by_digest.setdefault(digest, item.source_id)
        outlets_by_digest.setdefault(digest, set()).add(outlet)
        articles[item.source_id] = (item, root)
    if n_inputs == 0:
        names = ", ".join(str(r) for r in roots)
        raise CorpusError(f"no articles found under {names}: add {ARTICLE_KINDS} files")
    return CorpusRead(tuple(a for _, (a, _r) in sorted(articles.items())),
                      tuple(sorted(rejections, key=lambda r: r.input_path)), n_inputs)
