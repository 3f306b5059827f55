"""Field helpers shared by the table models: one definition of each kind of column."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

import pandas as pd
import pandera.pandas as pa
import pyarrow

# Calendar dates as Arrow ``date32`` (days since 1970, any year 0001-9999), validated as such:
# never through pandas' nanosecond timestamps, which stop at 1677-09-21 and 2262-04-11.
CalendarDate = Annotated[pd.ArrowDtype, pyarrow.date32()]

ID_PATTERN = r"^{prefix}_[0-9a-f]{{16}}$"


def key(prefix: str, description: str, *, nullable: bool = False, unique: bool = False):
    """A content-derived id such as ``q_3f2a…``: a prefix, an underscore and 16 hex digits."""
    return pa.Field(str_matches=ID_PATTERN.format(prefix=prefix), nullable=nullable,
                    unique=unique, description=description)


def enum(values: Iterable[str], description: str, *, nullable: bool = False):
    """A string restricted to a fixed set of values."""
    return pa.Field(isin=list(values), nullable=nullable, description=description)


def text(description: str, *, nullable: bool = False):
    """Free text that is never the empty string (missing is null, not "")."""
    return pa.Field(str_length={"min_value": 1}, nullable=nullable, description=description)


def offset(description: str, *, nullable: bool = False):
    """A 0-based, end-exclusive character offset into ``sources.text``."""
    return pa.Field(ge=0, nullable=nullable, description=description)


def date(description: str, *, nullable: bool = False):
    """A calendar date from 0001-01-01 to 9999-12-31 (use with ``Series[CalendarDate]``)."""
    return pa.Field(nullable=nullable, description=description)
