"""Extraction speed on a real news corpus: words per second on one core for the document model,
publication-date inference and each extractor, as ``extract_article`` runs them (same order,
same inputs).

    python -m benchmarks.realnews CORPUS_DIR [--repeat 3]

CORPUS_DIR is any corpus ``newsledger build`` reads (for example PolNeAR's train split written
by ``score_quotes.py corpus train DIR``). Measure an undated corpus (ECB+: no publication dates,
so every article goes through inference) and a dated, number-heavy one (TimeBank: business
news), not only political news. Nothing here is a test: it prints a Markdown table.
The date pass is the one match of the date rules over the document (``DATE_MATCHES``), which
publication-date inference and the dates stage then read (it used to be counted in pubdate on
an undated corpus, in dates on a dated one). The quotes stage is direct and partial quotes;
reported speech (quotes of kind ``indirect``, read after them) is its own stage; the keys
stage is each article's story keys (``extract.keys``: terms and the copy sketch).
Each stage's time is the sum over articles of the best of ``--repeat`` runs of the whole
corpus, in CPU time (time.process_time), which damps the noise of a shared machine. To compare
two versions of the code, ``benchmarks.interleaved`` runs both in one process, article by
article (a machine's drift between two runs is often larger than the change).
"""
from __future__ import annotations

import argparse
import importlib
import time
from pathlib import Path
from types import SimpleNamespace

from newsledger.ingest import read_corpus

STAGES = ("document", "date pass", "pubdate", "dates", "entities", "quotes", "reported", "claims",
          "events", "keys")


def extractors(package: str = "newsledger") -> SimpleNamespace:
    """The document model and the extractors of ``package`` (another name for another version
    of the code: ``benchmarks.interleaved``)."""
    def part(module: str):
        return importlib.import_module(f"{package}.{module}")

    dates = part("extract.dates")
    quotes = part("extract.quotes")
    return SimpleNamespace(
        Document=part("text").Document, DATE_MATCHES=dates.DATE_MATCHES,
        infer_publication_date=dates.infer_publication_date, extract_dates=dates.extract_dates,
        extract_entities=part("extract.entities").extract_entities,
        extract_quotes=quotes.extract_quotes, reported_speech=quotes.reported_speech,
        extract_claims=part("extract.claims").extract_claims,
        extract_events=part("extract.events").extract_events,
        story_keys=part("extract.keys").story_keys)


def time_article(x: SimpleNamespace, article, spent: dict[str, float]) -> None:
    """Add the CPU seconds each stage of ``x`` (``extractors()``) takes on ``article`` to
    ``spent``."""
    clock = time.process_time  # CPU time: a busy shared machine does not inflate it
    t0 = clock()
    doc = x.Document(article.text)
    t1 = clock()
    x.DATE_MATCHES(doc)
    t2 = clock()
    published = article.published
    if published is None:
        published = x.infer_publication_date(doc)
    t3 = clock()
    dates = x.extract_dates(doc, published)
    t4 = clock()
    entities = x.extract_entities(doc)
    t5 = clock()
    quotes = x.extract_quotes(doc, entities)
    t6 = clock()
    x.reported_speech(doc, entities, quotes)
    t7 = clock()
    x.extract_claims(doc, dates, entities, quotes, published)
    t8 = clock()
    x.extract_events(doc, dates, entities, published)
    t9 = clock()
    x.story_keys(doc, entities, dates)
    t10 = clock()
    times = (t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10)
    for stage, start, end in zip(STAGES, times, times[1:]):
        spent[stage] += end - start


def time_stages(articles: list) -> dict[str, float]:
    """Seconds per stage over every article, one pass."""
    x = extractors()
    spent = dict.fromkeys(STAGES, 0.0)
    for article in articles:
        time_article(x, article, spent)
    return spent


def measure(corpus: Path, repeat: int = 3) -> tuple[int, int, int, dict[str, float]]:
    """(articles, undated articles, words, best seconds per stage) for the corpus at ``corpus``."""
    articles = read_corpus([corpus]).articles
    words = sum(len(a.text.split()) for a in articles)
    undated = sum(a.published is None for a in articles)
    best: dict[str, float] = {}
    for _ in range(repeat):
        for stage, seconds in time_stages(articles).items():
            best[stage] = min(best.get(stage, seconds), seconds)
    return len(articles), undated, words, best


def render(articles: int, undated: int, words: int, best: dict[str, float]) -> str:
    total = sum(best.values())
    rows = [f"{articles:,} articles ({undated:,} without a publication date), {words:,} words; "
            "one process, one core.", "",
            "| stage | seconds | words/s |", "|---|---|---|"]
    rows += [f"| {stage} | {best[stage]:.2f} | "
             f"{words / best[stage] if best[stage] else float('inf'):,.0f} |" for stage in STAGES]
    rows.append(f"| **all extraction** | {total:.2f} | **{words / total:,.0f}** |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(render(*measure(args.corpus, args.repeat)))


if __name__ == "__main__":
    main()
