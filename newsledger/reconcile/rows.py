"""Turn extraction results into the rows of the tables, in two steps that scale:

1. ``batch_tables`` (runs inside each extract task): one batch's results become Arrow tables
   with every column the article alone can fill, plus ``_local`` helper columns naming the
   article's own entities (speaker, subject, actor, mentioned entity), an ``_entities`` table
   of those local entities and a ``_stories`` table of each article's story keys.
2. Across articles: ``entity_index`` merges the batches' entities (``entities.merge_entities``,
   by dictionary look-ups on names); ``StoryIndex`` finds copies and stories
   (``story_index.py``); ``resolve`` fills one batch or bucket's entity ids, canonical names,
   measure keys and event clusters; ``ClaimGroups`` compares claims within stories
   (``claim_groups.py``) and ``entity_table`` counts mentions: they need every row, so they
   read each batch once and keep what they need. ``newsledger.build.Reconciled`` applies them
   piece by piece to spilled batches; ``combine`` applies them to tables held in memory.

Ids come from content and offsets (``newsledger.ids.make_id``); rows are sorted on writing.
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from newsledger.ids import make_id
from newsledger.publish.tables import Tables, arrow_schema
from schemas import TABLES

from .claim_groups import ClaimGroups
from .clusters import (ambiguous_keys, claim_cluster_id, compared_key, dispute_claimant,
                       event_cluster_id, quote_cluster_id, standing_record, value_interval)
from .entities import EntityIndex, LocalRef, local_ref, merge_entities, name_key
from .story_index import STORY_KEYS, StoryIndex

if TYPE_CHECKING:  # the extractors are the workers' (newsledger.batch)
    from newsledger.extract.article import ArticleResult

Row = dict[str, Any]
LOCAL = {"quotes": ("_speaker_local", "speaker_entity_id", "speaker_name"),
         "claims": ("_subject_local", "subject_entity_id", "subject"),
         "events": ("_actor_local", "actor_entity_id", "actor"),
         "mentions": ("_entity_local", "entity_id", None)}
# Columns filled across articles (by ``resolve``, ``with_consistency``); every other column of a
# batch's rows is final when the batch is extracted.
RECONCILED: dict[str, tuple[str, ...]] = {
    name: tuple(c for c in (id_col, name_col) if c) for name, (_, id_col, name_col) in LOCAL.items()}
RECONCILED["claims"] += ("measure_key", "cluster_id", "consistency")
RECONCILED["events"] += ("cluster_id",)
RECONCILED["sources"] = ("story_id", "copy_of")
# Helper columns of claims until their verdicts are known: the interval of values each claim
# allows (``clusters.value_interval``) and, for a claim compared with no other source, the
# source it is confined to (``comparable_scope``).
CLAIM_HELPERS = (pa.field("_low", pa.float64()), pa.field("_high", pa.float64()),
                 pa.field("_scope", pa.string()))
ENTITY_REFS = pa.schema([("source_id", pa.string()), ("name", pa.string()),
                         ("kind", pa.string()), ("handles", pa.list_(pa.string())),
                         ("aliases", pa.list_(pa.string()))])


@functools.cache
def _schema(name: str) -> pa.Schema:
    schema = arrow_schema(TABLES[name])
    if name in LOCAL:
        schema = schema.append(pa.field(LOCAL[name][0], pa.string()))
    if name == "claims":
        for f in CLAIM_HELPERS:
            schema = schema.append(f)
    return schema


def _ref(r: ArticleResult, name: str | None) -> str | None:
    """The local reference of the article's entity called ``name`` (None if there is none)."""
    if not name:
        return None
    for e in r.extraction.entities:
        if e.name == name:
            return local_ref(e.kind, e.name)
    return None


def source_row(r: ArticleResult) -> Row:
    a = r.article
    return {"source_id": a.source_id, "input_path": a.input_path, "title": a.title, "url": a.url,
            "outlet": a.outlet or r.detected_outlet, "author": a.author or r.detected_author, "published_date": r.published,
            "published_date_source": r.published_source, "encoding": a.encoding,
            "content_sha256": r.content_sha256, "n_chars": len(a.text), "n_words": r.n_words,
            "story_id": None, "copy_of": None, "text": a.text}  # the story: in reconcile


