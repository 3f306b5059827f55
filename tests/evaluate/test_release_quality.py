"""Every release states its quality: quality.json (checksummed), the card's "Measured quality"
section and datapackage.json's ``newsledger:quality``, all from the same figures."""
from __future__ import annotations

import json
import subprocess
import sys

from newsledger.build import BuildOptions, build_locally
from newsledger.evaluate import build_quality
from newsledger.publish.check import check_release


def test_a_built_release_states_its_measured_quality(seed_corpus, tmp_path):
    out = tmp_path / "out"
    build_locally(BuildOptions(corpus=(seed_corpus,), out=out, release_date="2020-11-06",
                               workers=1, cache=None))
    release = out / (out / "LATEST").read_text().strip()
    text = (release / "quality.json").read_text(encoding="utf-8")
    assert text == build_quality().to_json()  # same code, same gold: the same bytes
    quality = json.loads(text)
    names = [f["name"] for f in quality["figures"]]
    assert names == sorted(names) and len(names) > 20
    assert {f["gold_set"] for f in quality["figures"]} == {"kanye-2020", "meantime", "stories",
                                                           "stories-beats",
                                                           "stories-crowded", "stories-month",
                                                           "stories-season", "stories-uk-us",
                                                           "stories-numbers", "stories-week",
                                                           "stories-wire"}
    assert all(f["value"] is not None or f["note"] for f in quality["figures"])
    assert "quality.json" in (release / "SHA256SUMS").read_text()
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "## Measured quality" in card and quality["evaluator_version"] in card
    speaker = next(f for f in quality["figures"]
                   if f["name"] == "quotes.speaker_accuracy@meantime")
    assert f"| {speaker['label']} | {speaker['value']:.3f} | {speaker['n']} | meantime |" in card
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert package["newsledger:quality"] == quality
    assert check_release(out) == []
    cmd = [sys.executable, "-m", "frictionless", "validate", str(release / "datapackage.json")]
    assert subprocess.run(cmd, capture_output=True).returncode == 0


def test_quality_measured_ahead_in_a_child_process_is_the_same(tmp_path):
    """A build measures quality in a child process while it reconciles; publishing reads
    what the child kept in the cache: the figures measured in place."""
    from newsledger.build import measured_quality, start_measuring_quality
    from newsledger.evaluate import release_quality

    start_measuring_quality(tmp_path)
    ahead = measured_quality(tmp_path)
    assert ahead == release_quality()
    assert len(list((tmp_path / "quality").glob("*.json"))) == 1
    assert not list((tmp_path / "quality").glob(".*"))  # no temporary file left


def test_validate_checks_the_quality_json_format(tmp_path):
    from newsledger.publish.check import _quality_problems

    release = tmp_path
    good = {"evaluator_version": "1.0", "figures": [
        {"name": "a@s", "label": "A", "value": 0.5, "n": 2, "gold_set": "s", "gold_size": "x",
         "note": None},
        {"name": "b@s", "label": "B", "value": None, "n": None, "gold_set": "s",
         "gold_size": "x", "note": "not measurable"}]}

    def problems(quality, package=None):
        (release / "quality.json").write_text(json.dumps(quality))
        (release / "datapackage.json").write_text(json.dumps(
            {"newsledger:quality": quality if package is None else package}))
        return _quality_problems(release)

    assert problems(good) == []
    assert problems(dict(good, figures=good["figures"][::-1])) == [
        "quality.json: figures are not sorted by name"]
    blank = json.loads(json.dumps(good))
    blank["figures"][1]["note"] = None
    assert problems(blank) == ["quality.json: b@s has no value and no note saying why"]
    assert problems({"figures": []}) == ["quality.json: keys are not evaluator_version, figures"]
    assert problems(good, package={}) == [
        "datapackage.json: newsledger:quality differs from quality.json"]
