"""The table contract: one pandera model per table, and the relations between tables.

This package is the single source of truth for column names, types, checks and descriptions.
The data dictionary, ``datapackage.json``, the dataset card and the Parquet/CSV writers all
read it; nothing else lists columns.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

import pandera.pandas as pa

from .claim_groups import ClaimGroups
from .claims import Claims
from .dates import Dates
from .entities import Entities
from .events import Events
from .mentions import Mentions
from .quotes import Quotes
from .sources import Sources
from .stories import Stories


@dataclass(frozen=True)
class ForeignKey:
    column: str
    target: str  # table name; the target column is that table's primary key


@dataclass(frozen=True)
class Span:
    start: str
    end: str
    text: str


@dataclass(frozen=True)
class Table:
    name: str
    model: type[pa.DataFrameModel]
    primary_key: str
    foreign_keys: tuple[ForeignKey, ...] = ()
    spans: tuple[Span, ...] = ()

    @property
    def description(self) -> str:
        return (self.model.__doc__ or "").strip()

    @property
    def schema(self) -> pa.DataFrameSchema:
        _without_dask_typing()
        return self.model.to_schema()

    @property
    def columns(self) -> list[str]:
        return list(self.schema.columns)


def _without_dask_typing() -> None:
    """Build schemas without pandera's Dask annotations. The first schema pandera builds
    looks for the DataFrame types of every library it supports, importing ``dask.dataframe``
    when Dask is installed (with Prefect's Dask runner it is): about 0.4 s of CPU in every
    process that builds the schemas, for types no table here uses. With ``dask.dataframe``
    blocked while ``pandera.typing.dask`` loads, pandera takes Dask as absent; the block is
    lifted at once, so Dask itself still imports for whoever needs it."""
    if "pandera.typing.dask" in sys.modules or "dask.dataframe" in sys.modules:
        return
    sys.modules["dask.dataframe"] = None  # type: ignore[assignment] # import fails: absent
    try:
        import pandera.typing.dask  # noqa: F401, PLC0415
    finally:
        del sys.modules["dask.dataframe"]


_SOURCE = ForeignKey("source_id", "sources")

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("sources", Sources, "source_id",
          (ForeignKey("story_id", "stories"), ForeignKey("copy_of", "sources"))),
    Table("stories", Stories, "story_id"),
    Table("quotes", Quotes, "quote_id",
          (_SOURCE, ForeignKey("speaker_entity_id", "entities")),
          (Span("char_start", "char_end", "quote_text"),
           Span("speaker_start", "speaker_end", "speaker_text"))),
    Table("claims", Claims, "claim_id",
          (_SOURCE, ForeignKey("subject_entity_id", "entities")),
          (Span("char_start", "char_end", "claim_text"),
           Span("value_start", "value_end", "value_text"))),
    Table("claim_groups", ClaimGroups, "cluster_id", (ForeignKey("story_id", "stories"),)),
    Table("dates", Dates, "date_id", (_SOURCE,),
          (Span("char_start", "char_end", "date_text"),)),
    Table("events", Events, "event_id",
          (_SOURCE, ForeignKey("date_id", "dates"), ForeignKey("actor_entity_id", "entities")),
          (Span("char_start", "char_end", "event_text"),)),
    Table("entities", Entities, "entity_id"),
    Table("mentions", Mentions, "mention_id",
          (ForeignKey("entity_id", "entities"), _SOURCE),
          (Span("char_start", "char_end", "mention_text"),)),
)}

__all__ = ["TABLES", "Table", "ForeignKey", "Span", "Sources", "Stories", "Quotes", "Claims",
           "ClaimGroups", "Dates", "Events", "Entities", "Mentions"]
