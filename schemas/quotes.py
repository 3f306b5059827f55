"""quotes: one row per quotation occurrence, and per statement reported without quote marks."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from newsledger.records import QUOTE_KINDS, SPEAKER_KINDS

from ._fields import CalendarDate, date, enum, key, offset, text


class Quotes(pa.DataFrameModel):
    """One row per quotation occurrence, and per statement reported without quote marks (kind
    `indirect`), with its speaker as written and as resolved."""

    quote_id: Series[pd.StringDtype] = key("q", "Primary key, derived from source_id and the span.",
                                           unique=True)
    source_id: Series[pd.StringDtype] = text("The article (→ sources.source_id).")
    char_start: Series[pd.Int64Dtype] = offset(
        "Start of the quoted words, quote marks excluded (of the reported content for "
        "`indirect` rows).")
    char_end: Series[pd.Int64Dtype] = offset(
        "End (exclusive) of the quoted words: `text[char_start:char_end] == quote_text`.")
    quote_text: Series[pd.StringDtype] = text(
        "The quoted words, without the quote marks; for `indirect` rows the reported content "
        "(\"the road would reopen on Monday\" in \"The council said the road would reopen on "
        "Monday\").")
    quote_kind: Series[pd.StringDtype] = enum(
        QUOTE_KINDS,
        "`direct` (a whole statement), `partial` (a fragment woven into the reporter's sentence), "
        "`embedded_post` (a social post reproduced in the article) or `indirect` (reported "
        "speech without quote marks: \"X said that ...\", \"X told reporters ...\", "
        "\"according to X, ...\" (X any source, a poll or records included), and requests, "
        "accusations, judgements, promises and questions reported by their object: \"X urged "
        "Y to ...\", \"X called for ...\", \"X accused Y of ...\", \"X criticized ...\", "
        "\"X vowed to ...\", \"X cited ...\", \"X asked whether ...\"; the span is the "
        "reported content or object, which may hold a partial quote of its own). Beliefs, "
        "intentions, evidence as a subject (\"the poll shows\"), negated or hypothetical "
        "speech, passives and headlines are not rows. Count `quote_kind != 'indirect'` for "
        "quotations in quote marks only.")
    speaker_text: Series[pd.StringDtype] = text(
        "The speaker as written next to the quote (\"he\", \"one\", \"Samuel Carvalho, founder of "
        "Global Mental Health Org\").", nullable=True)
    speaker_start: Series[pd.Int64Dtype] = offset("Start of speaker_text.", nullable=True)
    speaker_end: Series[pd.Int64Dtype] = offset("End (exclusive) of speaker_text.", nullable=True)
    speaker_name: Series[pd.StringDtype] = text(
        "Canonical name of the speaker (\"Kanye West\"); empty for unnamed speakers.", nullable=True)
    speaker_kind: Series[pd.StringDtype] = enum(
        SPEAKER_KINDS, "`person`, `organization`, `account`, `anonymous` (an unnamed speaker such "
        "as \"one commented\") or `unknown` (no attribution found).")
    speaker_entity_id: Series[pd.StringDtype] = key(
        "e", "The speaker's entity (→ entities.entity_id).", nullable=True)
    speaker_handle: Series[pd.StringDtype] = pa.Field(
        str_matches=r"^@\w+$", nullable=True, description="Social handle, e.g. `@kanyewest`.")
    cue: Series[pd.StringDtype] = text(
        "Reporting word as written (\"tweeted\", \"wrote\", \"said\").", nullable=True)
    quote_date: Series[CalendarDate] = date(
        "When the words were said or posted, if the article says.", nullable=True)
    post_url: Series[pd.StringDtype] = text("Link of an embedded post.", nullable=True)
    confidence: Series[float] = pa.Field(
        ge=0.0, le=1.0, description="Confidence of the extraction, 0 to 1: the measured "
        "precision, on annotated news, of the rule that found the speaker (for `indirect` rows, "
        "of the rule that found the statement and its speaker).")
    cluster_id: Series[pd.StringDtype] = key(
        "qc", "Shared by occurrences of the same words (ignoring case, punctuation, spacing and "
        "quote marks), within and across articles.")

    class Config:
        title = "quotes"
        strict = True
        coerce = True
