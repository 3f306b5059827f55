"""A claim from a quantity found in its sentence: its qualifier, subject, claimant, as-of date,
measure and period, and the measure key sources are compared on."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from newsledger.lexicon.measures import (OWN_SUBJECT_MEASURES, PEOPLE_MEASURES,
                                         RUNNING_MEASURES)
from newsledger.lexicon.numbers import DENOMINATOR_BEFORE
from newsledger.records import Claim

from ..amounts import AMOUNT_UNITS
from ..markets import is_market_measure
from ..measures import measure_key, measure_of
from ..periods import period_of, running_total
from .attribution import DENOMINATOR as _DENOMINATOR
from .attribution import claimant as _claimant
from .attribution import previous_subject as _previous_subject
from .attribution import rival as _rival
from .attribution import subject as _subject
from .attribution import topic as _topic
from .attribution import unnamed_subject as _unnamed_subject
from .qualifiers import qualifier as _qualifier
from .scope import as_of as _as_of
from .scope import scope as _scope

if TYPE_CHECKING:
    from .context import ClaimContext

_DENOMINATOR_LAST = tuple({p.split()[-1] for p in DENOMINATOR_BEFORE})


def _may_follow_denominator(text: str, vs: int) -> bool:
    """Whether the last word of a ``DENOMINATOR_BEFORE`` phrase ("of", "total") and a space end
    the text before ``vs`` (before a final line break maybe): a first look for ``DENOMINATOR``."""
    window = text[max(0, vs - 25):vs]
    if window.endswith("\n"):
        window = window[:-1]
    words = window.rstrip(" \t\u00a0")
    return len(words) < len(window) and words[-5:].lower().endswith(_DENOMINATOR_LAST)


def finish(a: ClaimContext, s: int, e: int, vs: int, ve: int, num_end: int, value: float,
           unit: str | None, plus: bool = False, comparable: bool = True,
           in_range: bool = False) -> Claim:
    """The claim of the quantity text[vs:ve] (its number ends at ``num_end``) in the sentence
    text[s:e]: qualifier, subject, claimant, measure, period. ``comparable`` False leaves
    the measure out (a fraction: what it is a fraction of is not read)."""
    text = a.text
    value_text = text[vs:ve]
    qualifier, rule = _qualifier(text, vs, ve, plus)
    if a.trace is not None:
        a.trace.append(("claims.qualifiers", rule, value_text))
    if not (s <= vs and ve <= e):
        s, e = min(s, vs), max(e, ve)
    denominator = _may_follow_denominator(text, vs) and \
        _DENOMINATOR.search(text, max(0, vs - 25), vs) is not None
    subject = None if denominator else _subject(a, vs, s, e)
    own = subject  # the sentence's own (a measured claim may carry one from elsewhere)
    measure = measure_of(text, s, e, vs, ve, num_end, unit, trace=a.trace, in_range=in_range,
                         scope=partial(_scope, a, vs, ve, s, e),
                         low_text=a.low_text) \
        if comparable else None
    if unit not in (None, "person") and measure is not None and \
            measure.startswith(PEOPLE_MEASURES):
        unit = "person"  # "12 residents", "9 deaths", "15,000 fans": counted in persons
    market = measure is not None and is_market_measure(measure)
    if market:
        # the benchmark is named in the measure ("index level (s&p 500)", "sterling exchange
        # rate"): no subject besides, whoever the sentence names before it
        subject = own = None
        if unit is None:
            unit = "point"  # an index's level: "the Dow ... to 36,245.5"
    if subject is None and measure is not None and not denominator and not market and \
            measure.partition(" (")[0].removesuffix(" rise").removesuffix(" fall") \
            not in OWN_SUBJECT_MEASURES:
        people = unit == "person" or measure.startswith(PEOPLE_MEASURES)
        # a count in an unnamed one's sentence stays the topic's ("A train derailed, killing
        # five people"); an amount, a rate or a length of time is the unnamed one's ("A man
        # ... has been jailed for eight years", "A first-class stamp now costs 85p")
        if people or unit not in AMOUNT_UNITS or not _unnamed_subject(a, vs, s):
            subject = _previous_subject(a, s) or _topic(a, vs, s, e, people,
                                                        unit not in AMOUNT_UNITS)
    if unit == "vote" and subject is not None and subject == _rival(a, ve, e):
        subject = None  # "She won 14,210 votes to Mark Dunn's 11,895": the next one is Dunn's
    period, relative = period_of(text, s, e, vs, ve, a.dates, a.date_starts, a.published,
                                 phrases=measure is not None,
                                 change=measure is not None and measure.endswith(
                                     (" rise", " fall")))
    if measure and relative:
        measure = f"{measure} ({relative})"  # "last year" without a publication date
    elif period is None and measure is not None and (
            measure in RUNNING_MEASURES or running_total(text, s, vs)):
        measure = None  # a running total with no period: compared with nothing
        subject = own  # (a subject carried for the measure goes with it)
        if a.trace is not None:
            a.trace.append(("claims.not-asserted", "running-total", value_text))
    return Claim(s, e, text[s:e], value, vs, ve, value_text, qualifier,
                 measure_key(subject, measure, period, unit), unit, subject,
                 _claimant(a, vs, s, e), _as_of(a, vs, s, e), measure, period)

