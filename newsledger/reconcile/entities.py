"""Merge the entities of all articles into one table, blocking by name keys (never pairwise).

Within an article the entity extractor has already merged aliases ("Kanye", "West", "ye") into
one LocalEntity. Across articles, entities merge when:
1. they have the same kind and the same normalized name ("Kanye West" = "kanye west"); or
2. a one-word person name ("Kanye") matches a word of exactly one multi-word person name in the
   corpus (ambiguous one-word names stay separate rather than merged wrongly); or
3. they share a social handle (an account "@kanyewest" joins the person who uses it).
Every step looks names up in dictionaries, so the cost grows linearly with the corpus.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from newsledger.ids import make_id
_SPACE = re.compile(r"\s+")


def name_key(name: str) -> str:
    """Case-, space- and apostrophe-insensitive form of a name."""
    return _SPACE.sub(" ", name.replace("’", "'")).strip().casefold()


class LocalRef(NamedTuple):
    """An entity as one article knows it (a LocalEntity without its mentions)."""

    source_id: str
    name: str
    kind: str
    handles: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntityIndex:
    """Maps (source_id, local entity name) to the global entity id and its canonical name."""

    ids: dict[tuple[str, str], str]
    names: dict[str, str]  # entity_id -> canonical name
    kinds: dict[str, str]  # entity_id -> kind

    def lookup(self, source_id: str, local_name: str | None) -> str | None:
        if not local_name:
            return None
        return self.ids.get((source_id, local_name))


def merge_entities(refs: Iterable[LocalRef]) -> EntityIndex:
    """Assign every local entity a global entity id; see the module docstring for the rules."""
    locals_ = [(r.source_id, r) for r in refs]
    # Canonical groups keyed by (kind, name key).
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)  # key -> surface names
    for _, e in locals_:
        groups[(e.kind, name_key(e.name))].append(e.name)
    # Rule 2: one-word person names that belong to exactly one multi-word person name.
    word_owner: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for kind, key in groups:
        if kind == "person" and " " in key:
            for word in key.split(" "):
                word_owner[word].add((kind, key))
    # Rule 3: handles.
    handle_owner: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for _, e in locals_:
        if e.kind == "person":
            for h in e.handles:
                handle_owner[name_key(h)].add((e.kind, name_key(e.name)))

    def target(e: LocalRef) -> tuple[str, str]:
        key = (e.kind, name_key(e.name))
        if e.kind == "person" and " " not in key[1] and len(word_owner.get(key[1], ())) == 1:
            return next(iter(word_owner[key[1]]))
        if e.kind == "account":
            owners = handle_owner.get(key[1], set())
            if len(owners) == 1:
                return next(iter(owners))
        return key

    ids: dict[tuple[str, str], str] = {}
    surface: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sid, e in locals_:
        t = target(e)
        ids[(sid, e.name)] = make_id("e", t[0], t[1])
        surface[t].append(e.name)
    names, kinds = {}, {}
    for (kind, key), forms in surface.items():
        eid = make_id("e", kind, key)
        # Canonical name: the form written most often for this key, ties broken by text.
        exact = [f for f in groups.get((kind, key), forms)]
        names[eid] = sorted(set(exact), key=lambda f: (-exact.count(f), f))[0]
        kinds[eid] = kind
    return EntityIndex(ids, names, kinds)
