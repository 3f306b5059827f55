"""The stories the release page lists, read from the release's Parquet files: which stories
are shown in full, and for each its articles, its timeline, who is quoted in it and the claim
groups its sources were compared on (with the claims of those that agree or conflict).

Bounded for big corpora: the whole ``stories`` table is read (a few short columns), and
``claim_groups`` for two columns; everything else is read for the shown stories only.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.compute as pc

from .queries import ArticleTexts, read, select

STORIES_SHOWN = 30  # stories listed in full: those with most independent sources
CONFLICT_STORIES = 20  # and the stories with a conflict beyond those, up to this many
SOURCES_PER_STORY = 12  # articles listed per story
EVENTS_PER_STORY = 6  # happenings on a story's timeline
SPEAKERS_PER_STORY = 5  # speakers listed as quoted in a story
QUOTE_CHARS = 25  # a speaker is shown with its first quote this long or longer (else its first)
CLAIMS_PER_GROUP = 6  # claims shown per compared group
GROUPS_PER_STORY = 4  # conflicting (and agreeing) groups shown per story: most sources first
COMPARED = ("conflicts", "agrees")  # verdicts shown with their claims; the others are folded


@dataclass
class Story:
    """A story as the page shows it."""

    row: dict[str, Any]
    sources: list[dict[str, Any]] = field(default_factory=list)
    n_sources_more: int = 0
    timeline: list[dict[str, Any]] = field(default_factory=list)
    n_happenings: int = 0
    speakers: list[dict[str, Any]] = field(default_factory=list)
    n_speakers: int = 0
    groups: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by verdict
    n_groups: Counter[str] = field(default_factory=Counter)  # by verdict, shown or not
    by_source: dict[str, dict[str, Any]] = field(default_factory=dict)  # every article

    @property
    def story_id(self) -> str:
        return self.row["story_id"]


@dataclass
class Stories:
    """The shown stories, in page order, and what the rest amounts to."""

    shown: list[Story]
    n_top: int  # the first n_top of shown are the stories with most sources; then conflicted
    n_stories: int
    n_multi: int  # stories of more than one independent article
    n_with_conflicts: int
    n_conflicts: int


def story_order(row: dict[str, Any]) -> tuple[Any, ...]:
    """Most independent sources first, then the earliest, undated last, then by id."""
    first = row["first_published"]
    return (-row["n_independent"], first is None, first or 0, row["story_id"])


def pick_stories(rows: list[dict[str, Any]], conflicted: set[str]) -> list[dict[str, Any]]:
    """The stories listed in full, in page order: the first ``STORIES_SHOWN``, then the
    ``CONFLICT_STORIES`` first of the others whose sources disagree on a number."""
    rows = sorted(rows, key=story_order)
    top = rows[:STORIES_SHOWN]
    more = [r for r in rows[STORIES_SHOWN:] if r["story_id"] in conflicted]
    return top + more[:CONFLICT_STORIES]


def _first(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return min(rows, key=lambda r: (r["source_id"], r["char_start"]))


def _timeline(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """A story's happenings (event clusters): those most of its articles report, in date
    order; and how many it has."""
    by_cluster: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        by_cluster[ev["cluster_id"]].append(ev)
    items = []
    for cid, evs in by_cluster.items():
        first = _first(evs)
        items.append(dict(first, n_sources=len({ev["source_id"] for ev in evs})))
    top = sorted(items, key=lambda r: (-r["n_sources"], r["event_date"], r["cluster_id"]))
    shown = sorted(top[:EVENTS_PER_STORY],
                   key=lambda r: (r["event_date"], r["date_value"], r["cluster_id"]))
    return shown, len(items)


def _speakers(quotes: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """A story's named speakers, most quoted first, each with its first quote of
    ``QUOTE_CHARS`` or more (else its first)."""
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        if q["speaker_name"]:
            by_name[q["speaker_name"]].append(q)
    rows = [dict(_first([q for q in qs if q["char_end"] - q["char_start"] >= QUOTE_CHARS] or qs),
                 n_quotes=len(qs), n_sources=len({q["source_id"] for q in qs}))
            for qs in by_name.values()]
    rows.sort(key=lambda r: (-r["n_quotes"], -r["n_sources"], r["speaker_name"]))
    return rows[:SPEAKERS_PER_STORY], len(rows)


def stories(release: Path, texts: ArticleTexts) -> Stories:
    """The stories the page lists in full, with what it shows of each (the texts of events,
    quotes and claims sliced from their articles, read once in ``texts``)."""
    rows = read(release, "stories", ["story_id", "title", "first_published", "last_published",
                                     "n_sources", "n_outlets", "n_independent"]).to_pylist()
    verdicts = read(release, "claim_groups", ["story_id", "verdict"]).to_pylist()
    conflicted = Counter(v["story_id"] for v in verdicts if v["verdict"] == "conflicts")
    picked = pick_stories(rows, set(conflicted))
    shown = [Story(r) for r in picked]
    result = Stories(shown, min(len(shown), STORIES_SHOWN), len(rows),
                     sum(r["n_independent"] > 1 for r in rows), len(conflicted),
                     sum(conflicted.values()))
    if not shown:
        return result
    ids = [s.story_id for s in shown]
    by_story = {s.story_id: s for s in shown}
    # the articles: by date (undated last), outlet, id
    src = select(release, "sources", ["source_id", "story_id", "title", "outlet", "published_date",
                                      "copy_of", "n_chars"], "story_id", ids).to_pylist()
    src.sort(key=lambda r: (r["published_date"] is None, r["published_date"] or 0,
                            (r["outlet"] or "").lower(), r["source_id"]))
    story_of: dict[str, str] = {}
    for r in src:
        story_of[r["source_id"]] = r["story_id"]
        by_story[r["story_id"]].sources.append(r)
        by_story[r["story_id"]].by_source[r["source_id"]] = r
    for s in shown:
        s.n_sources_more = max(0, len(s.sources) - SOURCES_PER_STORY)
        s.sources = s.sources[:SOURCES_PER_STORY]
    # timelines and quoted speakers, from the stories' articles
    sids = sorted(story_of)
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in select(release, "events", ["cluster_id", "event_date", "date_value", "actor",
                                         "action", "char_start", "char_end"],
                     "source_id", sids).to_pylist():
        events[story_of[ev["source_id"]]].append(ev)
    quotes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in select(release, "quotes", ["speaker_name", "char_start", "char_end"],
                    "source_id", sids).to_pylist():
        quotes[story_of[q["source_id"]]].append(q)
    for s in shown:
        s.timeline, s.n_happenings = _timeline(events[s.story_id])
        s.speakers, s.n_speakers = _speakers(quotes[s.story_id])
    texts.fill([r for s in shown for r in s.timeline], "event_text")
    texts.fill([r for s in shown for r in s.speakers], "quote_text")
    # the groups compared, and the claims of those that agree or conflict
    groups = read(release, "claim_groups", ["cluster_id", "story_id", "measure", "period",
                                            "unit", "subject", "n_claims", "n_sources",
                                            "n_independent", "verdict", "reason"],
                  [("story_id", "in", ids)]).to_pylist()
    groups.sort(key=lambda g: (g["measure"], g["subject"] or "", g["period"] or "",
                               g["cluster_id"]))
    for g in groups:
        by_story[g["story_id"]].groups.setdefault(g["verdict"], []).append(g)
    for s in shown:
        s.n_groups.update({v: len(gs) for v, gs in s.groups.items()})
        for verdict in COMPARED:
            most = sorted(s.groups.get(verdict, []), key=lambda g: -g["n_independent"])
            s.groups[verdict] = most[:GROUPS_PER_STORY]  # stable: by measure within a tie
    _attach_claims(release, [g for s in shown for v in COMPARED for g in s.groups.get(v, [])],
                   by_story, texts)
    return result


def _attach_claims(release: Path, groups: list[dict[str, Any]], by_story: dict[str, Story],
                   texts: ArticleTexts) -> None:
    """Each group's claims (``g["claims"]``): by source, then position; at most
    ``CLAIMS_PER_GROUP``, with the source's outlet, date and copy_of."""
    if not groups:
        return
    cols = ["source_id", "char_start", "char_end", "value", "value_text",
            "value_start", "value_end", "unit", "qualifier", "claimant", "cluster_id"]
    table = select(release, "claims", cols, "cluster_id", [g["cluster_id"] for g in groups])
    table = table.filter(pc.is_valid(table["cluster_id"]))
    claims: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in table.to_pylist():
        claims[c["cluster_id"]].append(c)
    for g in groups:
        sources = by_story[g["story_id"]].by_source
        rows = sorted(claims[g["cluster_id"]], key=lambda c: (c["source_id"], c["value_start"]))
        for c in rows:
            s = sources.get(c["source_id"], {})
            c.update(outlet=s.get("outlet"), published_date=s.get("published_date"),
                     copy_of=s.get("copy_of"))
        g["claims"] = rows[:CLAIMS_PER_GROUP]
    texts.fill([c for g in groups for c in g["claims"]], "claim_text")
