"""claims: one row per number asserted as fact."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from newsledger.records import CONSISTENCY, QUALIFIERS

from ._fields import CalendarDate, date, enum, key, offset, text


class Claims(pa.DataFrameModel):
    """One row per number asserted as fact, with the clause that asserts it."""

    claim_id: Series[pd.StringDtype] = key("c", "Primary key, derived from source_id and the spans.",
                                           unique=True)
    source_id: Series[pd.StringDtype] = text("The article (→ sources.source_id).")
    char_start: Series[pd.Int64Dtype] = offset("Start of the sentence or clause asserting it.")
    char_end: Series[pd.Int64Dtype] = offset("End (exclusive) of the sentence or clause.")
    claim_text: Series[pd.StringDtype] = text("`text[char_start:char_end]`.")
    value: Series[float] = pa.Field(description="The number, normalized (60000, 0.5, 130000000).")
    value_text: Series[pd.StringDtype] = text("The quantity as written (\"60,000 votes\").")
    value_start: Series[pd.Int64Dtype] = offset("Start of value_text.")
    value_end: Series[pd.Int64Dtype] = offset("End (exclusive) of value_text.")
    unit: Series[pd.StringDtype] = text(
        "Normalized singular unit (\"vote\", \"state\", \"percent\", \"year\", \"usd\"); "
        "one thing under two names is one unit (\"houses\" -> \"home\", \"crew members\" "
        "-> \"crew\"), and a count of people whose measure counts people is in \"person\" "
        "(\"140 residents were evacuated\", \"9 deaths\", \"15,000 fans\"). \"fraction\" for "
        "a fraction written as words or a proportion, its value the fraction (\"half of "
        "voters\" is 0.5, \"one in five\" 0.2); \"multiple\" for a multiple of another "
        "amount, its value the factor (\"twice as many\" is 2, \"three times as much\" and "
        "\"tripled\" 3). A range is two claims, its ends sharing the unit, the scale and the "
        "measure (\"US$ 300 to 350 million\": 300000000 `at_least` and 350000000 `at_most`).",
        nullable=True)
    qualifier: Series[pd.StringDtype] = enum(
        QUALIFIERS, "How the wording bounds the number: \"little more than\" is `more_than`, "
        "\"nearly\" is `approximate`, \"only\" is `exact`.")
    subject: Series[pd.StringDtype] = text(
        "What the number is about: the possessor right before it (\"Trump's 232\") or the first "
        "entity in its part of the sentence (after the last comma or conjunction), never the "
        "one who says it; else the nearest entity before it in the sentence, else one named "
        "just after it; for a claim with a measure, else the first entity of the sentence "
        "before or the article's most-mentioned person or organization.", nullable=True)
    subject_entity_id: Series[pd.StringDtype] = key(
        "e", "The subject's entity (→ entities.entity_id).", nullable=True)
    claimant: Series[pd.StringDtype] = text(
        "Who asserts the number when the article credits someone (\"the latest reports\", a "
        "quoted speaker).", nullable=True)
    as_of_date: Series[CalendarDate] = date(
        "The date the number holds for (\"As of Wednesday evening\").", nullable=True)
    measure: Series[pd.StringDtype] = text(
        "The quantity counted, normalized: the counted noun and its predicate (\"votes "
        "received\", \"people killed\", \"revenue\", \"nominations (bafta)\"), with the place "
        "when the number is part of a larger count (\"votes received in tennessee\"). The "
        "same count gets the same measure whatever its wording: a verb before the noun or "
        "after it (\"flooding 60 homes\", \"62 homes were flooded\", \"water swamped 35 "
        "houses\": `homes flooded`), people in general (\"140 residents were evacuated\", "
        "\"forcing 140 people to leave their houses\", \"80 people were moved to a rest "
        "centre\": `people evacuated`), a central bank's rate (\"held its Bank Rate at "
        "5.25%\", \"kept interest rates at 5.25%\": `interest rate`). Null when the number "
        "counts nothing comparable: ages, durations, ordinals and ranks, scores, identifiers, "
        "years used as numbers, numbers with no counted noun, a count of one with no verb "
        "(\"one voter wore a hat\"), poll figures and a poll's sample (\"a poll of 1,737 "
        "registered voters\"), fractions, proportions and multiples, and numbers not "
        "asserted as fact (hypotheticals, thresholds, references such as \"the 1,237 "
        "delegates needed\").", nullable=True)
    period: Series[pd.StringDtype] = text(
        "TimeML value of the time or period the number holds for, when its clause says "
        "(\"last year\" -> `2004`, \"in the first quarter\" -> `2005-Q1`, \"as of Wednesday\" "
        "-> `2020-11-04`, \"at the 2005 Baftas\" -> `2005`); null when it does not.",
        nullable=True)
    measure_key: Series[pd.StringDtype] = text(
        "What is compared across sources: subject|measure|period|unit, lower case, the subject "
        "as the entity merged across articles (\"kanye west|votes received||vote\"). Only "
        "claims with the same key share a cluster, and only when the claim is comparable (it "
        "has a subject and a measure, and its article does not give the key two incompatible "
        "values); any other claim has a cluster of its own article.")
    cluster_id: Series[pd.StringDtype] = key("cc", "Shared by claims about the same measure.")
    consistency: Series[pd.StringDtype] = enum(
        CONSISTENCY, "Across the sources in the cluster. Each claim allows an interval of "
        "values: the number as rounded where written (\"4.2 million\" covers 4.15-4.25 "
        "million, \"60 million\" 59.5-60.5 million, \"60,000\" is exact), widened by its "
        "qualifier (`more_than`/`at_least`: no upper bound; `less_than`/`at_most`: no lower "
        "bound; `approximate`: by half the last significant digit, 5-10% of the value, so "
        "\"about 300\" covers 270-330). `agrees`: two or more sources and one value lies in "
        "every claim's interval; `conflicts`: two or more sources and no value does (\"60,000 "
        "votes\" against \"57,000 votes\"), the intervals lying at most 1.5 times apart; "
        "`single_source`: one source only, every claim that is not comparable (see "
        "measure_key), and sources whose values lie more than 1.5 times apart (taken to count "
        "different things under one key: a campaign's total and one state's).")

    class Config:
        title = "claims"
        strict = True
        coerce = True
