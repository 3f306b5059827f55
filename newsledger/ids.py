"""Deterministic ids derived from content: the same input always gives the same ids."""
from __future__ import annotations

import hashlib


def make_id(prefix: str, *parts: object) -> str:
    """``prefix`` + ``_`` + 16 hex digits of the SHA-256 of the parts (joined by U+001F)."""
    if None in parts:
        parts = tuple("" if p is None else p for p in parts)
    joined = "\x1f".join(map(str, parts))
    return f"{prefix}_{hashlib.sha256(joined.encode('utf-8')).hexdigest()[:16]}"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
