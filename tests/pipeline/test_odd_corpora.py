"""No input crashes a build. Odd corpora, made in temporary folders: each either publishes
what it can or ends with the rejection list and one line saying nothing was published (exit
status 1), with and without Prefect, and never with a traceback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsledger.build import BuildOptions, NothingPublished, build_locally
from newsledger.extract import article as article_module

DATE = "2026-03-04"
GOOD = "Mayor Ana Ruiz said on Tuesday, March 3, 2026, that the ferry will run again.\n"


def build(root: Path, out: Path, **kw):
    return build_locally(BuildOptions(corpus=(root,), out=out, release_date=DATE, cache=None,
                                      workers=1, **kw))


def folder(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    return root


ALL_REJECTED = {"empty.txt": b"", "blank.md": b"  \n\n", "binary.txt": b"\x00\x01\x02data",
                "notes/page.html": "<html><body><script>var nav = 1;</script></body></html>"}
JSONL_ERRORS = {"lines.jsonl": '{"id": "a"}\n{"text": "no id"}\nnot json\n[1, 2]\n'
                               '{"id": "b", "text": "   "}\n'}


@pytest.mark.parametrize("files, reasons", [
    (ALL_REJECTED, {"empty", "whitespace-only", "binary", "no-main-text"}),
    (JSONL_ERRORS, {"missing-text", "missing-id", "invalid-json"}),
])
def test_a_corpus_with_nothing_accepted_publishes_nothing(tmp_path, files, reasons):
    out = tmp_path / "ds"
    with pytest.raises(NothingPublished, match="^nothing was published: no article was "
                                               r"accepted \(\d+ input\(s\) read") as caught:
        build(folder(tmp_path, files), out)
    summary = caught.value.summary
    assert {r["reason"] for r in summary.rejected} == reasons
    lines = summary.lines()
    assert all(f"rejected {r['input_path']}: {r['reason']}" in "\n".join(lines)
               for r in summary.rejected)
    assert not any(line.startswith(("published", "up to date")) for line in lines)
    assert not (out / "LATEST").exists()


def test_a_corpus_whose_every_article_is_quarantined_publishes_nothing(tmp_path, monkeypatch):
    def broken(text, published):
        raise RuntimeError("boom in a rule")
    monkeypatch.setattr(article_module, "extract_all", broken)
    out = tmp_path / "ds"
    root = folder(tmp_path, {"a.txt": GOOD, "b.txt": GOOD.replace("Tuesday", "Monday")})
    with pytest.raises(NothingPublished, match="all 2 accepted article"):
        build(root, out)
    assert not (out / "LATEST").exists()
    assert [p.name for p in out.iterdir()] == []  # the scratch folder is gone


def test_only_html(tmp_path):
    page = ("<html><head><title>Ferry returns</title></head><body><nav>Home | News | "
            "Sport</nav><article><h1>Ferry returns</h1><p>" + GOOD * 3 + "</p><p>The harbour "
            "master, Tom Reyes, said the crossing takes 40 minutes.</p></article><footer>"
            "Contact us</footer></body></html>")
    summary = build(folder(tmp_path, {"a.html": page, "b/c.htm": page.replace("Ana", "Eva")}),
                    tmp_path / "ds")
    assert summary.version == "0.1.0" and summary.n_accepted == 2


def test_a_50_mb_article_is_rejected_as_too_large(tmp_path):
    root = folder(tmp_path, {"good.txt": GOOD})
    with (root / "huge.txt").open("w") as fh:
        line = "The ferry ran late again. " * 40 + "\n"
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    summary = build(root, tmp_path / "ds")
    assert summary.version == "0.1.0" and summary.n_accepted == 1
    assert [(r["input_path"], r["reason"]) for r in summary.rejected] == \
        [("huge.txt", "too-large")]
    assert "raise --max-bytes" in summary.rejected[0]["detail"]


def test_ten_thousand_tiny_articles(tmp_path):
    root = tmp_path / "corpus"
    for i in range(10_000):
        sub = root / f"{i // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:05d}.txt").write_text(f"Item {i}: the council met on May {i % 28 + 1}, "
                                          "2025.\n")
    # Two workers: about 3 ms of extraction per article, however tiny, is the bulk of it.
    summary = build_locally(BuildOptions(corpus=(root,), out=tmp_path / "ds", release_date=DATE,
                                         cache=None, workers=2))
    assert summary.version == "0.1.0" and summary.n_accepted == 10_000
    assert pq.read_metadata(tmp_path / "ds" / "0.1.0" / "sources.parquet").num_rows == 10_000


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """``newsledger`` as a user runs it: its own process, Prefect's temporary API included."""
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([str(Path(sys.executable).with_name("newsledger")), *args],
                          capture_output=True, text=True, env=env, timeout=600)


def test_the_command_says_nothing_was_published_in_one_line(tmp_path):
    root = folder(tmp_path, {**ALL_REJECTED, **JSONL_ERRORS})
    done = run_cli("build", "--corpus", str(root), "--out", str(tmp_path / "ds"), "--no-cache",
                   "--release-date", DATE)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.strip().splitlines() == [
        "error: nothing was published: no article was accepted (9 input(s) read, "
        "9 rejected)"], done.stderr
    assert "rejected empty.txt: empty (the file is empty (0 bytes))" in done.stdout
    assert "rejected lines.jsonl#L3: invalid-json" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert not (tmp_path / "ds" / "LATEST").exists()


def test_the_flow_ends_the_same_way(prefect_harness, tmp_path, monkeypatch):
    from flows.build import BuildParameters, run_build

    params = BuildParameters(corpus=[str(folder(tmp_path, ALL_REJECTED))],
                             out=str(tmp_path / "ds"), release_date=DATE, cache=None)
    with pytest.raises(NothingPublished, match="no article was accepted") as caught:
        run_build(params)
    assert len(caught.value.summary.rejected) == 4


def test_a_report_lists_rejected_inputs(tmp_path):
    root = folder(tmp_path, {"good.txt": GOOD, **ALL_REJECTED})
    build(root, tmp_path / "ds")
    report = json.loads((tmp_path / "ds" / "0.1.0" / "build_report.json").read_text())
    assert report["n_accepted"] == 1 and len(report["rejected"]) == 4


def test_one_bad_byte_is_kept_and_counted(tmp_path):
    data = ("Harbor Wire. The mayor said: \u201cThe ferry will run.\u201d At the caf").encode() \
        + b"\xe9 on the quay, nobody believed it on Tuesday, March 3, 2026.\n"
    summary = build(folder(tmp_path, {"quay.txt": data}), tmp_path / "ds")
    assert summary.version == "0.1.0" and summary.rejected == []
    sources = pq.read_table(tmp_path / "ds" / "0.1.0" / "sources.parquet").to_pylist()
    bad = data.index(b"\xe9")
    assert sources[0]["encoding"] == f"utf-8, 1 byte replaced, first at byte {bad}"
    assert "caf\ufffd on the quay" in sources[0]["text"]
