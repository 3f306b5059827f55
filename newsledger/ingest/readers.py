"""Read a corpus: folders of .txt/.md, .jsonl and .html articles, in a deterministic order.

Bad inputs become ``Rejection`` records with a reason slug and one human sentence; they never
raise. Only user mistakes (a corpus folder that does not exist, or holds no articles) raise
``CorpusError``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsledger.lexicon.ingest import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES
from newsledger.records import Article, Rejection

from .normalize import UndecodableError, decode_bytes, detect_title, looks_binary, normalize_text

ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
METADATA = ("title", "url", "outlet", "author")


class CorpusError(Exception):
    """A user mistake about the corpus; the message says what to do."""


@dataclass(frozen=True)
class CorpusRead:
    articles: tuple[Article, ...]  # sorted by source_id
    rejections: tuple[Rejection, ...]  # sorted by input_path
    n_inputs: int  # inputs seen: files and JSONL lines


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except (ValueError, OSError):
        return False


def iter_files(root: Path) -> Iterator[tuple[Path, Rejection | None]]:
    """Article files under root, sorted; symlinks leading outside root come as rejections."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        kept = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            if (here / d).is_symlink():
                rel = (here / d).relative_to(root).as_posix()
                if not _inside(here / d, root):
                    yield here / d, Rejection(rel, "symlink-outside-corpus",
                                              "a folder link that leads outside the corpus "
                                              "is not followed")
                continue  # links inside the corpus are read where they point
            kept.append(d)
        dirnames[:] = kept
        for name in sorted(filenames):
            path = here / name
            if name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if path.is_symlink() and not _inside(path, root):
                yield path, Rejection(path.relative_to(root).as_posix(),
                                      "symlink-outside-corpus",
                                      "a file link that leads outside the corpus is not followed")
                continue
            yield path, None


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = normalize_text(str(value)).strip()
    return text or None


def _check_text(rel: str, text: str) -> Rejection | None:
    if not text:
        return Rejection(rel, "empty", "the article has no text")
    if not text.strip():
        return Rejection(rel, "whitespace-only", "the article holds only white space")
    return None


def read_jsonl(path: Path, rel: str, max_bytes: int) -> Iterator[Article | Rejection]:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            where = f"{rel}#L{number}"
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                yield Rejection(where, "too-large", f"the line has {len(raw):,} bytes, more than "
                                                    f"--max-bytes {max_bytes:,}")
                continue
            try:
                text_raw, _ = decode_bytes(raw)
                record = json.loads(text_raw)
            except (UndecodableError, ValueError) as exc:
                yield Rejection(where, "invalid-json", f"the line is not valid JSON ({exc})")
                continue
            if not isinstance(record, dict):
                yield Rejection(where, "invalid-json", "the line is JSON but not an object")
                continue
            body = record.get("text")
            if not isinstance(body, str) or not body.strip():
                yield Rejection(where, "missing-text", "the line has no non-empty \"text\"")
                continue
            if record.get("id") in (None, ""):
                yield Rejection(where, "missing-id", "the line has no \"id\"")
                continue
            yield Article(source_id=str(record["id"]), input_path=where,
                          text=normalize_text(body), encoding="utf-8",
                          published=_parse_date(record.get("published")),
                          **{k: _clean(record.get(k)) for k in METADATA})


def read_html(data: bytes, rel: str, source_id: str) -> Article | Rejection:
    import trafilatura

    doc = trafilatura.bare_extraction(data, favor_precision=True, include_comments=False,
                                      include_tables=False, with_metadata=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return Rejection(rel, "no-main-text", "no article text found in the HTML page")
    return Article(source_id=source_id, input_path=rel, text=normalize_text(text),
                   encoding="utf-8", title=_clean(getattr(doc, "title", None)),
                   url=_clean(getattr(doc, "url", None)),
                   outlet=_clean(getattr(doc, "sitename", None)),
                   author=_clean(getattr(doc, "author", None)),
                   published=_parse_date(getattr(doc, "date", None)))


def read_file(path: Path, root: Path, max_bytes: int) -> Iterator[Article | Rejection]:
    """The articles in one file (one, or one per JSONL line), or why not."""
    rel = path.relative_to(root).as_posix()
    source_id = path.relative_to(root).with_suffix("").as_posix()
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, rel, max_bytes)
            return
        if size > max_bytes:
            yield Rejection(rel, "too-large",
                            f"the file has {size:,} bytes, more than --max-bytes {max_bytes:,}")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(rel, "unreadable", f"the file cannot be read ({exc.strerror})")
        return
    if not data:
        yield Rejection(rel, "empty", "the file is empty")
        return
    if looks_binary(data):
        yield Rejection(rel, "binary", "the file holds binary data, not text")
        return
    if suffix in HTML_SUFFIXES:
        yield read_html(data, rel, source_id)
        return
    try:
        raw, encoding = decode_bytes(data)
    except UndecodableError as exc:
        yield Rejection(rel, "undecodable", f"the file cannot be decoded: {exc}")
        return
    text = normalize_text(raw)
    yield _check_text(rel, text) or Article(source_id, rel, text, encoding,
                                            title=detect_title(text))


def iter_corpus(roots: Sequence[Path], *, max_bytes: int = 5_000_000
                ) -> Iterator[Article | Rejection]:
    """Every input of every root, in order; user mistakes raise CorpusError first."""
    roots = [Path(r) for r in roots]
    for root in roots:
        if not root.exists():
            raise CorpusError(f"corpus folder {root} does not exist: pass --corpus PATH to a "
                              "folder of .txt, .md, .jsonl or .html articles")
        if not root.is_dir():
            raise CorpusError(f"corpus {root} is not a folder: pass the folder that holds it")
    for root in roots:
        for path, rejection in iter_files(root):
            if rejection is not None:
                yield rejection
            else:
                yield from read_file(path, root, max_bytes)


def read_corpus(roots: Sequence[Path], *, max_bytes: int = 5_000_000) -> CorpusRead:
    """Read every root; drop and report bad inputs, duplicate texts and duplicate ids."""
    articles: dict[str, Article] = {}
    rejections: list[Rejection] = []
    digests: dict[str, str] = {}
    n_inputs = 0
    for item in iter_corpus(roots, max_bytes=max_bytes):
        n_inputs += 1
        if isinstance(item, Rejection):
            rejections.append(item)
            continue
        if item.source_id in articles:
            rejections.append(Rejection(item.input_path, "duplicate-id",
                                        f"source id {item.source_id!r} is taken by "
                                        f"{articles[item.source_id].input_path}"))
            continue
        digest = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
        if digest in digests:
            rejections.append(Rejection(item.input_path, "duplicate",
                                        f"same text as {digests[digest]}"))
            continue
        digests[digest] = item.source_id
        articles[item.source_id] = item
    if n_inputs == 0:
        names = ", ".join(str(r) for r in roots)
        raise CorpusError(f"no articles found under {names}: add .txt, .md, .jsonl or .html "
                          "files")
    return CorpusRead(tuple(sorted(articles.values(), key=lambda a: a.source_id)),
                      tuple(sorted(rejections, key=lambda r: r.input_path)), n_inputs)
