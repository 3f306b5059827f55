"""Numbers asserted as fact: value, unit, qualifier, subject, claimant, as-of date, measure key.

Method. Each article is read once into a ``ClaimContext`` (``context.py``: the spans where no
number is a claim, the numbers that are names, the entity mentions a number can be about, its
quotes and dates). Then each reader finds its own quantity forms and turns each into a claim or
nothing; a later reader's claim never overlaps an earlier one's:

1. ``quantities.py``: numbers in digits or words, with their currency, scale and glued unit
   ("£2.1bn", "60,000", "twenty-five", "half a million", "5%", "43-year-old"), found by one
   pattern tried only near the places a cheap hint finds; the local rules of ``filters.py``
   drop years, codes, scores, names, list markers, addresses, pronouns and idioms.
2. ``fractions.py``: fractions as words that state a quantity ("half of voters", "a
   two-thirds majority"; they replace a number read inside them) and lengths of time with an
   article ("for a decade", "lasted an hour").

For a kept quantity (``assemble.py``): its unit (``units.py``: "12 swing states" -> state,
"306 electoral votes" -> electoral vote, "Smith, 54," -> year), its qualifier
(``qualifiers.py``: "little more than" -> more_than, "couldn't even reach" -> less_than,
"nearly" -> approximate, "or more" -> at_least), its clause (the sentence of the document, at
most about 400 characters either side of the number), its subject and claimant
(``attribution.py``), its as-of date and the place it is limited to (``scope.py``), and its
``measure`` and ``period`` (``newsledger.extract.measures``, ``periods``); ``measure_key`` =
"subject|measure|period|unit" (lower case).

Sources: hand-written rules from the usage of English news; word lists in
``newsledger.lexicon.numbers``. Standard library only; every pattern is bounded, so the cost is
linear in the text length.

3. ``forms.py``: ranges ("between 30 and 40 people", "15-20%": two claims, at_least and
   at_most, sharing unit, scale and measure), proportions ("one in five" -> 0.2 fraction) and
   multiples ("twice as many", "tripled" -> 2, 3 multiple).
4. ``timings.py``: times taken, in seconds ("2 hours 1 minute 9 seconds", "2:14:04"); they
   replace the numbers read inside them.

Limits: sports scores and digits joined by a hyphen or slash with no unit ("3-2", "10-12",
"24/7") are not claims (neither side is read); ordinals ("finished third") and vague plurals
("hundreds of", "dozens") are not read; a fraction's whole ("half of the 400
staff") is not linked to it; numbers right after a capitalized word are taken as part of a
name, so Title Case headlines lose their numbers; subjects and claimants are positional, not
syntactic; the sign of negative numbers is lost.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from newsledger.records import Claim, DateMention, LocalEntity, Quote
from newsledger.text import Document

from .context import ClaimContext
from .forms import (find_multiples, find_proportions, find_ranges, find_tallies,
                    read_multiple, read_proportion, read_range, read_tally)
from .fractions import (find_article_durations, find_fractions, read_article_duration,
                        read_fraction)
from .quantities import find_quantities, read_number
from .timings import find_timings, read_timing

__all__ = ["READERS", "Reader", "extract_claims"]


@dataclass(frozen=True)
class Reader:
    """One way quantities are written: where its candidates are (``find``) and the claim of a
    candidate, or None (``read``). A claim that overlaps one kept before is dropped, unless
    ``replaces_inside``: then the claims read inside it go ("two thirds" replaces "two"). With
    ``overlaps_itself``, only the claims of earlier readers count ("four of the six delegates"
    and "six delegates" are both kept)."""

    name: str
    find: Callable[[ClaimContext], Iterable[re.Match]]
    read: Callable[[ClaimContext, re.Match], Claim | tuple[Claim, ...] | None]
    replaces_inside: bool = False
    overlaps_itself: bool = False


# The readers, in order. A range's two ends come first, so the number reader leaves them;
# proportions and multiples replace the numbers read inside them ("one in five voters" is not
# "five voters").
READERS = (
    Reader("ranges", find_ranges, read_range),
    Reader("tallies", find_tallies, read_tally),
    Reader("numbers", lambda a: find_quantities(a.text, a.low, a.runs, a.words), read_number,
           overlaps_itself=True),
    Reader("fractions", lambda a: find_fractions(a.text, a.low), read_fraction,
           replaces_inside=True),
    Reader("article durations", lambda a: find_article_durations(a.text, a.low),
           read_article_duration),
    Reader("timings", find_timings, read_timing, replaces_inside=True),
    Reader("proportions", find_proportions, read_proportion, replaces_inside=True),
    Reader("multiples", find_multiples, read_multiple, replaces_inside=True),
)

_BY_POSITION = attrgetter("value_start", "start")  # the order of the claims


def extract_claims(doc: Document, dates: Sequence[DateMention], entities: Sequence[LocalEntity],
                   quotes: Sequence[Quote], published: dt.date | None = None,
                   trace: list[tuple[str, str, object]] | None = None) -> list[Claim]:
    """Every number asserted as fact in the document, sorted by (value_start, start).

    ``dates``, ``entities`` and ``quotes`` are the article's records from the other extractors:
    numbers inside a date are skipped, entities give subjects and places, quotes claimants;
    ``published`` tells an "as of" the day of writing from an earlier day. ``trace``, when
    given, receives (table, rule, result) for every rule that decided something (the rule
    tables' examples read it)."""
    text = doc.text
    if not text:
        return []
    a = ClaimContext(doc, dates, entities, quotes, published, trace)
    out: list[Claim] = []
    for reader in READERS:
        before = out[:] if reader.overlaps_itself else out  # the claims of earlier readers
        if reader.overlaps_itself and before and trace is None:
            # (a number there is dropped below: not assembled, unless its rules are traced)
            a.taken = tuple((o.value_start, o.value_end) for o in before)
        for m in reader.find(a):
            got = reader.read(a, m)
            for c in (got,) if isinstance(got, Claim) else got or ():
                if reader.replaces_inside:
                    out = [o for o in out if not (c.value_start <= o.value_start < c.value_end)]
                    before = out
                if not before or not any(  # (most numbers: no earlier reader's claim)
                        o.value_start < c.value_end and c.value_start < o.value_end
                        for o in before):
                    out.append(c)
        a.taken = ()
    out.sort(key=_BY_POSITION)
    return out