def quote_rows(r: ArticleResult) -> list[Row]:
    sid = r.article.source_id
    return [{"quote_id": make_id("q", sid, q.start, q.end), "source_id": sid,
             "char_start": q.start, "char_end": q.end, "quote_text": q.text,
             "quote_kind": q.kind, "speaker_text": q.speaker_text,
             "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
             "speaker_name": q.speaker_name, "speaker_kind": q.speaker_kind,
             "speaker_handle": q.speaker_handle, "cue": q.cue, "quote_date": q.quote_date,
             "post_url": q.post_url, "confidence": float(q.confidence),
             "cluster_id": quote_cluster_id(q.text),
             "_speaker_local": _ref(r, q.speaker_name)}
            for q in r.extraction.quotes]


def date_rows(r: ArticleResult) -> list[Row]:
    sid = r.article.source_id
    return [{"date_id": make_id("d", sid, d.start, d.end), "source_id": sid,
             "char_start": d.start, "char_end": d.end, "date_text": d.text, "value": d.value,
             "precision": d.precision, "date": d.date, "anchor": d.anchor, "rule": d.rule}
            for d in r.extraction.dates]


def event_rows(r: ArticleResult) -> list[Row]:
    sid = r.article.source_id
    return [{"event_id": make_id("ev", sid, e.start, e.end, e.date.start), "source_id": sid,
             "char_start": e.start, "char_end": e.end, "event_text": e.text,
             "date_id": make_id("d", sid, e.date.start, e.date.end), "event_date": e.date.date,
             "date_value": e.date.value, "date_precision": e.date.precision,
             "date_link": e.date_link, "actor": e.actor,
             "action": e.action, "_actor_local": _ref(r, e.actor)}
            for e in r.extraction.events]


def claim_rows(r: ArticleResult) -> list[Row]:
    sid = r.article.source_id
    claims = r.extraction.claims
    intervals = [value_interval(c.value, c.qualifier, c.value_text) for c in claims]
    keys = [compared_key(c.measure_key, c.measure) for c in claims]
    compared = [comparable(c.subject, c.measure)
                and not standing_record(c.text[:c.value_start - c.start]) for c in claims]
    ambiguous = ambiguous_keys((k, i, dispute_claimant(c.claimant, c.measure))
                               for c, i, k, ok in zip(claims, intervals, keys, compared) if ok)
    rows = []
    for c, (low, high), key, ok in zip(claims, intervals, keys, compared):
        alone = not ok or key in ambiguous
        rows.append({"claim_id": make_id("c", sid, c.value_start, c.value_end, c.start),
                     "source_id": sid, "char_start": c.start, "char_end": c.end,
                     "claim_text": c.text, "value": float(c.value), "value_text": c.value_text,
                     "value_start": c.value_start, "value_end": c.value_end, "unit": c.unit,
                     "qualifier": c.qualifier, "subject": c.subject, "claimant": c.claimant,
                     "as_of_date": c.as_of_date, "measure": c.measure, "period": c.period,
                     "measure_key": c.measure_key,
                     "cluster_id": claim_cluster_id(c.measure_key),  # final in resolve()
                     "consistency": "single_source",
                     "_subject_local": _ref(r, c.subject),
                     "_low": low, "_high": high, "_scope": sid if alone else None})
    return rows


def comparable(subject: str | None, measure: str | None) -> bool:
    """Whether a claim may be compared with other sources' claims: it says what it counts.
    Ages, durations, ranks, scores, identifiers and bare numbers have no measure. What the
    number is about comes from the story it is compared in (``claim_groups.py``): the subject
    is not needed ("Fifteen people died" in a story of one coach crash)."""
    return bool(measure)


