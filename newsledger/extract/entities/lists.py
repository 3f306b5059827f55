"""Names in lists: a pair joined by "and" that the article also names apart ("GM and Chrysler"
after "GM said" is two companies), and one-word names a list joins to an organization
("Chrysler, Ford, and General Motors")."""
from __future__ import annotations

import re

from .cues import _whole_word_in
from .names import ORGANIZATION_WORDS, is_place

Name = tuple[int, int, str]

# What joins the names of a list: 'Toyota, Nissan and Honda', 'Chrysler, Ford, and General
# Motors', 'Barclays or HSBC'.
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", " & "})


def listed_with_bodies(text: str, unread: list[tuple[int, int, str]],
                       bodies: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """(start, end) of the one-word names no rule typed (``unread``) that a list joins to an
    organization's mention (``bodies``): 'Chrysler, Ford, and General Motors', 'Toyota, Nissan
    and Honda' after 'Toyota said'. A list has "and", "or" or "&" somewhere (a comma alone may
    be an apposition: 'Ford, Michigan'), and nothing but names and what joins them."""
    spans = sorted({(s, e, False) for s, e, _ in unread} | {(s, e, True) for s, e in bodies})
    out: set[tuple[int, int]] = set()
    chain: list[tuple[int, int, bool]] = []
    joined = False

    def close() -> None:
        if joined and any(b for *_, b in chain):
            out.update((s, e) for s, e, b in chain if not b)

    for s, e, body in spans:
        gap = text[chain[-1][1]:s] if chain else ""
        if chain and gap in _LIST_GAPS:
            joined = joined or gap != ", "
            chain.append((s, e, body))
            continue
        close()
        chain, joined = [(s, e, body)], False
    close()
    return out


def split_pairs(text: str, names: list[Name]) -> list[Name]:
    """Names of the form "A and B" split in two where the article also writes A and B alone
    ('GM and Chrysler' … 'GM said' … 'Chrysler will offer'): a list of two, not one body's
    name ('Marks and Spencer', 'Fish and Wildlife Service', 'Immigration and Customs
    Enforcement': their halves seldom stand alone, and a half the article also writes in
    lower case, 'fish', 'immigration', is a common word). Not a listed place ('Trinidad and
    Tobago'), a name with "of" or "for" ('Department of Health and Social Care'), nor a pair
    of one name twice ('Johnson and Johnson'), nor a body's word and one more ('Venetian Hotel
    and Casino', 'Golf Club and Spa')."""
    out: list[Name] = []
    for n in names:
        s, e, name = n
        if " and " not in name:
            out.append(n)  # (most names)
            continue
        left, sep, right = name.partition(" and ")
        if not sep or " and " in right or left == right or " of " in name or \
                " for " in name or is_place(name) or not (
                    _alone(text, left, name) and _alone(text, right, name)) or \
                _common(text, left) or _common(text, right) or (
                    " " not in right and left.rpartition(" ")[2].lower() in ORGANIZATION_WORDS):
            out.append((s, e, name))
            continue
        out += [(s, s + len(left), left), (e - len(right), e, right)]
    return out


def _alone(text: str, part: str, whole: str) -> bool:
    """Whether ``part`` is written as a word of its own somewhere outside ``whole``: the
    matches of ``(?<![\w&-])part(?![\w&-])`` that start in no occurrence of ``whole`` (both
    read with ``str.find``, as ``re.finditer`` reads them: no pattern compiled per name)."""
    if not part or not whole:
        wholes = [(m.start(), m.end()) for m in re.finditer(re.escape(whole), text)]
        return any(not any(a <= m.start() < b for a, b in wholes)
                   for m in re.finditer(rf"(?<![\w&-]){re.escape(part)}(?![\w&-])", text))
    wholes = []
    i = text.find(whole)
    while i >= 0:
        wholes.append((i, i + len(whole)))
        i = text.find(whole, i + len(whole))
    i = text.find(part)
    while i >= 0:
        end = i + len(part)
        if (i == 0 or not _glued(text[i - 1])) and (end == len(text) or not _glued(text[end])):
            if not any(a <= i < b for a, b in wholes):
                return True
            i = text.find(part, end)  # (the next match starts after this one)
        else:
            i = text.find(part, i + 1)
    return False


def _glued(c: str) -> bool:
    """Whether a character is one ``[\w&-]`` matches (``\w``: alphanumeric or "_")."""
    return c.isalnum() or c in "_&-"


def _common(text: str, part: str) -> bool:
    """Whether a one-word half is also written in lower case: a common word ('fish')."""
    return " " not in part and _whole_word_in(text, part.lower())
