"""The words around a number: the word before it, the words after it, whether it opens its
sentence, and whether its sentence is a Title Case headline (where a capital letter does not
mark a name). Shared by every step of the claim extractor."""
from __future__ import annotations

import re

from newsledger.text import Document


def alt(words, flags: str = "") -> str:
    """A regex alternation of ``words``, longest first (so "US$" wins over "$")."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


SP = r"[ \t\u00a0]"  # horizontal space: a quantity never spans lines
_PREV_WORD = re.compile(r"([\w.’'&-]*\w[.’'&]?)[ \t\u00a0]*$")
# The (up to) three words after a number, "of those" read through ("10,188 of those votes").
NEXT_WORDS = re.compile(
    rf"{SP}+(?P<of>of{SP}+(?:those|these|the|its|his|her|their|all|which){SP}+)?"
    rf"(?P<w1>[A-Za-z][A-Za-z'’]*)(?:{SP}+(?P<w2>[a-z][a-z'’]*))?"
    rf"(?:{SP}+(?P<w3>[a-z][a-z'’]*))?")
WORD = re.compile(r"[A-Za-z]+")
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_LEAD_JUNK = " \t\"'“‘(•*-–—[>"


def prev_word(text: str, pos: int, floor: int) -> tuple[str, int]:
    """The word right before ``pos`` (spaces allowed between), and where it starts."""
    m = _PREV_WORD.search(text, max(floor, pos - 30), pos)
    return (m.group(1), m.start(1)) if m else ("", pos)


def next_word(text: str, pos: int) -> str:
    """The word after ``pos`` ("of" for "of those ..."), or ""."""
    m = NEXT_WORDS.match(text, pos)
    return m.group("w1") if m and not m.group("of") else ("of" if m else "")


def at_sentence_start(text: str, s: int, pos: int) -> bool:
    """Whether only opening marks and bullets lie between the sentence start ``s`` and ``pos``."""
    return not text[s:pos].strip(_LEAD_JUNK)


def title_case(doc: Document, s: int, pos: int) -> bool:
    """Whether the sentence around ``pos`` is a Title Case headline ("Dow Falls 340 Points"),
    where a capital letter does not mark a name (read from ``s`` to the paragraph's end)."""
    para = doc.paragraph_at(pos)
    e = para.end if para is not None else len(doc.text)
    words = _LONG_WORD.findall(doc.text, s, min(e, s + 300))
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
