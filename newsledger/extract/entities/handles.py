"""Handles (@name) of a person or an organization, or accounts of their own."""
from __future__ import annotations

import re

from newsledger.records import EntityMention

from .merging import Entity

# Patterns that open with a character and then look behind it ("@(?<![\w@]@)" for
# "(?<![\w@])@"), so the regex engine skips to the characters that can start them.
_HANDLE = re.compile(r"@(?<![\w@]@)\w{1,30}")


def link_handles(text: str, entities: dict[str, Entity],
                  signatures: list[tuple[int, int, str]]) -> None:
    """Handles (@name) join the person their post signature names ("Michael Schlichting
    (@andresmars)") or whose name their letters spell (@kanyewest); others are accounts."""
    persons = [e for e in entities.values() if e.kind in ("person", "organization")]
    for s, e, handle in signatures:
        name = text[s:e].strip().lower()
        owner = next((p for p in persons if p.name.lower() == name
                      or name in (a.lower() for a in p.aliases)), None)
        if owner is not None:
            owner.handles.add(handle)
    for m in _HANDLE.finditer(text):
        handle = m.group(0)
        flat = handle[1:].lower()
        owner = next((p for p in persons if handle.lower() in
                      {h.lower() for h in p.handles}), None)
        if owner is None:
            matches = [p for p in persons if p.kind == "person" and (
                "".join(p.name.lower().split()) in flat
                or all(w.lower() in flat for w in p.name.split()))]
            owner = matches[0] if len(matches) == 1 else None
        if owner is None:
            owner = entities.setdefault(flat + "@", Entity(handle, "account"))
        owner.mentions.append(EntityMention(m.start(), m.end(), handle, "handle"))
        owner.handles.add(handle)
    for s, e, handle in signatures:
        name = text[s:e]
        owner = next((x for x in entities.values() if handle in x.handles), None)
        if owner is None or any(mm.start < e and s < mm.end for mm in owner.mentions):
            continue
        if owner.kind == "person" and name.strip() and " " not in name.strip():
            owner.mentions.append(EntityMention(s, e, name, "alias"))  # 'ye (@kanyewest)'
            owner.aliases.add(name)
