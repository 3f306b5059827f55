"""Cross-article clusters, each computed by hashing a key (linear in the corpus):

- quotes: the same words, ignoring case, punctuation, spacing and quote marks;
- claims: the same measure_key; the cluster's consistency compares the sources' values;
- events: the same actor, kind of action and date value (``event_cluster_key``).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence

from newsledger.ids import make_id
from newsledger.lexicon.actions import ACTION_GROUPS

_NON_WORD = re.compile(r"[\W_]+")


def normalize_quote(text: str) -> str:
    """'WELP KANYE 2024' and 'Welp, Kanye 2024!' both become 'welp kanye 2024'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def quote_cluster_id(text: str) -> str:
    return make_id("qc", normalize_quote(text))


def claim_cluster_id(measure_key: str) -> str:
    return make_id("cc", measure_key)


def event_cluster_key(actor: str | None, action: str, date_value: str) -> tuple[str, str, str]:
    """What two reports of one happening share: the actor (an entity id, or a name compared
    case-insensitively), the action's group (``lexicon.actions.ACTION_GROUPS``: "tweet" and
    "post", "announcement" and "announce" are one) and the date value."""
    return ((actor or "").casefold(), ACTION_GROUPS.get(action, action), date_value)


def event_cluster_id(actor_entity_id: str | None, action: str, date_value: str) -> str:
    return make_id("ec", *event_cluster_key(actor_entity_id, action, date_value))


def value_interval(value: float, qualifier: str) -> tuple[float, float]:
    """The values a claim allows: "more than 60,000" allows [60000, inf)."""
    if qualifier in ("more_than", "at_least"):
        return value, math.inf
    if qualifier in ("less_than", "at_most"):
        return -math.inf, value
    if qualifier == "approximate":
        spread = abs(value) * 0.05
        return value - spread, value + spread
    return value, value


def consistency(claims: Sequence[tuple[str, float, str]]) -> str:
    """single_source, agrees or conflicts for one cluster of (source_id, value, qualifier).

    Sources agree when one value satisfies every source's claim: the intervals the claims allow
    share a point (by Helly's theorem in one dimension, pairwise overlap is enough). Values
    within one source are not compared with each other.
    """
    if len({sid for sid, _, _ in claims}) < 2:
        return "single_source"
    lows, highs = zip(*(value_interval(v, q) for _, v, q in claims))
    return "agrees" if max(lows) <= min(highs) else "conflicts"


def claim_consistency(rows: Iterable[dict]) -> dict[str, str]:
    """cluster_id -> consistency, grouping claim rows by cluster (one pass)."""
    groups: dict[str, list[tuple[str, float, str]]] = defaultdict(list)
    for r in rows:
        groups[r["cluster_id"]].append((r["source_id"], r["value"], r["qualifier"]))
    return {cid: consistency(members) for cid, members in groups.items()}
