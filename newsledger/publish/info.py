"""Who a dataset belongs to: its title, description, licence, citation, homepage and publisher.

They come from the build's options (``--title`` …), else from ``newsledger.toml`` in the corpus
folder, else from newsledger's own defaults (this project's dataset), and are written into the
dataset card, the release page, ``datapackage.json`` and the Datasette metadata. They describe
the data but are not data: changing them alone publishes nothing (the next release carries them;
``--version`` publishes one at once).

``newsledger.toml`` (a ``[dataset]`` table; every key optional)::

    [dataset]
    title = "Harbor news, March 2026"
    description = "Local reporting on the Halverston ferry strike."
    license = "CC-BY-4.0"          # an SPDX id, or any text with license_url
    license_url = "https://creativecommons.org/licenses/by/4.0/"
    citation = "Harbor Desk (2026). Harbor news, March 2026."
    homepage = "https://example.org/harbor-news"
    publisher = "Harbor Desk"
    name = "harbor-news"           # the package name; default: made from the title

Light on purpose (no pandas, no schemas): the command line reads it before any work starts.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

CONFIG_NAME = "newsledger.toml"
DEFAULT_TITLE = "newsledger dataset"
DEFAULT_NAME = "newsledger"
DEFAULT_AUTHOR = "newsledger contributors"
DEFAULT_LICENSE = "CC-BY-4.0"
# What newsledger extracts; every card and page says it after the dataset's own description.
ABOUT = ("The stories that tie news articles together and the numbers their sources disagree "
         "on; quotes and reported speech with their speakers, numeric claims, dated events, "
         "entities and their mentions, extracted from the articles by newsledger.")
# Licences known by their SPDX id: (title, URL). Others are given as text with a URL.
LICENSES: dict[str, tuple[str, str]] = {
    "CC-BY-4.0": ("Creative Commons Attribution 4.0",
                  "https://creativecommons.org/licenses/by/4.0/"),
    "CC-BY-SA-4.0": ("Creative Commons Attribution-ShareAlike 4.0",
                     "https://creativecommons.org/licenses/by-sa/4.0/"),
    "CC-BY-NC-4.0": ("Creative Commons Attribution-NonCommercial 4.0",
                     "https://creativecommons.org/licenses/by-nc/4.0/"),
    "CC0-1.0": ("Creative Commons Zero 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "ODC-By-1.0": ("Open Data Commons Attribution License 1.0",
                   "https://opendatacommons.org/licenses/by/1-0/"),
    "ODbL-1.0": ("Open Data Commons Open Database License 1.0",
                 "https://opendatacommons.org/licenses/odbl/1-0/"),
    "PDDL-1.0": ("Open Data Commons Public Domain Dedication and License 1.0",
                 "https://opendatacommons.org/licenses/pddl/1-0/"),
}
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_URL = re.compile(r"^https?://\S+$")


class InfoError(ValueError):
    """A mistake in the dataset's metadata or in newsledger.toml; the message says what to do."""


@dataclass(frozen=True)
class DatasetInfo:
    """The dataset's identity, as the card, the page, datapackage.json and Datasette show it."""

    title: str = DEFAULT_TITLE
    name: str = DEFAULT_NAME  # the package name: lower case, digits, ``.``, ``_``, ``-``
    description: str | None = None  # None: ABOUT alone
    license: str = DEFAULT_LICENSE
    license_url: str | None = None  # default: the URL of a known licence
    citation: str | None = None  # None: made from publisher, year, title and version
    homepage: str | None = None
    publisher: str | None = None

    @property
    def license_title(self) -> str:
        return LICENSES[self.license][0] if self.license in LICENSES else self.license

    @property
    def license_link(self) -> str | None:
        return self.license_url or (LICENSES[self.license][1] if self.license in LICENSES
                                    else None)

    def license_descriptor(self) -> dict[str, str] | None:
        """The licence as a Data Package ``licenses`` entry (an id or a URL is required)."""
        out: dict[str, str] = {}
        if re.fullmatch(r"[-a-zA-Z0-9._]+", self.license):
            out["name"] = self.license
        if self.license_link:
            out["path"] = self.license_link
        if not out:
            return None
        out["title"] = self.license_title
        return out

    def cite(self, version: str, release_date: str | None) -> str:
        """The citation: the one given, else "Publisher (year). *Title*, version X.Y.Z."
        (Markdown emphasis; the page renders it)."""
        if self.citation:
            return self.citation
        year = (release_date or "")[:4] or "n.d."
        author = self.publisher or (DEFAULT_AUTHOR if self.title == DEFAULT_TITLE else None)
        what = DEFAULT_NAME if self.title == DEFAULT_TITLE else self.title
        if author:
            return f"{author} ({year}). *{what}*, version {version}."
        return f"*{what}* ({year}), version {version}."

    def paragraphs(self) -> list[str]:
        """What the dataset is: its own description (when given), then what newsledger made."""
        return [self.description, ABOUT] if self.description else [ABOUT]


