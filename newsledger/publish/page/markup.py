"""HTML for the pages: escaping, numbers for people, the lite markdown of the generated
documents, and the templates and assets kept as package data (``publish/assets/``).

Every string from the data goes through ``e`` (or ``json_for_script`` inside a script
element); templates are ``string.Template`` files whose values are HTML already escaped by the
code that makes them.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from pathlib import Path
from string import Template
from typing import Any

ASSETS = Path(__file__).resolve().parent.parent / "assets"
CELL_CHARS = 160  # longer values are cut in preview cells (the files hold them whole)


def e(value: Any) -> str:
    """HTML-escape any value (quotes too: safe in attributes)."""
    return html.escape("" if value is None else str(value), quote=True)


def json_for_script(data: Any) -> str:
    """JSON safe inside a <script> element: no "</script>", no "<!--", no entities."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def number(value: float | int) -> str:
    """A value as the files hold it (60000, 0.5): for sorting and filtering cells."""
    if isinstance(value, float):
        if value != value:  # NaN
            return "NaN"
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    return str(value)


def size(n: int) -> str:
    """A file size for people (1.2 MB)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def plural(n: int, word: str, words: str | None = None) -> str:
    """A count with its noun: "1 story", "2 stories" (``words``, else ``word`` + "s")."""
    return f"{n:,} {word if n == 1 else words or word + 's'}"


def cut(text: str, limit: int = CELL_CHARS) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def inline(text: str) -> str:
    """Escaped text with `code` spans (the markdown the generated documents use)."""
    parts = re.split(r"`([^`]+)`", text)
    return "".join(f"<code>{e(p)}</code>" if i % 2 else e(p) for i, p in enumerate(parts))


def emphasis(text: str) -> str:
    """Escaped text with ``*emphasis*`` (a citation's title)."""
    return re.sub(r"\*([^*]+)\*", r"<em>\1</em>", e(text))


def markdown_lite(text: str) -> str:
    """Paragraphs and ``- `` lists with `code`: enough for changelog entries and known limits."""
    out: list[str] = []
    items: list[str] = []
    para: list[str] = []

    def flush_para() -> None:
        if para:
            out.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()

    def flush_items() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            flush_para()
            flush_items()
        elif stripped.startswith("- "):
            flush_para()
            items.append(stripped[2:])
        elif items and line.startswith(" "):
            items[-1] += " " + stripped
        else:
            flush_items()
            para.append(stripped)
    flush_para()
    flush_items()
    return "\n".join(out)


@cache
def asset(name: str) -> str:
    """The text of a file of ``publish/assets/`` (CSS, JavaScript, templates)."""
    return (ASSETS / name).read_text(encoding="utf-8")


def render(template: str, **values: Any) -> str:
    """The template ``assets/<template>`` filled in: every ``$name`` must be given (values
    are HTML already; ``$$`` is a dollar sign). The file's last line break is not part of
    the template."""
    return Template(asset(template).removesuffix("\n")).substitute(values)


def script_hash(script: str) -> str:
    """The CSP source of an inline script (``'sha256-…'`` without the quotes)."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()


def page_start(title: str, policy_attribute: str, css: str) -> str:
    """The opening of a self-contained page, up to ``<body>``: its security policy (given as
    it stands in the attribute), title and inline style."""
    return render("head.html", policy=policy_attribute, title=e(title), css=css)
