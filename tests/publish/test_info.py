"""A dataset of one's own: title, description, licence, citation, home page and publisher from
the options or newsledger.toml reach the card, the page, datapackage.json and Datasette."""
from __future__ import annotations

import json
import os
import re

import pytest

from newsledger.publish.info import (DatasetInfo, InfoError, dataset_info, read_config,
                                     resolve_info, slug)
from newsledger.publish.release import publish
from tests.helpers import tiny_rows

REPORT = {"n_inputs": 1, "n_accepted": 1, "rejected": [], "timings": {}}
HARBOR = """[dataset]
title = "Harbor news, March 2026"
description = "Local reporting on the Halverston ferry strike."
license = "ODbL-1.0"
citation = "Harbor Desk (2026). Harbor news, March 2026."
homepage = "https://example.org/harbor"
publisher = "Harbor Desk"
"""


def test_defaults_are_this_projects():
    info = DatasetInfo()
    assert (info.title, info.name, info.license) == ("newsledger dataset", "newsledger",
                                                     "CC-BY-4.0")
    assert info.cite("0.3.3", "2026-01-02") == \
        "newsledger contributors (2026). *newsledger*, version 0.3.3."
    assert info.cite("0.3.3", None) == "newsledger contributors (n.d.). *newsledger*, version 0.3.3."


def test_a_title_gives_the_name_and_the_citation():
    info = dataset_info({"title": "Harbor news, March 2026", "publisher": "Harbor Desk"})
    assert info.name == slug(info.title) == "harbor-news-march-2026"
    assert info.cite("0.1.0", "2026-03-04") == \
        "Harbor Desk (2026). *Harbor news, March 2026*, version 0.1.0."
    assert dataset_info({"title": "Harbor"}).cite("0.1.0", None) == "*Harbor* (n.d.), version 0.1.0."


@pytest.mark.parametrize("given, message", [
    ({"name": "Harbor News"}, "must be lower-case"),
    ({"homepage": "example.org"}, "not an http(s) URL"),
    ({"license": "All rights reserved"}, "neither an SPDX id"),
    ({"licence": "CC0-1.0"}, "unknown dataset key 'licence'"),
])
def test_mistakes_are_named(given, message):
    with pytest.raises(InfoError, match=re.escape(message)):
        dataset_info(given)


def test_a_licence_by_name_needs_its_url():
    info = dataset_info({"license": "Harbor Desk terms", "license_url": "https://example.org/t"})
    assert info.license_descriptor() == {"path": "https://example.org/t",
                                         "title": "Harbor Desk terms"}


@pytest.mark.parametrize("text, message", [
    ("title = 'x'\n", "unknown table or key 'title'; put the dataset's metadata under [dataset]"),
    ("[dataset]\ntitel = 'x'\n", "unknown key 'titel' in [dataset]"),
    ("[dataset]\ntitle = 3\n", "title must be a string"),
    ("[dataset\n", "is not valid TOML"),
])
def test_config_mistakes_name_the_file(tmp_path, text, message):
    (tmp_path / "newsledger.toml").write_text(text)
    with pytest.raises(InfoError, match=re.escape(message)) as caught:
        resolve_info({}, [tmp_path])
    assert str(tmp_path / "newsledger.toml") in str(caught.value)


def test_options_override_the_config_file(tmp_path):
    (tmp_path / "newsledger.toml").write_text(HARBOR)
    info = resolve_info({"title": "Harbor weekly", "publisher": None}, [tmp_path])
    assert info.title == "Harbor weekly" and info.name == "harbor-weekly"
    assert info.publisher == "Harbor Desk"
    assert read_config(tmp_path / "newsledger.toml")["license"] == "ODbL-1.0"


def test_the_release_is_theirs(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "newsledger.toml").write_text(HARBOR)
    info = resolve_info({}, [corpus])
    publish(tiny_rows(), REPORT, tmp_path / "ds", release_date="2026-03-04", info=info)
    release = tmp_path / "ds" / "0.1.0"
    card = (release / "README.md").read_text()
    assert card.startswith("# Harbor news, March 2026 0.1.0\n\nLocal reporting on the "
                           "Halverston ferry strike.")
    assert "- Publisher: Harbor Desk" in card and "<https://example.org/harbor>" in card
    assert "Data: Open Data Commons Open Database License 1.0" in card
    assert card.rstrip().endswith("Cite as: Harbor Desk (2026). Harbor news, March 2026.")
    assert "newsledger contributors" not in card and "CC BY 4.0" not in card
    package = json.loads((release / "datapackage.json").read_text())
    assert package["name"] == "harbor-news-march-2026"
    assert package["title"] == "Harbor news, March 2026"
    assert package["description"].startswith("Local reporting on the Halverston ferry strike.")
    assert package["homepage"] == "https://example.org/harbor"
    assert package["licenses"] == [{"name": "ODbL-1.0",
                                    "path": "https://opendatacommons.org/licenses/odbl/1-0/",
                                    "title": "Open Data Commons Open Database License 1.0"}]
    assert package["contributors"] == [{"title": "Harbor Desk", "roles": ["publisher"]}]
    assert package["newsledger:citation"] == "Harbor Desk (2026). Harbor news, March 2026."
    meta = json.loads((release / "datasette-metadata.json").read_text())
    assert meta["title"] == "Harbor news, March 2026 0.1.0"
    assert "Local reporting on the Halverston ferry strike." in meta["description"]
    assert (meta["license"], meta["source"], meta["about_url"]) == (
        "Open Data Commons Open Database License 1.0", "Harbor Desk",
        "https://example.org/harbor")
    page = (release / "index.html").read_text()
    assert "<title>Harbor news, March 2026 0.1.0</title>" in page
    assert "<p>Local reporting on the Halverston ferry strike.</p>" in page
    assert "Harbor Desk (2026). Harbor news, March 2026." in page
    assert "Open Data Commons Open Database License 1.0</a>" in page
    assert "newsledger contributors" not in page


def test_datapackage_with_its_own_metadata_is_valid(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    info = dataset_info({"title": "Harbor", "publisher": "Harbor Desk",
                         "homepage": "https://example.org/harbor", "license": "CC0-1.0"})
    publish(tiny_rows(), REPORT, tmp_path, release_date="2026-03-04", info=info)
    report = frictionless.validate(str(tmp_path / "0.1.0" / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:5]


def test_readable_by_all_whatever_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        publish(tiny_rows(), REPORT, tmp_path / "ds", release_date="2026-03-04")
    finally:
        os.umask(old)
    out = tmp_path / "ds"
    for path in [out, *out.rglob("*")]:
        mode = path.stat().st_mode & 0o777
        assert mode == (0o755 if path.is_dir() else 0o644), (path, oct(mode))
