"""Gold sets: hand-written annotations, the articles they annotate, and their resolution to
character offsets.

A gold set is a folder of ``evaluation/gold/`` holding ``set.json`` (its name, license,
credit and where its articles are), ``annotations.jsonl`` (written by hand: every span named
by its exact text, see ``evaluation/GUIDE.md``) and ``gold.jsonl`` (the same annotations with
offsets, written by ``resolve_set``). Resolution fails loudly, naming the article and the line,
when a span is not found or is ambiguous: a typo in the gold can never become a silent miss.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsledger.ids import sha256_text
from newsledger.ingest import read_corpus
from newsledger.ingest.normalize import normalize_text
from newsledger.records import Article

ANNOTATIONS = "annotations.jsonl"
RESOLVED = "gold.jsonl"
MANIFEST = "set.json"
TYPES = ("article", "quote", "claim", "date", "event", "entity")
# An entity of the whole set (the seed's persons) rather than of one article.
ALL_DOCS = "*"
TRIGGER_WINDOW = 400  # characters around the date within which an event's trigger is looked for


class GoldError(Exception):
    """A gold set that cannot be read or resolved; the message names the file, line and span."""


@dataclass(frozen=True)
class GoldSet:
    """One gold set: its manifest, its articles (by source id) and its resolved annotations."""

    name: str
    path: Path
    manifest: dict[str, Any]
    articles: dict[str, Article]
    annotations: tuple[dict[str, Any], ...] = field(default=())
    # The corpus's own time expressions (MEANTIME's TimeML gold), by article id.
    timexes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        return [a for a in self.annotations if a["type"] == kind]

    @property
    def annotated(self) -> list[str]:
        """Ids of the articles annotated by hand (quotes, claims, events...), in order."""
        return [a["doc"] for a in self.of_type("article")]


def _parse_date(value: Any) -> dt.date | None:
    if not value:
        return None
    text = str(value)
    if len(text) == 10 and text[2] == "-" and text[5] == "-":  # MEANTIME's DD-MM-YYYY
        d, m, y = text.split("-")
        return dt.date(int(y), int(m), int(d))
    return dt.date.fromisoformat(text)


def load_articles(set_dir: Path, manifest: dict[str, Any]) -> dict[str, Article]:
    """The set's articles as newsledger reads them (same normalization as ingest)."""
    spec = manifest["articles"]
    where = (set_dir / spec["path"]).resolve()
    if not where.exists():
        raise GoldError(f"{set_dir / MANIFEST}: articles not found at {where}")
    if spec["format"] == "corpus":  # a corpus folder, read exactly as a build reads it
        read = read_corpus([where])
        return {a.source_id: a for a in read.articles}
    if spec["format"] == "meantime-jsonl":
        out = {}
        for line in where.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            out[d["doc_id"]] = Article(
                source_id=d["doc_id"], input_path=f"{where.name}#{d['doc_id']}",
                text=normalize_text(d["text"]), encoding="utf-8", url=d.get("url"),
                published=_parse_date(d.get("dct")))
        return out
    raise GoldError(f"{set_dir / MANIFEST}: unknown articles format {spec['format']!r}")


def _find_all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _locate(text: str, ann: dict[str, Any], where: str, key: str = "text",
            context_key: str = "context", near: int | None = None) -> tuple[int, int]:
    """(start, end) of the span ``ann`` names by text (+ context / occurrence), or from/to."""
    if key == "text" and "from" in ann:
        starts = _find_all(text, ann["from"])
        if len(starts) != 1:
            raise GoldError(f"{where}: 'from' {ann['from']!r} occurs {len(starts)} times")
        end = text.find(ann["to"], starts[0])
        if end < 0:
            raise GoldError(f"{where}: 'to' {ann['to']!r} not found after 'from'")
        return starts[0], end + len(ann["to"])
    needle = ann.get(key)
    if not needle:
        raise GoldError(f"{where}: no {key!r}")
    base, scope = 0, text
    if ann.get(context_key):
        ctx = _find_all(text, ann[context_key])
        if len(ctx) != 1:
            raise GoldError(f"{where}: {context_key} {ann[context_key]!r} occurs {len(ctx)} "
                            "times; it must occur once")
        base, scope = ctx[0], ann[context_key]
    hits = [base + i for i in _find_all(scope, needle)]
    if not hits:
        raise GoldError(f"{where}: {key} {needle!r} not found")
    if near is not None and not ann.get(context_key):
        def gap(h: int) -> int:  # characters between the trigger and the date's start
            return near - (h + len(needle)) if h < near else h - near
        hits = [h for h in hits if gap(h) <= TRIGGER_WINDOW]
        if not hits:
            raise GoldError(f"{where}: {key} {needle!r} not within {TRIGGER_WINDOW} characters")
        best = min(hits, key=gap)
        return best, best + len(needle)
    if "occurrence" in ann and key == "text":
        if ann["occurrence"] >= len(hits):
            raise GoldError(f"{where}: occurrence {ann['occurrence']} of {needle!r}: only "
                            f"{len(hits)}")
        return hits[ann["occurrence"]], hits[ann["occurrence"]] + len(needle)
    if len(hits) > 1:
        raise GoldError(f"{where}: {key} {needle!r} occurs {len(hits)} times: add a context "
                        "or an occurrence")
    return hits[0], hits[0] + len(needle)


