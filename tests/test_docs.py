"""Documentation cannot drift: the README covers every command, and the committed dataset's
generated documents match what the schemas generate now."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsledger.cli import main
from newsledger.publish.check import check_release
from newsledger.publish.metadata import data_dictionary, field_descriptor
from schemas import TABLES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
DATASET = ROOT / "dataset"


def test_readme_opens_with_the_two_commands():
    head = README[:600]
    assert "make dataset" in head and "make test" in head


@pytest.mark.parametrize("command", sorted(main.commands))
def test_readme_documents_every_command(command):
    assert f"newsledger {command}" in README


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def columns_changed_since_release() -> bool:
    """Whether the schemas have columns the latest committed release lacks (or the reverse), or
    columns whose type, constraints (allowed values, pattern) or description differ: the
    release was cut before a schema change, and the next one (cut by the maintainer on main)
    will carry it."""
    latest = (DATASET / "LATEST").read_text().strip()
    package = json.loads((DATASET / latest / "datapackage.json").read_text())

    def contract(field: dict) -> tuple:
        return (field["name"], field["type"], json.dumps(field.get("constraints"), sort_keys=True),
                field.get("description", ""))

    released = {r["name"]: [contract(f) for f in r["schema"]["fields"]]
                for r in package["resources"]}
    return any(released.get(name) != [contract(field_descriptor(table, c)) for c in table.columns]
               for name, table in TABLES.items())


@pytest.mark.skipif(not (DATASET / "LATEST").exists(), reason="no release committed yet")
def test_committed_dataset_passes_every_check():
    if columns_changed_since_release():
        pytest.skip("columns changed since the latest release: the next release carries them")
    assert check_release(DATASET) == []


@pytest.mark.skipif(not (DATASET / "LATEST").exists(), reason="no release committed yet")
def test_committed_data_dictionary_is_what_the_schemas_generate():
    if columns_changed_since_release():
        pytest.skip("columns changed since the latest release: the next release carries them")
    latest = (DATASET / "LATEST").read_text().strip()
    assert (DATASET / latest / "DATA_DICTIONARY.md").read_text() == data_dictionary()


def test_changelog_has_an_entry_for_every_release():
    changelog = (ROOT / "CHANGELOG.md").read_text()
    versions = [p.name for p in DATASET.iterdir() if re.match(r"^\d+\.\d+\.\d+$", p.name)] \
        if DATASET.exists() else []
    for v in versions:
        assert f"## Dataset {v}" in changelog


# ------------------------------------------------------------------------------------------
# Documented examples are tests: every command and query of the README, the release page's
# "Query it" box and the dataset card runs here against a real release (code blocks extracted
# as sqlite-utils' docs tests do). Programs that need a server (prefect server, dask, the
# datasette server, newsledger serve) are checked for their command line only; datasette runs
# its one request with --get.

BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
# Programs a README shell block may call through .venv/bin/; each call is logged by a stub and
# checked by CHECKS below.
STUBBED = ("newsledger", "datasette", "prefect", "dask", "frictionless")


def code_blocks(text: str, lang: str) -> list[str]:
    return [m[2] for m in BLOCK.finditer(text) if m[1] == lang]


@pytest.fixture(scope="module")
def home(browsable_release, tmp_path_factory) -> Path:
    """A folder laid out as the README assumes: dataset/ (a real release), corpus/,
    my_articles/, and .venv/bin/ stubs that log their command lines to calls.jsonl."""
    import shutil
    import sys

    root = tmp_path_factory.mktemp("home")
    shutil.copytree(browsable_release.parent, root / "dataset")
    shutil.copytree(ROOT / "corpus" / "kanye-2020", root / "corpus" / "kanye-2020")
    shutil.copytree(ROOT / "corpus" / "kanye-2020", root / "my_articles")
    bin_ = root / ".venv" / "bin"
    bin_.mkdir(parents=True)
    for name in STUBBED:
        stub = bin_ / name
        stub.write_text(f"#!{sys.executable}\nimport json, sys\n"
                        f"with open({str(root / 'calls.jsonl')!r}, 'a') as fh:\n"
                        "    fh.write(json.dumps(sys.argv) + '\\n')\n")
        stub.chmod(0o755)
    tools = root / "tools"  # the CLIs of DuckDB and SQLite, when not installed, via Python
    tools.mkdir()
    (tools / "duckdb").write_text(f"#!{sys.executable}\nimport sys, duckdb\n"
                                  "assert sys.argv[1] == '-c'\nduckdb.sql(sys.argv[2]).show()\n")
    if not shutil.which("sqlite3"):
        (tools / "sqlite3").write_text(
            f"#!{sys.executable}\nimport sqlite3, sys\n"
            "for row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]):\n"
            "    print('|'.join(map(str, row)))\n")
    for tool in tools.iterdir():
        tool.chmod(0o755)
    return root


def run_shell(code: str, cwd: Path) -> tuple[str, list[list[str]]]:
    """Run a shell block in ``cwd`` (tools/ first on PATH): its output, and the stubbed calls
    it made."""
    import os
    import subprocess

    home_ = next(p for p in (cwd, *cwd.parents) if (p / ".venv").is_dir())
    calls = home_ / "calls.jsonl"
    calls.unlink(missing_ok=True)
    env = {**os.environ, "PATH": f"{home_ / 'tools'}:{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", code], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{code}\n{done.stdout}\n{done.stderr}"
    assert "Error" not in done.stderr, done.stderr
    if code.lstrip().startswith("sqlite3"):
        assert done.stdout.strip(), f"the query found nothing:\n{code}"
    return done.stdout, ([json.loads(line) for line in calls.read_text().splitlines()]
                         if calls.exists() else [])


def run_python(code: str, cwd: Path, monkeypatch) -> None:
    monkeypatch.chdir(cwd)
    exec(compile(code, "<documented example>", "exec"), {"__name__": "__doc_example__"})


def check_newsledger(args: list[str], cwd: Path, monkeypatch) -> None:
    """The command line parses; ``validate`` runs; ``build`` runs when its corpus is here
    (without Prefect, one worker), others are checked as the command would before any work."""
    import dataclasses

    from click.testing import CliRunner

    from newsledger.build import build_locally
    from newsledger.options import options_from_cli
    from newsledger.preflight import check_build

    ctx = main.make_context("newsledger", list(args))
    name, command, rest = main.resolve_command(ctx, list(args))
    sub = command.make_context(name, list(rest), parent=ctx)  # raises on a bad option
    monkeypatch.chdir(cwd)
    if name == "validate":
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 0, result.output
    elif name == "build":
        params = dict(sub.params)
        params.pop("runner"), params.pop("dask_address")
        options = options_from_cli(params)
        check_build(options)
        if options.version is None and Path(options.out).name == "my_dataset":
            summary = build_locally(dataclasses.replace(options, workers=1, cache=None))
            assert summary.version == "0.1.0"


def check_call(call: list[str], cwd: Path, monkeypatch) -> None:
    import subprocess
    import sys

    program, args = Path(call[0]).name, call[1:]
    real = Path(sys.executable).with_name(program)
    if program == "newsledger":
        check_newsledger(args, cwd, monkeypatch)
    elif program == "datasette":  # one request instead of a server
        done = subprocess.run([str(real), *args, "--get",
                               "/newsledger/quotes.json?_search=election&_shape=array"],
                              cwd=cwd, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout), "the search found no quote"
    elif program == "prefect":
        assert args == ["server", "start"], args
        assert subprocess.run([str(real), *args, "--help"], capture_output=True,
                              timeout=120).returncode == 0
    elif program == "dask":
        from distributed.cli import dask_scheduler, dask_worker

        command = {"scheduler": dask_scheduler.main, "worker": dask_worker.main}[args[0]]
        command.make_context(f"dask {args[0]}", args[1:])
    else:
        raise AssertionError(f"no check for {program}: add one to tests/test_docs.py")


def test_readme_opens_with_commands_the_makefile_has():
    first = code_blocks(README, "sh")[0]
    targets = re.findall(r"^make (\w+)", first, re.M)
    assert targets == ["dataset", "test"]
    makefile = (ROOT / "Makefile").read_text()
    assert all(re.search(rf"^{t}:", makefile, re.M) for t in targets)


@pytest.mark.parametrize("i", range(1, len(code_blocks(README, "sh"))))
def test_readme_shell_examples_run(home, monkeypatch, i):
    code = code_blocks(README, "sh")[i]
    for call in run_shell(code, home)[1]:
        check_call(call, home, monkeypatch)


@pytest.mark.parametrize("i", range(len(code_blocks(README, "python"))))
def test_readme_python_examples_run(home, monkeypatch, capsys, i):
    code = code_blocks(README, "python")[i]
    run_python(code, home, monkeypatch)
    assert capsys.readouterr().out.strip() or not re.search(r"\.show\(|print\(", code)


def test_readme_config_example_is_valid(tmp_path):
    from newsledger.publish.info import resolve_info

    (toml,) = code_blocks(README, "toml")
    (tmp_path / "newsledger.toml").write_text(toml)
    info = resolve_info({}, [tmp_path])
    assert info.title == "Harbor news, March 2026" and info.publisher == "Harbor Desk"


INLINE = re.compile(r"`(?:\.venv/bin/)?(newsledger [a-z][^`]*)`")


@pytest.mark.parametrize("command", sorted({m[1] for m in INLINE.finditer(README)
                                            if not re.search(r"[\[\]…]|\.\.\.", m[1])}))
def test_readme_inline_commands_parse(command):
    import shlex

    args = shlex.split(command)[1:]
    ctx = main.make_context("newsledger", list(args))
    name, sub, rest = main.resolve_command(ctx, list(args))
    sub.make_context(name, list(rest), parent=ctx)


def query_box(release: Path) -> list[str]:
    import html

    page = (release / "index.html").read_text()
    box = re.search(r'<section id="query">(.*?)</section>', page, re.S)[1]
    return [html.unescape(c) for c in re.findall(r"<pre><code>(.*?)</code></pre>", box, re.S)]


def test_the_release_page_query_box_runs(home, monkeypatch, capsys):
    release = home / "dataset" / (home / "dataset" / "LATEST").read_text().strip()
    examples = query_box(release)
    assert len(examples) >= 4
    for code in examples:
        if code.startswith("import "):
            run_python(code, release, monkeypatch)
        else:
            stubbed = code.replace("datasette ", str(home / ".venv/bin/datasette") + " ", 1)
            output, calls = run_shell(stubbed, release)
            print(output)
            for call in calls:
                check_call(call, release, monkeypatch)
    assert "Kanye West" in capsys.readouterr().out


def test_the_dataset_card_examples_run(home, monkeypatch):
    release = home / "dataset" / (home / "dataset" / "LATEST").read_text().strip()
    card = (release / "README.md").read_text()
    assert code_blocks(card, "python") and code_blocks(card, "sh")
    for code in code_blocks(card, "python"):
        run_python(code, release, monkeypatch)
    outputs = [run_shell(code, release)[0] for code in code_blocks(card, "sh")]
    import pandas as pd

    top = pd.read_parquet(release / "quotes.parquet")["speaker_name"].value_counts().index[0]
    assert all(top in out for out in outputs), outputs  # the most quoted speaker is listed
