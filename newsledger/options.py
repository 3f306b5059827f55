"""The build's options, defined once.

``BuildOptions`` is what a build needs to know; each field carries its help text, its
command-line flag and whether ``newsledger serve`` takes it too. From these fields come the
options of ``newsledger build`` and ``newsledger serve`` (``click_options``) and the Prefect
flow's parameters (``parameters_model``: the pydantic model the Prefect UI shows), so names,
defaults and help cannot drift apart (sqlite-utils' shared option decorators are the model).

Light on purpose: imports neither pandas nor Prefect (``newsledger --help`` stays fast).
"""
from __future__ import annotations

import typing
from collections.abc import Callable, Iterable
from dataclasses import MISSING, Field, dataclass, field, fields
from pathlib import Path
from typing import Any

from newsledger.publish.info import CONFIG_NAME, DEFAULT_LICENSE, DEFAULT_TITLE

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_CACHE = Path(".newsledger-cache")
DEFAULT_WORKERS = 2


@dataclass(frozen=True)
class Opt:
    """How a BuildOptions field is offered: help text, flag, and to which commands."""

    help: str
    flag: str | None = None  # default: --field-name
    serve: bool = False  # `newsledger serve` takes it too (scheduled builds)
    minimum: int | None = None  # for integers
    off_flag: str | None = None  # a flag that sets the field to None ("--no-cache")
    off_help: str = ""  # help of off_flag
    dataset: bool = False  # dataset metadata: also read from newsledger.toml

    def flag_for(self, name: str) -> str:
        return self.flag or "--" + name.replace("_", "-")


def option(default: Any, help: str, **kw: Any) -> Any:
    return field(default=default, metadata={"option": Opt(help=help, **kw)})


def _meta(help: str) -> Any:
    return option(None, help, serve=True, dataset=True)


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build needs to know: the CLI, the flow and ``serve`` derive from it."""

    corpus: tuple[Path, ...] = option((Path("corpus"),), "Corpus folder (repeatable).",
                                      serve=True)
    out: Path = option(Path("dataset"), "Folder of releases.", serve=True)
    version: str | None = option(
        None, "Version to publish (default: bump the latest by the size of the change).")
    release_date: str | None = option(
        None, "ISO date of the release (default: from SOURCE_DATE_EPOCH; never the clock).")
    batch_size: int | None = option(
        None, "Articles per extract task, on average (default: 200).", minimum=1)
    workers: int = option(DEFAULT_WORKERS, "Parallel workers (extraction processes).",
                          serve=True, minimum=1)
    max_bytes: int = option(DEFAULT_MAX_BYTES, "Input files larger than this are rejected.",
                            serve=True, minimum=1)
    changelog: Path | None = option(None, "CHANGELOG.md to add the release entry to.",
                                    serve=True)
    why: str = option("", "One sentence on why, for the changelog entry.")
    cache: Path | None = option(DEFAULT_CACHE, "Extraction cache folder (safe to delete).",
                                serve=True, off_flag="--no-cache",
                                off_help="Extract every article again; touch no cache.")
    strict: bool = option(False, "Fail (exit 1, publish nothing) when any article is "
                                 "quarantined.")
    # The dataset's own metadata (None: from newsledger.toml in the corpus, else the default).
    title: str | None = option(None, f"Title of the dataset (default: {CONFIG_NAME} in the "
                                     f"corpus folder, else {DEFAULT_TITLE!r}).",
                               serve=True, dataset=True)
    description: str | None = _meta("A paragraph on what the dataset holds.")
    license: str | None = _meta(f"Licence of the data: an SPDX id, or a name with "
                                f"--license-url (default: {DEFAULT_LICENSE}).")
    license_url: str | None = _meta("URL of the licence text.")
    citation: str | None = _meta("How to cite the dataset (default: made from the publisher, "
                                 "year, title and version).")
    homepage: str | None = _meta("URL of the dataset's home page.")
    publisher: str | None = _meta("Who publishes the dataset (a person or an organization).")
    name: str | None = option(None, "Package name: lower case, digits, '.', '_', '-' "
                                    "(default: made from the title).", flag="--dataset-name",
                              serve=True, dataset=True)

    def given_info(self) -> dict[str, str | None]:
        """The dataset metadata given as options (None where not given)."""
        return {f.name: getattr(self, f.name) for f in option_fields() if _opt(f).dataset}


def _opt(f: Field) -> Opt:
    return f.metadata["option"]


def option_fields(serve: bool = False) -> list[Field]:
    """BuildOptions' fields, or those ``serve`` takes."""
    return [f for f in fields(BuildOptions) if not serve or _opt(f).serve]


def _default(f: Field) -> Any:
    return f.default if f.default is not MISSING else None


