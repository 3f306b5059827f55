"""Turn per-article extraction results into the rows of the seven tables.

Ids come from content and offsets (``newsledger.ids.make_id``); cross-article links come from
``entities.merge_entities`` and ``clusters``. Row order is left to the writer (sorted by key).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsledger.extract.article import ArticleResult
from newsledger.ids import make_id
from newsledger.records import LocalEntity

from .clusters import claim_cluster_id, claim_consistency, event_cluster_id, quote_cluster_id
from .entities import EntityIndex, merge_entities

Row = dict[str, Any]


def source_row(r: ArticleResult) -> Row:
    a = r.article
    return {"source_id": a.source_id, "input_path": a.input_path, "title": a.title, "url": a.url,
            "outlet": a.outlet, "author": a.author, "published_date": r.published,
            "published_date_source": r.published_source, "encoding": a.encoding,
            "content_sha256": r.content_sha256, "n_chars": len(a.text), "n_words": r.n_words,
            "text": a.text}


def _entity_of(index: EntityIndex, sid: str, name: str | None) -> str | None:
    return index.lookup(sid, name)


def quote_rows(r: ArticleResult, index: EntityIndex) -> list[Row]:
    sid = r.article.source_id
    return [{"quote_id": make_id("q", sid, q.start, q.end), "source_id": sid,
             "char_start": q.start, "char_end": q.end, "quote_text": q.text,
             "quote_kind": q.kind, "speaker_text": q.speaker_text,
             "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
             "speaker_name": (index.names.get(_entity_of(index, sid, q.speaker_name) or "")
                              or q.speaker_name),
             "speaker_kind": q.speaker_kind,
             "speaker_entity_id": _entity_of(index, sid, q.speaker_name),
             "speaker_handle": q.speaker_handle, "cue": q.cue, "quote_date": q.quote_date,
             "post_url": q.post_url, "confidence": float(q.confidence),
             "cluster_id": quote_cluster_id(q.text)}
            for q in r.extraction.quotes]


def date_rows(r: ArticleResult) -> list[Row]:
    sid = r.article.source_id
    return [{"date_id": make_id("d", sid, d.start, d.end), "source_id": sid,
             "char_start": d.start, "char_end": d.end, "date_text": d.text, "value": d.value,
             "precision": d.precision, "date": d.date, "anchor": d.anchor, "rule": d.rule}
            for d in r.extraction.dates]


def event_rows(r: ArticleResult, index: EntityIndex) -> list[Row]:
    sid = r.article.source_id
    rows = []
    for e in r.extraction.events:
        date_id = make_id("d", sid, e.date.start, e.date.end)
        actor_id = _entity_of(index, sid, e.actor)
        rows.append({"event_id": make_id("ev", sid, e.start, e.end, e.date.start),
                     "source_id": sid, "char_start": e.start, "char_end": e.end,
                     "event_text": e.text, "date_id": date_id, "event_date": e.date.date,
                     "date_value": e.date.value, "date_precision": e.date.precision,
                     "actor": index.names.get(actor_id or "") or e.actor,
                     "actor_entity_id": actor_id, "action": e.action,
                     "cluster_id": event_cluster_id(actor_id or e.actor, e.action,
                                                    e.date.value)})
    return rows


def claim_rows(r: ArticleResult, index: EntityIndex) -> list[Row]:
    sid = r.article.source_id
    rows = []
    for c in r.extraction.claims:
        subject_id = _entity_of(index, sid, c.subject)
        # A measure with no subject ("|vote") is only comparable within its own article.
        scope = "" if subject_id or c.subject else sid
        rows.append({"claim_id": make_id("c", sid, c.value_start, c.value_end, c.start),
                     "source_id": sid, "char_start": c.start, "char_end": c.end,
                     "claim_text": c.text, "value": float(c.value), "value_text": c.value_text,
                     "value_start": c.value_start, "value_end": c.value_end, "unit": c.unit,
                     "qualifier": c.qualifier,
                     "subject": index.names.get(subject_id or "") or c.subject,
                     "subject_entity_id": subject_id, "claimant": c.claimant,
                     "as_of_date": c.as_of_date, "measure_key": c.measure_key,
                     "cluster_id": claim_cluster_id(f"{scope}\x1f{c.measure_key}"),
                     "consistency": "single_source"})
    return rows


def mention_rows(r: ArticleResult, index: EntityIndex,
                 entities: Sequence[LocalEntity]) -> list[Row]:
    sid = r.article.source_id
    rows, seen = [], set()
    for e in entities:
        eid = index.lookup(sid, e.name)
        for m in e.mentions:
            if (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
            rows.append({"mention_id": make_id("m", sid, m.start, m.end), "entity_id": eid,
                         "source_id": sid, "char_start": m.start, "char_end": m.end,
                         "mention_text": m.text, "mention_kind": m.kind})
    return rows


def build_rows(results: Sequence[ArticleResult]) -> dict[str, list[Row]]:
    """All seven tables from the extraction results of a whole corpus."""
    results = sorted(results, key=lambda r: r.article.source_id)
    index = merge_entities((r.article.source_id, r.extraction.entities) for r in results)
    tables: dict[str, list[Row]] = {t: [] for t in
                                    ("sources", "quotes", "claims", "dates", "events",
                                     "entities", "mentions")}
    for r in results:
        tables["sources"].append(source_row(r))
        tables["quotes"] += quote_rows(r, index)
        tables["dates"] += date_rows(r)
        tables["events"] += event_rows(r, index)
        tables["claims"] += claim_rows(r, index)
        tables["mentions"] += mention_rows(r, index, r.extraction.entities)
    verdict = claim_consistency(tables["claims"])
    for row in tables["claims"]:
        row["consistency"] = verdict[row["cluster_id"]]
    n_mentions: dict[str, int] = {}
    n_sources: dict[str, set[str]] = {}
    for m in tables["mentions"]:
        n_mentions[m["entity_id"]] = n_mentions.get(m["entity_id"], 0) + 1
        n_sources.setdefault(m["entity_id"], set()).add(m["source_id"])
    tables["entities"] = [{"entity_id": eid, "name": index.names[eid], "kind": index.kinds[eid],
                           "n_mentions": n_mentions.get(eid, 0),
                           "n_sources": len(n_sources.get(eid, ()))}
                          for eid in sorted(index.names)]
    return tables
