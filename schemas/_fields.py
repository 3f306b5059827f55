"""Field helpers shared by the table models: one definition of each kind of column."""
from __future__ import annotations

from collections.abc import Iterable

import pandera.pandas as pa

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
    """A calendar date."""
    return pa.Field(nullable=nullable, description=description)
