"""Documents generated from the schemas and the build: datapackage.json, the data dictionary and
the dataset card. Nothing here is written by hand; tests compare them with the schemas."""
from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from newsledger.records import QUOTE_KINDS
from schemas import TABLES, Table

from .info import DatasetInfo
from .tables import FRICTIONLESS_TYPES, logical_type

DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def _enum(table: Table, column: str) -> list[str] | None:
    for check in table.schema.columns[column].checks:
        if check.name == "isin":
            return list(check.statistics["allowed_values"])
    return None


def _pattern(table: Table, column: str) -> str | None:
    for check in table.schema.columns[column].checks:
        if check.name == "str_matches":
            return str(check.statistics["pattern"])
    return None


def field_descriptor(table: Table, column: str) -> dict[str, Any]:
    col = table.schema.columns[column]
    constraints: dict[str, Any] = {}
    if not col.nullable:
        constraints["required"] = True
    if column == table.primary_key:
        constraints["unique"] = True
    if (values := _enum(table, column)) is not None:
        constraints["enum"] = values
    if (pattern := _pattern(table, column)) is not None:
        constraints["pattern"] = pattern.removeprefix("^").removesuffix("$")
    field = {"name": column, "type": FRICTIONLESS_TYPES[logical_type(table, column)],
             "description": col.description or ""}
    if constraints:
        field["constraints"] = constraints
    return field


def datapackage(info: DatasetInfo, version: str, release_date: str | None,
                hashes: Mapping[str, str], sizes: Mapping[str, int],
                quality: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A Frictionless Data Package v2 describing the CSV files of a release, with the
    dataset's title, description, homepage, licence and publisher; its citation and measured
    quality (quality.json) as the custom properties ``newsledger:citation`` and
    ``newsledger:quality``."""
    resources = []
    for t in TABLES.values():
        path = f"{t.name}.csv"
        schema: dict[str, Any] = {
            "fields": [field_descriptor(t, c) for c in t.columns],
            "primaryKey": [t.primary_key],
        }
        if t.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": [fk.column],
                 "reference": {"resource": fk.target, "fields": [TABLES[fk.target].primary_key]}}
                for fk in t.foreign_keys]
        resources.append({
            "name": t.name, "type": "table", "path": path, "scheme": "file", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "description": t.description,
            "hash": f"sha256:{hashes[path]}", "bytes": sizes[path],
            "dialect": {"header": True, "delimiter": ",", "lineTerminator": "\r\n",
                        "quoteChar": "\""},
            "schema": schema,
        })
    package: dict[str, Any] = {
        "$schema": DATAPACKAGE_PROFILE, "name": info.name, "title": info.title,
        "description": "\n\n".join(info.paragraphs()), "version": version}
    if info.homepage:
        package["homepage"] = info.homepage
    package["licenses"] = [info.license_descriptor()]
    if info.publisher:
        package["contributors"] = [{"title": info.publisher, "roles": ["publisher"]}]
    package["resources"] = resources
    if release_date:
        package["created"] = f"{release_date}T00:00:00Z"
    package["newsledger:citation"] = info.cite(version, release_date)
    if quality is not None:
        package["newsledger:quality"] = dict(quality)
    return package


def data_dictionary() -> str:
    """Markdown: every table and every column, with type, nullability, constraints, meaning."""
    out = ["# Data dictionary", "",
           "Generated from the pandera schemas in `schemas/`; do not edit by hand.",
           "Offsets are 0-based, end-exclusive Python string indexes into `sources.text`.", ""]
    for t in TABLES.values():
        out += [f"## {t.name}", "", t.description, "", f"Primary key: `{t.primary_key}`."]
        if t.foreign_keys:
            refs = ", ".join(f"`{fk.column}` → `{fk.target}`" for fk in t.foreign_keys)
            out.append(f"Foreign keys: {refs}.")
        out += ["", "| column | type | nullable | constraints | meaning |", "|---|---|---|---|---|"]
        for c in t.columns:
            col = t.schema.columns[c]
            cons = []
            if (values := _enum(t, c)) is not None:
                cons.append("one of " + ", ".join(f"`{v}`" for v in values))
            if (pattern := _pattern(t, c)) is not None:
                cons.append(f"matches `{pattern}`")
            desc = (col.description or "").replace("|", "\\|").replace("\n", " ")
            out.append(f"| `{c}` | {logical_type(t, c)} | {'yes' if col.nullable else 'no'} | "
                       f"{'; '.join(cons).replace('|', chr(92) + '|')} | {desc} |")
        out.append("")
    return "\n".join(out)


def _value(figure: Mapping[str, Any]) -> str:
    if figure["value"] is None:
        return f"not measured: {figure['note']}"
    return f"{figure['value']:.3f}"


def quality_section(quality: Mapping[str, Any] | None) -> str:
    """The card's "Measured quality" section, generated from quality.json."""
    out = ["## Measured quality", ""]
    if not quality:
        return "\n".join(out + ["Not measured: this release was published without the "
                                "evaluator (`newsledger evaluate`).", ""])
    out += [f"Measured by `newsledger evaluate` (evaluator {quality['evaluator_version']}) "
            "with the code that built this release, on the hand-annotated gold sets that ship "
            "with newsledger (`evaluation/gold/`; annotation guide and matching rules: "
            "`evaluation/GUIDE.md`). All figures, with notes: `quality.json`.", "",
            "| figure | value | n | gold set | gold size |", "|---|---|---|---|---|"]
    for f in quality["figures"]:
        cells = [f["label"], _value(f), "" if f["n"] is None else str(f["n"]), f["gold_set"],
                 f["gold_size"]]
        out.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ")
                                     for c in cells) + " |")
    return "\n".join(out + [""])