# The keys newsledger.toml and the options may set, in their order.
KEYS = tuple(f.name for f in fields(DatasetInfo))


def slug(title: str) -> str:
    """A package name made from a title: "Harbor news, March 2026" -> "harbor-news-march-2026"."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or DEFAULT_NAME


def dataset_info(given: Mapping[str, str | None]) -> DatasetInfo:
    """A checked DatasetInfo from the values given (None or missing: the default)."""
    values = {k: v.strip() for k, v in given.items() if v is not None and v.strip()}
    unknown = sorted(set(values) - set(KEYS))
    if unknown:
        raise InfoError(f"unknown dataset key {unknown[0]!r}: use {', '.join(KEYS)}")
    if "title" in values and "name" not in values:
        values["name"] = slug(values["title"])
    if "name" in values and not _NAME.match(values["name"]):
        raise InfoError(f"dataset name {values['name']!r} must be lower-case letters, digits, "
                        "'.', '_' or '-' (for example harbor-news)")
    for key in ("license_url", "homepage"):
        if key in values and not _URL.match(values[key]):
            raise InfoError(f"dataset {key} {values[key]!r} is not an http(s) URL")
    info = replace(DatasetInfo(), **values)
    if info.license_descriptor() is None:
        raise InfoError(f"license {info.license!r} is neither an SPDX id (such as CC-BY-4.0) "
                        "nor given with a license_url")
    return info


def find_config(roots: Sequence[Path]) -> Path | None:
    """``newsledger.toml`` of the first corpus folder that holds one."""
    return next((p for p in (Path(r) / CONFIG_NAME for r in roots) if p.is_file()), None)


def read_config(path: Path) -> dict[str, str]:
    """The ``[dataset]`` table of a newsledger.toml, checked: string values, known keys."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InfoError(f"{path} cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InfoError(f"{path} is not valid TOML ({exc})") from None
    unknown = sorted(set(data) - {"dataset"})
    if unknown:
        raise InfoError(f"{path}: unknown table or key {unknown[0]!r}; put the dataset's "
                        "metadata under [dataset]")
    table = data.get("dataset", {})
    if not isinstance(table, dict):
        raise InfoError(f"{path}: dataset must be a table ([dataset])")
    for key, value in table.items():
        if key not in KEYS:
            raise InfoError(f"{path}: unknown key {key!r} in [dataset]: use {', '.join(KEYS)}")
        if not isinstance(value, str):
            raise InfoError(f"{path}: {key} must be a string in quotes")
    return dict(table)


def resolve_info(given: Mapping[str, str | None], roots: Sequence[Path]) -> DatasetInfo:
    """The dataset's metadata: each value given (an option), else newsledger.toml's, else the
    default. Raises InfoError naming the file or the option."""
    config = find_config(roots)
    values: dict[str, Any] = read_config(config) if config else {}
    values.update({k: v for k, v in given.items() if v is not None})
    try:
        return dataset_info(values)
    except InfoError as exc:
        raise InfoError(f"{config}: {exc}" if config else str(exc)) from None
