"""claim_groups: one row per group of claims compared across the sources of a story."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from newsledger.records import CONSISTENCY, VERDICTS

from ._fields import enum, key, offset, text


class ClaimGroups(pa.DataFrameModel):
    """One row per group of claims that two or more articles of one story give for the same
    measure, period and unit (and subject, where the story holds several), or that one article
    gives from two named claimants who disagree on a count of people ("police said 4,000,
    organisers 15,000"): what was compared, the verdict, and the reason in words. The claims
    themselves (values, sentences, sources) are the rows of `claims` with the same
    cluster_id."""

    cluster_id: Series[pd.StringDtype] = key(
        "cc", "Primary key: the `claims.cluster_id` of the group's claims.", unique=True)
    story_id: Series[pd.StringDtype] = key("st", "The story (→ stories.story_id).")
    measure: Series[pd.StringDtype] = text(
        "The quantity counted (`claims.measure`: \"people killed\", \"votes received\").")
    period: Series[pd.StringDtype] = text(
        "TimeML value of the period the numbers hold for (`claims.period`), null when the "
        "claims name none.", nullable=True)
    unit: Series[pd.StringDtype] = text("The claims' unit (`claims.unit`).", nullable=True)
    subject: Series[pd.StringDtype] = text(
        "The subject the claims are about, when the story gives the measure for several "
        "subjects (two candidates' votes) and the group is one of them; null when the group "
        "holds every claim of the measure in the story.", nullable=True)
    n_claims: Series[pd.Int64Dtype] = offset("Number of claims in the group.")
    n_sources: Series[pd.Int64Dtype] = offset("Number of articles giving them.")
    n_independent: Series[pd.Int64Dtype] = offset(
        "Number of those articles that are independent (a copy counts as the article it "
        "copies): the sources the verdict compares.")
    min_value: Series[float] = pa.Field(description="The smallest value of the group's claims.")
    max_value: Series[float] = pa.Field(description="The largest value of the group's claims.")
    consistency: Series[pd.StringDtype] = enum(
        CONSISTENCY, "What the group's claims say in `claims.consistency`: `agrees` or "
                     "`conflicts` for those verdicts, `single_source` for every other.")
    verdict: Series[pd.StringDtype] = enum(
        VERDICTS,
        "How the independent sources' values compare. Each claim allows an interval of values "
        "(the number as rounded where written, widened by its qualifier; a bound such as "
        "\"more than 300\" is taken as plausible up to twice itself). `agrees`: one value "
        "fits every source. `conflicts`: none does, two closely alike sources give values "
        "that cannot both hold, and the values lie within 3 times of each other. "
        "`bound_only`: the values meet only through a bound's open end far beyond it (\"more "
        "than 72,000\" and \"800,000\"): probably not one measurement, not compared. "
        "`loosely_linked`: the sources whose values differ joined the story through others "
        "and are not closely alike themselves (same-story probability under 0.5): they may "
        "report another moment, not compared. `far_apart`: the values lie more than 3 times "
        "apart: probably different things counted, not compared. `updated`: the sources of "
        "each day agree and the value rises from one day's reports to the next: a running "
        "count, not a dispute. "
        "`copies_only`: the sources are copies of one article. Within one article, each "
        "named claimant of a count of people is a source of its own.")
    reason: Series[pd.StringDtype] = text(
        "The verdict in words, with each independent source (outlet and source_id, and the "
        "claimant where one article gives several) and the values it gives as written.")

    class Config:
        title = "claim_groups"
        strict = True
        coerce = True
