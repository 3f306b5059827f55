"""Merge the entities of all articles into one table, blocking by name keys (never pairwise).

Within an article the entity extractor has already merged aliases ("Kanye", "West", "ye") into
one LocalEntity. Across articles, entities merge when:
1. they have the same kind and the same normalized name ("Kanye West" = "kanye west"); or
2. a one-word person name ("Kanye") matches a word of exactly one multi-word person name in the
   corpus (ambiguous one-word names stay separate rather than merged wrongly); or
3. they share a social handle (an account "@kanyewest" joins the person who uses it); or
4. an article linked them: a name of several words that one article merged, as an alias, into
   a longer name of the same kind ("Kim Kardashian" into "Kim Kardashian West") joins that longer
   name in every article, when it was linked to one longer name only (a form linked to two
   different people stays separate rather than merged wrongly) and the longer name is written
   in at least a quarter as many articles as the shorter (one headline's "Donald Trump Is
   Right" does not take in the Donald Trump of 800 articles).
5. an organization's name is another organization's name after a place ("US White House"
   joins "White House", "U.S. Senate" joins "Senate") when that shorter name occurs.
Places arrive already canonical ("US", "U.S." and "America" are "United States" in every
article: ``newsledger.lexicon.places``), so rule 1 merges them.
Every step looks names up in dictionaries, so the cost grows linearly with the corpus.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from newsledger.ids import make_id
from newsledger.extract.entities.merging import initials_key
from newsledger.lexicon.places import PLACE_NAMES, place_key
_SPACE = re.compile(r"\s+")


# Rule 4 links a name into a longer one written in at least 1/RARE_VARIANT as many articles.
RARE_VARIANT = 4


def name_key(name: str) -> str:
    """Case-, space- and apostrophe-insensitive form of a name, a country's initials written
    one way ("U.S. Army", "US Army")."""
    return initials_key(_SPACE.sub(" ", name.replace("’", "'")).strip().casefold())


class LocalRef(NamedTuple):
    """An entity as one article knows it (a LocalEntity without its mentions)."""

    source_id: str
    name: str
    kind: str
    handles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # other forms the article merged into ``name``


def local_ref(kind: str, name: str) -> str:
    """How an article's rows point at one of its own entities before merging."""
    return f"{kind}\x1f{name}"


@dataclass(frozen=True)
class EntityIndex:
    """Maps each local entity (kind and name as an article wrote it) to the global entity id
    and its canonical name. Entities merge by kind and name only (never by article), so the
    index grows with the number of distinct names, not of articles."""

    ids: dict[tuple[str, str], str]  # (kind, local name) -> entity_id
    names: dict[str, str]  # entity_id -> canonical name
    kinds: dict[str, str]  # entity_id -> kind
    _by_ref: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _arrays: dict[str, pa.Array] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_ref.update({local_ref(k, n): eid for (k, n), eid in self.ids.items()})
        refs = sorted(self._by_ref)
        eids = sorted(self.names)
        self._arrays.update(
            refs=pa.array(refs, pa.string()),
            ref_ids=pa.array([self._by_ref[r] for r in refs], pa.string()),
            ids=pa.array(eids, pa.string()),
            id_names=pa.array([self.names[e] for e in eids], pa.string()))

    def lookup_array(self, refs: pa.ChunkedArray | pa.Array) -> pa.Array:
        """``lookup`` of a whole column of local references (null where there is none)."""
        at = pc.index_in(refs, value_set=self._arrays["refs"])
        return pc.take(self._arrays["ref_ids"], at)

    def names_array(self, ids: pa.ChunkedArray | pa.Array) -> pa.Array:
        """The canonical names of a column of entity ids (null where the id is null)."""
        at = pc.index_in(ids, value_set=self._arrays["ids"])
        return pc.take(self._arrays["id_names"], at)

    def lookup(self, ref: str | None) -> str | None:
        """The entity id of a ``local_ref`` (None for None or an unknown reference)."""
        return self._by_ref.get(ref) if ref else None

    def of(self, kind: str, name: str) -> str | None:
        return self.ids.get((kind, name))


def merge_entities(refs: Iterable[LocalRef]) -> EntityIndex:
    """Assign every local entity a global entity id; see the module docstring for the rules.
    ``refs`` is read once (it may stream from disk); only distinct names are kept."""
    counts: Counter[tuple[str, str]] = Counter()  # (kind, written name) -> articles
    handle_owner: dict[str, set[tuple[str, str]]] = defaultdict(set)  # rule 3: handles
    linked: dict[tuple[str, str], set[str]] = defaultdict(set)  # rule 4: (kind, alias) -> names
    for r in refs:
        counts[(r.kind, r.name)] += 1
        if r.kind == "person":
            for h in r.handles:
                handle_owner[name_key(h)].add((r.kind, name_key(r.name)))
        for alias in r.aliases:
            if " " in alias.strip() and name_key(alias) != name_key(r.name):
                linked[(r.kind, name_key(alias))].add(name_key(r.name))
    # Canonical groups keyed by (kind, name key), with how often each form was written.
    groups: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (kind, name), n in counts.items():
        groups[(kind, name_key(name))][name] += n
    def written(key: tuple[str, str]) -> int:
        return sum(groups.get(key, {}).values())

    # Rule 4's links that hold, and the longer names too rare to take in their shorter form.
    into: dict[tuple[str, str], tuple[str, str]] = {}
    rare: set[tuple[str, str]] = set()
    for (kind, alias), longer in linked.items():
        if len(longer) == 1:
            to = (kind, next(iter(longer)))
            if RARE_VARIANT * written(to) >= written((kind, alias)):
                into[(kind, alias)] = to
            else:
                rare.add(to)
    # Rule 2: one-word person names that belong to exactly one multi-word person name.
    word_owner: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for kind, key in groups:
        if kind == "person" and " " in key and (kind, key) not in into \
                and (kind, key) not in rare:
            for word in key.split(" "):
                word_owner[word].add((kind, key))

    def target(kind: str, name: str) -> tuple[str, str]:
        key = (kind, name_key(name))
        if key in into:
            return into[key]
        if kind == "person" and " " not in key[1] and len(word_owner.get(key[1], ())) == 1:
            return next(iter(word_owner[key[1]]))
        if kind == "organization" and " " in key[1]:
            head, rest = key[1].split(" ", 1)
            if place_key(head) in PLACE_NAMES and (kind, rest) in groups:
                return kind, rest
        if kind == "account":
            owners = handle_owner.get(key[1], set())
            if len(owners) == 1:
                return next(iter(owners))
        return key

    ids: dict[tuple[str, str], str] = {}
    surface: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (kind, name), n in counts.items():
        t = target(kind, name)
        ids[(kind, name)] = make_id("e", t[0], t[1])
        surface[t][name] += n
    names, kinds = {}, {}
    for (kind, key), forms in surface.items():
        eid = make_id("e", kind, key)
        # Canonical name: the form written most often for this key, ties broken by text.
        exact = groups.get((kind, key)) or forms
        names[eid] = min(exact.items(), key=lambda f: (-f[1], f[0]))[0]
        kinds[eid] = kind
    return EntityIndex(ids, names, kinds)
