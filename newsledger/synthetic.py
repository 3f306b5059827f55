"""Deterministic synthetic news corpora for tests and benchmarks (no copyrighted text).

Articles are assembled from invented people, places and organizations and a set of paragraph
templates in the styles of wire copy, tabloid, interviews and embedded social posts, so they
exercise every extractor: direct and partial quotes, speakers by name, pronoun and description,
embedded posts with handles and dates, explicit and relative dates, counts, money, percentages.
The same (n, seed) always gives the same files.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

FIRST = ("Maria", "James", "Aisha", "Tomas", "Priya", "Daniel", "Grace", "Omar", "Lena", "Victor",
         "Sofia", "Henry", "Amara", "Lucas", "Nadia", "Peter", "Hana", "Marcus", "Elena", "Samuel")
LAST = ("Okafor", "Lindqvist", "Moreno", "Hartley", "Nakamura", "Petrov", "Castillo", "Brennan",
        "Achebe", "Whitfield", "Kowalski", "Dumont", "Ferreira", "Sato", "Gallagher", "Novak")
ORGS = ("the Harbor City Council", "Northwind Energy", "the Riverside Hospital Trust",
        "the National Weather Service", "Bluefield University", "the Transit Authority")
PLACES = ("Harbor City", "Lakeview", "Port Ellis", "Greenfield", "Ashford", "Milltown")
ROLES = ("the mayor", "the chief executive", "the senator", "the coach", "the spokeswoman",
         "the director")
TOPICS = ("budget", "stadium", "bridge repair", "water plan", "election", "strike", "merger")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")

TEMPLATES = (
    "{name} said on {weekday} that the {topic} would cost about ${money} million, "
    "up from ${money2} million last year.",
    "\"We are not going to stop until this is done,\" {name} told reporters in {place}. "
    "\"People deserve better than this.\"",
    "{last}, {age}, has led {org} since {year}. {pronoun_cap} said the {topic} was "
    "\"long overdue\" and promised results by {month} {day}.",
    "According to {org}, {count:,} residents signed the petition, nearly {pct}% of voters "
    "in {place}.",
    "The {topic} vote, scheduled for {month} {day}, {year}, drew {words} hours of debate. "
    "Only {small} members voted against it.",
    "\"{short_quote}\" {name2} wrote on Twitter.",
    "{post_text} pic.twitter.com/{code}\n\n— {name3} (@{handle}) {month} {day}, {year}",
    "{role_cap} said: \"The numbers speak for themselves. We had {count2:,} visitors in "
    "{month} alone.\"",
    "Officials in {place} reported {count3:,} cases on {weekday}, more than double the "
    "week before.",
    "In the {decade}s, {org} employed more than {small2},000 people; today it has {count4:,}.",
    "Critics called the plan a \"{scare}\", but {last2} dismissed the claim.",
    "{name} first announced the {topic} on {month} {day}, {year}, at a rally attended by "
    "roughly {count5:,} supporters.",
)
SHORT_QUOTES = ("Proud of this team tonight", "See you all next week",
                "Thank you to everyone who came out", "This is only the beginning")
SCARE = ("disaster", "vanity project", "done deal", "fantasy")


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last


def article_text(index: int, seed: int = 0, paragraphs: int = 24) -> str:
    """One synthetic article of about 30 words per paragraph."""
    rng = random.Random(seed * 1_000_003 + index)
    name, last = _person(rng)
    name2, _ = _person(rng)
    name3, last3 = _person(rng)
    year = rng.randint(1995, 2024)
    topic = rng.choice(TOPICS)
    out = [f"{rng.choice(PLACES)} {topic} plan draws {rng.choice(('fire', 'praise', 'crowds'))}"]
    for _ in range(paragraphs):
        tpl = rng.choice(TEMPLATES)
        role = rng.choice(ROLES)
        out.append(tpl.format(
            name=name, name2=name2, name3=name3, last=last, last2=_person(rng)[1],
            handle=(name3.split()[0] + last3).lower(), age=rng.randint(25, 80), year=year,
            org=rng.choice(ORGS), place=rng.choice(PLACES), topic=topic,
            pronoun_cap=rng.choice(("He", "She")), role_cap=role[0].upper() + role[1:],
            weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS), day=rng.randint(1, 28),
            money=rng.randint(2, 900), money2=rng.randint(2, 900), count=rng.randint(1000, 90000),
            count2=rng.randint(1000, 900000), count3=rng.randint(10, 9000),
            count4=rng.randint(100, 9000), count5=rng.randint(100, 50000),
            pct=rng.randint(2, 60), words=rng.choice(NUMBER_WORDS), small=rng.randint(2, 9),
            small2=rng.randint(2, 30), decade=rng.choice((1970, 1980, 1990)),
            short_quote=rng.choice(SHORT_QUOTES), scare=rng.choice(SCARE),
            post_text=rng.choice(SHORT_QUOTES).upper(),
            code="".join(rng.choice("abcdefghijkLMNOPQ0123456789") for _ in range(10))))
    return "\n\n".join(out) + "\n"


def iter_articles(n: int, seed: int = 0) -> Iterator[tuple[str, str, str]]:
    """(id, published ISO date, text) for n articles."""
    start = dt.date(2020, 1, 1)
    for i in range(n):
        published = start + dt.timedelta(days=(i * 7919 + seed) % 1500)
        yield f"synthetic-{seed}-{i:07d}", published.isoformat(), article_text(i, seed)


def write_corpus(folder: Path, n: int, *, seed: int = 0, layout: str = "txt",
                 per_file: int = 1000) -> Path:
    """Write n articles under folder: one .txt per article, or JSONL files of per_file lines."""
    folder.mkdir(parents=True, exist_ok=True)
    if layout == "txt":
        for aid, _, text in iter_articles(n, seed):
            sub = folder / aid[-7:-4]
            sub.mkdir(exist_ok=True)
            (sub / f"{aid}.txt").write_text(text, encoding="utf-8")
        return folder
    fh = None
    try:
        for i, (aid, published, text) in enumerate(iter_articles(n, seed)):
            if i % per_file == 0:
                if fh:
                    fh.close()
                fh = (folder / f"part-{i // per_file:05d}.jsonl").open("w", encoding="utf-8")
            fh.write(json.dumps({"id": aid, "text": text, "published": published,
                                 "outlet": "Synthetic Gazette"}) + "\n")
    finally:
        if fh:
            fh.close()
    return folder