def _base(tp: Any) -> tuple[Any, bool]:
    """(the type without None, whether None is allowed)."""
    args = typing.get_args(tp)
    if type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return rest[0], True
    return tp, False


_HINTS = typing.get_type_hints(BuildOptions)


# ------------------------------------------------------------------------------- the CLI


def click_options(serve: bool = False) -> Callable[[Callable], Callable]:
    """A decorator adding BuildOptions' fields as click options (those ``serve`` takes, with
    ``serve=True``); the command gets them as keyword arguments named like the fields, and
    ``options_from_cli`` turns them into BuildOptions."""
    import click  # noqa: PLC0415 - light, but only the CLI needs it

    decorators = []
    for f in option_fields(serve):
        opt, tp = _opt(f), _HINTS[f.name]
        base, nullable = _base(tp)
        default, kw = _default(f), {}
        if typing.get_origin(base) is tuple:
            kw = {"multiple": True, "type": click.Path(path_type=Path),
                  "default": tuple(str(p) for p in default), "show_default": True}
        elif base is Path:
            kw = {"type": click.Path(path_type=Path), "default": default,
                  "show_default": default is not None}
        elif base is bool:
            kw = {"is_flag": True, "default": default}
        elif base is int:
            kw = {"type": click.IntRange(min=opt.minimum) if opt.minimum is not None else int,
                  "default": default, "show_default": default is not None}
        else:
            kw = {"default": default, "show_default": bool(default)}
        decorators.append(click.option(opt.flag_for(f.name), f.name, help=opt.help, **kw))
        if opt.off_flag:
            decorators.append(click.option(opt.off_flag, f"no_{f.name}", is_flag=True,
                                           help=opt.off_help))

    def apply(command: Callable) -> Callable:
        for d in reversed(decorators):
            command = d(command)
        return command
    return apply


def options_from_cli(values: dict[str, Any], serve: bool = False) -> BuildOptions:
    """BuildOptions from a command's keyword arguments (those of ``click_options``); the
    arguments used are removed from ``values`` (what is left is the command's own)."""
    kw: dict[str, Any] = {}
    for f in option_fields(serve):
        value = values.pop(f.name)
        if _opt(f).off_flag and values.pop(f"no_{f.name}"):
            value = None
        if typing.get_origin(_base(_HINTS[f.name])[0]) is tuple:
            value = tuple(Path(v) for v in value)
        kw[f.name] = value
    return BuildOptions(**kw)


def described(serve: bool = False) -> Iterable[tuple[str, str]]:
    """(flag, help) of every option, for documentation and tests."""
    for f in option_fields(serve):
        yield _opt(f).flag_for(f.name), _opt(f).help


# ------------------------------------------------------------------------- flow parameters


def _json_type(tp: Any) -> Any:
    """The JSON-friendly type of a field: paths as strings, tuples as lists."""
    base, nullable = _base(tp)
    if typing.get_origin(base) is tuple:
        out: Any = list[str]
    elif base is Path:
        out = str
    else:
        out = base
    return out | None if nullable else out


def _to_json(value: Any) -> Any:
    if isinstance(value, tuple):
        return [str(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def parameters_model(module: str) -> type:
    """The pydantic model of the flow's parameters: one field per BuildOptions field, same
    default (paths as strings), its help as the description the Prefect UI shows."""
    from pydantic import BaseModel, Field, create_model  # noqa: PLC0415

    class Parameters(BaseModel):
        """Parameters of the build flow (shown in the Prefect UI)."""

        def options(self) -> BuildOptions:
            kw = {}
            for f in option_fields():
                value = getattr(self, f.name)
                base, _ = _base(_HINTS[f.name])
                if value is not None and typing.get_origin(base) is tuple:
                    value = tuple(Path(v) for v in value)
                elif value is not None and base is Path:
                    value = Path(value)
                kw[f.name] = value
            return BuildOptions(**kw)

        @classmethod
        def from_options(cls, options: BuildOptions, absolute: bool = False) -> Any:
            """The parameters of ``options``; ``absolute``: every path made absolute (runs
            that start in other processes, maybe elsewhere)."""
            kw = {}
            for f in option_fields():
                value = getattr(options, f.name)
                if absolute and isinstance(value, Path):
                    value = value.resolve()
                elif absolute and isinstance(value, tuple):
                    value = tuple(v.resolve() for v in value)
                kw[f.name] = _to_json(value)
            return cls(**kw)

    specs = {}
    for f in option_fields():
        opt = _opt(f)
        extra = {"ge": opt.minimum} if opt.minimum is not None else {}
        specs[f.name] = (_json_type(_HINTS[f.name]),
                         Field(default=_to_json(_default(f)), description=opt.help, **extra))
    return create_model("BuildParameters", __base__=Parameters, __module__=module, **specs)
