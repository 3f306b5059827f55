"""Run every extractor over one article, in dependency order, and describe the article itself.

This is the unit of work of the extract stage: plain Python, picklable in and out, so any task
runner (threads, processes, Dask) can run it on a batch of articles.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsledger.ids import sha256_text
from newsledger.records import Article, ArticleExtraction
from newsledger.text import Document
from newsledger.text.segment import byline_author, dateline_agency

from .claims import extract_claims
from .dates import extract_dates, infer_publication_date
from .entities import extract_entities
from .events import extract_events
from .keys import story_keys
from .quotes import extract_quotes, reported_speech

@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article's `sources` row fields and everything extracted from it."""

    article: Article
    published: dt.date | None
    published_source: str  # metadata, inferred or unknown
    content_sha256: str
    n_words: int
    extraction: ArticleExtraction
    error: str | None = None  # an extractor failed on this article: the reason, for the report
    # The news agency a wire dateline names ("LONDON, Jan 5 (Reuters) -"), when the input gave
    # no outlet: the sources row's outlet.
    detected_outlet: str | None = None
    # Who the article's byline names ("By Andy Bruce and David Milliken"), when the input gave
    # no author: the sources row's author.
    detected_author: str | None = None


def publication_date(article: Article, doc: Document | None = None) -> tuple[dt.date | None, str]:
    """The publication date and where it came from: metadata, inferred from the text, unknown.
    ``doc``: the article's document, when it has one (inference reads its date matches, which
    extraction then reuses)."""
    if article.published is not None:
        return article.published, "metadata"
    inferred = infer_publication_date(doc if doc is not None else article.text)
    return (inferred, "inferred") if inferred is not None else (None, "unknown")


def extract_all(text: str | Document, published: dt.date | None) -> ArticleExtraction:
    """All extractors over one text, segmented once into a ``Document`` they all read (or
    over that document, when given); later ones see the earlier ones' records."""
    doc = text if isinstance(text, Document) else Document(text)
    dates = extract_dates(doc, published)
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    claims = extract_claims(doc, dates, entities, quotes, published)
    events = extract_events(doc, dates, entities, published)
    # reported speech (quotes of kind ``indirect``) after claims: a claim's claimant is the
    # speaker of the quote with marks it sits in, as before
    quotes = quotes + reported_speech(doc, entities, quotes)
    return ArticleExtraction(dates=tuple(dates), entities=tuple(entities), quotes=tuple(quotes),
                             claims=tuple(claims), events=tuple(events),
                             keys=story_keys(doc, entities, dates))


def extract_article(article: Article, known: ArticleExtraction | None = None) -> ArticleResult:
    """Extract one article (or reuse ``known``, a cached extraction of the same text).

    An extractor crash is caught, named and reported, never fatal: the article keeps its
    `sources` row and contributes no extracted rows."""
    # Segmented here, once: inference, the outlet and extraction read one document (and one
    # pass of the date patterns).
    doc = Document(article.text)
    published, how = publication_date(article, doc)
    outlet = None
    if article.outlet is None and doc.dateline is not None:
        outlet = dateline_agency(doc.dateline.text)
    author = None
    if article.author is None and doc.byline is not None:
        author = byline_author(doc.byline.text)
    error = None
    if known is not None:
        extraction = known
    else:
        try:
            extraction = extract_all(doc, published)
        except Exception as exc:  # noqa: BLE001 - reported per article in build_report.json
            extraction, error = ArticleExtraction(), f"{type(exc).__name__}: {exc}"
    return ArticleResult(article, published, how, sha256_text(article.text),
                         len(article.text.split()), extraction, error, outlet, author)


def extract_batch(articles: list[Article]) -> list[ArticleResult]:
    """Extract a batch of articles."""
    return [extract_article(a) for a in articles]
