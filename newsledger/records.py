"""Typed records that extractors return and the pipeline turns into table rows.

Every record carries character spans: 0-based, end-exclusive offsets into the article text
(`sources.text`), so that ``text[start:end] == record.text`` always holds. Records are frozen
dataclasses: extractors build them, nothing mutates them afterwards.

The pipeline (``newsledger.extract.article``) calls the extractors in this order and passes the
earlier results to the later ones:

    doc      = Document(text)                           (newsledger.text: segmented once)
    dates    = extract_dates(doc, published)             -> list[DateMention]
    entities = extract_entities(doc)                     -> list[LocalEntity]
    quotes   = extract_quotes(doc, entities)             -> list[Quote]
    claims   = extract_claims(doc, dates, entities, quotes) -> list[Claim]
    events   = extract_events(doc, dates, entities)      -> list[Event]
    quotes  += reported_speech(doc, entities, quotes)    -> list[Quote] (kind "indirect")
"""
from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields

# Enumerations of the data contract (DESIGN.md). Schemas import these sets too.
QUOTE_KINDS = ("direct", "partial", "embedded_post", "indirect")
SPEAKER_KINDS = ("person", "organization", "account", "anonymous", "unknown")
QUALIFIERS = ("exact", "approximate", "at_least", "at_most", "more_than", "less_than")
CONSISTENCY = ("single_source", "agrees", "conflicts")
VERDICTS = ("agrees", "conflicts", "bound_only", "loosely_linked", "far_apart", "updated",
            "copies_only")
PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade")
ANCHORS = ("absolute", "publication", "narrative")
# How an event got its date: a date in its own clause (or a noun it modifies, or a post's
# signature), another date of its sentence, or the day the narrative stated earlier.
DATE_LINKS = ("clause", "sentence", "narrative")
ENTITY_KINDS = ("person", "organization", "place", "account")
MENTION_KINDS = ("name", "alias", "handle", "pronoun", "description")
DATE_SOURCES = ("metadata", "inferred", "unknown")


def _reducer(cls: type) -> Callable[[object], tuple[type, tuple[object, ...]]]:
    """``__reduce__`` for ``cls``: its type and its fields' values, read by one attrgetter."""
    fields = cls.__slots__  # type: ignore[attr-defined]
    values = operator.attrgetter(*fields)
    if len(fields) == 1:
        return lambda self: (cls, (values(self),))
    return lambda self: (cls, values(self))


def fast_init(cls: type) -> type:
    """``cls``, a frozen dataclass with slots, with an ``__init__`` that sets each field through
    its slot's own descriptor. The dataclass's ``__init__`` calls ``object.__setattr__(self,
    name, value)`` per field, which looks the name up again in the class; the slot's ``__set__``
    does the same store at half the cost, and the extractors build a record or a token per
    match. Same signature (fields, defaults), same values: ``__setattr__`` still refuses."""
    params, body, env = [], [], {"__name__": cls.__module__}
    for f in fields(cls):
        env[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not MISSING:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        else:
            assert f.default_factory is MISSING, "fast_init: no default factories"
            params.append(f.name)
        body.append(f"    _set_{f.name}(self, {f.name})")
    assert not hasattr(cls, "__post_init__"), "fast_init: no __post_init__"
    namespace: dict[str, object] = {}
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or ["    pass"]),
         env, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls


def record(cls: type) -> type:
    """A frozen dataclass with slots that pickles as a call of its constructor: the cache and
    the worker processes pickle thousands of records per batch, and a slotted dataclass's own
    ``__getstate__`` looks up its fields on every call (a third of the time of ``pack``).
    Built by ``fast_init``'s constructor."""
    cls = fast_init(dataclass(frozen=True, slots=True)(cls))
    cls.__reduce__ = _reducer(cls)  # type: ignore[method-assign]
    return cls


@record
class Article:
    """One accepted input article, text normalized (NFC, ``\n`` line endings) and nothing else."""

    source_id: str  # path relative to the corpus root without extension, or the JSONL "id"
    input_path: str  # path relative to the corpus root; "file.jsonl#L12" for JSONL lines
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "cp1252"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.date | None = None  # from metadata only; inference from text happens later


