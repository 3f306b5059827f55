"""Decoding and normalization: the only changes ever made to an article's text."""
from __future__ import annotations

import unicodedata

from newsledger.lexicon.ingest import (BINARY_CONTROL_SHARE, HEADLINE_MAX_CHARS,
                                       HEADLINE_MAX_WORDS, NON_HEADLINE_START, SENTENCE_END)


class UndecodableError(ValueError):
    """The bytes are neither UTF-8 nor cp1252."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with a BOM: "utf-8-sig"), else cp1252 when it decodes."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise UndecodableError(f"neither UTF-8 nor cp1252 ({exc.reason} at byte {exc.start})")


def normalize_text(raw: str) -> str:
    """Line endings to ``\\n`` (``\\r\\n`` and lone ``\\r``), Unicode NFC; nothing else."""
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or a large share of control characters other than whitespace."""
    if b"\x00" in data:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > BINARY_CONTROL_SHARE


def detect_title(text: str) -> str | None:
    """The first non-empty line, when it looks like a headline: short, not a sentence ending
    in a full stop, not a list item, and followed by a blank line or the end of the text.
    A Markdown heading (``# Title``) always counts. The text itself is never cut."""
    lines = text.split("\n", 40)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            title = stripped.lstrip("#").strip()
            return title or None
        end = stripped.rstrip("\"'”’)]") or stripped
        if (stripped[0] in NON_HEADLINE_START or end[-1] in SENTENCE_END
                or len(stripped) > HEADLINE_MAX_CHARS
                or len(stripped.split()) > HEADLINE_MAX_WORDS):
            return None
        followed_by_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
        return stripped if followed_by_blank else None
    return None
