"""Decoding, normalization and headline detection: the only changes ever made to a text.

Method: bytes are decoded as UTF-8 (a leading BOM is dropped and recorded as "utf-8-sig"). A
file with a few invalid bytes is kept, as a reader would keep it: each invalid byte run becomes
U+FFFD and ``encoding`` says how many bytes were replaced and where the first is ("utf-8, 1 byte
replaced, first at byte 270"), when the file holds more valid non-ASCII UTF-8 characters than
invalid bytes (so it is UTF-8 with damage, not another encoding). Otherwise the bytes are read
as cp1252 (Windows Western, the usual encoding of legacy English news files) when every byte
maps; failing that, as UTF-8 with replacements when at most 1% of the bytes are invalid; else
the file is rejected, the message naming the first byte that is not UTF-8 and the first that is
not cp1252 with their offsets. The text then gets ``\\n`` line endings and Unicode NFC, nothing else (quote marks,
spacing and trailing blanks are kept as written, so offsets index what the author wrote).

``detect_title`` reads the first non-blank line as metadata only (the text is never cut): a
Markdown ``#`` heading or Setext heading counts; a plain line counts when it is short, has no
sentence-final full stop/comma/colon, is not a list item, byline, dateline or page-furniture
label, and is followed by a blank line (or is short and Title-Case-ish). Limits: a headline
that ends with a full stop ("... in the U.S.") is missed; a short first sentence without
final punctuation followed by a blank line is taken as a headline.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from newsledger.lexicon.ingest import (BINARY_CONTROL_SHARE, BINARY_SAMPLE_BYTES,
                                       BYLINE_MAX_WORDS, BYLINE_WORD, CLOSERS, DATE_LINE_WORDS,
                                       FURNITURE_FIRST_WORDS, HEADLINE_MAX_CHARS,
                                       HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS,
                                       HEADLINE_RUN_ON_MAX_WORDS, HEADLINE_TITLE_CASE_SHARE,
                                       NON_HEADLINE_START, SENTENCE_END, SETEXT_UNDERLINE,
                                       TITLE_SMALL_WORDS)

_BOM = b"\xef\xbb\xbf"
REPLACEMENT = "\ufffd"
# Control bytes that text does not hold (tab, newline, form feed and carriage return aside).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
# A file whose text shows no better encoding is still read as UTF-8 when at most one byte in
# REPLACED_MAX_SHARE is invalid (those are replaced); more, and it is rejected as undecodable.
REPLACED_MAX_SHARE = 100
_WORD_EDGE = "\"'“”‘’«»()[]{},.:;!?*_"
# How many lines detect_title looks at to find the first non-blank one.
_MAX_LEADING_LINES = 40


class UndecodableError(ValueError):
    """The bytes are neither UTF-8 nor cp1252."""


@dataclass(frozen=True)
class _Utf8Reading:
    """Bytes read as UTF-8 with every invalid byte replaced by U+FFFD."""

    text: str
    n_bad: int  # invalid bytes (each maximal invalid run becomes one U+FFFD)
    n_good: int  # valid non-ASCII characters: the evidence that the bytes are UTF-8
    first_bad: int  # offset of the first invalid byte, -1 when none


def _read_utf8(data: bytes) -> _Utf8Reading:
    pieces: list[str] = []
    n_bad, n_runs, first_bad, at = 0, 0, -1, 0
    while True:
        try:
            pieces.append(data[at:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            start, end = at + exc.start, at + exc.end
            pieces.append(data[at:start].decode("utf-8"))
            pieces.append(REPLACEMENT)
            first_bad = start if first_bad < 0 else first_bad
            n_bad += end - start
            n_runs += 1
            at = end
    text = "".join(pieces)
    n_good = sum(1 for c in text if c > "\x7f") - n_runs
    return _Utf8Reading(text, n_bad, n_good, first_bad)


def _replaced(name: str, reading: _Utf8Reading, offset: int) -> str:
    n = reading.n_bad
    return (f"{name}, {n} byte{'s' if n > 1 else ''} replaced, first at byte "
            f"{reading.first_bad + offset}")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding) as a reader would decode the bytes (see the module doc):

    1. UTF-8 ("utf-8"; with a BOM: "utf-8-sig", BOM dropped);
    2. UTF-8 with its few invalid bytes replaced by U+FFFD when the file has more valid
       non-ASCII UTF-8 characters than invalid bytes ("utf-8, 1 byte replaced, first at byte
       270");
    3. cp1252 when every byte maps ("cp1252");
    4. UTF-8 with replacements when at most 1% of the bytes are invalid (no encoding fits
       better);
    otherwise ``UndecodableError`` naming the first byte that is not UTF-8 and the first that
    is not cp1252, each with its offset."""
    bom = len(_BOM) if data.startswith(_BOM) else 0
    name = "utf-8-sig" if bom else "utf-8"
    try:
        return data[bom:].decode("utf-8"), name  # the common case, at C speed
    except UnicodeDecodeError:
        pass
    reading = _read_utf8(data[bom:])
    if reading.n_good > reading.n_bad:
        return reading.text, _replaced(name, reading, bom)
    if not bom:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            not_cp1252 = f"; byte 0x{data[exc.start]:02x} at offset {exc.start} is not cp1252"
    else:
        not_cp1252 = ""
    if reading.n_bad * REPLACED_MAX_SHARE <= len(data):
        return reading.text, _replaced(name, reading, bom)
    bad = reading.first_bad + bom
    raise UndecodableError(
        f"neither UTF-8 nor cp1252: byte 0x{data[bad]:02x} at offset {bad} is not UTF-8 "
        f"({reading.n_bad} invalid of {len(data)} bytes: more than 1 in {REPLACED_MAX_SHARE}, "
        "too many to replace)"
        f"{not_cp1252}")