@record
class Rejection:
    """An input left out of the tables, and why (shown in build_report.json and the console)."""

    input_path: str
    reason: str  # short slug: "empty", "whitespace-only", "binary", "too-large", "undecodable",
    #              "invalid-json", "missing-text", "duplicate", "symlink-outside-corpus", ...
    detail: str  # one human sentence: "same text as kanye-2020/000_d2616ab7bcfb8cd2"


@record
class DateMention:
    """A date expression and its normalized value (TimeML style)."""

    start: int
    end: int
    text: str
    # "2020-11-04", "2020-W45", "2020-W45-WE" (weekend), "2020-11", "2020-Q3", "2020-H2",
    # "2020-SU", "2020", "199" (decade)
    value: str
    precision: str  # one of PRECISIONS
    date: dt.date  # first day of the period
    anchor: str  # one of ANCHORS
    rule: str  # short id of the rule that produced value, e.g. "weekday-past"


@record
class EntityMention:
    """One place an entity is mentioned."""

    start: int
    end: int
    text: str
    kind: str  # one of MENTION_KINDS


@record
class LocalEntity:
    """A person, organization, place or account as one article names it.

    ``name`` is the fullest form the article uses ("Kanye West"); ``aliases`` the other forms
    that the article uses for the same entity ("Kanye", "West", "ye"); ``handles`` social handles
    with the @ ("@kanyewest"). Cross-article merging happens later, in reconcile.
    """

    name: str
    kind: str  # one of ENTITY_KINDS
    mentions: tuple[EntityMention, ...]
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()


@record
class Quote:
    """A quotation occurrence; ``text`` excludes the quote marks."""

    start: int
    end: int
    text: str
    kind: str  # one of QUOTE_KINDS
    speaker_kind: str  # one of SPEAKER_KINDS
    confidence: float  # 0..1
    speaker_text: str | None = None  # as written: "he", "one", "Samuel Carvalho, founder of ..."
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None  # canonical name = LocalEntity.name; None for anonymous
    speaker_handle: str | None = None  # "@kanyewest"
    cue: str | None = None  # "tweeted", "said", as written
    quote_date: dt.date | None = None
    post_url: str | None = None


@record
class Claim:
    """A number asserted as fact, with the clause that asserts it."""

    start: int  # clause or sentence
    end: int
    text: str
    value: float
    value_start: int  # the quantity as written: "60,000 votes"
    value_end: int
    value_text: str
    qualifier: str  # one of QUALIFIERS
    measure_key: str  # "kanye west|votes received||vote": subject|measure|period|unit
    unit: str | None = None  # singular, lower case: "vote", "percent", "year"
    subject: str | None = None  # canonical entity name when it is one (= LocalEntity.name)
    claimant: str | None = None
    as_of_date: dt.date | None = None
    measure: str | None = None  # "votes received"; None when nothing comparable is counted
    period: str | None = None  # TimeML value the number holds for: "2004", "2005-Q1"


@record
class Event:
    """A dated happening: a clause, its main verb's lemma, its actor and its date."""

    start: int
    end: int
    text: str
    date: DateMention  # one of the DateMention records of the same article
    action: str  # lemma: "announce", "tweet"
    actor: str | None = None  # canonical entity name (= LocalEntity.name) when known
    date_link: str = "clause"  # one of DATE_LINKS: how the event got its date


@record
class StoryKeys:
    """What reconciliation reads of an article to find its copies and its story
    (``newsledger.extract.keys``): weighted terms and a bottom-k sketch of its word 5-grams."""

    terms: tuple[tuple[str, float], ...] = ()
    sketch: tuple[int, ...] = ()
    headline: str | None = None  # the headline line or first sentence, for the story's title
    headline_line: bool = False  # whether ``headline`` is a headline line (not a sentence)
    dateline_day: str | None = None  # "MM-DD" of a wire dateline ("LONDON, Feb 27 (Reuters) -")


@record
class ArticleExtraction:
    """Everything extracted from one article."""

    dates: tuple[DateMention, ...] = ()
    entities: tuple[LocalEntity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    keys: StoryKeys = StoryKeys()
    notes: tuple[str, ...] = field(default=())  # problems met, for the build report
