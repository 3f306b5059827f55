"""Extraction speed on undated, number-heavy news (issue 20): sport results, markets, budgets
and elections, with no publication date in the metadata, so every article also goes through
publication-date inference.

    python -m benchmarks.numbers [--articles 2000] [--repeat 3] [--out DIR]

The corpus is written from the forty short articles in ``numbers_articles.txt`` (written for
this benchmark, in the style of BBC online news; no copyrighted text): each article is one of
them, headline and body, followed by the bodies of three others of the same kind (sport,
business, budgets, elections, other; as a round-up of results or figures closes a report), so
an article has about 380 words, as the issue's BBC corpus has. Each gets other people, teams,
companies, towns, weekdays and numbers from a seeded generator, so the same ``--articles``
always gives the same files. It is written as JSONL without a ``published`` field
to ``--out`` (default ``benchmarks/corpora/numbers-N``) and then measured with
``benchmarks.realnews`` (one process, one core, CPU time, best of ``--repeat`` passes per stage).
Nothing here is a test: it prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from . import realnews

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "numbers_articles.txt"

FIRST = ("Jonny", "Andy", "Paula", "Kelly", "Tim", "Gordon", "Frank", "Steven", "Colin", "Tracey",
         "Rafael", "Marat", "Ruud", "Thierry", "Alan", "Michael", "Jason", "Ian", "Fiona", "Ruth",
         "Kenji", "Abdul", "Shane", "Nasser", "Gareth", "Lee", "Harry", "Sian", "Charles", "Mark")
LAST = ("Henman", "Radcliffe", "Holmes", "Lampard", "Gerrard", "Collins", "Burns", "Wilkinson",
        "Flintoff", "Pietersen", "Dawson", "Brown", "Howard", "Kennedy", "Hewitt", "Safin",
        "Nistelrooy", "Henry", "Campbell", "Hoon", "Reid", "Milburn", "Davies", "Jones",
        "Morgan", "Clarke", "Patel", "Okoro", "Khan", "Fraser", "Lewis", "McLeish")
TEAMS = ("Ashford United", "Bramley City", "Castleton Rovers", "Dunmore Athletic",
         "Eastport Town", "Fenwick Wanderers", "Glenholm Albion", "Harwood County",
         "Ivybridge Rangers", "Kelso Thistle", "Larchfield Orient", "Marston Villa")
COMPANIES = ("Albion Mining", "Brightwater Holdings", "Carrow Telecom", "Denholm Motors",
             "Elmstead Brewing", "Fairmile Airways", "Granton Retail", "Halden Bank",
             "Inchcape Research", "Juniper Media", "Kestrel Insurance", "Lowther Energy")
TOWNS = ("Swindon", "Carlisle", "Wrexham", "Dundee", "Ipswich", "Hartlepool", "Leicester",
         "Newport", "Stirling", "Bolton", "Plymouth", "Derby")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
# The kinds of article, as ranges of the templates' order in ``numbers_articles.txt``.
KINDS = (range(0, 10), range(10, 20), range(20, 27), range(27, 32), range(32, 40))
MORE = 3  # bodies of other articles of the same kind after an article's own
_SLOT = re.compile(r"\{([A-Z]+)(\d*)\}|\{([ncof]):(\d+):(\d+)(?::(\d+))?\}")


def templates() -> list[str]:
    """The forty articles, slots unfilled."""
    lines = [line for line in ARTICLES.read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    parts = "\n".join(lines).split("=====")
    return [part.strip() for part in parts if part.strip()]


def fill(template: str, rng: random.Random) -> str:
    """One copy of an article: the same slot name gets the same value throughout it."""
    people: dict[str, tuple[str, str]] = {}
    named: dict[str, str] = {}

    def person(index: str) -> tuple[str, str]:
        if index not in people:
            people[index] = (rng.choice(FIRST), rng.choice(LAST))
        return people[index]

    def value(match: re.Match[str]) -> str:
        kind, index, number, low, high, places = match.groups()
        if number:
            lo, hi = int(low), int(high)
            if number == "n":
                return str(rng.randint(lo, hi))
            if number == "c":
                return f"{rng.randint(lo, hi):,}"
            if number == "o":
                k = rng.randint(lo, hi)
                return f"{k}{'th' if 10 <= k % 100 < 20 else _SUFFIXES.get(k % 10, 'th')}"
            return f"{rng.uniform(lo, hi + 0.999):.{int(places or 1)}f}"
        if kind == "P":
            return " ".join(person(index))
        if kind == "S":
            return person(index)[1]
        pool = {"T": TEAMS, "CO": COMPANIES, "TOWN": TOWNS, "DAY": WEEKDAYS}[kind]
        key = kind + index
        if key not in named:
            taken = {v for k, v in named.items() if k.rstrip("0123456789") == kind}
            named[key] = rng.choice([item for item in pool if item not in taken])
        return named[key]

    return _SLOT.sub(value, template)


def iter_articles(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(id, text) for n articles: the templates in turn, each with the bodies of ``MORE``
    others of its kind after it, filled afresh."""
    rng = random.Random(seed)
    forms = templates()
    for i in range(n):
        main = i % len(forms)
        kind = next(k for k in KINDS if main in k)
        others = rng.sample([j for j in kind if j != main], MORE)
        bodies = [forms[j].split("\n\n", 1)[1] for j in others]
        yield f"numbers-{seed}-{i:05d}", fill("\n\n".join([forms[main], *bodies]), rng)


def write_corpus(folder: Path, n: int, seed: int = 0) -> Path:
    """The corpus as one JSONL file in ``folder`` (no ``published`` field)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "numbers.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for aid, text in iter_articles(n, seed):
            fh.write(json.dumps({"id": aid, "text": text}) + "\n")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    folder = write_corpus(args.out or HERE / "corpora" / f"numbers-{args.articles}", args.articles)
    print(realnews.render(*realnews.measure(folder, args.repeat)))


if __name__ == "__main__":
    main()
