"""events: one row per dated happening."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from newsledger.records import DATE_LINKS, PRECISIONS

from ._fields import CalendarDate, date, enum, key, offset, text


class Events(pa.DataFrameModel):
    """One row per dated happening: a clause, its action, its actor and its date."""

    event_id: Series[pd.StringDtype] = key("ev", "Primary key, derived from source_id and spans.",
                                           unique=True)
    source_id: Series[pd.StringDtype] = text("The article (→ sources.source_id).")
    char_start: Series[pd.Int64Dtype] = offset("Start of the clause or sentence.")
    char_end: Series[pd.Int64Dtype] = offset("End (exclusive) of the clause or sentence.")
    event_text: Series[pd.StringDtype] = text("`text[char_start:char_end]`.")
    date_id: Series[pd.StringDtype] = key("d", "The date expression (→ dates.date_id).")
    event_date: Series[CalendarDate] = date("First day of the date (copied from dates).")
    date_value: Series[pd.StringDtype] = text("TimeML value of the date (copied from dates).")
    date_precision: Series[pd.StringDtype] = enum(PRECISIONS,
                                                  "Precision of the date (copied from dates).")
    date_link: Series[pd.StringDtype] = enum(
        DATE_LINKS, "How the event got its date, surest first: `clause` (a date in the event's "
        "own clause, a date modifying its noun as in \"Tuesday's vote\", or an embedded post's "
        "signature), `sentence` (a date elsewhere in its sentence), `narrative` (no date in its "
        "sentence: the day the article stated up to four sentences before and kept narrating "
        "in the past tense, with no other date, future, past perfect or headline in between; "
        "only a day of the week before publication or the quarter just reported carries "
        "over). Keep `clause` and `sentence` rows for the surest dates.")
    actor: Series[pd.StringDtype] = text("Who did it, when the text says.", nullable=True)
    actor_entity_id: Series[pd.StringDtype] = key("e", "The actor (→ entities.entity_id).",
                                                  nullable=True)
    action: Series[pd.StringDtype] = text(
        "Lemma of the main verb (\"announce\", \"tweet\", \"vote\", \"cancel\").")
    cluster_id: Series[pd.StringDtype] = key(
        "ec", "Shared by reports of the same happening (same actor, action and date).")

    class Config:
        title = "events"
        strict = True
        coerce = True