def resolve(annotations: list[dict[str, Any]], articles: dict[str, Article],
            source: str = ANNOTATIONS) -> list[dict[str, Any]]:
    """Annotations with offsets: ``start``/``end``/``text`` of the span (for events, of the date
    expression, plus ``trigger_start``/``trigger_end``); article lines get the text's sha256."""
    out = []
    for n, ann in enumerate(annotations, 1):
        where = f"{source} line {n} (doc {ann.get('doc')!r})"
        kind = ann.get("type")
        if kind not in TYPES:
            raise GoldError(f"{where}: type {kind!r} is not one of {', '.join(TYPES)}")
        row = {k: v for k, v in ann.items()
               if k not in ("context", "occurrence", "from", "to", "trigger_context")}
        if kind == "entity" and ann.get("doc") == ALL_DOCS:
            out.append(row)
            continue
        article = articles.get(ann["doc"])
        if article is None:
            raise GoldError(f"{where}: no article with id {ann['doc']!r}")
        text = article.text
        if kind == "entity":  # one article's entity: a typo in its names must not pass
            if not any(form in text for form in (ann["name"], *ann.get("aliases", ()))):
                raise GoldError(f"{where}: neither the name {ann['name']!r} nor an alias "
                                "occurs in the article")
            out.append(row)
            continue
        if kind == "article":
            row["sha256"] = sha256_text(text)
            out.append(row)
            continue
        start, end = _locate(text, ann, where)
        row.update(start=start, end=end, text=text[start:end])
        if kind == "event":
            ts, te = _locate(text, ann, where, "trigger", "trigger_context", near=start)
            row.update(trigger=text[ts:te], trigger_start=ts, trigger_end=te)
        out.append(row)
    docs = {a["doc"] for a in out if a["type"] == "article"}
    for a in out:
        if a["type"] != "article" and a["doc"] != ALL_DOCS and a["doc"] not in docs:
            raise GoldError(f"{source}: doc {a['doc']!r} has annotations but no article line")
    return out


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise GoldError(f"{path} line {n}: not JSON ({exc})")
    return rows


def dumps_jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)


def read_manifest(set_dir: Path) -> dict[str, Any]:
    path = set_dir / MANIFEST
    if not path.is_file():
        raise GoldError(f"{set_dir} is not a gold set: it has no {MANIFEST}")
    return json.loads(path.read_text(encoding="utf-8"))


def resolve_set(set_dir: Path) -> str:
    """The content ``gold.jsonl`` must have: the set's annotations resolved to offsets."""
    manifest = read_manifest(set_dir)
    articles = load_articles(set_dir, manifest)
    path = set_dir / ANNOTATIONS
    return dumps_jsonl(resolve(read_jsonl(path), articles, str(path)))


def load_timexes(set_dir: Path, manifest: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """MEANTIME's own time expressions (``timexes``) by article id; empty for other formats."""
    spec = manifest["articles"]
    if spec["format"] != "meantime-jsonl":
        return {}
    lines = (set_dir / spec["path"]).read_text(encoding="utf-8").splitlines()
    return {d["doc_id"]: d["timexes"] for d in map(json.loads, lines)}


def load_set(set_dir: Path) -> GoldSet:
    """A gold set with its articles and resolved annotations (from ``gold.jsonl``)."""
    manifest = read_manifest(set_dir)
    resolved = set_dir / RESOLVED
    if not resolved.is_file():
        raise GoldError(f"{resolved} is missing: run python -m newsledger.evaluate.resolve "
                        f"{set_dir}")
    return GoldSet(manifest["name"], set_dir, manifest, load_articles(set_dir, manifest),
                   tuple(read_jsonl(resolved)), load_timexes(set_dir, manifest))


def load_gold(gold_dir: Path) -> list[GoldSet]:
    """Every gold set under ``gold_dir`` (a set folder itself, or a folder of sets), by name."""
    if (gold_dir / MANIFEST).is_file():
        return [load_set(gold_dir)]
    sets = [load_set(p) for p in sorted(gold_dir.iterdir()) if (p / MANIFEST).is_file()]
    if not sets:
        raise GoldError(f"{gold_dir} holds no gold set (folders with a {MANIFEST})")
    return sorted(sets, key=lambda s: s.name)
