"""The command line: user mistakes give one line and exit code 2, never a traceback."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.publish.release import publish
from tests.helpers import tiny_rows, with_changes


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("args, message", [
    (["build", "--corpus", "no/such/folder"], "does not exist"),
    (["build", "--version", "1.0"], "not MAJOR.MINOR.PATCH"),
    (["build", "--release-date", "yesterday"], "not an ISO date"),
    (["build", "--dask-address", "tcp://127.0.0.1:1"], "needs --runner dask"),
    (["build", "--runner", "dask", "--dask-address", "tcp://127.0.0.1:1"], "cannot reach"),
    (["build", "--runner", "dask", "--dask-address", "nonsense"], "not like tcp://HOST:PORT"),
    (["validate", "no/such/release"], "does not exist"),
    (["diff", "no/such/a", "no/such/b"], "not a release folder"),
])
def test_user_errors_are_one_line_and_exit_2(tmp_path, args, message):
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_unknown_runner_is_a_usage_error():
    result = run("build", "--runner", "spark")
    assert result.exit_code == 2 and "spark" in result.output


@pytest.mark.parametrize("command", ["build", "serve", "validate", "diff"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output


def test_validate_passes_a_good_release_and_fails_a_tampered_one(tmp_path):
    publish(tiny_rows(), {}, tmp_path, release_date="2020-11-06")
    assert run("validate", str(tmp_path)).exit_code == 0
    with (tmp_path / "0.1.0" / "quotes.csv").open("a") as fh:
        fh.write("tampered\r\n")
    result = run("validate", str(tmp_path / "0.1.0"))
    assert result.exit_code == 1 and "quotes.csv does not match" in result.output


def test_diff_counts_rows_by_primary_key(tmp_path):
    publish(tiny_rows(), {}, tmp_path, release_date="2020-11-06")
    rows = with_changes(tiny_rows(), claims={"value": 57000.0})
    rows["sources"] += tiny_rows("b/two")["sources"]
    rows["stories"] += tiny_rows("b/two")["stories"]
    publish(rows, {}, tmp_path, release_date="2020-11-07")
    result = run("diff", str(tmp_path / "0.1.0"), str(tmp_path / "0.2.0"))
    assert result.exit_code == 0, result.output
    assert "sources: +1 added, -0 removed, ~0 changed" in result.output
    assert "claims: +0 added, -0 removed, ~1 changed" in result.output
    assert "version bump: minor" in result.output


@pytest.fixture
def no_ingest(monkeypatch):
    """Fail the test if the corpus is read: these mistakes must be found before any work."""
    import newsledger.uptodate

    def refuse(*a, **k):
        raise AssertionError("the corpus was read before the options were checked")
    monkeypatch.setattr(newsledger.uptodate, "read_corpus", refuse)


@pytest.mark.parametrize("case, message", [
    ("lower-version", "--version 0.0.9 is not greater than the latest release 0.1.0"),
    ("same-version", "--version 0.1.0 is not greater than the latest release 0.1.0"),
    ("out-is-file", "is a file: pass a folder for the releases"),
    ("empty-corpus", "no articles found under"),
    ("corpus-is-file", "is not a folder"),
    ("changelog-folder-missing", "does not exist"),
    ("cache-is-file", "--cache"),
])
def test_mistakes_are_found_before_ingest(tmp_path, no_ingest, case, message):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Some article text.\n")
    out = tmp_path / "ds"
    publish(tiny_rows(), {}, out, release_date="2020-11-06")
    args = ["build", "--corpus", str(corpus), "--out", str(out)]
    if case == "lower-version":
        args += ["--version", "0.0.9"]
    elif case == "same-version":
        args += ["--version", "0.1.0"]
    elif case == "out-is-file":
        (tmp_path / "file").write_text("x")
        args[4] = str(tmp_path / "file")
    elif case == "empty-corpus":
        (corpus / "a.txt").unlink()
        (corpus / "notes.csv").write_text("not an article")
    elif case == "corpus-is-file":
        args[2] = str(corpus / "a.txt")
    elif case == "changelog-folder-missing":
        args += ["--changelog", str(tmp_path / "missing" / "CHANGELOG.md")]
    elif case == "cache-is-file":
        (tmp_path / "cachefile").write_text("x")
        args += ["--cache", str(tmp_path / "cachefile")]
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_build_serve_and_the_flow_derive_their_options_from_one_definition():
    """Every BuildOptions field is a `build` option with the same default; `serve` takes a
    subset; the flow's parameters are the same fields with the same defaults and help."""
    from dataclasses import fields

    from flows.build import BuildParameters
    from newsledger.options import BuildOptions, described

    build_flags = {p.name: p for p in main.commands["build"].params}
    serve_flags = {p.name: p for p in main.commands["serve"].params}
    assert len(serve_flags) == len(main.commands["serve"].params)  # no name used twice
    assert len(build_flags) == len(main.commands["build"].params)
    defaults = BuildOptions()
    for f in fields(BuildOptions):
        assert f.name in build_flags, f.name
        assert BuildParameters.model_fields[f.name].description == \
            f.metadata["option"].help
        if f.metadata["option"].serve:
            assert f.name in serve_flags, f.name
    assert set(BuildParameters.model_fields) == {f.name for f in fields(BuildOptions)}
    assert BuildParameters().options() == defaults
    assert BuildParameters.from_options(defaults).options() == defaults
    assert {"--title", "--license", "--citation", "--homepage", "--publisher",
            "--description"} <= {flag for flag, _ in described(serve=True)}
    help_text = run("build", "--help").output
    assert "--no-cache" in help_text and "--dataset-name" in help_text


