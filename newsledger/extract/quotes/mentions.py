"""The entity mentions of an article, indexed by offset, as the quote extractor reads them to
name speakers (the mentions come from ``newsledger.extract.entities``)."""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsledger.records import EntityMention, LocalEntity


class Mentions:
    """Entity mentions by position."""

    def __init__(self, entities: Sequence[LocalEntity],
                 skip: tuple[int, int] = (-1, -1)) -> None:
        # mentions inside ``skip`` (the byline: the author is not a speaker's referent) are
        # left out
        rows = sorted(((m.start, m.end, m, ent) for ent in entities for m in ent.mentions
                       if not skip[0] <= m.start < skip[1]), key=lambda r: (r[0], -r[1]))
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.entities = entities

    def at(self, s: int, e: int) -> tuple[EntityMention, LocalEntity] | None:
        """The longest mention overlapping text[s:e] that starts first."""
        i = bisect.bisect_left(self.starts, s)
        j = max(0, i - 1)
        best = None
        while j < len(self.rows) and self.rows[j][0] < e:
            ms, me, m, ent = self.rows[j]
            if ms < e and s < me and (best is None or me - ms > best[0].end - best[0].start):
                best = (m, ent)
            j += 1
        return best

    def between(self, s: int, e: int):
        i = bisect.bisect_left(self.starts, s)
        while i < len(self.rows) and self.rows[i][0] < e:
            yield self.rows[i]
            i += 1

    def last_before(self, pos: int, floor: int, kinds: tuple[str, ...]) -> tuple | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.rows[i][0] >= floor:
            if self.rows[i][3].kind in kinds and self.rows[i][1] <= pos:
                return self.rows[i]
            i -= 1
        return None

    def surname(self, name: str) -> LocalEntity | None:
        """The one person whose last name is ``name`` ('HOLT' -> 'Lester Holt')."""
        low = name.lower()
        found = [e for e in self.entities
                 if e.kind == "person" and " " in e.name and e.name.lower().split()[-1] == low]
        return found[0] if len(found) == 1 else None

    def named(self, name: str) -> LocalEntity | None:
        low = name.lower()
        for ent in self.entities:
            if ent.name.lower() == low or low in (a.lower() for a in ent.aliases) or \
                    low in (h.lower() for h in ent.handles):
                return ent
        return None
