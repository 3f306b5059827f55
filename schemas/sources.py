"""sources: one row per accepted article."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from newsledger.records import DATE_SOURCES

from ._fields import CalendarDate, date, enum, key, offset, text


class Sources(pa.DataFrameModel):
    """One row per accepted article: its metadata and the exact text that every offset indexes."""

    source_id: Series[pd.StringDtype] = pa.Field(
        unique=True, str_length={"min_value": 1},
        description="Primary key: the file path relative to the corpus root without extension, "
                    "or the `id` of a JSONL line.")
    input_path: Series[pd.StringDtype] = text(
        "File path relative to the corpus root; `file.jsonl#L12` for line 12 of a JSONL file.")
    title: Series[pd.StringDtype] = text(
        "Headline, from metadata or a first line that looks like one.", nullable=True)
    url: Series[pd.StringDtype] = text("Address of the article, when given.", nullable=True)
    outlet: Series[pd.StringDtype] = text(
        "Publisher, when given; else the news agency a wire dateline names "
        "(\"LONDON, Feb 1 (Reuters) -\").", nullable=True)
    author: Series[pd.StringDtype] = text(
        "Byline, when given; else who the article's byline line names "
        "(\"By Andy Bruce and David Milliken\").", nullable=True)
    published_date: Series[CalendarDate] = date(
        "Publication date (see published_date_source).", nullable=True)
    published_date_source: Series[pd.StringDtype] = enum(
        DATE_SOURCES,
        "How published_date was obtained: `metadata` (given with the article), `inferred` "
        "(from dates the text itself states, such as the latest date of an embedded post or a "
        "dateline) or `unknown` (no date).")
    encoding: Series[pd.StringDtype] = text(
        "How the input bytes were decoded: `utf-8`, `utf-8-sig` (a byte order mark was "
        "dropped) or `cp1252`; `utf-8, N byte(s) replaced, first at byte K` when a few invalid "
        "bytes of a UTF-8 file were each replaced with U+FFFD (the file holds more valid "
        "non-ASCII UTF-8 characters than invalid bytes, or no encoding fits better and at most "
        "1% of its bytes are invalid).")
    content_sha256: Series[pd.StringDtype] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of `text` encoded as UTF-8.")
    n_chars: Series[pd.Int64Dtype] = offset("Length of `text` in characters.")
    n_words: Series[pd.Int64Dtype] = offset("Number of whitespace-separated words in `text`.")
    story_id: Series[pd.StringDtype] = key(
        "st", "The story this article reports (→ stories.story_id): the articles that report "
              "the same happening.")
    copy_of: Series[pd.StringDtype] = text(
        "The earliest article whose text this one reproduces nearly word for word (→ "
        "sources.source_id: wire copy run by another paper, a reprint); null for an original. "
        "A copy joins its original's story and never counts as an independent source.",
        nullable=True)
    text: Series[pd.StringDtype] = text(
        "The article text: the decoded input with line endings turned into `\\n` and Unicode "
        "NFC applied, nothing else. Every offset in every table indexes this string.")

    class Config:
        title = "sources"
        strict = True
        coerce = True