def normalize_text(raw: str) -> str:
    """Line endings to ``\\n`` (``\\r\\n`` and lone ``\\r``), Unicode NFC; nothing else."""
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


def looks_binary(data: bytes) -> bool:
    """NUL bytes anywhere, or a large share of control bytes (not tab/newline/form feed/CR)
    at the start."""
    if b"\x00" in data:
        return True
    sample = data[:BINARY_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return bool(sample) and controls / len(sample) > BINARY_CONTROL_SHARE


def _bare(word: str) -> str:
    return word.strip(_WORD_EDGE).lower()


def _lettered(line: str) -> list[str]:
    return [w for w in line.split() if any(c.isalpha() for c in w)]


def _capitalized(word: str) -> bool:
    first = next((c for c in word if c.isalpha() or c.isdigit()), "")
    return first.isupper() or first.isdigit()


def is_title_case(line: str) -> bool:
    """Most words (small words such as "of", "the" aside) start with a capital; the first
    word does."""
    words = _lettered(line)
    if not words or not _capitalized(words[0]):
        return False
    content = [w for w in words if _bare(w) not in TITLE_SMALL_WORDS]
    if len(content) < HEADLINE_MIN_WORDS:
        return False
    share = sum(1 for w in content if _capitalized(w)) / len(content)
    return share >= HEADLINE_TITLE_CASE_SHARE


def _markdown_heading(line: str) -> str | None:
    """The text of an ATX heading ("## Title ##"), else None."""
    hashes = len(line) - len(line.lstrip("#"))
    if not 1 <= hashes <= 6 or line[hashes:hashes + 1] not in (" ", "\t"):
        return None
    body = line[hashes:].strip()
    closing = body.rstrip("#")
    if closing != body and (not closing or closing[-1] in " \t"):
        body = closing.rstrip()
    return body or None


def _is_byline(words: list[str]) -> bool:
    return (len(words) >= 2 and _bare(words[0]) == BYLINE_WORD
            and len(words) <= BYLINE_MAX_WORDS and all(_capitalized(w) for w in words[1:]))


def _is_date_line(words: list[str]) -> bool:
    return all(_bare(w) in DATE_LINE_WORDS for w in words)


def headline_shape(line: str) -> bool:
    """A single stripped line that could be a headline, whatever follows it."""
    if not line or len(line) > HEADLINE_MAX_CHARS or line[0] in NON_HEADLINE_START:
        return False
    all_words = line.split()
    if len(all_words) > HEADLINE_MAX_WORDS:
        return False
    end = line.rstrip(CLOSERS + " \t") or line
    if end[-1] in SENTENCE_END:
        return False
    words = _lettered(line)
    if len(words) < HEADLINE_MIN_WORDS or _is_byline(words) or _is_date_line(words):
        return False
    return _bare(all_words[0]).rstrip(":") not in FURNITURE_FIRST_WORDS


def detect_title(text: str) -> str | None:
    """The first non-blank line when it looks like a headline, else None (see module doc).

    A Markdown heading ("# Title") gives its text without the ``#``. Body text must follow:
    a text that is a single line has no title. The text itself is never cut."""
    lines = text.split("\n", _MAX_LEADING_LINES)
    for i, line in enumerate(lines[:_MAX_LEADING_LINES]):
        stripped = line.strip()
        if not stripped:
            continue
        rest = lines[i + 1:]
        if not any(r.strip() for r in rest):
            return None  # nothing after it: the line is the article, not its headline
        heading = _markdown_heading(stripped)
        if heading is not None:
            return heading
        if not headline_shape(stripped):
            return None
        following = rest[0].strip()
        if not following:
            return stripped
        if len(following) >= 3 and set(following) <= SETEXT_UNDERLINE and len(set(following)) == 1:
            return stripped
        if len(stripped.split()) <= HEADLINE_RUN_ON_MAX_WORDS and is_title_case(stripped):
            return stripped
        return None
    return None
