"""What one extract task does, in a worker process: extract a batch of articles (reusing cached
extractions), turn it into Arrow tables at once and check them, quarantining the articles that
cannot be extracted or give invalid rows.

The extractors are imported by the workers alone: their forkserver preloads them
(``newsledger.parallel.PRELOAD``), and ``extract`` imports them on its first call elsewhere
(a build without worker processes). The build's own process reads, reconciles and publishes,
and never needs them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from newsledger.cache import cache_key, pack, unpack
from newsledger.publish.tables import Tables
from newsledger.publish.validate import (Failure, RowProblem, batch_key_failures, row_problems,
                                         span_failures)
from newsledger.reconcile.rows import RECONCILED, batch_tables
from newsledger.records import Article

if TYPE_CHECKING:
    from newsledger.extract.article import ArticleResult


@dataclass(frozen=True)
class Batch:
    """What one extract task is given: articles, and cached extractions of some of them."""

    articles: tuple[Article, ...]
    cached: dict[str, bytes] = field(default_factory=dict)  # cache_key -> packed extraction
    key: str = ""  # batch_key of the articles
    use_cache: bool = True  # False: do not pack new extractions for the cache


@dataclass
class BatchOutput:
    """What one extract task returns: the batch's tables, the articles it quarantined (their
    extraction raised, or one of their rows failed a schema check: they are left out of every
    table), the new extractions to cache, and the table-level checks the batch failed (spans,
    keys, foreign keys into its own rows: pipeline bugs, any failure stops the release). These
    checks run here because only the batch has the article texts at hand, and in parallel."""

    tables: Tables
    quarantined: tuple[dict[str, str], ...]  # articles left out: input_path, reason, detail
    new_cache: dict[str, bytes]
    failures: tuple[Failure, ...] = ()
    key: str = ""
    n_articles: int = 0


def extract(batch: Batch) -> BatchOutput:
    """Extract a batch (reusing cached extractions), turn it into Arrow tables right away and
    check them; articles that cannot be extracted or give invalid rows are quarantined."""
    from newsledger.extract.article import extract_article  # noqa: PLC0415 - see the docstring

    results, new = [], {}
    for article in batch.articles:
        key = cache_key(article)
        blob = batch.cached.get(key)
        result = extract_article(article, unpack(blob) if blob is not None else None)
        if blob is None and result.error is None and batch.use_cache:
            new[key] = pack(result.extraction)
        results.append(result)
    quarantined = {r.article.source_id: _quarantine(r.article, "extraction-error", r.error)
                   for r in results if r.error}
    tables = _batch_tables([r for r in results if not r.error], quarantined)
    problems, failures = row_problems(tables, RECONCILED)
    for sid, found in _by_source(problems).items():
        article = next(r.article for r in results if r.article.source_id == sid)
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        quarantined[sid] = _quarantine(article, "invalid-rows", f"{found[0]}{more}")
    if problems:
        tables = without_sources(tables, set(quarantined))
    failures += span_failures(tables) + batch_key_failures(tables)
    entries = tuple(sorted(quarantined.values(), key=lambda d: d["input_path"]))
    return BatchOutput(tables, entries, new, tuple(failures), batch.key, len(batch.articles))


def _quarantine(article: Article, reason: str, detail: str | None) -> dict[str, str]:
    return {"input_path": article.input_path, "reason": reason, "detail": detail or ""}


def _by_source(problems: Sequence[RowProblem]) -> dict[str, list[RowProblem]]:
    found: dict[str, list[RowProblem]] = {}
    for p in problems:
        found.setdefault(str(p.source_id), []).append(p)
    return found


def _batch_tables(results: Sequence[ArticleResult], quarantined: dict[str, dict[str, str]]
                  ) -> Tables:
    """``batch_tables`` of the results; when a value cannot even be typed (Arrow refuses it),
    each article is tried alone and those that fail are quarantined."""
    try:
        return batch_tables(results)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        pass
    kept = []
    for r in results:
        try:
            batch_tables([r])
            kept.append(r)
        except (pa.ArrowException, TypeError, ValueError, OverflowError) as exc:
            quarantined[r.article.source_id] = _quarantine(
                r.article, "invalid-rows", f"a value cannot be typed: {type(exc).__name__}: "
                f"{str(exc)[:200]}")
    return batch_tables(kept)


def without_sources(tables: Tables, source_ids: set[str]) -> Tables:
    """Every table of a batch without the rows of the given articles."""
    if not source_ids:
        return tables
    drop = pa.array(sorted(source_ids), pa.string())
    return {name: t.filter(pc.invert(pc.is_in(t.column("source_id"), value_set=drop)))
            for name, t in tables.items()}