def mention_rows(r: ArticleResult) -> list[Row]:
    sid = r.article.source_id
    rows, seen = [], set()
    for e in r.extraction.entities:
        for m in e.mentions:
            if (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
            rows.append({"mention_id": make_id("m", sid, m.start, m.end), "source_id": sid,
                         "char_start": m.start, "char_end": m.end, "mention_text": m.text,
                         "mention_kind": m.kind,
                         "_entity_local": local_ref(e.kind, e.name)})
    return rows


def story_row(r: ArticleResult) -> Row:
    """The article's story keys (``newsledger.extract.keys``) for the ``_stories`` table."""
    keys = r.extraction.keys
    return {"source_id": r.article.source_id, "published": r.published,
            "outlet": r.article.outlet, "title": r.article.title, "headline": keys.headline,
            "headline_line": keys.headline_line,
            "terms": [t for t, _ in keys.terms], "weights": [w for _, w in keys.terms],
            "sketch": list(keys.sketch), "dateline_day": keys.dateline_day,
            "dated": r.published_source == "metadata"}


def entity_refs(r: ArticleResult) -> list[Row]:
    return [{"source_id": r.article.source_id, "name": e.name, "kind": e.kind,
             "handles": list(e.handles), "aliases": list(e.aliases)}
            for e in r.extraction.entities]


ROW_BUILDERS = {"sources": lambda r: [source_row(r)], "quotes": quote_rows, "claims": claim_rows,
                "dates": date_rows, "events": event_rows, "mentions": mention_rows}


def batch_tables(results: Sequence[ArticleResult]) -> Tables:
    """One batch's results as Arrow tables with local entity references (step 1)."""
    out = {name: pa.Table.from_pylist([row for r in results for row in build(r)],
                                      schema=_schema(name))
           for name, build in ROW_BUILDERS.items()}
    out["_entities"] = pa.Table.from_pylist([row for r in results for row in entity_refs(r)],
                                            schema=ENTITY_REFS)
    out["_stories"] = pa.Table.from_pylist([story_row(r) for r in results], schema=STORY_KEYS)
    return out


def _concat(batches: Sequence[Tables], name: str, schema: pa.Schema) -> pa.Table:
    parts = [b[name] for b in batches if name in b]
    return pa.concat_tables(parts) if parts else schema.empty_table()


def _put(table: pa.Table, column: str, values: pa.Array | pa.ChunkedArray) -> pa.Table:
    """``table`` with ``column`` replaced by ``values`` (cast to the column's type)."""
    i = table.schema.get_field_index(column)
    return table.set_column(i, table.schema.field(i), values.cast(table.schema.field(i).type))


def _set(table: pa.Table, column: str, values: list[Any]) -> pa.Table:
    return _put(table, column, pa.array(values, type=table.schema.field(column).type))


def entity_index(refs: Iterable[pa.Table]) -> EntityIndex:
    """Merge the ``_entities`` tables of all batches into one index (rules in entities.py)."""
    def local_refs() -> Iterator[LocalRef]:
        for t in refs:
            for sid, name, kind, handles, aliases in zip(*(
                    t.column(c).to_pylist()
                    for c in ("source_id", "name", "kind", "handles", "aliases"))):
                yield LocalRef(sid, name, kind, tuple(handles or ()), tuple(aliases or ()))
    return merge_entities(local_refs())


def resolve(name: str, piece: pa.Table, index: EntityIndex,
            stories: StoryIndex | None = None,
            cluster_ids: dict[str, str] | None = None) -> pa.Table:
    """Fill the global columns one batch (or bucket) of a table can get from the entity index
    and the stories: entity ids and canonical names; for claims the global measure keys (and
    the clusters of claims never compared: ``ClaimGroups.assign`` sets the others); for events
    the clusters within their story. ``cluster_ids``: claim cluster ids made so far, by key
    (kept by a caller that resolves the same claims twice)."""
    if name in LOCAL:
        local, id_col, name_col = LOCAL[name]
        ids = index.lookup_array(piece.column(local))
        piece = _put(piece, id_col, ids)
        if name_col:  # the canonical name where the entity is known, else as written
            piece = _put(piece, name_col, pc.coalesce(index.names_array(ids),
                                                      piece.column(name_col)))
        piece = piece.drop_columns([local])
    if name == "claims":
        piece = _with_global_measures(piece, index.names,
                                      {} if cluster_ids is None else cluster_ids)
    elif name == "events" and stories is not None:
        piece = _with_event_clusters(piece, stories)
    return piece


def entity_table(index: EntityIndex, resolved_mentions: Iterable[pa.Table]) -> pa.Table:
    """The entities table: every merged entity with its mention and source counts. Each
    mentions table must hold whole articles (a batch), so per-table source counts add up."""
    n_mentions: Counter[str] = Counter()
    n_sources: Counter[str] = Counter()
    for t in resolved_mentions:
        t = t.select(["entity_id", "source_id"]).filter(pc.is_valid(t.column("entity_id")))
        for counter, rows in ((n_mentions, t), (n_sources, t.group_by(
                ["entity_id", "source_id"]).aggregate([]))):
            counts = pc.value_counts(rows.column("entity_id"))
            counter.update(dict(zip(counts.field("values").to_pylist(),
                                    counts.field("counts").to_pylist())))
    rows = [{"entity_id": eid, "name": index.names[eid], "kind": index.kinds[eid],
             "n_mentions": n_mentions.get(eid, 0), "n_sources": n_sources.get(eid, 0)}
            for eid in sorted(index.names)]
    return pa.Table.from_pylist(rows, schema=arrow_schema(TABLES["entities"]))


def combine(batches: Sequence[Tables]) -> Tables:
    """Every table of the corpus from the batches' tables, in memory (step 2; the build
    does the same per bucket with ``newsledger.build.Reconciled``)."""
    tables = {name: _concat(batches, name, _schema(name)) for name in ROW_BUILDERS}
    index = entity_index([_concat(batches, "_entities", ENTITY_REFS)])
    texts = dict(zip(tables["sources"].column("source_id").to_pylist(),
                     tables["sources"].column("text").to_pylist()))
    keys = _concat(batches, "_stories", STORY_KEYS)
    stories = StoryIndex.build(lambda: [keys], lambda ids: {s: texts[s] for s in ids})
    tables = {name: resolve(name, t, index, stories) for name, t in tables.items()}
    groups = ClaimGroups(stories)
    groups.add(tables["claims"])
    groups = groups.finish()
    tables["claims"] = groups.assign(tables["claims"])
    tables["claim_groups"] = groups.table()
    tables["sources"] = stories.with_stories(tables["sources"])
    tables["stories"] = stories.stories_table()
    tables["entities"] = entity_table(index, [tables["mentions"]])
    return tables


def _with_global_measures(claims: pa.Table, names: dict[str, str],
                          cluster_ids: dict[str, str]) -> pa.Table:
    """Measure keys name the subject as the merged entity ("west|votes received||vote" in one
    article and "kanye west|votes received||vote" in another become one measure); clusters
    follow the keys. A claim that is not comparable (``_scope``: no subject or no measure, or
    a key its article gives incompatible values for) has a cluster of its own article."""
    # Column-wise, in Arrow: a name key per entity and an id per cluster, each made once.
    eids = claims.column("subject_entity_id").combine_chunks().dictionary_encode()
    heads = pa.array([name_key(names[e]) for e in eids.dictionary.to_pylist()], pa.string())
    keys = claims.column("measure_key").combine_chunks().cast(pa.string())
    rest = pc.replace_substring_regex(keys, pattern="^[^|]*", replacement="")  # "|measure|..."
    keys = pc.if_else(pc.is_valid(eids.indices),
                      pc.binary_join_element_wise(heads.take(eids.indices), rest, ""), keys)
    scoped = pc.binary_join_element_wise(
        pc.fill_null(claims.column("_scope").combine_chunks().cast(pa.string()), ""), keys,
        "\x1f").dictionary_encode()
    ids = pa.array([cluster_ids.get(k) or cluster_ids.setdefault(k, claim_cluster_id(k))
                    for k in scoped.dictionary.to_pylist()], pa.string())
    return _put(_put(claims, "measure_key", keys), "cluster_id", ids.take(scoped.indices))


def _with_event_clusters(events: pa.Table, stories: StoryIndex) -> pa.Table:
    """Reports of one happening: the same actor, kind of action and date within one story."""
    cols = [events.column(c).to_pylist() for c in ("source_id", "actor_entity_id", "actor",
                                                    "action", "date_value")]
    memo: dict[tuple[str, str, str, str], str] = {}
    clusters = []
    for sid, eid, actor, action, value in zip(*cols):
        k = (stories.story(sid), eid or actor, action, value)
        if k not in memo:
            memo[k] = event_cluster_id(*k)
        clusters.append(memo[k])
    return _set(events, "cluster_id", clusters)


def build_tables(results: Sequence[ArticleResult]) -> Tables:
    """Both steps at once, for callers that hold all results in memory."""
    return combine([batch_tables(results)])