def quote_kind_counts(release: Path) -> dict[str, int] | None:
    """Rows of the release's quotes.parquet per ``quote_kind``, every kind listed (None
    without the file)."""
    path = release / "quotes.parquet"
    if not path.is_file():
        return None
    import pyarrow.parquet as pq

    kinds = pq.read_table(path, columns=["quote_kind"]).column(0).to_pylist()
    return {k: kinds.count(k) for k in QUOTE_KINDS}


def _kinds_line(kinds: Mapping[str, int] | None) -> str:
    if not kinds:
        return ""
    listed = ", ".join(f"{k} {n}" for k, n in kinds.items())
    return (f"\nQuotes by `quote_kind`: {listed}. `indirect` rows are reported speech without "
            "quote marks (\"X said that ...\"): count `quote_kind != 'indirect'` for quotations "
            "in quote marks only.\n")


def dataset_card(*, info: DatasetInfo, version: str, release_date: str | None,
                 counts: Mapping[str, int], report: Mapping[str, Any], corpus_sha256: str,
                 limits: str, quality: Mapping[str, Any] | None = None,
                 quote_kinds: Mapping[str, int] | None = None) -> str:
    """The release's README.md: what it is, how it was built, counts (quotes also per kind),
    limits, license, citation."""
    rows = "\n".join(f"| {t} | {counts.get(t, 0)} |" for t in TABLES)
    rejected = report.get("rejected", [])
    rej = "\n".join(f"- `{r['input_path']}`: {r['reason']} ({r['detail']})" for r in rejected) \
        or "- none"
    paragraphs = info.paragraphs()
    paragraphs[-1] += (" Every row points back to the exact characters of the article it was "
                       "read from (`source_id`, `char_start`, `char_end`).")
    about = "\n\n".join(textwrap.fill(p, width=96, break_long_words=False,
                                      break_on_hyphens=False) for p in paragraphs)
    facts = [f"- Version: {version}", f"- Release date: {release_date or 'not set'}"]
    if info.publisher:
        facts.append(f"- Publisher: {info.publisher}")
    if info.homepage:
        facts.append(f"- Home page: <{info.homepage}>")
    facts += [f"- Corpus SHA-256: `{corpus_sha256}`",
              f"- Articles read: {report.get('n_inputs', 0)}, accepted: "
              f"{report.get('n_accepted', 0)}, rejected: {len(rejected)}"]
    link = f" (<{info.license_link}>)" if info.license_link else ""
    licence = textwrap.fill(
        f"Data: {info.license_title}{link}. The article texts in `sources.text` remain the "
        "property of their publishers and are included for research and verification of the "
        "extracted rows.", width=96, break_long_words=False, break_on_hyphens=False)
    facts_text = "\n".join(facts)
    return f"""# {info.title} {version}

{about}

{facts_text}

## Tables

| table | rows |
|---|---|
{rows}
{_kinds_line(quote_kinds)}
Each table comes as Parquet (with column descriptions in the schema metadata) and as CSV (UTF-8,
header, RFC 4180). Column meanings, types and constraints: `DATA_DICTIONARY.md`; machine-readable:
`datapackage.json` (Frictionless Data Package v2). `index.html` shows this card, charts and a
preview of every table, each row opening its article. `newsledger.sqlite` holds every table in one
SQLite database (keys, indexes, full-text search); browse it with
`datasette newsledger.sqlite --metadata datasette-metadata.json`. `SHA256SUMS` lists the
checksum of every file except `build_report.json` (which holds the run's timings) and itself.

## How it was built

`newsledger build`: ingest (decode, NFC, `\\n` line endings, nothing else) → extract per batch of
articles (rule-based extractors, no statistical model) → reconcile across articles (entities,
copies and stories, claim groups and their verdicts, quote and event clusters) → validate
(pandera schemas and cross-table checks) → publish. Same input and code give byte-identical
data files.

Rejected inputs:
{rej}

{quality_section(quality)}
## Known limits

{limits}

## Use

```python
import pandas as pd
quotes = pd.read_parquet("quotes.parquet")
```

```sh
duckdb -c "select speaker_name, count(*) from 'quotes.parquet' group by 1 order by 2 desc"
```

## License and citation

{licence}

Cite as: {info.cite(version, release_date)}
"""


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n",
                    encoding="utf-8")