def test_a_bad_dataset_config_is_one_line_before_ingest(tmp_path, no_ingest):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Some article text.\n")
    (corpus / "newsledger.toml").write_text("[dataset]\nlicence = 'CC0-1.0'\n")
    result = run("build", "--corpus", str(corpus), "--out", str(tmp_path / "ds"))
    assert result.exit_code == 2, result.output
    assert "unknown key 'licence' in [dataset]" in result.output
    assert len(result.output.strip().splitlines()) == 1
    (corpus / "newsledger.toml").unlink()
    result = run("build", "--corpus", str(corpus), "--out", str(tmp_path / "ds"),
                 "--homepage", "example.org")
    assert result.exit_code == 2 and "not an http(s) URL" in result.output


def test_the_progress_bar_shows_the_rate_it_promises():
    from newsledger.progress import TerminalBar, rate_and_left

    assert rate_and_left(0, 2000, 1.0) == ("", "")
    assert rate_and_left(1200, 2000, 4.0) == ("300 articles/s", "0:00:03 left")
    assert rate_and_left(200, 20_000, 1.0) == ("200 articles/s", "0:01:39 left")
    now = [100.0]
    bar = TerminalBar(clock=lambda: now[0])
    bar.start(2000)
    try:
        now[0] += 2.0
        bar.advance(200)  # the first batch is enough
        assert bar.fields() == ("100 articles/s", "0:00:18 left")
        task = bar._bar.tasks[0]
        assert (task.completed, task.fields["rate"]) == (200, "100 articles/s")
    finally:
        bar.stop()


def test_no_release_date_is_one_warning_line(tmp_path, seed_corpus, monkeypatch):
    from newsledger.build import BuildOptions, build_locally

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = tmp_path / "ds"
    build_locally(BuildOptions(corpus=(seed_corpus,), out=out, cache=None, workers=1))
    result = run("build", "--corpus", str(seed_corpus), "--out", str(out), "--no-cache")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert warnings == ["warning: no release date given: the release will be undated (pass "
                        "--release-date YYYY-MM-DD or set SOURCE_DATE_EPOCH)"]
    assert "up to date: the latest release 0.1.0" in result.stdout
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1604620800")
    result = run("build", "--corpus", str(seed_corpus), "--out", str(out), "--no-cache")
    assert "warning" not in result.output


def test_the_program_exits_with_the_commands_code_and_its_output(tmp_path):
    import subprocess
    import sys

    def program(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "newsledger.cli", *args],
                              capture_output=True, text=True, timeout=120)

    ok = program("--version")
    assert ok.returncode == 0 and "version" in ok.stdout
    bad = program("build", "--corpus", str(tmp_path / "nothing"), "--out", str(tmp_path))
    assert bad.returncode == 2 and "does not exist" in bad.stderr
    assert program("no-such-command").returncode == 2
    # An idle executor never shut down (asyncio's default one, say) does not keep it waiting.
    idle = subprocess.run([sys.executable, "-c", (
        "import sys, concurrent.futures as cf\n"
        "cf.ThreadPoolExecutor(2).submit(int).result()\n"
        "sys.argv = ['newsledger', '--version']\n"
        "from newsledger.cli import run\n"
        "run()\n")], capture_output=True, text=True, timeout=120)
    assert idle.returncode == 0 and "version" in idle.stdout
